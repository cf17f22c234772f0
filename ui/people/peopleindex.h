// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAbstractItemModel;

namespace fd {

class Database;
class PeopleRowsModel;

// Everyone, as the person pickers offer them (name, organisation, e-mail, with
// a folded key to filter by), kept once per open database: the registrations
// and the check-in's walk-ins share it instead of each reading all people.
// It is read when first needed and then kept current row by row, as the
// People page's list is.
class PeopleIndex : public QObject
{
    Q_OBJECT
public:
    explicit PeopleIndex(Database &db, QObject *parent = nullptr);

    // The list; its rows carry roles::IdRole, roles::FilterRole and roles::SortRole.
    QAbstractItemModel *model();

private:
    Database &m_db;
    PeopleRowsModel *m_model = nullptr;
};

} // namespace fd
