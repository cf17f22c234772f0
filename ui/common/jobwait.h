// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/dbworker.h"

#include <QString>

class QWidget;

namespace fd {

namespace detail {
// Runs the event loop until the job has finished (see waitForJob).
void waitWithProgress(QWidget *parent, const QString &label, detail::JobStateBase &job, bool cancellable);
} // namespace detail

// Waits for a job of the DbWorker while the window keeps painting. Input to
// the windows is set aside meanwhile; after a moment a progress dialog shows
// how far the job got, with Cancel unless `cancellable` is false. Returns
// only once the job has finished, and what the job wrote has then reached
// the views. A cancelled job's result is an error with Error::Code::Cancelled.
template<typename T>
const Result<T> &waitForJob(QWidget *parent, const QString &label, const Job<T> &job, bool cancellable = true)
{
    detail::waitWithProgress(parent, label, job.state(), cancellable);
    return job.result();
}

// True while waitForJob waits: the main window does not close meanwhile.
bool isWaitingForJob();

} // namespace fd
