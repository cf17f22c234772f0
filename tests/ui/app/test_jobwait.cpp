// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.hpp"
#include "uitest.h"

#include "app/session.h"
#include "common/jobwait.h"
#include "common/page.h"
#include "db/database.h"

#include <QApplication>
#include <QProgressDialog>
#include <QPushButton>
#include <QTest>
#include <QSemaphore>
#include <QThread>
#include <QTimer>

using namespace fd;

TEST_CASE("Long work shows its progress, keeps the window painting and can be cancelled", "[ui][worker]")
{
    test::UiFixture ui(false);
    Session &session = *ui.window().session();

    // Timers keep firing while the job runs: the window is not frozen.
    int ticks = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] { ++ticks; });
    ticker.start(10);

    int shownMaximum = -1;
    int shownValue = -1;
    QString shownLabel;
    test::onNextModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<QProgressDialog *>(modal);
        REQUIRE(dialog);
        // Let the poll timer copy the job's progress into the dialog first.
        QTest::qWait(100);
        shownMaximum = dialog->maximum();
        shownValue = dialog->value();
        shownLabel = dialog->labelText();
        auto *cancel = dialog->findChild<QPushButton *>();
        REQUIRE(cancel);
        cancel->click();
    });
    auto job = session.worker().start<int>([](Database &, JobProgress &progress) -> Result<int> {
        progress.setStep(QStringLiteral("Counting sheep"));
        for (int i = 0;; ++i) {
            progress.report(qMin(i, 40), 100);
            if (progress.isCancelRequested())
                return DbWorker::cancelledError();
            QThread::msleep(5);
        }
    });
    const Result<int> &result = waitForJob(&ui.window(), QStringLiteral("Working"), job);
    REQUIRE_FALSE(result);
    CHECK(result.error().code == Error::Code::Cancelled);
    CHECK(shownMaximum == 100);
    CHECK(shownValue == 40);
    CHECK(shownLabel == QStringLiteral("Counting sheep"));
    CHECK(ticks > 10);
    // The dialog is gone and the window takes input again.
    CHECK(QApplication::activeModalWidget() == nullptr);
}

TEST_CASE("A short job shows no progress dialog at all", "[ui][worker]")
{
    test::UiFixture ui(false);
    bool sawDialog = false;
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, [&] {
        if (qobject_cast<QProgressDialog *>(QApplication::activeModalWidget()))
            sawDialog = true;
    });
    watch.start(5);
    auto job = ui.window().session()->worker().start<int>([](Database &db, JobProgress &) -> Result<int> {
        return db.schemaVersion();
    });
    const Result<int> &result = waitForJob(&ui.window(), QStringLiteral("Working"), job);
    REQUIRE(result);
    CHECK(*result == ui.window().session()->db().schemaVersion());
    CHECK_FALSE(sawDialog);
}

TEST_CASE("Escape does not take away the dialog of a job that cannot be cancelled", "[ui][worker]")
{
    test::UiFixture ui(false);
    QSemaphore release;
    bool stillShown = false;
    bool cancelRequested = true;
    JobProgress *seen = nullptr;
    test::onNextModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<QProgressDialog *>(modal);
        REQUIRE(dialog);
        QTest::keyClick(dialog, Qt::Key_Escape);
        dialog->close();
        QTest::qWait(100);
        stillShown = dialog->isVisible() && QApplication::activeModalWidget() == dialog;
        cancelRequested = seen->isCancelRequested();
        release.release();
    });
    auto job = ui.window().session()->worker().start<int>([&](Database &, JobProgress &progress) -> Result<int> {
        seen = &progress;
        release.acquire();
        return 7;
    });
    const Result<int> &result = waitForJob(&ui.window(), QStringLiteral("Writing"), job, false);
    REQUIRE(result);
    CHECK(*result == 7);
    CHECK(stillShown);
    CHECK_FALSE(cancelRequested);
}

TEST_CASE("Keys pressed while a job runs are dropped, and the window does not close meanwhile", "[ui][worker]")
{
    test::UiFixture ui(false);
    const QString pageBefore = ui.window().currentPage()->id();
    bool closed = true;
    auto job = ui.window().session()->worker().start<int>([](Database &, JobProgress &) -> Result<int> {
        QThread::msleep(250);
        return 1;
    });
    QTimer::singleShot(50, [&] {
        // Ctrl+2 (the people page) and a close request, both while busy.
        QTest::keyClick(&ui.window(), Qt::Key_2, Qt::ControlModifier);
        closed = ui.window().close();
    });
    REQUIRE(waitForJob(&ui.window(), QStringLiteral("Working"), job));
    QCoreApplication::processEvents();
    CHECK_FALSE(closed);
    CHECK(ui.window().isVisible());
    CHECK(ui.window().currentPage()->id() == pageBefore);
    CHECK(QApplication::activeModalWidget() == nullptr);
}
