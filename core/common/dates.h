// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

namespace fd {

// Dates as people type them in German offices and as Excel writes them:
// "4.7.2024", "04.07.2024", "4.7.24", "2024-07-04". Returns an invalid QDate
// for anything else, including impossible dates such as 31.02.2024.
QDate parseUserDate(QStringView text);

// What people type into a date field: everything parseUserDate() reads, and
// the locale's own short form with a four-digit year (15/01/2024, 1/15/2024).
QDate parseDisplayedDate(QStringView text);

// A time as typed: "9:30", "09:30", "9.30", "14 Uhr".
QTime parseUserTime(QStringView text);

// The one place where dates and timestamps cross into and out of the database.
// Dates are ISO-8601 ("2024-05-16"); timestamps UTC with milliseconds and "Z".
// Both sort as text in SQLite and bind to date / timestamptz in PostgreSQL.
QVariant toDbDate(const QDate &date);
QDate fromDbDate(const QVariant &value);
QVariant toDbTime(const QTime &time);
QTime fromDbTime(const QVariant &value);
QVariant toDbTimestamp(const QDateTime &dateTime);
QDateTime fromDbTimestamp(const QVariant &value);

// Now, in UTC, truncated to milliseconds so that it round-trips exactly.
QDateTime nowUtc();

// A date as people read it in tables and forms: the locale's short format,
// always with a four-digit year ("16.05.2024", "16/05/2024", "5/16/2024").
QString formatDate(const QDate &date);

// For CSV export: "04.07.2024" in German, ISO otherwise.
QString formatDateForExport(const QDate &date, bool german);

} // namespace fd
