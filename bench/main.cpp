// SPDX-License-Identifier: GPL-3.0-or-later
// forumdesk-bench: how ForumDesk does on the data of a large network, each
// figure beside a reference measured in the same run (see BENCHMARKS.md).
// A developer's instrument, like the tests: its output is not translated.
#include "measure.h"
#include "scenarios.h"
#include "db/connection.h"

#include "db/paths.h"
#include "demo/generator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <optional>

using namespace fd;
using namespace fd::bench;

namespace {

void say(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
    std::fflush(stderr);
}

void out(const QString &text)
{
    std::printf("%s\n", text.toLocal8Bit().constData());
    std::fflush(stdout);
}

struct Figure {
    QString name;
    double value = 0;
    QString unit;
    QString reference;
    double referenceValue = 0;
    QString target;           // as the issue sets it, or empty
    std::optional<bool> met;  // against the target
};

QString list(const QList<double> &values)
{
    QStringList texts;
    for (double v : values)
        texts << QString::number(v, 'f', 1);
    return texts.join(QLatin1String(", "));
}

QString amount(double value, const QString &unit)
{
    const int decimals = value < 10 ? 2 : value < 100 ? 1 : 0;
    return QString::number(value, 'f', decimals) + QLatin1Char(' ') + unit;
}

void printFigures(const QList<Figure> &figures)
{
    out(QStringLiteral("%1  %2   %3  %4  %5   %6")
            .arg(QStringLiteral("figure"), -32)
            .arg(QStringLiteral("value"), 11)
            .arg(QStringLiteral("reference"), -30)
            .arg(QStringLiteral(""), 10)
            .arg(QStringLiteral("ratio"), 8)
            .arg(QStringLiteral("target")));
    for (const Figure &f : figures) {
        const QString ratio = f.referenceValue > 0 ? QString::number(f.value / f.referenceValue, 'f', 1) + QLatin1Char('x') : QStringLiteral("-");
        QString target = f.target.isEmpty() ? QStringLiteral("-") : f.target;
        if (f.met)
            target += *f.met ? QStringLiteral("  met") : QStringLiteral("  MISSED");
        out(QStringLiteral("%1  %2   %3  %4  %5   %6")
                .arg(f.name, -32)
                .arg(amount(f.value, f.unit), 11)
                .arg(f.reference, -30)
                .arg(amount(f.referenceValue, f.unit), 10)
                .arg(ratio, 8)
                .arg(target));
    }
}

// The given database is copied, so that the import leaves it as it was.
bool copyDatabase(const QString &from, const QString &to)
{
    if (!QFile::copy(from, to))
        return false;
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(from + suffix) && !QFile::copy(from + suffix, to + suffix))
            return false;
    }
    return true;
}

// The offscreen platform says this for every window it shows; it says nothing about ForumDesk.
QtMessageHandler standardHandler = nullptr;

void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("does not support propagateSizeHints")))
        return;
    if (standardHandler)
        standardHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(message));
}

} // namespace

int main(int argc, char *argv[])
{
    // Without a display, the offscreen platform; with one, whatever Qt picks (or -platform / QT_QPA_PLATFORM).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Never the user's settings or data folder.
    QStandardPaths::setTestModeEnabled(true);
    standardHandler = qInstallMessageHandler(quietHandler);
    QApplication app(argc, argv);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures ForumDesk on a large data set, each figure beside a reference (BENCHMARKS.md)."));
    parser.addHelpOption();
    const QCommandLineOption scaleOption(QStringLiteral("scale"), QStringLiteral("Data set to generate: large (default), medium, small."),
                                         QStringLiteral("SCALE"), QStringLiteral("large"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed of the generated data (default 1)."), QStringLiteral("N"),
                                        QStringLiteral("1"));
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Measure on a copy of this database instead of generating one."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption dateOption(QStringLiteral("date"), QStringLiteral("Date to print with the figures."), QStringLiteral("DATE"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Start-ups of each kind (default 3); the median counts."),
                                        QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption importOption(QStringLiteral("import-rows"), QStringLiteral("Registrations in the imported CSV (default 100000)."),
                                          QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption onlyOption(QStringLiteral("only"), QStringLiteral("Comma-separated: startup, filter, event, memory, year, import (default all)."),
                                        QStringLiteral("LIST"));
    const QCommandLineOption childOption(QStringLiteral("child-startup"), QStringLiteral("(internal) one start-up: app or empty."),
                                         QStringLiteral("MODE"));
    const QCommandLineOption generateChildOption(QStringLiteral("child-generate"), QStringLiteral("(internal) generate --db at --scale, --seed."));
    const QCommandLineOption importChildOption(QStringLiteral("child-import"), QStringLiteral("(internal) import this CSV into --db."),
                                               QStringLiteral("CSV"));
    const QCommandLineOption settingsOption(QStringLiteral("settings"), QStringLiteral("(internal) settings folder of a start-up child."),
                                            QStringLiteral("DIR"));
    parser.addOptions({scaleOption, seedOption, dbOption, dateOption, runsOption, importOption, onlyOption, childOption, generateChildOption,
                       importChildOption, settingsOption});
    parser.process(app);

    if (parser.isSet(childOption))
        return runStartupChild(app, parser.value(childOption), parser.value(dbOption), parser.value(settingsOption));
    if (parser.isSet(generateChildOption))
        return runGenerateChild(parser.value(dbOption), parser.value(scaleOption), parser.value(seedOption).toUInt());
    if (parser.isSet(importChildOption))
        return runImportChild(parser.value(dbOption), parser.value(importChildOption));

    setApplicationIdentity();
    QTemporaryDir work;
    if (!work.isValid()) {
        say(QStringLiteral("forumdesk-bench: cannot make a temporary folder"));
        return 3;
    }
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, work.filePath(QStringLiteral("settings")));

    const QStringList allParts = {QStringLiteral("startup"), QStringLiteral("filter"), QStringLiteral("event"), QStringLiteral("memory"),
                                  QStringLiteral("year"), QStringLiteral("import")};
    QSet<QString> parts;
    for (const QString &p : parser.value(onlyOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!allParts.contains(p.trimmed())) {
            say(QStringLiteral("forumdesk-bench: --only takes %1, not \"%2\"").arg(allParts.join(QLatin1String(", ")), p));
            return 2;
        }
        parts.insert(p.trimmed());
    }
    if (parts.isEmpty())
        parts = QSet<QString>(allParts.begin(), allParts.end());
    const auto scale = Generator::parseScale(parser.value(scaleOption));
    bool seedOk = false, runsOk = false, rowsOk = false;
    const quint32 seed = parser.value(seedOption).toUInt(&seedOk);
    const int runs = parser.value(runsOption).toInt(&runsOk);
    const int importRows = parser.value(importOption).toInt(&rowsOk);
    if (!scale || !seedOk || !runsOk || runs < 1 || !rowsOk || importRows < 1) {
        say(QStringLiteral("forumdesk-bench: --scale large|medium|small, --seed, --runs and --import-rows take numbers (see --help)"));
        return 2;
    }
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (parts.contains(QStringLiteral("import")) && sqlite3.isEmpty()) {
        say(QStringLiteral("forumdesk-bench: the sqlite3 shell is needed for the import's reference (Debian: apt-get install sqlite3), "
                           "or leave the import out with --only"));
        return 2;
    }

    // What the figures were taken on.
    QString sqliteVersion;
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-version"));
        probe.setDatabaseName(QStringLiteral(":memory:"));
        if (probe.open()) {
            QSqlQuery q(probe);
            if (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next())
                sqliteVersion = q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-version"));
    out(QStringLiteral("forumdesk-bench %1%2").arg(QStringLiteral(FORUMDESK_VERSION),
                                                    parser.isSet(dateOption) ? QStringLiteral(", ") + parser.value(dateOption) : QString()));
    out(QStringLiteral("machine: %1 cores (QThread::idealThreadCount), %2, %3 MiB memory")
            .arg(QThread::idealThreadCount())
            .arg(cpuModel().isEmpty() ? QStringLiteral("CPU unknown") : cpuModel())
            .arg(qRound(totalMemoryMiB())));
    out(QStringLiteral("Qt %1 (platform %2), SQLite %3").arg(QString::fromLatin1(qVersion()), QGuiApplication::platformName(), sqliteVersion));
    out(QStringLiteral("load average at start: %1").arg(loadAverage()));

    // The data: generated here, or a copy of the given file.
    const QString database = work.filePath(QStringLiteral("bench.sqlite"));
    if (parser.isSet(dbOption)) {
        if (!copyDatabase(parser.value(dbOption), database)) {
            say(QStringLiteral("forumdesk-bench: cannot copy %1").arg(parser.value(dbOption)));
            return 3;
        }
        out(QStringLiteral("database: a copy of %1").arg(QDir::toNativeSeparators(parser.value(dbOption))));
    } else {
        say(QStringLiteral("generating the %1 data set (seed %2)…").arg(parser.value(scaleOption)).arg(seed));
        QString summary;
        if (const QString error = generateInChild(QCoreApplication::applicationFilePath(), database, parser.value(scaleOption), seed, summary);
            !error.isEmpty()) {
            say(QStringLiteral("forumdesk-bench: %1").arg(error));
            return 3;
        }
        out(QStringLiteral("database: generated, %1 scale, seed %2: %3").arg(parser.value(scaleOption)).arg(seed).arg(summary));
    }
    out(QString());

    QList<Figure> figures;
    auto fail = [](const QString &what, const QString &error) {
        say(QStringLiteral("forumdesk-bench: %1: %2").arg(what, error));
        return 1;
    };

    double emptyPeak = 0, appPeak = 0;
    if (parts.contains(QStringLiteral("startup")) || parts.contains(QStringLiteral("memory"))) {
        say(QStringLiteral("start-up, %1 times each…").arg(runs));
        const StartupResult s = measureStartup(QCoreApplication::applicationFilePath(), database, work.path(), runs);
        if (!s.error.isEmpty())
            return fail(QStringLiteral("start-up"), s.error);
        emptyPeak = median(s.emptyPeakMiB);
        appPeak = median(s.appPeakMiB);
        say(QStringLiteral("  ms to the first filled paint: app %1; empty window %2").arg(list(s.appMs), list(s.emptyMs)));
        if (parts.contains(QStringLiteral("startup"))) {
            const double app = median(s.appMs), empty = median(s.emptyMs);
            figures << Figure{QStringLiteral("startup_to_filled_window"), app, QStringLiteral("ms"), QStringLiteral("empty QMainWindow"), empty,
                              QStringLiteral("<= 2x"), app <= 2 * empty};
        }
    }

    if (parts.contains(QStringLiteral("memory"))) {
        figures << Figure{QStringLiteral("peak_memory_every_page"), appPeak, QStringLiteral("MiB"), QStringLiteral("empty QMainWindow"), emptyPeak,
                          QStringLiteral("< 300 MiB"), appPeak < 300};
    }

    if (parts.contains(QStringLiteral("filter")) || parts.contains(QStringLiteral("event"))) {
        WindowBench window(database);
        if (const QString error = window.open(); !error.isEmpty())
            return fail(QStringLiteral("main window"), error);
        if (parts.contains(QStringLiteral("filter"))) {
            say(QStringLiteral("filter keystrokes on the People page…"));
            // Names of several languages, one with an organisation: ü, ř and ı are typed as such.
            const KeystrokeResult k = window.filterKeystrokes({QStringLiteral("müller"), QStringLiteral("kowalczyk"),
                                                               QStringLiteral("dvořák praha"), QStringLiteral("yılmaz")});
            if (!k.error.isEmpty())
                return fail(QStringLiteral("filter"), k.error);
            QStringList perKey;
            for (int i = 0; i < k.keyMs.size(); ++i)
                perKey << QStringLiteral("%1 %2").arg(k.keys.at(i) == QLatin1Char(' ') ? QStringLiteral("␣") : QString(k.keys.at(i)))
                              .arg(k.keyMs.at(i), 0, 'f', 1);
            say(QStringLiteral("  ms per key: %1").arg(perKey.join(QLatin1String(", "))));
            const QString ref = QStringLiteral("fold-and-match, %1 rows").arg(k.people);
            const double worstKey = worst(k.keyMs);
            figures << Figure{QStringLiteral("filter_keystroke_median"), median(k.keyMs), QStringLiteral("ms"), ref, median(k.referenceMs),
                              QStringLiteral("<= 16 ms"), median(k.keyMs) <= 16}
                    << Figure{QStringLiteral("filter_keystroke_p90"), percentile(k.keyMs, 90), QStringLiteral("ms"), ref,
                              percentile(k.referenceMs, 90), QStringLiteral("<= 16 ms"), percentile(k.keyMs, 90) <= 16}
                    << Figure{QStringLiteral("filter_keystroke_worst (%1 keys)").arg(k.keyMs.size()), worstKey, QStringLiteral("ms"), ref,
                              worst(k.referenceMs), QStringLiteral("<= 16 ms every key"), worstKey <= 16};
        }
        if (parts.contains(QStringLiteral("event"))) {
            say(QStringLiteral("opening the biggest event…"));
            const EventOpenResult e = window.openBiggestEvent(runs);
            if (!e.error.isEmpty())
                return fail(QStringLiteral("event"), e.error);
            say(QStringLiteral("  \"%1\": %2 ms; the plain SELECT %3 ms").arg(e.title, list(e.openMs), list(e.referenceMs)));
            figures << Figure{QStringLiteral("open_event_%1_registrations").arg(e.registrations), median(e.openMs), QStringLiteral("ms"),
                              QStringLiteral("plain SELECT of its rows"), median(e.referenceMs), QString(), std::nullopt};
        }
    }

    if (parts.contains(QStringLiteral("year"))) {
        say(QStringLiteral("the year at a glance, every year with events…"));
        const YearSummaryResult y = measureYearSummary(database, runs);
        if (!y.error.isEmpty())
            return fail(QStringLiteral("year"), y.error);
        say(QStringLiteral("  per year (ms): %1").arg(y.perYear.join(QLatin1String(", "))));
        figures << Figure{QStringLiteral("year_summary_worst_of_%1_years").arg(y.years), worst(y.summaryMs), QStringLiteral("ms"),
                          QStringLiteral("the Year page's months of that year"), worst(y.monthsMs), QStringLiteral("< 50 ms"),
                          worst(y.summaryMs) < 50};
    }

    if (parts.contains(QStringLiteral("import"))) {
        say(QStringLiteral("importing %1 registrations (this takes a while)…").arg(importRows));
        const ImportResult i = measureImport(QCoreApplication::applicationFilePath(), database, work.path(), importRows, sqlite3, runs);
        if (!i.error.isEmpty())
            return fail(QStringLiteral("import"), i.error);
        const double shell = median(i.sqliteMs);
        figures << Figure{QStringLiteral("import_%1_registrations").arg(i.rows), i.importMs, QStringLiteral("ms"), QStringLiteral("sqlite3 .import"),
                          shell, QStringLiteral("<= 3x"), i.importMs <= 3 * shell};
        const double growth = std::max(0.0, i.residentPeakMiB - i.residentBeforeMiB);
        figures << Figure{QStringLiteral("import_memory_growth"), growth, QStringLiteral("MiB"), QStringLiteral("the CSV file"), i.fileMiB,
                          QStringLiteral("flat: <= 1x file"), growth <= i.fileMiB};
        say(QStringLiteral("import: %1 rows for %2 new events, %3 put on a waitlist; resident %4 before, %5 at most, %6 after")
                .arg(i.rows)
                .arg(i.events)
                .arg(i.waitlisted)
                .arg(amount(i.residentBeforeMiB, QStringLiteral("MiB")), amount(i.residentPeakMiB, QStringLiteral("MiB")),
                     amount(i.residentAfterMiB, QStringLiteral("MiB"))));
    }

    printFigures(figures);
    out(QString());
    out(QStringLiteral("load average at end: %1").arg(loadAverage()));
    return 0;
}
