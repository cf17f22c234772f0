// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "csv/csvimport.h"

#include <QMutex>
#include <QObject>
#include <QString>
#include <QWaitCondition>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QThread;

namespace fd {

class Database;

// How far a job has got, and whether the user wants it stopped. The worker
// thread reports and asks; the window reads and requests. Lock-free where it
// is read often.
class JobProgress
{
public:
    void report(qint64 done, qint64 total)
    {
        m_total.store(total, std::memory_order_relaxed);
        m_done.store(done, std::memory_order_relaxed);
    }
    void setStep(const QString &text);
    QString step() const;
    qint64 done() const { return m_done.load(std::memory_order_relaxed); }
    qint64 total() const { return m_total.load(std::memory_order_relaxed); } // 0: unknown

    void requestCancel() { m_cancel.store(true); }
    bool isCancelRequested() const { return m_cancel.load(); }

    // For code that takes a ProgressFn (the importers): reports, and answers
    // false once cancelling was asked for.
    ProgressFn callback()
    {
        return [this](qint64 done, qint64 total) {
            report(done, total);
            return !isCancelRequested();
        };
    }

private:
    std::atomic<qint64> m_done{0};
    std::atomic<qint64> m_total{0};
    std::atomic<bool> m_cancel{false};
    mutable QMutex m_stepMutex;
    QString m_step;
};

namespace detail {
// What the worker and the waiting side share for one job.
class JobStateBase
{
public:
    virtual ~JobStateBase() = default;
    JobProgress progress;
    QObject *reportsTo = nullptr; // where the job's change reports are posted (the main notifier)
    bool isFinished() const { return m_finished.load(std::memory_order_acquire); }
    void wait() const;
    void markFinished();

private:
    std::atomic<bool> m_finished{false};
    mutable QMutex m_mutex;
    mutable QWaitCondition m_condition;
};

template<typename T>
class JobState : public JobStateBase
{
public:
    std::optional<Result<T>> result; // written by the worker before markFinished()
};
} // namespace detail

// A job handed to the worker: poll isFinished() (the window) or wait() (tests,
// the command line), then take the result.
template<typename T>
class Job
{
public:
    Job() = default;
    explicit Job(std::shared_ptr<detail::JobState<T>> state) : m_state(std::move(state)) {}

    bool isFinished() const { return m_state->isFinished(); }
    void wait() const { m_state->wait(); }
    JobProgress &progress() const { return m_state->progress; }
    void cancel() const { m_state->progress.requestCancel(); }
    // Only once finished.
    const Result<T> &result() const { return *m_state->result; }
    detail::JobStateBase &state() const { return *m_state; }

private:
    std::shared_ptr<detail::JobState<T>> m_state;
};

// Long work (reading and writing a large import, rendering documents) runs
// here, on a thread of its own with its own connection to the same database,
// so that the window keeps painting and the user can cancel. Jobs run one at a
// time, in the order given. What the worker's connection writes is reported
// through the main database's notifier, so that views update as usual.
//
// SQLite in WAL mode lets the window read while the worker writes; a write
// from the window waits (busy timeout) until the worker's transaction ends.
class DbWorker
{
public:
    explicit DbWorker(Database &main);
    ~DbWorker(); // cancels the jobs not finished yet and waits for the running one

    template<typename T>
    Job<T> start(std::function<Result<T>(Database &db, JobProgress &progress)> work)
    {
        auto state = std::make_shared<detail::JobState<T>>();
        state->reportsTo = reportsTo();
        post(state, [state, work = std::move(work)](Database *db, const Error *openError) {
            if (openError)
                state->result = Result<T>(*openError);
            else if (state->progress.isCancelRequested())
                state->result = Result<T>(cancelledError());
            else
                state->result = work(*db, state->progress);
        });
        return Job<T>(state);
    }

    static Error cancelledError();

private:
    using Runner = std::function<void(Database *db, const Error *openError)>;
    QObject *reportsTo() const;
    void post(std::shared_ptr<detail::JobStateBase> state, Runner runner);
    void runOnThread(const std::shared_ptr<detail::JobStateBase> &state, const Runner &runner);

    Database &m_main;
    QThread *m_thread = nullptr;
    QObject *m_context = nullptr;         // lives in m_thread; jobs are posted to it
    std::vector<std::weak_ptr<detail::JobStateBase>> m_jobs; // to cancel what is left when closing
    std::unique_ptr<Database> m_db;       // opened, used and closed in m_thread only
};

} // namespace fd
