// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records/recordkind.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace fd {

class KindModel;
class Session;

// The rows of a child kind within one record, below its form: the members
// taking part in a project, the answers to a survey, a metric's values.
// Add, Edit (or Enter, a double click) and Remove; each change is one
// undoable step, made in a small form of the child kind's own declaration.
class ChildRows : public QWidget
{
    Q_OBJECT
public:
    ChildRows(Session &session, const RecordKind &kind, QWidget *parent = nullptr);

    // The record whose rows are shown; 0: none (a new record not saved yet).
    void setParentId(qint64 parentId);
    const RecordKind &kind() const { return m_kind; }
    QTableView *view() const { return m_view; }
    KindModel *model() const { return m_model; }

    void addRow();
    void editRow();
    void removeRows();

private:
    qint64 currentRowId() const;
    void updateButtons();

    Session &m_session;
    const RecordKind &m_kind;
    KindModel *m_model;
    QTableView *m_view;
    QLabel *m_hint;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

} // namespace fd
