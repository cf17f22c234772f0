// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include "common/dates.h"
#include "db/database.h"
#include "db/connection.h"
#include "db/migrations/steps.h"
#include "db/transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace fd {

const QList<Migration> &allMigrations()
{
    static const QList<Migration> migrations = [] {
        QList<Migration> list{
            migrations::foundation(),
            migrations::events(),
            migrations::records(),
            migrations::yearRecords(),
            migrations::blobs(),
        };
        for (int i = 0; i < list.size(); ++i)
            Q_ASSERT(list.at(i).version == i + 1);
        return list;
    }();
    return migrations;
}

int latestSchemaVersion()
{
    return allMigrations().constLast().version;
}

namespace {

// The CREATE TABLE text after "ALTER TABLE ... ADD COLUMN definition", as
// SQLite writes it: the definition after the last column, before the table
// constraints (CHECK, UNIQUE...) or the closing parenthesis.
QString withAddedColumn(const QString &createTable, const QString &definition)
{
    static const QRegularExpression constraintStart(QStringLiteral(R"(^\s*(CHECK|UNIQUE|PRIMARY\s+KEY|FOREIGN\s+KEY|CONSTRAINT)\b)"),
                                                    QRegularExpression::CaseInsensitiveOption);
    int depth = 0;
    bool quoted = false;
    for (int i = 0; i < createTable.size(); ++i) {
        const QChar ch = createTable.at(i);
        if (ch == QLatin1Char('\''))
            quoted = !quoted;
        if (quoted)
            continue;
        if (ch == QLatin1Char('(')) {
            ++depth;
        } else if (ch == QLatin1Char(')')) {
            if (--depth == 0)
                return createTable.left(i) + QLatin1String(", ") + definition + createTable.mid(i);
        } else if (ch == QLatin1Char(',') && depth == 1 && constraintStart.match(createTable.mid(i + 1)).hasMatch()) {
            return createTable.left(i) + QLatin1String(", ") + definition + createTable.mid(i);
        }
    }
    return createTable;
}

} // namespace

QList<SchemaObject> schemaObjects(const SqlDialect &dialect, int version)
{
    if (version < 0)
        version = latestSchemaVersion();
    // Our own statements, in a fixed style: "CREATE [UNIQUE] INDEX name ON table (...)", "CREATE TABLE name (...)".
    static const QRegularExpression create(QStringLiteral(R"(^\s*CREATE\s+(?:UNIQUE\s+)?(TABLE|INDEX)\s+(\w+)(?:\s+ON\s+(\w+))?)"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression addColumn(QStringLiteral(R"(^\s*ALTER\s+TABLE\s+(\w+)\s+ADD\s+COLUMN\s+(.*\S)\s*$)"),
                                              QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    QList<SchemaObject> objects;
    for (const Migration &m : allMigrations()) {
        if (m.version > version)
            break;
        for (const QString &statement : m.statements) {
            if (const QRegularExpressionMatch added = addColumn.match(statement); added.hasMatch()) {
                for (SchemaObject &o : objects) {
                    if (o.type == QLatin1String("table") && o.name == added.captured(1))
                        o.sql = withAddedColumn(o.sql, dialect.ddl(added.captured(2)));
                }
                continue;
            }
            const QRegularExpressionMatch match = create.match(statement);
            if (!match.hasMatch())
                continue;
            SchemaObject o;
            o.type = match.captured(1).toLower();
            o.name = match.captured(2);
            o.table = o.type == QLatin1String("table") ? o.name : match.captured(3);
            o.sql = dialect.ddl(statement);
            objects.removeIf([&](const SchemaObject &old) { return old.name == o.name; }); // created anew by a later step
            objects << o;
        }
    }
    return objects;
}

Result<int> Migrator::currentVersion() const
{
    QSqlDatabase conn = sqlConnection(m_db);
    const QStringList tables = conn.tables(QSql::Tables);
    if (tables.contains(QLatin1String("forumdesk_meta"))) {
        QSqlQuery q(conn);
        q.prepare(QStringLiteral("SELECT value FROM forumdesk_meta WHERE key = 'schema_version'"));
        if (!q.exec())
            return databaseError(q.lastError(), QStringLiteral("schema version"));
        if (!q.next())
            return Error(Error::Code::Format,
                         QCoreApplication::translate("Database", "The database has no schema version: it was not written by ForumDesk."));
        bool ok = false;
        const int v = q.value(0).toString().toInt(&ok);
        if (!ok || v < 1)
            return Error(Error::Code::Format,
                         QCoreApplication::translate("Database", "The database's schema version is not a number."));
        return v;
    }
    if (!tables.isEmpty())
        return Error(Error::Code::Format,
                     QCoreApplication::translate("Database", "This is a database of another program, not a ForumDesk database."));
    return 0;
}

Status Migrator::migrate(int targetVersion)
{
    if (targetVersion < 0)
        targetVersion = latestSchemaVersion();
    const Result<int> current = currentVersion();
    if (!current)
        return current.error();
    if (*current > latestSchemaVersion())
        return Error(Error::Code::NewerSchema,
                     QCoreApplication::translate("Database", "The database was written by a newer ForumDesk (schema %1; this version knows up to %2).")
                         .arg(*current)
                         .arg(latestSchemaVersion()));

    for (const Migration &m : allMigrations()) {
        if (m.version <= *current || m.version > targetVersion)
            continue;
        Transaction tx(m_db);
        if (Status s = tx.begin(); !s)
            return s;
        for (const QString &statement : m.statements) {
            QSqlQuery q(sqlConnection(m_db));
            if (!q.exec(m_db.dialect().ddl(statement))) {
                return databaseError(q.lastError(),
                                     QCoreApplication::translate("Database", "Updating the database to version %1 failed").arg(m.version))
                    .withDetail(statement);
            }
        }
        if (m.migrateData) {
            if (Status s = m.migrateData(m_db); !s)
                return s;
        }
        if (Status s = m_db.setMetaValue(QStringLiteral("schema_version"), QString::number(m.version)); !s)
            return s;
        if (m.version == 1) {
            // The identity of this database, for merging offline copies.
            for (const auto &[key, value] : {std::pair{QStringLiteral("database_uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                             std::pair{QStringLiteral("created_at"), toDbTimestamp(nowUtc()).toString()},
                                             std::pair{QStringLiteral("kind"), QStringLiteral("office")}}) {
                QSqlQuery meta(sqlConnection(m_db));
                meta.prepare(QStringLiteral("INSERT INTO forumdesk_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING"));
                meta.addBindValue(key);
                meta.addBindValue(value);
                if (!meta.exec())
                    return databaseError(meta.lastError(), QStringLiteral("meta"));
            }
        }
        if (Status s = tx.commit(); !s)
            return s;
    }
    return {};
}

} // namespace fd
