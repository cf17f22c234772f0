// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.hpp"
#include "uitest.h"

#include "app/session.h"
#include "common/clock.h"
#include "common/filterproxy.h"
#include "common/recordeditor.h"
#include "records/publication.h"
#include "records/publicationmodel.h"
#include "records/publicationspage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace fd;

TEST_CASE("A publication is added with Ctrl+N and Enter, edited, and each step undone and redone", "[ui][publications][undo]")
{
    test::UiFixture ui;
    auto *page = ui.recordsTab<PublicationsPage>(QStringLiteral("publications"));
    REQUIRE(page);
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    Publications publications(ui.window().session()->db());
    const int before = int(publications.list()->size());

    page->view()->setFocus();
    QTest::keyClick(&ui.window(), Qt::Key_N, Qt::ControlModifier);
    auto *title = page->editor()->findChild<QLineEdit *>(QStringLiteral("title"));
    auto *authors = page->editor()->findChild<QLineEdit *>(QStringLiteral("authors"));
    auto *year = page->editor()->findChild<QSpinBox *>(QStringLiteral("year"));
    REQUIRE(title->hasFocus());
    test::typeText(title, QStringLiteral("Sicherheit im öffentlichen Raum"));
    authors->setFocus();
    test::typeText(authors, QStringLiteral("Jörg Bässler"));
    year->setValue(fd::today().year());
    QTest::keyClick(authors, Qt::Key_Return);
    // One Enter, one publication.
    REQUIRE(int(publications.list()->size()) == before + 1);
    CHECK(page->model()->rowCount() == before + 1);
    test::screenshot(&ui.window(), QStringLiteral("publications"));

    // Edit the title in the form.
    title->setFocus();
    title->selectAll();
    test::typeText(title, QStringLiteral("Sicherheit im Quartier"));
    QTest::keyClick(title, Qt::Key_Return);
    const qint64 id = page->editor()->currentId();
    CHECK(publications.byId(id)->title == QStringLiteral("Sicherheit im Quartier"));

    page->view()->setFocus();
    ui.window().undoAction()->trigger();
    CHECK(publications.byId(id)->title == QStringLiteral("Sicherheit im öffentlichen Raum"));
    CHECK(title->text() == QStringLiteral("Sicherheit im öffentlichen Raum")); // the form follows
    ui.window().undoAction()->trigger();
    CHECK(int(publications.list()->size()) == before);
    CHECK(page->model()->rowCount() == before);
    ui.window().redoAction()->trigger();
    ui.window().redoAction()->trigger();
    REQUIRE(int(publications.list()->size()) == before + 1);
    CHECK(publications.list()->first().title == QStringLiteral("Sicherheit im Quartier"));
}

TEST_CASE("A publication that cannot have appeared yet is refused in the form, and nothing is saved", "[ui][publications]")
{
    test::UiFixture ui;
    auto *page = ui.recordsTab<PublicationsPage>(QStringLiteral("publications"));
    Publications publications(ui.window().session()->db());
    const int before = int(publications.list()->size());
    page->view()->setFocus();
    QTest::keyClick(&ui.window(), Qt::Key_N, Qt::ControlModifier);
    auto *title = page->editor()->findChild<QLineEdit *>(QStringLiteral("title"));
    test::typeText(title, QStringLiteral("Ausblick"));
    page->editor()->findChild<QSpinBox *>(QStringLiteral("year"))->setValue(fd::today().year() + 1);
    QTest::keyClick(title, Qt::Key_Return);
    CHECK(int(publications.list()->size()) == before);
    bool shown = false;
    for (QLabel *l : page->editor()->findChildren<QLabel *>()) {
        if (l->isVisible() && l->text().contains(QStringLiteral("forthcoming")))
            shown = true;
    }
    CHECK(shown);
}

TEST_CASE("Deleting a publication asks first, and undo brings it back", "[ui][publications][undo]")
{
    test::UiFixture ui;
    Publications publications(ui.window().session()->db());
    Publication p;
    p.title = QStringLiteral("Kommunale Kriminalprävention");
    p.year = fd::today().year();
    auto created = publications.create(p);
    REQUIRE(created);
    auto *page = ui.recordsTab<PublicationsPage>(QStringLiteral("publications"));
    page->selectId(created->id);
    page->view()->setFocus();
    test::onNextModal([](QWidget *dialog) {
        for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
            if (b->text().contains(QStringLiteral("Delete")))
                b->click();
        }
    });
    page->deleteSelected();
    CHECK_FALSE(publications.byId(created->id));
    ui.window().undoAction()->trigger();
    REQUIRE(publications.byId(created->id));
    CHECK(publications.byId(created->id)->uuid == created->uuid);
    CHECK(page->model()->rowOf(created->id) >= 0);
}
