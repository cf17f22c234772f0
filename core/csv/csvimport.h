// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/dates.h"
#include "common/result.h"
#include "csv/csvreader.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>
#include <memory>

namespace fd {

class Database;

// A column an importer understands, with the header names offices use for it
// (German and English; matched ignoring case, accents and surrounding spaces).
struct ColumnSpec {
    QString key;
    QStringList aliases;
    bool required = false;
    // Longer values are refused with the line and column: one-line values by
    // default, CsvLimits::MaxFieldLength for notes and other long text.
    int maxLength = CsvLimits::MaxShortFieldLength;
};

struct ImportMessage {
    enum class Severity { Error, Warning, Info };
    Severity severity = Severity::Error;
    QString file;
    int line = 0;
    QString column;
    QString message;

    QString toString() const; // "members.csv:12: Mitglied seit: \"31.02.2024\" is not a date"
};

// What an import found and did. Nothing is written unless there are no errors.
struct ImportReport {
    QString file;
    QString encoding;
    QChar delimiter;
    int rowsRead = 0;
    int rowsToCreate = 0;
    int rowsSkipped = 0;      // duplicates, reported as warnings
    int rowsWaitlisted = 0;   // registrations past an event's capacity, put on its waitlist
    bool dryRun = false;
    bool committed = false;
    // The day the file is checked on: dates far after it are questioned.
    QDate today;
    QList<ImportMessage> messages;
    // What was written, per table, so that the import can be undone.
    QHash<QString, QList<qint64>> createdIds;

    bool hasErrors() const;
    int errorCount() const;
    void error(int line, const QString &column, const QString &message);
    void warning(int line, const QString &column, const QString &message);
    void info(int line, const QString &column, const QString &message);
    QStringList lines(ImportMessage::Severity severity) const;
    QString summary() const;  // one translated sentence

private:
    // Kept by error(): importers ask for it on every row, and counting the
    // messages each time made a file with many warnings take hours.
    int m_errorCount = 0;
};

// Maps the file's header to the importer's columns.
class ColumnMap
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMap)
public:
    // Unknown columns become warnings, missing required ones errors, in `report`.
    static ColumnMap build(const CsvTable &table, const QList<ColumnSpec> &specs, ImportReport &report);

    bool has(const QString &key) const { return m_index.contains(key); }
    QString value(const CsvRecord &record, const QString &key) const;
    QString headerName(const QString &key) const; // as written in the file
    // The same by the index of the key's column (-1: not in the file), for
    // importers that look each key up once instead of once per cell.
    int indexOf(const QString &key) const { return m_index.value(key, -1); }
    QString valueAt(const CsvRecord &record, int index) const;

private:
    QHash<QString, int> m_index;
    QHash<QString, QString> m_headerNames;
};

enum class RowStatus {
    New,        // will be created
    Linked,     // will be created, linked to an existing record (a person's organisation)
    Duplicate,  // exists already: skipped and reported
    Error,
};

struct PreviewRow {
    int line = 0;
    QStringList cells;
    RowStatus status = RowStatus::New;
    QString message;
};

struct ImportPreview {
    ImportReport report;
    QStringList header;
    QList<PreviewRow> rows;
};

// Called with (done, total); return false to cancel.
using ProgressFn = std::function<bool(qint64 done, qint64 total)>;

// An importer of one kind of record. prepare() reads and checks everything
// and writes nothing; commit() writes what prepare() planned, all in one
// transaction, or nothing at all.
class CsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvImporter)
public:
    explicit CsvImporter(Database &db) : m_db(db) {}
    virtual ~CsvImporter() = default;

    virtual QList<ColumnSpec> columns() const = 0;

    ImportPreview prepare(const CsvTable &table, const ProgressFn &progress = {});
    Result<ImportReport> commit(const ProgressFn &progress = {});

    // Read, check and (unless dry run) write a file in one go.
    Result<ImportReport> importFile(const QString &path, bool dryRun, const ProgressFn &progress = {});

    // The day dates are checked against (tests); invalid: the clock's today.
    void setToday(const QDate &today) { m_today = today; }

protected:
    // Parse and check one record; add errors/warnings to the report and set the row's status.
    virtual void prepareRecord(const CsvRecord &record, const ColumnMap &columns, ImportReport &report, PreviewRow &row) = 0;
    virtual void reset() = 0;
    // Write the planned rows (inside the transaction).
    virtual Status write(ImportReport &report, const ProgressFn &progress) = 0;
    virtual void notifyWritten() = 0;
    // Whether write() may be called again and again as importFile() reads a
    // file, each time with the rows planned since (a long list: the memory
    // stays flat). Otherwise importFile() writes once, after the last row.
    virtual bool writesInBatches() const { return false; }

    Database &m_db;
    QString m_file;

private:
    // Checks one record, as prepare() and importFile() do alike.
    void checkOne(const CsvTable &header, const QList<CsvTable::BadByte> &badBytes, const CsvRecord &record, const QList<ColumnSpec> &specs,
                  const ColumnMap &columns, ImportReport &report, PreviewRow &row);
    void startReport(const CsvTable &header, ImportReport &report);

    ImportReport m_report;
    bool m_prepared = false;
    QDate m_today;
};

// Helpers for importers: parse a cell and report a clear error if it is bad,
// and a warning for a date more than FarFutureYears after the report's today
// (a typing error, or a two-digit year meant otherwise).
inline constexpr int FarFutureYears = 10;
QDate parseDateCell(const QString &text, int line, const QString &column, ImportReport &report);
// A date with an optional time ("16.05.2024 14:00", "2024-05-16T14:00"); an invalid date if empty or bad.
DateAndTime parseDateTimeCell(const QString &text, int line, const QString &column, ImportReport &report);
// ja/nein, yes/no, j/n, y/n, x/-, 1/0, wahr/falsch, true/false; nullopt if
// empty (the caller keeps its default) or bad (an error in the report).
std::optional<bool> parseYesNoCell(const QString &text, int line, const QString &column, ImportReport &report);
// The same words, without a report: nullopt if empty or neither.
std::optional<bool> parseYesNo(const QString &text);
// The domain's field errors (validate()) as errors of this line, each in the
// file's column for its field where the file has one; `fieldToColumn` maps
// field names that differ from the column keys.
void reportFieldErrors(const FieldErrors &errors, int line, const ColumnMap &columns, ImportReport &report,
                       const QHash<QString, QString> &fieldToColumn = {});
// A whole number of 0 or more (participants, places); nullopt if empty or bad.
std::optional<int> parseCountCell(const QString &text, int line, const QString &column, ImportReport &report);

} // namespace fd
