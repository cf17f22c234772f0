// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace fd {

class Database;
struct CliArgs;

// forumdesk-cli export ics|signin|badges|certificates: what goes out of
// ForumDesk for an event, kept apart from cli.cpp so that the Runner stays short.

// The words after "export" that these commands handle.
QStringList eventExportKinds();
// True for the kinds that paint PDFs: they need a QGuiApplication for fonts.
bool exportRendersPdf(const QString &kind);
// Runs "export KIND ..." on an open database; returns a Cli::ExitCode.
int exportEvents(const QString &kind, Database &db, const CliArgs &args, QTextStream &out, QTextStream &err);

} // namespace fd
