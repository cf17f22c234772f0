// SPDX-License-Identifier: GPL-3.0-or-later
#include "dates.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace fd {

QDate parseUserDate(QStringView input)
{
    const QString text = input.trimmed().toString();
    if (text.isEmpty())
        return {};

    static const QRegularExpression iso(QStringLiteral(R"(^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$)"));
    static const QRegularExpression german(QStringLiteral(R"(^(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{2}|\d{4})$)"));

    int y = 0, m = 0, d = 0;
    if (const auto match = iso.match(text); match.hasMatch()) {
        y = match.captured(1).toInt();
        m = match.captured(2).toInt();
        d = match.captured(3).toInt();
    } else if (const auto match = german.match(text); match.hasMatch()) {
        d = match.captured(1).toInt();
        m = match.captured(2).toInt();
        const QString year = match.captured(3);
        y = year.toInt();
        if (year.size() == 2)
            y += (y < TwoDigitYearPivot) ? 2000 : 1900; // "4.7.24" as Excel shortens it, in Excel's window 1930-2029
    } else {
        return {};
    }
    const QDate date(y, m, d);
    return date.isValid() ? date : QDate();
}

QDate parseDisplayedDate(QStringView input)
{
    const QDate date = parseUserDate(input);
    if (date.isValid())
        return date;
    const QLocale locale;
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return locale.toDate(input.trimmed().toString(), format);
}

QTime parseUserTime(QStringView input)
{
    QString text = input.trimmed().toString();
    text.remove(QRegularExpression(QStringLiteral(R"(\s*(uhr|h)$)"), QRegularExpression::CaseInsensitiveOption));
    if (text.isEmpty())
        return {};
    static const QRegularExpression re(QStringLiteral(R"(^(\d{1,2})(?:[:.](\d{2}))?$)"));
    const auto match = re.match(text);
    if (!match.hasMatch())
        return {};
    const QTime t(match.captured(1).toInt(), match.captured(2).isEmpty() ? 0 : match.captured(2).toInt());
    return t.isValid() ? t : QTime();
}

namespace {

// "2024-05-16T14:00", "2024-05-16 14:00:30": what exports and web forms
// write, read without the regular expressions below (a large import reads
// one on every row). Anything else: nullopt, and the general rules decide.
std::optional<std::optional<DateAndTime>> plainIsoDateTime(QStringView text)
{
    if (text.size() != 16 && text.size() != 19)
        return std::nullopt;
    auto number = [&text](int at, int digits) {
        int value = 0;
        for (int i = at; i < at + digits; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                return -1;
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    const QChar sep = text.at(10);
    if (text.at(4) != u'-' || text.at(7) != u'-' || (sep != u'T' && sep != u' ') || text.at(13) != u':'
        || (text.size() == 19 && text.at(16) != u':'))
        return std::nullopt;
    const int y = number(0, 4), m = number(5, 2), d = number(8, 2), h = number(11, 2), mi = number(14, 2);
    const int sec = text.size() == 19 ? number(17, 2) : 0;
    if (y < 0 || m < 0 || d < 0 || h < 0 || mi < 0 || sec < 0)
        return std::nullopt;
    const QDate date(y, m, d);
    const QTime time(h, mi, sec);
    if (!date.isValid() || !time.isValid())
        return std::optional<DateAndTime>();
    return std::optional<DateAndTime>(DateAndTime{date, time});
}

} // namespace

std::optional<DateAndTime> parseUserDateTime(QStringView input)
{
    if (auto plain = plainIsoDateTime(input.trimmed()))
        return *plain;
    const QString text = input.trimmed().toString();
    // The time is split off first: parseUserDate() alone would read
    // "2024-05-16T14:00" as the day and drop the time.
    static const QRegularExpression withTime(QStringLiteral(R"(^(.*\d)(?:T|\s+)(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:\s*uhr)?$)"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression isoWithTail(QStringLiteral(R"(^\d{4}-\d{1,2}-\d{1,2}[T ])"));
    if (const auto match = withTime.match(text); match.hasMatch()) {
        const QDate date = parseUserDate(match.captured(1));
        const QTime time(match.captured(2).toInt(), match.captured(3).toInt(), match.captured(4).toInt());
        if (!date.isValid() || !time.isValid())
            return std::nullopt;
        return DateAndTime{date, time};
    }
    if (isoWithTail.match(text).hasMatch())
        return std::nullopt;
    const QDate date = parseUserDate(text);
    if (!date.isValid())
        return std::nullopt;
    return DateAndTime{date, QTime()};
}

QVariant toDbDate(const QDate &date)
{
    if (!date.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return date.toString(Qt::ISODate);
}

QDate fromDbDate(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.metaType().id() == QMetaType::QDate)
        return value.toDate();
    return QDate::fromString(value.toString().left(10), Qt::ISODate);
}

QVariant toDbTime(const QTime &time)
{
    if (!time.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return time.toString(QStringLiteral("HH:mm"));
}

QTime fromDbTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.metaType().id() == QMetaType::QTime)
        return value.toTime();
    const QString s = value.toString();
    QTime t = QTime::fromString(s, QStringLiteral("HH:mm"));
    if (!t.isValid())
        t = QTime::fromString(s, Qt::ISODate);
    return t;
}

QVariant toDbTimestamp(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return QVariant(QMetaType::fromType<QString>());
    const QDateTime utc = dateTime.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    if (d.year() < 1 || d.year() > 9999)
        return utc.toString(Qt::ISODateWithMs);
    // "2024-05-16T14:00:00.000Z", as Qt::ISODateWithMs writes it, by hand:
    // Qt formats through a printf, which made a large import spend a tenth
    // of its time writing its three timestamps per row.
    char16_t text[24];
    auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = char16_t(u'0' + value % 10);
    };
    put(0, d.year(), 4);
    text[4] = u'-';
    put(5, d.month(), 2);
    text[7] = u'-';
    put(8, d.day(), 2);
    text[10] = u'T';
    put(11, t.hour(), 2);
    text[13] = u':';
    put(14, t.minute(), 2);
    text[16] = u':';
    put(17, t.second(), 2);
    text[19] = u'.';
    put(20, t.msec(), 3);
    text[23] = u'Z';
    return QString(reinterpret_cast<const QChar *>(text), 24);
}

QDateTime fromDbTimestamp(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.metaType().id() == QMetaType::QDateTime)
        return value.toDateTime().toUTC();
    QDateTime dt = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(value.toString(), Qt::ISODate);
    if (dt.isValid() && dt.timeSpec() == Qt::LocalTime)
        dt.setTimeZone(QTimeZone::utc());
    return dt.toUTC();
}

namespace {
bool writesGerman(const QLocale &locale)
{
    return locale.language() == QLocale::German;
}
} // namespace

QString formatDate(const QDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    // Written out rather than the locale's short format, which differs
    // between Qt's data and the systems' (and has two-digit years).
    return locale.toString(date, writesGerman(locale) ? QStringLiteral("dd.MM.yyyy") : QStringLiteral("dd/MM/yyyy"));
}

QString formatDayMonth(const QDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    return locale.toString(date, writesGerman(locale) ? QStringLiteral("dd.MM.") : QStringLiteral("dd/MM"));
}

QString formatTime(const QTime &time, const QLocale &locale)
{
    if (!time.isValid())
        return {};
    return locale.toString(time, QStringLiteral("HH:mm"));
}

QString formatDateTime(const QDateTime &dateTime, const QLocale &locale)
{
    if (!dateTime.isValid())
        return {};
    const QDateTime local = dateTime.toLocalTime();
    return formatDate(local.date(), locale) + QLatin1Char(' ') + formatTime(local.time(), locale);
}

QString formatDateForExport(const QDate &date, bool german)
{
    if (!date.isValid())
        return {};
    return german ? date.toString(QStringLiteral("dd.MM.yyyy")) : date.toString(Qt::ISODate);
}

QString formatDateTimeForExport(const QDate &date, const QTime &time, bool german)
{
    const QString day = formatDateForExport(date, german);
    if (day.isEmpty() || !time.isValid())
        return day;
    const QString clock = time.toString(time.second() != 0 ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
    return day + (german ? QLatin1Char(' ') : QLatin1Char('T')) + clock;
}

} // namespace fd
