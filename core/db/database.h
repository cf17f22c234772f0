// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "db/dialect.h"

#include <QHash>
#include <QObject>
#include <QUuid>

#include <memory>

namespace fd {

class Notifier;
struct CachedStatement;

// One open ForumDesk database: a connection with the right settings, the
// schema brought up to date, and the notifier that reports what changes.
// A connection belongs to the thread that opened it; worker threads call
// openSibling() for their own. The connection itself and the statement cache
// are reached through db/connection.h, inside core/ only: nothing of Qt SQL
// shows here, so the widgets cannot run SQL.
class Database : public QObject
{
    Q_OBJECT
public:
    struct Options {
        bool create = true;     // create the file if it does not exist
        bool readOnly = false;  // never write (the file is on read-only media, or a preview)
        bool migrate = true;    // bring an older schema up to date
        bool backupBeforeMigration = true;
        int targetVersion = -1; // migrate up to this version only (tests of migrations); -1 = latest
        bool sibling = false;   // a further connection (openSibling): the file's journal mode is left as it is
    };

    ~Database() override;

    static Result<std::unique_ptr<Database>> openSqlite(const QString &path, const Options &options);
    static Result<std::unique_ptr<Database>> openSqlite(const QString &path) { return openSqlite(path, Options()); }

    // What schema version the file has, without changing a byte of it.
    // 0 for a file that does not exist or is empty.
    static Result<int> inspectSchemaVersion(const QString &path);

    // Another connection to the same database, for a worker thread.
    Result<std::unique_ptr<Database>> openSibling() const;

    // The name of the Qt SQL connection (db/connection.h turns it into one).
    QString connectionName() const { return m_connectionName; }
    const SqlDialect &dialect() const { return m_dialect; }
    Notifier *notifier() const { return m_notifier; }
    QString path() const { return m_path; }
    QUuid databaseUuid() const { return m_uuid; }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const;

    // Meta values (forumdesk_meta), e.g. "database_uuid", "kind" (office | pack).
    QString metaValue(const QString &key) const;            // empty if missing or unreadable
    Result<QString> readMetaValue(const QString &key) const; // empty if missing; an error if unreadable
    Status setMetaValue(const QString &key, const QString &value);

    // Used by Transaction.
    int transactionDepth() const { return m_transactionDepth; }

private:
    friend class Transaction;
    friend std::shared_ptr<CachedStatement> cachedStatement(Database &db, const QString &sql);
    Database(const QString &connectionName, const QString &path, SqlDialect dialect);

    Status configureConnection();

    QString m_connectionName;
    QString m_path;
    SqlDialect m_dialect;
    Notifier *m_notifier = nullptr;
    QUuid m_uuid;
    bool m_readOnly = false;
    Options m_options;
    int m_transactionDepth = 0;
    QHash<QString, std::shared_ptr<CachedStatement>> m_statements;
};

} // namespace fd
