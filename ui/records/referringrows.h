// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/notifier.h"
#include "db/table.h"

#include <QWidget>

class QTreeWidget;

namespace fd {

class Session;

// The rows of another table that refer to the record in a form through a
// reference declared Listed (a project's events), read-only with date and
// title. Enter or a double click opens one on its own page.
class ReferringRows : public QWidget
{
    Q_OBJECT
public:
    ReferringRows(Session &session, const Table &table, const Column &column, QWidget *parent = nullptr);

    // The record whose referring rows are shown; 0: none.
    void setRecordId(qint64 id);
    QTreeWidget *view() const { return m_view; }

    // The heading of such a list: the referring table's name for people.
    static QString heading(const Table &table);

signals:
    void openRecord(fd::Entity entity, qint64 id);

private:
    void reload();

    Session &m_session;
    const Table &m_table;
    const Column &m_column;
    qint64 m_recordId = 0;
    QTreeWidget *m_view;
};

} // namespace fd
