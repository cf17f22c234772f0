// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/notifier.h"
#include "events/event.h"

#include <QAbstractTableModel>

namespace fd {

class Database;

// All events with their registration counts, kept current by the notifier.
class EventModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Date, Title, Kind, Place, Audience, Role, Registrations, Participants, ColumnCount };

    explicit EventModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const EventListItem &item(int row) const { return m_rows.at(row); }
    int rowOf(qint64 id) const;
    void reload();

private:
    void onChanged(Entity entity, ChangeKind kind, const QList<qint64> &ids);
    void refresh(qint64 id);
    void removeAt(int row);
    static QString registrationText(const EventListItem &item);
    static QString filterText(const EventListItem &item);

    Database &m_db;
    QList<EventListItem> m_rows;
    QList<QString> m_filterTexts;
};

} // namespace fd
