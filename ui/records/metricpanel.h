// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/notifier.h"
#include "records/kindextras.h"

class QLabel;

namespace fd {

class MetricChart;

// Below a metric's values: a line saying what its latest year came to
// (the monthly average or the level at year end, and the change on the year
// before) and the chart of all its values. Both follow every change.
class MetricPanel : public KindExtra
{
    Q_OBJECT
public:
    MetricPanel(Session &session, QWidget *parent = nullptr);

    void setRecordId(qint64 id) override;
    MetricChart *chart() const { return m_chart; }
    QLabel *summary() const { return m_summary; }

private:
    void reload();

    Session &m_session;
    qint64 m_seriesId = 0;
    QLabel *m_summary;
    MetricChart *m_chart;
};

} // namespace fd
