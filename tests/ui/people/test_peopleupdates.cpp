// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.hpp"
#include "uitest.h"

#include "app/session.h"
#include "people/peopleindex.h"
#include "common/filterproxy.h"
#include "common/roles.h"
#include "members/organisationrepository.h"
#include "people/peoplepage.h"
#include "people/personeditor.h"
#include "people/personmodel.h"
#include "people/personrepository.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace fd;

namespace {

// The People page, small enough to scroll, with the last person but one
// selected and scrolled into view; and someone else (the first row) to change.
struct PeopleInView {
    test::UiFixture ui;
    PeoplePage *page = nullptr;
    qint64 selected = 0;
    qint64 other = 0;
    int scroll = 0;

    PeopleInView()
    {
        ui.window().resize(1100, 480);
        ui.window().showPage(QStringLiteral("people"));
        page = ui.page<PeoplePage>(QStringLiteral("people"));
        QTest::qWait(0);
        QAbstractItemModel *shown = page->view()->model();
        REQUIRE(shown->rowCount() > 20);
        selected = shown->index(shown->rowCount() - 2, 0).data(roles::IdRole).toLongLong();
        other = shown->index(0, 0).data(roles::IdRole).toLongLong();
        page->selectId(selected);
        QTest::qWait(0);
        scroll = page->view()->verticalScrollBar()->value();
        REQUIRE(scroll > 0);
    }

    Database &db() { return ui.window().session()->db(); }

    void checkKept()
    {
        CHECK(page->currentId() == selected);
        CHECK(page->selectedIds() == QList<qint64>{selected});
        CHECK(page->view()->verticalScrollBar()->value() == scroll);
    }
};

} // namespace

TEST_CASE("A change to one person updates its row in place: the People view keeps its selection and scroll position", "[ui][people][updates]")
{
    PeopleInView v;
    QAbstractItemModelTester tester(v.page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy modelResets(v.page->model(), &QAbstractItemModel::modelReset);
    QSignalSpy viewResets(v.page->view()->model(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(v.page->model(), &QAbstractItemModel::dataChanged);

    PersonRepository repo(v.db());
    Person p = *repo.byId(v.other);
    p.phone = QStringLiteral("+49 30 555 0101");
    REQUIRE(repo.update(p));
    QTest::qWait(0);

    const int row = v.page->model()->rowOf(v.other);
    CHECK(v.page->model()->index(row, PersonModel::Phone).data().toString() == p.phone);
    CHECK(changed.count() == 1);
    CHECK(modelResets.count() == 0);
    CHECK(viewResets.count() == 0);
    v.checkKept();
}

TEST_CASE("A renamed organisation updates its people's rows without resetting the People list", "[ui][people][updates]")
{
    PeopleInView v;
    const PersonListItem other = v.page->model()->item(v.page->model()->rowOf(v.other));
    REQUIRE(other.current.organisationId != 0);
    QSignalSpy modelResets(v.page->model(), &QAbstractItemModel::modelReset);
    QSignalSpy viewResets(v.page->view()->model(), &QAbstractItemModel::modelReset);

    OrganisationRepository orgs(v.db());
    Organisation org = *orgs.byId(other.current.organisationId);
    org.name = QStringLiteral("Renamed Organisation");
    REQUIRE(orgs.update(org));
    QTest::qWait(0);

    const int row = v.page->model()->rowOf(v.other);
    CHECK(v.page->model()->index(row, PersonModel::Organisation).data().toString() == QStringLiteral("Renamed Organisation"));
    CHECK(modelResets.count() == 0);
    CHECK(viewResets.count() == 0);
    v.checkKept();
}

TEST_CASE("Deleting another person removes one row: the People view keeps its selection and scroll position", "[ui][people][updates]")
{
    PeopleInView v;
    QAbstractItemModelTester tester(v.page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int before = v.page->model()->rowCount();
    QSignalSpy modelResets(v.page->model(), &QAbstractItemModel::modelReset);
    QSignalSpy viewResets(v.page->view()->model(), &QAbstractItemModel::modelReset);

    PersonRepository repo(v.db());
    const Person p = *repo.byId(v.other);
    REQUIRE(repo.remove(p.id, p.rowVersion));
    QTest::qWait(0);

    CHECK(v.page->model()->rowCount() == before - 1);
    CHECK(v.page->model()->rowOf(v.other) < 0);
    CHECK(modelResets.count() == 0);
    CHECK(viewResets.count() == 0);
    CHECK(v.page->currentId() == v.selected);
    // One row less above it: the view may scroll up by one row, never jump.
    CHECK(v.page->view()->verticalScrollBar()->value() >= v.scroll - 1);
}

TEST_CASE("Unsaved typing in the person editor survives a change to another person and to its organisation", "[ui][people][updates]")
{
    PeopleInView v;
    auto *first = v.page->personEditor()->findChild<QLineEdit *>(QStringLiteral("firstName"));
    REQUIRE(first);
    first->setFocus();
    first->end(false);
    test::typeText(first, QStringLiteral("-Maria"));
    const QString typed = first->text();
    REQUIRE(v.page->editor()->isDirty());

    PersonRepository repo(v.db());
    Person p = *repo.byId(v.other);
    p.lastName += QStringLiteral(" Zwick");
    REQUIRE(repo.update(p));
    const PersonListItem mine = v.page->model()->item(v.page->model()->rowOf(v.selected));
    if (mine.current.organisationId != 0) {
        OrganisationRepository orgs(v.db());
        Organisation org = *orgs.byId(mine.current.organisationId);
        org.name += QStringLiteral(" (neu)");
        REQUIRE(orgs.update(org));
    }
    QTest::qWait(0);

    CHECK(first->text() == typed);
    CHECK(v.page->editor()->isDirty());
    CHECK(first->hasFocus());
    v.checkKept();
}

TEST_CASE("The pickers' shared list of people follows a renamed person in place, without reading everyone again", "[ui][people][updates]")
{
    test::UiFixture ui;
    Database &db = ui.window().session()->db();
    QAbstractItemModel *people = ui.window().session()->peopleIndex().model();
    QAbstractItemModelTester tester(people, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(people->rowCount() > 0);
    const int count = people->rowCount();
    const qint64 id = people->index(0, 0).data(roles::IdRole).toLongLong();
    QSignalSpy resets(people, &QAbstractItemModel::modelReset);
    QSignalSpy changed(people, &QAbstractItemModel::dataChanged);

    PersonRepository repo(db);
    Person p = *repo.byId(id);
    p.lastName = QStringLiteral("Zöllner");
    REQUIRE(repo.update(p));

    CHECK(resets.count() == 0);
    CHECK(changed.count() == 1);
    CHECK(people->rowCount() == count);
    CHECK(people->index(0, 0).data().toString().startsWith(QStringLiteral("Zöllner")));
    CHECK(people->index(0, 0).data(roles::FilterRole).toString().contains(QStringLiteral("zollner")));
}
