// SPDX-License-Identifier: GPL-3.0-or-later
#include "paths.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStandardPaths>

namespace fd {

namespace {
const QLatin1String FolderName("ForumDesk");
const QLatin1String FileName("forumdesk.sqlite");
} // namespace

QString userDataRoot()
{
    // AppDataLocation is <root>/<organisation>/<application>; both are
    // "ForumDesk", which made the doubled folder of earlier versions. The
    // root is the roaming data folder on Windows, which GenericDataLocation
    // (the local one there) is not.
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    for (const QString &name : {QCoreApplication::applicationName(), QCoreApplication::organizationName()}) {
        if (!name.isEmpty() && dir.endsWith(QLatin1Char('/') + name))
            dir.chop(name.size() + 1);
    }
    return dir;
}

QString defaultDatabasePathIn(const QString &root)
{
    const QString folder = root + QLatin1Char('/') + FolderName;
    const QString current = folder + QLatin1Char('/') + FileName;
    const QString earlier = folder + QLatin1Char('/') + FolderName + QLatin1Char('/') + FileName;
    // Not moved: another ForumDesk may have it open, and a file must not be
    // parted from its -wal journal. It is used where it is.
    if (!QFileInfo::exists(current) && QFileInfo::exists(earlier))
        return earlier;
    return current;
}

QString defaultDatabasePath()
{
    return defaultDatabasePathIn(userDataRoot());
}

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ForumDesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("forumdesk.example.org"));
    QCoreApplication::setApplicationName(QStringLiteral("ForumDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FORUMDESK_VERSION));
}

} // namespace fd
