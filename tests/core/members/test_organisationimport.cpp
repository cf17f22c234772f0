// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.hpp"
#include "testdb.h"

#include "exchange/exchange.h"
#include "members/organisationrepository.h"

using namespace fd;

namespace {
Result<ImportReport> importMembers(test::TempDatabase &t, const QByteArray &content, bool dryRun = false)
{
    const QString path = t.writeFile(QStringLiteral("mitglieder.csv"), content);
    auto importer = makeImporter(QStringLiteral("members"), t.db());
    return importer->importFile(path, dryRun);
}

int count(test::TempDatabase &t)
{
    return test::scalar(t.db(), QStringLiteral("SELECT count(*) FROM organisations")).toInt();
}

bool hasMessage(const ImportReport &r, ImportMessage::Severity severity, int line, const QString &column, const QString &part)
{
    for (const ImportMessage &m : r.messages) {
        if (m.severity == severity && m.line == line && m.column == column && m.message.contains(part))
            return true;
    }
    return false;
}
} // namespace

TEST_CASE("A Windows-1252 semicolon list saved by Excel imports with umlauts intact", "[import][members]")
{
    test::TempDatabase t;
    const QString text = QStringLiteral("Name;Art;Bundesland;Mitglied seit;Mitglied bis;Website;Notizen\r\n"
                                        "Köln;Stadt;Nordrhein-Westfalen;01.06.2011;;https://www.stadt-koeln.de;\r\n"
                                        "Göttingen;Stadt;Niedersachsen;1.1.2020;;;Präventionsrat\r\n"
                                        "Deutscher Präventionstag;Organisation;Niedersachsen;2014-01-01;;;\r\n");
    auto report = importMembers(t, test::toWindows1252(text));
    REQUIRE(report);
    CHECK_FALSE(report->hasErrors());
    CHECK(report->encoding == QStringLiteral("Windows-1252"));
    CHECK(report->committed);
    CHECK(count(t) == 3);
    OrganisationRepository repo(t.db());
    auto koeln = repo.findByName(QStringLiteral("Köln"));
    REQUIRE(koeln);
    REQUIRE(koeln->has_value());
    CHECK(koeln->value().name == QStringLiteral("Köln"));
    CHECK(koeln->value().joinedOn == QDate(2011, 6, 1));
    auto goe = repo.findByName(QStringLiteral("Göttingen"));
    REQUIRE(goe->has_value());
    CHECK(goe->value().notes == QStringLiteral("Präventionsrat"));
    auto dpt = repo.findByName(QStringLiteral("Deutscher Präventionstag"));
    REQUIRE(dpt->has_value());
    CHECK(dpt->value().kind == OrganisationKind::Organisation);
}

TEST_CASE("English headers, commas and any case of header are accepted", "[import][members]")
{
    test::TempDatabase t;
    auto report = importMembers(t, "\xEF\xBB\xBF  NAME ,type,State,Joined\nEssen,City,NRW,2011-06-01\n\"Mannheim, Stadt\",city,BW,2011-06-01\n");
    REQUIRE(report);
    CHECK_FALSE(report->hasErrors());
    CHECK(count(t) == 2);
}

TEST_CASE("A bad date stops the whole import and names line and column", "[import][members]")
{
    test::TempDatabase t;
    auto report = importMembers(t, "Name;Art;Mitglied seit\nEssen;Stadt;01.06.2011\nKöln;Stadt;31.02.2011\nMannheim;Stadt;2011-06-01\n");
    REQUIRE(report);
    CHECK(report->hasErrors());
    CHECK_FALSE(report->committed);
    CHECK(hasMessage(*report, ImportMessage::Severity::Error, 3, QStringLiteral("Mitglied seit"), QStringLiteral("31.02.2011")));
    CHECK(count(t) == 0);
    CHECK(report->lines(ImportMessage::Severity::Error).first().startsWith(QStringLiteral("mitglieder.csv:3: Mitglied seit:")));
}

TEST_CASE("Every bad row is reported, not only the first", "[import][members]")
{
    test::TempDatabase t;
    auto report = importMembers(t, "Name;Art;Mitglied seit;Mitglied bis\n;Stadt;;\nEssen;Dorf;;\nKöln;Stadt;2020-01-01;2019-01-01\n");
    REQUIRE(report);
    CHECK(report->errorCount() == 3);
    CHECK(hasMessage(*report, ImportMessage::Severity::Error, 2, QStringLiteral("Name"), QStringLiteral("missing")));
    CHECK(hasMessage(*report, ImportMessage::Severity::Error, 3, QStringLiteral("Art"), QStringLiteral("Dorf")));
    CHECK(hasMessage(*report, ImportMessage::Severity::Error, 4, QStringLiteral("Mitglied bis"), QStringLiteral("before")));
    CHECK(count(t) == 0);
}

TEST_CASE("A file without a name column is refused", "[import][members]")
{
    test::TempDatabase t;
    auto report = importMembers(t, "Stadtname;Art\nEssen;Stadt\n");
    REQUIRE(report);
    CHECK(report->hasErrors());
    CHECK(hasMessage(*report, ImportMessage::Severity::Warning, 1, QStringLiteral("Stadtname"), QStringLiteral("Unknown column")));
    CHECK(hasMessage(*report, ImportMessage::Severity::Error, 1, QStringLiteral("Name"), QStringLiteral("required")));
    CHECK(count(t) == 0);
}

TEST_CASE("Unknown columns are reported and ignored", "[import][members]")
{
    test::TempDatabase t;
    auto report = importMembers(t, "Name;Art;Einwohner\nEssen;Stadt;580000\n");
    REQUIRE(report);
    CHECK_FALSE(report->hasErrors());
    CHECK(hasMessage(*report, ImportMessage::Severity::Warning, 1, QStringLiteral("Einwohner"), QStringLiteral("ignored")));
    CHECK(count(t) == 1);
}

TEST_CASE("Members that exist, or appear twice in the file, are reported and not doubled", "[import][members]")
{
    test::TempDatabase t;
    REQUIRE(importMembers(t, "Name;Mitglied seit\nKöln;2011-06-01\n"));
    auto report = importMembers(t, "Name;Mitglied seit\nStadt Köln;2011-06-01\nEssen;2011-06-01\nESSEN;2011-06-01\n");
    REQUIRE(report);
    CHECK_FALSE(report->hasErrors());
    CHECK(report->rowsSkipped == 2);
    CHECK(report->rowsToCreate == 1);
    CHECK(hasMessage(*report, ImportMessage::Severity::Warning, 2, QStringLiteral("Name"), QStringLiteral("exists already")));
    CHECK(hasMessage(*report, ImportMessage::Severity::Warning, 4, QStringLiteral("Name"), QStringLiteral("line 3")));
    CHECK(count(t) == 2);
}

TEST_CASE("A dry run checks everything and writes nothing", "[import][members]")
{
    test::TempDatabase t;
    auto report = importMembers(t, "Name\nEssen\nKöln\n", true);
    REQUIRE(report);
    CHECK_FALSE(report->hasErrors());
    CHECK(report->rowsToCreate == 2);
    CHECK_FALSE(report->committed);
    CHECK(count(t) == 0);
}

TEST_CASE("Exported members import again unchanged", "[import][export][members]")
{
    test::TempDatabase t;
    REQUIRE(importMembers(t, "Name;Art;Bundesland;Mitglied seit;Mitglied bis;Website;Notizen\n"
                             "Köln;Stadt;NRW;01.06.2011;;https://www.stadt-koeln.de;\"Zwei\nZeilen; mit Semikolon\"\n"
                             "Altstadt;Stadt;;01.01.2012;30.06.2023;;\n"));
    for (bool german : {true, false}) {
        const QString out = t.dir() + (german ? QStringLiteral("/de.csv") : QStringLiteral("/en.csv"));
        ListExportOptions options;
        options.germanHeaders = german;
        auto written = exportCsv(t.db(), QStringLiteral("members"), out, options);
        REQUIRE(written);
        CHECK(*written == 2);

        test::TempDatabase other;
        auto importer = makeImporter(QStringLiteral("members"), other.db());
        auto report = importer->importFile(out, false);
        REQUIRE(report);
        CHECK_FALSE(report->hasErrors());
        OrganisationRepository a(t.db()), b(other.db());
        auto left = a.all(), right = b.all();
        REQUIRE(left->size() == right->size());
        for (int i = 0; i < left->size(); ++i) {
            INFO(left->at(i).name.toStdString());
            CHECK(left->at(i).sameContent(right->at(i)));
        }
    }
}

TEST_CASE("A date more than ten years after today is imported with a warning naming its line and column", "[import][members][dates]")
{
    test::TempDatabase t;
    const QString path = t.writeFile(QStringLiteral("mitglieder.csv"),
                                     "Name;Mitglied seit;Mitglied bis\n"
                                     "K\xC3\xB6ln;01.06.2011;\n"
                                     "Essen;4.7.2035;\n"      // 11 years after the day of the check
                                     "Mannheim;01.01.2000;31.12.2033\n" // less than 10 years: fine
                                     "Bochum;1.1.50;\n");      // 1950, not 2050
    auto importer = makeImporter(QStringLiteral("members"), t.db());
    importer->setToday(QDate(2024, 6, 1));
    auto report = importer->importFile(path, true);
    REQUIRE(report);
    CHECK_FALSE(report->hasErrors());
    QStringList warnings;
    for (const ImportMessage &m : report->messages) {
        if (m.severity == ImportMessage::Severity::Warning && m.message.contains(QStringLiteral("please check")))
            warnings << m.toString();
    }
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.first().startsWith(QStringLiteral("mitglieder.csv:3: Mitglied seit:")));
    CHECK(warnings.first().contains(QStringLiteral("4.7.2035")));

    // The same file checked ten years later raises nothing.
    auto later = makeImporter(QStringLiteral("members"), t.db());
    later->setToday(QDate(2034, 6, 1));
    auto again = later->importFile(path, true);
    REQUIRE(again);
    for (const ImportMessage &m : again->messages)
        CHECK_FALSE(m.message.contains(QStringLiteral("please check")));
}
