// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.hpp"

#include "db/paths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace fd;

namespace {
void touch(const QString &path)
{
    REQUIRE(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("SQLite format 3");
}
} // namespace

TEST_CASE("The default database lives in one ForumDesk folder of the user's data folder, as the README says", "[db][paths]")
{
    const QString path = defaultDatabasePath();
    const QFileInfo info(path);
    CHECK(info.fileName() == QStringLiteral("forumdesk.sqlite"));
    CHECK(info.dir().dirName() == QStringLiteral("ForumDesk"));
    // Not ForumDesk/ForumDesk, which Qt's AppDataLocation makes of organisation and application name.
    CHECK(QFileInfo(info.absolutePath()).dir().dirName() != QStringLiteral("ForumDesk"));
#ifdef Q_OS_LINUX
    CHECK(path == QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/ForumDesk/forumdesk.sqlite"));
#endif
}

TEST_CASE("A database an earlier ForumDesk kept in ForumDesk/ForumDesk is still found there", "[db][paths]")
{
    QTemporaryDir root;
    const QString current = root.filePath(QStringLiteral("ForumDesk/forumdesk.sqlite"));
    const QString earlier = root.filePath(QStringLiteral("ForumDesk/ForumDesk/forumdesk.sqlite"));
    CHECK(defaultDatabasePathIn(root.path()) == current); // a new user
    touch(earlier);
    CHECK(defaultDatabasePathIn(root.path()) == earlier); // an earlier user keeps their data
    touch(current);
    CHECK(defaultDatabasePathIn(root.path()) == current); // once both exist, the documented place wins
}
