// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlhelpers.h"

#include "db/database.h"

#include <QCoreApplication>
#include <QSqlError>

namespace fd {

bool isPlainIdentifier(QStringView name)
{
    if (name.isEmpty() || name.size() > 64 || name.front().isDigit())
        return false;
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        if (!((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_'))
            return false;
    }
    return true;
}

QString quoteIdentifier(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

Status execQuery(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        return databaseError(query.lastError(), what);
    return {};
}

QSqlQuery prepareQuery(Database &db, const QString &sql)
{
    QSqlQuery q(sqlConnection(db));
    q.setForwardOnly(true);
    q.prepare(sql);
    return q;
}

CachedQuery::CachedQuery(Database &db, const QString &sql) : m_entry(cachedStatement(db, sql))
{
    if (m_entry) {
        m_entry->inUse = true;
        m_query = &m_entry->query;
    } else {
        m_own = prepareQuery(db, sql);
        m_query = &m_own;
    }
}

CachedQuery::~CachedQuery()
{
    if (m_entry) {
        m_entry->query.finish();
        m_entry->inUse = false;
        if (!m_executed)
            m_entry->stale = true;
    }
}

Status execQuery(CachedQuery &query, const QString &what)
{
    query.m_executed = true;
    return execQuery(*query, what);
}

Error conflictError(const QString &what)
{
    return Error(Error::Code::Conflict,
                 QCoreApplication::translate("Database", "%1 was changed or deleted in the meantime (in another window, by a colleague "
                                                         "or by a merged on-site pack), so this step is not carried out. "
                                                         "The lists show the current state; make the change again there if it is still needed.")
                     .arg(what));
}

} // namespace fd
