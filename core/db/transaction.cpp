// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"

#include "db/database.h"
#include "db/connection.h"
#include "db/notifier.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace fd {

Transaction::Transaction(Database &db) : m_db(db) {}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::begin()
{
    if (m_active)
        return {};
    if (m_db.isReadOnly())
        return Error(Error::Code::Database,
                     QCoreApplication::translate("Database", "The database is open read-only, so nothing can be changed. "
                                                             "To work in it, copy the file to a folder you may write to and open the copy."));
    m_level = m_db.m_transactionDepth + 1;
    const QString sql = m_level == 1 ? m_db.dialect().beginWrite()
                                     : QStringLiteral("SAVEPOINT fd_sp_%1").arg(m_level);
    QSqlQuery q(sqlConnection(m_db));
    if (!q.exec(sql))
        return databaseError(q.lastError(), QCoreApplication::translate("Database", "Could not start a transaction"));
    m_db.m_transactionDepth = m_level;
    m_db.notifier()->beginBatch();
    m_active = true;
    return {};
}

Status Transaction::commit()
{
    if (!m_active)
        return Error(Error::Code::Database, QStringLiteral("commit without begin"));
    const QString sql = m_level == 1 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE SAVEPOINT fd_sp_%1").arg(m_level);
    QSqlQuery q(sqlConnection(m_db));
    if (!q.exec(sql)) {
        const Error err = databaseError(q.lastError(), QCoreApplication::translate("Database", "Could not save the changes"));
        rollback();
        return err;
    }
    m_active = false;
    m_db.m_transactionDepth = m_level - 1;
    m_db.notifier()->commitBatch();
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery q(sqlConnection(m_db));
    if (m_level == 1) {
        q.exec(QStringLiteral("ROLLBACK"));
    } else {
        q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT fd_sp_%1").arg(m_level));
        q.exec(QStringLiteral("RELEASE SAVEPOINT fd_sp_%1").arg(m_level));
    }
    m_active = false;
    m_db.m_transactionDepth = m_level - 1;
    m_db.notifier()->rollbackBatch();
}

} // namespace fd
