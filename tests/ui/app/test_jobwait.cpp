// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.hpp"
#include "uitest.h"

#include "app/session.h"
#include "common/jobwait.h"
#include "db/database.h"

#include <QApplication>
#include <QProgressDialog>
#include <QPushButton>
#include <QTest>
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
