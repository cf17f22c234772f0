// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "db/connection.h"
#include "db/migrations.h"
#include "db/notifier.h"
#include "db/sqlhelpers.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace fd {

namespace {

// SQLite's application_id, so that `file` and other tools can tell our files: "FDSK".
constexpr int ApplicationId = 0x4644534B;
constexpr int BusyTimeoutMs = 5000;

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("forumdesk-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

struct DbText {
    Q_DECLARE_TR_FUNCTIONS(Database)
};

// Opens a read-only connection, runs f on it and closes it again.
// `immutable`: the file is read as it is, without locks and without creating
// a -wal or -shm file; only right when no journal lies beside it.
template<typename F>
auto withReadOnlyConnection(const QString &path, bool immutable, F &&f) -> decltype(f(std::declval<QSqlDatabase &>()))
{
    const QString name = nextConnectionName();
    decltype(f(std::declval<QSqlDatabase &>())) result = Error();
    {
        QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        QString options = QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs);
        if (immutable) {
            QUrl uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
            uri.setQuery(QStringLiteral("immutable=1"));
            conn.setDatabaseName(uri.toString(QUrl::FullyEncoded));
            options += QLatin1String(";QSQLITE_OPEN_URI");
        } else {
            conn.setDatabaseName(path);
        }
        conn.setConnectOptions(options);
        if (!conn.open())
            result = databaseError(conn.lastError(), DbText::tr("Could not open the database"));
        else
            result = f(conn);
        conn.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Result<int> readSchemaVersion(QSqlDatabase &conn, const QString &path)
{
    // Any query makes SQLite read the header; a file that is not a database fails here.
    QSqlQuery probe(conn);
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return Error(Error::Code::Format, DbText::tr("%1 is not a ForumDesk database (not an SQLite file, or damaged).")
                                              .arg(QDir::toNativeSeparators(path)))
            .withDetail(probe.lastError().text());
    probe.next();
    const int tableCount = probe.value(0).toInt();
    probe.finish();
    if (tableCount == 0)
        return 0;
    QSqlQuery q(conn);
    if (!q.exec(QStringLiteral("SELECT value FROM forumdesk_meta WHERE key = 'schema_version'")) || !q.next())
        return Error(Error::Code::Format, DbText::tr("%1 is a database of another program, not a ForumDesk database.")
                                              .arg(QDir::toNativeSeparators(path)));
    return q.value(0).toString().toInt();
}

} // namespace

Error databaseError(const QSqlError &error, const QString &what)
{
    Error e(Error::Code::Database, what + QLatin1String(": ") + error.text());
    e.detail = error.text();
    return e;
}

Database::Database(const QString &connectionName, const QString &path, SqlDialect dialect)
    : m_connectionName(connectionName), m_path(path), m_dialect(dialect), m_notifier(new Notifier(this))
{
}

Database::~Database()
{
    // Statements hold the connection: they go before it closes.
    m_statements.clear();
    {
        QSqlDatabase conn = QSqlDatabase::database(m_connectionName, false);
        if (conn.isOpen())
            conn.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase sqlConnection(const Database &db)
{
    return QSqlDatabase::database(db.connectionName(), false);
}

Result<int> Database::inspectSchemaVersion(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || info.size() == 0)
        return 0;
    // A read-only connection to a file in WAL mode creates its -wal and -shm
    // files and cannot remove them on closing. Looking must leave the folder
    // as it was (a refused file from a newer ForumDesk included): while no
    // journal lies beside the file, everything is in the file itself, and
    // SQLite's "immutable" mode reads it without creating any.
    bool journalBeside = false;
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        journalBeside = journalBeside || QFileInfo::exists(path + QLatin1String(suffix));
    return withReadOnlyConnection(path, !journalBeside, [&](QSqlDatabase &conn) { return readSchemaVersion(conn, path); });
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString &path, const Options &options)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (!info.exists()) {
        if (!options.create || options.readOnly)
            return Error(Error::Code::NotFound, DbText::tr("The database %1 does not exist.").arg(shown));
        if (!QDir().mkpath(info.absolutePath()))
            return Error(Error::Code::Io, DbText::tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath())));
    } else if (info.isDir()) {
        return Error(Error::Code::Io, DbText::tr("%1 is a folder, not a database file.").arg(shown));
    }

    // Look before touching: a file from a newer ForumDesk, or of another
    // program, is refused and left exactly as it was.
    const Result<int> version = inspectSchemaVersion(path);
    if (!version)
        return version.error();
    if (*version > latestSchemaVersion())
        return Error(Error::Code::NewerSchema,
                     DbText::tr("%1 was written by a newer version of ForumDesk (database version %2; this version reads up to %3). "
                        "Please update ForumDesk to open it. The file was not changed.")
                         .arg(shown)
                         .arg(*version)
                         .arg(latestSchemaVersion()));

    const bool readOnly = options.readOnly || (info.exists() && !info.isWritable());
    if (readOnly && *version < latestSchemaVersion() && *version > 0)
        return Error(Error::Code::Database,
                     DbText::tr("%1 was written by an older ForumDesk and must be updated, but it is read-only. "
                                "Copy it to a folder you may write to and open the copy.").arg(shown));

    std::unique_ptr<Database> db(new Database(nextConnectionName(), info.absoluteFilePath(), SqlDialect(SqlDialect::Backend::SQLite)));
    db->m_readOnly = readOnly;
    db->m_options = options;
    {
        QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
        conn.setDatabaseName(info.absoluteFilePath());
        QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs);
        if (readOnly)
            connectOptions += QLatin1String(";QSQLITE_OPEN_READONLY");
        conn.setConnectOptions(connectOptions);
        if (!conn.open())
            return databaseError(conn.lastError(), DbText::tr("Could not open %1").arg(shown));
    }
    if (Status s = db->configureConnection(); !s)
        return s.error();

    if (!readOnly && options.migrate) {
        const int target = options.targetVersion < 0 ? latestSchemaVersion() : options.targetVersion;
        if (*version > 0 && *version < target && options.backupBeforeMigration) {
            // Keep the file as it was before the update, next to it.
            const QString backup = info.absolutePath() + QLatin1Char('/') + info.completeBaseName()
                + QStringLiteral(".before-v%1.").arg(target) + info.suffix();
            if (!QFileInfo::exists(backup)) {
                QSqlQuery q(sqlConnection(*db));
                q.prepare(QStringLiteral("VACUUM INTO ?"));
                q.addBindValue(backup);
                if (!q.exec())
                    return databaseError(q.lastError(), DbText::tr("Could not keep a copy of %1 before updating it").arg(shown));
            }
        }
        Migrator migrator(*db);
        if (Status s = migrator.migrate(options.targetVersion); !s)
            return s.error();
        if (*version == 0) {
            QSqlQuery q(sqlConnection(*db));
            q.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
        }
    }
    db->m_uuid = QUuid::fromString(db->metaValue(QStringLiteral("database_uuid")));
    // An on-site pack travels as one file on a stick: no -wal file beside it
    // that could be left behind with the latest check-ins.
    if (!readOnly && !options.sibling && db->metaValue(QStringLiteral("kind")) == QLatin1String("pack")) {
        QSqlQuery q(sqlConnection(*db));
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")))
            return databaseError(q.lastError(), QStringLiteral("journal_mode"));
    }
    return db;
}

Status Database::configureConnection()
{
    // Foreign keys are off on every new SQLite connection: turn them on each time.
    QSqlDatabase conn = sqlConnection(*this);
    // Changing the journal mode needs the file to itself: a further
    // connection keeps the mode the first one set.
    const QStringList pragmas = m_readOnly || m_options.sibling
        ? QStringList{QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA synchronous = FULL")}
        : QStringList{QStringLiteral("PRAGMA foreign_keys = ON"),
                      QStringLiteral("PRAGMA journal_mode = WAL"),
                      // A committed registration survives a power cut.
                      QStringLiteral("PRAGMA synchronous = FULL")};
    for (const QString &pragma : pragmas) {
        QSqlQuery q(conn);
        if (!q.exec(pragma))
            return databaseError(q.lastError(), pragma);
    }
    QSqlQuery check(conn);
    if (!check.exec(QStringLiteral("PRAGMA foreign_keys")) || !check.next() || check.value(0).toInt() != 1)
        return Error(Error::Code::Database, DbText::tr("The database driver does not enforce foreign keys."));
    return {};
}

Result<std::unique_ptr<Database>> Database::openSibling() const
{
    Options options = m_options;
    options.create = false;
    options.migrate = false;
    options.readOnly = m_readOnly;
    options.sibling = true;
    return openSqlite(m_path, options);
}

std::shared_ptr<CachedStatement> cachedStatement(Database &db, const QString &sql)
{
    auto &statements = db.m_statements;
    // Statements are built from a fixed set of texts (values are bound), so
    // the cache stays small; the bound guards against a caller that is not.
    constexpr qsizetype MaxStatements = 256;
    auto it = statements.find(sql);
    if (it != statements.end() && it.value()->stale && !it.value()->inUse) {
        statements.erase(it);
        it = statements.end();
    }
    if (it == statements.end()) {
        if (statements.size() >= MaxStatements)
            return nullptr;
        auto entry = std::make_shared<CachedStatement>();
        entry->query = QSqlQuery(sqlConnection(db));
        entry->query.setForwardOnly(true);
        if (!entry->query.prepare(sql))
            return nullptr; // the caller prepares its own and reports the error
        it = statements.insert(sql, entry);
    }
    if (it.value()->inUse)
        return nullptr;
    return it.value();
}

int Database::schemaVersion() const
{
    return metaValue(QStringLiteral("schema_version")).toInt();
}

Result<QString> Database::readMetaValue(const QString &key) const
{
    QSqlQuery q(sqlConnection(*this));
    q.prepare(QStringLiteral("SELECT value FROM forumdesk_meta WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return databaseError(q.lastError(), QStringLiteral("meta"));
    return q.next() ? q.value(0).toString() : QString();
}

QString Database::metaValue(const QString &key) const
{
    auto value = readMetaValue(key);
    return value ? *value : QString();
}

Status Database::setMetaValue(const QString &key, const QString &value)
{
    QSqlQuery q(sqlConnection(*this));
    q.prepare(QStringLiteral("INSERT INTO forumdesk_meta (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(nn(value)); // an empty value is '' (the column is NOT NULL), not SQL NULL
    if (!q.exec())
        return databaseError(q.lastError(), QStringLiteral("meta"));
    return {};
}

} // namespace fd
