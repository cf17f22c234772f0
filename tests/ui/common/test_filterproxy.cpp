// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.hpp"

#include "common/filterproxy.h"
#include "common/roles.h"
#include "common/textfold.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QStandardItemModel>

using namespace fd;

namespace {

// A name per row, with its folded text to filter by and a sort key; column 1 a number.
void appendPerson(QStandardItemModel &model, const QString &name, int number)
{
    auto *item = new QStandardItem(name);
    item->setData(foldKey(name), roles::FilterRole);
    item->setData(foldKey(name), roles::SortRole);
    auto *second = new QStandardItem(QString::number(number));
    if (number >= 0)
        second->setData(number, roles::SortRole);
    model.appendRow({item, second});
}

QStringList shown(const QAbstractItemModel &proxy)
{
    QStringList names;
    for (int row = 0; row < proxy.rowCount(); ++row)
        names << proxy.index(row, 0).data().toString();
    return names;
}

struct Fixture {
    QStandardItemModel model;
    FilterProxy proxy;
    Fixture()
    {
        for (const auto &[name, n] : QList<std::pair<QString, int>>{{QStringLiteral("Köln"), 3},
                                                                   {QStringLiteral("Augsburg"), 1},
                                                                   {QStringLiteral("Mannheim"), -1},
                                                                   {QStringLiteral("Kiel"), 2}})
            appendPerson(model, name, n);
        proxy.setSourceModel(&model);
    }
};

} // namespace

TEST_CASE("The filter proxy finds rows by every folded word and sorts by the sort role", "[ui][filterproxy]")
{
    Fixture f;
    QAbstractItemModelTester tester(&f.proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(shown(f.proxy) == QStringList({"Köln", "Augsburg", "Mannheim", "Kiel"})); // unsorted: the source's order

    f.proxy.sort(0);
    CHECK(shown(f.proxy) == QStringList({"Augsburg", "Kiel", "Köln", "Mannheim"}));
    f.proxy.setFilterText(QStringLiteral("koln"));
    CHECK(shown(f.proxy) == QStringList({"Köln"}));
    f.proxy.setFilterText(QStringLiteral("K"));
    CHECK(shown(f.proxy) == QStringList({"Kiel", "Köln"}));
    f.proxy.setFilterText(QStringLiteral("k l"));
    CHECK(shown(f.proxy) == QStringList({"Kiel", "Köln"}));
    f.proxy.setFilterText(QStringLiteral("k ln"));
    CHECK(shown(f.proxy) == QStringList({"Köln"}));
    f.proxy.setFilterText(QString());
    CHECK(f.proxy.rowCount() == 4);

    // Numbers sort as numbers; a row without a value goes last in either order.
    f.proxy.sort(1, Qt::DescendingOrder);
    CHECK(shown(f.proxy) == QStringList({"Köln", "Kiel", "Augsburg", "Mannheim"}));
    f.proxy.sort(1, Qt::AscendingOrder);
    CHECK(shown(f.proxy) == QStringList({"Augsburg", "Kiel", "Köln", "Mannheim"}));

    f.proxy.setRowPredicate([&f](int row, const QModelIndex &) { return f.model.item(row, 0)->text() != QLatin1String("Kiel"); });
    CHECK(shown(f.proxy) == QStringList({"Augsburg", "Köln", "Mannheim"}));
}

TEST_CASE("A keystroke in the filter is one layout change that keeps the selected row", "[ui][filterproxy]")
{
    Fixture f;
    QAbstractItemModelTester tester(&f.proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    f.proxy.sort(0);
    QItemSelectionModel selection(&f.proxy);
    selection.setCurrentIndex(f.proxy.index(2, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows); // Köln
    QSignalSpy layouts(&f.proxy, &QAbstractItemModel::layoutChanged);
    QSignalSpy resets(&f.proxy, &QAbstractItemModel::modelReset);
    QSignalSpy removals(&f.proxy, &QAbstractItemModel::rowsRemoved);

    f.proxy.setFilterText(QStringLiteral("k"));
    CHECK(layouts.count() == 1);
    CHECK(resets.count() == 0);
    CHECK(removals.count() == 0);
    REQUIRE(selection.currentIndex().isValid());
    CHECK(selection.currentIndex().data().toString() == QStringLiteral("Köln"));
    CHECK(selection.isRowSelected(selection.currentIndex().row()));

    // Typing on that changes nothing shown tells the view nothing.
    f.proxy.setFilterText(QStringLiteral("k "));
    CHECK(layouts.count() == 1);
}

TEST_CASE("A changed source row moves to its sorted place, and leaves or joins the filtered rows", "[ui][filterproxy]")
{
    Fixture f;
    QAbstractItemModelTester tester(&f.proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    f.proxy.sort(0);
    f.proxy.setFilterText(QStringLiteral("k"));
    REQUIRE(shown(f.proxy) == QStringList({"Kiel", "Köln"}));
    QItemSelectionModel selection(&f.proxy);
    selection.setCurrentIndex(f.proxy.index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows); // Kiel

    // Kiel renamed to Zwickau: it moves after Köln, the selection with it.
    QStandardItem *kiel = f.model.item(3, 0);
    kiel->setData(foldKey(QStringLiteral("Zwickau")), roles::SortRole);
    kiel->setData(foldKey(QStringLiteral("Zwickau k")), roles::FilterRole);
    kiel->setText(QStringLiteral("Zwickau"));
    CHECK(shown(f.proxy) == QStringList({"Köln", "Zwickau"}));
    CHECK(selection.currentIndex().data().toString() == QStringLiteral("Zwickau"));

    // Augsburg now matches "k": it joins at its place.
    QSignalSpy inserted(&f.proxy, &QAbstractItemModel::rowsInserted);
    f.model.item(1, 0)->setData(QStringLiteral("augsburg k"), roles::FilterRole);
    CHECK(inserted.count() == 1);
    CHECK(shown(f.proxy) == QStringList({"Augsburg", "Köln", "Zwickau"}));

    // Rows added to and removed from the source.
    appendPerson(f.model, QStringLiteral("Karlsruhe"), 5);
    CHECK(shown(f.proxy) == QStringList({"Augsburg", "Karlsruhe", "Köln", "Zwickau"}));
    f.model.removeRow(0); // Köln
    CHECK(shown(f.proxy) == QStringList({"Augsburg", "Karlsruhe", "Zwickau"}));
    CHECK(selection.currentIndex().data().toString() == QStringLiteral("Zwickau"));
    CHECK(f.proxy.mapToSource(f.proxy.index(2, 0)).row() == 2);
    CHECK(f.proxy.mapFromSource(f.model.index(3, 0)).data().toString() == QStringLiteral("Karlsruhe"));
}
