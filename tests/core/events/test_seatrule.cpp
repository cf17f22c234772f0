// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.hpp"

#include "events/seatrule.h"

using namespace fd;

// The rule alone, without a database: the repository, the CSV import and the
// pack merge all decide by it.

TEST_CASE("A newcomer takes a free place when nobody waits", "[seatrule]")
{
    SeatRule rule(10, 9, 0);
    CHECK_FALSE(rule.mustWait());
    CHECK(rule.admit(RegistrationStatus::Registered) == RegistrationStatus::Registered);
    CHECK(rule.seatsTaken() == 10);
    CHECK(rule.waiting() == 0);
}

TEST_CASE("A newcomer to a full event joins the waitlist", "[seatrule]")
{
    SeatRule rule(10, 10, 0);
    CHECK(rule.mustWait());
    CHECK(rule.admit(RegistrationStatus::Registered) == RegistrationStatus::Waitlisted);
    CHECK(rule.seatsTaken() == 10);
    CHECK(rule.waiting() == 1);
}

TEST_CASE("A newcomer queues behind others waiting even when a place is free", "[seatrule]")
{
    SeatRule rule(10, 8, 1);
    CHECK(rule.mustWait());
    CHECK(rule.statusFor(RegistrationStatus::Registered) == RegistrationStatus::Waitlisted);
}

TEST_CASE("A walk-in is checked in while the event is full", "[seatrule]")
{
    SeatRule rule(10, 10, 3);
    CHECK(rule.admit(RegistrationStatus::Attended) == RegistrationStatus::Attended);
    CHECK(rule.seatsTaken() == 11);
    CHECK(rule.waiting() == 3);
}

TEST_CASE("An event without a limit never sends anyone to the waitlist", "[seatrule]")
{
    SeatRule rule(std::nullopt, 5000, 2);
    CHECK_FALSE(rule.mustWait());
    CHECK(rule.admit(RegistrationStatus::Registered) == RegistrationStatus::Registered);
    CHECK(rule.seatsTaken() == 5001);
}

TEST_CASE("Statuses other than registered are counted as they come", "[seatrule]")
{
    SeatRule rule(2, 0, 0);
    CHECK(rule.admit(RegistrationStatus::Cancelled) == RegistrationStatus::Cancelled);
    CHECK(rule.admit(RegistrationStatus::NoShow) == RegistrationStatus::NoShow);
    CHECK(rule.admit(RegistrationStatus::Registered) == RegistrationStatus::Registered);
    // The no-show and the registration took both places.
    CHECK(rule.admit(RegistrationStatus::Registered) == RegistrationStatus::Waitlisted);
    CHECK(rule.admit(RegistrationStatus::Waitlisted) == RegistrationStatus::Waitlisted);
    CHECK(rule.seatsTaken() == 2);
    CHECK(rule.waiting() == 2);
}
