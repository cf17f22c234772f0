// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/database.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace fd::test {

// A fresh database in a temporary folder, removed with the object.
class TempDatabase
{
public:
    TempDatabase();
    Database &db() { return *m_db; }
    Database *operator->() { return m_db.get(); }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    // Write a file into the temporary folder and return its path.
    QString writeFile(const QString &name, const QByteArray &content) const;
    void close() { m_db.reset(); }
    void reopen();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

// Changes a database file with raw SQL, as someone with the sqlite3 tool
// could: foreign keys and CHECK constraints off. Throws if a statement fails.
void tamper(const QString &path, const QStringList &statements);

// Scalar result of a query, for assertions that look at the stored rows.
QVariant scalar(Database &db, const QString &sql);

QByteArray toWindows1252(const QString &text);

} // namespace fd::test
