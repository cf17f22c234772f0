// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/record.h"
#include "db/tablestore.h"

#include <QCoreApplication>

// The reads and writes every kind of record needs, from its RecordMap: a
// kind's service adds its rules (validation, what else changes with it) and
// calls these. Internal to core.
namespace fd {

template<class T>
class RecordRepository
{
public:
    RecordRepository(Database &db, const RecordMap<T> &map, const QString &orderBy) : m_db(db), m_map(map), m_orderBy(orderBy) {}

    Result<QList<T>> select(const QString &where = {}, const QVariantList &values = {}) const
    {
        QString sql = QStringLiteral("SELECT %1 FROM %2").arg(m_map.selectList(), m_map.table().name());
        if (!where.isEmpty())
            sql += QLatin1String(" WHERE ") + where;
        if (!m_orderBy.isEmpty())
            sql += QLatin1String(" ORDER BY ") + m_orderBy;
        CachedQuery q(m_db, sql);
        for (const QVariant &v : values)
            q->addBindValue(v);
        if (Status s = execQuery(q, QCoreApplication::translate("Database", "Reading the database")); !s)
            return s.error();
        QList<T> list;
        while (q->next())
            list.append(m_map.fromQuery(*q));
        return list;
    }

    Result<T> byId(qint64 id, const QString &gone) const
    {
        auto list = select(QStringLiteral("id = ?"), {id});
        if (!list)
            return list.error();
        if (list->isEmpty())
            return Error(Error::Code::NotFound, gone);
        return list->first();
    }

    Result<T> insert(const T &record)
    {
        auto stored = TableStore(m_db, m_map.table()).insert(m_map.toRow(record));
        if (!stored)
            return stored.error();
        return m_map.fromRow(*stored);
    }

    Result<T> update(const T &record, const QString &what)
    {
        const QVariantMap row = m_map.toRow(record);
        auto stored = TableStore(m_db, m_map.table())
                          .update(row.value(QStringLiteral("id")).toLongLong(), row.value(QStringLiteral("row_version")).toLongLong(), row, what);
        if (!stored)
            return stored.error();
        return m_map.fromRow(*stored);
    }

    Status remove(qint64 id, qint64 expectedVersion, const QString &what)
    {
        return TableStore(m_db, m_map.table()).remove(id, expectedVersion, what);
    }

private:
    Database &m_db;
    const RecordMap<T> &m_map;
    QString m_orderBy;
};

} // namespace fd
