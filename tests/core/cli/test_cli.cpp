// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.hpp"
#include "testdb.h"
#include "xlsxread.h"

#include "cli/cli.h"
#include "records/recordkind.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

using namespace fd;

namespace {
struct CliRun {
    int code = -1;
    QString out;
    QString err;
};

CliRun runCli(const QStringList &args)
{
    CliRun r;
    QTextStream out(&r.out), err(&r.err);
    r.code = Cli::run(QStringList{QStringLiteral("forumdesk-cli")} + args, out, err);
    out.flush();
    err.flush();
    return r;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile f(dir.filePath(name));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(content);
    return f.fileName();
}
} // namespace

TEST_CASE("The CLI imports a good file and exits 0", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office.sqlite"));
    const QString csv = writeFile(dir, QStringLiteral("m.csv"), "Name;Art;Mitglied seit\nKöln;Stadt;01.06.2011\n");
    const CliRun r = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("members"), csv});
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("1 record(s) imported")));
    const CliRun info = runCli({QStringLiteral("--db"), db, QStringLiteral("info")});
    CHECK(info.out.contains(QStringLiteral("Organisations: 1 (members: 1)")));
}

TEST_CASE("The CLI rejects a bad file with line-numbered errors on stderr and writes nothing", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office.sqlite"));
    const QString csv = writeFile(dir, QStringLiteral("bad.csv"), "Name;Art;Mitglied seit\nKöln;Stadt;01.06.2011\nEssen;Stadt;2011-13-01\n");
    const CliRun r = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("members"), csv});
    CHECK(r.code == Cli::DataError);
    CHECK(r.err.contains(QStringLiteral("bad.csv:3: Mitglied seit:")));
    CHECK(r.err.contains(QStringLiteral("nothing was imported")));
    const CliRun info = runCli({QStringLiteral("--db"), db, QStringLiteral("info")});
    CHECK(info.out.contains(QStringLiteral("Organisations: 0")));
}

TEST_CASE("The CLI's dry run reports and writes nothing", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office.sqlite"));
    const QString csv = writeFile(dir, QStringLiteral("m.csv"), "Name\nKöln\nEssen\n");
    const CliRun r = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("members"), csv, QStringLiteral("--dry-run")});
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("2 record(s) can be imported")));
    CHECK(runCli({QStringLiteral("--db"), db, QStringLiteral("info")}).out.contains(QStringLiteral("Organisations: 0")));
}

TEST_CASE("The CLI exports UTF-8 with BOM and semicolons", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office.sqlite"));
    REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("demo")}).code == 0);
    const QString out = dir.filePath(QStringLiteral("people.csv"));
    const CliRun r = runCli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("people"), QStringLiteral("--out"), out});
    CHECK(r.code == 0);
    QFile f(out);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(QString::fromUtf8(bytes).contains(QStringLiteral(";Weißgerber;")));
    CHECK(bytes.contains("\r\n"));
}

TEST_CASE("The CLI exports a list for Excel with --format xlsx, and by the .xlsx of --out", "[cli][xlsx]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office.sqlite"));
    REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("demo")}).code == 0);
    const QString exportWord = QStringLiteral("export");

    const QString named = dir.filePath(QStringLiteral("people.list"));
    CliRun r = runCli({QStringLiteral("--db"), db, exportWord, QStringLiteral("people"), QStringLiteral("--format"), QStringLiteral("xlsx"),
                       QStringLiteral("--out"), named});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("row(s) written to")));
    const auto sheets = test::readXlsx(named);
    REQUIRE(sheets.size() == 1);
    const int last = sheets.first().column(QStringLiteral("Last name"));
    REQUIRE(last >= 0);
    const int row = sheets.first().rowWhere(last, QStringLiteral("Weißgerber"));
    REQUIRE(row > 0);
    CHECK(sheets.first().cell(row, last)->type == QStringLiteral("s"));

    // No --format: the file's extension says Excel.
    const QString byName = dir.filePath(QStringLiteral("Mitglieder.XLSX"));
    r = runCli({QStringLiteral("--db"), db, exportWord, QStringLiteral("members"), QStringLiteral("--out"), byName});
    REQUIRE(r.code == 0);
    const auto members = test::readXlsx(byName);
    REQUIRE(members.size() == 2);
    CHECK(members.at(1).rows.size() > 1); // the demo's fees

    // An explicit --format wins over the extension.
    const QString csv = dir.filePath(QStringLiteral("events.xlsx"));
    r = runCli({QStringLiteral("--db"), db, exportWord, QStringLiteral("events"), QStringLiteral("--format"), QStringLiteral("CSV"),
                QStringLiteral("--out"), csv});
    REQUIRE(r.code == 0);
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll().startsWith("\xEF\xBB\xBF"));
}

TEST_CASE("An unknown --format is wrong usage: exit 2, and no database is created", "[cli][xlsx]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office.sqlite"));
    const QString out = dir.filePath(QStringLiteral("people.xls"));
    const CliRun r = runCli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("people"), QStringLiteral("--format"),
                             QStringLiteral("xls"), QStringLiteral("--out"), out});
    CHECK(r.code == Cli::UsageError);
    CHECK(r.err.contains(QStringLiteral("--format takes \"csv\" or \"xlsx\", not \"xls\".")));
    CHECK_FALSE(QFileInfo::exists(db));
    CHECK_FALSE(QFileInfo::exists(out));
    // Documents and calendars have one format of their own.
    CHECK(runCli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("ics"), QStringLiteral("--format"), QStringLiteral("xlsx"),
                  QStringLiteral("--out"), dir.filePath(QStringLiteral("x.ics"))})
              .code == Cli::UsageError);
    CHECK(runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("people"), dir.filePath(QStringLiteral("p.xlsx")),
                  QStringLiteral("--format"), QStringLiteral("xlsx")})
              .code == Cli::UsageError);
}

TEST_CASE("The CLI explains wrong usage and exits 2", "[cli]")
{
    CHECK(runCli({}).code == Cli::UsageError);
    const CliRun unknown = runCli({QStringLiteral("frobnicate")});
    CHECK(unknown.code == Cli::UsageError);
    CHECK(unknown.err.contains(QStringLiteral("Unknown command")));
    QTemporaryDir dir;
    const CliRun kind = runCli({QStringLiteral("--db"), dir.filePath(QStringLiteral("x.sqlite")), QStringLiteral("import"), QStringLiteral("cats"), QStringLiteral("x.csv")});
    CHECK(kind.code == Cli::UsageError);
    CHECK(runCli({QStringLiteral("--help")}).code == 0);
    CHECK(runCli({QStringLiteral("--version")}).code == 0);
}

TEST_CASE("A misspelt option is refused before anything is written", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office.sqlite"));
    const QString csv = writeFile(dir, QStringLiteral("members.csv"), "Name;Art\nKöln;Stadt\n");
    const CliRun r = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("members"), csv, QStringLiteral("--dryrun")});
    CHECK(r.code == Cli::UsageError);
    CHECK(r.err.contains(QStringLiteral("Unknown option --dryrun.")));
    CHECK_FALSE(QFileInfo::exists(db));
    CHECK(runCli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("events"), QStringLiteral("--out"),
                  dir.filePath(QStringLiteral("e.csv")), QStringLiteral("--year"), QStringLiteral("next")})
              .code == Cli::UsageError);
}

TEST_CASE("The CLI refuses a database it cannot use and exits 3", "[cli]")
{
    QTemporaryDir dir;
    const QString notDb = writeFile(dir, QStringLiteral("list.sqlite"), "Name;Art\n");
    const CliRun r = runCli({QStringLiteral("--db"), notDb, QStringLiteral("info")});
    CHECK(r.code == Cli::DatabaseError);
    CHECK(r.err.contains(QStringLiteral("not a ForumDesk database")));
}

TEST_CASE("The real forumdesk-cli binary returns the exit codes of the CLI", "[cli][process]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office.sqlite"));
    const QString bad = writeFile(dir, QStringLiteral("bad.csv"), "Name;Mitglied seit\nKöln;gestern\n");
    QProcess p;
    p.setProgram(QStringLiteral(FD_CLI_PATH));
    p.setArguments({QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("import"),
                    QStringLiteral("members"), bad});
    p.start();
    REQUIRE(p.waitForFinished(30000));
    CHECK(p.exitCode() == 1);
    CHECK(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("bad.csv:2: Mitglied seit: \"gestern\" is not a date")));
}

TEST_CASE("The CLI imports events and registrations, and a dry run predicts the waitlist", "[cli][events]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office.sqlite"));
    const QString events = writeFile(dir, QStringLiteral("events.csv"),
                                     "Titel;Art;Beginn;Kapazität\nSiBa-Workshop;Workshop;18.04.2024 10:00;1\nWebinar Pufii;Webinar;2024-06-04;\n");
    CliRun r = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("events"), events});
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("2 record(s) imported")));

    const QString registrations = writeFile(dir, QStringLiteral("registrations.csv"),
                                            "Veranstaltung;Vorname;Nachname\nSiBa-Workshop;Anna;Rau\nSiBa-Workshop;Kurt;Faller\n");
    r = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("registrations"), registrations, QStringLiteral("--dry-run")});
    CHECK(r.code == 0);
    CHECK(r.err.contains(QStringLiteral("registrations.csv:3: Kurt Faller is put on the waitlist")));
    CHECK(r.out.contains(QStringLiteral("1 registration(s) will go on the waitlist")));
    r = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("registrations"), registrations});
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("1 registration(s) were put on the waitlist")));
}

TEST_CASE("The CLI lists every error but only the first warnings unless --verbose", "[cli][events]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office.sqlite"));
    const QString events = writeFile(dir, QStringLiteral("events.csv"), "Titel;Art;Beginn;Kapazität\nWorkshop;Workshop;18.04.2024;1\n");
    REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("events"), events}).code == 0);
    QByteArray csv = "Veranstaltung;Vorname;Nachname\n";
    for (int i = 0; i < 80; ++i)
        csv += QStringLiteral("Workshop;Anna;Rau%1\n").arg(i).toUtf8();
    const QString registrations = writeFile(dir, QStringLiteral("registrations.csv"), csv);
    const QStringList args = {QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("registrations"), registrations,
                              QStringLiteral("--dry-run")};
    CliRun r = runCli(args);
    CHECK(r.code == 0);
    CHECK(r.err.count(QStringLiteral("warning: ")) == 50);
    CHECK(r.err.contains(QStringLiteral("… and 29 more like these (--verbose shows them all).")));
    r = runCli(args + QStringList{QStringLiteral("--verbose")});
    CHECK(r.err.count(QStringLiteral("warning: ")) == 79);
    CHECK_FALSE(r.err.contains(QStringLiteral("more like these")));

    // Errors are never cut short: each one has to be fixed.
    QByteArray bad = "Veranstaltung;Vorname;Nachname;Angemeldet am\n";
    for (int i = 0; i < 70; ++i)
        bad += QStringLiteral("Workshop;Anna;Rau%1;31.02.2024\n").arg(i).toUtf8();
    r = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("registrations"),
                writeFile(dir, QStringLiteral("bad.csv"), bad)});
    CHECK(r.code == 1);
    CHECK(r.err.count(QStringLiteral("error: ")) == 70);
}

TEST_CASE("The CLI rejects registrations for an unknown event with exit 1 and writes nothing", "[cli][events]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office.sqlite"));
    const QString csv = writeFile(dir, QStringLiteral("anmeldungen.csv"), "Veranstaltung;Nachname\nSommerfest;Rau\n");
    const CliRun r = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("registrations"), csv});
    CHECK(r.code == Cli::DataError);
    CHECK(r.err.contains(QStringLiteral("anmeldungen.csv:2: Veranstaltung: There is no event titled \"Sommerfest\"")));
    CHECK(runCli({QStringLiteral("--db"), db, QStringLiteral("info")}).out.contains(QStringLiteral("People: 0")));
}

TEST_CASE("The CLI exports the events of a year and the registrations of one event", "[cli][events]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office.sqlite"));
    const QString events = writeFile(dir, QStringLiteral("events.csv"),
                                     "Titel;Art;Beginn\nSiBa-Workshop;Workshop;18.04.2024\nWebinar 2025;Webinar;2025-06-04\n");
    REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("events"), events}).code == 0);
    const QString registrations = writeFile(dir, QStringLiteral("registrations.csv"), "Veranstaltung;Vorname;Nachname\nSiBa-Workshop;Anna;Rau\n");
    REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("registrations"), registrations}).code == 0);

    const QString out = dir.filePath(QStringLiteral("2024.csv"));
    CliRun r = runCli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("events"), QStringLiteral("--year"),
                       QStringLiteral("2024"), QStringLiteral("--out"), out});
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("1 row(s) written")));
    QFile f(out);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    CHECK(text.contains(QStringLiteral("SiBa-Workshop;Workshop;2024-04-18;")));
    CHECK_FALSE(text.contains(QStringLiteral("Webinar 2025")));

    const QString list = dir.filePath(QStringLiteral("anmeldungen.csv"));
    r = runCli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("registrations"), QStringLiteral("--event"),
                QStringLiteral("SiBa-Workshop"), QStringLiteral("--out"), list});
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("1 row(s) written")));
}

TEST_CASE("The CLI explains a bad event or year for an export", "[cli][events]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office.sqlite"));
    const QString out = dir.filePath(QStringLiteral("r.csv"));
    const QString exportWord = QStringLiteral("export");
    const CliRun unknown = runCli({QStringLiteral("--db"), db, exportWord, QStringLiteral("registrations"), QStringLiteral("--event"),
                                   QStringLiteral("Sommerfest"), QStringLiteral("--out"), out});
    CHECK(unknown.code == Cli::DataError);
    CHECK(unknown.err.contains(QStringLiteral("There is no event titled \"Sommerfest\"")));
    CHECK_FALSE(QFile::exists(out));
    CHECK(runCli({QStringLiteral("--db"), db, exportWord, QStringLiteral("registrations"), QStringLiteral("--out"), out}).code == Cli::UsageError);
    CHECK(runCli({QStringLiteral("--db"), db, exportWord, QStringLiteral("events"), QStringLiteral("--year"), QStringLiteral("letztes"),
                  QStringLiteral("--out"), out}).code == Cli::UsageError);
    CHECK(runCli({QStringLiteral("--db"), db, exportWord, QStringLiteral("people"), QStringLiteral("--year"), QStringLiteral("2024"),
                  QStringLiteral("--out"), out}).code == Cli::UsageError);
}

TEST_CASE("The CLI searches every kind of record and prints one tab-separated hit per line", "[cli][search]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office.sqlite"));
    REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("members"),
                    writeFile(dir, QStringLiteral("m.csv"), "Name;Art;Mitglied seit\nKöln;Stadt;01.06.2011\nEssen;Stadt;01.06.2011\n")})
                .code == 0);
    REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("publications"),
                    writeFile(dir, QStringLiteral("p.csv"), "Titel;Jahr\nSicherheit in Köln-Kalk;2024\n")})
                .code == 0);
    const CliRun r = runCli({QStringLiteral("--db"), db, QStringLiteral("search"), QStringLiteral("KOLN")});
    CHECK(r.code == 0);
    const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0).startsWith(QStringLiteral("organisations\t")));
    CHECK(lines.at(0).endsWith(QStringLiteral("\tKöln")));
    CHECK(lines.at(1).startsWith(QStringLiteral("publications\t")));
    CHECK(runCli({QStringLiteral("--db"), db, QStringLiteral("search")}).code == 2);
}

TEST_CASE("The CLI prints the year at a glance, one figure per line with the year and the year before", "[cli][yearsummary]")
{
    test::TempDatabase t;
    auto add = [&t](const char *kind, const QVariantMap &row) { REQUIRE(Records(t.db(), *findRecordKind(QString::fromLatin1(kind))).create(row)); };
    add("projects", {{QStringLiteral("title"), QStringLiteral("Across the years")}, {QStringLiteral("starts_on"), QStringLiteral("2023-04-01")},
                     {QStringLiteral("ends_on"), QStringLiteral("2024-03-31")}});
    add("funding-applications", {{QStringLiteral("title"), QStringLiteral("Second try")}, {QStringLiteral("submitted_on"), QStringLiteral("2024-02-01")},
                                 {QStringLiteral("status"), QStringLiteral("rejected")}, {QStringLiteral("was_waitlisted"), true},
                                 {QStringLiteral("decided_on"), QStringLiteral("2024-07-01")}});
    add("funding-applications", {{QStringLiteral("title"), QStringLiteral("Waiting")}, {QStringLiteral("submitted_on"), QStringLiteral("2023-02-01")}});
    add("metrics", {{QStringLiteral("name"), QStringLiteral("Website")}, {QStringLiteral("unit"), QStringLiteral("visits")},
                    {QStringLiteral("measure"), QStringLiteral("per_month")}});
    const qint64 website = Records(t.db(), *findRecordKind(QStringLiteral("metrics"))).list()->first().id;
    for (const auto &[day, value] : {std::pair{"2024-01-31", 1000}, {"2024-02-29", 2500}, {"2024-03-31", 2600}})
        add("metric-values", {{QStringLiteral("series_id"), website}, {QStringLiteral("measured_on"), QString::fromLatin1(day)}, {QStringLiteral("value"), value}});
    const QString path = t.path();
    t.close();
    const CliRun r = runCli({QStringLiteral("--db"), path, QStringLiteral("year"), QStringLiteral("2024")});
    CHECK(r.code == 0);
    CHECK(r.err.isEmpty());
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(!lines.isEmpty());
    CHECK(lines.first() == QStringLiteral("Figure\t2024\t2023"));
    for (const QString &line : lines)
        CHECK(line.count(QLatin1Char('\t')) == 2);
    CHECK(lines.contains(QStringLiteral("Events\t0\t0")));
    CHECK(lines.contains(QStringLiteral("Projects\t1\t1")));
    CHECK(lines.contains(QStringLiteral("Funding applications\t1\t1")));
    CHECK(lines.contains(QStringLiteral("Funding applications: rejected\t1\t0")));
    CHECK(lines.contains(QStringLiteral("Funding applications: rejected after the waitlist\t1\t0")));
    CHECK(lines.contains(QStringLiteral("Funding applications: pending\t0\t1")));
    CHECK(lines.contains(QStringLiteral("Publications\t0\t0")));
    // A measured figure: an average with a decimal point and no separator, an empty field for a year without values.
    CHECK(lines.contains(QStringLiteral("Website, monthly average (visits)\t2033.3\t")));
    CHECK_FALSE(lines.contains(QStringLiteral("Metrics\t0\t0")));
    CHECK(Cli::usage().contains(QStringLiteral("year YEAR")));
}

TEST_CASE("The CLI's year command refuses a word that is not a year and creates no database", "[cli][yearsummary]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office.sqlite"));
    const CliRun r = runCli({QStringLiteral("--db"), db, QStringLiteral("year"), QStringLiteral("last")});
    CHECK(r.code == Cli::UsageError);
    CHECK_FALSE(QFileInfo::exists(db));
}
