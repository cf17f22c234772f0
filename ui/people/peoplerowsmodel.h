// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/notifier.h"
#include "people/person.h"

#include "common/recordtablemodel.h"

namespace fd {

class Database;

// Everyone, each with where they work now, kept current by the notifier one
// row at a time: the People page's list and the pickers' shared index show
// the same rows with other columns. Subclasses declare their columns and
// filter text, then call reload().
class PeopleRowsModel : public RecordTableModel<PersonListItem>
{
    Q_OBJECT
public:
    explicit PeopleRowsModel(Database &db, QObject *parent = nullptr);

    void reload();

protected:
    qint64 idOf(const PersonListItem &item) const override { return item.person.id; }
    QString sortKey(const PersonListItem &item) const override;

private:
    void onChanged(Entity entity, ChangeKind kind, const QList<qint64> &ids, const QStringList &fields);
    void onReset(Entity entity);
    void refreshPeople(const QList<qint64> &ids);

    Database &m_db;
};

} // namespace fd
