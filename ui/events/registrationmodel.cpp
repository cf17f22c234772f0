// SPDX-License-Identifier: GPL-3.0-or-later
#include "registrationmodel.h"

#include "common/dates.h"
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

RegistrationModel::RegistrationModel(Database &db, QObject *parent) : RecordTableModel(parent), m_db(db)
{
    using Item = Registration;
    // The number is the row (the order of registration): data() serves it.
    addColumn([] { return tr("No."); }, [](const Item &) { return QVariant(); });
    addColumn([] { return tr("Name"); },
              [](const Item &r) {
                  return QString(r.personSortName + (r.personTitle.isEmpty() ? QString() : QStringLiteral(" (") + r.personTitle + QLatin1Char(')')));
              })
        .sortBy([](const Item &r) { return foldKey(r.personSortName); })
        .withTooltip([](const Item &r) {
            // Also what a narrow window leaves out of the columns.
            QStringList lines;
            if (!r.email.isEmpty())
                lines << r.email;
            lines << tr("Registered %1 (%2)").arg(formatDateTime(r.registeredAt), sourceLabel(r.source));
            if (!r.notes.isEmpty())
                lines << r.notes;
            return lines.join(QLatin1Char('\n'));
        });
    addColumn([] { return tr("Organisation"); }, [](const Item &r) { return r.organisationName; }).sortBy([](const Item &r) {
        return foldKey(r.organisationName);
    });
    addColumn([] { return tr("Status"); },
              [this](const Item &r) {
                  if (r.status == RegistrationStatus::Waitlisted)
                      return tr("waitlisted, no. %1").arg(m_waitlistPosition.value(r.id));
                  if (r.status == RegistrationStatus::Attended)
                      return QString(QStringLiteral("✓ ") + statusLabel(r.status));
                  return statusLabel(r.status);
              })
        .sortBy([this](const Item &r) { return int(r.status) * 10000 + m_waitlistPosition.value(r.id); })
        .withTone([](const Item &r) { return QBrush(statusColor(r.status)); });
    addColumn([] { return tr("Source"); }, [](const Item &r) { return sourceLabel(r.source); }).sortBy([](const Item &r) {
        return int(r.source);
    });
    addColumn([] { return tr("Registered at"); }, [](const Item &r) { return formatDateTime(r.registeredAt); }).sortBy([](const Item &r) {
        return r.registeredAt.toString(Qt::ISODateWithMs);
    });
    addColumn([] { return tr("Notes"); }, [](const Item &r) { return r.notes; });
    Q_ASSERT(columnCount() == ColumnCount);

    connect(db.notifier(), &Notifier::changed, this, &RegistrationModel::onChanged);
    connect(db.notifier(), &Notifier::reset, this, [this](Entity e) {
        if (e == Entity::Registration || e == Entity::Person || e == Entity::Affiliation || e == Entity::Organisation)
            reload();
    });
}

QString RegistrationModel::filterText(const Registration &r) const
{
    return foldKey(QStringList{r.personName, r.organisationName, r.email, statusLabel(r.status)}.join(QLatin1Char(' ')));
}

QVariant RegistrationModel::rowTone(const Registration &r) const
{
    return r.status == RegistrationStatus::Cancelled ? QVariant(QBrush(toneColor(Tone::Muted))) : QVariant();
}

QVariant RegistrationModel::data(const QModelIndex &index, int role) const
{
    if (index.isValid() && index.column() == Number && index.row() < rowCount()) {
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return index.row() + 1;
        if (role == roles::SortRole)
            return index.row();
    }
    return RecordTableModel::data(index, role);
}

void RegistrationModel::setEvent(qint64 eventId)
{
    if (eventId == m_eventId)
        return;
    m_eventId = eventId;
    // Another event's list: a reset is right here.
    QList<Registration> rows;
    if (m_eventId > 0) {
        if (auto list = RegistrationRepository(m_db).forEvent(m_eventId))
            rows = *list;
    }
    readWaitlist();
    resetRows(rows);
    emit countsChanged();
}

void RegistrationModel::reload()
{
    QList<Registration> rows;
    if (m_eventId > 0) {
        if (auto list = RegistrationRepository(m_db).forEvent(m_eventId))
            rows = *list;
    }
    readWaitlist();
    setRows(rows);
    emit countsChanged();
}

void RegistrationModel::readWaitlist()
{
    // Numbered in the queue's own order (when they joined it), as the core moves them up.
    m_waitlistPosition.clear();
    if (m_eventId <= 0)
        return;
    if (auto queue = RegistrationRepository(m_db).waitlist(m_eventId)) {
        int position = 0;
        for (const Registration &r : std::as_const(*queue))
            m_waitlistPosition.insert(r.id, ++position);
    }
}

void RegistrationModel::refreshRegistrations(const QList<qint64> &ids)
{
    RegistrationRepository repo(m_db);
    QList<qint64> gone;
    QList<Registration> fresh;
    for (qint64 id : ids) {
        auto r = repo.byId(id);
        if (r && r->eventId == m_eventId)
            fresh << *r;
        else if (rowOf(id) >= 0)
            gone << id;
    }
    removeRows(gone);
    putRows(fresh);
}

void RegistrationModel::onChanged(Entity entity, ChangeKind kind, const QList<qint64> &ids)
{
    if (m_eventId <= 0)
        return;
    if (entity == Entity::Registration) {
        if (kind == ChangeKind::Removed)
            removeRows(ids);
        else
            refreshRegistrations(ids);
        // A change of status moves others on the waitlist.
        const QHash<qint64, int> before = m_waitlistPosition;
        readWaitlist();
        if (before != m_waitlistPosition && rowCount() > 0)
            emit dataChanged(index(0, Status), index(rowCount() - 1, Status));
        emit countsChanged();
    } else if (entity == Entity::Person) {
        if (kind == ChangeKind::Removed)
            return; // their registrations go with them, and are reported
        refreshRegistrations(idsWhere([&ids](const Registration &r) { return ids.contains(r.personId); }));
    }
}

int RegistrationModel::rowOfPerson(qint64 personId) const
{
    for (int i = 0; i < rowCount(); ++i) {
        if (item(i).personId == personId)
            return i;
    }
    return -1;
}

RegistrationCounts RegistrationModel::counts() const
{
    RegistrationCounts c;
    for (const Registration &r : rows()) {
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

} // namespace fd
