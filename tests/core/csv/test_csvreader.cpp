// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.hpp"
#include "testdb.h"

#include "csv/csvreader.h"
#include "csv/csvimport.h"
#include "csv/csvwriter.h"
#include "exchange/exchange.h"

#include <QFile>
#include <QFileInfo>

using namespace fd;

namespace {

Result<ImportReport> importCsv(test::TempDatabase &t, const QString &kind, const QString &name, const QByteArray &content)
{
    return makeImporter(kind, t.db())->importFile(t.writeFile(name, content), false);
}

const ImportMessage *findMessage(const ImportReport &r, ImportMessage::Severity severity, int line, const QString &column)
{
    for (const ImportMessage &m : r.messages) {
        if (m.severity == severity && m.line == line && m.column == column)
            return &m;
    }
    return nullptr;
}

} // namespace

TEST_CASE("The delimiter is detected from the header", "[csv]")
{
    CHECK(CsvReader::detectDelimiter(QStringLiteral("Name;Art;Bundesland\n")) == QLatin1Char(';'));
    CHECK(CsvReader::detectDelimiter(QStringLiteral("Name,Type,State\n")) == QLatin1Char(','));
    CHECK(CsvReader::detectDelimiter(QStringLiteral("Name\tType\tState\n")) == QLatin1Char('\t'));
    // Commas inside quotes do not count.
    CHECK(CsvReader::detectDelimiter(QStringLiteral("\"Name, full\";Art\n")) == QLatin1Char(';'));
    CHECK(CsvReader::detectDelimiter(QStringLiteral("Name\n")) == QLatin1Char(';'));
}

TEST_CASE("UTF-8 with and without BOM and Windows-1252 are decoded", "[csv]")
{
    const QString text = QStringLiteral("Name;Art\nKöln;Stadt\nGöttingen;Stadt\n");
    QString encoding;
    CHECK(CsvReader::decode(text.toUtf8(), &encoding) == text);
    CHECK(encoding == QStringLiteral("UTF-8"));
    CHECK(CsvReader::decode(QByteArray("\xEF\xBB\xBF") + text.toUtf8(), &encoding) == text);
    CHECK(encoding == QStringLiteral("UTF-8 (BOM)"));
    CHECK(CsvReader::decode(test::toWindows1252(text), &encoding) == text);
    CHECK(encoding == QStringLiteral("Windows-1252"));
}

TEST_CASE("Windows-1252's own characters beyond Latin-1 are decoded", "[csv]")
{
    // Euro sign, German low and high quotes, en dash.
    const QByteArray bytes("\x80 \x84Zitat\x93 \x96");
    CHECK(CsvReader::decodeWindows1252(bytes) == QStringLiteral("€ „Zitat“ –"));
}

TEST_CASE("UTF-16 with BOM, as Excel's Unicode text, is decoded", "[csv]")
{
    const QString text = QStringLiteral("Name\tArt\nKöln\tStadt\n");
    QByteArray bytes("\xFF\xFE");
    for (const QChar c : text) {
        bytes += char(c.unicode() & 0xFF);
        bytes += char(c.unicode() >> 8);
    }
    auto table = CsvReader::parse(bytes, QStringLiteral("u16.txt"));
    REQUIRE(table);
    CHECK(table->encoding == QStringLiteral("UTF-16LE"));
    CHECK(table->delimiter == QLatin1Char('\t'));
    CHECK(table->records.at(0).fields == QStringList{QStringLiteral("Köln"), QStringLiteral("Stadt")});
}

TEST_CASE("Quoted fields keep delimiters, quotes and line breaks", "[csv]")
{
    const QByteArray data = "Name;Notizen;Website\r\n"
                            "\"Köln\";\"Zeile eins\r\nZeile zwei; mit Semikolon\";https://www.stadt-koeln.de\r\n"
                            "\"Essen\";\"Er sagte \"\"Hallo\"\"\";\r\n"
                            "Mannheim;;\r\n";
    auto table = CsvReader::parse(data, QStringLiteral("x.csv"));
    REQUIRE(table);
    CHECK(table->header == QStringList{QStringLiteral("Name"), QStringLiteral("Notizen"), QStringLiteral("Website")});
    REQUIRE(table->records.size() == 3);
    CHECK(table->records.at(0).fields.at(1) == QStringLiteral("Zeile eins\nZeile zwei; mit Semikolon"));
    CHECK(table->records.at(1).fields.at(1) == QStringLiteral("Er sagte \"Hallo\""));
    CHECK(table->records.at(2).fields.at(0) == QStringLiteral("Mannheim"));
}

TEST_CASE("Records know the line they start on, past embedded line breaks and empty lines", "[csv]")
{
    const QByteArray data = "Name;Notizen\n"
                            "Köln;\"eins\nzwei\ndrei\"\n"
                            "\n"
                            ";;\n"
                            "Essen;x\n";
    auto table = CsvReader::parse(data, QStringLiteral("x.csv"));
    REQUIRE(table);
    REQUIRE(table->records.size() == 2);
    CHECK(table->records.at(0).line == 2);
    CHECK(table->records.at(1).line == 7);
}

TEST_CASE("A quote that is never closed is reported with the line it opened on", "[csv]")
{
    const QByteArray data = "Name;Notizen\nKöln;ok\nEssen;\"offen\nMannheim;x\n";
    auto table = CsvReader::parse(data, QStringLiteral("broken.csv"));
    REQUIRE_FALSE(table);
    CHECK(table.error().line == 3);
    CHECK(table.error().file == QStringLiteral("broken.csv"));
}

TEST_CASE("Empty and binary files are refused", "[csv]")
{
    CHECK_FALSE(CsvReader::parse(QByteArray(), QStringLiteral("empty.csv")));
    CHECK_FALSE(CsvReader::parse(QByteArray("\n\n"), QStringLiteral("blank.csv")));
    CHECK_FALSE(CsvReader::parse(QByteArray("PK\x03\x04\x00\x00garbage", 12), QStringLiteral("book.xlsx")));
}

TEST_CASE("A missing file gives a message with its name", "[csv]")
{
    auto table = CsvReader::readFile(QStringLiteral("/nonexistent/members.csv"));
    REQUIRE_FALSE(table);
    CHECK(table.error().toString().contains(QStringLiteral("members.csv")));
}

TEST_CASE("The writer produces what German Excel reads, and the reader reads it back", "[csv]")
{
    CsvWriter w;
    w.addRow({QStringLiteral("Name"), QStringLiteral("Notizen")});
    w.addRow({QStringLiteral("Köln"), QStringLiteral("a;b \"c\"\nd")});
    w.addRow({QStringLiteral(" Essen"), QString()});
    const QByteArray bytes = w.toUtf8WithBom();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.contains("Name;Notizen\r\n"));
    auto table = CsvReader::parse(bytes, QStringLiteral("round.csv"));
    REQUIRE(table);
    REQUIRE(table->records.size() == 2);
    CHECK(table->records.at(0).fields.at(1) == QStringLiteral("a;b \"c\"\nd"));
    CHECK(table->records.at(1).fields.at(0) == QStringLiteral(" Essen"));
}

TEST_CASE("Text that Excel would run as a formula is defused on export and restored on import", "[csv][security]")
{
    CHECK(CsvWriter::defuseFormula(QStringLiteral("=HYPERLINK(\"http://evil\")")) == QStringLiteral("'=HYPERLINK(\"http://evil\")"));
    CHECK(CsvWriter::defuseFormula(QStringLiteral("@SUM(A1)")) == QStringLiteral("'@SUM(A1)"));
    CHECK(CsvWriter::defuseFormula(QStringLiteral("-cmd|calc")) == QStringLiteral("'-cmd|calc"));
    // A sign followed by a digit is no excuse: these run as formulas too.
    CHECK(CsvWriter::defuseFormula(QStringLiteral("-2+3+cmd|' /C calc'!A0")) == QStringLiteral("'-2+3+cmd|' /C calc'!A0"));
    CHECK(CsvWriter::defuseFormula(QStringLiteral("+1+HYPERLINK(\"http://evil\";\"x\")"))
          == QStringLiteral("'+1+HYPERLINK(\"http://evil\";\"x\")"));
    CHECK(CsvWriter::defuseFormula(QStringLiteral("+49 30 1234567+A1")) == QStringLiteral("'+49 30 1234567+A1"));
    CHECK(CsvWriter::defuseFormula(QStringLiteral("\t=1+1")) == QStringLiteral("'\t=1+1"));
    CHECK(CsvWriter::defuseFormula(QStringLiteral("\r=1+1")) == QStringLiteral("'\r=1+1"));
    // Plain numbers, phone numbers and ordinary text stay readable.
    CHECK(CsvWriter::defuseFormula(QStringLiteral("+49 511 367394-20")) == QStringLiteral("+49 511 367394-20"));
    CHECK(CsvWriter::defuseFormula(QStringLiteral("+49 30 1234567")) == QStringLiteral("+49 30 1234567"));
    CHECK(CsvWriter::defuseFormula(QStringLiteral("+49 (0)30 / 123-45")) == QStringLiteral("+49 (0)30 / 123-45"));
    CHECK(CsvWriter::defuseFormula(QStringLiteral("-5")) == QStringLiteral("-5"));
    CHECK(CsvWriter::defuseFormula(QStringLiteral("-12")) == QStringLiteral("-12"));
    CHECK(CsvWriter::defuseFormula(QStringLiteral("-1.234,56")) == QStringLiteral("-1.234,56"));
    CHECK(CsvWriter::defuseFormula(QStringLiteral("3,5")) == QStringLiteral("3,5"));
    CHECK(CsvWriter::defuseFormula(QStringLiteral("Köln")) == QStringLiteral("Köln"));

    test::TempDatabase t;
    CsvWriter w;
    w.addRow({QStringLiteral("Name"), QStringLiteral("Notizen")});
    w.addRow({QStringLiteral("Essen"), QStringLiteral("=1+1")});
    const QString path = t.writeFile(QStringLiteral("defused.csv"), w.toUtf8WithBom());
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll().contains("'=1+1"));
    auto table = CsvReader::readFile(path);
    REQUIRE(table);
    ImportReport report;
    const ColumnMap columns = ColumnMap::build(*table, {{QStringLiteral("name"), {QStringLiteral("Name")}, true},
                                                        {QStringLiteral("notes"), {QStringLiteral("Notizen")}, false}},
                                               report);
    CHECK(columns.value(table->records.first(), QStringLiteral("notes")) == QStringLiteral("=1+1"));
}

TEST_CASE("Every value the export guards reads back as it was, and an apostrophe typed by hand stays", "[csv][security]")
{
    const QStringList values = {QStringLiteral("-2+3+cmd|' /C calc'!A0"), QStringLiteral("+1+HYPERLINK(\"http://evil\")"),
                                QStringLiteral("=1+1"), QStringLiteral("@SUM(A1)"), QStringLiteral("-12"), QStringLiteral("+49 30 1234567"),
                                QStringLiteral("'-12"), QStringLiteral("'Köln"), QStringLiteral("'=1+1"), QStringLiteral("''@x"),
                                QStringLiteral("Rock 'n' Roll"), QStringLiteral("\t=1+1"), QStringLiteral("'\nzweite Zeile")};
    CsvWriter w;
    w.addRow({QStringLiteral("Name"), QStringLiteral("Notizen")});
    for (const QString &v : values)
        w.addRow({QStringLiteral("x"), v});
    auto table = CsvReader::parse(w.toUtf8WithBom(), QStringLiteral("round.csv"));
    REQUIRE(table);
    ImportReport report;
    const ColumnMap columns = ColumnMap::build(*table, {{QStringLiteral("notes"), {QStringLiteral("Notizen")}}}, report);
    REQUIRE(table->records.size() == values.size());
    for (int i = 0; i < values.size(); ++i)
        CHECK(columns.value(table->records.at(i), QStringLiteral("notes")) == values.at(i));
}

TEST_CASE("A file larger than the CSV limit is refused by its size, naming the file", "[csv][limits]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("riesig.csv"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write("Name;Art\nK\xC3\xB6ln;Stadt\n") > 0);
    REQUIRE(f.resize(CsvLimits::MaxFileBytes + 1)); // sparse: no time spent writing it
    f.close();
    auto table = CsvReader::readFile(path);
    REQUIRE_FALSE(table);
    CHECK(table.error().file == path);
    CHECK(table.error().message.contains(QStringLiteral("larger than %1 MB").arg(CsvLimits::MaxFileBytes / (1024 * 1024))));
}

TEST_CASE("A field longer than the field limit stops the reader with the file, line and column", "[csv][limits]")
{
    // A quotation mark never closed makes the rest of the file one field.
    QByteArray data = "Name;Notizen\nK\xC3\xB6ln;ok\nEssen;\"offen\n";
    const QByteArray row = "Mannheim;" + QByteArray(200, 'x') + "\n";
    while (data.size() <= 2 * CsvLimits::MaxFieldLength)
        data += row;
    auto table = CsvReader::parse(data, QStringLiteral("notizen.csv"));
    REQUIRE_FALSE(table);
    CHECK(table.error().file == QStringLiteral("notizen.csv"));
    CHECK(table.error().line == 3);
    CHECK(table.error().field == QStringLiteral("Notizen"));
    CHECK(table.error().message.contains(QStringLiteral("longer than")));

    // A long value without quotation marks stops the reader just the same.
    const QByteArray plain = "Name;Art;Notizen\nEssen;Stadt;ok\nBochum;" + QByteArray(CsvLimits::MaxFieldLength + 1, 'S') + ";x\n";
    auto refused = CsvReader::parse(plain, QStringLiteral("mitglieder.csv"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().toString().startsWith(QStringLiteral("mitglieder.csv:3: Art:")));

    // A field just at the limit is read.
    const QByteArray fits = "Name;Notizen\nEssen;" + QByteArray(CsvLimits::MaxFieldLength, 'x') + "\n";
    auto ok = CsvReader::parse(fits, QStringLiteral("ok.csv"));
    REQUIRE(ok);
    CHECK(ok->records.first().fields.at(1).size() == CsvLimits::MaxFieldLength);
}

TEST_CASE("A name longer than names may be is refused with its line and column, long notes are not", "[csv][limits][import]")
{
    test::TempDatabase t;
    const QByteArray longName(CsvLimits::MaxShortFieldLength + 1, 'K');
    const QByteArray longNotes(CsvLimits::MaxShortFieldLength * 10, 'n');
    auto report = importCsv(t, QStringLiteral("members"), QStringLiteral("mitglieder.csv"),
                            "Name;Notizen\nEssen;" + longNotes + "\n" + longName + ";kurz\n");
    REQUIRE(report);
    CHECK(report->errorCount() == 1);
    const ImportMessage *m = findMessage(*report, ImportMessage::Severity::Error, 3, QStringLiteral("Name"));
    REQUIRE(m);
    CHECK(m->toString().startsWith(QStringLiteral("mitglieder.csv:3: Name:")));
    CHECK(test::scalar(t.db(), QStringLiteral("SELECT count(*) FROM organisations")).toInt() == 0);

    auto fine = importCsv(t, QStringLiteral("members"), QStringLiteral("ok.csv"), "Name;Notizen\nEssen;" + longNotes + "\n");
    REQUIRE(fine);
    CHECK_FALSE(fine->hasErrors());
    CHECK(test::scalar(t.db(), QStringLiteral("SELECT length(notes) FROM organisations")).toInt() == longNotes.size());
}

TEST_CASE("A line with more fields, or a file with more rows, than any list has is refused with the line", "[csv][limits]")
{
    QByteArray wide = "Name;Art\nK\xC3\xB6ln;Stadt\nEssen";
    for (int i = 0; i < CsvLimits::MaxFieldsPerRecord; ++i)
        wide += ";x";
    wide += "\n";
    auto table = CsvReader::parse(wide, QStringLiteral("breit.csv"));
    REQUIRE_FALSE(table);
    CHECK(table.error().toString().startsWith(QStringLiteral("breit.csv:3: ")));

    QByteArray rows = "Name\n";
    for (int i = 0; i < CsvLimits::MaxRecords; ++i)
        rows += "x\n";
    CHECK(CsvReader::parse(rows, QStringLiteral("lang.csv"))); // just within
    rows += "zu viel\n";
    auto tooMany = CsvReader::parse(rows, QStringLiteral("lang.csv"));
    REQUIRE_FALSE(tooMany);
    CHECK(tooMany.error().line == CsvLimits::MaxRecords + 2);
}

TEST_CASE("One bad byte in a UTF-8 file keeps it UTF-8 and the import refuses that line by name", "[csv][encoding]")
{
    test::TempDatabase t;
    REQUIRE(importCsv(t, QStringLiteral("members"), QStringLiteral("koeln.csv"), "Name;Art\nK\xC3\xB6ln;Stadt\n"));
    // UTF-8 throughout, but line 4 has a lone Windows-1252 byte (0xE9, "é") pasted in.
    const QByteArray data = "Name;Art;Notizen\n"
                            "M\xC3\xBCller-K\xC3\xB6ln;Stadt;\n"
                            "Stadt K\xC3\xB6ln;Stadt;\n"
                            "Bad Hersfeld;Stadt;Caf\xE9\n";
    auto table = CsvReader::parse(data, QStringLiteral("mitglieder.csv"));
    REQUIRE(table);
    CHECK(table->encoding == QStringLiteral("UTF-8"));
    CHECK(table->records.at(0).fields.at(0) == QStringLiteral("Müller-Köln"));
    CHECK(table->records.at(1).fields.at(0) == QStringLiteral("Stadt Köln"));

    auto report = importCsv(t, QStringLiteral("members"), QStringLiteral("mitglieder.csv"), data);
    REQUIRE(report);
    CHECK(report->errorCount() == 1);
    const ImportMessage *m = findMessage(*report, ImportMessage::Severity::Error, 4, QStringLiteral("Notizen"));
    REQUIRE(m);
    CHECK(m->message.contains(QStringLiteral("UTF-8")));
    CHECK_FALSE(report->committed);
    // "Stadt Köln" is still recognised as the member Köln: no mangled duplicate.
    CHECK(findMessage(*report, ImportMessage::Severity::Warning, 3, QStringLiteral("Name")));
    CHECK(test::scalar(t.db(), QStringLiteral("SELECT count(*) FROM organisations")).toInt() == 1);

    // Several bad bytes in one value make one error; one in the header stops the import there.
    auto twice = importCsv(t, QStringLiteral("members"), QStringLiteral("zwei.csv"),
                           "Name;Art;Notizen\nM\xC3\xBCnster;Stadt;\xE9\xE9\nK\xC3\xB6ln;Stadt;Gr\xC3\xB6\xC3\x9F" "e\n");
    REQUIRE(twice);
    CHECK(twice->errorCount() == 1);
    CHECK(findMessage(*twice, ImportMessage::Severity::Error, 2, QStringLiteral("Notizen")));
    auto header = importCsv(t, QStringLiteral("members"), QStringLiteral("kopf.csv"),
                            "Name;Art;Notiz\xE9n\nM\xC3\xBCnster;Stadt;\nK\xC3\xB6ln;Stadt;Gr\xC3\xB6\xC3\x9F" "e\n");
    REQUIRE(header);
    CHECK(header->errorCount() == 1);
    CHECK(findMessage(*header, ImportMessage::Severity::Error, 1, QStringLiteral("Notiz\uFFFDn")));
}

TEST_CASE("A Windows-1252 file stays Windows-1252 even with a byte pair that happens to be UTF-8", "[csv][encoding]")
{
    // "Ã©" in Windows-1252 is the bytes of "é" in UTF-8; the umlauts around it are not UTF-8.
    const QString text = QStringLiteral("Name;Notizen\nKöln;Ã©\nMünchen;Straße\nDüsseldorf;Öl\n");
    QString encoding;
    CHECK(CsvReader::decode(test::toWindows1252(text), &encoding) == text);
    CHECK(encoding == QStringLiteral("Windows-1252"));
}
