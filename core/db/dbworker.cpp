// SPDX-License-Identifier: GPL-3.0-or-later
#include "dbworker.h"

#include "db/database.h"
#include "db/notifier.h"

#include <QCoreApplication>
#include <QMutexLocker>
#include <QThread>

#include <algorithm>

namespace fd {

namespace {
struct WorkerText {
    Q_DECLARE_TR_FUNCTIONS(DbWorker)
};
} // namespace

void JobProgress::setStep(const QString &text)
{
    QMutexLocker lock(&m_stepMutex);
    m_step = text;
}

QString JobProgress::step() const
{
    QMutexLocker lock(&m_stepMutex);
    return m_step;
}

namespace detail {
void JobStateBase::wait() const
{
    QMutexLocker lock(&m_mutex);
    while (!isFinished())
        m_condition.wait(&m_mutex);
}

void JobStateBase::markFinished()
{
    QMutexLocker lock(&m_mutex);
    m_finished.store(true, std::memory_order_release);
    m_condition.wakeAll();
}
} // namespace detail

DbWorker::DbWorker(Database &main) : m_main(main), m_thread(new QThread), m_context(new QObject)
{
    m_thread->setObjectName(QStringLiteral("forumdesk-worker"));
    m_context->moveToThread(m_thread);
    m_thread->start();
}

DbWorker::~DbWorker()
{
    // Jobs still waiting or running are asked to stop; the connection is
    // closed in the thread that opened it, after them.
    for (const auto &weak : m_jobs) {
        if (auto state = weak.lock())
            state->progress.requestCancel();
    }
    QMetaObject::invokeMethod(m_context, [this] { m_db.reset(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_context;
    delete m_thread;
}

QObject *DbWorker::reportsTo() const
{
    return m_main.notifier();
}

Error DbWorker::cancelledError()
{
    return Error(Error::Code::Cancelled, WorkerText::tr("Cancelled: nothing was changed."));
}

void DbWorker::post(std::shared_ptr<detail::JobStateBase> state, Runner runner)
{
    m_jobs.erase(std::remove_if(m_jobs.begin(), m_jobs.end(), [](const auto &weak) { return weak.expired(); }), m_jobs.end());
    m_jobs.push_back(state);
    QMetaObject::invokeMethod(
        m_context, [this, state = std::move(state), runner = std::move(runner)] { runOnThread(state, runner); },
        Qt::QueuedConnection);
}

void DbWorker::runOnThread(const std::shared_ptr<detail::JobStateBase> &state, const Runner &runner)
{
    if (!m_db) {
        auto opened = m_main.openSibling();
        if (!opened) {
            // Tried again with the next job: the file may have been busy.
            runner(nullptr, &opened.error());
            state->markFinished();
            return;
        }
        m_db = std::move(opened.value());
        // What this connection commits, the window's views hear about: the
        // reports cross to the main thread as queued calls.
        Notifier *mainNotifier = m_main.notifier();
        QObject::connect(m_db->notifier(), &Notifier::changed, mainNotifier,
                         [mainNotifier](Entity entity, ChangeKind kind, const QList<qint64> &ids) {
                             mainNotifier->rowsChanged(entity, kind, ids);
                         });
        QObject::connect(m_db->notifier(), &Notifier::reset, mainNotifier,
                         [mainNotifier](Entity entity) { mainNotifier->entityReset(entity); });
    }
    runner(m_db.get(), nullptr);
    state->markFinished();
}

} // namespace fd
