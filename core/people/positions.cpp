// SPDX-License-Identifier: GPL-3.0-or-later
#include "positions.h"

#include "common/dates.h"
#include "db/transaction.h"
#include "people/personrepository.h"

namespace fd {

namespace {

PositionStep ending(const Affiliation &current, const QDate &day)
{
    return {current, current.endedOn(day)};
}

PositionStep creating(const Affiliation &position)
{
    Affiliation created = position;
    created.id = 0;
    created.uuid = QUuid();
    created.rowVersion = 0;
    return {Affiliation(), created};
}

} // namespace

Result<QList<PositionStep>> Positions::planOrganisation(const Affiliation &current, const Affiliation &wanted, const QDate &today)
{
    const bool hasCurrent = current.id > 0;
    const bool wantsOrganisation = wanted.organisationId > 0;
    if (!hasCurrent)
        return wantsOrganisation ? QList<PositionStep>{creating(wanted)} : QList<PositionStep>();
    if (!wantsOrganisation)
        return QList<PositionStep>{ending(current, today)};

    if (wanted.organisationId != current.organisationId && current.validFrom != today) {
        Affiliation next = wanted;
        next.personId = wanted.personId ? wanted.personId : current.personId;
        next.validFrom = today;
        next.validUntil = QDate();
        return QList<PositionStep>{ending(current, today.addDays(-1)), creating(next)};
    }
    Affiliation corrected = current;
    corrected.organisationId = wanted.organisationId;
    corrected.jobTitle = wanted.jobTitle;
    if (corrected.sameContent(current))
        return QList<PositionStep>();
    return QList<PositionStep>{{current, corrected}};
}

Result<QList<PositionStep>> Positions::planNewPosition(const Affiliation &current, const Affiliation &next, const QDate &today)
{
    QList<PositionStep> steps;
    if (current.id > 0) {
        // Positions follow each other: the new one cannot begin before the current one did.
        if (next.validFrom.isValid() && current.validFrom.isValid() && next.validFrom <= current.validFrom)
            return Error(Error::Code::Validation,
                         tr("The new position must begin after the current one began (%1).").arg(formatDate(current.validFrom)))
                .at(QString(), 0, QStringLiteral("valid_from"));
        steps << ending(current, next.validFrom.isValid() ? next.validFrom.addDays(-1) : today);
    }
    steps << creating(next);
    return steps;
}

Result<QList<PositionStep>> Positions::write(const QList<PositionStep> &steps)
{
    // One step is one repository call, which is a transaction of its own; an
    // import writing thousands of people saves the extra savepoint.
    Transaction tx(m_db);
    if (steps.size() > 1) {
        if (Status s = tx.begin(); !s)
            return s.error();
    }
    PersonRepository people(m_db);
    QList<PositionStep> written;
    for (const PositionStep &step : steps) {
        Result<Affiliation> saved = step.creates() ? people.createAffiliation(step.after) : people.updateAffiliation(step.after);
        if (!saved)
            return saved.error();
        written.append({step.before, *saved});
    }
    if (steps.size() > 1) {
        if (Status s = tx.commit(); !s)
            return s.error();
    }
    return written;
}

Result<QList<PositionStep>> Positions::setOrganisation(const Affiliation &current, const Affiliation &wanted)
{
    auto steps = planOrganisation(current, wanted);
    if (!steps)
        return steps.error();
    return write(*steps);
}

Result<QList<PositionStep>> Positions::newPosition(const Affiliation &current, const Affiliation &next)
{
    auto steps = planNewPosition(current, next);
    if (!steps)
        return steps.error();
    return write(*steps);
}

} // namespace fd
