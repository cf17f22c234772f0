// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics.h"

#include "common/dates.h"
#include "db/rowio.h"

#include <cmath>

namespace fd {

std::optional<double> MetricYear::change() const
{
    if (!value || !previous)
        return std::nullopt;
    return *value - *previous;
}

std::optional<double> MetricYear::changePercent() const
{
    if (!value || !previous || *previous == 0)
        return std::nullopt;
    return (*value - *previous) / std::abs(*previous) * 100.0;
}

Result<QList<MetricYear>> Metrics::read(int year, qint64 seriesId) const
{
    // Dates are ISO text: a year is [1 January, next 1 January), compared as
    // text here and as dates in PostgreSQL; "on or before 31 December" is
    // "before next 1 January". b: this year's bounds (ys, yn), the year before's (ps).
    QString sql = QStringLiteral(
        "WITH b(ys, yn, ps) AS (SELECT ?, ?, ?) "
        "SELECT s.id AS id, s.name AS name, s.unit AS unit, s.measure AS measure, "
        "(SELECT SUM(v.value) FROM metric_values v WHERE v.series_id = s.id AND v.measured_on >= b.ys AND v.measured_on < b.yn) AS sum_now, "
        "(SELECT COUNT(*) FROM metric_values v WHERE v.series_id = s.id AND v.measured_on >= b.ys AND v.measured_on < b.yn) AS n_now, "
        "(SELECT SUM(v.value) FROM metric_values v WHERE v.series_id = s.id AND v.measured_on >= b.ps AND v.measured_on < b.ys) AS sum_before, "
        "(SELECT COUNT(*) FROM metric_values v WHERE v.series_id = s.id AND v.measured_on >= b.ps AND v.measured_on < b.ys) AS n_before, "
        "(SELECT v.value FROM metric_values v WHERE v.series_id = s.id AND v.measured_on < b.yn ORDER BY v.measured_on DESC LIMIT 1) AS end_now, "
        "(SELECT v.value FROM metric_values v WHERE v.series_id = s.id AND v.measured_on < b.ys ORDER BY v.measured_on DESC LIMIT 1) AS end_before "
        "FROM b CROSS JOIN metric_series s");
    QVariantList values = {toDbDate(QDate(year, 1, 1)), toDbDate(QDate(year + 1, 1, 1)), toDbDate(QDate(year - 1, 1, 1))};
    if (seriesId > 0) {
        sql += QLatin1String(" WHERE s.id = ?");
        values << seriesId;
    }
    sql += QLatin1String(" ORDER BY s.name, s.id"); // the metrics kind's own order
    auto rows = selectRows(m_db, sql, values);
    if (!rows)
        return rows.error();
    QList<MetricYear> list;
    list.reserve(rows->size());
    for (const QVariantMap &row : std::as_const(*rows)) {
        MetricYear m;
        m.seriesId = row.value(QStringLiteral("id")).toLongLong();
        m.name = row.value(QStringLiteral("name")).toString();
        m.unit = row.value(QStringLiteral("unit")).toString();
        m.measure = row.value(QStringLiteral("measure")).toString() == QLatin1String("per_month") ? MetricYear::Measure::PerMonth
                                                                                                 : MetricYear::Measure::Level;
        m.year = year;
        auto average = [&row](const char *sum, const char *count) -> std::optional<double> {
            const qint64 n = row.value(QLatin1String(count)).toLongLong();
            if (n == 0)
                return std::nullopt;
            return double(row.value(QLatin1String(sum)).toLongLong()) / double(n);
        };
        auto level = [&row](const char *name) -> std::optional<double> {
            const QVariant v = row.value(QLatin1String(name));
            if (v.isNull())
                return std::nullopt;
            return double(v.toLongLong());
        };
        if (m.measure == MetricYear::Measure::PerMonth) {
            m.value = average("sum_now", "n_now");
            m.previous = average("sum_before", "n_before");
        } else {
            m.value = level("end_now");
            m.previous = level("end_before");
        }
        list.append(m);
    }
    return list;
}

Result<MetricYear> Metrics::year(qint64 seriesId, int year) const
{
    auto list = read(year, seriesId);
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error(Error::Code::NotFound, tr("The metric no longer exists."));
    return list->first();
}

Result<QList<MetricYear>> Metrics::allForYear(int year) const
{
    return read(year, 0);
}

Result<QList<MetricPoint>> Metrics::points(qint64 seriesId) const
{
    auto rows = selectRows(m_db, QStringLiteral("SELECT measured_on, value FROM metric_values WHERE series_id = ? ORDER BY measured_on, id"),
                           {seriesId});
    if (!rows)
        return rows.error();
    QList<MetricPoint> points;
    points.reserve(rows->size());
    for (const QVariantMap &row : std::as_const(*rows))
        points.append({fromDbDate(row.value(QStringLiteral("measured_on"))), row.value(QStringLiteral("value")).toLongLong()});
    return points;
}

QString formatMetricValue(double value, const QLocale &locale)
{
    // One decimal is enough for an average of counts; a whole number shows none.
    const double rounded = std::round(value * 10.0) / 10.0;
    if (rounded == std::trunc(rounded) && std::abs(rounded) < 9e15)
        return locale.toString(qint64(rounded));
    return locale.toString(rounded, 'f', 1);
}

QString formatMetricChange(const MetricYear &metric, const QLocale &locale)
{
    const std::optional<double> change = metric.change();
    if (!change)
        return {};
    auto signedText = [&locale](double d) -> QString {
        const QString magnitude = formatMetricValue(std::abs(d), locale);
        if (magnitude == formatMetricValue(0, locale))
            return QStringLiteral("±") + magnitude;
        return (d > 0 ? QStringLiteral("+") : QStringLiteral("−")) + magnitude;
    };
    const std::optional<double> percent = metric.changePercent();
    if (!percent)
        return signedText(*change);
    return Metrics::tr("%1 (%2 %)", "a change and the change in percent").arg(signedText(*change), signedText(*percent));
}

} // namespace fd
