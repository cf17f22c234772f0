// SPDX-License-Identifier: GPL-3.0-or-later
#include "packformat.h"

#include "db/database.h"
#include "db/rowio.h"
#include "people/person.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace fd {
namespace pack {

const QString KindPack = QStringLiteral("pack");
const QString People = QStringLiteral("people");
const QString Registrations = QStringLiteral("registrations");

// The columns compared when merging: what can change on site.
const QStringList &comparedColumns(const QString &table)
{
    static const QStringList people = {
        QStringLiteral("title"), QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("email"),
        QStringLiteral("phone"), QStringLiteral("consent_newsletter"), QStringLiteral("consent_newsletter_on"),
        QStringLiteral("consent_photos"), QStringLiteral("consent_photos_on"), QStringLiteral("consent_sharing"),
        QStringLiteral("consent_sharing_on")};
    static const QStringList registrations = {QStringLiteral("status"), QStringLiteral("source"), QStringLiteral("registered_at"),
                                              QStringLiteral("notes")};
    return table == People ? people : registrations;
}

// Keys derived from compared columns travel with them.
QStringList derivedColumns(const QString &table, const QStringList &changed)
{
    QStringList derived;
    if (table == People) {
        if (changed.contains(QStringLiteral("first_name")) || changed.contains(QStringLiteral("last_name")))
            derived << QStringLiteral("name_key");
        if (changed.contains(QStringLiteral("email")))
            derived << QStringLiteral("email_key");
    } else if (changed.contains(QStringLiteral("status"))) {
        derived << QStringLiteral("waitlisted_at");
    }
    return derived;
}

// Values compared as text, so that 1 and true, or a date and its ISO text, agree.
QString norm(const QVariant &v)
{
    if (v.isNull())
        return QString();
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    return v.toString();
}

QVariantMap comparedValues(const QString &table, const QVariantMap &row)
{
    QVariantMap values;
    for (const QString &c : comparedColumns(table))
        values.insert(c, norm(row.value(c)));
    return values;
}

QString toJson(const QVariantMap &values)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(values)).toJson(QJsonDocument::Compact));
}

QVariantMap fromJson(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object().toVariantMap();
}

QString personName(const QVariantMap &row)
{
    Person p;
    p.title = row.value(QStringLiteral("title")).toString();
    p.firstName = row.value(QStringLiteral("first_name")).toString();
    p.lastName = row.value(QStringLiteral("last_name")).toString();
    return p.fullName();
}

Status copyRows(Database &from, Database &to, const QString &table, const QStringList &columns, const QString &where,
                const QVariantList &values, QList<QVariantMap> *copied, const std::function<void(QVariantMap &)> &adjust)
{
    auto rows = selectRows(from, QStringLiteral("SELECT %1 FROM %2 %3").arg(columns.join(QLatin1String(", ")), table, where), values);
    if (!rows)
        return rows.error();
    for (QVariantMap &row : *rows) {
        if (adjust)
            adjust(row);
        if (Status s = insertRow(to, table, row); !s)
            return s;
    }
    if (copied)
        *copied = *rows;
    return {};
}

Status exec(Database &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return databaseError(q.lastError(), sql.left(40));
    return {};
}

} // namespace pack
} // namespace fd
