// SPDX-License-Identifier: GPL-3.0-or-later
#include "packformat.h"

#include "db/tables.h"

#include "db/database.h"
#include "db/rowio.h"
#include "db/sqlhelpers.h"
#include "events/event.h"
#include "members/organisation.h"
#include "people/person.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace fd {
namespace pack {

const QString KindPack = QStringLiteral("pack");
const QString Meta = QStringLiteral("forumdesk_meta");
const QString EventKinds = QStringLiteral("event_kinds");
const QString Organisations = QStringLiteral("organisations");
const QString Events = QStringLiteral("events");
const QString People = QStringLiteral("people");
const QString Affiliations = QStringLiteral("affiliations");
const QString Registrations = QStringLiteral("registrations");
const QString Base = QStringLiteral("pack_base");

namespace {

Column col(const char *name, ColumnKind kind, Presence presence = Presence::Required, int maxBytes = MaxCodeBytes)
{
    Column c;
    c.name = QLatin1String(name);
    c.kind = kind;
    c.presence = presence;
    c.maxBytes = kind == ColumnKind::Text ? maxBytes : MaxCodeBytes;
    return c;
}

Column text(const char *name, int maxBytes, Presence presence = Presence::Required)
{
    return col(name, ColumnKind::Text, presence, maxBytes);
}

Column oneOf(const char *name, const QStringList &allowed)
{
    Column c = col(name, ColumnKind::Text, Presence::NonEmpty);
    c.allowed = allowed;
    return c;
}

// A table as the pack carries it, from its declaration: every declared
// column in order (those without the Pack flag are in the schema but never
// written into a pack nor read from one), with its kind, size limit and
// allowed values.
Table fromDeclaration(const fd::Table &declared, int maxRows)
{
    Table t;
    t.name = declared.name();
    t.maxRows = maxRows;
    for (const fd::Column &d : declared.columns()) {
        Column c;
        c.name = d.name;
        switch (d.type) {
        case ColumnType::Key:
        case ColumnType::Reference:
            c.kind = ColumnKind::Id;
            break;
        case ColumnType::Integer:
        case ColumnType::BigInt:
            c.kind = ColumnKind::Integer;
            break;
        case ColumnType::Bool:
            c.kind = ColumnKind::Bool;
            break;
        case ColumnType::Uuid:
            c.kind = ColumnKind::Uuid;
            break;
        case ColumnType::Date:
            c.kind = ColumnKind::Date;
            break;
        case ColumnType::Time:
            c.kind = ColumnKind::Time;
            break;
        case ColumnType::Timestamp:
            c.kind = ColumnKind::Timestamp;
            break;
        case ColumnType::Text:
        case ColumnType::Blob:
        case ColumnType::BlobRef: // the hash; no packed table refers to content yet
            c.kind = ColumnKind::Text;
            break;
        }
        c.maxBytes = c.kind == ColumnKind::Text ? d.maxBytes : MaxCodeBytes;
        c.allowed = d.allowed;
        if (d.has(ColumnFlag::NonEmpty) || d.has(ColumnFlag::PrimaryKey) || !d.allowed.isEmpty())
            c.presence = Presence::NonEmpty;
        else if (d.has(ColumnFlag::NotNull) || d.type == ColumnType::Key)
            c.presence = Presence::Required;
        else
            c.presence = Presence::Optional;
        c.carried = d.has(ColumnFlag::Pack);
        t.columns << c;
    }
    t.unique = declared.uniqueSets();
    return t;
}

QList<Table> makeTables()
{
    QList<Table> t;
    t << fromDeclaration(tables::meta(), MaxMetaRows) << fromDeclaration(tables::eventKinds(), MaxEventKinds)
      << fromDeclaration(tables::organisations(), MaxOrganisations) << fromDeclaration(tables::events(), MaxEvents)
      << fromDeclaration(tables::people(), MaxPeople) << fromDeclaration(tables::affiliations(), MaxAffiliations)
      << fromDeclaration(tables::registrations(), MaxRegistrations);

    // The base: every row as it left the office, for the three-way merge.
    Table base{Base, MaxPeople + MaxRegistrations,
               {oneOf("table_name", {People, Registrations}), col("row_uuid", ColumnKind::Uuid), col("row_version", ColumnKind::Integer),
                text("base_json", MaxBaseJsonBytes)},
               {{QStringLiteral("table_name"), QStringLiteral("row_uuid")}}};
    base.packOnly = true;
    t << base;
    return t;
}

} // namespace

QStringList Table::carriedColumns() const
{
    QStringList names;
    for (const Column &c : columns) {
        if (c.carried)
            names << c.name;
    }
    return names;
}

const Column *Table::column(const QString &name) const
{
    for (const Column &c : columns) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

QString Table::createStatement() const
{
    QStringList parts;
    for (const Column &c : columns)
        parts << c.name + QLatin1Char(' ') + c.sqlType() + (c.presence == Presence::Optional ? QString() : QStringLiteral(" NOT NULL"));
    if (!unique.isEmpty())
        parts << QStringLiteral("PRIMARY KEY (%1)").arg(unique.first().join(QLatin1String(", ")));
    return QStringLiteral("CREATE TABLE %1 (%2)").arg(name, parts.join(QLatin1String(", ")));
}

const QList<Table> &tables()
{
    static const QList<Table> all = makeTables();
    return all;
}

const Table &table(const QString &name)
{
    for (const Table &t : tables()) {
        if (t.name == name)
            return t;
    }
    Q_ASSERT_X(false, "pack::table", "not a table of the pack format");
    static const Table none;
    return none;
}

// The columns compared when merging: what can change on site.
const QStringList &comparedColumns(const QString &table)
{
    static const QStringList people = {
        QStringLiteral("title"), QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("email"),
        QStringLiteral("phone"), QStringLiteral("consent_newsletter"), QStringLiteral("consent_newsletter_on"),
        QStringLiteral("consent_photos"), QStringLiteral("consent_photos_on"), QStringLiteral("consent_sharing"),
        QStringLiteral("consent_sharing_on")};
    static const QStringList registrations = {QStringLiteral("status"), QStringLiteral("source"), QStringLiteral("registered_at"),
                                              QStringLiteral("notes")};
    return table == People ? people : registrations;
}

// Keys derived from compared columns travel with them.
QStringList derivedColumns(const QString &table, const QStringList &changed)
{
    QStringList derived;
    if (table == People) {
        if (changed.contains(QStringLiteral("first_name")) || changed.contains(QStringLiteral("last_name")))
            derived << QStringLiteral("name_key");
        if (changed.contains(QStringLiteral("email")))
            derived << QStringLiteral("email_key");
    } else if (changed.contains(QStringLiteral("status"))) {
        derived << QStringLiteral("waitlisted_at");
    }
    return derived;
}

// Values compared as text, so that 1 and true, or a date and its ISO text, agree.
QString norm(const QVariant &v)
{
    if (v.isNull())
        return QString();
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    return v.toString();
}

QVariantMap comparedValues(const QString &table, const QVariantMap &row)
{
    QVariantMap values;
    for (const QString &c : comparedColumns(table))
        values.insert(c, norm(row.value(c)));
    return values;
}

QString toJson(const QVariantMap &values)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(values)).toJson(QJsonDocument::Compact));
}

QVariantMap fromJson(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object().toVariantMap();
}

QString personName(const QVariantMap &row)
{
    Person p;
    p.title = row.value(QStringLiteral("title")).toString();
    p.firstName = row.value(QStringLiteral("first_name")).toString();
    p.lastName = row.value(QStringLiteral("last_name")).toString();
    return p.fullName();
}

Status copyRows(Database &from, Database &to, const QString &table, const QString &where, const QVariantList &values,
                QList<QVariantMap> *copied, const std::function<void(QVariantMap &)> &adjust)
{
    QStringList columns;
    for (const QString &c : pack::table(table).carriedColumns())
        columns << quoteIdentifier(c);
    auto rows = selectRows(from, QStringLiteral("SELECT %1 FROM %2 %3").arg(columns.join(QLatin1String(", ")), table, where), values);
    if (!rows)
        return rows.error();
    for (QVariantMap &row : *rows) {
        if (adjust)
            adjust(row);
        if (Status s = insertRow(to, table, row); !s)
            return s;
    }
    if (copied)
        *copied = *rows;
    return {};
}

Status exec(Database &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(sqlConnection(db));
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return databaseError(q.lastError(), sql.left(40));
    return {};
}

} // namespace pack
} // namespace fd
