// SPDX-License-Identifier: GPL-3.0-or-later
#include "textfold.h"

#include <QStringList>

namespace fd {

QString foldKey(QStringView text)
{
    // NFKD splits "ö" into "o" + combining diaeresis; the marks are then dropped.
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar ch : decomposed) {
        const auto cat = ch.category();
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining
            || cat == QChar::Mark_Enclosing)
            continue;
        if (ch.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out += QLatin1Char(' ');
            pendingSpace = false;
        }
        if (ch == QChar(0x00DF) || ch == QChar(0x1E9E)) { // ß, ẞ
            out += QLatin1String("ss");
            continue;
        }
        out += ch.toCaseFolded();
    }
    return out;
}

QString organisationMatchKey(QStringView name)
{
    static const char *const prefixes[] = {
        "landeshauptstadt ", "bundesstadt ", "hansestadt ", "universitatsstadt ",
        "stadt ", "city of ", "gemeinde ", "kreisstadt ", "grosse kreisstadt ",
    };
    QString key = foldKey(name);
    for (const char *p : prefixes) {
        const QLatin1String prefix(p);
        if (key.startsWith(prefix) && key.size() > prefix.size()) {
            key.remove(0, prefix.size());
            break;
        }
    }
    return key;
}

QString emailKey(QStringView email)
{
    return email.trimmed().toString().toCaseFolded();
}

} // namespace fd
