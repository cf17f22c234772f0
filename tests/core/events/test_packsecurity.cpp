// SPDX-License-Identifier: GPL-3.0-or-later
// An on-site pack is a file from a laptop that left the office: these tests
// change a valid pack the way someone with the sqlite3 tool could, and check
// that the merge refuses it with a clear message, runs nothing the file
// brings, leaves the office database as it was and the pack untouched.
#include "catch.hpp"
#include "db/connection.h"
#include "testdb.h"

#include "cli/cli.h"
#include "events/eventrepository.h"
#include "events/packformat.h"
#include "events/packmerger.h"
#include "events/registrationrepository.h"
#include "events/sitepack.h"
#include "members/organisationrepository.h"
#include "people/personrepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTextStream>

using namespace fd;

namespace {

const QStringList OfficeEmails = {QStringLiteral("kromberg@office.example"), QStringLiteral("proffen@office.example"),
                                  QStringLiteral("rau@office.example")};

// An office with one event and three registrations, and a pack of it in
// which one person was checked in and a walk-in from an organisation
// created on site was added: every path of the merge has something to do.
struct Office {
    test::TempDatabase t;
    QTemporaryDir dir;
    qint64 eventId = 0;
    QString pack;

    Office()
    {
        Event e;
        e.title = QStringLiteral("27. Mitgliederversammlung");
        e.kindId = EventKindRepository(t.db()).find(QStringLiteral("Mitgliederversammlung"))->value().id;
        e.startDate = QDate(2024, 9, 19);
        e.capacity = 40;
        eventId = EventRepository(t.db()).create(e)->id;
        for (const QString &email : OfficeEmails) {
            Person p;
            p.firstName = QStringLiteral("X");
            p.lastName = email.section(QLatin1Char('@'), 0, 0);
            p.email = email;
            p.notes = QStringLiteral("private");
            auto created = PersonRepository(t.db()).create(p);
            REQUIRE(created);
            RegistrationRequest r;
            r.eventId = eventId;
            r.personId = created->id;
            REQUIRE(RegistrationRepository(t.db()).add(r));
        }
        pack = dir.filePath(QStringLiteral("mv27.fdpack"));
        REQUIRE(SitePack::write(t.db(), eventId, pack));
        auto opened = Database::openSqlite(pack);
        REQUIRE(opened);
        Database &db = **opened;
        const qint64 packEvent = EventRepository(db).byUuid(SitePack::info(db)->eventUuid)->id;
        RegistrationRepository registrations(db);
        const Registration first = registrations.forEvent(packEvent)->first();
        REQUIRE(registrations.setStatus(first.id, first.rowVersion, RegistrationStatus::Attended));
        Organisation o;
        o.kind = OrganisationKind::Organisation;
        o.name = QStringLiteral("Ordnungsamt Bottrop");
        auto org = OrganisationRepository(db).create(o);
        REQUIRE(org);
        Person p;
        p.firstName = QStringLiteral("Petra");
        p.lastName = QStringLiteral("Kowalczyk");
        p.email = QStringLiteral("petra@bottrop.example");
        auto person = PersonRepository(db).create(p);
        REQUIRE(person);
        Affiliation a;
        a.personId = person->id;
        a.organisationId = org->id;
        REQUIRE(PersonRepository(db).createAffiliation(a));
        RegistrationRequest r;
        r.eventId = packEvent;
        r.personId = person->id;
        r.source = RegistrationSource::OnSite;
        r.status = RegistrationStatus::Attended;
        REQUIRE(registrations.add(r));
    }
};

// Every row of every table of the office, in order: what "untouched" means.
QString officeRows(Database &db)
{
    QStringList out;
    QSqlQuery tables(sqlConnection(db));
    REQUIRE(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery q(sqlConnection(db));
        REQUIRE(q.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table)));
        while (q.next()) {
            QStringList values{table};
            for (int i = 0; i < q.record().count(); ++i)
                values << q.value(i).toString();
            out << values.join(QLatin1Char('|'));
        }
    }
    return out.join(QLatin1Char('\n'));
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // The whole file; of a file past the size limit (sparse, made by the test) its size and both ends, to stay quick.
    if (f.size() > pack::MaxFileBytes) {
        hash.addData(QByteArray::number(f.size()));
        hash.addData(f.read(1024 * 1024));
        REQUIRE(f.seek(f.size() - 1024 * 1024));
    }
    REQUIRE(hash.addData(&f));
    return hash.result();
}

QStringList filesBeside(const QString &path)
{
    QStringList found;
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        if (QFileInfo::exists(path + QLatin1String(suffix)))
            found << QFileInfo(path).fileName() + QLatin1String(suffix);
    }
    return found;
}

// Analyses a hostile pack: refused as bad data (exit code 1 in the CLI),
// with a message that contains `expected`, the office and the pack as they were.
void requireRefused(Office &office, const QString &expected)
{
    const QString before = officeRows(office.t.db());
    const QByteArray packBefore = fileHash(office.pack);
    PackMerger merger(office.t.db());
    auto plan = merger.analyse(office.pack);
    if (plan) // what the app did before: merge what the pack says
        (void)merger.apply(*plan, {}, MergeChoice::KeepOffice);
    REQUIRE_FALSE(plan);
    INFO(plan.error().toString().toStdString());
    CHECK(plan.error().code != Error::Code::Database);
    CHECK(plan.error().message.contains(expected));
    CHECK(officeRows(office.t.db()) == before);
    CHECK(fileHash(office.pack) == packBefore);
    CHECK(filesBeside(office.pack).isEmpty());
}

bool officeLeaked(Database &db)
{
    const QString rows = officeRows(db);
    int inPeople = 0;
    for (const QString &line : rows.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("people|")))
            continue;
        for (const QString &email : OfficeEmails)
            inPeople += line.contains(email) ? 1 : 0;
    }
    return inPeople > 0;
}

// A column name that closes the INSERT's column list and selects every
// e-mail address of the office into the new organisation's website, as
// the merge once built its INSERT from the pack's column names.
const QString InjectedColumn = QStringLiteral(
    "website) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT group_concat(email) FROM people) WHERE ? IS NOT NULL OR 1 --");
// The same, with a query that never ends while the office's write lock is held.
const QString EndlessColumn = QStringLiteral(
    "website) WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM c WHERE x = 0 --");

QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

} // namespace

TEST_CASE("A pack whose column name is SQL is refused and no office e-mail address leaks into a record", "[pack][security]")
{
    Office office;
    test::tamper(office.pack, {QStringLiteral("ALTER TABLE organisations RENAME COLUMN website TO %1").arg(quoted(InjectedColumn))});
    requireRefused(office, QStringLiteral("website)"));
    CHECK_FALSE(officeLeaked(office.t.db()));
}

TEST_CASE("A pack with an extra column named like SQL is refused, naming the column", "[pack][security]")
{
    Office office;
    const QString column = QStringLiteral("notes\" , (SELECT group_concat(email) FROM people) AS \"x");
    test::tamper(office.pack, {QStringLiteral("ALTER TABLE organisations ADD COLUMN %1 TEXT").arg(quoted(column))});
    requireRefused(office, QStringLiteral("group_concat(email)"));
    CHECK_FALSE(officeLeaked(office.t.db()));
}

TEST_CASE("A pack whose people table is a view is refused and adds nobody", "[pack][security]")
{
    Office office;
    test::tamper(office.pack, {QStringLiteral("ALTER TABLE people RENAME TO people_data"),
                         QStringLiteral("CREATE VIEW people AS SELECT * FROM people_data UNION ALL "
                                        "SELECT 999, '6f1c3a2e-1b7d-4c55-9d0e-0a1b2c3d4e5f', '', 'Made', 'Up', 'up made', "
                                        "'made.up@example.org', 'made.up@example.org', '', '', 0, NULL, 0, NULL, 0, NULL, "
                                        "'2024-09-19T10:00:00.000Z', '2024-09-19T10:00:00.000Z', 1")});
    const int people = test::scalar(office.t.db(), QStringLiteral("SELECT count(*) FROM people")).toInt();
    requireRefused(office, QStringLiteral("view"));
    CHECK(test::scalar(office.t.db(), QStringLiteral("SELECT count(*) FROM people")).toInt() == people);
}

TEST_CASE("A pack with a trigger is refused", "[pack][security]")
{
    Office office;
    test::tamper(office.pack, {QStringLiteral("CREATE TRIGGER wipe AFTER UPDATE ON registrations BEGIN DELETE FROM people; END")});
    requireRefused(office, QStringLiteral("wipe"));
}

TEST_CASE("A pack with a table ForumDesk does not write is refused", "[pack][security]")
{
    Office office;
    test::tamper(office.pack, {QStringLiteral("CREATE TABLE payload (x TEXT)"), QStringLiteral("INSERT INTO payload VALUES ('x')")});
    requireRefused(office, QStringLiteral("payload"));
}

TEST_CASE("A pack with an index ForumDesk does not write is refused", "[pack][security]")
{
    Office office;
    test::tamper(office.pack, {QStringLiteral("CREATE INDEX sneaky ON people (lower(email))")});
    requireRefused(office, QStringLiteral("sneaky"));
}

TEST_CASE("A pack with a column computed by SQL is refused", "[pack][security]")
{
    Office office;
    test::tamper(office.pack, {QStringLiteral("ALTER TABLE registrations DROP COLUMN notes"),
                         QStringLiteral("ALTER TABLE registrations ADD COLUMN notes TEXT GENERATED ALWAYS AS (printf('%.*c', 100000, 'x')) VIRTUAL")});
    requireRefused(office, QStringLiteral("notes"));
}

TEST_CASE("A pack value past its size limit is refused before it is read", "[pack][security][limits]")
{
    SECTION("notes of a registration")
    {
        Office office;
        test::tamper(office.pack, {QStringLiteral("UPDATE registrations SET notes = printf('%.*c', %1, 'x') WHERE rowid = 1")
                                 .arg(pack::MaxNotesBytes + 1)});
        requireRefused(office, QStringLiteral("notes"));
    }
    SECTION("a name")
    {
        Office office;
        test::tamper(office.pack, {QStringLiteral("UPDATE people SET last_name = printf('%.*c', %1, 'x') WHERE rowid = 1")
                                 .arg(pack::MaxNameBytes + 1)});
        requireRefused(office, QStringLiteral("last_name"));
    }
    SECTION("a large blob, refused without being read")
    {
        Office office;
        test::tamper(office.pack, {QStringLiteral("UPDATE people SET phone = zeroblob(20000000) WHERE rowid = 1")});
        requireRefused(office, QStringLiteral("phone"));
    }
}

TEST_CASE("A pack with binary data where text belongs is refused", "[pack][security]")
{
    Office office;
    test::tamper(office.pack, {QStringLiteral("UPDATE people SET email = zeroblob(16) WHERE rowid = 2")});
    requireRefused(office, QStringLiteral("email"));
}

TEST_CASE("A pack with a value that is not what its column holds is refused", "[pack][security]")
{
    SECTION("a status ForumDesk does not know")
    {
        Office office;
        test::tamper(office.pack, {QStringLiteral("UPDATE registrations SET status = 'vip' WHERE rowid = 1")});
        requireRefused(office, QStringLiteral("vip"));
    }
    SECTION("a UUID that is none")
    {
        Office office;
        test::tamper(office.pack, {QStringLiteral("UPDATE people SET uuid = 'not-a-uuid' WHERE rowid = 1")});
        requireRefused(office, QStringLiteral("not-a-uuid"));
    }
}

TEST_CASE("A pack that holds one registration twice is refused", "[pack][security]")
{
    Office office;
    // The registrations table as ForumDesk writes it, but without its UNIQUE constraints, and one row twice.
    const QString columns = QStringLiteral("uuid, event_id, person_id, status, source, registered_at, waitlisted_at, notes, created_at, "
                                           "updated_at, row_version");
    test::tamper(office.pack, {QStringLiteral("DROP INDEX registrations_person"), QStringLiteral("DROP INDEX registrations_event_status"),
                         QStringLiteral("ALTER TABLE registrations RENAME TO registrations_old"),
                         QStringLiteral("CREATE TABLE registrations (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL, event_id INTEGER NOT NULL, "
                                        "person_id INTEGER NOT NULL, status TEXT NOT NULL, source TEXT NOT NULL, registered_at TEXT NOT NULL, "
                                        "waitlisted_at TEXT, notes TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, "
                                        "row_version INTEGER NOT NULL)"),
                         QStringLiteral("INSERT INTO registrations (%1) SELECT %1 FROM registrations_old").arg(columns),
                         QStringLiteral("INSERT INTO registrations (%1) SELECT %1 FROM registrations_old WHERE rowid = 1").arg(columns),
                         QStringLiteral("DROP TABLE registrations_old"),
                         QStringLiteral("CREATE INDEX registrations_person ON registrations (person_id)"),
                         QStringLiteral("CREATE INDEX registrations_event_status ON registrations (event_id, status, waitlisted_at)")});
    requireRefused(office, QStringLiteral("twice"));
}

TEST_CASE("A pack with more registrations than one event has is refused", "[pack][security][limits]")
{
    Office office;
    test::tamper(office.pack, {QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                                        "INSERT INTO registrations (uuid, event_id, person_id, status, source, registered_at, created_at, updated_at) "
                                        "SELECT printf('%08d-0000-4000-8000-000000000000', i), 1, 100000 + i, 'registered', 'on_site', "
                                        "'2024-09-19T10:00:00.000Z', '2024-09-19T10:00:00.000Z', '2024-09-19T10:00:00.000Z' FROM n")
                             .arg(pack::MaxRegistrations)});
    requireRefused(office, QString::number(pack::MaxRegistrations));
}

TEST_CASE("The pack format declares every column of the tables it carries, as the schema has them", "[pack]")
{
    test::TempDatabase fresh;
    for (const pack::Table &t : pack::tables()) {
        if (t.packOnly)
            continue;
        INFO(t.name.toStdString());
        QSqlQuery q(sqlConnection(fresh.db()));
        REQUIRE(q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(t.name)));
        QStringList schema, declared;
        while (q.next())
        {
            // A primary key is never NULL in our tables, declared so or not.
            const bool notNull = q.value(3).toBool() || q.value(5).toInt() > 0;
            schema << QStringLiteral("%1 %2%3").arg(q.value(1).toString(), q.value(2).toString(), notNull ? QStringLiteral(" NOT NULL") : QString());
        }
        for (const pack::Column &c : t.columns)
            declared << QStringLiteral("%1 %2%3").arg(c.name, c.sqlType(), c.presence != pack::Presence::Optional ? QStringLiteral(" NOT NULL") : QString());
        CHECK(declared == schema);
    }
}

TEST_CASE("A file that is not a pack is refused with a clear message", "[pack][security]")
{
    Office office;
    SECTION("not SQLite at all")
    {
        QFile f(office.pack);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("Name;E-Mail\nRau;rau@example.org\n");
        f.close();
        requireRefused(office, QStringLiteral("not an on-site pack"));
    }
    SECTION("an empty file")
    {
        QFile f(office.pack);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.close();
        requireRefused(office, QStringLiteral("empty"));
    }
    SECTION("a file past the size limit, refused before it is opened")
    {
        QFile f(office.pack);
        REQUIRE(f.resize(pack::MaxFileBytes + 1)); // sparse: quick to make
        requireRefused(office, QStringLiteral("MB"));
    }
    SECTION("an office database")
    {
        test::TempDatabase other;
        const QString copy = office.dir.filePath(QStringLiteral("office-copy.fdpack"));
        other.close();
        REQUIRE(QFile::copy(other.path(), copy));
        REQUIRE(QFile::remove(office.pack));
        REQUIRE(QFile::rename(copy, office.pack));
        requireRefused(office, QStringLiteral("not an on-site pack"));
    }
}

TEST_CASE("Reading a pack changes nothing in it and leaves no -wal, -shm or -journal file beside it", "[pack][security]")
{
    Office office;
    // A pack someone switched to WAL: a read-only connection would create -wal and -shm files beside it.
    test::tamper(office.pack, {QStringLiteral("PRAGMA journal_mode = WAL")});
    REQUIRE(filesBeside(office.pack).isEmpty());
    const QByteArray before = fileHash(office.pack);
    const QDateTime modified = QFileInfo(office.pack).lastModified();
    auto plan = PackMerger(office.t.db()).analyse(office.pack);
    REQUIRE(plan);
    CHECK(plan->inserts.size() == 4); // the walk-in, her organisation, her position and her registration
    CHECK(fileHash(office.pack) == before);
    CHECK(QFileInfo(office.pack).lastModified() == modified);
    CHECK(filesBeside(office.pack).isEmpty());
    REQUIRE(PackMerger(office.t.db()).apply(*plan, {}));
    CHECK(filesBeside(office.pack).isEmpty());
}

TEST_CASE("Registrations of an unknown person or of another event are reported, not dropped silently", "[pack][security]")
{
    Office office;
    test::tamper(office.pack,
           {QStringLiteral("INSERT INTO events (uuid, title, title_key, kind_id, start_date, created_at, updated_at) "
                           "SELECT '0b8e7a52-5f0c-4d8e-9c61-3f3a7d1e2b40', 'Another event', 'another event', kind_id, start_date, created_at, updated_at "
                           "FROM events"),
            QStringLiteral("INSERT INTO registrations (uuid, event_id, person_id, status, source, registered_at, created_at, updated_at) "
                           "SELECT '5d7c9a10-2e3f-4a5b-8c6d-7e8f9a0b1c2d', (SELECT id FROM events WHERE title = 'Another event'), "
                           "min(id), 'attended', 'on_site', registered_at, created_at, updated_at FROM registrations"),
            QStringLiteral("INSERT INTO registrations (uuid, event_id, person_id, status, source, registered_at, created_at, updated_at) "
                           "SELECT 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d', event_id, 424242, 'attended', 'on_site', registered_at, "
                           "created_at, updated_at FROM registrations WHERE rowid = 1")});
    PackMerger merger(office.t.db());
    auto plan = merger.analyse(office.pack);
    REQUIRE(plan);
    const QString notes = plan->notes.join(QLatin1Char('\n'));
    INFO(notes.toStdString());
    CHECK(notes.contains(QStringLiteral("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d")));
    CHECK(notes.contains(QStringLiteral("5d7c9a10-2e3f-4a5b-8c6d-7e8f9a0b1c2d")));
    CHECK(notes.contains(QStringLiteral("another event")));
    CHECK(notes.contains(QStringLiteral("not in the pack")));
    CHECK(plan->summary().contains(QStringLiteral("2 registration(s) in the pack are not merged")));
    // What can be merged still is.
    auto report = merger.apply(*plan, {});
    REQUIRE(report);
    CHECK(report->registrationsAdded == 1);
    CHECK(RegistrationRepository(office.t.db()).forEvent(office.eventId)->size() == 4);
}

namespace {

struct Process {
    bool finished = false;
    QProcess::ExitStatus status = QProcess::CrashExit;
    int code = -1;
    QString err;
};

// The real program: a crash or a hang shows as what it is.
Process runCliProcess(const QStringList &args)
{
    QProcess p;
    p.setProgram(QStringLiteral(FD_CLI_PATH));
    p.setArguments(QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args);
    p.start();
    Process r;
    r.finished = p.waitForFinished(60000);
    if (!r.finished) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.status = p.exitStatus();
    r.code = p.exitCode();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

TEST_CASE("The CLI refuses a hostile pack with exit code 1 and a message, and the office stays as it was", "[pack][security][cli]")
{
    struct Attack {
        const char *name;
        QStringList statements;
        QString expected;
    };
    const QList<Attack> attacks = {
        {"a column that injects SQL", {QStringLiteral("ALTER TABLE organisations RENAME COLUMN website TO %1").arg(quoted(InjectedColumn))},
         QStringLiteral("website)")},
        {"a column with a query that never ends", {QStringLiteral("ALTER TABLE organisations RENAME COLUMN website TO %1").arg(quoted(EndlessColumn))},
         QStringLiteral("WITH RECURSIVE")},
        {"a view instead of a table", {QStringLiteral("ALTER TABLE people RENAME TO p2"), QStringLiteral("CREATE VIEW people AS SELECT * FROM p2")},
         QStringLiteral("view")},
        {"binary data in a name", {QStringLiteral("UPDATE people SET first_name = zeroblob(100) WHERE rowid = 1")}, QStringLiteral("first_name")},
    };
    for (const Attack &attack : attacks) {
        DYNAMIC_SECTION(attack.name)
        {
            Office office;
            test::tamper(office.pack, attack.statements);
            const QString before = officeRows(office.t.db());
            const QString db = office.t.path();
            office.t.close();
            const Process r = runCliProcess({QStringLiteral("--db"), db, QStringLiteral("pack"), QStringLiteral("import"), office.pack,
                                             QStringLiteral("--conflicts"), QStringLiteral("pack")});
            REQUIRE(r.finished);
            REQUIRE(r.status == QProcess::NormalExit);
            INFO(r.err.toStdString());
            CHECK(r.code == Cli::DataError);
            CHECK(r.err.contains(QStringLiteral("mv27.fdpack")));
            CHECK(r.err.contains(attack.expected));
            office.t.reopen();
            CHECK(officeRows(office.t.db()) == before);
            CHECK_FALSE(officeLeaked(office.t.db()));
            CHECK(filesBeside(office.pack).isEmpty());
        }
    }
}

TEST_CASE("The CLI names the registrations a pack holds that it does not merge", "[pack][security][cli]")
{
    Office office;
    test::tamper(office.pack, {QStringLiteral("INSERT INTO registrations (uuid, event_id, person_id, status, source, registered_at, created_at, updated_at) "
                                        "SELECT 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d', event_id, 424242, 'attended', 'on_site', registered_at, "
                                        "created_at, updated_at FROM registrations WHERE rowid = 1")});
    const QString db = office.t.path();
    office.t.close();
    QString out, err;
    QTextStream o(&out), e(&err);
    const int code = Cli::run({QStringLiteral("forumdesk-cli"), QStringLiteral("--db"), db, QStringLiteral("pack"), QStringLiteral("import"), office.pack}, o, e);
    o.flush();
    e.flush();
    CHECK(code == Cli::Ok);
    CHECK(err.contains(QStringLiteral("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d")));
    CHECK(out.contains(QStringLiteral("1 registration(s) in the pack are not merged")));
}
