// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "db/notifier.h"

#include <QList>
#include <QString>
#include <QVariantMap>

namespace fd {

class Database;

// The rows of one record and of everything that hangs off it (a person's
// affiliations and registrations, an event's registrations...), as they were
// before a delete. Undo puts them back with the same keys and UUIDs.
struct RowSnapshot {
    struct Table {
        QString name;
        QList<QVariantMap> rows;
    };
    QList<Table> tables; // parents before children

    bool isEmpty() const { return tables.isEmpty() || tables.first().rows.isEmpty(); }
    int rowCount(const QString &table) const;
};

// Capture a row of `table` (one of the tables listed in rowsnapshot.cpp) and its dependants.
Result<RowSnapshot> captureRows(Database &db, const QString &table, const QList<qint64> &ids);

// Insert the captured rows again (in one transaction, parents first) and report them.
Status restoreRows(Database &db, const RowSnapshot &snapshot);

// Delete the snapshot's top rows (their dependants go by ON DELETE CASCADE),
// but only if each is still at the version captured: otherwise nothing is
// deleted and the error is a conflict.
Status deleteRows(Database &db, const RowSnapshot &snapshot);

// Which notifier entity a table belongs to.
Entity entityForTable(const QString &table);

} // namespace fd
