// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "common/roles.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>

namespace fd {

// One column of a list, declared once: its header and, for a record, the text
// it shows, the value it sorts by, its colour, font and tooltip. A kind's list
// model is a table of these, not a switch per role.
template<typename Item>
struct RecordColumn {
    using Value = std::function<QVariant(const Item &item)>;

    std::function<QString()> header; // called each time: follows the language
    Value display;
    Value sortValue;                 // roles::SortRole; unset: the row's sortKey() (the main column) or the text shown
    Value tone;                      // Qt::ForegroundRole; invalid: the row's tone
    Value font;
    Value tooltip;
    Qt::Alignment alignment = {};
    bool sortsByRowKey = false;

    RecordColumn &sortBy(Value v) { sortValue = std::move(v); return *this; }
    // Sorts by the key computed once per row (sortKey()), not at every read.
    RecordColumn &sortByRowKey() { sortsByRowKey = true; return *this; }
    RecordColumn &withTone(Value v) { tone = std::move(v); return *this; }
    RecordColumn &withFont(Value v) { font = std::move(v); return *this; }
    RecordColumn &withTooltip(Value v) { tooltip = std::move(v); return *this; }
    RecordColumn &alignRight() { alignment = Qt::AlignRight | Qt::AlignVCenter; return *this; }
};

// The rows of a list page: records read from a repository, each with its
// folded text for filter-as-you-type (roles::FilterRole) and the key it sorts
// by in its main column, both computed once per row, kept current one row at
// a time as the notifier reports changes: rows change in place (dataChanged),
// come and go one by one, and even a reload of everything (an import) merges
// by id instead of resetting, so that views keep their selection, current row
// and scroll position and an editor beside them keeps what is being typed.
// Subclasses say how a record is identified and which words find it, and
// declare their columns with addColumn().
template<typename Item>
class RecordTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;
    using Column = RecordColumn<Item>;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_columns.size()); }
    const Item &item(int row) const { return m_rows.at(row); }
    int rowOf(qint64 id) const { return m_rowById.value(id, -1); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_columns.size())
            return {};
        const Item &it = m_rows.at(index.row());
        const Column &c = m_columns.at(index.column());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole: return c.display(it);
        case roles::SortRole:
            if (c.sortsByRowKey)
                return sortKeyAt(index.row());
            return c.sortValue ? c.sortValue(it) : c.display(it);
        case roles::FilterRole: return filterTextAt(index.row());
        case roles::IdRole: return idOf(it);
        case roles::StatusRole: return statusOf(it);
        case Qt::TextAlignmentRole: return c.alignment ? QVariant(int(c.alignment)) : QVariant();
        case Qt::ForegroundRole: {
            const QVariant v = c.tone ? c.tone(it) : QVariant();
            return v.isValid() ? v : rowTone(it);
        }
        case Qt::FontRole: return c.font ? c.font(it) : QVariant();
        case Qt::ToolTipRole: return c.tooltip ? c.tooltip(it) : QVariant();
        }
        return {};
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_columns.size())
            return m_columns.at(section).header();
        return QAbstractTableModel::headerData(section, orientation, role);
    }

protected:
    virtual qint64 idOf(const Item &item) const = 0;
    virtual QString filterText(const Item &item) const = 0;
    // The sort key of the main column (a name), served by sortKeyAt().
    virtual QString sortKey(const Item &item) const { Q_UNUSED(item); return {}; }
    // roles::StatusRole and the colour of a whole row (a past event, a former member).
    virtual QVariant statusOf(const Item &item) const { Q_UNUSED(item); return {}; }
    virtual QVariant rowTone(const Item &item) const { Q_UNUSED(item); return {}; }

    // Declares the next column; call in the constructor, in the order of the Column enum.
    Column &addColumn(std::function<QString()> header, typename Column::Value display)
    {
        Column c;
        c.header = std::move(header);
        c.display = std::move(display);
        m_columns.append(std::move(c));
        return m_columns.last();
    }

    // All rows anew. The first time (or when empty) a reset; afterwards the
    // rows are merged by id: gone ones removed, the others updated in place,
    // new ones appended.
    void setRows(const QList<Item> &rows)
    {
        if (m_rows.isEmpty() || rows.isEmpty())
            resetRows(rows);
        else
            mergeRows(rows);
    }

    // Other rows altogether (another event's registrations): a reset.
    void resetRows(const QList<Item> &rows)
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
            Result<Item> fresh = read(id);
            if (!fresh)
                removeRowAt(rowOf(id));
            else
                putRow(*fresh);
        }
    }

    // Rows read elsewhere (several at once): each replaces its row or is appended.
    void putRows(const QList<Item> &items)
    {
        for (const Item &i : items)
            putRow(i);
    }

    void removeRows(const QList<qint64> &ids)
    {
        for (qint64 id : ids)
            removeRowAt(rowOf(id));
    }

    // The ids of the rows for which `test` holds.
    QList<qint64> idsWhere(const std::function<bool(const Item &)> &test) const
    {
        QList<qint64> ids;
        for (const Item &i : m_rows) {
            if (test(i))
                ids << idOf(i);
        }
        return ids;
    }

    // Every row's keys and cells may differ (the date of "today" moved on, a
    // label changed): computed again, and the view told in one signal.
    void refreshAll()
    {
        for (int row = 0; row < m_rows.size(); ++row)
            m_keys[row] = keysOf(m_rows.at(row));
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
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

    void putRow(const Item &fresh)
    {
        const qint64 id = idOf(fresh);
        const int row = rowOf(id);
        if (row >= 0) {
            m_rows[row] = fresh;
            m_keys[row] = keysOf(fresh);
            emit dataChanged(index(row, 0), index(row, columnCount() - 1));
        } else {
            const int end = int(m_rows.size());
            beginInsertRows({}, end, end);
            m_rows.append(fresh);
            m_keys.append(keysOf(fresh));
            m_rowById.insert(id, end);
            endInsertRows();
        }
    }

    void mergeRows(const QList<Item> &rows)
    {
        QHash<qint64, int> fresh;
        fresh.reserve(rows.size());
        for (int i = 0; i < rows.size(); ++i)
            fresh.insert(idOf(rows.at(i)), i);
        // Gone: removed in runs from the bottom up.
        for (int row = int(m_rows.size()) - 1; row >= 0;) {
            if (fresh.contains(idOf(m_rows.at(row)))) {
                --row;
                continue;
            }
            int top = row;
            while (top > 0 && !fresh.contains(idOf(m_rows.at(top - 1))))
                --top;
            beginRemoveRows({}, top, row);
            m_rows.remove(top, row - top + 1);
            m_keys.remove(top, row - top + 1);
            endRemoveRows();
            row = top - 1;
        }
        reindex();
        // Kept: updated in place, the view told in one signal.
        QSet<qint64> kept;
        for (int row = 0; row < m_rows.size(); ++row) {
            const Item &i = rows.at(fresh.value(idOf(m_rows.at(row))));
            kept.insert(idOf(i));
            m_rows[row] = i;
            m_keys[row] = keysOf(i);
        }
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        // New: appended at once.
        QList<Item> added;
        for (const Item &i : rows) {
            if (!kept.contains(idOf(i)))
                added << i;
        }
        if (added.isEmpty())
            return;
        const int end = int(m_rows.size());
        beginInsertRows({}, end, end + int(added.size()) - 1);
        for (const Item &i : std::as_const(added)) {
            m_rowById.insert(idOf(i), int(m_rows.size()));
            m_rows.append(i);
            m_keys.append(keysOf(i));
        }
        endInsertRows();
    }

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
        m_rowById.reserve(m_rows.size());
        for (int i = 0; i < m_rows.size(); ++i)
            m_rowById.insert(idOf(m_rows.at(i)), i);
    }

    QList<Column> m_columns;
    QList<Item> m_rows;
    QList<Keys> m_keys;
    QHash<qint64, int> m_rowById;
};

} // namespace fd
