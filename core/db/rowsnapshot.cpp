// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowsnapshot.h"

#include "db/blobstore.h"
#include "db/database.h"
#include "db/rowio.h"
#include "db/sqlhelpers.h"
#include "db/tables.h"
#include "db/transaction.h"

#include <QCoreApplication>
#include <QMap>

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace fd {

namespace {

// The tables whose deletes can be undone are the declared ones; what goes
// with a row (ON DELETE CASCADE) and which references are cleared (SET NULL)
// come from the declared references.
struct Dependant {
    const Table *table;
    QString column;
};

QList<Dependant> referencing(const Table &table, const QString &onDelete)
{
    QList<Dependant> list;
    QList<const Table *> owners;
    const QList<const Column *> columns = tables::referencesTo(table.name(), &owners);
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i)->onDelete == onDelete)
            list.append({owners.at(i), columns.at(i)->name});
    }
    return list;
}

QString placeholders(int n)
{
    QStringList marks;
    for (int i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1String(", "));
}

Status selectRowsWhere(Database &db, const Table &declared, const QString &column, const QList<qint64> &ids,
                       QList<QVariantMap> &rows)
{
    if (ids.isEmpty())
        return {};
    const QString &table = declared.name();
    if (!sqlConnection(db).tables().contains(table))
        return {}; // a dependant table of a later schema version
    QVariantList values;
    for (qint64 id : ids)
        values << id;
    // The declared columns, by name: what undo puts back is exactly what the declaration knows.
    auto selected = fd::selectRows(db, QStringLiteral("SELECT %1 FROM %2 WHERE %3 IN (%4) ORDER BY id")
                                           .arg(declared.columnNames().join(QLatin1String(", ")), table, column, placeholders(ids.size())),
                                   values);
    if (!selected)
        return selected.error();
    rows = *selected;
    return {};
}

Status capture(Database &db, const Table &info, const QString &column, const QList<qint64> &ids,
               QList<RowSnapshot::Table> &out, QList<RowSnapshot::Reference> &references)
{
    RowSnapshot::Table t;
    t.name = info.name();
    t.declared = &info;
    if (Status s = selectRowsWhere(db, info, column, ids, t.rows); !s)
        return s;
    if (t.rows.isEmpty())
        return {};
    QList<qint64> capturedIds;
    for (const QVariantMap &row : std::as_const(t.rows))
        capturedIds << row.value(QStringLiteral("id")).toLongLong();
    out.append(t);
    for (const Dependant &d : referencing(info, QStringLiteral("SET NULL"))) {
        QList<QVariantMap> rows;
        if (Status s = selectRowsWhere(db, *d.table, d.column, capturedIds, rows); !s)
            return s;
        for (const QVariantMap &row : std::as_const(rows))
            references.append({d.table->name(), d.column, row.value(QStringLiteral("id")).toLongLong(), row.value(d.column).toLongLong()});
    }
    for (const Dependant &d : referencing(info, QStringLiteral("CASCADE"))) {
        if (Status s = capture(db, *d.table, d.column, capturedIds, out, references); !s)
            return s;
    }
    return {};
}

} // namespace

int RowSnapshot::rowCount(const QString &table) const
{
    int n = 0;
    for (const Table &t : tables) {
        if (t.name == table)
            n += t.rows.size();
    }
    return n;
}

Entity entityForTable(const QString &table)
{
    const Table *info = tables::find(table);
    return info ? info->entity() : Entity::Organisation;
}

Result<RowSnapshot> captureRows(Database &db, const QString &table, const QList<qint64> &ids)
{
    const Table *info = tables::find(table);
    if (!info)
        return Error(Error::Code::Generic, QStringLiteral("no snapshot rules for table %1").arg(table));
    return captureRows(db, *info, ids);
}

Result<RowSnapshot> captureRows(Database &db, const Table &table, const QList<qint64> &ids)
{
    if (!table.hasUuid())
        return Error(Error::Code::Generic, QStringLiteral("no snapshot rules for table %1").arg(table.name()));
    RowSnapshot snapshot;
    if (Status s = capture(db, table, QStringLiteral("id"), ids, snapshot.tables, snapshot.references); !s)
        return s.error();
    return snapshot;
}

Status restoreRows(Database &db, const RowSnapshot &snapshot)
{
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    // Every file the rows refer to must still be stored, checked before the
    // first insert: a row without its file is not put back, and neither is
    // any other row of the snapshot.
    const BlobStore blobs(db);
    for (const RowSnapshot::Table &t : snapshot.tables) {
        const Table *declared = t.declared ? t.declared : tables::find(t.name);
        if (!declared)
            continue;
        for (const QVariantMap &row : t.rows) {
            if (Status s = blobs.checkReferences(*declared, row); !s)
                return s;
        }
    }
    for (const RowSnapshot::Table &t : snapshot.tables) {
        QList<qint64> ids;
        for (const QVariantMap &row : t.rows) {
            if (Status s = insertRow(db, t.name, row); !s)
                return s;
            ids << row.value(QStringLiteral("id")).toLongLong();
        }
        db.notifier()->rowsChanged(entityForTable(t.name), ChangeKind::Added, ids);
    }
    for (const RowSnapshot::Reference &r : snapshot.references) {
        // Only where nobody set another value meanwhile.
        QSqlQuery q(sqlConnection(db));
        q.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ? AND %2 IS NULL").arg(r.table, r.column));
        q.addBindValue(r.value);
        q.addBindValue(r.rowId);
        if (!q.exec())
            return databaseError(q.lastError(), r.table);
        db.notifier()->rowChanged(entityForTable(r.table), ChangeKind::Changed, r.rowId);
    }
    return tx.commit();
}

Result<QList<QVariantMap>> captureScope(Database &db, const QString &table, const QString &column, qint64 value)
{
    const Table *declared = tables::find(table);
    if (!declared)
        return Error(Error::Code::Generic, QStringLiteral("no declaration for table %1").arg(table));
    QList<QVariantMap> rows;
    if (Status s = selectRowsWhere(db, *declared, column, {value}, rows); !s)
        return s.error();
    return rows;
}

Status replaceScope(Database &db, const QString &table, const QString &column, qint64 value,
                    const QList<QVariantMap> &expected, const QList<QVariantMap> &target)
{
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    auto current = captureScope(db, table, column, value);
    if (!current)
        return current.error();
    auto versions = [](const QList<QVariantMap> &rows) {
        QMap<qint64, qint64> v;
        for (const QVariantMap &row : rows)
            v.insert(row.value(QStringLiteral("id")).toLongLong(), row.value(QStringLiteral("row_version")).toLongLong());
        return v;
    };
    if (versions(*current) != versions(expected))
        return conflictError(QCoreApplication::translate("Database", "A record"));
    if (const Table *declared = tables::find(table)) {
        const BlobStore blobs(db);
        for (const QVariantMap &row : target) {
            if (Status s = blobs.checkReferences(*declared, row); !s)
                return s;
        }
    }

    QMap<qint64, QVariantMap> wanted;
    for (const QVariantMap &row : target)
        wanted.insert(row.value(QStringLiteral("id")).toLongLong(), row);
    QList<qint64> removed, changed, added;
    for (const QVariantMap &row : std::as_const(*current)) {
        const qint64 id = row.value(QStringLiteral("id")).toLongLong();
        if (!wanted.contains(id)) {
            QSqlQuery q(sqlConnection(db));
            q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
            q.addBindValue(id);
            if (!q.exec())
                return databaseError(q.lastError(), table);
            removed << id;
        } else if (wanted.value(id) != row) {
            const QVariantMap &t = wanted.value(id);
            QStringList sets;
            QVariantList values;
            for (auto it = t.cbegin(); it != t.cend(); ++it) {
                if (it.key() == QLatin1String("id"))
                    continue;
                sets << it.key() + QStringLiteral(" = ?");
                values << it.value();
            }
            QSqlQuery q(sqlConnection(db));
            q.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(QLatin1String(", "))));
            for (const QVariant &v : values)
                q.addBindValue(v);
            q.addBindValue(id);
            if (!q.exec())
                return databaseError(q.lastError(), table);
            changed << id;
        }
        wanted.remove(id);
    }
    for (const QVariantMap &row : std::as_const(wanted)) {
        if (Status s = insertRow(db, table, row); !s)
            return s;
        added << row.value(QStringLiteral("id")).toLongLong();
    }
    const Entity entity = entityForTable(table);
    db.notifier()->rowsChanged(entity, ChangeKind::Removed, removed);
    db.notifier()->rowsChanged(entity, ChangeKind::Changed, changed);
    db.notifier()->rowsChanged(entity, ChangeKind::Added, added);
    if (table == QLatin1String("registrations"))
        db.notifier()->rowChanged(Entity::Event, ChangeKind::Changed, value);
    return tx.commit();
}

Status deleteRows(Database &db, const RowSnapshot &snapshot)
{
    if (snapshot.isEmpty())
        return {};
    const RowSnapshot::Table &top = snapshot.tables.first();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    QList<qint64> ids;
    for (const QVariantMap &row : top.rows) {
        QSqlQuery q(sqlConnection(db));
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ? AND row_version = ?").arg(top.name));
        q.addBindValue(row.value(QStringLiteral("id")));
        q.addBindValue(row.value(QStringLiteral("row_version")));
        if (!q.exec())
            return databaseError(q.lastError(), top.name);
        if (q.numRowsAffected() != 1)
            return conflictError(QCoreApplication::translate("Database", "A record"));
        ids << row.value(QStringLiteral("id")).toLongLong();
    }
    db.notifier()->rowsChanged(entityForTable(top.name), ChangeKind::Removed, ids);
    for (int i = 1; i < snapshot.tables.size(); ++i) {
        const Entity e = entityForTable(snapshot.tables.at(i).name);
        if (e != entityForTable(top.name))
            db.notifier()->entityReset(e);
    }
    // Rows that kept pointing here lost the link (ON DELETE SET NULL: an
    // event's funder): they changed too, as restoreRows reports on undo.
    for (const RowSnapshot::Reference &r : snapshot.references)
        db.notifier()->rowChanged(entityForTable(r.table), ChangeKind::Changed, r.rowId);
    return tx.commit();
}

} // namespace fd
