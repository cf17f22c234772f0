// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Every edit a user can make, as one function each (after Subsurface's
// commands/command.h). Widgets call these; they never create undo commands
// themselves, so an edit cannot forget its undo. Each function runs the edit
// at once (saved in one transaction) and returns whether it worked.

#include "common/result.h"
#include "events/event.h"
#include "events/registrationrepository.h"
#include "events/packmerger.h"
#include "events/sitepack.h"
#include "members/organisation.h"
#include "office/officeprofile.h"
#include "people/person.h"

#include <QList>

namespace fd {

class CsvImporter;
class Session;
struct ImportReport;

namespace commands {

// Members and other organisations.
Result<qint64> addOrganisation(Session &session, const Organisation &organisation);
Status editOrganisation(Session &session, const Organisation &before, const Organisation &after);
Status deleteOrganisations(Session &session, const QList<Organisation> &organisations);

// Fees.
Result<qint64> addFee(Session &session, const MembershipFee &fee);
Status editFee(Session &session, const MembershipFee &before, const MembershipFee &after);
Status deleteFee(Session &session, const MembershipFee &fee);

// What the person editor saves in one step.
struct PersonChange {
    Person before;                // id 0: a new person
    Person after;
    Affiliation currentBefore;    // id 0: none
    Affiliation currentAfter;     // organisationId 0 and no new organisation: none (ends currentBefore today)
    QString newOrganisationName;  // create this organisation (not a member) and link to it
};
Result<qint64> savePerson(Session &session, const PersonChange &change);
Status deletePeople(Session &session, const QList<Person> &people);

// Affiliations (the history of where a person works).
Result<qint64> addAffiliation(Session &session, const Affiliation &affiliation);
Status editAffiliation(Session &session, const Affiliation &before, const Affiliation &after);
Status deleteAffiliation(Session &session, const Affiliation &affiliation);
// A new position: the current one ends the day before `next` starts.
Status changePosition(Session &session, const Affiliation &current, const Affiliation &next);

// The office's details (certificates, the annual report).
Status editOfficeProfile(Session &session, const OfficeProfile &before, const OfficeProfile &after);

// Put an import the worker has written (ImportReport::createdIds) on the undo
// stack as one step: undo deletes what it created, redo puts it back.
Status recordImport(Session &session, const QString &kind, const ImportReport &report);

// Events and their kinds (commands/eventcommands.cpp).
Result<qint64> addEvent(Session &session, const Event &event);
Status editEvent(Session &session, const Event &before, const Event &after);
Status deleteEvents(Session &session, const QList<Event> &events);
Result<qint64> addEventKind(Session &session, const EventKind &kind);
Status editEventKind(Session &session, const EventKind &before, const EventKind &after);
Status deleteEventKind(Session &session, const EventKind &kind);
// Two kinds swap their places in the list: one step.
Status swapEventKinds(Session &session, const EventKind &first, const EventKind &second);

// Registrations: each is one step to undo, waitlist promotions included.
Result<RegistrationOutcome> registerPerson(Session &session, const RegistrationRequest &request);
// Someone who is not in the database yet: the person (with their organisation,
// or a new one by name) and the registration, in one step.
struct NewPerson {
    Person person;
    qint64 organisationId = 0;
    QString newOrganisationName;
    QString jobTitle;
};
Result<RegistrationOutcome> registerNewPerson(Session &session, const NewPerson &person, RegistrationRequest request);
Result<StatusChange> setRegistrationStatus(Session &session, const Registration &registration, RegistrationStatus status,
                                           Promotion promotion);
Result<Registration> editRegistration(Session &session, const Registration &before, const Registration &after);
Status deleteRegistrations(Session &session, qint64 eventId, const QList<Registration> &registrations);
Result<QList<Registration>> promoteWaitlisted(Session &session, qint64 eventId);

// Merge an on-site pack (analysed with PackMerger::analyse) as one undoable step.
Result<MergeReport> mergePack(Session &session, const MergePlan &plan, const QHash<QString, MergeChoice> &choices);

} // namespace commands
} // namespace fd
