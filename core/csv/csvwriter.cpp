// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

#include <QCoreApplication>
#include <QRegularExpression>
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

bool CsvWriter::isPlainNumber(const QString &field)
{
    // "-12", "+5", "3,5", "-1.234,56"; and phone numbers: digits, spaces,
    // slashes, hyphens and parentheses with at most one leading "+"
    // ("+49 30 1234567", "0221 / 221-0"). Without letters, "|" or "!" nothing
    // in them can call a function, reference a cell or start a program.
    static const QRegularExpression number(QStringLiteral(R"(^[+-]?[0-9]+(?:[.,][0-9]+)*$)"));
    static const QRegularExpression phone(QStringLiteral(R"(^\+?[0-9 /()-]*[0-9][0-9 /()-]*$)"));
    return number.match(field).hasMatch() || phone.match(field).hasMatch();
}

namespace {

qsizetype leadingApostrophes(const QString &field)
{
    qsizetype k = 0;
    while (k < field.size() && field.at(k) == QLatin1Char('\''))
        ++k;
    return k;
}

// Whether the guard apostrophe goes before `field`. OWASP's rule for CSV
// injection: a cell starting with = + - @ tab or CR can be run as a formula
// by Excel or LibreOffice ("=HYPERLINK(...)", "-2+3+cmd|' /C calc'!A0").
// A value that only looks guarded already ("'=1+1" as typed) gets one more
// apostrophe, so that the reader can always tell ours from the value's own.
bool needsGuard(const QString &field)
{
    const qsizetype k = leadingApostrophes(field);
    if (k == field.size())
        return false;
    const QChar first = field.at(k);
    if (k > 0 && first == QLatin1Char('\n'))
        return true; // "'\n..." is what the reader makes of our "'\r..."
    const bool risky = first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') || first == QLatin1Char('@')
        || first == QLatin1Char('\t') || first == QLatin1Char('\r');
    return risky && !CsvWriter::isPlainNumber(field.mid(k));
}

} // namespace

QString CsvWriter::defuseFormula(const QString &field)
{
    return needsGuard(field) ? QLatin1Char('\'') + field : field;
}

QString CsvWriter::undoDefuse(const QString &field)
{
    if (!field.startsWith(QLatin1Char('\'')))
        return field;
    const QString rest = field.mid(1);
    // The reader turns a line break's CR into LF: our "'\r..." comes back as "'\n...".
    if (rest.startsWith(QLatin1Char('\n')))
        return rest;
    return needsGuard(rest) ? rest : field;
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
