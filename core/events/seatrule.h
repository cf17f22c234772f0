// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events/event.h"

#include <optional>

namespace fd {

// "Full, or others waiting": the one rule for who gets a place at an event
// and who joins the waitlist. The office's entry, the CSV import and the
// merge of an on-site pack all decide by it; it knows nothing of the
// database, so the import can apply it to counts it keeps in memory.
class SeatRule
{
public:
    // capacity: nullopt means no limit. seatsTaken: registered, attended and
    // no-show (takesSeat); waiting: on the waitlist now.
    SeatRule(std::optional<int> capacity, int seatsTaken, int waiting)
        : m_capacity(capacity), m_seatsTaken(seatsTaken), m_waiting(waiting)
    {
    }

    // Would someone asking for a place now join the waitlist? Yes if every
    // place is taken, and also if places are free but others wait for them
    // (a place left free on purpose, a capacity just raised): newcomers queue
    // behind them. Without a limit, never.
    bool mustWait() const;

    // The status a newcomer who asks for `requested` gets: "registered" may
    // become "waitlisted"; every other status is taken as it is (a walk-in is
    // checked in, full or not; an import carries what happened).
    RegistrationStatus statusFor(RegistrationStatus requested) const;

    // Counts in someone entered with `status` (after statusFor), so that the
    // next decision sees them: the import's rows, in file order.
    void take(RegistrationStatus status);

    // statusFor, then take: the status the newcomer gets.
    RegistrationStatus admit(RegistrationStatus requested);

    std::optional<int> capacity() const { return m_capacity; }
    int seatsTaken() const { return m_seatsTaken; }
    int waiting() const { return m_waiting; }

private:
    std::optional<int> m_capacity;
    int m_seatsTaken = 0;
    int m_waiting = 0;
};

} // namespace fd
