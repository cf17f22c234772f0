// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

namespace fd {

class Database;
struct DemoSummary;

// The year's records of the demo (projects, surveys, exchanges, network
// roles, media requests, publications, funding applications, guidelines,
// board and staff) from the 2024 annual report, with a few of 2023 for the
// comparison with the year before. Needs the demo's organisations, people and
// events; runs inside DemoData::load's transaction.
Status loadDemoRecords(Database &db, DemoSummary &summary);

} // namespace fd
