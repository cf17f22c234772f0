// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "exchange/declaredkind.h"

#include "cli/cliargs.h"
#include "cli/eventcommands.h"
#include "db/database.h"
#include "db/searchindex.h"
#include "db/paths.h"
#include "demo/demodata.h"
#include "demo/generator.h"
#include "events/eventrepository.h"
#include "events/packmerger.h"
#include "events/sitepack.h"
#include "exchange/exchange.h"
#include "i18n/language.h"
#include "members/organisationrepository.h"
#include "people/personrepository.h"
#include "records/yearsummary.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

#include <memory>

namespace fd {

namespace {

// Options that take a value, and flags. Anything else is refused: a
// misspelt --dryrun must not write for real.
const QStringList ValueOptions = {QStringLiteral("db"),    QStringLiteral("lang"),      QStringLiteral("out"),      QStringLiteral("year"),
                                  QStringLiteral("event"), QStringLiteral("conflicts"), QStringLiteral("signatory"),
                                  QStringLiteral("format"), QStringLiteral("scale"),  QStringLiteral("seed")};
const QStringList Flags = {QStringLiteral("dry-run"), QStringLiteral("verbose"), QStringLiteral("help"), QStringLiteral("version")};

} // namespace

CliArgs parseCliArgs(const QStringList &args)
{
    CliArgs a;
    for (int i = 1; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg.startsWith(QLatin1String("--"))) {
            QString name = arg.mid(2);
            QString value;
            const bool inlineValue = name.contains(QLatin1Char('='));
            if (inlineValue) {
                value = name.section(QLatin1Char('='), 1);
                name = name.section(QLatin1Char('='), 0, 0);
            }
            if (ValueOptions.contains(name)) {
                if (!inlineValue) {
                    if (i + 1 >= args.size()) {
                        a.error = Cli::tr("The option --%1 needs a value.").arg(name);
                        return a;
                    }
                    value = args.at(++i);
                }
                if (name == QLatin1String("db"))
                    a.db = value;
                else if (name == QLatin1String("lang"))
                    a.lang = value;
                else
                    a.options.insert(name, value);
            } else if (Flags.contains(name) && !inlineValue) {
                a.flags.insert(name);
            } else {
                a.error = Cli::tr("Unknown option --%1.").arg(name);
                return a;
            }
        } else if (arg == QLatin1String("-h")) {
            a.flags.insert(QStringLiteral("help"));
        } else {
            a.words << arg;
        }
    }
    return a;
}

namespace {

class Runner
{
public:
    Runner(const CliArgs &args, QTextStream &out, QTextStream &err) : m_args(args), m_out(out), m_err(err) {}

    int run()
    {
        const QString command = m_args.words.value(0);
        if (command == QLatin1String("import")) {
            if (m_args.options.contains(QStringLiteral("format")))
                return usage(Cli::tr("--format applies to \"export\" only: imports are CSV."));
            return withDatabase([this] { return import(); });
        }
        if (command == QLatin1String("export")) {
            if (eventExportKinds().contains(m_args.words.value(1))) {
                if (m_args.options.contains(QStringLiteral("format")))
                    return usage(Cli::tr("--format applies to the lists only (members, people, events, registrations)."));
                return withDatabase([this] { return exportEvents(m_args.words.value(1), *m_db, m_args, m_out, m_err); });
            }
            // Checked before the database is opened: a wrong word must not create one.
            const auto format = listFormat();
            if (!format)
                return usage(Cli::tr("--format takes \"csv\" or \"xlsx\", not \"%1\".").arg(m_args.option(QStringLiteral("format"))));
            return withDatabase([this, format] { return exportList(*format); });
        }
        if (command == QLatin1String("demo"))
            return withDatabase([this] { return demo(); });
        if (command == QLatin1String("generate"))
            return generate();
        if (command == QLatin1String("info"))
            return withDatabase([this] { return info(); });
        if (command == QLatin1String("search"))
            return withDatabase([this] { return search(); });
        if (command == QLatin1String("columns")) {
            // From the declarations alone: no database is opened.
            m_out << csvColumnsMarkdown();
            return Cli::Ok;
        }
        if (command == QLatin1String("pack"))
            return withDatabase([this] { return pack(); });
        if (command == QLatin1String("year")) {
            // Checked before the database is opened: a wrong word must not create one.
            const auto year = Cli::parseYear(m_args.words.value(1));
            if (!year)
                return usage(Cli::tr("forumdesk-cli year YEAR, e.g. year 2024"));
            return withDatabase([this, year] { return yearSummary(*year); });
        }
        m_err << Cli::tr("Unknown command \"%1\".").arg(command) << '\n' << Cli::usage();
        return Cli::UsageError;
    }

private:
    template<typename F>
    int withDatabase(F &&f)
    {
        const QString path = m_args.db.isEmpty() ? defaultDatabasePath() : m_args.db;
        auto db = Database::openSqlite(path);
        if (!db) {
            m_err << db.error().toString() << '\n';
            return Cli::DatabaseError;
        }
        m_db = std::move(db.value());
        return f();
    }

    template<typename F>
    static void printSome(QTextStream &stream, const QStringList &lines, bool all, F &&format)
    {
        constexpr int Shown = 50;
        const qsizetype count = all ? lines.size() : qMin<qsizetype>(lines.size(), Shown);
        for (qsizetype i = 0; i < count; ++i)
            stream << format(lines.at(i)) << '\n';
        if (count < lines.size())
            stream << Cli::tr("… and %n more like these (--verbose shows them all).", nullptr, int(lines.size() - count)) << '\n';
    }

    int usage(const QString &message)
    {
        m_err << message << '\n' << Cli::usage();
        return Cli::UsageError;
    }

    int import()
    {
        const QString kind = canonicalKind(m_args.words.value(1));
        const QString file = m_args.words.value(2);
        if (!importKinds().contains(kind))
            return usage(Cli::tr("Import what? One of: %1.").arg(importKinds().join(QLatin1String(", "))));
        if (file.isEmpty())
            return usage(Cli::tr("Which file? forumdesk-cli import %1 FILE.csv").arg(kind));
        auto importer = makeImporter(kind, *m_db);
        const bool dryRun = m_args.flag(QStringLiteral("dry-run"));
        auto report = importer->importFile(file, dryRun);
        if (!report) {
            return Cli::fail(m_err, report.error());
        }
        // Every error, since each one must be fixed; of the warnings and
        // notes (5,000 people put on a waitlist) the first ones, unless asked.
        const bool verbose = m_args.flag(QStringLiteral("verbose"));
        for (const QString &line : report->lines(ImportMessage::Severity::Error))
            m_err << Cli::tr("error: %1").arg(line) << '\n';
        printSome(m_err, report->lines(ImportMessage::Severity::Warning), verbose, [](const QString &line) {
            return Cli::tr("warning: %1").arg(line);
        });
        printSome(m_out, report->lines(ImportMessage::Severity::Info), verbose, [](const QString &line) {
            return Cli::tr("note: %1").arg(line);
        });
        if (report->hasErrors()) {
            m_err << report->summary() << '\n';
            return Cli::DataError;
        }
        m_out << report->summary() << '\n';
        return Cli::Ok;
    }

    // --format csv|xlsx; without it an --out FILE.xlsx means Excel, anything else CSV.
    std::optional<ListFormat> listFormat() const
    {
        if (m_args.options.contains(QStringLiteral("format")))
            return parseListFormat(m_args.option(QStringLiteral("format")));
        if (QFileInfo(m_args.option(QStringLiteral("out"))).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)
            return ListFormat::Xlsx;
        return ListFormat::Csv;
    }

    int exportList(ListFormat format)
    {
        const QString kind = canonicalKind(m_args.words.value(1));
        const QString out = m_args.option(QStringLiteral("out"));
        if (!exportKinds().contains(kind))
            return usage(Cli::tr("Export what? One of: %1.").arg((exportKinds() + eventExportKinds()).join(QLatin1String(", "))));
        if (out.isEmpty())
            return usage(Cli::tr("Where to? Give --out FILE."));
        ListExportOptions options;
        options.germanHeaders = i18n::isGerman();
        const bool events = kind == QLatin1String("events");
        const bool registrations = kind == QLatin1String("registrations");
        if (m_args.options.contains(QStringLiteral("year"))) {
            if (!events)
                return usage(Cli::tr("--year applies to \"export events\" only."));
            options.year = Cli::parseYear(m_args.option(QStringLiteral("year")));
            if (!options.year)
                return usage(Cli::tr("--year needs a year such as 2024, not \"%1\".").arg(m_args.option(QStringLiteral("year"))));
        }
        if (m_args.options.contains(QStringLiteral("event"))) {
            if (!registrations)
                return usage(Cli::tr("--event applies to \"export registrations\" only."));
            options.event = m_args.option(QStringLiteral("event"));
        }
        if (registrations && options.event.trimmed().isEmpty())
            return usage(Cli::tr("Which event? Give --event UUID or --event \"TITLE\"."));
        auto written = fd::exportList(*m_db, kind, out, format, options);
        if (!written) {
            return Cli::fail(m_err, written.error());
        }
        m_out << Cli::tr("%n row(s) written to %1.", nullptr, *written).arg(QDir::toNativeSeparators(out)) << '\n';
        return Cli::Ok;
    }

    int demo()
    {
        auto summary = DemoData::load(*m_db);
        if (!summary) {
            return Cli::fail(m_err, summary.error());
        }
        m_out << Cli::tr("Demo data loaded. Organisations: %1, people: %2, events: %3, registrations: %4.")
                     .arg(summary->organisations)
                     .arg(summary->people)
                     .arg(summary->events)
                     .arg(summary->registrations)
              << '\n';
        return Cli::Ok;
    }

    int generate()
    {
        const auto scale = Generator::parseScale(m_args.option(QStringLiteral("scale")));
        if (!scale)
            return usage(Cli::tr("generate needs --scale large, medium or small."));
        quint32 seed = 1;
        if (m_args.options.contains(QStringLiteral("seed"))) {
            bool ok = false;
            seed = m_args.option(QStringLiteral("seed")).toUInt(&ok);
            if (!ok)
                return usage(Cli::tr("--seed needs a whole number from 0 to 4294967295, not \"%1\".").arg(m_args.option(QStringLiteral("seed"))));
        }
        return withDatabase([this, scale, seed] {
            const Generator::Size size = Generator::sizeOf(*scale);
            m_err << Cli::tr("Generating %1 members, %2 people, %3 events and %4 registrations (seed %5)…")
                         .arg(size.organisations)
                         .arg(size.people)
                         .arg(size.events)
                         .arg(size.registrations)
                         .arg(seed)
                  << '\n';
            m_err.flush();
            QElapsedTimer timer;
            timer.start();
            int shown = 0;
            auto summary = Generator::generate(*m_db, *scale, seed, [this, &shown](qint64 done, qint64 total) {
                const int percent = total > 0 ? int(done * 100 / total) : 100;
                if (percent / 10 > shown / 10) {
                    shown = percent;
                    m_err << Cli::tr("%1% written").arg(percent) << '\n';
                    m_err.flush();
                }
            });
            if (!summary)
                return Cli::fail(m_err, summary.error());
            m_out << Cli::tr("Generated in %1 s: organisations: %2, fees: %3, people: %4, positions: %5, consents: %6, events: %7, "
                             "registrations: %8 (waitlisted: %9, largest event: %10).")
                         .arg(QString::number(double(timer.elapsed()) / 1000.0, 'f', 1))
                         .arg(summary->organisations)
                         .arg(summary->fees)
                         .arg(summary->people)
                         .arg(summary->affiliations)
                         .arg(summary->consents)
                         .arg(summary->events)
                         .arg(summary->registrations)
                         .arg(summary->waitlisted)
                         .arg(summary->largestEvent)
                  << '\n';
            return int(Cli::Ok);
        });
    }

    int info()
    {
        OrganisationRepository orgs(*m_db);
        PersonRepository people(*m_db);
        auto members = orgs.members();
        auto all = orgs.all();
        auto persons = people.count();
        m_out << Cli::tr("Database: %1").arg(QDir::toNativeSeparators(m_db->path())) << '\n'
              << Cli::tr("Schema version: %1").arg(m_db->schemaVersion()) << '\n'
              << Cli::tr("Organisations: %1 (members: %2)").arg(all ? all->size() : 0).arg(members ? members->size() : 0) << '\n'
              << Cli::tr("People: %1").arg(persons ? *persons : 0) << '\n';
        return Cli::Ok;
    }

    // Every kind of record at once, one "kind<TAB>id<TAB>title" per line, for scripts.
    int search()
    {
        const QString text = m_args.words.mid(1).join(QLatin1Char(' ')).trimmed();
        if (text.isEmpty())
            return usage(Cli::tr("forumdesk-cli search WORDS"));
        auto hits = SearchIndex(*m_db).find(text, 200);
        if (!hits)
            return Cli::fail(m_err, hits.error());
        for (const SearchHit &h : std::as_const(*hits))
            m_out << h.table << '\t' << h.id << '\t' << h.title << '\n';
        return Cli::Ok;
    }

    // The year at a glance, one "figure<TAB>year<TAB>year before" per line.
    int yearSummary(int year)
    {
        auto summary = YearSummary::compute(*m_db, year);
        if (!summary)
            return Cli::fail(m_err, summary.error());
        m_out << Cli::tr("Figure") << '\t' << year << '\t' << year - 1 << '\n';
        QString parent;
        for (const YearFigure &f : summary->figures()) {
            // A part names its whole, so that each line stands alone for a script.
            const QString label = f.part ? Cli::tr("%1: %2", "a figure and its part").arg(parent, f.label) : f.label;
            if (!f.part)
                parent = f.label;
            if (f.metric) {
                // Measured, not counted: decimals with a point for scripts, an empty field for a year without a value.
                auto text = [](const std::optional<double> &v) { return v ? formatMetricValue(*v, QLocale::c()) : QString(); };
                m_out << label << '\t' << text(f.metric->value) << '\t' << text(f.metric->previous) << '\n';
                continue;
            }
            m_out << label << '\t' << f.value << '\t' << f.previous << '\n';
        }
        return Cli::Ok;
    }

    int pack()
    {
        const QString action = m_args.words.value(1);
        if (action == QLatin1String("export")) {
            const QString out = m_args.option(QStringLiteral("out"));
            const QString eventName = m_args.option(QStringLiteral("event"));
            if (out.isEmpty() || eventName.isEmpty())
                return usage(Cli::tr("forumdesk-cli pack export --event UUID-or-title --out FILE"));
            auto event = EventRepository(*m_db).resolve(eventName);
            if (!event) {
                return Cli::fail(m_err, event.error());
            }
            auto written = SitePack::write(*m_db, event->id, out);
            if (!written) {
                return Cli::fail(m_err, written.error());
            }
            m_out << Cli::tr("On-site pack for \"%1\" written to %2: %3 registrations, %4 people.")
                         .arg(event->title, QDir::toNativeSeparators(out))
                         .arg(written->registrations)
                         .arg(written->people)
                  << '\n';
            return Cli::Ok;
        }
        if (action == QLatin1String("import")) {
            const QString file = m_args.words.value(2);
            if (file.isEmpty())
                return usage(Cli::tr("forumdesk-cli pack import FILE [--conflicts office|pack]"));
            const QString policy = m_args.option(QStringLiteral("conflicts"));
            std::optional<MergeChoice> choice;
            if (policy == QLatin1String("office"))
                choice = MergeChoice::KeepOffice;
            else if (policy == QLatin1String("pack"))
                choice = MergeChoice::TakePack;
            else if (!policy.isEmpty())
                return usage(Cli::tr("--conflicts takes \"office\" or \"pack\"."));
            PackMerger merger(*m_db);
            auto plan = merger.analyse(file);
            if (!plan) {
                return Cli::fail(m_err, plan.error());
            }
            for (const QString &note : std::as_const(plan->notes))
                m_err << Cli::tr("note: %1").arg(note) << '\n';
            if (!plan->conflicts.isEmpty() && !choice) {
                for (const MergeConflict &c : std::as_const(plan->conflicts)) {
                    QStringList fields;
                    for (const QString &f : c.fields)
                        fields << Cli::tr("%1: office \"%2\", pack \"%3\"")
                                      .arg(PackMerger::fieldLabel(f), PackMerger::displayValue(f, c.officeValues.value(f)),
                                           PackMerger::displayValue(f, c.packValues.value(f)));
                    m_err << Cli::tr("conflict: %1 (%2)").arg(c.title, fields.join(QLatin1String("; "))) << '\n';
                }
                m_err << Cli::tr("%n conflict(s): nothing was merged. Decide with --conflicts office or --conflicts pack, "
                                 "or merge in the app to decide one by one.", nullptr, int(plan->conflicts.size()))
                      << '\n';
                return Cli::DataError;
            }
            m_out << plan->summary() << '\n';
            auto report = merger.apply(*plan, {}, choice);
            if (!report) {
                return Cli::fail(m_err, report.error());
            }
            m_out << report->summary() << '\n';
            for (const QString &note : std::as_const(report->notes))
                m_err << Cli::tr("note: %1").arg(note) << '\n';
            return Cli::Ok;
        }
        return usage(Cli::tr("pack export or pack import?"));
    }

    const CliArgs &m_args;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<Database> m_db;
};

} // namespace

QString Cli::usage()
{
    // One line per command, so that a new command adds one string to translate.
    struct Line {
        const char *command;
        QString help;
    };
    const QList<Line> lines = {
        {"import members|people|events|registrations|KIND FILE.csv [--dry-run] [--verbose]",
         tr("Import a CSV list; all or nothing. With --dry-run only check it; --verbose lists every warning, not the first 50.")},
        {"export members|people|KIND [--format csv|xlsx] --out FILE",
         tr("Write a list: CSV (UTF-8 with BOM, semicolons), which imports again, or for Excel (.xlsx) with real dates and numbers; "
            "members come with a second sheet of their fees.")},
        {"export events [--year YEAR] [--format csv|xlsx] --out FILE", tr("Write the events (of one year) as a list.")},
        {"export registrations --event EVENT [--format csv|xlsx] --out FILE", tr("Write an event's registrations with their status as a list.")},
        {"export ics [--year YEAR | --event EVENT] --out FILE.ics",
         tr("Write events to an iCalendar file for calendar programs (all events if neither option is given).")},
        {"export signin|badges|certificates --event EVENT --out FILE.pdf [--signatory NAME]",
         tr("Make an event's sign-in sheet, name badges (8 per A4 page) or attendance certificates (one page per attendee) as PDF.")},
        {"pack export --event EVENT --out FILE", tr("Write an on-site pack of one event for check-in on a laptop.")},
        {"pack import FILE [--conflicts office|pack]", tr("Merge a pack back; stops at conflicts unless told how to decide.")},
        {"demo", tr("Fill an empty database with the demo data set.")},
        {"generate --scale large|medium|small [--seed N]",
         tr("Fill an empty database with a synthetic network for benchmarks: large is 250 members, 20,000 people, 5,000 events and "
            "500,000 registrations; medium a tenth, small a hundredth. The same seed gives the same data.")},
        {"info", tr("Show the database's path, version and counts.")},
        {"year YEAR", tr("Show the year at a glance beside the year before: events by kind, participants, new and leaving members, "
                         "the year's records, publications and funding applications by state; one \"figure<TAB>year<TAB>year before\" per line.")},
        {"columns", tr("Print the CSV columns of every kind of the year's records (German and English names, what each takes) as Markdown.")},
        {"search WORDS", tr("Find members, people, events and the year's records by any words, case and accents ignored.")},
    };
    QString text = tr("Usage: forumdesk-cli [--db FILE] [--lang de|en] COMMAND ...") + QStringLiteral("\n\n") + tr("Commands:")
        + QLatin1Char('\n');
    for (const Line &line : lines)
        text += QStringLiteral("  ") + QLatin1String(line.command) + QStringLiteral("\n      ") + line.help + QLatin1Char('\n');
    QStringList kinds;
    for (const DeclaredKind &k : declaredKinds())
        kinds << k.name;
    text += QLatin1Char('\n') + tr("KIND is one of the year's records: %1.").arg(kinds.join(QLatin1String(", "))) + QLatin1Char('\n')
        + tr("EVENT is an event's UUID or its title.") + QLatin1Char('\n')
        + tr("Lists are CSV unless --format xlsx is given or the --out file ends in .xlsx.") + QLatin1Char('\n')
        + tr("Without --db the database in the user's data folder is used.") + QLatin1Char('\n')
        + tr("Exit codes: 0 done, 1 bad data (nothing written), 2 wrong usage, 3 database not usable.") + QLatin1Char('\n');
    return text;
}

int Cli::fail(QTextStream &err, const Error &error)
{
    err << error.toString() << '\n';
    return error.code == Error::Code::Database ? DatabaseError : DataError;
}

std::optional<int> Cli::parseYear(const QString &text)
{
    bool ok = false;
    const int year = text.trimmed().toInt(&ok);
    if (!ok || year < 1900 || year > 9999)
        return std::nullopt;
    return year;
}

bool Cli::needsGui(const QStringList &args)
{
    const CliArgs parsed = parseCliArgs(args);
    return parsed.words.value(0) == QLatin1String("export") && exportRendersPdf(parsed.words.value(1));
}

int Cli::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const CliArgs args = parseCliArgs(arguments);
    if (QCoreApplication *app = QCoreApplication::instance(); app && !args.lang.isEmpty())
        i18n::install(*app, args.lang);
    if (!args.error.isEmpty()) {
        err << args.error << '\n' << usage();
        return UsageError;
    }
    if (args.flag(QStringLiteral("version"))) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return Ok;
    }
    if (args.flag(QStringLiteral("help")) || args.words.isEmpty()) {
        (args.words.isEmpty() && !args.flag(QStringLiteral("help")) ? err : out) << usage();
        return args.flag(QStringLiteral("help")) ? Ok : UsageError;
    }
    Runner runner(args, out, err);
    return runner.run();
}

} // namespace fd
