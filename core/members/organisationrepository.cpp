// SPDX-License-Identifier: GPL-3.0-or-later
#include "organisationrepository.h"

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

using OrgMap = RecordMap<Organisation>;
using FeeMap = RecordMap<MembershipFee>;

OrganisationKind organisationKindFromKey(const QString &key)
{
    return key == QLatin1String("city") ? OrganisationKind::City : OrganisationKind::Organisation;
}

const OrgMap &orgMap()
{
    static const OrgMap map = OrgMap::record(tables::organisations(),
                            {OrgMap::keyed("kind", &Organisation::kind, organisationKindKey, organisationKindFromKey),
                             OrgMap::field("name", &Organisation::name), OrgMap::field("state", &Organisation::state),
                             OrgMap::field("country", &Organisation::country), OrgMap::field("joined_on", &Organisation::joinedOn),
                             OrgMap::field("left_on", &Organisation::leftOn), OrgMap::field("website", &Organisation::website),
                             OrgMap::field("notes", &Organisation::notes)});
    return map;
}

const FeeMap &feeMap()
{
    static const FeeMap map = FeeMap::record(tables::membershipFees(),
                            {FeeMap::field("organisation_id", &MembershipFee::organisationId), FeeMap::field("year", &MembershipFee::year),
                             FeeMap::field("amount_cents", &MembershipFee::amountCents), FeeMap::field("paid_on", &MembershipFee::paidOn),
                             FeeMap::field("notes", &MembershipFee::notes)});
    return map;
}

template<class T>
Result<QList<T>> readAll(Database &db, const RecordMap<T> &map, const QString &sql, const QVariantList &values, const QString &what)
{
    CachedQuery q(db, sql);
    for (const QVariant &v : values)
        q->addBindValue(v);
    if (Status s = execQuery(q, what); !s)
        return s.error();
    QList<T> list;
    while (q->next())
        list.append(map.fromQuery(*q));
    return list;
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
    return readAll(m_db, orgMap(),
                   QStringLiteral("SELECT %1 FROM organisations %2 ORDER BY name_key, id").arg(orgMap().columns().join(QLatin1String(", ")), where),
                   values, tr("Reading organisations"));
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

Result<Organisation> OrganisationRepository::create(Organisation org)
{
    normalise(org);
    if (const FieldErrors errors = validate(org); !errors.isEmpty())
        return validationError(errors);
    if (Status s = checkNameFree(org); !s)
        return s.error();
    auto stored = TableStore(m_db, tables::organisations()).insert(orgMap().toRow(org));
    if (!stored)
        return stored.error();
    return orgMap().fromRow(*stored);
}

Result<Organisation> OrganisationRepository::update(const Organisation &input)
{
    Organisation org = input;
    normalise(org);
    if (const FieldErrors errors = validate(org); !errors.isEmpty())
        return validationError(errors);
    if (Status s = checkNameFree(org); !s)
        return s.error();
    auto stored = TableStore(m_db, tables::organisations()).update(org.id, org.rowVersion, orgMap().toRow(org), org.name);
    if (!stored)
        return stored.error();
    return orgMap().fromRow(*stored);
}

Status OrganisationRepository::remove(qint64 id, qint64 expectedRowVersion)
{
    return TableStore(m_db, tables::organisations()).remove(id, expectedRowVersion, tr("The organisation"));
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
                            .arg(feeMap().columns().join(QLatin1String(", "))));
    q->addBindValue(organisationId);
    if (Status s = execQuery(q, tr("Reading fees")); !s)
        return s.error();
    QList<MembershipFee> list;
    while (q->next())
        list.append(feeMap().fromQuery(*q));
    return list;
}

Result<QList<MembershipFee>> OrganisationRepository::feesForYear(int year) const
{
    CachedQuery q(m_db, QStringLiteral("SELECT %1 FROM membership_fees WHERE year = ? ORDER BY organisation_id")
                            .arg(feeMap().columns().join(QLatin1String(", "))));
    q->addBindValue(year);
    if (Status s = execQuery(q, tr("Reading fees")); !s)
        return s.error();
    QList<MembershipFee> list;
    while (q->next())
        list.append(feeMap().fromQuery(*q));
    return list;
}

Result<QList<MembershipFee>> OrganisationRepository::allFees() const
{
    CachedQuery q(m_db, QStringLiteral("SELECT %1 FROM membership_fees ORDER BY year DESC, "
                                       "(SELECT name_key FROM organisations o WHERE o.id = organisation_id), organisation_id")
                            .arg(feeMap().columns().join(QLatin1String(", "))));
    if (Status s = execQuery(q, tr("Reading fees")); !s)
        return s.error();
    QList<MembershipFee> list;
    while (q->next())
        list.append(feeMap().fromQuery(*q));
    return list;
}

Result<MembershipFee> OrganisationRepository::createFee(MembershipFee fee)
{
    if (const FieldErrors errors = validate(fee); !errors.isEmpty())
        return validationError(errors);
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    if (Status s = checkFeeYearFree(fee); !s)
        return s.error();
    auto stored = TableStore(m_db, tables::membershipFees()).insert(feeMap().toRow(fee));
    if (!stored)
        return stored.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return feeMap().fromRow(*stored);
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
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    if (Status s = checkFeeYearFree(fee); !s)
        return s.error();
    auto stored = TableStore(m_db, tables::membershipFees()).update(fee.id, fee.rowVersion, feeMap().toRow(fee), tr("The fee for %1").arg(fee.year));
    if (!stored)
        return stored.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return feeMap().fromRow(*stored);
}

} // namespace fd
