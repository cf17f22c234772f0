// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablestore.h"

#include "common/dates.h"
#include "db/blobstore.h"
#include "db/database.h"
#include "db/notifier.h"
#include "db/sqlhelpers.h"
#include "db/tables.h"
#include "db/transaction.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>
#include <QUuid>

namespace fd {

namespace {

QVariantMap readRow(const QSqlQuery &q, const QStringList &columns)
{
    QVariantMap row;
    for (int i = 0; i < columns.size(); ++i)
        row.insert(columns.at(i), q.value(i));
    return row;
}

} // namespace

QString TableStore::columnList(const QStringList &columns, const QString &alias) const
{
    const QStringList names = columns.isEmpty() ? m_table.columnNames() : columns;
    if (alias.isEmpty())
        return names.join(QLatin1String(", "));
    QStringList qualified;
    for (const QString &n : names)
        qualified << alias + QLatin1Char('.') + n;
    return qualified.join(QLatin1String(", "));
}

Result<QList<QVariantMap>> TableStore::select(const QString &where, const QVariantList &values, const QString &orderBy) const
{
    const QStringList columns = m_table.columnNames();
    QString sql = QStringLiteral("SELECT %1 FROM %2").arg(columnList(), m_table.name());
    if (!where.isEmpty())
        sql += QLatin1String(" WHERE ") + where;
    if (!orderBy.isEmpty())
        sql += QLatin1String(" ORDER BY ") + orderBy;
    CachedQuery q(m_db, sql);
    for (const QVariant &v : values)
        q->addBindValue(v);
    if (Status s = execQuery(q, QCoreApplication::translate("Database", "Reading the database")); !s)
        return s.error();
    QList<QVariantMap> rows;
    while (q->next())
        rows << readRow(*q, columns);
    return rows;
}

Result<QVariantMap> TableStore::byId(qint64 id) const
{
    auto rows = select(QStringLiteral("id = ?"), {id});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error(Error::Code::NotFound, QCoreApplication::translate("Database", "The record no longer exists."));
    return rows->first();
}

Result<QVariantMap> TableStore::insert(QVariantMap row)
{
    row.remove(QStringLiteral("id"));
    if (m_table.hasUuid() && row.value(QStringLiteral("uuid")).toString().isEmpty())
        row.insert(QStringLiteral("uuid"), uuidToDb(QUuid::createUuid()));
    if (m_table.hasRowVersion()) {
        // A new row: its stamps are now, whatever a copied record brought along.
        const QVariant now = toDbTimestamp(nowUtc());
        row.insert(QStringLiteral("created_at"), now);
        row.insert(QStringLiteral("updated_at"), now);
        row.insert(QStringLiteral("row_version"), 1);
    }
    m_table.deriveValues(row);
    // A reference to content that is gone (undo after a clean-up) is refused
    // with words, not with the foreign key's error.
    if (Status s = BlobStore(m_db).checkReferences(m_table, row); !s)
        return s.error();

    // Only declared columns: the keys of a map never reach the SQL otherwise.
    QStringList columns, marks;
    QVariantList values;
    for (const Column &c : m_table.columns()) {
        const auto it = row.constFind(c.name);
        if (it == row.cend())
            continue;
        columns << c.name;
        marks << QStringLiteral("?");
        values << *it;
    }
    CachedQuery q(m_db, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
                            .arg(m_table.name(), columns.join(QLatin1String(", ")), marks.join(QLatin1String(", "))));
    for (const QVariant &v : std::as_const(values))
        q->addBindValue(v);
    if (Status s = execQuery(q, QCoreApplication::translate("Database", "Saving to the database")); !s)
        return s.error();
    q->next();
    const qint64 id = q->value(0).toLongLong();
    q->finish();
    row.insert(QStringLiteral("id"), id);
    m_db.notifier()->rowChanged(m_table.entity(), ChangeKind::Added, id);
    return row;
}

QString TableStore::comparable(const QVariant &value)
{
    if (value.isNull())
        return QString();
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    return value.toString();
}

QStringList TableStore::differingColumns(const QVariantMap &before, const QVariantMap &after, const QStringList &columns)
{
    QStringList changed;
    for (const QString &c : columns) {
        const QVariant a = before.value(c), b = after.value(c);
        if (a.isNull() != b.isNull() || comparable(a) != comparable(b))
            changed << c;
    }
    return changed;
}

Result<QVariantMap> TableStore::update(qint64 id, qint64 expectedVersion, const QVariantMap &values, const QString &what)
{
    const QString subject = what.isEmpty() ? QCoreApplication::translate("Database", "The record") : what;
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto stored = byId(id);
    if (!stored) {
        if (stored.error().code == Error::Code::NotFound)
            return conflictError(subject);
        return stored.error();
    }
    if (stored->value(QStringLiteral("row_version")).toLongLong() != expectedVersion)
        return conflictError(subject);

    QVariantMap next = *stored;
    const QStringList editable = m_table.editableColumns();
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (editable.contains(it.key()))
            next.insert(it.key(), it.value());
    }
    m_table.deriveValues(next);
    QStringList changed = differingColumns(*stored, next, m_table.columnNames({}, ColumnFlag::System));
    if (!changed.isEmpty()) {
        if (Status s = BlobStore(m_db).checkReferences(m_table, next, changed); !s)
            return s.error();
    }

    next.insert(QStringLiteral("updated_at"), toDbTimestamp(nowUtc()));
    next.insert(QStringLiteral("row_version"), expectedVersion + 1);
    QStringList sets;
    QVariantList binds;
    for (const QString &c : std::as_const(changed)) {
        sets << c + QLatin1String(" = ?");
        binds << next.value(c);
    }
    sets << QStringLiteral("updated_at = ?") << QStringLiteral("row_version = row_version + 1");
    binds << next.value(QStringLiteral("updated_at"));
    CachedQuery q(m_db, QStringLiteral("UPDATE %1 SET %2 WHERE id = ? AND row_version = ?").arg(m_table.name(), sets.join(QLatin1String(", "))));
    for (const QVariant &v : std::as_const(binds))
        q->addBindValue(v);
    q->addBindValue(id);
    q->addBindValue(expectedVersion);
    if (Status s = execQuery(q, QCoreApplication::translate("Database", "Saving to the database")); !s)
        return s.error();
    if (q->numRowsAffected() != 1)
        return conflictError(subject);
    // A save without a new value still takes a new version: say so, since an
    // empty list would mean "anything may have changed".
    if (changed.isEmpty())
        changed << QStringLiteral("row_version");
    m_db.notifier()->rowChanged(m_table.entity(), ChangeKind::Changed, id, changed);
    if (Status s = tx.commit(); !s)
        return s.error();
    return next;
}

Status TableStore::remove(qint64 id, qint64 expectedVersion, const QString &what)
{
    const QString subject = what.isEmpty() ? QCoreApplication::translate("Database", "The record") : what;
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;

    // What goes with the row (ON DELETE CASCADE) or loses its reference to it
    // (SET NULL), read before the delete so that the notices can name the rows:
    // views then drop or update those rows instead of reloading everything.
    struct Notice {
        Entity entity;
        ChangeKind kind;
        QList<qint64> ids;
        QStringList fields;
    };
    QList<Notice> notices;
    QList<const Table *> owners;
    const QList<const Column *> references = tables::referencesTo(m_table.name(), &owners);
    for (int i = 0; i < references.size(); ++i) {
        const Table *owner = owners.at(i);
        const Column *column = references.at(i);
        // Only records that lists show (a consent log entry is part of its person).
        if (!owner->hasRowVersion() || owner == &m_table)
            continue;
        // The owner's other references: their rows are told that these children went.
        QStringList others;
        for (const Column *r : owner->references()) {
            if (r != column)
                others << r->name;
        }
        CachedQuery q(m_db, QStringLiteral("SELECT id%1 FROM %2 WHERE %3 = ?")
                                .arg(others.isEmpty() ? QString() : QLatin1String(", ") + others.join(QLatin1String(", ")), owner->name(), column->name));
        q->addBindValue(id);
        if (Status s = execQuery(q, QCoreApplication::translate("Database", "Deleting from the database")); !s)
            return s;
        QList<qint64> ids;
        QList<QSet<qint64>> parents(others.size());
        while (q->next()) {
            ids << q->value(0).toLongLong();
            for (int o = 0; o < others.size(); ++o) {
                if (!q->value(1 + o).isNull())
                    parents[o].insert(q->value(1 + o).toLongLong());
            }
        }
        if (ids.isEmpty())
            continue;
        if (column->onDelete == QLatin1String("SET NULL")) {
            notices.append({owner->entity(), ChangeKind::Changed, ids, {column->name}});
            continue;
        }
        notices.append({owner->entity(), ChangeKind::Removed, ids, {}});
        for (int o = 0; o < others.size(); ++o) {
            const Column *r = owner->find(others.at(o));
            const Table *parent = tables::find(r->refTable);
            if (parent && parent != &m_table && !parents.at(o).isEmpty())
                notices.append({parent->entity(), ChangeKind::Changed, QList<qint64>(parents.at(o).cbegin(), parents.at(o).cend()),
                                {owner->name()}});
        }
    }

    CachedQuery q(m_db, m_table.hasRowVersion() ? QStringLiteral("DELETE FROM %1 WHERE id = ? AND row_version = ?").arg(m_table.name())
                                                : QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(m_table.name()));
    q->addBindValue(id);
    if (m_table.hasRowVersion())
        q->addBindValue(expectedVersion);
    if (Status s = execQuery(q, QCoreApplication::translate("Database", "Deleting from the database")); !s)
        return s;
    if (q->numRowsAffected() != 1)
        return conflictError(subject);
    // A deleted record is not found any more, and its words (a person's name
    // and e-mail) do not stay behind in the search entries.
    if (m_db.schemaVersion() >= tables::searchEntries().since()) {
        QList<std::pair<QString, QList<qint64>>> gone{{m_table.name(), {id}}};
        for (const Notice &n : std::as_const(notices)) {
            if (n.kind == ChangeKind::Removed) {
                for (const Table *t : tables::all()) {
                    if (t->entity() == n.entity && t->hasRowVersion())
                        gone.append({t->name(), n.ids});
                }
            }
        }
        for (const auto &[table, ids] : std::as_const(gone)) {
            const Table *t = tables::find(table);
            if (!t || t->columnNames(ColumnFlag::Search).isEmpty())
                continue;
            for (qint64 rowId : ids) {
                CachedQuery d(m_db, QStringLiteral("DELETE FROM search_entries WHERE table_name = ? AND row_id = ?"));
                d->addBindValue(table);
                d->addBindValue(rowId);
                if (Status s = execQuery(d, QCoreApplication::translate("Database", "Deleting from the database")); !s)
                    return s;
            }
        }
    }
    m_db.notifier()->rowChanged(m_table.entity(), ChangeKind::Removed, id);
    for (const Notice &n : std::as_const(notices))
        m_db.notifier()->rowsChanged(n.entity, n.kind, n.ids, n.fields);
    return tx.commit();
}

} // namespace fd
