// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange.h"

#include "exchange/declaredkind.h"

#include "events/eventexport.h"
#include "events/eventimport.h"
#include "events/registrationimport.h"
#include "members/organisationimport.h"
#include "members/organisationrepository.h"
#include "people/personimport.h"
#include "people/personrepository.h"
#include "xlsx/xlsxwriter.h"

#include <QCoreApplication>
#include <QHash>

namespace fd {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Exchange)
};

Result<ExportBook> exportMembers(Database &db, bool de)
{
    OrganisationRepository repo(db);
    auto all = repo.all();
    if (!all)
        return all.error();
    auto fees = repo.allFees();
    if (!fees)
        return fees.error();

    ExportTable members;
    members.title = Text::tr("Members");
    members.headers = de ? QStringList{QStringLiteral("Name"), QStringLiteral("Art"), QStringLiteral("Bundesland"), QStringLiteral("Staat"),
                                       QStringLiteral("Mitglied seit"), QStringLiteral("Mitglied bis"), QStringLiteral("Website"),
                                       QStringLiteral("Notizen")}
                         : QStringList{QStringLiteral("Name"), QStringLiteral("Type"), QStringLiteral("State"), QStringLiteral("Country"),
                                       QStringLiteral("Joined"), QStringLiteral("Left"), QStringLiteral("Website"), QStringLiteral("Notes")};
    QHash<qint64, QString> names;
    for (const Organisation &org : std::as_const(*all)) {
        names.insert(org.id, org.name);
        const QString kind = org.kind == OrganisationKind::City ? (de ? QStringLiteral("Stadt") : QStringLiteral("City"))
                                                                : (de ? QStringLiteral("Organisation") : QStringLiteral("Organization"));
        members.rows.append({ExportCell::text(org.name), ExportCell::text(kind), ExportCell::text(org.state), ExportCell::text(org.country),
                             ExportCell::date(org.joinedOn), ExportCell::date(org.leftOn), ExportCell::text(org.website),
                             ExportCell::text(org.notes)});
    }

    // The fees as one row per member and year on a sheet of their own: the
    // office filters it by year and finds who has not paid by the empty date.
    // (CSV leaves them out: the members' import has no fee columns.)
    ExportTable feeTable;
    feeTable.title = Text::tr("Fees");
    feeTable.headers = de ? QStringList{QStringLiteral("Mitglied"), QStringLiteral("Jahr"), QStringLiteral("Betrag (€)"),
                                        QStringLiteral("Bezahlt am"), QStringLiteral("Notizen")}
                          : QStringList{QStringLiteral("Member"), QStringLiteral("Year"), QStringLiteral("Amount (€)"),
                                        QStringLiteral("Paid on"), QStringLiteral("Notes")};
    for (const MembershipFee &fee : std::as_const(*fees)) {
        feeTable.rows.append({ExportCell::text(names.value(fee.organisationId)), ExportCell::integer(fee.year),
                              ExportCell::decimal(double(fee.amountCents) / 100.0), ExportCell::date(fee.paidOn),
                              ExportCell::text(fee.notes)});
    }

    ExportBook book;
    book.german = de;
    book.tables = {members, feeTable};
    return book;
}

Result<ExportBook> exportPeople(Database &db, bool de)
{
    PersonRepository repo(db);
    auto all = repo.list();
    if (!all)
        return all.error();
    ExportTable people;
    people.title = Text::tr("People");
    people.headers = de ? QStringList{QStringLiteral("Titel"), QStringLiteral("Vorname"), QStringLiteral("Nachname"), QStringLiteral("Funktion"),
                                      QStringLiteral("Organisation"), QStringLiteral("E-Mail"), QStringLiteral("Telefon"), QStringLiteral("Notizen")}
                        : QStringList{QStringLiteral("Title"), QStringLiteral("First name"), QStringLiteral("Last name"), QStringLiteral("Function"),
                                      QStringLiteral("Organization"), QStringLiteral("Email"), QStringLiteral("Phone"), QStringLiteral("Notes")};
    for (const PersonListItem &item : std::as_const(*all)) {
        const Person &p = item.person;
        // The phone number is text: "0201 88-0" and "+4930123" keep their 0 and +.
        people.rows.append({ExportCell::text(p.title), ExportCell::text(p.firstName), ExportCell::text(p.lastName),
                            ExportCell::text(item.current.jobTitle), ExportCell::text(item.current.organisationName), ExportCell::text(p.email),
                            ExportCell::text(p.phone), ExportCell::text(p.notes)});
    }
    ExportBook book;
    book.german = de;
    book.tables = {people};
    return book;
}

Result<ExportBook> single(const Result<ExportTable> &table, bool de)
{
    if (!table)
        return table.error();
    ExportBook book;
    book.german = de;
    book.tables = {*table};
    return book;
}

} // namespace

QStringList importKinds()
{
    QStringList kinds{QStringLiteral("members"), QStringLiteral("people"), QStringLiteral("events"), QStringLiteral("registrations")};
    for (const DeclaredKind &k : declaredKinds())
        kinds << k.name;
    return kinds;
}

std::unique_ptr<CsvImporter> makeImporter(const QString &kind, Database &db)
{
    if (kind == QLatin1String("members"))
        return std::make_unique<OrganisationImporter>(db);
    if (kind == QLatin1String("people"))
        return std::make_unique<PersonImporter>(db);
    if (kind == QLatin1String("events"))
        return std::make_unique<EventImporter>(db);
    if (kind == QLatin1String("registrations"))
        return std::make_unique<RegistrationImporter>(db);
    if (const DeclaredKind *declared = findDeclaredKind(kind))
        return std::make_unique<DeclaredImporter>(db, *declared);
    return nullptr;
}

QStringList exportKinds()
{
    return importKinds();
}

std::optional<ListFormat> parseListFormat(const QString &text)
{
    const QString word = text.trimmed().toLower();
    if (word == QLatin1String("csv"))
        return ListFormat::Csv;
    if (word == QLatin1String("xlsx"))
        return ListFormat::Xlsx;
    return std::nullopt;
}

Result<ExportBook> exportTables(Database &db, const QString &kind, const ListExportOptions &options)
{
    const bool de = options.germanHeaders;
    if (kind == QLatin1String("members"))
        return exportMembers(db, de);
    if (kind == QLatin1String("people"))
        return exportPeople(db, de);
    if (kind == QLatin1String("events"))
        return single(eventsTable(db, de, options.year), de);
    if (kind == QLatin1String("registrations")) {
        if (options.event.trimmed().isEmpty())
            return Error(Error::Code::Validation, Text::tr("Which event's registrations? Name the event by its UUID or its title."));
        return single(registrationsTable(db, de, options.event), de);
    }
    if (const DeclaredKind *declared = findDeclaredKind(kind))
        return single(declaredExportTable(db, *declared, de), de);
    return Error(Error::Code::Generic, QStringLiteral("unknown export kind %1").arg(kind));
}

Result<int> exportList(Database &db, const QString &kind, const QString &path, ListFormat format, const ListExportOptions &options)
{
    auto book = exportTables(db, kind, options);
    if (!book)
        return book.error();
    const Status written = format == ListFormat::Xlsx ? XlsxWriter::writeFile(*book, path) : writeCsvFile(*book, path);
    if (!written)
        return written.error();
    return book->rowCount();
}

} // namespace fd
