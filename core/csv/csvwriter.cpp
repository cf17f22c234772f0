// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace fd {

QString CsvWriter::quoteField(const QString &field, QChar delimiter)
{
    const bool needsQuotes = field.contains(delimiter) || field.contains(QLatin1Char('"')) || field.contains(QLatin1Char('\n'))
        || field.contains(QLatin1Char('\r')) || (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    if (!needsQuotes)
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString CsvWriter::defuseFormula(const QString &field)
{
    // A name typed into a web form as "=HYPERLINK(...)" must stay text in Excel.
    // Phone numbers such as "+49 511 ..." and negative numbers stay as they are.
    if (field.isEmpty())
        return field;
    const QChar first = field.front();
    const QChar second = field.size() > 1 ? field.at(1) : QChar();
    const bool formula = first == QLatin1Char('=') || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r')
        || ((first == QLatin1Char('+') || first == QLatin1Char('-')) && !second.isDigit() && !second.isSpace() && !second.isNull());
    return formula ? QLatin1Char('\'') + field : field;
}

void CsvWriter::addRow(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields)
        quoted << quoteField(defuseFormula(f), m_delimiter);
    m_text += quoted.join(m_delimiter);
    m_text += QLatin1String("\r\n");
}

QByteArray CsvWriter::toUtf8WithBom() const
{
    return QByteArray("\xEF\xBB\xBF") + m_text.toUtf8();
}

Status CsvWriter::writeFile(const QString &path) const
{
    // QSaveFile: the old file stays intact until the new one is complete.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(Error::Code::Io, QCoreApplication::translate("CsvWriter", "Cannot write the file: %1").arg(file.errorString())).at(path);
    file.write(toUtf8WithBom());
    if (!file.commit())
        return Error(Error::Code::Io, QCoreApplication::translate("CsvWriter", "Cannot write the file: %1").arg(file.errorString())).at(path);
    return {};
}

} // namespace fd
