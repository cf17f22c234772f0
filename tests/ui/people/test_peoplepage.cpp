// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.hpp"
#include "uitest.h"

#include "app/session.h"
#include "common/clock.h"
#include "commands/command.h"
#include "events/eventmodel.h"
#include "events/eventspage.h"
#include "events/eventrepository.h"
#include "events/registrationrepository.h"
#include "common/filterproxy.h"
#include "members/organisationrepository.h"
#include "people/peoplepage.h"
#include "people/personeditor.h"
#include "people/personmodel.h"
#include "people/personrepository.h"
#include "people/quickpersondialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace fd;

TEST_CASE("A contact's phone number is edited, undone and redone", "[ui][people][undo]")
{
    test::UiFixture ui;
    auto *page = ui.page<PeoplePage>(QStringLiteral("people"));
    ui.window().showPage(QStringLiteral("people"));
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    PersonRepository repo(ui.window().session()->db());
    const Person kruger = repo.byEmail(QStringLiteral("sabine.krueger@augsburg.example"))->first();

    QTest::keyClick(&ui.window(), Qt::Key_F, Qt::ControlModifier);
    test::typeText(page->filterEdit(), QStringLiteral("kruger augsburg"));
    REQUIRE(page->proxy()->rowCount() == 1);
    QTest::keyClick(page->filterEdit(), Qt::Key_Down);
    REQUIRE(page->currentId() == kruger.id);

    // Enter in the table moves into the form.
    QTest::keyClick(page->view(), Qt::Key_Return);
    auto *editor = page->personEditor();
    auto *first = editor->findChild<QLineEdit *>(QStringLiteral("firstName"));
    CHECK(first->hasFocus());
    auto *phone = editor->findChildren<QLineEdit *>().at(0);
    for (QLineEdit *e : editor->findChildren<QLineEdit *>()) {
        if (e->text() == kruger.phone)
            phone = e;
    }
    REQUIRE(phone->text() == kruger.phone);
    phone->setFocus();
    phone->selectAll();
    test::typeText(phone, QStringLiteral("0821 324-4711"));
    QTest::keyClick(phone, Qt::Key_Return);
    CHECK(repo.byId(kruger.id)->phone == QStringLiteral("0821 324-4711"));
    test::screenshot(&ui.window(), QStringLiteral("people-edit"));

    page->view()->setFocus();
    QTest::keyClick(&ui.window(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(repo.byId(kruger.id)->phone == kruger.phone);
    CHECK(phone->text() == kruger.phone);
    QTest::keyClick(&ui.window(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(repo.byId(kruger.id)->phone == QStringLiteral("0821 324-4711"));
}

TEST_CASE("A new person at a new organisation is entered with the keyboard and undone in one step", "[ui][people][undo]")
{
    test::UiFixture ui;
    auto *page = ui.page<PeoplePage>(QStringLiteral("people"));
    ui.window().showPage(QStringLiteral("people"));
    const int before = page->model()->rowCount();
    page->view()->setFocus();
    QTest::keyClick(&ui.window(), Qt::Key_N, Qt::ControlModifier);
    auto *editor = page->personEditor();
    auto *first = editor->findChild<QLineEdit *>(QStringLiteral("firstName"));
    REQUIRE(first->hasFocus());
    test::typeText(first, QStringLiteral("Jörg"));
    test::typeText(editor->findChild<QLineEdit *>(QStringLiteral("lastName")), QStringLiteral("Weiß"));
    test::typeText(editor->findChild<QLineEdit *>(QStringLiteral("email")), QStringLiteral("joerg.weiss@kassel.example"));
    auto *org = editor->findChild<QComboBox *>(QStringLiteral("organisation"));
    org->lineEdit()->setText(QStringLiteral("Stadt Kassel"));
    test::typeText(editor->findChild<QLineEdit *>(QStringLiteral("jobTitle")), QStringLiteral("Ordnungsamt"));
    // The organisation is new: it is created only with its box ticked.
    auto *create = editor->findChild<QCheckBox *>(QStringLiteral("createOrganisation"));
    REQUIRE(create->isVisible());
    create->click();
    QTest::keyClick(editor->findChild<QLineEdit *>(QStringLiteral("jobTitle")), Qt::Key_Return);

    PersonRepository people(ui.window().session()->db());
    OrganisationRepository orgs(ui.window().session()->db());
    auto found = people.byEmail(QStringLiteral("joerg.weiss@kassel.example"));
    REQUIRE(found->size() == 1);
    auto item = people.listItem(found->first().id);
    CHECK(item->current.organisationName == QStringLiteral("Stadt Kassel"));
    CHECK(item->current.jobTitle == QStringLiteral("Ordnungsamt"));
    CHECK(page->model()->rowCount() == before + 1);
    CHECK(page->currentId() == found->first().id);

    // One undo takes back the person, the affiliation and the new organisation.
    ui.window().undoAction()->trigger();
    CHECK(people.byEmail(QStringLiteral("joerg.weiss@kassel.example"))->isEmpty());
    CHECK_FALSE(orgs.findByName(QStringLiteral("Stadt Kassel"))->has_value());
    CHECK(page->model()->rowCount() == before);
    ui.window().redoAction()->trigger();
    CHECK(people.byEmail(QStringLiteral("joerg.weiss@kassel.example"))->size() == 1);
    CHECK(orgs.findByName(QStringLiteral("Stadt Kassel"))->has_value());
}

TEST_CASE("Withdrawing a consent in the form is dated and logged", "[ui][people][gdpr]")
{
    test::UiFixture ui;
    auto *page = ui.page<PeoplePage>(QStringLiteral("people"));
    ui.window().showPage(QStringLiteral("people"));
    PersonRepository repo(ui.window().session()->db());
    const Person rau = repo.byEmail(QStringLiteral("anna.rau@defus.example"))->first();
    REQUIRE(rau.newsletter.granted);
    page->selectId(rau.id);
    QCheckBox *newsletter = nullptr;
    for (QCheckBox *c : page->personEditor()->findChildren<QCheckBox *>()) {
        if (c->text() == QStringLiteral("Newsletter"))
            newsletter = c;
    }
    REQUIRE(newsletter);
    newsletter->click();
    REQUIRE(page->personEditor()->save());
    const Person after = *repo.byId(rau.id);
    CHECK_FALSE(after.newsletter.granted);
    CHECK(after.newsletter.on == QDate::currentDate());
    const auto history = *repo.consentHistory(rau.id);
    CHECK_FALSE(history.first().granted);
    CHECK(history.first().topic == ConsentTopic::Newsletter);
}

TEST_CASE("Opening a contact from the member's page shows the person", "[ui][people]")
{
    test::UiFixture ui;
    OrganisationRepository orgs(ui.window().session()->db());
    PersonRepository people(ui.window().session()->db());
    const qint64 mannheim = orgs.findByName(QStringLiteral("Mannheim"))->value().id;
    const qint64 proffen = people.byNameAt(QStringLiteral("Volker"), QStringLiteral("Proffen"), mannheim)->first().id;
    ui.window().showPage(QStringLiteral("members"));
    emit ui.window().page(QStringLiteral("members"))->openRecord(Entity::Person, proffen);
    auto *page = ui.page<PeoplePage>(QStringLiteral("people"));
    CHECK(ui.window().currentPage() == page);
    CHECK(page->currentId() == proffen);
}

TEST_CASE("Choosing another organisation in the form is a staff change that keeps the history", "[ui][people]")
{
    test::UiFixture ui;
    auto *page = ui.page<PeoplePage>(QStringLiteral("people"));
    ui.window().showPage(QStringLiteral("people"));
    PersonRepository repo(ui.window().session()->db());
    const Person kruger = repo.byEmail(QStringLiteral("sabine.krueger@augsburg.example"))->first();
    page->selectId(kruger.id);
    auto *org = page->personEditor()->findChild<QComboBox *>(QStringLiteral("organisation"));
    org->setCurrentIndex(org->findText(QStringLiteral("Nürnberg")));
    REQUIRE(page->personEditor()->save());
    const QList<Affiliation> history = *repo.affiliations(kruger.id);
    REQUIRE(history.size() == 2);
    CHECK(history.at(0).organisationName == QStringLiteral("Nürnberg"));
    CHECK(history.at(0).validFrom == QDate::currentDate());
    CHECK(history.at(1).organisationName == QStringLiteral("Augsburg"));
    CHECK(history.at(1).validUntil == QDate::currentDate().addDays(-1));
    ui.window().undoAction()->trigger();
    CHECK(repo.affiliations(kruger.id)->size() == 1);
}

TEST_CASE("A new position is one undo step: undo reopens the old position, redo brings back the same new one", "[ui][people][undo]")
{
    test::UiFixture ui;
    Session &session = *ui.window().session();
    PersonRepository repo(session.db());
    const Person kruger = repo.byEmail(QStringLiteral("sabine.krueger@augsburg.example"))->first();
    const Affiliation current = repo.listItem(kruger.id)->current;
    REQUIRE(current.id > 0);
    const qint64 nuernberg = OrganisationRepository(session.db()).findByName(QStringLiteral("Nürnberg"))->value().id;
    Affiliation next;
    next.personId = kruger.id;
    next.organisationId = nuernberg;
    next.validFrom = fd::today().addDays(1);

    REQUIRE(commands::changePosition(session, current, next));
    const QList<Affiliation> changed = *repo.affiliations(kruger.id);
    REQUIRE(changed.size() == 2);
    CHECK(repo.affiliationById(current.id)->validUntil == fd::today());

    ui.window().undoAction()->trigger();
    const QList<Affiliation> undone = *repo.affiliations(kruger.id);
    REQUIRE(undone.size() == 1);
    CHECK(undone.first().id == current.id);
    CHECK_FALSE(undone.first().validUntil.isValid());

    ui.window().redoAction()->trigger();
    const QList<Affiliation> redone = *repo.affiliations(kruger.id);
    REQUIRE(redone.size() == 2);
    CHECK(repo.affiliationById(current.id)->validUntil == fd::today());
    QSet<QUuid> before, after;
    for (const Affiliation &a : changed)
        before.insert(a.uuid);
    for (const Affiliation &a : redone)
        after.insert(a.uuid);
    CHECK(before == after);

    // A start before the current one's is refused and leaves nothing on the stack.
    const int steps = session.undoStack()->count();
    Affiliation early = next;
    early.validFrom = QDate(1990, 1, 1);
    const Affiliation now = repo.listItem(kruger.id, next.validFrom)->current;
    auto refused = commands::changePosition(session, now, early);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().field == QStringLiteral("valid_from"));
    CHECK(session.undoStack()->count() == steps);
}

TEST_CASE("Deleting a registered person moves the first on the waitlist up, and undo restores both", "[ui][people][undo]")
{
    test::UiFixture ui;
    Database &db = ui.window().session()->db();
    const qint64 eventId = EventRepository(db).resolve(QStringLiteral("SiBa-Workshop 2025: Das Frankfurter Bahnhofsviertel"))->id;
    RegistrationRepository registrations(db);
    const Registration firstWaiting = registrations.waitlist(eventId)->first();
    Registration leaving;
    for (const Registration &r : *registrations.forEvent(eventId)) {
        if (r.status == RegistrationStatus::Registered)
            leaving = r;
    }
    auto *page = ui.page<PeoplePage>(QStringLiteral("people"));
    ui.window().showPage(QStringLiteral("people"));
    page->selectId(leaving.personId);
    test::onNextModal([](QWidget *box) { test::clickButton(box, QStringLiteral("Delete")); });
    page->deleteSelected();
    CHECK_FALSE(PersonRepository(db).byId(leaving.personId).ok());
    CHECK(registrations.byId(firstWaiting.id)->status == RegistrationStatus::Registered);
    ui.window().undoAction()->trigger();
    CHECK(PersonRepository(db).byId(leaving.personId).ok());
    CHECK(registrations.byId(leaving.id)->status == RegistrationStatus::Registered);
    CHECK(registrations.byId(firstWaiting.id)->status == RegistrationStatus::Waitlisted);
    // Redo deletes and moves up again; a second undo restores both again.
    ui.window().redoAction()->trigger();
    CHECK_FALSE(PersonRepository(db).byId(leaving.personId).ok());
    CHECK(registrations.byId(firstWaiting.id)->status == RegistrationStatus::Registered);
    ui.window().undoAction()->trigger();
    CHECK(PersonRepository(db).byId(leaving.personId).ok());
    CHECK(registrations.byId(leaving.id)->status == RegistrationStatus::Registered);
    CHECK(registrations.byId(firstWaiting.id)->status == RegistrationStatus::Waitlisted);
}

TEST_CASE("Ctrl+Z right after saving undoes the saved edit with the cursor still in the field, and unsaved typing undoes itself first",
          "[ui][people][undo]")
{
    test::UiFixture ui;
    auto *page = ui.page<PeoplePage>(QStringLiteral("people"));
    ui.window().showPage(QStringLiteral("people"));
    PersonRepository repo(ui.window().session()->db());
    const Person kruger = repo.byEmail(QStringLiteral("sabine.krueger@augsburg.example"))->first();
    page->selectId(kruger.id);
    PersonEditor *editor = page->personEditor();
    QLineEdit *phone = nullptr;
    for (QLineEdit *e : editor->findChildren<QLineEdit *>()) {
        if (e->text() == kruger.phone)
            phone = e;
    }
    REQUIRE(phone);
    phone->setFocus();
    phone->selectAll();
    test::typeText(phone, QStringLiteral("0821 324-4711"));
    QTest::keyClick(phone, Qt::Key_Return);
    REQUIRE(repo.byId(kruger.id)->phone == QStringLiteral("0821 324-4711"));
    REQUIRE(phone->hasFocus());

    // The cursor is still in the field: Ctrl+Z is the window's undo of the saved edit.
    QTest::keyClick(phone, Qt::Key_Z, Qt::ControlModifier);
    CHECK(repo.byId(kruger.id)->phone == kruger.phone);
    CHECK(phone->text() == kruger.phone);
    QTest::keyClick(phone, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(repo.byId(kruger.id)->phone == QStringLiteral("0821 324-4711"));
    CHECK(phone->text() == QStringLiteral("0821 324-4711"));

    // Typing that is not saved yet: Ctrl+Z takes back the typing, not the saved edit.
    const int steps = ui.window().session()->undoStack()->index();
    phone->setFocus();
    phone->end(false);
    test::typeText(phone, QStringLiteral(" 2"));
    REQUIRE(phone->text() == QStringLiteral("0821 324-4711 2"));
    QTest::keyClick(phone, Qt::Key_Z, Qt::ControlModifier);
    CHECK(phone->text() == QStringLiteral("0821 324-4711"));
    CHECK(repo.byId(kruger.id)->phone == QStringLiteral("0821 324-4711"));
    CHECK(ui.window().session()->undoStack()->index() == steps);

    // The notes (several lines) behave alike after Ctrl+S.
    auto *notes = editor->findChild<QPlainTextEdit *>();
    REQUIRE(notes);
    if (editor->isDirty())
        editor->revert();
    notes->setFocus();
    notes->moveCursor(QTextCursor::End);
    test::typeText(notes, QStringLiteral(" Ruft lieber an."));
    QTest::keyClick(notes, Qt::Key_S, Qt::ControlModifier);
    REQUIRE(repo.byId(kruger.id)->notes.endsWith(QStringLiteral("Ruft lieber an.")));
    REQUIRE(notes->hasFocus());
    QTest::keyClick(notes, Qt::Key_Z, Qt::ControlModifier);
    CHECK(repo.byId(kruger.id)->notes == kruger.notes);
    CHECK(notes->toPlainText() == kruger.notes);
}

namespace {
// Answers every dialog that opens with Enter, as someone in a hurry does,
// until it goes out of scope; counts them.
class EnterOnEveryDialog
{
public:
    EnterOnEveryDialog()
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                ++m_answered;
                QTest::keyClick(modal, Qt::Key_Return);
            }
        });
        m_timer.start();
    }
    int answered() const { return m_answered; }

private:
    QTimer m_timer;
    int m_answered = 0;
};

// Tab as it arrives: at the completer's list while it is open, else at the field.
void pressTab(QWidget *field)
{
    QWidget *popup = QApplication::activePopupWidget();
    QTest::keyClick(popup ? popup : field, Qt::Key_Tab);
}
} // namespace

TEST_CASE("In \"New person\", a few letters of an organisation and Tab create no organisation, and a new one needs its box ticked",
          "[ui][people][organisation]")
{
    test::UiFixture ui;
    Database &db = ui.window().session()->db();
    OrganisationRepository orgs(db);
    const qint64 goettingen = orgs.findByName(QStringLiteral("Göttingen"))->value().id;

    QuickPersonDialog dialog(db, QStringLiteral("Petra Schäfer"), &ui.window());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *org = dialog.findChild<QComboBox *>(QStringLiteral("organisation"));
    REQUIRE(org);
    org->setFocus();
    test::typeText(org, QStringLiteral("Gött"));
    pressTab(org);
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    ok->click();
    // Not created, not registered: the dialog stays and says why.
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.newPerson().newOrganisationName.isEmpty());
    auto *create = dialog.findChild<QCheckBox *>(QStringLiteral("createOrganisation"));
    REQUIRE(create);
    CHECK(create->isVisible());
    CHECK_FALSE(create->isChecked());
    CHECK(create->text().contains(QStringLiteral("Gött")));
    QTest::qWait(50);
    test::screenshot(&dialog, QStringLiteral("new-person-unknown-organisation"));

    // Picking the offered match is what links the person to Göttingen.
    org->setCurrentIndex(org->findText(QStringLiteral("Göttingen")));
    CHECK_FALSE(create->isVisible());
    ok->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.newPerson().organisationId == goettingen);
    CHECK(dialog.newPerson().newOrganisationName.isEmpty());

    // A new organisation is created when the user ticks the box for it.
    QuickPersonDialog other(db, QStringLiteral("Jörg Weiß"), &ui.window());
    other.show();
    auto *otherOrg = other.findChild<QComboBox *>(QStringLiteral("organisation"));
    otherOrg->setFocus();
    test::typeText(otherOrg, QStringLiteral("Stadt Kassel"));
    pressTab(otherOrg);
    auto *otherCreate = other.findChild<QCheckBox *>(QStringLiteral("createOrganisation"));
    REQUIRE(otherCreate->isVisible());
    otherCreate->click();
    other.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    CHECK(other.result() == QDialog::Accepted);
    CHECK(other.newPerson().newOrganisationName == QStringLiteral("Stadt Kassel"));
    CHECK_FALSE(orgs.findByName(QStringLiteral("Gött"))->has_value());
}

TEST_CASE("In the person form, a few letters of an organisation are never saved as a new organisation without the box ticked",
          "[ui][people][organisation]")
{
    test::UiFixture ui;
    auto *page = ui.page<PeoplePage>(QStringLiteral("people"));
    ui.window().showPage(QStringLiteral("people"));
    Database &db = ui.window().session()->db();
    PersonRepository repo(db);
    OrganisationRepository orgs(db);
    const Person kruger = repo.byEmail(QStringLiteral("sabine.krueger@augsburg.example"))->first();
    page->selectId(kruger.id);
    PersonEditor *editor = page->personEditor();
    auto *org = editor->findChild<QComboBox *>(QStringLiteral("organisation"));
    org->setFocus();
    org->lineEdit()->selectAll();
    test::typeText(org, QStringLiteral("Gött"));
    pressTab(org);
    {
        EnterOnEveryDialog hurry;
        CHECK_FALSE(editor->save());
        QTest::qWait(100);
        CHECK(hurry.answered() == 0); // no question to click away: the form says it
    }
    CHECK_FALSE(orgs.findByName(QStringLiteral("Gött"))->has_value());
    CHECK(repo.listItem(kruger.id)->current.organisationName == QStringLiteral("Augsburg"));
    auto *create = editor->findChild<QCheckBox *>(QStringLiteral("createOrganisation"));
    REQUIRE(create);
    CHECK(create->isVisible());
    test::screenshot(&ui.window(), QStringLiteral("person-unknown-organisation"));

    create->click();
    REQUIRE(editor->save());
    CHECK(repo.listItem(kruger.id)->current.organisationName == QStringLiteral("Gött"));
    ui.window().undoAction()->trigger();
    CHECK_FALSE(orgs.findByName(QStringLiteral("Gött"))->has_value());
}

TEST_CASE("A member's new note leaves the people list as it is, a new name shows in every row of its people", "[ui][people][notify]")
{
    test::UiFixture ui;
    Database &db = ui.window().session()->db();
    auto *people = ui.page<PeoplePage>(QStringLiteral("people"));
    auto *events = ui.page<EventsPage>(QStringLiteral("events"));
    QSignalSpy peopleResets(people->model(), &QAbstractItemModel::modelReset);
    QSignalSpy eventResets(events->model(), &QAbstractItemModel::modelReset);
    const Organisation before = OrganisationRepository(db).findByName(QStringLiteral("Mannheim"))->value();

    Organisation noted = before;
    noted.notes = QStringLiteral("Neue Ansprechperson seit Oktober.");
    REQUIRE(commands::editOrganisation(*ui.window().session(), before, noted));
    CHECK(peopleResets.count() == 0);
    CHECK(eventResets.count() == 0);

    const Organisation current = OrganisationRepository(db).byId(before.id).value();
    Organisation renamed = current;
    renamed.name = QStringLiteral("Stadt Mannheim");
    REQUIRE(commands::editOrganisation(*ui.window().session(), current, renamed));
    // The rows of its people change in place; neither list is reset.
    CHECK(peopleResets.count() == 0);
    CHECK(eventResets.count() == 0);
    bool shown = false;
    for (int row = 0; row < people->model()->rowCount(); ++row)
        shown = shown || people->model()->index(row, PersonModel::Organisation).data().toString() == QStringLiteral("Stadt Mannheim");
    CHECK(shown);
}
