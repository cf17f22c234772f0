// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventrepository.h"

#include "common/dates.h"
#include "common/textfold.h"
#include "db/database.h"
#include "db/notifier.h"
#include "db/sqlhelpers.h"
#include "db/transaction.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace fd {

namespace {

const char *const KindColumns = "id, uuid, key, name_de, name_en, sort_order, created_at, updated_at, row_version";

EventKind readKind(const QSqlQuery &q)
{
    EventKind k;
    k.id = q.value(0).toLongLong();
    k.uuid = uuidFromDb(q.value(1));
    k.key = q.value(2).toString();
    k.nameDe = q.value(3).toString();
    k.nameEn = q.value(4).toString();
    k.sortOrder = q.value(5).toInt();
    k.createdAt = fromDbTimestamp(q.value(6));
    k.updatedAt = fromDbTimestamp(q.value(7));
    k.rowVersion = q.value(8).toLongLong();
    return k;
}

const char *const EventColumns =
    "e.id, e.uuid, e.title, e.kind_id, e.assembly_number, e.start_date, e.start_time, e.end_date, e.end_time, "
    "e.format, e.city, e.venue, e.audience, e.role, e.partners, e.funder_id, e.project_name, e.capacity, "
    "e.registration_open, e.reported_participants, e.documentation_url, e.documentation_members_only, e.notes, "
    "e.created_at, e.updated_at, e.row_version, k.name_de, k.name_en, k.key, o.name";

// Counts per status, as extra columns of the event list.
const char *const CountColumns =
    "(SELECT count(*) FROM registrations r WHERE r.event_id = e.id AND r.status = 'registered'), "
    "(SELECT count(*) FROM registrations r WHERE r.event_id = e.id AND r.status = 'waitlisted'), "
    "(SELECT count(*) FROM registrations r WHERE r.event_id = e.id AND r.status = 'cancelled'), "
    "(SELECT count(*) FROM registrations r WHERE r.event_id = e.id AND r.status = 'attended'), "
    "(SELECT count(*) FROM registrations r WHERE r.event_id = e.id AND r.status = 'no_show')";

Event readEvent(const QSqlQuery &q)
{
    Event e;
    e.id = q.value(0).toLongLong();
    e.uuid = uuidFromDb(q.value(1));
    e.title = q.value(2).toString();
    e.kindId = q.value(3).toLongLong();
    e.assemblyNumber = q.value(4).isNull() ? 0 : q.value(4).toInt();
    e.startDate = fromDbDate(q.value(5));
    e.startTime = fromDbTime(q.value(6));
    e.endDate = fromDbDate(q.value(7));
    e.endTime = fromDbTime(q.value(8));
    e.format = parseFormat(q.value(9).toString()).value_or(EventFormat::OnSite);
    e.city = q.value(10).toString();
    e.venue = q.value(11).toString();
    e.audience = parseAudience(q.value(12).toString()).value_or(Audience::Members);
    e.role = parseRole(q.value(13).toString()).value_or(EventRole::Organiser);
    e.partners = q.value(14).toString();
    e.funderId = q.value(15).isNull() ? 0 : q.value(15).toLongLong();
    e.projectName = q.value(16).toString();
    if (!q.value(17).isNull())
        e.capacity = q.value(17).toInt();
    e.registrationOpen = q.value(18).toBool();
    if (!q.value(19).isNull())
        e.reportedParticipants = q.value(19).toInt();
    e.documentationUrl = q.value(20).toString();
    e.documentationMembersOnly = q.value(21).toBool();
    e.notes = q.value(22).toString();
    e.createdAt = fromDbTimestamp(q.value(23));
    e.updatedAt = fromDbTimestamp(q.value(24));
    e.rowVersion = q.value(25).toLongLong();
    EventKind k;
    k.nameDe = q.value(26).toString();
    k.nameEn = q.value(27).toString();
    e.kindName = k.name();
    e.kindKey = q.value(28).toString();
    e.funderName = q.value(29).toString();
    return e;
}

QVariant optionalInt(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<int>());
}

void bindEventValues(QSqlQuery &q, const Event &e)
{
    q.addBindValue(e.title);
    q.addBindValue(nn(foldKey(e.title)));
    q.addBindValue(e.kindId);
    q.addBindValue(e.assemblyNumber > 0 ? QVariant(e.assemblyNumber) : QVariant(QMetaType::fromType<int>()));
    q.addBindValue(toDbDate(e.startDate));
    q.addBindValue(toDbTime(e.startTime));
    q.addBindValue(toDbDate(e.endDate.isValid() && e.endDate != e.startDate ? e.endDate : QDate()));
    q.addBindValue(toDbTime(e.endTime));
    q.addBindValue(formatKey(e.format));
    q.addBindValue(nn(e.city));
    q.addBindValue(nn(e.venue));
    q.addBindValue(audienceKey(e.audience));
    q.addBindValue(roleKey(e.role));
    q.addBindValue(nn(e.partners));
    q.addBindValue(e.funderId > 0 ? QVariant(e.funderId) : QVariant(QMetaType::fromType<qlonglong>()));
    q.addBindValue(nn(e.projectName));
    q.addBindValue(optionalInt(e.capacity));
    q.addBindValue(e.registrationOpen);
    q.addBindValue(optionalInt(e.reportedParticipants));
    q.addBindValue(nn(e.documentationUrl));
    q.addBindValue(e.documentationMembersOnly);
    q.addBindValue(nn(e.notes));
}

void normalise(Event &e)
{
    e.title = e.title.simplified();
    e.city = e.city.simplified();
    e.venue = e.venue.simplified();
    e.partners = e.partners.trimmed();
    e.projectName = e.projectName.simplified();
    e.documentationUrl = e.documentationUrl.trimmed();
    if (e.endDate == e.startDate)
        e.endDate = QDate();
}

} // namespace

// --- kinds ---------------------------------------------------------------

Result<QList<EventKind>> EventKindRepository::all() const
{
    CachedQuery q(m_db, QStringLiteral("SELECT %1 FROM event_kinds ORDER BY sort_order, id").arg(QLatin1String(KindColumns)));
    if (Status s = execQuery(q, tr("Reading event kinds")); !s)
        return s.error();
    QList<EventKind> list;
    while (q->next())
        list.append(readKind(*q));
    return list;
}

Result<EventKind> EventKindRepository::byId(qint64 id) const
{
    CachedQuery q(m_db, QStringLiteral("SELECT %1 FROM event_kinds WHERE id = ?").arg(QLatin1String(KindColumns)));
    q->addBindValue(id);
    if (Status s = execQuery(q, tr("Reading event kinds")); !s)
        return s.error();
    if (!q->next())
        return Error(Error::Code::NotFound, tr("The kind of event no longer exists."));
    return readKind(*q);
}

namespace {
// The names offices use for the built-in kinds: found even after a kind was renamed in the list.
const QHash<QString, QStringList> &builtInNames()
{
    static const QHash<QString, QStringList> names = {
        {QStringLiteral("general_assembly"), {QStringLiteral("Mitgliederversammlung"), QStringLiteral("General assembly")}},
        {QStringLiteral("workshop"), {QStringLiteral("Workshop")}},
        {QStringLiteral("webinar"), {QStringLiteral("Webinar")}},
        {QStringLiteral("conference"), {QStringLiteral("Fachtagung"), QStringLiteral("Conference")}},
        {QStringLiteral("congress"), {QStringLiteral("Konferenz"), QStringLiteral("Congress")}},
        {QStringLiteral("seminar"), {QStringLiteral("Seminar")}},
        {QStringLiteral("study_trip"), {QStringLiteral("Studienreise"), QStringLiteral("Study trip")}},
        {QStringLiteral("exchange"), {QStringLiteral("Austausch"), QStringLiteral("Exchange")}},
        {QStringLiteral("project_meeting"), {QStringLiteral("Projekttreffen"), QStringLiteral("Project meeting")}},
        {QStringLiteral("training"), {QStringLiteral("Training"), QStringLiteral("Fortbildung")}},
        {QStringLiteral("board_meeting"), {QStringLiteral("Sitzung"), QStringLiteral("Board meeting")}},
        {QStringLiteral("other"), {QStringLiteral("Sonstiges"), QStringLiteral("Other")}},
    };
    return names;
}
} // namespace

Result<std::optional<EventKind>> EventKindRepository::find(const QString &text) const
{
    auto kinds = all();
    if (!kinds)
        return kinds.error();
    const QString key = foldKey(text);
    // The names in the list first, then the built-in names of a renamed kind.
    for (const EventKind &k : std::as_const(*kinds)) {
        if (foldKey(k.nameDe) == key || foldKey(k.nameEn) == key || k.key == key
            || foldKey(QString(k.key).replace(QLatin1Char('_'), QLatin1Char(' '))) == key)
            return std::optional<EventKind>(k);
    }
    for (const EventKind &k : std::as_const(*kinds)) {
        for (const QString &name : builtInNames().value(k.key)) {
            if (foldKey(name) == key)
                return std::optional<EventKind>(k);
        }
    }
    return std::optional<EventKind>();
}

Result<EventKind> EventKindRepository::create(EventKind kind)
{
    kind.nameDe = kind.nameDe.simplified();
    kind.nameEn = kind.nameEn.simplified();
    if (const FieldErrors errors = validate(kind); !errors.isEmpty())
        return validationError(errors);
    if (kind.uuid.isNull())
        kind.uuid = QUuid::createUuid();
    if (kind.key.isEmpty())
        kind.key = QStringLiteral("custom_") + uuidToDb(kind.uuid).left(8);
    kind.createdAt = kind.updatedAt = nowUtc();
    kind.rowVersion = 1;
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    if (auto existing = find(kind.nameDe); existing && existing->has_value())
        return Error(Error::Code::Duplicate, tr("There is already a kind of event named \"%1\".").arg(kind.nameDe));
    if (auto existing = find(kind.nameEn); existing && existing->has_value())
        return Error(Error::Code::Duplicate, tr("There is already a kind of event named \"%1\".").arg(kind.nameEn));
    CachedQuery q(m_db, QStringLiteral(
        "INSERT INTO event_kinds (uuid, key, name_de, name_en, sort_order, created_at, updated_at, row_version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q->addBindValue(uuidToDb(kind.uuid));
    q->addBindValue(kind.key);
    q->addBindValue(kind.nameDe);
    q->addBindValue(kind.nameEn);
    q->addBindValue(kind.sortOrder);
    q->addBindValue(toDbTimestamp(kind.createdAt));
    q->addBindValue(toDbTimestamp(kind.updatedAt));
    q->addBindValue(kind.rowVersion);
    if (Status s = execQuery(q, tr("Saving the kind of event")); !s)
        return s.error();
    q->next();
    kind.id = q->value(0).toLongLong();
    q->finish();
    m_db.notifier()->rowChanged(Entity::EventKind, ChangeKind::Added, kind.id);
    if (Status s = tx.commit(); !s)
        return s.error();
    return kind;
}

Result<EventKind> EventKindRepository::update(const EventKind &input)
{
    EventKind kind = input;
    kind.nameDe = kind.nameDe.simplified();
    kind.nameEn = kind.nameEn.simplified();
    if (const FieldErrors errors = validate(kind); !errors.isEmpty())
        return validationError(errors);
    kind.updatedAt = nowUtc();
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    for (const QString &name : {kind.nameDe, kind.nameEn}) {
        if (auto existing = find(name); existing && existing->has_value() && existing->value().id != kind.id)
            return Error(Error::Code::Duplicate, tr("There is already a kind of event named \"%1\".").arg(name));
    }
    CachedQuery q(m_db, QStringLiteral(
        "UPDATE event_kinds SET name_de = ?, name_en = ?, sort_order = ?, updated_at = ?, row_version = row_version + 1 "
        "WHERE id = ? AND row_version = ?"));
    q->addBindValue(kind.nameDe);
    q->addBindValue(kind.nameEn);
    q->addBindValue(kind.sortOrder);
    q->addBindValue(toDbTimestamp(kind.updatedAt));
    q->addBindValue(kind.id);
    q->addBindValue(kind.rowVersion);
    if (Status s = execQuery(q, tr("Saving the kind of event")); !s)
        return s.error();
    if (q->numRowsAffected() != 1)
        return conflictError(kind.name());
    kind.rowVersion += 1;
    m_db.notifier()->rowChanged(Entity::EventKind, ChangeKind::Changed, kind.id);
    m_db.notifier()->entityReset(Entity::Event); // kind names show in the event list
    if (Status s = tx.commit(); !s)
        return s.error();
    return kind;
}

Status EventKindRepository::remove(qint64 id, qint64 expectedRowVersion)
{
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    CachedQuery used(m_db, QStringLiteral("SELECT count(*) FROM events WHERE kind_id = ?"));
    used->addBindValue(id);
    if (Status s = execQuery(used, tr("Checking the kind of event")); !s)
        return s;
    used->next();
    if (const int n = used->value(0).toInt(); n > 0)
        return Error(Error::Code::Validation, tr("%n event(s) are of this kind; give them another kind first.", nullptr, n));
    used->finish();
    CachedQuery q(m_db, QStringLiteral("DELETE FROM event_kinds WHERE id = ? AND row_version = ?"));
    q->addBindValue(id);
    q->addBindValue(expectedRowVersion);
    if (Status s = execQuery(q, tr("Deleting the kind of event")); !s)
        return s;
    if (q->numRowsAffected() != 1)
        return conflictError(tr("The kind of event"));
    m_db.notifier()->rowChanged(Entity::EventKind, ChangeKind::Removed, id);
    return tx.commit();
}

// --- events --------------------------------------------------------------

Result<QList<EventListItem>> EventRepository::query(const QString &where, const QVariantList &values) const
{
    CachedQuery q(m_db, QStringLiteral(
        "SELECT %1, %2 FROM events e JOIN event_kinds k ON k.id = e.kind_id "
        "LEFT JOIN organisations o ON o.id = e.funder_id %3 "
        "ORDER BY e.start_date, e.start_time IS NOT NULL, e.start_time, e.title_key, e.id")
        .arg(QLatin1String(EventColumns), QLatin1String(CountColumns), where));
    for (const QVariant &v : values)
        q->addBindValue(v);
    if (Status s = execQuery(q, tr("Reading events")); !s)
        return s.error();
    QList<EventListItem> list;
    constexpr int c = 30;
    while (q->next()) {
        EventListItem item;
        item.event = readEvent(*q);
        item.counts.registered = q->value(c).toInt();
        item.counts.waitlisted = q->value(c + 1).toInt();
        item.counts.cancelled = q->value(c + 2).toInt();
        item.counts.attended = q->value(c + 3).toInt();
        item.counts.noShow = q->value(c + 4).toInt();
        list.append(item);
    }
    return list;
}

Result<QList<EventListItem>> EventRepository::list(const EventFilter &filter) const
{
    QStringList conditions;
    QVariantList values;
    if (filter.year) {
        // Events that touch the year: an event over New Year belongs to both.
        conditions << QStringLiteral("e.start_date <= ? AND COALESCE(e.end_date, e.start_date) >= ?");
        values << toDbDate(QDate(*filter.year, 12, 31)) << toDbDate(QDate(*filter.year, 1, 1));
    }
    if (filter.kindId) {
        conditions << QStringLiteral("e.kind_id = ?");
        values << *filter.kindId;
    }
    if (filter.audience) {
        conditions << QStringLiteral("e.audience = ?");
        values << audienceKey(*filter.audience);
    }
    if (filter.role) {
        conditions << QStringLiteral("e.role = ?");
        values << roleKey(*filter.role);
    }
    return query(conditions.isEmpty() ? QString() : QStringLiteral("WHERE ") + conditions.join(QLatin1String(" AND ")), values);
}

Result<EventListItem> EventRepository::listItem(qint64 id) const
{
    auto list = query(QStringLiteral("WHERE e.id = ?"), {id});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error(Error::Code::NotFound, tr("The event no longer exists."));
    return list->first();
}

Result<Event> EventRepository::byId(qint64 id) const
{
    auto item = listItem(id);
    if (!item)
        return item.error();
    return item->event;
}

Result<Event> EventRepository::byUuid(const QUuid &uuid) const
{
    auto list = query(QStringLiteral("WHERE e.uuid = ?"), {uuidToDb(uuid)});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error(Error::Code::NotFound, tr("There is no event with the UUID %1.").arg(uuidToDb(uuid)));
    return list->first().event;
}

Result<QList<Event>> EventRepository::byTitle(const QString &title) const
{
    auto list = query(QStringLiteral("WHERE e.title_key = ?"), {foldKey(title.simplified())});
    if (!list)
        return list.error();
    QList<Event> events;
    for (const EventListItem &item : std::as_const(*list))
        events << item.event;
    return events;
}

Result<Event> EventRepository::resolve(const QString &uuidOrTitle) const
{
    const QUuid uuid = QUuid::fromString(uuidOrTitle.trimmed());
    if (!uuid.isNull())
        return byUuid(uuid);
    auto events = byTitle(uuidOrTitle);
    if (!events)
        return events.error();
    if (events->isEmpty())
        return Error(Error::Code::NotFound, tr("There is no event titled \"%1\".").arg(uuidOrTitle));
    if (events->size() > 1)
        return Error(Error::Code::Validation, tr("%1 events are titled \"%2\"; name the event by its UUID.").arg(events->size()).arg(uuidOrTitle));
    return events->first();
}

Result<QList<int>> EventRepository::yearsToChoose(const QDate &today) const
{
    auto found = years();
    if (!found)
        return found.error();
    QList<int> list = *found;
    if (!list.contains(today.year()))
        list << today.year();
    std::sort(list.begin(), list.end(), std::greater<int>());
    return list;
}

Result<QList<int>> EventRepository::years() const
{
    CachedQuery q(m_db, QStringLiteral("SELECT DISTINCT %1 FROM events ORDER BY 1 DESC").arg(m_db.dialect().yearOf(QStringLiteral("start_date"))));
    if (Status s = execQuery(q, tr("Reading events")); !s)
        return s.error();
    QList<int> years;
    while (q->next())
        years << q->value(0).toInt();
    return years;
}

Result<Event> EventRepository::create(Event e)
{
    normalise(e);
    if (const FieldErrors errors = validate(e); !errors.isEmpty())
        return validationError(errors);
    if (e.uuid.isNull())
        e.uuid = QUuid::createUuid();
    e.createdAt = e.updatedAt = nowUtc();
    e.rowVersion = 1;
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    CachedQuery q(m_db, QStringLiteral(
        "INSERT INTO events (title, title_key, kind_id, assembly_number, start_date, start_time, end_date, end_time, format, city, "
        "venue, audience, role, partners, funder_id, project_name, capacity, registration_open, reported_participants, "
        "documentation_url, documentation_members_only, notes, uuid, created_at, updated_at, row_version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    bindEventValues(*q, e);
    q->addBindValue(uuidToDb(e.uuid));
    q->addBindValue(toDbTimestamp(e.createdAt));
    q->addBindValue(toDbTimestamp(e.updatedAt));
    q->addBindValue(e.rowVersion);
    if (Status s = execQuery(q, tr("Saving the event")); !s)
        return s.error();
    q->next();
    e.id = q->value(0).toLongLong();
    q->finish();
    m_db.notifier()->rowChanged(Entity::Event, ChangeKind::Added, e.id);
    if (Status s = tx.commit(); !s)
        return s.error();
    auto read = byId(e.id);
    return read ? read.value() : e;
}

Result<Event> EventRepository::update(const Event &input)
{
    Event e = input;
    normalise(e);
    if (const FieldErrors errors = validate(e); !errors.isEmpty())
        return validationError(errors);
    e.updatedAt = nowUtc();
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    CachedQuery q(m_db, QStringLiteral(
        "UPDATE events SET title = ?, title_key = ?, kind_id = ?, assembly_number = ?, start_date = ?, start_time = ?, "
        "end_date = ?, end_time = ?, format = ?, city = ?, venue = ?, audience = ?, role = ?, partners = ?, funder_id = ?, "
        "project_name = ?, capacity = ?, registration_open = ?, reported_participants = ?, documentation_url = ?, "
        "documentation_members_only = ?, notes = ?, updated_at = ?, row_version = row_version + 1 "
        "WHERE id = ? AND row_version = ?"));
    bindEventValues(*q, e);
    q->addBindValue(toDbTimestamp(e.updatedAt));
    q->addBindValue(e.id);
    q->addBindValue(e.rowVersion);
    if (Status s = execQuery(q, tr("Saving the event")); !s)
        return s.error();
    if (q->numRowsAffected() != 1)
        return conflictError(e.title);
    m_db.notifier()->rowChanged(Entity::Event, ChangeKind::Changed, e.id);
    if (Status s = tx.commit(); !s)
        return s.error();
    auto read = byId(e.id);
    if (read)
        return read.value();
    e.rowVersion += 1;
    return e;
}

Status EventRepository::remove(qint64 id, qint64 expectedRowVersion)
{
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    CachedQuery q(m_db, QStringLiteral("DELETE FROM events WHERE id = ? AND row_version = ?"));
    q->addBindValue(id);
    q->addBindValue(expectedRowVersion);
    if (Status s = execQuery(q, tr("Deleting the event")); !s)
        return s;
    if (q->numRowsAffected() != 1)
        return conflictError(tr("The event"));
    m_db.notifier()->rowChanged(Entity::Event, ChangeKind::Removed, id);
    m_db.notifier()->entityReset(Entity::Registration);
    return tx.commit();
}

Result<RegistrationCounts> EventRepository::counts(qint64 eventId) const
{
    CachedQuery q(m_db, QStringLiteral("SELECT status, count(*) FROM registrations WHERE event_id = ? GROUP BY status"));
    q->addBindValue(eventId);
    if (Status s = execQuery(q, tr("Counting registrations")); !s)
        return s.error();
    RegistrationCounts c;
    while (q->next()) {
        const int n = q->value(1).toInt();
        switch (parseStatus(q->value(0).toString()).value_or(RegistrationStatus::Registered)) {
        case RegistrationStatus::Registered: c.registered = n; break;
        case RegistrationStatus::Waitlisted: c.waitlisted = n; break;
        case RegistrationStatus::Cancelled: c.cancelled = n; break;
        case RegistrationStatus::Attended: c.attended = n; break;
        case RegistrationStatus::NoShow: c.noShow = n; break;
        }
    }
    return c;
}

} // namespace fd
