// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.hpp"
#include "testdb.h"

#include "cli/cli.h"

#include <QFile>
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
