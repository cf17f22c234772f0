// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdb.h"
#include "db/connection.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <stdexcept>

namespace fd::test {

TempDatabase::TempDatabase()
{
    if (!m_dir.isValid())
        throw std::runtime_error("cannot create a temporary folder");
    m_path = m_dir.filePath(QStringLiteral("test.sqlite"));
    reopen();
}

void TempDatabase::reopen()
{
    m_db.reset();
    auto db = Database::openSqlite(m_path);
    if (!db)
        throw std::runtime_error(db.error().toString().toStdString());
    m_db = std::move(db.value());
}

QString TempDatabase::writeFile(const QString &name, const QByteArray &content) const
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        throw std::runtime_error("cannot write test file");
    f.write(content);
    return path;
}

void tamper(const QString &path, const QStringList &statements)
{
    static int counter = 0;
    const QString name = QStringLiteral("tamper-%1").arg(++counter);
    QString error;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(path);
        if (!c.open()) {
            error = c.lastError().text();
        } else {
            QSqlQuery(c).exec(QStringLiteral("PRAGMA ignore_check_constraints = ON"));
            for (const QString &statement : statements) {
                QSqlQuery q(c);
                if (!q.exec(statement)) {
                    error = statement + QLatin1String(": ") + q.lastError().text();
                    break;
                }
            }
        }
        c.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!error.isEmpty())
        throw std::runtime_error(error.toStdString());
}

QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery q(sqlConnection(db));
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

QByteArray toWindows1252(const QString &text)
{
    // Enough of the code page for German text: Latin-1 plus the euro sign and quotes.
    QByteArray out;
    for (const QChar ch : text) {
        const char16_t u = ch.unicode();
        if (u < 0x100)
            out += char(u);
        else if (u == 0x20AC)
            out += char(0x80);
        else if (u == 0x201E)
            out += char(0x84);
        else if (u == 0x201C)
            out += char(0x93);
        else if (u == 0x2013)
            out += char(0x96);
        else
            out += '?';
    }
    return out;
}

} // namespace fd::test
