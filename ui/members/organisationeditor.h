// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/formhelpers.h"
#include "common/recordeditor.h"
#include "db/notifier.h"
#include "members/organisation.h"

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace fd {

class DateEdit;
class Session;

// The detail editor beside the members table: the organisation's fields, its
// fees per year and its contact people. Changes are saved with Enter or
// Ctrl+S (and when the selection moves on), each as one undoable step.
class OrganisationEditor : public RecordEditor
{
    Q_OBJECT
public:
    explicit OrganisationEditor(Session &session, QWidget *parent = nullptr);

    void showOrganisation(const Organisation &organisation);

    void load(qint64 id) override;
    void startNew() override;
    void clear() override;
    qint64 currentId() const override { return m_original.id; }
    QString currentTitle() const override { return m_original.name; }
    bool save() override;
    void focusFirstField() override;

signals:
    void openPerson(qint64 personId);

private:
    Organisation formValues() const;
    void fillForm(const Organisation &o);
    void setEnabledForm(bool enabled);
    void onChanged(Entity entity, ChangeKind kind, const QList<qint64> &ids);
    void loadFees();
    void loadContacts();
    void addFee();
    void editFee();
    void deleteFee();

    Session &m_session;
    Organisation m_original;

    QLabel *m_heading;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QComboBox *m_state;
    QLineEdit *m_country;
    DateEdit *m_joined;
    DateEdit *m_left;
    QLineEdit *m_website;
    QPlainTextEdit *m_notes;
    QLabel *m_errorLabel;
    QWidget *m_details;
    QTableWidget *m_fees;
    QPushButton *m_addFee;
    QPushButton *m_editFee;
    QPushButton *m_deleteFee;
    QListWidget *m_contacts;
    std::unique_ptr<FormErrors> m_errors;
    QList<MembershipFee> m_feeRows;
};

} // namespace fd
