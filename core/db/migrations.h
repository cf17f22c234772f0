// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

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
