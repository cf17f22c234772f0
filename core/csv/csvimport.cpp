// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvimport.h"

#include "common/dates.h"
#include "common/textfold.h"
#include "csv/csvwriter.h"
#include "db/database.h"
#include "db/transaction.h"

#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <limits>

namespace fd {

QString ImportMessage::toString() const
{
    QString text;
    if (!file.isEmpty())
        text = QFileInfo(file).fileName();
    if (line > 0)
        text += (text.isEmpty() ? QString() : QStringLiteral(":")) + QString::number(line);
    if (!text.isEmpty())
        text += QLatin1String(": ");
    if (!column.isEmpty())
        text += column + QLatin1String(": ");
    return text + message;
}

bool ImportReport::hasErrors() const
{
    return errorCount() > 0;
}

int ImportReport::errorCount() const
{
    return m_errorCount;
}

void ImportReport::error(int line, const QString &column, const QString &message)
{
    ++m_errorCount;
    messages.append({ImportMessage::Severity::Error, file, line, column, message});
}

void ImportReport::warning(int line, const QString &column, const QString &message)
{
    messages.append({ImportMessage::Severity::Warning, file, line, column, message});
}

void ImportReport::info(int line, const QString &column, const QString &message)
{
    messages.append({ImportMessage::Severity::Info, file, line, column, message});
}

QStringList ImportReport::lines(ImportMessage::Severity severity) const
{
    QStringList out;
    for (const ImportMessage &m : messages) {
        if (m.severity == severity)
            out << m.toString();
    }
    return out;
}

QString ImportReport::summary() const
{
    if (hasErrors())
        return QCoreApplication::translate("CsvImporter", "%n error(s) found; nothing was imported.", nullptr, errorCount());
    const QString skipped = rowsSkipped > 0
        ? QLatin1Char(' ') + QCoreApplication::translate("CsvImporter", "%n duplicate(s) skipped.", nullptr, rowsSkipped)
        : QString();
    const bool planned = dryRun || !committed;
    QString waitlisted;
    if (rowsWaitlisted > 0) {
        waitlisted = QLatin1Char(' ')
            + (planned ? QCoreApplication::translate("CsvImporter", "%n registration(s) will go on the waitlist (the event is full).",
                                                     nullptr, rowsWaitlisted)
                       : QCoreApplication::translate("CsvImporter", "%n registration(s) were put on the waitlist (the event is full).",
                                                     nullptr, rowsWaitlisted));
    }
    if (planned)
        return QCoreApplication::translate("CsvImporter", "%n record(s) can be imported.", nullptr, rowsToCreate) + skipped + waitlisted;
    return QCoreApplication::translate("CsvImporter", "%n record(s) imported.", nullptr, rowsToCreate) + skipped + waitlisted;
}

ColumnMap ColumnMap::build(const CsvTable &table, const QList<ColumnSpec> &specs, ImportReport &report)
{
    ColumnMap map;
    for (int i = 0; i < table.header.size(); ++i) {
        const QString name = table.header.at(i).trimmed();
        const QString key = foldKey(name);
        if (key.isEmpty())
            continue;
        bool known = false;
        for (const ColumnSpec &spec : specs) {
            for (const QString &alias : spec.aliases) {
                if (foldKey(alias) == key) {
                    known = true;
                    if (map.m_index.contains(spec.key)) {
                        report.warning(table.headerLine, name,
                                       tr("The column appears twice (also as \"%1\"); the first one is used.")
                                           .arg(map.m_headerNames.value(spec.key)));
                    } else {
                        map.m_index.insert(spec.key, i);
                        map.m_headerNames.insert(spec.key, name);
                    }
                    break;
                }
            }
            if (known)
                break;
        }
        if (!known)
            report.warning(table.headerLine, name, tr("Unknown column; it is ignored."));
    }
    for (const ColumnSpec &spec : specs) {
        if (spec.required && !map.m_index.contains(spec.key)) {
            report.error(table.headerLine, spec.aliases.value(0),
                         tr("The required column is missing (accepted names: %1).").arg(spec.aliases.join(QLatin1String(", "))));
        }
    }
    return map;
}

QString ColumnMap::value(const CsvRecord &record, const QString &key) const
{
    return valueAt(record, m_index.value(key, -1));
}

QString ColumnMap::valueAt(const CsvRecord &record, int i) const
{
    if (i < 0 || i >= record.fields.size())
        return {};
    // The apostrophe our export puts before text that looks like a formula,
    // and only that one: "'-12" was typed so ("-12" is never guarded).
    return CsvWriter::undoDefuse(record.fields.at(i).trimmed());
}

QString ColumnMap::headerName(const QString &key) const
{
    return m_headerNames.value(key, key);
}

namespace {

// What every importer refuses alike: bytes that are not UTF-8 in a UTF-8
// file (the value would be stored garbled), and values longer than their column allows.
void reportBadBytes(const CsvTable &table, QList<CsvTable::BadByte> here, const QStringList &fields, ImportReport &report)
{
    std::sort(here.begin(), here.end(), [](const auto &a, const auto &b) { return a.field < b.field; });
    for (const CsvTable::BadByte &bad : std::as_const(here)) {
        const QString column = table.header.value(bad.field);
        report.error(bad.line, column.isEmpty() ? CsvImporter::tr("column %1").arg(bad.field + 1) : column,
                     CsvImporter::tr("\"%1\" contains a byte that is not UTF-8 (shown as %2), while the rest of the file is UTF-8. "
                                     "Correct the value, or save the file as UTF-8 again.")
                         .arg(fields.value(bad.field).trimmed().left(80), QChar(QChar::ReplacementCharacter)));
    }
}

void checkRecord(const CsvTable &table, const QList<CsvTable::BadByte> &badBytes, const CsvRecord &record, const QList<ColumnSpec> &specs,
                 const ColumnMap &columns, ImportReport &report)
{
    if (!badBytes.isEmpty())
        reportBadBytes(table, badBytes, record.fields, report);
    // Most records have no field longer than the shortest limit: one pass
    // over the fields, instead of looking up each column's, settles them.
    int shortest = std::numeric_limits<int>::max();
    for (const ColumnSpec &spec : specs)
        shortest = std::min(shortest, spec.maxLength);
    if (std::none_of(record.fields.cbegin(), record.fields.cend(), [shortest](const QString &f) { return f.size() > shortest; }))
        return;
    for (const ColumnSpec &spec : specs) {
        // What value() gives is never longer than the field: most fields need no closer look.
        const int index = columns.indexOf(spec.key);
        if (index < 0 || index >= record.fields.size() || record.fields.at(index).size() <= spec.maxLength)
            continue;
        const qsizetype length = columns.valueAt(record, index).size();
        if (length > spec.maxLength)
            report.error(record.line, columns.headerName(spec.key),
                         CsvImporter::tr("The value is %L1 characters long; this column allows at most %L2.").arg(length).arg(spec.maxLength));
    }
}

QList<CsvTable::BadByte> badBytesOf(const CsvTable &table, int recordLine)
{
    QList<CsvTable::BadByte> here;
    for (const CsvTable::BadByte &bad : table.badBytes) {
        if (bad.recordLine == recordLine)
            here << bad;
    }
    return here;
}

// Rows written at once while importFile() reads a long file: few enough to
// keep the memory flat, enough that a batch costs little.
constexpr int BatchRows = 2000;

} // namespace

void CsvImporter::startReport(const CsvTable &header, ImportReport &report)
{
    reset();
    m_file = header.sourceName;
    report.file = header.sourceName;
    report.encoding = header.encoding;
    report.delimiter = header.delimiter;
    report.today = m_today.isValid() ? m_today : fd::today();
}

void CsvImporter::checkOne(const CsvTable &header, const QList<CsvTable::BadByte> &badBytes, const CsvRecord &record,
                           const QList<ColumnSpec> &specs, const ColumnMap &columns, ImportReport &report, PreviewRow &row)
{
    row.line = record.line;
    const int errorsBefore = report.errorCount();
    const qsizetype messagesBefore = report.messages.size();
    checkRecord(header, badBytes, record, specs, columns, report);
    // A row with a garbled or over-long value goes no further: its other
    // messages would only repeat that value.
    if (report.errorCount() == errorsBefore)
        prepareRecord(record, columns, report, row);
    if (report.errorCount() > errorsBefore) {
        row.status = RowStatus::Error;
        if (row.message.isEmpty()) {
            // This record's errors (a bad byte may sit on a later line of a multi-line record).
            QStringList msgs;
            for (qsizetype i = messagesBefore; i < report.messages.size(); ++i) {
                const ImportMessage &m = report.messages.at(i);
                if (m.severity == ImportMessage::Severity::Error)
                    msgs << (m.column.isEmpty() ? m.message : m.column + QLatin1String(": ") + m.message);
            }
            row.message = msgs.join(QLatin1String("; "));
        }
    }
    ++report.rowsRead;
    if (row.status == RowStatus::New || row.status == RowStatus::Linked)
        ++report.rowsToCreate;
    else if (row.status == RowStatus::Duplicate)
        ++report.rowsSkipped;
}

ImportPreview CsvImporter::prepare(const CsvTable &table, const ProgressFn &progress)
{
    ImportPreview preview;
    preview.header = table.header;
    ImportReport &report = preview.report;
    startReport(table, report);

    const QList<ColumnSpec> specs = this->columns();
    const bool anyBad = !table.badBytes.isEmpty();
    reportBadBytes(table, badBytesOf(table, table.headerLine), table.header, report);
    const ColumnMap columns = ColumnMap::build(table, specs, report);
    if (report.hasErrors()) {
        m_report = report;
        m_prepared = false;
        return preview;
    }
    const qint64 total = table.records.size();
    qint64 done = 0;
    for (const CsvRecord &record : table.records) {
        PreviewRow row;
        row.cells = record.fields;
        checkOne(table, anyBad ? badBytesOf(table, record.line) : QList<CsvTable::BadByte>(), record, specs, columns, report, row);
        preview.rows.append(row);
        if (progress && (++done % 256 == 0) && !progress(done, total)) {
            report.error(0, QString(), tr("The import was cancelled."));
            break;
        }
    }
    m_report = report;
    m_prepared = !report.hasErrors();
    return preview;
}

Result<ImportReport> CsvImporter::commit(const ProgressFn &progress)
{
    if (!m_prepared)
        return Error(Error::Code::Validation, tr("The file has errors; nothing was imported."));
    ImportReport report = m_report;
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    if (Status s = write(report, progress); !s) {
        tx.rollback();
        return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    notifyWritten();
    report.committed = true;
    m_prepared = false;
    return report;
}

Result<ImportReport> CsvImporter::importFile(const QString &path, bool dryRun, const ProgressFn &progress)
{
    // The file is read one record at a time and never held whole: checked
    // rows are written in batches as they come (writesInBatches) while no
    // error has been found, all in one transaction, so that a bad row further
    // down, a cancellation or a failure leaves nothing behind.
    auto opened = CsvStream::openFile(path);
    if (!opened)
        return opened.error();
    CsvStream &stream = **opened;
    const CsvTable &header = stream.header();
    ImportReport report;
    startReport(header, report);
    report.dryRun = dryRun;
    const QList<ColumnSpec> specs = this->columns();
    reportBadBytes(header, header.badBytes, header.header, report);
    const ColumnMap columns = ColumnMap::build(header, specs, report);
    if (report.hasErrors())
        return report;

    // Checked and written in one transaction: nobody adds a duplicate or
    // takes the last places between the check and the write.
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    const bool batches = writesInBatches() && !dryRun;
    CsvRecord record;
    QList<CsvTable::BadByte> bad;
    qint64 done = 0;
    int planned = 0;
    for (;;) {
        auto more = stream.next(record, bad);
        if (!more)
            return more.error();
        if (!*more)
            break;
        PreviewRow row;
        checkOne(header, bad, record, specs, columns, report, row);
        ++planned;
        if (batches && planned >= BatchRows && !report.hasErrors()) {
            if (Status s = write(report, {}); !s)
                return s.error();
            planned = 0;
        }
        if (progress && (++done % 256 == 0) && !progress(stream.bytesRead(), stream.bytesTotal()))
            return Error(Error::Code::Cancelled, tr("The import was cancelled; nothing was imported."));
    }
    if (dryRun || report.hasErrors())
        return report; // the transaction rolls back, having written nothing
    if (Status s = write(report, progress); !s)
        return s.error();
    if (progress && !progress(stream.bytesTotal(), stream.bytesTotal()))
        return Error(Error::Code::Cancelled, tr("The import was cancelled; nothing was imported."));
    if (Status s = tx.commit(); !s)
        return s.error();
    notifyWritten();
    report.committed = true;
    return report;
}

namespace {

void warnIfFarInFuture(const QDate &date, const QString &text, int line, const QString &column, ImportReport &report)
{
    const QDate today = report.today.isValid() ? report.today : fd::today();
    if (date > today.addYears(FarFutureYears))
        report.warning(line, column,
                       QCoreApplication::translate("CsvImporter", "\"%1\" is read as %2, more than %n year(s) from now; please check it.",
                                                   nullptr, FarFutureYears)
                           .arg(text, formatDate(date)));
}

} // namespace

QDate parseDateCell(const QString &text, int line, const QString &column, ImportReport &report)
{
    if (text.isEmpty())
        return {};
    const QDate date = parseUserDate(text);
    if (!date.isValid())
        report.error(line, column,
                     QCoreApplication::translate("CsvImporter", "\"%1\" is not a date (use 16.05.2024 or 2024-05-16).").arg(text));
    else
        warnIfFarInFuture(date, text, line, column, report);
    return date;
}

void reportFieldErrors(const FieldErrors &errors, int line, const ColumnMap &columns, ImportReport &report,
                       const QHash<QString, QString> &fieldToColumn)
{
    for (const FieldError &e : errors) {
        const QString key = fieldToColumn.value(e.field, e.field);
        report.error(line, columns.has(key) ? columns.headerName(key) : QString(), e.message);
    }
}

std::optional<bool> parseYesNo(const QString &text)
{
    const QString key = text.trimmed().toCaseFolded();
    static const QStringList yes = {QStringLiteral("ja"), QStringLiteral("yes"), QStringLiteral("x"), QStringLiteral("1"),
                                    QStringLiteral("wahr"), QStringLiteral("true"), QStringLiteral("j"), QStringLiteral("y")};
    static const QStringList no = {QStringLiteral("nein"), QStringLiteral("no"), QStringLiteral("0"), QStringLiteral("falsch"),
                                   QStringLiteral("false"), QStringLiteral("n"), QStringLiteral("-")};
    if (yes.contains(key))
        return true;
    if (no.contains(key))
        return false;
    return std::nullopt;
}

std::optional<bool> parseYesNoCell(const QString &text, int line, const QString &column, ImportReport &report)
{
    if (text.trimmed().isEmpty())
        return std::nullopt;
    if (auto value = parseYesNo(text))
        return value;
    report.error(line, column, QCoreApplication::translate("CsvImporter", "\"%1\" is neither yes nor no (use ja / nein or yes / no).").arg(text));
    return std::nullopt;
}

DateAndTime parseDateTimeCell(const QString &text, int line, const QString &column, ImportReport &report)
{
    if (text.isEmpty())
        return {};
    const auto value = parseUserDateTime(text);
    if (!value) {
        report.error(line, column,
                     QCoreApplication::translate("CsvImporter", "\"%1\" is not a date or a date and time "
                                                                "(use 16.05.2024, 16.05.2024 14:00 or 2024-05-16T14:00).")
                         .arg(text));
        return {};
    }
    warnIfFarInFuture(value->date, text, line, column, report);
    return *value;
}

std::optional<int> parseCountCell(const QString &text, int line, const QString &column, ImportReport &report)
{
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n < 0) {
        report.error(line, column, QCoreApplication::translate("CsvImporter", "\"%1\" is not a whole number of 0 or more.").arg(text));
        return std::nullopt;
    }
    return n;
}

} // namespace fd
