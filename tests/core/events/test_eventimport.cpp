// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.hpp"
#include "testdb.h"

#include "db/sqlhelpers.h"
#include "events/eventrepository.h"
#include "exchange/exchange.h"
#include "members/organisationrepository.h"

#include <QFile>

using namespace fd;

namespace {
Result<ImportReport> importEvents(test::TempDatabase &t, const QByteArray &content, bool dryRun = false)
{
    const QString path = t.writeFile(QStringLiteral("veranstaltungen.csv"), content);
    return makeImporter(QStringLiteral("events"), t.db())->importFile(path, dryRun);
}

int eventCount(test::TempDatabase &t)
{
    return test::scalar(t.db(), QStringLiteral("SELECT count(*) FROM events")).toInt();
}

bool hasMessage(const ImportReport &r, ImportMessage::Severity severity, int line, const QString &column, const QString &part)
{
    for (const ImportMessage &m : r.messages) {
        if (m.severity == severity && m.line == line && m.column == column && m.message.contains(part))
            return true;
    }
    return false;
}

Event byTitle(test::TempDatabase &t, const QString &title)
{
    auto list = EventRepository(t.db()).byTitle(title);
    REQUIRE(list);
    REQUIRE(list->size() == 1);
    return list->first();
}

// The member city that pays for an event, created on first use.
qint64 funderId(test::TempDatabase &t)
{
    OrganisationRepository repo(t.db());
    if (auto found = repo.findByName(QStringLiteral("Stadt Gelsenkirchen")); found && found->has_value())
        return found->value().id;
    Organisation city;
    city.name = QStringLiteral("Stadt Gelsenkirchen");
    city.kind = OrganisationKind::City;
    auto created = repo.create(city);
    REQUIRE(created);
    return created->id;
}

qint64 kindId(test::TempDatabase &t, const QString &name)
{
    return EventKindRepository(t.db()).find(name)->value().id;
}
} // namespace

TEST_CASE("A Windows-1252 list of events with umlauts, semicolons, German dates and times imports", "[import][events]")
{
    test::TempDatabase t;
    const QString text = QStringLiteral(
        "Titel;Art;Beginn;Ende;Format;Ort;Teilnehmende;Kapazität;Zugang;Rolle;Notizen;Nummer\r\n"
        "26. Mitgliederversammlung;Mitgliederversammlung;16.05.2024 14:00;16:00;online;;30;;Mitglieder;Veranstalter;;26\r\n"
        "27. Mitgliederversammlung;mitgliederversammlung;19.09.2024;20.09.2024;vor Ort;Gelsenkirchen;;;Mitglieder;Veranstalter;\"Wahlen; Vorstand\";27.\r\n"
        "Fachtagung Digitalisierung der Sexarbeit;Fachtagung;05.09.2024 09:30;05.09.2024 16:30;Präsenz;Essen;80;100;öffentlich;Veranstalter;"
        "Gefördert von der Stadt Essen;\r\n"
        "Studienreise Zürich;Studienreise;4.7.2024;5.7.2024;;Zürich;22;;Mitglieder;Teilnahme;13 Städte;\r\n");
    auto report = importEvents(t, test::toWindows1252(text));
    REQUIRE(report);
    CHECK(report->lines(ImportMessage::Severity::Error) == QStringList());
    CHECK(report->encoding == QStringLiteral("Windows-1252"));
    CHECK(report->committed);
    CHECK(eventCount(t) == 4);

    const Event ga26 = byTitle(t, QStringLiteral("26. Mitgliederversammlung"));
    CHECK(ga26.kindId == kindId(t, QStringLiteral("Mitgliederversammlung")));
    CHECK(ga26.startDate == QDate(2024, 5, 16));
    CHECK(ga26.startTime == QTime(14, 0));
    CHECK_FALSE(ga26.endDate.isValid());
    CHECK(ga26.endTime == QTime(16, 0));
    CHECK(ga26.format == EventFormat::Online);
    CHECK(ga26.reportedParticipants == std::optional<int>(30));
    CHECK(ga26.assemblyNumber == 26);

    const Event ga27 = byTitle(t, QStringLiteral("27. Mitgliederversammlung"));
    CHECK(ga27.endDate == QDate(2024, 9, 20));
    CHECK_FALSE(ga27.startTime.isValid());
    CHECK(ga27.city == QStringLiteral("Gelsenkirchen"));
    CHECK(ga27.notes == QStringLiteral("Wahlen; Vorstand"));
    CHECK(ga27.assemblyNumber == 27);

    const Event conference = byTitle(t, QStringLiteral("Fachtagung Digitalisierung der Sexarbeit"));
    CHECK(conference.kindId == kindId(t, QStringLiteral("Conference")));
    CHECK(conference.startTime == QTime(9, 30));
    CHECK(conference.endTime == QTime(16, 30));
    CHECK(conference.capacity == std::optional<int>(100));
    CHECK(conference.audience == Audience::Public);
    CHECK(conference.notes == QStringLiteral("Gefördert von der Stadt Essen"));

    const Event trip = byTitle(t, QStringLiteral("Studienreise Zürich"));
    CHECK(trip.city == QStringLiteral("Zürich"));
    CHECK(trip.format == EventFormat::OnSite);
    CHECK(trip.role == EventRole::Attendee);
    CHECK(trip.endDate == QDate(2024, 7, 5));
}

TEST_CASE("Events with English headers, commas and ISO dates with and without time import", "[import][events]")
{
    test::TempDatabase t;
    auto report = importEvents(t,
                               "Title,Kind,Start,End,Format,Place,Participants,Capacity,Audience,Role,Notes\n"
                               "\"Webinar K.O.-Tropfen, Teil 1\",Webinar,2024-03-12T10:00,2024-03-12 11:30,,online,54,,public,organiser,\n"
                               "Efus Executive Committee,Board meeting,2024-12-05,,on site,Köln,,,members,speaker,\n"
                               "ICPC Colloquium,Conference,2024-11-20,2024-11-21,hybrid,Montréal,,,public,attendee,\n");
    REQUIRE(report);
    CHECK(report->lines(ImportMessage::Severity::Error) == QStringList());
    CHECK(eventCount(t) == 3);
    const Event webinar = byTitle(t, QStringLiteral("Webinar K.O.-Tropfen, Teil 1"));
    CHECK(webinar.format == EventFormat::Online);
    CHECK(webinar.city.isEmpty());
    CHECK(webinar.startTime == QTime(10, 0));
    CHECK(webinar.endTime == QTime(11, 30));
    CHECK(webinar.reportedParticipants == std::optional<int>(54));
    const Event board = byTitle(t, QStringLiteral("Efus Executive Committee"));
    CHECK(board.kindId == kindId(t, QStringLiteral("Sitzung")));
    CHECK(board.role == EventRole::Speaker);
    CHECK(byTitle(t, QStringLiteral("ICPC Colloquium")).format == EventFormat::Hybrid);
}

TEST_CASE("A bad date, an unknown kind or a bad number is named by line and column and nothing is written", "[import][events]")
{
    test::TempDatabase t;
    auto report = importEvents(t,
                               "Titel;Art;Beginn;Ende;Teilnehmende\n"
                               "Workshop Sicherheit im Bahnhofsviertel;Workshop;18.04.2024;;20\n"
                               "Seminar Difu;Seminar;31.02.2024;;\n"
                               "Sommerfest;Grillfest;01.07.2024;;\n"
                               "Webinar Desinformation;Webinar;16.05.2024 25:00;;\n"
                               "Training Resilienz;Training;10.10.2024;09.10.2024;viele\n");
    REQUIRE(report);
    CHECK_FALSE(report->committed);
    CHECK(hasMessage(*report, ImportMessage::Severity::Error, 3, QStringLiteral("Beginn"), QStringLiteral("\"31.02.2024\" is not a date")));
    CHECK(hasMessage(*report, ImportMessage::Severity::Error, 4, QStringLiteral("Art"), QStringLiteral("\"Grillfest\" is not a kind of event")));
    // The message names the kinds that are accepted, in both languages.
    CHECK(hasMessage(*report, ImportMessage::Severity::Error, 4, QStringLiteral("Art"), QStringLiteral("Mitgliederversammlung / General assembly")));
    CHECK(hasMessage(*report, ImportMessage::Severity::Error, 5, QStringLiteral("Beginn"), QStringLiteral("25:00")));
    CHECK(hasMessage(*report, ImportMessage::Severity::Error, 6, QStringLiteral("Teilnehmende"), QStringLiteral("\"viele\"")));
    CHECK(report->lines(ImportMessage::Severity::Error).first().startsWith(QStringLiteral("veranstaltungen.csv:3: Beginn:")));
    CHECK(eventCount(t) == 0);
}

TEST_CASE("An unknown funder or a yes/no cell that is neither is named by line and column", "[import][events]")
{
    test::TempDatabase t;
    funderId(t);
    auto report = importEvents(t,
                               "Titel;Art;Beginn;Gefördert von;Anmeldung;Dokumentation nur für Mitglieder\n"
                               "Workshop Gelsenkirchen;Workshop;18.04.2024;Gelsenkirchen;geschlossen;nein\n"
                               "Workshop Köln;Workshop;19.04.2024;Stadt Köln;;\n"
                               "Workshop Bonn;Workshop;20.04.2024;;vielleicht;\n"
                               "Workshop Kiel;Workshop;21.04.2024;;;manchmal\n");
    REQUIRE(report);
    CHECK_FALSE(report->committed);
    CHECK(report->errorCount() == 3);
    CHECK(hasMessage(*report, ImportMessage::Severity::Error, 3, QStringLiteral("Gefördert von"), QStringLiteral("\"Stadt Köln\"")));
    CHECK(hasMessage(*report, ImportMessage::Severity::Error, 4, QStringLiteral("Anmeldung"),
                     QStringLiteral("\"vielleicht\" is neither open nor closed")));
    CHECK(hasMessage(*report, ImportMessage::Severity::Error, 5, QStringLiteral("Dokumentation nur für Mitglieder"),
                     QStringLiteral("\"manchmal\"")));
    CHECK(eventCount(t) == 0);

    // Without the bad rows, the funder is found with or without "Stadt".
    auto good = importEvents(t, "Titel;Art;Beginn;Gefördert von;Anmeldung;Dokumentation nur für Mitglieder\n"
                                "Workshop Gelsenkirchen;Workshop;18.04.2024;Gelsenkirchen;geschlossen;nein\n");
    REQUIRE(good);
    REQUIRE(good->committed);
    CHECK(hasMessage(*good, ImportMessage::Severity::Info, 2, QStringLiteral("Gefördert von"),
                     QStringLiteral("\"Gelsenkirchen\" is taken to be Stadt Gelsenkirchen")));
    const Event e = byTitle(t, QStringLiteral("Workshop Gelsenkirchen"));
    CHECK(e.funderId == funderId(t));
    CHECK_FALSE(e.registrationOpen);
    CHECK_FALSE(e.documentationMembersOnly);
}

TEST_CASE("An event that ends before it starts is an error in the end column", "[import][events]")
{
    test::TempDatabase t;
    auto report = importEvents(t, "Titel;Art;Beginn;Ende\nTraining Resilienz;Training;10.10.2024;09.10.2024\n");
    REQUIRE(report);
    CHECK(hasMessage(*report, ImportMessage::Severity::Error, 2, QStringLiteral("Ende"), QStringLiteral("before it starts")));
    CHECK(eventCount(t) == 0);
}

TEST_CASE("Events that exist by title and day, or by UUID, or twice in the file are skipped with a warning", "[import][events]")
{
    test::TempDatabase t;
    REQUIRE(importEvents(t, "Titel;Art;Beginn\nSiBa-Workshop Toleranz;Workshop;18.04.2024\n"));
    const QString uuid = uuidToDb(byTitle(t, QStringLiteral("SiBa-Workshop Toleranz")).uuid);
    auto report = importEvents(t, QStringLiteral("Titel;Art;Beginn;UUID\n"
                                                 "SIBA-Workshop  toleranz;Workshop;2024-04-18;\n"     // same title and day
                                                 "SiBa-Workshop Toleranz;Workshop;2025-04-10;\n"      // another day: a new event
                                                 "Umbenannt;Workshop;2024-04-18;%1\n"                 // same UUID
                                                 "Webinar Pufii;Webinar;2024-06-04;\n"
                                                 "Webinar Pufii;Webinar;04.06.2024;\n")               // twice in the file
                                      .arg(uuid)
                                      .toUtf8());
    REQUIRE(report);
    CHECK_FALSE(report->hasErrors());
    CHECK(report->rowsSkipped == 3);
    CHECK(report->rowsToCreate == 2);
    CHECK(hasMessage(*report, ImportMessage::Severity::Warning, 2, QStringLiteral("Titel"), QStringLiteral("exists already")));
    CHECK(hasMessage(*report, ImportMessage::Severity::Warning, 4, QStringLiteral("UUID"), QStringLiteral("exists already")));
    CHECK(hasMessage(*report, ImportMessage::Severity::Warning, 6, QStringLiteral("Titel"), QStringLiteral("line 5")));
    CHECK(eventCount(t) == 3);
}

TEST_CASE("A dry run of events checks everything and writes nothing", "[import][events]")
{
    test::TempDatabase t;
    auto report = importEvents(t, "Titel;Art;Beginn\nWebinar Pufii;Webinar;2024-06-04\n", true);
    REQUIRE(report);
    CHECK(report->rowsToCreate == 1);
    CHECK_FALSE(report->committed);
    CHECK(report->summary().contains(QStringLiteral("can be imported")));
    CHECK(eventCount(t) == 0);
}

TEST_CASE("Exported events import into an empty database as the same events, in German and in English", "[import][export][events]")
{
    test::TempDatabase t;
    EventRepository repo(t.db());
    auto add = [&](Event e) { REQUIRE(repo.create(e)); };
    Event ga;
    ga.title = QStringLiteral("27. Mitgliederversammlung");
    ga.kindId = kindId(t, QStringLiteral("general_assembly"));
    ga.assemblyNumber = 27;
    ga.startDate = QDate(2024, 9, 19);
    ga.startTime = QTime(13, 0);
    ga.endDate = QDate(2024, 9, 20);
    ga.endTime = QTime(12, 30);
    ga.city = QStringLiteral("Gelsenkirchen");
    ga.notes = QStringLiteral("Wahlen; \"Vorstand\"\nzweiter Tag");
    ga.venue = QStringLiteral("Wissenschaftspark");
    ga.partners = QStringLiteral("Stadt Gelsenkirchen; Polizei NRW");
    ga.funderId = funderId(t);
    ga.projectName = QStringLiteral("Urbane Sicherheit im Wandel");
    ga.documentationUrl = QStringLiteral("https://defus.de/mv27");
    ga.documentationMembersOnly = true;
    ga.registrationOpen = false;
    add(ga);
    Event webinar;
    webinar.title = QStringLiteral("Webinar K.O.-Tropfen");
    webinar.kindId = kindId(t, QStringLiteral("Webinar"));
    webinar.startDate = QDate(2024, 3, 12);
    webinar.startTime = QTime(10, 0);
    webinar.endTime = QTime(11, 30);
    webinar.format = EventFormat::Online;
    webinar.audience = Audience::Public;
    webinar.capacity = 100;
    webinar.reportedParticipants = 54;
    webinar.documentationUrl = QStringLiteral("https://defus.de/ko-tropfen");
    webinar.documentationMembersOnly = false;
    add(webinar);
    Event talk;
    talk.title = QStringLiteral("Vortrag beim Deutschen Präventionstag");
    talk.kindId = kindId(t, QStringLiteral("Konferenz"));
    talk.startDate = QDate(2025, 6, 2);
    talk.format = EventFormat::Hybrid;
    talk.city = QStringLiteral("Augsburg");
    talk.role = EventRole::Speaker;
    talk.capacity = 0;
    add(talk);

    auto original = repo.list();
    REQUIRE(original->size() == 3);
    for (const bool german : {true, false}) {
        INFO("German headers: " << german);
        const QString out = t.dir() + (german ? QStringLiteral("/veranstaltungen.csv") : QStringLiteral("/events.csv"));
        ListExportOptions options;
        options.germanHeaders = german;
        auto written = exportCsv(t.db(), QStringLiteral("events"), out, options);
        REQUIRE(written);
        CHECK(*written == 3);

        test::TempDatabase other;
        funderId(other); // the funder is found by name, not created
        auto report = makeImporter(QStringLiteral("events"), other.db())->importFile(out, false);
        REQUIRE(report);
        CHECK(report->lines(ImportMessage::Severity::Error) == QStringList());
        CHECK(report->lines(ImportMessage::Severity::Warning) == QStringList());
        auto copy = EventRepository(other.db()).list();
        REQUIRE(copy->size() == 3);
        for (int i = 0; i < 3; ++i) {
            INFO(original->at(i).event.title.toStdString());
            CHECK(copy->at(i).event.uuid == original->at(i).event.uuid);
            Event expected = original->at(i).event;
            if (expected.funderId > 0)
                expected.funderId = funderId(other);
            CHECK(copy->at(i).event.sameContent(expected));
        }
        // Imported again, nothing is doubled.
        auto again = makeImporter(QStringLiteral("events"), other.db())->importFile(out, false);
        REQUIRE(again);
        CHECK(again->rowsSkipped == 3);
        CHECK(eventCount(other) == 3);
    }
}

TEST_CASE("The events export can be limited to one year", "[export][events]")
{
    test::TempDatabase t;
    REQUIRE(importEvents(t, "Titel;Art;Beginn;Ende\n"
                            "Webinar 2023;Webinar;2023-11-02;\n"
                            "Jahreswechsel-Workshop;Workshop;2023-12-31;2024-01-01\n"
                            "Webinar 2024;Webinar;2024-03-12;\n"
                            "Workshop 2025;Workshop;2025-04-10;\n"));
    const QString out = t.dir() + QStringLiteral("/2024.csv");
    ListExportOptions options;
    options.year = 2024;
    auto written = exportCsv(t.db(), QStringLiteral("events"), out, options);
    REQUIRE(written);
    CHECK(*written == 2);
    QFile f(out);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    CHECK(text.startsWith(QStringLiteral("Titel;Art;Beginn;Ende;Format;Ort;Veranstaltungsort;Teilnehmende;Kapazität;Anmeldung;"
                                         "Zugang;Rolle;Partner;Gefördert von;Projekt;Dokumentation;Dokumentation nur für Mitglieder;"
                                         "Notizen;Nummer;UUID\r\n")));
    CHECK(text.contains(QStringLiteral("Jahreswechsel-Workshop;Workshop;31.12.2023;01.01.2024;vor Ort;;;;;offen;Mitglieder;Veranstalter;")));
    CHECK(text.contains(QStringLiteral("Webinar 2024;")));
    CHECK_FALSE(text.contains(QStringLiteral("Webinar 2023")));
    CHECK_FALSE(text.contains(QStringLiteral("Workshop 2025")));
}
