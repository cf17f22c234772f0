// SPDX-License-Identifier: GPL-3.0-or-later
#include "registrationmodel.h"

#include "common/dates.h"
#include "common/roles.h"
#include "common/textfold.h"
#include "common/tones.h"
#include "db/database.h"
#include "events/registrationrepository.h"

#include <QBrush>
#include <QColor>

namespace fd {

QColor statusColor(RegistrationStatus status)
{
    switch (status) {
    case RegistrationStatus::Registered: return toneColor(Tone::Info);
    case RegistrationStatus::Waitlisted: return toneColor(Tone::Warning);
    case RegistrationStatus::Cancelled: return toneColor(Tone::Muted);
    case RegistrationStatus::Attended: return toneColor(Tone::Good);
    case RegistrationStatus::NoShow: return toneColor(Tone::Problem);
    }
    return {};
}

RegistrationModel::RegistrationModel(Database &db, QObject *parent) : QAbstractTableModel(parent), m_db(db)
{
    connect(db.notifier(), &Notifier::changed, this, &RegistrationModel::onChanged);
    connect(db.notifier(), &Notifier::reset, this, [this](Entity e) {
        if (e == Entity::Registration || e == Entity::Person || e == Entity::Affiliation || e == Entity::Organisation)
            reload();
    });
}

void RegistrationModel::setEvent(qint64 eventId)
{
    if (eventId == m_eventId)
        return;
    m_eventId = eventId;
    reload();
}

void RegistrationModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_filterTexts.clear();
    m_waitlistPosition.clear();
    if (m_eventId > 0) {
        if (auto list = RegistrationRepository(m_db).forEvent(m_eventId))
            m_rows = *list;
    }
    for (const Registration &r : std::as_const(m_rows))
        m_filterTexts << foldKey(QStringList{r.personName, r.organisationName, r.email, statusLabel(r.status)}.join(QLatin1Char(' ')));
    // Numbered in the queue's own order (when they joined it), as the core moves them up.
    if (m_eventId > 0) {
        if (auto queue = RegistrationRepository(m_db).waitlist(m_eventId)) {
            int position = 0;
            for (const Registration &r : std::as_const(*queue))
                m_waitlistPosition.insert(r.id, ++position);
        }
    }
    endResetModel();
    emit countsChanged();
}

void RegistrationModel::onChanged(Entity entity, ChangeKind, const QList<qint64> &ids)
{
    if (m_eventId <= 0)
        return;
    if (entity == Entity::Registration || (entity == Entity::Event && ids.contains(m_eventId)))
        reload();
    else if (entity == Entity::Person) {
        for (qint64 id : ids) {
            if (rowOfPerson(id) >= 0) {
                reload();
                return;
            }
        }
    }
}

int RegistrationModel::rowOfPerson(qint64 personId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).personId == personId)
            return i;
    }
    return -1;
}

int RegistrationModel::rowOf(qint64 registrationId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == registrationId)
            return i;
    }
    return -1;
}

RegistrationCounts RegistrationModel::counts() const
{
    RegistrationCounts c;
    for (const Registration &r : m_rows) {
        switch (r.status) {
        case RegistrationStatus::Registered: ++c.registered; break;
        case RegistrationStatus::Waitlisted: ++c.waitlisted; break;
        case RegistrationStatus::Cancelled: ++c.cancelled; break;
        case RegistrationStatus::Attended: ++c.attended; break;
        case RegistrationStatus::NoShow: ++c.noShow; break;
        }
    }
    return c;
}

int RegistrationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RegistrationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegistrationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Registration &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Number: return index.row() + 1;
        case Name: return QString(r.personSortName + (r.personTitle.isEmpty() ? QString() : QStringLiteral(" (") + r.personTitle + QLatin1Char(')')));
        case Organisation: return r.organisationName;
        case Status:
            if (r.status == RegistrationStatus::Waitlisted)
                return tr("waitlisted, no. %1").arg(m_waitlistPosition.value(r.id));
            if (r.status == RegistrationStatus::Attended)
                return QString(QStringLiteral("✓ ") + statusLabel(r.status));
            return statusLabel(r.status);
        case Source: return sourceLabel(r.source);
        case RegisteredAt: return formatDateTime(r.registeredAt);
        case Notes: return r.notes;
        }
        break;
    case roles::SortRole:
        switch (index.column()) {
        case Number: return index.row();
        case Name: return foldKey(r.personSortName);
        case Organisation: return foldKey(r.organisationName);
        case Status: return int(r.status) * 10000 + m_waitlistPosition.value(r.id);
        case Source: return int(r.source);
        case RegisteredAt: return r.registeredAt.toString(Qt::ISODateWithMs);
        case Notes: return r.notes;
        }
        break;
    case roles::FilterRole: return m_filterTexts.at(index.row());
    case roles::IdRole: return r.id;
    case roles::StatusRole: return int(r.status);
    case Qt::ForegroundRole:
        if (index.column() == Status)
            return QBrush(statusColor(r.status));
        if (r.status == RegistrationStatus::Cancelled)
            return QBrush(toneColor(Tone::Muted));
        break;
    case Qt::ToolTipRole:
        if (index.column() == Name) {
            // Also what a narrow window leaves out of the columns.
            QStringList lines;
            if (!r.email.isEmpty())
                lines << r.email;
            lines << tr("Registered %1 (%2)").arg(formatDateTime(r.registeredAt), sourceLabel(r.source));
            if (!r.notes.isEmpty())
                lines << r.notes;
            return lines.join(QLatin1Char('\n'));
        }
        break;
    }
    return {};
}

QVariant RegistrationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number: return tr("No.");
    case Name: return tr("Name");
    case Organisation: return tr("Organisation");
    case Status: return tr("Status");
    case Source: return tr("Source");
    case RegisteredAt: return tr("Registered at");
    case Notes: return tr("Notes");
    }
    return {};
}

} // namespace fd
