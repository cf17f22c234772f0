// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.hpp"
#include "testdb.h"

#include "exchange/exchange.h"
#include "members/organisationrepository.h"
#include "people/personrepository.h"

using namespace fd;

namespace {
Result<ImportReport> importCsv(test::TempDatabase &t, const QString &kind, const QByteArray &content, bool dryRun = false)
{
    const QString path = t.writeFile(kind + QStringLiteral(".csv"), content);
    return makeImporter(kind, t.db())->importFile(path, dryRun);
}

int people(test::TempDatabase &t)
{
    return test::scalar(t.db(), QStringLiteral("SELECT count(*) FROM people")).toInt();
}
} // namespace

TEST_CASE("People are imported and linked to their member, found with or without 'Stadt'", "[import][people]")
{
    test::TempDatabase t;
    REQUIRE(importCsv(t, QStringLiteral("members"), "Name;Mitglied seit\nKöln;2011-06-01\n"));
    auto report = importCsv(t, QStringLiteral("people"),
                            test::toWindows1252(QStringLiteral("Titel;Vorname;Nachname;Funktion;Organisation;E-Mail;Telefon\n"
                                                               "Dr.;Miriam;Schönfeld;Amt für öffentliche Ordnung;Stadt Köln;miriam@koeln.example;0221 1\n")));
    REQUIRE(report);
    CHECK_FALSE(report->hasErrors());
    CHECK(people(t) == 1);
    PersonRepository repo(t.db());
    auto list = repo.list();
    REQUIRE(list->size() == 1);
    CHECK(list->first().person.fullName() == QStringLiteral("Dr. Miriam Schönfeld"));
    CHECK(list->first().current.organisationName == QStringLiteral("Köln"));
    CHECK(list->first().current.jobTitle == QStringLiteral("Amt für öffentliche Ordnung"));
}

TEST_CASE("An unknown organisation is created once, as a non-member, and reported", "[import][people]")
{
    test::TempDatabase t;
    auto report = importCsv(t, QStringLiteral("people"),
                            "First name,Last name,Organization,Email\n"
                            "Tim,Lukas,Bergische Universität Wuppertal,\n"
                            "Max,Muster,Bergische Universität Wuppertal,max@uni.example\n");
    REQUIRE(report);
    CHECK_FALSE(report->hasErrors());
    CHECK(report->lines(ImportMessage::Severity::Info).size() == 1);
    CHECK(test::scalar(t.db(), QStringLiteral("SELECT count(*) FROM organisations")).toInt() == 1);
    CHECK(test::scalar(t.db(), QStringLiteral("SELECT joined_on FROM organisations")).isNull());
    CHECK(test::scalar(t.db(), QStringLiteral("SELECT count(*) FROM affiliations")).toInt() == 2);
}

TEST_CASE("A person with a known e-mail or the same name at the same organisation is not doubled", "[import][people]")
{
    test::TempDatabase t;
    REQUIRE(importCsv(t, QStringLiteral("people"), "Vorname;Nachname;Organisation;E-Mail\nAnna;Rau;DEFUS;anna.rau@defus.example\n"));
    auto report = importCsv(t, QStringLiteral("people"),
                            "Vorname;Nachname;Organisation;E-Mail\n"
                            "Anna;Rau;Efus;ANNA.RAU@defus.example\n"   // same e-mail
                            "anna;RAU;DEFUS;\n"                          // same name, same organisation
                            "Anna;Rau;Difu;anna@difu.example\n"          // same name elsewhere: a different person
                            "Kurt;Faller;;k@x.example\n"
                            "Kurt;Faller;;k@x.example\n");               // twice in the file
    REQUIRE(report);
    CHECK_FALSE(report->hasErrors());
    CHECK(report->rowsSkipped == 3);
    CHECK(people(t) == 3);
    // A known person named at another organisation is not moved there: an
    // import never makes a staff change (the person form does, through Positions).
    const Person anna = PersonRepository(t.db()).byEmail(QStringLiteral("anna.rau@defus.example"))->first();
    const QList<Affiliation> positions = *PersonRepository(t.db()).affiliations(anna.id);
    REQUIRE(positions.size() == 1);
    CHECK(positions.first().organisationName == QStringLiteral("DEFUS"));
    CHECK_FALSE(positions.first().validUntil.isValid());
}

TEST_CASE("A bad e-mail address stops the import and names its line", "[import][people]")
{
    test::TempDatabase t;
    auto report = importCsv(t, QStringLiteral("people"), "Vorname;Nachname;E-Mail\nAnna;Rau;anna.rau@defus.example\nKurt;Faller;kurt(at)faller\n;;x@y.example\n");
    REQUIRE(report);
    CHECK(report->errorCount() == 2);
    const QStringList errors = report->lines(ImportMessage::Severity::Error);
    CHECK(errors.at(0).startsWith(QStringLiteral("people.csv:3: E-Mail:")));
    CHECK(errors.at(1).startsWith(QStringLiteral("people.csv:4: Nachname:")));
    CHECK(people(t) == 0);
}

TEST_CASE("Exported people import again with their organisations", "[import][export][people]")
{
    test::TempDatabase t;
    REQUIRE(importCsv(t, QStringLiteral("people"),
                      "Titel;Vorname;Nachname;Funktion;Organisation;E-Mail;Telefon\n"
                      "Prof. Dr.;Rita;Haverkamp;Professorin;Universität Tübingen;;\n"
                      ";Joël;Bellmont;Teamleiter DIZ;Stadt Zürich;joel@zuerich.example;+41 44 000\n"));
    const QString out = t.dir() + QStringLiteral("/people-out.csv");
    REQUIRE(exportCsv(t.db(), QStringLiteral("people"), out, ListExportOptions()));
    test::TempDatabase other;
    auto report = makeImporter(QStringLiteral("people"), other.db())->importFile(out, false);
    REQUIRE(report);
    CHECK_FALSE(report->hasErrors());
    PersonRepository a(t.db()), b(other.db());
    auto left = a.list(), right = b.list();
    REQUIRE(left->size() == 2);
    REQUIRE(right->size() == 2);
    for (int i = 0; i < 2; ++i) {
        CHECK(left->at(i).person.sameContent(right->at(i).person));
        CHECK(left->at(i).current.organisationName == right->at(i).current.organisationName);
        CHECK(left->at(i).current.jobTitle == right->at(i).current.jobTitle);
    }
}

TEST_CASE("A function without an organisation is kept in the notes and reported with its line and column", "[import][people]")
{
    test::TempDatabase t;
    auto report = importCsv(t, QStringLiteral("people"),
                            "Vorname;Nachname;Funktion;Organisation;Notizen\n"
                            "Anna;Rau;B\xC3\xBCrgermeisterin;;\n"
                            "Kurt;Faller;Referent;;kennt Anna\n"
                            "Eva;Lind;Leiterin;Stadt Essen;\n");
    REQUIRE(report);
    CHECK_FALSE(report->hasErrors());
    QStringList warnings = report->lines(ImportMessage::Severity::Warning);
    CHECK(warnings.filter(QStringLiteral("people.csv:2: Funktion:")).size() == 1);
    CHECK(warnings.filter(QStringLiteral("people.csv:3: Funktion:")).size() == 1);
    CHECK(warnings.filter(QStringLiteral("people.csv:4:")).isEmpty());
    PersonRepository repo(t.db());
    auto list = repo.list();
    REQUIRE(list);
    QHash<QString, PersonListItem> byName;
    for (const PersonListItem &item : std::as_const(*list))
        byName.insert(item.person.lastName, item);
    CHECK(byName.value(QStringLiteral("Rau")).person.notes == QStringLiteral("Funktion: Bürgermeisterin"));
    CHECK(byName.value(QStringLiteral("Faller")).person.notes == QStringLiteral("kennt Anna\nFunktion: Referent"));
    CHECK(byName.value(QStringLiteral("Lind")).current.jobTitle == QStringLiteral("Leiterin"));
    CHECK(byName.value(QStringLiteral("Lind")).person.notes.isEmpty());
}
