// SPDX-License-Identifier: GPL-3.0-or-later
// Schema version 2: events with an editable list of kinds, registrations,
// and the ledger of merged on-site packs.
#include "db/migrations/steps.h"

#include "common/dates.h"
#include "db/database.h"
#include "db/sqlhelpers.h"

#include <QSqlQuery>
#include <QUuid>

namespace fd::migrations {

namespace {

// The kinds the office uses, with the names the CSV import accepts.
struct KindSeed {
    const char *key;
    const char *de;
    const char *en;
};
const KindSeed Kinds[] = {
    {"general_assembly", "Mitgliederversammlung", "General assembly"},
    {"workshop", "Workshop", "Workshop"},
    {"webinar", "Webinar", "Webinar"},
    {"conference", "Fachtagung", "Conference"},
    {"congress", "Konferenz", "Congress"},
    {"seminar", "Seminar", "Seminar"},
    {"study_trip", "Studienreise", "Study trip"},
    {"exchange", "Austausch", "Exchange"},
    {"project_meeting", "Projekttreffen", "Project meeting"},
    {"training", "Training", "Training"},
    {"board_meeting", "Sitzung", "Board meeting"},
    {"other", "Sonstiges", "Other"},
};

Status seedKinds(Database &db)
{
    int order = 0;
    const QVariant now = toDbTimestamp(nowUtc());
    for (const KindSeed &k : Kinds) {
        QSqlQuery q(sqlConnection(db));
        q.prepare(QStringLiteral("INSERT INTO event_kinds (uuid, key, name_de, name_en, sort_order, created_at, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(uuidToDb(QUuid::createUuid()));
        q.addBindValue(QString::fromUtf8(k.key));
        q.addBindValue(QString::fromUtf8(k.de));
        q.addBindValue(QString::fromUtf8(k.en));
        q.addBindValue(order += 10);
        q.addBindValue(now);
        q.addBindValue(now);
        if (Status s = execQuery(q, QStringLiteral("event kinds")); !s)
            return s;
    }
    return {};
}

} // namespace

Migration events()
{
    Migration m;
    m.version = 2;
    m.description = QStringLiteral("events, event kinds, registrations, pack merge ledger");
    m.statements = {
        QStringLiteral(R"(CREATE TABLE event_kinds (
            id {PK},
            uuid TEXT NOT NULL UNIQUE,
            key TEXT NOT NULL UNIQUE,
            name_de TEXT NOT NULL CHECK (name_de <> ''),
            name_en TEXT NOT NULL CHECK (name_en <> ''),
            sort_order INTEGER NOT NULL DEFAULT 0,
            created_at {TIMESTAMP} NOT NULL,
            updated_at {TIMESTAMP} NOT NULL,
            row_version {BIGINT} NOT NULL DEFAULT 1))"),

        QStringLiteral(R"(CREATE TABLE events (
            id {PK},
            uuid TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL CHECK (title <> ''),
            title_key TEXT NOT NULL,
            kind_id {FK} NOT NULL REFERENCES event_kinds (id) ON DELETE RESTRICT,
            assembly_number INTEGER CHECK (assembly_number IS NULL OR assembly_number > 0),
            start_date {DATE} NOT NULL,
            start_time {TIME},
            end_date {DATE},
            end_time {TIME},
            format TEXT NOT NULL DEFAULT 'on_site' CHECK (format IN ('online', 'on_site', 'hybrid')),
            city TEXT NOT NULL DEFAULT '',
            venue TEXT NOT NULL DEFAULT '',
            audience TEXT NOT NULL DEFAULT 'members' CHECK (audience IN ('members', 'public')),
            role TEXT NOT NULL DEFAULT 'organiser' CHECK (role IN ('organiser', 'co_organiser', 'attendee', 'speaker')),
            partners TEXT NOT NULL DEFAULT '',
            funder_id {FK} REFERENCES organisations (id) ON DELETE SET NULL,
            project_name TEXT NOT NULL DEFAULT '',
            capacity INTEGER CHECK (capacity IS NULL OR capacity >= 0),
            registration_open {BOOL} NOT NULL DEFAULT {TRUE},
            reported_participants INTEGER CHECK (reported_participants IS NULL OR reported_participants >= 0),
            documentation_url TEXT NOT NULL DEFAULT '',
            documentation_members_only {BOOL} NOT NULL DEFAULT {TRUE},
            notes TEXT NOT NULL DEFAULT '',
            created_at {TIMESTAMP} NOT NULL,
            updated_at {TIMESTAMP} NOT NULL,
            row_version {BIGINT} NOT NULL DEFAULT 1,
            CHECK (end_date IS NULL OR end_date >= start_date)))"),
        QStringLiteral("CREATE INDEX events_start ON events (start_date)"),
        QStringLiteral("CREATE INDEX events_title_key ON events (title_key)"),

        // One registration per person and event. The waitlist is ordered by
        // waitlisted_at (then id): when someone joined it, which is also
        // kept while a walk-in from the waitlist is checked in, so that
        // taking the check-in back returns them to their place.
        QStringLiteral(R"(CREATE TABLE registrations (
            id {PK},
            uuid TEXT NOT NULL UNIQUE,
            event_id {FK} NOT NULL REFERENCES events (id) ON DELETE CASCADE,
            person_id {FK} NOT NULL REFERENCES people (id) ON DELETE CASCADE,
            status TEXT NOT NULL CHECK (status IN ('registered', 'waitlisted', 'cancelled', 'attended', 'no_show')),
            source TEXT NOT NULL DEFAULT 'email' CHECK (source IN ('phone', 'email', 'form', 'on_site', 'paper', 'import')),
            registered_at {TIMESTAMP} NOT NULL,
            waitlisted_at {TIMESTAMP},
            notes TEXT NOT NULL DEFAULT '',
            created_at {TIMESTAMP} NOT NULL,
            updated_at {TIMESTAMP} NOT NULL,
            row_version {BIGINT} NOT NULL DEFAULT 1,
            UNIQUE (event_id, person_id)))"),
        QStringLiteral("CREATE INDEX registrations_person ON registrations (person_id)"),
        QStringLiteral("CREATE INDEX registrations_event_status ON registrations (event_id, status, waitlisted_at)"),

        // Which version of which row of which on-site pack was merged, so
        // that importing the same pack again changes nothing: the pack's
        // values as merged (the base for the next merge of that pack) and
        // the office row they went into (a walk-in matched to a known
        // person has another UUID in the office).
        QStringLiteral(R"(CREATE TABLE pack_merges (
            id {PK},
            pack_uuid TEXT NOT NULL,
            table_name TEXT NOT NULL,
            row_uuid TEXT NOT NULL,
            pack_row_version {BIGINT} NOT NULL,
            office_row_id {BIGINT},
            merged_json TEXT NOT NULL DEFAULT '',
            merged_at {TIMESTAMP} NOT NULL,
            UNIQUE (pack_uuid, table_name, row_uuid, pack_row_version)))"),
    };
    m.migrateData = seedKinds;
    return m;
}

} // namespace fd::migrations
