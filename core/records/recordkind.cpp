// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordkind.h"

#include "common/dates.h"
#include "common/textfold.h"
#include "db/blobstore.h"
#include "db/database.h"
#include "db/rowio.h"
#include "db/tables.h"
#include "db/tablestore.h"
#include "i18n/language.h"

#include <QSet>
#include <QUrl>

#include <algorithm>

namespace fd {

namespace {

bool isEmptyValue(const QVariant &v)
{
    return v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isEmpty());
}

} // namespace

QString titleExpression(const Table &table)
{
    const QStringList titles = table.columnNames(ColumnFlag::Title);
    if (titles.isEmpty())
        return QStringLiteral("CAST(r.id AS TEXT)");
    QStringList parts;
    for (const QString &c : titles)
        parts << QStringLiteral("COALESCE(r.%1, '')").arg(c);
    return parts.size() == 1 ? parts.first() : QStringLiteral("TRIM(%1)").arg(parts.join(QLatin1String(" || ' ' || ")));
}

namespace {

// A web address people can open: http or https with a host.
bool isWebAddress(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) && !url.host().isEmpty();
}

bool isLinkColumn(const Column &c)
{
    return c.type == ColumnType::Text && c.maxBytes == TextSize::Link;
}

} // namespace

QString referenceTitleKey(const QString &column)
{
    return column + QLatin1String("__title");
}

QString columnLabel(const Column &column)
{
    if (column.csvEn)
        return QCoreApplication::translate("Columns", column.csvEn);
    return column.name;
}

QString valueLabel(const Column &column, const QString &key)
{
    const int i = int(column.allowed.indexOf(key));
    if (i < 0 || i >= column.words.size())
        return key;
    const QStringList pair = column.words.at(i).split(QLatin1Char('|'));
    return i18n::isGerman() ? pair.value(0) : pair.value(1, pair.value(0));
}

QString Record::title() const
{
    if (!kind)
        return {};
    QStringList parts;
    for (const QString &c : kind->table->columnNames(ColumnFlag::Title)) {
        const QString v = text(c).trimmed();
        if (!v.isEmpty())
            parts << v;
    }
    // An acronym and a title: "ProSPeReS: Prävention in Städten".
    return parts.join(QLatin1String(": "));
}

QStringList Record::changedColumns(const Record &other) const
{
    if (!kind)
        return {};
    return TableStore::differingColumns(values, other.values, kind->table->editableColumns());
}

QString Records::selectSql() const
{
    const Table &t = *m_kind.table;
    QString sql = QStringLiteral("SELECT ") + TableStore(m_db, t).columnList({}, QStringLiteral("t"));
    for (const Column *c : t.references()) {
        const Table *ref = tables::find(c->refTable);
        if (!ref)
            continue;
        sql += QStringLiteral(", (SELECT %1 FROM %2 r WHERE r.id = t.%3) AS %4")
                   .arg(titleExpression(*ref), ref->name(), c->name, referenceTitleKey(c->name));
    }
    return sql + QStringLiteral(" FROM ") + t.name() + QStringLiteral(" t");
}

QString Records::yearWhere(int year, QVariantList &values) const
{
    return year > 0 ? yearCondition(m_kind, year, values) : QString();
}

QString Records::yearCondition(const RecordKind &kind, int year, QVariantList &values)
{
    if (kind.dateColumn.isEmpty())
        return {};
    const QVariant first = toDbDate(QDate(year, 1, 1));
    const QVariant next = toDbDate(QDate(year + 1, 1, 1));
    if (kind.endColumn.isEmpty()) {
        values << first << next;
        return QStringLiteral("t.%1 >= ? AND t.%1 < ?").arg(kind.dateColumn);
    }
    // Running during the year: begun before it ended, not ended before it began.
    values << next << first;
    return QStringLiteral("t.%1 < ? AND (t.%2 IS NULL OR t.%2 >= ?)").arg(kind.dateColumn, kind.endColumn);
}

Result<QList<Record>> Records::read(const QString &where, const QVariantList &values) const
{
    QString sql = selectSql();
    if (!where.isEmpty())
        sql += QLatin1String(" WHERE ") + where;
    if (!m_kind.orderBy.isEmpty())
        sql += QLatin1String(" ORDER BY ") + m_kind.orderBy;
    auto rows = selectRows(m_db, sql, values);
    if (!rows)
        return rows.error();
    QList<Record> records;
    records.reserve(rows->size());
    for (const QVariantMap &row : std::as_const(*rows))
        records.append({&m_kind, row.value(QStringLiteral("id")).toLongLong(), row.value(QStringLiteral("row_version")).toLongLong(), row});
    return records;
}

Result<QList<Record>> Records::list(int year) const
{
    QVariantList values;
    const QString where = yearWhere(year, values);
    return read(where, values);
}

Result<QList<Record>> Records::listOf(qint64 parentId) const
{
    Q_ASSERT(m_kind.isChild());
    return read(QStringLiteral("t.%1 = ?").arg(m_kind.parentColumn), {parentId});
}

Result<Record> Records::byId(qint64 id) const
{
    auto rows = read(QStringLiteral("t.id = ?"), {id});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error(Error::Code::NotFound, tr("The record no longer exists."));
    return rows->first();
}

Result<int> Records::count(int year) const
{
    QVariantList values;
    const QString where = yearWhere(year, values);
    QString sql = QStringLiteral("SELECT COUNT(*) AS n FROM %1 t").arg(m_kind.table->name());
    if (!where.isEmpty())
        sql += QLatin1String(" WHERE ") + where;
    auto rows = selectRows(m_db, sql, values);
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? 0 : rows->first().value(QStringLiteral("n")).toInt();
}

FieldErrors Records::check(const RecordKind &kind, QVariantMap &values)
{
    FieldErrors errors;
    for (const Column &c : kind.table->columns()) {
        if (c.has(ColumnFlag::System) || c.has(ColumnFlag::Derived) || !values.contains(c.name))
            continue;
        QVariant v = values.value(c.name);
        if (c.type == ColumnType::Text && !v.isNull()) {
            // One line is tidied; notes keep their lines.
            const QString text = c.maxBytes >= TextSize::Notes ? v.toString().trimmed() : v.toString().simplified();
            v = text;
        }
        if (c.type == ColumnType::Reference && !v.isNull() && v.toLongLong() <= 0)
            v = QVariant(); // no record chosen
        if ((c.type != ColumnType::Text || !c.has(ColumnFlag::NotNull)) && isEmptyValue(v))
            v = QVariant(); // an optional value left empty is no value
        if (c.type == ColumnType::Text && v.isNull() && c.has(ColumnFlag::NotNull))
            v = QString();
        values.insert(c.name, v);

        const QString label = columnLabel(c);
        if (isEmptyValue(v)) {
            const bool required = c.has(ColumnFlag::NonEmpty) || (c.has(ColumnFlag::NotNull) && c.defaultSql.isEmpty() && c.type != ColumnType::Text);
            if (required)
                errors.append({c.name, tr("%1 is missing.").arg(label)});
            continue;
        }
        if (!c.allowed.isEmpty() && !c.allowed.contains(v.toString())) {
            errors.append({c.name, tr("%1: \"%2\" is not one of the choices.").arg(label, v.toString())});
            continue;
        }
        switch (c.type) {
        case ColumnType::Date:
            if (!fromDbDate(v).isValid())
                errors.append({c.name, tr("%1: \"%2\" is not a date.").arg(label, v.toString())});
            break;
        case ColumnType::Integer:
        case ColumnType::BigInt: {
            bool ok = false;
            v.toString().toLongLong(&ok);
            if (!ok)
                errors.append({c.name, tr("%1: \"%2\" is not a whole number.").arg(label, v.toString())});
            break;
        }
        case ColumnType::BlobRef:
            if (!BlobStore::isHash(v.toString()))
                errors.append({c.name, tr("%1: not a stored file.").arg(label)});
            break;
        case ColumnType::Text:
            if (v.toString().toUtf8().size() > c.maxBytes)
                errors.append({c.name, tr("%1 is longer than %n characters allowed.", nullptr, c.maxBytes).arg(label)});
            else if (isLinkColumn(c) && !isWebAddress(v.toString()))
                errors.append({c.name, tr("%1: \"%2\" is not a web address (https://…).").arg(label, v.toString())});
            break;
        default:
            break;
        }
    }
    if (errors.isEmpty() && kind.rules)
        errors += kind.rules(values);
    return errors;
}

Result<Record> Records::create(QVariantMap values)
{
    // Identity, stamps and derived keys are the store's.
    for (auto it = values.begin(); it != values.end();) {
        const Column *c = m_kind.table->find(it.key());
        if (!c || c->has(ColumnFlag::System) || c->has(ColumnFlag::Derived))
            it = values.erase(it);
        else
            ++it;
    }
    if (const FieldErrors errors = check(m_kind, values); !errors.isEmpty())
        return validationError(errors);
    auto row = TableStore(m_db, *m_kind.table).insert(values);
    if (!row)
        return row.error();
    return byId(row->value(QStringLiteral("id")).toLongLong());
}

Result<Record> Records::update(const Record &record)
{
    QVariantMap values;
    for (const QString &c : m_kind.table->editableColumns()) {
        if (record.values.contains(c))
            values.insert(c, record.values.value(c));
    }
    if (const FieldErrors errors = check(m_kind, values); !errors.isEmpty())
        return validationError(errors);
    auto row = TableStore(m_db, *m_kind.table).update(record.id, record.rowVersion, values, record.title());
    if (!row)
        return row.error();
    return byId(record.id);
}

Status Records::remove(qint64 id, qint64 expectedRowVersion)
{
    return TableStore(m_db, *m_kind.table).remove(id, expectedRowVersion, m_kind.singularLabel());
}

Result<QList<std::pair<qint64, QString>>> referenceChoices(Database &db, const Table &table)
{
    const QString expr = titleExpression(table);
    auto rows = selectRows(db, QStringLiteral("SELECT r.id AS id, %1 AS title FROM %2 r").arg(expr, table.name()));
    if (!rows)
        return rows.error();
    QList<std::pair<qint64, QString>> choices;
    choices.reserve(rows->size());
    for (const QVariantMap &r : std::as_const(*rows))
        choices.append({r.value(QStringLiteral("id")).toLongLong(), r.value(QStringLiteral("title")).toString()});
    // By the folded title, as people look for names (Ä with A), not by byte.
    std::stable_sort(choices.begin(), choices.end(), [](const auto &a, const auto &b) { return foldKey(a.second) < foldKey(b.second); });
    return choices;
}

QList<std::pair<const Table *, const Column *>> listedReferencesTo(const Table &table)
{
    QList<const Table *> owners;
    const QList<const Column *> columns = tables::referencesTo(table.name(), &owners);
    QList<std::pair<const Table *, const Column *>> listed;
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i)->has(ColumnFlag::Listed))
            listed.append({owners.at(i), columns.at(i)});
    }
    return listed;
}

Result<QList<ReferringRow>> referringRows(Database &db, const Table &table, const Column &column, qint64 id)
{
    QString date = QStringLiteral("NULL");
    for (const Column &c : table.columns()) {
        if (c.type == ColumnType::Date) {
            date = QStringLiteral("r.") + c.name;
            break;
        }
    }
    auto rows = selectRows(db, QStringLiteral("SELECT r.id AS id, %1 AS day, %2 AS title FROM %3 r WHERE r.%4 = ? ORDER BY 2, 3, 1")
                                   .arg(date, titleExpression(table), table.name(), column.name),
                           {id});
    if (!rows)
        return rows.error();
    QList<ReferringRow> list;
    list.reserve(rows->size());
    for (const QVariantMap &r : std::as_const(*rows))
        list.append({r.value(QStringLiteral("id")).toLongLong(), fromDbDate(r.value(QStringLiteral("day"))), r.value(QStringLiteral("title")).toString()});
    return list;
}

Result<QList<int>> recordYears(Database &db)
{
    QSet<int> years;
    for (const RecordKind &k : recordKinds()) {
        if (k.dateColumn.isEmpty())
            continue;
        auto rows = selectRows(db, QStringLiteral("SELECT DISTINCT %1 AS y FROM %2 WHERE %3 IS NOT NULL")
                                       .arg(db.dialect().yearOf(k.dateColumn), k.table->name(), k.dateColumn));
        if (!rows)
            return rows.error();
        for (const QVariantMap &r : std::as_const(*rows))
            years.insert(r.value(QStringLiteral("y")).toInt());
    }
    QList<int> list(years.cbegin(), years.cend());
    std::sort(list.begin(), list.end(), std::greater<int>());
    return list;
}

const RecordKind *findRecordKind(const QString &name)
{
    for (const auto *list : {&recordKinds(), &childKinds()}) {
        for (const RecordKind &k : *list) {
            if (k.name == name)
                return &k;
        }
    }
    return nullptr;
}

const RecordKind *recordKindOf(const Table &table)
{
    for (const auto *list : {&recordKinds(), &childKinds()}) {
        for (const RecordKind &k : *list) {
            if (k.table == &table)
                return &k;
        }
    }
    return nullptr;
}

const RecordKind *RecordKind::parent() const
{
    const Column *c = isChild() ? table->find(parentColumn) : nullptr;
    const Table *t = c ? tables::find(c->refTable) : nullptr;
    return t ? recordKindOf(*t) : nullptr;
}

QList<const RecordKind *> childKindsOf(const RecordKind &parent)
{
    QList<const RecordKind *> list;
    for (const RecordKind &k : childKinds()) {
        if (k.parent() == &parent)
            list << &k;
    }
    return list;
}

} // namespace fd
