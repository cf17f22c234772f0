// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"

#include <QMutex>
#include <QTimeZone>

namespace fd {

namespace {

QMutex mutex;
QDateTime fixed;
bool envRead = false;

QDateTime fixedNow()
{
    QMutexLocker lock(&mutex);
    if (!envRead) {
        envRead = true;
        const QDate day = QDate::fromString(qEnvironmentVariable("FORUMDESK_TODAY"), Qt::ISODate);
        // Midday local time, so that the local date is that day in every zone.
        if (day.isValid() && !fixed.isValid())
            fixed = QDateTime(day, QTime(12, 0)).toUTC();
    }
    return fixed;
}

} // namespace

QDate today()
{
    const QDateTime f = fixedNow();
    return f.isValid() ? f.toLocalTime().date() : QDate::currentDate();
}

QDateTime nowUtc()
{
    const QDateTime f = fixedNow();
    const QDateTime now = f.isValid() ? f : QDateTime::currentDateTimeUtc();
    return QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), QTimeZone::utc());
}

void setFixedNow(const QDateTime &utc)
{
    QMutexLocker lock(&mutex);
    envRead = true;
    fixed = utc.isValid() ? utc.toUTC() : QDateTime();
}

} // namespace fd
