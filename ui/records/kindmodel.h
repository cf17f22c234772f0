// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/recordtablemodel.h"
#include "db/notifier.h"
#include "records/recordkind.h"

namespace fd {

class Database;

// The records of one declared kind, with the kind's list columns: dates as
// the language writes them, allowed values as words, references by name.
// Kept current row by row by the notifier.
class KindModel : public RecordTableModel<Record>
{
    Q_OBJECT
public:
    // A child kind's rows of one record (`parentId`), or every row of a kind.
    KindModel(Database &db, const RecordKind &kind, QObject *parent = nullptr, qint64 parentId = 0);
    void reload();
    // Another record's rows (a child kind).
    void setParentId(qint64 parentId);
    qint64 parentId() const { return m_parentId; }
    const RecordKind &kind() const { return m_kind; }
    // The list column that holds `column` of the table, or -1.
    int columnOf(const QString &column) const { return int(m_kind.listColumns.indexOf(column)); }

    // A value as the list shows it.
    static QString displayText(const fd::Column &column, const Record &record);

protected:
    qint64 idOf(const Record &r) const override { return r.id; }
    QString filterText(const Record &r) const override;
    QString sortKey(const Record &r) const override;

private:
    void onChanged(Entity entity, ChangeKind kind, const QList<qint64> &ids);

    Database &m_db;
    const RecordKind &m_kind;
    qint64 m_parentId = 0;
};

} // namespace fd
