// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitepack.h"

#include "events/packformat.h"

#include "common/dates.h"
#include "db/database.h"
#include "db/rowio.h"
#include "db/sqlhelpers.h"
#include "db/transaction.h"
#include "events/eventrepository.h"
#include "office/officeprofile.h"

#include <QFile>
#include <QFileInfo>


namespace fd {

using namespace pack;

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

    // Written beside the target and renamed when complete: a failure leaves no half-made pack.
    const QString part = path + QStringLiteral(".part");
    QFile::remove(part);
    ExportResult result;
    result.info.packUuid = QUuid::createUuid();
    result.info.sourceDatabase = office.databaseUuid();
    result.info.eventUuid = event->uuid;
    result.info.eventTitle = event->title;
    result.info.exportedAt = nowUtc();
    auto fail = [&](const Error &e) -> Result<ExportResult> {
        QFile::remove(part);
        return e;
    };
    {
        Database::Options options;
        options.backupBeforeMigration = false;
        auto created = Database::openSqlite(part, options);
        if (!created)
            return fail(created.error());
        Database &pack = **created;
        Transaction tx(pack);
        if (Status s = tx.begin(); !s)
            return fail(s.error());
        const QString people = QStringLiteral("(SELECT person_id FROM registrations WHERE event_id = ?)");
        // The office's kinds replace the pack's seeded ones, keys and UUIDs included.
        if (Status s = exec(pack, QStringLiteral("DELETE FROM event_kinds")); !s)
            return fail(s.error());
        if (Status s = copyRows(office, pack, EventKinds, QString(), {}); !s)
            return fail(s.error());
        // The organisations check-in needs (members, for walk-ins; where the people work; the funder), without the office's notes.
        if (Status s = copyRows(office, pack, Organisations,
                                QStringLiteral("WHERE joined_on IS NOT NULL OR id = ? OR id IN (SELECT organisation_id FROM affiliations "
                                               "WHERE person_id IN %1)").arg(people),
                                {event->funderId, eventId}, nullptr, [](QVariantMap &row) { row.insert(QStringLiteral("notes"), nn(QString())); });
            !s)
            return fail(s.error());
        if (Status s = copyRows(office, pack, Events, QStringLiteral("WHERE id = ?"), {eventId}); !s)
            return fail(s.error());
        QList<QVariantMap> personRows, registrationRows;
        if (Status s = copyRows(office, pack, People, QStringLiteral("WHERE id IN %1").arg(people), {eventId}, &personRows); !s)
            return fail(s.error());
        if (Status s = copyRows(office, pack, Affiliations,
                                QStringLiteral("WHERE person_id IN %1 AND (valid_until IS NULL OR valid_until >= ?)").arg(people),
                                {eventId, toDbDate(today())});
            !s)
            return fail(s.error());
        if (Status s = copyRows(office, pack, Registrations, QStringLiteral("WHERE event_id = ?"), {eventId}, &registrationRows); !s)
            return fail(s.error());

        // The base: every row as it left the office.
        if (Status s = exec(pack, pack::table(Base).createStatement()); !s)
            return fail(s.error());
        for (const auto &[table, rows] : {std::pair{People, &personRows}, std::pair{Registrations, &registrationRows}}) {
            for (const QVariantMap &row : *rows) {
                if (Status s = exec(pack, QStringLiteral("INSERT INTO pack_base (table_name, row_uuid, row_version, base_json) VALUES (?, ?, ?, ?)"),
                                    {table, row.value(QStringLiteral("uuid")), row.value(QStringLiteral("row_version")), toJson(comparedValues(table, row))});
                    !s)
                    return fail(s.error());
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
                return fail(s.error());
        }
        // Certificates printed on the laptop are signed as in the office.
        for (const QString &key : officeProfileKeys()) {
            auto value = office.readMetaValue(key);
            if (!value)
                return fail(value.error());
            if (!value->isEmpty()) {
                if (Status s = pack.setMetaValue(key, *value); !s)
                    return fail(s.error());
            }
        }
        if (Status s = tx.commit(); !s)
            return fail(s.error());
        // One self-contained file: what is checked in on the laptop must not wait in a -wal file beside it.
        if (Status s = exec(pack, QStringLiteral("PRAGMA journal_mode = DELETE")); !s)
            return fail(s.error());
        result.people = int(personRows.size());
        result.registrations = int(registrationRows.size());
    }
    if (QFile file(part); !file.rename(path))
        return fail(Error(Error::Code::Io, tr("The pack could not be written as %1 (%2). Check that the folder can be written to "
                                              "and the file is not open elsewhere, then try again.")
                                               .arg(QFileInfo(path).fileName(), file.errorString()))
                        .at(path));
    return result;
}

} // namespace fd
