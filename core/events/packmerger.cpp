// SPDX-License-Identifier: GPL-3.0-or-later
#include "packmerger.h"

#include "events/packformat.h"

#include "common/dates.h"
#include "common/textfold.h"
#include "db/database.h"
#include "db/notifier.h"
#include "db/rowio.h"
#include "db/sqlhelpers.h"
#include "db/transaction.h"
#include "events/eventrepository.h"
#include "events/packreader.h"
#include "events/registrationrepository.h"
#include "people/personmatch.h"
#include "people/personrepository.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>


namespace fd {

using namespace pack;

QString MergePlan::summary() const
{
    int newPeople = 0, linked = 0, newRegistrations = 0, personUpdates = 0, registrationUpdates = 0;
    for (const Row &r : inserts) {
        if (r.table == People)
            (r.linkToPersonId ? linked : newPeople) += 1;
        else if (r.table == Registrations)
            ++newRegistrations;
    }
    for (const Row &r : updates) {
        if (r.values.size() > 1) // more than the version check: not only a conflict
            (r.table == People ? personUpdates : registrationUpdates) += 1;
    }
    // What the pack holds that is not merged is counted here and named in the notes.
    const QString notMerged = registrationsNotMerged
        ? PackMerger::tr("%n registration(s) in the pack are not merged (see the notes).", nullptr, registrationsNotMerged)
        : QString();
    if (isEmpty()) {
        if (notes.isEmpty())
            return PackMerger::tr("Nothing to merge: the office database has everything in this pack already.");
        return notMerged.isEmpty() ? PackMerger::tr("Nothing to merge; the notes say what is not applied.")
                                   : PackMerger::tr("Nothing to merge.") + QLatin1Char(' ') + notMerged;
    }
    QStringList parts;
    parts << PackMerger::tr("%n new registration(s)", nullptr, newRegistrations)
          << PackMerger::tr("%n changed registration(s)", nullptr, registrationUpdates)
          << PackMerger::tr("%n new person(s)", nullptr, newPeople);
    if (linked)
        parts << PackMerger::tr("%n walk-in(s) matched to people already known", nullptr, linked);
    if (personUpdates)
        parts << PackMerger::tr("%n person(s) with changed details", nullptr, personUpdates);
    if (!conflicts.isEmpty())
        parts << PackMerger::tr("%n conflict(s) to decide", nullptr, int(conflicts.size()));
    const QString summary = parts.join(QLatin1String(", ")) + QLatin1Char('.');
    return notMerged.isEmpty() ? summary : summary + QLatin1Char(' ') + notMerged;
}

QString MergeReport::summary() const
{
    // Counts after a label, so that no noun has to agree with its number.
    return PackMerger::tr("Merged. Registrations: %1 added, %2 updated. People: %3 added, %4 matched, %5 updated. "
                          "Conflicts: %6 taken from the pack, %7 kept as in the office.")
        .arg(registrationsAdded)
        .arg(registrationsUpdated)
        .arg(peopleAdded)
        .arg(peopleLinked)
        .arg(peopleUpdated)
        .arg(conflictsTakenFromPack)
        .arg(conflictsKept);
}

QString PackMerger::fieldLabel(const QString &column)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("title"), QT_TR_NOOP("title")},
        {QStringLiteral("first_name"), QT_TR_NOOP("first name")},
        {QStringLiteral("last_name"), QT_TR_NOOP("last name")},
        {QStringLiteral("email"), QT_TR_NOOP("e-mail")},
        {QStringLiteral("phone"), QT_TR_NOOP("phone")},
        {QStringLiteral("consent_newsletter"), QT_TR_NOOP("newsletter consent")},
        {QStringLiteral("consent_newsletter_on"), QT_TR_NOOP("date of the newsletter consent")},
        {QStringLiteral("consent_photos"), QT_TR_NOOP("photo consent")},
        {QStringLiteral("consent_photos_on"), QT_TR_NOOP("date of the photo consent")},
        {QStringLiteral("consent_sharing"), QT_TR_NOOP("consent to sharing")},
        {QStringLiteral("consent_sharing_on"), QT_TR_NOOP("date of the consent to sharing")},
        {QStringLiteral("status"), QT_TR_NOOP("status")},
        {QStringLiteral("source"), QT_TR_NOOP("source")},
        {QStringLiteral("registered_at"), QT_TR_NOOP("registered at")},
        {QStringLiteral("notes"), QT_TR_NOOP("notes")},
    };
    const auto it = labels.constFind(column);
    return it == labels.constEnd() ? column : tr(it.value());
}

QString PackMerger::displayValue(const QString &column, const QVariant &value)
{
    if (column == QLatin1String("status")) {
        if (auto s = parseStatus(value.toString()))
            return statusLabel(*s);
    }
    if (column == QLatin1String("source")) {
        if (auto s = parseSource(value.toString()))
            return sourceLabel(*s);
    }
    if (column.startsWith(QLatin1String("consent_")) && !column.endsWith(QLatin1String("_on")))
        return norm(value) == QLatin1String("1") ? tr("yes") : tr("no");
    if (column.endsWith(QLatin1String("_on")))
        return formatDate(fromDbDate(value));
    if (column.endsWith(QLatin1String("_at"))) {
        const QDateTime at = fromDbTimestamp(value);
        return formatDateTime(at);
    }
    return value.toString();
}

Result<MergePlan> PackMerger::analyse(const QString &packPath)
{
    // Everything the pack holds, checked and in memory; its file is closed before the office is looked at,
    // so that nothing the pack controls runs while the office database is in use.
    auto read = PackReader::read(packPath);
    if (!read)
        return read.error();
    const PackContents &pack = *read;
    const SitePack::Info &info = pack.info;
    if (info.sourceDatabase != m_office.databaseUuid())
        return Error(Error::Code::Validation, tr("This pack was made from another database, not from %1. Open the database it came from and merge it there.")
                                                  .arg(QFileInfo(m_office.path()).fileName()))
            .at(packPath);
    auto event = EventRepository(m_office).byUuid(info.eventUuid);
    if (!event)
        return Error(Error::Code::NotFound, tr("The event \"%1\" of this pack is no longer in the office database.").arg(info.eventTitle));

    MergePlan plan;
    plan.info = info;
    plan.eventId = event->id;

    // What the pack holds but cannot be merged is named, never dropped silently; past a few, counted.
    constexpr int NamedNotes = 20;
    int unnamedRegistrations = 0, unnamedPositions = 0, positionNotes = 0;
    auto registrationNotMerged = [&](const QString &note) {
        if (++plan.registrationsNotMerged <= NamedNotes)
            plan.notes << note;
        else
            ++unnamedRegistrations;
    };
    auto positionNotMerged = [&](const QString &note) {
        if (++positionNotes <= NamedNotes)
            plan.notes << note;
        else
            ++unnamedPositions;
    };

    // The base of each row: what the last merge of this pack took in, or the row as it left the office.
    QHash<QString, QVariantMap> base;
    for (const QVariantMap &row : pack.table(Base))
        base.insert(row.value(QStringLiteral("table_name")).toString() + QLatin1Char(':') + row.value(QStringLiteral("row_uuid")).toString(),
                    fromJson(row.value(QStringLiteral("base_json")).toString()));
    QSet<QString> merged;
    QHash<QString, qint64> officeIdFromLedger;
    auto ledger = selectRows(m_office, QStringLiteral("SELECT table_name, row_uuid, pack_row_version, office_row_id, merged_json "
                                                      "FROM pack_merges WHERE pack_uuid = ? ORDER BY pack_row_version"),
                             {uuidToDb(info.packUuid)});
    if (!ledger)
        return ledger.error();
    for (const QVariantMap &row : std::as_const(*ledger)) {
        const QString key = row.value(QStringLiteral("table_name")).toString() + QLatin1Char(':') + row.value(QStringLiteral("row_uuid")).toString();
        merged.insert(key + QLatin1Char(':') + row.value(QStringLiteral("pack_row_version")).toString());
        if (const QString json = row.value(QStringLiteral("merged_json")).toString(); !json.isEmpty())
            base.insert(key, fromJson(json)); // later versions come later: the newest wins
        if (!row.value(QStringLiteral("office_row_id")).isNull())
            officeIdFromLedger.insert(key, row.value(QStringLiteral("office_row_id")).toLongLong());
    }

    // Keys derived from names are computed here, as the office computes them, never taken from the file.
    QList<QVariantMap> packPeople = pack.table(People);
    QHash<qint64, QString> packPersonUuidById;
    QHash<QString, QString> packPersonNames; // by UUID
    for (QVariantMap &p : packPeople) {
        p.insert(QStringLiteral("name_key"), PersonRepository::nameKey(p.value(QStringLiteral("first_name")).toString(),
                                                                        p.value(QStringLiteral("last_name")).toString()));
        p.insert(QStringLiteral("email_key"), emailKey(p.value(QStringLiteral("email")).toString()));
        packPersonUuidById.insert(p.value(QStringLiteral("id")).toLongLong(), p.value(QStringLiteral("uuid")).toString());
        packPersonNames.insert(p.value(QStringLiteral("uuid")).toString(), personName(p));
    }
    QHash<qint64, QVariantMap> packOrganisations; // by id
    for (QVariantMap o : pack.table(Organisations)) {
        o.insert(QStringLiteral("name_key"), foldKey(o.value(QStringLiteral("name")).toString()));
        packOrganisations.insert(o.value(QStringLiteral("id")).toLongLong(), o);
    }
    QHash<qint64, QString> packEventTitles;
    for (const QVariantMap &e : pack.table(Events))
        packEventTitles.insert(e.value(QStringLiteral("id")).toLongLong(), e.value(QStringLiteral("title")).toString());

    // The registrations of the pack's event, each with its person's UUID.
    QList<QVariantMap> packRegistrations;
    QSet<QString> packRegistrationUuids; // all of them, also those not merged: none was deleted on site
    for (QVariantMap r : pack.table(Registrations)) {
        const QString uuid = r.value(QStringLiteral("uuid")).toString();
        packRegistrationUuids.insert(uuid);
        const qint64 eventId = r.value(QStringLiteral("event_id")).toLongLong();
        if (eventId != pack.eventId) {
            if (packEventTitles.contains(eventId))
                registrationNotMerged(tr("The registration %1 in the pack is for another event (\"%2\"), not for \"%3\"; it is not merged.")
                                          .arg(uuid, packEventTitles.value(eventId).left(200), info.eventTitle));
            else
                registrationNotMerged(tr("The registration %1 in the pack is for an event that is not in the pack; it is not merged.").arg(uuid));
            continue;
        }
        const QString personUuid = packPersonUuidById.value(r.value(QStringLiteral("person_id")).toLongLong());
        if (personUuid.isEmpty()) {
            registrationNotMerged(tr("The registration %1 in the pack is for a person who is not in the pack; it is not merged.").arg(uuid));
            continue;
        }
        r.insert(QStringLiteral("person_uuid"), personUuid);
        packRegistrations << r;
    }
    if (unnamedRegistrations)
        plan.notes << tr("%n more registration(s) in the pack are not merged for the same reasons.", nullptr, unnamedRegistrations);

    // Positions (affiliations), each with its person's and organisation's UUID and the organisation's name.
    QList<QVariantMap> packAffiliations;
    for (QVariantMap a : pack.table(Affiliations)) {
        const QString personUuid = packPersonUuidById.value(a.value(QStringLiteral("person_id")).toLongLong());
        const auto org = packOrganisations.constFind(a.value(QStringLiteral("organisation_id")).toLongLong());
        if (personUuid.isEmpty() || org == packOrganisations.constEnd()) {
            positionNotMerged(tr("The position %1 in the pack is of a person or at an organisation that is not in the pack; it is not merged.")
                                  .arg(a.value(QStringLiteral("uuid")).toString()));
            continue;
        }
        a.insert(QStringLiteral("person_uuid"), personUuid);
        a.insert(QStringLiteral("organisation_uuid"), org->value(QStringLiteral("uuid")));
        a.insert(QStringLiteral("organisation_name"), org->value(QStringLiteral("name")));
        a.insert(QStringLiteral("organisation_key"), org->value(QStringLiteral("name_key")));
        packAffiliations << a;
    }
    if (unnamedPositions)
        plan.notes << tr("%n more position(s) in the pack are not merged for the same reason.", nullptr, unnamedPositions);

    QHash<QString, QVariantMap> officePeople; // by id
    QHash<QString, qint64> officePersonByUuid;
    {
        auto rows = selectRows(m_office, QStringLiteral("SELECT %1 FROM people").arg(pack::table(People).carriedColumns().join(QLatin1String(", "))));
        if (!rows)
            return rows.error();
        for (const QVariantMap &row : std::as_const(*rows)) {
            officePeople.insert(row.value(QStringLiteral("id")).toString(), row);
            officePersonByUuid.insert(row.value(QStringLiteral("uuid")).toString(), row.value(QStringLiteral("id")).toLongLong());
        }
    }
    QHash<QString, QVariantMap> officeRegistrations;          // by id
    QHash<QString, qint64> officeRegistrationByUuid;
    QHash<qint64, qint64> officeRegistrationByPerson;         // person id -> registration id
    {
        auto rows = selectRows(m_office, QStringLiteral("SELECT %1 FROM registrations WHERE event_id = ?")
                                             .arg(pack::table(Registrations).carriedColumns().join(QLatin1String(", "))),
                               {event->id});
        if (!rows)
            return rows.error();
        for (const QVariantMap &row : std::as_const(*rows)) {
            const qint64 id = row.value(QStringLiteral("id")).toLongLong();
            officeRegistrations.insert(QString::number(id), row);
            officeRegistrationByUuid.insert(row.value(QStringLiteral("uuid")).toString(), id);
            officeRegistrationByPerson.insert(row.value(QStringLiteral("person_id")).toLongLong(), id);
        }
    }
    QHash<QString, qint64> officeOrganisationByUuid;
    QSet<QString> officeOrganisationKeys;
    {
        auto rows = selectRows(m_office, QStringLiteral("SELECT id, uuid, name_key FROM organisations"));
        if (!rows)
            return rows.error();
        for (const QVariantMap &row : std::as_const(*rows)) {
            officeOrganisationByUuid.insert(row.value(QStringLiteral("uuid")).toString(), row.value(QStringLiteral("id")).toLongLong());
            officeOrganisationKeys.insert(row.value(QStringLiteral("name_key")).toString());
        }
    }

    auto makeRow = [](const QString &table, const QVariantMap &packRow, const QString &title) {
        MergePlan::Row row;
        row.table = table;
        row.uuid = QUuid::fromString(packRow.value(QStringLiteral("uuid")).toString());
        row.title = title;
        row.packRowVersion = packRow.value(QStringLiteral("row_version")).toLongLong();
        row.packValues = comparedValues(table, packRow);
        return row;
    };

    // Three-way comparison of a row that is in the pack and in the office.
    auto compare = [&](const QString &table, const QVariantMap &packRow, const QVariantMap &baseRow, const QVariantMap &officeRow,
                       const QString &title) {
        QStringList apply, conflicting;
        // Entered on both sides independently (no common base): only a different status needs a decision;
        // where and when each side took the registration, the office keeps.
        const bool independent = baseRow.isEmpty();
        const QStringList columns = independent ? QStringList{QStringLiteral("status")} : comparedColumns(table);
        for (const QString &c : columns) {
            const QString p = norm(packRow.value(c)), o = norm(officeRow.value(c));
            if (independent) {
                if (p != o)
                    conflicting << c;
                continue;
            }
            const QString b = baseRow.value(c).toString();
            if (p == b || p == o)
                continue;          // not changed on site, or both sides agree
            if (o == b)
                apply << c;        // changed only on site
            else
                conflicting << c;  // changed on both sides, differently
        }
        MergePlan::Row row = makeRow(table, packRow, title);
        row.officeId = officeRow.value(QStringLiteral("id")).toLongLong();
        if (apply.isEmpty() && conflicting.isEmpty()) {
            plan.seen << row;
            return;
        }
        for (const QString &c : apply + derivedColumns(table, apply))
            row.values.insert(c, packRow.value(c));
        row.values.insert(QStringLiteral("row_version"), officeRow.value(QStringLiteral("row_version")));
        plan.updates << row; // also for conflicts only: the version check, and the ledger
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
        }
    };

    // People: changed on site, or new there (walk-ins).
    QHash<QString, QString> packOrganisationOfPerson; // person uuid -> organisation uuid (current)
    for (const QVariantMap &a : std::as_const(packAffiliations))
        packOrganisationOfPerson.insert(a.value(QStringLiteral("person_uuid")).toString(), a.value(QStringLiteral("organisation_uuid")).toString());
    QSet<QString> newPeople;
    QSet<QString> packPersonUuids;
    for (const QVariantMap &p : std::as_const(packPeople)) {
        const QString uuid = p.value(QStringLiteral("uuid")).toString();
        const QString key = People + QLatin1Char(':') + uuid;
        const QString title = personName(p);
        packPersonUuids.insert(uuid);
        const qint64 officeId = officeIdFromLedger.value(key, officePersonByUuid.value(uuid));
        if (officeId)
            plan.personIds.insert(uuid, officeId);
        if (merged.contains(key + QLatin1Char(':') + p.value(QStringLiteral("row_version")).toString())) {
            continue; // merged before
        }
        if (officeId && officePeople.contains(QString::number(officeId))) {
            compare(People, p, base.value(key), officePeople.value(QString::number(officeId)), title);
            continue;
        }
        if (base.contains(key)) {
            plan.notes << tr("%1 was deleted in the office after the pack was made; the changes on site are not applied.").arg(title);
            continue;
        }
        // A walk-in: someone the office knows (by e-mail, or name at the same organisation), or new.
        MergePlan::Row row = makeRow(People, p, title);
        row.values = p;
        row.values.remove(QStringLiteral("id"));
        const QString orgUuid = packOrganisationOfPerson.value(uuid);
        const qint64 orgId = orgUuid.isEmpty() ? 0 : officeOrganisationByUuid.value(orgUuid, -1);
        auto match = findPerson(m_office, p.value(QStringLiteral("first_name")).toString(), p.value(QStringLiteral("last_name")).toString(),
                                p.value(QStringLiteral("email")).toString(), orgId);
        if (!match)
            return match.error();
        if (*match) {
            row.linkToPersonId = match->personId;
            plan.personIds.insert(uuid, match->personId);
        } else {
            newPeople << uuid;
        }
        plan.inserts << row;
    }

    // Where the new people work: their affiliations, and organisations created on site.
    QSet<QString> organisationsPlanned;
    QSet<QString> organisationKeysPlanned;
    QHash<QString, QVariantMap> packOrganisationByUuid;
    for (const QVariantMap &o : std::as_const(packOrganisations))
        packOrganisationByUuid.insert(o.value(QStringLiteral("uuid")).toString(), o);
    for (const QVariantMap &a : std::as_const(packAffiliations)) {
        if (!newPeople.contains(a.value(QStringLiteral("person_uuid")).toString()))
            continue;
        const QString orgUuid = a.value(QStringLiteral("organisation_uuid")).toString();
        if (!officeOrganisationByUuid.contains(orgUuid) && !organisationsPlanned.contains(orgUuid)) {
            const QString orgKey = a.value(QStringLiteral("organisation_key")).toString();
            if (officeOrganisationKeys.contains(orgKey) || organisationKeysPlanned.contains(orgKey)) {
                plan.notes << tr("%1 was created on site, but the office has an organisation of that name already; "
                                 "the walk-in is not linked to it.").arg(a.value(QStringLiteral("organisation_name")).toString());
                continue;
            }
            MergePlan::Row row;
            row.table = Organisations;
            row.uuid = QUuid::fromString(orgUuid);
            row.title = a.value(QStringLiteral("organisation_name")).toString();
            row.values = packOrganisationByUuid.value(orgUuid);
            row.values.remove(QStringLiteral("id"));
            plan.inserts.prepend(row);
            organisationsPlanned.insert(orgUuid);
            organisationKeysPlanned.insert(orgKey);
        }
        MergePlan::Row row;
        row.table = QStringLiteral("affiliations");
        row.uuid = QUuid::fromString(a.value(QStringLiteral("uuid")).toString());
        row.values = a;
        for (const char *c : {"id", "person_id", "organisation_id", "organisation_name", "organisation_key"})
            row.values.remove(QLatin1String(c));
        plan.inserts << row;
    }

    // Registrations: changed on site, or new there.
    for (const QVariantMap &r : std::as_const(packRegistrations)) {
        const QString uuid = r.value(QStringLiteral("uuid")).toString();
        const QString key = Registrations + QLatin1Char(':') + uuid;
        const QString personUuid = r.value(QStringLiteral("person_uuid")).toString();
        const QString name = packPersonNames.value(personUuid, personUuid);
        const QString title = tr("Registration of %1").arg(name);
        if (merged.contains(key + QLatin1Char(':') + r.value(QStringLiteral("row_version")).toString())) {
            continue; // merged before
        }
        qint64 officeId = officeIdFromLedger.value(key, officeRegistrationByUuid.value(uuid));
        // New on site, but the office registered the same person meanwhile: the two are one registration.
        const qint64 officePerson = plan.personIds.value(personUuid);
        if (!officeId && officePerson && officeRegistrationByPerson.contains(officePerson))
            officeId = officeRegistrationByPerson.value(officePerson);
        if (officeId && officeRegistrations.contains(QString::number(officeId))) {
            compare(Registrations, r, base.value(key), officeRegistrations.value(QString::number(officeId)), title);
            continue;
        }
        if (base.contains(key)) {
            plan.notes << tr("%1 was deleted in the office after the pack was made; the changes on site are not applied.").arg(title);
            continue;
        }
        MergePlan::Row row = makeRow(Registrations, r, title);
        row.values = r;
        row.values.remove(QStringLiteral("id")); // person_uuid stays: resolved to an office id in apply()
        plan.inserts << row;
    }

    // Rows deleted on site stay in the office: a deletion is not a change check-in makes.
    for (auto it = base.cbegin(); it != base.cend(); ++it) {
        const QString table = it.key().section(QLatin1Char(':'), 0, 0);
        const QString uuid = it.key().section(QLatin1Char(':'), 1);
        if (table == People && !packPersonUuids.contains(uuid))
            plan.notes << tr("%1 was deleted on site; the office keeps them.").arg(personName(it.value()));
        else if (table == Registrations && !packRegistrationUuids.contains(uuid))
            plan.notes << tr("A registration was deleted on site; the office keeps it. Check the event's registrations.");
    }
    plan.notes.removeDuplicates();
    return plan;
}

Result<MergeReport> PackMerger::apply(const MergePlan &plan, const QHash<QString, MergeChoice> &choices,
                                      std::optional<MergeChoice> defaultChoice)
{
    for (const MergeConflict &c : plan.conflicts) {
        if (!choices.contains(conflictKey(c)) && !defaultChoice) {
            QStringList fields;
            for (const QString &f : c.fields)
                fields << fieldLabel(f);
            return Error(Error::Code::Conflict, tr("%1 was changed both on site and in the office (%2); decide which to keep.")
                                                    .arg(c.title, fields.join(QLatin1String(", "))));
        }
    }
    MergeReport report;
    Transaction tx(m_office);
    if (Status s = tx.begin(); !s)
        return s.error();
    const QVariant now = toDbTimestamp(nowUtc());
    PersonRepository people(m_office);

    auto record = [&](const MergePlan::Row &row, qint64 officeId) -> Status {
        return exec(m_office,
                    QStringLiteral("INSERT INTO pack_merges (pack_uuid, table_name, row_uuid, pack_row_version, office_row_id, merged_json, "
                                   "merged_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                                   "ON CONFLICT (pack_uuid, table_name, row_uuid, pack_row_version) DO NOTHING"),
                    {uuidToDb(plan.info.packUuid), row.table, uuidToDb(row.uuid), row.packRowVersion,
                     officeId ? QVariant(officeId) : QVariant(QMetaType::fromType<qlonglong>()), toJson(row.packValues), now});
    };
    auto idOf = [&](const QString &table, const QUuid &uuid) -> qint64 {
        auto rows = selectRows(m_office, QStringLiteral("SELECT id FROM %1 WHERE uuid = ?").arg(table), {uuidToDb(uuid)});
        return rows && !rows->isEmpty() ? rows->first().value(QStringLiteral("id")).toLongLong() : 0;
    };
    auto stamp = [&](QVariantMap &values) {
        values.insert(QStringLiteral("created_at"), now);
        values.insert(QStringLiteral("updated_at"), now);
        values.insert(QStringLiteral("row_version"), 1);
    };
    auto logConsents = [&](qint64 personId, const QVariantMap &before, const QVariantMap &after) -> Status {
        for (ConsentTopic t : {ConsentTopic::Newsletter, ConsentTopic::Photos, ConsentTopic::Sharing}) {
            const QString column = QStringLiteral("consent_") + consentTopicKey(t);
            const QString date = column + QStringLiteral("_on");
            if (norm(before.value(column)) == norm(after.value(column)) && norm(before.value(date)) == norm(after.value(date)))
                continue;
            const Consent c{norm(after.value(column)) == QLatin1String("1"), fromDbDate(after.value(date))};
            if (Status s = people.recordConsent(personId, t, c, tr("recorded on site")); !s)
                return s;
        }
        return {};
    };

    // Organisations created on site, then people: affiliations and registrations refer to them.
    for (const MergePlan::Row &row : plan.inserts) {
        if (row.table != QLatin1String("organisations"))
            continue;
        QVariantMap values = row.values;
        stamp(values);
        if (Status s = insertRow(m_office, row.table, values); !s)
            return s.error();
        report.createdOrganisationIds << idOf(row.table, row.uuid);
    }
    QHash<QString, qint64> personIds = plan.personIds;
    for (const MergePlan::Row &row : plan.inserts) {
        if (row.table != People)
            continue;
        if (row.linkToPersonId) {
            ++report.peopleLinked;
            if (Status s = record(row, row.linkToPersonId); !s)
                return s.error();
            continue;
        }
        QVariantMap values = row.values;
        stamp(values);
        if (Status s = insertRow(m_office, People, values); !s)
            return s.error();
        const qint64 id = idOf(People, row.uuid);
        personIds.insert(uuidToDb(row.uuid), id);
        report.createdPersonIds << id;
        ++report.peopleAdded;
        if (Status s = logConsents(id, {}, values); !s)
            return s.error();
        if (Status s = record(row, id); !s)
            return s.error();
    }
    for (const MergePlan::Row &row : plan.inserts) {
        if (row.table != QLatin1String("affiliations"))
            continue;
        QVariantMap values = row.values;
        const qint64 personId = personIds.value(values.take(QStringLiteral("person_uuid")).toString());
        const qint64 organisationId = idOf(QStringLiteral("organisations"), QUuid::fromString(values.take(QStringLiteral("organisation_uuid")).toString()));
        if (!personId || !organisationId) {
            report.notes << tr("A position (%1) of someone from site could not be linked; it is not merged.").arg(uuidToDb(row.uuid));
            continue;
        }
        values.insert(QStringLiteral("person_id"), personId);
        values.insert(QStringLiteral("organisation_id"), organisationId);
        stamp(values);
        if (Status s = insertRow(m_office, row.table, values); !s)
            return s.error();
    }

    QHash<QString, const MergeConflict *> conflicts;
    for (const MergeConflict &c : plan.conflicts)
        conflicts.insert(conflictKey(c), &c);
    auto conflictFor = [&](const MergePlan::Row &row) -> const MergeConflict * {
        return conflicts.value(row.table + QLatin1Char(':') + row.uuid.toString(QUuid::WithoutBraces));
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
            auto before = selectRows(m_office, QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(row.table), {row.officeId});
            if (!before)
                return before.error();
            QStringList sets;
            QVariantList bound;
            for (auto it = values.cbegin(); it != values.cend(); ++it) {
                // Our own column names (compared and derived columns), checked all the same.
                if (!isPlainIdentifier(it.key()) || !pack::table(row.table).column(it.key()))
                    return Error(Error::Code::Validation, tr("%1: \"%2\" is not a column of the pack.").arg(row.title, it.key().left(80)));
                sets << quoteIdentifier(it.key()) + QStringLiteral(" = ?");
                bound << it.value();
            }
            bound << now << row.officeId << expectedVersion;
            QSqlQuery q(sqlConnection(m_office));
            q.prepare(QStringLiteral("UPDATE %1 SET %2, updated_at = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?")
                          .arg(row.table, sets.join(QLatin1String(", "))));
            for (const QVariant &v : std::as_const(bound))
                q.addBindValue(v);
            if (!q.exec())
                return databaseError(q.lastError(), row.table);
            if (q.numRowsAffected() != 1)
                return Error(Error::Code::Conflict, tr("%1 changed in the office while the pack was being merged; merge the pack again.").arg(row.title));
            if (row.table == People) {
                ++report.peopleUpdated;
                if (!before->isEmpty()) {
                    QVariantMap after = before->first();
                    for (auto it = values.cbegin(); it != values.cend(); ++it)
                        after.insert(it.key(), it.value());
                    if (Status s = logConsents(row.officeId, before->first(), after); !s)
                        return s.error();
                }
            } else {
                ++report.registrationsUpdated;
            }
        }
        if (Status s = record(row, row.officeId); !s)
            return s.error();
    }
    for (const MergePlan::Row &row : plan.seen) {
        if (Status s = record(row, row.officeId); !s)
            return s.error();
    }

    RegistrationRepository registrations(m_office);
    for (const MergePlan::Row &row : plan.inserts) {
        if (row.table != Registrations)
            continue;
        QVariantMap values = row.values;
        const qint64 personId = personIds.value(values.take(QStringLiteral("person_uuid")).toString());
        if (!personId)
            return Error(Error::Code::Database, tr("%1: the person is missing.").arg(row.title));
        // Through the repository and its rule: entered on site as registered,
        // but the office filled the event meanwhile, it joins the waitlist now.
        RegistrationRequest request;
        request.eventId = plan.eventId;
        request.personId = personId;
        request.uuid = row.uuid;
        request.status = parseStatus(values.value(QStringLiteral("status")).toString());
        request.source = parseSource(values.value(QStringLiteral("source")).toString()).value_or(RegistrationSource::OnSite);
        request.registeredAt = fromDbTimestamp(values.value(QStringLiteral("registered_at")));
        request.waitlistedAt = request.status == RegistrationStatus::Registered ? fromDbTimestamp(now)
                                                                                : fromDbTimestamp(values.value(QStringLiteral("waitlisted_at")));
        request.notes = values.value(QStringLiteral("notes")).toString();
        request.evenIfClosed = true; // what happened on site happened
        auto added = registrations.add(request);
        if (!added)
            return added.error();
        if (added->waitlisted)
            report.notes << tr("%1 was registered on site, but the event is full: on the waitlist.").arg(row.title);
        ++report.registrationsAdded;
        if (Status s = record(row, added->registration.id); !s)
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
    return selectRows(m_office, QStringLiteral("SELECT * FROM pack_merges WHERE pack_uuid = ? ORDER BY id"), {uuidToDb(packUuid)});
}

Status PackMerger::replaceLedger(const QUuid &packUuid, const QList<QVariantMap> &rows)
{
    Transaction tx(m_office);
    if (Status s = tx.begin(); !s)
        return s;
    if (Status s = exec(m_office, QStringLiteral("DELETE FROM pack_merges WHERE pack_uuid = ?"), {uuidToDb(packUuid)}); !s)
        return s;
    for (const QVariantMap &row : rows) {
        if (Status s = insertRow(m_office, QStringLiteral("pack_merges"), row); !s)
            return s;
    }
    return tx.commit();
}

} // namespace fd
