// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace fd {

// Everything that differs between SQLite and PostgreSQL lives here, so that the
// shared-server mode is an addition and not a rewrite. Migrations write DDL with
// placeholders ({PK}, {FK}, {BOOL}, ...) that ddl() expands per backend.
class SqlDialect
{
public:
    enum class Backend { SQLite, PostgreSQL };

    explicit SqlDialect(Backend backend = Backend::SQLite) : m_backend(backend) {}

    Backend backend() const { return m_backend; }
    bool isSQLite() const { return m_backend == Backend::SQLite; }

    // Statement that starts a transaction that will write: SQLite's deferred
    // BEGIN can fail with SQLITE_BUSY on the first write, so take the lock up front.
    QString beginWrite() const;

    // The year of a date column, as an integer.
    QString yearOf(const QString &column) const;
    // Appended to a SELECT that reads a row before writing on its strength
    // (the free places of an event): on a server, two clients must not both
    // take the last place. SQLite's BEGIN IMMEDIATE already serialises writers.
    QString forUpdate() const;

    // Expand the placeholders of a DDL statement:
    //   {PK}        integer identity primary key
    //   {FK}        integer column referring to a {PK}
    //   {BIGINT}    64-bit integer
    //   {BOOL}      boolean; {TRUE} / {FALSE} its literals
    //   {BLOB}      binary data
    //   {DATE}      calendar date (ISO text on SQLite)
    //   {TIME}      time of day (HH:MM text on SQLite)
    //   {TIMESTAMP} UTC timestamp (ISO text with Z on SQLite)
    QString ddl(const QString &statement) const;

private:
    Backend m_backend;
};

} // namespace fd
