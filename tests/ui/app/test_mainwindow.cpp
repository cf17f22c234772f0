// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.hpp"
#include "uitest.h"
#include "xlsxread.h"

#include "app/session.h"
#include "app/settings.h"
#include "common/page.h"
#include "db/database.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QListWidget>
#include <QScreen>
#include <QTest>

using namespace fd;

TEST_CASE("The main window shows the pages in the sidebar and switches with Ctrl+1 and Ctrl+2", "[ui][app]")
{
    test::UiFixture ui;
    auto *sidebar = ui.window().findChild<QListWidget *>(QStringLiteral("sidebar"));
    REQUIRE(sidebar);
    CHECK(sidebar->count() >= 2);
    QTest::keyClick(&ui.window(), Qt::Key_2, Qt::ControlModifier);
    CHECK(ui.window().currentPage()->id() == QStringLiteral("people"));
    QTest::keyClick(&ui.window(), Qt::Key_1, Qt::ControlModifier);
    CHECK(ui.window().currentPage()->id() == QStringLiteral("members"));
    test::screenshot(&ui.window(), QStringLiteral("main-window"));
}

TEST_CASE("Opening a file from a newer ForumDesk is refused and the current database stays open", "[ui][app]")
{
    test::UiFixture ui;
    QTemporaryDir dir;
    const QString newer = dir.filePath(QStringLiteral("newer.sqlite"));
    {
        auto db = Database::openSqlite(newer);
        REQUIRE(db);
        REQUIRE((*db)->setMetaValue(QStringLiteral("schema_version"), QStringLiteral("9999")));
    }
    const QString before = ui.window().session()->path();
    test::onNextModal([](QWidget *box) { test::clickButton(box, QStringLiteral("OK")); });
    CHECK_FALSE(ui.window().openDatabase(newer, false));
    CHECK(ui.window().session()->path() == before);
}

TEST_CASE("Recent files remember the databases opened, newest first", "[ui][app]")
{
    test::UiFixture ui;
    QTemporaryDir dir;
    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    REQUIRE(ui.window().openDatabase(other, true));
    const QStringList recent = settings::recentFiles.get();
    REQUIRE(recent.size() >= 2);
    CHECK(recent.first() == QFileInfo(other).absoluteFilePath());
    CHECK(recent.at(1) == QFileInfo(ui.dbPath()).absoluteFilePath());
}

TEST_CASE("File > Export for Excel writes the list of the page shown as a workbook with phone numbers as text", "[ui][app][xlsx]")
{
    test::UiFixture ui;
    ui.window().showPage(QStringLiteral("people"));
    auto *action = ui.window().findChild<QAction *>(QStringLiteral("exportXlsx"));
    REQUIRE(action);
    REQUIRE(action->isEnabled());
    const QString path = QDir(ui.dir()).filePath(QStringLiteral("Personen.xlsx"));
    test::onNextModal([path](QWidget *modal) {
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        if (!dialog) {
            modal->close();
            return;
        }
        dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept, which checks the name as a click does
    });
    action->trigger();
    REQUIRE(QFileInfo::exists(path));
    const auto sheets = test::readXlsx(path);
    REQUIRE(sheets.size() == 1);
    const test::XlsxSheet &people = sheets.first();
    CHECK(people.title == QStringLiteral("People"));
    CHECK(people.rows.size() > 10);
    const int phone = people.column(QStringLiteral("Phone"));
    REQUIRE(phone >= 0);
    int phones = 0;
    for (int row = 1; row < people.rows.size(); ++row) {
        if (const auto cell = people.cell(row, phone)) {
            ++phones;
            CHECK(cell->type == QStringLiteral("s"));
        }
    }
    CHECK(phones > 0);
    CHECK(people.rowWhere(phone, QStringLiteral("0511 367394-20")) > 0);
}

TEST_CASE("The window never starts larger than the screen, also with a size kept from a bigger monitor", "[ui][app]")
{
    // A size kept from a 2560×1440 monitor, then started on a laptop.
    {
        MainWindow big;
        big.resize(2500, 1400);
        settings::windowGeometry.set(big.saveGeometry());
    }
    MainWindow window;
    const QRect available = window.screen()->availableGeometry();
    INFO("screen " << available.width() << "x" << available.height() << ", window " << window.width() << "x" << window.height());
    CHECK(window.width() <= available.width());
    CHECK(window.height() <= available.height());
    settings::windowGeometry.set(QByteArray());
    MainWindow fresh;
    CHECK(fresh.height() <= fresh.screen()->availableGeometry().height());
}

TEST_CASE("Starting the window builds only the page it shows, the others are built when first shown", "[ui][app]")
{
    settings::lastPage.set(QStringLiteral("members"));
    test::UiFixture ui;
    CHECK(ui.window().currentPage()->id() == QStringLiteral("members"));
    CHECK(ui.window().isPageBuilt(QStringLiteral("members")));
    for (const char *id : {"people", "events", "year", "checkin", "records"}) {
        INFO(id);
        CHECK_FALSE(ui.window().isPageBuilt(QString::fromLatin1(id)));
    }
    auto *sidebar = ui.window().findChild<QListWidget *>(QStringLiteral("sidebar"));
    REQUIRE(sidebar->count() == 6);
    QTest::keyClick(&ui.window(), Qt::Key_3, Qt::ControlModifier);
    CHECK(ui.window().isPageBuilt(QStringLiteral("events")));
    CHECK(ui.window().currentPage()->id() == QStringLiteral("events"));
    CHECK_FALSE(ui.window().isPageBuilt(QStringLiteral("people")));
}
