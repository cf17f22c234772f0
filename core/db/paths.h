// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace fd {

// The user's data folder that ForumDesk's own folder goes into
// (~/.local/share on Linux, %APPDATA% on Windows, ~/Library/Application
// Support on macOS).
QString userDataRoot();

// Where the database lives unless the user chooses another file:
// ~/.local/share/ForumDesk/forumdesk.sqlite, %APPDATA%\ForumDesk\forumdesk.sqlite.
// Earlier versions kept it one folder deeper (ForumDesk/ForumDesk/); a file
// there is used as long as the documented place holds none.
QString defaultDatabasePath();
// The same, under `root` instead of userDataRoot().
QString defaultDatabasePathIn(const QString &root);

// Sets organisation and application name, so that settings and data
// locations are the same for the GUI and the CLI.
void setApplicationIdentity();

} // namespace fd
