// SPDX-License-Identifier: GPL-3.0-or-later
#include "kindextras.h"

#include "db/tables.h"
#include "records/metricpanel.h"

namespace fd {

KindExtra *makeKindExtra(Session &session, const RecordKind &kind, QWidget *parent)
{
    if (kind.table == &tables::metricSeries())
        return new MetricPanel(session, parent);
    return nullptr;
}

} // namespace fd
