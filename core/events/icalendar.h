// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "events/event.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace fd {

// Events as an RFC 5545 calendar (.ics) for Outlook, Thunderbird, phones and
// the website. A calendar file travels: it may be mailed to partners or put
// online, so a documentation link marked members-only never goes into it.
class ICalendar
{
    Q_DECLARE_TR_FUNCTIONS(ICalendar)
public:
    // The whole calendar: UTF-8 without BOM, CRLF line ends, lines folded at
    // 75 octets, times in UTC, no METHOD (a plain file, not an invitation).
    // `stamp` becomes every DTSTAMP; invalid means now.
    static QByteArray write(const QList<Event> &events, const QDateTime &stamp = QDateTime());
    // The same into a file; refuses an empty list, since RFC 5545 requires at
    // least one component and an empty calendar helps nobody.
    static Status writeFile(const QList<Event> &events, const QString &path, const QDateTime &stamp = QDateTime());

    // Building blocks, public for the tests.
    // TEXT value escaping: backslash, semicolon, comma and line breaks.
    static QString escapeText(const QString &text);
    // One content line (without CRLF) folded into physical lines of at most
    // 75 octets joined by CRLF + space; never splits a UTF-8 sequence.
    static QByteArray foldLine(const QByteArray &line);
    // The VEVENT's UID: stable across exports, so calendars update the event
    // instead of adding a copy.
    static QString uid(const Event &event);
};

} // namespace fd
