// SPDX-License-Identifier: GPL-3.0-or-later
// Schema version 3: the year's records, each table created from its declaration.
#include "db/migrations/steps.h"

#include "db/tables.h"

namespace fd::migrations {

Migration records()
{
    Migration m;
    m.version = 3;
    m.description = QStringLiteral("the year's records: publications; the search entries");
    m.statements = tables::publications().createStatements(3) + tables::searchEntries().createStatements(3);
    return m;
}

} // namespace fd::migrations
