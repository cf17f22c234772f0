// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "db/rowsnapshot.h"

#include <QList>
#include <QUndoCommand>

#include <functional>
#include <memory>
#include <vector>

namespace fd {

class Session;

// An undoable edit of the database. apply() and revert() each run in one
// transaction; if one fails, nothing of it is kept, the command leaves the
// stack (setObsolete) and the user is told. The facade (command.h) pushes
// commands and hands the first result back to the caller.
class DbCommand : public QUndoCommand
{
public:
    DbCommand(Session &session, const QString &text);

    void redo() final;
    void undo() final;

    // Where the first redo reports its result (set by the facade before push).
    void setResultSink(std::shared_ptr<Status> sink) { m_sink = std::move(sink); }

    // Run inside an open transaction (also by CompositeCommand for its parts).
    virtual Status apply() = 0;
    virtual Status revert() = 0;

protected:
    Session &m_session;

private:
    void run(bool forward);
    std::shared_ptr<Status> m_sink;
};

// Several edits that succeed or fail together (a person with their new
// organisation and affiliation).
class CompositeCommand : public DbCommand
{
public:
    using DbCommand::DbCommand;
    // Parts run in the order added, and are reverted in reverse order.
    template<typename C>
    C *add(std::unique_ptr<C> part)
    {
        C *raw = part.get();
        m_parts.push_back(std::move(part));
        return raw;
    }
    bool isEmpty() const { return m_parts.empty(); }

    Status apply() override;
    Status revert() override;

private:
    std::vector<std::unique_ptr<DbCommand>> m_parts;
};

// Rows of one table that a command created.
struct CreatedRows {
    QString table;
    QList<qint64> ids;
};

// Creates rows (the first time through `create`); undo deletes them, and redo
// puts back exactly what was created, same keys and UUIDs. Rows of several
// tables (an import: organisations, then people) are deleted in reverse order.
class CreateRowsCommand : public DbCommand
{
public:
    using CreateFn = std::function<Result<QList<CreatedRows>>()>;
    using CreateOneFn = std::function<Result<qint64>()>;
    CreateRowsCommand(Session &session, const QString &text, CreateFn create);
    // One row of one table.
    CreateRowsCommand(Session &session, const QString &text, const QString &table, CreateOneFn create);

    qint64 createdId() const { return m_created.isEmpty() ? 0 : m_created.first().ids.value(0); }

    Status apply() override;
    Status revert() override;

private:
    CreateFn m_create;
    QList<CreatedRows> m_created;
    QList<RowSnapshot> m_snapshots; // in creation order
    bool m_done = false;
};

// Deletes rows with everything that hangs off them; undo restores them all.
class DeleteRowsCommand : public DbCommand
{
public:
    DeleteRowsCommand(Session &session, const QString &text, const QString &table, const QList<qint64> &ids);

    Status apply() override;
    Status revert() override;

private:
    QString m_table;
    QList<qint64> m_ids;
    RowSnapshot m_snapshot;
};

// An operation on many rows of one scope (an event's registrations: a
// cancellation that promotes from the waitlist, a walk-in, an import). The
// scope is captured before and after; undo and redo put it back as it was,
// or refuse if someone else changed those rows meanwhile.
class ScopeCommand : public DbCommand
{
public:
    using Operation = std::function<Status()>;
    ScopeCommand(Session &session, const QString &text, const QString &table, const QString &column, qint64 value, Operation op);

    Status apply() override;
    Status revert() override;

private:
    QString m_table;
    QString m_column;
    qint64 m_value;
    Operation m_op;
    QList<QVariantMap> m_before;
    QList<QVariantMap> m_after;
    bool m_done = false;
};

// Push a command and return the result of its first redo (the facade's helpers).
Status pushCommand(Session &session, std::unique_ptr<DbCommand> command);
Result<qint64> pushCreate(Session &session, std::unique_ptr<CreateRowsCommand> command);

// Replaces a record's values (before -> after); the save function is the
// repository's optimistic update and returns the record with its new version.
template<typename T>
class EditCommand : public DbCommand
{
public:
    using SaveFn = std::function<Result<T>(const T &)>;
    EditCommand(Session &session, const QString &text, T before, T after, SaveFn save)
        : DbCommand(session, text), m_before(std::move(before)), m_after(std::move(after)), m_save(std::move(save)),
          m_version(m_before.rowVersion)
    {
    }

    const T &after() const { return m_after; }

    Status apply() override { return store(m_after); }
    Status revert() override { return store(m_before); }

private:
    Status store(const T &values)
    {
        T v = values;
        v.rowVersion = m_version;
        Result<T> saved = m_save(v);
        if (!saved)
            return saved.error();
        m_version = saved->rowVersion;
        return {};
    }

    T m_before;
    T m_after;
    SaveFn m_save;
    qint64 m_version;
};

} // namespace fd
