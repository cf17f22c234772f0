// SPDX-License-Identifier: GPL-3.0-or-later
// Schema version 5: content stored once by its hash, for attachments and photos.
#include "db/migrations/steps.h"

#include "db/tables.h"

namespace fd::migrations {

Migration blobs()
{
    Migration m;
    m.version = 5;
    m.description = QStringLiteral("content stored once by its SHA-256 (blobs)");
    m.statements = tables::blobs().createStatements(5);
    return m;
}

} // namespace fd::migrations
