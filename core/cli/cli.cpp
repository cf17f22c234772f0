// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "cli/cliargs.h"
#include "cli/eventcommands.h"
#include "db/database.h"
#include "db/paths.h"
#include "demo/demodata.h"
#include "exchange/exchange.h"
#include "i18n/language.h"
#include "members/organisationrepository.h"
#include "people/personrepository.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include <memory>

namespace fd {

namespace {

// Options that take a value; everything else starting with -- is a flag.
const QStringList ValueOptions = {QStringLiteral("db"),    QStringLiteral("lang"),      QStringLiteral("out"),      QStringLiteral("year"),
                                  QStringLiteral("event"), QStringLiteral("conflicts"), QStringLiteral("signatory")};

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
            } else {
                a.flags.insert(name);
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
        if (command == QLatin1String("import"))
            return withDatabase([this] { return import(); });
        if (command == QLatin1String("export")) {
            if (eventExportKinds().contains(m_args.words.value(1)))
                return withDatabase([this] { return exportEvents(m_args.words.value(1), *m_db, m_args, m_out, m_err); });
            return withDatabase([this] { return exportCsv(); });
        }
        if (command == QLatin1String("demo"))
            return withDatabase([this] { return demo(); });
        if (command == QLatin1String("info"))
            return withDatabase([this] { return info(); });
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

    int usage(const QString &message)
    {
        m_err << message << '\n' << Cli::usage();
        return Cli::UsageError;
    }

    int import()
    {
        const QString kind = m_args.words.value(1);
        const QString file = m_args.words.value(2);
        if (!importKinds().contains(kind))
            return usage(Cli::tr("Import what? One of: %1.").arg(importKinds().join(QLatin1String(", "))));
        if (file.isEmpty())
            return usage(Cli::tr("Which file? forumdesk-cli import %1 FILE.csv").arg(kind));
        auto importer = makeImporter(kind, *m_db);
        const bool dryRun = m_args.flag(QStringLiteral("dry-run"));
        auto report = importer->importFile(file, dryRun);
        if (!report) {
            m_err << report.error().toString() << '\n';
            return Cli::DataError;
        }
        for (const QString &line : report->lines(ImportMessage::Severity::Error))
            m_err << Cli::tr("error: %1").arg(line) << '\n';
        for (const QString &line : report->lines(ImportMessage::Severity::Warning))
            m_err << Cli::tr("warning: %1").arg(line) << '\n';
        for (const QString &line : report->lines(ImportMessage::Severity::Info))
            m_out << Cli::tr("note: %1").arg(line) << '\n';
        if (report->hasErrors()) {
            m_err << report->summary() << '\n';
            return Cli::DataError;
        }
        m_out << report->summary() << '\n';
        return Cli::Ok;
    }

    int exportCsv()
    {
        const QString kind = m_args.words.value(1);
        const QString out = m_args.option(QStringLiteral("out"));
        if (!exportKinds().contains(kind))
            return usage(Cli::tr("Export what? One of: %1.").arg((exportKinds() + eventExportKinds()).join(QLatin1String(", "))));
        if (out.isEmpty())
            return usage(Cli::tr("Where to? Give --out FILE."));
        CsvExportOptions options;
        options.germanHeaders = uiLanguageIsGerman();
        auto written = fd::exportCsv(*m_db, kind, out, options);
        if (!written) {
            m_err << written.error().toString() << '\n';
            return Cli::DataError;
        }
        m_out << Cli::tr("%n row(s) written to %1.", nullptr, *written).arg(QDir::toNativeSeparators(out)) << '\n';
        return Cli::Ok;
    }

    int demo()
    {
        auto summary = DemoData::load(*m_db);
        if (!summary) {
            m_err << summary.error().toString() << '\n';
            return Cli::DataError;
        }
        m_out << Cli::tr("Demo data loaded: %1 organisations, %2 people, %3 events, %4 registrations.")
                     .arg(summary->organisations)
                     .arg(summary->people)
                     .arg(summary->events)
                     .arg(summary->registrations)
              << '\n';
        return Cli::Ok;
    }

    int info()
    {
        OrganisationRepository orgs(*m_db);
        PersonRepository people(*m_db);
        auto members = orgs.members();
        auto all = orgs.all();
        auto persons = people.list();
        m_out << Cli::tr("Database: %1").arg(QDir::toNativeSeparators(m_db->path())) << '\n'
              << Cli::tr("Schema version: %1").arg(m_db->schemaVersion()) << '\n'
              << Cli::tr("Organisations: %1 (members: %2)").arg(all ? all->size() : 0).arg(members ? members->size() : 0) << '\n'
              << Cli::tr("People: %1").arg(persons ? persons->size() : 0) << '\n';
        return Cli::Ok;
    }

    const CliArgs &m_args;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<Database> m_db;
};

} // namespace

QString Cli::usage()
{
    return tr("Usage: forumdesk-cli [--db FILE] [--lang de|en] COMMAND ...\n"
              "\n"
              "Commands:\n"
              "  import members|people FILE.csv [--dry-run]\n"
              "                      Import a CSV list; all or nothing. With --dry-run only check it.\n"
              "  export members|people --out FILE.csv\n"
              "                      Write a CSV list (UTF-8 with BOM, semicolons) for Excel.\n"
              "  export ics [--year YEAR | --event EVENT] --out FILE.ics\n"
              "                      Write events to an iCalendar file for calendar programs\n"
              "                      (all events if neither option is given).\n"
              "  export signin|badges|certificates --event EVENT --out FILE.pdf [--signatory NAME]\n"
              "                      Make an event's sign-in sheet, name badges (8 per A4 page)\n"
              "                      or attendance certificates (one page per attendee) as PDF.\n"
              "                      EVENT is the event's UUID or its title.\n"
              "  demo                Fill an empty database with the demo data set.\n"
              "  info                Show the database's path, version and counts.\n"
              "\n"
              "Without --db the database in the user's data folder is used.\n"
              "Exit codes: 0 done, 1 bad data (nothing written), 2 wrong usage, 3 database not usable.\n");
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
    if (args.flag(QStringLiteral("help")) || args.words.isEmpty()) {
        (args.words.isEmpty() && !args.flag(QStringLiteral("help")) ? err : out) << usage();
        return args.flag(QStringLiteral("help")) ? Ok : UsageError;
    }
    if (args.flag(QStringLiteral("version"))) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return Ok;
    }
    Runner runner(args, out, err);
    return runner.run();
}

} // namespace fd
