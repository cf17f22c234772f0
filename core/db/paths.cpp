// SPDX-License-Identifier: GPL-3.0-or-later
#include "paths.h"

#include <QCoreApplication>
#include <QStandardPaths>

namespace fd {

QString defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/forumdesk.sqlite");
}

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ForumDesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("forumdesk.example.org"));
    QCoreApplication::setApplicationName(QStringLiteral("ForumDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FORUMDESK_VERSION));
}

} // namespace fd
