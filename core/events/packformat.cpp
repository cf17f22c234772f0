// SPDX-License-Identifier: GPL-3.0-or-later
#include "packformat.h"

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

Column notCarried(Column c)
{
    c.carried = false;
    return c;
}

// Every row a user edits has these (see the migrations).
QList<Column> identity()
{
    return {col("id", ColumnKind::Id), col("uuid", ColumnKind::Uuid)};
}

QList<Column> stamps()
{
    return {col("created_at", ColumnKind::Timestamp), col("updated_at", ColumnKind::Timestamp), col("row_version", ColumnKind::Integer)};
}

QStringList statusKeys()
{
    QStringList keys;
    for (auto s : {RegistrationStatus::Registered, RegistrationStatus::Waitlisted, RegistrationStatus::Cancelled, RegistrationStatus::Attended,
                   RegistrationStatus::NoShow})
        keys << statusKey(s);
    return keys;
}

QStringList sourceKeys()
{
    QStringList keys;
    for (auto s : {RegistrationSource::Phone, RegistrationSource::Email, RegistrationSource::Form, RegistrationSource::OnSite,
                   RegistrationSource::Paper, RegistrationSource::Import})
        keys << sourceKey(s);
    return keys;
}

QList<Table> makeTables()
{
    using K = ColumnKind;
    using P = Presence;
    const QStringList byId = {QStringLiteral("id")};
    const QStringList byUuid = {QStringLiteral("uuid")};
    QList<Table> t;

    t << Table{Meta, MaxMetaRows, {text("key", MaxCodeBytes, P::NonEmpty), text("value", MaxNotesBytes)}, {{QStringLiteral("key")}}};

    t << Table{EventKinds, MaxEventKinds,
               identity() + QList<Column>{text("key", MaxCodeBytes), text("name_de", MaxNameBytes, P::NonEmpty),
                                          text("name_en", MaxNameBytes, P::NonEmpty), col("sort_order", K::Integer)}
                   + stamps(),
               {byId, byUuid, {QStringLiteral("key")}}};

    t << Table{Organisations, MaxOrganisations,
               identity()
                   + QList<Column>{oneOf("kind", {organisationKindKey(OrganisationKind::City), organisationKindKey(OrganisationKind::Organisation)}),
                                   text("name", MaxNameBytes, P::NonEmpty), text("name_key", MaxNameBytes), text("state", MaxNameBytes),
                                   text("country", MaxNameBytes), col("joined_on", K::Date, P::Optional), col("left_on", K::Date, P::Optional),
                                   text("website", MaxLinkBytes), text("notes", MaxNotesBytes)}
                   + stamps(),
               {byId, byUuid}};

    t << Table{Events, MaxEvents,
               identity()
                   + QList<Column>{text("title", MaxNameBytes, P::NonEmpty), text("title_key", MaxNameBytes), col("kind_id", K::Id),
                                   col("assembly_number", K::Integer, P::Optional), col("start_date", K::Date),
                                   col("start_time", K::Time, P::Optional), col("end_date", K::Date, P::Optional),
                                   col("end_time", K::Time, P::Optional),
                                   oneOf("format", {formatKey(EventFormat::Online), formatKey(EventFormat::OnSite), formatKey(EventFormat::Hybrid)}),
                                   text("city", MaxNameBytes), text("venue", MaxNameBytes),
                                   oneOf("audience", {audienceKey(Audience::Members), audienceKey(Audience::Public)}),
                                   oneOf("role", {roleKey(EventRole::Organiser), roleKey(EventRole::CoOrganiser), roleKey(EventRole::Attendee),
                                                  roleKey(EventRole::Speaker)}),
                                   text("partners", MaxNotesBytes), col("funder_id", K::Id, P::Optional), text("project_name", MaxNameBytes),
                                   col("capacity", K::Integer, P::Optional), col("registration_open", K::Bool),
                                   col("reported_participants", K::Integer, P::Optional), text("documentation_url", MaxLinkBytes),
                                   col("documentation_members_only", K::Bool), text("notes", MaxNotesBytes)}
                   + stamps(),
               {byId, byUuid}};

    // Personal notes stay in the office: the pack carries what check-in needs.
    t << Table{People, MaxPeople,
               identity()
                   + QList<Column>{text("title", MaxNameBytes), text("first_name", MaxNameBytes), text("last_name", MaxNameBytes, P::NonEmpty),
                                   text("name_key", MaxNameBytes), text("email", MaxNameBytes), text("email_key", MaxNameBytes),
                                   text("phone", MaxNameBytes), notCarried(text("notes", MaxNotesBytes)), col("consent_newsletter", K::Bool),
                                   col("consent_newsletter_on", K::Date, P::Optional), col("consent_photos", K::Bool),
                                   col("consent_photos_on", K::Date, P::Optional), col("consent_sharing", K::Bool),
                                   col("consent_sharing_on", K::Date, P::Optional)}
                   + stamps(),
               {byId, byUuid}};

    t << Table{Affiliations, MaxAffiliations,
               identity()
                   + QList<Column>{col("person_id", K::Id), col("organisation_id", K::Id), text("job_title", MaxNameBytes),
                                   col("valid_from", K::Date, P::Optional), col("valid_until", K::Date, P::Optional)}
                   + stamps(),
               {byId, byUuid}};

    t << Table{Registrations, MaxRegistrations,
               identity()
                   + QList<Column>{col("event_id", K::Id), col("person_id", K::Id), oneOf("status", statusKeys()), oneOf("source", sourceKeys()),
                                   col("registered_at", K::Timestamp), col("waitlisted_at", K::Timestamp, P::Optional),
                                   text("notes", MaxNotesBytes)}
                   + stamps(),
               {byId, byUuid, {QStringLiteral("event_id"), QStringLiteral("person_id")}}};

    // The base: every row as it left the office, for the three-way merge.
    Table base{Base, MaxPeople + MaxRegistrations,
               {oneOf("table_name", {People, Registrations}), col("row_uuid", K::Uuid), col("row_version", K::Integer),
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
