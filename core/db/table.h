// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/notifier.h"

#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>
#include <optional>

namespace fd {

class SqlDialect;

// What a column holds. The SQL type per backend comes from SqlDialect::ddl().
enum class ColumnType {
    Key,       // integer identity primary key ({PK})
    Reference, // integer referring to another table's key ({FK})
    Uuid,      // stable identity across copies (TEXT)
    Text,
    Integer,
    BigInt,
    Bool,
    Date,
    Time,
    Timestamp, // UTC
    Blob,      // binary content: only the blobs table holds it (see BlobStore)
    BlobRef,   // a reference to content in the blobs table: its SHA-256 (TEXT REFERENCES blobs (hash));
               // rows, and so undo snapshots of them, hold the 64-character hash, never the bytes
};

// What a column is for, besides its type: the code that exports, packs,
// searches or erases rows asks these instead of keeping its own list.
enum class ColumnFlag {
    NotNull = 0x1,
    Unique = 0x2,
    PrimaryKey = 0x4,   // a natural primary key (forumdesk_meta.key); Key columns are one anyway
    Personal = 0x10,    // personal data (GDPR): shown in a person's data export, cleared on erasure
    MembersOnly = 0x20, // never in anything exported for the public
    Csv = 0x40,         // part of the kind's CSV exchange columns
    Pack = 0x80,        // travels in an on-site pack
    Search = 0x100,     // feeds the search index
    Derived = 0x200,    // computed from other columns on every write (name_key); never edited
    System = 0x400,     // id, uuid, created_at, updated_at, row_version: kept by the store
    Internal = 0x800,   // the office's own notes: never in anything that leaves the office for others
    NonEmpty = 0x1000,  // NOT NULL and never empty text
    Title = 0x2000,     // part of the record's title where a search lists it (with Search)
    Fixed = 0x4000,     // set when the row is made, never changed by an edit (the person of a position)
    Listed = 0x8000,    // a reference whose rows the referred record's form lists, read-only (a project's events)
};
Q_DECLARE_FLAGS(ColumnFlags, ColumnFlag)
Q_DECLARE_OPERATORS_FOR_FLAGS(ColumnFlags)

// How long a text may be when it comes from outside (a pack, a file).
namespace TextSize {
inline constexpr int Code = 64;         // UUIDs, dates, timestamps, keys such as a status
inline constexpr int Name = 1024;       // names, titles, e-mail addresses, phone numbers, places
inline constexpr int Link = 4 * 1024;   // web addresses
inline constexpr int Notes = 64 * 1024; // notes, partners, office details
} // namespace TextSize

struct Column {
    QString name;
    ColumnType type = ColumnType::Text;
    ColumnFlags flags;
    QString defaultSql;   // SQL literal, may use dialect placeholders ({FALSE})
    QString check;        // column CHECK expression, without "CHECK"
    QString refTable;     // for references: the table whose id it holds
    QString onDelete;     // CASCADE, SET NULL, RESTRICT
    QStringList allowed;  // the only values allowed (keys such as a status); empty: any
    int maxBytes = 64;    // longest value accepted from outside (UTF-8 bytes; see TextSize)
    // The CSV exchange: header names (German, English; the English one is
    // also the column's label in the program, translated in context "Columns"),
    // and for allowed values the words a file writes for them ("German|English").
    QString csvDe;
    const char *csvEn = nullptr;
    QStringList words;
    int since = 1;        // schema version that added the column
    // For Derived columns: the value from the row's other values.
    std::function<QVariant(const QVariantMap &row)> derive;

    bool has(ColumnFlag flag) const { return flags.testFlag(flag); }
    // The column's definition inside CREATE TABLE, with dialect placeholders.
    QString definition() const;
};

struct TableIndex {
    QString name;
    QStringList columns;
    bool unique = false;
    int since = 1;
};

// One table, declared once: columns with their types, keys and roles, table
// constraints and indexes. The SQL to create it, the statements that read
// and write it (TableStore), the rows copied for undo and the on-site pack,
// and the columns of personal data are all derived from this.
class Table
{
public:
    Table(const QString &name, Entity entity, int since = 1);

    // --- building (used by the declarations in tables.cpp) ---
    // id and uuid: the identity columns every edited table begins with.
    Table &identity();
    // created_at, updated_at, row_version: the stamps it ends with.
    Table &stamps();
    Table &column(const QString &name, ColumnType type);
    // A text column; `maxBytes` is one of TextSize.
    Table &text(const QString &name, int maxBytes = TextSize::Name);
    // Modifiers of the column added last.
    Table &notNull();
    Table &unique();
    Table &primaryKey();
    Table &defaultsTo(const QString &sql);
    Table &checks(const QString &expression);
    Table &nonEmpty();                        // NOT NULL CHECK (name <> '')
    Table &oneOf(const QStringList &values);  // CHECK (name IN (...)), and what a pack may hold
    // In the kind's CSV files as `de` / `en` (en: a QT_TRANSLATE_NOOP("Columns", ...) label).
    Table &csv(const char *de, const char *en);
    // The words a CSV file writes for the allowed values, "German|English" each, in their order.
    Table &words(const QStringList &words);
    Table &references(const QString &table, const QString &onDelete);
    // Adds flags to the column. Search is refused on Blob and BlobRef columns:
    // bytes and hashes are never words anyone searches for.
    Table &flag(ColumnFlags flags);
    Table &since(int version);
    Table &derivedFrom(std::function<QVariant(const QVariantMap &row)> derive);
    // Table-level constraints and indexes, in the order written.
    Table &constraint(const QString &sql, int since = 1);
    Table &uniqueKey(const QStringList &columns, int since = 1);
    Table &index(const QString &name, const QStringList &columns, bool unique = false, int since = 1);

    // --- reading ---
    const QString &name() const { return m_name; }
    Entity entity() const { return m_entity; }
    int since() const { return m_since; }
    const QList<Column> &columns() const { return m_columns; }
    const Column *find(const QString &name) const;
    bool hasColumn(const QString &name) const { return find(name) != nullptr; }
    bool hasRowVersion() const { return hasColumn(QStringLiteral("row_version")); }
    bool hasUuid() const { return hasColumn(QStringLiteral("uuid")); }
    const QList<TableIndex> &indexes() const { return m_indexes; }
    // Values (or combinations) the table holds once: its keys, UNIQUE columns and unique keys.
    QList<QStringList> uniqueSets() const;

    // Column names in table order, optionally only those with all of `with` and none of `without`.
    QStringList columnNames(ColumnFlags with = {}, ColumnFlags without = {}) const;
    // Columns a user's edit may change: neither System, Derived nor Fixed.
    QStringList editableColumns() const;
    // References to other tables: (column, table, on delete). Only references
    // to a row's id; references to content (BlobRef) are blobReferences().
    QList<const Column *> references() const;
    // Columns that refer to content in the blobs table.
    QList<const Column *> blobReferences() const;

    // CREATE TABLE and CREATE INDEX statements as of schema `version`, with
    // dialect placeholders (a migration runs them through SqlDialect::ddl).
    QStringList createStatements(int version) const;
    // ALTER TABLE ... ADD COLUMN for a column added later.
    QString addColumnStatement(const QString &column) const;
    // CREATE INDEX for an index added later (to a table created earlier).
    QString indexStatement(const QString &index) const;

    // Fills the derived columns of `row` from its other values.
    void deriveValues(QVariantMap &row) const;

private:
    Column &last();

    QString m_name;
    Entity m_entity;
    int m_since;
    QList<Column> m_columns;
    struct Constraint {
        QString sql;
        int since;
    };
    QList<Constraint> m_constraints;
    QList<QStringList> m_uniqueKeys;
    QList<TableIndex> m_indexes;
};

} // namespace fd
