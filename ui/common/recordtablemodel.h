// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace fd {

// The rows of a list page: records read from a repository, each with its
// folded text for filter-as-you-type (roles::FilterRole) and the key it sorts
// by in its main column, both computed once per row (not at every comparison
// of a sort, which folds Unicode), kept current one row at a time as the
// notifier reports changes. Subclasses say how a record is identified, which
// words find it and how it sorts, and present the columns.
template<typename Item>
class RecordTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    const Item &item(int row) const { return m_rows.at(row); }
    int rowOf(qint64 id) const { return m_rowById.value(id, -1); }

protected:
    virtual qint64 idOf(const Item &item) const = 0;
    virtual QString filterText(const Item &item) const = 0;
    // The sort key of the main column (a name), served by sortKeyAt().
    virtual QString sortKey(const Item &item) const { Q_UNUSED(item); return {}; }

    // All rows anew (a reload, an import).
    void setRows(const QList<Item> &rows)
    {
        beginResetModel();
        m_rows = rows;
        m_keys.clear();
        m_keys.reserve(m_rows.size());
        for (const Item &i : std::as_const(m_rows))
            m_keys.append(keysOf(i));
        reindex();
        endResetModel();
    }

    // Reads the rows with these ids again: changed ones are updated, new ones
    // appended, those that are gone (or cannot be read) removed.
    void refreshRows(const QList<qint64> &ids, const std::function<Result<Item>(qint64 id)> &read)
    {
        for (qint64 id : ids) {
            const int row = rowOf(id);
            Result<Item> fresh = read(id);
            if (!fresh) {
                removeRowAt(row);
            } else if (row >= 0) {
                m_rows[row] = *fresh;
                m_keys[row] = keysOf(*fresh);
                emit dataChanged(index(row, 0), index(row, columnCount() - 1));
            } else {
                const int end = int(m_rows.size());
                beginInsertRows({}, end, end);
                m_rows.append(*fresh);
                m_keys.append(keysOf(*fresh));
                m_rowById.insert(id, end);
                endInsertRows();
            }
        }
    }

    void removeRows(const QList<qint64> &ids)
    {
        for (qint64 id : ids)
            removeRowAt(rowOf(id));
    }

    const QString &filterTextAt(int row) const { return m_keys.at(row).filter; }
    const QString &sortKeyAt(int row) const { return m_keys.at(row).sort; }
    const QList<Item> &rows() const { return m_rows; }

private:
    struct Keys {
        QString filter;
        QString sort;
    };
    Keys keysOf(const Item &item) const { return {filterText(item), sortKey(item)}; }

    void removeRowAt(int row)
    {
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        m_keys.removeAt(row);
        reindex();
        endRemoveRows();
    }

    void reindex()
    {
        m_rowById.clear();
        for (int i = 0; i < m_rows.size(); ++i)
            m_rowById.insert(idOf(m_rows.at(i)), i);
    }

    QList<Item> m_rows;
    QList<Keys> m_keys;
    QHash<qint64, int> m_rowById;
};

} // namespace fd
