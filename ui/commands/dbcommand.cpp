// SPDX-License-Identifier: GPL-3.0-or-later
#include "dbcommand.h"

#include "app/session.h"
#include "db/database.h"
#include "db/tables.h"
#include "db/transaction.h"

#include <QUndoStack>

namespace fd {

Status pushCommand(Session &session, std::unique_ptr<DbCommand> command)
{
    auto sink = std::make_shared<Status>();
    command->setResultSink(sink);
    session.undoStack()->push(command.release());
    return *sink;
}

Result<qint64> pushCreate(Session &session, std::unique_ptr<CreateRowsCommand> command)
{
    CreateRowsCommand *raw = command.get();
    if (Status s = pushCommand(session, std::move(command)); !s)
        return s.error();
    return raw->createdId(); // still on the stack: it succeeded
}

DbCommand::DbCommand(Session &session, const QString &text) : QUndoCommand(text), m_session(session) {}

void DbCommand::redo()
{
    run(true);
}

void DbCommand::undo()
{
    run(false);
}

void DbCommand::run(bool forward)
{
    // Counted across all commands, in the GUI thread that runs them.
    static quint64 runs = 0;
    m_lastRun = ++runs;
    Transaction tx(m_session.db());
    Status status = tx.begin();
    if (status)
        status = forward ? apply() : revert();
    if (status)
        status = tx.commit();
    else
        tx.rollback();

    if (m_sink) {
        // The first redo, from push(): the caller shows the result itself.
        *m_sink = status;
        m_sink.reset();
    } else if (!status) {
        m_session.reportCommandFailure(status.error());
    } else if (const Focus focus = focusAfter(forward); focus.id > 0) {
        emit m_session.recordRestored(focus.entity, focus.id);
    }
    if (!status)
        setObsolete(true);
}

void DbCommand::setFocus(Entity entity, qint64 id, FocusOn on)
{
    m_focus = {entity, id};
    m_focusOn = on;
}

DbCommand::Focus DbCommand::focusAfter(bool forward) const
{
    const bool wanted = m_focusOn == FocusOn::Both || (forward ? m_focusOn == FocusOn::Redo : m_focusOn == FocusOn::Undo);
    return wanted ? m_focus : Focus{};
}

namespace {

// The first of `ids` as a record of `table`, if the table is declared.
DbCommand::Focus focusOn(const QString &table, qint64 id)
{
    const Table *t = tables::find(table);
    if (!t || id <= 0)
        return {};
    return {t->entity(), id};
}

} // namespace

Status CompositeCommand::apply()
{
    for (auto &part : m_parts) {
        if (Status s = part->apply(); !s)
            return s;
    }
    return {};
}

DbCommand::Focus CompositeCommand::focusAfter(bool forward) const
{
    if (const Focus own = DbCommand::focusAfter(forward); own.id > 0)
        return own;
    if (m_focusPart)
        return m_focusPart->focusAfter(forward);
    for (const auto &part : m_parts) {
        if (const Focus f = part->focusAfter(forward); f.id > 0)
            return f;
    }
    return {};
}

Status CompositeCommand::revert()
{
    for (auto it = m_parts.rbegin(); it != m_parts.rend(); ++it) {
        if (Status s = (*it)->revert(); !s)
            return s;
    }
    return {};
}

CreateRowsCommand::CreateRowsCommand(Session &session, const QString &text, CreateFn create)
    : DbCommand(session, text), m_create(std::move(create))
{
}

CreateRowsCommand::CreateRowsCommand(Session &session, const QString &text, const QString &table, CreateOneFn create)
    : DbCommand(session, text),
      m_create([table, create = std::move(create)]() -> Result<QList<CreatedRows>> {
          Result<qint64> id = create();
          if (!id)
              return id.error();
          return QList<CreatedRows>{{table, {*id}}};
      })
{
}

Status CreateRowsCommand::apply()
{
    if (!m_done) {
        Result<QList<CreatedRows>> created = m_create();
        if (!created)
            return created.error();
        m_created = *created;
        m_done = true;
        m_create = nullptr; // what it captured may not outlive the first run
        return {};
    }
    for (const RowSnapshot &snapshot : std::as_const(m_snapshots)) {
        if (Status s = restoreRows(m_session.db(), snapshot); !s)
            return s;
    }
    return {};
}

Status CreateRowsCommand::revert()
{
    QList<RowSnapshot> snapshots;
    for (auto it = m_created.crbegin(); it != m_created.crend(); ++it) {
        if (it->ids.isEmpty())
            continue;
        auto snapshot = captureRows(m_session.db(), it->table, it->ids);
        if (!snapshot)
            return snapshot.error();
        if (Status s = deleteRows(m_session.db(), *snapshot); !s)
            return s;
        snapshots.prepend(*snapshot);
    }
    m_snapshots = snapshots;
    return {};
}

DbCommand::Focus CreateRowsCommand::focusAfter(bool forward) const
{
    if (const Focus own = DbCommand::focusAfter(forward); own.id > 0)
        return own;
    if (!forward || m_created.isEmpty() || m_created.first().ids.isEmpty())
        return {};
    return focusOn(m_created.first().table, m_created.first().ids.first());
}

ScopeCommand::ScopeCommand(Session &session, const QString &text, const QString &table, const QString &column, qint64 value,
                           Operation op)
    : DbCommand(session, text), m_table(table), m_column(column), m_value(value), m_op(std::move(op))
{
}

Status ScopeCommand::apply()
{
    if (m_done)
        return replaceScope(m_session.db(), m_table, m_column, m_value, m_before, m_after);
    auto before = captureScope(m_session.db(), m_table, m_column, m_value);
    if (!before)
        return before.error();
    if (Status s = m_op(); !s)
        return s;
    auto after = captureScope(m_session.db(), m_table, m_column, m_value);
    if (!after)
        return after.error();
    m_before = *before;
    m_after = *after;
    m_done = true;
    m_op = nullptr;
    return {};
}

Status ScopeCommand::revert()
{
    return replaceScope(m_session.db(), m_table, m_column, m_value, m_after, m_before);
}

DbCommand::Focus ScopeCommand::focusAfter(bool forward) const
{
    if (const Focus own = DbCommand::focusAfter(forward); own.id > 0)
        return own;
    const Table *t = tables::find(m_table);
    const Column *scope = t ? t->find(m_column) : nullptr;
    return scope && !scope->refTable.isEmpty() ? focusOn(scope->refTable, m_value) : Focus{};
}

DeleteRowsCommand::DeleteRowsCommand(Session &session, const QString &text, const QString &table, const QList<qint64> &ids)
    : DbCommand(session, text), m_table(table), m_ids(ids)
{
}

Status DeleteRowsCommand::apply()
{
    auto snapshot = captureRows(m_session.db(), m_table, m_ids);
    if (!snapshot)
        return snapshot.error();
    if (Status s = deleteRows(m_session.db(), *snapshot); !s)
        return s;
    m_snapshot = *snapshot;
    return {};
}

Status DeleteRowsCommand::revert()
{
    return restoreRows(m_session.db(), m_snapshot);
}

DbCommand::Focus DeleteRowsCommand::focusAfter(bool forward) const
{
    if (const Focus own = DbCommand::focusAfter(forward); own.id > 0)
        return own;
    return forward || m_ids.isEmpty() ? Focus{} : focusOn(m_table, m_ids.first());
}

} // namespace fd
