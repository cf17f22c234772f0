// SPDX-License-Identifier: GPL-3.0-or-later
// One main for every test program: the Qt application is created once, on the
// offscreen platform, with English text and a fixed locale so that messages
// and dates are the same on every machine.
#define CATCH_CONFIG_RUNNER
#include "catch.hpp"

#include "db/paths.h"

#include <QLocale>
#include <QStandardPaths>

#ifdef FD_TEST_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#endif

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Never touch the user's real settings or database.
    QStandardPaths::setTestModeEnabled(true);
    TestApplication app(argc, argv);
    fd::setApplicationIdentity();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
#ifdef FD_CATCH3
    return Catch::Session().run(argc, argv);
#else
    return Catch::Session().run(argc, argv);
#endif
}
