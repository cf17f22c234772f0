// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.hpp"
#include "uitest.h"

#include "app/session.h"
#include "exchange/importdialog.h"
#include "members/organisationrepository.h"

#include <QAction>
#include <QFile>
#include <QTemporaryDir>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>

using namespace fd;

TEST_CASE("An Excel CSV in Windows-1252 is previewed, imported with Köln and Göttingen spelled right, and undone", "[ui][import]")
{
    test::UiFixture ui(false);
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("Mitglieder.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(test::toWindows1252(QStringLiteral("Name;Art;Bundesland;Mitglied seit\r\n"
                                                   "Köln;Stadt;Nordrhein-Westfalen;01.06.2011\r\n"
                                                   "Göttingen;Stadt;Niedersachsen;1.1.2020\r\n")));
    }
    ImportDialog dialog(*ui.window().session(), QStringLiteral("members"), &ui.window());
    dialog.setFile(csv);
    dialog.show();
    REQUIRE(dialog.canImport());
    auto *table = dialog.findChild<QTableWidget *>();
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, 2)->text() == QStringLiteral("Köln"));
    CHECK(table->item(1, 2)->text() == QStringLiteral("Göttingen"));
    test::screenshot(&dialog, QStringLiteral("import-preview"));

    dialog.importButton()->click();
    OrganisationRepository repo(ui.window().session()->db());
    REQUIRE(repo.findByName(QStringLiteral("Köln"))->has_value());
    CHECK(repo.findByName(QStringLiteral("Köln"))->value().name == QStringLiteral("Köln"));
    CHECK(repo.findByName(QStringLiteral("Göttingen"))->value().name == QStringLiteral("Göttingen"));

    // The whole import is one step to undo.
    ui.window().undoAction()->trigger();
    CHECK(repo.all()->isEmpty());
    ui.window().redoAction()->trigger();
    CHECK(repo.all()->size() == 2);
}

TEST_CASE("A file with a bad date cannot be imported and the dialog names the line", "[ui][import]")
{
    test::UiFixture ui(false);
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("bad.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Name;Mitglied seit\nEssen;01.06.2011\nKöln;32.01.2011\n");
    }
    ImportDialog dialog(*ui.window().session(), QStringLiteral("members"), &ui.window());
    dialog.setFile(csv);
    CHECK_FALSE(dialog.canImport());
    CHECK_FALSE(dialog.importButton()->isEnabled());
    auto *messages = dialog.findChild<QTreeWidget *>();
    REQUIRE(messages->topLevelItemCount() >= 1);
    bool named = false;
    for (int i = 0; i < messages->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = messages->topLevelItem(i);
        named = named || (item->text(0) == QStringLiteral("3") && item->text(1) == QStringLiteral("Mitglied seit")
                          && item->text(2).contains(QStringLiteral("32.01.2011")));
    }
    CHECK(named);
    CHECK(OrganisationRepository(ui.window().session()->db()).all()->isEmpty());
}
