// SPDX-License-Identifier: GPL-3.0-or-later
// Pictures of the main views with the demo data, for the README. Hidden from
// the normal test run; tools/screenshots.sh runs them under Xvfb.
#include "catch.hpp"
#include "uitest.h"

#include "app/session.h"
#include "events/checkinpage.h"
#include "events/eventeditor.h"
#include "events/eventrepository.h"
#include "events/eventspage.h"
#include "events/yearpage.h"
#include "exchange/importdialog.h"
#include "members/memberspage.h"
#include "members/organisationrepository.h"
#include "people/peoplepage.h"
#include "people/personrepository.h"

#include <QComboBox>
#include <QTabWidget>
#include <QFile>
#include <QTemporaryDir>

using namespace fd;

TEST_CASE("Screenshots of the main views", "[.screenshot]")
{
    REQUIRE_FALSE(qEnvironmentVariableIsEmpty("FD_SCREENSHOT_DIR"));
    test::UiFixture ui;
    ui.window().resize(1440, 860);
    OrganisationRepository orgs(ui.window().session()->db());
    PersonRepository people(ui.window().session()->db());

    ui.window().showPage(QStringLiteral("members"));
    auto *members = ui.page<MembersPage>(QStringLiteral("members"));
    members->selectId(orgs.findByName(QStringLiteral("Göttingen"))->value().id);
    test::screenshot(&ui.window(), QStringLiteral("members"));

    ui.window().showPage(QStringLiteral("people"));
    auto *page = ui.page<PeoplePage>(QStringLiteral("people"));
    page->selectId(people.byEmail(QStringLiteral("lena.brueckner@duesseldorf.example"))->first().id);
    test::screenshot(&ui.window(), QStringLiteral("people"));

    EventRepository events(ui.window().session()->db());
    ui.window().showPage(QStringLiteral("events"));
    auto *eventsPage = ui.page<EventsPage>(QStringLiteral("events"));
    eventsPage->selectId(events.resolve(QStringLiteral("SiBa-Workshop 2025: Das Frankfurter Bahnhofsviertel"))->id);
    eventsPage->eventEditor()->showRegistrations();
    test::screenshot(&ui.window(), QStringLiteral("events"));
    eventsPage->selectId(events.resolve(QStringLiteral("27. Mitgliederversammlung"))->id);
    eventsPage->eventEditor()->tabs()->setCurrentIndex(0);
    test::screenshot(&ui.window(), QStringLiteral("event-details"));

    ui.window().showPage(QStringLiteral("year"));
    auto *year = ui.page<YearPage>(QStringLiteral("year"));
    year->yearChooser()->setCurrentIndex(year->yearChooser()->findData(2024));
    test::screenshot(&ui.window(), QStringLiteral("year"));

    ui.window().showPage(QStringLiteral("checkin"));
    ui.page<CheckInPage>(QStringLiteral("checkin"))->showRecord(events.resolve(QStringLiteral("28. Mitgliederversammlung"))->id);
    test::screenshot(&ui.window(), QStringLiteral("checkin"));

    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("Ansprechpersonen.csv"));
    QFile f(csv);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(test::toWindows1252(QStringLiteral(
        "Titel;Vorname;Nachname;Funktion;Organisation;E-Mail;Telefon\r\n"
        "Dr.;Katrin;Meißner;Fachbereich Öffentliche Ordnung;Stadt Hannover;katrin.meissner@hannover.example;\r\n"
        ";Jürgen;Öztürk;Ordnungsamt;Stadt Köln;juergen.oeztuerk@koeln.example;0221 221-1\r\n"
        ";Petra;Schäfer;Präventionsrat;Stadt Göttingen;petra.schaefer@goettingen;\r\n")));
    f.close();
    ImportDialog dialog(*ui.window().session(), QStringLiteral("people"), &ui.window());
    dialog.setFile(csv);
    dialog.resize(1100, 560);
    dialog.show();
    test::screenshot(&dialog, QStringLiteral("import"));
}
