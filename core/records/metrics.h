// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace fd {

class Database;

// One dated value of a metric (its chart's point).
struct MetricPoint {
    QDate date;
    qint64 value = 0;
};

// What a metric came to in a year, beside the year before. How a year is read
// follows the series' measure: a count per month (visits) is the average of
// the values dated in that year; a level (followers) is the last value on or
// before 31 December, which may have been measured in an earlier year.
struct MetricYear {
    enum class Measure { Level, PerMonth };

    qint64 seriesId = 0;
    QString name;
    QString unit;
    Measure measure = Measure::Level;
    int year = 0;
    std::optional<double> value;    // none: no value for the year
    std::optional<double> previous; // the year before

    // Absolute change on the year before; none without a value in both years.
    std::optional<double> change() const;
    // The change in percent of the year before; also none when that was 0.
    std::optional<double> changePercent() const;
};

// The reading of metric series and their values, for the Year page, the
// CLI and the chart alike.
class Metrics
{
    Q_DECLARE_TR_FUNCTIONS(Metrics)
public:
    explicit Metrics(Database &db) : m_db(db) {}

    // One series in `year`; NotFound for a series that does not exist.
    Result<MetricYear> year(qint64 seriesId, int year) const;
    // Every series in `year`, in the order of the Records page (by name).
    Result<QList<MetricYear>> allForYear(int year) const;
    // A series' values by date, oldest first.
    Result<QList<MetricPoint>> points(qint64 seriesId) const;

private:
    Result<QList<MetricYear>> read(int year, qint64 seriesId) const;

    Database &m_db;
};

// A metric's value as people read it: whole numbers with the locale's group
// separator ("6,900"), an average to one decimal ("4,166.7").
QString formatMetricValue(double value, const QLocale &locale = QLocale());
// "+1,234 (+12.5 %)", "−50 (−10 %)", "±0 (±0 %)"; without the percentage when
// the year before was 0; empty when there is no change to tell.
QString formatMetricChange(const MetricYear &metric, const QLocale &locale = QLocale());

} // namespace fd
