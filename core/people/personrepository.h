// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "people/person.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

namespace fd {

class Database;

// The only code that reads and writes people, their affiliations with
// organisations and their consent history.
class PersonRepository
{
    Q_DECLARE_TR_FUNCTIONS(PersonRepository)
public:
    explicit PersonRepository(Database &db) : m_db(db) {}

    // Everyone, each with their affiliation current on `today` (if any).
    Result<QList<PersonListItem>> list(const QDate &today = fd::today()) const;
    // How many people there are, without reading them.
    Result<int> count() const;
    Result<PersonListItem> listItem(qint64 personId, const QDate &today = fd::today()) const;
    // The rows of these people (those that exist), in one read per 500: a list updating the rows a change touched.
    Result<QList<PersonListItem>> listItems(const QList<qint64> &personIds, const QDate &today = fd::today()) const;
    // People affiliated with an organisation (now or earlier), newest affiliation first.
    Result<QList<PersonListItem>> peopleAt(qint64 organisationId) const;
    // Every (name key, organisation) a person has or had a position at, in
    // one read: what duplicate checks of a whole file need.
    Result<QList<std::pair<QString, qint64>>> nameKeysAtOrganisations() const;
    // Everyone with an e-mail address: id, title, names and address only, in
    // one read (an import links rows by e-mail without reading whole people),
    // each handed to `visit` as it is read: a list of them all would be the
    // largest thing a large import holds.
    Status forEachWithEmail(const std::function<void(const Person &)> &visit) const;

    Result<Person> byId(qint64 id) const;
    Result<Person> byUuid(const QUuid &uuid) const;
    Result<QList<Person>> byEmail(const QString &email) const;
    // Same folded name (first + last) at the same organisation; any organisation if 0.
    Result<QList<Person>> byNameAt(const QString &firstName, const QString &lastName, qint64 organisationId) const;

    // Creates the person; consents that are given are written to the consent history.
    Result<Person> create(Person person);
    // Optimistic; every consent that changed is written to the consent history.
    Result<Person> update(const Person &person);
    Status remove(qint64 id, qint64 expectedRowVersion);

    Result<QList<Affiliation>> affiliations(qint64 personId) const;
    Result<Affiliation> affiliationById(qint64 id) const;
    Result<Affiliation> createAffiliation(Affiliation affiliation);
    Result<Affiliation> updateAffiliation(const Affiliation &affiliation);

    Result<QList<ConsentRecord>> consentHistory(qint64 personId) const;
    // Writes one change of consent to the history (create() and update() do
    // this themselves; for rows written as they are, such as a merged pack).
    Status recordConsent(qint64 personId, ConsentTopic topic, const Consent &consent, const QString &note);

    static QString nameKey(const QString &firstName, const QString &lastName);

private:
    Result<QList<PersonListItem>> listWhere(const QString &where, const QVariantList &values, const QDate &today) const;
    Result<QList<Person>> peopleWhere(const QString &where, const QVariantList &values) const;

    Database &m_db;
};

} // namespace fd
