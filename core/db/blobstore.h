// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

class QIODevice;

namespace fd {

class Database;
class Table;

struct BlobInfo {
    QString hash;
    qint64 size = 0;
    QString mediaType;
};

// Files (attachments, staff photos) stored once in the blobs table, under
// the SHA-256 of their bytes. Rows refer to them with a BlobRef column, which
// holds that hash: the same file stored twice is one row, and an undo
// snapshot of a row copies 64 characters, never the file.
//
// Qt SQL hands a blob over as one value (SQLite's incremental blob I/O is
// not reachable through it), so reading or writing one holds it once in
// memory; the size limit keeps that bounded.
class BlobStore
{
    Q_DECLARE_TR_FUNCTIONS(BlobStore)

public:
    // The largest file stored: an attachment or a photo, not an archive.
    static constexpr qint64 MaxBytes = 25 * 1024 * 1024;
    static constexpr int HashLength = 64; // SHA-256 in lower-case hex

    explicit BlobStore(Database &db) : m_db(db) {}

    // The hash content is stored under.
    static QString hashOf(const QByteArray &content);
    // 64 lower-case hex digits: the only text get() and has() look up.
    static bool isHash(const QString &text);

    // Stores content (once: storing the same bytes again returns the same
    // hash and keeps the first media type) and returns its hash.
    Result<QString> put(const QByteArray &content, const QString &mediaType);
    // Reads a device to its end; `name` names it in errors. A device larger
    // than MaxBytes is refused before it is read, when its size is known, and
    // otherwise as soon as more than MaxBytes came.
    Result<QString> put(QIODevice &device, const QString &mediaType, const QString &name);
    // Stores a file; one larger than MaxBytes is refused before it is opened.
    Result<QString> putFile(const QString &path, const QString &mediaType);

    Result<bool> has(const QString &hash) const;
    Result<BlobInfo> info(const QString &hash) const;
    Result<QByteArray> get(const QString &hash) const;
    // Writes the content to a file, whole or not at all (QSaveFile).
    Status saveToFile(const QString &hash, const QString &path) const;

    // An error unless every BlobRef column of `table` in `row` (those in
    // `columns` only, if given) is empty or refers to stored content: what
    // keeps undo from putting back a row whose file is gone.
    Status checkReferences(const Table &table, const QVariantMap &row, const QStringList &columns = {}) const;

    // Deletes the content no BlobRef column of the declared tables refers to
    // (tables::all(), or the tables given) and returns how many went.
    //
    // It decides nothing about WHEN it may run; the caller must. An undo
    // snapshot of a deleted row keeps only the hash of its file, and this
    // removes that file for good: undoing the delete afterwards fails (with
    // checkReferences' error, nothing written). So run it only where no undo
    // stack can still hold such a snapshot: after the window's undo stack is
    // cleared (closing the database, opening another one), or on a file no
    // window has open (a backup made from the command line).
    Result<int> garbageCollect() const;
    Result<int> garbageCollect(const QList<const Table *> &declared) const;

private:
    Database &m_db;
};

} // namespace fd
