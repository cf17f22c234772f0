// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace fd::i18n {

// The languages ForumDesk is complete in.
QStringList availableLanguages(); // {"de", "en"}

// "de" if the system's preferred UI language is German, else "en".
QString systemLanguage();

// True if the language in effect (install()) is German: exports then
// default to German column names and dates.
bool isGerman();

// Loads ForumDesk's and Qt's own translations for `language` ("de", "en",
// or empty for the system language) and makes it the default locale, so that
// dates and numbers follow. Returns the language that is now in effect.
QString install(QCoreApplication &app, const QString &language);

} // namespace fd::i18n
