// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QApplication;

namespace fd {
class MainWindow;
}

// What forumdesk-bench measures, each beside a reference of the same work
// done plainly, in the same run (see BENCHMARKS.md).
namespace fd::bench {

// Start-up in fresh processes: this program started again in a child mode
// that opens the real main window (or an empty QMainWindow) and reports its
// first paint. Wall time from starting the process to that paint; then the
// child shows every page and reports its peak memory.
struct StartupResult {
    QList<double> appMs;
    QList<double> emptyMs;
    QList<double> appPeakMiB;   // after every page
    QList<double> emptyPeakMiB; // after its paint
    QString error;
};
StartupResult measureStartup(const QString &program, const QString &database, const QString &workDir, int runs);
// The child's side; `mode` is "app" or "empty". Returns the exit code.
int runStartupChild(QApplication &app, const QString &mode, const QString &database, const QString &settingsDir);

struct KeystrokeResult {
    QString keys;              // the keys typed, in order
    QList<double> keyMs;       // each key until the window is idle again
    QList<double> referenceMs; // the same fold-and-match over the people's folded texts in a loop
    int people = 0;
    QString error;
};

struct EventOpenResult {
    QList<double> openMs;      // select the event, show its registrations, idle
    QList<double> referenceMs; // SELECT of its registrations with their people, every value read
    int registrations = 0;
    QString title;
    QString error;
};

// The real main window, in this process, on the benchmark database.
class WindowBench
{
public:
    explicit WindowBench(const QString &database);
    ~WindowBench();
    QString open(); // empty, or what went wrong

    KeystrokeResult filterKeystrokes(const QStringList &queries);
    EventOpenResult openBiggestEvent(int runs);

private:
    QString m_database;
    std::unique_ptr<MainWindow> m_window;
};

// YearSummary::compute for every year with events (the median of `runs` each),
// beside the query of the Year page's months for the same year.
struct YearSummaryResult {
    int years = 0;
    QList<double> summaryMs; // per year
    QList<double> monthsMs;  // EventRepository::list of that year
    QStringList perYear;     // "2024 12.3 / 20.1"
    QString error;
};
YearSummaryResult measureYearSummary(const QString &database, int runs);

struct ImportResult {
    int rows = 0;
    int events = 0;
    double fileMiB = 0;
    double importMs = 0;
    QList<double> sqliteMs;     // sqlite3 .import of the same file into a scratch table
    double residentBeforeMiB = 0; // of the importing process, with the database open
    double residentPeakMiB = 0;   // sampled during the import
    double residentAfterMiB = 0;
    int waitlisted = 0;
    QString error;
};
// A CSV of `rows` registrations of known people for new events, imported in
// a fresh process through the importer of "forumdesk-cli import registrations".
ImportResult measureImport(const QString &program, const QString &database, const QString &workDir, int rows, const QString &sqlite3,
                           int sqliteRuns);
// The child's side. Returns the exit code.
int runImportChild(const QString &database, const QString &csv);

// Generates the data set in a process of its own (its memory is not the
// app's); progress goes to stderr. Empty, or what went wrong; `summary` is
// what the generator reports.
QString generateInChild(const QString &program, const QString &database, const QString &scale, quint32 seed, QString &summary);
int runGenerateChild(const QString &database, const QString &scale, quint32 seed);

} // namespace fd::bench
