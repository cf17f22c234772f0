// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.hpp"
#include "uitest.h"

#include "app/session.h"
#include "events/checkinpage.h"
#include "events/eventeditor.h"
#include "events/eventrepository.h"
#include "events/eventspage.h"
#include "events/registrationpanel.h"
#include "events/registrationrepository.h"
#include "events/sitepack.h"
#include "people/personpicker.h"
#include "people/personrepository.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

using namespace fd;

TEST_CASE("Check-in: type to find, Enter and Space mark attended and back, counts follow", "[ui][checkin]")
{
    test::UiFixture ui;
    Database &db = ui.window().session()->db();
    const qint64 eventId = EventRepository(db).resolve(QStringLiteral("28. Mitgliederversammlung"))->id;
    auto *page = ui.page<CheckInPage>(QStringLiteral("checkin"));
    ui.window().showPage(QStringLiteral("checkin"));
    page->showRecord(eventId);
    REQUIRE(page->eventId() == eventId);
    CHECK(page->countsLabel()->text().contains(QStringLiteral("Attended 0")));

    const Registration someone = RegistrationRepository(db).forEvent(eventId)->at(3);
    test::typeText(page->findField(), someone.personLastName);
    QTest::keyClick(page->findField(), Qt::Key_Return);
    CHECK(RegistrationRepository(db).byId(someone.id)->status == RegistrationStatus::Attended);
    CHECK(page->countsLabel()->text().contains(QStringLiteral("Attended 1")));
    test::screenshot(&ui.window(), QStringLiteral("checkin"));

    // Space on the same row takes it back.
    REQUIRE(page->view()->hasFocus());
    QTest::keyClick(page->view(), Qt::Key_Space);
    CHECK(RegistrationRepository(db).byId(someone.id)->status == RegistrationStatus::Registered);
    QTest::keyClick(page->view(), Qt::Key_Space);
    CHECK(RegistrationRepository(db).byId(someone.id)->status == RegistrationStatus::Attended);

    // Typing in the list goes on in the find field.
    QTest::keyClick(page->view(), Qt::Key_A);
    CHECK(page->findField()->hasFocus());
    CHECK(page->findField()->text().endsWith(QLatin1Char('a')));
}

TEST_CASE("A walk-in who is new is created and checked in in one step", "[ui][checkin]")
{
    test::UiFixture ui;
    Database &db = ui.window().session()->db();
    const qint64 eventId = EventRepository(db).resolve(QStringLiteral("28. Mitgliederversammlung"))->id;
    auto *page = ui.page<CheckInPage>(QStringLiteral("checkin"));
    ui.window().showPage(QStringLiteral("checkin"));
    page->showRecord(eventId);
    test::onNextModal([](QWidget *dialog) {
        QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("lastName")), Qt::Key_Return);
    });
    test::typeText(page->walkInPicker(), QStringLiteral("Zoltán Kovács"));
    QTest::keyClick(page->walkInPicker(), Qt::Key_Return);
    auto found = PersonRepository(db).byNameAt(QStringLiteral("Zoltán"), QStringLiteral("Kovács"), 0);
    REQUIRE(found->size() == 1);
    auto reg = RegistrationRepository(db).find(eventId, found->first().id);
    REQUIRE(reg->has_value());
    CHECK(reg->value().status == RegistrationStatus::Attended);
    CHECK(reg->value().source == RegistrationSource::OnSite);
}

TEST_CASE("Someone who cancelled and turns up after all is checked in as a walk-in, though their row is hidden", "[ui][checkin]")
{
    test::UiFixture ui;
    Database &db = ui.window().session()->db();
    const qint64 eventId = EventRepository(db).resolve(QStringLiteral("28. Mitgliederversammlung"))->id;
    RegistrationRepository repo(db);
    Registration cancelled = repo.forEvent(eventId)->at(2);
    REQUIRE(repo.setStatus(cancelled.id, cancelled.rowVersion, RegistrationStatus::Cancelled));
    REQUIRE_FALSE(cancelled.email.isEmpty());
    auto *page = ui.page<CheckInPage>(QStringLiteral("checkin"));
    ui.window().showPage(QStringLiteral("checkin"));
    page->showRecord(eventId);

    test::typeText(page->walkInPicker(), cancelled.email);
    QTest::keyClick(page->walkInPicker(), Qt::Key_Return);
    CHECK(repo.byId(cancelled.id)->status == RegistrationStatus::Attended);
    CHECK(page->countsLabel()->text().contains(QStringLiteral("Attended 1")));
}

TEST_CASE("An on-site pack opens at the check-in of its event", "[ui][checkin][pack]")
{
    test::UiFixture ui;
    Database &db = ui.window().session()->db();
    const qint64 eventId = EventRepository(db).resolve(QStringLiteral("28. Mitgliederversammlung"))->id;
    QTemporaryDir dir;
    const QString pack = dir.filePath(QStringLiteral("mv28.fdpack"));
    REQUIRE(SitePack::write(db, eventId, pack));
    REQUIRE(ui.window().openDatabase(pack, false));
    CHECK(ui.window().currentPage()->id() == QStringLiteral("checkin"));
    auto *banner = ui.window().findChild<QLabel *>(QStringLiteral("packBanner"));
    REQUIRE(banner);
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(QStringLiteral("28. Mitgliederversammlung")));
    auto *page = ui.page<CheckInPage>(QStringLiteral("checkin"));
    CHECK(page->view()->model()->rowCount() == 16);
}

TEST_CASE("At the check-in the keys are named on screen, Space types into the search, and the next name starts a new search",
          "[ui][checkin]")
{
    test::UiFixture ui;
    Database &db = ui.window().session()->db();
    const qint64 eventId = EventRepository(db).resolve(QStringLiteral("28. Mitgliederversammlung"))->id;
    auto *page = ui.page<CheckInPage>(QStringLiteral("checkin"));
    ui.window().showPage(QStringLiteral("checkin"));
    page->showRecord(eventId);

    // Which key checks in is said on screen, not only in a placeholder that typing hides.
    auto *keys = page->findChild<QLabel *>(QStringLiteral("keyHint"));
    REQUIRE(keys);
    CHECK(keys->isVisible());
    CHECK(keys->text().contains(QStringLiteral("Enter")));
    CHECK(keys->text().contains(QStringLiteral("Space")));
    CHECK(keys->text().contains(QStringLiteral("Esc")));

    // Names have spaces ("van der Berg"): Space in the search types a space and checks nobody in.
    const QList<Registration> before = *RegistrationRepository(db).forEvent(eventId);
    const Registration first = before.at(3);
    const Registration second = before.at(5);
    REQUIRE(page->findField()->hasFocus());
    test::typeText(page->findField(), first.personFirstName + QLatin1Char(' '));
    CHECK(page->findField()->text() == first.personFirstName + QLatin1Char(' '));
    CHECK(EventRepository(db).counts(eventId)->attended == 0);
    test::typeText(page->findField(), first.personLastName);
    QTest::keyClick(page->findField(), Qt::Key_Return);
    CHECK(RegistrationRepository(db).byId(first.id)->status == RegistrationStatus::Attended);

    // The next person comes: typing their name starts a new search instead of adding to the last one.
    test::typeText(page->view(), second.personLastName);
    CHECK(page->findField()->hasFocus());
    CHECK(page->findField()->text() == second.personLastName);
    QTest::keyClick(page->findField(), Qt::Key_Return);
    CHECK(RegistrationRepository(db).byId(second.id)->status == RegistrationStatus::Attended);

    // Esc in the search clears it.
    page->findField()->setFocus();
    test::typeText(page->findField(), QStringLiteral("xyz"));
    QTest::keyClick(page->findField(), Qt::Key_Escape);
    CHECK(page->findField()->text().isEmpty());
}

TEST_CASE("The registrations and the check-in's walk-ins search one shared list of people, which follows new people", "[ui][checkin][people]")
{
    test::UiFixture ui;
    auto *checkin = ui.page<CheckInPage>(QStringLiteral("checkin"));
    auto *events = ui.page<EventsPage>(QStringLiteral("events"));
    auto *walkIn = checkin->findChild<PersonPicker *>(QStringLiteral("walkIn"));
    PersonPicker *registration = events->eventEditor()->registrations()->picker();
    REQUIRE(walkIn);
    CHECK(walkIn->people() == registration->people());
    const int before = walkIn->people()->rowCount();
    CHECK(before == PersonRepository(ui.window().session()->db()).count().value());

    // Someone new, entered elsewhere: both pickers find them on the next search.
    Person p;
    p.firstName = QStringLiteral("Wiebke");
    p.lastName = QStringLiteral("Quarz");
    REQUIRE(PersonRepository(ui.window().session()->db()).create(p));
    walkIn->setFocus();
    test::typeText(walkIn, QStringLiteral("quarz"));
    CHECK(walkIn->people()->rowCount() == before + 1);
    CHECK(registration->people()->rowCount() == before + 1);
}
