// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QKeySequence>

#include "common/formhelpers.h"
#include "common/recordeditor.h"
#include "db/notifier.h"
#include "events/event.h"

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace fd {

class DateEdit;
class RegistrationPanel;
class Session;

// The detail editor of an event: its details in one tab, its registrations
// in the other.
class EventEditor : public RecordEditor
{
    Q_OBJECT
public:
    explicit EventEditor(Session &session, QWidget *parent = nullptr);

    void load(qint64 id) override;
    void startNew() override;
    void clear() override;
    qint64 currentId() const override { return m_event.id; }
    QString currentTitle() const override { return m_event.title; }
    bool save() override;
    void focusFirstField() override;

    RegistrationPanel *registrations() const { return m_registrations; }
    QTabWidget *tabs() const { return m_tabs; }
    static QKeySequence registrationsShortcut();
    void showRegistrations();

signals:
    void editKinds();

private:
    void show(const Event &event);
    void fillForm(const Event &e);
    Event formValues(FieldErrors &errors) const;
    void fillKinds();
    void fillProjects();
    void setEnabledForm(bool enabled);
    void updateVisibility();
    void onChanged(Entity entity, ChangeKind kind, const QList<qint64> &ids);
    void offerPromotion();

    Session &m_session;
    Event m_event;

    QLabel *m_heading;
    QTabWidget *m_tabs;
    QWidget *m_details;
    QLineEdit *m_title;
    QComboBox *m_kind;
    QSpinBox *m_number;
    QLabel *m_numberLabel;
    DateEdit *m_startDate;
    QLineEdit *m_startTime;
    DateEdit *m_endDate;
    QLineEdit *m_endTime;
    QComboBox *m_format;
    QLineEdit *m_city;
    QLineEdit *m_venue;
    QComboBox *m_audience;
    QComboBox *m_role;
    QLineEdit *m_partners;
    QLabel *m_partnersLabel;
    QComboBox *m_funder;
    QComboBox *m_projectLink;        // one of the office's projects
    QLineEdit *m_project;            // or the name of another
    QSpinBox *m_capacity;
    QCheckBox *m_open;
    QSpinBox *m_reported;
    QLineEdit *m_documentation;
    QCheckBox *m_membersOnly;
    QPlainTextEdit *m_notes;
    QLabel *m_errorLabel;
    RegistrationPanel *m_registrations;
    std::unique_ptr<FormErrors> m_errors;
};

} // namespace fd
