// SPDX-License-Identifier: GPL-3.0-or-later
#include "registrationimport.h"

#include "common/dates.h"
#include "common/textfold.h"
#include "db/database.h"
#include "db/notifier.h"
#include "events/eventrepository.h"
#include "events/registrationrepository.h"
#include "members/organisationrepository.h"
#include "people/personcreator.h"
#include "people/personmatch.h"
#include "people/personrepository.h"

#include <QTimeZone>

namespace fd {

namespace {
const QChar Sep(0x1f);
// The columns, in the order of columns().
enum Column { ColEvent, ColTitle, ColFirstName, ColLastName, ColOrganisation, ColEmail, ColStatus, ColRegisteredAt, ColSource };
}

RegistrationImporter::RegistrationImporter(Database &db) : CsvImporter(db) {}

RegistrationImporter::~RegistrationImporter() = default;

QString RegistrationImporter::PersonRef::key() const
{
    return id > 0 ? QStringLiteral("p") + QString::number(id) : QStringLiteral("n") + QString::number(newIndex);
}

QList<ColumnSpec> RegistrationImporter::columns() const
{
    return {
        {QStringLiteral("event"), {QStringLiteral("Veranstaltung"), QStringLiteral("Event"), QStringLiteral("Veranstaltungs-UUID"),
                                   QStringLiteral("Event UUID")}, true},
        {QStringLiteral("title"), {QStringLiteral("Titel"), QStringLiteral("Title"), QStringLiteral("Akademischer Titel")}},
        {QStringLiteral("first_name"), {QStringLiteral("Vorname"), QStringLiteral("First name"), QStringLiteral("Firstname"), QStringLiteral("Given name")}},
        {QStringLiteral("last_name"), {QStringLiteral("Nachname"), QStringLiteral("Last name"), QStringLiteral("Lastname"), QStringLiteral("Surname"),
                                       QStringLiteral("Name")}, true},
        {QStringLiteral("organisation"), {QStringLiteral("Organisation"), QStringLiteral("Organization"), QStringLiteral("Mitglied"),
                                          QStringLiteral("Institution")}},
        {QStringLiteral("email"), {QStringLiteral("E-Mail"), QStringLiteral("Email"), QStringLiteral("E-Mail-Adresse"), QStringLiteral("Mail")}},
        {QStringLiteral("status"), {QStringLiteral("Status")}},
        {QStringLiteral("registered_at"), {QStringLiteral("Angemeldet am"), QStringLiteral("Registered at"), QStringLiteral("Anmeldung"),
                                           QStringLiteral("Registered")}},
        {QStringLiteral("source"), {QStringLiteral("Quelle"), QStringLiteral("Source"), QStringLiteral("Kanal")}},
    };
}

void RegistrationImporter::reset()
{
    m_planned.clear();
    m_newPeople.clear();
    m_loaded = false;
    m_events.clear();
    m_eventIds.clear();
    m_eventErrors.clear();
    m_organisationsByKey.clear();
    m_organisationNames.clear();
    m_newOrganisations.clear();
    m_peopleByEmail.clear();
    m_newByEmail.clear();
    m_newByNameAt.clear();
    m_newByName.clear();
    m_creator.reset();
    m_columnsSeen = nullptr;
    m_zone = QTimeZone::systemTimeZone();
    m_createdPeople.clear();
    m_queueStart = QDateTime();
    m_written = 0;
}

void RegistrationImporter::loadExisting()
{
    if (m_loaded)
        return;
    m_loaded = true;
    if (auto all = OrganisationRepository(m_db).all()) {
        for (const Organisation &o : std::as_const(*all)) {
            m_organisationsByKey.insert(organisationMatchKey(o.name), o.id);
            m_organisationNames.insert(organisationMatchKey(o.name), o.name);
        }
    }
    PersonRepository(m_db).forEachWithEmail(
        [this](const Person &p) { m_peopleByEmail.insert(emailKey(p.email), PersonRef{p.id, -1, p.fullName()}); });
}

qint64 RegistrationImporter::resolveEvent(const QString &text, int line, const QString &column, ImportReport &report)
{
    const QString key = text.simplified();
    if (m_eventIds.contains(key))
        return m_eventIds.value(key);
    if (!m_eventErrors.contains(key)) {
        EventRepository events(m_db);
        std::optional<Event> event;
        QString error;
        if (const QUuid uuid = QUuid::fromString(key); !uuid.isNull()) {
            auto found = events.byUuid(uuid);
            if (found)
                event = *found;
            else
                error = found.error().code == Error::Code::NotFound ? tr("There is no event with the UUID %1.").arg(key) : found.error().message;
        } else if (auto found = events.byTitle(key); !found) {
            error = found.error().message;
        } else if (found->isEmpty()) {
            error = tr("There is no event titled \"%1\"; check the title, or name the event by its UUID "
                       "(export the events to see them).").arg(key);
        } else if (found->size() > 1) {
            error = tr("%1 events are titled \"%2\"; name the event by its UUID (export the events to see them).")
                        .arg(found->size())
                        .arg(key);
        } else {
            event = found->first();
        }
        if (event) {
            // The same event may be written differently further down ("webinar pufii", its UUID):
            // its state is made once, or the capacity would be counted from zero again.
            if (!m_events.contains(event->id)) {
                EventState state;
                state.event = *event;
                if (auto rule = RegistrationRepository(m_db).seatRule(event->id)) {
                    state.places = *rule;
                    state.seatsTakenAtCheck = rule->seatsTaken();
                    state.waitingAtCheck = rule->waiting();
                }
                if (auto registrations = RegistrationRepository(m_db).forEvent(event->id)) {
                    for (const Registration &r : std::as_const(*registrations))
                        state.people.insert(r.personId, r.status);
                }
                if (!event->registrationOpen)
                    report.info(line, column, tr("Registration for \"%1\" is closed; the registrations in the file are entered all the same.")
                                                  .arg(event->title));
                m_events.insert(event->id, state);
            }
            m_eventIds.insert(key, event->id);
            return event->id;
        }
        m_eventErrors.insert(key, error);
    }
    report.error(line, column, m_eventErrors.value(key));
    return 0;
}

RegistrationImporter::PersonRef RegistrationImporter::resolvePerson(const Person &person, const QString &organisation, int line,
                                                                    const QString &organisationColumn, ImportReport &report)
{
    auto known = [](const Person &p) { return PersonRef{p.id, -1, p.fullName()}; };
    auto planned = [this](int index) { return PersonRef{0, index, m_newPeople.at(index).person.fullName()}; };
    PersonRepository people(m_db);

    // 1. The e-mail address, in any case.
    const QString mailKey = emailKey(person.email);
    if (!mailKey.isEmpty()) {
        if (m_peopleByEmail.contains(mailKey))
            return m_peopleByEmail.value(mailKey);
        if (m_newByEmail.contains(mailKey))
            return planned(m_newByEmail.value(mailKey));
    }
    const QString nameKey = PersonRepository::nameKey(person.firstName, person.lastName);
    const QString orgKey = organisation.isEmpty() ? QString() : organisationMatchKey(organisation);

    // A database that cannot be read must not lead to a second copy of someone.
    auto unreadable = [&](const Error &error) {
        report.error(line, QString(), error.message);
        return PersonRef{0, -1, person.fullName()};
    };

    // 2. The same name at the same organisation (now or earlier), by the rule every entry uses.
    if (!orgKey.isEmpty()) {
        if (const qint64 orgId = m_organisationsByKey.value(orgKey)) {
            auto match = findPerson(m_db, person.firstName, person.lastName, QString(), orgId);
            if (!match)
                return unreadable(match.error());
            if (*match)
                return PersonRef{match->personId, -1, person.fullName()};
            // No match because several have that name there: which one is for the office to say.
            auto namesakes = people.byNameAt(person.firstName, person.lastName, orgId);
            if (!namesakes)
                return unreadable(namesakes.error());
            if (namesakes->size() > 1) {
                report.error(line, organisationColumn,
                             tr("%1 people named %2 work at %3; give the e-mail address to say which one is meant.")
                                 .arg(namesakes->size())
                                 .arg(person.fullName(), organisation));
                return PersonRef{0, -1, person.fullName()};
            }
        }
        if (m_newByNameAt.contains(nameKey + Sep + orgKey))
            return planned(m_newByNameAt.value(nameKey + Sep + orgKey));
        return createPerson(person, organisation, orgKey, line, organisationColumn, report);
    }

    // 3. Without an organisation: the same name, if only one person has it.
    if (m_newByNameAt.contains(nameKey + Sep))
        return planned(m_newByNameAt.value(nameKey + Sep));
    auto found = people.byNameAt(person.firstName, person.lastName, 0);
    if (!found)
        return unreadable(found.error());
    const QList<Person> existing = *found;
    const QList<int> newOnes = m_newByName.value(nameKey);
    if (existing.size() + newOnes.size() == 1)
        return existing.isEmpty() ? planned(newOnes.first()) : known(existing.first());
    if (existing.size() + newOnes.size() > 1)
        report.info(line, QString(), tr("%1 people are named %2; a new person is entered. Give the e-mail address or the organisation "
                                        "to link one of them instead.").arg(existing.size() + newOnes.size()).arg(person.fullName()));
    return createPerson(person, organisation, orgKey, line, organisationColumn, report);
}

RegistrationImporter::PersonRef RegistrationImporter::createPerson(const Person &person, const QString &organisation, const QString &orgKey,
                                                                   int line, const QString &organisationColumn, ImportReport &report)
{
    NewPerson p;
    p.person = person;
    if (!orgKey.isEmpty()) {
        if (m_organisationsByKey.contains(orgKey)) {
            p.organisationId = m_organisationsByKey.value(orgKey);
        } else {
            if (!m_newOrganisations.contains(orgKey)) {
                m_newOrganisations.insert(orgKey, organisation);
                report.info(line, organisationColumn,
                            tr("\"%1\" is not known yet; it will be created as an organisation that is not a member.").arg(organisation));
            }
            p.newOrganisationName = m_newOrganisations.value(orgKey);
        }
    }
    const int index = int(m_newPeople.size());
    m_newPeople.append(p);
    const QString nameKey = PersonRepository::nameKey(person.firstName, person.lastName);
    if (const QString mailKey = emailKey(person.email); !mailKey.isEmpty())
        m_newByEmail.insert(mailKey, index);
    m_newByNameAt.insert(nameKey + Sep + orgKey, index);
    m_newByName[nameKey].append(index);
    report.info(line, QString(), tr("%1 is not known yet and will be entered as a new person.").arg(person.fullName()));
    return PersonRef{0, index, person.fullName()};
}

void RegistrationImporter::prepareRecord(const CsvRecord &record, const ColumnMap &columns, ImportReport &report, PreviewRow &row)
{
    loadExisting();
    const int line = record.line;
    const int errorsBefore = report.errorCount();
    if (m_columnsSeen != &columns) {
        // The file's column of each key and its header, found once per import, not per cell.
        m_columnsSeen = &columns;
        m_columnIndex.clear();
        m_columnHeaders.clear();
        for (const ColumnSpec &spec : this->columns()) {
            m_columnIndex.append(columns.indexOf(spec.key));
            m_columnHeaders.append(columns.headerName(spec.key));
        }
    }
    auto cell = [&](Column c) { return columns.valueAt(record, m_columnIndex.at(c)); };
    auto column = [&](Column c) -> const QString & { return m_columnHeaders.at(c); };

    Planned p;
    p.line = line;
    if (const QString event = cell(ColEvent); event.isEmpty())
        report.error(line, column(ColEvent), tr("The event is missing: give its UUID or its title."));
    else
        p.eventId = resolveEvent(event, line, column(ColEvent), report);

    Person person;
    person.title = cell(ColTitle);
    person.firstName = cell(ColFirstName);
    person.lastName = cell(ColLastName);
    person.email = cell(ColEmail);
    reportFieldErrors(validate(person), line, columns, report);
    const QString organisation = cell(ColOrganisation).simplified();

    if (const QString text = cell(ColStatus); !text.isEmpty()) {
        if (auto status = statusWord(text))
            p.status = *status;
        else
            report.error(line, column(ColStatus), tr("\"%1\" is not a status; use angemeldet / registered, Warteliste / waitlisted, "
                                                    "abgemeldet / cancelled, teilgenommen / attended or nicht erschienen / no-show.")
                                                     .arg(text));
    }
    if (const QString text = cell(ColRegisteredAt); !text.isEmpty()) {
        const DateAndTime at = parseDateTimeCell(text, line, column(ColRegisteredAt), report);
        if (at.date.isValid())
            // As the office's clock shows it; the zone is looked up once, not per row.
            p.registeredAt = QDateTime(at.date, at.time.isValid() ? at.time : QTime(0, 0), m_zone).toUTC();
    }
    if (const QString text = cell(ColSource); !text.isEmpty()) {
        if (auto source = sourceWord(text))
            p.source = *source;
        else
            report.error(line, column(ColSource), tr("\"%1\" is not a source; use Telefon / phone, E-Mail / email, Formular / form, "
                                                    "vor Ort / on site, Papier / paper or import.").arg(text));
    }
    if (report.errorCount() > errorsBefore)
        return;

    p.person = resolvePerson(person, organisation, line, column(ColOrganisation), report);
    EventState &event = m_events[p.eventId];
    auto skip = [&](const QString &message) {
        row.status = RowStatus::Duplicate;
        row.message = message;
        report.warning(line, column(ColLastName), message);
    };
    if (p.person.id > 0 && event.people.contains(p.person.id)) {
        skip(tr("%1 is already registered for \"%2\" (%3); the row is skipped.")
                 .arg(p.person.name, event.event.title, statusLabel(event.people.value(p.person.id))));
        return;
    }
    const qint64 personKey = p.person.id > 0 ? p.person.id : -1 - p.person.newIndex;
    if (const int earlier = event.inFile.value(personKey)) {
        skip(tr("%1 is registered for \"%2\" already on line %3; the row is skipped.")
                 .arg(p.person.name, event.event.title)
                 .arg(earlier));
        return;
    }
    event.inFile.insert(personKey, line);

    // The capacity, in the order of the file: what the database will hold once the rows before are in.
    if (p.person.id > 0) {
        row.status = RowStatus::Linked;
        row.message = tr("Linked to %1").arg(p.person.name);
    }
    // The rule every registration follows (SeatRule), on the counts kept here.
    const RegistrationStatus requested = p.status;
    p.status = event.places.admit(requested);
    if (p.status != requested) {
        ++report.rowsWaitlisted;
        const QString message = tr("%1 is put on the waitlist (the event \"%2\" is full).").arg(p.person.name, event.event.title);
        report.warning(line, QString(), message);
        row.message = row.message.isEmpty() ? message : row.message + QStringLiteral("; ") + message;
    }
    m_planned.append(p);
}

std::optional<RegistrationStatus> RegistrationImporter::statusWord(const QString &text)
{
    auto it = m_statusWords.constFind(text);
    if (it == m_statusWords.constEnd())
        it = m_statusWords.insert(text, parseStatus(text));
    return it.value();
}

std::optional<RegistrationSource> RegistrationImporter::sourceWord(const QString &text)
{
    auto it = m_sourceWords.constFind(text);
    if (it == m_sourceWords.constEnd())
        it = m_sourceWords.insert(text, parseSource(text));
    return it.value();
}

Status RegistrationImporter::write(ImportReport &report, const ProgressFn &progress)
{
    Q_UNUSED(progress) // the reading reports progress; a batch is short
    if (!m_creator)
        m_creator = std::make_unique<PersonCreator>(m_db);
    // Those who go to the waitlist keep the order of the file.
    if (!m_queueStart.isValid())
        m_queueStart = nowUtc();
    RegistrationRepository registrations(m_db);
    QList<Registration> batch;
    batch.reserve(m_planned.size());
    for (const Planned &p : std::as_const(m_planned)) {
        EventState &event = m_events[p.eventId];
        if (!event.checkedOnWrite) {
            // Someone else took places since the file was checked (it was checked
            // outside this transaction): the report would be wrong.
            auto now = registrations.seatRule(p.eventId);
            if (!now)
                return Error(now.error()).at(m_file, p.line);
            if (now->seatsTaken() != event.seatsTakenAtCheck || now->waiting() != event.waitingAtCheck)
                return Error(Error::Code::Conflict, tr("The event filled up after the file was checked; nothing was imported. "
                                                       "Check the file again.")).at(m_file, p.line);
            event.checkedOnWrite = true;
        }
        qint64 personId = p.person.id > 0 ? p.person.id : m_createdPeople.value(p.person.newIndex);
        if (!personId) {
            const NewPerson &n = m_newPeople.at(p.person.newIndex);
            auto created = m_creator->create(n.person, n.organisationId, n.newOrganisationName, QString());
            if (!created)
                return Error(created.error()).at(m_file, p.line);
            personId = *created;
            m_createdPeople.insert(p.person.newIndex, personId);
        }
        Registration r;
        r.eventId = p.eventId;
        r.personId = personId;
        r.source = p.source;
        r.registeredAt = p.registeredAt;
        r.status = p.status;
        if (p.status == RegistrationStatus::Waitlisted)
            r.waitlistedAt = m_queueStart.addMSecs(m_written + batch.size());
        batch.append(r);
    }
    if (Status s = registrations.addDecided(batch); !s)
        return Error(s.error()).at(m_file, m_planned.isEmpty() ? 0 : m_planned.first().line);
    QList<qint64> &ids = report.createdIds[QStringLiteral("registrations")];
    for (const Registration &r : std::as_const(batch))
        ids.append(r.id);
    m_written += batch.size();
    m_planned.clear();
    // The people and organisations created so far (the report holds them once).
    report.createdIds[QStringLiteral("organisations")] = m_creator->createdOrganisations();
    report.createdIds[QStringLiteral("people")] = m_creator->createdPeople();
    return {};
}

void RegistrationImporter::notifyWritten()
{
    m_db.notifier()->entityReset(Entity::Organisation);
    m_db.notifier()->entityReset(Entity::Person);
    m_db.notifier()->entityReset(Entity::Affiliation);
    m_db.notifier()->entityReset(Entity::Registration);
    m_db.notifier()->entityReset(Entity::Event);
}

} // namespace fd
