// SPDX-License-Identifier: GPL-3.0-or-later
#include "personimport.h"

#include "common/textfold.h"
#include "db/database.h"
#include "db/notifier.h"
#include "members/organisationrepository.h"
#include "people/personcreator.h"
#include "people/personrepository.h"

#include <QSet>

namespace fd {

namespace {
const QChar Sep(0x1f);
}

QList<ColumnSpec> PersonImporter::columns() const
{
    return {
        {QStringLiteral("title"), {QStringLiteral("Titel"), QStringLiteral("Title"), QStringLiteral("Akademischer Titel")}},
        {QStringLiteral("first_name"), {QStringLiteral("Vorname"), QStringLiteral("First name"), QStringLiteral("Firstname"), QStringLiteral("Given name")}},
        {QStringLiteral("last_name"), {QStringLiteral("Nachname"), QStringLiteral("Last name"), QStringLiteral("Lastname"), QStringLiteral("Surname"), QStringLiteral("Name")}, true},
        {QStringLiteral("function"), {QStringLiteral("Funktion"), QStringLiteral("Function"), QStringLiteral("Position"), QStringLiteral("Job title")}},
        {QStringLiteral("organisation"), {QStringLiteral("Organisation"), QStringLiteral("Organization"), QStringLiteral("Mitglied"), QStringLiteral("Institution")}},
        {QStringLiteral("email"), {QStringLiteral("E-Mail"), QStringLiteral("Email"), QStringLiteral("E-Mail-Adresse"), QStringLiteral("Mail")}},
        {QStringLiteral("phone"), {QStringLiteral("Telefon"), QStringLiteral("Phone"), QStringLiteral("Tel."), QStringLiteral("Telephone")}},
        {QStringLiteral("notes"), {QStringLiteral("Notizen"), QStringLiteral("Notes"), QStringLiteral("Bemerkungen")}, false, CsvLimits::MaxFieldLength},
    };
}

void PersonImporter::reset()
{
    m_planned.clear();
    m_loaded = false;
    m_organisationsByKey.clear();
    m_organisationNames.clear();
    m_newOrganisations.clear();
    m_existingEmails.clear();
    m_existingNameAtOrg.clear();
    m_emailsInFile.clear();
    m_namesInFile.clear();
}

void PersonImporter::loadExisting()
{
    if (m_loaded)
        return;
    m_loaded = true;
    OrganisationRepository orgs(m_db);
    if (auto all = orgs.all()) {
        for (const Organisation &o : std::as_const(*all)) {
            m_organisationsByKey.insert(organisationMatchKey(o.name), o.id);
            m_organisationNames.insert(organisationMatchKey(o.name), o.name);
        }
    }
    PersonRepository people(m_db);
    if (auto list = people.list()) {
        for (const PersonListItem &item : std::as_const(*list)) {
            if (!item.person.email.isEmpty())
                m_existingEmails.insert(emailKey(item.person.email), item.person.fullName());
            const QString nameKey = PersonRepository::nameKey(item.person.firstName, item.person.lastName);
            m_existingNameAtOrg.insert(nameKey + Sep + QString::number(item.current.organisationId));
        }
    }
    // Everyone who ever was at an organisation counts as "at" it for duplicates.
    if (auto pairs = people.nameKeysAtOrganisations()) {
        for (const auto &[nameKey, organisationId] : std::as_const(*pairs))
            m_existingNameAtOrg.insert(nameKey + Sep + QString::number(organisationId));
    }
}

void PersonImporter::prepareRecord(const CsvRecord &record, const ColumnMap &columns, ImportReport &report, PreviewRow &row)
{
    loadExisting();
    const int line = record.line;
    const int errorsBefore = report.errorCount();

    Planned p;
    p.person.title = columns.value(record, QStringLiteral("title"));
    p.person.firstName = columns.value(record, QStringLiteral("first_name"));
    p.person.lastName = columns.value(record, QStringLiteral("last_name"));
    p.person.email = columns.value(record, QStringLiteral("email"));
    p.person.phone = columns.value(record, QStringLiteral("phone"));
    p.person.notes = columns.value(record, QStringLiteral("notes"));
    p.jobTitle = columns.value(record, QStringLiteral("function"));

    reportFieldErrors(validate(p.person), line, columns, report);

    const QString organisation = columns.value(record, QStringLiteral("organisation")).simplified();
    QString orgKey;
    if (!organisation.isEmpty()) {
        orgKey = organisationMatchKey(organisation);
        if (m_organisationsByKey.contains(orgKey)) {
            p.organisationId = m_organisationsByKey.value(orgKey);
        } else {
            p.newOrganisationName = m_newOrganisations.value(orgKey, organisation);
            if (!m_newOrganisations.contains(orgKey)) {
                m_newOrganisations.insert(orgKey, organisation);
                report.info(line, columns.headerName(QStringLiteral("organisation")),
                            tr("\"%1\" is not known yet; it will be created as an organisation that is not a member.").arg(organisation));
            }
        }
    }
    if (report.errorCount() > errorsBefore)
        return;

    // Duplicates: the same e-mail, or the same name at the same organisation.
    const QString mailKey = emailKey(p.person.email);
    const QString nameKey = PersonRepository::nameKey(p.person.firstName, p.person.lastName);
    const QString orgRef = p.organisationId ? QString::number(p.organisationId) : QStringLiteral("new:") + orgKey;
    if (!mailKey.isEmpty() && m_existingEmails.contains(mailKey)) {
        row.status = RowStatus::Duplicate;
        row.message = tr("%1 has the e-mail address %2 already; the row is skipped.").arg(m_existingEmails.value(mailKey), p.person.email);
        report.warning(line, columns.headerName(QStringLiteral("email")), row.message);
        return;
    }
    if (p.organisationId && m_existingNameAtOrg.contains(nameKey + Sep + QString::number(p.organisationId))) {
        row.status = RowStatus::Duplicate;
        row.message = tr("%1 at %2 exists already; the row is skipped.").arg(p.person.fullName(), m_organisationNames.value(orgKey));
        report.warning(line, columns.headerName(QStringLiteral("last_name")), row.message);
        return;
    }
    if (!mailKey.isEmpty() && m_emailsInFile.contains(mailKey)) {
        row.status = RowStatus::Duplicate;
        row.message = tr("The e-mail address %1 appears already on line %2; the row is skipped.").arg(p.person.email).arg(m_emailsInFile.value(mailKey));
        report.warning(line, columns.headerName(QStringLiteral("email")), row.message);
        return;
    }
    const QString inFileKey = nameKey + Sep + orgRef;
    if (m_namesInFile.contains(inFileKey)) {
        row.status = RowStatus::Duplicate;
        row.message = tr("%1 appears already on line %2; the row is skipped.").arg(p.person.fullName()).arg(m_namesInFile.value(inFileKey));
        report.warning(line, columns.headerName(QStringLiteral("last_name")), row.message);
        return;
    }
    if (!mailKey.isEmpty())
        m_emailsInFile.insert(mailKey, line);
    m_namesInFile.insert(inFileKey, line);
    // A function belongs to a position at an organisation; without one it
    // would be lost, so it goes into the notes under the file's column name.
    if (organisation.isEmpty() && !p.jobTitle.isEmpty()) {
        const QString column = columns.headerName(QStringLiteral("function"));
        const QString kept = column + QLatin1String(": ") + p.jobTitle;
        p.person.notes = p.person.notes.isEmpty() ? kept : p.person.notes + QLatin1Char('\n') + kept;
        report.warning(line, column,
                       tr("The row names no organisation, so the function \"%1\" cannot become a position; it is kept in the notes.")
                           .arg(p.jobTitle));
        p.jobTitle.clear();
    }
    if (p.organisationId) {
        row.status = RowStatus::Linked;
        row.message = tr("Linked to %1").arg(m_organisationNames.value(orgKey));
    }
    m_planned.append(p);
}

Status PersonImporter::write(ImportReport &report, const ProgressFn &progress)
{
    PersonCreator creator(m_db);
    qint64 done = 0;
    for (const Planned &p : std::as_const(m_planned)) {
        if (auto created = creator.create(p.person, p.organisationId, p.newOrganisationName, p.jobTitle); !created)
            return created.error();
        if (progress && !progress(++done, m_planned.size()))
            return Error(Error::Code::Cancelled, tr("The import was cancelled; nothing was imported."));
    }
    report.createdIds[QStringLiteral("organisations")] << creator.createdOrganisations();
    report.createdIds[QStringLiteral("people")] << creator.createdPeople();
    return {};
}

void PersonImporter::notifyWritten()
{
    m_db.notifier()->entityReset(Entity::Person);
    m_db.notifier()->entityReset(Entity::Affiliation);
    m_db.notifier()->entityReset(Entity::Organisation);
}

} // namespace fd
