// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "db/table.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>

namespace fd {

class Database;

// A kind of the year's records (projects, surveys, media requests...) that
// needs nothing beyond its table's declaration and a few rules: the list, the
// editor, the CSV and Excel exchange, undo, change notices and the search all
// come from the declaration. The kind adds what the declaration cannot say.
struct RecordKind {
    QString name;                  // the CLI's and the import's word ("projects")
    const Table *table = nullptr;
    const char *plural = nullptr;  // QT_TRANSLATE_NOOP("Kinds", "Projects")
    const char *singular = nullptr;// QT_TRANSLATE_NOOP("Kinds", "Project")
    QStringList listColumns;       // what the list shows, in order
    QString orderBy;               // the list's order (declared columns only)
    // The day the record belongs to a year by (a date column); with an end
    // column, the record belongs to every year from its start to its end
    // (an open end: up to now).
    QString dateColumn;
    QString endColumn;
    // Two records are the same if these columns agree (case and accents
    // ignored): an import skips the second.
    QStringList identityColumns;
    // Rules the declaration cannot express (an end after the start), on a
    // normalised row. Messages are translated; the field is the column name.
    std::function<FieldErrors(const QVariantMap &row)> rules;
    // A child kind (the answers to a survey): the column that refers to the
    // record it belongs to. Its rows are edited within that record.
    QString parentColumn;

    bool isChild() const { return !parentColumn.isEmpty(); }
    // The kind a child kind belongs to.
    const RecordKind *parent() const;

    QString pluralLabel() const { return QCoreApplication::translate("Kinds", plural); }
    QString singularLabel() const { return QCoreApplication::translate("Kinds", singular); }
};

// A record of a declared kind: its row, as the store reads it (dates as ISO
// text), plus the titles of the records it refers to ("organisation_id" ->
// "organisation_id__title"), for lists.
struct Record {
    const RecordKind *kind = nullptr;
    qint64 id = 0;
    qint64 rowVersion = 0;
    QVariantMap values;

    QVariant value(const QString &column) const { return values.value(column); }
    QString text(const QString &column) const { return values.value(column).toString(); }
    // The record's name where a list or a message names it (the Title columns).
    QString title() const;
    // The editable columns whose values differ.
    QStringList changedColumns(const Record &other) const;
    bool sameContent(const Record &other) const { return changedColumns(other).isEmpty(); }
};

// The alias under which a list carries the title of the record a reference points to.
QString referenceTitleKey(const QString &column);

// A table's title as an SQL expression over the alias `r`: its Title
// columns, joined by spaces (a person's first and last name).
QString titleExpression(const Table &table);

// The label of a column in the program (its CSV name in the UI's language).
QString columnLabel(const Column &column);
// The word for an allowed value in the UI's language (from the declaration's "German|English").
QString valueLabel(const Column &column, const QString &key);

// The rules every declared kind shares, and the reading and writing of its
// records, for the program, the CLI and the imports alike.
class Records
{
    Q_DECLARE_TR_FUNCTIONS(Records)
public:
    Records(Database &db, const RecordKind &kind) : m_db(db), m_kind(kind) {}

    // In the kind's order; `year` > 0: only those of that year (see RecordKind::dateColumn).
    Result<QList<Record>> list(int year = 0) const;
    // The rows of a child kind that belong to record `parentId`.
    Result<QList<Record>> listOf(qint64 parentId) const;
    Result<Record> byId(qint64 id) const;
    // How many belong to `year`, without reading them.
    Result<int> count(int year) const;

    Result<Record> create(QVariantMap values);
    Result<Record> update(const Record &record);
    Status remove(qint64 id, qint64 expectedRowVersion);

    // Tidies what people type (spaces, empty to null) and checks the row: the
    // declaration's rules (required, allowed values, lengths, dates, web
    // addresses), then the kind's.
    static FieldErrors check(const RecordKind &kind, QVariantMap &values);
    // The condition (over the alias `t`) that a record belongs to `year`,
    // its values appended; empty for a kind without a date. The list, the
    // count and the year's summary agree through it.
    static QString yearCondition(const RecordKind &kind, int year, QVariantList &values);

    const RecordKind &kind() const { return m_kind; }

private:
    QString selectSql() const;
    QString yearWhere(int year, QVariantList &values) const;
    Result<QList<Record>> read(const QString &where, const QVariantList &values) const;

    Database &m_db;
    const RecordKind &m_kind;
};

// The years in which any of the year's records begins (their date column),
// newest first: the years the Year page offers besides those with events.
Result<QList<int>> recordYears(Database &db);

// The records of `table` a reference may choose from: id and title, by title.
Result<QList<std::pair<qint64, QString>>> referenceChoices(Database &db, const Table &table);

// A row of another table that refers to a record through a Listed reference
// (an event of a project), as the record's form lists it.
struct ReferringRow {
    qint64 id = 0;
    QDate date;     // the table's first date column (an event's start)
    QString title;  // its Title columns
};
// The Listed references to `table`, each with the table it belongs to.
QList<std::pair<const Table *, const Column *>> listedReferencesTo(const Table &table);
// The rows of `table` whose `column` refers to record `id`, by date and title.
Result<QList<ReferringRow>> referringRows(Database &db, const Table &table, const Column &column, qint64 id);

// Every declared kind of the year's records, in the order of the annual report.
const QList<RecordKind> &recordKinds();
// The kinds whose rows belong to one record of another kind.
const QList<RecordKind> &childKinds();
QList<const RecordKind *> childKindsOf(const RecordKind &parent);
const RecordKind *findRecordKind(const QString &name);
const RecordKind *recordKindOf(const Table &table);

} // namespace fd
