// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporttable.h"

#include "common/dates.h"
#include "csv/csvwriter.h"

namespace fd {

ExportCell ExportCell::text(const QString &text)
{
    return {CellType::Text, text.isEmpty() ? QVariant() : QVariant(text)};
}

ExportCell ExportCell::date(const QDate &date)
{
    return {CellType::Date, date.isValid() ? QVariant(date) : QVariant()};
}

ExportCell ExportCell::dateTime(const QDate &date, const QTime &time)
{
    if (!time.isValid())
        return ExportCell::date(date);
    if (!date.isValid())
        return {CellType::DateTime, QVariant()};
    return {CellType::DateTime, QVariant(QDateTime(date, time, Qt::UTC))};
}

ExportCell ExportCell::integer(std::optional<qint64> number)
{
    return {CellType::Integer, number ? QVariant(qlonglong(*number)) : QVariant()};
}

ExportCell ExportCell::decimal(std::optional<double> number)
{
    return {CellType::Decimal, number ? QVariant(*number) : QVariant()};
}

QDate ExportCell::dateValue() const
{
    if (type == CellType::Date)
        return value.toDate();
    if (type == CellType::DateTime)
        return value.toDateTime().date();
    return {};
}

QTime ExportCell::timeValue() const
{
    return type == CellType::DateTime ? value.toDateTime().time() : QTime();
}

QString ExportCell::toText(bool german) const
{
    if (isEmpty())
        return {};
    switch (type) {
    case CellType::Text:
        return value.toString();
    case CellType::Date:
        return formatDateForExport(dateValue(), german);
    case CellType::DateTime:
        return formatDateTimeForExport(dateValue(), timeValue(), german);
    case CellType::Integer:
        return QString::number(value.toLongLong());
    case CellType::Decimal: {
        // No thousands separators: the importers and Excel's CSV reader take the plain number.
        QString number = QString::number(value.toDouble(), 'f', 2);
        if (german)
            number.replace(QLatin1Char('.'), QLatin1Char(','));
        return number;
    }
    }
    return {};
}

Status writeCsvFile(const ExportBook &book, const QString &path)
{
    CsvWriter csv;
    if (!book.tables.isEmpty()) {
        const ExportTable &table = book.tables.first();
        csv.addRow(table.headers);
        for (const QList<ExportCell> &row : table.rows) {
            QStringList fields;
            fields.reserve(row.size());
            for (const ExportCell &cell : row)
                fields << cell.toText(book.german);
            csv.addRow(fields);
        }
    }
    return csv.writeFile(path);
}

} // namespace fd
