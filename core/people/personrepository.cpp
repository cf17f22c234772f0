// SPDX-License-Identifier: GPL-3.0-or-later
#include "personrepository.h"

#include "common/dates.h"
#include "common/textfold.h"
#include "db/database.h"
#include "db/notifier.h"
#include "db/sqlhelpers.h"
#include "db/transaction.h"

#include <QSqlQuery>

namespace fd {

namespace {

constexpr ConsentTopic AllTopics[] = {ConsentTopic::Newsletter, ConsentTopic::Photos, ConsentTopic::Sharing};

const char *const PersonColumns =
    "p.id, p.uuid, p.title, p.first_name, p.last_name, p.email, p.phone, p.notes, "
    "p.consent_newsletter, p.consent_newsletter_on, p.consent_photos, p.consent_photos_on, "
    "p.consent_sharing, p.consent_sharing_on, p.created_at, p.updated_at, p.row_version";
constexpr int PersonColumnCount = 17;

Person readPerson(const QSqlQuery &q, int o = 0)
{
    Person p;
    p.id = q.value(o + 0).toLongLong();
    p.uuid = uuidFromDb(q.value(o + 1));
    p.title = q.value(o + 2).toString();
    p.firstName = q.value(o + 3).toString();
    p.lastName = q.value(o + 4).toString();
    p.email = q.value(o + 5).toString();
    p.phone = q.value(o + 6).toString();
    p.notes = q.value(o + 7).toString();
    p.newsletter = {q.value(o + 8).toBool(), fromDbDate(q.value(o + 9))};
    p.photos = {q.value(o + 10).toBool(), fromDbDate(q.value(o + 11))};
    p.sharing = {q.value(o + 12).toBool(), fromDbDate(q.value(o + 13))};
    p.createdAt = fromDbTimestamp(q.value(o + 14));
    p.updatedAt = fromDbTimestamp(q.value(o + 15));
    p.rowVersion = q.value(o + 16).toLongLong();
    return p;
}

const char *const AffiliationColumns =
    "a.id, a.uuid, a.person_id, a.organisation_id, a.job_title, a.valid_from, a.valid_until, "
    "a.created_at, a.updated_at, a.row_version, o.name";

Affiliation readAffiliation(const QSqlQuery &q, int o = 0)
{
    Affiliation a;
    if (q.value(o).isNull())
        return a;
    a.id = q.value(o + 0).toLongLong();
    a.uuid = uuidFromDb(q.value(o + 1));
    a.personId = q.value(o + 2).toLongLong();
    a.organisationId = q.value(o + 3).toLongLong();
    a.jobTitle = q.value(o + 4).toString();
    a.validFrom = fromDbDate(q.value(o + 5));
    a.validUntil = fromDbDate(q.value(o + 6));
    a.createdAt = fromDbTimestamp(q.value(o + 7));
    a.updatedAt = fromDbTimestamp(q.value(o + 8));
    a.rowVersion = q.value(o + 9).toLongLong();
    a.organisationName = q.value(o + 10).toString();
    return a;
}

void normalise(Person &p)
{
    p.title = p.title.simplified();
    p.firstName = p.firstName.simplified();
    p.lastName = p.lastName.simplified();
    p.email = p.email.trimmed();
    p.phone = p.phone.simplified();
    // A consent given without a date was given today.
    for (ConsentTopic t : AllTopics) {
        Consent c = p.consent(t);
        if (c.granted && !c.on.isValid()) {
            c.on = today();
            p.setConsent(t, c);
        }
    }
}

void bindPersonValues(QSqlQuery &q, const Person &p)
{
    q.addBindValue(nn(p.title));
    q.addBindValue(nn(p.firstName));
    q.addBindValue(nn(p.lastName));
    q.addBindValue(nn(PersonRepository::nameKey(p.firstName, p.lastName)));
    q.addBindValue(nn(p.email));
    q.addBindValue(nn(emailKey(p.email)));
    q.addBindValue(nn(p.phone));
    q.addBindValue(nn(p.notes));
    for (ConsentTopic t : AllTopics) {
        q.addBindValue(p.consent(t).granted);
        q.addBindValue(toDbDate(p.consent(t).on));
    }
}

} // namespace

QString PersonRepository::nameKey(const QString &firstName, const QString &lastName)
{
    // Last name first, so that ORDER BY name_key sorts people as offices do.
    return foldKey(QString(lastName.simplified() + QLatin1Char(' ') + firstName.simplified()).trimmed());
}

Result<QList<PersonListItem>> PersonRepository::listWhere(const QString &where, const QVariantList &values,
                                                          const QDate &today) const
{
    // The current affiliation: still valid today, the most recently begun first.
    CachedQuery q(m_db, QStringLiteral(
        "SELECT %1, %2 FROM people p "
        "LEFT JOIN affiliations a ON a.id = ("
        "  SELECT a2.id FROM affiliations a2 WHERE a2.person_id = p.id "
        "  AND (a2.valid_until IS NULL OR a2.valid_until >= ?) AND (a2.valid_from IS NULL OR a2.valid_from <= ?) "
        "  ORDER BY a2.valid_from IS NULL, a2.valid_from DESC, a2.id DESC LIMIT 1) "
        "LEFT JOIN organisations o ON o.id = a.organisation_id "
        "%3 ORDER BY p.name_key, p.id").arg(QLatin1String(PersonColumns), QLatin1String(AffiliationColumns), where));
    q->addBindValue(toDbDate(today));
    q->addBindValue(toDbDate(today));
    for (const QVariant &v : values)
        q->addBindValue(v);
    if (Status s = execQuery(q, tr("Reading people")); !s)
        return s.error();
    QList<PersonListItem> list;
    while (q->next())
        list.append({readPerson(*q), readAffiliation(*q, PersonColumnCount)});
    return list;
}

Result<QList<PersonListItem>> PersonRepository::list(const QDate &today) const
{
    return listWhere(QString(), {}, today);
}

Result<PersonListItem> PersonRepository::listItem(qint64 personId, const QDate &today) const
{
    auto items = listWhere(QStringLiteral("WHERE p.id = ?"), {personId}, today);
    if (!items)
        return items.error();
    if (items->isEmpty())
        return Error(Error::Code::NotFound, tr("The person no longer exists."));
    return items->first();
}

Result<QList<std::pair<QString, qint64>>> PersonRepository::nameKeysAtOrganisations() const
{
    CachedQuery q(m_db, QStringLiteral("SELECT DISTINCT p.name_key, a.organisation_id FROM affiliations a JOIN people p ON p.id = a.person_id"));
    if (Status s = execQuery(q, tr("Reading people")); !s)
        return s.error();
    QList<std::pair<QString, qint64>> list;
    while (q->next())
        list.append({q->value(0).toString(), q->value(1).toLongLong()});
    return list;
}

Result<QList<Person>> PersonRepository::withEmail() const
{
    CachedQuery q(m_db, QStringLiteral("SELECT id, title, first_name, last_name, email FROM people WHERE email <> ''"));
    if (Status s = execQuery(q, tr("Reading people")); !s)
        return s.error();
    QList<Person> list;
    while (q->next()) {
        Person p;
        p.id = q->value(0).toLongLong();
        p.title = q->value(1).toString();
        p.firstName = q->value(2).toString();
        p.lastName = q->value(3).toString();
        p.email = q->value(4).toString();
        list.append(p);
    }
    return list;
}

Result<QList<PersonListItem>> PersonRepository::peopleAt(qint64 organisationId) const
{
    CachedQuery q(m_db, QStringLiteral(
        "SELECT %1, %2 FROM affiliations a JOIN people p ON p.id = a.person_id "
        "JOIN organisations o ON o.id = a.organisation_id WHERE a.organisation_id = ? "
        "ORDER BY a.valid_until IS NOT NULL, a.valid_until DESC, p.name_key")
        .arg(QLatin1String(PersonColumns), QLatin1String(AffiliationColumns)));
    q->addBindValue(organisationId);
    if (Status s = execQuery(q, tr("Reading contact people")); !s)
        return s.error();
    QList<PersonListItem> list;
    while (q->next())
        list.append({readPerson(*q), readAffiliation(*q, PersonColumnCount)});
    return list;
}

Result<QList<Person>> PersonRepository::peopleWhere(const QString &where, const QVariantList &values) const
{
    CachedQuery q(m_db, QStringLiteral("SELECT %1 FROM people p %2 ORDER BY p.name_key, p.id")
                            .arg(QLatin1String(PersonColumns), where));
    for (const QVariant &v : values)
        q->addBindValue(v);
    if (Status s = execQuery(q, tr("Reading people")); !s)
        return s.error();
    QList<Person> list;
    while (q->next())
        list.append(readPerson(*q));
    return list;
}

Result<Person> PersonRepository::byId(qint64 id) const
{
    auto list = peopleWhere(QStringLiteral("WHERE p.id = ?"), {id});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error(Error::Code::NotFound, tr("The person no longer exists."));
    return list->first();
}

Result<Person> PersonRepository::byUuid(const QUuid &uuid) const
{
    auto list = peopleWhere(QStringLiteral("WHERE p.uuid = ?"), {uuidToDb(uuid)});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error(Error::Code::NotFound, tr("The person no longer exists."));
    return list->first();
}

Result<QList<Person>> PersonRepository::byEmail(const QString &email) const
{
    if (email.trimmed().isEmpty())
        return QList<Person>();
    return peopleWhere(QStringLiteral("WHERE p.email_key = ?"), {emailKey(email)});
}

Result<QList<Person>> PersonRepository::byNameAt(const QString &firstName, const QString &lastName, qint64 organisationId) const
{
    if (organisationId <= 0)
        return peopleWhere(QStringLiteral("WHERE p.name_key = ?"), {nameKey(firstName, lastName)});
    return peopleWhere(QStringLiteral("WHERE p.name_key = ? AND EXISTS (SELECT 1 FROM affiliations a "
                                      "WHERE a.person_id = p.id AND a.organisation_id = ?)"),
                       {nameKey(firstName, lastName), organisationId});
}

Status PersonRepository::recordConsent(qint64 personId, ConsentTopic topic, const Consent &consent, const QString &note)
{
    CachedQuery q(m_db, QStringLiteral(
        "INSERT INTO consent_log (uuid, person_id, topic, granted, effective_on, recorded_at, note) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q->addBindValue(uuidToDb(QUuid::createUuid()));
    q->addBindValue(personId);
    q->addBindValue(consentTopicKey(topic));
    q->addBindValue(consent.granted);
    q->addBindValue(toDbDate(consent.on));
    q->addBindValue(toDbTimestamp(nowUtc()));
    q->addBindValue(nn(note));
    return execQuery(q, tr("Recording the consent"));
}

Result<Person> PersonRepository::create(Person p)
{
    normalise(p);
    if (const FieldErrors errors = validate(p); !errors.isEmpty())
        return validationError(errors);
    if (p.uuid.isNull())
        p.uuid = QUuid::createUuid();
    p.createdAt = p.updatedAt = nowUtc();
    p.rowVersion = 1;

    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    CachedQuery q(m_db, QStringLiteral(
        "INSERT INTO people (title, first_name, last_name, name_key, email, email_key, phone, notes, "
        "consent_newsletter, consent_newsletter_on, consent_photos, consent_photos_on, consent_sharing, consent_sharing_on, "
        "uuid, created_at, updated_at, row_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    bindPersonValues(*q, p);
    q->addBindValue(uuidToDb(p.uuid));
    q->addBindValue(toDbTimestamp(p.createdAt));
    q->addBindValue(toDbTimestamp(p.updatedAt));
    q->addBindValue(p.rowVersion);
    if (Status s = execQuery(q, tr("Saving the person")); !s)
        return s.error();
    q->next();
    p.id = q->value(0).toLongLong();
    q->finish();
    for (ConsentTopic t : AllTopics) {
        if (p.consent(t).granted) {
            if (Status s = recordConsent(p.id, t, p.consent(t), QString()); !s)
                return s.error();
        }
    }
    m_db.notifier()->rowChanged(Entity::Person, ChangeKind::Added, p.id);
    if (Status s = tx.commit(); !s)
        return s.error();
    return p;
}

Result<Person> PersonRepository::update(const Person &input)
{
    Person p = input;
    normalise(p);
    if (const FieldErrors errors = validate(p); !errors.isEmpty())
        return validationError(errors);
    auto before = byId(p.id);
    if (!before)
        return before.error();
    p.updatedAt = nowUtc();

    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    CachedQuery q(m_db, QStringLiteral(
        "UPDATE people SET title = ?, first_name = ?, last_name = ?, name_key = ?, email = ?, email_key = ?, phone = ?, "
        "notes = ?, consent_newsletter = ?, consent_newsletter_on = ?, consent_photos = ?, consent_photos_on = ?, "
        "consent_sharing = ?, consent_sharing_on = ?, updated_at = ?, row_version = row_version + 1 "
        "WHERE id = ? AND row_version = ?"));
    bindPersonValues(*q, p);
    q->addBindValue(toDbTimestamp(p.updatedAt));
    q->addBindValue(p.id);
    q->addBindValue(p.rowVersion);
    if (Status s = execQuery(q, tr("Saving the person")); !s)
        return s.error();
    if (q->numRowsAffected() != 1)
        return conflictError(p.fullName());
    for (ConsentTopic t : AllTopics) {
        if (p.consent(t) != before->consent(t)) {
            if (Status s = recordConsent(p.id, t, p.consent(t), QString()); !s)
                return s.error();
        }
    }
    p.rowVersion += 1;
    m_db.notifier()->rowChanged(Entity::Person, ChangeKind::Changed, p.id);
    if (Status s = tx.commit(); !s)
        return s.error();
    return p;
}

Status PersonRepository::remove(qint64 id, qint64 expectedRowVersion)
{
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    CachedQuery q(m_db, QStringLiteral("DELETE FROM people WHERE id = ? AND row_version = ?"));
    q->addBindValue(id);
    q->addBindValue(expectedRowVersion);
    if (Status s = execQuery(q, tr("Deleting the person")); !s)
        return s;
    if (q->numRowsAffected() != 1)
        return conflictError(tr("The person"));
    m_db.notifier()->rowChanged(Entity::Person, ChangeKind::Removed, id);
    m_db.notifier()->entityReset(Entity::Affiliation);
    m_db.notifier()->entityReset(Entity::Registration);
    return tx.commit();
}

Result<QList<Affiliation>> PersonRepository::affiliations(qint64 personId) const
{
    CachedQuery q(m_db, QStringLiteral(
        "SELECT %1 FROM affiliations a JOIN organisations o ON o.id = a.organisation_id WHERE a.person_id = ? "
        "ORDER BY a.valid_until IS NOT NULL, a.valid_until DESC, a.valid_from DESC, a.id DESC").arg(QLatin1String(AffiliationColumns)));
    q->addBindValue(personId);
    if (Status s = execQuery(q, tr("Reading affiliations")); !s)
        return s.error();
    QList<Affiliation> list;
    while (q->next())
        list.append(readAffiliation(*q));
    return list;
}

Result<Affiliation> PersonRepository::affiliationById(qint64 id) const
{
    CachedQuery q(m_db, QStringLiteral(
        "SELECT %1 FROM affiliations a JOIN organisations o ON o.id = a.organisation_id WHERE a.id = ?").arg(QLatin1String(AffiliationColumns)));
    q->addBindValue(id);
    if (Status s = execQuery(q, tr("Reading affiliations")); !s)
        return s.error();
    if (!q->next())
        return Error(Error::Code::NotFound, tr("The affiliation no longer exists."));
    return readAffiliation(*q);
}

Result<Affiliation> PersonRepository::createAffiliation(Affiliation a)
{
    a.jobTitle = a.jobTitle.simplified();
    if (const FieldErrors errors = validate(a); !errors.isEmpty())
        return validationError(errors);
    if (a.uuid.isNull())
        a.uuid = QUuid::createUuid();
    a.createdAt = a.updatedAt = nowUtc();
    a.rowVersion = 1;
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    CachedQuery q(m_db, QStringLiteral(
        "INSERT INTO affiliations (uuid, person_id, organisation_id, job_title, valid_from, valid_until, created_at, updated_at, row_version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q->addBindValue(uuidToDb(a.uuid));
    q->addBindValue(a.personId);
    q->addBindValue(a.organisationId);
    q->addBindValue(nn(a.jobTitle));
    q->addBindValue(toDbDate(a.validFrom));
    q->addBindValue(toDbDate(a.validUntil));
    q->addBindValue(toDbTimestamp(a.createdAt));
    q->addBindValue(toDbTimestamp(a.updatedAt));
    q->addBindValue(a.rowVersion);
    if (Status s = execQuery(q, tr("Saving the affiliation")); !s)
        return s.error();
    q->next();
    a.id = q->value(0).toLongLong();
    q->finish();
    m_db.notifier()->rowChanged(Entity::Affiliation, ChangeKind::Added, a.id);
    m_db.notifier()->rowChanged(Entity::Person, ChangeKind::Changed, a.personId);
    if (Status s = tx.commit(); !s)
        return s.error();
    auto withName = affiliationById(a.id);
    return withName ? withName.value() : a;
}

Result<Affiliation> PersonRepository::updateAffiliation(const Affiliation &input)
{
    Affiliation a = input;
    a.jobTitle = a.jobTitle.simplified();
    if (const FieldErrors errors = validate(a); !errors.isEmpty())
        return validationError(errors);
    a.updatedAt = nowUtc();
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    CachedQuery q(m_db, QStringLiteral(
        "UPDATE affiliations SET organisation_id = ?, job_title = ?, valid_from = ?, valid_until = ?, updated_at = ?, "
        "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    q->addBindValue(a.organisationId);
    q->addBindValue(nn(a.jobTitle));
    q->addBindValue(toDbDate(a.validFrom));
    q->addBindValue(toDbDate(a.validUntil));
    q->addBindValue(toDbTimestamp(a.updatedAt));
    q->addBindValue(a.id);
    q->addBindValue(a.rowVersion);
    if (Status s = execQuery(q, tr("Saving the affiliation")); !s)
        return s.error();
    if (q->numRowsAffected() != 1)
        return conflictError(tr("The affiliation"));
    a.rowVersion += 1;
    m_db.notifier()->rowChanged(Entity::Affiliation, ChangeKind::Changed, a.id);
    m_db.notifier()->rowChanged(Entity::Person, ChangeKind::Changed, a.personId);
    if (Status s = tx.commit(); !s)
        return s.error();
    auto withName = affiliationById(a.id);
    return withName ? withName.value() : a;
}

Result<QList<ConsentRecord>> PersonRepository::consentHistory(qint64 personId) const
{
    CachedQuery q(m_db, QStringLiteral(
        "SELECT id, topic, granted, effective_on, recorded_at, note FROM consent_log WHERE person_id = ? ORDER BY recorded_at DESC, id DESC"));
    q->addBindValue(personId);
    if (Status s = execQuery(q, tr("Reading the consent history")); !s)
        return s.error();
    QList<ConsentRecord> list;
    while (q->next()) {
        ConsentRecord r;
        r.id = q->value(0).toLongLong();
        const QString topic = q->value(1).toString();
        r.topic = topic == QLatin1String("photos") ? ConsentTopic::Photos
            : topic == QLatin1String("sharing")    ? ConsentTopic::Sharing
                                                   : ConsentTopic::Newsletter;
        r.granted = q->value(2).toBool();
        r.effectiveOn = fromDbDate(q->value(3));
        r.recordedAt = fromDbTimestamp(q->value(4));
        r.note = q->value(5).toString();
        list.append(r);
    }
    return list;
}

Result<int> PersonRepository::count() const
{
    CachedQuery q(m_db, QStringLiteral("SELECT count(*) FROM people"));
    if (Status s = execQuery(q, tr("Counting people")); !s)
        return s.error();
    q->next();
    return q->value(0).toInt();
}

} // namespace fd
