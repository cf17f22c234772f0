// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.hpp"
#include "uitest.h"

#include "app/session.h"
#include "common/dateedit.h"
#include "common/dates.h"
#include "db/database.h"
#include "records/childrows.h"
#include "records/kindeditor.h"
#include "records/kindpage.h"
#include "records/metricchart.h"
#include "records/metricpanel.h"
#include "records/recordkind.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QImage>
#include <QTest>

using namespace fd;

TEST_CASE("The metric chart draws nothing without values, one value in the middle, and many from left to right", "[ui][records][metrics]")
{
    MetricChart chart;
    chart.resize(400, 220);
    CHECK(chart.drawnPoints().isEmpty());
    CHECK(chart.dateLabels().isEmpty());

    chart.setPoints({{QDate(2024, 2, 29), 570}});
    QList<QPointF> one = chart.drawnPoints();
    REQUIRE(one.size() == 1);
    CHECK(chart.dateLabels() == QStringList{formatDate(QDate(2024, 2, 29))});
    // In the middle of the plot, and inside the widget.
    CHECK(one.first().x() > 100);
    CHECK(one.first().x() < 300);
    CHECK(chart.rect().contains(one.first().toPoint()));

    chart.setPoints({{QDate(2024, 1, 31), 1000}, {QDate(2024, 2, 29), 2500}, {QDate(2024, 3, 31), 1500}, {QDate(2024, 12, 31), 25000}});
    const QList<QPointF> many = chart.drawnPoints();
    REQUIRE(many.size() == 4);
    for (int i = 1; i < many.size(); ++i)
        CHECK(many.at(i).x() > many.at(i - 1).x());
    // Higher values are drawn higher up.
    CHECK(many.at(1).y() < many.at(0).y());
    CHECK(many.at(3).y() < many.at(1).y());
    // Dates in the UI language from the first to the last value; values with the thousands separator.
    CHECK(chart.dateLabels().first() == formatDate(QDate(2024, 1, 31)));
    CHECK(chart.dateLabels().last() == formatDate(QDate(2024, 12, 31)));
    CHECK(chart.valueLabels().contains(QStringLiteral("25,000")));

    // Wider: the same values spread further.
    chart.resize(800, 220);
    const QList<QPointF> wide = chart.drawnPoints();
    CHECK(wide.last().x() - wide.first().x() > many.last().x() - many.first().x());
    CHECK(chart.dateLabels().size() >= 2);

    // Dark mode: the chart paints in the palette's colours.
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(30, 30, 30));
    dark.setColor(QPalette::Window, QColor(45, 45, 45));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    dark.setColor(QPalette::Mid, QColor(90, 90, 90));
    dark.setColor(QPalette::Highlight, QColor(80, 160, 230));
    chart.setPalette(dark);
    const QImage image = chart.grab().toImage();
    CHECK(image.pixelColor(chart.width() / 2, 3) == QColor(30, 30, 30));
    test::screenshot(&chart, QStringLiteral("metric-chart-dark"));
}

TEST_CASE("Adding a value to a metric in its form changes what its chart draws and the year's line above it", "[ui][records][metrics]")
{
    test::UiFixture ui;
    Database &db = ui.window().session()->db();
    const RecordKind &metrics = *findRecordKind(QStringLiteral("metrics"));
    const RecordKind &values = *findRecordKind(QStringLiteral("metric-values"));
    auto series = Records(db, metrics).create(
        {{QStringLiteral("name"), QStringLiteral("Besuche der Webseite")}, {QStringLiteral("unit"), QStringLiteral("visits")}, {QStringLiteral("measure"), QStringLiteral("per_month")}});
    REQUIRE(series);
    for (const auto &[day, value] : {std::pair{"2023-06-30", 5000}, {"2024-01-31", 6000}, {"2024-02-29", 6400}})
        REQUIRE(Records(db, values).create({{QStringLiteral("series_id"), series->id}, {QStringLiteral("measured_on"), QString::fromLatin1(day)}, {QStringLiteral("value"), value}}));

    auto *page = ui.recordsTab<KindPage>(QStringLiteral("metrics"));
    REQUIRE(page);
    page->selectId(series->id);
    auto *panel = qobject_cast<MetricPanel *>(page->kindEditor()->extra());
    REQUIRE(panel);
    REQUIRE(panel->isVisible());
    MetricChart *chart = panel->chart();
    CHECK(chart->points().size() == 3);
    CHECK(chart->drawnPoints().size() == 3);
    CHECK(panel->summary()->text() == QStringLiteral("2024: monthly average 6,200 visits, +1,200 (+24 %) on 2023"));
    const QList<QPointF> before = chart->drawnPoints();

    // A value for March, added in the small form below the values.
    ChildRows *rows = page->kindEditor()->childRows(QStringLiteral("metric-values"));
    REQUIRE(rows);
    test::onNextModal([&](QWidget *dialog) {
        auto *editor = dialog->findChild<KindEditor *>();
        REQUIRE(editor);
        auto *date = qobject_cast<DateEdit *>(editor->field(QStringLiteral("measured_on")));
        REQUIRE(date);
        date->setDate(QDate(2024, 3, 31));
        auto *value = qobject_cast<QLineEdit *>(editor->field(QStringLiteral("value")));
        REQUIRE(value);
        value->setFocus();
        test::typeText(value, QStringLiteral("8600"));
        QTest::keyClick(value, Qt::Key_Return);
    });
    rows->addRow();
    REQUIRE(Records(db, values).listOf(series->id)->size() == 4);
    REQUIRE(chart->points().size() == 4);
    CHECK(chart->points().last().date == QDate(2024, 3, 31));
    CHECK(chart->points().last().value == 8600);
    const QList<QPointF> after = chart->drawnPoints();
    REQUIRE(after.size() == 4);
    CHECK(after.at(1) != before.at(1)); // the dates' scale reaches further now
    CHECK(after.last().y() < after.at(2).y());
    CHECK(chart->dateLabels().last() == formatDate(QDate(2024, 3, 31)));
    CHECK(panel->summary()->text() == QStringLiteral("2024: monthly average 7,000 visits, +2,000 (+40 %) on 2023"));
    test::screenshot(&ui.window(), QStringLiteral("records-metric-chart"));

    // Undo takes the value out of the chart again.
    ui.window().undoAction()->trigger();
    CHECK(chart->points().size() == 3);
    CHECK(chart->drawnPoints() == before);
}

TEST_CASE("A metric's form shows no chart for nothing selected, and other kinds' forms have no extra part", "[ui][records][metrics]")
{
    test::UiFixture ui(false);
    auto *page = ui.recordsTab<KindPage>(QStringLiteral("metrics"));
    REQUIRE(page);
    auto *panel = qobject_cast<MetricPanel *>(page->kindEditor()->extra());
    REQUIRE(panel);
    CHECK_FALSE(panel->isEnabled());
    CHECK(panel->chart()->points().isEmpty());
    for (const RecordKind &kind : recordKinds()) {
        if (kind.name != QLatin1String("metrics"))
            CHECK_FALSE(ui.recordsTab<KindPage>(kind.name)->kindEditor()->extra());
    }
}
