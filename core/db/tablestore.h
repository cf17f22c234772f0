// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "db/table.h"

#include <QStringList>
#include <QVariantList>
#include <QVariantMap>

namespace fd {

class Database;

// Reads and writes the rows of one declared table: the SQL and its bound
// values come from the declaration, the store keeps the identity and stamps
// (uuid, created_at, updated_at, row_version), computes derived columns, and
// reports each change with the columns it touched. Repositories add the
// rules of their kind on top. Rows are maps in the database's own values
// (dates as ISO text...); RecordMap converts them to domain types.
class TableStore
{
public:
    TableStore(Database &db, const Table &table) : m_db(db), m_table(table) {}

    const Table &table() const { return m_table; }

    // "a.id, a.uuid, ..." for a SELECT of `columns` (default: all) with an optional table alias.
    QString columnList(const QStringList &columns = {}, const QString &alias = {}) const;

    Result<QList<QVariantMap>> select(const QString &where = {}, const QVariantList &values = {}, const QString &orderBy = {}) const;
    Result<QVariantMap> byId(qint64 id) const;

    // Inserts a row. Missing identity and stamps are filled in; the row as
    // stored (with its id) is returned.
    Result<QVariantMap> insert(QVariantMap row);

    // Writes the editable columns given in `values` to row `id`, if it is
    // still at `expectedVersion`; otherwise a conflict. Only columns whose
    // value differs are written and reported (a save without a change still
    // takes a new version and reports "row_version"). Returns the row as stored.
    Result<QVariantMap> update(qint64 id, qint64 expectedVersion, const QVariantMap &values, const QString &what = {});

    // Deletes row `id` if it is still at `expectedVersion`. The rows of other
    // tables that go with it (ON DELETE CASCADE) are announced as removed, by
    // id, and the records those rows belonged to as changed (an event whose
    // registrations went); rows that lose their reference (SET NULL) as
    // changed in that column.
    Status remove(qint64 id, qint64 expectedVersion, const QString &what = {});

    // The columns whose values differ between two rows, of those in `columns`.
    static QStringList differingColumns(const QVariantMap &before, const QVariantMap &after, const QStringList &columns);
    // A value as compared: 1 and true, or a date and its text, agree.
    static QString comparable(const QVariant &value);

private:
    Database &m_db;
    const Table &m_table;
};

} // namespace fd
