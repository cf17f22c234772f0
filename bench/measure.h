// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

// Small tools of the benchmark: statistics over timings and what the
// operating system says about the process.
namespace fd::bench {

double median(QList<double> values);
// Nearest-rank percentile (p in 0..100).
double percentile(QList<double> values, double p);
double worst(const QList<double> &values);

// Resident memory in MiB from /proc/self/status (Linux): now (VmRSS) and the
// peak so far (VmHWM); -1 where the system does not tell.
double residentMiB();
double peakResidentMiB();

// "1.02 0.87 0.60" from /proc/loadavg, or empty.
QString loadAverage();
// The CPU's model name from /proc/cpuinfo, or empty.
QString cpuModel();
// Total memory in MiB, or -1.
double totalMemoryMiB();

// Process the events that are waiting, and those they post (updates, layout,
// paint), so that the window is idle again.
void settle();

// Milliseconds with a fraction, from a QElapsedTimer's nanoseconds.
double msSince(qint64 startNs);
qint64 nowNs();

} // namespace fd::bench
