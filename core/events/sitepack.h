// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QUuid>
#include <QVariantMap>

namespace fd {

class Database;

// The on-site pack: one event with its registrations and the people in
// them, written to a small ForumDesk database that the app on a laptop
// without the office database opens for check-in and walk-ins. It keeps the
// rows as they were at export (the base), so that merging it back is a
// three-way merge: what changed on site goes in, what changed in the office
// stays, and what changed on both sides differently is a conflict for the
// user to decide. Nothing is ever overwritten silently.
class SitePack
{
    Q_DECLARE_TR_FUNCTIONS(SitePack)
public:
    struct Info {
        QUuid packUuid;
        QUuid sourceDatabase;
        QUuid eventUuid;
        QString eventTitle;
        QDateTime exportedAt;
    };

    struct ExportResult {
        Info info;
        int registrations = 0;
        int people = 0;
    };

    // Writes the pack; refuses to overwrite an existing file.
    static Result<ExportResult> write(Database &office, qint64 eventId, const QString &path);
    // Whether an open database is a pack, and of which event.
    static bool isPack(Database &db);
    static Result<Info> info(Database &pack);

    // What a pack carries, table by table and column by column, and its
    // limits, are declared once in packformat.h; PackReader reads it back.
};

} // namespace fd
