// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterproxy.h"

#include "common/roles.h"
#include "common/textfold.h"

#include <QDate>
#include <QDateTime>

#include <algorithm>

namespace fd {

namespace {
// Past this many rows at once, a change is told as one layout change instead of row by row.
constexpr int RowByRowLimit = 50;
} // namespace

FilterProxy::FilterProxy(QObject *parent) : QAbstractProxyModel(parent) {}

void FilterProxy::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(model);
    if (model) {
        auto beginReset = [this] {
            if (!m_resetting) {
                m_resetting = true;
                beginResetModel();
            }
        };
        auto endReset = [this] {
            resetFromSource();
            if (m_resetting) {
                m_resetting = false;
                endResetModel();
            }
        };
        m_connections << connect(model, &QAbstractItemModel::modelAboutToBeReset, this, beginReset)
                      << connect(model, &QAbstractItemModel::modelReset, this, endReset)
                      // Rare in a flat list (a QStandardItemModel sorting itself): start over.
                      << connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, beginReset)
                      << connect(model, &QAbstractItemModel::layoutChanged, this, endReset)
                      << connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this, beginReset)
                      << connect(model, &QAbstractItemModel::rowsMoved, this, endReset)
                      << connect(model, &QAbstractItemModel::columnsAboutToBeInserted, this, beginReset)
                      << connect(model, &QAbstractItemModel::columnsInserted, this, endReset)
                      << connect(model, &QAbstractItemModel::columnsAboutToBeRemoved, this, beginReset)
                      << connect(model, &QAbstractItemModel::columnsRemoved, this, endReset)
                      << connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, &FilterProxy::onRowsAboutToBeRemoved)
                      << connect(model, &QAbstractItemModel::rowsRemoved, this, &FilterProxy::onRowsRemoved)
                      << connect(model, &QAbstractItemModel::rowsInserted, this, &FilterProxy::onRowsInserted)
                      << connect(model, &QAbstractItemModel::dataChanged, this, &FilterProxy::onDataChanged)
                      << connect(model, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
    }
    resetFromSource();
    endResetModel();
}

void FilterProxy::resetFromSource()
{
    readKeys();
    sortOrderOfAll();
    m_rows.clear();
    for (int row : std::as_const(m_order)) {
        if (accepts(row))
            m_rows.append(row);
    }
    rebuildReverse();
}

// --- filtering and sorting ------------------------------------------------------

void FilterProxy::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    const QStringList words = foldKey(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_text = text;
    if (words == m_words)
        return;
    // Typing on only narrows: every row the new words let through contains
    // each old word too, so only the rows shown now need looking at.
    const bool narrowing = std::all_of(m_words.cbegin(), m_words.cend(), [&words](const QString &old) {
        return std::any_of(words.cbegin(), words.cend(), [&old](const QString &w) { return w.contains(old); });
    });
    m_words = words;
    applyFilter(narrowing);
}

void FilterProxy::setRowPredicate(RowPredicate predicate)
{
    m_predicate = std::move(predicate);
    applyFilter(false);
}

void FilterProxy::refilter()
{
    applyFilter(false);
}

bool FilterProxy::accepts(int sourceRow) const
{
    if (m_predicate && !m_predicate(sourceRow, QModelIndex()))
        return false;
    const QString &haystack = m_filterTexts.at(sourceRow);
    for (const QString &w : m_words) {
        if (!haystack.contains(w))
            return false;
    }
    return true;
}

void FilterProxy::applyFilter(bool narrowing)
{
    if (!sourceModel())
        return;
    const QList<int> &candidates = narrowing ? m_rows : m_order;
    QList<int> rows;
    rows.reserve(candidates.size());
    for (int row : candidates) {
        if (accepts(row))
            rows.append(row);
    }
    setShownRows(std::move(rows));
}

void FilterProxy::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    const bool newColumn = column != m_sortColumn;
    m_sortColumn = column;
    m_sortOrder = order;
    if (!sourceModel())
        return;
    if (newColumn) {
        for (int row = 0; row < m_sortKeys.size(); ++row)
            m_sortKeys[row] = readSortKey(row);
    }
    sortOrderOfAll();
    QList<int> rows;
    rows.reserve(m_rows.size());
    for (int row : std::as_const(m_order)) {
        if (m_proxyRowOf.at(row) >= 0)
            rows.append(row);
    }
    setShownRows(std::move(rows));
}

bool FilterProxy::before(int a, int b) const
{
    if (m_sortColumn >= 0) {
        const SortKey &ka = m_sortKeys.at(a);
        const SortKey &kb = m_sortKeys.at(b);
        // Empty values sort last in either order, as in Excel.
        if (ka.kind == SortKey::Empty || kb.kind == SortKey::Empty) {
            if (ka.kind != kb.kind)
                return kb.kind == SortKey::Empty;
        } else {
            int c;
            if (ka.kind != kb.kind)
                c = ka.kind < kb.kind ? -1 : 1;
            else if (ka.kind == SortKey::Number)
                c = ka.number < kb.number ? -1 : (kb.number < ka.number ? 1 : 0);
            else
                c = QString::compare(ka.text, kb.text);
            if (c != 0)
                return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
        }
    }
    // Ties keep the source's order, so the order is total and stable.
    return a < b;
}

void FilterProxy::sortOrderOfAll()
{
    const int count = sourceModel() ? sourceModel()->rowCount() : 0;
    m_order.resize(count);
    for (int row = 0; row < count; ++row)
        m_order[row] = row;
    if (m_sortColumn >= 0)
        std::sort(m_order.begin(), m_order.end(), [this](int a, int b) { return before(a, b); });
}

int FilterProxy::insertPosition(const QList<int> &rows, int sourceRow) const
{
    return int(std::lower_bound(rows.cbegin(), rows.cend(), sourceRow, [this](int a, int b) { return before(a, b); }) - rows.cbegin());
}

FilterProxy::SortKey FilterProxy::readSortKey(int sourceRow) const
{
    SortKey key;
    if (m_sortColumn < 0 || m_sortColumn >= sourceModel()->columnCount())
        return key;
    const QVariant v = sourceModel()->index(sourceRow, m_sortColumn).data(roles::SortRole);
    switch (v.typeId()) {
    case QMetaType::UnknownType:
        break;
    case QMetaType::QDate:
        if (v.toDate().isValid()) {
            key.kind = SortKey::Number;
            key.number = double(v.toDate().toJulianDay());
        }
        break;
    case QMetaType::QDateTime:
        if (v.toDateTime().isValid()) {
            key.kind = SortKey::Number;
            key.number = double(v.toDateTime().toMSecsSinceEpoch());
        }
        break;
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        key.kind = SortKey::Number;
        key.number = v.toDouble();
        break;
    default:
        key.text = v.toString();
        if (!key.text.isEmpty())
            key.kind = SortKey::Text;
        break;
    }
    return key;
}

QString FilterProxy::readFilterText(int sourceRow) const
{
    return sourceModel()->index(sourceRow, 0).data(roles::FilterRole).toString();
}

void FilterProxy::readKeys()
{
    const int count = sourceModel() ? sourceModel()->rowCount() : 0;
    m_filterTexts.resize(count);
    m_sortKeys.resize(count);
    for (int row = 0; row < count; ++row) {
        m_filterTexts[row] = readFilterText(row);
        m_sortKeys[row] = readSortKey(row);
    }
}

void FilterProxy::rebuildReverse()
{
    m_proxyRowOf.fill(-1, m_filterTexts.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_proxyRowOf[m_rows.at(i)] = i;
}

void FilterProxy::setShownRows(QList<int> rows)
{
    if (rows == m_rows)
        return;
    // One layout change for the view, whatever came and went; the selection
    // and the current row follow their source rows, or go if those went.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList from = persistentIndexList();
    QList<int> fromSource;
    fromSource.reserve(from.size());
    for (const QModelIndex &index : from)
        fromSource << (index.isValid() && index.row() < m_rows.size() ? m_rows.at(index.row()) : -1);
    m_rows = std::move(rows);
    rebuildReverse();
    QModelIndexList to;
    to.reserve(from.size());
    for (int i = 0; i < from.size(); ++i) {
        const int row = fromSource.at(i) >= 0 ? m_proxyRowOf.at(fromSource.at(i)) : -1;
        to << (row >= 0 ? createIndex(row, from.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(from, to);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

// --- changes of the source ------------------------------------------------------

void FilterProxy::onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid() || m_resetting)
        return;
    QList<int> gone;
    for (int row = first; row <= last; ++row) {
        if (m_proxyRowOf.at(row) >= 0)
            gone << m_proxyRowOf.at(row);
    }
    if (gone.isEmpty())
        return;
    if (gone.size() > RowByRowLimit) {
        QList<int> rows;
        rows.reserve(m_rows.size());
        for (int row : std::as_const(m_rows)) {
            if (row < first || row > last)
                rows << row;
        }
        setShownRows(std::move(rows));
        return;
    }
    std::sort(gone.begin(), gone.end(), std::greater<int>());
    // Contiguous runs, from the bottom up, so that the rows above stay put.
    for (int i = 0; i < gone.size();) {
        int j = i;
        while (j + 1 < gone.size() && gone.at(j + 1) == gone.at(j) - 1)
            ++j;
        const int top = gone.at(j);
        const int bottom = gone.at(i);
        beginRemoveRows({}, top, bottom);
        m_rows.remove(top, bottom - top + 1);
        rebuildReverse();
        endRemoveRows();
        i = j + 1;
    }
}

void FilterProxy::onRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid() || m_resetting)
        return;
    const int count = last - first + 1;
    m_filterTexts.remove(first, count);
    m_sortKeys.remove(first, count);
    QList<int> order;
    order.reserve(m_order.size() - count);
    for (int row : std::as_const(m_order)) {
        if (row > last)
            order << row - count;
        else if (row < first)
            order << row;
    }
    m_order = std::move(order);
    for (int &row : m_rows) {
        if (row > last)
            row -= count;
    }
    rebuildReverse();
}

void FilterProxy::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid() || m_resetting)
        return;
    const int count = last - first + 1;
    for (int &row : m_order) {
        if (row >= first)
            row += count;
    }
    for (int &row : m_rows) {
        if (row >= first)
            row += count;
    }
    m_filterTexts.insert(first, count, QString());
    m_sortKeys.insert(first, count, SortKey());
    for (int row = first; row <= last; ++row) {
        m_filterTexts[row] = readFilterText(row);
        m_sortKeys[row] = readSortKey(row);
    }
    rebuildReverse();
    if (count > RowByRowLimit) {
        sortOrderOfAll();
        QList<int> rows;
        rows.reserve(m_rows.size() + count);
        for (int row : std::as_const(m_order)) {
            if (row >= first && row <= last ? accepts(row) : m_proxyRowOf.at(row) >= 0)
                rows << row;
        }
        setShownRows(std::move(rows));
        return;
    }
    for (int row = first; row <= last; ++row) {
        m_order.insert(insertPosition(m_order, row), row);
        if (!accepts(row))
            continue;
        const int at = insertPosition(m_rows, row);
        beginInsertRows({}, at, at);
        m_rows.insert(at, row);
        rebuildReverse();
        endInsertRows();
    }
}

void FilterProxy::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (!topLeft.isValid() || topLeft.parent().isValid() || m_resetting)
        return;
    const int first = topLeft.row();
    const int last = bottomRight.row();
    if (last - first + 1 <= RowByRowLimit) {
        for (int row = first; row <= last; ++row) {
            onRowChanged(row);
            const int shown = m_proxyRowOf.at(row);
            if (shown >= 0)
                emit dataChanged(index(shown, topLeft.column()), index(shown, bottomRight.column()), roles);
        }
        return;
    }
    for (int row = first; row <= last; ++row) {
        m_filterTexts[row] = readFilterText(row);
        m_sortKeys[row] = readSortKey(row);
    }
    sortOrderOfAll();
    applyFilter(false);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, topLeft.column()), index(int(m_rows.size()) - 1, bottomRight.column()), roles);
}

void FilterProxy::onRowChanged(int sourceRow)
{
    m_filterTexts[sourceRow] = readFilterText(sourceRow);
    m_sortKeys[sourceRow] = readSortKey(sourceRow);
    m_order.removeOne(sourceRow);
    m_order.insert(insertPosition(m_order, sourceRow), sourceRow);

    const int shownAt = m_proxyRowOf.at(sourceRow);
    const bool show = accepts(sourceRow);
    if (shownAt < 0 && show) {
        const int at = insertPosition(m_rows, sourceRow);
        beginInsertRows({}, at, at);
        m_rows.insert(at, sourceRow);
        rebuildReverse();
        endInsertRows();
    } else if (shownAt >= 0 && !show) {
        beginRemoveRows({}, shownAt, shownAt);
        m_rows.removeAt(shownAt);
        rebuildReverse();
        endRemoveRows();
    } else if (shownAt >= 0) {
        QList<int> rows = m_rows;
        rows.removeAt(shownAt);
        const int at = insertPosition(rows, sourceRow);
        if (at != shownAt) {
            // Its sort key changed: it moves, the selection with it.
            rows.insert(at, sourceRow);
            setShownRows(std::move(rows));
        }
    }
}

// --- the model ------------------------------------------------------------------

QModelIndex FilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_rows.size() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex FilterProxy::parent(const QModelIndex &) const
{
    return {};
}

int FilterProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool FilterProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_rows.isEmpty();
}

QModelIndex FilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.row() >= m_rows.size())
        return {};
    return sourceModel()->index(m_rows.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex FilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.parent().isValid() || sourceIndex.row() >= m_proxyRowOf.size())
        return {};
    const int row = m_proxyRowOf.at(sourceIndex.row());
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QVariant FilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!sourceModel())
        return {};
    if (orientation == Qt::Horizontal)
        return sourceModel()->headerData(section, orientation, role);
    if (section < 0 || section >= m_rows.size())
        return {};
    return sourceModel()->headerData(m_rows.at(section), orientation, role);
}

} // namespace fd
