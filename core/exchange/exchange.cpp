// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange.h"

#include "common/dates.h"
#include "csv/csvwriter.h"
#include "events/eventexport.h"
#include "events/eventimport.h"
#include "events/registrationimport.h"
#include "members/organisationimport.h"
#include "members/organisationrepository.h"
#include "people/personimport.h"
#include "people/personrepository.h"

#include <QCoreApplication>

namespace fd {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Exchange)
};

Result<int> exportMembers(Database &db, const QString &path, const CsvExportOptions &o)
{
    const bool de = o.germanHeaders;
    OrganisationRepository repo(db);
    auto all = repo.all();
    if (!all)
        return all.error();
    CsvWriter csv;
    csv.addRow(de ? QStringList{QStringLiteral("Name"), QStringLiteral("Art"), QStringLiteral("Bundesland"), QStringLiteral("Staat"),
                                QStringLiteral("Mitglied seit"), QStringLiteral("Mitglied bis"), QStringLiteral("Website"),
                                QStringLiteral("Notizen")}
                  : QStringList{QStringLiteral("Name"), QStringLiteral("Type"), QStringLiteral("State"), QStringLiteral("Country"),
                                QStringLiteral("Joined"), QStringLiteral("Left"), QStringLiteral("Website"), QStringLiteral("Notes")});
    for (const Organisation &org : std::as_const(*all)) {
        const QString kind = org.kind == OrganisationKind::City ? (de ? QStringLiteral("Stadt") : QStringLiteral("City"))
                                                                : (de ? QStringLiteral("Organisation") : QStringLiteral("Organization"));
        csv.addRow({org.name, kind, org.state, org.country, formatDateForExport(org.joinedOn, de),
                    formatDateForExport(org.leftOn, de), org.website, org.notes});
    }
    if (Status s = csv.writeFile(path); !s)
        return s.error();
    return int(all->size());
}

Result<int> exportPeople(Database &db, const QString &path, const CsvExportOptions &o)
{
    const bool de = o.germanHeaders;
    PersonRepository repo(db);
    auto all = repo.list();
    if (!all)
        return all.error();
    CsvWriter csv;
    csv.addRow(de ? QStringList{QStringLiteral("Titel"), QStringLiteral("Vorname"), QStringLiteral("Nachname"), QStringLiteral("Funktion"),
                                QStringLiteral("Organisation"), QStringLiteral("E-Mail"), QStringLiteral("Telefon"), QStringLiteral("Notizen")}
                  : QStringList{QStringLiteral("Title"), QStringLiteral("First name"), QStringLiteral("Last name"), QStringLiteral("Function"),
                                QStringLiteral("Organization"), QStringLiteral("Email"), QStringLiteral("Phone"), QStringLiteral("Notes")});
    for (const PersonListItem &item : std::as_const(*all)) {
        const Person &p = item.person;
        csv.addRow({p.title, p.firstName, p.lastName, item.current.jobTitle, item.current.organisationName, p.email, p.phone, p.notes});
    }
    if (Status s = csv.writeFile(path); !s)
        return s.error();
    return int(all->size());
}

} // namespace

QStringList importKinds()
{
    return {QStringLiteral("members"), QStringLiteral("people"), QStringLiteral("events"), QStringLiteral("registrations")};
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
    return nullptr;
}

QStringList exportKinds()
{
    return {QStringLiteral("members"), QStringLiteral("people"), QStringLiteral("events"), QStringLiteral("registrations")};
}

Result<int> exportCsv(Database &db, const QString &kind, const QString &path, const CsvExportOptions &options)
{
    if (kind == QLatin1String("members"))
        return exportMembers(db, path, options);
    if (kind == QLatin1String("people"))
        return exportPeople(db, path, options);
    if (kind == QLatin1String("events"))
        return exportEventsCsv(db, path, options.germanHeaders, options.year);
    if (kind == QLatin1String("registrations")) {
        if (options.event.trimmed().isEmpty())
            return Error(Error::Code::Validation, Text::tr("Which event's registrations? Name the event by its UUID or its title."));
        return exportRegistrationsCsv(db, path, options.germanHeaders, options.event);
    }
    return Error(Error::Code::Generic, QStringLiteral("unknown export kind %1").arg(kind));
}

} // namespace fd
