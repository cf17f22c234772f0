// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include "app/session.h"
#include "db/tables.h"
#include "commands/dbcommand.h"
#include "commands/positioncommand.h"
#include "csv/csvimport.h"
#include "members/organisationrepository.h"
#include "db/rowsnapshot.h"
#include "events/peopledeletion.h"
#include "people/personrepository.h"
#include "people/positions.h"


#include <QCoreApplication>
#include <QUndoStack>

namespace fd::commands {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Commands)
};

// Deletes people through the core rule (PeopleDeletion: their places go to
// the waitlists) and records what it did: the people with everything that
// hangs off them, and the registrations of the events whose waitlists moved.
class DeletePeopleCommand : public DbCommand
{
public:
    DeletePeopleCommand(Session &session, const QString &text, const QList<qint64> &ids) : DbCommand(session, text), m_ids(ids) {}

    Status apply() override
    {
        Database &db = m_session.db();
        if (m_done) {
            if (Status s = deleteRows(db, m_people); !s)
                return s;
            for (const Scope &scope : std::as_const(m_scopes)) {
                if (Status s = replaceScope(db, Registrations, EventId, scope.eventId, scope.before, scope.after); !s)
                    return s;
            }
            return {};
        }
        auto people = captureRows(db, QStringLiteral("people"), m_ids);
        if (!people)
            return people.error();
        PeopleDeletion deletion(db);
        auto events = deletion.eventsWithFreedPlaces(m_ids);
        if (!events)
            return events.error();
        QList<Scope> scopes;
        for (qint64 eventId : std::as_const(*events)) {
            auto rows = captureScope(db, Registrations, EventId, eventId);
            if (!rows)
                return rows.error();
            // What the event holds once the people are gone and before anyone moves up:
            // undo puts the people back with their own registrations (restoreRows).
            Scope scope{eventId, {}, {}};
            for (const QVariantMap &row : std::as_const(*rows)) {
                if (!m_ids.contains(row.value(QStringLiteral("person_id")).toLongLong()))
                    scope.before << row;
            }
            scopes << scope;
        }
        QList<Person> toDelete;
        for (const RowSnapshot::Table &table : std::as_const(people->tables)) {
            if (table.name != QLatin1String("people"))
                continue;
            for (const QVariantMap &row : table.rows) {
                Person p;
                p.id = row.value(QStringLiteral("id")).toLongLong();
                p.rowVersion = row.value(QStringLiteral("row_version")).toLongLong();
                toDelete << p;
            }
        }
        auto deleted = deletion.remove(toDelete);
        if (!deleted)
            return deleted.error();
        for (Scope &scope : scopes) {
            auto after = captureScope(db, Registrations, EventId, scope.eventId);
            if (!after)
                return after.error();
            scope.after = *after;
        }
        m_people = *people;
        m_scopes = scopes;
        m_done = true;
        return {};
    }

    Status revert() override
    {
        Database &db = m_session.db();
        for (auto it = m_scopes.crbegin(); it != m_scopes.crend(); ++it) {
            if (Status s = replaceScope(db, Registrations, EventId, it->eventId, it->after, it->before); !s)
                return s;
        }
        return restoreRows(db, m_people);
    }

private:
    struct Scope {
        qint64 eventId = 0;
        QList<QVariantMap> before;
        QList<QVariantMap> after;
    };
    const QString Registrations = QStringLiteral("registrations");
    const QString EventId = QStringLiteral("event_id");
    QList<qint64> m_ids;
    RowSnapshot m_people;
    QList<Scope> m_scopes;
    bool m_done = false;
};


} // namespace

Result<qint64> addOrganisation(Session &session, const Organisation &organisation)
{
    return pushCreate(session, std::make_unique<CreateRowsCommand>(
                                   session, Text::tr("Add %1").arg(organisation.name), QStringLiteral("organisations"),
                                   [&session, organisation]() -> Result<qint64> {
                                       auto created = OrganisationRepository(session.db()).create(organisation);
                                       if (!created)
                                           return created.error();
                                       return created->id;
                                   }));
}

Status editOrganisation(Session &session, const Organisation &before, const Organisation &after)
{
    if (before.sameContent(after))
        return {};
    auto edit = std::make_unique<EditCommand<Organisation>>(
        session, Text::tr("Edit %1").arg(after.name), before, after,
        [&session](const Organisation &o) { return OrganisationRepository(session.db()).update(o); });
    edit->setReload([&session, id = after.id] { return OrganisationRepository(session.db()).byId(id); });
    if (changesOnlyNotes(before, after))
        edit->mergeWhileTyping(QStringLiteral("notes"), after.id);
    edit->setFocus(Entity::Organisation, after.id);
    return pushCommand(session, std::move(edit));
}

Status deleteOrganisations(Session &session, const QList<Organisation> &organisations)
{
    if (organisations.isEmpty())
        return {};
    QList<qint64> ids;
    for (const Organisation &o : organisations)
        ids << o.id;
    const QString text = organisations.size() == 1 ? Text::tr("Delete %1").arg(organisations.first().name)
                                                   : Text::tr("Delete %n organisation(s)", nullptr, organisations.size());
    return pushCommand(session, std::make_unique<DeleteRowsCommand>(session, text, QStringLiteral("organisations"), ids));
}

Result<qint64> addFee(Session &session, const MembershipFee &fee)
{
    auto add = std::make_unique<CreateRowsCommand>(session, Text::tr("Add fee %1").arg(fee.year), QStringLiteral("membership_fees"),
                                                   [&session, fee]() -> Result<qint64> {
                                                       auto created = OrganisationRepository(session.db()).createFee(fee);
                                                       if (!created)
                                                           return created.error();
                                                       return created->id;
                                                   });
    add->setFocus(Entity::Organisation, fee.organisationId);
    return pushCreate(session, std::move(add));
}

Status editFee(Session &session, const MembershipFee &before, const MembershipFee &after)
{
    if (before.sameContent(after))
        return {};
    auto edit = std::make_unique<EditCommand<MembershipFee>>(
        session, Text::tr("Edit fee %1").arg(after.year), before, after,
        [&session](const MembershipFee &f) { return OrganisationRepository(session.db()).updateFee(f); });
    edit->setFocus(Entity::Organisation, after.organisationId);
    return pushCommand(session, std::move(edit));
}

Status deleteFee(Session &session, const MembershipFee &fee)
{
    auto remove = std::make_unique<DeleteRowsCommand>(session, Text::tr("Delete fee %1").arg(fee.year), QStringLiteral("membership_fees"),
                                                      QList<qint64>{fee.id});
    remove->setFocus(Entity::Organisation, fee.organisationId, DbCommand::FocusOn::Undo);
    return pushCommand(session, std::move(remove));
}

Result<qint64> savePerson(Session &session, const PersonChange &change)
{
    const bool isNew = change.before.id == 0;
    auto composite = std::make_unique<CompositeCommand>(
        session, isNew ? Text::tr("Add %1").arg(change.after.fullName()) : Text::tr("Edit %1").arg(change.after.fullName()));

    // 1. The organisation to link to, if it is new.
    CreateRowsCommand *newOrg = nullptr;
    if (!change.newOrganisationName.trimmed().isEmpty()) {
        Organisation o;
        o.name = change.newOrganisationName.trimmed();
        o.kind = OrganisationKind::Organisation;
        newOrg = composite->add(std::make_unique<CreateRowsCommand>(
            session, QString(), QStringLiteral("organisations"), [&session, o]() -> Result<qint64> {
                auto created = OrganisationRepository(session.db()).create(o);
                if (!created)
                    return created.error();
                return created->id;
            }));
    }

    // 2. Where they work now: core's rules (people/positions.h) decide; the
    // command (3.) records what they wrote.
    bool positionChanges = newOrg != nullptr;
    if (!positionChanges) {
        auto planned = Positions::planOrganisation(change.currentBefore, change.currentAfter);
        if (!planned)
            return planned.error();
        positionChanges = !planned->isEmpty();
    }

    // 3. The person.
    const qint64 existingId = change.before.id;
    CreateRowsCommand *created = nullptr;
    if (isNew) {
        created = composite->add(std::make_unique<CreateRowsCommand>(
            session, QString(), QStringLiteral("people"), [&session, p = change.after]() -> Result<qint64> {
                auto person = PersonRepository(session.db()).create(p);
                if (!person)
                    return person.error();
                return person->id;
            }));
    } else if (!change.before.sameContent(change.after)) {
        auto edit = std::make_unique<EditCommand<Person>>(
            session, composite->text(), change.before, change.after,
            [&session](const Person &p) { return PersonRepository(session.db()).update(p); });
        edit->setReload([&session, id = existingId] { return PersonRepository(session.db()).byId(id); });
        edit->setFocus(Entity::Person, existingId);
        if (composite->isEmpty() && !positionChanges) {
            // The person alone: a step of its own, which merges with the
            // previous one while the notes are being typed.
            if (changesOnlyNotes(change.before, change.after))
                edit->mergeWhileTyping(QStringLiteral("notes"), change.after.id);
            if (Status s = pushCommand(session, std::move(edit)); !s)
                return s.error();
            return existingId;
        }
        composite->add(std::move(edit));
    }
    if (created)
        composite->setFocusPart(created);
    else
        composite->setFocus(Entity::Person, existingId);
    auto personId = [created, existingId] { return created ? created->createdId() : existingId; };

    // 4. The change of position, once the ids of a new person and a new
    // organisation are known: when the command runs.
    if (positionChanges) {
        composite->add(std::make_unique<PositionCommand>(
            session, QString(), [&session, current = change.currentBefore, wanted = change.currentAfter, newOrg, personId] {
                Affiliation a = wanted;
                a.personId = personId();
                if (newOrg)
                    a.organisationId = newOrg->createdId();
                return Positions(session.db()).setOrganisation(current, a);
            }));
    }

    if (composite->isEmpty())
        return existingId;
    if (Status s = pushCommand(session, std::move(composite)); !s)
        return s.error();
    return created ? created->createdId() : existingId;
}

Status deletePeople(Session &session, const QList<Person> &people)
{
    if (people.isEmpty())
        return {};
    QList<qint64> ids;
    for (const Person &p : people)
        ids << p.id;
    const QString text = people.size() == 1 ? Text::tr("Delete %1").arg(people.first().fullName())
                                            : Text::tr("Delete %n person(s)", nullptr, people.size());
    // Their places at events go to the waitlists, in the same step (the rule is PeopleDeletion's).
    return pushCommand(session, std::make_unique<DeletePeopleCommand>(session, text, ids));
}

Result<qint64> addAffiliation(Session &session, const Affiliation &affiliation)
{
    auto add = std::make_unique<CreateRowsCommand>(session, Text::tr("Add position"), QStringLiteral("affiliations"),
                                                   [&session, affiliation]() -> Result<qint64> {
                                                       auto created = PersonRepository(session.db()).createAffiliation(affiliation);
                                                       if (!created)
                                                           return created.error();
                                                       return created->id;
                                                   });
    add->setFocus(Entity::Person, affiliation.personId);
    return pushCreate(session, std::move(add));
}

Status editAffiliation(Session &session, const Affiliation &before, const Affiliation &after)
{
    if (before.sameContent(after))
        return {};
    auto edit = std::make_unique<EditCommand<Affiliation>>(
        session, Text::tr("Edit position"), before, after,
        [&session](const Affiliation &a) { return PersonRepository(session.db()).updateAffiliation(a); });
    edit->setFocus(Entity::Person, after.personId);
    return pushCommand(session, std::move(edit));
}

Status deleteAffiliation(Session &session, const Affiliation &affiliation)
{
    auto remove = std::make_unique<DeleteRowsCommand>(session, Text::tr("Delete position"), QStringLiteral("affiliations"),
                                                      QList<qint64>{affiliation.id});
    remove->setFocus(Entity::Person, affiliation.personId, DbCommand::FocusOn::Undo);
    return pushCommand(session, std::move(remove));
}

Status changePosition(Session &session, const Affiliation &current, const Affiliation &next)
{
    auto change = std::make_unique<PositionCommand>(session, Text::tr("New position"), [&session, current, next] {
        return Positions(session.db()).newPosition(current, next);
    });
    change->setFocus(Entity::Person, next.personId);
    return pushCommand(session, std::move(change));
}

Status editOfficeProfile(Session &session, const OfficeProfile &before, const OfficeProfile &after)
{
    if (before.sameContent(after))
        return {};
    return pushCommand(session, std::make_unique<EditCommand<OfficeProfile>>(
                                    session, Text::tr("Change the office's details"), before, after,
                                    [&session](const OfficeProfile &p) { return OfficeProfileRepository(session.db()).save(p); }));
}

Status recordImport(Session &session, const QString &kind, const ImportReport &report)
{
    // Tables in the order they are filled, each before what refers to it;
    // undo deletes in reverse.
    // The declared order is that order.
    QStringList order;
    for (const Table *t : tables::all())
        order << t->name();
    QList<CreatedRows> rows;
    for (const QString &table : order) {
        if (report.createdIds.contains(table))
            rows.append({table, report.createdIds.value(table)});
    }
    for (auto it = report.createdIds.cbegin(); it != report.createdIds.cend(); ++it) {
        if (!order.contains(it.key()))
            return Error(Error::Code::Generic, QStringLiteral("recordImport: no undo order for table %1").arg(it.key()));
    }
    QString text;
    if (kind == QLatin1String("members"))
        text = Text::tr("Import %n member(s)", nullptr, report.rowsToCreate);
    else if (kind == QLatin1String("people"))
        text = Text::tr("Import %n contact(s)", nullptr, report.rowsToCreate);
    else if (kind == QLatin1String("events"))
        text = Text::tr("Import %n event(s)", nullptr, report.rowsToCreate);
    else
        text = Text::tr("Import %n registration(s)", nullptr, report.rowsToCreate);
    // Already written: the first redo only takes note of the rows.
    return pushCommand(session, std::make_unique<CreateRowsCommand>(session, text, [rows]() -> Result<QList<CreatedRows>> { return rows; }));
}

} // namespace fd::commands
