// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "events/event.h"
#include "people/person.h"

#include <QCoreApplication>
#include <QList>

namespace fd {

class Database;

struct PeopleDeleted {
    QList<qint64> eventsWithFreedPlaces; // events where someone deleted held a place
    QList<Registration> promoted;        // moved up from a waitlist into those places
};

// Deleting people frees their places at events: the first on each waitlist
// move up, in the same transaction. The GUI's undo command and any other
// caller delete people through here, so that the rule cannot be forgotten.
class PeopleDeletion
{
    Q_DECLARE_TR_FUNCTIONS(PeopleDeletion)
public:
    explicit PeopleDeletion(Database &db) : m_db(db) {}

    // The events whose places the deletion would free (asks only): the undo
    // command records those events' registrations before it deletes.
    Result<QList<qint64>> eventsWithFreedPlaces(const QList<qint64> &personIds) const;

    // Deletes the people (each at the version given, else a conflict and
    // nothing is deleted) with their positions and registrations, and gives
    // the places they held to the waitlists. One transaction.
    Result<PeopleDeleted> remove(const QList<Person> &people);

private:
    Database &m_db;
};

} // namespace fd
