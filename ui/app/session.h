// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "db/notifier.h"

#include <QObject>

#include <memory>

class QUndoStack;

namespace fd {

class Database;
class DbWorker;
class Notifier;
class PeopleIndex;

// One open database in the GUI, with its undo history. Every edit is saved at
// once; the undo stack holds how to take it back.
class Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(std::unique_ptr<Database> db, QObject *parent = nullptr);
    ~Session() override;

    Database &db() const { return *m_db; }
    Notifier *notifier() const;
    QUndoStack *undoStack() const { return m_undoStack; }
    // The thread for long work on this database, with its own connection
    // (started on first use).
    DbWorker &worker();
    // Everyone, for the person pickers of this database (read on first use).
    PeopleIndex &peopleIndex();
    QString path() const;

    // An undo or redo that could not be carried out (someone else changed the
    // record meanwhile): the command is dropped and the user is told why.
    void reportCommandFailure(const Error &error);

signals:
    void commandFailed(const QString &message);
    // An undo or redo brought this record back or changed it: show it.
    void recordRestored(fd::Entity entity, qint64 id);

private:
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DbWorker> m_worker; // declared after m_db: stopped before the database closes
    QUndoStack *m_undoStack;
    PeopleIndex *m_peopleIndex = nullptr;
};

} // namespace fd
