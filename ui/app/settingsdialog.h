// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;

namespace fd {

// The user's preferences: for now the language of the interface.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    void accept() override;

    bool languageChanged() const { return m_languageChanged; }

private:
    QComboBox *m_language;
    bool m_languageChanged = false;
};

} // namespace fd
