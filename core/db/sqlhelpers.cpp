// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlhelpers.h"

#include "db/database.h"

#include <QCoreApplication>
#include <QSqlError>

namespace fd {

Status execQuery(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        return databaseError(query.lastError(), what);
    return {};
}

QSqlQuery prepareQuery(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    return q;
}

Error conflictError(const QString &what)
{
    return Error(Error::Code::Conflict,
                 QCoreApplication::translate("Database", "%1 was changed or deleted elsewhere since you opened it. "
                                                             "Reload to see the current version.")
                     .arg(what));
}

} // namespace fd
