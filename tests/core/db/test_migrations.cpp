// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.hpp"
#include "records/recordkind.h"
#include "testdb.h"

#include "db/database.h"
#include "db/connection.h"
#include "db/migrations.h"
#include "db/searchindex.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

using namespace fd;

namespace {

void checkIntegrity(Database &db)
{
    CHECK(test::scalar(db, QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
    QSqlQuery fk(sqlConnection(db));
    REQUIRE(fk.exec(QStringLiteral("PRAGMA foreign_key_check")));
    CHECK_FALSE(fk.next());
}

// Split an sqlite3 ".dump" into statements (no statement of ours has ";" at a line end inside a string).
QStringList statementsOf(const QString &dump)
{
    QStringList out;
    QString current;
    bool inString = false;
    for (const QChar ch : dump) {
        current += ch;
        if (ch == QLatin1Char('\''))
            inString = !inString;
        else if (ch == QLatin1Char(';') && !inString) {
            const QString s = current.trimmed();
            if (!s.isEmpty() && s != QLatin1String(";"))
                out << s;
            current.clear();
        }
    }
    return out;
}

// Writes the fixture tests/data/schema/`name` into a new SQLite file at `path`, as that release left it.
void loadFixture(const QString &name, const QString &path)
{
    const QDir fixtures(QStringLiteral(FD_TEST_DATA_DIR "/schema"));
    QFile f(fixtures.filePath(name));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString dump = QString::fromUtf8(f.readAll());
    {
        QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
        conn.setDatabaseName(path);
        REQUIRE(conn.open());
        for (const QString &statement : statementsOf(dump)) {
            QSqlQuery q(conn);
            INFO(statement.left(120).toStdString());
            REQUIRE(q.exec(statement));
        }
        conn.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fixture"));
}

// Every row of every table but forumdesk_meta (whose schema version changes), as text.
// Every row of every table; with `columnsOf`, a table's columns as an older
// version had them (a column added later is checked on its own).
QMap<QString, QStringList> contentOf(const QSqlDatabase &conn, const QMap<QString, QStringList> &columnsOf = {})
{
    QMap<QString, QStringList> content;
    for (const QString &table : conn.tables(QSql::Tables)) {
        if (table == QLatin1String("forumdesk_meta"))
            continue;
        QSqlQuery q(conn);
        const QString columns = columnsOf.contains(table) ? columnsOf.value(table).join(QLatin1String(", ")) : QStringLiteral("*");
        REQUIRE(q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY rowid").arg(columns, table)));
        QStringList rows;
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                values << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            rows << values.join(QLatin1Char('|'));
        }
        content.insert(table, rows);
    }
    return content;
}

} // namespace

TEST_CASE("Every migration step runs on an empty database and ends at the latest version", "[migrations]")
{
    for (int from = 0; from < latestSchemaVersion(); ++from) {
        INFO("starting at version " << from);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("db.sqlite"));
        if (from > 0) {
            Database::Options o;
            o.targetVersion = from;
            auto old = Database::openSqlite(path, o);
            REQUIRE(old);
            CHECK((*old)->schemaVersion() == from);
        }
        auto db = Database::openSqlite(path);
        REQUIRE(db);
        CHECK((*db)->schemaVersion() == latestSchemaVersion());
        checkIntegrity(**db);
    }
}

TEST_CASE("Databases saved by every earlier release open with their data intact", "[migrations]")
{
    // tests/data/schema/vN.sql: a database as release N left it, with data.
    const QDir fixtures(QStringLiteral(FD_TEST_DATA_DIR "/schema"));
    const QStringList dumps = fixtures.entryList({QStringLiteral("v*.sql")}, QDir::Files, QDir::Name);
    REQUIRE_FALSE(dumps.isEmpty());
    for (const QString &name : dumps) {
        INFO("fixture " << name.toStdString());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        loadFixture(name, path);

        const int oldVersion = name.mid(1, name.indexOf(QLatin1Char('.')) - 1).toInt();
        auto inspected = Database::inspectSchemaVersion(path);
        REQUIRE(inspected);
        CHECK(*inspected == oldVersion);

        auto db = Database::openSqlite(path);
        REQUIRE(db);
        CHECK((*db)->schemaVersion() == latestSchemaVersion());
        checkIntegrity(**db);
        // The data of the old release is all there.
        CHECK(test::scalar(**db, QStringLiteral("SELECT count(*) FROM organisations")).toInt() > 20);
        CHECK(test::scalar(**db, QStringLiteral("SELECT name FROM organisations WHERE name_key = 'koln'")).toString() == QStringLiteral("Köln"));
        CHECK(test::scalar(**db, QStringLiteral("SELECT count(*) FROM people")).toInt() > 40);
        // Version 2 brought the kinds of event, also into older files.
        CHECK(test::scalar(**db, QStringLiteral("SELECT count(*) FROM event_kinds")).toInt() >= 12);
        // Version 3's search finds the old records too.
        auto found = SearchIndex(**db).find(QStringLiteral("koln"));
        REQUIRE(found);
        bool koeln = false;
        for (const SearchHit &h : std::as_const(*found))
            koeln = koeln || (h.table == QLatin1String("organisations") && h.title == QStringLiteral("Köln"));
        CHECK(koeln);
        if (oldVersion >= 3) // version 3 brought the publications
            CHECK(test::scalar(**db, QStringLiteral("SELECT count(*) FROM publications")).toInt() >= 2);
        // Version 4's content store is there, empty.
        CHECK(test::scalar(**db, QStringLiteral("SELECT count(*) FROM blobs")).toInt() == 0);
        if (oldVersion < latestSchemaVersion()) {
            // The file as it was before the update is kept beside it.
            CHECK(QFileInfo::exists(dir.filePath(QStringLiteral("old.before-v%1.sqlite").arg(latestSchemaVersion()))));
        }
    }
}

TEST_CASE("The schema's list of tables and indexes is what a new database holds", "[migrations]")
{
    test::TempDatabase db;
    QStringList actual;
    QSqlQuery q(sqlConnection(db.db()));
    REQUIRE(q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name")));
    while (q.next())
        actual << QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString().simplified()}.join(QLatin1Char('|'));
    QStringList declared;
    for (const SchemaObject &o : schemaObjects(db->dialect()))
        declared << QStringList{o.type, o.name, o.table, o.sql.simplified()}.join(QLatin1Char('|'));
    declared.sort();
    actual.sort();
    CHECK(declared == actual);
}

TEST_CASE("Migrating is refused for a database from the future", "[migrations]")
{
    test::TempDatabase t;
    REQUIRE(t->setMetaValue(QStringLiteral("schema_version"), QStringLiteral("999")));
    Migrator m(t.db());
    const Status s = m.migrate();
    REQUIRE_FALSE(s);
    CHECK(s.error().code == Error::Code::NewerSchema);
}

TEST_CASE("A database of release 3 is updated to the newest version with every row as it was", "[migrations][blobs]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.sqlite"));
    loadFixture(QStringLiteral("v3.sql"), path);
    auto inspected = Database::inspectSchemaVersion(path);
    REQUIRE(inspected);
    REQUIRE(*inspected == 3);
    QMap<QString, QStringList> before;
    QMap<QString, QStringList> columnsBefore;
    {
        QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("before"));
        conn.setDatabaseName(path);
        REQUIRE(conn.open());
        before = contentOf(conn);
        for (const QString &table : conn.tables(QSql::Tables)) {
            QStringList names;
            const QSqlRecord record = conn.record(table);
            for (int i = 0; i < record.count(); ++i)
                names << record.fieldName(i);
            columnsBefore.insert(table, names);
        }
        conn.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("before"));
    REQUIRE_FALSE(before.contains(QStringLiteral("blobs")));
    REQUIRE(before.value(QStringLiteral("publications")).size() == 2);
    REQUIRE(before.value(QStringLiteral("search_entries")).size() > 100);

    auto db = Database::openSqlite(path);
    REQUIRE(db);
    CHECK((*db)->schemaVersion() == latestSchemaVersion());
    checkIntegrity(**db);
    QMap<QString, QStringList> after = contentOf(sqlConnection(**db), columnsBefore);
    // Version 4 links events to projects; no event of an older file belongs to one yet.
    CHECK(test::scalar(**db, QStringLiteral("SELECT count(*) FROM events")).toInt() > 0);
    CHECK(test::scalar(**db, QStringLiteral("SELECT count(*) FROM events WHERE project_id IS NOT NULL")).toInt() == 0);
    // The tables of later versions are there, empty.
    CHECK(after.take(QStringLiteral("blobs")).isEmpty());
    for (const auto *kinds : {&recordKinds(), &childKinds()}) {
        for (const RecordKind &k : *kinds)
            CHECK(after.take(k.table->name()).isEmpty());
    }
    CHECK(after.keys() == before.keys());
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        INFO("table " << it.key().toStdString());
        CHECK(after.value(it.key()) == it.value());
    }
    CHECK(QFileInfo::exists(dir.filePath(QStringLiteral("v3.before-v%1.sqlite").arg(latestSchemaVersion()))));
}
