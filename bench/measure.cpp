// SPDX-License-Identifier: GPL-3.0-or-later
#include "measure.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cmath>

namespace fd::bench {

namespace {

// A line "Key:   123 kB" of a /proc file, in MiB.
double procValueMiB(const char *file, const char *key)
{
    QFile f(QString::fromLatin1(file));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QByteArray prefix = QByteArray(key) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(prefix)) {
            const QList<QByteArray> parts = line.mid(prefix.size()).simplified().split(' ');
            return parts.value(0).toDouble() / 1024.0;
        }
    }
    return -1;
}

const QElapsedTimer &clock()
{
    static const QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer;
}

} // namespace

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype rank = qsizetype(std::ceil(p / 100.0 * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

double worst(const QList<double> &values)
{
    return values.isEmpty() ? 0 : *std::max_element(values.begin(), values.end());
}

double residentMiB()
{
    return procValueMiB("/proc/self/status", "VmRSS");
}

double peakResidentMiB()
{
    return procValueMiB("/proc/self/status", "VmHWM");
}

double totalMemoryMiB()
{
    return procValueMiB("/proc/meminfo", "MemTotal");
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const QList<QByteArray> parts = f.readAll().simplified().split(' ');
    return QString::fromLatin1(parts.mid(0, 3).join(' '));
}

QString cpuModel()
{
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("model name"))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    }
    return {};
}

void settle()
{
    // Posted events (layout, UpdateRequest -> paint) are handled by the
    // second and third rounds; three rounds leave nothing behind here.
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        QCoreApplication::sendPostedEvents();
    }
}

qint64 nowNs()
{
    return clock().nsecsElapsed();
}

double msSince(qint64 startNs)
{
    return double(nowNs() - startNs) / 1e6;
}

} // namespace fd::bench
