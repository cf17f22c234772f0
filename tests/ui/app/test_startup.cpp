// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.hpp"
#include "uitest.h"

#include "app/settings.h"
#include "common/filterproxy.h"
#include "common/listpage.h"
#include "common/recordeditor.h"
#include "common/roles.h"

#include <QAbstractItemView>
#include <QFileInfo>
#include <QSettings>
#include <QTableView>
#include <QTest>

using namespace fd;

namespace {
// Counts the paints of a widget.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget *target) { target->installEventFilter(this); }
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        paints += event->type() == QEvent::Paint;
        return false;
    }
};
} // namespace

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

TEST_CASE("The members list paints first, then its first member is chosen and the form beside it built", "[ui][app][startup]")
{
    test::UiFixture ui;
    // Opened again in the window on screen: the page is built anew.
    REQUIRE(ui.window().openDatabase(ui.dbPath(), false));
    auto *page = qobject_cast<ListPage *>(ui.window().currentPage());
    REQUIRE(page);
    REQUIRE(page->id() == QStringLiteral("members"));
    CHECK_FALSE(page->isEditorBuilt());
    PaintCounter listPaints(page->view()->viewport());
    REQUIRE(QTest::qWaitFor([page] { return page->isEditorBuilt(); }, 5000));
    CHECK(listPaints.paints > 0);
    const QModelIndex first = page->proxy()->index(0, 0);
    CHECK(page->view()->currentIndex().row() == 0);
    CHECK(page->editor()->currentId() == first.data(roles::IdRole).toLongLong());
    CHECK(page->editor()->isVisible());
}

TEST_CASE("Ctrl+N starts a new member before the form beside the list was built, and the first row does not replace it", "[ui][app][startup]")
{
    test::UiFixture ui;
    REQUIRE(ui.window().openDatabase(ui.dbPath(), false));
    auto *page = qobject_cast<ListPage *>(ui.window().currentPage());
    REQUIRE(page);
    REQUIRE_FALSE(page->isEditorBuilt());
    QTest::keyClick(&ui.window(), Qt::Key_N, Qt::ControlModifier);
    REQUIRE(page->isEditorBuilt());
    CHECK(page->editor()->isNew());
    // The list paints, and the new record stays in the form.
    PaintCounter listPaints(page->view()->viewport());
    REQUIRE(QTest::qWaitFor([&listPaints] { return listPaints.paints > 0; }, 5000));
    QTest::qWait(50);
    CHECK(page->editor()->isNew());
    CHECK_FALSE(page->view()->currentIndex().isValid());
}

TEST_CASE("Starting on the People page paints its list before the form beside it is built", "[ui][app][startup]")
{
    test::UiFixture ui;
    ui.window().showPage(QStringLiteral("people"));
    // The next start opens on People: the database opened again in the window on screen.
    REQUIRE(ui.window().openDatabase(ui.dbPath(), false));
    auto *page = qobject_cast<ListPage *>(ui.window().currentPage());
    REQUIRE(page);
    REQUIRE(page->id() == QStringLiteral("people"));
    CHECK_FALSE(page->isEditorBuilt());
    PaintCounter listPaints(page->view()->viewport());
    REQUIRE(QTest::qWaitFor([page] { return page->isEditorBuilt(); }, 5000));
    CHECK(listPaints.paints > 0);
    CHECK(page->editor()->currentId() == page->proxy()->index(0, 0).data(roles::IdRole).toLongLong());
}
