// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.hpp"
#include "uitest.h"

#include "app/session.h"
#include "common/dateedit.h"
#include "db/database.h"
#include "people/personpicker.h"
#include "db/blobstore.h"
#include "records/childrows.h"
#include "records/filefield.h"
#include "records/kindeditor.h"
#include "records/kindmodel.h"
#include "records/kindpage.h"
#include "records/recordkind.h"
#include "records/recordspage.h"

#include <QAction>
#include <QFile>
#include <QTemporaryDir>
#include <QComboBox>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace fd;

TEST_CASE("Every kind of the year's records is added in its tab with Ctrl+N and Enter, undone and redone", "[ui][records][undo]")
{
    test::UiFixture ui;
    Database &db = ui.window().session()->db();
    for (const RecordKind &kind : recordKinds()) {
        INFO(kind.name.toStdString());
        auto *page = ui.recordsTab<KindPage>(kind.name);
        REQUIRE(page);
        REQUIRE(ui.window().currentPage()->id() == QStringLiteral("records"));
        const int before = int(Records(db, kind).list()->size());
        page->view()->setFocus();
        QTest::keyClick(&ui.window(), Qt::Key_N, Qt::ControlModifier);
        REQUIRE(page->kindEditor()->isNew());

        // What a record cannot be without: typed into the form.
        QLineEdit *last = nullptr;
        for (const Column &c : kind.table->columns()) {
            if (c.has(ColumnFlag::NonEmpty)) {
                auto *edit = qobject_cast<QLineEdit *>(page->kindEditor()->field(c.name));
                REQUIRE(edit);
                test::typeText(edit, QStringLiteral("Prävention %1").arg(c.name));
                last = edit;
            } else if (c.type == ColumnType::Reference && c.has(ColumnFlag::NotNull)) {
                // A person: a few letters, and Enter takes the only match.
                auto *picker = qobject_cast<PersonPicker *>(page->kindEditor()->field(c.name));
                REQUIRE(picker);
                picker->setFocus();
                test::typeText(picker, QStringLiteral("Hecker"));
                QTest::keyClick(picker, Qt::Key_Return);
                REQUIRE_FALSE(picker->text().isEmpty());
            }
        }
        if (!last)
            last = qobject_cast<QLineEdit *>(page->kindEditor()->field(QStringLiteral("job_title")));
        REQUIRE(last);
        QTest::keyClick(last, Qt::Key_Return);
        auto after = Records(db, kind).list();
        REQUIRE(int(after->size()) == before + 1);
        qint64 id = 0;
        for (const Record &r : std::as_const(*after))
            id = std::max(id, r.id);
        CHECK(page->currentId() == id);

        ui.window().undoAction()->trigger();
        CHECK(int(Records(db, kind).list()->size()) == before);
        CHECK(page->model()->rowOf(id) < 0);
        ui.window().redoAction()->trigger();
        CHECK(Records(db, kind).byId(id));
        CHECK(page->currentId() == id);
        if (kind.name == QLatin1String("projects"))
            test::screenshot(&ui.window(), QStringLiteral("records-projects"));
    }
}

TEST_CASE("A project that ends before it starts is refused in the form, the field named, and nothing is saved", "[ui][records]")
{
    test::UiFixture ui;
    auto *page = ui.recordsTab<KindPage>(QStringLiteral("projects"));
    REQUIRE(page);
    const Records projects(ui.window().session()->db(), *findRecordKind(QStringLiteral("projects")));
    const int before = int(projects.list()->size());
    page->view()->setFocus();
    QTest::keyClick(&ui.window(), Qt::Key_N, Qt::ControlModifier);
    KindEditor *editor = page->kindEditor();
    auto *title = qobject_cast<QLineEdit *>(editor->field(QStringLiteral("title")));
    test::typeText(title, QStringLiteral("Sichere Räume"));
    qobject_cast<DateEdit *>(editor->field(QStringLiteral("starts_on")))->setDate(QDate(2024, 5, 1));
    qobject_cast<DateEdit *>(editor->field(QStringLiteral("ends_on")))->setDate(QDate(2024, 4, 30));
    QTest::keyClick(title, Qt::Key_Return);
    // The demo has projects of its own: none was added.
    CHECK(projects.list()->size() == before);
    bool shown = false;
    for (QLabel *l : editor->findChildren<QLabel *>()) {
        if (l->isVisible() && l->text().contains(QStringLiteral("cannot end before it starts")))
            shown = true;
    }
    CHECK(shown);
}

TEST_CASE("The Records page remembers its tab, and a link to a record opens its tab with it selected", "[ui][records]")
{
    test::UiFixture ui;
    const RecordKind &media = *findRecordKind(QStringLiteral("media-requests"));
    QVariantMap row;
    row.insert(QStringLiteral("received_on"), QStringLiteral("2024-03-05"));
    row.insert(QStringLiteral("outlet"), QStringLiteral("WDR"));
    auto created = Records(ui.window().session()->db(), media).create(row);
    REQUIRE(created);
    ui.window().openRecord(Entity::MediaRequest, created->id);
    auto *records = ui.page<RecordsPage>(QStringLiteral("records"));
    REQUIRE(ui.window().currentPage() == records);
    CHECK(records->exchangeKind() == QStringLiteral("media-requests"));
    CHECK(records->currentTab()->currentId() == created->id);
    // The next time the page is made (the next start), it opens there.
    RecordsPage next(*ui.window().session());
    CHECK(next.exchangeKind() == QStringLiteral("media-requests"));
}

TEST_CASE("A member taking part is added to a project in a small form with Enter, and undo takes it back", "[ui][records][undo]")
{
    test::UiFixture ui;
    Database &db = ui.window().session()->db();
    const RecordKind &projects = *findRecordKind(QStringLiteral("projects"));
    const RecordKind &members = *findRecordKind(QStringLiteral("project-members"));
    auto project = Records(db, projects).create({{QStringLiteral("title"), QStringLiteral("Sichere Räume")}, {QStringLiteral("starts_on"), QStringLiteral("2024-01-01")}});
    REQUIRE(project);
    auto *page = ui.recordsTab<KindPage>(QStringLiteral("projects"));
    page->selectId(project->id);
    ChildRows *rows = page->kindEditor()->childRows(QStringLiteral("project-members"));
    REQUIRE(rows);
    REQUIRE(rows->isEnabled());

    QString chosen;
    test::onNextModal([&](QWidget *dialog) {
        auto *editor = dialog->findChild<KindEditor *>();
        REQUIRE(editor);
        auto *member = qobject_cast<QComboBox *>(editor->field(QStringLiteral("organisation_id")));
        REQUIRE(member);
        REQUIRE(member->count() > 1);
        member->setCurrentIndex(1);
        chosen = member->currentText();
        auto *role = qobject_cast<QLineEdit *>(editor->field(QStringLiteral("role")));
        test::typeText(role, QStringLiteral("Pilotstadt"));
        QTest::keyClick(role, Qt::Key_Return);
    });
    rows->addRow();
    auto added = Records(db, members).listOf(project->id);
    REQUIRE(added->size() == 1);
    CHECK(added->first().text(QStringLiteral("role")) == QStringLiteral("Pilotstadt"));
    CHECK(added->first().text(referenceTitleKey(QStringLiteral("organisation_id"))) == chosen);
    CHECK(rows->model()->rowCount() == 1);

    ui.window().undoAction()->trigger();
    CHECK(Records(db, members).listOf(project->id)->isEmpty());
    CHECK(rows->model()->rowCount() == 0);
    ui.window().redoAction()->trigger();
    CHECK(Records(db, members).listOf(project->id)->size() == 1);
    CHECK(page->currentId() == project->id);
    test::screenshot(&ui.window(), QStringLiteral("records-project-members"));
}

TEST_CASE("Ctrl+Page Down and Ctrl+Page Up switch the Records tabs also from a list with rows", "[ui][records]")
{
    test::UiFixture ui;
    auto *page = ui.recordsTab<KindPage>(QStringLiteral("projects"));
    REQUIRE(page);
    // The demo's projects: a list with rows would take Page Down for itself.
    REQUIRE(page->view()->model()->rowCount() > 1);
    auto *records = ui.page<RecordsPage>(QStringLiteral("records"));
    const int first = records->tabs()->currentIndex();
    page->view()->setFocus();
    QTest::keyClick(page->view(), Qt::Key_PageDown, Qt::ControlModifier);
    CHECK(records->tabs()->currentIndex() == first + 1);
    QWidget *focused = QApplication::focusWidget();
    REQUIRE(focused);
    QTest::keyClick(focused, Qt::Key_PageUp, Qt::ControlModifier);
    CHECK(records->tabs()->currentIndex() == first);
    // From the first tab back to the last, as the tabs themselves do.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp, Qt::ControlModifier);
    CHECK(records->tabs()->currentIndex() == records->tabs()->count() - 1);
}

TEST_CASE("A portrait is kept with a board member's role by its hash, and undo takes it away again", "[ui][records][blobs]")
{
    test::UiFixture ui;
    Database &db = ui.window().session()->db();
    const RecordKind &team = *findRecordKind(QStringLiteral("team"));
    auto *page = ui.recordsTab<KindPage>(QStringLiteral("team"));
    REQUIRE(page);
    auto roles = Records(db, team).list();
    REQUIRE_FALSE(roles->isEmpty());
    const Record role = roles->first();
    page->selectId(role.id);
    auto *file = qobject_cast<FileField *>(page->kindEditor()->field(QStringLiteral("photo")));
    REQUIRE(file);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("portrait.png"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(2048, 'p'));
    f.close();
    REQUIRE(file->chooseFile(path));
    REQUIRE(page->kindEditor()->save());
    const QString hash = Records(db, team).byId(role.id)->text(QStringLiteral("photo"));
    CHECK(hash == BlobStore::hashOf(QByteArray(2048, 'p')));
    CHECK(file->hash() == hash);

    ui.window().undoAction()->trigger();
    CHECK(Records(db, team).byId(role.id)->value(QStringLiteral("photo")).isNull());
    CHECK(file->hash().isEmpty());
    // The file stays stored while undo may bring it back.
    CHECK(*BlobStore(db).has(hash));
    ui.window().redoAction()->trigger();
    CHECK(Records(db, team).byId(role.id)->text(QStringLiteral("photo")) == hash);
}
