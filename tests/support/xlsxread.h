// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace fd::test {

// A cell as openpyxl reads it: type "s" text, "n" number, "d" date, "f" formula.
struct XlsxCell {
    QString type;
    QVariant value; // QString, double, or the date as ISO text ("2024-05-16T14:00:00")
    QString format; // the number format ("dd.mm.yyyy")
    bool bold = false;
};

struct XlsxSheet {
    QString title;
    QString freeze;     // the first cell that scrolls ("A2": the header row stays)
    QString autoFilter; // "A1:H3"
    QHash<QString, double> widths; // by column letter
    QList<QList<std::optional<XlsxCell>>> rows; // nullopt: an empty cell

    // The cell, or nullopt if it is empty or outside the sheet.
    std::optional<XlsxCell> cell(int row, int column) const;
    int column(const QString &header) const; // index in the header row, -1 if none
    int rowWhere(int column, const QString &text) const; // the first row whose cell is this text, -1 if none
};

// Reads an .xlsx with python3-openpyxl (tests/scripts/read_xlsx.py), an
// independent reader. Fails the test, never skips it, when python3 or
// openpyxl is missing or the file cannot be read.
QList<XlsxSheet> readXlsx(const QString &path);

} // namespace fd::test
