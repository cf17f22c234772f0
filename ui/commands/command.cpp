// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include "app/session.h"
#include "db/tables.h"
#include "commands/dbcommand.h"
#include "common/dates.h"
#include "csv/csvimport.h"
#include "members/organisationrepository.h"
#include "db/rowsnapshot.h"
#include "events/peopledeletion.h"
#include "people/personrepository.h"


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
    return pushCommand(session, std::make_unique<EditCommand<Organisation>>(
                             session, Text::tr("Edit %1").arg(after.name), before, after,
                             [&session](const Organisation &o) { return OrganisationRepository(session.db()).update(o); }));
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
    return pushCreate(session, std::make_unique<CreateRowsCommand>(
                                   session, Text::tr("Add fee %1").arg(fee.year), QStringLiteral("membership_fees"),
                                   [&session, fee]() -> Result<qint64> {
                                       auto created = OrganisationRepository(session.db()).createFee(fee);
                                       if (!created)
                                           return created.error();
                                       return created->id;
                                   }));
}

Status editFee(Session &session, const MembershipFee &before, const MembershipFee &after)
{
    if (before.sameContent(after))
        return {};
    return pushCommand(session, std::make_unique<EditCommand<MembershipFee>>(
                             session, Text::tr("Edit fee %1").arg(after.year), before, after,
                             [&session](const MembershipFee &f) { return OrganisationRepository(session.db()).updateFee(f); }));
}

Status deleteFee(Session &session, const MembershipFee &fee)
{
    return pushCommand(session, std::make_unique<DeleteRowsCommand>(session, Text::tr("Delete fee %1").arg(fee.year),
                                                             QStringLiteral("membership_fees"), QList<qint64>{fee.id}));
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

    // 2. The person.
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
        composite->add(std::make_unique<EditCommand<Person>>(
            session, QString(), change.before, change.after,
            [&session](const Person &p) { return PersonRepository(session.db()).update(p); }));
    }
    const qint64 existingId = change.before.id;
    auto personId = [created, existingId] { return created ? created->createdId() : existingId; };

    // 3. Where they work now.
    const bool wantsOrganisation = change.currentAfter.organisationId > 0 || newOrg;
    const bool hasCurrent = change.currentBefore.id > 0;
    if (wantsOrganisation && !hasCurrent) {
        composite->add(std::make_unique<CreateRowsCommand>(
            session, QString(), QStringLiteral("affiliations"),
            [&session, a = change.currentAfter, newOrg, personId]() -> Result<qint64> {
                Affiliation aff = a;
                aff.personId = personId();
                if (newOrg)
                    aff.organisationId = newOrg->createdId();
                auto created = PersonRepository(session.db()).createAffiliation(aff);
                if (!created)
                    return created.error();
                return created->id;
            }));
    } else if (wantsOrganisation && hasCurrent && (newOrg || change.currentAfter.organisationId != change.currentBefore.organisationId)
               && change.currentBefore.validFrom != fd::today()) {
        // Another organisation: a staff change. The old position ends yesterday and stays in the history;
        // the new one begins today. (A position begun today is simply corrected below.)
        const Affiliation ended = change.currentBefore.endedOn(fd::today().addDays(-1));
        composite->add(std::make_unique<EditCommand<Affiliation>>(
            session, QString(), change.currentBefore, ended,
            [&session](const Affiliation &a) { return PersonRepository(session.db()).updateAffiliation(a); }));
        composite->add(std::make_unique<CreateRowsCommand>(
            session, QString(), QStringLiteral("affiliations"),
            [&session, a = change.currentAfter, newOrg, personId]() -> Result<qint64> {
                Affiliation next = a;
                next.id = 0;
                next.uuid = QUuid();
                next.personId = personId();
                next.validFrom = fd::today();
                next.validUntil = QDate();
                if (newOrg)
                    next.organisationId = newOrg->createdId();
                auto created = PersonRepository(session.db()).createAffiliation(next);
                if (!created)
                    return created.error();
                return created->id;
            }));
    } else if (wantsOrganisation && hasCurrent) {
        if (newOrg || !change.currentBefore.sameContent(change.currentAfter)) {
            // The organisation id of a new organisation is known only when it exists.
            struct LateEdit : DbCommand {
                LateEdit(Session &s, Affiliation before, Affiliation after, CreateRowsCommand *org)
                    : DbCommand(s, QString()), m_before(before), m_after(after), m_org(org), m_version(before.rowVersion) {}
                Status apply() override { Affiliation a = m_after; if (m_org) a.organisationId = m_org->createdId(); return store(a); }
                Status revert() override { return store(m_before); }
                Status store(Affiliation a)
                {
                    a.rowVersion = m_version;
                    auto saved = PersonRepository(m_session.db()).updateAffiliation(a);
                    if (!saved)
                        return saved.error();
                    m_version = saved->rowVersion;
                    return {};
                }
                Affiliation m_before, m_after;
                CreateRowsCommand *m_org;
                qint64 m_version;
            };
            composite->add(std::make_unique<LateEdit>(session, change.currentBefore, change.currentAfter, newOrg));
        }
    } else if (!wantsOrganisation && hasCurrent) {
        // The organisation was cleared: the affiliation ends today; the history stays.
        const Affiliation ended = change.currentBefore.endedOn(fd::today());
        composite->add(std::make_unique<EditCommand<Affiliation>>(
            session, QString(), change.currentBefore, ended,
            [&session](const Affiliation &a) { return PersonRepository(session.db()).updateAffiliation(a); }));
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
    return pushCreate(session, std::make_unique<CreateRowsCommand>(
                                   session, Text::tr("Add position"), QStringLiteral("affiliations"),
                                   [&session, affiliation]() -> Result<qint64> {
                                       auto created = PersonRepository(session.db()).createAffiliation(affiliation);
                                       if (!created)
                                           return created.error();
                                       return created->id;
                                   }));
}

Status editAffiliation(Session &session, const Affiliation &before, const Affiliation &after)
{
    if (before.sameContent(after))
        return {};
    return pushCommand(session, std::make_unique<EditCommand<Affiliation>>(
                             session, Text::tr("Edit position"), before, after,
                             [&session](const Affiliation &a) { return PersonRepository(session.db()).updateAffiliation(a); }));
}

Status deleteAffiliation(Session &session, const Affiliation &affiliation)
{
    return pushCommand(session, std::make_unique<DeleteRowsCommand>(session, Text::tr("Delete position"), QStringLiteral("affiliations"),
                                                             QList<qint64>{affiliation.id}));
}

Status changePosition(Session &session, const Affiliation &current, const Affiliation &next)
{
    auto composite = std::make_unique<CompositeCommand>(session, Text::tr("New position"));
    if (current.id > 0) {
        // The positions follow each other: the new one cannot begin before the current one did.
        if (next.validFrom.isValid() && current.validFrom.isValid() && next.validFrom <= current.validFrom)
            return Error(Error::Code::Validation, Text::tr("The new position must begin after the current one began (%1).")
                                                      .arg(formatDate(current.validFrom)))
                .at(QString(), 0, QStringLiteral("valid_from"));
        const Affiliation ended = current.endedOn(next.validFrom.isValid() ? next.validFrom.addDays(-1) : fd::today());
        composite->add(std::make_unique<EditCommand<Affiliation>>(
            session, QString(), current, ended,
            [&session](const Affiliation &a) { return PersonRepository(session.db()).updateAffiliation(a); }));
    }
    composite->add(std::make_unique<CreateRowsCommand>(session, QString(), QStringLiteral("affiliations"),
                                                       [&session, next]() -> Result<qint64> {
                                                           auto created = PersonRepository(session.db()).createAffiliation(next);
                                                           if (!created)
                                                               return created.error();
                                                           return created->id;
                                                       }));
    return pushCommand(session, std::move(composite));
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
