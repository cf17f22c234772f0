// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/notifier.h"
#include "events/event.h"

#include "common/recordtablemodel.h"

#include <QHash>

namespace fd {

class Database;

// The registrations of one event, in the order people registered, with
// their place on the waitlist; kept current by the notifier, one row at a time.
class RegistrationModel : public RecordTableModel<Registration>
{
    Q_OBJECT
public:
    enum Column { Number, Name, Organisation, Status, Source, RegisteredAt, Notes, ColumnCount };

    explicit RegistrationModel(Database &db, QObject *parent = nullptr);

    void setEvent(qint64 eventId);
    qint64 eventId() const { return m_eventId; }
    const Registration &registration(int row) const { return item(row); }
    int rowOfPerson(qint64 personId) const;
    RegistrationCounts counts() const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void reload();

signals:
    void countsChanged();

protected:
    qint64 idOf(const Registration &r) const override { return r.id; }
    QString filterText(const Registration &r) const override;
    QVariant statusOf(const Registration &r) const override { return int(r.status); }
    QVariant rowTone(const Registration &r) const override;

private:
    void onChanged(Entity entity, ChangeKind kind, const QList<qint64> &ids);
    void refreshRegistrations(const QList<qint64> &ids);
    void readWaitlist();

    Database &m_db;
    qint64 m_eventId = 0;
    QHash<qint64, int> m_waitlistPosition; // registration id -> 1, 2, ...
};

QColor statusColor(RegistrationStatus status);

} // namespace fd
