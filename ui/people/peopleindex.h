// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QStandardItemModel;

namespace fd {

class Database;

// Everyone, as the person pickers offer them (name, organisation, e-mail, with
// a folded key to filter by), kept once per open database: the registrations
// and the check-in's walk-ins share it instead of each reading all people.
// It is read when first needed, and again on the next use after people,
// positions or organisations changed.
class PeopleIndex : public QObject
{
    Q_OBJECT
public:
    explicit PeopleIndex(Database &db, QObject *parent = nullptr);

    // The list, read again first if it is out of date. Its rows carry
    // roles::IdRole, roles::FilterRole and roles::SortRole.
    QStandardItemModel *model();
    bool isStale() const { return m_stale; }

private:
    void reload();

    Database &m_db;
    QStandardItemModel *m_model;
    bool m_stale = true;
};

} // namespace fd
