// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventmodel.h"

#include "common/clock.h"
#include "common/roles.h"
#include "common/textfold.h"
#include "common/tones.h"
#include "db/database.h"
#include "events/eventrepository.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QPalette>

namespace fd {

EventModel::EventModel(Database &db, QObject *parent) : RecordTableModel(parent), m_db(db)
{
    connect(db.notifier(), &Notifier::changed, this, &EventModel::onChanged);
    connect(db.notifier(), &Notifier::reset, this, [this](Entity e) {
        if (e == Entity::Event || e == Entity::Registration || e == Entity::EventKind || e == Entity::Organisation)
            reload();
    });
    reload();
}

void EventModel::reload()
{
    auto list = EventRepository(m_db).list();
    setRows(list ? *list : QList<EventListItem>());
}

QString EventModel::filterText(const EventListItem &item) const
{
    const Event &e = item.event;
    return foldKey(QStringList{e.title, e.kindName, e.city, e.venue, e.partners, e.projectName, e.funderName,
                               formatLabel(e.format), audienceLabel(e.audience), roleLabel(e.role), e.dateText()}
                       .join(QLatin1Char(' ')));
}

void EventModel::onChanged(Entity entity, ChangeKind kind, const QList<qint64> &ids, const QStringList &fields)
{
    if (entity == Entity::Event) {
        if (kind == ChangeKind::Removed)
            removeRows(ids);
        else
            refreshRows(ids, [this](qint64 id) { return EventRepository(m_db).listItem(id); });
    } else if (entity == Entity::EventKind
               || (entity == Entity::Organisation && kind != ChangeKind::Added
                   && (fields.isEmpty() || fields.contains(QLatin1String("name"))))) {
        // Events show their funder's name only.
        reload();
    }
}

QString EventModel::registrationText(const EventListItem &item)
{
    const RegistrationCounts &c = item.counts;
    if (c.total() == 0)
        return item.event.capacity ? tr("0 of %1").arg(*item.event.capacity) : QString();
    QString text = item.event.capacity ? tr("%1 of %2").arg(c.seatsTaken()).arg(*item.event.capacity) : QString::number(c.seatsTaken());
    if (c.waitlisted > 0)
        text += QLatin1Char(' ') + tr("(+%1 waiting)").arg(c.waitlisted);
    return text;
}

int EventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const EventListItem &item = this->item(index.row());
    const Event &e = item.event;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date: return e.dateText();
        case Title: return e.assemblyNumber > 0 && !e.title.contains(QString::number(e.assemblyNumber))
                               ? tr("%1. %2").arg(e.assemblyNumber).arg(e.title)
                               : e.title;
        case Kind: return e.kindName;
        case Place: return e.placeText();
        case Audience: return audienceLabel(e.audience);
        case Role: return roleLabel(e.role);
        case Registrations: return registrationText(item);
        case Participants: {
            const auto n = item.participants();
            return n ? QVariant(*n) : QVariant();
        }
        }
        break;
    case roles::SortRole:
        switch (index.column()) {
        case Date: return QString(e.startDate.toString(Qt::ISODate) + e.startTime.toString(QStringLiteral("HHmm")));
        case Title: return foldKey(e.title);
        case Kind: return foldKey(e.kindName);
        case Place: return foldKey(e.placeText());
        case Audience: return int(e.audience);
        case Role: return int(e.role);
        case Registrations: return item.counts.seatsTaken();
        case Participants: return item.participants().value_or(-1);
        }
        break;
    case roles::FilterRole: return filterTextAt(index.row());
    case roles::IdRole: return e.id;
    case Qt::TextAlignmentRole:
        if (index.column() == Participants || index.column() == Registrations)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (e.lastDay() < fd::today())
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        if (index.column() == Registrations && e.capacity && item.counts.seatsTaken() >= *e.capacity)
            return QBrush(toneColor(Tone::Problem));
        break;
    case Qt::FontRole:
        if (index.column() == Title && e.kindKey == QLatin1String("general_assembly")) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Registrations)
            return tr("%1 registered, %2 on the waitlist, %3 cancelled, %4 attended, %5 no-show")
                .arg(item.counts.registered)
                .arg(item.counts.waitlisted)
                .arg(item.counts.cancelled)
                .arg(item.counts.attended)
                .arg(item.counts.noShow);
        if (index.column() == Participants && item.counts.attended == 0 && e.reportedParticipants)
            return tr("Reported number (no attendance taken)");
        break;
    }
    return {};
}

QVariant EventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date: return tr("Date");
    case Title: return tr("Title");
    case Kind: return tr("Kind");
    case Place: return tr("Place");
    case Audience: return tr("Audience");
    case Role: return tr("Our role");
    case Registrations: return tr("Registered");
    case Participants: return tr("Participants");
    }
    return {};
}

} // namespace fd
