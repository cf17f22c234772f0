// SPDX-License-Identifier: GPL-3.0-or-later
#include "personcreator.h"

#include "common/textfold.h"
#include "members/organisationrepository.h"
#include "people/personrepository.h"
#include "people/positions.h"

namespace fd {

Result<qint64> PersonCreator::create(const Person &person, qint64 organisationId, const QString &newOrganisationName,
                                     const QString &jobTitle)
{
    qint64 orgId = organisationId;
    if (!orgId && !newOrganisationName.trimmed().isEmpty()) {
        const QString key = organisationMatchKey(newOrganisationName);
        orgId = m_organisations.value(key);
        if (!orgId) {
            Organisation o;
            o.name = newOrganisationName;
            o.kind = OrganisationKind::Organisation;
            auto created = OrganisationRepository(m_db).create(o);
            if (!created)
                return created.error();
            orgId = created->id;
            m_organisations.insert(key, orgId);
            m_organisationIds << orgId;
        }
    }
    PersonRepository people(m_db);
    auto created = people.create(person);
    if (!created)
        return created.error();
    m_people << created->id;
    if (orgId) {
        Affiliation a;
        a.personId = created->id;
        a.organisationId = orgId;
        a.jobTitle = jobTitle;
        // Someone new has no position yet: the rules make this one their first.
        if (auto written = Positions(m_db).setOrganisation(Affiliation(), a); !written)
            return written.error();
    }
    return created->id;
}

} // namespace fd
