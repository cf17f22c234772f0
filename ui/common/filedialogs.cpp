// SPDX-License-Identifier: GPL-3.0-or-later
#include "filedialogs.h"

#include "app/settings.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

namespace fd {

namespace {
QString lastFolder()
{
    const QString dir = settings::lastFolder.get();
    return dir.isEmpty() || !QFileInfo(dir).isDir() ? QDir::homePath() : dir;
}

QString remember(const QString &path)
{
    if (!path.isEmpty())
        settings::lastFolder.set(QFileInfo(path).absolutePath());
    return path;
}
} // namespace

QString askFileToWrite(QWidget *parent, const QString &title, const QString &suggestedName, const QString &filter)
{
    return remember(QFileDialog::getSaveFileName(parent, title, lastFolder() + QLatin1Char('/') + suggestedName, filter));
}

QString askFileToRead(QWidget *parent, const QString &title, const QString &filter)
{
    return remember(QFileDialog::getOpenFileName(parent, title, lastFolder(), filter));
}

} // namespace fd
