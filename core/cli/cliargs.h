// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace fd {

// The parsed command line of forumdesk-cli: global options, the command
// words and their options. Shared by the files that implement commands.
struct CliArgs {
    QString db;
    QString lang;
    QStringList words;               // positional words after the globals
    QHash<QString, QString> options; // --name value
    QSet<QString> flags;             // --name
    QString error;

    QString option(const QString &name) const { return options.value(name); }
    bool flag(const QString &name) const { return flags.contains(name); }
};

// args as from QCoreApplication::arguments() (args[0] is the program).
CliArgs parseCliArgs(const QStringList &args);

} // namespace fd
