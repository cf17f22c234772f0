// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace fd {

// File choosers for lists, documents and packs that open where the user
// last read or wrote such a file (not each time in the home folder).
// An empty string if the user cancelled.
QString askFileToWrite(QWidget *parent, const QString &title, const QString &suggestedName, const QString &filter);
QString askFileToRead(QWidget *parent, const QString &title, const QString &filter);

} // namespace fd
