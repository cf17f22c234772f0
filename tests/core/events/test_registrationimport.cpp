// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.hpp"
#include "testdb.h"

#include "db/sqlhelpers.h"
#include "events/eventrepository.h"
#include "events/registrationrepository.h"
#include "exchange/exchange.h"
#include "members/organisationrepository.h"
#include "people/personrepository.h"

#include <QSet>
#include <QTimeZone>

#include <algorithm>

using namespace fd;

namespace {

// An office with two members, two known people and two events: a workshop
// with two places and a webinar without a limit.
struct Office {
    test::TempDatabase t;
    qint64 workshopId = 0;
    qint64 webinarId = 0;
    QString workshopUuid;

    Office()
    {
        REQUIRE(importCsv(QStringLiteral("members"), "Name;Art;Mitglied seit\nKöln;Stadt;2011-06-01\nDEFUS Geschäftsstelle;Organisation;\n"));
        REQUIRE(importCsv(QStringLiteral("people"), "Titel;Vorname;Nachname;Organisation;E-Mail\n"
                                                    "Dr.;Anna;Rau;DEFUS Geschäftsstelle;anna.rau@defus.example\n"
                                                    ";Miriam;Schönfeld;Stadt Köln;\n"));
        workshopId = addEvent(QStringLiteral("SiBa-Workshop Toleranz"), QStringLiteral("Workshop"), QDate(2024, 4, 18), 2);
        webinarId = addEvent(QStringLiteral("Webinar Pufii"), QStringLiteral("Webinar"), QDate(2024, 6, 4), std::nullopt);
        workshopUuid = uuidToDb(EventRepository(t.db()).byId(workshopId)->uuid);
    }

    qint64 addEvent(const QString &title, const QString &kind, const QDate &day, std::optional<int> capacity)
    {
        Event e;
        e.title = title;
        e.kindId = EventKindRepository(t.db()).find(kind)->value().id;
        e.startDate = day;
        e.capacity = capacity;
        auto created = EventRepository(t.db()).create(e);
        REQUIRE(created);
        return created->id;
    }

    Result<ImportReport> importCsv(const QString &kind, const QByteArray &content, bool dryRun = false)
    {
        const QString path = t.writeFile(kind == QLatin1String("registrations") ? QStringLiteral("anmeldungen.csv") : kind + QStringLiteral(".csv"),
                                         content);
        return makeImporter(kind, t.db())->importFile(path, dryRun);
    }
    Result<ImportReport> registrations(const QByteArray &content, bool dryRun = false)
    {
        return importCsv(QStringLiteral("registrations"), content, dryRun);
    }

    int count(const char *table) { return test::scalar(t.db(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toInt(); }
    qint64 personId(const QString &email) { return PersonRepository(t.db()).byEmail(email)->first().id; }
    QList<Registration> of(qint64 eventId) { return *RegistrationRepository(t.db()).forEvent(eventId); }
};

bool hasMessage(const ImportReport &r, ImportMessage::Severity severity, int line, const QString &column, const QString &part)
{
    for (const ImportMessage &m : r.messages) {
        if (m.severity == severity && m.line == line && m.column == column && m.message.contains(part))
            return true;
    }
    return false;
}

QStringList lastNames(const QList<Registration> &list, RegistrationStatus status)
{
    QStringList names;
    for (const Registration &r : list) {
        if (r.status == status)
            names << r.personLastName;
    }
    return names;
}

const QByteArray FiveForTwoPlaces = "Veranstaltung;Vorname;Nachname;E-Mail;Status\n"
                                    "SiBa-Workshop Toleranz;Jan;Eins;jan@x.example;\n"
                                    "SiBa-Workshop Toleranz;Jana;Zwei;jana@x.example;angemeldet\n"
                                    "SiBa-Workshop Toleranz;Jens;Drei;jens@x.example;registered\n"
                                    "siba-workshop  TOLERANZ;Jule;Vier;jule@x.example;\n" // the same event, written otherwise
                                    "SiBa-Workshop Toleranz;Jost;Fünf;jost@x.example;\n";

} // namespace

TEST_CASE("Five registrations for two places: two registered, three waitlisted in file order, and the dry run predicts it", "[import][registrations]")
{
    Office o;
    auto dry = o.registrations(FiveForTwoPlaces, true);
    REQUIRE(dry);
    CHECK(dry->lines(ImportMessage::Severity::Error) == QStringList());
    CHECK(dry->rowsWaitlisted == 3);
    CHECK(dry->rowsToCreate == 5);
    for (int line : {4, 5, 6})
        CHECK(hasMessage(*dry, ImportMessage::Severity::Warning, line, QString(), QStringLiteral("is put on the waitlist")));
    CHECK(dry->lines(ImportMessage::Severity::Warning).first()
          == QStringLiteral("anmeldungen.csv:4: Jens Drei is put on the waitlist (the event \"SiBa-Workshop Toleranz\" is full)."));
    CHECK(dry->summary().contains(QStringLiteral("3 registration(s) will go on the waitlist")));
    CHECK(o.count("registrations") == 0);
    CHECK(o.count("people") == 2);

    auto report = o.registrations(FiveForTwoPlaces);
    REQUIRE(report);
    CHECK(report->committed);
    CHECK(report->rowsWaitlisted == 3);
    CHECK(report->summary().contains(QStringLiteral("3 registration(s) were put on the waitlist")));
    const QList<Registration> list = o.of(o.workshopId);
    CHECK(lastNames(list, RegistrationStatus::Registered) == QStringList{QStringLiteral("Eins"), QStringLiteral("Zwei")});
    auto waitlist = RegistrationRepository(o.t.db()).waitlist(o.workshopId);
    REQUIRE(waitlist->size() == 3);
    CHECK(waitlist->at(0).personLastName == QStringLiteral("Drei"));
    CHECK(waitlist->at(1).personLastName == QStringLiteral("Vier"));
    CHECK(waitlist->at(2).personLastName == QStringLiteral("Fünf"));
    CHECK(o.count("people") == 7);
}

TEST_CASE("Places taken before the import count, and attendance takes a place", "[import][registrations]")
{
    Office o;
    RegistrationRequest r;
    r.eventId = o.workshopId;
    r.personId = o.personId(QStringLiteral("anna.rau@defus.example"));
    REQUIRE(RegistrationRepository(o.t.db()).add(r));
    auto report = o.registrations("Veranstaltung;Vorname;Nachname;Status\n"
                                  "SiBa-Workshop Toleranz;Kurt;Faller;teilgenommen\n"
                                  "SiBa-Workshop Toleranz;Tim;Lukas;\n");
    REQUIRE(report);
    CHECK(report->rowsWaitlisted == 1);
    CHECK(hasMessage(*report, ImportMessage::Severity::Warning, 3, QString(), QStringLiteral("Tim Lukas is put on the waitlist")));
    const QList<Registration> list = o.of(o.workshopId);
    CHECK(lastNames(list, RegistrationStatus::Attended) == QStringList{QStringLiteral("Faller")});
    CHECK(lastNames(list, RegistrationStatus::Waitlisted) == QStringList{QStringLiteral("Lukas")});
}

TEST_CASE("A Windows-1252 registration list with umlauts, German dates with and without time and status words imports", "[import][registrations]")
{
    Office o;
    const QString text = QStringLiteral("Veranstaltung;Titel;Vorname;Nachname;Organisation;E-Mail;Status;Angemeldet am;Quelle\r\n"
                                        "Webinar Pufii;Prof. Dr.;Jürgen;Müller-Lüdenscheidt;Stadt Köln;;teilgenommen;3.4.2024;Telefon\r\n"
                                        "webinar pufii;;Käthe;Groß;Universität Tübingen;kaethe@uni.example;abgemeldet;03.04.2024 14:30;Papier\r\n"
                                        "Webinar Pufii;;Ömer;Şahin;Universität Tübingen;;nicht erschienen;;\r\n");
    auto report = o.registrations(test::toWindows1252(text));
    REQUIRE(report);
    CHECK(report->lines(ImportMessage::Severity::Error) == QStringList());
    CHECK(report->encoding == QStringLiteral("Windows-1252"));
    // The unknown university is created once, as a non-member, and reported.
    CHECK(hasMessage(*report, ImportMessage::Severity::Info, 3, QStringLiteral("Organisation"), QStringLiteral("Universität Tübingen")));
    CHECK(o.count("organisations") == 3);
    const QList<Registration> list = o.of(o.webinarId);
    REQUIRE(list.size() == 3);
    CHECK(list.at(0).personName == QStringLiteral("Prof. Dr. Jürgen Müller-Lüdenscheidt"));
    CHECK(list.at(0).organisationName == QStringLiteral("Köln"));
    CHECK(list.at(0).status == RegistrationStatus::Attended);
    CHECK(list.at(0).source == RegistrationSource::Phone);
    CHECK(list.at(0).registeredAt == QDateTime(QDate(2024, 4, 3), QTime(0, 0)).toUTC());
    CHECK(list.at(1).personName == QStringLiteral("Käthe Groß"));
    CHECK(list.at(1).status == RegistrationStatus::Cancelled);
    CHECK(list.at(1).source == RegistrationSource::Paper);
    CHECK(list.at(1).registeredAt == QDateTime(QDate(2024, 4, 3), QTime(14, 30)).toUTC());
    // "Ş" is not in Windows-1252: the row still imports, with what the file holds.
    CHECK(list.at(2).status == RegistrationStatus::NoShow);
    CHECK(list.at(2).source == RegistrationSource::Import);
}

TEST_CASE("Registrations with English headers, commas, an event UUID and ISO times import", "[import][registrations]")
{
    Office o;
    auto report = o.registrations(QStringLiteral("Event,First name,Last name,Organization,Email,Status,Registered at,Source\n"
                                                 "%1,Tim,Lukas,\"Bergische Universität Wuppertal, Fakultät 1\",tim@uni.example,waitlisted,2024-03-01T09:15,email\n"
                                                 "%1,Max,Muster,,,no-show,2024-03-01 09:20:30,on site\n")
                                      .arg(o.workshopUuid)
                                      .toUtf8());
    REQUIRE(report);
    CHECK(report->lines(ImportMessage::Severity::Error) == QStringList());
    const QList<Registration> list = o.of(o.workshopId);
    REQUIRE(list.size() == 2);
    CHECK(list.at(0).status == RegistrationStatus::Waitlisted);
    CHECK(list.at(0).organisationName == QStringLiteral("Bergische Universität Wuppertal, Fakultät 1"));
    CHECK(list.at(0).registeredAt == QDateTime(QDate(2024, 3, 1), QTime(9, 15)).toUTC());
    CHECK(list.at(1).status == RegistrationStatus::NoShow);
    CHECK(list.at(1).source == RegistrationSource::OnSite);
    CHECK(list.at(1).registeredAt == QDateTime(QDate(2024, 3, 1), QTime(9, 20, 30)).toUTC());
}

TEST_CASE("A registration for a known person links to them and never makes a second copy", "[import][registrations]")
{
    Office o;
    const qint64 anna = o.personId(QStringLiteral("anna.rau@defus.example"));
    auto report = o.registrations("Veranstaltung;Vorname;Nachname;Organisation;E-Mail\n"
                                  "SiBa-Workshop Toleranz;A.;Rau-Meier;;ANNA.RAU@Defus.Example\n"   // by e-mail, in another case
                                  "Webinar Pufii;Miriam;Schönfeld;Köln;\n");                       // same name at the same organisation
    REQUIRE(report);
    CHECK(report->lines(ImportMessage::Severity::Error) == QStringList());
    CHECK(o.count("people") == 2);
    CHECK(o.of(o.workshopId).first().personId == anna);
    CHECK(o.of(o.webinarId).first().personLastName == QStringLiteral("Schönfeld"));
    CHECK(report->lines(ImportMessage::Severity::Info) == QStringList());

    // The same name without an organisation links too, as only one person has it.
    auto byName = o.registrations("Veranstaltung;Vorname;Nachname\nWebinar Pufii;Anna;Rau\n");
    REQUIRE(byName);
    CHECK(o.count("people") == 2);
    CHECK(RegistrationRepository(o.t.db()).find(o.webinarId, anna)->has_value());
}

TEST_CASE("Two people of the same name at the same organisation: the import asks which one, and makes no third", "[import][registrations]")
{
    Office o;
    // A second Miriam Schönfeld at Köln, entered by hand.
    PersonRepository people(o.t.db());
    Person namesake;
    namesake.firstName = QStringLiteral("Miriam");
    namesake.lastName = QStringLiteral("Schönfeld");
    namesake.email = QStringLiteral("m.schoenfeld@koeln.example");
    auto created = people.create(namesake);
    REQUIRE(created);
    Affiliation at;
    at.personId = created->id;
    at.organisationId = OrganisationRepository(o.t.db()).findByName(QStringLiteral("Köln"))->value().id;
    REQUIRE(people.createAffiliation(at));
    REQUIRE(o.count("people") == 3);

    auto report = o.registrations("Veranstaltung;Vorname;Nachname;Organisation;E-Mail\nWebinar Pufii;Miriam;Schönfeld;Köln;\n");
    REQUIRE(report);
    CHECK_FALSE(report->committed);
    CHECK(hasMessage(*report, ImportMessage::Severity::Error, 2, QStringLiteral("Organisation"),
                     QStringLiteral("2 people named Miriam Schönfeld work at Köln; give the e-mail address")));
    CHECK(o.count("people") == 3);
    CHECK(o.count("registrations") == 0);

    // With the e-mail address it is clear.
    auto clear = o.registrations("Veranstaltung;Vorname;Nachname;Organisation;E-Mail\n"
                                 "Webinar Pufii;Miriam;Schönfeld;Köln;m.schoenfeld@koeln.example\n");
    REQUIRE(clear);
    CHECK(clear->committed);
    CHECK(o.of(o.webinarId).first().personId == created->id);
}

TEST_CASE("An unknown person is created once even if they register for two events in the file", "[import][registrations]")
{
    Office o;
    auto report = o.registrations("Veranstaltung;Vorname;Nachname;Organisation;E-Mail\n"
                                  "SiBa-Workshop Toleranz;Kurt;Faller;CommunAid gGmbH;kurt@communaid.example\n"
                                  "Webinar Pufii;Kurt;Faller;CommunAid gGmbH;\n"
                                  "Webinar Pufii;Rita;Haverkamp;;\n"
                                  "SiBa-Workshop Toleranz;rita;HAVERKAMP;;\n");
    REQUIRE(report);
    CHECK(report->lines(ImportMessage::Severity::Error) == QStringList());
    CHECK(o.count("people") == 4);
    CHECK(o.count("organisations") == 3);
    CHECK(o.count("registrations") == 4);
    CHECK(o.of(o.workshopId).first().personId == o.of(o.webinarId).first().personId);
    CHECK(report->createdIds.value(QStringLiteral("people")).size() == 2);
}

TEST_CASE("A person registered already in the database or earlier in the file is reported and skipped", "[import][registrations]")
{
    Office o;
    REQUIRE(o.registrations("Veranstaltung;Nachname;E-Mail\nWebinar Pufii;Rau;anna.rau@defus.example\n"));
    auto report = o.registrations("Veranstaltung;Vorname;Nachname;E-Mail\n"
                                  "Webinar Pufii;Anna;Rau;anna.rau@defus.example\n"
                                  "Webinar Pufii;Kurt;Faller;\n"
                                  "Webinar Pufii;Kurt;Faller;\n"
                                  "SiBa-Workshop Toleranz;Kurt;Faller;\n");
    REQUIRE(report);
    CHECK_FALSE(report->hasErrors());
    CHECK(report->rowsSkipped == 2);
    CHECK(hasMessage(*report, ImportMessage::Severity::Warning, 2, QStringLiteral("Nachname"), QStringLiteral("already registered")));
    CHECK(hasMessage(*report, ImportMessage::Severity::Warning, 4, QStringLiteral("Nachname"), QStringLiteral("line 3")));
    CHECK(o.count("registrations") == 3);
    CHECK(o.count("people") == 3);
}

TEST_CASE("An ambiguous or unknown event title is an error that asks for the UUID", "[import][registrations]")
{
    Office o;
    o.addEvent(QStringLiteral("Webinar Radikalisierung"), QStringLiteral("Webinar"), QDate(2024, 2, 1), std::nullopt);
    o.addEvent(QStringLiteral("Webinar Radikalisierung"), QStringLiteral("Webinar"), QDate(2024, 10, 1), std::nullopt);
    auto report = o.registrations("Veranstaltung;Nachname\n"
                                  "Webinar Pufii;Faller\n"
                                  "Webinar Radikalisierung;Lukas\n"
                                  "Sommerfest;Muster\n"
                                  "5b0c4a7e-0000-4000-8000-000000000000;Muster\n");
    REQUIRE(report);
    CHECK(report->errorCount() == 3);
    CHECK(hasMessage(*report, ImportMessage::Severity::Error, 3, QStringLiteral("Veranstaltung"), QStringLiteral("2 events are titled")));
    CHECK(hasMessage(*report, ImportMessage::Severity::Error, 3, QStringLiteral("Veranstaltung"), QStringLiteral("UUID")));
    CHECK(hasMessage(*report, ImportMessage::Severity::Error, 4, QStringLiteral("Veranstaltung"), QStringLiteral("UUID")));
    CHECK(hasMessage(*report, ImportMessage::Severity::Error, 5, QStringLiteral("Veranstaltung"), QStringLiteral("no event with the UUID")));
    CHECK(o.count("registrations") == 0);
    CHECK(o.count("people") == 2);
}

TEST_CASE("A bad status, date or e-mail is named by line and column and nothing is written", "[import][registrations]")
{
    Office o;
    auto report = o.registrations("Veranstaltung;Nachname;E-Mail;Status;Angemeldet am;Quelle\n"
                                  "Webinar Pufii;Faller;;angemeldet;01.03.2024;\n"
                                  "Webinar Pufii;Lukas;;vielleicht;;\n"
                                  "Webinar Pufii;Muster;;;31.02.2024 10:00;\n"
                                  "Webinar Pufii;Haverkamp;rita(at)uni;;;\n"
                                  "Webinar Pufii;Weiß;;;;Brieftaube\n");
    REQUIRE(report);
    CHECK(report->errorCount() == 4);
    CHECK(hasMessage(*report, ImportMessage::Severity::Error, 3, QStringLiteral("Status"), QStringLiteral("\"vielleicht\" is not a status")));
    CHECK(hasMessage(*report, ImportMessage::Severity::Error, 4, QStringLiteral("Angemeldet am"), QStringLiteral("31.02.2024")));
    CHECK(hasMessage(*report, ImportMessage::Severity::Error, 5, QStringLiteral("E-Mail"), QStringLiteral("rita(at)uni")));
    CHECK(hasMessage(*report, ImportMessage::Severity::Error, 6, QStringLiteral("Quelle"), QStringLiteral("Brieftaube")));
    CHECK(report->lines(ImportMessage::Severity::Error).first().startsWith(QStringLiteral("anmeldungen.csv:3: Status:")));
    CHECK(o.count("registrations") == 0);
    CHECK(o.count("people") == 2);
}

TEST_CASE("Exported registrations import again with the same people, statuses, times and sources", "[import][export][registrations]")
{
    Office o;
    // Capacity 2: Rau and Schönfeld hold the places, Faller waits, Lukas cancelled, Muster attended as a walk-in.
    REQUIRE(o.registrations("Veranstaltung;Titel;Vorname;Nachname;Organisation;E-Mail;Status;Angemeldet am;Quelle\n"
                            "SiBa-Workshop Toleranz;Dr.;Anna;Rau;;anna.rau@defus.example;;01.03.2024 09:00;Telefon\n"
                            "SiBa-Workshop Toleranz;;Miriam;Schönfeld;Köln;;;01.03.2024 09:05;E-Mail\n"
                            "SiBa-Workshop Toleranz;;Kurt;Faller;CommunAid gGmbH;kurt@communaid.example;;01.03.2024 09:10:30;Formular\n"
                            "SiBa-Workshop Toleranz;;Tim;Lukas;;;abgemeldet;02.03.2024 10:00;Papier\n"
                            "SiBa-Workshop Toleranz;;Max;Muster;;;teilgenommen;18.04.2024 09:00;vor Ort\n"));
    const QList<Registration> original = o.of(o.workshopId);
    REQUIRE(lastNames(original, RegistrationStatus::Waitlisted) == QStringList{QStringLiteral("Faller")});

    auto sameRegistrations = [&](test::TempDatabase &t, qint64 eventId) {
        const QList<Registration> copy = *RegistrationRepository(t.db()).forEvent(eventId);
        REQUIRE(copy.size() == original.size());
        for (int i = 0; i < original.size(); ++i) {
            INFO(original.at(i).personName.toStdString());
            CHECK(copy.at(i).personName == original.at(i).personName);
            CHECK(copy.at(i).organisationName == original.at(i).organisationName);
            CHECK(copy.at(i).email == original.at(i).email);
            CHECK(copy.at(i).status == original.at(i).status);
            CHECK(copy.at(i).source == original.at(i).source);
            CHECK(copy.at(i).registeredAt == original.at(i).registeredAt);
        }
    };

    SECTION("into another database that has the same event")
    {
        const QString events = o.t.dir() + QStringLiteral("/events.csv");
        const QString registrations = o.t.dir() + QStringLiteral("/registrations.csv");
        ListExportOptions options;
        options.event = QStringLiteral("SiBa-Workshop Toleranz");
        REQUIRE(exportCsv(o.t.db(), QStringLiteral("events"), events, options));
        auto written = exportCsv(o.t.db(), QStringLiteral("registrations"), registrations, options);
        REQUIRE(written);
        CHECK(*written == 5);
        test::TempDatabase other;
        REQUIRE(makeImporter(QStringLiteral("events"), other.db())->importFile(events, false));
        auto report = makeImporter(QStringLiteral("registrations"), other.db())->importFile(registrations, false);
        REQUIRE(report);
        CHECK(report->lines(ImportMessage::Severity::Error) == QStringList());
        CHECK(report->rowsWaitlisted == 0);
        sameRegistrations(other, EventRepository(other.db()).resolve(o.workshopUuid)->id);
    }
    SECTION("into the same database after the registrations were removed, in English")
    {
        const QString out = o.t.dir() + QStringLiteral("/registrations-en.csv");
        ListExportOptions options;
        options.germanHeaders = false;
        options.event = o.workshopUuid;
        REQUIRE(exportCsv(o.t.db(), QStringLiteral("registrations"), out, options));
        RegistrationRepository repo(o.t.db());
        for (const Registration &r : original)
            REQUIRE(repo.remove(r.id, repo.byId(r.id)->rowVersion));
        const int people = o.count("people");
        auto report = makeImporter(QStringLiteral("registrations"), o.t.db())->importFile(out, false);
        REQUIRE(report);
        CHECK(report->lines(ImportMessage::Severity::Error) == QStringList());
        CHECK(o.count("people") == people);
        sameRegistrations(o.t, o.workshopId);
    }
}

TEST_CASE("The registrations export needs an event that can be found", "[export][registrations]")
{
    Office o;
    const QString out = o.t.dir() + QStringLiteral("/r.csv");
    ListExportOptions options;
    CHECK_FALSE(exportCsv(o.t.db(), QStringLiteral("registrations"), out, options));
    options.event = QStringLiteral("Sommerfest");
    auto unknown = exportCsv(o.t.db(), QStringLiteral("registrations"), out, options);
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().message.contains(QStringLiteral("Sommerfest")));
}

namespace {

// A list longer than one batch of the import: `rows` new people for one event.
QByteArray longList(const QString &event, int rows, const QByteArray &lastLine = {})
{
    QByteArray csv = "Veranstaltung;Vorname;Nachname;E-Mail;Angemeldet am\n";
    for (int i = 0; i < rows; ++i) {
        csv += event.toUtf8() + ";Person;Nummer " + QByteArray::number(i + 1) + ";p" + QByteArray::number(i + 1)
            + "@example.org;2024-03-01T09:00\n";
    }
    return csv + lastLine;
}

} // namespace

TEST_CASE("A list longer than a batch fills the places in file order and puts the rest on the waitlist in that order", "[import][registrations]")
{
    Office o;
    const qint64 eventId = o.addEvent(QStringLiteral("Großkonferenz"), QStringLiteral("Workshop"), QDate(2024, 9, 1), 2100);
    auto report = o.registrations(longList(QStringLiteral("Großkonferenz"), 2500));
    REQUIRE(report);
    CHECK(report->committed);
    CHECK(report->rowsWaitlisted == 400);
    CHECK(report->createdIds.value(QStringLiteral("registrations")).size() == 2500);
    CHECK(report->createdIds.value(QStringLiteral("people")).size() == 2500);
    RegistrationRepository repo(o.t.db());
    CHECK(EventRepository(o.t.db()).counts(eventId)->registered == 2100);
    auto queue = repo.waitlist(eventId);
    REQUIRE(queue->size() == 400);
    CHECK(queue->first().personLastName == QStringLiteral("Nummer 2101"));
    CHECK(queue->last().personLastName == QStringLiteral("Nummer 2500"));
    // Their UUIDs sort in the order they were written (version 7), so that a
    // long import appends to the UUID index instead of writing all over it.
    QList<Registration> written = *repo.forEvent(eventId);
    std::sort(written.begin(), written.end(), [](const Registration &a, const Registration &b) { return a.id < b.id; });
    QStringList uuids;
    for (const Registration &r : std::as_const(written))
        uuids << uuidToDb(r.uuid);
    REQUIRE(uuids.size() == 2500);
    QStringList sorted = uuids;
    sorted.sort();
    CHECK(sorted == uuids);
    CHECK(uuids.first().at(14) == QLatin1Char('7')); // the version digit (Qt 6.4 names versions up to 5 only)
    CHECK(QSet<QString>(uuids.cbegin(), uuids.cend()).size() == 2500);
}

TEST_CASE("An error on the last line of a long list leaves nothing behind, though earlier batches were written", "[import][registrations]")
{
    Office o;
    const int peopleBefore = o.count("people");
    auto report = o.registrations(longList(QStringLiteral("Webinar Pufii"), 2500, "Webinar Pufii;Eva;Ende;eva@example.org;vielleicht\n"));
    REQUIRE(report);
    CHECK_FALSE(report->committed);
    CHECK(report->errorCount() == 1);
    CHECK(hasMessage(*report, ImportMessage::Severity::Error, 2502, QStringLiteral("Angemeldet am"), QStringLiteral("vielleicht")));
    CHECK(o.count("registrations") == 0);
    CHECK(o.count("people") == peopleBefore);
}

TEST_CASE("A cancelled import of a long list leaves nothing behind", "[import][registrations]")
{
    Office o;
    const int peopleBefore = o.count("people");
    const QString path = o.t.writeFile(QStringLiteral("lang.csv"), longList(QStringLiteral("Webinar Pufii"), 3000));
    int calls = 0;
    auto report = makeImporter(QStringLiteral("registrations"), o.t.db())->importFile(path, false, [&](qint64, qint64) {
        return ++calls < 10; // past the first batch
    });
    REQUIRE_FALSE(report);
    CHECK(report.error().code == Error::Code::Cancelled);
    CHECK(o.count("registrations") == 0);
    CHECK(o.count("people") == peopleBefore);
}

TEST_CASE("The ids an import reports are its registrations, one per row in file order, though many rows go into one statement",
          "[import][registrations]")
{
    Office o;
    // 2,075 rows: whole statements of many rows, and the few left over
    // (a batch of 2,000, then 75), each one reported with its own id.
    const int rows = 2075;
    auto report = o.registrations(longList(QStringLiteral("Webinar Pufii"), rows));
    REQUIRE(report);
    REQUIRE(report->committed);
    const QList<qint64> ids = report->createdIds.value(QStringLiteral("registrations"));
    REQUIRE(ids.size() == rows);
    CHECK(QSet<qint64>(ids.cbegin(), ids.cend()).size() == rows);
    CHECK(o.count("registrations") == rows);
    RegistrationRepository repo(o.t.db());
    bool inOrder = true;
    for (int i = 0; i < rows && inOrder; ++i) {
        auto r = repo.byId(ids.at(i));
        inOrder = r && r->eventId == o.webinarId && r->personLastName == QStringLiteral("Nummer %1").arg(i + 1);
        if (!inOrder)
            FAIL_CHECK("row " << i + 2 << " reports id " << ids.at(i));
    }
    CHECK(inOrder);
}
