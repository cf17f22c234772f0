// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/migrations.h"

// One function per schema version, in order. A released step is never edited:
// a change is a new step, with a test that migrates the older file.
namespace fd::migrations {

Migration foundation();        // 1
Migration events();            // 2
Migration records();           // 3
Migration yearRecords();       // 4
Migration blobs();             // 5

} // namespace fd::migrations
