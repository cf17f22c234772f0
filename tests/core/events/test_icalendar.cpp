// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.hpp"
#include "testdb.h"

#include "events/icalendar.h"

#include <QFile>
#include <QProcess>
#include <QStringDecoder>
#include <QTimeZone>

using namespace fd;

namespace {

const QDateTime Stamp(QDate(2024, 6, 1), QTime(9, 30), QTimeZone::utc());

Event event(const QString &title, const QDate &start)
{
    Event e;
    e.uuid = QUuid::fromString(QStringLiteral("{6f1c2a3e-0d4b-4c5a-9e7f-123456789abc}"));
    e.title = title;
    e.startDate = start;
    e.city = QStringLiteral("Gelsenkirchen");
    e.kindName = QStringLiteral("General assembly");
    return e;
}

QString calendar(const QList<Event> &events)
{
    return QString::fromUtf8(ICalendar::write(events, Stamp));
}

// Content lines as a reader sees them: CRLF + space joins folded lines.
QStringList unfolded(const QByteArray &ics)
{
    QByteArray joined = ics;
    joined.replace("\r\n ", "");
    QStringList lines = QString::fromUtf8(joined).split(QStringLiteral("\r\n"));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QString property(const QByteArray &ics, const QString &name)
{
    for (const QString &line : unfolded(ics)) {
        if (line.startsWith(name + QLatin1Char(':')) || line.startsWith(name + QLatin1Char(';')))
            return line;
    }
    return {};
}

QString unescape(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\\') && i + 1 < text.size()) {
            const QChar next = text.at(++i);
            out += (next == QLatin1Char('n') || next == QLatin1Char('N')) ? QChar(QLatin1Char('\n')) : next;
        } else {
            out += text.at(i);
        }
    }
    return out;
}

} // namespace

TEST_CASE("iCalendar text values escape backslash, semicolon, comma and line breaks", "[ical]")
{
    CHECK(ICalendar::escapeText(QStringLiteral("a;b,c\\d\ne\r\nf")) == QStringLiteral("a\\;b\\,c\\\\d\\ne\\nf"));
    CHECK(ICalendar::escapeText(QStringLiteral("Köln: 19.–20.09.")) == QStringLiteral("Köln: 19.–20.09."));
}

TEST_CASE("A long summary with umlauts is folded at 75 octets and unfolds to the same text", "[ical]")
{
    QString title;
    while (title.size() < 200)
        title += QStringLiteral("Öffentliche Plätze, Straßen; Grünflächen \\ Ängste – ");
    title.truncate(200);
    const QByteArray ics = ICalendar::write({event(title, QDate(2024, 5, 16))}, Stamp);

    CHECK_FALSE(ics.startsWith("\xEF\xBB\xBF"));
    CHECK(ics.endsWith("END:VCALENDAR\r\n"));
    const QList<QByteArray> physical = ics.split('\n');
    for (int i = 0; i < physical.size() - 1; ++i) {
        const QByteArray &line = physical.at(i);
        INFO("line " << i + 1 << ": " << line.constData());
        REQUIRE(line.endsWith('\r')); // CRLF, never a bare LF
        CHECK(line.size() - 1 <= 75);
        // Each physical line is valid UTF-8 on its own: no character was split.
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString decoded = decoder(line);
        CHECK_FALSE(decoder.hasError());
    }
    const QString summary = property(ics, QStringLiteral("SUMMARY"));
    REQUIRE(summary.startsWith(QStringLiteral("SUMMARY:")));
    CHECK(unescape(summary.mid(8)) == title);
}

TEST_CASE("Folding never splits a multi-byte character", "[ical]")
{
    const QByteArray line = "X:" + QString(100, QChar(0x00E4)).toUtf8(); // 2 + 200 octets
    const QByteArray folded = ICalendar::foldLine(line);
    for (const QByteArray &part : folded.split('\n')) {
        QByteArray octets = part;
        if (octets.endsWith('\r'))
            octets.chop(1);
        CHECK(octets.size() <= 75);
        QStringDecoder decoder(QStringDecoder::Utf8);
        decoder(octets);
        CHECK_FALSE(decoder.hasError());
    }
    QByteArray unfoldedLine = folded;
    unfoldedLine.replace("\r\n ", "");
    CHECK(unfoldedLine == line);
}

TEST_CASE("The calendar has the RFC 5545 frame and a stable UID per event", "[ical]")
{
    const QString ics = calendar({event(QStringLiteral("26. Mitgliederversammlung"), QDate(2024, 5, 16))});
    CHECK(ics.startsWith(QStringLiteral("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//ForumDesk//ForumDesk ")));
    // A calendar file, not an iTIP message: METHOD:PUBLISH would need an ORGANIZER (RFC 5546).
    CHECK(ics.contains(QStringLiteral("\r\nCALSCALE:GREGORIAN\r\nBEGIN:VEVENT\r\n")));
    CHECK_FALSE(ics.contains(QStringLiteral("METHOD")));
    CHECK(ics.contains(QStringLiteral("\r\nUID:6f1c2a3e-0d4b-4c5a-9e7f-123456789abc@forumdesk\r\n")));
    CHECK(ics.contains(QStringLiteral("\r\nDTSTAMP:20240601T093000Z\r\n")));
    CHECK(ics.contains(QStringLiteral("\r\nSUMMARY:26. Mitgliederversammlung\r\n")));
    CHECK(ics.contains(QStringLiteral("\r\nLOCATION:Gelsenkirchen\r\n")));
    CHECK(ics.contains(QStringLiteral("\r\nDESCRIPTION:Kind: General assembly\\nOur role: organiser\r\n")));
    CHECK(ics.endsWith(QStringLiteral("END:VEVENT\r\nEND:VCALENDAR\r\n")));
}

TEST_CASE("All-day events end on the day after their last day", "[ical]")
{
    Event assembly = event(QStringLiteral("27. Mitgliederversammlung"), QDate(2024, 9, 19));
    assembly.endDate = QDate(2024, 9, 20);
    const QString multi = calendar({assembly});
    CHECK(multi.contains(QStringLiteral("\r\nDTSTART;VALUE=DATE:20240919\r\n")));
    CHECK(multi.contains(QStringLiteral("\r\nDTEND;VALUE=DATE:20240921\r\n")));

    const QString single = calendar({event(QStringLiteral("Workshop"), QDate(2024, 12, 31))});
    CHECK(single.contains(QStringLiteral("\r\nDTSTART;VALUE=DATE:20241231\r\n")));
    CHECK(single.contains(QStringLiteral("\r\nDTEND;VALUE=DATE:20250101\r\n")));
}

TEST_CASE("Times in Berlin are written in UTC, summer and winter", "[ical]")
{
    Event summer = event(QStringLiteral("26. Mitgliederversammlung"), QDate(2024, 5, 16));
    summer.startTime = QTime(14, 0);
    summer.endTime = QTime(15, 30);
    summer.format = EventFormat::Online;
    const QString s = calendar({summer});
    CHECK(s.contains(QStringLiteral("\r\nDTSTART:20240516T120000Z\r\n")));
    CHECK(s.contains(QStringLiteral("\r\nDTEND:20240516T133000Z\r\n")));
    CHECK(s.contains(QStringLiteral("\r\nLOCATION:online\r\n")));

    Event winter = event(QStringLiteral("Webinar"), QDate(2024, 12, 5));
    winter.startTime = QTime(10, 0);
    winter.endTime = QTime(11, 0);
    const QString w = calendar({winter});
    CHECK(w.contains(QStringLiteral("\r\nDTSTART:20241205T090000Z\r\n")));
    CHECK(w.contains(QStringLiteral("\r\nDTEND:20241205T100000Z\r\n")));

    Event trip = event(QStringLiteral("Studienreise Zürich"), QDate(2024, 10, 24));
    trip.endDate = QDate(2024, 10, 26);
    trip.startTime = QTime(9, 0);
    trip.endTime = QTime(17, 0);
    const QString t = calendar({trip});
    CHECK(t.contains(QStringLiteral("\r\nDTSTART:20241024T070000Z\r\n")));
    CHECK(t.contains(QStringLiteral("\r\nDTEND:20241026T150000Z\r\n")));
}

TEST_CASE("An event starting in the hour skipped in spring ends after it starts", "[ical]")
{
    // 31 March 2024: Berlin's clocks go from 02:00 to 03:00. RFC 5545 reads a
    // time that does not exist with the offset before the gap.
    Event night = event(QStringLiteral("Nachtwanderung"), QDate(2024, 3, 31));
    night.startTime = QTime(2, 30);
    night.endTime = QTime(3, 15);
    const QString n = calendar({night});
    CHECK(n.contains(QStringLiteral("\r\nDTSTART:20240331T013000Z\r\n")));
    CHECK(n.contains(QStringLiteral("\r\nDTEND:20240331T021500Z\r\n"))); // its 45 minutes

    // Across the gap the times are what the clock showed.
    Event across = event(QStringLiteral("Nachtschicht"), QDate(2024, 3, 31));
    across.startTime = QTime(1, 30);
    across.endTime = QTime(3, 30);
    const QString a = calendar({across});
    CHECK(a.contains(QStringLiteral("\r\nDTSTART:20240331T003000Z\r\n")));
    CHECK(a.contains(QStringLiteral("\r\nDTEND:20240331T013000Z\r\n")));

    // In autumn 02:30 happens twice; either reading ends after the start.
    Event autumn = event(QStringLiteral("Herbstnacht"), QDate(2024, 10, 27));
    autumn.startTime = QTime(2, 30);
    autumn.endTime = QTime(3, 15);
    const QString b = calendar({autumn});
    const QString start = property(b.toUtf8(), QStringLiteral("DTSTART")).mid(8);
    const QString end = property(b.toUtf8(), QStringLiteral("DTEND")).mid(6);
    CHECK(end > start);
}

TEST_CASE("libical reads our calendars without a single error", "[ical][libical]")
{
    const QString checker = QStringLiteral(FD_ICS_LIBICAL_CHECK);
    if (checker.isEmpty())
        FAIL("libical is missing, so this check cannot run: install libical-dev (tools/deps.sh --test) and configure again.");

    Event timed = event(QStringLiteral("26. Mitgliederversammlung"), QDate(2024, 5, 16));
    timed.startTime = QTime(14, 0);
    timed.endTime = QTime(15, 30);
    Event allDay = event(QStringLiteral("27. Mitgliederversammlung; Gelsenkirchen, Emscher"), QDate(2024, 9, 19));
    allDay.uuid = QUuid::fromString(QStringLiteral("{7f1c2a3e-0d4b-4c5a-9e7f-123456789abc}"));
    allDay.endDate = QDate(2024, 9, 20);
    allDay.partners = QStringLiteral("Stadt Köln, Difu \\ Efus");
    allDay.documentationUrl = QStringLiteral("https://www.example.org/mv27");
    Event night = event(QStringLiteral("Nachtwanderung"), QDate(2024, 3, 31));
    night.uuid = QUuid::fromString(QStringLiteral("{8f1c2a3e-0d4b-4c5a-9e7f-123456789abc}"));
    night.startTime = QTime(2, 30);
    night.endTime = QTime(3, 15);
    Event startOnly = event(QString(200, QChar(0x00D6)), QDate(2024, 12, 5));
    startOnly.uuid = QUuid::fromString(QStringLiteral("{9f1c2a3e-0d4b-4c5a-9e7f-123456789abc}"));
    startOnly.startTime = QTime(10, 0);

    test::TempDatabase t;
    const QString path = t.dir() + QStringLiteral("/events.ics");
    REQUIRE(ICalendar::writeFile({timed, allDay, night, startOnly}, path, Stamp));
    QProcess process;
    process.start(checker, {path});
    REQUIRE(process.waitForFinished(30000));
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    INFO(output.toStdString());
    CHECK(process.exitStatus() == QProcess::NormalExit);
    CHECK(process.exitCode() == 0);
    CHECK_FALSE(output.contains(QStringLiteral("FAIL")));
    CHECK(output.count(QStringLiteral("EVENT ")) == 4);
    CHECK(output.contains(QStringLiteral("EVENT 8f1c2a3e-0d4b-4c5a-9e7f-123456789abc@forumdesk 20240331T013000Z 20240331T021500Z")));
}

TEST_CASE("The libical check finds an iTIP calendar without an organiser and an event that ends before it starts", "[ical][libical]")
{
    // The check itself is tested, so that a green run above means something.
    const QString checker = QStringLiteral(FD_ICS_LIBICAL_CHECK);
    if (checker.isEmpty())
        FAIL("libical is missing, so this check cannot run: install libical-dev (tools/deps.sh --test) and configure again.");
    test::TempDatabase t;
    const QString path = t.writeFile(QStringLiteral("bad.ics"),
                                     "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Test//EN\r\nMETHOD:PUBLISH\r\n"
                                     "BEGIN:VEVENT\r\nUID:a@test\r\nDTSTAMP:20240601T093000Z\r\n"
                                     "DTSTART:20240331T023000Z\r\nDTEND:20240331T011500Z\r\nSUMMARY:x\r\n"
                                     "END:VEVENT\r\nEND:VCALENDAR\r\n");
    QProcess process;
    process.start(checker, {path});
    REQUIRE(process.waitForFinished(30000));
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    INFO(output.toStdString());
    CHECK(process.exitCode() == 1);
    CHECK(output.contains(QStringLiteral("ORGANIZER")));
    CHECK(output.contains(QStringLiteral("ends (20240331T011500Z) before it starts")));
}

TEST_CASE("A documentation link for members only never goes into a calendar", "[ical][privacy]")
{
    Event e = event(QStringLiteral("Fachtagung"), QDate(2024, 11, 7));
    e.documentationUrl = QStringLiteral("https://intern.defus.example/protokolle/fachtagung-2024");
    e.documentationMembersOnly = true;
    const QString hidden = calendar({e});
    CHECK_FALSE(hidden.contains(QStringLiteral("URL")));
    CHECK_FALSE(hidden.contains(QStringLiteral("intern.defus")));

    e.documentationUrl = QStringLiteral("https://www.defus.example/fachtagung-2024");
    e.documentationMembersOnly = false;
    CHECK(calendar({e}).contains(QStringLiteral("\r\nURL:https://www.defus.example/fachtagung-2024\r\n")));
}

TEST_CASE("Partners go into the description, escaped, and the office's internal notes never", "[ical]")
{
    Event e = event(QStringLiteral("Workshop"), QDate(2024, 4, 18));
    e.role = EventRole::CoOrganiser;
    e.partners = QStringLiteral("Stadt Köln, Difu");
    e.notes = QStringLiteral("internal: speaker fee still open");
    const QByteArray ics = ICalendar::write({e}, Stamp);
    const QString description = property(ics, QStringLiteral("DESCRIPTION"));
    CHECK(unescape(description.mid(12)) == QStringLiteral("Kind: General assembly\nOur role: co-organiser\nPartners: Stadt Köln, Difu"));
    CHECK(description.contains(QStringLiteral("Köln\\, Difu")));
    CHECK_FALSE(QString::fromUtf8(ics).contains(QStringLiteral("speaker fee")));
}

TEST_CASE("A calendar file is written without BOM, and an empty one is refused", "[ical]")
{
    test::TempDatabase t;
    const QString path = t.dir() + QStringLiteral("/events.ics");
    REQUIRE(ICalendar::writeFile({event(QStringLiteral("Workshop"), QDate(2024, 4, 18))}, path, Stamp));
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll().startsWith("BEGIN:VCALENDAR\r\n"));
    f.close();
    const QString empty = t.dir() + QStringLiteral("/empty.ics");
    CHECK_FALSE(ICalendar::writeFile({}, empty, Stamp));
    CHECK_FALSE(QFile::exists(empty));
}
