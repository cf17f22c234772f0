// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobwait.h"

#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QPointer>
#include <QProgressDialog>
#include <QTimer>

namespace fd::detail {

namespace {
struct JobText {
    Q_DECLARE_TR_FUNCTIONS(JobProgress)
};

constexpr int PollMs = 25;
constexpr int QuietMs = 400; // shorter jobs show no dialog at all

// The dialog counts in int; progress may count in qint64 (bytes, rows).
int scaled(qint64 value, qint64 total)
{
    if (total <= 1000000)
        return int(value);
    return int(value * 1000000 / total);
}
} // namespace

void waitWithProgress(QWidget *parent, const QString &label, JobProgress &progress, const std::function<bool()> &isFinished,
                      bool cancellable)
{
    if (!isFinished()) {
        QEventLoop loop;
        QTimer poll;
        poll.setInterval(PollMs);

        // First a quiet moment: the window paints, input waits its turn.
        QApplication::setOverrideCursor(Qt::WaitCursor);
        QElapsedTimer elapsed;
        elapsed.start();
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (isFinished() || elapsed.elapsed() >= QuietMs)
                loop.quit();
        });
        poll.start();
        loop.exec(QEventLoop::ExcludeUserInputEvents);
        poll.stop();
        QApplication::restoreOverrideCursor();

        if (!isFinished()) {
            // Then the dialog, window-modal: the rest of the window stays
            // painted but cannot be edited while the job writes.
            QProgressDialog dialog(label, cancellable ? JobText::tr("Cancel") : QString(), 0, 0, parent);
            dialog.setWindowModality(Qt::WindowModal);
            dialog.setMinimumDuration(0);
            dialog.setAutoClose(false);
            dialog.setAutoReset(false);
            if (!cancellable)
                dialog.setCancelButton(nullptr);
            bool cancelling = false;
            QObject::disconnect(&poll, nullptr, &loop, nullptr);
            QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
                if (isFinished()) {
                    loop.quit();
                    return;
                }
                const qint64 total = progress.total();
                if (total > 0) {
                    dialog.setMaximum(scaled(total, total));
                    dialog.setValue(scaled(qMin(progress.done(), total), total));
                }
                const QString step = progress.step();
                if (!cancelling && !step.isEmpty() && dialog.labelText() != step)
                    dialog.setLabelText(step);
                if (dialog.wasCanceled() && !cancelling) {
                    cancelling = true;
                    progress.requestCancel();
                    // The job stops at its next check and rolls back; until then the dialog stays.
                    dialog.setLabelText(JobText::tr("Cancelling…"));
                    dialog.setRange(0, 0);
                    dialog.show();
                }
            });
            dialog.show();
            poll.start();
            loop.exec();
            poll.stop();
        }
    }
    // The job's writes were reported to the main notifier as queued calls,
    // posted before it finished: deliver them now, so that views are current.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::MetaCall);
}

} // namespace fd::detail
