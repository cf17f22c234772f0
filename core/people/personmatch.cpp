// SPDX-License-Identifier: GPL-3.0-or-later
#include "personmatch.h"

#include "people/personrepository.h"

namespace fd {

Result<PersonMatch> findPerson(Database &db, const QString &firstName, const QString &lastName, const QString &email,
                               qint64 organisationId)
{
    PersonRepository people(db);
    if (!email.trimmed().isEmpty()) {
        auto byEmail = people.byEmail(email);
        if (!byEmail)
            return byEmail.error();
        if (!byEmail->isEmpty())
            return PersonMatch{byEmail->first().id, PersonMatch::By::Email};
    }
    // An organisation the database does not know (organisationId < 0): only the e-mail can tell.
    if (lastName.trimmed().isEmpty() || organisationId < 0)
        return PersonMatch{};
    auto byName = people.byNameAt(firstName, lastName, organisationId);
    if (!byName)
        return byName.error();
    if (byName->size() == 1)
        return PersonMatch{byName->first().id, organisationId > 0 ? PersonMatch::By::NameAtOrganisation : PersonMatch::By::UniqueName};
    return PersonMatch{};
}

} // namespace fd
