// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventexport.h"

#include "db/sqlhelpers.h"
#include "events/eventrepository.h"
#include "events/registrationrepository.h"

#include <QCoreApplication>
#include <QHash>

namespace fd {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(EventExport)
};

// The words of the CSV files: fixed per header language (not the UI's
// translation), so that a file reads the same on every machine.
QString formatWord(EventFormat f, bool de)
{
    switch (f) {
    case EventFormat::Online: return QStringLiteral("online");
    case EventFormat::OnSite: return de ? QStringLiteral("vor Ort") : QStringLiteral("on site");
    case EventFormat::Hybrid: return QStringLiteral("hybrid");
    }
    return {};
}

QString audienceWord(Audience a, bool de)
{
    if (a == Audience::Members)
        return de ? QStringLiteral("Mitglieder") : QStringLiteral("members");
    return de ? QStringLiteral("öffentlich") : QStringLiteral("public");
}

QString roleWord(EventRole r, bool de)
{
    switch (r) {
    case EventRole::Organiser: return de ? QStringLiteral("Veranstalter") : QStringLiteral("organiser");
    case EventRole::CoOrganiser: return de ? QStringLiteral("Mitveranstalter") : QStringLiteral("co-organiser");
    case EventRole::Attendee: return de ? QStringLiteral("Teilnahme") : QStringLiteral("attendee");
    case EventRole::Speaker: return de ? QStringLiteral("Vortrag") : QStringLiteral("speaker");
    }
    return {};
}

QString statusWord(RegistrationStatus s, bool de)
{
    switch (s) {
    case RegistrationStatus::Registered: return de ? QStringLiteral("angemeldet") : QStringLiteral("registered");
    case RegistrationStatus::Waitlisted: return de ? QStringLiteral("Warteliste") : QStringLiteral("waitlisted");
    case RegistrationStatus::Cancelled: return de ? QStringLiteral("abgemeldet") : QStringLiteral("cancelled");
    case RegistrationStatus::Attended: return de ? QStringLiteral("teilgenommen") : QStringLiteral("attended");
    case RegistrationStatus::NoShow: return de ? QStringLiteral("nicht erschienen") : QStringLiteral("no-show");
    }
    return {};
}

QString sourceWord(RegistrationSource s, bool de)
{
    switch (s) {
    case RegistrationSource::Phone: return de ? QStringLiteral("Telefon") : QStringLiteral("phone");
    case RegistrationSource::Email: return de ? QStringLiteral("E-Mail") : QStringLiteral("email");
    case RegistrationSource::Form: return de ? QStringLiteral("Formular") : QStringLiteral("form");
    case RegistrationSource::OnSite: return de ? QStringLiteral("vor Ort") : QStringLiteral("on site");
    case RegistrationSource::Paper: return de ? QStringLiteral("Papier") : QStringLiteral("paper");
    case RegistrationSource::Import: return QStringLiteral("import");
    }
    return {};
}

ExportCell count(const std::optional<int> &n)
{
    return ExportCell::integer(n ? std::optional<qint64>(*n) : std::nullopt);
}

} // namespace

Result<ExportTable> eventsTable(Database &db, bool de, std::optional<int> year)
{
    auto kinds = EventKindRepository(db).all();
    if (!kinds)
        return kinds.error();
    QHash<qint64, EventKind> kindById;
    for (const EventKind &k : std::as_const(*kinds))
        kindById.insert(k.id, k);
    EventFilter filter;
    filter.year = year;
    auto events = EventRepository(db).list(filter);
    if (!events)
        return events.error();

    ExportTable table;
    table.title = Text::tr("Events");
    // The importer's columns, so that an exported year imports again as it was.
    table.headers = de ? QStringList{QStringLiteral("Titel"), QStringLiteral("Art"), QStringLiteral("Beginn"), QStringLiteral("Ende"),
                                QStringLiteral("Format"), QStringLiteral("Ort"), QStringLiteral("Veranstaltungsort"),
                                QStringLiteral("Teilnehmende"), QStringLiteral("Kapazität"), QStringLiteral("Anmeldung"),
                                QStringLiteral("Zugang"), QStringLiteral("Rolle"), QStringLiteral("Partner"), QStringLiteral("Gefördert von"),
                                QStringLiteral("Projekt"), QStringLiteral("Dokumentation"), QStringLiteral("Dokumentation nur für Mitglieder"),
                                QStringLiteral("Notizen"), QStringLiteral("Nummer"), QStringLiteral("UUID")}
                  : QStringList{QStringLiteral("Title"), QStringLiteral("Kind"), QStringLiteral("Start"), QStringLiteral("End"),
                                QStringLiteral("Format"), QStringLiteral("Place"), QStringLiteral("Venue"), QStringLiteral("Participants"),
                                QStringLiteral("Capacity"), QStringLiteral("Registration"), QStringLiteral("Audience"), QStringLiteral("Role"),
                                QStringLiteral("Partners"), QStringLiteral("Funded by"), QStringLiteral("Project"),
                                QStringLiteral("Documentation"), QStringLiteral("Documentation for members only"), QStringLiteral("Notes"),
                                QStringLiteral("Number"), QStringLiteral("UUID")};
    const QString yes = de ? QStringLiteral("ja") : QStringLiteral("yes");
    const QString no = de ? QStringLiteral("nein") : QStringLiteral("no");
    for (const EventListItem &item : std::as_const(*events)) {
        const Event &e = item.event;
        const EventKind kind = kindById.value(e.kindId);
        // A one-day event keeps no end date; its end time goes with the start day.
        const ExportCell end = e.endDate.isValid() || e.endTime.isValid() ? ExportCell::dateTime(e.lastDay(), e.endTime) : ExportCell();
        const QString registration = e.registrationOpen ? (de ? QStringLiteral("offen") : QStringLiteral("open"))
                                                        : (de ? QStringLiteral("geschlossen") : QStringLiteral("closed"));
        table.rows.append({ExportCell::text(e.title), ExportCell::text(de ? kind.nameDe : kind.nameEn),
                           ExportCell::dateTime(e.startDate, e.startTime), end, ExportCell::text(formatWord(e.format, de)),
                           ExportCell::text(e.city), ExportCell::text(e.venue), count(e.reportedParticipants), count(e.capacity),
                           ExportCell::text(registration), ExportCell::text(audienceWord(e.audience, de)),
                           ExportCell::text(roleWord(e.role, de)), ExportCell::text(e.partners), ExportCell::text(e.funderName),
                           ExportCell::text(e.projectId > 0 ? e.projectTitle : e.projectName), ExportCell::text(e.documentationUrl),
                           ExportCell::text(e.documentationMembersOnly ? yes : no), ExportCell::text(e.notes),
                           ExportCell::integer(e.assemblyNumber > 0 ? std::optional<qint64>(e.assemblyNumber) : std::nullopt),
                           ExportCell::text(uuidToDb(e.uuid))});
    }
    return table;
}

Result<ExportTable> registrationsTable(Database &db, bool de, const QString &eventText)
{
    auto event = EventRepository(db).resolve(eventText);
    if (!event)
        return event.error();
    auto registrations = RegistrationRepository(db).forEvent(event->id);
    if (!registrations)
        return registrations.error();

    ExportTable table;
    table.title = Text::tr("Registrations");
    table.headers = de ? QStringList{QStringLiteral("Veranstaltung"), QStringLiteral("Titel"), QStringLiteral("Vorname"), QStringLiteral("Nachname"),
                                QStringLiteral("Organisation"), QStringLiteral("E-Mail"), QStringLiteral("Status"), QStringLiteral("Angemeldet am"),
                                QStringLiteral("Quelle")}
                  : QStringList{QStringLiteral("Event"), QStringLiteral("Title"), QStringLiteral("First name"), QStringLiteral("Last name"),
                                QStringLiteral("Organization"), QStringLiteral("Email"), QStringLiteral("Status"), QStringLiteral("Registered at"),
                                QStringLiteral("Source")};
    const QString uuid = uuidToDb(event->uuid);
    for (const Registration &r : std::as_const(*registrations)) {
        // The office's clock, as it was entered; the importer reads it back as local time.
        const QDateTime at = r.registeredAt.toLocalTime();
        table.rows.append({ExportCell::text(uuid), ExportCell::text(r.personTitle), ExportCell::text(r.personFirstName),
                           ExportCell::text(r.personLastName), ExportCell::text(r.organisationName), ExportCell::text(r.email),
                           ExportCell::text(statusWord(r.status, de)), ExportCell::dateTime(at.date(), at.time()),
                           ExportCell::text(sourceWord(r.source, de))});
    }
    return table;
}

} // namespace fd
