// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractProxyModel>
#include <QStringList>

#include <functional>

namespace fd {

// Filter-as-you-type over a flat model's FilterRole (folded text of the whole
// row): every word typed must occur, ignoring case and accents, so "mannh"
// finds Mannheim and "koln" finds Köln. Sorting uses SortRole; empty values
// sort last, ties keep the source's order. Extra conditions (a year, a
// status) come in as a predicate on the source row.
//
// Not a QSortFilterProxyModel: that one tells the view about every run of
// rows a keystroke hides or shows, and the view lays itself out again for
// each (over 20,000 people a key cost up to 260 ms). This proxy keeps the
// source rows in sorted order with their folded texts and sort keys read once,
// filters that vector in one pass, and tells the view in one layout change;
// selection and current row follow their records. Changes of single source
// rows (the notifier's in-place updates) move, insert or remove just those rows.
class FilterProxy : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit FilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

    using RowPredicate = std::function<bool(int sourceRow, const QModelIndex &sourceParent)>;
    void setRowPredicate(RowPredicate predicate);
    // What the predicate looks at changed (a check box): filter again.
    void refilter();

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    // A sort value read once per row: numbers and dates as numbers, the rest as text.
    struct SortKey {
        enum Kind : quint8 { Empty, Number, Text } kind = Empty;
        double number = 0;
        QString text;
    };

    // Source row `a` before source row `b` in the current order.
    bool before(int a, int b) const;
    bool accepts(int sourceRow) const;
    SortKey readSortKey(int sourceRow) const;
    QString readFilterText(int sourceRow) const;
    void readKeys();
    void sortOrderOfAll();
    // Filters m_order (or, when the filter only narrowed, the rows shown) and
    // tells the view in one layout change.
    void applyFilter(bool narrowing);
    void setShownRows(QList<int> rows);
    void rebuildReverse();
    int insertPosition(const QList<int> &rows, int sourceRow) const;

    void onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void onRowsRemoved(const QModelIndex &parent, int first, int last);
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void onRowChanged(int sourceRow);
    void resetFromSource();

    QString m_text;
    QStringList m_words;
    RowPredicate m_predicate;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    QList<QString> m_filterTexts; // per source row
    QList<SortKey> m_sortKeys;    // per source row, of m_sortColumn
    QList<int> m_order;           // all source rows in sort order
    QList<int> m_rows;            // proxy row -> source row (shown rows, in order)
    QList<int> m_proxyRowOf;      // source row -> proxy row, or -1
    QList<QMetaObject::Connection> m_connections;
    bool m_resetting = false;
};

} // namespace fd
