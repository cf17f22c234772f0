// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/formhelpers.h"
#include "common/recordeditor.h"
#include "db/notifier.h"
#include "people/person.h"

#include <array>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace fd {

class DateEdit;
class OrganisationField;
class Session;

// The detail editor beside the people table: name, contact details, where
// they work now, their consents, and the history of both.
class PersonEditor : public RecordEditor
{
    Q_OBJECT
public:
    explicit PersonEditor(Session &session, QWidget *parent = nullptr);

    void load(qint64 id) override;
    void startNew() override;
    void clear() override;
    qint64 currentId() const override { return m_person.id; }
    QString currentTitle() const override { return m_person.fullName(); }
    bool save() override;
    void focusFirstField() override;

signals:
    void openEvent(qint64 eventId);

private:
    void show(const PersonListItem &item);
    void fillForm(const Person &p, const Affiliation &current);
    void setEnabledForm(bool enabled);
    void onChanged(Entity entity, ChangeKind kind, const QList<qint64> &ids);
    void loadHistory();
    void newPosition();
    void editPosition();
    void deletePosition();

    Session &m_session;
    Person m_person;
    Affiliation m_current;

    QLabel *m_heading;
    QComboBox *m_title;
    QLineEdit *m_firstName;
    QLineEdit *m_lastName;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    OrganisationField *m_organisationField;
    QComboBox *m_organisation; // its combo box
    QLineEdit *m_jobTitle;
    std::array<QCheckBox *, 3> m_consent;
    std::array<DateEdit *, 3> m_consentDate;
    QPlainTextEdit *m_notes;
    QLabel *m_errorLabel;
    QWidget *m_details;
    QTableWidget *m_history;
    QPushButton *m_newPosition;
    QPushButton *m_editPosition;
    QPushButton *m_deletePosition;
    QListWidget *m_consentLog;
    QListWidget *m_events;
    std::unique_ptr<FormErrors> m_errors;
    QList<Affiliation> m_affiliations;
};

} // namespace fd
