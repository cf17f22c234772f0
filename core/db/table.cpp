// SPDX-License-Identifier: GPL-3.0-or-later
#include "table.h"

#include <QtGlobal>

namespace fd {

namespace {

QString typeSql(ColumnType type)
{
    switch (type) {
    case ColumnType::Key:
        return QStringLiteral("{PK}");
    case ColumnType::Reference:
        return QStringLiteral("{FK}");
    case ColumnType::Uuid:
    case ColumnType::Text:
    case ColumnType::BlobRef:
        return QStringLiteral("TEXT");
    case ColumnType::Integer:
        return QStringLiteral("INTEGER");
    case ColumnType::BigInt:
        return QStringLiteral("{BIGINT}");
    case ColumnType::Bool:
        return QStringLiteral("{BOOL}");
    case ColumnType::Date:
        return QStringLiteral("{DATE}");
    case ColumnType::Time:
        return QStringLiteral("{TIME}");
    case ColumnType::Timestamp:
        return QStringLiteral("{TIMESTAMP}");
    case ColumnType::Blob:
        return QStringLiteral("{BLOB}");
    }
    return QStringLiteral("TEXT");
}

} // namespace

QString Column::definition() const
{
    // The order of the clauses is the one the first migrations were written in,
    // so that a table declared here reads like its released CREATE TABLE.
    QString sql = name + QLatin1Char(' ') + typeSql(type);
    if (flags.testFlag(ColumnFlag::PrimaryKey))
        sql += QLatin1String(" PRIMARY KEY");
    if (flags.testFlag(ColumnFlag::NotNull))
        sql += QLatin1String(" NOT NULL");
    if (flags.testFlag(ColumnFlag::Unique))
        sql += QLatin1String(" UNIQUE");
    if (!defaultSql.isEmpty())
        sql += QLatin1String(" DEFAULT ") + defaultSql;
    if (!refTable.isEmpty()) {
        sql += QStringLiteral(" REFERENCES %1 (id)").arg(refTable);
        if (!onDelete.isEmpty())
            sql += QLatin1String(" ON DELETE ") + onDelete;
    }
    // Content is referred to by its hash, the blobs table's key. Not through
    // refTable: that is for references to a row's id, which undo, deletes and
    // notices follow; a blob is no record of its own.
    if (type == ColumnType::BlobRef)
        sql += QLatin1String(" REFERENCES blobs (hash)");
    if (!check.isEmpty())
        sql += QStringLiteral(" CHECK (%1)").arg(check);
    return sql;
}

Table::Table(const QString &name, Entity entity, int since) : m_name(name), m_entity(entity), m_since(since) {}

Table &Table::identity()
{
    column(QStringLiteral("id"), ColumnType::Key).flag(ColumnFlag::System | ColumnFlag::Pack);
    column(QStringLiteral("uuid"), ColumnType::Uuid).notNull().unique().flag(ColumnFlag::System | ColumnFlag::Pack);
    return *this;
}

Table &Table::stamps()
{
    column(QStringLiteral("created_at"), ColumnType::Timestamp).notNull().flag(ColumnFlag::System | ColumnFlag::Pack);
    column(QStringLiteral("updated_at"), ColumnType::Timestamp).notNull().flag(ColumnFlag::System | ColumnFlag::Pack);
    column(QStringLiteral("row_version"), ColumnType::BigInt).notNull().defaultsTo(QStringLiteral("1"))
        .flag(ColumnFlag::System | ColumnFlag::Pack);
    return *this;
}

Table &Table::column(const QString &name, ColumnType type)
{
    Column c;
    c.name = name;
    c.type = type;
    c.since = m_since;
    if (type == ColumnType::BlobRef)
        c.maxBytes = TextSize::Code; // a SHA-256 in hex
    m_columns.append(c);
    return *this;
}

Table &Table::text(const QString &name, int maxBytes)
{
    column(name, ColumnType::Text);
    last().maxBytes = maxBytes;
    return *this;
}

Table &Table::nonEmpty()
{
    last().flags |= ColumnFlag::NotNull | ColumnFlag::NonEmpty;
    last().check = QStringLiteral("%1 <> ''").arg(last().name);
    return *this;
}

Table &Table::oneOf(const QStringList &values)
{
    last().allowed = values;
    QStringList quoted;
    for (const QString &v : values)
        quoted << QLatin1Char('\'') + v + QLatin1Char('\'');
    last().check = QStringLiteral("%1 IN (%2)").arg(last().name, quoted.join(QLatin1String(", ")));
    return *this;
}

Table &Table::csv(const char *de, const char *en)
{
    last().flags |= ColumnFlag::Csv;
    last().csvDe = QString::fromUtf8(de);
    last().csvEn = en;
    return *this;
}

Table &Table::words(const QStringList &words)
{
    Q_ASSERT(words.size() == last().allowed.size());
    last().words = words;
    return *this;
}

Column &Table::last()
{
    Q_ASSERT(!m_columns.isEmpty());
    return m_columns.last();
}

Table &Table::notNull()
{
    last().flags |= ColumnFlag::NotNull;
    return *this;
}

Table &Table::unique()
{
    last().flags |= ColumnFlag::Unique;
    return *this;
}

Table &Table::primaryKey()
{
    last().flags |= ColumnFlag::PrimaryKey;
    return *this;
}

Table &Table::defaultsTo(const QString &sql)
{
    last().defaultSql = sql;
    return *this;
}

Table &Table::checks(const QString &expression)
{
    last().check = expression;
    return *this;
}

Table &Table::references(const QString &table, const QString &onDelete)
{
    last().refTable = table;
    last().onDelete = onDelete;
    return *this;
}

Table &Table::flag(ColumnFlags flags)
{
    if (flags.testFlag(ColumnFlag::Search) && (last().type == ColumnType::Blob || last().type == ColumnType::BlobRef)) {
        // Refused, not only asserted: a release build must not feed megabytes
        // (or meaningless hashes) into the search entries either.
        qWarning("Table %s: column %s holds content, which is never searched; the Search flag is ignored.", qPrintable(m_name),
                 qPrintable(last().name));
        flags.setFlag(ColumnFlag::Search, false);
    }
    last().flags |= flags;
    return *this;
}

Table &Table::since(int version)
{
    last().since = version;
    return *this;
}

Table &Table::derivedFrom(std::function<QVariant(const QVariantMap &)> derive)
{
    last().flags |= ColumnFlag::Derived;
    last().derive = std::move(derive);
    return *this;
}

Table &Table::constraint(const QString &sql, int since)
{
    m_constraints.append({sql, since});
    return *this;
}

Table &Table::uniqueKey(const QStringList &columns, int since)
{
    m_uniqueKeys.append(columns);
    return constraint(QStringLiteral("UNIQUE (%1)").arg(columns.join(QLatin1String(", "))), since);
}

Table &Table::index(const QString &name, const QStringList &columns, bool unique, int since)
{
    m_indexes.append({name, columns, unique, since});
    return *this;
}

const Column *Table::find(const QString &name) const
{
    for (const Column &c : m_columns) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

QStringList Table::columnNames(ColumnFlags with, ColumnFlags without) const
{
    QStringList names;
    for (const Column &c : m_columns) {
        if ((c.flags & with) == with && !(c.flags & without))
            names << c.name;
    }
    return names;
}

QList<QStringList> Table::uniqueSets() const
{
    QList<QStringList> sets;
    for (const Column &c : m_columns) {
        if (c.type == ColumnType::Key || c.has(ColumnFlag::PrimaryKey) || c.has(ColumnFlag::Unique))
            sets.append({c.name});
    }
    return sets + m_uniqueKeys;
}

QStringList Table::editableColumns() const
{
    return columnNames({}, ColumnFlag::System | ColumnFlag::Derived | ColumnFlag::Fixed);
}

QList<const Column *> Table::references() const
{
    QList<const Column *> list;
    for (const Column &c : m_columns) {
        if (!c.refTable.isEmpty())
            list << &c;
    }
    return list;
}

QList<const Column *> Table::blobReferences() const
{
    QList<const Column *> list;
    for (const Column &c : m_columns) {
        if (c.type == ColumnType::BlobRef)
            list << &c;
    }
    return list;
}

QStringList Table::createStatements(int version) const
{
    QStringList parts;
    for (const Column &c : m_columns) {
        if (c.since <= version)
            parts << c.definition();
    }
    for (const Constraint &c : m_constraints) {
        if (c.since <= version)
            parts << c.sql;
    }
    QStringList statements;
    statements << QStringLiteral("CREATE TABLE %1 (\n    %2)").arg(m_name, parts.join(QLatin1String(",\n    ")));
    for (const TableIndex &i : m_indexes) {
        if (i.since <= version)
            statements << indexStatement(i.name);
    }
    return statements;
}

QString Table::indexStatement(const QString &index) const
{
    for (const TableIndex &i : m_indexes) {
        if (i.name == index)
            return QStringLiteral("CREATE %1INDEX %2 ON %3 (%4)")
                .arg(i.unique ? QStringLiteral("UNIQUE ") : QString(), i.name, m_name, i.columns.join(QLatin1String(", ")));
    }
    Q_ASSERT_X(false, "Table::indexStatement", qPrintable(index));
    return {};
}

QString Table::addColumnStatement(const QString &column) const
{
    const Column *c = find(column);
    Q_ASSERT(c);
    return c ? QStringLiteral("ALTER TABLE %1 ADD COLUMN %2").arg(m_name, c->definition()) : QString();
}

void Table::deriveValues(QVariantMap &row) const
{
    for (const Column &c : m_columns) {
        if (c.derive)
            row.insert(c.name, c.derive(row));
    }
}

} // namespace fd
