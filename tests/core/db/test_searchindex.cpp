// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.hpp"
#include "records/recordkind.h"
#include "testdb.h"

#include "db/searchindex.h"
#include "db/tables.h"
#include "members/organisationrepository.h"
#include "people/personrepository.h"
#include "records/publication.h"

using namespace fd;

namespace {

QStringList titles(const Result<QList<SearchHit>> &hits)
{
    REQUIRE(hits);
    QStringList list;
    for (const SearchHit &h : *hits)
        list << h.title;
    return list;
}

} // namespace

TEST_CASE("What is searched comes from the declarations", "[db][search]")
{
    QStringList names;
    for (const Table *t : SearchIndex::searchedTables())
        names << t->name();
    CHECK(names.mid(0, 4) == QStringList{QStringLiteral("organisations"), QStringLiteral("people"), QStringLiteral("events"), QStringLiteral("publications")});
    // Every kind of the year's records is searched, as its declaration says.
    for (const RecordKind &k : recordKinds()) {
        INFO(k.name.toStdString());
        CHECK(names.contains(k.table->name()));
    }
    // Registrations have no Search column: half a million rows are not copied into the index.
    CHECK_FALSE(names.contains(QStringLiteral("registrations")));
}

TEST_CASE("The search finds every kind of record by any word, ignoring case and accents, and follows edits and deletes", "[db][search]")
{
    test::TempDatabase t;
    Organisation koeln;
    koeln.name = QStringLiteral("Köln");
    koeln.state = QStringLiteral("Nordrhein-Westfalen");
    auto org = OrganisationRepository(t.db()).create(koeln);
    REQUIRE(org);
    Person p;
    p.firstName = QStringLiteral("Jürgen");
    p.lastName = QStringLiteral("Weiß");
    p.email = QStringLiteral("j.weiss@stadt-koeln.de");
    auto person = PersonRepository(t.db()).create(p);
    REQUIRE(person);
    Publication pub;
    pub.title = QStringLiteral("Sicherheit in Köln-Kalk");
    pub.year = 2024;
    auto publication = Publications(t.db()).create(pub);
    REQUIRE(publication);

    SearchIndex index(t.db());
    CHECK(titles(index.find(QStringLiteral("koln"))) == QStringList{QStringLiteral("Köln"), QStringLiteral("Sicherheit in Köln-Kalk")});
    // Words may come in any order and from any searched column.
    CHECK(titles(index.find(QStringLiteral("WEISS jurgen"))) == QStringList{QStringLiteral("Jürgen Weiß")});
    CHECK(titles(index.find(QStringLiteral("stadt-koeln"))) == QStringList{QStringLiteral("Jürgen Weiß")});
    CHECK(titles(index.find(QStringLiteral("westfalen"))) == QStringList{QStringLiteral("Köln")});
    // A percent sign is text, not a pattern.
    CHECK(titles(index.find(QStringLiteral("%"))).isEmpty());
    auto hits = index.find(QStringLiteral("kalk"));
    REQUIRE(hits);
    REQUIRE(hits->size() == 1);
    CHECK(hits->first().entity == Entity::Publication);
    CHECK(hits->first().id == publication->id);

    // An edit is found by its new text only; a deleted record is not found at all.
    Organisation renamed = *org;
    renamed.name = QStringLiteral("Stadt Köln");
    renamed.state = QStringLiteral("NRW");
    REQUIRE(OrganisationRepository(t.db()).update(renamed));
    CHECK(titles(index.find(QStringLiteral("westfalen"))).isEmpty());
    CHECK(titles(index.find(QStringLiteral("stadt koln"))) == QStringList{QStringLiteral("Stadt Köln")});
    REQUIRE(Publications(t.db()).remove(publication->id, publication->rowVersion));
    CHECK(titles(index.find(QStringLiteral("kalk"))).isEmpty());
}

TEST_CASE("A record written past the repositories is found as well", "[db][search]")
{
    test::TempDatabase t;
    SearchIndex index(t.db());
    REQUIRE(index.find(QStringLiteral("mannheim")));
    // As the generator or a merged pack writes rows: straight into the table.
    test::scalar(t.db(), QStringLiteral("INSERT INTO organisations (uuid, kind, name, name_key, created_at, updated_at) "
                                        "VALUES ('7d3c1a52-0000-4000-8000-000000000001', 'city', 'Mannheim', 'mannheim', "
                                        "'2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')"));
    CHECK(titles(index.find(QStringLiteral("mannh"))) == QStringList{QStringLiteral("Mannheim")});
    // Nothing changed since: nothing to write.
    auto again = index.refresh();
    REQUIRE(again);
    CHECK(*again == 0);
}

TEST_CASE("A deleted person's words leave the search at once, and a new record with the reused id is found by its own", "[db][search]")
{
    test::TempDatabase t;
    Person anna;
    anna.firstName = QStringLiteral("Anna");
    anna.lastName = QStringLiteral("Müller");
    anna.email = QStringLiteral("anna.mueller@example.org");
    auto created = PersonRepository(t.db()).create(anna);
    REQUIRE(created);
    SearchIndex index(t.db());
    REQUIRE(titles(index.find(QStringLiteral("muller"))) == QStringList{QStringLiteral("Anna Müller")});

    REQUIRE(PersonRepository(t.db()).remove(created->id, created->rowVersion));
    // Gone from the entries without waiting for the next search.
    CHECK(test::scalar(t.db(), QStringLiteral("SELECT count(*) FROM search_entries WHERE folded LIKE '%muller%'")).toInt() == 0);

    // SQLite may give the freed id to the next person, who starts at version 1 as well.
    Person bernd;
    bernd.firstName = QStringLiteral("Bernd");
    bernd.lastName = QStringLiteral("Schmidt");
    auto next = PersonRepository(t.db()).create(bernd);
    REQUIRE(next);
    CHECK(titles(index.find(QStringLiteral("muller"))).isEmpty());
    CHECK(titles(index.find(QStringLiteral("schmidt"))) == QStringList{QStringLiteral("Bernd Schmidt")});
}
