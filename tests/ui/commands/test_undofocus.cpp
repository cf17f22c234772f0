// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.hpp"
#include "uitest.h"

#include "app/session.h"
#include "commands/command.h"
#include "commands/recordcommands.h"
#include "common/clock.h"
#include "members/memberspage.h"
#include "members/organisationrepository.h"
#include "people/peoplepage.h"
#include "people/personrepository.h"
#include "records/publication.h"
#include "records/publicationspage.h"

#include <QAction>
#include <QTest>

using namespace fd;

// Undo and redo bring the record they touched into view, selected, so that
// the user sees what came back or changed (before, a redone publication came
// back unselected somewhere in the list).

TEST_CASE("Redoing an added publication selects it again, also after another row was chosen", "[ui][undo][focus]")
{
    test::UiFixture ui;
    Session &session = *ui.window().session();
    Publication older;
    older.title = QStringLiteral("Sicherheit im Quartier");
    older.year = 2020;
    auto olderId = commands::addPublication(session, older);
    REQUIRE(olderId);
    Publication p;
    p.title = QStringLiteral("Kommunale Kriminalprävention");
    p.year = fd::today().year();
    auto id = commands::addPublication(session, p);
    REQUIRE(id);

    auto *page = ui.recordsTab<PublicationsPage>(QStringLiteral("publications"));
    ui.window().undoAction()->trigger();
    CHECK_FALSE(Publications(session.db()).byId(*id));
    page->selectId(*olderId);
    REQUIRE(page->currentId() == *olderId);

    ui.window().redoAction()->trigger();
    REQUIRE(Publications(session.db()).byId(*id));
    CHECK(page->currentId() == *id);
}

TEST_CASE("Undoing the delete of a member from another page shows the Members page with that member selected", "[ui][undo][focus]")
{
    test::UiFixture ui;
    Session &session = *ui.window().session();
    auto all = OrganisationRepository(session.db()).members();
    REQUIRE(all);
    REQUIRE(all->size() >= 2);
    const Organisation gone = all->at(1);
    REQUIRE(commands::deleteOrganisations(session, {gone}));

    ui.window().showPage(QStringLiteral("people"));
    REQUIRE(ui.window().currentPage()->id() == QStringLiteral("people"));
    ui.window().undoAction()->trigger();

    REQUIRE(OrganisationRepository(session.db()).byId(gone.id));
    REQUIRE(ui.window().currentPage()->id() == QStringLiteral("members"));
    CHECK(ui.page<MembersPage>(QStringLiteral("members"))->currentId() == gone.id);
}

TEST_CASE("Undoing an edit of a person selects that person, whose old name is back in the list", "[ui][undo][focus]")
{
    test::UiFixture ui;
    Session &session = *ui.window().session();
    auto people = PersonRepository(session.db()).list();
    REQUIRE(people);
    REQUIRE(people->size() >= 3);
    auto read = PersonRepository(session.db()).byId(people->at(2).person.id);
    REQUIRE(read);
    const Person before = *read;
    commands::PersonChange change;
    change.before = before;
    change.after = before;
    change.after.lastName = QStringLiteral("Umbenannt");
    REQUIRE(commands::savePerson(session, change));

    ui.window().showPage(QStringLiteral("people"));
    auto *page = ui.page<PeoplePage>(QStringLiteral("people"));
    page->selectId(people->at(0).person.id);
    REQUIRE(page->currentId() == people->at(0).person.id);
    ui.window().undoAction()->trigger();

    CHECK(PersonRepository(session.db()).byId(before.id)->lastName == before.lastName);
    CHECK(page->currentId() == before.id);
}
