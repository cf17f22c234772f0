// SPDX-License-Identifier: GPL-3.0-or-later
// Dates, times and numbers follow the UI language, never the computer's
// region: the locales are built here from fixed values, so these tests read
// the same on every machine.
#include "catch.hpp"

#include "common/dates.h"
#include "events/event.h"
#include "i18n/language.h"
#include "members/organisation.h"


using namespace fd;

namespace {
// Sets the default locale as i18n::install() does and puts the old one back.
class DefaultLocale
{
public:
    explicit DefaultLocale(const QLocale &locale) { QLocale::setDefault(locale); }
    ~DefaultLocale() { QLocale::setDefault(m_before); }

private:
    QLocale m_before;
};

const QLocale Systems[] = {QLocale(QLocale::English, QLocale::UnitedStates), QLocale::c(), QLocale(QLocale::German, QLocale::Germany),
                           QLocale(QLocale::French, QLocale::France), QLocale(QLocale::English, QLocale::UnitedKingdom)};
} // namespace

TEST_CASE("An English UI writes dates and times the European way, whatever the computer's region", "[dates][i18n]")
{
    for (const QLocale &system : Systems) {
        INFO("system " << system.name().toStdString());
        const QLocale english = i18n::localeFor(QStringLiteral("en"), system);
        CHECK(formatDate(QDate(2024, 2, 8), english) == QStringLiteral("08/02/2024"));
        CHECK(formatDayMonth(QDate(2024, 2, 8), english) == QStringLiteral("08/02"));
        CHECK(formatTime(QTime(14, 0), english) == QStringLiteral("14:00"));
        CHECK(formatTime(QTime(9, 5), english) == QStringLiteral("09:05"));
        CHECK(english.toString(1234.5, 'f', 2) == QStringLiteral("1,234.50"));
    }
}

TEST_CASE("A German UI writes 08.02.2024 and 14:00, whatever the computer's region", "[dates][i18n]")
{
    for (const QLocale &system : Systems) {
        INFO("system " << system.name().toStdString());
        const QLocale german = i18n::localeFor(QStringLiteral("de"), system);
        CHECK(german.language() == QLocale::German);
        CHECK(formatDate(QDate(2024, 2, 8), german) == QStringLiteral("08.02.2024"));
        CHECK(formatDayMonth(QDate(2024, 9, 19), german) == QStringLiteral("19.09."));
        CHECK(formatTime(QTime(14, 0), german) == QStringLiteral("14:00"));
        CHECK(german.toString(1234.5, 'f', 2) == QStringLiteral("1.234,50"));
        CHECK(german.standaloneMonthName(3) == QStringLiteral("März"));
    }
    // An Austrian computer keeps its own German (Jänner), with the same dates.
    const QLocale austrian = i18n::localeFor(QStringLiteral("de"), QLocale(QLocale::German, QLocale::Austria));
    CHECK(austrian.territory() == QLocale::Austria);
    CHECK(formatDate(QDate(2024, 2, 8), austrian) == QStringLiteral("08.02.2024"));
}

TEST_CASE("A moment is shown in the computer's time zone, on the 24-hour clock", "[dates][i18n]")
{
    const QDateTime at(QDate(2024, 2, 8), QTime(14, 0), Qt::LocalTime);
    CHECK(formatDateTime(at.toUTC(), i18n::localeFor(QStringLiteral("en"), QLocale(QLocale::English, QLocale::UnitedStates)))
          == QStringLiteral("08/02/2024 14:00"));
    CHECK(formatDateTime(at.toUTC(), i18n::localeFor(QStringLiteral("de"), QLocale::c())) == QStringLiteral("08.02.2024 14:00"));
    CHECK(formatDateTime(QDateTime()).isEmpty());
    CHECK(formatDate(QDate()).isEmpty());
    CHECK(formatTime(QTime()).isEmpty());
}

TEST_CASE("An event's dates, and money, follow the UI language's locale", "[dates][i18n][events]")
{
    Event e;
    e.startDate = QDate(2024, 2, 8);
    e.startTime = QTime(14, 0);
    e.endTime = QTime(16, 30);
    {
        DefaultLocale english(i18n::localeFor(QStringLiteral("en"), QLocale(QLocale::English, QLocale::UnitedStates)));
        CHECK(e.dateText() == QStringLiteral("08/02/2024, 14:00–16:30"));
        CHECK(formatMoney(200000) == QStringLiteral("€2,000.00"));
    }
    {
        DefaultLocale german(i18n::localeFor(QStringLiteral("de"), QLocale::c()));
        CHECK(e.dateText() == QStringLiteral("08.02.2024, 14:00–16:30"));
        Event twoDays = e;
        twoDays.startTime = twoDays.endTime = QTime();
        twoDays.endDate = QDate(2024, 3, 1);
        CHECK(twoDays.dateText() == QStringLiteral("08.02.–01.03.2024"));
        CHECK(formatMoney(200000) == QStringLiteral("2.000,00\u00a0€"));
    }
}
