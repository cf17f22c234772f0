// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.hpp"
#include "db/connection.h"
#include "testdb.h"

#include "db/dbworker.h"
#include "db/notifier.h"
#include "db/transaction.h"
#include "exchange/exchange.h"
#include "people/personrepository.h"

#include <QCoreApplication>
#include <QSemaphore>
#include <QSqlQuery>
#include <QThread>

using namespace fd;

namespace {
Person person(const QString &first, const QString &last)
{
    Person p;
    p.firstName = first;
    p.lastName = last;
    return p;
}
} // namespace

TEST_CASE("A job runs on the worker's own thread and connection, and its writes reach the window's views", "[db][worker]")
{
    test::TempDatabase t;
    QList<qint64> added;
    QObject::connect(t->notifier(), &Notifier::changed, [&](Entity entity, ChangeKind kind, const QList<qint64> &ids) {
        if (entity == Entity::Person && kind == ChangeKind::Added)
            added += ids;
    });
    QThread *mainThread = QThread::currentThread();
    {
        DbWorker worker(t.db());
        auto job = worker.start<qint64>([&](Database &db, JobProgress &) -> Result<qint64> {
            if (QThread::currentThread() == mainThread || &db == &t.db())
                return Error(Error::Code::Generic, QStringLiteral("ran on the main thread or connection"));
            auto created = PersonRepository(db).create(person(QStringLiteral("Jörg"), QStringLiteral("Weiß")));
            if (!created)
                return created.error();
            return created->id;
        });
        job.wait();
        REQUIRE(job.result());
        // The report crossed threads as a queued call.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::MetaCall);
        CHECK(added == QList<qint64>{*job.result()});
        // The window's connection sees the committed row.
        auto read = PersonRepository(t.db()).byId(*job.result());
        REQUIRE(read);
        CHECK(read->lastName == QStringLiteral("Weiß"));
    }
}

TEST_CASE("Jobs run one after another in the order given", "[db][worker]")
{
    test::TempDatabase t;
    DbWorker worker(t.db());
    QList<int> order;
    QMutex mutex;
    QList<Job<int>> jobs;
    for (int i = 0; i < 5; ++i) {
        jobs << worker.start<int>([i, &order, &mutex](Database &, JobProgress &) -> Result<int> {
            QThread::msleep(5);
            QMutexLocker lock(&mutex);
            order << i;
            return i;
        });
    }
    jobs.last().wait();
    CHECK(order == QList<int>{0, 1, 2, 3, 4});
    for (int i = 0; i < 5; ++i)
        CHECK(*jobs.at(i).result() == i);
}

TEST_CASE("A cancelled import writes nothing, and the window can read while the worker writes", "[db][worker][import]")
{
    test::TempDatabase t;
    QByteArray csv = "Vorname;Nachname;E-Mail\n";
    for (int i = 0; i < 3000; ++i)
        csv += QStringLiteral("Person%1;Müller;p%1@example.org\n").arg(i).toUtf8();
    const QString path = t.writeFile(QStringLiteral("people.csv"), csv);

    DbWorker worker(t.db());
    QSemaphore writing;
    QSemaphore mayGoOn;
    auto job = worker.start<ImportReport>([&](Database &db, JobProgress &progress) -> Result<ImportReport> {
        auto importer = makeImporter(QStringLiteral("people"), db);
        bool paused = false;
        bool inWritePhase = false;
        qint64 last = 0;
        ProgressFn report = progress.callback();
        return importer->importFile(path, false, [&](qint64 done, qint64 total) {
            // Checking counts up to the end, then writing counts up again.
            inWritePhase = inWritePhase || done < last;
            last = done;
            // Pause once, half way through writing, inside the transaction.
            if (!paused && inWritePhase && done > 1500 && db.transactionDepth() > 0) {
                paused = true;
                writing.release();
                mayGoOn.acquire();
            }
            return report(done, total);
        });
    });
    writing.acquire();
    // The worker holds a write transaction; reading is not blocked (WAL) and
    // sees none of its rows yet.
    CHECK(test::scalar(t.db(), QStringLiteral("SELECT count(*) FROM people")).toInt() == 0);
    job.cancel();
    mayGoOn.release();
    job.wait();
    REQUIRE_FALSE(job.result());
    CHECK(job.result().error().code == Error::Code::Cancelled);
    CHECK(test::scalar(t.db(), QStringLiteral("SELECT count(*) FROM people")).toInt() == 0);
}

TEST_CASE("An import cancelled while its file is checked is cancelled, not a file with errors", "[db][worker][import]")
{
    test::TempDatabase t;
    QByteArray csv = "Name;Art\n";
    for (int i = 0; i < 1000; ++i)
        csv += QStringLiteral("Stadt %1;Stadt\n").arg(i).toUtf8();
    const QString path = t.writeFile(QStringLiteral("members.csv"), csv);
    auto result = makeImporter(QStringLiteral("members"), t.db())->importFile(path, false, [](qint64 done, qint64) {
        return done < 500; // the user cancels half way through the check
    });
    REQUIRE_FALSE(result);
    CHECK(result.error().code == Error::Code::Cancelled);
    CHECK(test::scalar(t.db(), QStringLiteral("SELECT count(*) FROM organisations")).toInt() == 0);
}

TEST_CASE("A job given after cancelling is not run at all, the next one is", "[db][worker]")
{
    test::TempDatabase t;
    DbWorker worker(t.db());
    QSemaphore started;
    QSemaphore release;
    auto blocker = worker.start<int>([&](Database &, JobProgress &) -> Result<int> {
        started.release();
        release.acquire();
        return 1;
    });
    bool ran = false;
    auto queued = worker.start<int>([&](Database &, JobProgress &) -> Result<int> {
        ran = true;
        return 2;
    });
    started.acquire();
    queued.cancel();
    release.release();
    queued.wait();
    CHECK_FALSE(ran);
    CHECK(queued.result().error().code == Error::Code::Cancelled);
    CHECK(*blocker.result() == 1);
    auto next = worker.start<int>([](Database &, JobProgress &) -> Result<int> { return 3; });
    next.wait();
    CHECK(*next.result() == 3);
}
