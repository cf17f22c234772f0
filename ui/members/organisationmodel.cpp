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

int OrganisationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrganisationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Organisation &o = item(index.row());
    const MembershipStatus status = membershipStatus(o, m_today);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case Name: return o.name;
        case Kind: return organisationKindLabel(o.kind);
        case State: return o.country.isEmpty() || o.country == QLatin1String("DE") ? o.state
                                                                                  : (o.state.isEmpty() ? o.country : o.state + QLatin1String(", ") + o.country);
        case Joined: return o.joinedOn.isValid() ? formatDate(o.joinedOn) : QString();
        case Left: return o.leftOn.isValid() ? formatDate(o.leftOn) : QString();
        case Status: return membershipStatusLabel(status);
        case Fee: {
            if (!o.isMemberDuring(m_feeYear))
                return QString();
            const auto it = m_fees.constFind(o.id);
            if (it == m_fees.constEnd())
                return tr("no fee set");
            if (it->isPaid())
                return tr("%1, paid %2").arg(formatMoney(it->amountCents), formatDate(it->paidOn));
            return tr("%1, open").arg(formatMoney(it->amountCents));
        }
        case Website: return o.website;
        }
        break;
    case roles::SortRole:
        switch (index.column()) {
        case Name: return foldKey(o.name);
        case Kind: return int(o.kind);
        case State: return foldKey(o.state);
        case Joined: return o.joinedOn;
        case Left: return o.leftOn;
        case Status: return int(status);
        case Fee: {
            const auto it = m_fees.constFind(o.id);
            return it == m_fees.constEnd() ? QVariant() : QVariant(it->isPaid() ? 1 : 0);
        }
        case Website: return o.website;
        }
        break;
    case roles::FilterRole: return filterTextAt(index.row());
    case roles::IdRole: return o.id;
    case roles::StatusRole: return int(status);
    case Qt::ForegroundRole:
        if (status == MembershipStatus::Former || status == MembershipStatus::NotMember)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        if (index.column() == Fee) {
            const auto it = m_fees.constFind(o.id);
            if (it != m_fees.constEnd() && !it->isPaid() && o.isMemberDuring(m_feeYear))
                return QBrush(toneColor(Tone::Problem));
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Name && !o.notes.isEmpty())
            return o.notes;
        break;
    }
    return {};
}

QVariant OrganisationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Kind: return tr("Type");
    case State: return tr("State");
    case Joined: return tr("Member since");
    case Left: return tr("Member until");
    case Status: return tr("Status");
    case Fee: return tr("Fee %1").arg(m_feeYear);
    case Website: return tr("Website");
    }
    return {};
}

} // namespace fd
