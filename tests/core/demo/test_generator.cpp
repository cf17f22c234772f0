// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.hpp"
#include "testdb.h"

#include "cli/cli.h"
#include "common/dates.h"
#include "common/textfold.h"
#include "demo/demodata.h"
#include "db/sqlhelpers.h"
#include "demo/generator.h"
#include "events/eventrepository.h"
#include "events/registrationrepository.h"
#include "members/organisationrepository.h"
#include "people/personrepository.h"

#include <QCryptographicHash>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTextStream>

using namespace fd;

namespace {

Generator::Summary generateSmall(Database &db, quint32 seed = 1)
{
    auto summary = Generator::generate(db, Generator::Scale::Small, seed);
    if (!summary)
        FAIL(summary.error().toString().toStdString());
    return *summary;
}

QStringList column(Database &db, const QString &sql)
{
    QSqlQuery q(sqlConnection(db));
    REQUIRE(q.exec(sql));
    QStringList values;
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < q.record().count(); ++i)
            row << q.value(i).toString();
        values << row.join(QLatin1Char('\t'));
    }
    return values;
}

// Every generated row that a seed decides, as one hash.
QByteArray fingerprint(Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *sql : {"SELECT uuid, name, joined_on, left_on, created_at FROM organisations ORDER BY id",
                            "SELECT uuid, first_name, last_name, email, created_at FROM people ORDER BY id",
                            "SELECT uuid, person_id, organisation_id, valid_from, valid_until FROM affiliations ORDER BY id",
                            "SELECT uuid, title, start_date, capacity, created_at FROM events ORDER BY id",
                            "SELECT uuid, event_id, person_id, status, registered_at, updated_at, row_version FROM registrations ORDER BY id"})
        hash.addData(column(db, QString::fromLatin1(sql)).join(QLatin1Char('\n')).toUtf8());
    return hash.result();
}

} // namespace

TEST_CASE("The small scale generates the promised numbers of members, people, events and registrations", "[generator]")
{
    test::TempDatabase t;
    const Generator::Summary summary = generateSmall(t.db());
    const Generator::Size promised = Generator::sizeOf(Generator::Scale::Small);
    CHECK(promised.organisations == 3);
    CHECK(promised.people == 200);
    CHECK(promised.events == 50);
    CHECK(promised.registrations == 5000);

    CHECK(test::scalar(t.db(), QStringLiteral("SELECT count(*) FROM organisations WHERE joined_on IS NOT NULL")).toInt() == 3);
    CHECK(test::scalar(t.db(), QStringLiteral("SELECT count(*) FROM people")).toInt() == 200);
    CHECK(test::scalar(t.db(), QStringLiteral("SELECT count(*) FROM events")).toInt() == 50);
    CHECK(test::scalar(t.db(), QStringLiteral("SELECT count(*) FROM registrations")).toInt() == 5000);
    CHECK(summary.organisations == 3);
    CHECK(summary.people == 200);
    CHECK(summary.events == 50);
    CHECK(summary.registrations == 5000);
    CHECK(summary.affiliations == test::scalar(t.db(), QStringLiteral("SELECT count(*) FROM affiliations")).toInt());

    // Every status occurs, and events that filled up have a waitlist.
    CHECK(test::scalar(t.db(), QStringLiteral("SELECT count(DISTINCT status) FROM registrations")).toInt() == 5);
    CHECK(summary.waitlisted > 0);
    CHECK(summary.waitlisted == test::scalar(t.db(), QStringLiteral("SELECT count(*) FROM registrations WHERE status = 'waitlisted'")).toInt());
    // Sizes differ widely (at this scale the 200 people bound the biggest).
    const QStringList sizes = column(t.db(), QStringLiteral("SELECT count(*) FROM registrations GROUP BY event_id ORDER BY 1"));
    REQUIRE(sizes.size() > 10);
    CHECK(sizes.last().toInt() >= 3 * sizes.first().toInt());
    CHECK(summary.largestEvent == sizes.last().toInt());
    // Events of several kinds from the kinds table, and people with a history of positions.
    CHECK(test::scalar(t.db(), QStringLiteral("SELECT count(DISTINCT kind_id) FROM events")).toInt() >= 5);
    CHECK(test::scalar(t.db(), QStringLiteral("SELECT count(*) FROM (SELECT person_id FROM affiliations GROUP BY person_id HAVING count(*) > 1)"))
              .toInt() > 0);
}

TEST_CASE("The same seed generates the same data, another seed other data", "[generator]")
{
    test::TempDatabase a, b, c;
    generateSmall(a.db(), 42);
    generateSmall(b.db(), 42);
    generateSmall(c.db(), 43);
    CHECK(fingerprint(a.db()) == fingerprint(b.db()));
    CHECK(column(a.db(), QStringLiteral("SELECT uuid FROM people ORDER BY id")) == column(b.db(), QStringLiteral("SELECT uuid FROM people ORDER BY id")));
    CHECK(fingerprint(a.db()) != fingerprint(c.db()));
    CHECK(column(a.db(), QStringLiteral("SELECT first_name || ' ' || last_name FROM people ORDER BY id"))
          != column(c.db(), QStringLiteral("SELECT first_name || ' ' || last_name FROM people ORDER BY id")));
}

TEST_CASE("A generated database passes SQLite's integrity and foreign key checks", "[generator]")
{
    test::TempDatabase t;
    generateSmall(t.db());
    CHECK(column(t.db(), QStringLiteral("PRAGMA integrity_check")) == QStringList{QStringLiteral("ok")});
    CHECK(column(t.db(), QStringLiteral("PRAGMA foreign_key_check")).isEmpty());
}

TEST_CASE("Generated rows carry the keys, timestamps and versions the repositories write", "[generator]")
{
    test::TempDatabase t;
    generateSmall(t.db());
    Database &db = t.db();

    QSqlQuery people(sqlConnection(db));
    REQUIRE(people.exec(QStringLiteral("SELECT first_name, last_name, name_key, email, email_key, uuid, created_at, updated_at, row_version FROM people")));
    int rows = 0;
    while (people.next()) {
        ++rows;
        CHECK(people.value(2).toString() == PersonRepository::nameKey(people.value(0).toString(), people.value(1).toString()));
        CHECK(people.value(4).toString() == emailKey(people.value(3).toString()));
        CHECK_FALSE(uuidFromDb(people.value(5)).isNull());
        const QDateTime created = fromDbTimestamp(people.value(6));
        REQUIRE(created.isValid());
        CHECK(toDbTimestamp(created).toString() == people.value(6).toString());
        CHECK(people.value(8).toInt() >= 1);
    }
    CHECK(rows == 200);
    for (const QString &row : column(db, QStringLiteral("SELECT name, name_key FROM organisations")))
        CHECK(row.section(QLatin1Char('\t'), 1) == foldKey(row.section(QLatin1Char('\t'), 0, 0)));
    for (const QString &row : column(db, QStringLiteral("SELECT title, title_key FROM events")))
        CHECK(row.section(QLatin1Char('\t'), 1) == foldKey(row.section(QLatin1Char('\t'), 0, 0)));
    // Changed rows have a newer version and a later update than their creation.
    CHECK(test::scalar(db, QStringLiteral("SELECT count(*) FROM registrations WHERE status = 'attended' AND row_version < 2")).toInt() == 0);
    CHECK(test::scalar(db, QStringLiteral("SELECT count(*) FROM registrations WHERE updated_at < created_at")).toInt() == 0);
    CHECK(test::scalar(db, QStringLiteral("SELECT count(*) FROM registrations WHERE (status = 'waitlisted') <> (waitlisted_at IS NOT NULL)")).toInt() == 0);
    // Nobody registers before the office knows them, or for an event that is over.
    CHECK(test::scalar(db, QStringLiteral("SELECT count(*) FROM registrations r JOIN people p ON p.id = r.person_id "
                                          "WHERE r.registered_at < p.created_at")).toInt() == 0);
    CHECK(test::scalar(db, QStringLiteral("SELECT count(*) FROM registrations r JOIN events e ON e.id = r.event_id "
                                          "WHERE substr(r.registered_at, 1, 10) >= e.start_date")).toInt() == 0);
    // Nothing is dated after the day the data describes.
    const QVariant asOf = toDbTimestamp(QDateTime(Generator::asOf(), QTime(0, 0), Qt::UTC));
    for (const char *table : {"organisations", "people", "affiliations", "events", "registrations"}) {
        QSqlQuery q(sqlConnection(db));
        REQUIRE(q.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE created_at > ? OR updated_at > ?").arg(QLatin1String(table))));
        q.addBindValue(asOf);
        q.addBindValue(asOf);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        INFO(table);
        CHECK(q.value(0).toInt() == 0);
    }
}

TEST_CASE("The app's repositories list and read a generated database", "[generator]")
{
    test::TempDatabase t;
    generateSmall(t.db());
    Database &db = t.db();

    auto people = PersonRepository(db).list();
    REQUIRE(people);
    CHECK(people->size() == 200);
    auto members = OrganisationRepository(db).all();
    REQUIRE(members);
    CHECK(members->size() == 3);
    auto events = EventRepository(db).list();
    REQUIRE(events);
    CHECK(events->size() == 50);

    // The biggest event: its registrations read back, and its waitlist follows the capacity rule.
    const qint64 biggest = test::scalar(db, QStringLiteral("SELECT event_id FROM registrations GROUP BY event_id ORDER BY count(*) DESC, event_id LIMIT 1")).toLongLong();
    const int expected = test::scalar(db, QStringLiteral("SELECT count(*) FROM registrations WHERE event_id = %1").arg(biggest)).toInt();
    auto registrations = RegistrationRepository(db).forEvent(biggest);
    REQUIRE(registrations);
    CHECK(registrations->size() == expected);
    for (const Registration &r : std::as_const(*registrations))
        CHECK_FALSE(r.personName.isEmpty());

    for (const EventListItem &item : std::as_const(*events)) {
        const RegistrationCounts counts = *EventRepository(db).counts(item.event.id);
        if (item.event.capacity) {
            INFO(item.event.title.toStdString());
            CHECK(counts.seatsTaken() <= *item.event.capacity);
            if (counts.waitlisted > 0)
                CHECK(counts.seatsTaken() == *item.event.capacity);
        } else {
            CHECK(counts.waitlisted == 0);
        }
    }
}

TEST_CASE("Generated names carry the diacritics of several countries, e-mail addresses are plain", "[generator]")
{
    test::TempDatabase t;
    generateSmall(t.db());
    const QStringList names = column(t.db(), QStringLiteral("SELECT first_name || ' ' || last_name FROM people"));
    // Letters that only some languages have: Polish, German, French, Czech, Turkish, Scandinavian.
    const QList<QString> alphabets = {QStringLiteral("ąćęłńśźżŁŚŻ"), QStringLiteral("äöüßÄÖÜ"), QStringLiteral("éèêëçîïôœÉ"),
                                      QStringLiteral("čďěňřšťůžŘŠŽ"), QStringLiteral("ğışİŞ"), QStringLiteral("åøæÅØÆ")};
    int alphabetsSeen = 0;
    for (const QString &letters : alphabets) {
        bool seen = false;
        for (const QString &name : names) {
            for (const QChar ch : name)
                seen = seen || letters.contains(ch);
        }
        alphabetsSeen += seen;
    }
    CHECK(alphabetsSeen >= 3);
    int withDiacritics = 0;
    for (const QString &name : names)
        withDiacritics += foldKey(name) != name.toCaseFolded();
    CHECK(withDiacritics >= names.size() / 5);

    for (const QString &email : column(t.db(), QStringLiteral("SELECT email FROM people WHERE email <> ''"))) {
        INFO(email.toStdString());
        CHECK(email.endsWith(QLatin1String(".example")));
        CHECK(isValidEmail(email));
        for (const QChar ch : email)
            CHECK(ch.unicode() < 0x80);
    }
    CHECK(test::scalar(t.db(), QStringLiteral("SELECT count(*) - count(DISTINCT email_key) FROM people WHERE email <> ''")).toInt() == 0);
}

TEST_CASE("Data is only generated into an empty database", "[generator]")
{
    test::TempDatabase t;
    REQUIRE(DemoData::load(t.db()));
    const int before = test::scalar(t.db(), QStringLiteral("SELECT count(*) FROM people")).toInt();
    auto refused = Generator::generate(t.db(), Generator::Scale::Small, 1);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == Error::Code::Validation);
    CHECK(test::scalar(t.db(), QStringLiteral("SELECT count(*) FROM people")).toInt() == before);
}

TEST_CASE("forumdesk-cli generate fills an empty database, refuses a full one and wants a scale", "[generator][cli]")
{
    test::TempDatabase t;
    const QString path = t.path();
    t.close();
    auto run = [&](const QStringList &args, QString *err = nullptr) {
        QString out, errors;
        QTextStream o(&out), e(&errors);
        const int code = Cli::run(QStringList{QStringLiteral("forumdesk-cli"), QStringLiteral("--db"), path} + args, o, e);
        e.flush();
        if (err)
            *err = errors;
        return code;
    };
    QString err;
    CHECK(run({QStringLiteral("generate")}, &err) == Cli::UsageError);
    CHECK(err.contains(QStringLiteral("--scale")));
    CHECK(run({QStringLiteral("generate"), QStringLiteral("--scale"), QStringLiteral("huge")}) == Cli::UsageError);
    CHECK(run({QStringLiteral("generate"), QStringLiteral("--scale"), QStringLiteral("small"), QStringLiteral("--seed"), QStringLiteral("x")})
          == Cli::UsageError);

    CHECK(run({QStringLiteral("generate"), QStringLiteral("--scale"), QStringLiteral("small"), QStringLiteral("--seed"), QStringLiteral("5")}, &err)
          == Cli::Ok);
    CHECK(err.contains(QStringLiteral("50% written")));
    CHECK(run({QStringLiteral("generate"), QStringLiteral("--scale"), QStringLiteral("small")}, &err) == Cli::DataError);
    CHECK(err.contains(QStringLiteral("empty database")));
    t.reopen();
    CHECK(test::scalar(t.db(), QStringLiteral("SELECT count(*) FROM registrations")).toInt() == 5000);
}
