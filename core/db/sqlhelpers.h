// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "db/database.h"
#include "db/connection.h"

#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <memory>

namespace fd {

inline QString uuidToDb(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

inline QUuid uuidFromDb(const QVariant &value)
{
    return QUuid::fromString(value.toString());
}

// Text for a NOT NULL DEFAULT '' column: Qt binds a null QString as SQL NULL.
inline QString nn(const QString &text)
{
    return text.isNull() ? QString(0, QChar()) : text;
}

// Whether a name can be a column or table name of ours: letters, digits and
// underscores. Names that come from a file never go into SQL unchecked.
bool isPlainIdentifier(QStringView name);
// A name quoted for SQL ("name"), for names already known to be plain.
QString quoteIdentifier(const QString &name);

// Run a prepared query; on failure an Error that names `what`.
Status execQuery(QSqlQuery &query, const QString &what);

// A prepared, forward-only query on the database's connection.
QSqlQuery prepareQuery(Database &db, const QString &sql);

// A prepared statement that is kept for the next call with the same SQL on
// this connection: preparing is most of the cost of a small query, and
// imports run the same few queries thousands of times. The statement is reset
// when this object goes out of scope, so that no read stays open on the
// connection (an open read would pin an old snapshot in WAL mode). A nested
// use of the same SQL gets a statement of its own. Run it with
// execQuery(cachedQuery, ...): a statement given values but never run is
// prepared afresh next time, so that no stale value is bound.
class CachedQuery
{
    friend Status execQuery(CachedQuery &query, const QString &what);

public:
    CachedQuery(Database &db, const QString &sql);
    ~CachedQuery();
    CachedQuery(const CachedQuery &) = delete;
    CachedQuery &operator=(const CachedQuery &) = delete;

    QSqlQuery &operator*() { return *m_query; }
    QSqlQuery *operator->() { return m_query; }

private:
    std::shared_ptr<CachedStatement> m_entry; // shared: safe even if the database went first
    QSqlQuery m_own;
    QSqlQuery *m_query = nullptr;
    bool m_executed = false;
};

Status execQuery(CachedQuery &query, const QString &what);

// The error for an optimistic-lock miss: the row changed or vanished since it was read.
Error conflictError(const QString &what);

} // namespace fd
