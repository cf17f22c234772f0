// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.hpp"
#include "uitest.h"

#include "app/settings.h"
#include <QFileInfo>
#include <QSettings>
#include <QTest>

using namespace fd;

TEST_CASE("Opening a database at start-up writes the recent files and the last database after the first frame", "[ui][app][startup]")
{
    test::UiFixture prepared; // a demo database, and clean settings
    const QString path = QFileInfo(prepared.dbPath()).absoluteFilePath();
    QSettings().clear();
    {
        // As app/main.cpp starts: shown, then the database opened, then the event loop.
        MainWindow window;
        window.show();
        REQUIRE(window.openDatabase(path, false));
        CHECK(settings::recentFiles.get().isEmpty());
        CHECK(settings::lastDatabase.get().isEmpty());
        CHECK(QTest::qWaitFor([] { return !settings::recentFiles.get().isEmpty(); }, 5000));
        CHECK(settings::recentFiles.get() == QStringList{path});
        CHECK(settings::lastDatabase.get() == path);
        CHECK(settings::lastPage.get() == QStringLiteral("members"));
    }
    QSettings().clear();
    {
        // A window that goes before it ever painted still writes them.
        MainWindow window;
        window.show();
        REQUIRE(window.openDatabase(path, false));
        CHECK(settings::lastDatabase.get().isEmpty());
    }
    CHECK(settings::recentFiles.get() == QStringList{path});
    CHECK(settings::lastDatabase.get() == path);
}
