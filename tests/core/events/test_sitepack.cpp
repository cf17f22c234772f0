// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.hpp"
#include "testdb.h"

#include "events/eventrepository.h"
#include "members/organisationrepository.h"
#include "events/registrationrepository.h"
#include "cli/cli.h"
#include "events/packmerger.h"
#include "events/sitepack.h"
#include "office/officeprofile.h"
#include "people/personrepository.h"
#include "records/recordkind.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

using namespace fd;

namespace {

struct Office {
    test::TempDatabase t;
    qint64 eventId = 0;
    QList<Person> people;
    QTemporaryDir dir;

    Office()
    {
        Event e;
        e.title = QStringLiteral("27. Mitgliederversammlung");
        e.kindId = EventKindRepository(t.db()).find(QStringLiteral("Mitgliederversammlung"))->value().id;
        e.startDate = QDate(2024, 9, 19);
        e.endDate = QDate(2024, 9, 20);
        e.city = QStringLiteral("Gelsenkirchen");
        e.capacity = 40;
        eventId = EventRepository(t.db()).create(e)->id;
        PersonRepository repo(t.db());
        const QStringList names = {QStringLiteral("Kromberg"), QStringLiteral("Proffen"), QStringLiteral("Rau"), QStringLiteral("Hecker"),
                                   QStringLiteral("Kutz")};
        for (const QString &name : names) {
            Person p;
            p.firstName = QStringLiteral("X");
            p.lastName = name;
            p.email = name.toLower() + QStringLiteral("@example.org");
            p.notes = QStringLiteral("private note about ") + name;
            auto created = repo.create(p);
            REQUIRE(created);
            people << *created;
            RegistrationRequest r;
            r.eventId = eventId;
            r.personId = created->id;
            REQUIRE(RegistrationRepository(t.db()).add(r));
        }
    }

    QString exportPack(const QString &name = QStringLiteral("ga27.fdpack"))
    {
        const QString path = dir.filePath(name);
        auto written = SitePack::write(t.db(), eventId, path);
        REQUIRE(written);
        CHECK(written->registrations == 5);
        return path;
    }

    RegistrationCounts counts() { return *EventRepository(t.db()).counts(eventId); }
};

std::unique_ptr<Database> openPack(const QString &path)
{
    auto db = Database::openSqlite(path);
    REQUIRE(db);
    REQUIRE(SitePack::isPack(**db));
    return std::move(db.value());
}

qint64 packEvent(Database &pack)
{
    return EventRepository(pack).byUuid(SitePack::info(pack)->eventUuid)->id;
}

void checkIn(Database &pack, const QString &lastName)
{
    RegistrationRepository repo(pack);
    for (const Registration &r : *repo.forEvent(packEvent(pack))) {
        if (r.personLastName == lastName) {
            REQUIRE(repo.setStatus(r.id, r.rowVersion, RegistrationStatus::Attended));
            return;
        }
    }
    FAIL("not registered: " << lastName.toStdString());
}

qint64 walkIn(Database &pack, const QString &first, const QString &last, const QString &email)
{
    Person p;
    p.firstName = first;
    p.lastName = last;
    p.email = email;
    auto person = PersonRepository(pack).create(p);
    REQUIRE(person);
    RegistrationRequest r;
    r.eventId = packEvent(pack);
    r.personId = person->id;
    r.source = RegistrationSource::OnSite;
    r.status = RegistrationStatus::Attended;
    REQUIRE(RegistrationRepository(pack).add(r));
    return person->id;
}

} // namespace

TEST_CASE("A pack holds the event, its registrations and people, without the office's notes", "[pack]")
{
    Office office;
    const QString path = office.exportPack();
    auto pack = openPack(path);
    auto info = SitePack::info(*pack);
    REQUIRE(info);
    CHECK(info->eventTitle == QStringLiteral("27. Mitgliederversammlung"));
    CHECK(info->sourceDatabase == office.t->databaseUuid());
    CHECK(RegistrationRepository(*pack).forEvent(packEvent(*pack))->size() == 5);
    for (const Person &p : office.people) {
        auto inPack = PersonRepository(*pack).byUuid(p.uuid);
        REQUIRE(inPack);
        CHECK(inPack->email == p.email);
        CHECK(inPack->notes.isEmpty());
    }
    CHECK_FALSE(SitePack::isPack(office.t.db()));
    // A pack is never written over an existing file.
    CHECK_FALSE(SitePack::write(office.t.db(), office.eventId, path));
}

TEST_CASE("An event's project stays in the office: the pack carries the event without it, and a merge keeps the link", "[pack][projects]")
{
    Office office;
    auto project = Records(office.t.db(), *findRecordKind(QStringLiteral("projects")))
                       .create({{QStringLiteral("acronym"), QStringLiteral("RALLY")}, {QStringLiteral("title"), QStringLiteral("Resilient cities")}});
    REQUIRE(project);
    Event e = *EventRepository(office.t.db()).byId(office.eventId);
    e.projectId = project->id;
    REQUIRE(EventRepository(office.t.db()).update(e));

    const QString path = office.exportPack();
    {
        auto pack = openPack(path);
        CHECK(EventRepository(*pack).byId(packEvent(*pack))->projectId == 0);
        CHECK(test::scalar(*pack, QStringLiteral("SELECT count(*) FROM projects")).toInt() == 0);
        checkIn(*pack, QStringLiteral("Rau"));
    }
    PackMerger merger(office.t.db());
    auto plan = merger.analyse(path);
    REQUIRE(plan);
    CHECK(plan->conflicts.isEmpty());
    REQUIRE(merger.apply(*plan, {}));
    CHECK(office.counts().attended == 1);
    CHECK(EventRepository(office.t.db()).byId(office.eventId)->projectId == project->id);
}

TEST_CASE("A pack carries the office's details, so that certificates on the laptop are signed the same", "[pack][office]")
{
    Office office;
    OfficeProfileRepository profiles(office.t.db());
    OfficeProfile profile = *profiles.load();
    profile.signatory = QStringLiteral("Anna Rau");
    profile.signatoryRole = QStringLiteral("Geschäftsführerin");
    REQUIRE(profiles.save(profile));
    auto pack = openPack(office.exportPack());
    auto inPack = OfficeProfileRepository(*pack).load();
    REQUIRE(inPack);
    CHECK(inPack->sameContent(*profiles.load()));
    CHECK(inPack->rowVersion == 1);
}

TEST_CASE("Check-ins and walk-ins from the pack are merged back, and merging again changes nothing", "[pack]")
{
    Office office;
    const QString path = office.exportPack();
    {
        auto pack = openPack(path);
        checkIn(*pack, QStringLiteral("Kromberg"));
        checkIn(*pack, QStringLiteral("Rau"));
        checkIn(*pack, QStringLiteral("Hecker"));
        walkIn(*pack, QStringLiteral("Petra"), QStringLiteral("Kowalczyk"), QStringLiteral("petra@gelsenkirchen.example"));
    }
    // Someone the office knows turns up without registering: matched by e-mail, not doubled.
    Person known;
    known.firstName = QStringLiteral("Susann");
    known.lastName = QStringLiteral("Prätor");
    known.email = QStringLiteral("praetor@uni.example");
    const Person knownInOffice = *PersonRepository(office.t.db()).create(known);
    {
        auto pack = openPack(path);
        walkIn(*pack, QStringLiteral("Susann"), QStringLiteral("Prätor"), QStringLiteral("PRAETOR@uni.example"));
    }

    PackMerger merger(office.t.db());
    auto plan = merger.analyse(path);
    REQUIRE(plan);
    CHECK(plan->conflicts.isEmpty());
    CHECK(plan->updates.size() == 3);
    CHECK(plan->inserts.size() == 4); // two people (one matched), two registrations
    auto report = merger.apply(*plan, {});
    REQUIRE(report);
    CHECK(report->registrationsAdded == 2);
    CHECK(report->registrationsUpdated == 3);
    CHECK(report->peopleAdded == 1);
    CHECK(report->peopleLinked == 1);
    CHECK(office.counts().attended == 5);
    CHECK(office.counts().registered == 2);
    CHECK(PersonRepository(office.t.db()).byEmail(QStringLiteral("praetor@uni.example"))->size() == 1);
    CHECK(RegistrationRepository(office.t.db()).find(office.eventId, knownInOffice.id)->has_value());
    // The office's notes survived.
    CHECK(PersonRepository(office.t.db()).byId(office.people.at(0).id)->notes == QStringLiteral("private note about Kromberg"));

    // The same pack again: nothing to do, nothing changes.
    const int people = test::scalar(office.t.db(), QStringLiteral("SELECT count(*) FROM people")).toInt();
    auto again = merger.analyse(path);
    REQUIRE(again);
    CHECK(again->isEmpty());
    REQUIRE(merger.apply(*again, {}));
    CHECK(office.counts().attended == 5);
    CHECK(test::scalar(office.t.db(), QStringLiteral("SELECT count(*) FROM people")).toInt() == people);

    // Even after the office corrected a merged check-in, the old pack does not undo the correction.
    const Registration rau = RegistrationRepository(office.t.db()).find(office.eventId, office.people.at(2).id)->value();
    REQUIRE(RegistrationRepository(office.t.db()).setStatus(rau.id, rau.rowVersion, RegistrationStatus::NoShow));
    auto third = merger.analyse(path);
    REQUIRE(third);
    CHECK(third->isEmpty());
}

TEST_CASE("A registration changed on both sides is a conflict the user decides", "[pack]")
{
    Office office;
    const QString path = office.exportPack();
    {
        auto pack = openPack(path);
        checkIn(*pack, QStringLiteral("Proffen"));
    }
    // Meanwhile in the office: Proffen cancelled by phone.
    const Registration proffen = RegistrationRepository(office.t.db()).find(office.eventId, office.people.at(1).id)->value();
    REQUIRE(RegistrationRepository(office.t.db()).setStatus(proffen.id, proffen.rowVersion, RegistrationStatus::Cancelled));

    PackMerger merger(office.t.db());
    auto plan = merger.analyse(path);
    REQUIRE(plan);
    REQUIRE(plan->conflicts.size() == 1);
    const MergeConflict &c = plan->conflicts.first();
    CHECK(c.fields == QStringList{QStringLiteral("status")});
    CHECK(c.officeValues.value(QStringLiteral("status")).toString() == QStringLiteral("cancelled"));
    CHECK(c.packValues.value(QStringLiteral("status")).toString() == QStringLiteral("attended"));

    // Undecided: nothing is written.
    auto undecided = merger.apply(*plan, {});
    REQUIRE_FALSE(undecided);
    CHECK(undecided.error().code == Error::Code::Conflict);
    CHECK(RegistrationRepository(office.t.db()).byId(proffen.id)->status == RegistrationStatus::Cancelled);

    SECTION("keeping the office's version")
    {
        REQUIRE(merger.apply(*plan, {{PackMerger::conflictKey(c), MergeChoice::KeepOffice}}));
        CHECK(RegistrationRepository(office.t.db()).byId(proffen.id)->status == RegistrationStatus::Cancelled);
    }
    SECTION("taking the pack's version")
    {
        REQUIRE(merger.apply(*plan, {{PackMerger::conflictKey(c), MergeChoice::TakePack}}));
        CHECK(RegistrationRepository(office.t.db()).byId(proffen.id)->status == RegistrationStatus::Attended);
    }
    // Decided once: the same pack brings no new conflict.
    CHECK(merger.analyse(path)->conflicts.isEmpty());
}

TEST_CASE("Details changed on one side only merge without conflict, and on both sides conflict per field", "[pack]")
{
    Office office;
    const QString path = office.exportPack();
    {
        auto pack = openPack(path);
        PersonRepository repo(*pack);
        Person rau = *repo.byUuid(office.people.at(2).uuid);
        rau.phone = QStringLiteral("0511 367394-20");
        REQUIRE(repo.update(rau));
        Person hecker = *repo.byUuid(office.people.at(3).uuid);
        hecker.email = QStringLiteral("m.hecker@site.example");
        REQUIRE(repo.update(hecker));
    }
    PersonRepository repo(office.t.db());
    Person rau = *repo.byId(office.people.at(2).id);
    rau.notes = QStringLiteral("new note in the office");
    REQUIRE(repo.update(rau));
    Person hecker = *repo.byId(office.people.at(3).id);
    hecker.email = QStringLiteral("meike.hecker@office.example");
    REQUIRE(repo.update(hecker));

    PackMerger merger(office.t.db());
    auto plan = merger.analyse(path);
    REQUIRE(plan);
    REQUIRE(plan->conflicts.size() == 1);
    CHECK(plan->conflicts.first().fields == QStringList{QStringLiteral("email")});
    REQUIRE(merger.apply(*plan, {}, MergeChoice::TakePack));
    CHECK(repo.byId(rau.id)->phone == QStringLiteral("0511 367394-20"));
    CHECK(repo.byId(rau.id)->notes == QStringLiteral("new note in the office"));
    CHECK(repo.byId(hecker.id)->email == QStringLiteral("m.hecker@site.example"));
    CHECK(repo.byEmail(QStringLiteral("M.Hecker@site.example"))->size() == 1); // the e-mail key moved along
}

TEST_CASE("A pack from another database is refused", "[pack]")
{
    Office office;
    const QString path = office.exportPack();
    test::TempDatabase other;
    auto plan = PackMerger(other.db()).analyse(path);
    REQUIRE_FALSE(plan);
    CHECK(plan.error().message.contains(QStringLiteral("another database")));
    auto notPack = PackMerger(office.t.db()).analyse(other.path());
    REQUIRE_FALSE(notPack);
}

TEST_CASE("The CLI writes a pack, stops at conflicts and merges when told how to decide", "[pack][cli]")
{
    Office office;
    auto run = [](const QStringList &args, QString *err = nullptr) {
        QString out, errText;
        QTextStream o(&out), e(&errText);
        const int code = Cli::run(QStringList{QStringLiteral("forumdesk-cli")} + args, o, e);
        e.flush();
        if (err)
            *err = errText;
        return code;
    };
    const QString db = office.t.path();
    const QString path = office.dir.filePath(QStringLiteral("cli.fdpack"));
    office.t.close();
    REQUIRE(run({QStringLiteral("--db"), db, QStringLiteral("pack"), QStringLiteral("export"), QStringLiteral("--event"),
                 QStringLiteral("27. Mitgliederversammlung"), QStringLiteral("--out"), path}) == 0);
    {
        auto pack = openPack(path);
        checkIn(*pack, QStringLiteral("Kutz"));
    }
    office.t.reopen();
    const Registration kutz = RegistrationRepository(office.t.db()).find(office.eventId, office.people.at(4).id)->value();
    REQUIRE(RegistrationRepository(office.t.db()).setStatus(kutz.id, kutz.rowVersion, RegistrationStatus::Cancelled));
    office.t.close();

    QString err;
    CHECK(run({QStringLiteral("--db"), db, QStringLiteral("pack"), QStringLiteral("import"), path}, &err) == Cli::DataError);
    CHECK(err.contains(QStringLiteral("conflict: Registration of X Kutz")));
    CHECK(err.contains(QStringLiteral("nothing was merged")));
    CHECK(run({QStringLiteral("--db"), db, QStringLiteral("pack"), QStringLiteral("import"), path, QStringLiteral("--conflicts"),
               QStringLiteral("pack")}) == 0);
    office.t.reopen();
    CHECK(RegistrationRepository(office.t.db()).byId(kutz.id)->status == RegistrationStatus::Attended);
}

TEST_CASE("A walk-in the office registered meanwhile is one registration, and merging again stays quiet", "[pack]")
{
    Office office;
    const QString path = office.exportPack();
    Person known;
    known.firstName = QStringLiteral("Petra");
    known.lastName = QStringLiteral("Kowalczyk");
    known.email = QStringLiteral("petra@gelsenkirchen.example");
    const Person inOffice = *PersonRepository(office.t.db()).create(known);
    {
        auto pack = openPack(path);
        walkIn(*pack, QStringLiteral("Petra"), QStringLiteral("Kowalczyk"), QStringLiteral("petra@gelsenkirchen.example"));
    }
    // The office registered her by phone; on site she came in as a walk-in.
    RegistrationRequest r;
    r.eventId = office.eventId;
    r.personId = inOffice.id;
    REQUIRE(RegistrationRepository(office.t.db()).add(r));

    PackMerger merger(office.t.db());
    auto plan = merger.analyse(path);
    REQUIRE(plan);
    REQUIRE(plan->conflicts.size() == 1);
    CHECK(plan->conflicts.first().fields == QStringList{QStringLiteral("status")});
    REQUIRE(merger.apply(*plan, {{PackMerger::conflictKey(plan->conflicts.first()), MergeChoice::KeepOffice}}));
    CHECK(RegistrationRepository(office.t.db()).forEvent(office.eventId)->size() == 6);

    auto again = merger.analyse(path);
    REQUIRE(again);
    CHECK(again->isEmpty());
    REQUIRE(merger.apply(*again, {}));
}

TEST_CASE("A second round of changes on site merges against what the first merge took in", "[pack]")
{
    Office office;
    const QString path = office.exportPack();
    {
        auto pack = openPack(path);
        checkIn(*pack, QStringLiteral("Hecker"));
    }
    PackMerger merger(office.t.db());
    REQUIRE(merger.apply(*merger.analyse(path), {}));
    const qint64 hecker = office.people.at(3).id;
    CHECK(RegistrationRepository(office.t.db()).find(office.eventId, hecker)->value().status == RegistrationStatus::Attended);

    // On site the check-in was a mistake: taken back, and the pack merged again.
    {
        auto pack = openPack(path);
        RegistrationRepository repo(*pack);
        for (const Registration &r : *repo.forEvent(packEvent(*pack))) {
            if (r.personLastName == QLatin1String("Hecker"))
                REQUIRE(repo.setStatus(r.id, r.rowVersion, RegistrationStatus::Registered));
        }
    }
    auto plan = merger.analyse(path);
    REQUIRE(plan);
    CHECK(plan->conflicts.isEmpty());
    REQUIRE(plan->updates.size() == 1);
    REQUIRE(merger.apply(*plan, {}));
    CHECK(RegistrationRepository(office.t.db()).find(office.eventId, hecker)->value().status == RegistrationStatus::Registered);
}

TEST_CASE("A consent given on site enters the consent history when merged", "[pack][gdpr]")
{
    Office office;
    const QString path = office.exportPack();
    {
        auto pack = openPack(path);
        PersonRepository repo(*pack);
        Person rau = *repo.byUuid(office.people.at(2).uuid);
        rau.photos = {true, QDate(2024, 9, 19)};
        REQUIRE(repo.update(rau));
    }
    PersonRepository people(office.t.db());
    const int before = int(people.consentHistory(office.people.at(2).id)->size());
    PackMerger merger(office.t.db());
    REQUIRE(merger.apply(*merger.analyse(path), {}));
    auto history = *people.consentHistory(office.people.at(2).id);
    REQUIRE(history.size() == before + 1);
    CHECK(history.first().topic == ConsentTopic::Photos);
    CHECK(history.first().granted);
    CHECK(history.first().effectiveOn == QDate(2024, 9, 19));
}

TEST_CASE("A walk-in known by name at the same organisation is matched, not doubled", "[pack]")
{
    Office office;
    Organisation o;
    o.name = QStringLiteral("Gelsenkirchen");
    o.joinedOn = QDate(2018, 1, 1);
    const qint64 org = OrganisationRepository(office.t.db()).create(o)->id;
    Person known;
    known.firstName = QStringLiteral("Oliver");
    known.lastName = QStringLiteral("Schulz");
    const qint64 knownId = PersonRepository(office.t.db()).create(known)->id;
    Affiliation a;
    a.personId = knownId;
    a.organisationId = org;
    REQUIRE(PersonRepository(office.t.db()).createAffiliation(a));
    const QString path = office.exportPack();
    {
        auto pack = openPack(path);
        const qint64 walkInId = walkIn(*pack, QStringLiteral("Oliver"), QStringLiteral("Schulz"), QString());
        Affiliation there;
        there.personId = walkInId;
        there.organisationId = OrganisationRepository(*pack).findByName(QStringLiteral("Gelsenkirchen"))->value().id;
        REQUIRE(PersonRepository(*pack).createAffiliation(there));
    }
    PackMerger merger(office.t.db());
    auto report = merger.apply(*merger.analyse(path), {});
    REQUIRE(report);
    CHECK(report->peopleLinked == 1);
    CHECK(report->peopleAdded == 0);
    CHECK(RegistrationRepository(office.t.db()).find(office.eventId, knownId)->has_value());
}

TEST_CASE("A pack with a -wal file beside it is refused until it is closed properly", "[pack]")
{
    Office office;
    const QString path = office.exportPack();
    {
        auto pack = openPack(path);
        checkIn(*pack, QStringLiteral("Rau"));
        // An open pack keeps no -wal file: the check-in is in the file itself.
        CHECK_FALSE(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
    }
    QFile wal(path + QStringLiteral("-wal"));
    REQUIRE(wal.open(QIODevice::WriteOnly));
    wal.write("pending");
    wal.close();
    auto plan = PackMerger(office.t.db()).analyse(path);
    REQUIRE_FALSE(plan);
    CHECK(plan.error().message.contains(QStringLiteral("still open")));
}

TEST_CASE("The pack carries only the organisations check-in needs, without notes", "[pack]")
{
    Office office;
    OrganisationRepository orgs(office.t.db());
    Organisation member;
    member.name = QStringLiteral("Essen");
    member.joinedOn = QDate(2011, 6, 1);
    member.notes = QStringLiteral("internal: fee negotiation");
    REQUIRE(orgs.create(member));
    Organisation partner;
    partner.name = QStringLiteral("Unrelated newsroom");
    REQUIRE(orgs.create(partner));
    const QString path = office.exportPack();
    auto pack = openPack(path);
    OrganisationRepository inPack(*pack);
    auto essen = inPack.findByName(QStringLiteral("Essen"));
    REQUIRE(essen->has_value());
    CHECK(essen->value().notes.isEmpty());
    CHECK_FALSE(inPack.findByName(QStringLiteral("Unrelated newsroom"))->has_value());
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".part")));
}

TEST_CASE("Someone registered on site for an event the office filled meanwhile joins the waitlist, keeping the pack's UUID", "[pack][seatrule]")
{
    Office office;
    Event event = *EventRepository(office.t.db()).byId(office.eventId);
    event.capacity = 6;
    REQUIRE(EventRepository(office.t.db()).update(event));
    const QString path = office.exportPack();
    QUuid onSiteUuid;
    {
        // On site: a sixth registration, into the last place the laptop sees.
        auto pack = openPack(path);
        Person p;
        p.firstName = QStringLiteral("Mira");
        p.lastName = QStringLiteral("Sander");
        p.email = QStringLiteral("sander@example.org");
        auto person = PersonRepository(*pack).create(p);
        REQUIRE(person);
        RegistrationRequest r;
        r.eventId = packEvent(*pack);
        r.personId = person->id;
        r.registeredAt = QDateTime(QDate(2024, 9, 19), QTime(9, 30), Qt::UTC);
        auto added = RegistrationRepository(*pack).add(r);
        REQUIRE(added);
        CHECK(added->registration.status == RegistrationStatus::Registered);
        onSiteUuid = added->registration.uuid;
    }
    // Meanwhile the office gave that place to someone else.
    Person other;
    other.firstName = QStringLiteral("Jonas");
    other.lastName = QStringLiteral("Ebert");
    const Person inOffice = *PersonRepository(office.t.db()).create(other);
    RegistrationRequest r;
    r.eventId = office.eventId;
    r.personId = inOffice.id;
    REQUIRE(RegistrationRepository(office.t.db()).add(r)->registration.status == RegistrationStatus::Registered);

    PackMerger merger(office.t.db());
    auto plan = merger.analyse(path);
    REQUIRE(plan);
    auto report = merger.apply(*plan, {});
    REQUIRE(report);
    CHECK(report->registrationsAdded == 1);
    CHECK(report->notes.join(QLatin1Char('\n')).contains(QStringLiteral("on the waitlist")));
    auto merged = RegistrationRepository(office.t.db()).byUuid(onSiteUuid);
    REQUIRE(merged);
    CHECK(merged->status == RegistrationStatus::Waitlisted);
    CHECK(merged->registeredAt == QDateTime(QDate(2024, 9, 19), QTime(9, 30), Qt::UTC));
    CHECK(merged->waitlistedAt.isValid());
    CHECK(office.counts().registered == 6);
    CHECK(office.counts().waitlisted == 1);

    // Merging again changes nothing.
    auto again = merger.analyse(path);
    REQUIRE(again);
    CHECK(again->isEmpty());
}

TEST_CASE("A walk-in checked in from the waitlist on site keeps its place in line when merged", "[pack][seatrule]")
{
    Office office;
    Event event = *EventRepository(office.t.db()).byId(office.eventId);
    event.capacity = 5; // the five registered fill it
    REQUIRE(EventRepository(office.t.db()).update(event));
    const QString path = office.exportPack();
    QUuid onSiteUuid;
    QDateTime placeInLine;
    {
        auto pack = openPack(path);
        Person p;
        p.firstName = QStringLiteral("Mira");
        p.lastName = QStringLiteral("Sander");
        auto person = PersonRepository(*pack).create(p);
        REQUIRE(person);
        RegistrationRequest r;
        r.eventId = packEvent(*pack);
        r.personId = person->id;
        auto added = RegistrationRepository(*pack).add(r);
        REQUIRE(added);
        REQUIRE(added->waitlisted);
        auto in = RegistrationRepository(*pack).setStatus(added->registration.id, added->registration.rowVersion, RegistrationStatus::Attended);
        REQUIRE(in);
        onSiteUuid = in->changed.uuid;
        placeInLine = in->changed.waitlistedAt;
        REQUIRE(placeInLine.isValid());
    }
    PackMerger merger(office.t.db());
    auto plan = merger.analyse(path);
    REQUIRE(plan);
    REQUIRE(merger.apply(*plan, {}));
    auto merged = RegistrationRepository(office.t.db()).byUuid(onSiteUuid);
    REQUIRE(merged);
    CHECK(merged->status == RegistrationStatus::Attended);
    CHECK(merged->waitlistedAt == placeInLine);
    // Taking the check-in back in the office returns them to the waitlist, not to a place.
    auto back = RegistrationRepository(office.t.db()).setStatus(merged->id, merged->rowVersion, RegistrationStatus::Registered);
    REQUIRE(back);
    CHECK(back->changed.status == RegistrationStatus::Waitlisted);
}
