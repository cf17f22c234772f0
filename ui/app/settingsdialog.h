// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "office/officeprofile.h"

#include <QDialog>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;

namespace fd {

class Session;

// The user's preferences (the language of the interface) and the office's
// details stored in the open database (who signs the certificates).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // Without a session (no database open) the office's details are not shown.
    explicit SettingsDialog(Session *session, QWidget *parent = nullptr);
    void accept() override;

    bool languageChanged() const { return m_languageChanged; }

private:
    Session *m_session;
    OfficeProfile m_profile;
    QComboBox *m_language;
    QGroupBox *m_office;
    QLineEdit *m_organisation;
    QLineEdit *m_city;
    QLineEdit *m_signatory;
    QLineEdit *m_signatoryRole;
    QLabel *m_error;
    bool m_languageChanged = false;
};

} // namespace fd
