// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/dates.h"
#include "db/sqlhelpers.h"
#include "db/table.h"

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QUuid>
#include <QVariant>

#include <functional>
#include <optional>

// How a domain type (Organisation, Person...) maps onto the columns of its
// declared table: one line per field, and every read and write of the type
// goes through it. Internal to core.
namespace fd {

namespace dbvalue {
// A field's value as the database stores it, and back.
inline QVariant to(const QString &v) { return nn(v); }
inline QVariant to(const QDate &v) { return toDbDate(v); }
inline QVariant to(const QTime &v) { return toDbTime(v); }
inline QVariant to(const QDateTime &v) { return toDbTimestamp(v); }
inline QVariant to(const QUuid &v) { return v.isNull() ? QVariant() : QVariant(uuidToDb(v)); }
inline QVariant to(bool v) { return v; } // a boolean: PostgreSQL takes no integer for it
inline QVariant to(int v) { return v; }
inline QVariant to(qint64 v) { return v; }
inline QVariant to(const std::optional<int> &v) { return v ? QVariant(*v) : QVariant(); }
inline QVariant to(const std::optional<qint64> &v) { return v ? QVariant(*v) : QVariant(); }

inline void from(const QVariant &d, QString &v) { v = d.toString(); }
inline void from(const QVariant &d, QDate &v) { v = fromDbDate(d); }
inline void from(const QVariant &d, QTime &v) { v = fromDbTime(d); }
inline void from(const QVariant &d, QDateTime &v) { v = fromDbTimestamp(d); }
inline void from(const QVariant &d, QUuid &v) { v = uuidFromDb(d); }
inline void from(const QVariant &d, bool &v) { v = d.toBool(); }
inline void from(const QVariant &d, int &v) { v = d.toInt(); }
inline void from(const QVariant &d, qint64 &v) { v = d.toLongLong(); }
inline void from(const QVariant &d, std::optional<int> &v) { v = d.isNull() ? std::nullopt : std::optional<int>(d.toInt()); }
inline void from(const QVariant &d, std::optional<qint64> &v) { v = d.isNull() ? std::nullopt : std::optional<qint64>(d.toLongLong()); }
} // namespace dbvalue

template<class T>
class RecordMap
{
public:
    struct Field {
        QString column;
        std::function<QVariant(const T &)> get;
        std::function<void(T &, const QVariant &)> set;
    };

    // A member stored as it is.
    template<class V>
    static Field field(const char *column, V T::*member)
    {
        return {QLatin1String(column), [member](const T &r) { return dbvalue::to(r.*member); },
                [member](T &r, const QVariant &d) { dbvalue::from(d, r.*member); }};
    }
    // A member stored as a key (an enum as "city"): to and from the key.
    template<class V>
    static Field keyed(const char *column, V T::*member, QString (*toKey)(V), V (*fromKey)(const QString &))
    {
        return {QLatin1String(column), [member, toKey](const T &r) { return QVariant(toKey(r.*member)); },
                [member, fromKey](T &r, const QVariant &d) { r.*member = fromKey(d.toString()); }};
    }

    // Anything else: a getter and a setter of the database value.
    static Field custom(const char *column, std::function<QVariant(const T &)> get, std::function<void(T &, const QVariant &)> set)
    {
        return {QLatin1String(column), std::move(get), std::move(set)};
    }

    // An edited record's map: id and uuid, the given fields, then the stamps
    // (created_at, updated_at, row_version), from the members every record has.
    static RecordMap record(const Table &table, const QList<Field> &fields)
    {
        return RecordMap(table, QList<Field>{field("id", &T::id), field("uuid", &T::uuid)} + fields
                                    + QList<Field>{field("created_at", &T::createdAt), field("updated_at", &T::updatedAt),
                                                   field("row_version", &T::rowVersion)});
    }

    RecordMap(const Table &table, QList<Field> fields) : m_table(table), m_fields(std::move(fields))
    {
        for (const Field &f : m_fields) {
            Q_ASSERT_X(table.hasColumn(f.column), "RecordMap", qPrintable(f.column));
            if (f.column != QLatin1String("id"))
                ++m_insertColumns;
        }
    }

    const Table &table() const { return m_table; }
    // The mapped columns, in the order of the fields.
    QStringList columns() const
    {
        QStringList names;
        for (const Field &f : m_fields)
            names << f.column;
        return names;
    }

    // "p.id, p.uuid, ..." for a SELECT that reads the fields (alias optional).
    QString selectList(const QString &alias = {}) const
    {
        QStringList names;
        for (const Field &f : m_fields)
            names << (alias.isEmpty() ? f.column : alias + QLatin1Char('.') + f.column);
        return names.join(QLatin1String(", "));
    }
    int size() const { return int(m_fields.size()); }

    // "INSERT INTO t (uuid, ...) VALUES (?, ...), (?, ...) RETURNING id" for every field but the key,
    // with `rows` rows of values (several rows per statement: a bulk insert
    // runs one statement per many rows, which SQLite and PostgreSQL take
    // alike), and the values for it, in that order: for a prepared statement
    // run many times. `returning`: the columns read back.
    QString insertSql(int rows = 1, const QString &returning = QStringLiteral("id")) const
    {
        QStringList names, marks;
        for (const Field &f : m_fields) {
            if (f.column != QLatin1String("id")) {
                names << f.column;
                marks << QStringLiteral("?");
            }
        }
        const QString row = QLatin1Char('(') + marks.join(QLatin1String(", ")) + QLatin1Char(')');
        QStringList values;
        for (int i = 0; i < rows; ++i)
            values << row;
        return QStringLiteral("INSERT INTO %1 (%2) VALUES %3 RETURNING %4")
            .arg(m_table.name(), names.join(QLatin1String(", ")), values.join(QLatin1String(", ")), returning);
    }
    // Binds `record` as the row `row` (from 0) of insertSql(rows).
    void bindInsert(QSqlQuery &q, const T &record, int row = 0) const
    {
        int i = row * m_insertColumns;
        for (const Field &f : m_fields) {
            if (f.column != QLatin1String("id"))
                q.bindValue(i++, f.get(record));
        }
    }
    QVariantMap toRow(const T &record) const
    {
        QVariantMap row;
        for (const Field &f : m_fields)
            row.insert(f.column, f.get(record));
        return row;
    }
    T fromRow(const QVariantMap &row) const
    {
        T record;
        for (const Field &f : m_fields) {
            const auto it = row.constFind(f.column);
            if (it != row.cend())
                f.set(record, *it);
        }
        return record;
    }
    // From a query that selected columns() (from `first` on), in that order.
    T fromQuery(const QSqlQuery &q, int first = 0) const
    {
        T record;
        for (int i = 0; i < m_fields.size(); ++i)
            m_fields.at(i).set(record, q.value(first + i));
        return record;
    }

private:
    const Table &m_table;
    QList<Field> m_fields;
    int m_insertColumns = 0; // the fields but the key: the values of one row of insertSql()
};

} // namespace fd
