// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace fd {

struct ExportBook;

// Writes lists as an Excel workbook (.xlsx) through libxlsxwriter, one sheet
// per table: typed cells (text stays text, even "0201 88-0" or "=1+2"; dates
// are date cells shown as 16.05.2024 in German, 2024-05-16 otherwise; numbers
// are numbers; nothing is ever a formula), a bold header row that stays in
// view, an autofilter and column widths that fit the content.
class XlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWriter)
public:
    // All or nothing: the workbook is made in a temporary folder and moves
    // into place only when complete, so an existing file stays as it was
    // until then and a failure leaves no half-written file.
    static Status writeFile(const ExportBook &book, const QString &path);

    // A name Excel accepts for a sheet: at most 31 characters, none of
    // []:*?/\, no apostrophe at either end, not one of `taken` (ignoring case).
    static QString sheetName(const QString &title, const QStringList &taken);
};

} // namespace fd
