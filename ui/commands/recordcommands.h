// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "records/publication.h"
#include "records/recordkind.h"

#include <QList>

// Undoable edits of the year's records. Each is the kind's core service call
// wrapped in the generic commands: undo knows the rows from the declarations.
namespace fd {
class Session;
namespace commands {

Result<qint64> addPublication(Session &session, const Publication &publication);
Status editPublication(Session &session, const Publication &before, const Publication &after);
Status deletePublications(Session &session, const QList<Publication> &publications);

// Any kind described by its declaration (records/recordkind.h).
Result<qint64> addRecord(Session &session, const RecordKind &kind, const QVariantMap &values);
Status editRecord(Session &session, const Record &before, const Record &after);
Status deleteRecords(Session &session, const RecordKind &kind, const QList<Record> &records);

} // namespace commands
} // namespace fd
