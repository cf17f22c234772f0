// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenarios.h"

#include "measure.h"

#include "app/mainwindow.h"
#include "app/session.h"
#include "common/filterproxy.h"
#include "common/page.h"
#include "common/roles.h"
#include "common/textfold.h"
#include "csv/csvwriter.h"
#include "db/database.h"
#include "db/connection.h"
#include "db/paths.h"
#include "demo/generator.h"
#include "events/eventeditor.h"
#include "events/eventrepository.h"
#include "events/eventspage.h"
#include "events/registrationmodel.h"
#include "events/registrationpanel.h"
#include "exchange/exchange.h"
#include "i18n/language.h"
#include "people/peoplepage.h"
#include "people/personmodel.h"
#include "people/personrepository.h"
#include "records/yearsummary.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMainWindow>
#include <QProcess>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace fd::bench {

namespace {

// Keeps QSettings (window geometry, last page, recent files) apart from the user's.
void useSettingsIn(const QString &dir)
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir);
}

// Runs `then` once `target` has painted while `ready` holds (on the next
// round of the event loop, so that the paint has finished).
class PaintWatcher : public QObject
{
public:
    PaintWatcher(QWidget *target, std::function<bool()> ready, std::function<void()> then)
        : m_target(target), m_ready(std::move(ready)), m_then(std::move(then))
    {
        target->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_done && watched == m_target && event->type() == QEvent::Paint && m_ready()) {
            m_done = true;
            QTimer::singleShot(0, qApp, m_then);
        }
        return false;
    }

private:
    QWidget *m_target;
    std::function<bool()> m_ready;
    std::function<void()> m_then;
    bool m_done = false;
};

const QStringList PageIds = {QStringLiteral("members"), QStringLiteral("people"), QStringLiteral("events"), QStringLiteral("year"),
                             QStringLiteral("checkin")};

// Counts the paints of a widget: a keystroke that paints nothing has not been measured to the end.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget *target) { target->installEventFilter(this); }
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        paints += event->type() == QEvent::Paint;
        return false;
    }
};

QSqlDatabase referenceConnection(const QString &path)
{
    const QString name = QStringLiteral("bench-reference");
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name) : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    if (!db.isOpen()) {
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        db.open();
    }
    return db;
}

QVariant scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

void typeKey(QWidget *widget, QChar ch)
{
    if (ch.unicode() < 0x80)
        QTest::keyClick(widget, char(ch.unicode()));
    else
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
}

QModelIndex proxyIndexOf(QAbstractItemModel *proxy, qint64 id)
{
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QModelIndex index = proxy->index(row, 0);
        if (index.data(roles::IdRole).toLongLong() == id)
            return index;
    }
    return {};
}

} // namespace

// --- start-up ---------------------------------------------------------------

int runStartupChild(QApplication &app, const QString &mode, const QString &database, const QString &settingsDir)
{
    setApplicationIdentity();
    useSettingsIn(settingsDir);
    i18n::install(app, QStringLiteral("en"));
    std::unique_ptr<QMainWindow> window;
    std::unique_ptr<PaintWatcher> watcher;
    // The parent times the first line; the second says how much memory the process took.
    auto painted = [] {
        std::printf("painted %.1f\n", peakResidentMiB());
        std::fflush(stdout);
    };
    auto finish = [] {
        std::printf("pages %.1f\n", peakResidentMiB());
        std::fflush(stdout);
        QCoreApplication::quit();
    };
    if (mode == QLatin1String("app")) {
        // As app/main.cpp does it.
        auto *main = new MainWindow;
        window.reset(main);
        main->show();
        if (!main->openDatabase(database, false)) {
            std::printf("error cannot open %s\n", qPrintable(database));
            return 1;
        }
        Page *page = main->currentPage();
        QAbstractItemView *view = page ? page->findChild<QAbstractItemView *>() : nullptr;
        QWidget *target = view ? view->viewport() : main->centralWidget();
        watcher = std::make_unique<PaintWatcher>(
            target, [view] { return !view || (view->model() && view->model()->rowCount() > 0); },
            [main, painted, finish] {
                painted();
                // Then every page once, as a user looks around.
                for (const QString &id : PageIds) {
                    main->showPage(id);
                    settle();
                }
                finish();
            });
    } else {
        window = std::make_unique<QMainWindow>();
        window->setCentralWidget(new QWidget);
        window->resize(1280, 800);
        window->show();
        watcher = std::make_unique<PaintWatcher>(window->centralWidget(), [] { return true; }, [painted, finish] {
            painted();
            finish();
        });
    }
    QTimer::singleShot(120000, &app, [] {
        std::printf("error no paint within two minutes\n");
        std::fflush(stdout);
        QCoreApplication::exit(1);
    });
    return app.exec();
}

namespace {

// One start in a fresh process: milliseconds to the first filled paint, and
// the child's peak memory once it has shown every page.
bool startOnce(const QString &program, const QString &mode, const QString &database, const QString &settingsDir, double &ms,
               double &peakMiB, QString &error)
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QGuiApplication::platformName());
    child.setProcessEnvironment(env);
    const qint64 start = nowNs();
    child.start(program, {QStringLiteral("--child-startup"), mode, QStringLiteral("--db"), database, QStringLiteral("--settings"), settingsDir});
    QByteArray output;
    ms = -1;
    while (output.count('\n') < 2) {
        if (!child.waitForReadyRead(150000)) {
            error = QStringLiteral("the %1 start-up child gave no answer: %2")
                        .arg(mode, QString::fromLocal8Bit(output + child.readAllStandardError()).trimmed());
            child.kill();
            child.waitForFinished();
            return false;
        }
        output += child.readAllStandardOutput();
        if (ms < 0 && output.contains('\n'))
            ms = msSince(start);
        if (!output.startsWith("painted"))
            break;
    }
    child.waitForFinished(30000);
    const QList<QByteArray> lines = output.trimmed().split('\n');
    if (lines.size() < 2 || !lines.at(0).startsWith("painted ") || !lines.at(1).startsWith("pages ")) {
        error = QStringLiteral("the %1 start-up child says: %2").arg(mode, QString::fromLocal8Bit(output.trimmed()));
        return false;
    }
    peakMiB = lines.at(1).mid(6).toDouble();
    return true;
}

} // namespace

StartupResult measureStartup(const QString &program, const QString &database, const QString &workDir, int runs)
{
    StartupResult r;
    for (int run = 0; run < runs; ++run) {
        for (const QString &mode : {QStringLiteral("empty"), QStringLiteral("app")}) {
            // Each start with settings of its own, as on a first start.
            const QString settings = QDir(workDir).filePath(QStringLiteral("settings-%1-%2").arg(mode).arg(run));
            QDir().mkpath(settings);
            double ms = 0, peak = 0;
            if (!startOnce(program, mode, database, settings, ms, peak, r.error))
                return r;
            (mode == QLatin1String("app") ? r.appMs : r.emptyMs) << ms;
            (mode == QLatin1String("app") ? r.appPeakMiB : r.emptyPeakMiB) << peak;
        }
    }
    return r;
}

// --- the window in this process -------------------------------------------------

WindowBench::WindowBench(const QString &database) : m_database(database) {}

WindowBench::~WindowBench() = default;

QString WindowBench::open()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 860);
    m_window->show();
    if (!m_window->openDatabase(m_database, false))
        return QStringLiteral("the main window cannot open %1").arg(m_database);
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return QStringLiteral("the main window was not shown");
    settle();
    return {};
}

KeystrokeResult WindowBench::filterKeystrokes(const QStringList &queries)
{
    KeystrokeResult r;
    m_window->showPage(QStringLiteral("people"));
    auto *page = qobject_cast<PeoplePage *>(m_window->page(QStringLiteral("people")));
    if (!page) {
        r.error = QStringLiteral("no People page");
        return r;
    }
    settle();
    // The reference works on the same folded texts the model keeps for filtering.
    QStringList haystacks;
    PersonModel *model = page->model();
    r.people = model->rowCount();
    haystacks.reserve(r.people);
    for (int row = 0; row < r.people; ++row)
        haystacks << model->index(row, 0).data(roles::FilterRole).toString();

    QLineEdit *filter = page->filterEdit();
    PaintCounter paints(page->view()->viewport());
    for (const QString &query : queries) {
        filter->clear();
        settle();
        filter->setFocus();
        for (const QChar ch : query) {
            const qint64 start = nowNs();
            typeKey(filter, ch);
            // Until a round of the event loop paints the table no more: the
            // view's delayed layout and the paint it asks for are inside the time.
            int painted;
            do {
                painted = paints.paints;
                settle();
            } while (paints.paints != painted);
            r.keyMs << msSince(start);
            r.keys += ch;

            // The same work in a plain loop: fold what was typed, keep the rows that contain every word.
            const qint64 refStart = nowNs();
            const QStringList words = foldKey(filter->text()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            int found = 0;
            for (const QString &h : std::as_const(haystacks)) {
                bool all = true;
                for (const QString &w : words)
                    all = all && h.contains(w);
                found += all;
            }
            r.referenceMs << msSince(refStart);
            if (found != page->proxy()->rowCount()) {
                r.error = QStringLiteral("the People page shows %1 rows for \"%2\", the plain loop finds %3")
                              .arg(page->proxy()->rowCount())
                              .arg(filter->text())
                              .arg(found);
                return r;
            }
        }
    }
    if (paints.paints < r.keyMs.size() / 2) {
        r.error = QStringLiteral("the table was painted %1 times for %2 keys: the keys were not measured to the paint").arg(paints.paints).arg(r.keyMs.size());
        return r;
    }
    filter->clear();
    settle();
    return r;
}

EventOpenResult WindowBench::openBiggestEvent(int runs)
{
    EventOpenResult r;
    QSqlDatabase ref = referenceConnection(m_database);
    const qint64 big = scalar(ref, QStringLiteral("SELECT event_id FROM registrations GROUP BY event_id ORDER BY count(*) DESC, event_id LIMIT 1")).toLongLong();
    const qint64 small = scalar(ref, QStringLiteral("SELECT event_id FROM registrations GROUP BY event_id ORDER BY count(*), event_id LIMIT 1"))
                             .toLongLong();
    r.registrations = scalar(ref, QStringLiteral("SELECT count(*) FROM registrations WHERE event_id = %1").arg(big)).toInt();
    r.title = scalar(ref, QStringLiteral("SELECT title FROM events WHERE id = %1").arg(big)).toString();

    m_window->showPage(QStringLiteral("events"));
    auto *page = qobject_cast<EventsPage *>(m_window->page(QStringLiteral("events")));
    if (!page || big == 0 || small == 0) {
        r.error = QStringLiteral("no Events page, or no events with registrations");
        return r;
    }
    settle();
    const QModelIndex bigIndex = proxyIndexOf(page->proxy(), big);
    const QModelIndex smallIndex = proxyIndexOf(page->proxy(), small);
    if (!bigIndex.isValid() || !smallIndex.isValid()) {
        r.error = QStringLiteral("the events are not in the Events page's list");
        return r;
    }
    QItemSelectionModel *selection = page->view()->selectionModel();
    const auto flags = QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows;
    for (int run = 0; run < runs; ++run) {
        // From a small event to the big one, as a click in the list does, then its registrations.
        selection->setCurrentIndex(smallIndex, flags);
        page->eventEditor()->showRegistrations();
        settle();
        const qint64 start = nowNs();
        selection->setCurrentIndex(bigIndex, flags);
        page->eventEditor()->showRegistrations();
        settle();
        r.openMs << msSince(start);
        const int shown = page->eventEditor()->registrations()->model()->rowCount();
        if (shown != r.registrations) {
            r.error = QStringLiteral("the registrations panel shows %1 rows, the event has %2").arg(shown).arg(r.registrations);
            return r;
        }

        // The plain way: the same rows with the people's names, every value read.
        const qint64 refStart = nowNs();
        QSqlQuery q(ref);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT r.id, r.uuid, r.status, r.source, r.registered_at, r.waitlisted_at, r.notes, r.created_at, "
                                 "r.updated_at, r.row_version, p.title, p.first_name, p.last_name, p.email "
                                 "FROM registrations r JOIN people p ON p.id = r.person_id WHERE r.event_id = ? "
                                 "ORDER BY r.registered_at, r.id"));
        q.addBindValue(big);
        int rows = 0;
        if (q.exec()) {
            const int columns = q.record().count();
            QVariantList values;
            while (q.next()) {
                for (int c = 0; c < columns; ++c)
                    values << q.value(c);
                ++rows;
            }
        }
        r.referenceMs << msSince(refStart);
        if (rows != r.registrations) {
            r.error = QStringLiteral("the reference query read %1 rows: %2").arg(rows).arg(q.lastError().text());
            return r;
        }
    }
    return r;
}

// --- import -------------------------------------------------------------------

namespace {

struct PreparedImport {
    QString csv;
    int events = 0;
    double fileMiB = 0;
    QString error;
};

// New events, and a CSV of `rows` registrations of known people for them.
PreparedImport prepareImport(const QString &database, const QString &workDir, int rows)
{
    PreparedImport r;
    auto opened = Database::openSqlite(database);
    if (!opened) {
        r.error = opened.error().toString();
        return r;
    }
    Database &db = **opened;

    // Known people, by e-mail as most lists name them.
    QList<PersonListItem> people;
    if (auto list = PersonRepository(db).list()) {
        for (const PersonListItem &p : std::as_const(*list)) {
            if (!p.person.email.isEmpty())
                people << p;
        }
    }
    if (people.isEmpty()) {
        r.error = QStringLiteral("the database has no people with an e-mail address");
        return r;
    }
    // New events for them, so that every row is a new registration; the
    // first one has fewer places than people, so that a waitlist forms.
    auto kind = EventKindRepository(db).find(QStringLiteral("Workshop"));
    if (!kind || !kind->has_value()) {
        r.error = QStringLiteral("no event kind Workshop");
        return r;
    }
    r.events = int((rows + people.size() - 1) / people.size());
    QList<Event> events;
    for (int i = 0; i < r.events; ++i) {
        Event e;
        e.title = QStringLiteral("Benchmark-Import %1").arg(i + 1);
        e.kindId = kind->value().id;
        e.startDate = QDate(2027, 3, 1).addDays(7 * i);
        if (i == 0)
            e.capacity = int(people.size()) * 9 / 10;
        auto created = EventRepository(db).create(e);
        if (!created) {
            r.error = created.error().toString();
            return r;
        }
        events << *created;
    }

    r.csv = QDir(workDir).filePath(QStringLiteral("registrations-%1.csv").arg(rows));
    QFile file(r.csv);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        r.error = QStringLiteral("cannot write %1").arg(r.csv);
        return r;
    }
    const QChar d = QLatin1Char(';');
    QString text = QStringLiteral("Veranstaltung;Vorname;Nachname;Organisation;E-Mail;Status;Angemeldet am;Quelle\n");
    for (int i = 0; i < rows; ++i) {
        const Event &e = events.at(i / int(people.size()));
        const PersonListItem &p = people.at(i % people.size());
        const QDateTime at = QDateTime(QDate(2027, 1, 4), QTime(8, 0), Qt::UTC).addSecs(qint64(i % people.size()) * 20);
        const QStringList fields = {e.uuid.toString(QUuid::WithoutBraces), p.person.firstName, p.person.lastName, p.current.organisationName,
                                    p.person.email, QStringLiteral("angemeldet"), at.toString(QStringLiteral("yyyy-MM-ddTHH:mm")),
                                    QStringLiteral("Formular")};
        for (int f = 0; f < fields.size(); ++f) {
            if (f)
                text += d;
            text += CsvWriter::quoteField(fields.at(f), d);
        }
        text += QLatin1Char('\n');
    }
    file.write(text.toUtf8());
    r.fileMiB = double(file.size()) / (1024.0 * 1024.0);
    return r;
}

} // namespace

int runImportChild(const QString &database, const QString &csv)
{
    // As "forumdesk-cli --db DATABASE import registrations CSV" does it, in a process of its own.
    auto opened = Database::openSqlite(database);
    if (!opened) {
        std::printf("error %s\n", qPrintable(opened.error().toString()));
        return 1;
    }
    Database &db = **opened;
    const double before = residentMiB();
    double peak = before;
    qint64 calls = 0;
    auto progress = [&](qint64, qint64) {
        if (++calls % 250 == 0)
            peak = std::max(peak, residentMiB());
        return true;
    };
    const qint64 start = nowNs();
    auto importer = makeImporter(QStringLiteral("registrations"), db);
    auto report = importer->importFile(csv, false, progress);
    const double ms = msSince(start);
    peak = std::max(peak, residentMiB());
    if (!report) {
        std::printf("error %s\n", qPrintable(report.error().toString()));
        return 1;
    }
    if (report->hasErrors() || !report->committed) {
        std::printf("error the import did not go in: %s %s\n", qPrintable(report->summary()),
                    qPrintable(report->lines(ImportMessage::Severity::Error).value(0)));
        return 1;
    }
    std::printf("imported %.1f %.1f %.1f %.1f %lld %d\n", ms, before, peak, residentMiB(),
                qint64(report->createdIds.value(QStringLiteral("registrations")).size()), report->rowsWaitlisted);
    std::fflush(stdout);
    return 0;
}

ImportResult measureImport(const QString &program, const QString &database, const QString &workDir, int rows, const QString &sqlite3,
                           int sqliteRuns)
{
    ImportResult r;
    r.rows = rows;
    const PreparedImport prepared = prepareImport(database, workDir, rows);
    if (!prepared.error.isEmpty()) {
        r.error = prepared.error;
        return r;
    }
    r.events = prepared.events;
    r.fileMiB = prepared.fileMiB;

    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(program, {QStringLiteral("--child-import"), prepared.csv, QStringLiteral("--db"), database});
    if (!child.waitForFinished(3600 * 1000)) {
        r.error = QStringLiteral("the import took more than an hour");
        child.kill();
        child.waitForFinished();
        return r;
    }
    const QByteArray output = child.readAllStandardOutput().trimmed();
    const QList<QByteArray> words = output.split(' ');
    if (words.value(0) != "imported" || words.size() < 7) {
        r.error = QStringLiteral("the import child says: %1").arg(QString::fromLocal8Bit(output));
        return r;
    }
    r.importMs = words.at(1).toDouble();
    r.residentBeforeMiB = words.at(2).toDouble();
    r.residentPeakMiB = words.at(3).toDouble();
    r.residentAfterMiB = words.at(4).toDouble();
    r.waitlisted = words.at(6).toInt();
    if (words.at(5).toInt() != rows) {
        r.error = QStringLiteral("the import created %1 registrations instead of %2").arg(QString::fromLatin1(words.at(5))).arg(rows);
        return r;
    }

    // The floor: SQLite's own shell reads the same file into a scratch table.
    for (int run = 0; run < sqliteRuns; ++run) {
        const QString scratch = QDir(workDir).filePath(QStringLiteral("scratch-%1.sqlite").arg(run));
        QFile::remove(scratch);
        QProcess shell;
        const qint64 shellStart = nowNs();
        shell.start(sqlite3, {QStringLiteral("-csv"), QStringLiteral("-separator"), QStringLiteral(";"), scratch,
                              QStringLiteral(".import \"%1\" registrations_import").arg(prepared.csv)});
        if (!shell.waitForFinished(600000) || shell.exitStatus() != QProcess::NormalExit || shell.exitCode() != 0) {
            r.error = QStringLiteral("sqlite3 .import failed: %1").arg(QString::fromLocal8Bit(shell.readAllStandardError()).trimmed());
            return r;
        }
        r.sqliteMs << msSince(shellStart);
        QProcess count;
        count.start(sqlite3, {scratch, QStringLiteral("SELECT count(*) FROM registrations_import")});
        count.waitForFinished(60000);
        const int imported = count.readAllStandardOutput().trimmed().toInt();
        if (imported != rows) {
            r.error = QStringLiteral("sqlite3 .import read %1 rows instead of %2").arg(imported).arg(rows);
            return r;
        }
        QFile::remove(scratch);
    }
    return r;
}

// --- the year at a glance ----------------------------------------------------

YearSummaryResult measureYearSummary(const QString &database, int runs)
{
    YearSummaryResult r;
    auto db = Database::openSqlite(database);
    if (!db) {
        r.error = db.error().toString();
        return r;
    }
    auto years = EventRepository(**db).years();
    if (!years) {
        r.error = years.error().toString();
        return r;
    }
    for (int year : std::as_const(*years)) {
        QList<double> summary, months;
        for (int i = 0; i < runs; ++i) {
            qint64 start = nowNs();
            auto s = YearSummary::compute(**db, year);
            summary << msSince(start);
            if (!s) {
                r.error = s.error().toString();
                return r;
            }
            EventFilter filter;
            filter.year = year;
            start = nowNs();
            auto list = EventRepository(**db).list(filter);
            months << msSince(start);
        }
        r.summaryMs << median(summary);
        r.monthsMs << median(months);
        r.perYear << QStringLiteral("%1 %2 / %3").arg(year).arg(r.summaryMs.last(), 0, 'f', 1).arg(r.monthsMs.last(), 0, 'f', 1);
    }
    r.years = int(years->size());
    return r;
}

// --- the data set -------------------------------------------------------------

int runGenerateChild(const QString &database, const QString &scale, quint32 seed)
{
    const auto parsed = Generator::parseScale(scale);
    auto db = Database::openSqlite(database);
    if (!parsed || !db) {
        std::printf("error %s\n", db ? "unknown scale" : qPrintable(db.error().toString()));
        return 1;
    }
    int shown = 0;
    const qint64 start = nowNs();
    auto summary = Generator::generate(**db, *parsed, seed, [&shown](qint64 done, qint64 total) {
        const int percent = total ? int(done * 100 / total) : 100;
        if (percent / 10 > shown / 10) {
            shown = percent;
            std::fprintf(stderr, "  %d%%\n", percent);
        }
    });
    if (!summary) {
        std::printf("error %s\n", qPrintable(summary.error().toString()));
        return 1;
    }
    std::printf("%d members, %d people, %d events, %d registrations (largest event %d) in %.1f s\n", summary->organisations,
                summary->people, summary->events, summary->registrations, summary->largestEvent, msSince(start) / 1000.0);
    return 0;
}

QString generateInChild(const QString &program, const QString &database, const QString &scale, quint32 seed, QString &summary)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(program, {QStringLiteral("--child-generate"), QStringLiteral("--db"), database, QStringLiteral("--scale"), scale,
                          QStringLiteral("--seed"), QString::number(seed)});
    if (!child.waitForFinished(3600 * 1000) || child.exitStatus() != QProcess::NormalExit) {
        child.kill();
        child.waitForFinished();
        return QStringLiteral("the generator did not finish");
    }
    summary = QString::fromLocal8Bit(child.readAllStandardOutput().trimmed());
    if (child.exitCode() != 0)
        return summary;
    return {};
}

} // namespace fd::bench
