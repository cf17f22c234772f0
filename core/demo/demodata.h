// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>

namespace fd {

class Database;

struct DemoSummary {
    int organisations = 0;
    int people = 0;
    int events = 0;
    int registrations = 0;
    int records = 0; // the year's records (projects, surveys... and publications)
};

// A realistic data set built from the facts of the office's 2024 annual
// report: the member cities and organisations, board and staff, partners,
// contact people (invented, with addresses under .example), fees, events,
// registrations and the year's records (demorecords.h). Only into an empty database, in one transaction.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)
public:
    static bool isEmpty(Database &db);
    static Result<DemoSummary> load(Database &db);
};

} // namespace fd
