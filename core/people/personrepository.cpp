// SPDX-License-Identifier: GPL-3.0-or-later
#include "personrepository.h"

#include "common/dates.h"
#include "common/textfold.h"
#include "db/database.h"
#include "db/notifier.h"
#include "db/record.h"
#include "db/tables.h"
#include "db/tablestore.h"
#include "db/sqlhelpers.h"
#include "db/transaction.h"

#include <QSqlQuery>

namespace fd {

namespace {

constexpr ConsentTopic AllTopics[] = {ConsentTopic::Newsletter, ConsentTopic::Photos, ConsentTopic::Sharing};

using PersonMap = RecordMap<Person>;
using AffiliationMap = RecordMap<Affiliation>;

// A consent is two columns: whether it is given, and since when.
QList<PersonMap::Field> consentFields(const char *granted, const char *on, Consent Person::*member)
{
    return {PersonMap::custom(granted, [member](const Person &p) { return QVariant(bool((p.*member).granted)); },
                              [member](Person &p, const QVariant &v) { (p.*member).granted = v.toBool(); }),
            PersonMap::custom(on, [member](const Person &p) { return toDbDate((p.*member).on); },
                              [member](Person &p, const QVariant &v) { (p.*member).on = fromDbDate(v); })};
}

const PersonMap &personMap()
{
    static const PersonMap map = PersonMap::record(tables::people(),
                               QList<PersonMap::Field>{PersonMap::field("title", &Person::title), PersonMap::field("first_name", &Person::firstName),
                                                       PersonMap::field("last_name", &Person::lastName), PersonMap::field("email", &Person::email),
                                                       PersonMap::field("phone", &Person::phone), PersonMap::field("notes", &Person::notes)}
                                   + consentFields("consent_newsletter", "consent_newsletter_on", &Person::newsletter)
                                   + consentFields("consent_photos", "consent_photos_on", &Person::photos)
                                   + consentFields("consent_sharing", "consent_sharing_on", &Person::sharing));
    return map;
}

const AffiliationMap &affiliationMap()
{
    static const AffiliationMap map = AffiliationMap::record(tables::affiliations(),
                                    {AffiliationMap::field("person_id", &Affiliation::personId),
                                     AffiliationMap::field("organisation_id", &Affiliation::organisationId),
                                     AffiliationMap::field("job_title", &Affiliation::jobTitle),
                                     AffiliationMap::field("valid_from", &Affiliation::validFrom),
                                     AffiliationMap::field("valid_until", &Affiliation::validUntil)});
    return map;
}

Person readPerson(const QSqlQuery &q, int o = 0)
{
    return personMap().fromQuery(q, o);
}

// The affiliation's columns, then the organisation's name (or nothing: no current affiliation).
QString affiliationColumns()
{
    return affiliationMap().selectList(QStringLiteral("a")) + QLatin1String(", o.name");
}

Affiliation readAffiliation(const QSqlQuery &q, int o = 0)
{
    if (q.value(o).isNull())
        return Affiliation();
    Affiliation a = affiliationMap().fromQuery(q, o);
    a.organisationName = q.value(o + affiliationMap().size()).toString();
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

} // namespace

QString PersonRepository::nameKey(const QString &firstName, const QString &lastName)
{
    // The declaration computes the key; this asks it, for lookups by name.
    QVariantMap row{{QStringLiteral("first_name"), firstName}, {QStringLiteral("last_name"), lastName}};
    tables::people().deriveValues(row);
    return row.value(QStringLiteral("name_key")).toString();
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
        "%3 ORDER BY p.name_key, p.id").arg(personMap().selectList(QStringLiteral("p")), affiliationColumns(), where));
    q->addBindValue(toDbDate(today));
    q->addBindValue(toDbDate(today));
    for (const QVariant &v : values)
        q->addBindValue(v);
    if (Status s = execQuery(q, tr("Reading people")); !s)
        return s.error();
    QList<PersonListItem> list;
    while (q->next())
        list.append({readPerson(*q), readAffiliation(*q, personMap().size())});
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

Result<QList<PersonListItem>> PersonRepository::listItems(const QList<qint64> &personIds, const QDate &today) const
{
    QList<PersonListItem> items;
    for (qsizetype from = 0; from < personIds.size(); from += 500) {
        const QList<qint64> chunk = personIds.mid(from, 500);
        QStringList marks;
        QVariantList values;
        for (qint64 id : chunk) {
            marks << QStringLiteral("?");
            values << id;
        }
        auto part = listWhere(QStringLiteral("WHERE p.id IN (%1)").arg(marks.join(QLatin1Char(','))), values, today);
        if (!part)
            return part.error();
        items += *part;
    }
    return items;
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

Status PersonRepository::forEachWithEmail(const std::function<void(const Person &)> &visit) const
{
    CachedQuery q(m_db, QStringLiteral("SELECT id, title, first_name, last_name, email FROM people WHERE email <> ''"));
    if (Status s = execQuery(q, tr("Reading people")); !s)
        return s;
    Person p;
    while (q->next()) {
        p.id = q->value(0).toLongLong();
        p.title = q->value(1).toString();
        p.firstName = q->value(2).toString();
        p.lastName = q->value(3).toString();
        p.email = q->value(4).toString();
        visit(p);
    }
    return {};
}

Result<QList<PersonListItem>> PersonRepository::peopleAt(qint64 organisationId) const
{
    CachedQuery q(m_db, QStringLiteral(
        "SELECT %1, %2 FROM affiliations a JOIN people p ON p.id = a.person_id "
        "JOIN organisations o ON o.id = a.organisation_id WHERE a.organisation_id = ? "
        "ORDER BY a.valid_until IS NOT NULL, a.valid_until DESC, p.name_key")
        .arg(personMap().selectList(QStringLiteral("p")), affiliationColumns()));
    q->addBindValue(organisationId);
    if (Status s = execQuery(q, tr("Reading contact people")); !s)
        return s.error();
    QList<PersonListItem> list;
    while (q->next())
        list.append({readPerson(*q), readAffiliation(*q, personMap().size())});
    return list;
}

Result<QList<Person>> PersonRepository::peopleWhere(const QString &where, const QVariantList &values) const
{
    CachedQuery q(m_db, QStringLiteral("SELECT %1 FROM people p %2 ORDER BY p.name_key, p.id")
                            .arg(personMap().selectList(QStringLiteral("p")), where));
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
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto stored = TableStore(m_db, tables::people()).insert(personMap().toRow(p));
    if (!stored)
        return stored.error();
    p = personMap().fromRow(*stored);
    for (ConsentTopic t : AllTopics) {
        if (p.consent(t).granted) {
            if (Status s = recordConsent(p.id, t, p.consent(t), QString()); !s)
                return s.error();
        }
    }
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
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto stored = TableStore(m_db, tables::people()).update(p.id, p.rowVersion, personMap().toRow(p), p.fullName());
    if (!stored)
        return stored.error();
    for (ConsentTopic t : AllTopics) {
        if (p.consent(t) != before->consent(t)) {
            if (Status s = recordConsent(p.id, t, p.consent(t), QString()); !s)
                return s.error();
        }
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return personMap().fromRow(*stored);
}

Status PersonRepository::remove(qint64 id, qint64 expectedRowVersion)
{
    return TableStore(m_db, tables::people()).remove(id, expectedRowVersion, tr("The person"));
}

Result<QList<Affiliation>> PersonRepository::affiliations(qint64 personId) const
{
    CachedQuery q(m_db, QStringLiteral(
        "SELECT %1 FROM affiliations a JOIN organisations o ON o.id = a.organisation_id WHERE a.person_id = ? "
        "ORDER BY a.valid_until IS NOT NULL, a.valid_until DESC, a.valid_from DESC, a.id DESC").arg(affiliationColumns()));
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
        "SELECT %1 FROM affiliations a JOIN organisations o ON o.id = a.organisation_id WHERE a.id = ?").arg(affiliationColumns()));
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
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto stored = TableStore(m_db, tables::affiliations()).insert(affiliationMap().toRow(a));
    if (!stored)
        return stored.error();
    a = affiliationMap().fromRow(*stored);
    // A person's list row shows the current position.
    m_db.notifier()->rowChanged(Entity::Person, ChangeKind::Changed, a.personId, {QStringLiteral("affiliations")});
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
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto stored = TableStore(m_db, tables::affiliations()).update(a.id, a.rowVersion, affiliationMap().toRow(a), tr("The affiliation"));
    if (!stored)
        return stored.error();
    a = affiliationMap().fromRow(*stored);
    m_db.notifier()->rowChanged(Entity::Person, ChangeKind::Changed, a.personId, {QStringLiteral("affiliations")});
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
