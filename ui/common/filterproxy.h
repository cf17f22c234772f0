// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

#include <functional>

namespace fd {

// Filter-as-you-type over a model's FilterRole (folded text of the whole row):
// every word typed must occur, ignoring case and accents, so "mannh" finds
// Mannheim and "koln" finds Köln. Sorting uses SortRole. Extra conditions
// (a year, a status) come in as a predicate on the source row.
class FilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FilterProxy(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

    using RowPredicate = std::function<bool(int sourceRow, const QModelIndex &sourceParent)>;
    void setRowPredicate(RowPredicate predicate);
    // What the predicate looks at changed (a check box): filter again.
    void refilter() { invalidateRowsFilter(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    QStringList m_words;
    RowPredicate m_predicate;
};

} // namespace fd
