// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/page.h"
#include "events/event.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace fd {

class FilterProxy;
class PersonPicker;
class RegistrationModel;

// Check-in on the day: large rows, type to find, Enter checks in, Space in
// the list marks attended (and back), walk-ins entered on the spot, live
// counts. Space in the search is a space: names have them ("van der Berg").
// Works the same on the office database and on an on-site pack.
class CheckInPage : public Page
{
    Q_OBJECT
public:
    explicit CheckInPage(Session &session, QWidget *parent = nullptr);

    // Listed in the window before the page is built (it is built when first shown).
    static QString pageId() { return QStringLiteral("checkin"); }
    static QString pageTitle() { return tr("Check-in"); }
    static QIcon pageIcon();
    QString id() const override { return pageId(); }
    QString title() const override { return pageTitle(); }
    QIcon icon() const override { return pageIcon(); }
    bool canCreate() const override { return true; }
    void createItem() override; // a walk-in
    void focusFilter() override;
    void showRecord(qint64 eventId) override;
    bool showsEntity(Entity entity) const override { return entity == Entity::Event; }

    qint64 eventId() const;
    QLineEdit *findField() const { return m_find; }
    QTableView *view() const { return m_view; }
    PersonPicker *walkInPicker() const { return m_walkIn; }
    QLabel *countsLabel() const { return m_counts; }
    void toggleCurrent();   // Space: in, and out again
    void checkInCurrent();  // Enter: in only
    void toggle(const Registration &r);
    void checkIn(const Registration &r);
    std::optional<Registration> currentRegistration() const;
    void say(const QString &text, bool problem);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void fillEvents();
    void onEventChosen();
    void updateCounts();
    void walkInPerson(qint64 personId);
    void walkInNew(const QString &typed);

    QComboBox *m_event;
    QLabel *m_counts;
    QLineEdit *m_find;
    QLabel *m_keyHint;
    // After a check-in from the keyboard the next letters start a new search.
    bool m_searchDone = false;
    QCheckBox *m_showCancelled;
    QTableView *m_view;
    PersonPicker *m_walkIn;
    QLabel *m_feedback;
    RegistrationModel *m_model;
    FilterProxy *m_proxy;
};

} // namespace fd
