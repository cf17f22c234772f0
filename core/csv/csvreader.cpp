// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <optional>

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

// The length of the well-formed UTF-8 sequence at p (RFC 3629: no overlong
// forms, no surrogates, nothing past U+10FFFF), or 0 if none starts there.
int utf8SequenceLength(const uchar *p, qsizetype left)
{
    const uchar b = p[0];
    if (b < 0x80)
        return 1;
    int length = 0;
    if (b >= 0xC2 && b <= 0xDF)
        length = 2;
    else if (b >= 0xE0 && b <= 0xEF)
        length = 3;
    else if (b >= 0xF0 && b <= 0xF4)
        length = 4;
    else
        return 0;
    if (left < length)
        return 0;
    for (int k = 1; k < length; ++k) {
        if ((p[k] & 0xC0) != 0x80)
            return 0;
    }
    if ((b == 0xE0 && p[1] < 0xA0) || (b == 0xED && p[1] > 0x9F) || (b == 0xF0 && p[1] < 0x90) || (b == 0xF4 && p[1] > 0x8F))
        return 0;
    return length;
}

struct Utf8Count {
    qsizetype multiByte = 0; // well-formed sequences of two bytes or more
    qsizetype bad = 0;       // bytes that start none
};

Utf8Count countUtf8(const QByteArray &data)
{
    Utf8Count count;
    const auto *p = reinterpret_cast<const uchar *>(data.constData());
    const qsizetype n = data.size();
    for (qsizetype i = 0; i < n;) {
        const int length = utf8SequenceLength(p + i, n - i);
        if (length == 0) {
            ++count.bad;
            ++i;
        } else {
            count.multiByte += length > 1;
            i += length;
        }
    }
    return count;
}

// UTF-8 with each bad byte as U+FFFD, remembering where in the text it is.
QString decodeUtf8Marking(const QByteArray &data, QList<qsizetype> *badChars)
{
    QString out;
    out.reserve(data.size());
    const auto *p = reinterpret_cast<const uchar *>(data.constData());
    const qsizetype n = data.size();
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < n;) {
        const int length = utf8SequenceLength(p + i, n - i);
        if (length > 0) {
            i += length;
            continue;
        }
        out += QString::fromUtf8(data.constData() + runStart, i - runStart);
        if (badChars)
            badChars->append(out.size());
        out += QChar(QChar::ReplacementCharacter);
        ++i;
        runStart = i;
    }
    out += QString::fromUtf8(data.constData() + runStart, n - runStart);
    return out;
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

QString CsvReader::decode(const QByteArray &data, QString *encoding, QList<qsizetype> *badChars)
{
    auto setEncoding = [&](const char *name) {
        if (encoding)
            *encoding = QLatin1String(name);
    };
    if (badChars)
        badChars->clear();
    if (data.startsWith("\xEF\xBB\xBF")) {
        setEncoding("UTF-8 (BOM)");
        return decodeUtf8Marking(data.mid(3), badChars);
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
    // One bad byte (a value pasted from elsewhere) does not make a UTF-8
    // file Windows-1252: that would garble every umlaut in it. A file is
    // UTF-8 if it has at least as many good multi-byte sequences as bad bytes.
    const Utf8Count count = countUtf8(data);
    if (count.multiByte > 0 && count.multiByte >= count.bad) {
        setEncoding("UTF-8");
        return decodeUtf8Marking(data, badChars);
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
    const auto tooLarge = [&] {
        return Error(Error::Code::Io, tr("The file is larger than %1 MB; split it into smaller files.")
                                          .arg(CsvLimits::MaxFileBytes / (1024 * 1024)))
            .at(path);
    };
    if (file.size() > CsvLimits::MaxFileBytes)
        return tooLarge();
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, tr("The file cannot be read: %1").arg(file.errorString())).at(path);
    // Read one byte past the limit: a pipe or device tells no size beforehand.
    const QByteArray data = file.read(CsvLimits::MaxFileBytes + 1);
    if (data.size() > CsvLimits::MaxFileBytes)
        return tooLarge();
    if (file.error() != QFileDevice::NoError)
        return Error(Error::Code::Io, tr("The file cannot be read: %1").arg(file.errorString())).at(path);
    return parse(data, path);
}

Result<CsvTable> CsvReader::parse(const QByteArray &data, const QString &sourceName)
{
    CsvTable table;
    table.sourceName = sourceName;
    QList<qsizetype> badChars;
    const QString text = decode(data, &table.encoding, &badChars);
    if (text.contains(QChar(0)))
        return Error(Error::Code::Format, tr("This is not a text file (it contains binary data).")).at(sourceName);
    table.delimiter = detectDelimiter(text);

    const QChar delim = table.delimiter;
    QList<CsvRecord> rows; // the header first
    CsvRecord current;
    QString field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    int line = 1;
    int fieldLine = 1;
    int quoteOpenedOnLine = 0;
    qsizetype nextBad = 0;
    std::optional<Error> failure;
    current.line = 1;

    // The header's name for a field, for messages.
    auto columnName = [&](int index) {
        const QString name = rows.isEmpty() ? QString() : rows.first().fields.value(index).trimmed();
        return name.isEmpty() ? tr("column %1").arg(index + 1) : name;
    };
    auto fieldTooLong = [&] {
        return Error(Error::Code::Format, tr("The value is longer than %L1 characters. If it starts with a quotation mark, "
                                             "the closing one may be missing.")
                                              .arg(CsvLimits::MaxFieldLength))
            .at(sourceName, fieldLine, columnName(int(current.fields.size())));
    };
    auto endField = [&] {
        if (current.fields.size() >= CsvLimits::MaxFieldsPerRecord) {
            failure = Error(Error::Code::Format, tr("The line has more than %L1 fields; this is not a list ForumDesk can read.")
                                                     .arg(CsvLimits::MaxFieldsPerRecord))
                          .at(sourceName, current.line);
            return;
        }
        field.squeeze(); // a file of many short fields keeps no spare room per field
        current.fields.append(std::move(field));
        field = QString();
        fieldWasQuoted = false;
        fieldLine = line;
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
        if (!empty) {
            if (rows.size() > CsvLimits::MaxRecords) { // the header and MaxRecords rows of data
                failure = Error(Error::Code::Format, tr("The file has more than %L1 rows; split it into smaller files.")
                                                         .arg(CsvLimits::MaxRecords))
                              .at(sourceName, current.line);
                return;
            }
            current.fields.squeeze();
            rows.append(current);
        }
        current = CsvRecord();
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n && !failure; ++i) {
        // Checked as the field grows: a runaway field (a quotation mark never
        // closed, or a hostile file) stops here instead of filling the memory.
        if (field.size() > CsvLimits::MaxFieldLength) {
            failure = fieldTooLong();
            break;
        }
        if (nextBad < badChars.size() && badChars.at(nextBad) == i) {
            // One entry per field, however many bad bytes it has.
            const int index = int(current.fields.size());
            if (table.badBytes.isEmpty() || table.badBytes.last().recordLine != current.line || table.badBytes.last().field != index)
                table.badBytes.append({line, current.line, index});
            ++nextBad;
        }
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
            fieldLine = line;
        } else {
            field += ch; // also text after a closing quote, as Excel reads it
        }
    }
    if (!failure && field.size() > CsvLimits::MaxFieldLength)
        failure = fieldTooLong();
    if (failure)
        return *failure;
    if (inQuotes)
        return Error(Error::Code::Format, tr("A quotation mark opened here is never closed.")).at(sourceName, quoteOpenedOnLine);
    if (!field.isEmpty() || !current.fields.isEmpty())
        endRecord();
    if (failure)
        return *failure;

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
