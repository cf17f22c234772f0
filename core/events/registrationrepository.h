// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "events/event.h"
#include "events/seatrule.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace fd {

class Database;

// What the office enters for one registration.
struct RegistrationRequest {
    qint64 eventId = 0;
    qint64 personId = 0;
    RegistrationSource source = RegistrationSource::Email;
    QDateTime registeredAt;                     // default: now
    QDateTime waitlistedAt;                     // place in the waitlist if it goes there; default: registeredAt
                                                // (a walk-in checked in from the waitlist keeps it, for a correction)
    // A registration made elsewhere (an on-site pack) keeps the UUID it got
    // there, and its notes as written; default: a new UUID.
    QUuid uuid;
    QString notes;
    // Normally empty: "registered", or the waitlist if the event is full.
    // Walk-ins come as Attended (they are there, full or not); imports may
    // carry any status.
    std::optional<RegistrationStatus> status;
    bool evenIfClosed = false;                  // the user confirmed: registration is closed, enter anyway
};

struct RegistrationOutcome {
    Registration registration;
    bool waitlisted = false;     // the event was full: put on the waitlist
    int waitlistPosition = 0;    // 1 = next to move up
};

struct StatusChange {
    Registration changed;
    std::optional<Registration> promoted; // moved up from the waitlist into the freed place
    bool waitlisted = false;              // asked for "registered", but others wait or the event is full
};

enum class Promotion { FromWaitlist, None };

// Registrations and their rules: one per person and event; past the capacity,
// or while others wait, newcomers join the end of the waitlist; a freed place
// goes to the first in line; nobody moves into a full event, except someone
// who is there (a walk-in is checked in, full or not). The only code that
// writes registrations.
class RegistrationRepository
{
    Q_DECLARE_TR_FUNCTIONS(RegistrationRepository)
public:
    explicit RegistrationRepository(Database &db) : m_db(db) {}

    // With the person's name, current organisation and e-mail; by registration time.
    Result<QList<Registration>> forEvent(qint64 eventId) const;
    Result<QList<Registration>> forPerson(qint64 personId) const;
    Result<Registration> byId(qint64 id) const;
    Result<Registration> byUuid(const QUuid &uuid) const;
    Result<std::optional<Registration>> find(qint64 eventId, qint64 personId) const;
    // The waitlist in order: the first moves up next.
    Result<QList<Registration>> waitlist(qint64 eventId) const;
    // Places left; nullopt if the event has no limit.
    Result<std::optional<int>> freeSeats(qint64 eventId) const;
    // Would someone asking for a place now join the waitlist (full, or others waiting first)?
    Result<bool> mustWait(qint64 eventId) const;
    // The event's places as they are now, for the rule that decides (SeatRule).
    Result<SeatRule> seatRule(qint64 eventId) const;
    // Who would move up from the waitlist if `leaving` gave up its place
    // (cancelled, no-show): the first in line, if that frees a place for
    // them. Asks only; setStatus with Promotion::FromWaitlist does it.
    Result<std::optional<Registration>> nextToMoveUp(const Registration &leaving) const;
    // How many on the waitlist could move up now (places free, people waiting).
    Result<int> movableNow(qint64 eventId) const;

    // Enters a registration by SeatRule: "registered" past the capacity, or
    // while others wait, goes to the waitlist. The office, the pack merge and
    // every other writer of new registrations come through here.
    Result<RegistrationOutcome> add(const RegistrationRequest &request);
    // New registrations whose status the caller has decided by SeatRule
    // already, from counts it keeps (an import, reading a file in order; see
    // seatRule()). One prepared statement, nothing read back, no notices (the
    // caller resets the lists once); sets each one's id, UUID and times.
    // Inside the caller's transaction.
    Status addDecided(QList<Registration> &registrations);
    // Changes the status, by the rules above. A place that becomes free goes
    // to the first on the waitlist if asked. "Registered" for someone who
    // cancelled is a new request: it may end on the waitlist. Taking back the
    // check-in of a walk-in from the waitlist returns them to their place.
    Result<StatusChange> setStatus(qint64 registrationId, qint64 expectedRowVersion, RegistrationStatus status,
                                   Promotion promotion = Promotion::FromWaitlist);
    // Moves the first waitlisted people up while places are free (after the capacity grew).
    Result<QList<Registration>> promoteWaitlisted(qint64 eventId);
    // Source, time and notes; the status goes through setStatus().
    Result<Registration> update(const Registration &registration);
    // Deletes an entry made by mistake; its place goes to the waitlist if asked.
    Result<std::optional<Registration>> remove(qint64 id, qint64 expectedRowVersion, Promotion promotion = Promotion::FromWaitlist);

private:
    Result<QList<Registration>> query(const QString &where, const QVariantList &values, const QString &order) const;
    Result<Registration> writeStatus(const Registration &registration, RegistrationStatus status, const QDateTime &waitlistedAt);
    Result<std::optional<Registration>> promoteFirst(qint64 eventId, qint64 excludeId = 0);

    Database &m_db;
};

} // namespace fd
