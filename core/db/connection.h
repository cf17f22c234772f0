// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Qt SQL side of a Database, for code in core/ that writes SQL (and for
// tests that look at the stored rows). No header that ui/ or app/ includes
// may include this one: forumdesk_core links Qt SQL privately, and the check
// "layers: no Qt SQL in ui/ or app/" fails on any mention of it there.

#include "common/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>

class QSqlError;

namespace fd {

class Database;

// The database's connection (owned by it; valid in the thread that opened it).
QSqlDatabase sqlConnection(const Database &db);

// A prepared statement kept for reuse on one connection (see CachedQuery in sqlhelpers.h).
struct CachedStatement {
    QSqlQuery query;
    bool inUse = false;
    bool stale = false; // values were bound but not executed: prepare afresh
};

// The statement for `sql`, prepared on first use; nullptr if it is in use
// already (nested use) or the cache is full: then the caller prepares its own.
std::shared_ptr<CachedStatement> cachedStatement(Database &db, const QString &sql);

// Errors from the driver, with the context the user needs.
Error databaseError(const QSqlError &error, const QString &what);

} // namespace fd
