// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/csvimport.h"
#include "db/table.h"
#include "exchange/exporttable.h"

#include <QVariantMap>

#include <functional>

namespace fd {

class Database;

// A kind of record whose CSV exchange comes from its table's declaration:
// the columns flagged Csv, with their German and English header names, types
// and allowed values. The kind's service supplies only its rules.
struct DeclaredKind {
    QString name;          // the word for it in the CLI and the import dialog ("publications")
    const Table *table = nullptr;
    const char *title = nullptr; // the list's name, a QT_TRANSLATE_NOOP("Kinds", ...)
    // Every record, as rows of the table, in the list's order.
    std::function<Result<QList<QVariantMap>>(Database &)> rows;
    // The service's rules on a row read from a file (the service normalises first).
    std::function<FieldErrors(const QVariantMap &row)> check;
    // A key that says two rows are the same record (duplicates are skipped); empty: never the same.
    std::function<QString(const QVariantMap &row)> identity;
    // Creates the record through the service; returns its id.
    std::function<Result<qint64>(Database &, const QVariantMap &row)> create;
};

// The kinds exchanged this way.
const QList<DeclaredKind> &declaredKinds();
const DeclaredKind *findDeclaredKind(const QString &name);
// The kind's name for a short word too: "media" is media-requests, "staff" team,
// "applications" funding-applications, "networkroles" network-roles.
QString canonicalKind(const QString &name);

// The CSV columns of every declared kind as a Markdown document (German and
// English header, what the column takes, whether it is required): what
// docs/csv-columns.md holds, made from the declarations so it cannot drift.
QString csvColumnsMarkdown();

// The kind's list as an export table (the CSV file, or an Excel sheet).
Result<ExportTable> declaredExportTable(Database &db, const DeclaredKind &kind, bool german);

class DeclaredImporter : public CsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(DeclaredImporter)
public:
    DeclaredImporter(Database &db, const DeclaredKind &kind) : CsvImporter(db), m_kind(kind) {}
    QList<ColumnSpec> columns() const override;

protected:
    void prepareRecord(const CsvRecord &record, const ColumnMap &columns, ImportReport &report, PreviewRow &row) override;
    void reset() override;
    Status write(ImportReport &report, const ProgressFn &progress) override;
    void notifyWritten() override;

private:
    // The records of `table` by their folded title (read once per import).
    const QMultiHash<QString, qint64> &referenced(const QString &table);

    const DeclaredKind &m_kind;
    QHash<QString, QMultiHash<QString, qint64>> m_references;
    QList<QVariantMap> m_planned;
    QHash<QString, int> m_inFile;   // identity -> line
    QSet<QString> m_existing;
    bool m_existingLoaded = false;
};

} // namespace fd
