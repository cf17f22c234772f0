// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
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

// The locale for dates and numbers in `language`, never the region's own
// forms from the system settings: German as in Germany (or Austria or
// Switzerland when the system is set to that German), English as in Europe
// (en_GB), also on a computer set to US or "C" formats. An English UI must
// not write 2/8/2024 or 2:00 PM, nor a German one "8 Feb 2024".
QLocale localeFor(const QString &language, const QLocale &system = QLocale::system());

// Loads ForumDesk's and Qt's own translations for `language` ("de", "en",
// or empty for the system language) and makes localeFor(language) the
// default locale, which the display functions of common/dates.h and every
// number use. Returns the language that is now in effect.
QString install(QCoreApplication &app, const QString &language);

} // namespace fd::i18n
