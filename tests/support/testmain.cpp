// SPDX-License-Identifier: GPL-3.0-or-later
// One main for every test program: the Qt application is created once, on the
// offscreen platform, with English text and a fixed locale so that messages
// and dates are the same on every machine.
#define CATCH_CONFIG_RUNNER
#include "catch.hpp"

#include "db/paths.h"
#include "i18n/language.h"

#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <ctime>

#ifdef FD_TEST_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#endif

int main(int argc, char *argv[])
{
    // Dates and times are those of the office (Germany), whatever the
    // machine's zone; a test that needs another zone says so (FD_TEST_TZ).
    qputenv("TZ", qEnvironmentVariableIsEmpty("FD_TEST_TZ") ? QByteArray("Europe/Berlin") : qgetenv("FD_TEST_TZ"));
#ifdef Q_OS_WIN
    _tzset();
#else
    tzset();
#endif
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Never touch the user's real settings or database, and keep test
    // programs that run in parallel out of each other's settings.
    QStandardPaths::setTestModeEnabled(true);
    TestApplication app(argc, argv);
    fd::setApplicationIdentity();
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QLocale::setDefault(fd::i18n::localeFor(QStringLiteral("en")));
    // Screenshots for the README are taken in the users' language (tools/screenshots.sh).
    if (!qEnvironmentVariableIsEmpty("FD_TEST_LANG"))
        fd::i18n::install(app, qEnvironmentVariable("FD_TEST_LANG"));
    return Catch::Session().run(argc, argv);
}
