// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/notifier.h"
#include "events/event.h"

#include "common/recordtablemodel.h"

namespace fd {

class Database;

// All events with their registration counts, kept current by the notifier.
class EventModel : public RecordTableModel<EventListItem>
{
    Q_OBJECT
public:
    enum Column { Date, Title, Kind, Place, Audience, Role, Registrations, Participants, ColumnCount };

    explicit EventModel(Database &db, QObject *parent = nullptr);

    void reload();

protected:
    qint64 idOf(const EventListItem &item) const override { return item.event.id; }
    QString filterText(const EventListItem &item) const override;
    QVariant rowTone(const EventListItem &item) const override;

private:
    void onChanged(Entity entity, ChangeKind kind, const QList<qint64> &ids, const QStringList &fields);
    static QString registrationText(const EventListItem &item);
    static QString titleText(const Event &e);

    Database &m_db;
};

} // namespace fd
