// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxwriter.h"

#include "exchange/exporttable.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>

namespace fd {

namespace {

constexpr int MaxSheetName = 31;
constexpr qsizetype MaxCellText = 32767; // characters: Excel's limit for a cell
// Column widths are measured on the first rows only: enough to fit, cheap on long lists.
constexpr qsizetype MeasuredRows = 2000;
constexpr double MinWidth = 6;
constexpr double MaxWidth = 60;

struct Formats {
    lxw_format *header = nullptr;
    lxw_format *text = nullptr;
    lxw_format *wrappedText = nullptr;
    lxw_format *date = nullptr;
    lxw_format *dateTime = nullptr;
    lxw_format *integer = nullptr;
    lxw_format *decimal = nullptr;
};

Formats makeFormats(lxw_workbook *workbook, bool german)
{
    Formats f;
    f.header = workbook_add_format(workbook);
    format_set_bold(f.header);
    format_set_bottom(f.header, LXW_BORDER_THIN);
    // "@": a phone number retyped in Excel stays text too.
    f.text = workbook_add_format(workbook);
    format_set_num_format(f.text, "@");
    f.wrappedText = workbook_add_format(workbook);
    format_set_num_format(f.wrappedText, "@");
    format_set_text_wrap(f.wrappedText);
    f.date = workbook_add_format(workbook);
    format_set_num_format(f.date, german ? "dd.mm.yyyy" : "yyyy-mm-dd");
    f.dateTime = workbook_add_format(workbook);
    format_set_num_format(f.dateTime, german ? "dd.mm.yyyy hh:mm" : "yyyy-mm-dd hh:mm");
    // No thousands separator: years and numbers of assemblies are integers too.
    f.integer = workbook_add_format(workbook);
    format_set_num_format(f.integer, "0");
    // Excel shows the separators of the reader's locale: 1.250,00 in Germany.
    f.decimal = workbook_add_format(workbook);
    format_set_num_format(f.decimal, "#,##0.00");
    return f;
}

// The library's words for what went wrong, in ours where a user can act on it.
QString describe(lxw_error error)
{
    switch (error) {
    case LXW_ERROR_CREATING_XLSX_FILE:
    case LXW_ERROR_CREATING_TMPFILE:
    case LXW_ERROR_READING_TMPFILE:
        return XlsxWriter::tr("the temporary folder cannot be written (is the disk full?)");
    case LXW_ERROR_MEMORY_MALLOC_FAILED:
        return XlsxWriter::tr("there is not enough memory");
    default:
        return XlsxWriter::tr("the Excel library reports \"%1\"").arg(QString::fromUtf8(lxw_strerror(error)));
    }
}

Error libraryError(lxw_error error)
{
    return Error(Error::Code::Io, XlsxWriter::tr("Cannot write the Excel file: %1.").arg(describe(error)))
        .withDetail(QStringLiteral("libxlsxwriter error %1: %2").arg(int(error)).arg(QString::fromUtf8(lxw_strerror(error))));
}

qsizetype longestLine(const QString &text)
{
    qsizetype longest = 0;
    for (const QStringView line : QStringView(text).split(QLatin1Char('\n')))
        longest = std::max(longest, line.size());
    return longest;
}

// About how many characters wide the cell shows.
double displayWidth(const ExportCell &cell)
{
    if (cell.isEmpty())
        return 0;
    switch (cell.type) {
    case CellType::Text: return double(longestLine(cell.value.toString()));
    case CellType::Date: return 10;
    case CellType::DateTime: return 16;
    case CellType::Integer: return double(QString::number(cell.value.toLongLong()).size());
    case CellType::Decimal: {
        const qsizetype digits = QString::number(cell.value.toDouble(), 'f', 2).size();
        return double(digits + (digits - 4) / 3); // with thousands separators
    }
    }
    return 0;
}

lxw_datetime toExcel(const QDate &date, const QTime &time)
{
    lxw_datetime dt{};
    dt.year = date.year();
    dt.month = date.month();
    dt.day = date.day();
    if (time.isValid()) {
        dt.hour = time.hour();
        dt.min = time.minute();
        dt.sec = time.second() + time.msec() / 1000.0;
    }
    return dt;
}

class SheetWriter
{
public:
    SheetWriter(lxw_worksheet *sheet, const Formats &formats, const ExportTable &table, bool german)
        : m_sheet(sheet), m_formats(formats), m_table(table), m_german(german)
    {
    }

    Status write()
    {
        const auto columns = lxw_col_t(m_table.headers.size());
        if (qsizetype(m_table.rows.size()) >= LXW_ROW_MAX)
            return Error(Error::Code::Validation, XlsxWriter::tr("Sheet \"%1\" has %2 rows; an Excel sheet holds at most %3.")
                                                      .arg(m_table.title)
                                                      .arg(m_table.rows.size() + 1)
                                                      .arg(LXW_ROW_MAX));
        for (lxw_col_t c = 0; c < columns; ++c) {
            if (Status s = check(worksheet_write_string(m_sheet, 0, c, m_table.headers.at(c).toUtf8().constData(), m_formats.header)); !s)
                return s;
        }
        for (qsizetype r = 0; r < m_table.rows.size(); ++r) {
            const QList<ExportCell> &row = m_table.rows.at(r);
            for (qsizetype c = 0; c < row.size() && c < qsizetype(columns); ++c) {
                if (Status s = writeCell(lxw_row_t(r + 1), lxw_col_t(c), row.at(c)); !s)
                    return s;
            }
        }
        if (columns == 0)
            return {};
        setWidths();
        worksheet_freeze_panes(m_sheet, 1, 0);
        if (Status s = check(worksheet_autofilter(m_sheet, 0, 0, lxw_row_t(m_table.rows.size()), columns - 1)); !s)
            return s;
        // No green corner on every phone number: text that looks like a number is meant as text.
        return check(worksheet_ignore_errors(m_sheet, LXW_IGNORE_NUMBER_STORED_AS_TEXT, "A1:XFD1048576"));
    }

private:
    Status writeCell(lxw_row_t row, lxw_col_t col, const ExportCell &cell)
    {
        if (cell.isEmpty())
            return {};
        switch (cell.type) {
        case CellType::Text: {
            const QString text = cell.value.toString();
            if (text.size() > MaxCellText && text.toUcs4().size() > MaxCellText)
                return Error(Error::Code::Validation,
                             XlsxWriter::tr("Sheet \"%1\", row %2, column \"%3\": the text has %4 characters, an Excel cell holds at most "
                                            "%5. Shorten it, or export as CSV.")
                                 .arg(m_table.title)
                                 .arg(row + 1)
                                 .arg(m_table.headers.value(int(col)))
                                 .arg(text.toUcs4().size())
                                 .arg(MaxCellText));
            // Always a string, never a formula: "=1+2" and "+4930123" stay as typed.
            return check(worksheet_write_string(m_sheet, row, col, text.toUtf8().constData(),
                                                text.contains(QLatin1Char('\n')) ? m_formats.wrappedText : m_formats.text));
        }
        case CellType::Date:
        case CellType::DateTime: {
            const QDate date = cell.dateValue();
            // Excel's dates begin in 1900; anything earlier is written as the text the CSV has.
            if (date.year() < 1900)
                return check(worksheet_write_string(m_sheet, row, col, cell.toText(m_german).toUtf8().constData(), m_formats.text));
            lxw_datetime dt = toExcel(date, cell.timeValue());
            return check(worksheet_write_datetime(m_sheet, row, col, &dt,
                                                  cell.type == CellType::Date ? m_formats.date : m_formats.dateTime));
        }
        case CellType::Integer:
            return check(worksheet_write_number(m_sheet, row, col, double(cell.value.toLongLong()), m_formats.integer));
        case CellType::Decimal:
            return check(worksheet_write_number(m_sheet, row, col, cell.value.toDouble(), m_formats.decimal));
        }
        return {};
    }

    void setWidths()
    {
        for (qsizetype c = 0; c < m_table.headers.size(); ++c) {
            // Bold letters are wider, and the filter button takes two more.
            double width = m_table.headers.at(c).size() * 1.1 + 2;
            const qsizetype rows = std::min(m_table.rows.size(), MeasuredRows);
            for (qsizetype r = 0; r < rows; ++r)
                width = std::max(width, displayWidth(m_table.rows.at(r).value(c)) + 1);
            worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), std::clamp(width, MinWidth, MaxWidth), nullptr);
        }
    }

    static Status check(lxw_error error)
    {
        if (error == LXW_NO_ERROR)
            return {};
        return libraryError(error);
    }

    lxw_worksheet *m_sheet;
    const Formats &m_formats;
    const ExportTable &m_table;
    bool m_german;
};

Status fill(lxw_workbook *workbook, const ExportBook &book)
{
    const Formats formats = makeFormats(workbook, book.german);
    QStringList names;
    for (const ExportTable &table : book.tables) {
        const QString name = XlsxWriter::sheetName(table.title, names);
        names << name;
        lxw_worksheet *sheet = workbook_add_worksheet(workbook, name.toUtf8().constData());
        if (!sheet)
            return libraryError(workbook_validate_sheet_name(workbook, name.toUtf8().constData()));
        if (Status s = SheetWriter(sheet, formats, table, book.german).write(); !s)
            return s;
    }
    return {};
}

} // namespace

QString XlsxWriter::sheetName(const QString &title, const QStringList &taken)
{
    static const QRegularExpression forbidden(QStringLiteral(R"([\[\]:*?/\\])"));
    QString base = title;
    base.replace(forbidden, QStringLiteral("-"));
    base = base.simplified();
    while (base.startsWith(QLatin1Char('\'')))
        base.remove(0, 1);
    while (base.endsWith(QLatin1Char('\'')))
        base.chop(1);
    if (base.isEmpty())
        base = tr("Sheet");
    const auto isTaken = [&taken](const QString &name) {
        return std::any_of(taken.begin(), taken.end(), [&name](const QString &t) { return t.compare(name, Qt::CaseInsensitive) == 0; });
    };
    QString name = base.left(MaxSheetName).trimmed();
    for (int n = 2; isTaken(name); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        name = base.left(MaxSheetName - suffix.size()).trimmed() + suffix;
    }
    return name;
}

Status XlsxWriter::writeFile(const ExportBook &book, const QString &path)
{
    const QString where = QDir::toNativeSeparators(path);
    // The workbook is made in a folder of ours that disappears afterwards,
    // whatever happens. (libxlsxwriter's own scratch files are anonymous
    // temporary files that go with it.)
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return Error(Error::Code::Io, tr("Cannot write the Excel file: %1.").arg(scratch.errorString())).at(where);
    const QString workbookPath = scratch.filePath(QStringLiteral("list.xlsx"));
    // A UTF-8 path, as libxlsxwriter expects on every system (on Windows it converts it itself).
    lxw_workbook *workbook = workbook_new(QDir::toNativeSeparators(workbookPath).toUtf8().constData());
    if (!workbook)
        return libraryError(LXW_ERROR_MEMORY_MALLOC_FAILED).at(where);
    const Status filled = fill(workbook, book);
    const lxw_error closed = workbook_close(workbook); // frees the workbook, also after a failure
    if (!filled) {
        Error error = filled.error();
        return error.at(where);
    }
    if (closed != LXW_NO_ERROR)
        return libraryError(closed).at(where);

    // Into place as QSaveFile does it: the old file stays until the new one is complete.
    QFile made(workbookPath);
    if (!made.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, tr("Cannot write the Excel file: %1.").arg(made.errorString())).at(where);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(Error::Code::Io, tr("Cannot write the Excel file: %1.").arg(file.errorString())).at(where);
    file.write(made.readAll());
    if (!file.commit())
        return Error(Error::Code::Io, tr("Cannot write the Excel file: %1.").arg(file.errorString())).at(where);
    return {};
}

} // namespace fd
