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
    // Text that Excel would run as a formula gets a leading apostrophe (the
    // CSV reader takes it off again).
    static QString defuseFormula(const QString &field);

private:
    QChar m_delimiter;
    QString m_text;
};

} // namespace fd
