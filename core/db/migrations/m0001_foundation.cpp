// SPDX-License-Identifier: GPL-3.0-or-later
// Schema version 1: members (organisations), fees, contact people, their
// affiliations with organisations and the history of their consents.
#include "db/migrations/steps.h"

namespace fd::migrations {

Migration foundation()
{
    Migration m;
    m.version = 1;
    m.description = QStringLiteral("members, fees, people, affiliations, consents");
    // Every table a user edits has: an integer key, a stable UUID (offline
    // copies and the server mode merge by it), created/updated timestamps and
    // a row version for optimistic locking.
    m.statements = {
        QStringLiteral(R"(CREATE TABLE forumdesk_meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL))"),

        QStringLiteral(R"(CREATE TABLE organisations (
            id {PK},
            uuid TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL CHECK (kind IN ('city', 'organisation')),
            name TEXT NOT NULL CHECK (name <> ''),
            name_key TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT '',
            country TEXT NOT NULL DEFAULT '',
            joined_on {DATE},
            left_on {DATE},
            website TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            created_at {TIMESTAMP} NOT NULL,
            updated_at {TIMESTAMP} NOT NULL,
            row_version {BIGINT} NOT NULL DEFAULT 1,
            CHECK (left_on IS NULL OR joined_on IS NULL OR left_on >= joined_on)))"),
        QStringLiteral("CREATE UNIQUE INDEX organisations_name_key ON organisations (name_key)"),

        QStringLiteral(R"(CREATE TABLE membership_fees (
            id {PK},
            uuid TEXT NOT NULL UNIQUE,
            organisation_id {FK} NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
            year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2999),
            amount_cents {BIGINT} NOT NULL DEFAULT 0 CHECK (amount_cents >= 0),
            paid_on {DATE},
            notes TEXT NOT NULL DEFAULT '',
            created_at {TIMESTAMP} NOT NULL,
            updated_at {TIMESTAMP} NOT NULL,
            row_version {BIGINT} NOT NULL DEFAULT 1,
            UNIQUE (organisation_id, year)))"),

        QStringLiteral(R"(CREATE TABLE people (
            id {PK},
            uuid TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL DEFAULT '',
            first_name TEXT NOT NULL DEFAULT '',
            last_name TEXT NOT NULL CHECK (last_name <> ''),
            name_key TEXT NOT NULL,
            email TEXT NOT NULL DEFAULT '',
            email_key TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            consent_newsletter {BOOL} NOT NULL DEFAULT {FALSE},
            consent_newsletter_on {DATE},
            consent_photos {BOOL} NOT NULL DEFAULT {FALSE},
            consent_photos_on {DATE},
            consent_sharing {BOOL} NOT NULL DEFAULT {FALSE},
            consent_sharing_on {DATE},
            created_at {TIMESTAMP} NOT NULL,
            updated_at {TIMESTAMP} NOT NULL,
            row_version {BIGINT} NOT NULL DEFAULT 1))"),
        QStringLiteral("CREATE INDEX people_name_key ON people (name_key)"),
        QStringLiteral("CREATE INDEX people_email_key ON people (email_key)"),

        // A person is our contact at an organisation for a period; when staff
        // changes, the old affiliation gets an end date and the history stays.
        QStringLiteral(R"(CREATE TABLE affiliations (
            id {PK},
            uuid TEXT NOT NULL UNIQUE,
            person_id {FK} NOT NULL REFERENCES people (id) ON DELETE CASCADE,
            organisation_id {FK} NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
            job_title TEXT NOT NULL DEFAULT '',
            valid_from {DATE},
            valid_until {DATE},
            created_at {TIMESTAMP} NOT NULL,
            updated_at {TIMESTAMP} NOT NULL,
            row_version {BIGINT} NOT NULL DEFAULT 1,
            CHECK (valid_until IS NULL OR valid_from IS NULL OR valid_until >= valid_from)))"),
        QStringLiteral("CREATE INDEX affiliations_person ON affiliations (person_id)"),
        QStringLiteral("CREATE INDEX affiliations_organisation ON affiliations (organisation_id)"),

        // Every change of a consent, so that the office can show when and how
        // a person agreed or withdrew (GDPR art. 7(1)).
        QStringLiteral(R"(CREATE TABLE consent_log (
            id {PK},
            uuid TEXT NOT NULL UNIQUE,
            person_id {FK} NOT NULL REFERENCES people (id) ON DELETE CASCADE,
            topic TEXT NOT NULL CHECK (topic IN ('newsletter', 'photos', 'sharing')),
            granted {BOOL} NOT NULL,
            effective_on {DATE},
            recorded_at {TIMESTAMP} NOT NULL,
            note TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX consent_log_person ON consent_log (person_id)"),
    };
    return m;
}

} // namespace fd::migrations
