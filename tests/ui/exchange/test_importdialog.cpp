// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.hpp"
#include "uitest.h"

#include "app/session.h"
#include "exchange/importdialog.h"
#include "events/eventrepository.h"
#include "common/filterproxy.h"
#include "members/memberspage.h"
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
    // The worker wrote them with its own connection; the members table heard of it.
    auto *members = ui.page<MembersPage>(QStringLiteral("members"));
    REQUIRE(members);
    CHECK(members->proxy()->rowCount() == 2);

    // The whole import is one step to undo.
    ui.window().undoAction()->trigger();
    CHECK(repo.all()->isEmpty());
    CHECK(members->proxy()->rowCount() == 0);
    ui.window().redoAction()->trigger();
    CHECK(repo.all()->size() == 2);
    CHECK(members->proxy()->rowCount() == 2);
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

TEST_CASE("A registration list is imported from the dialog with its new people and undone in one step", "[ui][import][registrations]")
{
    test::UiFixture ui(false);
    Database &db = ui.window().session()->db();
    Event e;
    e.title = QStringLiteral("SiBa-Workshop Toleranz");
    e.kindId = EventKindRepository(db).find(QStringLiteral("Workshop"))->value().id;
    e.startDate = QDate(2024, 4, 18);
    e.capacity = 1;
    REQUIRE(EventRepository(db).create(e));
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("Anmeldungen.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Veranstaltung;Vorname;Nachname;Organisation\n"
                "SiBa-Workshop Toleranz;Anna;Rau;DEFUS\n"
                "SiBa-Workshop Toleranz;Kurt;Faller;DEFUS\n");
    }
    ImportDialog dialog(*ui.window().session(), QStringLiteral("registrations"), &ui.window());
    dialog.setFile(csv);
    REQUIRE(dialog.canImport());
    dialog.importButton()->click();
    auto count = [&](const char *table) { return test::scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toInt(); };
    CHECK(count("registrations") == 2);
    CHECK(test::scalar(db, QStringLiteral("SELECT count(*) FROM registrations WHERE status = 'waitlisted'")).toInt() == 1);
    CHECK(count("people") == 2);
    CHECK(count("organisations") == 1);

    ui.window().undoAction()->trigger();
    CHECK(count("registrations") == 0);
    CHECK(count("people") == 0);
    CHECK(count("organisations") == 0);
    ui.window().redoAction()->trigger();
    CHECK(count("registrations") == 2);
    CHECK(count("people") == 2);
}
