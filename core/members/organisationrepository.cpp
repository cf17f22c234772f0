// SPDX-License-Identifier: GPL-3.0-or-later
#include "organisationrepository.h"

#include "common/dates.h"
#include "common/textfold.h"
#include "db/database.h"
#include "db/notifier.h"
#include "db/sqlhelpers.h"
#include "db/transaction.h"

#include <QSqlQuery>

namespace fd {

namespace {

const char *const Columns = "id, uuid, kind, name, state, country, joined_on, left_on, website, notes, "
                            "created_at, updated_at, row_version";

Organisation readOrganisation(const QSqlQuery &q)
{
    Organisation o;
    o.id = q.value(0).toLongLong();
    o.uuid = uuidFromDb(q.value(1));
    o.kind = q.value(2).toString() == QLatin1String("city") ? OrganisationKind::City : OrganisationKind::Organisation;
    o.name = q.value(3).toString();
    o.state = q.value(4).toString();
    o.country = q.value(5).toString();
    o.joinedOn = fromDbDate(q.value(6));
    o.leftOn = fromDbDate(q.value(7));
    o.website = q.value(8).toString();
    o.notes = q.value(9).toString();
    o.createdAt = fromDbTimestamp(q.value(10));
    o.updatedAt = fromDbTimestamp(q.value(11));
    o.rowVersion = q.value(12).toLongLong();
    return o;
}

const char *const FeeColumns = "id, uuid, organisation_id, year, amount_cents, paid_on, notes, created_at, updated_at, row_version";

MembershipFee readFee(const QSqlQuery &q)
{
    MembershipFee f;
    f.id = q.value(0).toLongLong();
    f.uuid = uuidFromDb(q.value(1));
    f.organisationId = q.value(2).toLongLong();
    f.year = q.value(3).toInt();
    f.amountCents = q.value(4).toLongLong();
    f.paidOn = fromDbDate(q.value(5));
    f.notes = q.value(6).toString();
    f.createdAt = fromDbTimestamp(q.value(7));
    f.updatedAt = fromDbTimestamp(q.value(8));
    f.rowVersion = q.value(9).toLongLong();
    return f;
}

void normalise(Organisation &o)
{
    o.name = o.name.simplified();
    o.state = o.state.trimmed();
    o.country = o.country.trimmed().toUpper();
    o.website = o.website.trimmed();
}

} // namespace

Result<QList<Organisation>> OrganisationRepository::query(const QString &where, const QVariantList &values) const
{
    CachedQuery q(m_db, QStringLiteral("SELECT %1 FROM organisations %2 ORDER BY name_key, id")
                            .arg(QLatin1String(Columns), where));
    for (const QVariant &v : values)
        q->addBindValue(v);
    if (Status s = execQuery(q, tr("Reading organisations")); !s)
        return s.error();
    QList<Organisation> list;
    while (q->next())
        list.append(readOrganisation(*q));
    return list;
}

Result<QList<Organisation>> OrganisationRepository::all() const
{
    return query(QString(), {});
}

Result<QList<Organisation>> OrganisationRepository::members() const
{
    return query(QStringLiteral("WHERE joined_on IS NOT NULL"), {});
}

Result<QList<Organisation>> OrganisationRepository::membersDuring(int year) const
{
    return query(QStringLiteral("WHERE joined_on IS NOT NULL AND joined_on <= ? AND (left_on IS NULL OR left_on >= ?)"),
                 {toDbDate(QDate(year, 12, 31)), toDbDate(QDate(year, 1, 1))});
}

Result<Organisation> OrganisationRepository::byId(qint64 id) const
{
    auto list = query(QStringLiteral("WHERE id = ?"), {id});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error(Error::Code::NotFound, tr("The organisation no longer exists."));
    return list->first();
}

Result<Organisation> OrganisationRepository::byUuid(const QUuid &uuid) const
{
    auto list = query(QStringLiteral("WHERE uuid = ?"), {uuidToDb(uuid)});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error(Error::Code::NotFound, tr("The organisation no longer exists."));
    return list->first();
}

Result<std::optional<Organisation>> OrganisationRepository::findByName(const QString &name) const
{
    auto exact = query(QStringLiteral("WHERE name_key = ?"), {foldKey(name.simplified())});
    if (!exact)
        return exact.error();
    if (!exact->isEmpty())
        return std::optional<Organisation>(exact->first());
    // "Stadt Köln" in a list finds the member "Köln", and the other way round.
    const QString key = organisationMatchKey(name);
    auto everything = all();
    if (!everything)
        return everything.error();
    for (const Organisation &o : std::as_const(*everything)) {
        if (organisationMatchKey(o.name) == key)
            return std::optional<Organisation>(o);
    }
    return std::optional<Organisation>();
}

Status OrganisationRepository::checkNameFree(const Organisation &org) const
{
    CachedQuery q(m_db, QStringLiteral("SELECT id FROM organisations WHERE name_key = ? AND id <> ?"));
    q->addBindValue(nn(foldKey(org.name)));
    q->addBindValue(org.id);
    if (Status s = execQuery(q, tr("Checking the name")); !s)
        return s;
    if (q->next())
        return Error(Error::Code::Duplicate, tr("There is already an organisation named \"%1\".").arg(org.name)).at(QString(), 0, QStringLiteral("name"));
    return {};
}

QStringList OrganisationRepository::changedFields(const Organisation &before, const Organisation &after)
{
    QStringList fields;
    auto check = [&fields](bool differs, const char *column) {
        if (differs)
            fields << QLatin1String(column);
    };
    check(before.kind != after.kind, "kind");
    check(before.name != after.name, "name");
    check(before.state != after.state, "state");
    check(before.country != after.country, "country");
    check(before.joinedOn != after.joinedOn, "joined_on");
    check(before.leftOn != after.leftOn, "left_on");
    check(before.website != after.website, "website");
    check(before.notes != after.notes, "notes");
    return fields;
}

Result<Organisation> OrganisationRepository::create(Organisation org)
{
    normalise(org);
    if (const FieldErrors errors = validate(org); !errors.isEmpty())
        return validationError(errors);
    if (Status s = checkNameFree(org); !s)
        return s.error();
    if (org.uuid.isNull())
        org.uuid = QUuid::createUuid();
    org.createdAt = org.updatedAt = nowUtc();
    org.rowVersion = 1;

    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    CachedQuery q(m_db, QStringLiteral(
        "INSERT INTO organisations (uuid, kind, name, name_key, state, country, joined_on, left_on, website, notes, "
        "created_at, updated_at, row_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q->addBindValue(uuidToDb(org.uuid));
    q->addBindValue(organisationKindKey(org.kind));
    q->addBindValue(nn(org.name));
    q->addBindValue(nn(foldKey(org.name)));
    q->addBindValue(nn(org.state));
    q->addBindValue(nn(org.country));
    q->addBindValue(toDbDate(org.joinedOn));
    q->addBindValue(toDbDate(org.leftOn));
    q->addBindValue(nn(org.website));
    q->addBindValue(nn(org.notes));
    q->addBindValue(toDbTimestamp(org.createdAt));
    q->addBindValue(toDbTimestamp(org.updatedAt));
    q->addBindValue(org.rowVersion);
    if (Status s = execQuery(q, tr("Saving the organisation")); !s)
        return s.error();
    q->next();
    org.id = q->value(0).toLongLong();
    q->finish();
    m_db.notifier()->rowChanged(Entity::Organisation, ChangeKind::Added, org.id);
    if (Status s = tx.commit(); !s)
        return s.error();
    return org;
}

Result<Organisation> OrganisationRepository::update(const Organisation &input)
{
    Organisation org = input;
    normalise(org);
    if (const FieldErrors errors = validate(org); !errors.isEmpty())
        return validationError(errors);
    if (Status s = checkNameFree(org); !s)
        return s.error();
    org.updatedAt = nowUtc();

    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    // Which columns change, for the notice: lists that show only the name
    // (people, events) need not reload for a new note.
    const Result<Organisation> stored = byId(org.id);
    QStringList fields = stored ? changedFields(*stored, org) : QStringList();
    // A save without a new value still takes a new version: say so, since an
    // empty list would mean "anything may have changed".
    if (stored && fields.isEmpty())
        fields << QStringLiteral("row_version");
    CachedQuery q(m_db, QStringLiteral(
        "UPDATE organisations SET kind = ?, name = ?, name_key = ?, state = ?, country = ?, joined_on = ?, left_on = ?, "
        "website = ?, notes = ?, updated_at = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    q->addBindValue(organisationKindKey(org.kind));
    q->addBindValue(nn(org.name));
    q->addBindValue(nn(foldKey(org.name)));
    q->addBindValue(nn(org.state));
    q->addBindValue(nn(org.country));
    q->addBindValue(toDbDate(org.joinedOn));
    q->addBindValue(toDbDate(org.leftOn));
    q->addBindValue(nn(org.website));
    q->addBindValue(nn(org.notes));
    q->addBindValue(toDbTimestamp(org.updatedAt));
    q->addBindValue(org.id);
    q->addBindValue(org.rowVersion);
    if (Status s = execQuery(q, tr("Saving the organisation")); !s)
        return s.error();
    if (q->numRowsAffected() != 1)
        return conflictError(org.name);
    org.rowVersion += 1;
    m_db.notifier()->rowChanged(Entity::Organisation, ChangeKind::Changed, org.id, fields);
    if (Status s = tx.commit(); !s)
        return s.error();
    return org;
}

Status OrganisationRepository::remove(qint64 id, qint64 expectedRowVersion)
{
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    CachedQuery q(m_db, QStringLiteral("DELETE FROM organisations WHERE id = ? AND row_version = ?"));
    q->addBindValue(id);
    q->addBindValue(expectedRowVersion);
    if (Status s = execQuery(q, tr("Deleting the organisation")); !s)
        return s;
    if (q->numRowsAffected() != 1)
        return conflictError(tr("The organisation"));
    m_db.notifier()->rowChanged(Entity::Organisation, ChangeKind::Removed, id);
    // Cascaded rows: views of affiliations and fees reload.
    m_db.notifier()->entityReset(Entity::Affiliation);
    m_db.notifier()->entityReset(Entity::MembershipFee);
    return tx.commit();
}

Result<int> OrganisationRepository::affiliationCount(qint64 organisationId) const
{
    CachedQuery q(m_db, QStringLiteral("SELECT count(*) FROM affiliations WHERE organisation_id = ?"));
    q->addBindValue(organisationId);
    if (Status s = execQuery(q, tr("Counting contact people")); !s)
        return s.error();
    q->next();
    return q->value(0).toInt();
}

Result<QList<MembershipFee>> OrganisationRepository::fees(qint64 organisationId) const
{
    CachedQuery q(m_db, QStringLiteral("SELECT %1 FROM membership_fees WHERE organisation_id = ? ORDER BY year DESC")
                            .arg(QLatin1String(FeeColumns)));
    q->addBindValue(organisationId);
    if (Status s = execQuery(q, tr("Reading fees")); !s)
        return s.error();
    QList<MembershipFee> list;
    while (q->next())
        list.append(readFee(*q));
    return list;
}

Result<QList<MembershipFee>> OrganisationRepository::feesForYear(int year) const
{
    CachedQuery q(m_db, QStringLiteral("SELECT %1 FROM membership_fees WHERE year = ? ORDER BY organisation_id")
                            .arg(QLatin1String(FeeColumns)));
    q->addBindValue(year);
    if (Status s = execQuery(q, tr("Reading fees")); !s)
        return s.error();
    QList<MembershipFee> list;
    while (q->next())
        list.append(readFee(*q));
    return list;
}

Result<QList<MembershipFee>> OrganisationRepository::allFees() const
{
    CachedQuery q(m_db, QStringLiteral("SELECT %1 FROM membership_fees ORDER BY year DESC, "
                                       "(SELECT name_key FROM organisations o WHERE o.id = organisation_id), organisation_id")
                            .arg(QLatin1String(FeeColumns)));
    if (Status s = execQuery(q, tr("Reading fees")); !s)
        return s.error();
    QList<MembershipFee> list;
    while (q->next())
        list.append(readFee(*q));
    return list;
}

Result<MembershipFee> OrganisationRepository::createFee(MembershipFee fee)
{
    if (const FieldErrors errors = validate(fee); !errors.isEmpty())
        return validationError(errors);
    if (fee.uuid.isNull())
        fee.uuid = QUuid::createUuid();
    fee.createdAt = fee.updatedAt = nowUtc();
    fee.rowVersion = 1;
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    if (Status s = checkFeeYearFree(fee); !s)
        return s.error();
    CachedQuery q(m_db, QStringLiteral(
        "INSERT INTO membership_fees (uuid, organisation_id, year, amount_cents, paid_on, notes, created_at, updated_at, row_version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q->addBindValue(uuidToDb(fee.uuid));
    q->addBindValue(fee.organisationId);
    q->addBindValue(fee.year);
    q->addBindValue(fee.amountCents);
    q->addBindValue(toDbDate(fee.paidOn));
    q->addBindValue(nn(fee.notes));
    q->addBindValue(toDbTimestamp(fee.createdAt));
    q->addBindValue(toDbTimestamp(fee.updatedAt));
    q->addBindValue(fee.rowVersion);
    if (Status s = execQuery(q, tr("Saving the fee")); !s)
        return s.error();
    q->next();
    fee.id = q->value(0).toLongLong();
    q->finish();
    m_db.notifier()->rowChanged(Entity::MembershipFee, ChangeKind::Added, fee.id);
    if (Status s = tx.commit(); !s)
        return s.error();
    return fee;
}

Status OrganisationRepository::checkFeeYearFree(const MembershipFee &fee) const
{
    CachedQuery dup(m_db, QStringLiteral("SELECT 1 FROM membership_fees WHERE organisation_id = ? AND year = ? AND id <> ?"));
    dup->addBindValue(fee.organisationId);
    dup->addBindValue(fee.year);
    dup->addBindValue(fee.id);
    if (Status s = execQuery(dup, tr("Checking fees")); !s)
        return s;
    if (dup->next())
        return Error(Error::Code::Duplicate, tr("There is already a fee for %1.").arg(fee.year)).at(QString(), 0, QStringLiteral("year"));
    return {};
}

Result<MembershipFee> OrganisationRepository::updateFee(const MembershipFee &input)
{
    MembershipFee fee = input;
    if (const FieldErrors errors = validate(fee); !errors.isEmpty())
        return validationError(errors);
    fee.updatedAt = nowUtc();
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    if (Status s = checkFeeYearFree(fee); !s)
        return s.error();
    CachedQuery q(m_db, QStringLiteral(
        "UPDATE membership_fees SET year = ?, amount_cents = ?, paid_on = ?, notes = ?, updated_at = ?, "
        "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    q->addBindValue(fee.year);
    q->addBindValue(fee.amountCents);
    q->addBindValue(toDbDate(fee.paidOn));
    q->addBindValue(nn(fee.notes));
    q->addBindValue(toDbTimestamp(fee.updatedAt));
    q->addBindValue(fee.id);
    q->addBindValue(fee.rowVersion);
    if (Status s = execQuery(q, tr("Saving the fee")); !s)
        return s.error();
    if (q->numRowsAffected() != 1)
        return conflictError(tr("The fee for %1").arg(fee.year));
    fee.rowVersion += 1;
    m_db.notifier()->rowChanged(Entity::MembershipFee, ChangeKind::Changed, fee.id);
    if (Status s = tx.commit(); !s)
        return s.error();
    return fee;
}

} // namespace fd
