// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/command.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace fd {

class Database;
class OrganisationField;

// A person entered on the spot (a phone call, a walk-in), with the fields a
// registration needs; everything else can be added later on the People page.
class QuickPersonDialog : public QDialog
{
    Q_OBJECT
public:
    // `typed` is what the user typed into the search: it fills the name or e-mail.
    QuickPersonDialog(Database &db, const QString &typed, QWidget *parent = nullptr);
    commands::NewPerson newPerson() const { return m_result; }
    void accept() override;

private:
    // Grows the dialog when a message or the new-organisation line appears.
    void fitHeight();

    Database &m_db;
    commands::NewPerson m_result;
    QComboBox *m_title;
    QLineEdit *m_first;
    QLineEdit *m_last;
    OrganisationField *m_organisation;
    QLineEdit *m_jobTitle;
    QLineEdit *m_email;
    QLabel *m_error;
};

} // namespace fd
