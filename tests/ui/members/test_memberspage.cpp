// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.hpp"
#include "uitest.h"

#include "app/session.h"
#include "commands/command.h"
#include "common/filterproxy.h"
#include "common/roles.h"
#include "members/memberspage.h"
#include "members/organisationeditor.h"
#include "members/organisationmodel.h"
#include "members/organisationrepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace fd;

namespace {
QStringList visibleNames(ListPage *page)
{
    QStringList names;
    for (int r = 0; r < page->proxy()->rowCount(); ++r)
        names << page->proxy()->index(r, 0).data().toString();
    return names;
}
} // namespace

TEST_CASE("Typing \"Mannh\" in the members filter finds Mannheim", "[ui][members]")
{
    test::UiFixture ui;
    auto *page = ui.page<MembersPage>(QStringLiteral("members"));
    REQUIRE(page);
    ui.window().showPage(QStringLiteral("members"));
    // Ctrl+F puts the cursor into the filter.
    QTest::keyClick(&ui.window(), Qt::Key_F, Qt::ControlModifier);
    REQUIRE(page->filterEdit()->hasFocus());
    test::typeText(page->filterEdit(), QStringLiteral("Mannh"));
    CHECK(visibleNames(page) == QStringList{QStringLiteral("Mannheim")});
    test::screenshot(&ui.window(), QStringLiteral("members-filter"));

    // Accents and case do not matter.
    page->filterEdit()->clear();
    test::typeText(page->filterEdit(), QStringLiteral("KOLN"));
    CHECK(visibleNames(page) == QStringList{QStringLiteral("Köln")});

    // Enter goes from the filter to the result; the editor shows it.
    QTest::keyClick(page->filterEdit(), Qt::Key_Return);
    CHECK(page->view()->hasFocus());
    auto *name = page->editor()->findChild<QLineEdit *>(QStringLiteral("name"));
    REQUIRE(name);
    CHECK(name->text() == QStringLiteral("Köln"));
}

TEST_CASE("The members model keeps its contract and the scope filter hides non-members", "[ui][members]")
{
    test::UiFixture ui;
    auto *page = ui.page<MembersPage>(QStringLiteral("members"));
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(page->proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page->scopeFilter()->setCurrentIndex(0); // current members
    const QStringList current = visibleNames(page);
    CHECK(current.contains(QStringLiteral("Essen")));
    CHECK_FALSE(current.contains(QStringLiteral("Efus")));
    page->scopeFilter()->setCurrentIndex(3); // other organisations
    CHECK(visibleNames(page).contains(QStringLiteral("Efus")));
    CHECK_FALSE(visibleNames(page).contains(QStringLiteral("Essen")));
}

TEST_CASE("A member is edited in the form, undone with Ctrl+Z and redone with Ctrl+Shift+Z", "[ui][members][undo]")
{
    test::UiFixture ui;
    auto *page = ui.page<MembersPage>(QStringLiteral("members"));
    ui.window().showPage(QStringLiteral("members"));
    page->selectId(OrganisationRepository(ui.window().session()->db()).findByName(QStringLiteral("Göttingen"))->value().id);
    auto *editor = qobject_cast<OrganisationEditor *>(page->editor());
    auto *name = editor->findChild<QLineEdit *>(QStringLiteral("name"));
    REQUIRE(name->text() == QStringLiteral("Göttingen"));

    name->setFocus();
    name->selectAll();
    test::typeText(name, QStringLiteral("Stadt Göttingen"));
    QTest::keyClick(name, Qt::Key_Return);
    OrganisationRepository repo(ui.window().session()->db());
    CHECK(repo.findByName(QStringLiteral("Stadt Göttingen"))->value().name == QStringLiteral("Stadt Göttingen"));
    CHECK(page->proxy()->index(page->view()->currentIndex().row(), 0).data().toString() == QStringLiteral("Stadt Göttingen"));

    page->view()->setFocus();
    QTest::keyClick(&ui.window(), Qt::Key_Z, Qt::ControlModifier);
    auto undone = repo.byId(editor->currentId());
    REQUIRE(undone);
    CHECK(undone->name == QStringLiteral("Göttingen"));
    CHECK(name->text() == QStringLiteral("Göttingen")); // the form follows

    QTest::keyClick(&ui.window(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(repo.byId(editor->currentId())->name == QStringLiteral("Stadt Göttingen"));
}

TEST_CASE("Ctrl+N creates a member from the keyboard, and undo removes it again", "[ui][members][undo]")
{
    test::UiFixture ui;
    auto *page = ui.page<MembersPage>(QStringLiteral("members"));
    ui.window().showPage(QStringLiteral("members"));
    const int before = page->model()->rowCount();
    page->view()->setFocus();
    QTest::keyClick(&ui.window(), Qt::Key_N, Qt::ControlModifier);
    auto *name = page->editor()->findChild<QLineEdit *>(QStringLiteral("name"));
    REQUIRE(name->hasFocus());
    test::typeText(name, QStringLiteral("Kassel"));
    QTest::keyClick(name, Qt::Key_Return);
    CHECK(page->model()->rowCount() == before + 1);
    OrganisationRepository repo(ui.window().session()->db());
    REQUIRE(repo.findByName(QStringLiteral("Kassel"))->has_value());

    ui.window().undoAction()->trigger();
    CHECK(page->model()->rowCount() == before);
    CHECK_FALSE(repo.findByName(QStringLiteral("Kassel"))->has_value());
    ui.window().redoAction()->trigger();
    CHECK(repo.findByName(QStringLiteral("Kassel"))->has_value());
}

TEST_CASE("A bad date in the form is refused with a message and nothing is saved", "[ui][members]")
{
    test::UiFixture ui;
    auto *page = ui.page<MembersPage>(QStringLiteral("members"));
    ui.window().showPage(QStringLiteral("members"));
    page->view()->setFocus();
    QTest::keyClick(&ui.window(), Qt::Key_N, Qt::ControlModifier);
    auto *name = page->editor()->findChild<QLineEdit *>(QStringLiteral("name"));
    test::typeText(name, QStringLiteral("Kassel"));
    // Tab through type, state and country to "Member since".
    auto *editor = page->editor();
    QList<QLineEdit *> edits = editor->findChildren<QLineEdit *>();
    QLineEdit *since = nullptr;
    for (QLineEdit *e : edits) {
        if (e->placeholderText() == QStringLiteral("not a member"))
            since = e;
    }
    REQUIRE(since);
    test::typeText(since, QStringLiteral("31.02.2024"));
    QTest::keyClick(since, Qt::Key_Return);
    CHECK(editor->isNew());
    OrganisationRepository repo(ui.window().session()->db());
    CHECK_FALSE(repo.findByName(QStringLiteral("Kassel"))->has_value());
    const QList<QLabel *> error = editor->findChildren<QLabel *>();
    bool shown = false;
    for (QLabel *l : error)
        shown = shown || (l->isVisible() && l->text().contains(QStringLiteral("31.02.2024")));
    CHECK(shown);
}

TEST_CASE("Del asks first and the deletion can be undone with its fees", "[ui][members][undo]")
{
    test::UiFixture ui;
    auto *page = ui.page<MembersPage>(QStringLiteral("members"));
    ui.window().showPage(QStringLiteral("members"));
    OrganisationRepository repo(ui.window().session()->db());
    const qint64 essen = repo.findByName(QStringLiteral("Essen"))->value().id;
    const int fees = int(repo.fees(essen)->size());
    REQUIRE(fees > 0);
    page->selectId(essen);
    page->view()->setFocus();

    // Cancel keeps it.
    test::onNextModal([](QWidget *box) { test::clickButton(box, QStringLiteral("Cancel")); });
    QTest::keyClick(page->view(), Qt::Key_Delete);
    CHECK(repo.byId(essen).ok());

    test::onNextModal([](QWidget *box) { test::clickButton(box, QStringLiteral("Delete")); });
    QTest::keyClick(page->view(), Qt::Key_Delete);
    CHECK_FALSE(repo.byId(essen).ok());
    CHECK(page->model()->rowOf(essen) == -1);

    ui.window().undoAction()->trigger();
    REQUIRE(repo.byId(essen).ok());
    CHECK(repo.fees(essen)->size() == fees);
    CHECK(page->model()->rowOf(essen) >= 0);
}

TEST_CASE("Add fee suggests the first year that has no fee yet", "[ui][members]")
{
    test::UiFixture ui(false);
    Session &session = *ui.window().session();
    Organisation essen;
    essen.name = QStringLiteral("Essen");
    essen.kind = OrganisationKind::City;
    essen.joinedOn = QDate(2011, 6, 1);
    const qint64 id = *commands::addOrganisation(session, essen);
    const int thisYear = QDate::currentDate().year();
    // Fees on file for the next year and this one, newest first in the list.
    for (int year : {thisYear + 1, thisYear}) {
        MembershipFee fee;
        fee.organisationId = id;
        fee.year = year;
        fee.amountCents = 150000;
        REQUIRE(commands::addFee(session, fee));
    }
    auto *page = ui.page<MembersPage>(QStringLiteral("members"));
    ui.window().showPage(QStringLiteral("members"));
    page->selectId(id);
    REQUIRE(page->currentId() == id);
    int suggested = 0;
    test::onNextModal([&](QWidget *dialog) {
        suggested = dialog->findChild<QSpinBox *>()->value();
        test::clickButton(dialog, QStringLiteral("Cancel"));
    });
    QPushButton *add = nullptr;
    for (QPushButton *b : ui.window().findChildren<QPushButton *>()) {
        if (b->text() == QStringLiteral("Add fee…"))
            add = b;
    }
    REQUIRE(add);
    add->click();
    CHECK(suggested == thisYear + 2);
}
