// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.hpp"
#include "people/personrepository.h"
#include "records/recordkind.h"
#include "testdb.h"

#include "db/blobstore.h"
#include "db/connection.h"
#include "db/database.h"
#include "db/migrations.h"
#include "db/rowsnapshot.h"
#include "db/tables.h"
#include "db/tablestore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QIODevice>
#include <QSqlError>
#include <QSqlQuery>

using namespace fd;

namespace {

constexpr qint64 MiB = 1024 * 1024;

// No table of the released schema refers to content yet (attachments and
// photos come next): this one, declared and created by the tests only,
// stands in for them.
const Table &attachments()
{
    static const Table t = Table(QStringLiteral("test_attachments"), Entity::Publication, 4)
                               .identity()
                               .text(QStringLiteral("title")).nonEmpty()
                               .column(QStringLiteral("file"), ColumnType::BlobRef)
                               .stamps();
    return t;
}

void createAttachments(Database &db)
{
    for (const QString &statement : attachments().createStatements(latestSchemaVersion())) {
        QSqlQuery q(sqlConnection(db));
        INFO(statement.toStdString());
        REQUIRE(q.exec(db.dialect().ddl(statement)));
    }
}

QList<const Table *> declaredWithAttachments()
{
    QList<const Table *> list = tables::all();
    list << &attachments();
    return list;
}

qint64 attach(Database &db, const QString &title, const QString &hash)
{
    auto row = TableStore(db, attachments()).insert({{QStringLiteral("title"), title}, {QStringLiteral("file"), hash}});
    REQUIRE(row);
    return row->value(QStringLiteral("id")).toLongLong();
}

int blobCount(Database &db)
{
    return test::scalar(db, QStringLiteral("SELECT count(*) FROM blobs")).toInt();
}

QByteArray sample(qint64 size, char seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        bytes[i] = char((i * 31 + seed) & 0xff);
    return bytes;
}

// A device that hands out zeros and counts how many were asked for: a known
// size (like a file) or an endless stream (like a socket).
class ZeroDevice : public QIODevice
{
public:
    ZeroDevice(qint64 size, bool sequential) : m_size(size), m_sequential(sequential) {}
    bool isSequential() const override { return m_sequential; }
    qint64 size() const override { return m_sequential ? 0 : m_size; }
    qint64 bytesRead = 0;

protected:
    qint64 readData(char *data, qint64 max) override
    {
        const qint64 n = m_sequential ? max : qMin(max, m_size - bytesRead);
        memset(data, 0, size_t(n));
        bytesRead += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 m_size;
    bool m_sequential;
};

} // namespace

TEST_CASE("The same content stored twice is kept once, under one hash", "[blobs]")
{
    test::TempDatabase db;
    BlobStore store(db.db());
    const QByteArray content = sample(100 * 1024, 7);
    auto first = store.put(content, QStringLiteral("image/png"));
    REQUIRE(first);
    auto second = store.put(QByteArray(content), QStringLiteral("application/octet-stream"));
    REQUIRE(second);
    CHECK(*first == *second);
    CHECK(blobCount(db.db()) == 1);
    // The first media type stays.
    auto info = store.info(*first);
    REQUIRE(info);
    CHECK(info->mediaType == QStringLiteral("image/png"));
    CHECK(info->size == content.size());
    // Other content is another row.
    auto other = store.put(sample(100 * 1024, 8), QStringLiteral("image/png"));
    REQUIRE(other);
    CHECK(*other != *first);
    CHECK(blobCount(db.db()) == 2);
}

TEST_CASE("Content is stored under the SHA-256 of its bytes", "[blobs]")
{
    test::TempDatabase db;
    const QByteArray content("Jahresbericht 2024\0mit Nullbyte", 31);
    auto hash = BlobStore(db.db()).put(content, QStringLiteral("text/plain"));
    REQUIRE(hash);
    const QString expected = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    CHECK(*hash == expected);
    CHECK(hash->size() == 64);
    CHECK(test::scalar(db.db(), QStringLiteral("SELECT size_bytes FROM blobs")).toLongLong() == content.size());
    CHECK(test::scalar(db.db(), QStringLiteral("SELECT hash FROM blobs")).toString() == expected);
}

TEST_CASE("Stored content reads back byte for byte", "[blobs]")
{
    test::TempDatabase db;
    BlobStore store(db.db());
    QByteArray content;
    for (int i = 0; i < 4096; ++i)
        content.append(char(i % 256)); // every byte value, zeros included
    auto hash = store.put(content, QStringLiteral("application/pdf"));
    REQUIRE(hash);
    auto read = store.get(*hash);
    REQUIRE(read);
    CHECK(*read == content);

    const QString out = db.dir() + QStringLiteral("/copy.pdf");
    REQUIRE(store.saveToFile(*hash, out));
    QFile f(out);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == content);

    auto has = store.has(*hash);
    REQUIRE(has);
    CHECK(*has);
    const QString unknown = BlobStore::hashOf(QByteArrayLiteral("never stored"));
    auto hasUnknown = store.has(unknown);
    REQUIRE(hasUnknown);
    CHECK_FALSE(*hasUnknown);
    auto missing = store.get(unknown);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == Error::Code::NotFound);
}

TEST_CASE("A file larger than the limit is refused before it is read", "[blobs]")
{
    test::TempDatabase db;
    BlobStore store(db.db());
    // Sparse: as large as it claims, without taking the room on disk.
    const QString path = db.dir() + QStringLiteral("/huge.bin");
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.resize(BlobStore::MaxBytes + 1));
    }
    auto refused = store.putFile(path, QStringLiteral("application/octet-stream"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == Error::Code::Validation);
    CHECK(refused.error().message.contains(QStringLiteral("huge.bin")));
    CHECK(refused.error().message.contains(QStringLiteral("25 MiB")));
    CHECK(blobCount(db.db()) == 0);

    // A device that says its size is refused without a byte read ...
    ZeroDevice known(BlobStore::MaxBytes + 1, false);
    REQUIRE(known.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    auto fromKnown = store.put(known, QString(), QStringLiteral("scan.pdf"));
    REQUIRE_FALSE(fromKnown);
    CHECK(fromKnown.error().message.contains(QStringLiteral("scan.pdf")));
    CHECK(known.bytesRead == 0);

    // ... and an endless one as soon as more than the limit came.
    ZeroDevice endless(0, true);
    REQUIRE(endless.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    auto fromEndless = store.put(endless, QString(), QStringLiteral("stream"));
    REQUIRE_FALSE(fromEndless);
    CHECK(fromEndless.error().message.contains(QStringLiteral("25 MiB")));
    CHECK(endless.bytesRead == BlobStore::MaxBytes + 1);
    CHECK(blobCount(db.db()) == 0);
}

TEST_CASE("A file exactly at the limit is stored", "[blobs]")
{
    test::TempDatabase db;
    const QString path = db.dir() + QStringLiteral("/limit.bin");
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.resize(BlobStore::MaxBytes));
    }
    auto hash = BlobStore(db.db()).putFile(path, QString());
    REQUIRE(hash);
    CHECK(*hash == BlobStore::hashOf(QByteArray(BlobStore::MaxBytes, '\0')));
    CHECK(test::scalar(db.db(), QStringLiteral("SELECT media_type FROM blobs")).toString() == QStringLiteral("application/octet-stream"));
}

TEST_CASE("Cleaning up keeps content a row refers to and removes the rest", "[blobs]")
{
    test::TempDatabase db;
    createAttachments(db.db());
    BlobStore store(db.db());
    auto used = store.put(sample(2048, 1), QStringLiteral("image/jpeg"));
    auto unused = store.put(sample(2048, 2), QStringLiteral("image/jpeg"));
    REQUIRE(used);
    REQUIRE(unused);
    attach(db.db(), QStringLiteral("Foto Anna Rau"), *used);
    attach(db.db(), QStringLiteral("Ohne Datei"), QString());

    auto removed = store.garbageCollect(declaredWithAttachments());
    REQUIRE(removed);
    CHECK(*removed == 1);
    CHECK(*store.has(*used));
    CHECK_FALSE(*store.has(*unused));

    // Nothing left to remove: a second run changes nothing.
    auto again = store.garbageCollect(declaredWithAttachments());
    REQUIRE(again);
    CHECK(*again == 0);
    CHECK(*store.has(*used));
}

TEST_CASE("A portrait of board and staff keeps its file through a clean-up, and a file nothing refers to goes", "[blobs]")
{
    // The columns come from the declarations: no list of them to forget.
    QStringList referring;
    for (const Table *t : tables::all()) {
        for (const Column *c : t->blobReferences())
            referring << t->name() + QLatin1Char('.') + c->name;
    }
    referring.sort();
    CHECK(referring == QStringList{QStringLiteral("survey_answers.attachment"), QStringLiteral("team_roles.photo")});

    test::TempDatabase db;
    BlobStore store(db.db());
    auto portrait = store.put(sample(10, 3), QStringLiteral("image/png"));
    auto loose = store.put(sample(10, 4), QString());
    REQUIRE(portrait);
    REQUIRE(loose);
    Person p;
    p.firstName = QStringLiteral("Anna");
    p.lastName = QStringLiteral("Rau");
    auto person = PersonRepository(db.db()).create(p);
    REQUIRE(person);
    const RecordKind &team = *findRecordKind(QStringLiteral("team"));
    auto role = Records(db.db(), team).create({{QStringLiteral("person_id"), person->id}, {QStringLiteral("role"), QStringLiteral("director")},
                                                {QStringLiteral("photo"), *portrait}});
    REQUIRE(role);
    auto removed = store.garbageCollect();
    REQUIRE(removed);
    CHECK(*removed == 1);
    CHECK(*store.has(*portrait));
    CHECK_FALSE(*store.has(*loose));

    // A record cannot refer to a file that is not stored.
    Record other = *role;
    other.values.insert(QStringLiteral("photo"), QStringLiteral("not a hash"));
    auto refused = Records(db.db(), team).update(other);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().field == QStringLiteral("photo"));
}

TEST_CASE("A snapshot of a row holds its file's hash, never the file", "[blobs]")
{
    test::TempDatabase db;
    createAttachments(db.db());
    const QByteArray photo = sample(5 * MiB, 9);
    auto hash = BlobStore(db.db()).put(photo, QStringLiteral("image/jpeg"));
    REQUIRE(hash);
    const qint64 id = attach(db.db(), QStringLiteral("Foto"), *hash);

    auto snapshot = captureRows(db.db(), attachments(), {id});
    REQUIRE(snapshot);
    REQUIRE(snapshot->rowCount(QStringLiteral("test_attachments")) == 1);
    CHECK(snapshot->tables.first().rows.first().value(QStringLiteral("file")).toString() == *hash);
    // Everything the snapshot holds in memory is a few short values.
    qint64 bytes = 0;
    for (const RowSnapshot::Table &t : snapshot->tables) {
        for (const QVariantMap &row : t.rows) {
            for (auto it = row.cbegin(); it != row.cend(); ++it) {
                INFO("column " << it.key().toStdString());
                CHECK(it.value().typeId() != QMetaType::QByteArray);
                CHECK(it.value().toString().size() <= 64);
                bytes += it.value().toString().toUtf8().size();
            }
        }
    }
    CHECK(bytes < 1024);
}

TEST_CASE("Putting back rows whose file was cleaned up fails and writes nothing", "[blobs]")
{
    test::TempDatabase db;
    createAttachments(db.db());
    BlobStore store(db.db());
    const QByteArray kept = sample(4096, 4), lost = sample(4096, 5);
    auto keptHash = store.put(kept, QStringLiteral("image/png"));
    auto lostHash = store.put(lost, QStringLiteral("image/png"));
    REQUIRE(keptHash);
    REQUIRE(lostHash);
    const qint64 a = attach(db.db(), QStringLiteral("A"), *keptHash);
    const qint64 b = attach(db.db(), QStringLiteral("B"), *lostHash);

    // Deleted as an undoable step does it: snapshot first, then the delete.
    auto snapshot = captureRows(db.db(), attachments(), {a, b});
    REQUIRE(snapshot);
    REQUIRE(deleteRows(db.db(), *snapshot));

    SECTION("while the files are stored, undo puts the rows back")
    {
        REQUIRE(restoreRows(db.db(), *snapshot));
        CHECK(test::scalar(db.db(), QStringLiteral("SELECT count(*) FROM test_attachments")).toInt() == 2);
    }
    SECTION("after a clean-up removed one of them, nothing is put back")
    {
        auto removed = store.garbageCollect(declaredWithAttachments());
        REQUIRE(removed);
        CHECK(*removed == 2);
        REQUIRE(store.put(kept, QStringLiteral("image/png"))); // the first file came back, the second did not

        const Status s = restoreRows(db.db(), *snapshot);
        REQUIRE_FALSE(s);
        CHECK(s.error().code == Error::Code::NotFound);
        CHECK(s.error().field == QStringLiteral("file"));
        CHECK(s.error().message.contains(QStringLiteral("no longer in the database")));
        CHECK(test::scalar(db.db(), QStringLiteral("SELECT count(*) FROM test_attachments")).toInt() == 0);
        CHECK(blobCount(db.db()) == 1);
    }
}

TEST_CASE("An edit cannot make a row refer to content that is not stored", "[blobs]")
{
    // Undoing an edit writes the old hash back: if a clean-up removed that
    // file meanwhile, the edit is refused with words instead of a foreign key error.
    test::TempDatabase db;
    createAttachments(db.db());
    BlobStore store(db.db());
    auto first = store.put(sample(64, 1), QStringLiteral("image/png"));
    REQUIRE(first);
    const qint64 id = attach(db.db(), QStringLiteral("A"), *first);
    const QString gone = BlobStore::hashOf(QByteArrayLiteral("removed by a clean-up"));

    TableStore rows(db.db(), attachments());
    auto edited = rows.update(id, 1, {{QStringLiteral("file"), gone}});
    REQUIRE_FALSE(edited);
    CHECK(edited.error().code == Error::Code::NotFound);
    CHECK(edited.error().field == QStringLiteral("file"));
    CHECK(test::scalar(db.db(), QStringLiteral("SELECT file FROM test_attachments")).toString() == *first);

    auto inserted = rows.insert({{QStringLiteral("title"), QStringLiteral("B")}, {QStringLiteral("file"), gone}});
    REQUIRE_FALSE(inserted);
    CHECK(inserted.error().code == Error::Code::NotFound);

    // Other columns of such a row still save.
    REQUIRE(rows.update(id, 1, {{QStringLiteral("title"), QStringLiteral("A, neu")}}));
}

TEST_CASE("Content is never searched: a declaration refuses the Search flag on it", "[blobs]")
{
    const Table t = Table(QStringLiteral("test_files"), Entity::Publication, 4)
                        .identity()
                        .text(QStringLiteral("name")).flag(ColumnFlag::Search)
                        .column(QStringLiteral("content"), ColumnType::Blob).flag(ColumnFlag::Search | ColumnFlag::Internal)
                        .column(QStringLiteral("file"), ColumnType::BlobRef).flag(ColumnFlag::Search)
                        .stamps();
    CHECK(t.columnNames(ColumnFlag::Search) == QStringList{QStringLiteral("name")});
    CHECK(t.columnNames(ColumnFlag::Internal) == QStringList{QStringLiteral("content")}); // other flags stay
    for (const Table *declared : tables::all()) {
        for (const Column &c : declared->columns()) {
            INFO(declared->name().toStdString() << "." << c.name.toStdString());
            CHECK_FALSE((c.has(ColumnFlag::Search) && (c.type == ColumnType::Blob || c.type == ColumnType::BlobRef)));
        }
    }
}

TEST_CASE("A content reference is a hash that refers to the blobs table", "[blobs]")
{
    const Column *file = attachments().find(QStringLiteral("file"));
    REQUIRE(file);
    CHECK(file->definition() == QStringLiteral("file TEXT REFERENCES blobs (hash)"));
    CHECK(attachments().blobReferences() == QList<const Column *>{file});
    // Not a reference to a record: deletes, undo and notices follow those.
    CHECK(attachments().references().isEmpty());
    // Content itself is only ever in the blobs table.
    for (const Table *declared : tables::all()) {
        for (const Column &c : declared->columns()) {
            if (c.type == ColumnType::Blob)
                CHECK(declared->name() == QStringLiteral("blobs"));
        }
    }

    // The database holds references to stored content only.
    test::TempDatabase db;
    createAttachments(db.db());
    QSqlQuery q(sqlConnection(db.db()));
    q.prepare(QStringLiteral("INSERT INTO test_attachments (uuid, title, file, created_at, updated_at) VALUES (?, ?, ?, ?, ?)"));
    for (const char *v : {"u-1", "A", "0000000000000000000000000000000000000000000000000000000000000000", "2024-01-01T00:00:00Z",
                          "2024-01-01T00:00:00Z"})
        q.addBindValue(QString::fromLatin1(v));
    CHECK_FALSE(q.exec());
}
