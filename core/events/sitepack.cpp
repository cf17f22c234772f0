// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitepack.h"

#include "common/dates.h"
#include "db/database.h"
#include "db/notifier.h"
#include "db/sqlhelpers.h"
#include "db/transaction.h"
#include "events/eventrepository.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace fd {

namespace {

const QString KindPack = QStringLiteral("pack");

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
    return table == QLatin1String("people") ? people : registrations;
}

// Keys derived from compared columns travel with them.
QStringList derivedColumns(const QString &table, const QStringList &changed)
{
    QStringList derived;
    if (table == QLatin1String("people")) {
        if (changed.contains(QStringLiteral("first_name")) || changed.contains(QStringLiteral("last_name")))
            derived << QStringLiteral("name_key");
        if (changed.contains(QStringLiteral("email")))
            derived << QStringLiteral("email_key");
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

Result<QList<QVariantMap>> selectMaps(Database &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return databaseError(q.lastError(), sql.left(60));
    QList<QVariantMap> rows;
    while (q.next()) {
        const QSqlRecord rec = q.record();
        QVariantMap row;
        for (int i = 0; i < rec.count(); ++i)
            row.insert(rec.fieldName(i), rec.value(i));
        rows << row;
    }
    return rows;
}

Status insertMap(Database &db, const QString &table, const QVariantMap &row)
{
    const QStringList columns = row.keys();
    QStringList marks;
    for (int i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, columns.join(QLatin1String(", ")), marks.join(QLatin1String(", "))));
    for (const QString &c : columns)
        q.addBindValue(row.value(c));
    if (!q.exec())
        return databaseError(q.lastError(), table);
    return {};
}

Status copyRows(Database &from, Database &to, const QString &table, const QStringList &columns, const QString &where,
                const QVariantList &values, QList<QVariantMap> *copied = nullptr)
{
    auto rows = selectMaps(from, QStringLiteral("SELECT %1 FROM %2 %3").arg(columns.join(QLatin1String(", ")), table, where), values);
    if (!rows)
        return rows.error();
    for (const QVariantMap &row : std::as_const(*rows)) {
        if (Status s = insertMap(to, table, row); !s)
            return s;
    }
    if (copied)
        *copied = *rows;
    return {};
}

QStringList allColumns(Database &db, const QString &table)
{
    QStringList columns;
    const QSqlRecord rec = db.connection().record(table);
    for (int i = 0; i < rec.count(); ++i)
        columns << rec.fieldName(i);
    return columns;
}

QString personTitle(const QVariantMap &row)
{
    QStringList parts;
    for (const char *c : {"title", "first_name", "last_name"}) {
        const QString s = row.value(QLatin1String(c)).toString();
        if (!s.isEmpty())
            parts << s;
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

const QStringList &SitePack::personColumns()
{
    static const QStringList columns = {
        QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("title"), QStringLiteral("first_name"),
        QStringLiteral("last_name"), QStringLiteral("name_key"), QStringLiteral("email"), QStringLiteral("email_key"),
        QStringLiteral("phone"), QStringLiteral("consent_newsletter"), QStringLiteral("consent_newsletter_on"),
        QStringLiteral("consent_photos"), QStringLiteral("consent_photos_on"), QStringLiteral("consent_sharing"),
        QStringLiteral("consent_sharing_on"), QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("row_version")};
    return columns;
}

const QStringList &SitePack::registrationColumns()
{
    static const QStringList columns = {
        QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("event_id"), QStringLiteral("person_id"),
        QStringLiteral("status"), QStringLiteral("source"), QStringLiteral("registered_at"), QStringLiteral("notes"),
        QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("row_version")};
    return columns;
}

bool SitePack::isPack(Database &db)
{
    return db.metaValue(QStringLiteral("kind")) == KindPack;
}

Result<SitePack::Info> SitePack::info(Database &pack)
{
    if (!isPack(pack))
        return Error(Error::Code::Format, tr("%1 is not an on-site pack.").arg(QFileInfo(pack.path()).fileName()));
    Info i;
    i.packUuid = QUuid::fromString(pack.metaValue(QStringLiteral("pack_uuid")));
    i.sourceDatabase = QUuid::fromString(pack.metaValue(QStringLiteral("pack_source_database")));
    i.eventUuid = QUuid::fromString(pack.metaValue(QStringLiteral("pack_event_uuid")));
    i.eventTitle = pack.metaValue(QStringLiteral("pack_event_title"));
    i.exportedAt = fromDbTimestamp(pack.metaValue(QStringLiteral("pack_exported_at")));
    return i;
}

Result<SitePack::ExportResult> SitePack::write(Database &office, qint64 eventId, const QString &path)
{
    if (QFileInfo::exists(path))
        return Error(Error::Code::Io, tr("%1 exists already; choose a new file name for the pack.").arg(QFileInfo(path).fileName())).at(path);
    auto event = EventRepository(office).byId(eventId);
    if (!event)
        return event.error();

    Database::Options options;
    options.backupBeforeMigration = false;
    auto created = Database::openSqlite(path, options);
    if (!created)
        return created.error();
    Database &pack = **created;

    ExportResult result;
    result.info.packUuid = QUuid::createUuid();
    result.info.sourceDatabase = office.databaseUuid();
    result.info.eventUuid = event->uuid;
    result.info.eventTitle = event->title;
    result.info.exportedAt = nowUtc();

    Transaction tx(pack);
    if (Status s = tx.begin(); !s)
        return s.error();
    // The office's kinds and organisations replace the pack's seeded kinds, keys and UUIDs included.
    {
        QSqlQuery q(pack.connection());
        if (!q.exec(QStringLiteral("DELETE FROM event_kinds")))
            return databaseError(q.lastError(), QStringLiteral("event_kinds"));
    }
    if (Status s = copyRows(office, pack, QStringLiteral("event_kinds"), allColumns(office, QStringLiteral("event_kinds")), QString(), {}); !s)
        return s.error();
    if (Status s = copyRows(office, pack, QStringLiteral("organisations"), allColumns(office, QStringLiteral("organisations")), QString(), {}); !s)
        return s.error();
    if (Status s = copyRows(office, pack, QStringLiteral("events"), allColumns(office, QStringLiteral("events")),
                            QStringLiteral("WHERE id = ?"), {eventId});
        !s)
        return s.error();
    QList<QVariantMap> people, registrations;
    if (Status s = copyRows(office, pack, QStringLiteral("people"), personColumns(),
                            QStringLiteral("WHERE id IN (SELECT person_id FROM registrations WHERE event_id = ?)"), {eventId}, &people);
        !s)
        return s.error();
    if (Status s = copyRows(office, pack, QStringLiteral("affiliations"), allColumns(office, QStringLiteral("affiliations")),
                            QStringLiteral("WHERE person_id IN (SELECT person_id FROM registrations WHERE event_id = ?) "
                                           "AND (valid_until IS NULL OR valid_until >= ?)"),
                            {eventId, toDbDate(QDate::currentDate())});
        !s)
        return s.error();
    if (Status s = copyRows(office, pack, QStringLiteral("registrations"), registrationColumns(), QStringLiteral("WHERE event_id = ?"),
                            {eventId}, &registrations);
        !s)
        return s.error();

    // The base: every row as it left the office.
    for (const QString &statement : {QStringLiteral("CREATE TABLE pack_base (table_name TEXT NOT NULL, row_uuid TEXT NOT NULL, "
                                                     "row_version INTEGER NOT NULL, base_json TEXT NOT NULL, "
                                                     "PRIMARY KEY (table_name, row_uuid))")}) {
        QSqlQuery q(pack.connection());
        if (!q.exec(statement))
            return databaseError(q.lastError(), QStringLiteral("pack_base"));
    }
    for (const auto &[table, rows] : {std::pair{QStringLiteral("people"), &people}, std::pair{QStringLiteral("registrations"), &registrations}}) {
        for (const QVariantMap &row : *rows) {
            QJsonObject base;
            for (const QString &c : comparedColumns(table))
                base.insert(c, norm(row.value(c)));
            QSqlQuery q(pack.connection());
            q.prepare(QStringLiteral("INSERT INTO pack_base (table_name, row_uuid, row_version, base_json) VALUES (?, ?, ?, ?)"));
            q.addBindValue(table);
            q.addBindValue(row.value(QStringLiteral("uuid")));
            q.addBindValue(row.value(QStringLiteral("row_version")));
            q.addBindValue(QString::fromUtf8(QJsonDocument(base).toJson(QJsonDocument::Compact)));
            if (!q.exec())
                return databaseError(q.lastError(), QStringLiteral("pack_base"));
        }
    }
    const QList<std::pair<QString, QString>> meta = {
        {QStringLiteral("kind"), KindPack},
        {QStringLiteral("pack_uuid"), uuidToDb(result.info.packUuid)},
        {QStringLiteral("pack_source_database"), uuidToDb(result.info.sourceDatabase)},
        {QStringLiteral("pack_event_uuid"), uuidToDb(result.info.eventUuid)},
        {QStringLiteral("pack_event_title"), result.info.eventTitle},
        {QStringLiteral("pack_exported_at"), toDbTimestamp(result.info.exportedAt).toString()},
    };
    for (const auto &[key, value] : meta) {
        if (Status s = pack.setMetaValue(key, value); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    result.people = int(people.size());
    result.registrations = int(registrations.size());
    return result;
}

QString MergePlan::summary() const
{
    QStringList parts;
    int newPeople = 0, linked = 0, newRegistrations = 0, personUpdates = 0, registrationUpdates = 0;
    for (const Row &r : inserts) {
        if (r.table == QLatin1String("people"))
            (r.linkToPersonId ? linked : newPeople) += 1;
        else if (r.table == QLatin1String("registrations"))
            ++newRegistrations;
    }
    for (const Row &r : updates)
        (r.table == QLatin1String("people") ? personUpdates : registrationUpdates) += 1;
    if (isEmpty())
        return PackMerger::tr("Nothing to merge: the office database has everything in this pack already.");
    parts << PackMerger::tr("%n new registration(s)", nullptr, newRegistrations)
          << PackMerger::tr("%n changed registration(s)", nullptr, registrationUpdates)
          << PackMerger::tr("%n new person(s)", nullptr, newPeople);
    if (linked)
        parts << PackMerger::tr("%n walk-in(s) matched to people already known", nullptr, linked);
    if (personUpdates)
        parts << PackMerger::tr("%n person(s) with changed details", nullptr, personUpdates);
    if (!conflicts.isEmpty())
        parts << PackMerger::tr("%n conflict(s) to decide", nullptr, int(conflicts.size()));
    return parts.join(QLatin1String(", ")) + QLatin1Char('.');
}

QString MergeReport::summary() const
{
    return PackMerger::tr("Merged: %1 registrations added, %2 updated; %3 people added, %4 matched, %5 updated; "
                          "conflicts: %6 taken from the pack, %7 kept as in the office.")
        .arg(registrationsAdded)
        .arg(registrationsUpdated)
        .arg(peopleAdded)
        .arg(peopleLinked)
        .arg(peopleUpdated)
        .arg(conflictsTakenFromPack)
        .arg(conflictsKept);
}

Result<MergePlan> PackMerger::analyse(const QString &packPath)
{
    Database::Options options;
    options.create = false;
    options.readOnly = true;
    auto opened = Database::openSqlite(packPath, options);
    if (!opened)
        return opened.error();
    Database &pack = **opened;
    auto info = SitePack::info(pack);
    if (!info)
        return info.error();
    if (info->sourceDatabase != m_office.databaseUuid())
        return Error(Error::Code::Validation, tr("This pack was made from another database, not from %1.")
                                                  .arg(QFileInfo(m_office.path()).fileName()))
            .at(packPath);
    auto event = EventRepository(m_office).byUuid(info->eventUuid);
    if (!event)
        return Error(Error::Code::NotFound, tr("The event \"%1\" of this pack is no longer in the office database.").arg(info->eventTitle));

    MergePlan plan;
    plan.info = *info;
    plan.eventId = event->id;

    // The base, and what was merged from this pack before.
    QHash<QString, QVariantMap> base;
    auto baseRows = selectMaps(pack, QStringLiteral("SELECT table_name, row_uuid, base_json FROM pack_base"), {});
    if (!baseRows)
        return baseRows.error();
    for (const QVariantMap &row : std::as_const(*baseRows))
        base.insert(row.value(QStringLiteral("table_name")).toString() + QLatin1Char(':') + row.value(QStringLiteral("row_uuid")).toString(),
                    QJsonDocument::fromJson(row.value(QStringLiteral("base_json")).toString().toUtf8()).object().toVariantMap());
    QSet<QString> merged;
    auto ledger = selectMaps(m_office, QStringLiteral("SELECT table_name, row_uuid, pack_row_version FROM pack_merges WHERE pack_uuid = ?"),
                             {uuidToDb(info->packUuid)});
    if (!ledger)
        return ledger.error();
    for (const QVariantMap &row : std::as_const(*ledger))
        merged.insert(row.value(QStringLiteral("table_name")).toString() + QLatin1Char(':') + row.value(QStringLiteral("row_uuid")).toString()
                      + QLatin1Char(':') + row.value(QStringLiteral("pack_row_version")).toString());

    const QString packEventId = QString::number([&] {
        auto rows = selectMaps(pack, QStringLiteral("SELECT id FROM events WHERE uuid = ?"), {uuidToDb(info->eventUuid)});
        return rows && !rows->isEmpty() ? rows->first().value(QStringLiteral("id")).toLongLong() : qint64(0);
    }());

    auto packPeople = selectMaps(pack, QStringLiteral("SELECT %1 FROM people").arg(SitePack::personColumns().join(QLatin1String(", "))), {});
    auto packRegistrations = selectMaps(
        pack, QStringLiteral("SELECT r.%1, p.uuid AS person_uuid FROM registrations r JOIN people p ON p.id = r.person_id WHERE r.event_id = ?")
                  .arg(SitePack::registrationColumns().join(QLatin1String(", r."))),
        {packEventId});
    if (!packPeople)
        return packPeople.error();
    if (!packRegistrations)
        return packRegistrations.error();

    // Office persons by uuid and e-mail, for matching.
    QHash<QString, QVariantMap> officePeopleByUuid;
    QHash<QString, qint64> officePeopleByEmail;
    {
        auto rows = selectMaps(m_office, QStringLiteral("SELECT %1 FROM people").arg(SitePack::personColumns().join(QLatin1String(", "))), {});
        if (!rows)
            return rows.error();
        for (const QVariantMap &row : std::as_const(*rows)) {
            officePeopleByUuid.insert(row.value(QStringLiteral("uuid")).toString(), row);
            const QString key = row.value(QStringLiteral("email_key")).toString();
            if (!key.isEmpty())
                officePeopleByEmail.insert(key, row.value(QStringLiteral("id")).toLongLong());
        }
    }
    QHash<QString, QVariantMap> officeRegistrations; // by uuid
    QHash<QString, QVariantMap> officeRegistrationsByPerson; // by office person id
    {
        auto rows = selectMaps(m_office, QStringLiteral("SELECT %1 FROM registrations WHERE event_id = ?")
                                             .arg(SitePack::registrationColumns().join(QLatin1String(", "))),
                               {event->id});
        if (!rows)
            return rows.error();
        for (const QVariantMap &row : std::as_const(*rows)) {
            officeRegistrations.insert(row.value(QStringLiteral("uuid")).toString(), row);
            officeRegistrationsByPerson.insert(row.value(QStringLiteral("person_id")).toString(), row);
        }
    }

    // Three-way comparison of one row that exists in the base, the pack and the office.
    auto compare = [&](const QString &table, const QVariantMap &packRow, const QVariantMap &baseRow, const QVariantMap &officeRow,
                       const QString &title) {
        QStringList apply, conflicting;
        for (const QString &c : comparedColumns(table)) {
            const QString p = norm(packRow.value(c)), b = baseRow.value(c).toString(), o = norm(officeRow.value(c));
            if (p == b || p == o)
                continue;          // not changed on site, or both sides agree
            if (o == b)
                apply << c;        // changed only on site
            else
                conflicting << c;  // changed on both sides, differently
        }
        if (apply.isEmpty() && conflicting.isEmpty()) {
            ++plan.unchanged;
            return;
        }
        MergePlan::Row row;
        row.table = table;
        row.uuid = QUuid::fromString(packRow.value(QStringLiteral("uuid")).toString());
        row.title = title;
        row.officeId = officeRow.value(QStringLiteral("id")).toLongLong();
        row.packRowVersion = packRow.value(QStringLiteral("row_version")).toLongLong();
        for (const QString &c : apply + derivedColumns(table, apply))
            row.values.insert(c, packRow.value(c));
        row.values.insert(QStringLiteral("row_version"), officeRow.value(QStringLiteral("row_version")));
        if (!apply.isEmpty())
            plan.updates << row;
        if (!conflicting.isEmpty()) {
            MergeConflict c;
            c.table = table;
            c.uuid = row.uuid;
            c.title = title;
            c.fields = conflicting;
            for (const QString &f : conflicting) {
                c.officeValues.insert(f, officeRow.value(f));
                c.packValues.insert(f, packRow.value(f));
            }
            for (const QString &f : derivedColumns(table, conflicting))
                c.packValues.insert(f, packRow.value(f));
            plan.conflicts << c;
            if (apply.isEmpty())
                plan.updates << row; // recorded for the ledger and the version check, values only if taken
        }
    };

    QHash<QString, qint64> officeIdOfPackPerson; // pack person uuid -> office id (0: inserted with the plan)
    for (const QVariantMap &p : std::as_const(*packPeople)) {
        const QString uuid = p.value(QStringLiteral("uuid")).toString();
        const QString title = personTitle(p);
        if (merged.contains(QStringLiteral("people:") + uuid + QLatin1Char(':') + p.value(QStringLiteral("row_version")).toString())) {
            ++plan.alreadyMerged;
            officeIdOfPackPerson.insert(uuid, officePeopleByUuid.value(uuid).value(QStringLiteral("id")).toLongLong());
            continue;
        }
        const QString baseKey = QStringLiteral("people:") + uuid;
        if (officePeopleByUuid.contains(uuid)) {
            const QVariantMap office = officePeopleByUuid.value(uuid);
            officeIdOfPackPerson.insert(uuid, office.value(QStringLiteral("id")).toLongLong());
            compare(QStringLiteral("people"), p, base.value(baseKey), office, title);
            continue;
        }
        if (base.contains(baseKey)) {
            plan.notes << tr("%1 was deleted in the office after the pack was made; the changes on site are not applied.").arg(title);
            continue;
        }
        // A walk-in: new, or someone the office knows by e-mail.
        MergePlan::Row row;
        row.table = QStringLiteral("people");
        row.uuid = QUuid::fromString(uuid);
        row.title = title;
        row.packRowVersion = p.value(QStringLiteral("row_version")).toLongLong();
        row.values = p;
        row.values.remove(QStringLiteral("id"));
        const QString email = p.value(QStringLiteral("email_key")).toString();
        if (!email.isEmpty() && officePeopleByEmail.contains(email)) {
            row.linkToPersonId = officePeopleByEmail.value(email);
            officeIdOfPackPerson.insert(uuid, row.linkToPersonId);
        } else {
            officeIdOfPackPerson.insert(uuid, 0);
        }
        plan.inserts << row;
    }

    // Where the new people work: their affiliations, and organisations created on site.
    {
        QStringList newPeople;
        for (const MergePlan::Row &row : std::as_const(plan.inserts)) {
            if (row.table == QLatin1String("people") && !row.linkToPersonId)
                newPeople << uuidToDb(row.uuid);
        }
        auto officeOrgs = selectMaps(m_office, QStringLiteral("SELECT uuid, name_key FROM organisations"), {});
        if (!officeOrgs)
            return officeOrgs.error();
        QSet<QString> knownOrgUuids, knownOrgNames;
        for (const QVariantMap &o : std::as_const(*officeOrgs)) {
            knownOrgUuids.insert(o.value(QStringLiteral("uuid")).toString());
            knownOrgNames.insert(o.value(QStringLiteral("name_key")).toString());
        }
        auto affiliations = selectMaps(pack, QStringLiteral(
            "SELECT a.*, p.uuid AS person_uuid, o.uuid AS organisation_uuid, o.name AS organisation_name, o.name_key AS organisation_key "
            "FROM affiliations a JOIN people p ON p.id = a.person_id JOIN organisations o ON o.id = a.organisation_id"), {});
        if (!affiliations)
            return affiliations.error();
        QSet<QString> orgsPlanned;
        for (const QVariantMap &a : std::as_const(*affiliations)) {
            if (!newPeople.contains(a.value(QStringLiteral("person_uuid")).toString()))
                continue;
            const QString orgUuid = a.value(QStringLiteral("organisation_uuid")).toString();
            if (!knownOrgUuids.contains(orgUuid) && !orgsPlanned.contains(orgUuid)) {
                if (knownOrgNames.contains(a.value(QStringLiteral("organisation_key")).toString())) {
                    plan.notes << tr("%1 was created on site, but the office has an organisation of that name already; "
                                     "the walk-in is not linked to it.").arg(a.value(QStringLiteral("organisation_name")).toString());
                    continue;
                }
                auto org = selectMaps(pack, QStringLiteral("SELECT * FROM organisations WHERE uuid = ?"), {orgUuid});
                if (!org || org->isEmpty())
                    continue;
                MergePlan::Row row;
                row.table = QStringLiteral("organisations");
                row.uuid = QUuid::fromString(orgUuid);
                row.title = a.value(QStringLiteral("organisation_name")).toString();
                row.values = org->first();
                row.values.remove(QStringLiteral("id"));
                plan.inserts.prepend(row);
                orgsPlanned.insert(orgUuid);
            }
            MergePlan::Row row;
            row.table = QStringLiteral("affiliations");
            row.uuid = QUuid::fromString(a.value(QStringLiteral("uuid")).toString());
            row.values = a;
            for (const char *c : {"id", "person_id", "organisation_id", "organisation_name", "organisation_key"})
                row.values.remove(QLatin1String(c));
            plan.inserts << row;
        }
    }

    for (const QVariantMap &r : std::as_const(*packRegistrations)) {
        const QString uuid = r.value(QStringLiteral("uuid")).toString();
        const QString personUuid = r.value(QStringLiteral("person_uuid")).toString();
        QString personName = personUuid;
        for (const QVariantMap &p : std::as_const(*packPeople)) {
            if (p.value(QStringLiteral("uuid")).toString() == personUuid)
                personName = personTitle(p);
        }
        const QString title = tr("Registration of %1").arg(personName);
        if (merged.contains(QStringLiteral("registrations:") + uuid + QLatin1Char(':') + r.value(QStringLiteral("row_version")).toString())) {
            ++plan.alreadyMerged;
            continue;
        }
        if (officeRegistrations.contains(uuid)) {
            compare(QStringLiteral("registrations"), r, base.value(QStringLiteral("registrations:") + uuid), officeRegistrations.value(uuid), title);
            continue;
        }
        if (base.contains(QStringLiteral("registrations:") + uuid)) {
            plan.notes << tr("%1 was deleted in the office after the pack was made; the changes on site are not applied.").arg(title);
            continue;
        }
        // New on site. The office may have registered the same person meanwhile.
        const qint64 officePerson = officeIdOfPackPerson.value(personUuid, -1);
        if (officePerson > 0 && officeRegistrationsByPerson.contains(QString::number(officePerson))) {
            const QVariantMap office = officeRegistrationsByPerson.value(QString::number(officePerson));
            // Registered on both sides: their status must agree, or the user decides.
            if (norm(office.value(QStringLiteral("status"))) == norm(r.value(QStringLiteral("status")))) {
                ++plan.unchanged;
            } else {
                MergeConflict c;
                c.table = QStringLiteral("registrations");
                c.uuid = QUuid::fromString(office.value(QStringLiteral("uuid")).toString());
                c.title = title;
                c.fields = {QStringLiteral("status")};
                c.officeValues.insert(QStringLiteral("status"), office.value(QStringLiteral("status")));
                c.packValues.insert(QStringLiteral("status"), r.value(QStringLiteral("status")));
                plan.conflicts << c;
                MergePlan::Row row;
                row.table = QStringLiteral("registrations");
                row.uuid = c.uuid;
                row.title = title;
                row.officeId = office.value(QStringLiteral("id")).toLongLong();
                row.packRowVersion = r.value(QStringLiteral("row_version")).toLongLong();
                row.values.insert(QStringLiteral("row_version"), office.value(QStringLiteral("row_version")));
                plan.updates << row;
            }
            continue;
        }
        MergePlan::Row row;
        row.table = QStringLiteral("registrations");
        row.uuid = QUuid::fromString(uuid);
        row.title = title;
        row.packRowVersion = r.value(QStringLiteral("row_version")).toLongLong();
        row.values = r;
        row.values.remove(QStringLiteral("id"));
        row.values.remove(QStringLiteral("person_uuid"));
        row.values.insert(QStringLiteral("person_uuid"), personUuid); // resolved to an office id in apply()
        plan.inserts << row;
    }
    return plan;
}

Result<MergeReport> PackMerger::apply(const MergePlan &plan, const QHash<QString, MergeChoice> &choices,
                                      std::optional<MergeChoice> defaultChoice)
{
    for (const MergeConflict &c : plan.conflicts) {
        if (!choices.contains(conflictKey(c)) && !defaultChoice)
            return Error(Error::Code::Conflict, tr("%1 was changed both on site and in the office (%2); decide which to keep.")
                                                    .arg(c.title, c.fields.join(QLatin1String(", "))));
    }
    MergeReport report;
    Transaction tx(m_office);
    if (Status s = tx.begin(); !s)
        return s.error();
    const QVariant now = toDbTimestamp(nowUtc());
    QHash<QString, qint64> personIds; // pack person uuid -> office id
    {
        auto rows = selectMaps(m_office, QStringLiteral("SELECT id, uuid FROM people"), {});
        if (!rows)
            return rows.error();
        for (const QVariantMap &row : std::as_const(*rows))
            personIds.insert(row.value(QStringLiteral("uuid")).toString(), row.value(QStringLiteral("id")).toLongLong());
    }

    auto record = [&](const QString &table, const QUuid &uuid, qint64 packRowVersion) -> Status {
        QSqlQuery q(m_office.connection());
        q.prepare(QStringLiteral("INSERT INTO pack_merges (pack_uuid, table_name, row_uuid, pack_row_version, merged_at) VALUES (?, ?, ?, ?, ?) "
                                 "ON CONFLICT (pack_uuid, table_name, row_uuid, pack_row_version) DO NOTHING"));
        q.addBindValue(uuidToDb(plan.info.packUuid));
        q.addBindValue(table);
        q.addBindValue(uuidToDb(uuid));
        q.addBindValue(packRowVersion);
        q.addBindValue(now);
        return execQuery(q, QStringLiteral("pack_merges"));
    };

    // Organisations created on site, then people: affiliations and registrations refer to them.
    QHash<QString, qint64> organisationIds; // uuid -> office id
    {
        auto rows = selectMaps(m_office, QStringLiteral("SELECT id, uuid FROM organisations"), {});
        if (!rows)
            return rows.error();
        for (const QVariantMap &row : std::as_const(*rows))
            organisationIds.insert(row.value(QStringLiteral("uuid")).toString(), row.value(QStringLiteral("id")).toLongLong());
    }
    for (const MergePlan::Row &row : plan.inserts) {
        if (row.table != QLatin1String("organisations"))
            continue;
        QVariantMap values = row.values;
        values.insert(QStringLiteral("created_at"), now);
        values.insert(QStringLiteral("updated_at"), now);
        values.insert(QStringLiteral("row_version"), 1);
        if (Status s = insertMap(m_office, QStringLiteral("organisations"), values); !s)
            return s.error();
        auto id = selectMaps(m_office, QStringLiteral("SELECT id FROM organisations WHERE uuid = ?"), {uuidToDb(row.uuid)});
        if (!id || id->isEmpty())
            return Error(Error::Code::Database, QStringLiteral("organisation not inserted"));
        organisationIds.insert(uuidToDb(row.uuid), id->first().value(QStringLiteral("id")).toLongLong());
        report.createdOrganisationIds << id->first().value(QStringLiteral("id")).toLongLong();
    }
    for (const MergePlan::Row &row : plan.inserts) {
        if (row.table != QLatin1String("people"))
            continue;
        if (row.linkToPersonId) {
            personIds.insert(uuidToDb(row.uuid), row.linkToPersonId);
            ++report.peopleLinked;
        } else {
            QVariantMap values = row.values;
            values.insert(QStringLiteral("created_at"), now);
            values.insert(QStringLiteral("updated_at"), now);
            values.insert(QStringLiteral("row_version"), 1);
            if (Status s = insertMap(m_office, QStringLiteral("people"), values); !s)
                return s.error();
            auto id = selectMaps(m_office, QStringLiteral("SELECT id FROM people WHERE uuid = ?"), {uuidToDb(row.uuid)});
            if (!id || id->isEmpty())
                return Error(Error::Code::Database, QStringLiteral("person not inserted"));
            const qint64 newId = id->first().value(QStringLiteral("id")).toLongLong();
            personIds.insert(uuidToDb(row.uuid), newId);
            report.createdPersonIds << newId;
            ++report.peopleAdded;
        }
        if (Status s = record(QStringLiteral("people"), row.uuid, row.packRowVersion); !s)
            return s.error();
    }

    for (const MergePlan::Row &row : plan.inserts) {
        if (row.table != QLatin1String("affiliations"))
            continue;
        QVariantMap values = row.values;
        const qint64 personId = personIds.value(values.take(QStringLiteral("person_uuid")).toString());
        const qint64 organisationId = organisationIds.value(values.take(QStringLiteral("organisation_uuid")).toString());
        if (!personId || !organisationId)
            continue;
        values.insert(QStringLiteral("person_id"), personId);
        values.insert(QStringLiteral("organisation_id"), organisationId);
        values.insert(QStringLiteral("created_at"), now);
        values.insert(QStringLiteral("updated_at"), now);
        values.insert(QStringLiteral("row_version"), 1);
        if (Status s = insertMap(m_office, QStringLiteral("affiliations"), values); !s)
            return s.error();
    }

    auto conflictFor = [&](const MergePlan::Row &row) -> const MergeConflict * {
        for (const MergeConflict &c : plan.conflicts) {
            if (c.table == row.table && c.uuid == row.uuid)
                return &c;
        }
        return nullptr;
    };
    for (const MergePlan::Row &row : plan.updates) {
        QVariantMap values = row.values;
        const qint64 expectedVersion = values.take(QStringLiteral("row_version")).toLongLong();
        if (const MergeConflict *c = conflictFor(row)) {
            const MergeChoice choice = choices.value(conflictKey(*c), defaultChoice.value_or(MergeChoice::KeepOffice));
            if (choice == MergeChoice::TakePack) {
                for (auto it = c->packValues.cbegin(); it != c->packValues.cend(); ++it)
                    values.insert(it.key(), it.value());
                ++report.conflictsTakenFromPack;
            } else {
                ++report.conflictsKept;
            }
        }
        if (!values.isEmpty()) {
            QStringList sets;
            for (auto it = values.cbegin(); it != values.cend(); ++it)
                sets << it.key() + QStringLiteral(" = ?");
            QSqlQuery q(m_office.connection());
            q.prepare(QStringLiteral("UPDATE %1 SET %2, updated_at = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?")
                          .arg(row.table, sets.join(QLatin1String(", "))));
            for (auto it = values.cbegin(); it != values.cend(); ++it)
                q.addBindValue(it.value());
            q.addBindValue(now);
            q.addBindValue(row.officeId);
            q.addBindValue(expectedVersion);
            if (!q.exec())
                return databaseError(q.lastError(), row.table);
            if (q.numRowsAffected() != 1)
                return Error(Error::Code::Conflict, tr("%1 changed in the office while the pack was being merged; merge the pack again.").arg(row.title));
            if (row.table == QLatin1String("people")) {
                ++report.peopleUpdated;
                report.updatedPersonIds << row.officeId;
            } else {
                ++report.registrationsUpdated;
            }
        }
        if (Status s = record(row.table, row.uuid, row.packRowVersion); !s)
            return s.error();
    }

    for (const MergePlan::Row &row : plan.inserts) {
        if (row.table != QLatin1String("registrations"))
            continue;
        QVariantMap values = row.values;
        const QString personUuid = values.take(QStringLiteral("person_uuid")).toString();
        const qint64 personId = personIds.value(personUuid);
        if (!personId)
            return Error(Error::Code::Database, tr("%1: the person is missing.").arg(row.title));
        values.insert(QStringLiteral("person_id"), personId);
        values.insert(QStringLiteral("event_id"), plan.eventId);
        values.insert(QStringLiteral("created_at"), now);
        values.insert(QStringLiteral("updated_at"), now);
        values.insert(QStringLiteral("row_version"), 1);
        if (Status s = insertMap(m_office, QStringLiteral("registrations"), values); !s)
            return s.error();
        ++report.registrationsAdded;
        if (Status s = record(QStringLiteral("registrations"), row.uuid, row.packRowVersion); !s)
            return s.error();
    }

    m_office.notifier()->entityReset(Entity::Person);
    m_office.notifier()->entityReset(Entity::Affiliation);
    if (!report.createdOrganisationIds.isEmpty())
        m_office.notifier()->entityReset(Entity::Organisation);
    m_office.notifier()->entityReset(Entity::Registration);
    m_office.notifier()->rowChanged(Entity::Event, ChangeKind::Changed, plan.eventId);
    if (Status s = tx.commit(); !s)
        return s.error();
    return report;
}

Result<QList<QVariantMap>> PackMerger::ledger(const QUuid &packUuid) const
{
    return selectMaps(m_office, QStringLiteral("SELECT * FROM pack_merges WHERE pack_uuid = ? ORDER BY id"), {uuidToDb(packUuid)});
}

Status PackMerger::replaceLedger(const QUuid &packUuid, const QList<QVariantMap> &rows)
{
    Transaction tx(m_office);
    if (Status s = tx.begin(); !s)
        return s;
    QSqlQuery q(m_office.connection());
    q.prepare(QStringLiteral("DELETE FROM pack_merges WHERE pack_uuid = ?"));
    q.addBindValue(uuidToDb(packUuid));
    if (!q.exec())
        return databaseError(q.lastError(), QStringLiteral("pack_merges"));
    for (const QVariantMap &row : rows) {
        if (Status s = insertMap(m_office, QStringLiteral("pack_merges"), row); !s)
            return s;
    }
    return tx.commit();
}

} // namespace fd
