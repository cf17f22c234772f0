// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "db/notifier.h"
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

    // Which run of any command this one's last redo or undo was: two commands
    // whose runs follow each other had nothing in between (no other edit, no
    // undo), which is what merging a typing run asks for.
    quint64 lastRun() const { return m_lastRun; }

    // The record an undo or redo of this step should bring into view, so the
    // user sees what came back or changed (id 0: none). Not used on the first
    // run: the caller shows its own result.
    struct Focus {
        Entity entity = Entity::Organisation;
        qint64 id = 0;
    };
    enum class FocusOn { Redo, Undo, Both };
    void setFocus(Entity entity, qint64 id, FocusOn on = FocusOn::Both);
    virtual Focus focusAfter(bool forward) const;

protected:
    Session &m_session;
    quint64 m_lastRun = 0;

private:
    void run(bool forward);
    std::shared_ptr<Status> m_sink;
    Focus m_focus;
    FocusOn m_focusOn = FocusOn::Both;
};

// Undo command ids (QUndoCommand::id) of commands that can merge.
enum CommandId { TypingRunId = 1 };

// Saves of one long text field (notes) that follow each other within this
// time, with nothing else in between, are one typing run: one undo step.
constexpr int TypingRunSeconds = 60;

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
    // Undo and redo show what this part shows (a new person, not the new
    // organisation made for them first).
    void setFocusPart(const DbCommand *part) { m_focusPart = part; }

    Status apply() override;
    Status revert() override;
    // Its own focus if set, else the first part's that has one.
    Focus focusAfter(bool forward) const override;

private:
    std::vector<std::unique_ptr<DbCommand>> m_parts;
    const DbCommand *m_focusPart = nullptr;
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
    // A redo shows the first record it put back.
    Focus focusAfter(bool forward) const override;

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
    // An undo shows the first record it put back.
    Focus focusAfter(bool forward) const override;

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
    // Both ways show the record the scope hangs off (the event).
    Focus focusAfter(bool forward) const override;

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

// Whether an edit changes a record's notes and nothing else: such saves are
// a typing run that merges into one undo step (EditCommand::mergeWhileTyping).
template<typename T>
bool changesOnlyNotes(const T &before, const T &after)
{
    T probe = before;
    probe.notes = after.notes;
    return before.notes != after.notes && probe.sameContent(after);
}

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

    // This edit changes only `field`, a long text (notes), of the record
    // `recordId`: successive saves of that field of that record merge into one
    // undo step while the typing goes on (see TypingRunSeconds), so one
    // Ctrl+Z takes back the run.
    void mergeWhileTyping(const QString &field, qint64 recordId)
    {
        m_typingField = field;
        m_typingRecord = recordId;
        m_typedAt = fd::nowUtc();
    }

    int id() const override { return m_typingField.isEmpty() ? -1 : TypingRunId; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = dynamic_cast<const EditCommand<T> *>(other);
        if (!next || next->isObsolete() || m_typingField.isEmpty() || next->m_typingField != m_typingField
            || next->m_typingRecord != m_typingRecord)
            return false;
        // Nothing ran in between, and it goes on from exactly what this one wrote.
        if (next->lastRun() != m_lastRun + 1 || next->m_before.rowVersion != m_version)
            return false;
        if (m_typedAt.secsTo(next->m_typedAt) > TypingRunSeconds)
            return false;
        m_after = next->m_after;
        m_version = next->m_version;
        m_lastRun = next->m_lastRun;
        m_typedAt = next->m_typedAt;
        // Typed back to where it began: no step at all.
        if (m_before.sameContent(m_after))
            setObsolete(true);
        return true;
    }

    // How to read the record as it is now. With it, an undo that finds the
    // record exactly as this step left it, but at a newer version, goes on:
    // that is a later step of this record, undone (each undo writes a new
    // version). Without it, or when the content differs (someone else changed
    // it), the step is refused as a conflict.
    using LoadFn = std::function<Result<T>()>;
    void setReload(LoadFn load) { m_load = std::move(load); }

    Status apply() override { return store(m_after, m_before); }
    Status revert() override { return store(m_before, m_after); }

private:
    Status store(const T &values, const T &expected)
    {
        T v = values;
        v.rowVersion = m_version;
        Result<T> saved = m_save(v);
        if (!saved && saved.error().code == Error::Code::Conflict && m_load) {
            const Result<T> now = m_load();
            if (now && now->sameContent(expected)) {
                v.rowVersion = now->rowVersion;
                saved = m_save(v);
            }
        }
        if (!saved)
            return saved.error();
        m_version = saved->rowVersion;
        return {};
    }

    T m_before;
    T m_after;
    SaveFn m_save;
    LoadFn m_load;
    qint64 m_version;
    QString m_typingField;
    qint64 m_typingRecord = 0;
    QDateTime m_typedAt;
};

} // namespace fd
