// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/dbcommand.h"
#include "people/positions.h"

namespace fd {

// A change of position as core's rules made it (people/positions.h): the
// first run calls the core operation and keeps the steps it wrote; undo puts
// each changed position back and deletes each created one, redo puts back
// exactly what was written (same keys and UUIDs). No rule lives here.
class PositionCommand : public DbCommand
{
public:
    using Operation = std::function<Result<QList<PositionStep>>()>;
    PositionCommand(Session &session, const QString &text, Operation operation);

    Status apply() override;
    Status revert() override;

private:
    Status storeUpdate(int index, Affiliation values);

    Operation m_operation;
    QList<PositionStep> m_steps;  // as written
    QList<qint64> m_versions;     // each step's row version in the database now
    QList<RowSnapshot> m_removed; // created rows, as undo took them away (by step)
    bool m_done = false;
};

} // namespace fd
