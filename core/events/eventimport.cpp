// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventimport.h"

#include "common/textfold.h"
#include "db/database.h"
#include "db/notifier.h"
#include "db/rowio.h"
#include "db/sqlhelpers.h"
#include "db/tables.h"
#include "events/eventrepository.h"
#include "members/organisationrepository.h"
#include "records/recordkind.h"

namespace fd {

namespace {
const QChar Sep(0x1f);

QString titleDayKey(const QString &title, const QDate &day)
{
    return foldKey(title.simplified()) + Sep + day.toString(Qt::ISODate);
}
} // namespace

QList<ColumnSpec> EventImporter::columns() const
{
    return {
        {QStringLiteral("title"), {QStringLiteral("Titel"), QStringLiteral("Title"), QStringLiteral("Bezeichnung")}, true},
        {QStringLiteral("kind"), {QStringLiteral("Art"), QStringLiteral("Kind"), QStringLiteral("Typ"), QStringLiteral("Type"),
                                  QStringLiteral("Veranstaltungsart"), QStringLiteral("Event type")}, true},
        {QStringLiteral("start"), {QStringLiteral("Beginn"), QStringLiteral("Start"), QStringLiteral("Datum"), QStringLiteral("Date"),
                                   QStringLiteral("Von"), QStringLiteral("From")}, true},
        {QStringLiteral("end"), {QStringLiteral("Ende"), QStringLiteral("End"), QStringLiteral("Bis"), QStringLiteral("Until")}},
        {QStringLiteral("format"), {QStringLiteral("Format")}},
        {QStringLiteral("place"), {QStringLiteral("Ort"), QStringLiteral("Place"), QStringLiteral("Stadt"), QStringLiteral("City")}},
        {QStringLiteral("participants"), {QStringLiteral("Teilnehmende"), QStringLiteral("Participants"), QStringLiteral("Teilnehmer"),
                                          QStringLiteral("Teilnehmerzahl"), QStringLiteral("Anzahl Teilnehmende")}},
        {QStringLiteral("capacity"), {QStringLiteral("Kapazität"), QStringLiteral("Capacity"), QStringLiteral("Plätze"), QStringLiteral("Places")}},
        {QStringLiteral("audience"), {QStringLiteral("Zugang"), QStringLiteral("Audience"), QStringLiteral("Zielgruppe")}},
        {QStringLiteral("role"), {QStringLiteral("Rolle"), QStringLiteral("Role"), QStringLiteral("Unsere Rolle"), QStringLiteral("Our role")}},
        {QStringLiteral("notes"), {QStringLiteral("Notizen"), QStringLiteral("Notes"), QStringLiteral("Bemerkungen")}, false, CsvLimits::MaxFieldLength},
        {QStringLiteral("number"), {QStringLiteral("Nummer"), QStringLiteral("Number"), QStringLiteral("Nr.")}},
        {QStringLiteral("venue"), {QStringLiteral("Veranstaltungsort"), QStringLiteral("Venue"), QStringLiteral("Tagungsort")}},
        {QStringLiteral("partners"), {QStringLiteral("Partner"), QStringLiteral("Partners"), QStringLiteral("Kooperationspartner")}, false, CsvLimits::MaxFieldLength},
        {QStringLiteral("funder"), {QStringLiteral("Gefördert von"), QStringLiteral("Funded by"), QStringLiteral("Förderer"),
                                    QStringLiteral("Funder")}},
        {QStringLiteral("project"), {QStringLiteral("Projekt"), QStringLiteral("Project")}},
        {QStringLiteral("registration"), {QStringLiteral("Anmeldung"), QStringLiteral("Registration")}},
        {QStringLiteral("documentation"), {QStringLiteral("Dokumentation"), QStringLiteral("Documentation")}, false, CsvLimits::MaxFieldLength},
        {QStringLiteral("docsMembersOnly"), {QStringLiteral("Dokumentation nur für Mitglieder"),
                                             QStringLiteral("Documentation for members only")}},
        {QStringLiteral("uuid"), {QStringLiteral("UUID")}},
    };
}

void EventImporter::reset()
{
    m_planned.clear();
    m_loaded = false;
    m_kindNames.clear();
    m_kinds.clear();
    m_existingByTitleDay.clear();
    m_existingUuids.clear();
    m_titleDaysInFile.clear();
    m_uuidsInFile.clear();
    m_projects.clear();
}

void EventImporter::loadExisting()
{
    if (m_loaded)
        return;
    m_loaded = true;
    QStringList names;
    if (auto kinds = EventKindRepository(m_db).all()) {
        for (const EventKind &k : std::as_const(*kinds))
            names << (k.nameDe == k.nameEn ? k.nameDe : k.nameDe + QStringLiteral(" / ") + k.nameEn);
    }
    m_kindNames = names.join(QLatin1String(", "));
    if (auto events = EventRepository(m_db).list()) {
        for (const EventListItem &item : std::as_const(*events)) {
            m_existingByTitleDay.insert(titleDayKey(item.event.title, item.event.startDate), item.event.title);
            m_existingUuids.insert(uuidToDb(item.event.uuid), item.event.title);
        }
    }
    // A project is named as the export writes it (acronym and title), or by either alone.
    const Table &projects = tables::projects();
    QStringList projectColumns{QStringLiteral("%1 AS name").arg(titleExpression(projects))};
    const QStringList titleColumns = projects.columnNames(ColumnFlag::Title);
    for (const QString &c : titleColumns)
        projectColumns << QStringLiteral("r.%1 AS %1").arg(c);
    if (auto rows = selectRows(m_db, QStringLiteral("SELECT r.id AS id, %1 FROM projects r").arg(projectColumns.join(QLatin1String(", "))))) {
        for (const QVariantMap &row : std::as_const(*rows)) {
            const qint64 id = row.value(QStringLiteral("id")).toLongLong();
            for (const QString &c : QStringList{QStringLiteral("name")} + titleColumns) {
                const QString key = foldKey(row.value(c).toString().simplified());
                if (!key.isEmpty() && !m_projects.value(key).contains(id))
                    m_projects[key].append(id);
            }
        }
    }
}

QList<qint64> EventImporter::findProjects(const QString &text) const
{
    return m_projects.value(foldKey(text.simplified()));
}

std::optional<EventKind> EventImporter::findKind(const QString &text)
{
    const QString key = foldKey(text);
    if (!m_kinds.contains(key)) {
        auto found = EventKindRepository(m_db).find(text);
        m_kinds.insert(key, found ? *found : std::nullopt);
    }
    return m_kinds.value(key);
}

void EventImporter::prepareRecord(const CsvRecord &record, const ColumnMap &columns, ImportReport &report, PreviewRow &row)
{
    loadExisting();
    const int line = record.line;
    const int errorsBefore = report.errorCount();
    auto cell = [&](const char *key) { return columns.value(record, QLatin1String(key)); };
    auto column = [&](const char *key) { return columns.headerName(QLatin1String(key)); };

    Event e;
    e.title = cell("title").simplified();
    if (e.title.isEmpty())
        report.error(line, column("title"), tr("The title is missing."));

    const QString kindText = cell("kind");
    std::optional<EventKind> kind;
    if (kindText.isEmpty()) {
        report.error(line, column("kind"), tr("The kind of event is missing (one of: %1).").arg(m_kindNames));
    } else if ((kind = findKind(kindText))) {
        e.kindId = kind->id;
    } else {
        report.error(line, column("kind"), tr("\"%1\" is not a kind of event; use one of: %2.").arg(kindText, m_kindNames));
    }

    const QString startText = cell("start");
    if (startText.isEmpty()) {
        report.error(line, column("start"), tr("The start date is missing."));
    } else {
        const DateAndTime start = parseDateTimeCell(startText, line, column("start"), report);
        e.startDate = start.date;
        e.startTime = start.time;
    }
    const QString endText = cell("end");
    // "16:00" alone in Ende: the same day as the start, as lists often write it.
    if (const QTime endTime = parseUserTime(endText); endTime.isValid() && endText.contains(QLatin1Char(':'))) {
        e.endDate = e.startDate;
        e.endTime = endTime;
    } else {
        const DateAndTime end = parseDateTimeCell(endText, line, column("end"), report);
        e.endDate = end.date;
        e.endTime = end.time;
    }

    const QString formatText = cell("format");
    std::optional<EventFormat> format;
    if (!formatText.isEmpty()) {
        format = parseFormat(formatText);
        if (!format)
            report.error(line, column("format"), tr("\"%1\" is not a format; use online, vor Ort / on site or hybrid.").arg(formatText));
    }
    e.city = cell("place").simplified();
    if (foldKey(e.city) == QLatin1String("online")) {
        // "online" as the place: the format, not a city.
        if (!formatText.isEmpty() && format && *format != EventFormat::Online)
            report.error(line, column("place"), tr("The place is \"online\" but the format is \"%1\".").arg(formatText));
        format = EventFormat::Online;
        e.city.clear();
    }
    e.format = format.value_or(EventFormat::OnSite);

    e.reportedParticipants = parseCountCell(cell("participants"), line, column("participants"), report);
    e.capacity = parseCountCell(cell("capacity"), line, column("capacity"), report);

    if (const QString text = cell("audience"); !text.isEmpty()) {
        if (auto audience = parseAudience(text))
            e.audience = *audience;
        else
            report.error(line, column("audience"), tr("\"%1\" is not an audience; use Mitglieder / members or öffentlich / public.").arg(text));
    }
    if (const QString text = cell("role"); !text.isEmpty()) {
        if (auto role = parseRole(text))
            e.role = *role;
        else
            report.error(line, column("role"), tr("\"%1\" is not a role; use Veranstalter / organiser, Mitveranstalter / co-organiser, "
                                                  "Teilnahme / attendee or Vortrag / speaker.").arg(text));
    }
    e.notes = cell("notes");
    e.venue = cell("venue").simplified();
    e.partners = cell("partners").simplified();
    if (const QString text = cell("project").simplified(); !text.isEmpty()) {
        const QList<qint64> projects = findProjects(text);
        if (projects.size() == 1) {
            e.projectId = projects.first();
        } else if (projects.size() > 1) {
            report.error(line, column("project"),
                         tr("\"%1\" names %n projects; write the acronym and the title as the export does.", nullptr, int(projects.size()))
                             .arg(text));
        } else {
            // Lists from before projects were recorded name them as text; so does an event of someone else's project.
            e.projectName = text;
            report.info(line, column("project"), tr("\"%1\" is none of the office's projects; it is kept as the project's name.").arg(text));
        }
    }
    e.documentationUrl = cell("documentation").trimmed();
    if (const QString text = cell("funder").simplified(); !text.isEmpty()) {
        auto funder = OrganisationRepository(m_db).findByName(text);
        if (!funder) {
            report.error(line, column("funder"), funder.error().message);
        } else if (!funder->has_value()) {
            report.error(line, column("funder"),
                         tr("No member or organisation is called \"%1\"; add it first, or leave the cell empty.").arg(text));
        } else {
            e.funderId = funder->value().id;
            // "Gelsenkirchen" found "Stadt Gelsenkirchen": say which one was taken.
            if (foldKey(funder->value().name) != foldKey(text))
                report.info(line, column("funder"), tr("\"%1\" is taken to be %2.").arg(text, funder->value().name));
        }
    }
    if (const QString text = cell("registration"); !text.isEmpty()) {
        const QString key = foldKey(text);
        const std::optional<bool> yes = parseYesNo(text);
        if (key == QLatin1String("offen") || key == QLatin1String("open") || yes == true)
            e.registrationOpen = true;
        else if (key == QLatin1String("geschlossen") || key == QLatin1String("closed") || yes == false)
            e.registrationOpen = false;
        else
            report.error(line, column("registration"),
                         tr("\"%1\" is neither open nor closed (use offen / geschlossen or open / closed).").arg(text));
    }
    if (auto membersOnly = parseYesNoCell(cell("docsMembersOnly"), line, column("docsMembersOnly"), report))
        e.documentationMembersOnly = *membersOnly;

    if (const QString text = cell("number"); !text.isEmpty()) {
        bool ok = false;
        QString digits = text;
        if (digits.endsWith(QLatin1Char('.')))
            digits.chop(1); // "26." as German ordinals are written
        const int number = digits.toInt(&ok);
        if (!ok || number <= 0)
            report.error(line, column("number"), tr("\"%1\" is not the number of a general assembly (such as 26).").arg(text));
        else if (kind && !kind->isGeneralAssembly())
            report.warning(line, column("number"), tr("Only general assemblies are numbered; the number is ignored."));
        else
            e.assemblyNumber = number;
    }
    if (const QString text = cell("uuid"); !text.isEmpty()) {
        e.uuid = QUuid::fromString(text);
        if (e.uuid.isNull())
            report.error(line, column("uuid"), tr("\"%1\" is not a UUID.").arg(text));
    }
    if (report.errorCount() > errorsBefore)
        return;

    // The domain's own checks (the end before the start...), once the cells themselves are fine.
    reportFieldErrors(validate(e), line, columns, report, {{QStringLiteral("assembly_number"), QStringLiteral("number")}});
    if (report.errorCount() > errorsBefore || isDuplicate(e, line, columns, report, row))
        return;
    m_planned.append(e);
}

bool EventImporter::isDuplicate(const Event &e, int line, const ColumnMap &columns, ImportReport &report, PreviewRow &row)
{
    auto skip = [&](const QString &key, const QString &message) {
        row.status = RowStatus::Duplicate;
        row.message = message;
        report.warning(line, columns.headerName(key), message);
        return true;
    };
    const QString uuid = e.uuid.isNull() ? QString() : uuidToDb(e.uuid);
    const QString titleDay = titleDayKey(e.title, e.startDate);
    const QString day = formatDate(e.startDate);
    if (!uuid.isEmpty() && m_existingUuids.contains(uuid))
        return skip(QStringLiteral("uuid"), tr("The event exists already (\"%1\"); the row is skipped.").arg(m_existingUuids.value(uuid)));
    if (!uuid.isEmpty() && m_uuidsInFile.contains(uuid))
        return skip(QStringLiteral("uuid"), tr("The UUID appears already on line %1; the row is skipped.").arg(m_uuidsInFile.value(uuid)));
    if (m_existingByTitleDay.contains(titleDay))
        return skip(QStringLiteral("title"), tr("\"%1\" on %2 exists already; the row is skipped.").arg(m_existingByTitleDay.value(titleDay), day));
    if (m_titleDaysInFile.contains(titleDay))
        return skip(QStringLiteral("title"),
                    tr("\"%1\" on %2 appears already on line %3; the row is skipped.").arg(e.title, day).arg(m_titleDaysInFile.value(titleDay)));
    if (!uuid.isEmpty())
        m_uuidsInFile.insert(uuid, line);
    m_titleDaysInFile.insert(titleDay, line);
    return false;
}

Status EventImporter::write(ImportReport &report, const ProgressFn &progress)
{
    EventRepository repo(m_db);
    qint64 done = 0;
    for (const Event &e : std::as_const(m_planned)) {
        auto created = repo.create(e);
        if (!created)
            return created.error();
        report.createdIds[QStringLiteral("events")].append(created->id);
        if (progress && !progress(++done, m_planned.size()))
            return Error(Error::Code::Cancelled, tr("The import was cancelled; nothing was imported."));
    }
    return {};
}

void EventImporter::notifyWritten()
{
    m_db.notifier()->entityReset(Entity::Event);
}

} // namespace fd
