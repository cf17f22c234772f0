// SPDX-License-Identifier: GPL-3.0-or-later
// Schema version 4: more of the year's records, each table created from its declaration.
#include "db/migrations/steps.h"

#include "db/tables.h"

namespace fd::migrations {

Migration yearRecords()
{
    Migration m;
    m.version = 4;
    m.description = QStringLiteral("the year's records: projects, surveys, exchanges, network roles, media requests, "
                                   "funding applications, guidelines, board and staff, metrics; who took part, answered, signed; "
                                   "the project an event belongs to");
    for (const Table *t : {&tables::projects(), &tables::surveys(), &tables::exchanges(), &tables::networkRoles(), &tables::mediaRequests(),
                           &tables::fundingApplications(), &tables::guidelines(), &tables::teamRoles(), &tables::projectMembers(),
                           &tables::applicationMembers(), &tables::surveyAnswers(), &tables::guidelineSignatures(), &tables::metricSeries(),
                           &tables::metricValues()})
        m.statements += t->createStatements(4);
    // Events belong to a project (its meetings and webinars): the column can
    // only refer to projects once their table exists.
    m.statements << tables::events().addColumnStatement(QStringLiteral("project_id"))
                 << tables::events().indexStatement(QStringLiteral("events_project"));
    return m;
}

} // namespace fd::migrations
