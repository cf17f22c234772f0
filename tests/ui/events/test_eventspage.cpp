// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.hpp"
#include "uitest.h"
#include "xlsxread.h"

#include "app/session.h"
#include "common/filterproxy.h"
#include "common/roles.h"
#include "events/eventeditor.h"
#include "events/eventmodel.h"
#include "events/eventrepository.h"
#include "events/eventspage.h"
#include "events/registrationmodel.h"
#include "events/registrationpanel.h"
#include "events/registrationrepository.h"
#include "events/yearpage.h"
#include "members/organisationrepository.h"
#include "people/personpicker.h"
#include "people/personrepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QSpinBox>
#include <QTimeZone>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace fd;

namespace {
qint64 createEvent(Database &db, const QString &title, std::optional<int> capacity)
{
    Event e;
    e.title = title;
    e.kindId = EventKindRepository(db).find(QStringLiteral("Workshop"))->value().id;
    e.startDate = QDate(2027, 3, 11);
    e.capacity = capacity;
    auto created = EventRepository(db).create(e);
    REQUIRE(created);
    return created->id;
}
} // namespace

TEST_CASE("Forty registrations from a paper list are entered with the keyboard, past the capacity onto the waitlist", "[ui][events]")
{
    test::UiFixture ui;
    Database &db = ui.window().session()->db();
    const qint64 eventId = createEvent(db, QStringLiteral("Fachtagung Sicherheit im Quartier"), 35);
    auto *page = ui.page<EventsPage>(QStringLiteral("events"));
    ui.window().showPage(QStringLiteral("events"));
    page->selectId(eventId);
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page->eventEditor()->showRegistrations();
    RegistrationPanel *panel = page->eventEditor()->registrations();
    QAbstractItemModelTester registrationTester(panel->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    PersonPicker *picker = panel->picker();
    REQUIRE(picker->hasFocus());

    // The paper list: 39 people the office knows, found by a part of their e-mail, and one new person.
    QList<Person> people;
    for (const PersonListItem &p : *PersonRepository(db).list()) {
        if (!p.person.email.isEmpty() && people.size() < 39)
            people << p.person;
    }
    REQUIRE(people.size() == 39);
    QElapsedTimer timer;
    timer.start();
    for (const Person &p : std::as_const(people)) {
        test::typeText(picker, p.email.section(QLatin1Char('@'), 0, 0));
        QTest::keyClick(picker, Qt::Key_Return);
    }
    test::onNextModal([](QWidget *dialog) {
        test::typeText(dialog->findChild<QLineEdit *>(QStringLiteral("email")), QStringLiteral("olga.wiens@bochum.example"));
        QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("email")), Qt::Key_Return);
    });
    test::typeText(picker, QStringLiteral("Olga Wiens"));
    QTest::keyClick(picker, Qt::Key_Return);
    INFO("40 registrations took " << timer.elapsed() << " ms of widget time");

    const RegistrationCounts counts = *EventRepository(db).counts(eventId);
    CHECK(counts.registered == 35);
    CHECK(counts.waitlisted == 5);
    CHECK(panel->model()->rowCount() == 40);
    // The last ones in are the ones waiting, in the order they were entered.
    auto queue = *RegistrationRepository(db).waitlist(eventId);
    REQUIRE(queue.size() == 5);
    CHECK(queue.first().personId == people.at(35).id);
    CHECK(queue.last().personName == QStringLiteral("Olga Wiens"));
    CHECK(panel->feedback()->text().contains(QStringLiteral("waitlist as no. 5")));
    CHECK(PersonRepository(db).byEmail(QStringLiteral("olga.wiens@bochum.example"))->size() == 1);
    test::screenshot(&ui.window(), QStringLiteral("registrations"));

    // Each registration is one undo step.
    ui.window().undoAction()->trigger();
    CHECK(EventRepository(db).counts(eventId)->waitlisted == 4);
    CHECK(PersonRepository(db).byEmail(QStringLiteral("olga.wiens@bochum.example"))->isEmpty());
}

TEST_CASE("A person already registered is not registered twice from the keyboard", "[ui][events]")
{
    test::UiFixture ui;
    Database &db = ui.window().session()->db();
    const qint64 eventId = createEvent(db, QStringLiteral("Workshop"), std::nullopt);
    auto *page = ui.page<EventsPage>(QStringLiteral("events"));
    ui.window().showPage(QStringLiteral("events"));
    page->selectId(eventId);
    page->eventEditor()->showRegistrations();
    PersonPicker *picker = page->eventEditor()->registrations()->picker();
    for (int i = 0; i < 2; ++i) {
        test::typeText(picker, QStringLiteral("anna.rau"));
        QTest::keyClick(picker, Qt::Key_Return);
    }
    CHECK(EventRepository(db).counts(eventId)->total() == 1);
    CHECK(page->eventEditor()->registrations()->feedback()->text().contains(QStringLiteral("already registered")));
}

TEST_CASE("Cancelling offers to move the first on the waitlist up, and undo puts both back", "[ui][events][undo]")
{
    test::UiFixture ui;
    Database &db = ui.window().session()->db();
    const qint64 eventId = EventRepository(db).resolve(QStringLiteral("SiBa-Workshop 2025: Das Frankfurter Bahnhofsviertel"))->id;
    auto *page = ui.page<EventsPage>(QStringLiteral("events"));
    ui.window().showPage(QStringLiteral("events"));
    page->selectId(eventId);
    page->eventEditor()->showRegistrations();
    RegistrationPanel *panel = page->eventEditor()->registrations();
    const Registration firstWaiting = RegistrationRepository(db).waitlist(eventId)->first();
    // Select the first registered person.
    int row = 0;
    while (panel->model()->registration(row).status != RegistrationStatus::Registered)
        ++row;
    const Registration leaving = panel->model()->registration(row);
    panel->view()->selectRow(row);
    test::onNextModal([&](QWidget *box) { test::clickButton(box, QStringLiteral("Move %1 up").arg(firstWaiting.personName)); });
    panel->setStatusOfSelection(RegistrationStatus::Cancelled);

    RegistrationRepository repo(db);
    CHECK(repo.byId(leaving.id)->status == RegistrationStatus::Cancelled);
    CHECK(repo.byId(firstWaiting.id)->status == RegistrationStatus::Registered);
    CHECK(EventRepository(db).counts(eventId)->waitlisted == 3);

    ui.window().undoAction()->trigger();
    CHECK(repo.byId(leaving.id)->status == RegistrationStatus::Registered);
    CHECK(repo.byId(firstWaiting.id)->status == RegistrationStatus::Waitlisted);
    ui.window().redoAction()->trigger();
    CHECK(repo.byId(firstWaiting.id)->status == RegistrationStatus::Registered);
}

TEST_CASE("A new event is entered with the keyboard and filters by year, kind and role find it", "[ui][events]")
{
    test::UiFixture ui;
    auto *page = ui.page<EventsPage>(QStringLiteral("events"));
    ui.window().showPage(QStringLiteral("events"));
    page->view()->setFocus();
    QTest::keyClick(&ui.window(), Qt::Key_N, Qt::ControlModifier);
    EventEditor *editor = page->eventEditor();
    auto *title = editor->findChild<QLineEdit *>(QStringLiteral("title"));
    REQUIRE(title->hasFocus());
    test::typeText(title, QStringLiteral("Webinar Messerverbotszonen"));
    auto *kind = editor->findChild<QComboBox *>(QStringLiteral("kind"));
    kind->setCurrentIndex(kind->findText(QStringLiteral("Webinar")));
    // The funder as people type it: without accents or capitals.
    auto *funder = editor->findChild<QComboBox *>(QStringLiteral("funder"));
    REQUIRE(funder);
    test::typeText(funder->lineEdit(), QStringLiteral("koln"));
    QLineEdit *start = nullptr;
    for (QLineEdit *e : editor->findChildren<QLineEdit *>()) {
        if (e->placeholderText() == QStringLiteral("dd.mm.yyyy"))
            start = e;
    }
    REQUIRE(start);
    test::typeText(start, QStringLiteral("3.2.2027"));
    QTest::keyClick(start, Qt::Key_Return);
    auto created = EventRepository(ui.window().session()->db()).resolve(QStringLiteral("Webinar Messerverbotszonen"));
    REQUIRE(created);
    CHECK(created->startDate == QDate(2027, 2, 3));
    CHECK(created->funderId == OrganisationRepository(ui.window().session()->db()).findByName(QStringLiteral("Köln"))->value().id);
    CHECK(page->currentId() == created->id);

    page->yearFilter()->setCurrentIndex(page->yearFilter()->findData(2024));
    const int in2024 = page->proxy()->rowCount();
    CHECK(in2024 >= 30);
    page->kindFilter()->setCurrentIndex(page->kindFilter()->findText(QStringLiteral("General assembly")));
    CHECK(page->proxy()->rowCount() == 3); // the 26th, the 27th and Efus' general assembly
    page->roleFilter()->setCurrentIndex(page->roleFilter()->findData(int(EventRole::Organiser)));
    CHECK(page->proxy()->rowCount() == 2);
    page->kindFilter()->setCurrentIndex(0);
    page->roleFilter()->setCurrentIndex(page->roleFilter()->findData(int(EventRole::Speaker)));
    for (int r = 0; r < page->proxy()->rowCount(); ++r)
        CHECK(page->model()->item(page->proxy()->mapToSource(page->proxy()->index(r, 0)).row()).event.role == EventRole::Speaker);
    page->yearFilter()->setCurrentIndex(page->yearFilter()->findData(2027));
    page->roleFilter()->setCurrentIndex(0);
    CHECK(page->proxy()->rowCount() == 1);
    test::screenshot(&ui.window(), QStringLiteral("events"));
}

TEST_CASE("The year overview shows each month with its events", "[ui][events]")
{
    test::UiFixture ui;
    auto *page = ui.page<YearPage>(QStringLiteral("year"));
    ui.window().showPage(QStringLiteral("year"));
    page->yearChooser()->setCurrentIndex(page->yearChooser()->findData(2024));
    QStringList september;
    for (int i = 0; i < page->month(9)->count(); ++i)
        september << page->month(9)->item(i)->text();
    CHECK(september.join(QLatin1Char('\n')).contains(QStringLiteral("19/09–20/09 27. Mitgliederversammlung (Gelsenkirchen)")));
    CHECK(page->month(7)->count() == 1); // the study trip
    test::screenshot(&ui.window(), QStringLiteral("year"));
}

TEST_CASE("Waitlist numbers follow the queue the core moves up from, not the registration time", "[ui][events]")
{
    test::TempDatabase t;
    Event e;
    e.title = QStringLiteral("SiBa-Workshop");
    e.kindId = EventKindRepository(t.db()).find(QStringLiteral("Workshop"))->value().id;
    e.startDate = QDate(2024, 4, 18);
    e.capacity = 1;
    const qint64 eventId = EventRepository(t.db()).create(e)->id;
    QList<qint64> people;
    for (const QString &name : {QStringLiteral("Früh"), QStringLiteral("Später")}) {
        Person p;
        p.lastName = name;
        people << PersonRepository(t.db()).create(p)->id;
    }
    RegistrationRepository repo(t.db());
    auto add = [&](qint64 person, int minute) {
        RegistrationRequest r;
        r.eventId = eventId;
        r.personId = person;
        r.registeredAt = QDateTime(QDate(2024, 3, 1), QTime(9, minute), QTimeZone::utc());
        return repo.add(r)->registration;
    };
    const Registration early = add(people.at(0), 1);
    const Registration late = add(people.at(1), 2); // waitlisted, no. 1
    // The early one cancels (the place is kept free) and then wants in again: behind the queue.
    auto cancelled = repo.setStatus(early.id, early.rowVersion, RegistrationStatus::Cancelled, Promotion::None);
    REQUIRE(cancelled);
    REQUIRE(repo.setStatus(early.id, cancelled->changed.rowVersion, RegistrationStatus::Registered, Promotion::None));
    REQUIRE(repo.byId(early.id)->status == RegistrationStatus::Waitlisted);

    RegistrationModel model(t.db());
    model.setEvent(eventId);
    auto statusOf = [&](qint64 id) {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.registration(row).id == id)
                return model.index(row, RegistrationModel::Status).data().toString();
        }
        return QString();
    };
    CHECK(statusOf(late.id) == QStringLiteral("waitlisted, no. 1"));
    CHECK(statusOf(early.id) == QStringLiteral("waitlisted, no. 2"));
}

TEST_CASE("The registrations' Export menu writes the participant list for Excel beside the CSV", "[ui][events][xlsx]")
{
    test::UiFixture ui;
    Database &db = ui.window().session()->db();
    const qint64 eventId = createEvent(db, QStringLiteral("Fachtagung Öffentlichkeit"), 20);
    Person p;
    p.firstName = QStringLiteral("Jürgen");
    p.lastName = QStringLiteral("=1+2");
    auto person = PersonRepository(db).create(p);
    REQUIRE(person);
    RegistrationRequest request;
    request.eventId = eventId;
    request.personId = person->id;
    REQUIRE(RegistrationRepository(db).add(request));

    auto *page = ui.page<EventsPage>(QStringLiteral("events"));
    ui.window().showPage(QStringLiteral("events"));
    page->selectId(eventId);
    page->eventEditor()->showRegistrations();
    QMenu *menu = page->eventEditor()->registrations()->exportMenu();
    QAction *excel = nullptr;
    QAction *csv = nullptr;
    for (QAction *a : menu->actions()) {
        if (a->text() == QStringLiteral("Participant list for Excel (.xlsx)…"))
            excel = a;
        else if (a->text() == QStringLiteral("Participant list (CSV)…"))
            csv = a;
    }
    REQUIRE(excel);
    CHECK(csv);

    const QString path = QDir(ui.dir()).filePath(QStringLiteral("Teilnehmende.xlsx"));
    bool told = false;
    test::onNextModal([path, &told](QWidget *modal) {
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        if (!dialog) {
            modal->close();
            return;
        }
        // Then the box that says it is written.
        test::onNextModal([&told](QWidget *box) {
            told = true;
            test::clickButton(box, QStringLiteral("Close"));
        });
        dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept, which checks the name as a click does
    });
    excel->trigger();
    CHECK(told);
    const auto sheets = test::readXlsx(path);
    REQUIRE(sheets.size() == 1);
    const int last = sheets.first().column(QStringLiteral("Last name"));
    REQUIRE(last >= 0);
    REQUIRE(sheets.first().cell(1, last));
    CHECK(sheets.first().cell(1, last)->type == QStringLiteral("s"));
    CHECK(sheets.first().cell(1, last)->value.toString() == QStringLiteral("=1+2"));
}

TEST_CASE("Double-clicking an event in the year view opens exactly that event, also when the Events page's filters hide it",
          "[ui][events][year]")
{
    test::UiFixture ui;
    Database &db = ui.window().session()->db();
    const qint64 assembly = EventRepository(db).resolve(QStringLiteral("27. Mitgliederversammlung"))->id;
    auto *events = ui.page<EventsPage>(QStringLiteral("events"));
    ui.window().showPage(QStringLiteral("events"));
    // The Events page shows something else: webinars of 2025, found by a word.
    events->yearFilter()->setCurrentIndex(events->yearFilter()->findData(2025));
    events->kindFilter()->setCurrentIndex(events->kindFilter()->findText(QStringLiteral("Webinar")));
    test::typeText(events->filterEdit(), QStringLiteral("panreflex"));
    REQUIRE(events->proxy()->rowCount() > 0);
    events->selectId(events->proxy()->index(0, 0).data(roles::IdRole).toLongLong());
    REQUIRE(events->currentId() != assembly);

    auto *year = ui.page<YearPage>(QStringLiteral("year"));
    ui.window().showPage(QStringLiteral("year"));
    year->yearChooser()->setCurrentIndex(year->yearChooser()->findData(2024));
    QListWidget *september = year->month(9);
    QListWidgetItem *item = nullptr;
    for (int i = 0; i < september->count(); ++i) {
        if (september->item(i)->text().contains(QStringLiteral("27. Mitgliederversammlung")))
            item = september->item(i);
    }
    REQUIRE(item);
    const QPoint centre = september->visualItemRect(item).center();
    QTest::mouseClick(september->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(september->viewport(), Qt::LeftButton, {}, centre);

    CHECK(ui.window().currentPage() == events);
    CHECK(events->currentId() == assembly);
    CHECK(events->eventEditor()->currentId() == assembly);
    CHECK(events->eventEditor()->currentTitle() == QStringLiteral("27. Mitgliederversammlung"));
    // The filters now let it be seen, and the year stays the one looked at.
    CHECK(events->yearFilter()->currentData().toInt() == 2024);
    CHECK(events->view()->selectionModel()->isRowSelected(events->view()->currentIndex().row(), {}));
}
