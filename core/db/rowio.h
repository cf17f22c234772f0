// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QList>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>

namespace fd {

class Database;

// Whole rows as column -> value maps, for the code that moves rows as they
// are (undo snapshots, the on-site pack) rather than as domain types.
Result<QList<QVariantMap>> selectRows(Database &db, const QString &sql, const QVariantList &values = {});
Status insertRow(Database &db, const QString &table, const QVariantMap &row);
// Columns of a table, in order.
QStringList tableColumns(Database &db, const QString &table);

} // namespace fd
