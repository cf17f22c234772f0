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
    // The records that keep a file: a portrait of the board and staff, an answer sent as a file.
    m.statements << tables::teamRoles().addColumnStatement(QStringLiteral("photo"))
                 << tables::surveyAnswers().addColumnStatement(QStringLiteral("attachment"))
                 << tables::surveyAnswers().addColumnStatement(QStringLiteral("attachment_name"));
    return m;
}

} // namespace fd::migrations
