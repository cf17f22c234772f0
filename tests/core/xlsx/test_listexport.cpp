// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.hpp"
#include "testdb.h"
#include "xlsxread.h"

#include "events/eventrepository.h"
#include "events/registrationrepository.h"
#include "exchange/exchange.h"
#include "members/organisationrepository.h"
#include "people/personrepository.h"
#include "xlsx/xlsxwriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace fd;

namespace {

qint64 addOrganisation(Database &db, const QString &name, OrganisationKind kind, const QDate &joined = {})
{
    Organisation o;
    o.name = name;
    o.kind = kind;
    o.state = QStringLiteral("Nordrhein-Westfalen");
    o.country = QStringLiteral("DE");
    o.joinedOn = joined;
    auto created = OrganisationRepository(db).create(o);
    REQUIRE(created);
    return created->id;
}

void addFee(Database &db, qint64 organisation, int year, qint64 cents, const QDate &paid = {})
{
    MembershipFee fee;
    fee.organisationId = organisation;
    fee.year = year;
    fee.amountCents = cents;
    fee.paidOn = paid;
    REQUIRE(OrganisationRepository(db).createFee(fee));
}

qint64 addPerson(Database &db, const QString &first, const QString &last, const QString &phone, const QString &notes = {})
{
    Person p;
    p.firstName = first;
    p.lastName = last;
    p.phone = phone;
    p.notes = notes;
    auto created = PersonRepository(db).create(p);
    REQUIRE(created);
    return created->id;
}

qint64 kindId(Database &db, const QString &name)
{
    auto kind = EventKindRepository(db).find(name);
    REQUIRE(kind);
    REQUIRE(kind->has_value());
    return kind->value().id;
}

qint64 addEvent(Database &db, const QString &title, const QString &kind, const QDate &start, const QTime &startTime = {},
                const QDate &end = {}, std::optional<int> capacity = std::nullopt, int assemblyNumber = 0)
{
    Event e;
    e.title = title;
    e.kindId = kindId(db, kind);
    e.startDate = start;
    e.startTime = startTime;
    e.endDate = end;
    e.capacity = capacity;
    e.assemblyNumber = assemblyNumber;
    auto created = EventRepository(db).create(e);
    REQUIRE(created);
    return created->id;
}

// Writes `kind` as a workbook into a fresh folder and reads it back with openpyxl.
QList<test::XlsxSheet> exportAndRead(Database &db, const QString &kind, const ListExportOptions &options, int expectedRows)
{
    QTemporaryDir out;
    const QString path = out.filePath(kind + QStringLiteral(".xlsx"));
    auto written = exportList(db, kind, path, ListFormat::Xlsx, options);
    INFO((written ? QString() : written.error().toString()).toStdString());
    REQUIRE(written);
    CHECK(*written == expectedRows);
    return test::readXlsx(path);
}

ListExportOptions german()
{
    ListExportOptions o;
    o.germanHeaders = true;
    return o;
}

} // namespace

TEST_CASE("Members for Excel have a bold, frozen, filtered header row and real date cells", "[xlsx][members]")
{
    test::TempDatabase t;
    addOrganisation(t.db(), QStringLiteral("Köln"), OrganisationKind::City, QDate(2011, 6, 1));
    addOrganisation(t.db(), QStringLiteral("=1+2"), OrganisationKind::Organisation);

    const auto sheets = exportAndRead(t.db(), QStringLiteral("members"), german(), 2);
    REQUIRE(sheets.size() == 2);
    const test::XlsxSheet &members = sheets.first();
    CHECK(members.title == QStringLiteral("Members"));
    REQUIRE(members.rows.size() == 3);
    CHECK(members.cell(0, 0)->value.toString() == QStringLiteral("Name"));
    CHECK(members.cell(0, 0)->bold);
    CHECK(members.cell(0, 4)->value.toString() == QStringLiteral("Mitglied seit"));
    CHECK(members.freeze == QStringLiteral("A2"));
    CHECK(members.autoFilter == QStringLiteral("A1:H3"));
    // Wide enough for the header and its filter button.
    CHECK(members.widths.value(QStringLiteral("E")) >= QStringLiteral("Mitglied seit").size());

    const int koeln = members.rowWhere(0, QStringLiteral("Köln"));
    REQUIRE(koeln > 0);
    CHECK(members.cell(koeln, 0)->type == QStringLiteral("s"));
    CHECK_FALSE(members.cell(koeln, 0)->bold);
    const auto joined = members.cell(koeln, members.column(QStringLiteral("Mitglied seit")));
    REQUIRE(joined);
    CHECK(joined->type == QStringLiteral("d"));
    CHECK(joined->value.toString() == QStringLiteral("2011-06-01T00:00:00"));
    CHECK(joined->format == QStringLiteral("dd.mm.yyyy"));
    CHECK_FALSE(members.cell(koeln, members.column(QStringLiteral("Mitglied bis"))));
}

TEST_CASE("Members for Excel carry their fees on a second sheet, amounts and years as numbers", "[xlsx][members]")
{
    test::TempDatabase t;
    const qint64 koeln = addOrganisation(t.db(), QStringLiteral("Köln"), OrganisationKind::City, QDate(2011, 6, 1));
    const qint64 essen = addOrganisation(t.db(), QStringLiteral("Essen"), OrganisationKind::City, QDate(2015, 1, 1));
    addFee(t.db(), koeln, 2023, 125000, QDate(2023, 2, 10));
    addFee(t.db(), koeln, 2024, 125000);
    addFee(t.db(), essen, 2024, 98050, QDate(2024, 3, 5));

    const auto sheets = exportAndRead(t.db(), QStringLiteral("members"), german(), 2);
    REQUIRE(sheets.size() == 2);
    const test::XlsxSheet &fees = sheets.at(1);
    CHECK(fees.title == QStringLiteral("Fees"));
    CHECK(fees.freeze == QStringLiteral("A2"));
    CHECK(fees.autoFilter == QStringLiteral("A1:E4"));
    REQUIRE(fees.rows.size() == 4);
    CHECK(fees.cell(0, 2)->value.toString() == QStringLiteral("Betrag (€)"));
    // The latest year first, by name within a year.
    CHECK(fees.cell(1, 0)->value.toString() == QStringLiteral("Essen"));
    CHECK(fees.cell(2, 0)->value.toString() == QStringLiteral("Köln"));
    CHECK(fees.cell(3, 0)->value.toString() == QStringLiteral("Köln"));

    const auto year = fees.cell(1, 1);
    REQUIRE(year);
    CHECK(year->type == QStringLiteral("n"));
    CHECK(year->value.toDouble() == 2024);
    CHECK(year->format == QStringLiteral("0"));
    const auto amount = fees.cell(1, 2);
    REQUIRE(amount);
    CHECK(amount->type == QStringLiteral("n"));
    CHECK(amount->value.toDouble() == Approx(980.50));
    CHECK(amount->format == QStringLiteral("#,##0.00"));
    const auto paid = fees.cell(1, 3);
    REQUIRE(paid);
    CHECK(paid->type == QStringLiteral("d"));
    CHECK(paid->value.toString() == QStringLiteral("2024-03-05T00:00:00"));
    // Köln's 2024 fee is open: no date.
    CHECK(fees.cell(2, 1)->value.toDouble() == 2024);
    CHECK_FALSE(fees.cell(2, 3));
    CHECK(fees.cell(3, 1)->value.toDouble() == 2023);
}

TEST_CASE("The members' CSV stays the list the importer reads, without the fees", "[xlsx][members][csv]")
{
    test::TempDatabase t;
    const qint64 koeln = addOrganisation(t.db(), QStringLiteral("Köln"), OrganisationKind::City, QDate(2011, 6, 1));
    addFee(t.db(), koeln, 2024, 125000);
    const QString path = t.dir() + QStringLiteral("/members.csv");
    auto written = exportList(t.db(), QStringLiteral("members"), path, ListFormat::Csv, german());
    REQUIRE(written);
    CHECK(*written == 1);
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    CHECK(text.contains(QStringLiteral("Name;Art;Bundesland;Staat;Mitglied seit;Mitglied bis;Website;Notizen\r\n")));
    CHECK(text.contains(QStringLiteral("Köln;Stadt;Nordrhein-Westfalen;DE;01.06.2011;;;\r\n")));
    CHECK_FALSE(text.contains(QStringLiteral("1250")));
}

TEST_CASE("People for Excel keep phone numbers as text with their + and 0, and =1+2 stays text, not a formula", "[xlsx][people]")
{
    test::TempDatabase t;
    addPerson(t.db(), QStringLiteral("Anna"), QStringLiteral("=1+2"), QStringLiteral("+4930123"));
    addPerson(t.db(), QStringLiteral("Jürgen"), QStringLiteral("Weißgerber"), QStringLiteral("0201 88-0"));

    const auto sheets = exportAndRead(t.db(), QStringLiteral("people"), german(), 2);
    REQUIRE(sheets.size() == 1);
    const test::XlsxSheet &people = sheets.first();
    CHECK(people.title == QStringLiteral("People"));
    const int last = people.column(QStringLiteral("Nachname"));
    const int phone = people.column(QStringLiteral("Telefon"));
    REQUIRE(last >= 0);
    REQUIRE(phone >= 0);

    const int formula = people.rowWhere(last, QStringLiteral("=1+2"));
    REQUIRE(formula > 0);
    CHECK(people.cell(formula, last)->type == QStringLiteral("s"));
    CHECK(people.cell(formula, last)->value.toString().startsWith(QLatin1Char('=')));
    CHECK(people.cell(formula, phone)->type == QStringLiteral("s"));
    CHECK(people.cell(formula, phone)->value.toString() == QStringLiteral("+4930123"));

    const int umlauts = people.rowWhere(last, QStringLiteral("Weißgerber"));
    REQUIRE(umlauts > 0);
    CHECK(people.cell(umlauts, people.column(QStringLiteral("Vorname")))->value.toString() == QStringLiteral("Jürgen"));
    CHECK(people.cell(umlauts, phone)->type == QStringLiteral("s"));
    CHECK(people.cell(umlauts, phone)->value.toString() == QStringLiteral("0201 88-0"));
    // Text cells keep the text format, so that a number typed over one in Excel stays text too.
    CHECK(people.cell(umlauts, phone)->format == QStringLiteral("@"));
}

TEST_CASE("Events for Excel have their days and times as dates and their numbers as numbers", "[xlsx][events]")
{
    test::TempDatabase t;
    addEvent(t.db(), QStringLiteral("27. Mitgliederversammlung"), QStringLiteral("Mitgliederversammlung"), QDate(2024, 9, 19),
             QTime(14, 0), QDate(2024, 9, 20), 120, 27);
    addEvent(t.db(), QStringLiteral("Fachtagung Öffentlichkeit"), QStringLiteral("Workshop"), QDate(2024, 5, 16));

    const auto sheets = exportAndRead(t.db(), QStringLiteral("events"), german(), 2);
    REQUIRE(sheets.size() == 1);
    const test::XlsxSheet &events = sheets.first();
    CHECK(events.title == QStringLiteral("Events"));
    const int assembly = events.rowWhere(0, QStringLiteral("27. Mitgliederversammlung"));
    REQUIRE(assembly > 0);
    const auto start = events.cell(assembly, events.column(QStringLiteral("Beginn")));
    REQUIRE(start);
    CHECK(start->type == QStringLiteral("d"));
    CHECK(start->value.toString() == QStringLiteral("2024-09-19T14:00:00"));
    CHECK(start->format == QStringLiteral("dd.mm.yyyy hh:mm"));
    const auto end = events.cell(assembly, events.column(QStringLiteral("Ende")));
    REQUIRE(end);
    CHECK(end->type == QStringLiteral("d"));
    CHECK(end->value.toString() == QStringLiteral("2024-09-20T00:00:00"));
    CHECK(end->format == QStringLiteral("dd.mm.yyyy"));
    const auto capacity = events.cell(assembly, events.column(QStringLiteral("Kapazität")));
    REQUIRE(capacity);
    CHECK(capacity->type == QStringLiteral("n"));
    CHECK(capacity->value.toDouble() == 120);
    const auto number = events.cell(assembly, events.column(QStringLiteral("Nummer")));
    REQUIRE(number);
    CHECK(number->type == QStringLiteral("n"));
    CHECK(number->value.toDouble() == 27);

    const int conference = events.rowWhere(0, QStringLiteral("Fachtagung Öffentlichkeit"));
    REQUIRE(conference > 0);
    CHECK(events.cell(conference, events.column(QStringLiteral("Beginn")))->value.toString() == QStringLiteral("2024-05-16T00:00:00"));
    CHECK_FALSE(events.cell(conference, events.column(QStringLiteral("Ende"))));
    CHECK_FALSE(events.cell(conference, events.column(QStringLiteral("Kapazität"))));
}

TEST_CASE("In English the workbook has English headers and ISO dates", "[xlsx][events]")
{
    test::TempDatabase t;
    addEvent(t.db(), QStringLiteral("Webinar"), QStringLiteral("Webinar"), QDate(2024, 5, 16), QTime(10, 30));
    ListExportOptions english;
    english.germanHeaders = false;
    const auto sheets = exportAndRead(t.db(), QStringLiteral("events"), english, 1);
    REQUIRE(sheets.size() == 1);
    const int start = sheets.first().column(QStringLiteral("Start"));
    REQUIRE(start >= 0);
    CHECK(sheets.first().cell(1, start)->type == QStringLiteral("d"));
    CHECK(sheets.first().cell(1, start)->value.toString() == QStringLiteral("2024-05-16T10:30:00"));
    CHECK(sheets.first().cell(1, start)->format == QStringLiteral("yyyy-mm-dd hh:mm"));
}

TEST_CASE("Registrations for Excel have the time of registration as a date cell in the office's time", "[xlsx][registrations]")
{
    test::TempDatabase t;
    const qint64 event = addEvent(t.db(), QStringLiteral("SiBa-Workshop"), QStringLiteral("Workshop"), QDate(2024, 4, 18));
    const qint64 person = addPerson(t.db(), QStringLiteral("Jürgen"), QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("0201 88-0"));
    RegistrationRequest r;
    r.eventId = event;
    r.personId = person;
    const QDateTime at(QDate(2024, 3, 1), QTime(9, 15), QTimeZone::utc());
    r.registeredAt = at;
    REQUIRE(RegistrationRepository(t.db()).add(r));

    ListExportOptions options = german();
    options.event = QStringLiteral("SiBa-Workshop");
    const auto sheets = exportAndRead(t.db(), QStringLiteral("registrations"), options, 1);
    REQUIRE(sheets.size() == 1);
    const test::XlsxSheet &list = sheets.first();
    CHECK(list.title == QStringLiteral("Registrations"));
    CHECK(list.cell(0, 0)->value.toString() == QStringLiteral("Veranstaltung"));
    CHECK(list.cell(0, 0)->bold);
    const auto last = list.cell(1, list.column(QStringLiteral("Nachname")));
    REQUIRE(last);
    CHECK(last->type == QStringLiteral("s"));
    CHECK(last->value.toString() == QStringLiteral("=HYPERLINK(\"x\")"));
    CHECK(list.cell(1, list.column(QStringLiteral("Vorname")))->value.toString() == QStringLiteral("Jürgen"));
    const auto registered = list.cell(1, list.column(QStringLiteral("Angemeldet am")));
    REQUIRE(registered);
    CHECK(registered->type == QStringLiteral("d"));
    // The wall clock of the office, whatever the machine's time zone.
    CHECK(registered->value.toString() == at.toLocalTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
    CHECK(registered->format == QStringLiteral("dd.mm.yyyy hh:mm"));
}

TEST_CASE("A text longer than an Excel cell holds stops the export with a clear message and leaves the old file", "[xlsx]")
{
    test::TempDatabase t;
    addPerson(t.db(), QStringLiteral("Anna"), QStringLiteral("Rau"), QString(), QString(40000, QLatin1Char('x')));
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("people.xlsx"));
    {
        QFile old(path);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("the list of last week");
    }
    auto written = exportList(t.db(), QStringLiteral("people"), path, ListFormat::Xlsx, german());
    REQUIRE_FALSE(written);
    CHECK(written.error().message.contains(QStringLiteral("column \"Notizen\"")));
    CHECK(written.error().message.contains(QStringLiteral("40000 characters")));
    CHECK(written.error().message.contains(QStringLiteral("32767")));
    CHECK(written.error().file == QDir::toNativeSeparators(path));
    QFile old(path);
    REQUIRE(old.open(QIODevice::ReadOnly));
    CHECK(old.readAll() == "the list of last week");
    // Nothing half-written beside it either.
    CHECK(QDir(out.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("people.xlsx")});
}

TEST_CASE("An Excel export into a folder that does not exist fails and names the file", "[xlsx]")
{
    test::TempDatabase t;
    addPerson(t.db(), QStringLiteral("Anna"), QStringLiteral("Rau"), QString());
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("missing/people.xlsx"));
    auto written = exportList(t.db(), QStringLiteral("people"), path, ListFormat::Xlsx, german());
    REQUIRE_FALSE(written);
    CHECK(written.error().code == Error::Code::Io);
    CHECK(written.error().message.startsWith(QStringLiteral("Cannot write the Excel file")));
    CHECK(written.error().file == QDir::toNativeSeparators(path));
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("Sheet names are made acceptable to Excel", "[xlsx]")
{
    CHECK(XlsxWriter::sheetName(QStringLiteral("Beiträge"), {}) == QStringLiteral("Beiträge"));
    CHECK(XlsxWriter::sheetName(QStringLiteral("Anmeldungen: 27. MV [2024]/neu?"), {})
          == QStringLiteral("Anmeldungen- 27. MV -2024--neu-"));
    CHECK(XlsxWriter::sheetName(QStringLiteral("'Zitat'"), {}) == QStringLiteral("Zitat"));
    CHECK(XlsxWriter::sheetName(QString(40, QLatin1Char('a')), {}).size() == 31);
    CHECK(XlsxWriter::sheetName(QStringLiteral("Mitglieder"), {QStringLiteral("mitglieder")}) == QStringLiteral("Mitglieder (2)"));
    CHECK_FALSE(XlsxWriter::sheetName(QString(), {}).isEmpty());
}

TEST_CASE("Typed cells write the text the CSV importers read back", "[xlsx][csv]")
{
    CHECK(ExportCell::date(QDate(2024, 7, 4)).toText(true) == QStringLiteral("04.07.2024"));
    CHECK(ExportCell::date(QDate(2024, 7, 4)).toText(false) == QStringLiteral("2024-07-04"));
    CHECK(ExportCell::dateTime(QDate(2024, 5, 16), QTime(14, 0)).toText(true) == QStringLiteral("16.05.2024 14:00"));
    CHECK(ExportCell::dateTime(QDate(2024, 5, 16), QTime(14, 0)).toText(false) == QStringLiteral("2024-05-16T14:00"));
    CHECK(ExportCell::dateTime(QDate(2024, 5, 16), QTime()).type == CellType::Date);
    CHECK(ExportCell::integer(27).toText(true) == QStringLiteral("27"));
    CHECK(ExportCell::integer(std::nullopt).isEmpty());
    CHECK(ExportCell::decimal(1250.5).toText(true) == QStringLiteral("1250,50"));
    CHECK(ExportCell::decimal(1250.5).toText(false) == QStringLiteral("1250.50"));
    CHECK(ExportCell::text(QString()).isEmpty());
}
