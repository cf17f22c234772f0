// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.hpp"
#include "testdb.h"

#include "db/database.h"
#include "db/migrations.h"
#include "db/notifier.h"
#include "db/sqlhelpers.h"
#include "db/transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace fd;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
} // namespace

TEST_CASE("A new database is created with the latest schema and safe settings", "[db]")
{
    test::TempDatabase t;
    CHECK(t->schemaVersion() == latestSchemaVersion());
    CHECK_FALSE(t->databaseUuid().isNull());
    CHECK(test::scalar(t.db(), QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(test::scalar(t.db(), QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(test::scalar(t.db(), QStringLiteral("PRAGMA synchronous")).toInt() == 2); // FULL
    CHECK(test::scalar(t.db(), QStringLiteral("PRAGMA application_id")).toInt() == 0x4644534B);
}

TEST_CASE("Foreign keys are enforced on every connection, siblings included", "[db]")
{
    test::TempDatabase t;
    auto sibling = t->openSibling();
    REQUIRE(sibling);
    CHECK(test::scalar(*sibling.value(), QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    QSqlQuery q(sqlConnection(**sibling));
    CHECK_FALSE(q.exec(QStringLiteral("INSERT INTO affiliations (uuid, person_id, organisation_id, created_at, updated_at) "
                                      "VALUES ('x', 999, 999, 'now', 'now')")));
}

TEST_CASE("The database identity survives closing and reopening", "[db]")
{
    test::TempDatabase t;
    const QUuid uuid = t->databaseUuid();
    t.reopen();
    CHECK(t->databaseUuid() == uuid);
}

TEST_CASE("A file written by a newer ForumDesk is refused and left untouched", "[db]")
{
    test::TempDatabase t;
    REQUIRE(t->setMetaValue(QStringLiteral("schema_version"), QString::number(latestSchemaVersion() + 1)));
    const QString path = t.path();
    t.close();
    const QByteArray before = fileHash(path);

    const QStringList filesBefore = QDir(t.dir()).entryList(QDir::Files | QDir::Hidden);
    REQUIRE(filesBefore == QStringList{QFileInfo(path).fileName()});

    auto opened = Database::openSqlite(path);
    REQUIRE_FALSE(opened);
    CHECK(opened.error().code == Error::Code::NewerSchema);
    CHECK(opened.error().message.contains(QStringLiteral("newer version of ForumDesk")));
    CHECK(fileHash(path) == before);
    // Nothing beside it either: no -wal or -shm file from the look.
    CHECK(QDir(t.dir()).entryList(QDir::Files | QDir::Hidden) == filesBefore);
}

TEST_CASE("A file that is not a database is refused with a clear message", "[db]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("Name;Art\nKöln;Stadt\n");
    f.close();
    auto opened = Database::openSqlite(path);
    REQUIRE_FALSE(opened);
    CHECK(opened.error().code == Error::Code::Format);
    CHECK(opened.error().message.contains(QStringLiteral("not a ForumDesk database")));
}

TEST_CASE("Another program's SQLite database is refused", "[db]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        conn.setDatabaseName(path);
        REQUIRE(conn.open());
        QSqlQuery q(conn);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")));
        conn.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    auto opened = Database::openSqlite(path);
    REQUIRE_FALSE(opened);
    CHECK(opened.error().message.contains(QStringLiteral("another program")));
}

TEST_CASE("A missing file is not created when creation is not wanted", "[db]")
{
    QTemporaryDir dir;
    Database::Options options;
    options.create = false;
    auto opened = Database::openSqlite(dir.filePath(QStringLiteral("missing.sqlite")), options);
    REQUIRE_FALSE(opened);
    CHECK(opened.error().code == Error::Code::NotFound);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("missing.sqlite"))));
}

TEST_CASE("Notifications wait for the commit and vanish on rollback", "[db]")
{
    test::TempDatabase t;
    QSignalSpy spy(t->notifier(), &Notifier::changed);
    {
        Transaction tx(t.db());
        REQUIRE(tx.begin());
        t->notifier()->rowChanged(Entity::Organisation, ChangeKind::Added, 1);
        CHECK(spy.count() == 0);
        {
            Transaction inner(t.db());
            REQUIRE(inner.begin());
            t->notifier()->rowChanged(Entity::Person, ChangeKind::Added, 2);
            inner.rollback();
        }
        REQUIRE(tx.commit());
    }
    REQUIRE(spy.count() == 1);
    CHECK(spy.at(0).at(0).value<Entity>() == Entity::Organisation);

    spy.clear();
    {
        Transaction tx(t.db());
        REQUIRE(tx.begin());
        t->notifier()->rowChanged(Entity::Organisation, ChangeKind::Changed, 1);
    } // rolled back by the destructor
    CHECK(spy.count() == 0);
}

TEST_CASE("A nested transaction rolls back only its own writes", "[db]")
{
    test::TempDatabase t;
    Transaction outer(t.db());
    REQUIRE(outer.begin());
    REQUIRE(t->setMetaValue(QStringLiteral("a"), QStringLiteral("1")));
    {
        Transaction inner(t.db());
        REQUIRE(inner.begin());
        REQUIRE(t->setMetaValue(QStringLiteral("b"), QStringLiteral("2")));
        inner.rollback();
    }
    REQUIRE(outer.commit());
    CHECK(t->metaValue(QStringLiteral("a")) == QStringLiteral("1"));
    CHECK(t->metaValue(QStringLiteral("b")).isEmpty());
}

TEST_CASE("Cached statements give the right rows for each call, nested or not", "[db][cache]")
{
    test::TempDatabase t;
    for (int i = 1; i <= 3; ++i)
        REQUIRE(t->setMetaValue(QStringLiteral("k%1").arg(i), QStringLiteral("v%1").arg(i)));
    const QString sql = QStringLiteral("SELECT value FROM forumdesk_meta WHERE key = ?");
    auto read = [&](const QString &key) {
        CachedQuery q(t.db(), sql);
        q->addBindValue(key);
        REQUIRE(execQuery(q, QStringLiteral("test")));
        return q->next() ? q->value(0).toString() : QString();
    };
    CHECK(read(QStringLiteral("k1")) == QStringLiteral("v1"));
    CHECK(read(QStringLiteral("k2")) == QStringLiteral("v2"));

    // The same SQL while the first is still being read: a statement of its own.
    CachedQuery outer(t.db(), QStringLiteral("SELECT key FROM forumdesk_meta WHERE key GLOB 'k[0-9]' ORDER BY key"));
    REQUIRE(execQuery(outer, QStringLiteral("test")));
    QStringList pairs;
    while (outer->next())
        pairs << outer->value(0).toString() + QLatin1Char('=') + read(outer->value(0).toString());
    CHECK(pairs == QStringList{QStringLiteral("k1=v1"), QStringLiteral("k2=v2"), QStringLiteral("k3=v3")});

    // Values bound but never run do not stick to the statement.
    {
        CachedQuery abandoned(t.db(), sql);
        abandoned->addBindValue(QStringLiteral("k1"));
    }
    CHECK(read(QStringLiteral("k3")) == QStringLiteral("v3"));
}

TEST_CASE("A cached read does not hide what another connection commits afterwards", "[db][cache]")
{
    test::TempDatabase t;
    for (int i = 1; i <= 3; ++i)
        REQUIRE(t->setMetaValue(QStringLiteral("k%1").arg(i), QStringLiteral("v%1").arg(i)));
    // Reads only the first of several rows: the statement is left half-way.
    auto peek = [&] {
        CachedQuery q(t.db(), QStringLiteral("SELECT key FROM forumdesk_meta ORDER BY key"));
        REQUIRE(execQuery(q, QStringLiteral("test")));
        REQUIRE(q->next());
    };
    auto count = [&] {
        return test::scalar(t.db(), QStringLiteral("SELECT count(*) FROM forumdesk_meta WHERE key LIKE 'other%'")).toInt();
    };
    auto sibling = t->openSibling();
    REQUIRE(sibling);
    peek();
    CHECK(count() == 0);
    REQUIRE((*sibling)->setMetaValue(QStringLiteral("other1"), QStringLiteral("x")));
    peek();
    CHECK(count() == 1);
    REQUIRE((*sibling)->setMetaValue(QStringLiteral("other2"), QStringLiteral("x")));
    CHECK(count() == 2);
}

TEST_CASE("A further connection leaves an on-site pack's journal mode alone, even while the first one reads", "[db][worker]")
{
    test::TempDatabase t;
    REQUIRE(t->setMetaValue(QStringLiteral("kind"), QStringLiteral("pack")));
    t.reopen();
    REQUIRE(test::scalar(t.db(), QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("delete"));
    QSqlQuery reading(sqlConnection(t.db()));
    REQUIRE(reading.exec(QStringLiteral("SELECT key FROM forumdesk_meta")));
    REQUIRE(reading.next());
    QElapsedTimer timer;
    timer.start();
    auto sibling = t->openSibling();
    REQUIRE(sibling);
    CHECK(timer.elapsed() < 2000); // no wait for the busy timeout
    CHECK(test::scalar(*sibling.value(), QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("delete"));
    CHECK(test::scalar(*sibling.value(), QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
}
