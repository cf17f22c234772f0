// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.hpp"
#include "uitest.h"

#include "app/session.h"
#include "db/database.h"
#include "events/eventeditor.h"
#include "events/eventrepository.h"
#include "events/eventspage.h"
#include "records/kindeditor.h"
#include "records/kindpage.h"
#include "records/recordkind.h"
#include "records/recordspage.h"
#include "records/referringrows.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QTest>
#include <QTreeWidget>

using namespace fd;

namespace {

qint64 addProject(Database &db, const QString &acronym, const QString &title)
{
    auto created = Records(db, *findRecordKind(QStringLiteral("projects")))
                       .create({{QStringLiteral("acronym"), acronym}, {QStringLiteral("title"), title}});
    REQUIRE(created);
    return created->id;
}

qint64 addEvent(Database &db, const QString &title, const QDate &day, qint64 projectId)
{
    Event e;
    e.title = title;
    e.kindId = EventKindRepository(db).find(QStringLiteral("Webinar"))->value().id;
    e.startDate = day;
    e.projectId = projectId;
    auto created = EventRepository(db).create(e);
    REQUIRE(created);
    return created->id;
}

} // namespace

TEST_CASE("An event is given one of the office's projects in its form, and undo takes the project away again", "[ui][events][projects][undo]")
{
    test::UiFixture ui;
    Database &db = ui.window().session()->db();
    const qint64 project = addProject(db, QStringLiteral("ZZTEST"), QStringLiteral("A project for this test"));
    const qint64 event = addEvent(db, QStringLiteral("Test webinar"), QDate(2024, 4, 9), 0);
    auto *events = ui.page<EventsPage>(QStringLiteral("events"));
    ui.window().openRecord(Entity::Event, event);
    REQUIRE(events->eventEditor()->currentId() == event);
    auto *combo = events->eventEditor()->findChild<QComboBox *>(QStringLiteral("project"));
    auto *name = events->eventEditor()->findChild<QLineEdit *>(QStringLiteral("project_name"));
    REQUIRE(combo);
    REQUIRE(name);
    CHECK(combo->currentData().toLongLong() == 0);
    const int index = combo->findData(project);
    REQUIRE(index > 0);
    CHECK(combo->itemText(index) == QStringLiteral("ZZTEST A project for this test"));

    combo->setCurrentIndex(index);
    CHECK_FALSE(name->isEnabled()); // a project of the office's own needs no name beside it
    REQUIRE(events->eventEditor()->save());
    CHECK(EventRepository(db).byId(event)->projectId == project);

    ui.window().undoAction()->trigger();
    CHECK(EventRepository(db).byId(event)->projectId == 0);
    CHECK(combo->currentData().toLongLong() == 0);
    CHECK(name->isEnabled());
    ui.window().redoAction()->trigger();
    CHECK(EventRepository(db).byId(event)->projectId == project);
    CHECK(combo->currentData().toLongLong() == project);
}

TEST_CASE("A project's form lists its events by date, follows changes, and a double click opens the event on the Events page",
          "[ui][records][projects]")
{
    test::UiFixture ui;
    Database &db = ui.window().session()->db();
    const qint64 project = addProject(db, QStringLiteral("ZZTEST"), QStringLiteral("A project for this test"));
    const qint64 later = addEvent(db, QStringLiteral("Final conference"), QDate(2025, 11, 20), project);
    const qint64 first = addEvent(db, QStringLiteral("Kick-off"), QDate(2024, 2, 6), project);
    addEvent(db, QStringLiteral("Not of the project"), QDate(2024, 3, 1), 0);

    ui.window().openRecord(Entity::Project, project);
    auto *page = ui.recordsTab<KindPage>(QStringLiteral("projects"));
    REQUIRE(page);
    REQUIRE(page->kindEditor()->currentId() == project);
    ReferringRows *rows = page->kindEditor()->referringRows(QStringLiteral("events"));
    REQUIRE(rows);
    QTreeWidget *view = rows->view();
    REQUIRE(view->topLevelItemCount() == 2);
    CHECK(view->topLevelItem(0)->text(1) == QStringLiteral("Kick-off"));
    CHECK(view->topLevelItem(0)->text(0).contains(QStringLiteral("2024")));
    CHECK(view->topLevelItem(1)->text(1) == QStringLiteral("Final conference"));
    CHECK(view->editTriggers() == QAbstractItemView::NoEditTriggers);

    // An event linked elsewhere (the Events page) shows up at once.
    Event third = *EventRepository(db).resolve(QStringLiteral("Not of the project"));
    third.projectId = project;
    REQUIRE(EventRepository(db).update(third));
    CHECK(view->topLevelItemCount() == 3);

    const QRect rect = view->visualItemRect(view->topLevelItem(2));
    REQUIRE(view->topLevelItem(2)->data(0, Qt::UserRole).toLongLong() == later);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    auto *events = ui.page<EventsPage>(QStringLiteral("events"));
    CHECK(ui.window().currentPage() == events);
    CHECK(events->eventEditor()->currentId() == later);
    Q_UNUSED(first);
}
