// SPDX-License-Identifier: GPL-3.0-or-later
// The office's laptops have 1366×768 and 1280×720 screens: the window must
// work there without sideways scrolling or buttons cut off.
#include "catch.hpp"
#include "uitest.h"

#include "app/session.h"
#include "events/eventeditor.h"
#include "events/eventrepository.h"
#include "events/eventspage.h"
#include "events/registrationmodel.h"
#include "events/registrationpanel.h"

#include <QAbstractScrollArea>
#include <QHeaderView>
#include <QPushButton>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace fd;

namespace {
// The part of `widget` that can be seen: its rectangle clipped by every
// parent up to the window (a scroll area's viewport cuts off what is outside).
QRect visiblePart(const QWidget *widget)
{
    QRect rect(widget->mapTo(widget->window(), QPoint(0, 0)), widget->size());
    for (const QWidget *w = widget->parentWidget(); w; w = w->parentWidget()) {
        const QRect parentRect(w->isWindow() ? QPoint(0, 0) : w->mapTo(w->window(), QPoint(0, 0)), w->size());
        rect &= parentRect;
    }
    return rect;
}

bool fullyVisible(const QWidget *widget)
{
    const QRect whole(widget->mapTo(widget->window(), QPoint(0, 0)), widget->size());
    return widget->isVisible() && visiblePart(widget) == whole;
}

// Horizontal scroll bars shown anywhere in `root` except in tables and lists,
// which may scroll sideways when the user widens a column.
QStringList formsScrollingSideways(QWidget *root)
{
    QStringList found;
    for (QAbstractScrollArea *area : root->findChildren<QAbstractScrollArea *>()) {
        if (area->inherits("QAbstractItemView") || !area->isVisible())
            continue;
        if (area->horizontalScrollBar()->isVisible())
            found << QString::fromLatin1(area->metaObject()->className()) + QLatin1Char(' ') + area->objectName();
    }
    return found;
}

} // namespace

TEST_CASE("On a 1280×720 or 1366×768 laptop an event's Save button, its registrations' Status column and Export button are fully visible",
          "[ui][app][layout]")
{
    // And on an older 1024×768 screen.
    const QSize size = GENERATE(QSize(1280, 720), QSize(1366, 768), QSize(1024, 768));
    test::UiFixture ui;
    MainWindow &window = ui.window();
    window.showNormal();
    window.resize(size);
    QTest::qWait(50);
    INFO("window " << window.width() << "×" << window.height());
    // The window fits the screen: its minimum size does not push it larger.
    REQUIRE(window.size() == size);

    Database &db = window.session()->db();
    window.showPage(QStringLiteral("events"));
    auto *page = ui.page<EventsPage>(QStringLiteral("events"));
    page->selectId(EventRepository(db).resolve(QStringLiteral("SiBa-Workshop 2025: Das Frankfurter Bahnhofsviertel"))->id);
    EventEditor *editor = page->eventEditor();
    editor->tabs()->setCurrentIndex(0);
    QTest::qWait(20);
    const QString name = QStringLiteral("layout-%1x%2").arg(size.width()).arg(size.height());
    test::screenshot(&window, name + QStringLiteral("-details"));

    auto *save = editor->findChild<QPushButton *>(QStringLiteral("save"));
    REQUIRE(save);
    CHECK(fullyVisible(save));
    CHECK(formsScrollingSideways(&window).isEmpty());

    editor->showRegistrations();
    QTest::qWait(20);
    test::screenshot(&window, name + QStringLiteral("-registrations"));
    RegistrationPanel *panel = editor->registrations();
    QToolButton *exportButton = nullptr;
    for (QToolButton *b : panel->findChildren<QToolButton *>()) {
        if (b->menu() == panel->exportMenu())
            exportButton = b;
    }
    REQUIRE(exportButton);
    CHECK(fullyVisible(exportButton));
    CHECK(formsScrollingSideways(&window).isEmpty());
    // The Status column is where the work is seen: it must be on screen, not behind a scroll bar.
    QTableView *table = panel->view();
    const int statusLeft = table->horizontalHeader()->sectionViewportPosition(RegistrationModel::Status);
    const int statusRight = statusLeft + table->horizontalHeader()->sectionSize(RegistrationModel::Status);
    CHECK(statusLeft >= 0);
    CHECK(statusRight <= table->viewport()->width());
    CHECK_FALSE(table->horizontalScrollBar()->isVisible());
    CHECK(fullyVisible(table));
}

// Pictures to look at, not for the README:
//   FD_SCREENSHOT_DIR=/tmp/sizes FD_TEST_LANG=de QT_QPA_PLATFORM=xcb
//   xvfb-run -a -s "-screen 0 2600x1500x24" build/tests/ui_tests "[.sizes]"
TEST_CASE("Screenshots of every page at the sizes of the office's screens", "[.sizes]")
{
    REQUIRE_FALSE(qEnvironmentVariableIsEmpty("FD_SCREENSHOT_DIR"));
    const QSize size = GENERATE(QSize(1024, 768), QSize(1280, 720), QSize(1366, 768), QSize(1920, 1080), QSize(2560, 1440));
    test::UiFixture ui;
    MainWindow &window = ui.window();
    window.resize(size);
    QTest::qWait(50);
    const QString name = QStringLiteral("size-%1x%2-").arg(size.width()).arg(size.height());
    Database &db = window.session()->db();
    for (const QString &id : {QStringLiteral("members"), QStringLiteral("people"), QStringLiteral("year"), QStringLiteral("checkin")}) {
        window.showPage(id);
        test::screenshot(&window, name + id);
    }
    window.showPage(QStringLiteral("events"));
    auto *page = ui.page<EventsPage>(QStringLiteral("events"));
    page->selectId(EventRepository(db).resolve(QStringLiteral("SiBa-Workshop 2025: Das Frankfurter Bahnhofsviertel"))->id);
    page->eventEditor()->tabs()->setCurrentIndex(0);
    test::screenshot(&window, name + QStringLiteral("event"));
    page->eventEditor()->showRegistrations();
    test::screenshot(&window, name + QStringLiteral("registrations"));
}
