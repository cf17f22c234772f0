// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.hpp"
#include "testdb.h"

#include "common/clock.h"
#include "db/notifier.h"
#include "exchange/exchange.h"
#include "records/publication.h"

#include <QFile>
#include <QSignalSpy>

using namespace fd;

namespace {

struct FixedDay {
    explicit FixedDay(const QDate &day) { setFixedNow(QDateTime(day, QTime(10, 0), Qt::UTC)); }
    ~FixedDay() { setFixedNow(QDateTime()); }
};

Publication article(const QString &title, int year, PublicationStatus status = PublicationStatus::Published)
{
    Publication p;
    p.authors = QStringLiteral("Jörg Bässler, Anna Kühn");
    p.title = title;
    p.venue = QStringLiteral("Forum Kriminalprävention 3/2024");
    p.year = year;
    p.status = status;
    p.link = QStringLiteral("https://www.forum-kriminalpraevention.de/");
    return p;
}

// The first field the rules name.
bool hasFieldError(const Error &e, const char *field)
{
    return e.code == Error::Code::Validation && e.field == QLatin1String(field);
}

} // namespace

TEST_CASE("A publication needs a title, a real year, a web link, and cannot appear in the future", "[records][publications]")
{
    FixedDay day(QDate(2024, 11, 5));
    test::TempDatabase t;
    Publications publications(t.db());

    auto untitled = publications.create(article(QStringLiteral("  "), 2024));
    REQUIRE_FALSE(untitled);
    CHECK(hasFieldError(untitled.error(), "title"));

    auto future = publications.create(article(QStringLiteral("Sicherheit im Quartier"), 2025));
    REQUIRE_FALSE(future);
    CHECK(hasFieldError(future.error(), "year"));
    // The same piece, announced, is fine.
    CHECK(publications.create(article(QStringLiteral("Sicherheit im Quartier"), 2025, PublicationStatus::Forthcoming)));

    Publication badLink = article(QStringLiteral("Urbane Sicherheit"), 2024);
    badLink.link = QStringLiteral("javascript:alert(1)");
    auto refused = publications.create(badLink);
    REQUIRE_FALSE(refused);
    CHECK(hasFieldError(refused.error(), "link"));
    CHECK(test::scalar(t.db(), QStringLiteral("SELECT count(*) FROM publications")).toInt() == 1);
}

TEST_CASE("Saving a publication reports exactly the columns that changed, and refuses a stale version", "[records][publications]")
{
    FixedDay day(QDate(2024, 11, 5));
    test::TempDatabase t;
    Publications publications(t.db());
    auto created = publications.create(article(QStringLiteral("Kommunale Kriminalprävention"), 2024));
    REQUIRE(created);
    CHECK(created->id > 0);
    CHECK_FALSE(created->uuid.isNull());
    CHECK(created->rowVersion == 1);

    QSignalSpy spy(t->notifier(), &Notifier::changed);
    Publication edited = *created;
    edited.venue = QStringLiteral("Forum Kriminalprävention 4/2024");
    auto saved = publications.update(edited);
    REQUIRE(saved);
    CHECK(saved->rowVersion == 2);
    REQUIRE(spy.count() == 1);
    CHECK(spy.at(0).at(0).value<Entity>() == Entity::Publication);
    CHECK(spy.at(0).at(3).toStringList() == QStringList{QStringLiteral("venue")});

    // Someone saved meanwhile: the old copy is refused, the stored one stays.
    edited.title = QStringLiteral("Überholt");
    auto stale = publications.update(edited);
    REQUIRE_FALSE(stale);
    CHECK(stale.error().code == Error::Code::Conflict);
    CHECK(publications.byId(created->id)->title == QStringLiteral("Kommunale Kriminalprävention"));

    CHECK_FALSE(publications.remove(created->id, 1));
    CHECK(publications.remove(created->id, 2));
    CHECK(publications.list()->isEmpty());
}

TEST_CASE("Publications go out as CSV with German or English headers and come back unchanged", "[records][publications][csv]")
{
    FixedDay day(QDate(2024, 11, 5));
    test::TempDatabase source;
    Publications(source.db()).create(article(QStringLiteral("Kommunale Kriminalprävention"), 2024));
    Publications(source.db()).create(article(QStringLiteral("Sicherheit im Quartier"), 2025, PublicationStatus::Forthcoming));

    for (bool german : {true, false}) {
        INFO("German headers: " << german);
        const QString path = source.dir() + (german ? QStringLiteral("/de.csv") : QStringLiteral("/en.csv"));
        ListExportOptions options;
        options.germanHeaders = german;
        auto written = exportCsv(source.db(), QStringLiteral("publications"), path, options);
        REQUIRE(written);
        CHECK(*written == 2);
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        CHECK(text.contains(german ? QStringLiteral("Erschienen in") : QStringLiteral("Published in")));
        CHECK(text.contains(german ? QStringLiteral("im Erscheinen") : QStringLiteral("forthcoming")));

        test::TempDatabase target;
        auto importer = makeImporter(QStringLiteral("publications"), target.db());
        REQUIRE(importer);
        auto report = importer->importFile(path, false);
        REQUIRE(report);
        CHECK_FALSE(report->hasErrors());
        auto back = Publications(target.db()).list();
        REQUIRE(back);
        auto before = Publications(source.db()).list();
        REQUIRE(back->size() == before->size());
        for (int i = 0; i < back->size(); ++i)
            CHECK(back->at(i).sameContent(before->at(i)));

        // The same file again: every row exists already and is skipped.
        auto again = makeImporter(QStringLiteral("publications"), target.db())->importFile(path, false);
        REQUIRE(again);
        CHECK(again->rowsSkipped == 2);
        CHECK(Publications(target.db()).list()->size() == 2);
    }
}

TEST_CASE("A bad publication row names its line and column, and nothing of the file is written", "[records][publications][csv]")
{
    FixedDay day(QDate(2024, 11, 5));
    test::TempDatabase t;
    const QString path = t.writeFile(QStringLiteral("publikationen.csv"),
                                     QStringLiteral("Titel;Jahr;Status\n"
                                                    "Gute Zeilen;2024;erschienen\n"
                                                    "Noch eine;2023;Published\n"
                                                    "Falsch;2024;verschollen\n"
                                                    "Zu früh;2030;erschienen\n")
                                         .toUtf8());
    auto report = makeImporter(QStringLiteral("publications"), t.db())->importFile(path, false);
    REQUIRE(report);
    CHECK(report->hasErrors());
    const QStringList errors = report->lines(ImportMessage::Severity::Error);
    REQUIRE(errors.size() == 2);
    CHECK(errors.at(0).contains(QStringLiteral("publikationen.csv:4")));
    CHECK(errors.at(0).contains(QStringLiteral("Status")));
    CHECK(errors.at(0).contains(QStringLiteral("verschollen")));
    CHECK(errors.at(1).contains(QStringLiteral("publikationen.csv:5")));
    CHECK(errors.at(1).contains(QStringLiteral("Jahr")));
    CHECK(test::scalar(t.db(), QStringLiteral("SELECT count(*) FROM publications")).toInt() == 0);
}
