// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricchart.h"

#include "common/dates.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace fd {

namespace {

// A step of 1, 2 or 5 times a power of ten that divides `range` into about
// `ticks` parts; values are whole numbers, so no step is below 1.
double niceStep(double range, int ticks)
{
    const double raw = range / std::max(1, ticks);
    if (raw <= 1)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double f = raw / magnitude;
    return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * magnitude;
}

} // namespace

MetricChart::MetricChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("metric-chart"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void MetricChart::setPoints(const QList<MetricPoint> &points)
{
    m_points = points;
    update();
}

QSize MetricChart::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 60, fontMetrics().height() * 14};
}

QSize MetricChart::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 30, fontMetrics().height() * 8};
}

MetricChart::Layout MetricChart::layoutChart() const
{
    Layout l;
    if (m_points.isEmpty())
        return l;
    const QLocale locale;
    const QFontMetricsF fm(font());

    // Values: a range of whole steps around them; a single level is shown against 0.
    qint64 low = m_points.first().value, high = low;
    for (const MetricPoint &p : m_points) {
        low = std::min(low, p.value);
        high = std::max(high, p.value);
    }
    double lo = double(low), hi = double(high);
    if (lo == hi) {
        if (lo > 0)
            lo = 0;
        else if (lo < 0)
            hi = 0;
        else
            hi = 1;
    }
    const double spaceForTicks = std::max(1.0, (height() - 3 * fm.height()) / (fm.height() * 2.5));
    const double step = niceStep(hi - lo, int(spaceForTicks));
    lo = std::floor(lo / step) * step;
    hi = std::ceil(hi / step) * step;
    if (hi == lo)
        hi = lo + step;
    double labelWidth = 0;
    for (double v = lo; v <= hi + step / 2; v += step) {
        const QString text = locale.toString(qint64(std::llround(v)));
        l.yTicks.append({v, text});
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(text));
    }

    // Dates: the first to the last; a single day sits in the middle of a month.
    qint64 first = m_points.first().date.toJulianDay(), last = m_points.last().date.toJulianDay();
    const bool oneDay = first == last;
    if (oneDay) {
        first -= 15;
        last += 15;
    }
    const double dateWidth = fm.horizontalAdvance(formatDate(QDate(2024, 12, 31), locale));
    const double left = std::max(labelWidth + 10, dateWidth / 2 + 4);
    const double right = dateWidth / 2 + 6;
    const double top = fm.height() / 2 + 4;
    const double bottom = fm.height() + 14; // the dates apart from the lowest value
    l.plot = QRectF(left, top, std::max(1.0, width() - left - right), std::max(1.0, height() - top - bottom));

    // The first and last dots sit a little inside the plot, not on its edges.
    const double inset = std::min(6.0, l.plot.width() / 4);
    auto xOf = [&](qint64 day) { return l.plot.left() + inset + (l.plot.width() - 2 * inset) * double(day - first) / double(last - first); };
    auto yOf = [&](double v) { return l.plot.bottom() - l.plot.height() * (v - lo) / (hi - lo); };
    for (auto &tick : l.yTicks)
        tick.first = yOf(tick.first);
    for (const MetricPoint &p : m_points)
        l.points.append({xOf(p.date.toJulianDay()), yOf(double(p.value))});

    if (oneDay) {
        l.xTicks.append({xOf(first + 15), formatDate(m_points.first().date, locale)});
    } else {
        // As many dates as fit side by side, the first and the last always.
        const int n = std::clamp(int(l.plot.width() / (dateWidth + 24)) + 1, 2, 6);
        for (int i = 0; i < n; ++i) {
            const qint64 day = first + std::llround(double(last - first) * i / (n - 1));
            l.xTicks.append({xOf(day), formatDate(QDate::fromJulianDay(day), locale)});
        }
    }
    return l;
}

QList<QPointF> MetricChart::drawnPoints() const
{
    return layoutChart().points;
}

QStringList MetricChart::dateLabels() const
{
    QStringList labels;
    for (const auto &tick : layoutChart().xTicks)
        labels << tick.second;
    return labels;
}

QStringList MetricChart::valueLabels() const
{
    QStringList labels;
    for (const auto &tick : layoutChart().yTicks)
        labels << tick.second;
    return labels;
}

void MetricChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.setPen(QPen(pal.color(QPalette::Mid), 1));
    p.setBrush(pal.color(QPalette::Base));
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);

    if (m_points.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No values yet: add the first one above."));
        return;
    }
    const Layout l = layoutChart();
    const QFontMetricsF fm(font());

    // Grid lines with the values, then the dates under the plot.
    QColor grid = pal.color(QPalette::Mid);
    grid.setAlphaF(0.5);
    for (const auto &[y, text] : l.yTicks) {
        p.setPen(QPen(grid, 1));
        p.drawLine(QPointF(l.plot.left(), y), QPointF(l.plot.right(), y));
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRectF(0, y - fm.height() / 2, l.plot.left() - 6, fm.height()), Qt::AlignRight | Qt::AlignVCenter, text);
    }
    for (const auto &[x, text] : l.xTicks) {
        p.setPen(QPen(grid, 1));
        p.drawLine(QPointF(x, l.plot.bottom()), QPointF(x, l.plot.bottom() + 4));
        p.setPen(pal.color(QPalette::Text));
        const double w = fm.horizontalAdvance(text) + 2;
        p.drawText(QRectF(x - w / 2, l.plot.bottom() + 8, w, fm.height()), Qt::AlignCenter, text);
    }

    const QColor line = pal.color(QPalette::Highlight);
    if (l.points.size() > 1) {
        QPainterPath path(l.points.first());
        for (int i = 1; i < l.points.size(); ++i)
            path.lineTo(l.points.at(i));
        p.setPen(QPen(line, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
    }
    // Every value as a dot, so that a single one and the measured days show.
    p.setPen(QPen(pal.color(QPalette::Base), 1.5));
    p.setBrush(line);
    const double r = l.points.size() > 60 ? 2.0 : 3.5;
    for (const QPointF &pt : l.points)
        p.drawEllipse(pt, r, r);
}

} // namespace fd
