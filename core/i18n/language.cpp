// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace fd::i18n {

QStringList availableLanguages()
{
    return {QStringLiteral("de"), QStringLiteral("en")};
}

QString systemLanguage()
{
    const QStringList ui = QLocale::system().uiLanguages();
    for (const QString &l : ui) {
        const QString code = l.left(2).toLower();
        if (availableLanguages().contains(code))
            return code;
    }
    return QStringLiteral("en");
}

bool isGerman()
{
    const QStringList languages = QLocale().uiLanguages();
    return !languages.isEmpty() && languages.first().startsWith(QLatin1String("de"));
}

QLocale localeFor(const QString &language, const QLocale &system)
{
    // Built from Qt's own locale data by language and territory: the system
    // locale object itself would bring the region's formats along (an
    // English UI on a US system, or a German one on a "C" system).
    if (language == QLatin1String("de")) {
        const bool germanSystem = system.language() == QLocale::German && system.territory() != QLocale::AnyTerritory;
        return QLocale(QLocale::German, germanSystem ? system.territory() : QLocale::Germany);
    }
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString install(QCoreApplication &app, const QString &requested)
{
    const QString language = availableLanguages().contains(requested) ? requested : systemLanguage();
    QLocale::setDefault(localeFor(language));

    static QTranslator *appTranslator = nullptr;
    static QTranslator *qtTranslator = nullptr;
    for (QTranslator **t : {&appTranslator, &qtTranslator}) {
        if (*t) {
            app.removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    // English is the source language; its file only holds plural forms.
    appTranslator = new QTranslator(&app);
    if (appTranslator->load(QStringLiteral(":/i18n/forumdesk_%1.qm").arg(language)))
        app.installTranslator(appTranslator);
    qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        || qtTranslator->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                              QCoreApplication::applicationDirPath() + QStringLiteral("/translations")))
        app.installTranslator(qtTranslator);
    return language;
}

} // namespace fd::i18n
