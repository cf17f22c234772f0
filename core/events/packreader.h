// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "events/sitepack.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QVariantMap>

namespace fd {

// What an on-site pack holds, read into memory and checked: the rows of the
// tables the pack format defines (packformat.h), each row a map from the
// format's own column names (never names taken from the file) to values of
// the declared kind and size. The file is closed by the time this exists.
struct PackContents {
    SitePack::Info info;
    qint64 eventId = 0;                       // the pack's event, by its id inside the pack
    QHash<QString, QList<QVariantMap>> rows;  // by table name

    const QList<QVariantMap> &table(const QString &name) const
    {
        static const QList<QVariantMap> none;
        const auto it = rows.constFind(name);
        return it == rows.constEnd() ? none : *it;
    }
};

// Reads an on-site pack as what it is: a file from a laptop that left the
// office. The file is opened read-only and immutable (SQLite neither writes
// nor locks it, and leaves no -wal, -shm or -journal file beside it), with
// trusted_schema off, on a connection of its own that is closed before
// anything is merged. It must hold exactly the tables and indexes ForumDesk
// writes (no views, triggers or other objects), each table exactly the
// columns the format defines; sizes are checked in SQL before a value is
// read. Anything else is refused with a message that says what and where.
class PackReader
{
    Q_DECLARE_TR_FUNCTIONS(PackReader)
public:
    static Result<PackContents> read(const QString &path);
};

} // namespace fd
