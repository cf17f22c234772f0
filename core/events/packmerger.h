// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "events/sitepack.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QUuid>
#include <QVariantMap>

#include <optional>

namespace fd {

class Database;

// One row changed on both sides in different ways.
struct MergeConflict {
    QString table;                 // "people" or "registrations"
    QUuid uuid;
    QString title;                 // "Dr. Meike Hecker" or "Registration of Dr. Meike Hecker"
    QStringList fields;            // the columns that differ
    QVariantMap officeValues;      // of those columns
    QVariantMap packValues;
};

enum class MergeChoice { KeepOffice, TakePack };

// What merging a pack would do; nothing is written until apply().
struct MergePlan {
    SitePack::Info info;
    qint64 eventId = 0;            // in the office
    struct Row {
        QString table;
        QUuid uuid;
        QVariantMap values;        // columns to write (from the pack)
        QString title;
        qint64 officeId = 0;       // 0: insert
        qint64 packRowVersion = 0;
        qint64 linkToPersonId = 0; // a walk-in who is already in the office (same e-mail, or name and organisation)
        QVariantMap packValues;    // the compared columns as in the pack: the base of the next merge
    };
    QList<Row> inserts;            // organisations, people, affiliations, registrations (in that order when applied)
    QList<Row> updates;
    QList<MergeConflict> conflicts;
    QStringList notes;             // what is not applied, and why
    int registrationsNotMerged = 0; // registrations in the pack that cannot be merged (named in the notes)
    QList<Row> seen;               // rows that need no change; remembered as merged
    QHash<QString, qint64> personIds; // pack person UUID -> office id, for people already in the office

    bool isEmpty() const { return inserts.isEmpty() && updates.isEmpty() && conflicts.isEmpty(); }
    QString summary() const;
};

struct MergeReport {
    int peopleAdded = 0;
    int peopleLinked = 0;
    int peopleUpdated = 0;
    int registrationsAdded = 0;
    int registrationsUpdated = 0;
    int conflictsTakenFromPack = 0;
    int conflictsKept = 0;
    QList<qint64> createdPersonIds;
    QList<qint64> createdOrganisationIds;
    QStringList notes;             // e.g. a registration that went to the waitlist because the event filled up
    QString summary() const;
};

class PackMerger
{
    Q_DECLARE_TR_FUNCTIONS(PackMerger)
public:
    explicit PackMerger(Database &office) : m_office(office) {}

    Result<MergePlan> analyse(const QString &packPath);
    // Applies the plan in one transaction. Every conflict needs a choice
    // (by "table:uuid"), or the default if one is given.
    Result<MergeReport> apply(const MergePlan &plan, const QHash<QString, MergeChoice> &choices,
                              std::optional<MergeChoice> defaultChoice = std::nullopt);

    static QString conflictKey(const MergeConflict &c) { return c.table + QLatin1Char(':') + c.uuid.toString(QUuid::WithoutBraces); }

    // A column of a merged row, and a value of it, as people read them.
    static QString fieldLabel(const QString &column);
    static QString displayValue(const QString &column, const QVariant &value);

    // The ledger of what was merged from one pack, so that undoing a merge
    // also forgets it (and the pack can be merged again).
    Result<QList<QVariantMap>> ledger(const QUuid &packUuid) const;
    Status replaceLedger(const QUuid &packUuid, const QList<QVariantMap> &rows);

private:
    Database &m_office;
};

} // namespace fd
