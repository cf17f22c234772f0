// SPDX-License-Identifier: GPL-3.0-or-later
#include "tables.h"

#include "common/textfold.h"

#include <QCoreApplication>

namespace fd::tables {

namespace {

using F = ColumnFlag;
using T = ColumnType;

QVariant foldedText(const QVariantMap &row, const char *column)
{
    return foldKey(row.value(QLatin1String(column)).toString().simplified());
}

} // namespace

// A table is declared as its released migration created it; a column added
// later says since(N), and migration N adds it with addColumnStatement().
// Flags say what the rest of the program does with a column: Csv (the kind's
// CSV exchange), Pack (carried to an on-site laptop), Personal (a person's
// data: exported on request, cleared on erasure), Internal (the office's own
// notes), MembersOnly, Search.

const Table &meta()
{
    static const Table t = Table(QStringLiteral("forumdesk_meta"), Entity::Organisation)
                               .text(QStringLiteral("key"), TextSize::Code).primaryKey().flag(F::Pack)
                               .text(QStringLiteral("value"), TextSize::Notes).notNull().flag(F::Pack);
    return t;
}

const Table &blobs()
{
    // Files (attachments, photos) are stored here once, under the SHA-256 of
    // their bytes; a row refers to one with a BlobRef column, which holds the
    // hash. So the same file attached twice is stored once, and an undo
    // snapshot of a row copies 64 characters, never the file.
    static const Table t = Table(QStringLiteral("blobs"), Entity::Blob, 5)
        .text(QStringLiteral("hash"), TextSize::Code).primaryKey().notNull().checks(QStringLiteral("length(hash) = 64"))
        .column(QStringLiteral("size_bytes"), T::BigInt).notNull().checks(QStringLiteral("size_bytes >= 0"))
        .text(QStringLiteral("media_type"), TextSize::Name).notNull().defaultsTo(QStringLiteral("'application/octet-stream'"))
        .column(QStringLiteral("content"), T::Blob).notNull()
        .column(QStringLiteral("created_at"), T::Timestamp).notNull();
    return t;
}

const Table &organisations()
{
    static const Table t = Table(QStringLiteral("organisations"), Entity::Organisation)
        .identity()
        .text(QStringLiteral("kind"), TextSize::Code).notNull().oneOf({QStringLiteral("city"), QStringLiteral("organisation")}).flag(F::Csv | F::Pack)
        .text(QStringLiteral("name")).nonEmpty().flag(F::Csv | F::Pack | F::Search | F::Title)
        .text(QStringLiteral("name_key")).notNull().flag(F::Pack)
            .derivedFrom([](const QVariantMap &row) { return foldedText(row, "name"); })
        .text(QStringLiteral("state")).notNull().defaultsTo(QStringLiteral("''")).flag(F::Csv | F::Pack | F::Search)
        .text(QStringLiteral("country")).notNull().defaultsTo(QStringLiteral("''")).flag(F::Csv | F::Pack)
        .column(QStringLiteral("joined_on"), T::Date).flag(F::Csv | F::Pack)
        .column(QStringLiteral("left_on"), T::Date).flag(F::Csv | F::Pack)
        .text(QStringLiteral("website"), TextSize::Link).notNull().defaultsTo(QStringLiteral("''")).flag(F::Csv | F::Pack)
        .text(QStringLiteral("notes"), TextSize::Notes).notNull().defaultsTo(QStringLiteral("''")).flag(F::Csv | F::Pack | F::Internal | F::Search)
        .stamps()
        .constraint(QStringLiteral("CHECK (left_on IS NULL OR joined_on IS NULL OR left_on >= joined_on)"))
        .index(QStringLiteral("organisations_name_key"), {QStringLiteral("name_key")}, true);
    return t;
}

const Table &membershipFees()
{
    static const Table t = Table(QStringLiteral("membership_fees"), Entity::MembershipFee)
        .identity()
        .column(QStringLiteral("organisation_id"), T::Reference).notNull().references(QStringLiteral("organisations"), QStringLiteral("CASCADE"))
            .flag(F::Fixed)
        .column(QStringLiteral("year"), T::Integer).notNull().checks(QStringLiteral("year BETWEEN 1900 AND 2999")).flag(F::Csv)
        .column(QStringLiteral("amount_cents"), T::BigInt).notNull().defaultsTo(QStringLiteral("0")).checks(QStringLiteral("amount_cents >= 0")).flag(F::Csv)
        .column(QStringLiteral("paid_on"), T::Date).flag(F::Csv)
        .text(QStringLiteral("notes"), TextSize::Notes).notNull().defaultsTo(QStringLiteral("''")).flag(F::Csv | F::Internal)
        .stamps()
        .uniqueKey({QStringLiteral("organisation_id"), QStringLiteral("year")});
    return t;
}

const Table &people()
{
    const ColumnFlags personal = F::Personal | F::Csv | F::Pack;
    static const Table t = Table(QStringLiteral("people"), Entity::Person)
        .identity()
        .text(QStringLiteral("title")).notNull().defaultsTo(QStringLiteral("''")).flag(personal)
        .text(QStringLiteral("first_name")).notNull().defaultsTo(QStringLiteral("''")).flag(personal | F::Search | F::Title)
        .text(QStringLiteral("last_name")).nonEmpty().flag(personal | F::Search | F::Title)
        .text(QStringLiteral("name_key")).notNull().flag(F::Pack | F::Personal)
            .derivedFrom([](const QVariantMap &row) {
                // Last name first, so that ORDER BY name_key sorts people as offices do.
                return foldKey(QString(row.value(QStringLiteral("last_name")).toString().simplified() + QLatin1Char(' ')
                                       + row.value(QStringLiteral("first_name")).toString().simplified())
                                   .trimmed());
            })
        .text(QStringLiteral("email")).notNull().defaultsTo(QStringLiteral("''")).flag(personal | F::Search)
        .text(QStringLiteral("email_key")).notNull().defaultsTo(QStringLiteral("''")).flag(F::Pack | F::Personal)
            .derivedFrom([](const QVariantMap &row) { return emailKey(row.value(QStringLiteral("email")).toString()); })
        .text(QStringLiteral("phone")).notNull().defaultsTo(QStringLiteral("''")).flag(personal)
        // Personal notes stay in the office: the pack carries what check-in needs.
        .text(QStringLiteral("notes"), TextSize::Notes).notNull().defaultsTo(QStringLiteral("''")).flag(F::Personal | F::Csv | F::Internal)
        .column(QStringLiteral("consent_newsletter"), T::Bool).notNull().defaultsTo(QStringLiteral("{FALSE}")).flag(F::Personal | F::Pack)
        .column(QStringLiteral("consent_newsletter_on"), T::Date).flag(F::Personal | F::Pack)
        .column(QStringLiteral("consent_photos"), T::Bool).notNull().defaultsTo(QStringLiteral("{FALSE}")).flag(F::Personal | F::Pack)
        .column(QStringLiteral("consent_photos_on"), T::Date).flag(F::Personal | F::Pack)
        .column(QStringLiteral("consent_sharing"), T::Bool).notNull().defaultsTo(QStringLiteral("{FALSE}")).flag(F::Personal | F::Pack)
        .column(QStringLiteral("consent_sharing_on"), T::Date).flag(F::Personal | F::Pack)
        .stamps()
        .index(QStringLiteral("people_name_key"), {QStringLiteral("name_key")})
        .index(QStringLiteral("people_email_key"), {QStringLiteral("email_key")});
    return t;
}

const Table &affiliations()
{
    // A person is our contact at an organisation for a period; when staff
    // changes, the old affiliation gets an end date and the history stays.
    static const Table t = Table(QStringLiteral("affiliations"), Entity::Affiliation)
        .identity()
        .column(QStringLiteral("person_id"), T::Reference).notNull().references(QStringLiteral("people"), QStringLiteral("CASCADE")).flag(F::Pack | F::Fixed)
        .column(QStringLiteral("organisation_id"), T::Reference).notNull().references(QStringLiteral("organisations"), QStringLiteral("CASCADE")).flag(F::Pack)
        .text(QStringLiteral("job_title")).notNull().defaultsTo(QStringLiteral("''")).flag(F::Personal | F::Csv | F::Pack)
        .column(QStringLiteral("valid_from"), T::Date).flag(F::Personal | F::Pack)
        .column(QStringLiteral("valid_until"), T::Date).flag(F::Personal | F::Pack)
        .stamps()
        .constraint(QStringLiteral("CHECK (valid_until IS NULL OR valid_from IS NULL OR valid_until >= valid_from)"))
        .index(QStringLiteral("affiliations_person"), {QStringLiteral("person_id")})
        .index(QStringLiteral("affiliations_organisation"), {QStringLiteral("organisation_id")});
    return t;
}

const Table &consentLog()
{
    // Every change of a consent, so that the office can show when and how
    // a person agreed or withdrew (GDPR art. 7(1)).
    static const Table t = Table(QStringLiteral("consent_log"), Entity::Person)
        .identity()
        .column(QStringLiteral("person_id"), T::Reference).notNull().references(QStringLiteral("people"), QStringLiteral("CASCADE"))
        .text(QStringLiteral("topic"), TextSize::Code).notNull()
            .oneOf({QStringLiteral("newsletter"), QStringLiteral("photos"), QStringLiteral("sharing")}).flag(F::Personal)
        .column(QStringLiteral("granted"), T::Bool).notNull().flag(F::Personal)
        .column(QStringLiteral("effective_on"), T::Date).flag(F::Personal)
        .column(QStringLiteral("recorded_at"), T::Timestamp).notNull().flag(F::Personal)
        .text(QStringLiteral("note"), TextSize::Notes).notNull().defaultsTo(QStringLiteral("''")).flag(F::Personal | F::Internal)
        .index(QStringLiteral("consent_log_person"), {QStringLiteral("person_id")});
    return t;
}

const Table &eventKinds()
{
    static const Table t = Table(QStringLiteral("event_kinds"), Entity::EventKind, 2)
        .identity()
        .text(QStringLiteral("key"), TextSize::Code).notNull().unique().flag(F::Pack | F::Fixed)
        .text(QStringLiteral("name_de")).nonEmpty().flag(F::Pack)
        .text(QStringLiteral("name_en")).nonEmpty().flag(F::Pack)
        .column(QStringLiteral("sort_order"), T::Integer).notNull().defaultsTo(QStringLiteral("0")).flag(F::Pack)
        .stamps();
    return t;
}

const Table &events()
{
    const ColumnFlags out = F::Csv | F::Pack;
    static const Table t = Table(QStringLiteral("events"), Entity::Event, 2)
        .identity()
        .text(QStringLiteral("title")).nonEmpty().flag(out | F::Search | F::Title)
        .text(QStringLiteral("title_key")).notNull().flag(F::Pack)
            .derivedFrom([](const QVariantMap &row) { return foldedText(row, "title"); })
        .column(QStringLiteral("kind_id"), T::Reference).notNull().references(QStringLiteral("event_kinds"), QStringLiteral("RESTRICT")).flag(out)
        .column(QStringLiteral("assembly_number"), T::Integer).checks(QStringLiteral("assembly_number IS NULL OR assembly_number > 0")).flag(out)
        .column(QStringLiteral("start_date"), T::Date).notNull().flag(out)
        .column(QStringLiteral("start_time"), T::Time).flag(out)
        .column(QStringLiteral("end_date"), T::Date).flag(out)
        .column(QStringLiteral("end_time"), T::Time).flag(out)
        .text(QStringLiteral("format"), TextSize::Code).notNull().defaultsTo(QStringLiteral("'on_site'"))
            .oneOf({QStringLiteral("online"), QStringLiteral("on_site"), QStringLiteral("hybrid")}).flag(out)
        .text(QStringLiteral("city")).notNull().defaultsTo(QStringLiteral("''")).flag(out | F::Search)
        .text(QStringLiteral("venue")).notNull().defaultsTo(QStringLiteral("''")).flag(out | F::Search)
        .text(QStringLiteral("audience"), TextSize::Code).notNull().defaultsTo(QStringLiteral("'members'"))
            .oneOf({QStringLiteral("members"), QStringLiteral("public")}).flag(out)
        .text(QStringLiteral("role"), TextSize::Code).notNull().defaultsTo(QStringLiteral("'organiser'"))
            .oneOf({QStringLiteral("organiser"), QStringLiteral("co_organiser"), QStringLiteral("attendee"), QStringLiteral("speaker")}).flag(out)
        .text(QStringLiteral("partners"), TextSize::Notes).notNull().defaultsTo(QStringLiteral("''")).flag(out | F::Search)
        .column(QStringLiteral("funder_id"), T::Reference).references(QStringLiteral("organisations"), QStringLiteral("SET NULL")).flag(out)
        .text(QStringLiteral("project_name")).notNull().defaultsTo(QStringLiteral("''")).flag(out | F::Search)
        .column(QStringLiteral("capacity"), T::Integer).checks(QStringLiteral("capacity IS NULL OR capacity >= 0")).flag(out)
        .column(QStringLiteral("registration_open"), T::Bool).notNull().defaultsTo(QStringLiteral("{TRUE}")).flag(out)
        .column(QStringLiteral("reported_participants"), T::Integer)
            .checks(QStringLiteral("reported_participants IS NULL OR reported_participants >= 0")).flag(out)
        // Members-only unless the next column says otherwise: never public while it is.
        .text(QStringLiteral("documentation_url"), TextSize::Link).notNull().defaultsTo(QStringLiteral("''")).flag(out | F::MembersOnly)
        .column(QStringLiteral("documentation_members_only"), T::Bool).notNull().defaultsTo(QStringLiteral("{TRUE}")).flag(out)
        .text(QStringLiteral("notes"), TextSize::Notes).notNull().defaultsTo(QStringLiteral("''")).flag(out | F::Internal | F::Search)
        .stamps()
        // The project the event belongs to (its meetings, webinars): listed in
        // the project's form. Not in a pack: projects stay in the office, and
        // a pack's event refers to no project row of its own.
        .column(QStringLiteral("project_id"), T::Reference).references(QStringLiteral("projects"), QStringLiteral("SET NULL"))
            .flag(F::Csv | F::Listed).since(4)
        .constraint(QStringLiteral("CHECK (end_date IS NULL OR end_date >= start_date)"))
        .index(QStringLiteral("events_start"), {QStringLiteral("start_date")})
        .index(QStringLiteral("events_title_key"), {QStringLiteral("title_key")})
        .index(QStringLiteral("events_project"), {QStringLiteral("project_id")}, false, 4);
    return t;
}

const Table &registrations()
{
    // One registration per person and event. The waitlist is ordered by
    // waitlisted_at (then id): when someone joined it, which is also kept
    // while a walk-in from the waitlist is checked in, so that taking the
    // check-in back returns them to their place.
    const ColumnFlags out = F::Csv | F::Pack | F::Personal;
    static const Table t = Table(QStringLiteral("registrations"), Entity::Registration, 2)
        .identity()
        .column(QStringLiteral("event_id"), T::Reference).notNull().references(QStringLiteral("events"), QStringLiteral("CASCADE")).flag(F::Pack | F::Fixed)
        .column(QStringLiteral("person_id"), T::Reference).notNull().references(QStringLiteral("people"), QStringLiteral("CASCADE")).flag(F::Pack | F::Fixed)
        .text(QStringLiteral("status"), TextSize::Code).notNull()
            .oneOf({QStringLiteral("registered"), QStringLiteral("waitlisted"), QStringLiteral("cancelled"), QStringLiteral("attended"),
                    QStringLiteral("no_show")}).flag(out)
        .text(QStringLiteral("source"), TextSize::Code).notNull().defaultsTo(QStringLiteral("'email'"))
            .oneOf({QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("form"), QStringLiteral("on_site"), QStringLiteral("paper"),
                    QStringLiteral("import")}).flag(out)
        .column(QStringLiteral("registered_at"), T::Timestamp).notNull().flag(out)
        .column(QStringLiteral("waitlisted_at"), T::Timestamp).flag(out)
        .text(QStringLiteral("notes"), TextSize::Notes).notNull().defaultsTo(QStringLiteral("''")).flag(out | F::Internal)
        .stamps()
        .uniqueKey({QStringLiteral("event_id"), QStringLiteral("person_id")})
        .index(QStringLiteral("registrations_person"), {QStringLiteral("person_id")})
        .index(QStringLiteral("registrations_event_status"), {QStringLiteral("event_id"), QStringLiteral("status"), QStringLiteral("waitlisted_at")});
    return t;
}

const Table &packMerges()
{
    // Which version of which row of which on-site pack was merged, so that
    // importing the same pack again changes nothing (see PackMerger).
    static const Table t = Table(QStringLiteral("pack_merges"), Entity::Registration, 2)
        .column(QStringLiteral("id"), T::Key).flag(F::System)
        .text(QStringLiteral("pack_uuid"), TextSize::Code).notNull()
        .text(QStringLiteral("table_name"), TextSize::Code).notNull()
        .text(QStringLiteral("row_uuid"), TextSize::Code).notNull()
        .column(QStringLiteral("pack_row_version"), T::BigInt).notNull()
        .column(QStringLiteral("office_row_id"), T::BigInt)
        .text(QStringLiteral("merged_json"), TextSize::Notes).notNull().defaultsTo(QStringLiteral("''"))
        .column(QStringLiteral("merged_at"), T::Timestamp).notNull()
        .uniqueKey({QStringLiteral("pack_uuid"), QStringLiteral("table_name"), QStringLiteral("row_uuid"), QStringLiteral("pack_row_version")});
    return t;
}

const Table &publications()
{
    // Articles by the office's staff: the annual report lists them by year.
    static const Table t = Table(QStringLiteral("publications"), Entity::Publication, 3)
        .identity()
        .text(QStringLiteral("authors")).notNull().defaultsTo(QStringLiteral("''")).csv("Autoren", QT_TRANSLATE_NOOP("Columns", "Authors")).flag(F::Search)
        .text(QStringLiteral("title")).nonEmpty().csv("Titel", QT_TRANSLATE_NOOP("Columns", "Title")).flag(F::Search | F::Title)
        .text(QStringLiteral("title_key")).notNull()
            .derivedFrom([](const QVariantMap &row) { return foldedText(row, "title"); })
        .text(QStringLiteral("venue")).notNull().defaultsTo(QStringLiteral("''")).csv("Erschienen in", QT_TRANSLATE_NOOP("Columns", "Published in")).flag(F::Search)
        .column(QStringLiteral("year"), T::Integer).notNull().checks(QStringLiteral("year BETWEEN 1900 AND 2999")).csv("Jahr", QT_TRANSLATE_NOOP("Columns", "Year"))
        .text(QStringLiteral("status"), TextSize::Code).notNull().defaultsTo(QStringLiteral("'published'"))
            .oneOf({QStringLiteral("published"), QStringLiteral("forthcoming"), QStringLiteral("planned")})
            .words({QStringLiteral("erschienen|published"), QStringLiteral("im Erscheinen|forthcoming"), QStringLiteral("geplant|planned")})
            .csv("Status", QT_TRANSLATE_NOOP("Columns", "Status"))
        .text(QStringLiteral("link"), TextSize::Link).notNull().defaultsTo(QStringLiteral("''")).csv("Link", QT_TRANSLATE_NOOP("Columns", "Link"))
        .text(QStringLiteral("notes"), TextSize::Notes).notNull().defaultsTo(QStringLiteral("''")).csv("Notizen", QT_TRANSLATE_NOOP("Columns", "Notes"))
            .flag(F::Internal | F::Search)
        .stamps()
        .index(QStringLiteral("publications_year"), {QStringLiteral("year"), QStringLiteral("title_key")});
    return t;
}

const Table &searchEntries()
{
    // One line of folded text per record with Search columns, kept by
    // SearchIndex: what "koln" or a piece of an e-mail address finds.
    static const Table t = Table(QStringLiteral("search_entries"), Entity::SearchEntry, 3)
        .column(QStringLiteral("id"), T::Key).flag(F::System)
        .text(QStringLiteral("table_name"), TextSize::Code).notNull()
        .column(QStringLiteral("row_id"), T::BigInt).notNull()
        // With the uuid: SQLite may give a deleted row's id to the next new row.
        .text(QStringLiteral("row_uuid"), TextSize::Code).notNull()
        .column(QStringLiteral("row_version"), T::BigInt).notNull()
        .text(QStringLiteral("title")).notNull()
        .text(QStringLiteral("folded"), TextSize::Notes).notNull()
        .uniqueKey({QStringLiteral("table_name"), QStringLiteral("row_id")});
    return t;
}

// --- The year's records of schema 4: one declaration each; the program's
// lists, editors, CSV files, undo and search come from them (RecordKind). ---

namespace {

// The columns every record of the year ends with: the office's own notes.
Table &withNotes(Table &t)
{
    return t.text(QStringLiteral("notes"), TextSize::Notes).notNull().defaultsTo(QStringLiteral("''"))
        .csv("Notizen", QT_TRANSLATE_NOOP("Columns", "Notes")).flag(F::Internal | F::Search);
}

} // namespace

const Table &projects()
{
    // Funded projects the office leads or takes part in.
    static const Table t = [] {
        Table t(QStringLiteral("projects"), Entity::Project, 4);
        t.identity()
            .text(QStringLiteral("acronym")).notNull().defaultsTo(QStringLiteral("''")).csv("Akronym", QT_TRANSLATE_NOOP("Columns", "Acronym"))
                .flag(F::Search | F::Title)
            .text(QStringLiteral("title")).nonEmpty().csv("Titel", QT_TRANSLATE_NOOP("Columns", "Title")).flag(F::Search | F::Title)
            .text(QStringLiteral("title_key")).notNull().derivedFrom([](const QVariantMap &row) { return foldedText(row, "title"); })
            .text(QStringLiteral("funder")).notNull().defaultsTo(QStringLiteral("''")).csv("Förderer", QT_TRANSLATE_NOOP("Columns", "Funder"))
                .flag(F::Search)
            .text(QStringLiteral("programme")).notNull().defaultsTo(QStringLiteral("''"))
                .csv("Förderprogramm", QT_TRANSLATE_NOOP("Columns", "Programme")).flag(F::Search)
            .column(QStringLiteral("starts_on"), T::Date).csv("Beginn", QT_TRANSLATE_NOOP("Columns", "Start"))
            .column(QStringLiteral("ends_on"), T::Date).csv("Ende", QT_TRANSLATE_NOOP("Columns", "End"))
            // An extension moves the end; the end first agreed stays on record.
            .column(QStringLiteral("original_end"), T::Date).csv("Ursprüngliches Ende", QT_TRANSLATE_NOOP("Columns", "Original end"))
            .text(QStringLiteral("our_role"), TextSize::Code).notNull().defaultsTo(QStringLiteral("'partner'"))
                .oneOf({QStringLiteral("lead"), QStringLiteral("partner"), QStringLiteral("associate"), QStringLiteral("advisor")})
                .words({QStringLiteral("Koordination|Lead"), QStringLiteral("Partner|Partner"), QStringLiteral("Assoziiert|Associate"),
                        QStringLiteral("Beirat|Advisory board")})
                .csv("Unsere Rolle", QT_TRANSLATE_NOOP("Columns", "Our role"))
            .text(QStringLiteral("lead_partner")).notNull().defaultsTo(QStringLiteral("''"))
                .csv("Konsortialführung", QT_TRANSLATE_NOOP("Columns", "Lead partner")).flag(F::Search)
            .column(QStringLiteral("partner_count"), T::Integer).checks(QStringLiteral("partner_count >= 0"))
                .csv("Anzahl Partner", QT_TRANSLATE_NOOP("Columns", "Partners"))
            .text(QStringLiteral("countries")).notNull().defaultsTo(QStringLiteral("''")).csv("Länder", QT_TRANSLATE_NOOP("Columns", "Countries"))
            .text(QStringLiteral("website"), TextSize::Link).notNull().defaultsTo(QStringLiteral("''"))
                .csv("Website", QT_TRANSLATE_NOOP("Columns", "Website"))
            .text(QStringLiteral("newsletter"), TextSize::Link).notNull().defaultsTo(QStringLiteral("''"))
                .csv("Newsletter", QT_TRANSLATE_NOOP("Columns", "Newsletter"))
            .text(QStringLiteral("outputs"), TextSize::Notes).notNull().defaultsTo(QStringLiteral("''"))
                .csv("Ergebnisse", QT_TRANSLATE_NOOP("Columns", "Outputs")).flag(F::Search);
        withNotes(t).stamps()
            .constraint(QStringLiteral("CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)"))
            .index(QStringLiteral("projects_starts"), {QStringLiteral("starts_on")});
        return t;
    }();
    return t;
}

const Table &surveys()
{
    // E-mail surveys of the members: a question to all, on behalf of one.
    static const Table t = [] {
        Table t(QStringLiteral("surveys"), Entity::Survey, 4);
        t.identity()
            .text(QStringLiteral("topic")).nonEmpty().csv("Thema", QT_TRANSLATE_NOOP("Columns", "Topic")).flag(F::Search | F::Title)
            .column(QStringLiteral("sent_on"), T::Date).notNull().csv("Versandt am", QT_TRANSLATE_NOOP("Columns", "Sent on"))
            .column(QStringLiteral("asked_by_id"), T::Reference).references(QStringLiteral("organisations"), QStringLiteral("SET NULL"))
                .csv("Angefragt von", QT_TRANSLATE_NOOP("Columns", "Asked for by"))
            .column(QStringLiteral("answer_count"), T::Integer).checks(QStringLiteral("answer_count >= 0"))
                .csv("Antworten", QT_TRANSLATE_NOOP("Columns", "Answers"))
            .text(QStringLiteral("summary"), TextSize::Notes).notNull().defaultsTo(QStringLiteral("''"))
                .csv("Zusammenfassung", QT_TRANSLATE_NOOP("Columns", "Summary")).flag(F::Search);
        withNotes(t).stamps().index(QStringLiteral("surveys_sent"), {QStringLiteral("sent_on")});
        return t;
    }();
    return t;
}

const Table &exchanges()
{
    // A conversation with one member city: new staff there, a question, a visit.
    static const Table t = [] {
        Table t(QStringLiteral("exchanges"), Entity::Exchange, 4);
        t.identity()
            .column(QStringLiteral("held_on"), T::Date).notNull().csv("Datum", QT_TRANSLATE_NOOP("Columns", "Date"))
            .column(QStringLiteral("organisation_id"), T::Reference).references(QStringLiteral("organisations"), QStringLiteral("SET NULL"))
                .csv("Mitglied", QT_TRANSLATE_NOOP("Columns", "Member"))
            .text(QStringLiteral("format"), TextSize::Code).notNull().defaultsTo(QStringLiteral("'online'"))
                .oneOf({QStringLiteral("online"), QStringLiteral("on_site"), QStringLiteral("phone")})
                .words({QStringLiteral("online|online"), QStringLiteral("vor Ort|on site"), QStringLiteral("Telefon|phone")})
                .csv("Format", QT_TRANSLATE_NOOP("Columns", "Format"))
            .text(QStringLiteral("occasion")).nonEmpty().csv("Anlass", QT_TRANSLATE_NOOP("Columns", "Occasion")).flag(F::Search | F::Title);
        withNotes(t).stamps().index(QStringLiteral("exchanges_held"), {QStringLiteral("held_on")});
        return t;
    }();
    return t;
}

const Table &networkRoles()
{
    // Bodies and advisory boards the office sits on, and who represents it.
    static const Table t = [] {
        Table t(QStringLiteral("network_roles"), Entity::NetworkRole, 4);
        t.identity()
            .text(QStringLiteral("body")).nonEmpty().csv("Gremium", QT_TRANSLATE_NOOP("Columns", "Body")).flag(F::Search | F::Title)
            .text(QStringLiteral("our_role")).notNull().defaultsTo(QStringLiteral("''")).csv("Unsere Rolle", QT_TRANSLATE_NOOP("Columns", "Our role"))
            .column(QStringLiteral("representative_id"), T::Reference).references(QStringLiteral("people"), QStringLiteral("SET NULL"))
                .csv("Vertreten durch", QT_TRANSLATE_NOOP("Columns", "Represented by"))
            .column(QStringLiteral("since_on"), T::Date).csv("Seit", QT_TRANSLATE_NOOP("Columns", "Since"))
            .column(QStringLiteral("until_on"), T::Date).csv("Bis", QT_TRANSLATE_NOOP("Columns", "Until"))
            .text(QStringLiteral("meetings")).notNull().defaultsTo(QStringLiteral("''")).csv("Sitzungen", QT_TRANSLATE_NOOP("Columns", "Meetings"));
        withNotes(t).stamps()
            .constraint(QStringLiteral("CHECK (until_on IS NULL OR since_on IS NULL OR until_on >= since_on)"));
        return t;
    }();
    return t;
}

const Table &mediaRequests()
{
    // Journalists' questions, and what became of them.
    static const Table t = [] {
        Table t(QStringLiteral("media_requests"), Entity::MediaRequest, 4);
        t.identity()
            .column(QStringLiteral("received_on"), T::Date).notNull().csv("Anfrage am", QT_TRANSLATE_NOOP("Columns", "Received on"))
            .text(QStringLiteral("outlet")).nonEmpty().csv("Medium", QT_TRANSLATE_NOOP("Columns", "Outlet")).flag(F::Search | F::Title)
            .text(QStringLiteral("format"), TextSize::Code).notNull().defaultsTo(QStringLiteral("'print'"))
                .oneOf({QStringLiteral("print"), QStringLiteral("tv"), QStringLiteral("radio"), QStringLiteral("podcast"), QStringLiteral("online")})
                .words({QStringLiteral("Print|print"), QStringLiteral("Fernsehen|TV"), QStringLiteral("Radio|radio"), QStringLiteral("Podcast|podcast"),
                        QStringLiteral("online|online")})
                .csv("Format", QT_TRANSLATE_NOOP("Columns", "Format"))
            .text(QStringLiteral("topic")).notNull().defaultsTo(QStringLiteral("''")).csv("Thema", QT_TRANSLATE_NOOP("Columns", "Topic"))
                .flag(F::Search | F::Title)
            .text(QStringLiteral("answered_by")).notNull().defaultsTo(QStringLiteral("''")).csv("Beantwortet von", QT_TRANSLATE_NOOP("Columns", "Answered by"))
            .text(QStringLiteral("status"), TextSize::Code).notNull().defaultsTo(QStringLiteral("'open'"))
                .oneOf({QStringLiteral("open"), QStringLiteral("done"), QStringLiteral("declined")})
                .words({QStringLiteral("offen|open"), QStringLiteral("erledigt|done"), QStringLiteral("abgelehnt|declined")})
                .csv("Status", QT_TRANSLATE_NOOP("Columns", "Status"))
            .text(QStringLiteral("decline_reason")).notNull().defaultsTo(QStringLiteral("''"))
                .csv("Grund der Absage", QT_TRANSLATE_NOOP("Columns", "Reason declined"))
            .column(QStringLiteral("published_on"), T::Date).csv("Erschienen am", QT_TRANSLATE_NOOP("Columns", "Published or aired on"))
            .text(QStringLiteral("link"), TextSize::Link).notNull().defaultsTo(QStringLiteral("''")).csv("Link", QT_TRANSLATE_NOOP("Columns", "Link"));
        withNotes(t).stamps().index(QStringLiteral("media_requests_received"), {QStringLiteral("received_on")});
        return t;
    }();
    return t;
}

const Table &fundingApplications()
{
    // Applications for funding, with their fate: the report sums them up.
    static const Table t = [] {
        Table t(QStringLiteral("funding_applications"), Entity::FundingApplication, 4);
        t.identity()
            .text(QStringLiteral("call")).notNull().defaultsTo(QStringLiteral("''")).csv("Ausschreibung", QT_TRANSLATE_NOOP("Columns", "Call or programme"))
                .flag(F::Search)
            .text(QStringLiteral("acronym")).notNull().defaultsTo(QStringLiteral("''")).csv("Akronym", QT_TRANSLATE_NOOP("Columns", "Acronym"))
                .flag(F::Search | F::Title)
            .text(QStringLiteral("title")).nonEmpty().csv("Titel", QT_TRANSLATE_NOOP("Columns", "Title")).flag(F::Search | F::Title)
            .text(QStringLiteral("lead_applicant")).notNull().defaultsTo(QStringLiteral("''"))
                .csv("Antragsteller", QT_TRANSLATE_NOOP("Columns", "Lead applicant")).flag(F::Search)
            .text(QStringLiteral("our_role"), TextSize::Code).notNull().defaultsTo(QStringLiteral("'partner'"))
                .oneOf({QStringLiteral("lead"), QStringLiteral("partner"), QStringLiteral("associate")})
                .words({QStringLiteral("Koordination|Lead"), QStringLiteral("Partner|Partner"), QStringLiteral("Assoziiert|Associate")})
                .csv("Unsere Rolle", QT_TRANSLATE_NOOP("Columns", "Our role"))
            .column(QStringLiteral("submitted_on"), T::Date).notNull().csv("Eingereicht am", QT_TRANSLATE_NOOP("Columns", "Submitted on"))
            .text(QStringLiteral("status"), TextSize::Code).notNull().defaultsTo(QStringLiteral("'pending'"))
                .oneOf({QStringLiteral("pending"), QStringLiteral("waitlisted"), QStringLiteral("granted"), QStringLiteral("rejected")})
                .words({QStringLiteral("offen|pending"), QStringLiteral("Warteliste|waitlisted"), QStringLiteral("bewilligt|granted"),
                        QStringLiteral("abgelehnt|rejected")})
                .csv("Status", QT_TRANSLATE_NOOP("Columns", "Status"))
            // Rejected after a place on the waitlist: the report counts them apart.
            .column(QStringLiteral("was_waitlisted"), T::Bool).notNull().defaultsTo(QStringLiteral("{FALSE}"))
                .csv("War auf der Warteliste", QT_TRANSLATE_NOOP("Columns", "Was waitlisted"))
            .column(QStringLiteral("decided_on"), T::Date).csv("Entschieden am", QT_TRANSLATE_NOOP("Columns", "Decided on"));
        withNotes(t).stamps()
            .constraint(QStringLiteral("CHECK (decided_on IS NULL OR decided_on >= submitted_on)"))
            .index(QStringLiteral("funding_applications_submitted"), {QStringLiteral("submitted_on")});
        return t;
    }();
    return t;
}

const Table &guidelines()
{
    // Position papers the network adopts, and which members signed them.
    static const Table t = [] {
        Table t(QStringLiteral("guidelines"), Entity::Guideline, 4);
        t.identity()
            .text(QStringLiteral("title")).nonEmpty().csv("Titel", QT_TRANSLATE_NOOP("Columns", "Title")).flag(F::Search | F::Title)
            .column(QStringLiteral("adopted_on"), T::Date).csv("Verabschiedet am", QT_TRANSLATE_NOOP("Columns", "Adopted on"))
            .text(QStringLiteral("link"), TextSize::Link).notNull().defaultsTo(QStringLiteral("''")).csv("Link", QT_TRANSLATE_NOOP("Columns", "Link"));
        withNotes(t).stamps();
        return t;
    }();
    return t;
}

const Table &teamRoles()
{
    // Who sits on the board and who works in the office, from when to when.
    static const Table t = [] {
        Table t(QStringLiteral("team_roles"), Entity::TeamRole, 4);
        t.identity()
            .column(QStringLiteral("person_id"), T::Reference).notNull().references(QStringLiteral("people"), QStringLiteral("CASCADE"))
                .csv("Person", QT_TRANSLATE_NOOP("Columns", "Person")).flag(F::Personal)
            .text(QStringLiteral("role"), TextSize::Code).notNull()
                .oneOf({QStringLiteral("chair"), QStringLiteral("deputy"), QStringLiteral("board"), QStringLiteral("treasurer"),
                        QStringLiteral("director"), QStringLiteral("staff"), QStringLiteral("assistant")})
                .words({QStringLiteral("Vorsitz|Chair"), QStringLiteral("Stellvertretender Vorsitz|Deputy chair"),
                        QStringLiteral("Vorstandsmitglied|Board member"), QStringLiteral("Schatzmeisterei|Treasurer"),
                        QStringLiteral("Geschäftsführung|Managing director"), QStringLiteral("Referent/in|Staff"),
                        QStringLiteral("Studentische Hilfskraft|Student assistant")})
                .csv("Funktion", QT_TRANSLATE_NOOP("Columns", "Role"))
            .text(QStringLiteral("job_title")).notNull().defaultsTo(QStringLiteral("''")).csv("Bezeichnung", QT_TRANSLATE_NOOP("Columns", "Job title"))
                .flag(F::Search | F::Title)
            .column(QStringLiteral("from_on"), T::Date).csv("Von", QT_TRANSLATE_NOOP("Columns", "From"))
            .column(QStringLiteral("until_on"), T::Date).csv("Bis", QT_TRANSLATE_NOOP("Columns", "Until"))
            // An election happens at a general assembly (an event).
            .column(QStringLiteral("elected_at_id"), T::Reference).references(QStringLiteral("events"), QStringLiteral("SET NULL"))
                .csv("Gewählt bei", QT_TRANSLATE_NOOP("Columns", "Elected at"))
            .text(QStringLiteral("leave"), TextSize::Notes).notNull().defaultsTo(QStringLiteral("''"))
                .csv("Abwesenheiten", QT_TRANSLATE_NOOP("Columns", "Leave")).flag(F::Personal);
        withNotes(t).stamps()
            // A portrait for the annual report, stored once by its hash (schema 5, with the content store).
            .column(QStringLiteral("photo"), T::BlobRef).since(5).flag(F::Personal)
            .constraint(QStringLiteral("CHECK (until_on IS NULL OR from_on IS NULL OR until_on >= from_on)"))
            .index(QStringLiteral("team_roles_person"), {QStringLiteral("person_id")});
        return t;
    }();
    return t;
}

// --- Rows that belong to one record of the year (a child kind): the
// members taking part in a project, the answers to a survey. Each refers
// to its record (Fixed: it never moves to another) and goes with it. ---

namespace {

// The reference to the record a child row belongs to.
Table &partOf(Table &t, const char *column, const char *table, const char *de, const char *en)
{
    return t.column(QString::fromLatin1(column), T::Reference).notNull().references(QString::fromLatin1(table), QStringLiteral("CASCADE"))
        .csv(de, en).flag(F::Fixed);
}

// A member city or organisation taking part.
Table &member(Table &t)
{
    return t.column(QStringLiteral("organisation_id"), T::Reference).notNull()
        .references(QStringLiteral("organisations"), QStringLiteral("CASCADE"))
        .csv("Mitglied", QT_TRANSLATE_NOOP("Columns", "Member")).flag(F::Title);
}

} // namespace

const Table &projectMembers()
{
    static const Table t = [] {
        Table t(QStringLiteral("project_members"), Entity::ProjectMember, 4);
        t.identity();
        partOf(t, "project_id", "projects", "Projekt", QT_TRANSLATE_NOOP("Columns", "Project"));
        member(t).text(QStringLiteral("role")).notNull().defaultsTo(QStringLiteral("''")).csv("Rolle", QT_TRANSLATE_NOOP("Columns", "Role in it"))
            .stamps()
            .uniqueKey({QStringLiteral("project_id"), QStringLiteral("organisation_id")});
        return t;
    }();
    return t;
}

const Table &applicationMembers()
{
    static const Table t = [] {
        Table t(QStringLiteral("application_members"), Entity::ApplicationMember, 4);
        t.identity();
        partOf(t, "application_id", "funding_applications", "Antrag", QT_TRANSLATE_NOOP("Columns", "Application"));
        member(t).stamps().uniqueKey({QStringLiteral("application_id"), QStringLiteral("organisation_id")});
        return t;
    }();
    return t;
}

const Table &surveyAnswers()
{
    static const Table t = [] {
        Table t(QStringLiteral("survey_answers"), Entity::SurveyAnswer, 4);
        t.identity();
        partOf(t, "survey_id", "surveys", "Abfrage", QT_TRANSLATE_NOOP("Columns", "Survey"));
        member(t).column(QStringLiteral("answered_on"), T::Date).csv("Geantwortet am", QT_TRANSLATE_NOOP("Columns", "Answered on"))
            .text(QStringLiteral("answer"), TextSize::Notes).notNull().defaultsTo(QStringLiteral("''"))
                .csv("Antwort", QT_TRANSLATE_NOOP("Columns", "Answer")).flag(F::Search | F::MembersOnly)
            .stamps()
            // An answer sent as a file (schema 5, with the content store), and the file's name.
            .column(QStringLiteral("attachment"), T::BlobRef).since(5).flag(F::MembersOnly)
            .text(QStringLiteral("attachment_name")).notNull().defaultsTo(QStringLiteral("''")).since(5)
            .index(QStringLiteral("survey_answers_survey"), {QStringLiteral("survey_id")});
        return t;
    }();
    return t;
}

const Table &guidelineSignatures()
{
    static const Table t = [] {
        Table t(QStringLiteral("guideline_signatures"), Entity::GuidelineSignature, 4);
        t.identity();
        partOf(t, "guideline_id", "guidelines", "Leitlinie", QT_TRANSLATE_NOOP("Columns", "Guideline"));
        member(t).text(QStringLiteral("status"), TextSize::Code).notNull().defaultsTo(QStringLiteral("'signed'"))
                .oneOf({QStringLiteral("signed"), QStringLiteral("planned"), QStringLiteral("declined")})
                .words({QStringLiteral("unterzeichnet|signed"), QStringLiteral("geplant|planned"), QStringLiteral("nicht unterzeichnet|not signing")})
                .csv("Status", QT_TRANSLATE_NOOP("Columns", "Status"))
            .column(QStringLiteral("signed_on"), T::Date).csv("Unterzeichnet am", QT_TRANSLATE_NOOP("Columns", "Signed on"))
            .stamps()
            .uniqueKey({QStringLiteral("guideline_id"), QStringLiteral("organisation_id")});
        return t;
    }();
    return t;
}

const Table &metricSeries()
{
    // A figure the office follows over time: visits per month, followers.
    static const Table t = [] {
        Table t(QStringLiteral("metric_series"), Entity::MetricSeries, 4);
        t.identity()
            .text(QStringLiteral("name")).nonEmpty().unique().csv("Kennzahl", QT_TRANSLATE_NOOP("Columns", "Metric")).flag(F::Search | F::Title)
            .text(QStringLiteral("unit")).notNull().defaultsTo(QStringLiteral("''")).csv("Einheit", QT_TRANSLATE_NOOP("Columns", "Unit"))
            // A count per month (visits) is averaged over a year; a level (followers) is read at its end.
            .text(QStringLiteral("measure"), TextSize::Code).notNull().defaultsTo(QStringLiteral("'level'"))
                .oneOf({QStringLiteral("level"), QStringLiteral("per_month")})
                .words({QStringLiteral("Stand|level"), QStringLiteral("pro Monat|per month")})
                .csv("Art", QT_TRANSLATE_NOOP("Columns", "Kind of figure"));
        withNotes(t).stamps();
        return t;
    }();
    return t;
}

const Table &metricValues()
{
    static const Table t = [] {
        Table t(QStringLiteral("metric_values"), Entity::MetricValue, 4);
        t.identity();
        partOf(t, "series_id", "metric_series", "Kennzahl", QT_TRANSLATE_NOOP("Columns", "Metric"));
        t.column(QStringLiteral("measured_on"), T::Date).notNull().csv("Datum", QT_TRANSLATE_NOOP("Columns", "Date")).flag(F::Title)
            .column(QStringLiteral("value"), T::BigInt).notNull().csv("Wert", QT_TRANSLATE_NOOP("Columns", "Value"))
            .stamps()
            .uniqueKey({QStringLiteral("series_id"), QStringLiteral("measured_on")});
        return t;
    }();
    return t;
}

const QList<const Table *> &all()
{
    static const QList<const Table *> list = {&meta(),         &blobs(),        &organisations(), &membershipFees(),
                                              &people(),       &affiliations(), &consentLog(),    &eventKinds(),
                                              &events(),       &registrations(), &packMerges(),   &publications(),
                                              &searchEntries(),
                                              &projects(), &surveys(), &exchanges(), &networkRoles(), &mediaRequests(),
                                              &fundingApplications(), &guidelines(), &teamRoles(), &projectMembers(),
                                              &applicationMembers(), &surveyAnswers(), &guidelineSignatures(), &metricSeries(),
                                              &metricValues()};
    return list;
}

const Table *find(const QString &name)
{
    for (const Table *t : all()) {
        if (t->name() == name)
            return t;
    }
    return nullptr;
}

QList<const Column *> referencesTo(const QString &table, QList<const Table *> *owners)
{
    QList<const Column *> list;
    for (const Table *t : all()) {
        for (const Column *c : t->references()) {
            if (c->refTable == table) {
                list << c;
                if (owners)
                    *owners << t;
            }
        }
    }
    return list;
}

} // namespace fd::tables
