// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>
#include <QVariantMap>

#include <optional>

namespace fd {

class Database;

enum class PublicationStatus { Published, Forthcoming, Planned };

QString publicationStatusKey(PublicationStatus status);   // "published" | "forthcoming" | "planned"
QString publicationStatusLabel(PublicationStatus status); // translated
std::optional<PublicationStatus> parsePublicationStatus(const QString &key);

// An article, chapter or paper by the office's staff: the annual report lists
// the year's publications, the forthcoming ones included.
struct Publication {
    qint64 id = 0;
    QUuid uuid;
    QString authors;
    QString title;
    QString venue; // journal, book or series, with the issue
    int year = 0;
    PublicationStatus status = PublicationStatus::Published;
    QString link;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 rowVersion = 0;

    bool sameContent(const Publication &other) const;
};

FieldErrors validate(const Publication &publication);

// The rules of publications, for the program, the CLI and the imports alike.
class Publications
{
    Q_DECLARE_TR_FUNCTIONS(Publications)
public:
    explicit Publications(Database &db) : m_db(db) {}

    // Newest year first; `year` 0: all years.
    Result<QList<Publication>> list(int year = 0) const;
    Result<Publication> byId(qint64 id) const;
    Result<Publication> create(Publication publication);
    Result<Publication> update(Publication publication);
    Status remove(qint64 id, qint64 expectedRowVersion);

    // Trims what people type; the rules check the result.
    static void normalise(Publication &publication);
    // The record as a row of its declared table, and back (CSV, undo).
    static QVariantMap toRow(const Publication &publication);
    static Publication fromRow(const QVariantMap &row);

private:
    Database &m_db;
};

} // namespace fd
