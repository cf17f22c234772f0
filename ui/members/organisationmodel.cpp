// SPDX-License-Identifier: GPL-3.0-or-later
#include "organisationmodel.h"

#include "common/dates.h"
#include "common/roles.h"
#include "common/textfold.h"
#include "common/tones.h"
#include "db/database.h"
#include "members/organisationrepository.h"

#include <QBrush>
#include <QPalette>

namespace fd {

OrganisationModel::OrganisationModel(Database &db, QObject *parent)
    : RecordTableModel(parent), m_db(db), m_feeYear(fd::today().year()), m_today(fd::today())
{
    addColumn([] { return tr("Name"); }, [](const Organisation &o) { return o.name; })
        .sortBy([](const Organisation &o) { return foldKey(o.name); })
        .withTooltip([](const Organisation &o) { return o.notes.isEmpty() ? QVariant() : QVariant(o.notes); });
    addColumn([] { return tr("Type"); }, [](const Organisation &o) { return organisationKindLabel(o.kind); }).sortBy([](const Organisation &o) {
        return int(o.kind);
    });
    addColumn([] { return tr("State"); },
              [](const Organisation &o) {
                  if (o.country.isEmpty() || o.country == QLatin1String("DE"))
                      return o.state;
                  return o.state.isEmpty() ? o.country : o.state + QLatin1String(", ") + o.country;
              })
        .sortBy([](const Organisation &o) { return foldKey(o.state); });
    addColumn([] { return tr("Member since"); }, [](const Organisation &o) { return o.joinedOn.isValid() ? formatDate(o.joinedOn) : QString(); })
        .sortBy([](const Organisation &o) { return o.joinedOn; });
    addColumn([] { return tr("Member until"); }, [](const Organisation &o) { return o.leftOn.isValid() ? formatDate(o.leftOn) : QString(); })
        .sortBy([](const Organisation &o) { return o.leftOn; });
    addColumn([] { return tr("Status"); }, [this](const Organisation &o) { return membershipStatusLabel(membershipStatus(o, m_today)); })
        .sortBy([this](const Organisation &o) { return int(membershipStatus(o, m_today)); });
    addColumn([this] { return tr("Fee %1").arg(m_feeYear); }, [this](const Organisation &o) { return feeText(o); })
        .sortBy([this](const Organisation &o) {
            const auto it = m_fees.constFind(o.id);
            return it == m_fees.constEnd() ? QVariant() : QVariant(it->isPaid() ? 1 : 0);
        })
        .withTone([this](const Organisation &o) {
            const MembershipStatus status = membershipStatus(o, m_today);
            if (status == MembershipStatus::Former || status == MembershipStatus::NotMember)
                return QVariant(); // greyed with the row
            const auto it = m_fees.constFind(o.id);
            if (it != m_fees.constEnd() && !it->isPaid() && o.isMemberDuring(m_feeYear))
                return QVariant(QBrush(toneColor(Tone::Problem)));
            return QVariant();
        });
    addColumn([] { return tr("Website"); }, [](const Organisation &o) { return o.website; });
    Q_ASSERT(columnCount() == ColumnCount);

    connect(db.notifier(), &Notifier::changed, this, &OrganisationModel::onChanged);
    connect(db.notifier(), &Notifier::reset, this, &OrganisationModel::onReset);
    reload();
}

void OrganisationModel::reload()
{
    reloadFees();
    auto all = OrganisationRepository(m_db).all();
    setRows(all ? *all : QList<Organisation>());
}

void OrganisationModel::reloadFees()
{
    m_fees.clear();
    if (auto fees = OrganisationRepository(m_db).feesForYear(m_feeYear)) {
        for (const MembershipFee &f : std::as_const(*fees))
            m_fees.insert(f.organisationId, f);
    }
}

QString OrganisationModel::filterText(const Organisation &o) const
{
    return foldKey(QStringList{o.name, organisationKindLabel(o.kind), o.state, o.country, o.website,
                               membershipStatusLabel(membershipStatus(o, m_today))}
                       .join(QLatin1Char(' ')));
}

void OrganisationModel::feesChanged()
{
    reloadFees();
    if (rowCount() > 0)
        emit dataChanged(index(0, Fee), index(rowCount() - 1, Fee));
}

void OrganisationModel::onChanged(Entity entity, ChangeKind kind, const QList<qint64> &ids)
{
    if (entity == Entity::MembershipFee) {
        feesChanged();
    } else if (entity == Entity::Organisation) {
        if (kind == ChangeKind::Removed)
            removeRows(ids);
        else
            refreshRows(ids, [this](qint64 id) { return OrganisationRepository(m_db).byId(id); });
        reloadFees();
    }
}

void OrganisationModel::onReset(Entity entity)
{
    if (entity == Entity::Organisation)
        reload();
    else if (entity == Entity::MembershipFee)
        feesChanged();
}

QVariant OrganisationModel::rowTone(const Organisation &o) const
{
    const MembershipStatus status = membershipStatus(o, m_today);
    if (status == MembershipStatus::Former || status == MembershipStatus::NotMember)
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    return {};
}

QString OrganisationModel::feeText(const Organisation &o) const
{
    if (!o.isMemberDuring(m_feeYear))
        return QString();
    const auto it = m_fees.constFind(o.id);
    if (it == m_fees.constEnd())
        return tr("no fee set");
    if (it->isPaid())
        return tr("%1, paid %2").arg(formatMoney(it->amountCents), formatDate(it->paidOn));
    return tr("%1, open").arg(formatMoney(it->amountCents));
}

} // namespace fd
