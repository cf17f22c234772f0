// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the on-site pack and its merge share: which columns are compared,
// how values are compared, and small row helpers. Internal to core/events.

#include "common/result.h"

#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>

#include <functional>

namespace fd {

class Database;

namespace pack {

extern const QString KindPack;
extern const QString People;
extern const QString Registrations;

// The columns compared when merging: what can change on site.
const QStringList &comparedColumns(const QString &table);
// Keys derived from compared columns travel with them.
QStringList derivedColumns(const QString &table, const QStringList &changed);
// Values compared as text, so that 1 and true, or a date and its ISO text, agree.
QString norm(const QVariant &v);
QVariantMap comparedValues(const QString &table, const QVariantMap &row);
QString toJson(const QVariantMap &values);
QVariantMap fromJson(const QString &json);
QString personName(const QVariantMap &row);
Status copyRows(Database &from, Database &to, const QString &table, const QStringList &columns, const QString &where,
                const QVariantList &values, QList<QVariantMap> *copied = nullptr, const std::function<void(QVariantMap &)> &adjust = {});
Status exec(Database &db, const QString &sql, const QVariantList &values = {});

} // namespace pack
} // namespace fd
