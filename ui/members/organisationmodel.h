// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/notifier.h"
#include "members/organisation.h"

#include "common/recordtablemodel.h"

#include <QHash>

namespace fd {

class Database;

// All organisations (members and others), one row each, kept current by the
// notifier. Thin: reads from the repository, exposes roles, holds no rules.
class OrganisationModel : public RecordTableModel<Organisation>
{
    Q_OBJECT
public:
    enum Column { Name, Kind, State, Joined, Left, Status, Fee, Website, ColumnCount };

    explicit OrganisationModel(Database &db, QObject *parent = nullptr);

    void reload();

protected:
    qint64 idOf(const Organisation &o) const override { return o.id; }
    QString filterText(const Organisation &o) const override;
    QVariant statusOf(const Organisation &o) const override { return int(membershipStatus(o, m_today)); }
    QVariant rowTone(const Organisation &o) const override;

private:
    void onChanged(Entity entity, ChangeKind kind, const QList<qint64> &ids);
    void onReset(Entity entity);
    void reloadFees();
    void feesChanged();
    QString feeText(const Organisation &o) const;

    Database &m_db;
    QHash<qint64, MembershipFee> m_fees; // organisation id -> fee of m_feeYear
    int m_feeYear;
    QDate m_today;
};

} // namespace fd
