// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/notifier.h"
#include "people/person.h"

#include "common/recordtablemodel.h"

namespace fd {

class Database;

// Everyone, each with where they work now; kept current by the notifier.
class PersonModel : public RecordTableModel<PersonListItem>
{
    Q_OBJECT
public:
    enum Column { Name, Title, Organisation, Function, Email, Phone, Consents, ColumnCount };

    explicit PersonModel(Database &db, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();

protected:
    qint64 idOf(const PersonListItem &item) const override { return item.person.id; }
    QString filterText(const PersonListItem &item) const override;
    QString sortKey(const PersonListItem &item) const override;

private:
    void onChanged(Entity entity, ChangeKind kind, const QList<qint64> &ids, const QStringList &fields);
    void onReset(Entity entity);
    static QString consentText(const Person &p);

    Database &m_db;
};

} // namespace fd
