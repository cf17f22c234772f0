// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace fd {

namespace {

// Windows-1252's characters in 0x80..0x9F (where Latin-1 has control codes);
// 0 marks the five bytes the code page leaves undefined.
constexpr char16_t Cp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

bool isValidUtf8(const QByteArray &data)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString s = decoder(data);
    return !decoder.hasError();
}

} // namespace

QString CsvReader::decodeWindows1252(const QByteArray &data)
{
    QString out;
    out.reserve(data.size());
    for (const char c : data) {
        const auto b = static_cast<unsigned char>(c);
        if (b >= 0x80 && b <= 0x9F) {
            const char16_t u = Cp1252High[b - 0x80];
            out += QChar(u ? u : char16_t(b));
        } else {
            out += QChar(char16_t(b));
        }
    }
    return out;
}

QString CsvReader::decode(const QByteArray &data, QString *encoding)
{
    auto setEncoding = [&](const char *name) {
        if (encoding)
            *encoding = QLatin1String(name);
    };
    if (data.startsWith("\xEF\xBB\xBF")) {
        setEncoding("UTF-8 (BOM)");
        return QString::fromUtf8(data.mid(3));
    }
    if (data.startsWith("\xFF\xFE")) {
        setEncoding("UTF-16LE");
        QStringDecoder d(QStringDecoder::Utf16LE);
        return d(data.mid(2));
    }
    if (data.startsWith("\xFE\xFF")) {
        setEncoding("UTF-16BE");
        QStringDecoder d(QStringDecoder::Utf16BE);
        return d(data.mid(2));
    }
    if (isValidUtf8(data)) {
        setEncoding("UTF-8");
        return QString::fromUtf8(data);
    }
    // Not UTF-8: what Excel on a German Windows writes as "CSV (Trennzeichen-getrennt)".
    setEncoding("Windows-1252");
    return decodeWindows1252(data);
}

QChar CsvReader::detectDelimiter(const QString &text)
{
    // Count candidates outside quotes in the first record (the header).
    int semicolons = 0, commas = 0, tabs = 0;
    bool inQuotes = false;
    for (const QChar ch : text) {
        if (ch == QLatin1Char('"')) {
            inQuotes = !inQuotes;
        } else if (!inQuotes) {
            if (ch == QLatin1Char('\n') || ch == QLatin1Char('\r'))
                break;
            if (ch == QLatin1Char(';'))
                ++semicolons;
            else if (ch == QLatin1Char(','))
                ++commas;
            else if (ch == QLatin1Char('\t'))
                ++tabs;
        }
    }
    if (tabs > semicolons && tabs > commas)
        return QLatin1Char('\t');
    if (commas > semicolons)
        return QLatin1Char(',');
    return QLatin1Char(';'); // also for a single column: the German default
}

Result<CsvTable> CsvReader::readFile(const QString &path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.exists())
        return Error(Error::Code::Io, tr("The file does not exist.")).at(path);
    if (file.size() > MaxFileSize)
        return Error(Error::Code::Io, tr("The file is larger than %1 MB; split it into smaller files.").arg(MaxFileSize / (1024 * 1024))).at(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, tr("The file cannot be read: %1").arg(file.errorString())).at(path);
    const QByteArray data = file.readAll();
    return parse(data, path);
}

Result<CsvTable> CsvReader::parse(const QByteArray &data, const QString &sourceName)
{
    CsvTable table;
    table.sourceName = sourceName;
    const QString text = decode(data, &table.encoding);
    if (text.contains(QChar(0)))
        return Error(Error::Code::Format, tr("This is not a text file (it contains binary data).")).at(sourceName);
    table.delimiter = detectDelimiter(text);

    const QChar delim = table.delimiter;
    QList<CsvRecord> rows;
    CsvRecord current;
    QString field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    int line = 1;
    int quoteOpenedOnLine = 0;
    current.line = 1;

    auto endField = [&] {
        current.fields.append(field);
        field.clear();
        fieldWasQuoted = false;
    };
    auto endRecord = [&] {
        endField();
        bool empty = true;
        for (const QString &f : std::as_const(current.fields)) {
            if (!f.trimmed().isEmpty()) {
                empty = false;
                break;
            }
        }
        if (!empty)
            rows.append(current);
        current = CsvRecord();
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar ch = text.at(i);
        if (inQuotes) {
            if (ch == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (ch == QLatin1Char('\r')) {
                    if (i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                        ++i;
                    field += QLatin1Char('\n');
                    ++line;
                } else {
                    if (ch == QLatin1Char('\n'))
                        ++line;
                    field += ch;
                }
            }
            continue;
        }
        if (ch == QLatin1Char('"') && field.trimmed().isEmpty() && !fieldWasQuoted) {
            // A quote opens a quoted field only at its start (after optional spaces).
            field.clear();
            inQuotes = true;
            fieldWasQuoted = true;
            quoteOpenedOnLine = line;
        } else if (ch == delim) {
            endField();
        } else if (ch == QLatin1Char('\r') || ch == QLatin1Char('\n')) {
            if (ch == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            current.line = line;
        } else {
            field += ch; // also text after a closing quote, as Excel reads it
        }
    }
    if (inQuotes)
        return Error(Error::Code::Format, tr("A quotation mark opened here is never closed.")).at(sourceName, quoteOpenedOnLine);
    if (!field.isEmpty() || !current.fields.isEmpty())
        endRecord();

    if (rows.isEmpty())
        return Error(Error::Code::Format, tr("The file is empty.")).at(sourceName);
    const CsvRecord header = rows.takeFirst();
    table.headerLine = header.line;
    for (const QString &h : header.fields)
        table.header.append(h.trimmed());
    table.records = rows;
    return table;
}

} // namespace fd
