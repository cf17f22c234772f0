// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/dbworker.h"

#include <QString>

class QWidget;

namespace fd {

namespace detail {
// Runs the event loop until `job` has finished (see waitForJob).
void waitWithProgress(QWidget *parent, const QString &label, JobProgress &progress, const std::function<bool()> &isFinished,
                      bool cancellable);
} // namespace detail

// Waits for a job of the DbWorker while the window keeps painting. Input to
// the window is held back; after a moment a progress dialog shows how far the
// job got, with Cancel unless `cancellable` is false. What the job wrote has
// reached the views when this returns. A cancelled job's result is an error
// with Error::Code::Cancelled.
template<typename T>
const Result<T> &waitForJob(QWidget *parent, const QString &label, const Job<T> &job, bool cancellable = true)
{
    detail::waitWithProgress(parent, label, job.progress(), [job] { return job.isFinished(); }, cancellable);
    return job.result();
}

} // namespace fd
