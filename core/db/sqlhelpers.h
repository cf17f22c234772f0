// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace fd {

class Database;

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

// Run a prepared query; on failure an Error that names `what`.
Status execQuery(QSqlQuery &query, const QString &what);

// A prepared, forward-only query on the database's connection.
QSqlQuery prepareQuery(Database &db, const QString &sql);

// The error for an optimistic-lock miss: the row changed or vanished since it was read.
Error conflictError(const QString &what);

} // namespace fd
