// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include "common/result.h"

#include <optional>

class QTextStream;

namespace fd {

// forumdesk-cli: the headless ForumDesk, for scripts, migration from Excel
// lists and tests. Lives in core so that tests can run it in-process.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    enum ExitCode {
        Ok = 0,
        DataError = 1,    // bad input, validation, conflicts: nothing written
        UsageError = 2,
        DatabaseError = 3,
    };

    // args as from QCoreApplication::arguments() (args[0] is the program).
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);

    // True if the command renders documents (PDF) and needs a QGuiApplication.
    static bool needsGui(const QStringList &args);

    static QString usage();

    // Prints the error and gives its exit code: DatabaseError if the database
    // could not be used, DataError otherwise. Every command fails through this.
    static int fail(QTextStream &err, const Error &error);
    // A --year value (1900-9999), or nullopt if it is not one.
    static std::optional<int> parseYear(const QString &text);
};

} // namespace fd
