// SPDX-License-Identifier: GPL-3.0-or-later
#include "blobstore.h"

#include "common/clock.h"
#include "common/dates.h"
#include "db/connection.h"
#include "db/database.h"
#include "db/rowio.h"
#include "db/sqlhelpers.h"
#include "db/tables.h"
#include "db/transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QLocale>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

namespace fd {

namespace {

constexpr qint64 MiB = 1024 * 1024;

QString megabytes(qint64 bytes)
{
    return QLocale().toString(double(bytes) / MiB, 'f', 1);
}

// `size` < 0: not known, only that it is too large.
Error tooLarge(const QString &name, qint64 size)
{
    const QString limit = QLocale().toString(BlobStore::MaxBytes / MiB);
    if (size < 0)
        return Error(Error::Code::Validation, BlobStore::tr("%1 is larger than %2 MiB, the most ForumDesk stores for one file.").arg(name, limit));
    return Error(Error::Code::Validation,
                 BlobStore::tr("%1 is %2 MiB large; ForumDesk stores files of up to %3 MiB.").arg(name, megabytes(size), limit));
}

Error missing(const QString &hash)
{
    return Error(Error::Code::NotFound, BlobStore::tr("The stored file is not in the database (any more).")).withDetail(hash);
}

} // namespace

QString BlobStore::hashOf(const QByteArray &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

bool BlobStore::isHash(const QString &text)
{
    if (text.size() != HashLength)
        return false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= '0' && u <= '9') || (u >= 'a' && u <= 'f')))
            return false;
    }
    return true;
}

Result<QString> BlobStore::put(const QByteArray &content, const QString &mediaType)
{
    if (content.size() > MaxBytes)
        return tooLarge(tr("The file"), content.size());
    const QString type = mediaType.trimmed().isEmpty() ? QStringLiteral("application/octet-stream") : mediaType.trimmed();
    if (type.toUtf8().size() > TextSize::Name)
        return Error(Error::Code::Validation, tr("The file's media type is too long."));
    const QString hash = hashOf(content);

    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto stored = has(hash);
    if (!stored)
        return stored.error();
    if (!*stored) {
        // A query of its own, not a cached one: a cached statement would keep
        // the bound content alive until its next use.
        QSqlQuery q(sqlConnection(m_db));
        q.prepare(QStringLiteral("INSERT INTO blobs (hash, size_bytes, media_type, content, created_at) VALUES (?, ?, ?, ?, ?) "
                                 "ON CONFLICT (hash) DO NOTHING"));
        q.addBindValue(hash);
        q.addBindValue(qint64(content.size()));
        q.addBindValue(type);
        q.addBindValue(content);
        q.addBindValue(toDbTimestamp(nowUtc()));
        if (Status s = execQuery(q, tr("Storing a file")); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return hash;
}

Result<QString> BlobStore::put(QIODevice &device, const QString &mediaType, const QString &name)
{
    if (!device.isReadable())
        return Error(Error::Code::Io, tr("%1 cannot be read.").arg(name));
    if (!device.isSequential() && device.size() - device.pos() > MaxBytes)
        return tooLarge(name, device.size() - device.pos());
    // One byte more than allowed tells a file at the limit from a larger one,
    // also when the device could not say its size (or grew meanwhile).
    const QByteArray content = device.read(MaxBytes + 1);
    if (content.size() > MaxBytes)
        return tooLarge(name, device.isSequential() ? -1 : device.size());
    return put(content, mediaType);
}

Result<QString> BlobStore::putFile(const QString &path, const QString &mediaType)
{
    const QString name = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.isFile())
        return Error(Error::Code::Io, tr("%1 is not a file.").arg(name));
    // Before opening it: a file too large is never read.
    if (info.size() > MaxBytes)
        return tooLarge(name, info.size());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, tr("%1 cannot be read: %2").arg(name, file.errorString()));
    return put(file, mediaType, name);
}

Result<bool> BlobStore::has(const QString &hash) const
{
    if (!isHash(hash))
        return false;
    CachedQuery q(m_db, QStringLiteral("SELECT 1 FROM blobs WHERE hash = ?"));
    q->addBindValue(hash);
    if (Status s = execQuery(q, tr("Reading a stored file")); !s)
        return s.error();
    return q->next();
}

Result<BlobInfo> BlobStore::info(const QString &hash) const
{
    if (!isHash(hash))
        return missing(hash);
    CachedQuery q(m_db, QStringLiteral("SELECT size_bytes, media_type FROM blobs WHERE hash = ?"));
    q->addBindValue(hash);
    if (Status s = execQuery(q, tr("Reading a stored file")); !s)
        return s.error();
    if (!q->next())
        return missing(hash);
    return BlobInfo{hash, q->value(0).toLongLong(), q->value(1).toString()};
}

Result<QByteArray> BlobStore::get(const QString &hash) const
{
    if (!isHash(hash))
        return missing(hash);
    // Not cached, like put(): the statement would hold the content.
    QSqlQuery q(sqlConnection(m_db));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT content FROM blobs WHERE hash = ?"));
    q.addBindValue(hash);
    if (Status s = execQuery(q, tr("Reading a stored file")); !s)
        return s.error();
    if (!q.next())
        return missing(hash);
    QByteArray content = q.value(0).toByteArray();
    q.finish();
    return content;
}

Status BlobStore::saveToFile(const QString &hash, const QString &path) const
{
    auto content = get(hash);
    if (!content)
        return content.error();
    const QString name = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(Error::Code::Io, tr("%1 cannot be written: %2").arg(name, file.errorString()));
    if (file.write(*content) != content->size() || !file.commit())
        return Error(Error::Code::Io, tr("%1 cannot be written: %2").arg(name, file.errorString()));
    return {};
}

Status BlobStore::checkReferences(const Table &table, const QVariantMap &row, const QStringList &columns) const
{
    for (const Column *c : table.blobReferences()) {
        if (!columns.isEmpty() && !columns.contains(c->name))
            continue;
        const QVariant value = row.value(c->name);
        if (value.isNull() || value.toString().isEmpty())
            continue;
        auto stored = has(value.toString());
        if (!stored)
            return stored.error();
        if (!*stored) {
            const QString label = c->csvEn ? QCoreApplication::translate("Columns", c->csvEn) : c->name;
            return Error(Error::Code::NotFound,
                         tr("The file of \"%1\" is no longer in the database: it was removed when the database was cleaned up.")
                             .arg(label))
                .at(QString(), 0, c->name)
                .withDetail(QStringLiteral("%1.%2 = %3").arg(table.name(), c->name, value.toString().left(HashLength)));
        }
    }
    return {};
}

Result<int> BlobStore::garbageCollect() const
{
    return garbageCollect(tables::all());
}

Result<int> BlobStore::garbageCollect(const QList<const Table *> &declared) const
{
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    // Every BlobRef column the declarations know and the file has: a table or
    // column that is not there (yet) holds no reference.
    const QStringList existing = sqlConnection(m_db).tables(QSql::Tables);
    QStringList kept;
    for (const Table *t : declared) {
        const QList<const Column *> refs = t->blobReferences();
        if (refs.isEmpty() || !existing.contains(t->name()))
            continue;
        const QStringList columns = tableColumns(m_db, t->name());
        for (const Column *c : refs) {
            if (columns.contains(c->name))
                kept << QStringLiteral("NOT EXISTS (SELECT 1 FROM %1 WHERE %1.%2 = blobs.hash)").arg(t->name(), c->name);
        }
    }
    QSqlQuery q(sqlConnection(m_db));
    q.prepare(QStringLiteral("DELETE FROM blobs") + (kept.isEmpty() ? QString() : QLatin1String(" WHERE ") + kept.join(QLatin1String(" AND "))));
    if (Status s = execQuery(q, tr("Removing stored files no record refers to")); !s)
        return s.error();
    const int removed = q.numRowsAffected();
    if (Status s = tx.commit(); !s)
        return s.error();
    return removed;
}

} // namespace fd
