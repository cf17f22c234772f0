// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.hpp"
#include "testdb.h"

#include "demo/demodata.h"
#include "events/eventrepository.h"
#include "members/organisationrepository.h"
#include "office/officeprofile.h"
#include "people/personrepository.h"

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
    auto again = DemoData::load(t.db());
    REQUIRE_FALSE(again);
    CHECK(test::scalar(t.db(), QStringLiteral("SELECT count(*) FROM people")).toInt() == before);
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
