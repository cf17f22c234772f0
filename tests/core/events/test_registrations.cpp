// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.hpp"
#include "testdb.h"

#include "db/rowsnapshot.h"
#include "events/eventrepository.h"
#include "events/peopledeletion.h"
#include "events/registrationrepository.h"
#include "people/personrepository.h"

#include <QTimeZone>

using namespace fd;

namespace {

struct Fixture {
    test::TempDatabase t;
    qint64 eventId = 0;
    QList<qint64> people;

    explicit Fixture(std::optional<int> capacity, int persons = 6)
    {
        Event e;
        e.title = QStringLiteral("SiBa-Workshop Toleranz und Sicherheit");
        e.kindId = EventKindRepository(t.db()).find(QStringLiteral("Workshop"))->value().id;
        e.startDate = QDate(2024, 4, 18);
        e.capacity = capacity;
        auto created = EventRepository(t.db()).create(e);
        REQUIRE(created);
        eventId = created->id;
        PersonRepository repo(t.db());
        for (int i = 0; i < persons; ++i) {
            Person p;
            p.firstName = QStringLiteral("Person");
            p.lastName = QStringLiteral("Nr. %1").arg(i + 1);
            auto person = repo.create(p);
            REQUIRE(person);
            people << person->id;
        }
    }

    RegistrationOutcome add(int person, int minute = 0, std::optional<RegistrationStatus> status = std::nullopt)
    {
        RegistrationRequest r;
        r.eventId = eventId;
        r.personId = people.at(person);
        r.registeredAt = QDateTime(QDate(2024, 3, 1), QTime(9, minute), QTimeZone::utc());
        r.status = status;
        auto outcome = RegistrationRepository(t.db()).add(r);
        REQUIRE(outcome);
        return *outcome;
    }

    RegistrationCounts counts() { return *EventRepository(t.db()).counts(eventId); }
};

} // namespace

TEST_CASE("Past the capacity, new registrations go to the waitlist in order", "[registrations]")
{
    Fixture f(2);
    CHECK_FALSE(f.add(0, 1).waitlisted);
    CHECK_FALSE(f.add(1, 2).waitlisted);
    const RegistrationOutcome third = f.add(2, 3);
    CHECK(third.waitlisted);
    CHECK(third.waitlistPosition == 1);
    CHECK(third.registration.status == RegistrationStatus::Waitlisted);
    const RegistrationOutcome fourth = f.add(3, 4);
    CHECK(fourth.waitlistPosition == 2);
    CHECK(f.counts().registered == 2);
    CHECK(f.counts().waitlisted == 2);
    auto queue = RegistrationRepository(f.t.db()).waitlist(f.eventId);
    CHECK(queue->at(0).personId == f.people.at(2));
    CHECK(queue->at(1).personId == f.people.at(3));
}

TEST_CASE("The waitlist follows the time of registration, not the order of entry", "[registrations]")
{
    Fixture f(1);
    f.add(0, 1);
    f.add(1, 30); // called at 9:30, entered first
    f.add(2, 10); // called at 9:10, entered later
    auto queue = RegistrationRepository(f.t.db()).waitlist(f.eventId);
    REQUIRE(queue->size() == 2);
    CHECK(queue->at(0).personId == f.people.at(2));
}

TEST_CASE("A cancellation promotes the first person on the waitlist", "[registrations]")
{
    Fixture f(2);
    const Registration first = f.add(0, 1).registration;
    f.add(1, 2);
    f.add(2, 3);
    f.add(3, 4);
    RegistrationRepository repo(f.t.db());
    auto change = repo.setStatus(first.id, first.rowVersion, RegistrationStatus::Cancelled);
    REQUIRE(change);
    CHECK(change->changed.status == RegistrationStatus::Cancelled);
    REQUIRE(change->promoted.has_value());
    CHECK(change->promoted->personId == f.people.at(2));
    CHECK(change->promoted->status == RegistrationStatus::Registered);
    CHECK(f.counts().registered == 2);
    CHECK(f.counts().waitlisted == 1);
    CHECK(f.counts().cancelled == 1);
}

TEST_CASE("Without promotion a cancellation leaves the place free for the office to decide", "[registrations]")
{
    Fixture f(1);
    const Registration first = f.add(0, 1).registration;
    const Registration waiting = f.add(1, 2).registration;
    RegistrationRepository repo(f.t.db());
    auto change = repo.setStatus(first.id, first.rowVersion, RegistrationStatus::Cancelled, Promotion::None);
    REQUIRE(change);
    CHECK_FALSE(change->promoted.has_value());
    CHECK(*repo.freeSeats(f.eventId) == std::optional<int>(1));
    // Moving up by hand now works, because a place is free.
    auto moved = repo.setStatus(waiting.id, waiting.rowVersion, RegistrationStatus::Registered);
    REQUIRE(moved);
    CHECK(moved->changed.status == RegistrationStatus::Registered);
}

TEST_CASE("Nobody moves off the waitlist into a full event", "[registrations]")
{
    Fixture f(1);
    f.add(0, 1);
    const Registration waiting = f.add(1, 2).registration;
    auto refused = RegistrationRepository(f.t.db()).setStatus(waiting.id, waiting.rowVersion, RegistrationStatus::Registered);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("full")));
    CHECK(f.counts().waitlisted == 1);
}

TEST_CASE("A person cannot be registered twice for one event", "[registrations]")
{
    Fixture f(std::nullopt);
    f.add(0);
    RegistrationRequest again;
    again.eventId = f.eventId;
    again.personId = f.people.at(0);
    auto dup = RegistrationRepository(f.t.db()).add(again);
    REQUIRE_FALSE(dup);
    CHECK(dup.error().code == Error::Code::Duplicate);
    CHECK(dup.error().message.contains(QStringLiteral("already registered")));
    CHECK(f.counts().total() == 1);
}

TEST_CASE("Raising the capacity moves the waitlist up in order", "[registrations]")
{
    Fixture f(1);
    f.add(0, 1);
    f.add(1, 2);
    f.add(2, 3);
    f.add(3, 4);
    EventRepository events(f.t.db());
    Event e = *events.byId(f.eventId);
    e.capacity = 3;
    REQUIRE(events.update(e));
    auto promoted = RegistrationRepository(f.t.db()).promoteWaitlisted(f.eventId);
    REQUIRE(promoted);
    REQUIRE(promoted->size() == 2);
    CHECK(promoted->at(0).personId == f.people.at(1));
    CHECK(promoted->at(1).personId == f.people.at(2));
    CHECK(f.counts().waitlisted == 1);
}

TEST_CASE("Walk-ins are checked in even when the event is full", "[registrations]")
{
    Fixture f(1);
    f.add(0, 1);
    const RegistrationOutcome walkIn = f.add(1, 2, RegistrationStatus::Attended);
    CHECK_FALSE(walkIn.waitlisted);
    CHECK(walkIn.registration.status == RegistrationStatus::Attended);
    CHECK(f.counts().seatsTaken() == 2);
}

TEST_CASE("Closed registration is refused unless the office confirms", "[registrations]")
{
    Fixture f(std::nullopt);
    EventRepository events(f.t.db());
    Event e = *events.byId(f.eventId);
    e.registrationOpen = false;
    REQUIRE(events.update(e));
    RegistrationRequest r;
    r.eventId = f.eventId;
    r.personId = f.people.at(0);
    auto refused = RegistrationRepository(f.t.db()).add(r);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("closed")));
    r.evenIfClosed = true;
    CHECK(RegistrationRepository(f.t.db()).add(r));
}

TEST_CASE("Participants are counted from attendance, or the reported number where none was taken", "[registrations]")
{
    Fixture f(std::nullopt);
    EventRepository events(f.t.db());
    Event e = *events.byId(f.eventId);
    e.reportedParticipants = 30;
    REQUIRE(events.update(e));
    CHECK(events.listItem(f.eventId)->participants() == std::optional<int>(30));
    f.add(0, 1, RegistrationStatus::Attended);
    f.add(1, 2, RegistrationStatus::Attended);
    f.add(2, 3);
    CHECK(events.listItem(f.eventId)->participants() == std::optional<int>(2));
}

TEST_CASE("A cancellation with promotion is undone and redone as one step", "[registrations][undo]")
{
    Fixture f(1);
    const Registration first = f.add(0, 1).registration;
    f.add(1, 2);
    auto before = captureScope(f.t.db(), QStringLiteral("registrations"), QStringLiteral("event_id"), f.eventId);
    REQUIRE(before);
    RegistrationRepository repo(f.t.db());
    REQUIRE(repo.setStatus(first.id, first.rowVersion, RegistrationStatus::Cancelled));
    auto after = captureScope(f.t.db(), QStringLiteral("registrations"), QStringLiteral("event_id"), f.eventId);
    REQUIRE(after);

    REQUIRE(replaceScope(f.t.db(), QStringLiteral("registrations"), QStringLiteral("event_id"), f.eventId, *after, *before));
    CHECK(f.counts().registered == 1);
    CHECK(f.counts().waitlisted == 1);
    CHECK(repo.byId(first.id)->status == RegistrationStatus::Registered);

    REQUIRE(replaceScope(f.t.db(), QStringLiteral("registrations"), QStringLiteral("event_id"), f.eventId, *before, *after));
    CHECK(f.counts().cancelled == 1);
    CHECK(f.counts().registered == 1);

    // Someone changed a registration meanwhile: undo refuses instead of overwriting.
    const Registration promoted = repo.find(f.eventId, f.people.at(1))->value();
    REQUIRE(repo.setStatus(promoted.id, promoted.rowVersion, RegistrationStatus::Attended));
    auto conflict = replaceScope(f.t.db(), QStringLiteral("registrations"), QStringLiteral("event_id"), f.eventId, *after, *before);
    REQUIRE_FALSE(conflict);
    CHECK(conflict.error().code == Error::Code::Conflict);
    CHECK(f.counts().attended == 1);
}

TEST_CASE("Deleting a person removes their registrations and frees the place", "[registrations]")
{
    Fixture f(1);
    const Registration first = f.add(0, 1).registration;
    f.add(1, 2);
    Person p = *PersonRepository(f.t.db()).byId(f.people.at(0));
    REQUIRE(PersonRepository(f.t.db()).remove(p.id, p.rowVersion));
    CHECK(f.counts().total() == 1);
    CHECK(*RegistrationRepository(f.t.db()).freeSeats(f.eventId) == std::optional<int>(1));
    Q_UNUSED(first);
}

TEST_CASE("Someone who cancelled and registers again queues behind those waiting", "[registrations]")
{
    Fixture f(1);
    const Registration first = f.add(0, 1).registration;
    f.add(1, 2); // waiting
    RegistrationRepository repo(f.t.db());
    REQUIRE(repo.setStatus(first.id, first.rowVersion, RegistrationStatus::Cancelled, Promotion::FromWaitlist));
    const Registration cancelled = *repo.byId(first.id);
    auto again = repo.setStatus(cancelled.id, cancelled.rowVersion, RegistrationStatus::Registered);
    REQUIRE(again);
    CHECK(again->waitlisted);
    CHECK(again->changed.status == RegistrationStatus::Waitlisted);
    CHECK(f.counts().seatsTaken() == 1); // never more than the capacity
}

TEST_CASE("A place left free goes to those waiting, not to a newcomer", "[registrations]")
{
    Fixture f(1);
    const Registration first = f.add(0, 1).registration;
    const Registration waiting = f.add(1, 2).registration;
    RegistrationRepository repo(f.t.db());
    REQUIRE(repo.setStatus(first.id, first.rowVersion, RegistrationStatus::Cancelled, Promotion::None));
    const RegistrationOutcome newcomer = f.add(2, 3);
    CHECK(newcomer.waitlisted);
    CHECK(newcomer.waitlistPosition == 2);
    CHECK(repo.byId(waiting.id)->status == RegistrationStatus::Waitlisted);
    auto promoted = repo.promoteWaitlisted(f.eventId);
    REQUIRE(promoted);
    REQUIRE(promoted->size() == 1);
    CHECK(promoted->first().id == waiting.id);
}

TEST_CASE("A walk-in from the waitlist is checked in, and taking it back returns them to their place", "[registrations]")
{
    Fixture f(1);
    f.add(0, 1);
    const Registration second = f.add(1, 2).registration;
    f.add(2, 3);
    RegistrationRepository repo(f.t.db());
    auto in = repo.setStatus(second.id, second.rowVersion, RegistrationStatus::Attended);
    REQUIRE(in);
    CHECK(in->changed.status == RegistrationStatus::Attended);
    auto back = repo.setStatus(in->changed.id, in->changed.rowVersion, RegistrationStatus::Registered);
    REQUIRE(back);
    CHECK(back->changed.status == RegistrationStatus::Waitlisted);
    CHECK(repo.waitlist(f.eventId)->first().id == second.id);
    CHECK(f.counts().seatsTaken() == 1);
}

TEST_CASE("Moving someone to the waitlist by hand puts them at its end and moves the first up", "[registrations]")
{
    Fixture f(1);
    const Registration first = f.add(0, 1).registration;
    const Registration waiting = f.add(1, 2).registration;
    RegistrationRepository repo(f.t.db());
    auto moved = repo.setStatus(first.id, first.rowVersion, RegistrationStatus::Waitlisted);
    REQUIRE(moved);
    REQUIRE(moved->promoted.has_value());
    CHECK(moved->promoted->id == waiting.id);
    CHECK(repo.waitlist(f.eventId)->first().id == first.id);
    CHECK(f.counts().registered == 1);
}

TEST_CASE("Deleting a registration made by mistake gives its place to the first waiting", "[registrations]")
{
    Fixture f(1);
    const Registration first = f.add(0, 1).registration;
    const Registration waiting = f.add(1, 2).registration;
    auto removed = RegistrationRepository(f.t.db()).remove(first.id, first.rowVersion);
    REQUIRE(removed);
    REQUIRE(removed->has_value());
    CHECK(removed->value().id == waiting.id);
    CHECK(f.counts().registered == 1);
    CHECK(f.counts().waitlisted == 0);
}

TEST_CASE("Who would move up is asked of the core, without writing, and only if a place really frees", "[registrations]")
{
    Fixture f(2);
    const RegistrationOutcome first = f.add(0, 1);
    f.add(1, 2);
    const RegistrationOutcome waiting = f.add(2, 3);
    RegistrationRepository repo(f.t.db());
    auto next = repo.nextToMoveUp(first.registration);
    REQUIRE(next);
    REQUIRE(next->has_value());
    CHECK(next->value().id == waiting.registration.id);
    CHECK(f.counts().waitlisted == 1); // asked only
    CHECK(*repo.movableNow(f.eventId) == 0);

    // Over capacity (the limit lowered to 1): one leaving frees no place.
    Event e = *EventRepository(f.t.db()).byId(f.eventId);
    e.capacity = 1;
    REQUIRE(EventRepository(f.t.db()).update(e));
    auto none = repo.nextToMoveUp(first.registration);
    REQUIRE(none);
    CHECK_FALSE(none->has_value());
    // Someone waiting gives up no place, and is not their own successor.
    auto fromQueue = repo.nextToMoveUp(waiting.registration);
    CHECK_FALSE(fromQueue->has_value());

    // The limit raised to 4: two places free, one person waiting.
    e = *EventRepository(f.t.db()).byId(f.eventId);
    e.capacity = 4;
    REQUIRE(EventRepository(f.t.db()).update(e));
    CHECK(*repo.movableNow(f.eventId) == 1);
}

TEST_CASE("Deleting a registered person of a full event moves the first on the waitlist up, in one step", "[registrations][people]")
{
    Fixture f(2);
    f.add(0, 1);
    f.add(1, 2);
    const RegistrationOutcome first = f.add(2, 3);
    const RegistrationOutcome second = f.add(3, 4);
    REQUIRE(first.waitlisted);
    const Person leaving = *PersonRepository(f.t.db()).byId(f.people.at(0));
    PeopleDeletion deletion(f.t.db());
    CHECK(*deletion.eventsWithFreedPlaces({leaving.id}) == QList<qint64>{f.eventId});

    auto deleted = deletion.remove({leaving});
    REQUIRE(deleted);
    CHECK_FALSE(PersonRepository(f.t.db()).byId(leaving.id).ok());
    REQUIRE(deleted->promoted.size() == 1);
    CHECK(deleted->promoted.first().id == first.registration.id);
    RegistrationRepository registrations(f.t.db());
    CHECK(registrations.byId(first.registration.id)->status == RegistrationStatus::Registered);
    CHECK(registrations.byId(second.registration.id)->status == RegistrationStatus::Waitlisted);
    CHECK(f.counts().registered == 2);
    CHECK(f.counts().waitlisted == 1);
}

TEST_CASE("Deleting someone on a waitlist frees no place and moves nobody up", "[registrations][people]")
{
    Fixture f(1);
    f.add(0, 1);
    const RegistrationOutcome waiting = f.add(1, 2);
    const RegistrationOutcome next = f.add(2, 3);
    const Person leaving = *PersonRepository(f.t.db()).byId(waiting.registration.personId);
    auto deleted = PeopleDeletion(f.t.db()).remove({leaving});
    REQUIRE(deleted);
    CHECK(deleted->eventsWithFreedPlaces.isEmpty());
    CHECK(deleted->promoted.isEmpty());
    CHECK(RegistrationRepository(f.t.db()).byId(next.registration.id)->status == RegistrationStatus::Waitlisted);
}

TEST_CASE("Deleting people at an outdated version deletes nobody and moves nobody up", "[registrations][people]")
{
    Fixture f(1);
    f.add(0, 1);
    const RegistrationOutcome waiting = f.add(1, 2);
    Person stale = *PersonRepository(f.t.db()).byId(f.people.at(0));
    const Person other = *PersonRepository(f.t.db()).byId(f.people.at(3));
    stale.rowVersion -= 1;
    CHECK_FALSE(PeopleDeletion(f.t.db()).remove({other, stale}));
    CHECK(PersonRepository(f.t.db()).byId(other.id).ok());
    CHECK(RegistrationRepository(f.t.db()).byId(waiting.registration.id)->status == RegistrationStatus::Waitlisted);
}
