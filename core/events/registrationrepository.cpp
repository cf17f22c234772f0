// SPDX-License-Identifier: GPL-3.0-or-later
#include "registrationrepository.h"

#include "common/dates.h"
#include "db/database.h"
#include "db/notifier.h"
#include "db/record.h"
#include "db/tables.h"
#include "db/tablestore.h"
#include "db/sqlhelpers.h"
#include "db/transaction.h"
#include "events/eventrepository.h"

#include "people/person.h"

#include <QRandomGenerator>
#include <QSqlQuery>

#include <algorithm>

namespace fd {

namespace {

using RegistrationMap = RecordMap<Registration>;

RegistrationStatus statusFromKey(const QString &key)
{
    return parseStatus(key).value_or(RegistrationStatus::Registered);
}

RegistrationSource sourceFromKey(const QString &key)
{
    return parseSource(key).value_or(RegistrationSource::Email);
}

const RegistrationMap &registrationMap()
{
    static const RegistrationMap map = RegistrationMap::record(
        tables::registrations(),
        {RegistrationMap::field("event_id", &Registration::eventId), RegistrationMap::field("person_id", &Registration::personId),
         RegistrationMap::keyed("status", &Registration::status, statusKey, statusFromKey),
         RegistrationMap::keyed("source", &Registration::source, sourceKey, sourceFromKey),
         RegistrationMap::field("registered_at", &Registration::registeredAt), RegistrationMap::field("waitlisted_at", &Registration::waitlistedAt),
         RegistrationMap::field("notes", &Registration::notes)});
    return map;
}

// The registration's columns, then what the lists show of the person and the event.
QString registrationColumns()
{
    return registrationMap().selectList(QStringLiteral("r"))
        + QLatin1String(", p.title, p.first_name, p.last_name, p.email, o.name, ev.title, ev.start_date");
}

Registration readRegistration(const QSqlQuery &q)
{
    Registration r = registrationMap().fromQuery(q);
    const int o = registrationMap().size();
    r.personTitle = q.value(o).toString();
    r.personFirstName = q.value(o + 1).toString();
    r.personLastName = q.value(o + 2).toString();
    r.email = q.value(o + 3).toString();
    r.organisationName = q.value(o + 4).toString();
    r.eventTitle = q.value(o + 5).toString();
    r.eventStart = fromDbDate(q.value(o + 6));
    Person p;
    p.title = r.personTitle;
    p.firstName = r.personFirstName;
    p.lastName = r.personLastName;
    r.personName = p.fullName();
    r.personSortName = p.sortName();
    return r;
}

// People with their current organisation, as in the people list.
const char *const Joins =
    "JOIN people p ON p.id = r.person_id JOIN events ev ON ev.id = r.event_id "
    "LEFT JOIN affiliations a ON a.id = ("
    "  SELECT a2.id FROM affiliations a2 WHERE a2.person_id = p.id "
    "  AND (a2.valid_until IS NULL OR a2.valid_until >= ?) AND (a2.valid_from IS NULL OR a2.valid_from <= ?) "
    "  ORDER BY a2.valid_from IS NULL, a2.valid_from DESC, a2.id DESC LIMIT 1) "
    "LEFT JOIN organisations o ON o.id = a.organisation_id ";

// A UUID that sorts by the time it was made (version 7, RFC 9562): the
// milliseconds since 1970, a counter for those made in the same millisecond,
// then random bits. Many registrations made at once (an import) then go to
// the end of the UUID index instead of to random pages all over it, which is
// what makes a large import slow once the index outgrows SQLite's page cache.
QUuid timeOrderedUuid()
{
    thread_local qint64 lastMs = 0;
    thread_local int counter = 0;
    qint64 ms = QDateTime::currentMSecsSinceEpoch();
    if (ms <= lastMs) {
        ms = lastMs;
        if (++counter > 0xfff) {
            ++ms;
            counter = 0;
        }
    } else {
        counter = 0;
    }
    lastMs = ms;
    QByteArray bytes(16, Qt::Uninitialized);
    for (int i = 0; i < 6; ++i)
        bytes[i] = char((ms >> (8 * (5 - i))) & 0xff);
    bytes[6] = char(0x70 | ((counter >> 8) & 0x0f));
    bytes[7] = char(counter & 0xff);
    const quint64 random = QRandomGenerator::system()->generate64();
    for (int i = 0; i < 8; ++i)
        bytes[8 + i] = char((random >> (8 * i)) & 0xff);
    bytes[8] = char(0x80 | (bytes[8] & 0x3f)); // the RFC 4122 variant
    return QUuid::fromRfc4122(bytes);
}

const char *const QueueOrder = "r.registered_at, r.id";
const char *const WaitlistOrder = "r.waitlisted_at, r.id";

} // namespace

Result<QList<Registration>> RegistrationRepository::query(const QString &where, const QVariantList &values, const QString &order) const
{
    CachedQuery q(m_db, QStringLiteral("SELECT %1 FROM registrations r %2 %3 ORDER BY %4")
                            .arg(registrationColumns(), QLatin1String(Joins), where, order));
    const QVariant today = toDbDate(fd::today());
    q->addBindValue(today);
    q->addBindValue(today);
    for (const QVariant &v : values)
        q->addBindValue(v);
    if (Status s = execQuery(q, tr("Reading registrations")); !s)
        return s.error();
    QList<Registration> list;
    while (q->next())
        list.append(readRegistration(*q));
    return list;
}

Result<QList<Registration>> RegistrationRepository::forEvent(qint64 eventId) const
{
    return query(QStringLiteral("WHERE r.event_id = ?"), {eventId}, QLatin1String(QueueOrder));
}

Result<QList<Registration>> RegistrationRepository::forPerson(qint64 personId) const
{
    return query(QStringLiteral("WHERE r.person_id = ?"), {personId}, QStringLiteral("ev.start_date DESC, r.id"));
}

Result<Registration> RegistrationRepository::byId(qint64 id) const
{
    auto list = query(QStringLiteral("WHERE r.id = ?"), {id}, QLatin1String(QueueOrder));
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error(Error::Code::NotFound, tr("The registration no longer exists."));
    return list->first();
}

Result<Registration> RegistrationRepository::byUuid(const QUuid &uuid) const
{
    auto list = query(QStringLiteral("WHERE r.uuid = ?"), {uuidToDb(uuid)}, QLatin1String(QueueOrder));
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error(Error::Code::NotFound, tr("The registration no longer exists."));
    return list->first();
}

Result<std::optional<Registration>> RegistrationRepository::find(qint64 eventId, qint64 personId) const
{
    auto list = query(QStringLiteral("WHERE r.event_id = ? AND r.person_id = ?"), {eventId, personId}, QLatin1String(QueueOrder));
    if (!list)
        return list.error();
    if (list->isEmpty())
        return std::optional<Registration>();
    return std::optional<Registration>(list->first());
}

Result<QList<Registration>> RegistrationRepository::waitlist(qint64 eventId) const
{
    return query(QStringLiteral("WHERE r.event_id = ? AND r.status = 'waitlisted'"), {eventId}, QLatin1String(WaitlistOrder));
}

Result<std::optional<int>> RegistrationRepository::freeSeats(qint64 eventId) const
{
    EventRepository events(m_db);
    auto event = events.byId(eventId);
    if (!event)
        return event.error();
    if (!event->capacity)
        return std::optional<int>();
    auto counts = events.counts(eventId);
    if (!counts)
        return counts.error();
    return std::optional<int>(qMax(0, *event->capacity - counts->seatsTaken()));
}

Result<RegistrationOutcome> RegistrationRepository::add(const RegistrationRequest &request)
{
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();

    EventRepository events(m_db);
    auto event = events.byId(request.eventId);
    if (!event)
        return event.error();
    {
        // Hold the event while its places are counted and one is taken.
        CachedQuery lock(m_db, QStringLiteral("SELECT id FROM events WHERE id = ?%1").arg(m_db.dialect().forUpdate()));
        lock->addBindValue(request.eventId);
        if (Status s = execQuery(lock, tr("Saving the registration")); !s)
            return s.error();
    }
    auto existing = find(request.eventId, request.personId);
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        const Registration &r = existing->value();
        return Error(Error::Code::Duplicate, tr("%1 is already registered for \"%2\" (%3).")
                                                 .arg(r.personName, event->title, statusLabel(r.status)));
    }
    const bool entersNormally = !request.status || *request.status == RegistrationStatus::Registered;
    if (entersNormally && !event->registrationOpen && !request.evenIfClosed)
        return Error(Error::Code::Validation, tr("Registration for \"%1\" is closed.").arg(event->title));

    RegistrationOutcome outcome;
    const RegistrationStatus requested = request.status.value_or(RegistrationStatus::Registered);
    auto rule = seatRule(request.eventId);
    if (!rule)
        return rule.error();
    const RegistrationStatus status = rule->statusFor(requested);
    outcome.waitlisted = status != requested;

    Registration r;
    r.uuid = request.uuid.isNull() ? QUuid::createUuid() : request.uuid;
    r.eventId = request.eventId;
    r.personId = request.personId;
    r.status = status;
    r.source = request.source;
    r.registeredAt = request.registeredAt.isValid() ? request.registeredAt.toUTC() : nowUtc();
    // In line from the moment they asked (the office may enter a phone call later).
    if (status == RegistrationStatus::Waitlisted)
        r.waitlistedAt = request.waitlistedAt.isValid() ? request.waitlistedAt.toUTC() : r.registeredAt;
    else if (status == RegistrationStatus::Attended && request.waitlistedAt.isValid())
        r.waitlistedAt = request.waitlistedAt.toUTC();
    r.notes = request.uuid.isNull() ? request.notes.trimmed() : request.notes;
    r.createdAt = r.updatedAt = nowUtc();
    r.rowVersion = 1;
    {
        auto stored = TableStore(m_db, tables::registrations()).insert(registrationMap().toRow(r));
        if (!stored)
            return stored.error();
        r.id = stored->value(QStringLiteral("id")).toLongLong();
    }
    auto read = byId(r.id);
    if (!read)
        return read.error();
    outcome.registration = *read;
    if (r.status == RegistrationStatus::Waitlisted) {
        // Its place in the queue: those waiting before it (WaitlistOrder), plus one.
        CachedQuery q(m_db, QStringLiteral("SELECT count(*) FROM registrations WHERE event_id = ? AND status = 'waitlisted' "
                                           "AND (waitlisted_at < ? OR (waitlisted_at = ? AND id < ?))"));
        const QVariant at = toDbTimestamp(r.waitlistedAt);
        q->addBindValue(r.eventId);
        q->addBindValue(at);
        q->addBindValue(at);
        q->addBindValue(r.id);
        if (Status s = execQuery(q, tr("Saving the registration")); !s)
            return s.error();
        q->next();
        outcome.waitlistPosition = q->value(0).toInt() + 1;
    }
    m_db.notifier()->rowChanged(Entity::Event, ChangeKind::Changed, r.eventId, {QStringLiteral("registrations")});
    if (Status s = tx.commit(); !s)
        return s.error();
    return outcome;
}

Status RegistrationRepository::addDecided(QList<Registration> &registrations)
{
    if (registrations.isEmpty())
        return {};
    const QDateTime now = nowUtc();
    for (Registration &r : registrations) {
        r.uuid = timeOrderedUuid();
        r.createdAt = r.updatedAt = now;
        r.rowVersion = 1;
        if (!r.registeredAt.isValid())
            r.registeredAt = now;
    }
    // Many rows per statement, its columns and values from the declaration's
    // map: a statement's run costs far more than a row's values. A few sizes
    // only, so that each stays one prepared statement in the cache.
    qsizetype first = 0;
    for (const int rows : {64, 8, 1}) {
        CachedQuery q(m_db, registrationMap().insertSql(rows, QStringLiteral("id, uuid")));
        for (; registrations.size() - first >= rows; first += rows) {
            for (int i = 0; i < rows; ++i)
                registrationMap().bindInsert(*q, registrations.at(first + i), i);
            if (Status s = execQuery(q, tr("Saving the registration")); !s)
                return s;
            // Each new id by its UUID: neither database promises the order of RETURNING.
            int got = 0;
            for (int i = 0; q->next(); ++i, ++got) {
                const QString uuid = q->value(1).toString();
                qsizetype at = first + i;
                if (i >= rows || uuidToDb(registrations.at(at).uuid) != uuid) {
                    for (at = first; at < first + rows && uuidToDb(registrations.at(at).uuid) != uuid; ++at) {
                    }
                    if (at == first + rows)
                        return Error(Error::Code::Database, tr("Saving the registration: the database returned an unknown row."));
                }
                registrations[at].id = q->value(0).toLongLong();
            }
            q->finish();
            if (got != rows)
                return Error(Error::Code::Database, tr("Saving the registration: %1 rows were saved instead of %2.").arg(got).arg(rows));
        }
    }
    return {};
}

Result<bool> RegistrationRepository::mustWait(qint64 eventId) const
{
    auto rule = seatRule(eventId);
    if (!rule)
        return rule.error();
    return rule->mustWait();
}

Result<SeatRule> RegistrationRepository::seatRule(qint64 eventId) const
{
    EventRepository events(m_db);
    auto event = events.byId(eventId);
    if (!event)
        return event.error();
    auto counts = events.counts(eventId);
    if (!counts)
        return counts.error();
    return SeatRule(event->capacity, counts->seatsTaken(), counts->waitlisted);
}

Result<Registration> RegistrationRepository::writeStatus(const Registration &r, RegistrationStatus status, const QDateTime &waitlistedAt)
{
    auto stored = TableStore(m_db, tables::registrations())
                      .update(r.id, r.rowVersion, {{QStringLiteral("status"), statusKey(status)}, {QStringLiteral("waitlisted_at"), toDbTimestamp(waitlistedAt)}},
                              tr("The registration of %1").arg(r.personName));
    if (!stored)
        return stored.error();
    return byId(r.id);
}

Result<std::optional<Registration>> RegistrationRepository::nextToMoveUp(const Registration &leaving) const
{
    auto event = EventRepository(m_db).byId(leaving.eventId);
    if (!event)
        return event.error();
    auto counts = EventRepository(m_db).counts(leaving.eventId);
    if (!counts)
        return counts.error();
    // The places taken once `leaving` has gone, as promoteFirst will count them then
    // (over the limit, one leaving may free nothing).
    const int takenAfter = counts->seatsTaken() - (takesSeat(leaving.status) ? 1 : 0);
    if (event->capacity && takenAfter >= *event->capacity)
        return std::optional<Registration>();
    auto queue = waitlist(leaving.eventId);
    if (!queue)
        return queue.error();
    for (const Registration &r : std::as_const(*queue)) {
        if (r.id != leaving.id)
            return std::optional<Registration>(r);
    }
    return std::optional<Registration>();
}

Result<int> RegistrationRepository::movableNow(qint64 eventId) const
{
    auto free = freeSeats(eventId);
    if (!free)
        return free.error();
    auto counts = EventRepository(m_db).counts(eventId);
    if (!counts)
        return counts.error();
    const int waiting = counts->waitlisted;
    return free->has_value() ? qMax(0, qMin(**free, waiting)) : waiting;
}

Result<std::optional<Registration>> RegistrationRepository::promoteFirst(qint64 eventId, qint64 excludeId)
{
    auto free = freeSeats(eventId);
    if (!free)
        return free.error();
    if (free->has_value() && **free <= 0)
        return std::optional<Registration>();
    auto queue = waitlist(eventId);
    if (!queue)
        return queue.error();
    auto next = std::find_if(queue->cbegin(), queue->cend(), [excludeId](const Registration &r) { return r.id != excludeId; });
    if (next == queue->cend())
        return std::optional<Registration>();
    auto promoted = writeStatus(*next, RegistrationStatus::Registered, QDateTime());
    if (!promoted)
        return promoted.error();
    return std::optional<Registration>(*promoted);
}

Result<StatusChange> RegistrationRepository::setStatus(qint64 registrationId, qint64 expectedRowVersion, RegistrationStatus status,
                                                       Promotion promotion)
{
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto current = byId(registrationId);
    if (!current)
        return current.error();
    if (current->rowVersion != expectedRowVersion)
        return conflictError(tr("The registration of %1").arg(current->personName));
    StatusChange change;
    if (current->status == status) {
        change.changed = *current;
        return change;
    }

    RegistrationStatus target = status;
    QDateTime waitlistedAt; // cleared unless the rules below keep or set it
    const RegistrationStatus from = current->status;
    if (status == RegistrationStatus::Registered) {
        if (from == RegistrationStatus::Waitlisted) {
            // Off the waitlist (the office may pick someone else than the first): only into a free place.
            auto free = freeSeats(current->eventId);
            if (!free)
                return free.error();
            if (free->has_value() && **free <= 0)
                return Error(Error::Code::Validation, tr("The event is full: %1 stays on the waitlist until a place is free "
                                                         "(or raise the capacity).").arg(current->personName));
        } else if (from == RegistrationStatus::Attended && current->waitlistedAt.isValid()) {
            // The check-in of a walk-in from the waitlist is taken back: back to their place in line.
            target = RegistrationStatus::Waitlisted;
            waitlistedAt = current->waitlistedAt;
        } else if (from == RegistrationStatus::Cancelled) {
            // Registering again is a new request, behind those already waiting.
            auto wait = mustWait(current->eventId);
            if (!wait)
                return wait.error();
            if (*wait) {
                target = RegistrationStatus::Waitlisted;
                waitlistedAt = nowUtc();
            }
        }
    } else if (status == RegistrationStatus::Waitlisted) {
        // Joining the waitlist by hand: at its end.
        waitlistedAt = from == RegistrationStatus::Attended && current->waitlistedAt.isValid() ? current->waitlistedAt : nowUtc();
    } else if (status == RegistrationStatus::Attended && from == RegistrationStatus::Waitlisted) {
        // A walk-in from the waitlist: in, full or not; the place in line is kept for a correction.
        waitlistedAt = current->waitlistedAt;
    }
    change.waitlisted = status == RegistrationStatus::Registered && target == RegistrationStatus::Waitlisted;

    auto changed = writeStatus(*current, target, waitlistedAt);
    if (!changed)
        return changed.error();
    change.changed = *changed;
    if (takesSeat(from) && !takesSeat(target) && promotion == Promotion::FromWaitlist) {
        auto promoted = promoteFirst(current->eventId, current->id);
        if (!promoted)
            return promoted.error();
        change.promoted = *promoted;
    }
    m_db.notifier()->rowChanged(Entity::Event, ChangeKind::Changed, current->eventId, {QStringLiteral("registrations")});
    if (Status s = tx.commit(); !s)
        return s.error();
    return change;
}

Result<QList<Registration>> RegistrationRepository::promoteWaitlisted(qint64 eventId)
{
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    QList<Registration> promoted;
    for (;;) {
        auto next = promoteFirst(eventId);
        if (!next)
            return next.error();
        if (!next->has_value())
            break;
        promoted << next->value();
    }
    if (!promoted.isEmpty())
        m_db.notifier()->rowChanged(Entity::Event, ChangeKind::Changed, eventId, {QStringLiteral("registrations")});
    if (Status s = tx.commit(); !s)
        return s.error();
    return promoted;
}

Result<Registration> RegistrationRepository::update(const Registration &r)
{
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto stored = TableStore(m_db, tables::registrations())
                      .update(r.id, r.rowVersion,
                              {{QStringLiteral("source"), sourceKey(r.source)},
                               {QStringLiteral("registered_at"), toDbTimestamp(r.registeredAt.isValid() ? r.registeredAt : nowUtc())},
                               {QStringLiteral("notes"), nn(r.notes.trimmed())}},
                              tr("The registration of %1").arg(r.personName));
    if (!stored)
        return stored.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return byId(r.id);
}

Result<std::optional<Registration>> RegistrationRepository::remove(qint64 id, qint64 expectedRowVersion, Promotion promotion)
{
    auto r = byId(id);
    if (!r)
        return r.error();
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    if (Status s = TableStore(m_db, tables::registrations()).remove(id, expectedRowVersion, tr("The registration of %1").arg(r->personName)); !s)
        return s.error();
    std::optional<Registration> promoted;
    if (takesSeat(r->status) && promotion == Promotion::FromWaitlist) {
        auto next = promoteFirst(r->eventId);
        if (!next)
            return next.error();
        promoted = *next;
    }
    m_db.notifier()->rowChanged(Entity::Event, ChangeKind::Changed, r->eventId, {QStringLiteral("registrations")});
    if (Status s = tx.commit(); !s)
        return s.error();
    return promoted;
}

} // namespace fd
