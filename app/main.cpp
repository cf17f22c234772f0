// SPDX-License-Identifier: GPL-3.0-or-later
// forumdesk: the desktop application. A thin main; the window lives in ui/.
#include "app/mainwindow.h"
#include "app/settings.h"
#include "db/paths.h"
#include "i18n/language.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    fd::setApplicationIdentity();
    app.setWindowIcon(QIcon(QStringLiteral(":/icons/forumdesk.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("ForumDesk"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Open this database file."), QStringLiteral("FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Language of the interface (de, en)."), QStringLiteral("LANG"));
    parser.addOption(dbOption);
    parser.addOption(langOption);
    parser.process(app);

    fd::i18n::install(app, parser.isSet(langOption) ? parser.value(langOption) : fd::settings::language.get());

    QString path = parser.value(dbOption);
    if (path.isEmpty()) {
        const QString last = fd::settings::lastDatabase.get();
        path = !last.isEmpty() && QFileInfo::exists(last) ? last : fd::defaultDatabasePath();
    }

    fd::MainWindow window;
    window.show();
    if (window.openDatabase(path, true))
        window.offerDemoIfEmpty();
    return app.exec();
}
