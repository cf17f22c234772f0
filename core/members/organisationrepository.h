// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "members/organisation.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace fd {

class Database;

// The only code that reads and writes organisations and membership fees.
// Writes validate first, run in a transaction and tell the notifier.
class OrganisationRepository
{
    Q_DECLARE_TR_FUNCTIONS(OrganisationRepository)
public:
    explicit OrganisationRepository(Database &db) : m_db(db) {}

    Result<QList<Organisation>> all() const;
    Result<QList<Organisation>> members() const; // organisations with a joining date
    Result<QList<Organisation>> membersDuring(int year) const;
    Result<Organisation> byId(qint64 id) const;
    Result<Organisation> byUuid(const QUuid &uuid) const;
    // By name, ignoring case, accents and prefixes such as "Stadt".
    Result<std::optional<Organisation>> findByName(const QString &name) const;

    Result<Organisation> create(Organisation org);
    // Optimistic: fails with Error::Code::Conflict if the row's version is not org.rowVersion.
    Result<Organisation> update(const Organisation &org);
    Status remove(qint64 id, qint64 expectedRowVersion);

    // How many contact people are linked to the organisation (for the question before deleting).
    Result<int> affiliationCount(qint64 organisationId) const;

    Result<QList<MembershipFee>> fees(qint64 organisationId) const;
    Result<QList<MembershipFee>> feesForYear(int year) const;
    // Every fee of every organisation: the latest year first, by name within a year.
    Result<QList<MembershipFee>> allFees() const;
    Result<MembershipFee> createFee(MembershipFee fee);
    Result<MembershipFee> updateFee(const MembershipFee &fee);

private:
    Result<QList<Organisation>> query(const QString &where, const QVariantList &values) const;
    Status checkNameFree(const Organisation &org) const;
    Status checkFeeYearFree(const MembershipFee &fee) const;

    Database &m_db;
};

} // namespace fd
