// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QMenu;
class QWidget;

namespace fd {

enum class ListFormat; // exchange/exchange.h
class Session;

// The ways out of ForumDesk for one event: participant list for Excel, PDF
// sign-in sheet, badges and certificates, calendar files, the e-mail
// addresses for a mail client and the on-site pack. Fills a menu; asks for
// the file; tells what was written and offers to open it.
class EventExports : public QObject
{
    Q_OBJECT
public:
    // `selection`: the registrations the user selected (the e-mail goes to them, or to everyone if none).
    EventExports(Session &session, QWidget *parent, std::function<qint64()> currentEvent,
                 std::function<QList<qint64>()> selection = {});

    void fillMenu(QMenu *menu);

    void participantList(ListFormat format);
    void signInSheet();
    void badges();
    void certificates();
    void calendarEntry();
    void calendarOfYear();
    void writeEmail();
    void onSitePack();

private:
    QString askFile(const QString &title, const QString &suggestedName, const QString &filter);
    void done(const QString &message, const QString &path);
    void failed(const QString &message);
    QString baseName() const;

    Session &m_session;
    QWidget *m_parent;
    std::function<qint64()> m_currentEvent;
    std::function<QList<qint64>()> m_selection;
};

} // namespace fd
