// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/notifier.h"
#include "events/event.h"

#include <QAbstractTableModel>
#include <QHash>

namespace fd {

class Database;

// The registrations of one event, in the order people registered, with
// their place on the waitlist.
class RegistrationModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Name, Organisation, Status, Source, RegisteredAt, Notes, ColumnCount };

    explicit RegistrationModel(Database &db, QObject *parent = nullptr);

    void setEvent(qint64 eventId);
    qint64 eventId() const { return m_eventId; }
    const Registration &registration(int row) const { return m_rows.at(row); }
    int rowOfPerson(qint64 personId) const;
    int rowOf(qint64 registrationId) const;
    RegistrationCounts counts() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();

signals:
    void countsChanged();

private:
    void onChanged(Entity entity, ChangeKind kind, const QList<qint64> &ids);

    Database &m_db;
    qint64 m_eventId = 0;
    QList<Registration> m_rows;
    QList<QString> m_filterTexts;
    QHash<qint64, int> m_waitlistPosition; // registration id -> 1, 2, ...
};

QColor statusColor(RegistrationStatus status);

} // namespace fd
