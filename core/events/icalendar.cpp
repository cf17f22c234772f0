// SPDX-License-Identifier: GPL-3.0-or-later
#include "icalendar.h"

#include "common/dates.h"

#include <QDir>
#include <QSaveFile>
#include <QStringList>
#include <QTimeZone>

namespace fd {

namespace {

// The office keeps times as the wall-clock time in Germany; calendars get UTC
// so that no VTIMEZONE block is needed and every client agrees on the hour.
const QByteArray OfficeTimeZone = QByteArrayLiteral("Europe/Berlin");

QByteArray utcStamp(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QByteArray dateValue(const QDate &date)
{
    return date.toString(QStringLiteral("yyyyMMdd")).toLatin1();
}

// The instant a wall-clock time in the office's zone stands for. A time the
// clocks skip in spring is read with the offset before the gap, as RFC 5545
// (3.3.5) says: 02:30 on 31 March 2024 in Berlin is 01:30 UTC (03:30 summer time).
QDateTime officeInstant(const QDate &date, const QTime &time)
{
    const QTimeZone zone(OfficeTimeZone);
    const QDateTime local(date, time, zone);
    if (local.isValid() && local.date() == date && local.time() == time)
        return local.toUTC();
    const QDateTime wallClock(date, time, QTimeZone::utc());
    return wallClock.addSecs(-zone.offsetFromUtc(wallClock.addDays(-1)));
}

// Appends one content line, folded, with its CRLF.
void addLine(QByteArray &out, const QByteArray &line)
{
    out += ICalendar::foldLine(line);
    out += "\r\n";
}

void addText(QByteArray &out, const char *name, const QString &value)
{
    if (value.trimmed().isEmpty())
        return;
    addLine(out, QByteArray(name) + ':' + ICalendar::escapeText(value).toUtf8());
}

QString description(const Event &e)
{
    QStringList lines;
    if (!e.kindName.isEmpty())
        lines << ICalendar::tr("Kind: %1").arg(e.kindName);
    lines << ICalendar::tr("Our role: %1").arg(roleLabel(e.role));
    if (!e.partners.trimmed().isEmpty())
        lines << ICalendar::tr("Partners: %1").arg(e.partners.trimmed());
    // The office's notes are internal: a calendar file travels on to others.
    return lines.join(QLatin1Char('\n'));
}

void addEvent(QByteArray &out, const Event &e, const QByteArray &stamp)
{
    addLine(out, "BEGIN:VEVENT");
    addLine(out, "UID:" + ICalendar::escapeText(ICalendar::uid(e)).toUtf8());
    addLine(out, "DTSTAMP:" + stamp);
    if (e.startTime.isValid()) {
        const QDateTime start = officeInstant(e.startDate, e.startTime);
        addLine(out, "DTSTART:" + utcStamp(start));
        QDateTime end;
        if (e.endTime.isValid()) {
            end = officeInstant(e.lastDay(), e.endTime);
            // DTEND must come after DTSTART. Across the hour skipped in spring
            // (02:30 to 03:15) it would not: the event keeps the length its
            // clock times give. An end equal to the start is left out.
            if (end <= start) {
                const qint64 length = QDateTime(e.startDate, e.startTime, QTimeZone::utc())
                                          .secsTo(QDateTime(e.lastDay(), e.endTime, QTimeZone::utc()));
                end = length > 0 ? start.addSecs(length) : QDateTime();
            }
        } else if (e.isMultiDay()) {
            // No end time: the event runs to the end of its last day.
            end = officeInstant(e.lastDay().addDays(1), QTime(0, 0));
        }
        // A single day with only a start time has no DTEND: RFC 5545 then
        // means "ends when it starts", which is what we know.
        if (end.isValid())
            addLine(out, "DTEND:" + utcStamp(end));
    } else {
        // All-day: DTEND is exclusive, the day after the last day.
        addLine(out, "DTSTART;VALUE=DATE:" + dateValue(e.startDate));
        addLine(out, "DTEND;VALUE=DATE:" + dateValue(e.lastDay().addDays(1)));
    }
    addText(out, "SUMMARY", e.title);
    addText(out, "DESCRIPTION", description(e));
    addText(out, "LOCATION", e.placeText());
    if (!e.kindName.isEmpty())
        addText(out, "CATEGORIES", e.kindName);
    // Members-only documentation stays out: this file may reach the public.
    const QString url = e.documentationUrl.trimmed();
    if (!url.isEmpty() && !e.documentationMembersOnly)
        addLine(out, "URL:" + url.toUtf8());
    if (e.updatedAt.isValid())
        addLine(out, "LAST-MODIFIED:" + utcStamp(e.updatedAt));
    addLine(out, "END:VEVENT");
}

} // namespace

QString ICalendar::uid(const Event &event)
{
    return event.uuid.toString(QUuid::WithoutBraces) + QStringLiteral("@forumdesk");
}

QString ICalendar::escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        switch (ch.unicode()) {
        case '\\': out += QLatin1String("\\\\"); break;
        case ';': out += QLatin1String("\\;"); break;
        case ',': out += QLatin1String("\\,"); break;
        case '\r':
            // CRLF and a lone CR are one line break each.
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            out += QLatin1String("\\n");
            break;
        case '\n': out += QLatin1String("\\n"); break;
        default:
            // Other control characters are not allowed in TEXT (RFC 5545 3.3.11).
            if (ch.unicode() < 0x20 && ch != QLatin1Char('\t'))
                break;
            out += ch;
        }
    }
    return out;
}

QByteArray ICalendar::foldLine(const QByteArray &line)
{
    constexpr int MaxOctets = 75;
    if (line.size() <= MaxOctets)
        return line;
    QByteArray out;
    qsizetype pos = 0;
    bool first = true;
    while (pos < line.size()) {
        // Continuation lines start with a space, which counts against the 75.
        const qsizetype room = first ? MaxOctets : MaxOctets - 1;
        qsizetype end = std::min(pos + room, line.size());
        // Back off to the start of a UTF-8 sequence (continuation bytes are 10xxxxxx).
        while (end < line.size() && end > pos + 1 && (uchar(line.at(end)) & 0xC0) == 0x80)
            --end;
        if (!first)
            out += "\r\n ";
        out += line.mid(pos, end - pos);
        pos = end;
        first = false;
    }
    return out;
}

QByteArray ICalendar::write(const QList<Event> &events, const QDateTime &stamp)
{
    const QByteArray dtstamp = utcStamp(stamp.isValid() ? stamp : nowUtc());
    QByteArray out;
    addLine(out, "BEGIN:VCALENDAR");
    addLine(out, "VERSION:2.0");
    addLine(out, QByteArrayLiteral("PRODID:-//ForumDesk//ForumDesk ") + FORUMDESK_VERSION + "//EN");
    addLine(out, "CALSCALE:GREGORIAN");
    // No METHOD: this is a calendar file (RFC 5545), not an iTIP message.
    // METHOD:PUBLISH would make it one (RFC 5546), which needs an ORGANIZER
    // in every event, and strict readers such as libical refuse it without.
    for (const Event &e : events)
        addEvent(out, e, dtstamp);
    addLine(out, "END:VCALENDAR");
    return out;
}

Status ICalendar::writeFile(const QList<Event> &events, const QString &path, const QDateTime &stamp)
{
    if (events.isEmpty())
        return Error(Error::Code::NotFound, tr("There are no events to put into the calendar."));
    // QSaveFile: a failed write leaves an earlier file untouched, never half a calendar.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(Error::Code::Io, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    file.write(write(events, stamp));
    if (!file.commit())
        return Error(Error::Code::Io, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

} // namespace fd
