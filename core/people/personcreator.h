// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "people/person.h"

#include <QHash>
#include <QList>

namespace fd {

class Database;

// Creates people with where they work: an organisation the database knows
// (by id), or a new one by name, created once however many people name it.
// For imports, which create many people in one transaction.
class PersonCreator
{
public:
    explicit PersonCreator(Database &db) : m_db(db) {}

    Result<qint64> create(const Person &person, qint64 organisationId, const QString &newOrganisationName, const QString &jobTitle);

    const QList<qint64> &createdPeople() const { return m_people; }
    const QList<qint64> &createdOrganisations() const { return m_organisationIds; }

private:
    Database &m_db;
    QHash<QString, qint64> m_organisations; // match key -> id, of those created here
    QList<qint64> m_organisationIds;
    QList<qint64> m_people;
};

} // namespace fd
