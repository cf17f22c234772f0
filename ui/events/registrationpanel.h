// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events/event.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QMenu;
class QPushButton;
class QTableView;
class QToolButton;

namespace fd {

class FilterProxy;
class PersonPicker;
class RegistrationModel;
class Session;

// The registrations of one event: counts, fast entry from the keyboard (a
// few letters, Enter; someone new is created on the spot), the list with
// status changes, and the way out (lists, PDFs, calendar, on-site pack).
class RegistrationPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RegistrationPanel(Session &session, QWidget *parent = nullptr);

    void setEvent(qint64 eventId);
    qint64 eventId() const;
    PersonPicker *picker() const { return m_picker; }
    QTableView *view() const { return m_view; }
    RegistrationModel *model() const { return m_model; }
    QLabel *feedback() const { return m_feedback; }
    // The export menu (filled by EventsPage, which knows the documents).
    QMenu *exportMenu() const { return m_exportMenu; }
    QList<Registration> selectedRegistrations() const;

    void setStatusOfSelection(RegistrationStatus status);
    void deleteSelection();
    void copyEmails();
    void editNotes();

signals:
    void openPerson(qint64 personId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void registerPerson(qint64 personId);
    void createAndRegister(const QString &typed);
    void promote();
    void updateCounts();
    void updateButtons();
    void fitColumns();
    void say(const QString &message, bool problem = false);
    RegistrationSource source() const;

    Session &m_session;
    RegistrationModel *m_model;
    FilterProxy *m_proxy;
    QLabel *m_counts;
    PersonPicker *m_picker;
    QComboBox *m_source;
    QLabel *m_feedback;
    QTableView *m_view;
    QPushButton *m_attended;
    QPushButton *m_cancel;
    QPushButton *m_moveUp;
    QPushButton *m_delete;
    QToolButton *m_export;
    QMenu *m_exportMenu;
    int m_fittedWidth = -1;
    int m_roomForAllColumns = 0; // the table width from which source, time and notes are shown
};

} // namespace fd
