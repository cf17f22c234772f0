// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "people/person.h"

#include <QCoreApplication>
#include <QList>

namespace fd {

class Database;

// One write of a change of position: an affiliation created, or one changed.
// What an undo command needs to take it back.
struct PositionStep {
    Affiliation before; // id 0: the step creates `after`
    Affiliation after;  // once written: with its id and row version
    bool creates() const { return before.id == 0; }
};

// The rules for where a person works (their positions, kept as affiliations),
// in one place: the person form, the "new position" dialog and the importers
// all go through them, so that a staff change is the same everywhere.
// Plans are pure (no database); the writes run in one transaction.
class Positions
{
    Q_DECLARE_TR_FUNCTIONS(Positions)
public:
    explicit Positions(Database &db) : m_db(db) {}

    // Where the person works now, as the person form sets it: `current` is
    // their current position (id 0: none), `wanted` the organisation
    // (organisationId 0: none) and job title they are to have.
    // - No current position: one is created as wanted.
    // - Another organisation: a staff change. The current position ends
    //   yesterday and stays in the history; the new one begins today. A
    //   position begun today is corrected instead (a slip, not a new job).
    // - The same organisation: the current position is corrected (job title).
    // - No organisation: the current position ends today; the history stays.
    static Result<QList<PositionStep>> planOrganisation(const Affiliation &current, const Affiliation &wanted,
                                                        const QDate &today = fd::today());
    Result<QList<PositionStep>> setOrganisation(const Affiliation &current, const Affiliation &wanted);

    // A new position with its own dates (the "new position" dialog). It must
    // begin after the current one began (an error naming valid_from); the
    // current one ends the day before it begins, or today if it has no start.
    static Result<QList<PositionStep>> planNewPosition(const Affiliation &current, const Affiliation &next,
                                                       const QDate &today = fd::today());
    Result<QList<PositionStep>> newPosition(const Affiliation &current, const Affiliation &next);

    // Writes planned steps, all or nothing, and returns them as written.
    Result<QList<PositionStep>> write(const QList<PositionStep> &steps);

private:
    Database &m_db;
};

} // namespace fd
