// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.hpp"
#include "testdb.h"

#include "common/clock.h"
#include "common/dates.h"
#include "db/notifier.h"
#include "db/searchindex.h"
#include "db/tablestore.h"
#include "exchange/declaredkind.h"
#include "exchange/exchange.h"
#include "members/organisationrepository.h"
#include "people/personrepository.h"
#include "records/recordkind.h"

#include <QFile>
#include <QSignalSpy>

using namespace fd;

namespace {

struct FixedDay {
    explicit FixedDay(const QDate &day) { setFixedNow(QDateTime(day, QTime(10, 0), Qt::UTC)); }
    ~FixedDay() { setFixedNow(QDateTime()); }
};

struct Known {
    qint64 organisation = 0;
    qint64 person = 0;
};

Known addKnown(Database &db)
{
    Organisation koeln;
    koeln.name = QStringLiteral("Köln");
    koeln.joinedOn = QDate(2015, 1, 1);
    Person p;
    p.firstName = QStringLiteral("Łukasz");
    p.lastName = QStringLiteral("Wróblewski");
    return {OrganisationRepository(db).create(koeln)->id, PersonRepository(db).create(p)->id};
}

// A row of `kind` with every editable column filled as a user would: text
// with accents, dates in order, the last of the allowed values.
QVariantMap sample(const RecordKind &kind, const Known &known, const QString &salt = QString())
{
    QVariantMap row;
    for (const QString &name : kind.table->editableColumns()) {
        const Column *c = kind.table->find(name);
        const bool late = name.contains(QLatin1String("end")) || name.startsWith(QLatin1String("until"))
            || name.startsWith(QLatin1String("decided")) || name.startsWith(QLatin1String("published"));
        switch (c->type) {
        case ColumnType::Date:
            row.insert(name, late ? QStringLiteral("2024-09-30") : QStringLiteral("2024-03-05"));
            break;
        case ColumnType::Integer:
        case ColumnType::BigInt:
            row.insert(name, 7);
            break;
        case ColumnType::Bool:
            row.insert(name, true);
            break;
        case ColumnType::BlobRef:
            break; // a file: stored first (the tests of files do that)
        case ColumnType::Reference:
            if (c->refTable == QLatin1String("organisations"))
                row.insert(name, known.organisation);
            else if (c->refTable == QLatin1String("people"))
                row.insert(name, known.person);
            break;
        default:
            if (!c->allowed.isEmpty())
                row.insert(name, c->allowed.last());
            else if (c->maxBytes == TextSize::Link)
                row.insert(name, QString(QStringLiteral("https://www.defus.de/") + name));
            else
                row.insert(name, QStringLiteral("Prävention in Städten %1 %2").arg(name, salt).trimmed());
        }
    }
    return row;
}

} // namespace

TEST_CASE("Every kind of the year's records is created, read, changed and deleted through its declaration alone", "[records][kinds]")
{
    FixedDay day(QDate(2024, 11, 5));
    test::TempDatabase t;
    const Known known = addKnown(t.db());
    REQUIRE(recordKinds().size() == 9);
    for (const RecordKind &kind : recordKinds()) {
        INFO(kind.name.toStdString());
        Records records(t.db(), kind);
        const QVariantMap values = sample(kind, known);
        auto created = records.create(values);
        REQUIRE(created);
        CHECK(created->rowVersion == 1);
        CHECK_FALSE(created->title().isEmpty());
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            INFO(it.key().toStdString());
            CHECK(TableStore::comparable(created->value(it.key())) == TableStore::comparable(it.value()));
        }
        // References come with the name of what they point to, for the list.
        for (const Column *c : kind.table->references()) {
            if (c->refTable == QLatin1String("organisations"))
                CHECK(created->text(referenceTitleKey(c->name)) == QStringLiteral("Köln"));
            else if (c->refTable == QLatin1String("people"))
                CHECK(created->text(referenceTitleKey(c->name)) == QStringLiteral("Łukasz Wróblewski"));
        }

        // A change of the notes is written and reported as that one column.
        QSignalSpy changed(t.db().notifier(), &Notifier::changed);
        Record edited = *created;
        edited.values.insert(QStringLiteral("notes"), QStringLiteral("Rückruf vereinbart"));
        auto updated = records.update(edited);
        REQUIRE(updated);
        CHECK(updated->rowVersion == 2);
        CHECK(updated->text(QStringLiteral("notes")) == QStringLiteral("Rückruf vereinbart"));
        CHECK(created->changedColumns(*updated) == QStringList{QStringLiteral("notes")});
        REQUIRE(changed.size() == 1);
        CHECK(changed.at(0).at(3).toStringList() == QStringList{QStringLiteral("notes")});

        // A stale version is refused.
        CHECK_FALSE(records.update(edited));
        CHECK(records.list()->size() == 1);
        CHECK(records.remove(updated->id, updated->rowVersion));
        CHECK(records.list()->isEmpty());
    }
}

TEST_CASE("The rules of the declarations and of each kind refuse bad values and name the field", "[records][kinds]")
{
    FixedDay day(QDate(2024, 11, 5));
    test::TempDatabase t;
    const Known known = addKnown(t.db());
    auto refuses = [&](const char *kindName, const QVariantMap &changes, const char *field) {
        const RecordKind *kind = findRecordKind(QString::fromLatin1(kindName));
        REQUIRE(kind);
        QVariantMap row = sample(*kind, known);
        for (auto it = changes.cbegin(); it != changes.cend(); ++it)
            row.insert(it.key(), it.value());
        auto created = Records(t.db(), *kind).create(row);
        INFO(kindName << " " << field);
        REQUIRE_FALSE(created);
        CHECK(created.error().code == Error::Code::Validation);
        CHECK(created.error().field == QLatin1String(field));
    };
    refuses("projects", {{QStringLiteral("title"), QStringLiteral("   ")}}, "title");
    refuses("projects", {{QStringLiteral("ends_on"), QStringLiteral("2023-12-31")}}, "ends_on");
    refuses("projects", {{QStringLiteral("website"), QStringLiteral("www.defus.de")}}, "website");
    refuses("projects", {{QStringLiteral("our_role"), QStringLiteral("boss")}}, "our_role");
    refuses("projects", {{QStringLiteral("starts_on"), QStringLiteral("2024-02-30")}}, "starts_on");
    refuses("surveys", {{QStringLiteral("sent_on"), QVariant()}}, "sent_on");
    refuses("media-requests", {{QStringLiteral("status"), QStringLiteral("declined")}, {QStringLiteral("decline_reason"), QString()}},
            "decline_reason");
    refuses("funding-applications", {{QStringLiteral("status"), QStringLiteral("pending")}}, "decided_on");
    refuses("funding-applications", {{QStringLiteral("decided_on"), QStringLiteral("2024-01-01")}}, "decided_on");
    refuses("team", {{QStringLiteral("person_id"), QVariant()}}, "person_id");
    refuses("network-roles", {{QStringLiteral("until_on"), QStringLiteral("2020-01-01")}}, "until_on");
    for (const RecordKind &k : recordKinds())
        CHECK(Records(t.db(), k).list()->isEmpty());
}

TEST_CASE("A record belongs to the year of its date, and a project or a role to every year it runs", "[records][kinds]")
{
    FixedDay day(QDate(2024, 11, 5));
    test::TempDatabase t;
    const Known known = addKnown(t.db());
    const RecordKind &projects = *findRecordKind(QStringLiteral("projects"));
    QVariantMap p = sample(projects, known);
    p.insert(QStringLiteral("starts_on"), QStringLiteral("2023-04-01"));
    p.insert(QStringLiteral("ends_on"), QStringLiteral("2025-03-31"));
    p.insert(QStringLiteral("original_end"), QStringLiteral("2024-12-31"));
    REQUIRE(Records(t.db(), projects).create(p));
    QVariantMap open = sample(projects, known, QStringLiteral("open"));
    open.insert(QStringLiteral("starts_on"), QStringLiteral("2024-06-01"));
    open.insert(QStringLiteral("ends_on"), QVariant());
    open.insert(QStringLiteral("original_end"), QVariant());
    REQUIRE(Records(t.db(), projects).create(open));
    CHECK(*Records(t.db(), projects).count(2022) == 0);
    CHECK(*Records(t.db(), projects).count(2023) == 1);
    CHECK(*Records(t.db(), projects).count(2024) == 2);
    CHECK(*Records(t.db(), projects).count(2025) == 2); // the open one runs on
    CHECK(Records(t.db(), projects).list(2026)->size() == 1);

    const RecordKind &surveys = *findRecordKind(QStringLiteral("surveys"));
    for (const char *date : {"2023-12-31", "2024-01-01", "2024-12-31", "2025-01-01"}) {
        QVariantMap s = sample(surveys, known, QString::fromLatin1(date));
        s.insert(QStringLiteral("sent_on"), QString::fromLatin1(date));
        REQUIRE(Records(t.db(), surveys).create(s));
    }
    CHECK(*Records(t.db(), surveys).count(2024) == 2);
    auto of2024 = Records(t.db(), surveys).list(2024);
    REQUIRE(of2024->size() == 2);
    CHECK(of2024->at(0).text(QStringLiteral("sent_on")) == QStringLiteral("2024-12-31")); // newest first
}

TEST_CASE("Every kind goes out as CSV in German or English and comes back the same, members and people by name", "[records][kinds][csv]")
{
    FixedDay day(QDate(2024, 11, 5));
    test::TempDatabase source;
    const Known known = addKnown(source.db());
    for (const RecordKind &kind : recordKinds())
        REQUIRE(Records(source.db(), kind).create(sample(kind, known)));

    for (bool german : {true, false}) {
        test::TempDatabase target;
        addKnown(target.db());
        for (const RecordKind &kind : recordKinds()) {
            INFO(kind.name.toStdString() << (german ? " German" : " English"));
            const QString path = source.dir() + QLatin1Char('/') + kind.name + (german ? QStringLiteral("-de.csv") : QStringLiteral("-en.csv"));
            ListExportOptions options;
            options.germanHeaders = german;
            auto written = exportCsv(source.db(), kind.name, path, options);
            REQUIRE(written);
            CHECK(*written == 1);
            QFile f(path);
            REQUIRE(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            for (const Column *c : kind.table->references()) {
                if (c->has(ColumnFlag::Csv))
                    CHECK((text.contains(QStringLiteral("Köln")) || text.contains(QStringLiteral("Łukasz Wróblewski"))));
            }
            auto report = makeImporter(kind.name, target.db())->importFile(path, false);
            REQUIRE(report);
            INFO(report->lines(ImportMessage::Severity::Error).join(QLatin1Char('\n')).toStdString());
            CHECK_FALSE(report->hasErrors());
            auto back = Records(target.db(), kind).list();
            auto before = Records(source.db(), kind).list();
            REQUIRE(back->size() == 1);
            for (const QString &c : kind.table->columnNames(ColumnFlag::Csv)) {
                INFO(c.toStdString());
                const Column *col = kind.table->find(c);
                if (col->type == ColumnType::Reference)
                    CHECK(back->first().text(referenceTitleKey(c)) == before->first().text(referenceTitleKey(c)));
                else
                    CHECK(TableStore::comparable(back->first().value(c)) == TableStore::comparable(before->first().value(c)));
            }
            // The same file again: the record exists already and is skipped.
            auto again = makeImporter(kind.name, target.db())->importFile(path, false);
            REQUIRE(again);
            CHECK(again->rowsSkipped == 1);
        }
    }
}

TEST_CASE("An exchange with a member nobody knows is refused by file, line and column, and nothing is written", "[records][kinds][csv]")
{
    FixedDay day(QDate(2024, 11, 5));
    test::TempDatabase t;
    addKnown(t.db());
    const QString path = t.writeFile(QStringLiteral("austausch.csv"),
                                     QStringLiteral("Datum;Mitglied;Format;Anlass\n"
                                                    "12.03.2024;koln;vor Ort;Neue Kollegin\n"
                                                    "13.03.2024;Kölln;online;Nachfrage Förderung\n"
                                                    "14.03.2024;Köln;per Brief;Besuch\n")
                                         .toUtf8());
    auto report = makeImporter(QStringLiteral("exchanges"), t.db())->importFile(path, false);
    REQUIRE(report);
    const QStringList errors = report->lines(ImportMessage::Severity::Error);
    REQUIRE(errors.size() == 2);
    CHECK(errors.at(0).contains(QStringLiteral("austausch.csv:3")));
    CHECK(errors.at(0).contains(QStringLiteral("Mitglied")));
    CHECK(errors.at(0).contains(QStringLiteral("Kölln")));
    CHECK(errors.at(1).contains(QStringLiteral("austausch.csv:4")));
    CHECK(errors.at(1).contains(QStringLiteral("Format")));
    CHECK(test::scalar(t.db(), QStringLiteral("SELECT count(*) FROM exchanges")).toInt() == 0);
}

TEST_CASE("The search finds the year's records by any word of their declared columns", "[records][kinds][search]")
{
    FixedDay day(QDate(2024, 11, 5));
    test::TempDatabase t;
    const Known known = addKnown(t.db());
    QVariantMap m = sample(*findRecordKind(QStringLiteral("media-requests")), known);
    m.insert(QStringLiteral("outlet"), QStringLiteral("Süddeutsche Zeitung"));
    m.insert(QStringLiteral("topic"), QStringLiteral("Messerverbotszonen"));
    auto created = Records(t.db(), *findRecordKind(QStringLiteral("media-requests"))).create(m);
    REQUIRE(created);
    auto found = SearchIndex(t.db()).find(QStringLiteral("suddeutsche messer"));
    REQUIRE(found);
    REQUIRE(found->size() == 1);
    CHECK(found->first().table == QStringLiteral("media_requests"));
    CHECK(found->first().id == created->id);
}

TEST_CASE("Rows within a record are listed by their record, refuse a second row for the same member, and go with the record", "[records][kinds]")
{
    FixedDay day(QDate(2024, 11, 5));
    test::TempDatabase t;
    const Known known = addKnown(t.db());
    Organisation stuttgart;
    stuttgart.name = QStringLiteral("Stuttgart");
    stuttgart.joinedOn = QDate(2010, 1, 1);
    const qint64 stuttgartId = OrganisationRepository(t.db()).create(stuttgart)->id;

    const RecordKind &guidelines = *findRecordKind(QStringLiteral("guidelines"));
    const RecordKind &signatures = *findRecordKind(QStringLiteral("guideline-signatures"));
    REQUIRE(signatures.parent() == &guidelines);
    REQUIRE(childKindsOf(guidelines) == QList<const RecordKind *>{&signatures});
    auto paper = Records(t.db(), guidelines).create(sample(guidelines, known));
    auto other = Records(t.db(), guidelines).create(sample(guidelines, known, QStringLiteral("2")));
    REQUIRE(paper);
    REQUIRE(other);

    Records rows(t.db(), signatures);
    auto sign = [&](qint64 guideline, qint64 organisation, const char *status, const QVariant &on) {
        return rows.create({{QStringLiteral("guideline_id"), guideline}, {QStringLiteral("organisation_id"), organisation},
                            {QStringLiteral("status"), QString::fromLatin1(status)}, {QStringLiteral("signed_on"), on}});
    };
    REQUIRE(sign(paper->id, known.organisation, "signed", QStringLiteral("2024-09-20")));
    REQUIRE(sign(paper->id, stuttgartId, "planned", QVariant()));
    REQUIRE(sign(other->id, known.organisation, "signed", QVariant()));
    // A date only for a signature given.
    auto dated = sign(other->id, stuttgartId, "planned", QStringLiteral("2024-10-01"));
    REQUIRE_FALSE(dated);
    CHECK(dated.error().field == QStringLiteral("signed_on"));
    // One row per member and paper.
    CHECK_FALSE(sign(paper->id, stuttgartId, "declined", QVariant()));

    auto ofPaper = rows.listOf(paper->id);
    REQUIRE(ofPaper->size() == 2);
    CHECK(ofPaper->at(0).text(referenceTitleKey(QStringLiteral("organisation_id"))) == QStringLiteral("Köln")); // by name
    CHECK(rows.listOf(other->id)->size() == 1);

    // The parent goes, its rows with it, and the notice names them.
    QSignalSpy removed(t.db().notifier(), &Notifier::changed);
    REQUIRE(Records(t.db(), guidelines).remove(paper->id, paper->rowVersion));
    CHECK(rows.listOf(paper->id)->isEmpty());
    CHECK(rows.list()->size() == 1);
    bool told = false;
    for (const auto &call : removed) {
        if (call.at(0).value<Entity>() == Entity::GuidelineSignature && call.at(1).value<ChangeKind>() == ChangeKind::Removed)
            told = call.at(2).value<QList<qint64>>().size() == 2;
    }
    CHECK(told);
}

TEST_CASE("A metric's values come from a CSV file that names the metric, and a value for an unknown metric is refused", "[records][kinds][csv]")
{
    FixedDay day(QDate(2024, 11, 5));
    test::TempDatabase t;
    const RecordKind &metrics = *findRecordKind(QStringLiteral("metrics"));
    REQUIRE(Records(t.db(), metrics).create({{QStringLiteral("name"), QStringLiteral("Pufii-Besuche")}, {QStringLiteral("measure"), QStringLiteral("per_month")}}));
    const QString good = t.writeFile(QStringLiteral("werte.csv"),
                                     QStringLiteral("Kennzahl;Datum;Wert\n"
                                                    "pufii-besuche;31.01.2024;48000\n"
                                                    "Pufii-Besuche;29.02.2024;51000\n")
                                         .toUtf8());
    auto report = makeImporter(QStringLiteral("metric-values"), t.db())->importFile(good, false);
    REQUIRE(report);
    CHECK_FALSE(report->hasErrors());
    auto values = Records(t.db(), *findRecordKind(QStringLiteral("metric-values"))).list();
    REQUIRE(values->size() == 2);
    CHECK(values->at(1).value(QStringLiteral("value")).toLongLong() == 51000);

    const QString bad = t.writeFile(QStringLiteral("falsch.csv"),
                                    QStringLiteral("Kennzahl;Datum;Wert\n"
                                                   "Pufii-Besuche;31.03.2024;50000\n"
                                                   "Follower;31.03.2024;900\n")
                                        .toUtf8());
    auto refused = makeImporter(QStringLiteral("metric-values"), t.db())->importFile(bad, false);
    REQUIRE(refused);
    const QStringList errors = refused->lines(ImportMessage::Severity::Error);
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().contains(QStringLiteral("falsch.csv:3")));
    CHECK(errors.first().contains(QStringLiteral("Kennzahl")));
    CHECK(Records(t.db(), *findRecordKind(QStringLiteral("metric-values"))).list()->size() == 2);
}

TEST_CASE("The command line's short words name the kinds: media, applications, networkroles, staff", "[records][kinds][cli]")
{
    CHECK(findDeclaredKind(QStringLiteral("media"))->name == QStringLiteral("media-requests"));
    CHECK(findDeclaredKind(QStringLiteral("applications"))->name == QStringLiteral("funding-applications"));
    CHECK(findDeclaredKind(QStringLiteral("networkroles"))->name == QStringLiteral("network-roles"));
    CHECK(findDeclaredKind(QStringLiteral("staff"))->name == QStringLiteral("team"));
    CHECK(findDeclaredKind(QStringLiteral("projects"))->name == QStringLiteral("projects"));
    CHECK_FALSE(findDeclaredKind(QStringLiteral("projekte")));
}

TEST_CASE("docs/csv-columns.md lists exactly the CSV columns the declarations give every kind", "[records][kinds][csv]")
{
    QFile doc(QStringLiteral(FD_TEST_DATA_DIR "/../../docs/csv-columns.md"));
    REQUIRE(doc.open(QIODevice::ReadOnly));
    const QString written = QString::fromUtf8(doc.readAll());
    // Out of date: build/app/forumdesk-cli columns > docs/csv-columns.md
    CHECK(written == csvColumnsMarkdown());
    for (const DeclaredKind &k : declaredKinds())
        CHECK(written.contains(QStringLiteral("(`%1`)").arg(k.name)));
    CHECK(written.contains(QStringLiteral("| Grund der Absage | Reason declined |")));
}
