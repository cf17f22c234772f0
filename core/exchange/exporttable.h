// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QTime>
#include <QVariant>

#include <optional>

namespace fd {

// What a cell of an exported list holds. Each list is built once, typed; the
// CSV writer turns every cell into the text the importers read back, the Excel
// writer into a real date, number or text cell (so a phone number keeps its
// leading 0 and "=1+2" stays text).
enum class CellType { Text, Date, DateTime, Integer, Decimal };

struct ExportCell {
    CellType type = CellType::Text;
    // QString (Text), QDate (Date), QDateTime (DateTime: a wall-clock time
    // kept in UTC only so that no daylight saving gap can move it), qlonglong
    // (Integer), double (Decimal, two places). A null value is an empty cell.
    QVariant value;

    static ExportCell text(const QString &text);
    static ExportCell date(const QDate &date);
    // The day with its time, or the day alone (a Date cell) when `time` is invalid.
    static ExportCell dateTime(const QDate &date, const QTime &time);
    static ExportCell integer(std::optional<qint64> number);
    static ExportCell decimal(std::optional<double> number);

    bool isEmpty() const { return value.isNull(); }
    QDate dateValue() const;
    QTime timeValue() const;

    // As the CSV files write it: German dates (16.05.2024 14:00) and decimal
    // commas, or ISO dates and decimal points.
    QString toText(bool german) const;
};

// One list with its header row: a CSV file, or one sheet of a workbook.
struct ExportTable {
    QString title; // the sheet's name (translated)
    QStringList headers;
    QList<QList<ExportCell>> rows;
};

// What one export writes. The first table is the list itself, the one the
// CSV file holds and the importer reads back; a workbook carries the others
// (the members' fees) as further sheets.
struct ExportBook {
    bool german = true; // headers, words and date formats as in Germany, else English and ISO
    QList<ExportTable> tables;

    // Rows of the list itself (the first table).
    int rowCount() const { return tables.isEmpty() ? 0 : int(tables.first().rows.size()); }
};

// Writes the first table as CSV (UTF-8 with BOM, semicolons; see CsvWriter).
Status writeCsvFile(const ExportBook &book, const QString &path);

} // namespace fd
