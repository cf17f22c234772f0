// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.hpp"
#include "testdb.h"

#include "events/eventrepository.h"
#include "members/organisationrepository.h"

using namespace fd;

namespace {
qint64 kindId(Database &db, const QString &name)
{
    auto kind = EventKindRepository(db).find(name);
    REQUIRE(kind);
    REQUIRE(kind->has_value());
    return kind->value().id;
}

Event event(Database &db, const QString &title, const QDate &start, const QDate &end = QDate())
{
    Event e;
    e.title = title;
    e.kindId = kindId(db, QStringLiteral("Workshop"));
    e.startDate = start;
    e.endDate = end;
    return e;
}
} // namespace

TEST_CASE("The kinds of event are found by their German and English names", "[events]")
{
    test::TempDatabase t;
    EventKindRepository kinds(t.db());
    const qint64 ga = kindId(t.db(), QStringLiteral("Mitgliederversammlung"));
    CHECK(kindId(t.db(), QStringLiteral("general assembly")) == ga);
    CHECK(kindId(t.db(), QStringLiteral("FACHTAGUNG")) == kindId(t.db(), QStringLiteral("Conference")));
    CHECK(kindId(t.db(), QStringLiteral("Studienreise")) == kindId(t.db(), QStringLiteral("Study trip")));
    CHECK(kindId(t.db(), QStringLiteral("Sitzung")) == kindId(t.db(), QStringLiteral("Board meeting")));
    CHECK(kindId(t.db(), QStringLiteral("Konferenz")) != kindId(t.db(), QStringLiteral("Fachtagung")));
    CHECK_FALSE(kinds.find(QStringLiteral("Picknick"))->has_value());
    CHECK(kinds.all()->size() == 12);
}

TEST_CASE("The list of kinds is editable, but a kind in use cannot be deleted", "[events]")
{
    test::TempDatabase t;
    EventKindRepository kinds(t.db());
    EventKind k;
    k.nameDe = QStringLiteral("Netzwerktreffen");
    k.nameEn = QStringLiteral("Network meeting");
    k.sortOrder = 200;
    auto created = kinds.create(k);
    REQUIRE(created);
    CHECK(kinds.find(QStringLiteral("netzwerktreffen"))->value().id == created->id);
    auto dup = kinds.create(k);
    REQUIRE_FALSE(dup);
    CHECK(dup.error().code == Error::Code::Duplicate);

    Event e = event(t.db(), QStringLiteral("Treffen"), QDate(2024, 3, 1));
    e.kindId = created->id;
    REQUIRE(EventRepository(t.db()).create(e));
    auto removal = kinds.remove(created->id, created->rowVersion);
    REQUIRE_FALSE(removal);
    CHECK(removal.error().message.contains(QStringLiteral("1 event(s)")));
}

TEST_CASE("An event is saved with times, place, audience, role and funder, and read back", "[events]")
{
    test::TempDatabase t;
    Organisation essen;
    essen.name = QStringLiteral("Essen");
    essen.joinedOn = QDate(2011, 6, 1);
    auto funder = OrganisationRepository(t.db()).create(essen);
    REQUIRE(funder);
    EventRepository repo(t.db());
    Event e = event(t.db(), QStringLiteral("Fachtagung Digitalisierung der Sexarbeit"), QDate(2024, 9, 12));
    e.kindId = kindId(t.db(), QStringLiteral("Fachtagung"));
    e.startTime = QTime(10, 0);
    e.endTime = QTime(16, 30);
    e.city = QStringLiteral("Essen");
    e.audience = Audience::Public;
    e.role = EventRole::Organiser;
    e.funderId = funder->id;
    e.capacity = 80;
    e.reportedParticipants = 80;
    e.documentationUrl = QStringLiteral("https://defus.example/doku");
    auto created = repo.create(e);
    REQUIRE(created);
    auto read = repo.byUuid(created->uuid);
    REQUIRE(read);
    CHECK(read->sameContent(e));
    CHECK(read->funderName == QStringLiteral("Essen"));
    CHECK(read->kindKey == QStringLiteral("conference"));
    CHECK(read->documentationMembersOnly); // members only unless said otherwise
    CHECK(read->dateText() == QStringLiteral("12/09/2024, 10:00–16:30"));
}

TEST_CASE("Invalid events are refused field by field", "[events]")
{
    Event e;
    e.startDate = QDate(2024, 9, 20);
    e.endDate = QDate(2024, 9, 19);
    e.capacity = -1;
    e.documentationUrl = QStringLiteral("nur Mitglieder");
    QStringList fields;
    for (const FieldError &error : validate(e))
        fields << error.field;
    CHECK(fields.contains(QStringLiteral("title")));
    CHECK(fields.contains(QStringLiteral("kind")));
    CHECK(fields.contains(QStringLiteral("end")));
    CHECK(fields.contains(QStringLiteral("capacity")));
    CHECK(fields.contains(QStringLiteral("documentation")));
}

TEST_CASE("A year's events include one that runs over New Year", "[events]")
{
    test::TempDatabase t;
    EventRepository repo(t.db());
    REQUIRE(repo.create(event(t.db(), QStringLiteral("Silvester-Einsatz"), QDate(2024, 12, 30), QDate(2025, 1, 2))));
    REQUIRE(repo.create(event(t.db(), QStringLiteral("Januar"), QDate(2025, 1, 15))));
    REQUIRE(repo.create(event(t.db(), QStringLiteral("Mai"), QDate(2024, 5, 16))));
    auto in2024 = repo.list(EventFilter{2024, {}, {}, {}});
    auto in2025 = repo.list(EventFilter{2025, {}, {}, {}});
    REQUIRE(in2024->size() == 2);
    REQUIRE(in2025->size() == 2);
    CHECK(in2024->at(0).event.title == QStringLiteral("Mai"));
    CHECK(in2025->at(0).event.title == QStringLiteral("Silvester-Einsatz"));
    CHECK(*repo.years() == QList<int>{2025, 2024});
}

TEST_CASE("Events are filtered by kind, audience and role", "[events]")
{
    test::TempDatabase t;
    EventRepository repo(t.db());
    Event talk = event(t.db(), QStringLiteral("KOMPASS Tagung"), QDate(2024, 11, 5));
    talk.role = EventRole::Speaker;
    talk.audience = Audience::Public;
    REQUIRE(repo.create(talk));
    REQUIRE(repo.create(event(t.db(), QStringLiteral("Workshop Mannheim"), QDate(2024, 2, 15))));
    EventFilter f;
    f.role = EventRole::Speaker;
    CHECK(repo.list(f)->size() == 1);
    f = {};
    f.audience = Audience::Members;
    CHECK(repo.list(f)->first().event.title == QStringLiteral("Workshop Mannheim"));
    f = {};
    f.kindId = kindId(t.db(), QStringLiteral("Webinar"));
    CHECK(repo.list(f)->isEmpty());
}

TEST_CASE("An event is named by UUID or by a title only it has", "[events]")
{
    test::TempDatabase t;
    EventRepository repo(t.db());
    auto a = repo.create(event(t.db(), QStringLiteral("SiBa-Webinar"), QDate(2024, 2, 1)));
    REQUIRE(repo.create(event(t.db(), QStringLiteral("SiBa-Webinar"), QDate(2024, 11, 1))));
    auto unique = repo.create(event(t.db(), QStringLiteral("Studienreise Zürich"), QDate(2024, 7, 4)));
    CHECK(repo.resolve(QStringLiteral("studienreise zurich"))->id == unique->id);
    CHECK(repo.resolve(a->uuid.toString(QUuid::WithoutBraces))->id == a->id);
    auto ambiguous = repo.resolve(QStringLiteral("SiBa-Webinar"));
    REQUIRE_FALSE(ambiguous);
    CHECK(ambiguous.error().message.contains(QStringLiteral("UUID")));
    CHECK_FALSE(repo.resolve(QStringLiteral("Gibt es nicht")));
}

TEST_CASE("A renamed built-in kind is still found by the names the import accepts", "[events]")
{
    test::TempDatabase t;
    EventKindRepository kinds(t.db());
    EventKind ga = kinds.find(QStringLiteral("Mitgliederversammlung"))->value();
    EventKind renamed = ga;
    renamed.nameDe = QStringLiteral("MV");
    renamed.nameEn = QStringLiteral("GA");
    REQUIRE(kinds.update(renamed));
    CHECK(kinds.find(QStringLiteral("Mitgliederversammlung"))->value().id == ga.id);
    CHECK(kinds.find(QStringLiteral("General assembly"))->value().id == ga.id);
    CHECK(kinds.find(QStringLiteral("MV"))->value().id == ga.id);
}

TEST_CASE("Dates of events read as German offices write them", "[events]")
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    Event e;
    e.startDate = QDate(2024, 9, 19);
    e.endDate = QDate(2024, 9, 20);
    CHECK(e.dateText() == QStringLiteral("19.–20.09.2024"));
    e.endDate = QDate(2024, 10, 2);
    CHECK(e.dateText() == QStringLiteral("19.09.–02.10.2024"));
    e.endDate = QDate(2025, 1, 2);
    CHECK(e.dateText() == QStringLiteral("19.09.2024 – 02.01.2025"));
    e.endDate = QDate();
    e.startTime = QTime(14, 0);
    e.endTime = QTime(15, 30);
    CHECK(e.dateText() == QStringLiteral("19.09.2024, 14:00–15:30"));
    QLocale::setDefault(before);
}
