// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.hpp"
#include "testdb.h"

#include "records/metrics.h"
#include "records/recordkind.h"

using namespace fd;

namespace {

// Series whose figures are worked out by hand below.
struct MetricsFixture {
    test::TempDatabase t;
    qint64 visits = 0, followers = 0, zero = 0, empty = 0;

    MetricsFixture()
    {
        visits = series(QStringLiteral("Visits"), QStringLiteral("visits"), QStringLiteral("per_month"));
        value(visits, "2022-12-31", 77777); // the day before 2023: not in it
        value(visits, "2023-01-31", 100);
        value(visits, "2023-02-28", 200);   // 2023: (100 + 200) / 2 = 150
        value(visits, "2024-01-01", 1000);  // the first day of 2024
        value(visits, "2024-02-29", 1500);  // a leap day
        value(visits, "2024-12-31", 2000);  // the last day: 2024 is (1000 + 1500 + 2000) / 3 = 1500
        value(visits, "2025-01-01", 99999); // the day after 2024: not in it

        followers = series(QStringLiteral("Followers"), QString(), QStringLiteral("level"));
        value(followers, "2022-06-30", 300); // still the level at the end of 2023
        value(followers, "2024-02-29", 420);
        value(followers, "2024-12-31", 450); // the level at the end of 2024
        value(followers, "2025-01-01", 500);

        zero = series(QStringLiteral("Zero before"), QString(), QStringLiteral("level"));
        value(zero, "2023-05-01", 0);
        value(zero, "2024-05-01", 10);

        empty = series(QStringLiteral("Nothing yet"), QString(), QStringLiteral("per_month"));
    }

    qint64 series(const QString &name, const QString &unit, const QString &measure)
    {
        QVariantMap row{{QStringLiteral("name"), name}, {QStringLiteral("measure"), measure}};
        if (!unit.isEmpty())
            row.insert(QStringLiteral("unit"), unit);
        auto created = Records(t.db(), *findRecordKind(QStringLiteral("metrics"))).create(row);
        if (!created)
            FAIL(created.error().toString().toStdString());
        return created->id;
    }

    void value(qint64 seriesId, const char *date, qint64 v)
    {
        auto created = Records(t.db(), *findRecordKind(QStringLiteral("metric-values")))
                           .create({{QStringLiteral("series_id"), seriesId}, {QStringLiteral("measured_on"), QString::fromLatin1(date)},
                                    {QStringLiteral("value"), v}});
        if (!created)
            FAIL(created.error().toString().toStdString());
    }

    MetricYear year(qint64 id, int y)
    {
        auto m = Metrics(t.db()).year(id, y);
        REQUIRE(m);
        return *m;
    }
};

} // namespace

TEST_CASE("A per-month metric's year is the average of the values dated in it, its first and last day and 29 February included", "[records][metrics]")
{
    MetricsFixture f;
    const MetricYear m = f.year(f.visits, 2024);
    CHECK(m.name == QStringLiteral("Visits"));
    CHECK(m.unit == QStringLiteral("visits"));
    CHECK(m.measure == MetricYear::Measure::PerMonth);
    REQUIRE(m.value);
    CHECK(*m.value == 1500.0);
    REQUIRE(m.previous);
    CHECK(*m.previous == 150.0);
    REQUIRE(m.change());
    CHECK(*m.change() == 1350.0);
    REQUIRE(m.changePercent());
    CHECK(*m.changePercent() == 900.0);
}

TEST_CASE("A per-month metric has no value in a year without values, and then no change", "[records][metrics]")
{
    MetricsFixture f;
    const MetricYear m = f.year(f.visits, 2026);
    CHECK_FALSE(m.value);
    REQUIRE(m.previous);
    CHECK(*m.previous == 99999.0);
    CHECK_FALSE(m.change());
    CHECK_FALSE(m.changePercent());
    CHECK(formatMetricChange(m, QLocale(QLocale::English)).isEmpty());
    const MetricYear none = f.year(f.empty, 2024);
    CHECK_FALSE(none.value);
    CHECK_FALSE(none.previous);
}

TEST_CASE("A level metric's year is its last value on or before 31 December, also one measured years earlier", "[records][metrics]")
{
    MetricsFixture f;
    const MetricYear m = f.year(f.followers, 2024);
    CHECK(m.measure == MetricYear::Measure::Level);
    REQUIRE(m.value);
    CHECK(*m.value == 450.0);
    REQUIRE(m.previous);
    CHECK(*m.previous == 300.0); // from June 2022: nothing was measured in 2023
    CHECK(*m.change() == 150.0);
    CHECK(*m.changePercent() == 50.0);
    // Unchanged since 2025: the same level, no change.
    const MetricYear later = f.year(f.followers, 2026);
    CHECK(*later.value == 500.0);
    CHECK(*later.change() == 0.0);
    // Before the first value there is none.
    const MetricYear first = f.year(f.followers, 2022);
    CHECK(*first.value == 300.0);
    CHECK_FALSE(first.previous);
    CHECK_FALSE(first.change());
    CHECK_FALSE(f.year(f.followers, 2021).value);
}

TEST_CASE("A change on a year before of 0 has no percentage", "[records][metrics]")
{
    MetricsFixture f;
    const MetricYear m = f.year(f.zero, 2024);
    CHECK(*m.change() == 10.0);
    CHECK_FALSE(m.changePercent());
    CHECK(formatMetricChange(m, QLocale(QLocale::English)) == QStringLiteral("+10"));
}

TEST_CASE("Every metric's year is read at once, by name, and a metric that does not exist is not found", "[records][metrics]")
{
    MetricsFixture f;
    auto all = Metrics(f.t.db()).allForYear(2024);
    REQUIRE(all);
    QStringList names;
    for (const MetricYear &m : std::as_const(*all))
        names << m.name;
    CHECK(names == QStringList{QStringLiteral("Followers"), QStringLiteral("Nothing yet"), QStringLiteral("Visits"), QStringLiteral("Zero before")});
    CHECK(*all->at(2).value == 1500.0);
    auto missing = Metrics(f.t.db()).year(f.visits + 1000, 2024);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == Error::Code::NotFound);
}

TEST_CASE("A metric's points come oldest first with their dates", "[records][metrics]")
{
    MetricsFixture f;
    auto points = Metrics(f.t.db()).points(f.followers);
    REQUIRE(points);
    REQUIRE(points->size() == 4);
    CHECK(points->at(0).date == QDate(2022, 6, 30));
    CHECK(points->at(0).value == 300);
    CHECK(points->at(1).date == QDate(2024, 2, 29));
    CHECK(points->at(3).value == 500);
    CHECK(Metrics(f.t.db()).points(f.empty)->isEmpty());
}

TEST_CASE("Metric values and changes read with the locale's separators, an average to one decimal", "[records][metrics]")
{
    const QLocale en(QLocale::English);
    const QLocale de(QLocale::German);
    CHECK(formatMetricValue(6900, en) == QStringLiteral("6,900"));
    CHECK(formatMetricValue(6900, de) == QStringLiteral("6.900"));
    CHECK(formatMetricValue(5.0 / 3.0, en) == QStringLiteral("1.7"));
    CHECK(formatMetricValue(4166.0 + 2.0 / 3.0, de) == QStringLiteral("4.166,7"));
    CHECK(formatMetricValue(2.96, en) == QStringLiteral("3"));
    MetricYear m;
    m.value = 1500;
    m.previous = 150;
    CHECK(formatMetricChange(m, en) == QStringLiteral("+1,350 (+900 %)"));
    m.value = 135;
    CHECK(formatMetricChange(m, de) == QStringLiteral("−15 (−10 %)"));
    m.value = 150;
    CHECK(formatMetricChange(m, en) == QStringLiteral("±0 (±0 %)"));
}
