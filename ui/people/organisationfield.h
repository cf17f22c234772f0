// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;

namespace fd {

class Database;

// Where a person works: an organisation chosen by typing (ignoring case and
// accents, "koln" is Köln) or from the list. A name that is not known yet is
// never taken as a new organisation on its own (Tab, leaving the field,
// Enter): below the field a box "Create the new organisation «Gött»"
// appears, unticked, with the known names that look alike to pick instead.
// Only a ticked box lets the name be created.
class OrganisationField : public QWidget
{
    Q_OBJECT
public:
    explicit OrganisationField(Database &db, QWidget *parent = nullptr);

    QComboBox *combo() const { return m_combo; }
    QCheckBox *createBox() const { return m_create; }
    // Reads the organisations again, keeping what is typed.
    void reload();
    void setOrganisation(qint64 id); // 0: none
    // The known organisation typed or chosen; 0 if the field is empty; -1 if
    // no organisation has this name.
    qint64 organisationId() const;
    QString typedName() const;
    // The user ticked the box to create typedName() as a new organisation.
    bool creationConfirmed() const;
    // The message for a name that is not known and not confirmed.
    QString unconfirmedMessage() const;

signals:
    // The line under the field appeared or went away: the height changed.
    void statusChanged();

private:
    void updateStatus();
    void pick(const QString &link);

    Database &m_db;
    QComboBox *m_combo;
    QWidget *m_status;
    QCheckBox *m_create;
    QLabel *m_similar;
};

} // namespace fd
