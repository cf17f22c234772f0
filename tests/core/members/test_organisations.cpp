// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.hpp"
#include "testdb.h"

#include "db/notifier.h"
#include "db/rowsnapshot.h"
#include "events/eventrepository.h"
#include "members/organisationrepository.h"
#include "people/personrepository.h"

#include <QSignalSpy>

using namespace fd;

namespace {
Organisation city(const QString &name, const QDate &joined = QDate(2015, 1, 1))
{
    Organisation o;
    o.name = name;
    o.kind = OrganisationKind::City;
    o.state = QStringLiteral("Nordrhein-Westfalen");
    o.country = QStringLiteral("DE");
    o.joinedOn = joined;
    return o;
}
} // namespace

TEST_CASE("Membership counts from the joining day to the leaving day", "[members]")
{
    Organisation kl = city(QStringLiteral("Kaiserslautern"), QDate(2025, 1, 1));
    CHECK_FALSE(kl.isMemberDuring(2024));
    CHECK(kl.isMemberDuring(2025));
    CHECK_FALSE(kl.isMemberOn(QDate(2024, 12, 31)));
    CHECK(kl.isMemberOn(QDate(2025, 1, 1)));

    Organisation left = city(QStringLiteral("X"), QDate(2015, 1, 1));
    left.leftOn = QDate(2023, 12, 31);
    CHECK(left.isMemberDuring(2023));
    CHECK_FALSE(left.isMemberDuring(2024));
    CHECK(membershipStatus(left, QDate(2024, 6, 1)) == MembershipStatus::Former);
    CHECK(membershipStatus(kl, QDate(2024, 6, 1)) == MembershipStatus::Future);

    Organisation partner;
    partner.name = QStringLiteral("Difu");
    partner.kind = OrganisationKind::Organisation;
    CHECK_FALSE(partner.isMember());
    CHECK(membershipStatus(partner, QDate(2024, 6, 1)) == MembershipStatus::NotMember);
}

TEST_CASE("Only members of a year are listed for that year", "[members]")
{
    test::TempDatabase t;
    OrganisationRepository repo(t.db());
    REQUIRE(repo.create(city(QStringLiteral("Essen"), QDate(2011, 6, 1))));
    REQUIRE(repo.create(city(QStringLiteral("Kaiserslautern"), QDate(2025, 1, 1))));
    Organisation gone = city(QStringLiteral("Altstadt"), QDate(2012, 1, 1));
    gone.leftOn = QDate(2023, 6, 30);
    REQUIRE(repo.create(gone));
    auto in2024 = repo.membersDuring(2024);
    REQUIRE(in2024);
    REQUIRE(in2024->size() == 1);
    CHECK(in2024->first().name == QStringLiteral("Essen"));
    auto in2025 = repo.membersDuring(2025);
    REQUIRE(in2025);
    CHECK(in2025->size() == 2);
}

TEST_CASE("An organisation is created with a UUID, timestamps and version 1, and read back", "[members]")
{
    test::TempDatabase t;
    OrganisationRepository repo(t.db());
    QSignalSpy spy(t->notifier(), &Notifier::changed);
    Organisation o = city(QStringLiteral("  Köln "));
    o.website = QStringLiteral("https://www.stadt-koeln.de");
    auto created = repo.create(o);
    REQUIRE(created);
    CHECK(created->id > 0);
    CHECK_FALSE(created->uuid.isNull());
    CHECK(created->rowVersion == 1);
    CHECK(created->createdAt.isValid());
    CHECK(created->name == QStringLiteral("Köln"));
    CHECK(spy.count() == 1);

    auto read = repo.byUuid(created->uuid);
    REQUIRE(read);
    CHECK(read->sameContent(*created));
    CHECK(read->createdAt == created->createdAt);
    auto found = repo.findByName(QStringLiteral("stadt KÖLN"));
    REQUIRE(found);
    REQUIRE(found->has_value());
    CHECK(found->value().id == created->id);
}

TEST_CASE("Invalid organisations are refused with a message per field", "[members]")
{
    test::TempDatabase t;
    OrganisationRepository repo(t.db());
    Organisation o = city(QString());
    o.joinedOn = QDate(2020, 1, 1);
    o.leftOn = QDate(2019, 1, 1);
    o.website = QStringLiteral("not a website");
    const FieldErrors errors = validate(o);
    QStringList fields;
    for (const FieldError &e : errors)
        fields << e.field;
    CHECK(fields.contains(QStringLiteral("name")));
    CHECK(fields.contains(QStringLiteral("left_on")));
    CHECK(fields.contains(QStringLiteral("website")));
    auto created = repo.create(o);
    REQUIRE_FALSE(created);
    CHECK(created.error().code == Error::Code::Validation);
    CHECK(test::scalar(t.db(), QStringLiteral("SELECT count(*) FROM organisations")).toInt() == 0);
}

TEST_CASE("Two organisations cannot share a name, whatever the case or accents", "[members]")
{
    test::TempDatabase t;
    OrganisationRepository repo(t.db());
    REQUIRE(repo.create(city(QStringLiteral("Göttingen"))));
    auto dup = repo.create(city(QStringLiteral("GÖTTINGEN")));
    REQUIRE_FALSE(dup);
    CHECK(dup.error().code == Error::Code::Duplicate);
}

TEST_CASE("An update with a stale row version is refused, and nothing is overwritten", "[members]")
{
    test::TempDatabase t;
    OrganisationRepository repo(t.db());
    auto created = repo.create(city(QStringLiteral("Essen")));
    REQUIRE(created);

    Organisation mine = *created;
    Organisation theirs = *created;
    theirs.notes = QStringLiteral("changed elsewhere");
    auto saved = repo.update(theirs);
    REQUIRE(saved);
    CHECK(saved->rowVersion == 2);

    mine.notes = QStringLiteral("my change");
    auto conflict = repo.update(mine);
    REQUIRE_FALSE(conflict);
    CHECK(conflict.error().code == Error::Code::Conflict);
    auto now = repo.byId(created->id);
    REQUIRE(now);
    CHECK(now->notes == QStringLiteral("changed elsewhere"));
}

TEST_CASE("Deleting an organisation takes its fees and affiliations, and a snapshot brings all back", "[members]")
{
    test::TempDatabase t;
    OrganisationRepository orgs(t.db());
    PersonRepository people(t.db());
    auto essen = orgs.create(city(QStringLiteral("Essen")));
    REQUIRE(essen);
    MembershipFee fee;
    fee.organisationId = essen->id;
    fee.year = 2024;
    fee.amountCents = 300000;
    fee.paidOn = QDate(2024, 3, 1);
    REQUIRE(orgs.createFee(fee));
    Person p;
    p.firstName = QStringLiteral("Christian");
    p.lastName = QStringLiteral("Kromberg");
    auto person = people.create(p);
    REQUIRE(person);
    Affiliation a;
    a.personId = person->id;
    a.organisationId = essen->id;
    a.jobTitle = QStringLiteral("Beigeordneter");
    REQUIRE(people.createAffiliation(a));
    CHECK(*orgs.affiliationCount(essen->id) == 1);

    auto snapshot = captureRows(t.db(), QStringLiteral("organisations"), {essen->id});
    REQUIRE(snapshot);
    CHECK(snapshot->rowCount(QStringLiteral("membership_fees")) == 1);
    CHECK(snapshot->rowCount(QStringLiteral("affiliations")) == 1);

    REQUIRE(orgs.remove(essen->id, essen->rowVersion));
    CHECK(test::scalar(t.db(), QStringLiteral("SELECT count(*) FROM affiliations")).toInt() == 0);
    CHECK(test::scalar(t.db(), QStringLiteral("SELECT count(*) FROM membership_fees")).toInt() == 0);
    CHECK(test::scalar(t.db(), QStringLiteral("SELECT count(*) FROM people")).toInt() == 1);

    REQUIRE(restoreRows(t.db(), *snapshot));
    auto back = orgs.byId(essen->id);
    REQUIRE(back);
    CHECK(back->uuid == essen->uuid);
    CHECK(back->sameContent(*essen));
    auto fees = orgs.fees(essen->id);
    REQUIRE(fees);
    REQUIRE(fees->size() == 1);
    CHECK(fees->first().amountCents == 300000);
    auto item = people.listItem(person->id);
    REQUIRE(item);
    CHECK(item->current.organisationName == QStringLiteral("Essen"));
}

TEST_CASE("One fee per member and year, with its payment date", "[members]")
{
    test::TempDatabase t;
    OrganisationRepository repo(t.db());
    auto essen = repo.create(city(QStringLiteral("Essen")));
    REQUIRE(essen);
    MembershipFee fee;
    fee.organisationId = essen->id;
    fee.year = 2024;
    fee.amountCents = 250000;
    auto created = repo.createFee(fee);
    REQUIRE(created);
    CHECK_FALSE(created->isPaid());
    auto again = repo.createFee(fee);
    REQUIRE_FALSE(again);
    CHECK(again.error().code == Error::Code::Duplicate);

    MembershipFee paid = *created;
    paid.paidOn = QDate(2024, 4, 2);
    auto updated = repo.updateFee(paid);
    REQUIRE(updated);
    auto year = repo.feesForYear(2024);
    REQUIRE(year);
    REQUIRE(year->size() == 1);
    CHECK(year->first().paidOn == QDate(2024, 4, 2));

    // Moving another year's fee onto 2024 is refused the same way, naming the year field.
    MembershipFee next = fee;
    next.year = 2025;
    auto fee2025 = repo.createFee(next);
    REQUIRE(fee2025);
    MembershipFee moved = *fee2025;
    moved.year = 2024;
    auto clash = repo.updateFee(moved);
    REQUIRE_FALSE(clash);
    CHECK(clash.error().code == Error::Code::Duplicate);
    CHECK(clash.error().field == QStringLiteral("year"));
}

TEST_CASE("Money is read as German offices write it", "[members]")
{
    CHECK(parseMoney(QStringLiteral("1.250,00 €")) == 125000);
    CHECK(parseMoney(QStringLiteral("1250")) == 125000);
    CHECK(parseMoney(QStringLiteral("1250,5")) == 125050);
    CHECK(parseMoney(QStringLiteral("1.250")) == 125000);
    CHECK(parseMoney(QStringLiteral("12.50")) == 1250);
    CHECK_FALSE(parseMoney(QStringLiteral("zwölf")).has_value());
    CHECK_FALSE(parseMoney(QStringLiteral("-5")).has_value());
}

TEST_CASE("Text with quotes and SQL in it is stored as text", "[members]")
{
    test::TempDatabase t;
    OrganisationRepository repo(t.db());
    Organisation o = city(QStringLiteral("Robert'); DROP TABLE organisations;--"));
    auto created = repo.create(o);
    REQUIRE(created);
    auto back = repo.byId(created->id);
    REQUIRE(back);
    CHECK(back->name == o.name);
    CHECK(test::scalar(t.db(), QStringLiteral("SELECT count(*) FROM organisations")).toInt() == 1);
}

TEST_CASE("Undoing the deletion of a funder gives its events their funder back", "[members][undo]")
{
    test::TempDatabase t;
    OrganisationRepository orgs(t.db());
    auto essen = orgs.create(city(QStringLiteral("Essen")));
    REQUIRE(essen);
    Event e;
    e.title = QStringLiteral("Fachtagung Digitalisierung der Sexarbeit");
    e.kindId = EventKindRepository(t.db()).find(QStringLiteral("Fachtagung"))->value().id;
    e.startDate = QDate(2024, 9, 12);
    e.funderId = essen->id;
    auto event = EventRepository(t.db()).create(e);
    REQUIRE(event);
    auto snapshot = captureRows(t.db(), QStringLiteral("organisations"), {essen->id});
    REQUIRE(snapshot);
    QList<qint64> eventsChanged;
    QObject::connect(t->notifier(), &Notifier::changed, [&](Entity entity, ChangeKind kind, const QList<qint64> &ids) {
        if (entity == Entity::Event && kind == ChangeKind::Changed)
            eventsChanged += ids;
    });
    REQUIRE(deleteRows(t.db(), *snapshot));
    CHECK(EventRepository(t.db()).byId(event->id)->funderId == 0);
    // The event lost its funder: an open editor and the events table hear of it.
    CHECK(eventsChanged == QList<qint64>{event->id});
    REQUIRE(restoreRows(t.db(), *snapshot));
    CHECK(EventRepository(t.db()).byId(event->id)->funderId == essen->id);
    CHECK(eventsChanged == (QList<qint64>{event->id, event->id}));
}

TEST_CASE("Saving an organisation tells which columns changed, and only its version for an unchanged save", "[organisations][notify]")
{
    test::TempDatabase t;
    OrganisationRepository repo(t.db());
    Organisation o;
    o.name = QStringLiteral("Göttingen");
    o.kind = OrganisationKind::City;
    auto created = repo.create(o);
    REQUIRE(created);
    QSignalSpy spy(t->notifier(), &Notifier::changed);

    Organisation noted = *created;
    noted.notes = QStringLiteral("Neue Leitung im Ordnungsamt.");
    auto saved = repo.update(noted);
    REQUIRE(saved);
    REQUIRE(spy.count() == 1);
    CHECK(spy.at(0).at(3).toStringList() == QStringList{QStringLiteral("notes")});

    Organisation renamed = *saved;
    renamed.name = QStringLiteral("Stadt Göttingen");
    renamed.website = QStringLiteral("https://www.goettingen.de");
    REQUIRE(repo.update(renamed));
    REQUIRE(spy.count() == 2);
    // The derived sort key changes with the name, and says so.
    CHECK(spy.at(1).at(3).toStringList() == QStringList{QStringLiteral("name"), QStringLiteral("name_key"), QStringLiteral("website")});

    auto current = repo.byId(created->id);
    REQUIRE(current);
    REQUIRE(repo.update(*current));
    REQUIRE(spy.count() == 3);
    CHECK(spy.at(2).at(3).toStringList() == QStringList{QStringLiteral("row_version")});
}
