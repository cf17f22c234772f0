// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QStringList>

namespace fd {

// Writes CSV that German Excel opens right by double-click: UTF-8 with BOM,
// semicolons, CRLF line ends, fields quoted when they need it.
class CsvWriter
{
public:
    explicit CsvWriter(QChar delimiter = QLatin1Char(';')) : m_delimiter(delimiter) {}

    void addRow(const QStringList &fields);
    QByteArray toUtf8WithBom() const;
    Status writeFile(const QString &path) const;

    static QString quoteField(const QString &field, QChar delimiter);
    // Text that Excel would run as a formula (it starts with = + - @, a tab
    // or a CR) gets a leading apostrophe, unless it is a plain number or a
    // phone number; the importer takes the apostrophe off again (undoDefuse).
    static QString defuseFormula(const QString &field);
    // The field as it was before defuseFormula(); anything else unchanged.
    static QString undoDefuse(const QString &field);
    // "-12", "3,5", "+49 30 1234567": left as they are by defuseFormula().
    static bool isPlainNumber(const QString &field);

private:
    QChar m_delimiter;
    QString m_text;
};

} // namespace fd
