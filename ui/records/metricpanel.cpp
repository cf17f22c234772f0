// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricpanel.h"

#include "app/session.h"
#include "common/clock.h"
#include "db/database.h"
#include "records/metricchart.h"
#include "records/metrics.h"

#include <QLabel>
#include <QVBoxLayout>

namespace fd {

namespace {

QString withUnit(const QString &value, const QString &unit)
{
    return unit.isEmpty() ? value : MetricPanel::tr("%1 %2", "a metric's value and its unit").arg(value, unit);
}

// What the year came to, and the change on the year before, in one line.
QString summaryText(const MetricYear &m)
{
    const QLocale locale;
    const QString value = withUnit(formatMetricValue(m.value.value_or(0), locale), m.unit);
    const QString change = formatMetricChange(m, locale);
    const QString year = QString::number(m.year), before = QString::number(m.year - 1);
    if (m.measure == MetricYear::Measure::PerMonth) {
        return change.isEmpty() ? MetricPanel::tr("%1: monthly average %2; no values in %3 to compare").arg(year, value, before)
                                : MetricPanel::tr("%1: monthly average %2, %3 on %4").arg(year, value, change, before);
    }
    return change.isEmpty() ? MetricPanel::tr("End of %1: %2; no value for %3 to compare").arg(year, value, before)
                            : MetricPanel::tr("End of %1: %2, %3 on %4").arg(year, value, change, before);
}

} // namespace

MetricPanel::MetricPanel(Session &session, QWidget *parent)
    : KindExtra(parent), m_session(session), m_summary(new QLabel(this)), m_chart(new MetricChart(this))
{
    setObjectName(QStringLiteral("metric-panel"));
    m_summary->setObjectName(QStringLiteral("metric-summary"));
    m_summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_chart);
    // A value added, changed or undone, or the series' measure changed: read again.
    auto follow = [this](Entity e) {
        if (m_seriesId > 0 && (e == Entity::MetricValue || e == Entity::MetricSeries))
            reload();
    };
    connect(session.notifier(), &Notifier::changed, this, [follow](Entity e, ChangeKind, const QList<qint64> &) { follow(e); });
    connect(session.notifier(), &Notifier::reset, this, follow);
    setRecordId(0);
}

void MetricPanel::setRecordId(qint64 id)
{
    m_seriesId = id;
    reload();
}

void MetricPanel::reload()
{
    setEnabled(m_seriesId > 0);
    QList<MetricPoint> points;
    if (m_seriesId > 0) {
        if (auto read = Metrics(m_session.db()).points(m_seriesId))
            points = *read;
    }
    m_chart->setPoints(points);
    if (m_seriesId == 0) {
        m_summary->setText(tr("The values of a saved metric show here as a chart."));
        return;
    }
    if (points.isEmpty()) {
        m_summary->setText(tr("No values yet."));
        return;
    }
    // The latest year with a value: the one an annual report asks about.
    auto year = Metrics(m_session.db()).year(m_seriesId, points.last().date.year());
    m_summary->setText(year ? summaryText(*year) : year.error().message);
}

} // namespace fd
