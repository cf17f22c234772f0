// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.hpp"
#include "testdb.h"

#include "app/session.h"
#include "db/blobstore.h"
#include "db/database.h"

#include <QTemporaryDir>

using namespace fd;

TEST_CASE("Closing a database removes the files no record refers to, once no undo step can need them", "[ui][session][blobs]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.sqlite"));
    QString hash;
    {
        auto db = Database::openSqlite(path);
        REQUIRE(db);
        Session session(std::move(db.value()));
        auto stored = BlobStore(session.db()).put(QByteArray("a photo nobody keeps"), QStringLiteral("image/png"));
        REQUIRE(stored);
        hash = *stored;
        // While the session is open, an undo step might still bring back a row that refers to it.
        CHECK(*BlobStore(session.db()).has(hash));
    }
    auto again = Database::openSqlite(path);
    REQUIRE(again);
    CHECK_FALSE(*BlobStore(**again).has(hash));
}
