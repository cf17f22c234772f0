// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.hpp"
#include "testdb.h"

#include "demo/demodata.h"
#include "events/eventrepository.h"
#include "members/organisationrepository.h"
#include "office/officeprofile.h"
#include "people/personrepository.h"
#include "records/publication.h"
#include "records/recordkind.h"
#include "records/yearsummary.h"

using namespace fd;

TEST_CASE("The demo holds the network as the 2024 report describes it", "[demo]")
{
    test::TempDatabase t;
    REQUIRE(DemoData::isEmpty(t.db()));
    auto summary = DemoData::load(t.db());
    REQUIRE(summary);
    OrganisationRepository orgs(t.db());
    auto in2024 = orgs.membersDuring(2024);
    auto in2025 = orgs.membersDuring(2025);
    REQUIRE(in2024);
    REQUIRE(in2025);
    // 18 cities and 2 organisations in 2024; Kaiserslautern and the LPR NRW join in 2025.
    CHECK(in2024->size() == 20);
    CHECK(in2025->size() == 22);
    int cities2025 = 0;
    for (const Organisation &o : std::as_const(*in2025))
        cities2025 += o.kind == OrganisationKind::City;
    CHECK(cities2025 == 19);
    auto mannheim = orgs.findByName(QStringLiteral("Mannheim"));
    REQUIRE(mannheim->has_value());

    PersonRepository people(t.db());
    auto rau = people.byEmail(QStringLiteral("anna.rau@defus.example"));
    REQUIRE(rau->size() == 1);
    auto board = people.byNameAt(QStringLiteral("Volker"), QStringLiteral("Proffen"), mannheim->value().id);
    REQUIRE(board->size() == 1);
    CHECK(board->first().title == QStringLiteral("Dr."));

    // Certificates are signed by the managing director.
    auto office = OfficeProfileRepository(t.db()).load();
    CHECK(office->signatory == QStringLiteral("Anna Rau"));
    CHECK(office->signatoryRole == QStringLiteral("Geschäftsführerin"));
}

TEST_CASE("The demo is only loaded into an empty database", "[demo]")
{
    test::TempDatabase t;
    REQUIRE(DemoData::load(t.db()));
    const int before = test::scalar(t.db(), QStringLiteral("SELECT count(*) FROM people")).toInt();
    const int projects = test::scalar(t.db(), QStringLiteral("SELECT count(*) FROM projects")).toInt();
    auto again = DemoData::load(t.db());
    REQUIRE_FALSE(again);
    CHECK(test::scalar(t.db(), QStringLiteral("SELECT count(*) FROM people")).toInt() == before);
    CHECK(test::scalar(t.db(), QStringLiteral("SELECT count(*) FROM projects")).toInt() == projects);
}

TEST_CASE("The demo holds the 2024 events with their participants and a booked-out workshop", "[demo]")
{
    test::TempDatabase t;
    REQUIRE(DemoData::load(t.db()));
    EventRepository events(t.db());
    auto in2024 = events.list(EventFilter{2024, {}, {}, {}});
    REQUIRE(in2024);
    CHECK(in2024->size() >= 30);
    auto find = [&](const QString &title) {
        auto e = events.resolve(title);
        REQUIRE(e);
        return *events.listItem(e->id);
    };
    const EventListItem ga = find(QStringLiteral("27. Mitgliederversammlung"));
    CHECK(ga.event.assemblyNumber == 27);
    CHECK(ga.event.isMultiDay());
    CHECK(ga.event.city == QStringLiteral("Gelsenkirchen"));
    CHECK(ga.counts.attended == 30);
    CHECK(find(QStringLiteral("DEFUS-Studienreise nach Zürich")).participants() == std::optional<int>(22));
    // Where only a number was reported, that number counts.
    CHECK(find(QStringLiteral("Fachtagung Digitalisierung der Sexarbeit")).participants() == std::optional<int>(80));
    const EventListItem siba = find(QStringLiteral("SiBa-Workshop 2025: Das Frankfurter Bahnhofsviertel"));
    CHECK(siba.counts.registered == 20);
    CHECK(siba.counts.waitlisted == 4);
    CHECK_FALSE(siba.event.registrationOpen);
}

namespace {

Record onlyRecord(Database &db, const char *kindName, const char *column, const QString &value)
{
    const RecordKind *kind = findRecordKind(QString::fromLatin1(kindName));
    REQUIRE(kind);
    auto all = Records(db, *kind).list();
    REQUIRE(all);
    QList<Record> found;
    for (const Record &r : std::as_const(*all)) {
        if (r.text(QString::fromLatin1(column)) == value)
            found << r;
    }
    REQUIRE(found.size() == 1);
    return found.first();
}

} // namespace

TEST_CASE("The demo holds records of every kind for 2024 and some for 2023", "[demo]")
{
    test::TempDatabase t;
    auto summary = DemoData::load(t.db());
    REQUIRE(summary);
    int total = 0;
    int in2023 = 0;
    for (const RecordKind &kind : recordKinds()) {
        INFO(kind.name.toStdString());
        auto count = Records(t.db(), kind).count(2024);
        REQUIRE(count);
        CHECK(*count > 0);
        in2023 += *Records(t.db(), kind).count(2023);
        total += int(Records(t.db(), kind).list()->size());
    }
    // The year before has something to compare with.
    CHECK(in2023 > 0);
    auto surveys2023 = Records(t.db(), *findRecordKind(QStringLiteral("surveys"))).count(2023);
    CHECK(*surveys2023 > 0);
    auto publications = Publications(t.db()).list(2024);
    REQUIRE(publications);
    CHECK_FALSE(publications->isEmpty());
    total += int(Publications(t.db()).list()->size());
    for (const RecordKind &kind : childKinds())
        total += int(Records(t.db(), kind).list()->size());
    CHECK(summary->records == total);
}

TEST_CASE("The demo's PanReflex project was extended into 2025 and CO-SECUR is led from Spain", "[demo]")
{
    test::TempDatabase t;
    REQUIRE(DemoData::load(t.db()));
    const Record panReflex = onlyRecord(t.db(), "projects", "acronym", QStringLiteral("PanReflex"));
    CHECK(panReflex.text(QStringLiteral("funder")) == QStringLiteral("BMBF"));
    CHECK(panReflex.text(QStringLiteral("original_end")) == QStringLiteral("2025-02-28"));
    CHECK(panReflex.text(QStringLiteral("ends_on")) == QStringLiteral("2025-05-31"));
    const RecordKind &projects = *findRecordKind(QStringLiteral("projects"));
    auto running2025 = Records(t.db(), projects).list(2025);
    REQUIRE(running2025);
    bool panReflexIn2025 = false;
    for (const Record &r : std::as_const(*running2025))
        panReflexIn2025 |= r.id == panReflex.id;
    CHECK(panReflexIn2025);
    CHECK(*Records(t.db(), projects).count(2025) > 0);

    const Record coSecur = onlyRecord(t.db(), "projects", "acronym", QStringLiteral("CO-SECUR"));
    CHECK(coSecur.text(QStringLiteral("programme")) == QStringLiteral("Horizon Europe"));
    CHECK(coSecur.value(QStringLiteral("partner_count")).toInt() == 10);
    CHECK(coSecur.text(QStringLiteral("lead_partner")).startsWith(QStringLiteral("Kveloce")));
}

TEST_CASE("The demo's guideline on marginalised groups was adopted at the 27th general assembly", "[demo]")
{
    test::TempDatabase t;
    REQUIRE(DemoData::load(t.db()));
    const Record guideline =
        onlyRecord(t.db(), "guidelines", "title", QStringLiteral("Leitgedanken zu marginalisierten Gruppen im öffentlichen Raum"));
    CHECK(guideline.text(QStringLiteral("adopted_on")) == QStringLiteral("2024-09-20"));
}

TEST_CASE("The demo's chair is Christian Kromberg, elected at the 27th general assembly", "[demo]")
{
    test::TempDatabase t;
    REQUIRE(DemoData::load(t.db()));
    const Record chair = onlyRecord(t.db(), "team", "role", QStringLiteral("chair"));
    auto person = PersonRepository(t.db()).byId(chair.value(QStringLiteral("person_id")).toLongLong());
    REQUIRE(person);
    CHECK(person->firstName == QStringLiteral("Christian"));
    CHECK(person->lastName == QStringLiteral("Kromberg"));
    auto assembly = EventRepository(t.db()).resolve(QStringLiteral("27. Mitgliederversammlung"));
    REQUIRE(assembly);
    CHECK(chair.value(QStringLiteral("elected_at_id")).toLongLong() == assembly->id);
    CHECK(chair.text(QStringLiteral("from_on")) == QStringLiteral("2024-09-20"));

    // Staff start when their position at the office does; parental leave is on record.
    const Record director = onlyRecord(t.db(), "team", "role", QStringLiteral("director"));
    CHECK(director.text(QStringLiteral("person_id__title")) == QStringLiteral("Anna Rau"));
    CHECK(director.text(QStringLiteral("from_on")) == QStringLiteral("2019-04-01"));
    const Record molkenbur = onlyRecord(t.db(), "team", "leave", QStringLiteral("Mutterschutz und Elternzeit ab Mitte Dezember 2024 (12 Monate)"));
    CHECK(molkenbur.text(QStringLiteral("person_id__title")) == QStringLiteral("Margo Molkenbur"));
}

TEST_CASE("The demo's network roles name Anna Rau where the report does, and declined media requests say why", "[demo]")
{
    test::TempDatabase t;
    REQUIRE(DemoData::load(t.db()));
    const Record icpc = onlyRecord(t.db(), "network-roles", "body", QStringLiteral("International Centre for the Prevention of Crime (ICPC)"));
    CHECK(icpc.text(QStringLiteral("representative_id__title")) == QStringLiteral("Anna Rau"));

    const RecordKind &media = *findRecordKind(QStringLiteral("media-requests"));
    auto requests = Records(t.db(), media).list(2024);
    REQUIRE(requests);
    int declined = 0;
    for (const Record &r : std::as_const(*requests)) {
        if (r.text(QStringLiteral("status")) == QStringLiteral("declined")) {
            ++declined;
            CHECK(r.text(QStringLiteral("format")) == QStringLiteral("radio"));
            CHECK_FALSE(r.text(QStringLiteral("decline_reason")).isEmpty());
        }
    }
    CHECK(declined == 3);

    // Exchanges are with organisations of the demo.
    const RecordKind &exchanges = *findRecordKind(QStringLiteral("exchanges"));
    auto held = Records(t.db(), exchanges).list(2024);
    REQUIRE(held);
    CHECK(held->size() >= 5);
    for (const Record &r : std::as_const(*held))
        CHECK_FALSE(r.text(QStringLiteral("organisation_id__title")).isEmpty());
}

TEST_CASE("A demo whose last record fails leaves the database empty", "[demo]")
{
    test::TempDatabase t;
    // The student assistant is the last of the year's records the demo writes.
    test::scalar(t.db(), QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON team_roles WHEN NEW.role = 'assistant' "
                                        "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"));
    auto summary = DemoData::load(t.db());
    REQUIRE_FALSE(summary);
    CHECK(DemoData::isEmpty(t.db()));
    for (const char *table : {"organisations", "people", "events", "registrations", "projects", "surveys", "team_roles"})
        CHECK(test::scalar(t.db(), QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(table))).toInt() == 0);
}

TEST_CASE("The demo's year 2024 at a glance gives the annual report's own figures", "[demo][year]")
{
    test::TempDatabase t;
    REQUIRE(DemoData::load(t.db()));
    auto s = YearSummary::compute(t.db(), 2024);
    REQUIRE(s);
    // "21 Projektanträge ... Fünf bewilligt. Sechs abgewiesen, davon zwei auf der Nachrückerliste. 10 offen."
    const FundingCounts &f = s->current.funding;
    CHECK(f.submitted == 21);
    CHECK(f.granted == 5);
    CHECK(f.rejected == 6);
    CHECK(f.rejectedAfterWaitlist == 2);
    CHECK(f.pending == 10);
    // The guideline: signed by 15 member cities, 3 more planned.
    CHECK(s->current.guidelineSigned == 15);
    CHECK(s->current.guidelinePlanned == 3);
    // "durchschnittlich knapp 7000 Visits pro Monat"
    bool website = false;
    for (const YearFigure &fig : s->figures()) {
        if (fig.metric && fig.label.contains(QStringLiteral("DEFUS-Webseite"))) {
            website = true;
            REQUIRE(fig.metric->value);
            CHECK(*fig.metric->value > 6500);
            CHECK(*fig.metric->value < 7000);
        }
    }
    CHECK(website);
}

TEST_CASE("The demo's project meetings belong to the demo's projects, so a project lists its events", "[demo]")
{
    test::TempDatabase t;
    REQUIRE(DemoData::load(t.db()));
    qint64 panReflex = 0;
    for (const Record &p : *Records(t.db(), *findRecordKind(QStringLiteral("projects"))).list()) {
        if (p.text(QStringLiteral("acronym")) == QLatin1String("PanReflex"))
            panReflex = p.id;
    }
    REQUIRE(panReflex > 0);
    auto meetings = EventRepository(t.db()).byTitle(QStringLiteral("PanReflex Projekttreffen"));
    REQUIRE(meetings);
    REQUIRE_FALSE(meetings->isEmpty());
    for (const Event &e : std::as_const(*meetings)) {
        CHECK(e.projectId == panReflex);
        CHECK(e.projectName.isEmpty()); // one name for its project, not two
    }
}
