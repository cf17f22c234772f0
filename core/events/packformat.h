// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The on-site pack's format: its tables and their columns with kind, size
// limit and whether a value is required come from the tables' declarations
// (db/tables.cpp, the Pack flag says what travels); the limits of a whole
// pack are here. The writer (SitePack) copies exactly these columns, the reader
// (PackReader) accepts exactly these and nothing else. Also what the pack
// and its merge share: which columns are compared, how values are compared,
// and small row helpers. Internal to core/events.

#include "common/result.h"
#include "db/table.h"

#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>

#include <functional>

namespace fd {

class Database;

namespace pack {

// A pack holds one event. It comes back from a laptop that left the office,
// so everything past these limits is refused before it is read.
inline constexpr qint64 MaxFileBytes = 200LL * 1024 * 1024;   // the pack file
inline constexpr int MaxCodeBytes = TextSize::Code;           // UUIDs, dates, timestamps, keys such as a status
inline constexpr int MaxNameBytes = TextSize::Name;           // names, titles, e-mail addresses, phone numbers, places
inline constexpr int MaxLinkBytes = TextSize::Link;           // web addresses
inline constexpr int MaxNotesBytes = TextSize::Notes;         // notes, partners, office details
inline constexpr int MaxBaseJsonBytes = 256 * 1024;           // a row's compared values at export (notes included)
inline constexpr int MaxRegistrations = 100000;
inline constexpr int MaxPeople = 100000;
inline constexpr int MaxAffiliations = 200000;
inline constexpr int MaxOrganisations = 50000;
inline constexpr int MaxEvents = 1000;
inline constexpr int MaxEventKinds = 1000;
inline constexpr int MaxMetaRows = 1000;
inline constexpr int MaxSchemaObjects = 200;                  // tables and indexes in the file

extern const QString KindPack;
extern const QString Meta;
extern const QString EventKinds;
extern const QString Organisations;
extern const QString Events;
extern const QString People;
extern const QString Affiliations;
extern const QString Registrations;
extern const QString Base;

enum class ColumnKind {
    Id,         // INTEGER, > 0: a row's key or a reference to one
    Integer,    // INTEGER
    Bool,       // INTEGER, 0 or 1
    Uuid,       // TEXT, canonical lower-case form without braces
    Date,       // TEXT, 2024-05-16
    Time,       // TEXT, 14:00
    Timestamp,  // TEXT, ISO 8601 in UTC
    Text,       // TEXT of at most maxBytes bytes (UTF-8)
};

enum class Presence {
    Optional,   // NULL allowed
    Required,   // never NULL (an empty text is fine)
    NonEmpty,   // never NULL and never empty
};

struct Column {
    QString name;
    ColumnKind kind = ColumnKind::Text;
    Presence presence = Presence::Required;
    int maxBytes = MaxCodeBytes;  // for text; other kinds are short by nature
    QStringList allowed;          // the only values allowed (keys such as a status); empty: any
    bool carried = true;          // false: in the schema, but never written into a pack nor read from one

    bool isInteger() const { return kind == ColumnKind::Id || kind == ColumnKind::Integer || kind == ColumnKind::Bool; }
    QString sqlType() const { return isInteger() ? QStringLiteral("INTEGER") : QStringLiteral("TEXT"); }
};

struct Table {
    QString name;
    int maxRows = 0;
    QList<Column> columns;        // every column the table has in a pack, in order
    QList<QStringList> unique;    // values (or combinations) a pack holds once
    bool packOnly = false;        // created by the pack writer (not by the schema's migrations)

    QStringList carriedColumns() const;
    const Column *column(const QString &name) const;
    // The CREATE TABLE statement, for the tables only a pack has.
    QString createStatement() const;
};

// Every table a pack carries, in the order the writer fills them.
const QList<Table> &tables();
const Table &table(const QString &name);

// The columns compared when merging: what can change on site.
const QStringList &comparedColumns(const QString &table);
// Keys derived from compared columns travel with them.
QStringList derivedColumns(const QString &table, const QStringList &changed);
// Values compared as text, so that 1 and true, or a date and its ISO text, agree.
QString norm(const QVariant &v);
QVariantMap comparedValues(const QString &table, const QVariantMap &row);
QString toJson(const QVariantMap &values);
QVariantMap fromJson(const QString &json);
QString personName(const QVariantMap &row);
// Copies the rows of `table` (the columns the format carries) from the office into a pack being written.
Status copyRows(Database &from, Database &to, const QString &table, const QString &where, const QVariantList &values,
                QList<QVariantMap> *copied = nullptr, const std::function<void(QVariantMap &)> &adjust = {});
Status exec(Database &db, const QString &sql, const QVariantList &values = {});

} // namespace pack
} // namespace fd
