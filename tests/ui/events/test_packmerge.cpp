// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.hpp"
#include "uitest.h"

#include "app/session.h"
#include "events/eventrepository.h"
#include "events/packmergedialog.h"
#include "events/registrationrepository.h"
#include "events/packmerger.h"
#include "events/sitepack.h"

#include <QAction>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

using namespace fd;

TEST_CASE("Merging a pack shows the conflict, applies the choice and can be undone", "[ui][pack][undo]")
{
    test::UiFixture ui;
    Database &db = ui.window().session()->db();
    const qint64 eventId = EventRepository(db).resolve(QStringLiteral("28. Mitgliederversammlung"))->id;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mv28.fdpack"));
    REQUIRE(SitePack::write(db, eventId, path));
    const QList<Registration> office = *RegistrationRepository(db).forEvent(eventId);
    {
        auto pack = Database::openSqlite(path);
        REQUIRE(pack);
        RegistrationRepository repo(**pack);
        const qint64 packEvent = EventRepository(**pack).byUuid(SitePack::info(**pack)->eventUuid)->id;
        for (const Registration &r : *repo.forEvent(packEvent)) {
            if (r.uuid == office.at(0).uuid || r.uuid == office.at(1).uuid)
                REQUIRE(repo.setStatus(r.id, r.rowVersion, RegistrationStatus::Attended));
        }
    }
    // The office cancelled the first one meanwhile.
    REQUIRE(RegistrationRepository(db).setStatus(office.at(0).id, office.at(0).rowVersion, RegistrationStatus::Cancelled, Promotion::None));

    PackMergeDialog dialog(*ui.window().session(), path, &ui.window());
    dialog.show();
    REQUIRE(dialog.isReady());
    REQUIRE(dialog.conflicts()->rowCount() == 1);
    CHECK(dialog.conflicts()->item(0, 1)->text() == QStringLiteral("status"));
    CHECK(dialog.conflicts()->item(0, 2)->text() == QStringLiteral("cancelled"));
    CHECK(dialog.conflicts()->item(0, 3)->text() == QStringLiteral("attended"));
    test::screenshot(&dialog, QStringLiteral("pack-merge"));
    // Nothing is merged before every conflict is decided.
    CHECK_FALSE(dialog.mergeButton()->isEnabled());
    dialog.setAllChoices(MergeChoice::TakePack);
    REQUIRE(dialog.mergeButton()->isEnabled());
    dialog.mergeButton()->click();

    RegistrationRepository repo(db);
    CHECK(repo.byId(office.at(0).id)->status == RegistrationStatus::Attended);
    CHECK(repo.byId(office.at(1).id)->status == RegistrationStatus::Attended);

    // Undo takes the merge back, and the pack can be merged again.
    ui.window().undoAction()->trigger();
    CHECK(repo.byId(office.at(0).id)->status == RegistrationStatus::Cancelled);
    CHECK(repo.byId(office.at(1).id)->status == RegistrationStatus::Registered);
    auto again = PackMerger(db).analyse(path);
    REQUIRE(again);
    CHECK(again->conflicts.size() == 1);
    ui.window().redoAction()->trigger();
    CHECK(repo.byId(office.at(1).id)->status == RegistrationStatus::Attended);
}

TEST_CASE("The merge dialog names the registrations a pack holds that it does not merge", "[ui][pack][security]")
{
    test::UiFixture ui;
    Database &db = ui.window().session()->db();
    const qint64 eventId = EventRepository(db).resolve(QStringLiteral("28. Mitgliederversammlung"))->id;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mv28.fdpack"));
    REQUIRE(SitePack::write(db, eventId, path));
    // A registration whose person is not in the pack: it cannot be merged, and must not vanish unmentioned.
    test::tamper(path, {QStringLiteral("INSERT INTO registrations (uuid, event_id, person_id, status, source, registered_at, created_at, updated_at) "
                                       "SELECT 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d', event_id, 424242, 'attended', 'on_site', registered_at, "
                                       "created_at, updated_at FROM registrations LIMIT 1")});

    PackMergeDialog dialog(*ui.window().session(), path, &ui.window());
    dialog.show();
    test::screenshot(&dialog, QStringLiteral("pack-merge-notes"));
    CHECK(dialog.summary()->text().contains(QStringLiteral("1 registration(s) in the pack are not merged")));
    REQUIRE(dialog.notes()->isVisible());
    CHECK(dialog.notes()->text().contains(QStringLiteral("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d")));
    CHECK(dialog.notes()->text().contains(QStringLiteral("not in the pack")));
}

TEST_CASE("The merge dialog says why a pack changed outside ForumDesk is not merged, and offers no merge", "[ui][pack][security]")
{
    test::UiFixture ui;
    Database &db = ui.window().session()->db();
    const qint64 eventId = EventRepository(db).resolve(QStringLiteral("28. Mitgliederversammlung"))->id;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mv28.fdpack"));
    REQUIRE(SitePack::write(db, eventId, path));
    test::tamper(path, {QStringLiteral("CREATE TRIGGER wipe AFTER UPDATE ON registrations BEGIN DELETE FROM people; END")});
    const int people = test::scalar(db, QStringLiteral("SELECT count(*) FROM people")).toInt();

    PackMergeDialog dialog(*ui.window().session(), path, &ui.window());
    dialog.show();
    test::screenshot(&dialog, QStringLiteral("pack-merge-refused"));
    CHECK_FALSE(dialog.isReady());
    CHECK_FALSE(dialog.mergeButton()->isEnabled());
    CHECK(dialog.summary()->text().contains(QStringLiteral("cannot be merged")));
    CHECK(dialog.summary()->text().contains(QStringLiteral("trigger \"wipe\"")));
    CHECK(test::scalar(db, QStringLiteral("SELECT count(*) FROM people")).toInt() == people);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-shm")));
}
