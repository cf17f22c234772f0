// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.hpp"
#include "testdb.h"

#include "members/organisationrepository.h"
#include "people/personrepository.h"

using namespace fd;

namespace {
qint64 makeOrg(Database &db, const QString &name)
{
    OrganisationRepository repo(db);
    Organisation o;
    o.name = name;
    o.joinedOn = QDate(2015, 1, 1);
    auto created = repo.create(o);
    REQUIRE(created);
    return created->id;
}

Person person(const QString &first, const QString &last, const QString &email = QString())
{
    Person p;
    p.firstName = first;
    p.lastName = last;
    p.email = email;
    return p;
}
} // namespace

TEST_CASE("Names are shown with titles and sorted by last name", "[people]")
{
    Person p = person(QStringLiteral("Rita"), QStringLiteral("Haverkamp"));
    p.title = QStringLiteral("Prof. Dr.");
    CHECK(p.fullName() == QStringLiteral("Prof. Dr. Rita Haverkamp"));
    CHECK(p.sortName() == QStringLiteral("Haverkamp, Rita"));

    test::TempDatabase t;
    PersonRepository repo(t.db());
    REQUIRE(repo.create(person(QStringLiteral("Anna"), QStringLiteral("Rau"))));
    REQUIRE(repo.create(person(QStringLiteral("Zoë"), QStringLiteral("Ärger"))));
    REQUIRE(repo.create(person(QStringLiteral("Meike"), QStringLiteral("Hecker"))));
    auto list = repo.list();
    REQUIRE(list);
    REQUIRE(list->size() == 3);
    CHECK(list->at(0).person.lastName == QStringLiteral("Ärger"));
    CHECK(list->at(1).person.lastName == QStringLiteral("Hecker"));
    CHECK(list->at(2).person.lastName == QStringLiteral("Rau"));
}

TEST_CASE("A person needs a last name and a valid e-mail address", "[people]")
{
    test::TempDatabase t;
    PersonRepository repo(t.db());
    auto noName = repo.create(person(QStringLiteral("Anna"), QString()));
    REQUIRE_FALSE(noName);
    CHECK(noName.error().field == QStringLiteral("last_name"));
    auto badMail = repo.create(person(QStringLiteral("Anna"), QStringLiteral("Rau"), QStringLiteral("anna.rau@")));
    REQUIRE_FALSE(badMail);
    CHECK(badMail.error().field == QStringLiteral("email"));
    CHECK(isValidEmail(QStringLiteral("anna.rau@defus.example")));
    CHECK_FALSE(isValidEmail(QStringLiteral("anna rau@defus.example")));
}

TEST_CASE("A staff change keeps the history and the list shows the current contact", "[people]")
{
    test::TempDatabase t;
    const qint64 goettingen = makeOrg(t.db(), QStringLiteral("Göttingen"));
    PersonRepository repo(t.db());
    auto hanna = repo.create(person(QStringLiteral("Hanna"), QStringLiteral("Weißgerber")));
    auto jonas = repo.create(person(QStringLiteral("Jonas"), QStringLiteral("Lindqvist")));
    REQUIRE(hanna);
    REQUIRE(jonas);
    Affiliation old;
    old.personId = hanna->id;
    old.organisationId = goettingen;
    old.jobTitle = QStringLiteral("Präventionsrat");
    old.validFrom = QDate(2020, 1, 1);
    old.validUntil = QDate(2024, 9, 30);
    REQUIRE(repo.createAffiliation(old));
    Affiliation current = old;
    current.personId = jonas->id;
    current.validFrom = QDate(2024, 10, 1);
    current.validUntil = QDate();
    REQUIRE(repo.createAffiliation(current));

    auto inNovember = repo.listItem(hanna->id, QDate(2024, 11, 1));
    REQUIRE(inNovember);
    CHECK(inNovember->current.id == 0);
    auto inMay = repo.listItem(hanna->id, QDate(2024, 5, 1));
    REQUIRE(inMay);
    CHECK(inMay->current.organisationName == QStringLiteral("Göttingen"));
    auto jonasNow = repo.listItem(jonas->id, QDate(2024, 11, 1));
    REQUIRE(jonasNow);
    CHECK(jonasNow->current.jobTitle == QStringLiteral("Präventionsrat"));

    auto atOrg = repo.peopleAt(goettingen);
    REQUIRE(atOrg);
    REQUIRE(atOrg->size() == 2);
    CHECK(atOrg->at(0).person.lastName == QStringLiteral("Lindqvist")); // current first
}

TEST_CASE("An affiliation cannot end before it starts", "[people]")
{
    test::TempDatabase t;
    const qint64 org = makeOrg(t.db(), QStringLiteral("Essen"));
    PersonRepository repo(t.db());
    auto p = repo.create(person(QStringLiteral("A"), QStringLiteral("B")));
    REQUIRE(p);
    Affiliation a;
    a.personId = p->id;
    a.organisationId = org;
    a.validFrom = QDate(2024, 5, 1);
    a.validUntil = QDate(2024, 4, 1);
    auto created = repo.createAffiliation(a);
    REQUIRE_FALSE(created);
    CHECK(created.error().field == QStringLiteral("valid_until"));
}

TEST_CASE("Every change of consent is written to the history with its date", "[people][gdpr]")
{
    test::TempDatabase t;
    PersonRepository repo(t.db());
    Person p = person(QStringLiteral("Anna"), QStringLiteral("Rau"), QStringLiteral("anna.rau@defus.example"));
    p.newsletter = {true, QDate(2024, 1, 15)};
    auto created = repo.create(p);
    REQUIRE(created);
    auto history = repo.consentHistory(created->id);
    REQUIRE(history);
    REQUIRE(history->size() == 1);
    CHECK(history->first().topic == ConsentTopic::Newsletter);
    CHECK(history->first().granted);
    CHECK(history->first().effectiveOn == QDate(2024, 1, 15));

    Person changed = *created;
    changed.newsletter = {false, QDate(2024, 6, 1)};
    changed.photos = {true, QDate(2024, 6, 1)};
    changed.phone = QStringLiteral("0511 1234");
    auto saved = repo.update(changed);
    REQUIRE(saved);
    history = repo.consentHistory(created->id);
    REQUIRE(history);
    CHECK(history->size() == 3);

    // Changing other fields leaves the history alone.
    Person again = *saved;
    again.notes = QStringLiteral("met at the DPT");
    REQUIRE(repo.update(again));
    CHECK(repo.consentHistory(created->id)->size() == 3);
}

TEST_CASE("People are found by e-mail regardless of case and by name at an organisation", "[people]")
{
    test::TempDatabase t;
    const qint64 org = makeOrg(t.db(), QStringLiteral("Köln"));
    PersonRepository repo(t.db());
    auto p = repo.create(person(QStringLiteral("Miriam"), QStringLiteral("Schönfeld"), QStringLiteral("Miriam.Schoenfeld@koeln.example")));
    REQUIRE(p);
    Affiliation a;
    a.personId = p->id;
    a.organisationId = org;
    REQUIRE(repo.createAffiliation(a));
    CHECK(repo.byEmail(QStringLiteral("miriam.schoenfeld@KOELN.example "))->size() == 1);
    CHECK(repo.byNameAt(QStringLiteral("miriam"), QStringLiteral("SCHÖNFELD"), org)->size() == 1);
    CHECK(repo.byNameAt(QStringLiteral("Miriam"), QStringLiteral("Schönfeld"), org + 1)->isEmpty());
}

TEST_CASE("A position ends on the day given, never before it began", "[people]")
{
    Affiliation a;
    a.organisationId = 1;
    a.validFrom = QDate(2026, 11, 26);
    CHECK(a.endedOn(QDate(2026, 12, 31)).validUntil == QDate(2026, 12, 31));
    // Begun today, ended "yesterday" by a staff change: it ends the day it began.
    CHECK(a.endedOn(QDate(2026, 11, 25)).validUntil == QDate(2026, 11, 26));
    CHECK(validate(a.endedOn(QDate(2026, 11, 25))).isEmpty());
    Affiliation open;
    CHECK(open.endedOn(QDate(2026, 1, 1)).validUntil == QDate(2026, 1, 1));
}
