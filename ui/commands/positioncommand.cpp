// SPDX-License-Identifier: GPL-3.0-or-later
#include "positioncommand.h"

#include "app/session.h"
#include "people/personrepository.h"

namespace fd {

PositionCommand::PositionCommand(Session &session, const QString &text, Operation operation)
    : DbCommand(session, text), m_operation(std::move(operation))
{
}

Status PositionCommand::apply()
{
    if (!m_done) {
        auto written = m_operation();
        if (!written)
            return written.error();
        m_steps = *written;
        for (const PositionStep &step : std::as_const(m_steps))
            m_versions << step.after.rowVersion;
        m_removed.resize(m_steps.size());
        m_done = true;
        m_operation = nullptr; // what it captured may not outlive the first run
        return {};
    }
    for (int i = 0; i < m_steps.size(); ++i) {
        const PositionStep &step = m_steps.at(i);
        if (step.creates()) {
            if (Status s = restoreRows(m_session.db(), m_removed.at(i)); !s)
                return s;
        } else if (Status s = storeUpdate(i, step.after); !s) {
            return s;
        }
    }
    return {};
}

Status PositionCommand::revert()
{
    for (int i = int(m_steps.size()) - 1; i >= 0; --i) {
        const PositionStep &step = m_steps.at(i);
        if (step.creates()) {
            auto snapshot = captureRows(m_session.db(), QStringLiteral("affiliations"), {step.after.id});
            if (!snapshot)
                return snapshot.error();
            if (Status s = deleteRows(m_session.db(), *snapshot); !s)
                return s;
            m_removed[i] = *snapshot;
        } else if (Status s = storeUpdate(i, step.before); !s) {
            return s;
        }
    }
    return {};
}

Status PositionCommand::storeUpdate(int index, Affiliation values)
{
    values.rowVersion = m_versions.at(index);
    auto saved = PersonRepository(m_session.db()).updateAffiliation(values);
    if (!saved)
        return saved.error();
    m_versions[index] = saved->rowVersion;
    return {};
}

} // namespace fd
