// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace fd {

// Where the database lives unless the user chooses another file:
// the user's data location (e.g. ~/.local/share/ForumDesk/forumdesk.sqlite,
// %APPDATA%\ForumDesk\forumdesk.sqlite).
QString defaultDatabasePath();

// Sets organisation and application name, so that settings and data
// locations are the same for the GUI and the CLI.
void setApplicationIdentity();

} // namespace fd
