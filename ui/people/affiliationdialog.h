// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "people/person.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace fd {

class DateEdit;
class Database;

// One period in which a person is our contact at an organisation.
class AffiliationDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Edit, NewPosition };
    AffiliationDialog(Database &db, const Affiliation &affiliation, Mode mode, QWidget *parent = nullptr);
    Affiliation affiliation() const { return m_affiliation; }

    void accept() override;

private:
    Affiliation m_affiliation;
    QComboBox *m_organisation;
    QLineEdit *m_jobTitle;
    DateEdit *m_from;
    DateEdit *m_until;
    QLabel *m_error;
};

// Fills a combo box with all organisations (id as item data), for choosing one by typing.
void fillOrganisationCombo(Database &db, QComboBox *combo);
// The organisation whose name is typed in such a combo, ignoring case and
// accents ("koln" is Köln): its id; 0 if empty; -1 if no organisation has it.
qint64 chosenOrganisation(const QComboBox *combo);

} // namespace fd
