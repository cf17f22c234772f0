// SPDX-License-Identifier: GPL-3.0-or-later
// The facade's event and registration actions (declared in command.h).
#include "command.h"

#include "app/session.h"
#include "commands/dbcommand.h"
#include "db/database.h"
#include "events/eventrepository.h"
#include "members/organisationrepository.h"
#include "people/personrepository.h"
#include "people/positions.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace fd::commands {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Commands)
};


std::unique_ptr<ScopeCommand> registrationScope(Session &session, const QString &text, qint64 eventId, ScopeCommand::Operation op)
{
    return std::make_unique<ScopeCommand>(session, text, QStringLiteral("registrations"), QStringLiteral("event_id"), eventId, std::move(op));
}

// Undo of a pack merge: the event's registrations, the people it changed and
// created (with their affiliations), organisations created on site, and the
// ledger that remembers the merge, so that the pack can be merged again.
class MergePackCommand : public DbCommand
{
public:
    MergePackCommand(Session &session, const MergePlan &plan, const QHash<QString, MergeChoice> &choices,
                     std::shared_ptr<MergeReport> report)
        : DbCommand(session, Text::tr("Merge on-site pack \"%1\"").arg(plan.info.eventTitle)), m_plan(plan), m_choices(choices),
          m_report(std::move(report))
    {
    }

    Status apply() override
    {
        Database &db = m_session.db();
        if (m_done)
            return reapply(db);
        PackMerger merger(db);
        auto registrations = captureScope(db, QStringLiteral("registrations"), QStringLiteral("event_id"), m_plan.eventId);
        auto ledger = merger.ledger(m_plan.info.packUuid);
        if (!registrations)
            return registrations.error();
        if (!ledger)
            return ledger.error();
        m_registrationsBefore = *registrations;
        m_ledgerBefore = *ledger;
        for (const MergePlan::Row &row : m_plan.updates) {
            if (row.table != QLatin1String("people"))
                continue;
            auto rows = captureScope(db, QStringLiteral("people"), QStringLiteral("id"), row.officeId);
            if (!rows)
                return rows.error();
            if (!rows->isEmpty())
                m_peopleBefore.insert(row.officeId, rows->first());
        }
        auto report = merger.apply(m_plan, m_choices);
        if (!report)
            return report.error();
        *m_report = *report;
        auto after = captureScope(db, QStringLiteral("registrations"), QStringLiteral("event_id"), m_plan.eventId);
        auto ledgerAfter = merger.ledger(m_plan.info.packUuid);
        auto people = captureRows(db, QStringLiteral("people"), report->createdPersonIds);
        auto organisations = captureRows(db, QStringLiteral("organisations"), report->createdOrganisationIds);
        if (!after || !ledgerAfter || !people || !organisations)
            return Error(Error::Code::Database, Text::tr("The merge could not be recorded for undo."));
        m_registrationsAfter = *after;
        m_ledgerAfter = *ledgerAfter;
        // Registrations belong to the event's scope; keep each row in one snapshot only.
        m_createdPeople = only(*people, {QStringLiteral("people"), QStringLiteral("affiliations")});
        m_createdOrganisations = only(*organisations, {QStringLiteral("organisations")});
        for (auto it = m_peopleBefore.cbegin(); it != m_peopleBefore.cend(); ++it) {
            auto rows = captureScope(db, QStringLiteral("people"), QStringLiteral("id"), it.key());
            if (!rows)
                return rows.error();
            m_peopleAfter.insert(it.key(), rows->value(0));
        }
        m_done = true;
        return {};
    }

    Status revert() override
    {
        Database &db = m_session.db();
        if (Status s = replaceScope(db, QStringLiteral("registrations"), QStringLiteral("event_id"), m_plan.eventId, m_registrationsAfter,
                                    m_registrationsBefore);
            !s)
            return s;
        for (auto it = m_peopleBefore.cbegin(); it != m_peopleBefore.cend(); ++it) {
            if (Status s = replaceScope(db, QStringLiteral("people"), QStringLiteral("id"), it.key(), {m_peopleAfter.value(it.key())}, {it.value()});
                !s)
                return s;
        }
        if (Status s = deleteRows(db, m_createdPeople); !s)
            return s;
        if (Status s = deleteRows(db, m_createdOrganisations); !s)
            return s;
        return PackMerger(db).replaceLedger(m_plan.info.packUuid, m_ledgerBefore);
    }

private:
    Status reapply(Database &db)
    {
        if (Status s = restoreRows(db, m_createdOrganisations); !s)
            return s;
        if (Status s = restoreRows(db, m_createdPeople); !s)
            return s;
        for (auto it = m_peopleBefore.cbegin(); it != m_peopleBefore.cend(); ++it) {
            if (Status s = replaceScope(db, QStringLiteral("people"), QStringLiteral("id"), it.key(), {it.value()}, {m_peopleAfter.value(it.key())});
                !s)
                return s;
        }
        if (Status s = replaceScope(db, QStringLiteral("registrations"), QStringLiteral("event_id"), m_plan.eventId, m_registrationsBefore,
                                    m_registrationsAfter);
            !s)
            return s;
        return PackMerger(db).replaceLedger(m_plan.info.packUuid, m_ledgerAfter);
    }

    static RowSnapshot only(const RowSnapshot &snapshot, const QStringList &tables)
    {
        RowSnapshot out;
        for (const RowSnapshot::Table &t : snapshot.tables) {
            if (tables.contains(t.name))
                out.tables << t;
        }
        return out;
    }

    MergePlan m_plan;
    QHash<QString, MergeChoice> m_choices;
    std::shared_ptr<MergeReport> m_report;
    bool m_done = false;
    QList<QVariantMap> m_registrationsBefore, m_registrationsAfter, m_ledgerBefore, m_ledgerAfter;
    QMap<qint64, QVariantMap> m_peopleBefore, m_peopleAfter;
    RowSnapshot m_createdPeople;
    RowSnapshot m_createdOrganisations;
};

} // namespace

Result<qint64> addEvent(Session &session, const Event &event)
{
    return pushCreate(session, std::make_unique<CreateRowsCommand>(session, Text::tr("Add %1").arg(event.title), QStringLiteral("events"),
                                                                   [&session, event]() -> Result<qint64> {
                                                                       auto created = EventRepository(session.db()).create(event);
                                                                       if (!created)
                                                                           return created.error();
                                                                       return created->id;
                                                                   }));
}

Status editEvent(Session &session, const Event &before, const Event &after)
{
    if (before.sameContent(after))
        return {};
    auto edit = std::make_unique<EditCommand<Event>>(session, Text::tr("Edit %1").arg(after.title), before, after,
                                                     [&session](const Event &e) { return EventRepository(session.db()).update(e); });
    edit->setReload([&session, id = after.id] { return EventRepository(session.db()).byId(id); });
    if (changesOnlyNotes(before, after))
        edit->mergeWhileTyping(QStringLiteral("notes"), after.id);
    edit->setFocus(Entity::Event, after.id);
    return pushCommand(session, std::move(edit));
}

Status deleteEvents(Session &session, const QList<Event> &events)
{
    if (events.isEmpty())
        return {};
    QList<qint64> ids;
    for (const Event &e : events)
        ids << e.id;
    const QString text = events.size() == 1 ? Text::tr("Delete %1").arg(events.first().title)
                                            : Text::tr("Delete %n event(s)", nullptr, events.size());
    return pushCommand(session, std::make_unique<DeleteRowsCommand>(session, text, QStringLiteral("events"), ids));
}

Result<qint64> addEventKind(Session &session, const EventKind &kind)
{
    return pushCreate(session, std::make_unique<CreateRowsCommand>(session, Text::tr("Add kind %1").arg(kind.name()), QStringLiteral("event_kinds"),
                                                                   [&session, kind]() -> Result<qint64> {
                                                                       auto created = EventKindRepository(session.db()).create(kind);
                                                                       if (!created)
                                                                           return created.error();
                                                                       return created->id;
                                                                   }));
}

Status editEventKind(Session &session, const EventKind &before, const EventKind &after)
{
    if (before.sameContent(after))
        return {};
    return pushCommand(session, std::make_unique<EditCommand<EventKind>>(session, Text::tr("Rename kind %1").arg(before.name()), before, after,
                                                                  [&session](const EventKind &k) { return EventKindRepository(session.db()).update(k); }));
}

Status swapEventKinds(Session &session, const EventKind &first, const EventKind &second)
{
    EventKind a = first, b = second;
    a.sortOrder = second.sortOrder;
    b.sortOrder = first.sortOrder;
    if (a.sortOrder == b.sortOrder)
        a.sortOrder += first.sortOrder < second.sortOrder ? 1 : -1;
    auto composite = std::make_unique<CompositeCommand>(session, Text::tr("Move kind %1").arg(first.name()));
    auto save = [&session](const EventKind &k) { return EventKindRepository(session.db()).update(k); };
    composite->add(std::make_unique<EditCommand<EventKind>>(session, QString(), first, a, save));
    composite->add(std::make_unique<EditCommand<EventKind>>(session, QString(), second, b, save));
    return pushCommand(session, std::move(composite));
}

Status deleteEventKind(Session &session, const EventKind &kind)
{
    // The repository refuses kinds in use; ask it first for a clear message.
    struct DeleteKind : DbCommand {
        DeleteKind(Session &s, const EventKind &k) : DbCommand(s, Text::tr("Delete kind %1").arg(k.name())), m_kind(k) {}
        Status apply() override
        {
            auto snapshot = captureRows(m_session.db(), QStringLiteral("event_kinds"), {m_kind.id});
            if (!snapshot)
                return snapshot.error();
            m_snapshot = *snapshot;
            return EventKindRepository(m_session.db()).remove(m_kind.id, m_kind.rowVersion);
        }
        Status revert() override { return restoreRows(m_session.db(), m_snapshot); }
        EventKind m_kind;
        RowSnapshot m_snapshot;
    };
    return pushCommand(session, std::make_unique<DeleteKind>(session, kind));
}

Result<RegistrationOutcome> registerPerson(Session &session, const RegistrationRequest &request)
{
    auto outcome = std::make_shared<RegistrationOutcome>();
    auto person = PersonRepository(session.db()).byId(request.personId);
    const QString name = person ? person->fullName() : QString();
    Status s = pushCommand(session, registrationScope(session, Text::tr("Register %1").arg(name), request.eventId,
                                               [&session, request, outcome]() -> Status {
                                                   auto added = RegistrationRepository(session.db()).add(request);
                                                   if (!added)
                                                       return added.error();
                                                   *outcome = *added;
                                                   return {};
                                               }));
    if (!s)
        return s.error();
    return *outcome;
}

Result<RegistrationOutcome> registerNewPerson(Session &session, const NewPerson &newPerson, RegistrationRequest request)
{
    auto outcome = std::make_shared<RegistrationOutcome>();
    auto composite = std::make_unique<CompositeCommand>(session, Text::tr("Register %1").arg(newPerson.person.fullName()));
    CreateRowsCommand *org = nullptr;
    if (!newPerson.newOrganisationName.trimmed().isEmpty()) {
        Organisation o;
        o.name = newPerson.newOrganisationName.trimmed();
        o.kind = OrganisationKind::Organisation;
        org = composite->add(std::make_unique<CreateRowsCommand>(session, QString(), QStringLiteral("organisations"),
                                                                 [&session, o]() -> Result<qint64> {
                                                                     auto created = OrganisationRepository(session.db()).create(o);
                                                                     if (!created)
                                                                         return created.error();
                                                                     return created->id;
                                                                 }));
    }
    CreateRowsCommand *person = composite->add(std::make_unique<CreateRowsCommand>(
        session, QString(), QStringLiteral("people"), [&session, newPerson, org]() -> Result<qint64> {
            PersonRepository repo(session.db());
            auto created = repo.create(newPerson.person);
            if (!created)
                return created.error();
            const qint64 orgId = org ? org->createdId() : newPerson.organisationId;
            if (orgId > 0) {
                Affiliation a;
                a.personId = created->id;
                a.organisationId = orgId;
                a.jobTitle = newPerson.jobTitle;
                // Undone with the person (their positions go with them).
                if (auto written = Positions(session.db()).setOrganisation(Affiliation(), a); !written)
                    return written.error();
            }
            return created->id;
        }));
    composite->add(registrationScope(session, QString(), request.eventId, [&session, request, person, outcome]() mutable -> Status {
        request.personId = person->createdId();
        auto added = RegistrationRepository(session.db()).add(request);
        if (!added)
            return added.error();
        *outcome = *added;
        return {};
    }));
    composite->setFocus(Entity::Event, request.eventId);
    if (Status s = pushCommand(session, std::move(composite)); !s)
        return s.error();
    return *outcome;
}

Result<StatusChange> setRegistrationStatus(Session &session, const Registration &registration, RegistrationStatus status, Promotion promotion)
{
    auto change = std::make_shared<StatusChange>();
    const QString text = status == RegistrationStatus::Attended ? Text::tr("Check in %1").arg(registration.personName)
                         : status == RegistrationStatus::Cancelled ? Text::tr("Cancel %1").arg(registration.personName)
                                                                   : Text::tr("%1: %2").arg(registration.personName, statusLabel(status));
    Status s = pushCommand(session, registrationScope(session, text, registration.eventId, [&session, registration, status, promotion, change]() -> Status {
                        auto result = RegistrationRepository(session.db()).setStatus(registration.id, registration.rowVersion, status, promotion);
                        if (!result)
                            return result.error();
                        *change = *result;
                        return {};
                    }));
    if (!s)
        return s.error();
    return *change;
}

Result<Registration> editRegistration(Session &session, const Registration &before, const Registration &after)
{
    if (before.sameContent(after))
        return before;
    auto saved = std::make_shared<Registration>();
    Status s = pushCommand(session, registrationScope(session, Text::tr("Edit registration of %1").arg(before.personName), before.eventId,
                                               [&session, after, saved]() -> Status {
                                                   auto result = RegistrationRepository(session.db()).update(after);
                                                   if (!result)
                                                       return result.error();
                                                   *saved = *result;
                                                   return {};
                                               }));
    if (!s)
        return s.error();
    return *saved;
}

Status deleteRegistrations(Session &session, qint64 eventId, const QList<Registration> &registrations)
{
    if (registrations.isEmpty())
        return {};
    const QString text = registrations.size() == 1 ? Text::tr("Delete registration of %1").arg(registrations.first().personName)
                                                   : Text::tr("Delete %n registration(s)", nullptr, registrations.size());
    return pushCommand(session, registrationScope(session, text, eventId, [&session, registrations]() -> Status {
                    RegistrationRepository repo(session.db());
                    // Entries made by mistake: their places go to the waitlist, in order.
                    for (const Registration &r : registrations) {
                        if (auto removed = repo.remove(r.id, r.rowVersion); !removed)
                            return removed.error();
                    }
                    return {};
                }));
}

Result<QList<Registration>> promoteWaitlisted(Session &session, qint64 eventId)
{
    auto promoted = std::make_shared<QList<Registration>>();
    Status s = pushCommand(session, registrationScope(session, Text::tr("Move up from the waitlist"), eventId, [&session, eventId, promoted]() -> Status {
                        auto result = RegistrationRepository(session.db()).promoteWaitlisted(eventId);
                        if (!result)
                            return result.error();
                        *promoted = *result;
                        return {};
                    }));
    if (!s)
        return s.error();
    return *promoted;
}

Result<MergeReport> mergePack(Session &session, const MergePlan &plan, const QHash<QString, MergeChoice> &choices)
{
    auto report = std::make_shared<MergeReport>();
    if (Status s = pushCommand(session, std::make_unique<MergePackCommand>(session, plan, choices, report)); !s)
        return s.error();
    return *report;
}

} // namespace fd::commands
