// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.hpp"
#include "uitest.h"

#include "app/session.h"
#include "commands/dbcommand.h"
#include "common/clock.h"
#include "members/memberspage.h"
#include "members/organisationeditor.h"
#include "members/organisationrepository.h"
#include "people/peoplepage.h"
#include "people/personeditor.h"
#include "people/personrepository.h"

#include <QAction>
#include <QDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace fd;

namespace {

// A clock the test moves on by hand; the real one comes back afterwards.
struct HandClock {
    QDateTime now = QDateTime::currentDateTimeUtc();
    HandClock() { setFixedNow(now); }
    ~HandClock() { setFixedNow(QDateTime()); }
    void wait(int seconds)
    {
        now = now.addSecs(seconds);
        setFixedNow(now);
    }
};

// Types at the end of a notes field and saves with Ctrl+S, as someone writing notes does.
void typeAndSave(QPlainTextEdit *notes, const QString &text)
{
    notes->setFocus();
    notes->moveCursor(QTextCursor::End);
    test::typeText(notes, text);
    QTest::keyClick(notes, Qt::Key_S, Qt::ControlModifier);
}

QPlainTextEdit *openMember(test::UiFixture &ui, const QString &name)
{
    auto *page = ui.page<MembersPage>(QStringLiteral("members"));
    ui.window().showPage(QStringLiteral("members"));
    page->selectId(OrganisationRepository(ui.window().session()->db()).findByName(name)->value().id);
    auto *editor = qobject_cast<OrganisationEditor *>(page->editor());
    REQUIRE(editor);
    auto *notes = editor->findChild<QPlainTextEdit *>();
    REQUIRE(notes);
    return notes;
}

QString notesOf(test::UiFixture &ui, const QString &name)
{
    return OrganisationRepository(ui.window().session()->db()).findByName(name)->value().notes;
}

} // namespace

TEST_CASE("Notes typed in two saves are one undo step, and another member's notes are a step of their own", "[ui][members][undo]")
{
    test::UiFixture ui;
    const HandClock clock;
    QUndoStack *stack = ui.window().session()->undoStack();
    const QString goettingen = notesOf(ui, QStringLiteral("Göttingen"));
    const QString essen = notesOf(ui, QStringLiteral("Essen"));

    QPlainTextEdit *notes = openMember(ui, QStringLiteral("Göttingen"));
    const int steps = stack->count();
    typeAndSave(notes, QStringLiteral(" Beitritt zum Präventionsrat"));
    typeAndSave(notes, QStringLiteral(" im Mai besprochen."));
    REQUIRE(notesOf(ui, QStringLiteral("Göttingen")) == goettingen + QStringLiteral(" Beitritt zum Präventionsrat im Mai besprochen."));
    CHECK(stack->count() == steps + 1);

    // Another record: a step of its own, even right after.
    QPlainTextEdit *otherNotes = openMember(ui, QStringLiteral("Essen"));
    typeAndSave(otherNotes, QStringLiteral(" Ruft zurück."));
    REQUIRE(notesOf(ui, QStringLiteral("Essen")) == essen + QStringLiteral(" Ruft zurück."));
    CHECK(stack->count() == steps + 2);

    ui.window().undoAction()->trigger();
    CHECK(notesOf(ui, QStringLiteral("Essen")) == essen);
    CHECK(notesOf(ui, QStringLiteral("Göttingen")) == goettingen + QStringLiteral(" Beitritt zum Präventionsrat im Mai besprochen."));

    // One Ctrl+Z takes back the whole run of typing.
    notes = openMember(ui, QStringLiteral("Göttingen"));
    ui.window().undoAction()->trigger();
    CHECK(notesOf(ui, QStringLiteral("Göttingen")) == goettingen);
    CHECK(notes->toPlainText() == goettingen);
    CHECK(stack->index() == steps);

    ui.window().redoAction()->trigger();
    CHECK(notesOf(ui, QStringLiteral("Göttingen")) == goettingen + QStringLiteral(" Beitritt zum Präventionsrat im Mai besprochen."));
}

TEST_CASE("Notes saved after a pause, or after another field was saved, are a new undo step", "[ui][members][undo]")
{
    test::UiFixture ui;
    HandClock clock;
    QUndoStack *stack = ui.window().session()->undoStack();
    const QString original = notesOf(ui, QStringLiteral("Göttingen"));
    QPlainTextEdit *notes = openMember(ui, QStringLiteral("Göttingen"));
    const int steps = stack->count();

    typeAndSave(notes, QStringLiteral(" Erstens."));
    clock.wait(TypingRunSeconds + 1);
    typeAndSave(notes, QStringLiteral(" Zweitens."));
    CHECK(stack->count() == steps + 2);

    // Another field in between ends the run.
    QLineEdit *website = nullptr;
    for (QLineEdit *edit : notes->parentWidget()->findChildren<QLineEdit *>()) {
        if (edit->placeholderText() == QStringLiteral("https://"))
            website = edit;
    }
    REQUIRE(website);
    website->setFocus();
    website->selectAll();
    test::typeText(website, QStringLiteral("https://goettingen.example"));
    QTest::keyClick(website, Qt::Key_Return);
    typeAndSave(notes, QStringLiteral(" Drittens."));
    CHECK(stack->count() == steps + 4);

    // Each save of the same member is undone in turn (each undo writes a
    // newer version, which the step before must accept as its own).
    QSignalSpy failures(ui.window().session(), &Session::commandFailed);
    ui.window().undoAction()->trigger();
    ui.window().undoAction()->trigger();
    ui.window().undoAction()->trigger();
    CHECK(failures.isEmpty());
    CHECK(notesOf(ui, QStringLiteral("Göttingen")) == original + QStringLiteral(" Erstens."));
}

TEST_CASE("A person's notes typed in two saves are one undo step", "[ui][people][undo]")
{
    test::UiFixture ui;
    const HandClock clock;
    QUndoStack *stack = ui.window().session()->undoStack();
    PersonRepository repo(ui.window().session()->db());
    const Person kruger = repo.byEmail(QStringLiteral("sabine.krueger@augsburg.example"))->first();
    auto *page = ui.page<PeoplePage>(QStringLiteral("people"));
    ui.window().showPage(QStringLiteral("people"));
    page->selectId(kruger.id);
    auto *notes = page->personEditor()->findChild<QPlainTextEdit *>();
    REQUIRE(notes);
    const int steps = stack->count();

    typeAndSave(notes, QStringLiteral(" Ruft lieber an"));
    typeAndSave(notes, QStringLiteral(", vormittags."));
    REQUIRE(repo.byId(kruger.id)->notes == kruger.notes + QStringLiteral(" Ruft lieber an, vormittags."));
    CHECK(stack->count() == steps + 1);
    QTest::keyClick(notes, Qt::Key_Z, Qt::ControlModifier);
    CHECK(repo.byId(kruger.id)->notes == kruger.notes);
    CHECK(notes->toPlainText() == kruger.notes);
}

TEST_CASE("Undoing notes is refused when someone else changed the member since", "[ui][members][undo]")
{
    test::UiFixture ui;
    const HandClock clock;
    Database &db = ui.window().session()->db();
    const QString original = notesOf(ui, QStringLiteral("Göttingen"));
    QPlainTextEdit *notes = openMember(ui, QStringLiteral("Göttingen"));
    typeAndSave(notes, QStringLiteral(" Entwurf."));

    // A colleague (another window) changes the notes meanwhile.
    Organisation theirs = OrganisationRepository(db).findByName(QStringLiteral("Göttingen"))->value();
    theirs.notes = QStringLiteral("Neu geschrieben.");
    REQUIRE(OrganisationRepository(db).update(theirs));

    QSignalSpy failures(ui.window().session(), &Session::commandFailed);
    test::onNextModal([](QWidget *box) { qobject_cast<QDialog *>(box)->reject(); });
    ui.window().undoAction()->trigger();
    CHECK(failures.size() == 1);
    CHECK(notesOf(ui, QStringLiteral("Göttingen")) == QStringLiteral("Neu geschrieben."));
    CHECK(notesOf(ui, QStringLiteral("Göttingen")) != original);
}
