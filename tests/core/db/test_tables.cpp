// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.hpp"
#include "testdb.h"

#include "db/database.h"
#include "db/connection.h"
#include "db/migrations.h"
#include "db/tables.h"
#include "events/event.h"
#include "events/eventrepository.h"
#include "members/organisationrepository.h"
#include "people/personrepository.h"
#include "db/notifier.h"

#include <QSignalSpy>
#include "members/organisation.h"
#include "people/person.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

using namespace fd;

namespace {

// CREATE statements compared as SQL, not as layout.
QString normalised(QString sql)
{
    sql.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    sql.replace(QStringLiteral("( "), QStringLiteral("("));
    sql.replace(QStringLiteral(" )"), QStringLiteral(")"));
    return sql.trimmed();
}

// name -> CREATE statement of every table and index of a connection (SQLite's own left out).
QMap<QString, QString> schemaOf(const QSqlDatabase &connection)
{
    QMap<QString, QString> objects;
    QSqlQuery q(connection);
    REQUIRE(q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'")));
    while (q.next())
        objects.insert(q.value(0).toString(), normalised(q.value(1).toString()));
    return objects;
}

} // namespace

TEST_CASE("The declared tables are exactly the schema the migrations create", "[db][tables]")
{
    test::TempDatabase migrated;
    const QMap<QString, QString> released = schemaOf(sqlConnection(migrated.db()));

    // The same schema, created from the declarations alone in an empty file.
    QTemporaryDir dir;
    const QString name = QStringLiteral("declared-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QMap<QString, QString> declared;
    {
        QSqlDatabase empty = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        empty.setDatabaseName(dir.filePath(QStringLiteral("declared.sqlite")));
        REQUIRE(empty.open());
        const SqlDialect dialect;
        for (const Table *table : tables::all()) {
            for (const QString &statement : table->createStatements(latestSchemaVersion())) {
                QSqlQuery q(empty);
                INFO(statement.toStdString());
                REQUIRE(q.exec(dialect.ddl(statement)));
            }
        }
        declared = schemaOf(empty);
        empty.close();
    }
    QSqlDatabase::removeDatabase(name);

    CHECK(declared.keys() == released.keys());
    for (auto it = released.cbegin(); it != released.cend(); ++it) {
        INFO("table or index " << it.key().toStdString());
        CHECK(declared.value(it.key()).toStdString() == it.value().toStdString());
    }
}

TEST_CASE("A declaration knows what each column is for", "[db][tables]")
{
    const Table &people = tables::people();
    // Personal data, for the GDPR export and erasure.
    CHECK(people.columnNames(ColumnFlag::Personal).contains(QStringLiteral("email")));
    CHECK_FALSE(people.columnNames(ColumnFlag::Personal).contains(QStringLiteral("uuid")));
    // The office's notes never travel in a pack.
    CHECK_FALSE(people.columnNames(ColumnFlag::Pack).contains(QStringLiteral("notes")));
    CHECK(people.columnNames(ColumnFlag::Pack).contains(QStringLiteral("email_key")));
    // What a user edits: neither keys nor stamps nor derived columns.
    const QStringList editable = tables::organisations().editableColumns();
    CHECK(editable.contains(QStringLiteral("name")));
    CHECK_FALSE(editable.contains(QStringLiteral("name_key")));
    CHECK_FALSE(editable.contains(QStringLiteral("row_version")));
    // Derived keys are computed from the row, the one way every writer computes them.
    QVariantMap row{{QStringLiteral("first_name"), QStringLiteral("Jürgen ")}, {QStringLiteral("last_name"), QStringLiteral("Müller")}};
    people.deriveValues(row);
    CHECK(row.value(QStringLiteral("name_key")).toString() == QStringLiteral("muller jurgen"));
    // Members-only material is marked as such.
    CHECK(tables::events().columnNames(ColumnFlag::MembersOnly) == QStringList{QStringLiteral("documentation_url")});
}

TEST_CASE("A column added by a later version is created by its migration, not by the first", "[db][tables]")
{
    Table t = Table(QStringLiteral("widgets"), Entity::Event, 3)
                  .identity()
                  .text(QStringLiteral("name")).nonEmpty()
                  .text(QStringLiteral("colour")).notNull().defaultsTo(QStringLiteral("''")).since(4)
                  .stamps()
                  .index(QStringLiteral("widgets_colour"), {QStringLiteral("colour")}, false, 4);
    const QStringList v3 = t.createStatements(3);
    REQUIRE(v3.size() == 1);
    CHECK_FALSE(v3.first().contains(QStringLiteral("colour")));
    CHECK(t.createStatements(4).size() == 2);
    CHECK(t.addColumnStatement(QStringLiteral("colour")) == QStringLiteral("ALTER TABLE widgets ADD COLUMN colour TEXT NOT NULL DEFAULT ''"));
}

TEST_CASE("The keys the program writes are the values the declarations allow", "[db][tables]")
{
    auto allowed = [](const Table &t, const char *column) { return t.find(QLatin1String(column))->allowed; };
    for (auto s : {RegistrationStatus::Registered, RegistrationStatus::Waitlisted, RegistrationStatus::Cancelled, RegistrationStatus::Attended,
                   RegistrationStatus::NoShow})
        CHECK(allowed(tables::registrations(), "status").contains(statusKey(s)));
    for (auto s : {RegistrationSource::Phone, RegistrationSource::Email, RegistrationSource::Form, RegistrationSource::OnSite,
                   RegistrationSource::Paper, RegistrationSource::Import})
        CHECK(allowed(tables::registrations(), "source").contains(sourceKey(s)));
    for (auto f : {EventFormat::Online, EventFormat::OnSite, EventFormat::Hybrid})
        CHECK(allowed(tables::events(), "format").contains(formatKey(f)));
    for (auto a : {Audience::Members, Audience::Public})
        CHECK(allowed(tables::events(), "audience").contains(audienceKey(a)));
    for (auto r : {EventRole::Organiser, EventRole::CoOrganiser, EventRole::Attendee, EventRole::Speaker})
        CHECK(allowed(tables::events(), "role").contains(roleKey(r)));
    for (auto k : {OrganisationKind::City, OrganisationKind::Organisation})
        CHECK(allowed(tables::organisations(), "kind").contains(organisationKindKey(k)));
    for (auto c : {ConsentTopic::Newsletter, ConsentTopic::Photos, ConsentTopic::Sharing})
        CHECK(allowed(tables::consentLog(), "topic").contains(consentTopicKey(c)));
}

TEST_CASE("Deleting a record names the rows that went with it and the records they belonged to, instead of resetting lists", "[db][tables][notify]")
{
    test::TempDatabase t;
    Organisation o;
    o.name = QStringLiteral("Hannover");
    auto org = OrganisationRepository(t.db()).create(o);
    REQUIRE(org);
    MembershipFee f;
    f.organisationId = org->id;
    f.year = 2024;
    auto fee = OrganisationRepository(t.db()).createFee(f);
    REQUIRE(fee);
    Person p;
    p.lastName = QStringLiteral("Öztürk");
    auto person = PersonRepository(t.db()).create(p);
    REQUIRE(person);
    Affiliation a;
    a.personId = person->id;
    a.organisationId = org->id;
    auto affiliation = PersonRepository(t.db()).createAffiliation(a);
    REQUIRE(affiliation);
    Event e;
    e.title = QStringLiteral("Workshop Hannover");
    e.kindId = EventKindRepository(t.db()).all()->first().id;
    e.startDate = QDate(2024, 5, 16);
    e.funderId = org->id;
    auto event = EventRepository(t.db()).create(e);
    REQUIRE(event);

    QSignalSpy changed(t->notifier(), &Notifier::changed);
    QSignalSpy reset(t->notifier(), &Notifier::reset);
    REQUIRE(OrganisationRepository(t.db()).remove(org->id, org->rowVersion));
    CHECK(reset.isEmpty());
    QMap<QString, QString> seen; // "entity kind" -> "ids fields"
    for (const QList<QVariant> &args : std::as_const(changed)) {
        QStringList ids;
        for (qint64 id : args.at(2).value<QList<qint64>>())
            ids << QString::number(id);
        seen.insert(QStringLiteral("%1 %2").arg(int(args.at(0).value<Entity>())).arg(int(args.at(1).value<ChangeKind>())),
                    ids.join(QLatin1Char(',')) + QLatin1Char(' ') + args.at(3).toStringList().join(QLatin1Char(',')));
    }
    auto key = [](Entity en, ChangeKind k) { return QStringLiteral("%1 %2").arg(int(en)).arg(int(k)); };
    CHECK(seen.value(key(Entity::Organisation, ChangeKind::Removed)) == QStringLiteral("%1 ").arg(org->id));
    CHECK(seen.value(key(Entity::MembershipFee, ChangeKind::Removed)) == QStringLiteral("%1 ").arg(fee->id));
    CHECK(seen.value(key(Entity::Affiliation, ChangeKind::Removed)) == QStringLiteral("%1 ").arg(affiliation->id));
    // The person's list row shows the position that went; the event lost its funder.
    CHECK(seen.value(key(Entity::Person, ChangeKind::Changed)) == QStringLiteral("%1 affiliations").arg(person->id));
    CHECK(seen.value(key(Entity::Event, ChangeKind::Changed)) == QStringLiteral("%1 funder_id").arg(event->id));
}

TEST_CASE("A record made from a copy of another gets stamps of its own, and an edit cannot move it to another parent", "[db][tables]")
{
    test::TempDatabase t;
    Organisation o;
    o.name = QStringLiteral("Kiel");
    auto kiel = OrganisationRepository(t.db()).create(o);
    REQUIRE(kiel);
    Organisation copy = *kiel;
    copy.id = 0;
    copy.uuid = QUuid();
    copy.name = QStringLiteral("Lübeck");
    copy.createdAt = copy.updatedAt = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
    copy.rowVersion = 5;
    auto luebeck = OrganisationRepository(t.db()).create(copy);
    REQUIRE(luebeck);
    CHECK(luebeck->rowVersion == 1);
    CHECK(luebeck->createdAt.date().year() > 2020);

    MembershipFee f;
    f.organisationId = kiel->id;
    f.year = 2024;
    auto fee = OrganisationRepository(t.db()).createFee(f);
    REQUIRE(fee);
    MembershipFee moved = *fee;
    moved.organisationId = luebeck->id;
    moved.amountCents = 12000;
    REQUIRE(OrganisationRepository(t.db()).updateFee(moved));
    CHECK(test::scalar(t.db(), QStringLiteral("SELECT organisation_id FROM membership_fees WHERE id = %1").arg(fee->id)).toLongLong() == kiel->id);
    CHECK(test::scalar(t.db(), QStringLiteral("SELECT amount_cents FROM membership_fees WHERE id = %1").arg(fee->id)).toLongLong() == 12000);
}
