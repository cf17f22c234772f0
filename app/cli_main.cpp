// SPDX-License-Identifier: GPL-3.0-or-later
// forumdesk-cli: a thin main; the commands live in core/cli.
#include "cli/cli.h"
#include "db/paths.h"
#include "i18n/language.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    // Rendering documents needs fonts, hence a QGuiApplication; it never opens a window.
    std::unique_ptr<QCoreApplication> app;
    if (fd::Cli::needsGui(args)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    fd::setApplicationIdentity();
    fd::i18n::install(*app, QString());

    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = fd::Cli::run(app->arguments(), out, err);
    out.flush();
    err.flush();
    return code;
}
