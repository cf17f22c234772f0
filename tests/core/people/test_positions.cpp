// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.hpp"
#include "testdb.h"

#include "common/clock.h"
#include "members/organisationrepository.h"
#include "people/personrepository.h"
#include "people/positions.h"

using namespace fd;

namespace {

// Fixes "today" for one test and gives the real clock back afterwards.
struct FixedDay {
    explicit FixedDay(const QDate &day) { setFixedNow(QDateTime(day, QTime(12, 0), Qt::UTC)); }
    ~FixedDay() { setFixedNow(QDateTime()); }
};

qint64 makeOrg(Database &db, const QString &name)
{
    Organisation o;
    o.name = name;
    o.kind = OrganisationKind::Organisation;
    auto created = OrganisationRepository(db).create(o);
    REQUIRE(created);
    return created->id;
}

struct Staff {
    qint64 augsburg = 0;
    qint64 nuernberg = 0;
    qint64 personId = 0;
    Affiliation current;
};

// Sabine Krüger, at Augsburg since `since`.
Staff staff(Database &db, const QDate &since)
{
    Staff s;
    s.augsburg = makeOrg(db, QStringLiteral("Augsburg"));
    s.nuernberg = makeOrg(db, QStringLiteral("Nürnberg"));
    PersonRepository repo(db);
    Person p;
    p.firstName = QStringLiteral("Sabine");
    p.lastName = QStringLiteral("Krüger");
    auto person = repo.create(p);
    REQUIRE(person);
    s.personId = person->id;
    Affiliation a;
    a.personId = s.personId;
    a.organisationId = s.augsburg;
    a.jobTitle = QStringLiteral("Kommunale Prävention");
    a.validFrom = since;
    auto created = repo.createAffiliation(a);
    REQUIRE(created);
    s.current = *created;
    return s;
}

Affiliation at(const Staff &s, qint64 organisationId, const QString &jobTitle = QStringLiteral("Kommunale Prävention"))
{
    Affiliation wanted = s.current;
    wanted.organisationId = organisationId;
    wanted.jobTitle = jobTitle;
    return wanted;
}

} // namespace

TEST_CASE("A staff change ends the old position yesterday, begins the new one today and keeps the history", "[people][positions]")
{
    const FixedDay day(QDate(2026, 3, 10));
    test::TempDatabase t;
    const Staff s = staff(t.db(), QDate(2021, 4, 1));

    auto written = Positions(t.db()).setOrganisation(s.current, at(s, s.nuernberg));
    REQUIRE(written);
    CHECK(written->size() == 2);

    const QList<Affiliation> history = *PersonRepository(t.db()).affiliations(s.personId);
    REQUIRE(history.size() == 2);
    CHECK(history.at(0).organisationId == s.nuernberg);
    CHECK(history.at(0).validFrom == QDate(2026, 3, 10));
    CHECK_FALSE(history.at(0).validUntil.isValid());
    CHECK(history.at(0).jobTitle == QStringLiteral("Kommunale Prävention"));
    CHECK(history.at(1).id == s.current.id);
    CHECK(history.at(1).organisationId == s.augsburg);
    CHECK(history.at(1).validFrom == QDate(2021, 4, 1));
    CHECK(history.at(1).validUntil == QDate(2026, 3, 9));
    CHECK(PersonRepository(t.db()).listItem(s.personId)->current.organisationId == s.nuernberg);
}

TEST_CASE("A position begun today is corrected, not ended, when another organisation is chosen", "[people][positions]")
{
    const FixedDay day(QDate(2026, 3, 10));
    test::TempDatabase t;
    const Staff s = staff(t.db(), QDate(2026, 3, 10));

    auto written = Positions(t.db()).setOrganisation(s.current, at(s, s.nuernberg));
    REQUIRE(written);
    REQUIRE(written->size() == 1);
    CHECK_FALSE(written->first().creates());

    const QList<Affiliation> history = *PersonRepository(t.db()).affiliations(s.personId);
    REQUIRE(history.size() == 1);
    CHECK(history.at(0).id == s.current.id);
    CHECK(history.at(0).organisationId == s.nuernberg);
    CHECK(history.at(0).validFrom == QDate(2026, 3, 10));
    CHECK_FALSE(history.at(0).validUntil.isValid());
}

TEST_CASE("A new job title at the same organisation corrects the current position", "[people][positions]")
{
    const FixedDay day(QDate(2026, 3, 10));
    test::TempDatabase t;
    const Staff s = staff(t.db(), QDate(2021, 4, 1));

    REQUIRE(Positions(t.db()).setOrganisation(s.current, at(s, s.augsburg, QStringLiteral("Leiterin Ordnungsamt"))));
    const QList<Affiliation> history = *PersonRepository(t.db()).affiliations(s.personId);
    REQUIRE(history.size() == 1);
    CHECK(history.at(0).jobTitle == QStringLiteral("Leiterin Ordnungsamt"));
    CHECK(history.at(0).validFrom == QDate(2021, 4, 1));
    // Nothing that differs: nothing to write.
    CHECK(Positions::planOrganisation(history.at(0), history.at(0))->isEmpty());
}

TEST_CASE("Clearing the organisation ends the current position today and keeps it", "[people][positions]")
{
    const FixedDay day(QDate(2026, 3, 10));
    test::TempDatabase t;
    const Staff s = staff(t.db(), QDate(2021, 4, 1));

    REQUIRE(Positions(t.db()).setOrganisation(s.current, at(s, 0)));
    const QList<Affiliation> history = *PersonRepository(t.db()).affiliations(s.personId);
    REQUIRE(history.size() == 1);
    CHECK(history.at(0).organisationId == s.augsburg);
    CHECK(history.at(0).validUntil == QDate(2026, 3, 10));
    CHECK(PersonRepository(t.db()).listItem(s.personId, QDate(2026, 3, 11))->current.id == 0);
}

TEST_CASE("Someone without a position gets one at the organisation chosen", "[people][positions]")
{
    test::TempDatabase t;
    const qint64 kassel = makeOrg(t.db(), QStringLiteral("Kassel"));
    Person p;
    p.lastName = QStringLiteral("Weiß");
    const qint64 personId = PersonRepository(t.db()).create(p)->id;
    Affiliation wanted;
    wanted.personId = personId;
    wanted.organisationId = kassel;
    wanted.jobTitle = QStringLiteral("Ordnungsamt");

    auto written = Positions(t.db()).setOrganisation(Affiliation(), wanted);
    REQUIRE(written);
    REQUIRE(written->size() == 1);
    CHECK(written->first().creates());
    const QList<Affiliation> history = *PersonRepository(t.db()).affiliations(personId);
    REQUIRE(history.size() == 1);
    CHECK(history.at(0).organisationId == kassel);
    CHECK(Positions::planOrganisation(Affiliation(), Affiliation())->isEmpty());
}

TEST_CASE("A new position that begins before the current one began is refused, naming valid_from", "[people][positions]")
{
    const FixedDay day(QDate(2026, 3, 10));
    test::TempDatabase t;
    const Staff s = staff(t.db(), QDate(2024, 6, 1));
    Affiliation next = at(s, s.nuernberg);
    next.id = 0;

    for (const QDate &begins : {QDate(2024, 5, 31), QDate(2024, 6, 1)}) {
        next.validFrom = begins;
        auto refused = Positions(t.db()).newPosition(s.current, next);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == Error::Code::Validation);
        CHECK(refused.error().field == QStringLiteral("valid_from"));
    }
    const QList<Affiliation> history = *PersonRepository(t.db()).affiliations(s.personId);
    REQUIRE(history.size() == 1);
    CHECK_FALSE(history.at(0).validUntil.isValid());
}

TEST_CASE("A new position ends the current one the day before it begins and keeps the history", "[people][positions]")
{
    const FixedDay day(QDate(2026, 3, 10));
    test::TempDatabase t;
    const Staff s = staff(t.db(), QDate(2024, 6, 1));
    Affiliation next = at(s, s.nuernberg, QStringLiteral("Präventionsrat"));
    next.id = 0;
    next.validFrom = QDate(2026, 4, 1);

    REQUIRE(Positions(t.db()).newPosition(s.current, next));
    const QList<Affiliation> history = *PersonRepository(t.db()).affiliations(s.personId);
    REQUIRE(history.size() == 2);
    const Affiliation &old = history.at(0).id == s.current.id ? history.at(0) : history.at(1);
    const Affiliation &started = history.at(0).id == s.current.id ? history.at(1) : history.at(0);
    CHECK(old.validUntil == QDate(2026, 3, 31));
    CHECK(started.organisationId == s.nuernberg);
    CHECK(started.validFrom == QDate(2026, 4, 1));
    CHECK(started.jobTitle == QStringLiteral("Präventionsrat"));

    // Without a start, the new position ends the current one today.
    Affiliation undated = at(s, s.augsburg);
    undated.id = 0;
    undated.validFrom = QDate();
    auto steps = Positions::planNewPosition(s.current, undated);
    REQUIRE(steps);
    REQUIRE(steps->size() == 2);
    CHECK(steps->at(0).after.validUntil == QDate(2026, 3, 10));
}

TEST_CASE("A staff change is written whole or not at all", "[people][positions]")
{
    const FixedDay day(QDate(2026, 3, 10));
    test::TempDatabase t;
    const Staff s = staff(t.db(), QDate(2021, 4, 1));

    // An organisation that does not exist: the new position cannot be written,
    // so the old one must not end either.
    auto failed = Positions(t.db()).setOrganisation(s.current, at(s, s.nuernberg + 1000));
    REQUIRE_FALSE(failed);
    const QList<Affiliation> history = *PersonRepository(t.db()).affiliations(s.personId);
    REQUIRE(history.size() == 1);
    CHECK_FALSE(history.at(0).validUntil.isValid());
    CHECK(history.at(0).rowVersion == s.current.rowVersion);
}
