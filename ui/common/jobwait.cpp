// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobwait.h"

#include <QApplication>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProgressDialog>
#include <QTimer>

namespace fd {

namespace {
struct JobText {
    Q_DECLARE_TR_FUNCTIONS(JobProgress)
};

constexpr int PollMs = 25;
constexpr int QuietMs = 400; // shorter jobs show no dialog at all

int waiting = 0;

// The dialog counts in int; progress may count in qint64 (bytes, rows).
int scaled(qint64 value, qint64 total)
{
    if (total <= 1000000)
        return int(value);
    return int(value * 1000000 / total);
}

// Escape and the title bar's close button cancel, if the job can be
// cancelled; otherwise they do nothing (the dialog must not go away while
// the job still runs).
class JobDialog : public QProgressDialog
{
public:
    JobDialog(const QString &label, bool cancellable, QWidget *parent)
        : QProgressDialog(label, cancellable ? JobText::tr("Cancel") : QString(), 0, 0, parent), m_cancellable(cancellable)
    {
        if (!cancellable)
            setCancelButton(nullptr);
        setWindowModality(Qt::WindowModal);
        setMinimumDuration(0);
        setAutoClose(false);
        setAutoReset(false);
    }

    void reject() override
    {
        if (m_cancellable)
            cancel();
    }

protected:
    void closeEvent(QCloseEvent *event) override
    {
        if (!m_cancellable) {
            event->ignore();
            return;
        }
        QProgressDialog::closeEvent(event);
    }

private:
    bool m_cancellable;
};

// While a job runs, what the user types or clicks outside the progress
// dialog is dropped, not saved up for later: a key pressed while the window
// was busy must not run a command once it is free again.
class InputBlocker : public QObject
{
public:
    InputBlocker() { qApp->installEventFilter(this); }
    ~InputBlocker() override { qApp->removeEventFilter(this); }
    void allow(const QWidget *widget) { m_allowed = widget; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::KeyRelease:
        case QEvent::ShortcutOverride:
        case QEvent::Shortcut:
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonRelease:
        case QEvent::MouseButtonDblClick:
        case QEvent::Wheel:
        case QEvent::ContextMenu: {
            auto *widget = qobject_cast<QWidget *>(watched);
            if (m_allowed && widget && (widget == m_allowed || m_allowed->isAncestorOf(widget)))
                return false;
            return true;
        }
        default:
            return false;
        }
    }

private:
    const QWidget *m_allowed = nullptr;
};
} // namespace

bool isWaitingForJob()
{
    return waiting > 0;
}

void detail::waitWithProgress(QWidget *parent, const QString &label, detail::JobStateBase &job, bool cancellable)
{
    JobProgress &progress = job.progress;
    ++waiting;
    if (!job.isFinished()) {
        InputBlocker blocker;
        QEventLoop loop;
        QTimer poll;
        poll.setInterval(PollMs);

        // First a quiet moment: the window paints, with a busy cursor.
        QApplication::setOverrideCursor(Qt::WaitCursor);
        QElapsedTimer elapsed;
        elapsed.start();
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (job.isFinished() || elapsed.elapsed() >= QuietMs)
                loop.quit();
        });
        poll.start();
        loop.exec();
        poll.stop();
        QApplication::restoreOverrideCursor();

        if (!job.isFinished() && !QCoreApplication::closingDown()) {
            // Then the dialog, window-modal: the window stays painted but
            // cannot be edited while the job writes.
            JobDialog dialog(label, cancellable, parent);
            blocker.allow(&dialog);
            bool cancelling = false;
            QObject::disconnect(&poll, nullptr, &loop, nullptr);
            QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
                if (job.isFinished()) {
                    loop.quit();
                    return;
                }
                if (cancellable && dialog.wasCanceled() && !cancelling) {
                    cancelling = true;
                    progress.requestCancel();
                    // The job stops at its next check and rolls back; until then the dialog stays.
                    dialog.setLabelText(JobText::tr("Cancelling…"));
                    dialog.setRange(0, 0);
                }
                if (!dialog.isVisible())
                    dialog.show();
                if (cancelling)
                    return;
                const qint64 total = progress.total();
                if (total > 0) {
                    dialog.setMaximum(scaled(total, total));
                    dialog.setValue(scaled(qMin(progress.done(), total), total));
                }
                const QString step = progress.step();
                if (!step.isEmpty() && dialog.labelText() != step)
                    dialog.setLabelText(step);
            });
            dialog.show();
            poll.start();
            loop.exec();
            poll.stop();
        }
    }
    // The loops also end when the application quits: the caller still gets a
    // finished job (cancelled if it can be), never a result that is not there.
    if (!job.isFinished()) {
        if (cancellable)
            progress.requestCancel();
        job.wait();
    }
    // The job's writes were reported to the main notifier as queued calls,
    // posted before it finished: deliver them now, so that views are current.
    if (job.reportsTo)
        QCoreApplication::sendPostedEvents(job.reportsTo, QEvent::MetaCall);
    --waiting;
}

} // namespace fd
