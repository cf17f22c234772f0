// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTableWidget;

namespace fd {

class Session;

// The office's list of event kinds, with German and English names.
class EventKindsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit EventKindsDialog(Session &session, QWidget *parent = nullptr);

private:
    void reload();
    void add();
    void rename(int row, int column);
    void remove();
    void move(int delta);

    Session &m_session;
    QTableWidget *m_table;
    bool m_loading = false;
};

} // namespace fd
