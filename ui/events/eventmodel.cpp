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
    using Item = EventListItem;
    addColumn([] { return tr("Date"); }, [](const Item &i) { return i.event.dateText(); }).sortBy([](const Item &i) {
        return QString(i.event.startDate.toString(Qt::ISODate) + i.event.startTime.toString(QStringLiteral("HHmm")));
    });
    addColumn([] { return tr("Title"); }, [](const Item &i) { return titleText(i.event); })
        .sortBy([](const Item &i) { return foldKey(i.event.title); })
        .withFont([](const Item &i) {
            if (i.event.kindKey != QLatin1String("general_assembly"))
                return QVariant();
            QFont f;
            f.setBold(true);
            return QVariant(f);
        });
    addColumn([] { return tr("Kind"); }, [](const Item &i) { return i.event.kindName; }).sortBy([](const Item &i) {
        return foldKey(i.event.kindName);
    });
    addColumn([] { return tr("Place"); }, [](const Item &i) { return i.event.placeText(); }).sortBy([](const Item &i) {
        return foldKey(i.event.placeText());
    });
    addColumn([] { return tr("Audience"); }, [](const Item &i) { return audienceLabel(i.event.audience); }).sortBy([](const Item &i) {
        return int(i.event.audience);
    });
    addColumn([] { return tr("Our role"); }, [](const Item &i) { return roleLabel(i.event.role); }).sortBy([](const Item &i) {
        return int(i.event.role);
    });
    addColumn([] { return tr("Registered"); }, [](const Item &i) { return registrationText(i); })
        .sortBy([](const Item &i) { return i.counts.seatsTaken(); })
        .alignRight()
        .withTone([](const Item &i) {
            // Past events are greyed as a whole (the row's tone); a full one that is still to come shows it.
            const Event &e = i.event;
            if (e.lastDay() >= fd::today() && e.capacity && i.counts.seatsTaken() >= *e.capacity)
                return QVariant(QBrush(toneColor(Tone::Problem)));
            return QVariant();
        })
        .withTooltip([](const Item &i) {
            return tr("%1 registered, %2 on the waitlist, %3 cancelled, %4 attended, %5 no-show")
                .arg(i.counts.registered)
                .arg(i.counts.waitlisted)
                .arg(i.counts.cancelled)
                .arg(i.counts.attended)
                .arg(i.counts.noShow);
        });
    addColumn([] { return tr("Participants"); }, [](const Item &i) {
        const auto n = i.participants();
        return n ? QVariant(*n) : QVariant();
    })
        .sortBy([](const Item &i) { return i.participants().value_or(-1); })
        .alignRight()
        .withTooltip([](const Item &i) {
            if (i.counts.attended == 0 && i.event.reportedParticipants)
                return QVariant(tr("Reported number (no attendance taken)"));
            return QVariant();
        });
    Q_ASSERT(columnCount() == ColumnCount);

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
    return foldKey(QStringList{e.title, e.kindName, e.city, e.venue, e.partners, e.projectName, e.projectTitle, e.funderName,
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

QString EventModel::titleText(const Event &e)
{
    return e.assemblyNumber > 0 && !e.title.contains(QString::number(e.assemblyNumber)) ? tr("%1. %2").arg(e.assemblyNumber).arg(e.title)
                                                                                        : e.title;
}

QVariant EventModel::rowTone(const EventListItem &item) const
{
    if (item.event.lastDay() < fd::today())
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    return {};
}

} // namespace fd
