// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/csvimport.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace fd {

class Session;

// CSV import with a preview: what the file holds, what would be created,
// what is skipped as a duplicate and which lines are wrong (line, column,
// reason). Nothing is written until the user presses Import, and then all
// rows in one undoable step, or none.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(Session &session, const QString &kind, QWidget *parent = nullptr);

    void setFile(const QString &path);
    bool canImport() const;
    const ImportReport &result() const { return m_result; }

    QPushButton *importButton() const { return m_import; }

private:
    void chooseFile();
    void analyse();
    void runImport();

    Session &m_session;
    ImportPreview m_preview;
    ImportReport m_result;
    bool m_ready = false;

    QComboBox *m_kind;
    QLineEdit *m_path;
    QLabel *m_fileInfo;
    QLabel *m_summary;
    QTreeWidget *m_messages;
    QTableWidget *m_table;
    QPushButton *m_import;
};

} // namespace fd
