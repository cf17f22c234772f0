// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.hpp"
#include "testdb.h"

#include "db/notifier.h"
#include "db/tables.h"
#include "events/eventrepository.h"
#include "exchange/exchange.h"
#include "records/recordkind.h"

#include <QSignalSpy>

using namespace fd;

namespace {

qint64 addProject(test::TempDatabase &t, const QString &acronym, const QString &title)
{
    auto created = Records(t.db(), *findRecordKind(QStringLiteral("projects")))
                       .create({{QStringLiteral("acronym"), acronym}, {QStringLiteral("title"), title}});
    REQUIRE(created);
    return created->id;
}

Event addEvent(test::TempDatabase &t, const QString &title, const QDate &day, qint64 projectId, EventRole role = EventRole::Organiser)
{
    Event e;
    e.title = title;
    e.kindId = EventKindRepository(t.db()).find(QStringLiteral("Webinar"))->value().id;
    e.startDate = day;
    e.role = role;
    e.projectId = projectId;
    auto created = EventRepository(t.db()).create(e);
    REQUIRE(created);
    return *created;
}

} // namespace

TEST_CASE("An event belongs to a project, which lists it with its date and title", "[events][projects]")
{
    test::TempDatabase t;
    const qint64 rally = addProject(t, QStringLiteral("RALLY"), QStringLiteral("Resilient cities"));
    const qint64 other = addProject(t, QStringLiteral("PANREFLEX"), QStringLiteral("Prevention and reflection"));
    const Event kickOff = addEvent(t, QStringLiteral("RALLY kick-off"), QDate(2024, 2, 6), rally);
    const Event webinar = addEvent(t, QStringLiteral("RALLY webinar"), QDate(2024, 1, 15), rally);
    addEvent(t, QStringLiteral("Another project's meeting"), QDate(2024, 1, 10), other);
    addEvent(t, QStringLiteral("No project"), QDate(2024, 1, 9), 0);
    // A talk at someone else's event is an event with our role "speaker", in the same list.
    const Event talk = addEvent(t, QStringLiteral("Talk at the Präventionstag"), QDate(2024, 6, 3), rally, EventRole::Speaker);

    const Event read = *EventRepository(t.db()).byId(kickOff.id);
    CHECK(read.projectId == rally);
    CHECK(read.projectTitle == QStringLiteral("RALLY Resilient cities"));
    CHECK(read.projectName.isEmpty());

    const auto listed = listedReferencesTo(tables::projects());
    REQUIRE(listed.size() == 1);
    CHECK(listed.first().first == &tables::events());
    CHECK(listed.first().second->name == QStringLiteral("project_id"));
    auto rows = referringRows(t.db(), tables::events(), *listed.first().second, rally);
    REQUIRE(rows);
    REQUIRE(rows->size() == 3);
    CHECK(rows->at(0).id == webinar.id);
    CHECK(rows->at(0).date == QDate(2024, 1, 15));
    CHECK(rows->at(0).title == QStringLiteral("RALLY webinar"));
    CHECK(rows->at(1).id == kickOff.id);
    CHECK(rows->at(2).id == talk.id);
    CHECK(EventRepository(t.db()).byId(talk.id)->role == EventRole::Speaker);
}

TEST_CASE("A project's own event needs no project name beside it", "[events][projects]")
{
    test::TempDatabase t;
    const qint64 rally = addProject(t, QStringLiteral("RALLY"), QStringLiteral("Resilient cities"));
    Event e = addEvent(t, QStringLiteral("Meeting"), QDate(2024, 2, 6), 0);
    e.projectName = QStringLiteral("Rally (old name)");
    e = *EventRepository(t.db()).update(e);
    CHECK(e.projectName == QStringLiteral("Rally (old name)"));
    e.projectId = rally;
    e = *EventRepository(t.db()).update(e);
    CHECK(e.projectId == rally);
    CHECK(e.projectName.isEmpty());
}

TEST_CASE("Deleting a project keeps its events without a project and tells their lists", "[events][projects][notify]")
{
    test::TempDatabase t;
    const RecordKind &projects = *findRecordKind(QStringLiteral("projects"));
    const qint64 rally = addProject(t, QStringLiteral("RALLY"), QStringLiteral("Resilient cities"));
    const Event meeting = addEvent(t, QStringLiteral("RALLY partner meeting"), QDate(2024, 3, 5), rally);
    const Record project = *Records(t.db(), projects).byId(rally);

    QSignalSpy changed(t->notifier(), &Notifier::changed);
    REQUIRE(Records(t.db(), projects).remove(project.id, project.rowVersion));
    auto kept = EventRepository(t.db()).byId(meeting.id);
    REQUIRE(kept);
    CHECK(kept->projectId == 0);
    CHECK(kept->projectTitle.isEmpty());
    CHECK(test::scalar(t.db(), QStringLiteral("SELECT count(*) FROM events WHERE project_id IS NULL")).toInt() == 1);
    bool told = false;
    for (const QList<QVariant> &args : std::as_const(changed)) {
        if (args.at(0).value<Entity>() == Entity::Event && args.at(1).value<ChangeKind>() == ChangeKind::Changed
            && args.at(2).value<QList<qint64>>() == QList<qint64>{meeting.id} && args.at(3).toStringList() == QStringList{QStringLiteral("project_id")})
            told = true;
    }
    CHECK(told);
}

TEST_CASE("Events go out as CSV with their project by name and come back linked to the project of that name", "[events][projects][csv]")
{
    test::TempDatabase t;
    const qint64 rally = addProject(t, QStringLiteral("RALLY"), QStringLiteral("Resilient cities"));
    addEvent(t, QStringLiteral("RALLY kick-off"), QDate(2024, 2, 6), rally);
    Event other = addEvent(t, QStringLiteral("Someone else's project"), QDate(2024, 3, 1), 0);
    other.projectName = QStringLiteral("Urbane Sicherheit im Wandel");
    REQUIRE(EventRepository(t.db()).update(other));

    for (const bool german : {true, false}) {
        INFO("German headers: " << german);
        const QString out = t.dir() + (german ? QStringLiteral("/veranstaltungen.csv") : QStringLiteral("/events.csv"));
        ListExportOptions options;
        options.germanHeaders = german;
        REQUIRE(exportCsv(t.db(), QStringLiteral("events"), out, options));

        test::TempDatabase office;
        addProject(office, QStringLiteral("PANREFLEX"), QStringLiteral("Prevention and reflection"));
        const qint64 sameName = addProject(office, QStringLiteral("RALLY"), QStringLiteral("Resilient cities"));
        auto report = makeImporter(QStringLiteral("events"), office.db())->importFile(out, false);
        REQUIRE(report);
        CHECK(report->lines(ImportMessage::Severity::Error) == QStringList());
        CHECK(report->lines(ImportMessage::Severity::Warning) == QStringList());
        auto kickOff = EventRepository(office.db()).byTitle(QStringLiteral("RALLY kick-off"));
        REQUIRE(kickOff->size() == 1);
        CHECK(kickOff->first().projectId == sameName);
        CHECK(kickOff->first().projectName.isEmpty());
        auto unlisted = EventRepository(office.db()).byTitle(QStringLiteral("Someone else's project"));
        REQUIRE(unlisted->size() == 1);
        CHECK(unlisted->first().projectId == 0);
        CHECK(unlisted->first().projectName == QStringLiteral("Urbane Sicherheit im Wandel"));
    }
}

TEST_CASE("A list names a project by its acronym or its title, and a name two projects share is refused", "[events][projects][csv]")
{
    test::TempDatabase t;
    const qint64 rally = addProject(t, QStringLiteral("RALLY"), QStringLiteral("Resilient cities"));
    const qint64 panReflex = addProject(t, QStringLiteral("PanReflex"), QStringLiteral("Prevention and reflection"));
    addProject(t, QStringLiteral("Twin"), QStringLiteral("Same title"));
    addProject(t, QStringLiteral("Twin 2"), QStringLiteral("Same title"));
    const QString path = t.writeFile(QStringLiteral("events.csv"), "Titel;Art;Beginn;Projekt\n"
                                                                   "Kick-off;Webinar;06.02.2024;rally\n"
                                                                   "Workshop;Webinar;07.02.2024;Prevention and reflection\n");
    auto report = makeImporter(QStringLiteral("events"), t.db())->importFile(path, false);
    REQUIRE(report);
    CHECK(report->lines(ImportMessage::Severity::Error) == QStringList());
    CHECK(EventRepository(t.db()).byTitle(QStringLiteral("Kick-off"))->first().projectId == rally);
    CHECK(EventRepository(t.db()).byTitle(QStringLiteral("Workshop"))->first().projectId == panReflex);

    const QString twice = t.writeFile(QStringLiteral("twice.csv"), "Titel;Art;Beginn;Projekt\n"
                                                                   "Meeting;Webinar;08.02.2024;same title\n");
    auto refused = makeImporter(QStringLiteral("events"), t.db())->importFile(twice, false);
    REQUIRE(refused);
    REQUIRE(refused->lines(ImportMessage::Severity::Error).size() == 1);
    CHECK(refused->lines(ImportMessage::Severity::Error).first().contains(QStringLiteral("Projekt")));
    CHECK(EventRepository(t.db()).byTitle(QStringLiteral("Meeting"))->isEmpty());
}
