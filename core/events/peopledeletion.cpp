// SPDX-License-Identifier: GPL-3.0-or-later
#include "peopledeletion.h"

#include "db/database.h"
#include "db/transaction.h"
#include "events/registrationrepository.h"
#include "people/personrepository.h"

namespace fd {

Result<QList<qint64>> PeopleDeletion::eventsWithFreedPlaces(const QList<qint64> &personIds) const
{
    QList<qint64> events;
    RegistrationRepository registrations(m_db);
    for (qint64 personId : personIds) {
        auto list = registrations.forPerson(personId);
        if (!list)
            return list.error();
        for (const Registration &r : std::as_const(*list)) {
            if (takesSeat(r.status) && !events.contains(r.eventId))
                events << r.eventId;
        }
    }
    return events;
}

Result<PeopleDeleted> PeopleDeletion::remove(const QList<Person> &people)
{
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    QList<qint64> ids;
    for (const Person &p : people)
        ids << p.id;
    auto events = eventsWithFreedPlaces(ids);
    if (!events)
        return events.error();
    PeopleDeleted deleted;
    deleted.eventsWithFreedPlaces = *events;
    PersonRepository persons(m_db);
    for (const Person &p : people) {
        if (Status s = persons.remove(p.id, p.rowVersion); !s)
            return s.error();
    }
    RegistrationRepository registrations(m_db);
    for (qint64 eventId : std::as_const(deleted.eventsWithFreedPlaces)) {
        auto promoted = registrations.promoteWaitlisted(eventId);
        if (!promoted)
            return promoted.error();
        deleted.promoted << *promoted;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return deleted;
}

} // namespace fd
