// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records/metrics.h"

#include <QList>
#include <QPointF>
#include <QWidget>

namespace fd {

// A metric's values over time as a line, painted with QPainter: dates along
// the bottom in the UI language, values up the side with the locale's
// separators, in the palette's colours (so also in dark mode).
class MetricChart : public QWidget
{
    Q_OBJECT
public:
    explicit MetricChart(QWidget *parent = nullptr);

    // Oldest first, as Metrics::points() gives them.
    void setPoints(const QList<MetricPoint> &points);
    const QList<MetricPoint> &points() const { return m_points; }

    // Where each point is drawn at the widget's current size, and the labels
    // of the axes: what the chart shows, for tests.
    QList<QPointF> drawnPoints() const;
    QStringList dateLabels() const;
    QStringList valueLabels() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Layout {
        QRectF plot;
        QList<QPointF> points;
        QList<std::pair<double, QString>> xTicks; // x, label
        QList<std::pair<double, QString>> yTicks; // y, label
    };
    Layout layoutChart() const;

    QList<MetricPoint> m_points;
};

} // namespace fd
