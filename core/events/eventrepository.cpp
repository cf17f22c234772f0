// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventrepository.h"

#include "common/dates.h"
#include "common/textfold.h"
#include "db/database.h"
#include "db/notifier.h"
#include "db/record.h"
#include "db/tables.h"
#include "db/tablestore.h"
#include "db/sqlhelpers.h"
#include "db/transaction.h"
#include "records/recordkind.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace fd {

namespace {

using KindMap = RecordMap<EventKind>;
using EventMap = RecordMap<Event>;

const KindMap &kindMap()
{
    static const KindMap map = KindMap::record(tables::eventKinds(),
                             {KindMap::field("key", &EventKind::key),
                              KindMap::field("name_de", &EventKind::nameDe), KindMap::field("name_en", &EventKind::nameEn),
                              KindMap::field("sort_order", &EventKind::sortOrder)});
    return map;
}

EventKind readKind(const QSqlQuery &q)
{
    return kindMap().fromQuery(q);
}

// A key that is 0 when there is none, stored as NULL.
template<class V>
EventMap::Field zeroIsNull(const char *column, V Event::*member)
{
    return EventMap::custom(column, [member](const Event &e) { return e.*member > 0 ? QVariant(e.*member) : QVariant(QMetaType::fromType<V>()); },
                            [member](Event &e, const QVariant &v) { e.*member = v.isNull() ? 0 : v.value<V>(); });
}

EventFormat formatFromKey(const QString &key)
{
    return parseFormat(key).value_or(EventFormat::OnSite);
}

Audience audienceFromKey(const QString &key)
{
    return parseAudience(key).value_or(Audience::Members);
}

EventRole roleFromKey(const QString &key)
{
    return parseRole(key).value_or(EventRole::Organiser);
}

const EventMap &eventMap()
{
    static const EventMap map = EventMap::record(
        tables::events(),
        {EventMap::field("title", &Event::title),
         EventMap::field("kind_id", &Event::kindId), zeroIsNull("assembly_number", &Event::assemblyNumber),
         EventMap::field("start_date", &Event::startDate), EventMap::field("start_time", &Event::startTime),
         EventMap::field("end_date", &Event::endDate), EventMap::field("end_time", &Event::endTime),
         EventMap::keyed("format", &Event::format, formatKey, formatFromKey), EventMap::field("city", &Event::city),
         EventMap::field("venue", &Event::venue), EventMap::keyed("audience", &Event::audience, audienceKey, audienceFromKey),
         EventMap::keyed("role", &Event::role, roleKey, roleFromKey), EventMap::field("partners", &Event::partners),
         zeroIsNull("funder_id", &Event::funderId), EventMap::field("project_name", &Event::projectName),
         EventMap::field("capacity", &Event::capacity), EventMap::field("registration_open", &Event::registrationOpen),
         EventMap::field("reported_participants", &Event::reportedParticipants),
         EventMap::field("documentation_url", &Event::documentationUrl),
         EventMap::field("documentation_members_only", &Event::documentationMembersOnly), EventMap::field("notes", &Event::notes),
         zeroIsNull("project_id", &Event::projectId)});
    return map;
}

// The event's columns, then its kind's names and key, the funder's name and the project's title.
QString eventColumns()
{
    return eventMap().selectList(QStringLiteral("e"))
        + QStringLiteral(", k.name_de, k.name_en, k.key, o.name, (SELECT %1 FROM projects r WHERE r.id = e.project_id)")
              .arg(titleExpression(tables::projects()));
}
constexpr int ExtraColumns = 5; // after the event's own

// Counts per status, as extra columns of the event list.
const char *const CountColumns =
    "(SELECT count(*) FROM registrations r WHERE r.event_id = e.id AND r.status = 'registered'), "
    "(SELECT count(*) FROM registrations r WHERE r.event_id = e.id AND r.status = 'waitlisted'), "
    "(SELECT count(*) FROM registrations r WHERE r.event_id = e.id AND r.status = 'cancelled'), "
    "(SELECT count(*) FROM registrations r WHERE r.event_id = e.id AND r.status = 'attended'), "
    "(SELECT count(*) FROM registrations r WHERE r.event_id = e.id AND r.status = 'no_show')";

Event readEvent(const QSqlQuery &q)
{
    Event e = eventMap().fromQuery(q);
    const int o = eventMap().size();
    EventKind k;
    k.nameDe = q.value(o).toString();
    k.nameEn = q.value(o + 1).toString();
    e.kindName = k.name();
    e.kindKey = q.value(o + 2).toString();
    e.funderName = q.value(o + 3).toString();
    e.projectTitle = q.value(o + 4).toString();
    return e;
}

void normalise(Event &e)
{
    e.title = e.title.simplified();
    e.city = e.city.simplified();
    e.venue = e.venue.simplified();
    e.partners = e.partners.trimmed();
    // A project of the office's own is the link; a name beside it would be a second, stale one.
    e.projectName = e.projectId > 0 ? QString() : e.projectName.simplified();
    e.documentationUrl = e.documentationUrl.trimmed();
    if (e.endDate == e.startDate)
        e.endDate = QDate();
}

} // namespace

// --- kinds ---------------------------------------------------------------

Result<QList<EventKind>> EventKindRepository::all() const
{
    CachedQuery q(m_db, QStringLiteral("SELECT %1 FROM event_kinds ORDER BY sort_order, id").arg(kindMap().selectList()));
    if (Status s = execQuery(q, tr("Reading event kinds")); !s)
        return s.error();
    QList<EventKind> list;
    while (q->next())
        list.append(readKind(*q));
    return list;
}

Result<EventKind> EventKindRepository::byId(qint64 id) const
{
    CachedQuery q(m_db, QStringLiteral("SELECT %1 FROM event_kinds WHERE id = ?").arg(kindMap().selectList()));
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
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    if (auto existing = find(kind.nameDe); existing && existing->has_value())
        return Error(Error::Code::Duplicate, tr("There is already a kind of event named \"%1\".").arg(kind.nameDe));
    if (auto existing = find(kind.nameEn); existing && existing->has_value())
        return Error(Error::Code::Duplicate, tr("There is already a kind of event named \"%1\".").arg(kind.nameEn));
    auto stored = TableStore(m_db, tables::eventKinds()).insert(kindMap().toRow(kind));
    if (!stored)
        return stored.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return kindMap().fromRow(*stored);
}

Result<EventKind> EventKindRepository::update(const EventKind &input)
{
    EventKind kind = input;
    kind.nameDe = kind.nameDe.simplified();
    kind.nameEn = kind.nameEn.simplified();
    if (const FieldErrors errors = validate(kind); !errors.isEmpty())
        return validationError(errors);
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    for (const QString &name : {kind.nameDe, kind.nameEn}) {
        if (auto existing = find(name); existing && existing->has_value() && existing->value().id != kind.id)
            return Error(Error::Code::Duplicate, tr("There is already a kind of event named \"%1\".").arg(name));
    }
    auto stored = TableStore(m_db, tables::eventKinds()).update(kind.id, kind.rowVersion, kindMap().toRow(kind), kind.name());
    if (!stored)
        return stored.error();
    m_db.notifier()->entityReset(Entity::Event); // kind names show in the event list
    if (Status s = tx.commit(); !s)
        return s.error();
    return kindMap().fromRow(*stored);
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
    if (Status s = TableStore(m_db, tables::eventKinds()).remove(id, expectedRowVersion, tr("The kind of event")); !s)
        return s;
    return tx.commit();
}

// --- events --------------------------------------------------------------

Result<QList<EventListItem>> EventRepository::query(const QString &where, const QVariantList &values) const
{
    CachedQuery q(m_db, QStringLiteral(
        "SELECT %1, %2 FROM events e JOIN event_kinds k ON k.id = e.kind_id "
        "LEFT JOIN organisations o ON o.id = e.funder_id %3 "
        "ORDER BY e.start_date, e.start_time IS NOT NULL, e.start_time, e.title_key, e.id")
        .arg(eventColumns(), QLatin1String(CountColumns), where));
    for (const QVariant &v : values)
        q->addBindValue(v);
    if (Status s = execQuery(q, tr("Reading events")); !s)
        return s.error();
    QList<EventListItem> list;
    const int c = eventMap().size() + ExtraColumns;
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
    auto stored = TableStore(m_db, tables::events()).insert(eventMap().toRow(e));
    if (!stored)
        return stored.error();
    auto read = byId(stored->value(QStringLiteral("id")).toLongLong());
    return read ? read.value() : eventMap().fromRow(*stored);
}

Result<Event> EventRepository::update(const Event &input)
{
    Event e = input;
    normalise(e);
    if (const FieldErrors errors = validate(e); !errors.isEmpty())
        return validationError(errors);
    auto stored = TableStore(m_db, tables::events()).update(e.id, e.rowVersion, eventMap().toRow(e), e.title);
    if (!stored)
        return stored.error();
    auto read = byId(e.id);
    return read ? read.value() : eventMap().fromRow(*stored);
}

Status EventRepository::remove(qint64 id, qint64 expectedRowVersion)
{
    return TableStore(m_db, tables::events()).remove(id, expectedRowVersion, tr("The event"));
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
