// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "db/notifier.h"
#include "db/table.h"

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
        // The declaration the rows were read by (declarations live as long
        // as the program). A file's content is in the rows as its hash only
        // (BlobRef): a snapshot never holds the file.
        const fd::Table *declared = nullptr;
        QList<QVariantMap> rows;
    };
    QList<Table> tables; // parents before children
    // References that ON DELETE SET NULL clears (an event's funder): put back on restore.
    struct Reference {
        QString table;
        QString column;
        qint64 rowId = 0;
        qint64 value = 0;
    };
    QList<Reference> references;

    bool isEmpty() const { return tables.isEmpty() || tables.first().rows.isEmpty(); }
    int rowCount(const QString &table) const;
};

// Capture rows of a declared table (tables::all()) and their dependants.
Result<RowSnapshot> captureRows(Database &db, const QString &table, const QList<qint64> &ids);
// The same for a table given by its declaration (one with a uuid).
Result<RowSnapshot> captureRows(Database &db, const Table &table, const QList<qint64> &ids);

// Insert the captured rows again (in one transaction, parents first) and report them.
// Refused, with nothing written, if a row refers to a file that is no longer
// stored (BlobStore::garbageCollect removed it).
Status restoreRows(Database &db, const RowSnapshot &snapshot);

// Delete the snapshot's top rows (their dependants go by ON DELETE CASCADE),
// but only if each is still at the version captured: otherwise nothing is
// deleted and the error is a conflict.
Status deleteRows(Database &db, const RowSnapshot &snapshot);

// All rows of `table` whose `column` equals `value` (an event's registrations).
Result<QList<QVariantMap>> captureScope(Database &db, const QString &table, const QString &column, qint64 value);

// Makes the rows of that scope equal to `target`: updates, inserts and deletes
// as needed. Refused as a conflict unless the rows are still exactly as
// `expected` (same ids and versions): nobody else changed them meanwhile.
// This is how an operation on many rows (a cancellation that promotes from
// the waitlist) is undone and redone as one step.
Status replaceScope(Database &db, const QString &table, const QString &column, qint64 value,
                    const QList<QVariantMap> &expected, const QList<QVariantMap> &target);

// Which notifier entity a table belongs to.
Entity entityForTable(const QString &table);

} // namespace fd
