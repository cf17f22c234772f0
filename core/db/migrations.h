// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "db/dialect.h"

#include <QStringList>

#include <functional>

namespace fd {

class Database;

// One step of the schema. Statements are run one by one (QSqlQuery runs one
// statement per exec) with the dialect's placeholders expanded; an optional
// function moves data that SQL alone cannot. Each step runs in its own
// transaction and records its version, as KMyMoney upgrades its files.
struct Migration {
    int version = 0;
    QString description;
    QStringList statements;
    std::function<Status(Database &)> migrateData;
};

const QList<Migration> &allMigrations();
int latestSchemaVersion();

// A table or index the migrations create, with the statement that creates
// it: what a ForumDesk file of that version holds besides SQLite's own
// automatic indexes. Readers of files from outside check against this.
struct SchemaObject {
    QString type;   // "table" or "index"
    QString name;
    QString table;  // the table an index belongs to; the table itself for a table
    QString sql;    // as the dialect runs it
};
QList<SchemaObject> schemaObjects(const SqlDialect &dialect, int version = -1);

class Migrator
{
public:
    explicit Migrator(Database &db) : m_db(db) {}

    // 0 for an empty database; an error for a database that is not ForumDesk's.
    Result<int> currentVersion() const;

    // Run every step above the current version up to target (default: latest).
    Status migrate(int targetVersion = -1);

private:
    Database &m_db;
};

} // namespace fd
