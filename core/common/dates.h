// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTime>
#include <QVariant>

#include <optional>

namespace fd {

// Dates as people type them in German offices and as Excel writes them:
// "4.7.2024", "04.07.2024", "4.7.24", "2024-07-04". Returns an invalid QDate
// for anything else, including impossible dates such as 31.02.2024.
// Two-digit years follow Excel and LibreOffice: below TwoDigitYearPivot they
// are 20xx, from it on 19xx ("1.1.29" is 2029, "01.01.50" is 1950).
QDate parseUserDate(QStringView text);
inline constexpr int TwoDigitYearPivot = 30;

// What people type into a date field: everything parseUserDate() reads, and
// the locale's own short form with a four-digit year (15/01/2024, 1/15/2024).
QDate parseDisplayedDate(QStringView text);

// A time as typed: "9:30", "09:30", "9.30", "14 Uhr".
QTime parseUserTime(QStringView text);

// A day with an optional time of day (invalid `time`: the day only).
struct DateAndTime {
    QDate date;
    QTime time;
};

// A date, or a date and a time, as lists write them: "16.05.2024",
// "16.05.2024 14:00", "16.05.2024 14.00 Uhr", "2024-05-16T14:00",
// "2024-05-16 14:00:30". nullopt for anything else, including a date with
// trailing text that is not a time.
std::optional<DateAndTime> parseUserDateTime(QStringView text);

// The one place where dates and timestamps cross into and out of the database.
// Dates are ISO-8601 ("2024-05-16"); timestamps UTC with milliseconds and "Z".
// Both sort as text in SQLite and bind to date / timestamptz in PostgreSQL.
QVariant toDbDate(const QDate &date);
QDate fromDbDate(const QVariant &value);
QVariant toDbTime(const QTime &time);
QTime fromDbTime(const QVariant &value);
QVariant toDbTimestamp(const QDateTime &dateTime);
QDateTime fromDbTimestamp(const QVariant &value);

// nowUtc() and today(): common/clock.h.

// Dates and times as people read them in tables, forms and documents. The
// one place for their forms: in German 08.02.2024, 08.02., 14:00; in English
// 08/02/2024, 08/02, 14:00. The locale is the default one, which
// i18n::install() sets from the UI language (i18n::localeFor()), so the
// forms follow the UI language, not the computer's region.
QString formatDate(const QDate &date, const QLocale &locale = QLocale());
// Day and month for a list within one year: "19.09." / "19/09".
QString formatDayMonth(const QDate &date, const QLocale &locale = QLocale());
// A time of day, always on the 24-hour clock: "14:00".
QString formatTime(const QTime &time, const QLocale &locale = QLocale());
// A moment in the computer's time zone: "08.02.2024 14:00" / "08/02/2024 14:00".
QString formatDateTime(const QDateTime &dateTime, const QLocale &locale = QLocale());

// For CSV export: "04.07.2024" in German, ISO otherwise.
QString formatDateForExport(const QDate &date, bool german);

// For CSV export, read back by parseUserDateTime(): "16.05.2024 14:00" in
// German, "2024-05-16T14:00" otherwise; seconds only when there are some;
// the date alone when `time` is invalid.
QString formatDateTimeForExport(const QDate &date, const QTime &time, bool german);

} // namespace fd
