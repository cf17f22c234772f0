// SPDX-License-Identifier: GPL-3.0-or-later
#include "generatorsupport.h"

#include "common/dates.h"

#include <algorithm>

namespace fd::generatorsupport {

// A weight from a heavy-tailed distribution (between about 1 and 33, median
// about 2): most things small, a few large.
double skewedWeight(Rng &rng)
{
    return 1.0 / (0.03 + rng.unit());
}

// Picks an index by cumulative weights.
int pickWeighted(Rng &rng, const std::vector<double> &cumulative)
{
    const double x = rng.unit() * cumulative.back();
    const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), x);
    return int(std::min<std::ptrdiff_t>(it - cumulative.begin(), std::ptrdiff_t(cumulative.size()) - 1));
}

QStringList splitList(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char('|'));
}

QString asciiSlug(const QString &text)
{
    QString mapped;
    mapped.reserve(text.size() + 4);
    for (const QChar ch : text.toLower()) {
        switch (ch.unicode()) {
        case 0x00E4: mapped += QLatin1String("ae"); break; // ä
        case 0x00F6: mapped += QLatin1String("oe"); break; // ö
        case 0x00FC: mapped += QLatin1String("ue"); break; // ü
        case 0x00DF: mapped += QLatin1String("ss"); break; // ß
        case 0x00F8: mapped += QLatin1String("oe"); break; // ø
        case 0x00E6: mapped += QLatin1String("ae"); break; // æ
        case 0x00E5: mapped += QLatin1String("aa"); break; // å
        case 0x0142: mapped += QLatin1Char('l'); break;    // ł
        case 0x0131: mapped += QLatin1Char('i'); break;    // ı
        case 0x0153: mapped += QLatin1String("oe"); break; // œ
        default: mapped += ch;
        }
    }
    const QString decomposed = mapped.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool pendingDash = false;
    for (const QChar ch : decomposed) {
        const char16_t c = ch.unicode();
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            if (pendingDash && !out.isEmpty())
                out += QLatin1Char('-');
            pendingDash = false;
            out += ch;
        } else if (ch.category() != QChar::Mark_NonSpacing) {
            pendingDash = true;
        }
    }
    return out;
}

QString feminineForm(const QString &last, Feminine rule)
{
    auto replaceEnd = [&](const char *from, const char *to) -> std::optional<QString> {
        const QString f = QString::fromUtf8(from);
        if (!last.endsWith(f))
            return std::nullopt;
        return last.left(last.size() - f.size()) + QString::fromUtf8(to);
    };
    switch (rule) {
    case Feminine::Same:
        return last;
    case Feminine::Polish:
        for (const auto &[from, to] : {std::pair{"ski", "ska"}, std::pair{"cki", "cka"}, std::pair{"zki", "zka"}}) {
            if (auto f = replaceEnd(from, to))
                return *f;
        }
        return last;
    case Feminine::Czech:
        if (auto f = replaceEnd("ý", "á"))
            return *f;
        if (auto f = replaceEnd("ek", "ková"))
            return *f;
        if (auto f = replaceEnd("ec", "cová"))
            return *f;
        if (auto f = replaceEnd("a", "ová"))
            return *f;
        return last + QStringLiteral("ová");
    case Feminine::Greek:
        if (auto f = replaceEnd("os", "ou"))
            return *f;
        if (auto f = replaceEnd("is", "i"))
            return *f;
        if (auto f = replaceEnd("as", "a"))
            return *f;
        return last;
    }
    return last;
}

// ---------------------------------------------------------------------------

// As the repositories store it (toDbTimestamp), from seconds since the epoch.
QString timestamp(qint64 secs)
{
    return toDbTimestamp(QDateTime::fromSecsSinceEpoch(secs, Qt::UTC)).toString();
}

qint64 secsAt(const QDate &day, int secondsOfDay)
{
    constexpr qint64 EpochJulianDay = 2440588; // 1970-01-01
    return (day.toJulianDay() - EpochJulianDay) * 86400 + secondsOfDay;
}

QDate randomDay(Rng &rng, const QDate &from, const QDate &to)
{
    const qint64 span = from.daysTo(to);
    return span <= 0 ? from : from.addDays(rng.below(int(span) + 1));
}

QVariant nullInt()
{
    return QVariant(QMetaType::fromType<int>());
}

} // namespace fd::generatorsupport
