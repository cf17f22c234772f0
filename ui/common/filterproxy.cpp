// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterproxy.h"

#include "common/roles.h"
#include "common/textfold.h"

#include <QDate>

namespace fd {

FilterProxy::FilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(roles::SortRole);
    setDynamicSortFilter(true);
}

void FilterProxy::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    const QStringList words = foldKey(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_text = text;
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

void FilterProxy::setRowPredicate(RowPredicate predicate)
{
    m_predicate = std::move(predicate);
    invalidateRowsFilter();
}

bool FilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_predicate && !m_predicate(sourceRow, sourceParent))
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack = sourceModel()->index(sourceRow, 0, sourceParent).data(roles::FilterRole).toString();
    for (const QString &w : m_words) {
        if (!haystack.contains(w))
            return false;
    }
    return true;
}

bool FilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(roles::SortRole);
    const QVariant r = right.data(roles::SortRole);
    // Empty values sort last in ascending order, as in Excel.
    const bool lEmpty = l.isNull() || (l.typeId() == QMetaType::QString && l.toString().isEmpty());
    const bool rEmpty = r.isNull() || (r.typeId() == QMetaType::QString && r.toString().isEmpty());
    if (lEmpty != rEmpty)
        return sortOrder() == Qt::AscendingOrder ? rEmpty : lEmpty;
    if (l.typeId() == QMetaType::QString || r.typeId() == QMetaType::QString)
        return l.toString() < r.toString();
    if (l.typeId() == QMetaType::QDate)
        return l.toDate() < r.toDate();
    if (l.canConvert<double>() && r.canConvert<double>())
        return l.toDouble() < r.toDouble();
    return l.toString() < r.toString();
}

} // namespace fd
