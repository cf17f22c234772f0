// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowio.h"

#include "db/database.h"
#include "db/sqlhelpers.h"
#include "db/tables.h"

#include <QCoreApplication>

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace fd {

Result<QList<QVariantMap>> selectRows(Database &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(sqlConnection(db));
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return databaseError(q.lastError(), sql.left(60));
    QList<QVariantMap> rows;
    while (q.next()) {
        const QSqlRecord rec = q.record();
        QVariantMap row;
        for (int i = 0; i < rec.count(); ++i)
            row.insert(rec.fieldName(i), rec.value(i));
        rows << row;
    }
    return rows;
}

Status insertRow(Database &db, const QString &table, const QVariantMap &row)
{
    const QStringList columns = row.keys();
    QStringList quoted, marks;
    // The keys are column names from our own schema; anything else is refused, never spliced into SQL.
    const QStringList names = QStringList(columns) << table;
    // A declared table takes only its declared columns.
    const Table *declared = tables::find(table);
    for (const QString &name : names) {
        if (!isPlainIdentifier(name) || (declared && name != table && !declared->hasColumn(name)))
            return Error(Error::Code::Validation, QCoreApplication::translate("Database", "\"%1\" is not a column of ForumDesk's database.")
                                                      .arg(name.left(80)));
    }
    for (const QString &c : columns) {
        quoted << quoteIdentifier(c);
        marks << QStringLiteral("?");
    }
    QSqlQuery q(sqlConnection(db));
    q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                  .arg(quoteIdentifier(table), quoted.join(QLatin1String(", ")), marks.join(QLatin1String(", "))));
    for (const QString &c : columns)
        q.addBindValue(row.value(c));
    if (!q.exec())
        return databaseError(q.lastError(), table);
    return {};
}

QStringList tableColumns(Database &db, const QString &table)
{
    QStringList columns;
    const QSqlRecord rec = sqlConnection(db).record(table);
    for (int i = 0; i < rec.count(); ++i)
        columns << rec.fieldName(i);
    return columns;
}

} // namespace fd
