// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.hpp"

#include "common/dates.h"

using namespace fd;

TEST_CASE("German dates with and without leading zeros are read", "[dates]")
{
    CHECK(parseUserDate(u"4.7.2024") == QDate(2024, 7, 4));
    CHECK(parseUserDate(u"04.07.2024") == QDate(2024, 7, 4));
    CHECK(parseUserDate(u" 16.05.2024 ") == QDate(2024, 5, 16));
    CHECK(parseUserDate(u"4.7.24") == QDate(2024, 7, 4));
    CHECK(parseUserDate(u"1.1.99") == QDate(1999, 1, 1));
}

TEST_CASE("Two-digit years follow the window of Excel and LibreOffice, 1930 to 2029", "[dates]")
{
    CHECK(parseUserDate(u"01.01.50") == QDate(1950, 1, 1));
    CHECK(parseUserDate(u"1.1.69") == QDate(1969, 1, 1));
    CHECK(parseUserDate(u"31.12.30") == QDate(1930, 12, 31));
    CHECK(parseUserDate(u"31.12.29") == QDate(2029, 12, 31));
    CHECK(parseUserDate(u"1.1.00") == QDate(2000, 1, 1));
    CHECK(parseUserDateTime(u"1.1.69 10:00")->date == QDate(1969, 1, 1));
    // Four digits are taken as written.
    CHECK(parseUserDate(u"1.1.2050") == QDate(2050, 1, 1));
}

TEST_CASE("ISO dates are read, with or without a time part", "[dates]")
{
    CHECK(parseUserDate(u"2024-07-04") == QDate(2024, 7, 4));
    CHECK(parseUserDate(u"2024-7-4") == QDate(2024, 7, 4));
    CHECK(parseUserDate(u"2024-07-04T10:00:00") == QDate(2024, 7, 4));
}

TEST_CASE("Impossible and foreign date forms are rejected", "[dates]")
{
    CHECK_FALSE(parseUserDate(u"31.02.2024").isValid());
    CHECK_FALSE(parseUserDate(u"2024-13-01").isValid());
    CHECK_FALSE(parseUserDate(u"07/04/2024").isValid()); // ambiguous US/UK form
    CHECK_FALSE(parseUserDate(u"morgen").isValid());
    CHECK_FALSE(parseUserDate(u"").isValid());
    CHECK_FALSE(parseUserDate(u"4.7.").isValid());
}

TEST_CASE("Times are read as offices write them", "[dates]")
{
    CHECK(parseUserTime(u"9:30") == QTime(9, 30));
    CHECK(parseUserTime(u"09.30") == QTime(9, 30));
    CHECK(parseUserTime(u"14 Uhr") == QTime(14, 0));
    CHECK_FALSE(parseUserTime(u"25:00").isValid());
}

TEST_CASE("Dates and timestamps round-trip through the database form", "[dates]")
{
    const QDate d(2024, 5, 16);
    CHECK(toDbDate(d).toString() == QStringLiteral("2024-05-16"));
    CHECK(fromDbDate(toDbDate(d)) == d);
    CHECK(toDbDate(QDate()).isNull());
    CHECK_FALSE(fromDbDate(QVariant()).isValid());

    const QDateTime now = nowUtc();
    const QString text = toDbTimestamp(now).toString();
    CHECK(text.endsWith(QLatin1Char('Z')));
    CHECK(fromDbTimestamp(text) == now);
}

TEST_CASE("Timestamps are stored in UTC as ISO 8601 with milliseconds, exactly as Qt writes them", "[dates]")
{
    const QList<QDateTime> values = {
        QDateTime(QDate(2024, 5, 16), QTime(14, 0), Qt::UTC),
        QDateTime(QDate(2026, 11, 30), QTime(1, 2, 3, 45), Qt::UTC),
        QDateTime(QDate(999, 1, 2), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(9999, 12, 31), QTime(0, 0, 0, 7), Qt::UTC),
        // Not in UTC: converted first (01:30 at +02:00 is 23:30 the day before).
        QDateTime(QDate(2024, 3, 1), QTime(1, 30, 5, 60), Qt::OffsetFromUTC, 2 * 3600),
        QDateTime(QDate(2024, 12, 31), QTime(22, 15), Qt::OffsetFromUTC, -5 * 3600),
    };
    for (const QDateTime &value : values) {
        INFO(value.toString(Qt::ISODateWithMs).toStdString());
        CHECK(toDbTimestamp(value).toString() == value.toUTC().toString(Qt::ISODateWithMs));
        CHECK(fromDbTimestamp(toDbTimestamp(value)) == value);
    }
    CHECK(toDbTimestamp(QDateTime(QDate(2024, 3, 1), QTime(1, 30, 5, 60), Qt::OffsetFromUTC, 2 * 3600)).toString()
          == QStringLiteral("2024-02-29T23:30:05.060Z"));
    CHECK(toDbTimestamp(QDateTime()).isNull());
}

TEST_CASE("ISO dates with a time as exports write them are read exactly, and impossible ones refused", "[dates]")
{
    auto read = [](const char16_t *text) { return parseUserDateTime(QStringView(text)); };
    REQUIRE(read(u" 2024-05-16T14:05 "));
    CHECK(read(u" 2024-05-16T14:05 ")->date == QDate(2024, 5, 16));
    CHECK(read(u"2024-05-16T14:05")->time == QTime(14, 5));
    CHECK(read(u"2024-05-16 14:05:59")->time == QTime(14, 5, 59));
    CHECK(read(u"2024-02-29T09:00")->date == QDate(2024, 2, 29));
    CHECK_FALSE(read(u"2023-02-29T09:00"));
    CHECK_FALSE(read(u"2024-13-01T09:00"));
    CHECK_FALSE(read(u"2024-05-16T24:00"));
    CHECK_FALSE(read(u"2024-05-16T14:60"));
    CHECK_FALSE(read(u"2024-05-16T14:05:60"));
    CHECK_FALSE(read(u"2024-05-16X14:05"));
    // Not in the plain form: the general rules still read it.
    CHECK(read(u"2024-5-6T9:05")->time == QTime(9, 5));
}

TEST_CASE("Dates with an optional time are read in German and ISO forms", "[dates]")
{
    auto read = [](const char16_t *text) { return parseUserDateTime(QStringView(text)); };
    CHECK(read(u"16.05.2024")->date == QDate(2024, 5, 16));
    CHECK_FALSE(read(u"16.05.2024")->time.isValid());
    CHECK(read(u"16.05.2024 14:00")->time == QTime(14, 0));
    CHECK(read(u"16.5.24 9.30 Uhr")->time == QTime(9, 30));
    CHECK(read(u"2024-05-16T14:00")->time == QTime(14, 0));
    CHECK(read(u"2024-05-16 14:00:30")->time == QTime(14, 0, 30));
    CHECK_FALSE(read(u"16.05.2024 25:00"));
    CHECK_FALSE(read(u"2024-05-16Tmorgens"));
    CHECK_FALSE(read(u"31.02.2024 10:00"));
    CHECK_FALSE(read(u"bald"));
}

TEST_CASE("Dates with a time are exported so that they read back", "[dates]")
{
    CHECK(formatDateTimeForExport(QDate(2024, 5, 16), QTime(14, 0), true) == QStringLiteral("16.05.2024 14:00"));
    CHECK(formatDateTimeForExport(QDate(2024, 5, 16), QTime(14, 0, 30), false) == QStringLiteral("2024-05-16T14:00:30"));
    CHECK(formatDateTimeForExport(QDate(2024, 5, 16), QTime(), false) == QStringLiteral("2024-05-16"));
    CHECK(formatDateTimeForExport(QDate(), QTime(14, 0), true).isEmpty());
}
