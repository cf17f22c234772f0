// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowsnapshot.h"

#include "db/database.h"
#include "db/rowio.h"
#include "db/sqlhelpers.h"
#include "db/transaction.h"

#include <QCoreApplication>
#include <QMap>

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace fd {

namespace {

struct Dependant {
    const char *table;
    const char *column;
};

struct TableInfo {
    const char *table;
    Entity entity;
    QList<Dependant> dependants; // rows removed by ON DELETE CASCADE
    QList<Dependant> nullified = {}; // references cleared by ON DELETE SET NULL
};

// The tables whose deletes can be undone, and what cascades from them.
const QList<TableInfo> &tableInfos()
{
    static const QList<TableInfo> infos = {
        {"organisations", Entity::Organisation, {{"membership_fees", "organisation_id"}, {"affiliations", "organisation_id"}},
         {{"events", "funder_id"}}},
        {"membership_fees", Entity::MembershipFee, {}},
        {"people", Entity::Person, {{"affiliations", "person_id"}, {"consent_log", "person_id"}, {"registrations", "person_id"}}},
        {"affiliations", Entity::Affiliation, {}},
        {"consent_log", Entity::Person, {}},
        {"event_kinds", Entity::EventKind, {}},
        {"events", Entity::Event, {{"registrations", "event_id"}}},
        {"registrations", Entity::Registration, {}},
    };
    return infos;
}

const TableInfo *infoFor(const QString &table)
{
    for (const TableInfo &info : tableInfos()) {
        if (table == QLatin1String(info.table))
            return &info;
    }
    return nullptr;
}

QString placeholders(int n)
{
    QStringList marks;
    for (int i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1String(", "));
}

Status selectRowsWhere(Database &db, const QString &table, const QString &column, const QList<qint64> &ids,
                       QList<QVariantMap> &rows)
{
    if (ids.isEmpty())
        return {};
    if (!sqlConnection(db).tables().contains(table))
        return {}; // a dependant table of a later schema version
    QVariantList values;
    for (qint64 id : ids)
        values << id;
    auto selected = fd::selectRows(db, QStringLiteral("SELECT * FROM %1 WHERE %2 IN (%3) ORDER BY id").arg(table, column, placeholders(ids.size())),
                                   values);
    if (!selected)
        return selected.error();
    rows = *selected;
    return {};
}

Status capture(Database &db, const TableInfo &info, const QString &column, const QList<qint64> &ids,
               QList<RowSnapshot::Table> &out, QList<RowSnapshot::Reference> &references)
{
    RowSnapshot::Table t;
    t.name = QLatin1String(info.table);
    if (Status s = selectRowsWhere(db, t.name, column, ids, t.rows); !s)
        return s;
    if (t.rows.isEmpty())
        return {};
    QList<qint64> capturedIds;
    for (const QVariantMap &row : std::as_const(t.rows))
        capturedIds << row.value(QStringLiteral("id")).toLongLong();
    out.append(t);
    for (const Dependant &d : info.nullified) {
        QList<QVariantMap> rows;
        if (Status s = selectRowsWhere(db, QLatin1String(d.table), QLatin1String(d.column), capturedIds, rows); !s)
            return s;
        for (const QVariantMap &row : std::as_const(rows))
            references.append({QLatin1String(d.table), QLatin1String(d.column), row.value(QStringLiteral("id")).toLongLong(),
                               row.value(QLatin1String(d.column)).toLongLong()});
    }
    for (const Dependant &d : info.dependants) {
        const TableInfo *child = infoFor(QLatin1String(d.table));
        Q_ASSERT(child);
        if (Status s = capture(db, *child, QLatin1String(d.column), capturedIds, out, references); !s)
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
    const TableInfo *info = infoFor(table);
    return info ? info->entity : Entity::Organisation;
}

Result<RowSnapshot> captureRows(Database &db, const QString &table, const QList<qint64> &ids)
{
    const TableInfo *info = infoFor(table);
    if (!info)
        return Error(Error::Code::Generic, QStringLiteral("no snapshot rules for table %1").arg(table));
    RowSnapshot snapshot;
    if (Status s = capture(db, *info, QStringLiteral("id"), ids, snapshot.tables, snapshot.references); !s)
        return s.error();
    return snapshot;
}

Status restoreRows(Database &db, const RowSnapshot &snapshot)
{
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
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
    QList<QVariantMap> rows;
    if (Status s = selectRowsWhere(db, table, column, {value}, rows); !s)
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
