// SPDX-License-Identifier: GPL-3.0-or-later
#include "organisationimport.h"

#include "common/textfold.h"
#include "db/database.h"
#include "db/notifier.h"
#include "members/organisationrepository.h"

#include <algorithm>

namespace fd {

QList<ColumnSpec> OrganisationImporter::columns() const
{
    return {
        {QStringLiteral("name"), {QStringLiteral("Name"), QStringLiteral("Mitglied"), QStringLiteral("Member")}, true},
        {QStringLiteral("kind"), {QStringLiteral("Art"), QStringLiteral("Typ"), QStringLiteral("Type"), QStringLiteral("Kind")}},
        {QStringLiteral("state"), {QStringLiteral("Bundesland"), QStringLiteral("Land"), QStringLiteral("State"), QStringLiteral("Region")}},
        {QStringLiteral("country"), {QStringLiteral("Staat"), QStringLiteral("Country"), QStringLiteral("Ländercode")}},
        {QStringLiteral("joined_on"), {QStringLiteral("Mitglied seit"), QStringLiteral("Beitritt"), QStringLiteral("Joined"), QStringLiteral("Member since")}},
        {QStringLiteral("left_on"), {QStringLiteral("Mitglied bis"), QStringLiteral("Austritt"), QStringLiteral("Left"), QStringLiteral("Member until")}},
        {QStringLiteral("website"), {QStringLiteral("Website"), QStringLiteral("Webseite"), QStringLiteral("Internet")}},
        {QStringLiteral("notes"), {QStringLiteral("Notizen"), QStringLiteral("Notes"), QStringLiteral("Bemerkungen")}, false, CsvLimits::MaxFieldLength},
    };
}

void OrganisationImporter::reset()
{
    m_planned.clear();
    m_keysInFile.clear();
    m_existingLoaded = false;
    m_existingKeys.clear();
}

void OrganisationImporter::prepareRecord(const CsvRecord &record, const ColumnMap &columns, ImportReport &report, PreviewRow &row)
{
    if (!m_existingLoaded) {
        OrganisationRepository repo(m_db);
        if (auto all = repo.all()) {
            for (const Organisation &o : std::as_const(*all))
                m_existingKeys.insert(organisationMatchKey(o.name), o.name);
        }
        m_existingLoaded = true;
    }

    const int line = record.line;
    const int errorsBefore = report.errorCount();
    Organisation org;
    org.name = columns.value(record, QStringLiteral("name")).simplified();
    if (org.name.isEmpty())
        report.error(line, columns.headerName(QStringLiteral("name")), tr("The name is missing."));

    const QString kindText = columns.value(record, QStringLiteral("kind"));
    if (kindText.isEmpty()) {
        org.kind = OrganisationKind::City;
    } else if (auto kind = parseOrganisationKind(kindText)) {
        org.kind = *kind;
    } else {
        report.error(line, columns.headerName(QStringLiteral("kind")),
                     tr("\"%1\" is neither Stadt/City nor Organisation.").arg(kindText));
    }
    org.state = columns.value(record, QStringLiteral("state"));
    org.country = columns.value(record, QStringLiteral("country")).toUpper();
    if (org.country.isEmpty())
        org.country = QStringLiteral("DE");
    org.joinedOn = parseDateCell(columns.value(record, QStringLiteral("joined_on")), line, columns.headerName(QStringLiteral("joined_on")), report);
    org.leftOn = parseDateCell(columns.value(record, QStringLiteral("left_on")), line, columns.headerName(QStringLiteral("left_on")), report);
    org.website = columns.value(record, QStringLiteral("website"));
    org.notes = columns.value(record, QStringLiteral("notes"));
    if (!org.joinedOn.isValid() && columns.value(record, QStringLiteral("joined_on")).isEmpty())
        report.warning(line, columns.headerName(QStringLiteral("joined_on")),
                       tr("No joining date: \"%1\" is imported as an organisation that is not a member.").arg(org.name));

    if (org.name.isEmpty() || report.errorCount() > errorsBefore)
        return;
    // Field checks of the domain (dates in order, website, country), once the cells themselves are fine.
    FieldErrors errors = validate(org);
    errors.erase(std::remove_if(errors.begin(), errors.end(), [](const FieldError &e) { return e.field == QLatin1String("name"); }),
                 errors.end()); // the name was checked above
    reportFieldErrors(errors, line, columns, report);

    const QString key = organisationMatchKey(org.name);
    if (m_existingKeys.contains(key)) {
        row.status = RowStatus::Duplicate;
        row.message = tr("\"%1\" exists already; the row is skipped.").arg(m_existingKeys.value(key));
        report.warning(line, columns.headerName(QStringLiteral("name")), row.message);
        return;
    }
    if (m_keysInFile.contains(key)) {
        row.status = RowStatus::Duplicate;
        row.message = tr("\"%1\" appears already on line %2; the row is skipped.").arg(org.name).arg(m_keysInFile.value(key));
        report.warning(line, columns.headerName(QStringLiteral("name")), row.message);
        return;
    }
    m_keysInFile.insert(key, line);
    m_planned.append(org);
}

Status OrganisationImporter::write(ImportReport &report, const ProgressFn &progress)
{
    OrganisationRepository repo(m_db);
    qint64 done = 0;
    for (const Organisation &org : std::as_const(m_planned)) {
        auto created = repo.create(org);
        if (!created)
            return created.error();
        report.createdIds[QStringLiteral("organisations")].append(created->id);
        if (progress && !progress(++done, m_planned.size()))
            return Error(Error::Code::Cancelled, tr("The import was cancelled; nothing was imported."));
    }
    return {};
}

void OrganisationImporter::notifyWritten()
{
    m_db.notifier()->entityReset(Entity::Organisation);
}

} // namespace fd
