// SPDX-License-Identifier: GPL-3.0-or-later
#include "session.h"

#include "db/blobstore.h"

#include "db/database.h"
#include "db/dbworker.h"
#include "db/notifier.h"
#include "people/peopleindex.h"

#include <QUndoStack>

namespace fd {

Session::Session(std::unique_ptr<Database> db, QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_undoStack(new QUndoStack(this))
{
    m_undoStack->setUndoLimit(500);
}

Session::~Session()
{
    // Commands refer to the database: drop them first.
    delete m_undoStack;
    m_undoStack = nullptr;
    delete m_peopleIndex;
    m_peopleIndex = nullptr;
    m_worker.reset();
    // With the undo history gone, no step can bring back a row whose file
    // nothing refers to any more: such files are removed now. (A shared
    // database will need this to wait for every user's session.)
    if (!m_db->isReadOnly())
        BlobStore(*m_db).garbageCollect();
}

DbWorker &Session::worker()
{
    if (!m_worker)
        m_worker = std::make_unique<DbWorker>(*m_db);
    return *m_worker;
}

Notifier *Session::notifier() const
{
    return m_db->notifier();
}

QString Session::path() const
{
    return m_db->path();
}

void Session::reportCommandFailure(const Error &error)
{
    emit commandFailed(error.message);
}

PeopleIndex &Session::peopleIndex()
{
    if (!m_peopleIndex)
        m_peopleIndex = new PeopleIndex(*m_db, this);
    return *m_peopleIndex;
}

} // namespace fd
