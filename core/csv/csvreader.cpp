// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include <QBuffer>
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

namespace {

enum class Decoding { Utf8, Utf8Marking, Utf16LE, Utf16BE, Windows1252 };

// Everything past a complete UTF-8 sequence at the end of a chunk waits for the next one.
qsizetype completeUtf8Prefix(const QByteArray &data)
{
    const auto *p = reinterpret_cast<const uchar *>(data.constData());
    const qsizetype n = data.size();
    for (qsizetype back = 1; back <= 3 && back <= n; ++back) {
        const uchar b = p[n - back];
        if ((b & 0xC0) == 0x80)
            continue; // a continuation byte: look further back for its lead
        const int need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
        return need > back ? n - back : n;
    }
    return n;
}

} // namespace

struct CsvStream::State {
    std::unique_ptr<QIODevice> device;
    qint64 chunkBytes = 1 << 20;
    Decoding decoding = Decoding::Utf8;
    std::optional<QStringDecoder> decoder;
    QByteArray carry;          // bytes of a sequence cut by the chunk's end
    bool deviceDone = false;
    qint64 bytesRead = 0;
    QString text;              // decoded, not yet parsed from pos on
    qsizetype pos = 0;
    qint64 textStart = 0;      // index in the whole text of text[0]
    qint64 decodedTotal = 0;
    QList<qint64> badChars;    // indices in the whole text, ascending
    qsizetype nextBad = 0;

    // The parser, between records.
    QStringList headerFields;
    CsvRecord current;
    QString field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    int line = 1;
    int fieldLine = 1;
    int quoteOpenedOnLine = 0;
    int records = 0; // the header and the rows of data
    bool finished = false;
    QList<CsvTable::BadByte> recordBad;
};

CsvStream::CsvStream() : d(std::make_unique<State>()) {}

CsvStream::~CsvStream() = default;

qint64 CsvStream::bytesRead() const
{
    return d->bytesRead;
}

Result<std::unique_ptr<CsvStream>> CsvStream::openFile(const QString &path)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->exists())
        return Error(Error::Code::Io, CsvReader::tr("The file does not exist.")).at(path);
    const auto tooLarge = [&] {
        return Error(Error::Code::Io, CsvReader::tr("The file is larger than %1 MB; split it into smaller files.")
                                          .arg(CsvLimits::MaxFileBytes / (1024 * 1024)))
            .at(path);
    };
    if (file->size() > CsvLimits::MaxFileBytes)
        return tooLarge();
    if (!file->open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, CsvReader::tr("The file cannot be read: %1").arg(file->errorString())).at(path);
    std::unique_ptr<QIODevice> device;
    if (file->isSequential()) {
        // A pipe or device tells no size and cannot be read twice: read one byte past the limit.
        const QByteArray data = file->read(CsvLimits::MaxFileBytes + 1);
        if (data.size() > CsvLimits::MaxFileBytes)
            return tooLarge();
        if (file->error() != QFileDevice::NoError)
            return Error(Error::Code::Io, CsvReader::tr("The file cannot be read: %1").arg(file->errorString())).at(path);
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(data);
        buffer->open(QIODevice::ReadOnly);
        device = std::move(buffer);
    } else {
        device = std::move(file);
    }
    std::unique_ptr<CsvStream> stream(new CsvStream);
    // A quarter of a MiB at a time: the bytes, their text and the text not
    // yet parsed are a few MiB at most (with 1 MiB they were the largest
    // part of a large import's memory), and reading more often costs nothing measurable.
    if (auto started = stream->start(std::move(device), path, 256 * 1024); !started)
        return started.error();
    return stream;
}

Result<std::unique_ptr<CsvStream>> CsvStream::fromData(const QByteArray &data, const QString &sourceName)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(data);
    buffer->open(QIODevice::ReadOnly);
    std::unique_ptr<CsvStream> stream(new CsvStream);
    // Data in memory is decoded at once.
    if (auto started = stream->start(std::move(buffer), sourceName, qMax<qint64>(data.size(), 1)); !started)
        return started.error();
    return stream;
}

Result<bool> CsvStream::start(std::unique_ptr<QIODevice> device, const QString &sourceName, qint64 chunkBytes)
{
    m_table.sourceName = sourceName;
    d->current.line = 1;
    d->device = std::move(device);
    d->chunkBytes = chunkBytes;
    QIODevice &in = *d->device;
    m_bytesTotal = in.size();
    const QByteArray head = in.peek(3);
    qint64 skip = 0;
    const auto setEncoding = [&](const char *name) { m_table.encoding = QLatin1String(name); };
    if (head.startsWith("\xEF\xBB\xBF")) {
        setEncoding("UTF-8 (BOM)");
        d->decoding = Decoding::Utf8Marking;
        skip = 3;
    } else if (head.startsWith("\xFF\xFE")) {
        setEncoding("UTF-16LE");
        d->decoding = Decoding::Utf16LE;
        d->decoder.emplace(QStringDecoder::Utf16LE);
        skip = 2;
    } else if (head.startsWith("\xFE\xFF")) {
        setEncoding("UTF-16BE");
        d->decoding = Decoding::Utf16BE;
        d->decoder.emplace(QStringDecoder::Utf16BE);
        skip = 2;
    } else {
        // A first pass over the bytes decides, as CsvReader::decode does for
        // the whole text: UTF-8 if there is no bad byte, or at least as many
        // good multi-byte sequences as bad bytes; otherwise Windows-1252.
        qsizetype multiByte = 0, bad = 0;
        QByteArray carry;
        for (;;) {
            QByteArray chunk = carry + in.read(d->chunkBytes);
            const bool last = in.atEnd();
            const qsizetype usable = last ? chunk.size() : completeUtf8Prefix(chunk);
            const auto *p = reinterpret_cast<const uchar *>(chunk.constData());
            for (qsizetype i = 0; i < usable;) {
                const int length = utf8SequenceLength(p + i, usable - i);
                if (length == 0) {
                    ++bad;
                    ++i;
                } else {
                    multiByte += length > 1;
                    i += length;
                }
            }
            carry = chunk.mid(usable);
            if (last)
                break;
        }
        if (!in.seek(0))
            return Error(Error::Code::Io, CsvReader::tr("The file cannot be read: %1").arg(in.errorString())).at(sourceName);
        if (bad == 0) {
            setEncoding("UTF-8");
            d->decoding = Decoding::Utf8;
            d->decoder.emplace(QStringDecoder::Utf8);
        } else if (multiByte > 0 && multiByte >= bad) {
            setEncoding("UTF-8");
            d->decoding = Decoding::Utf8Marking;
        } else {
            setEncoding("Windows-1252");
            d->decoding = Decoding::Windows1252;
        }
    }
    in.read(skip);
    d->bytesRead = skip;

    // The delimiter, from the header: the text up to its first line break.
    for (;;) {
        auto more = fill();
        if (!more)
            return more.error();
        if (!*more || d->text.contains(QLatin1Char('\n')) || d->text.contains(QLatin1Char('\r')))
            break;
    }
    m_table.delimiter = CsvReader::detectDelimiter(d->text);

    CsvRecord header;
    auto read = readRecord(header, m_table.badBytes);
    if (!read)
        return read.error();
    if (!*read)
        return Error(Error::Code::Format, CsvReader::tr("The file is empty.")).at(sourceName);
    m_table.headerLine = header.line;
    for (const QString &h : std::as_const(header.fields))
        m_table.header.append(h.trimmed());
    d->headerFields = header.fields;
    return true;
}

Result<bool> CsvStream::fill()
{
    if (d->deviceDone)
        return false;
    QIODevice &in = *d->device;
    const QByteArray bytes = in.read(d->chunkBytes);
    d->bytesRead += bytes.size();
    const bool last = in.atEnd() || bytes.isEmpty();
    QString decoded;
    switch (d->decoding) {
    case Decoding::Utf8:
    case Decoding::Utf16LE:
    case Decoding::Utf16BE:
        decoded = (*d->decoder)(bytes);
        break;
    case Decoding::Windows1252:
        decoded = CsvReader::decodeWindows1252(bytes);
        break;
    case Decoding::Utf8Marking: {
        QByteArray chunk = d->carry + bytes;
        const qsizetype usable = last ? chunk.size() : completeUtf8Prefix(chunk);
        QList<qsizetype> bad;
        decoded = decodeUtf8Marking(chunk.left(usable), &bad);
        for (qsizetype b : std::as_const(bad))
            d->badChars.append(d->decodedTotal + b);
        d->carry = chunk.mid(usable);
        break;
    }
    }
    if (decoded.contains(QChar(0)))
        return Error(Error::Code::Format, CsvReader::tr("This is not a text file (it contains binary data).")).at(m_table.sourceName);
    d->decodedTotal += decoded.size();
    // Drop what is parsed already: only a chunk stays in memory.
    d->text.remove(0, d->pos);
    d->textStart += d->pos;
    d->pos = 0;
    d->text += decoded;
    if (last)
        d->deviceDone = true;
    return !decoded.isEmpty() || !last;
}

Result<bool> CsvStream::next(CsvRecord &record, QList<CsvTable::BadByte> &badBytes)
{
    badBytes.clear();
    return readRecord(record, badBytes);
}

Result<bool> CsvStream::readRecord(CsvRecord &record, QList<CsvTable::BadByte> &badBytes)
{
    State &s = *d;
    if (s.finished)
        return false;
    const QString &sourceName = m_table.sourceName;
    const QChar delim = m_table.delimiter;
    std::optional<Error> failure;
    bool produced = false;

    // The header's name for a field, for messages.
    auto columnName = [&](int index) {
        const QString name = s.headerFields.value(index).trimmed();
        return name.isEmpty() ? CsvReader::tr("column %1").arg(index + 1) : name;
    };
    auto fieldTooLong = [&] {
        return Error(Error::Code::Format, CsvReader::tr("The value is longer than %L1 characters. If it starts with a quotation mark, "
                                                        "the closing one may be missing.")
                                              .arg(CsvLimits::MaxFieldLength))
            .at(sourceName, s.fieldLine, columnName(int(s.current.fields.size())));
    };
    auto endField = [&] {
        if (s.current.fields.size() >= CsvLimits::MaxFieldsPerRecord) {
            failure = Error(Error::Code::Format, CsvReader::tr("The line has more than %L1 fields; this is not a list ForumDesk can read.")
                                                     .arg(CsvLimits::MaxFieldsPerRecord))
                          .at(sourceName, s.current.line);
            return;
        }
        // A copy of its exact size (a file of many short fields keeps no
        // spare room per field); s.field keeps its room for the next one, so
        // that a field grows without a reallocation per character.
        s.current.fields.append(s.field.isEmpty() ? QString() : QString(s.field.constData(), s.field.size()));
        s.field.resize(0);
        s.fieldWasQuoted = false;
        s.fieldLine = s.line;
    };
    auto endRecord = [&] {
        endField();
        if (failure)
            return;
        bool empty = true;
        for (const QString &f : std::as_const(s.current.fields)) {
            if (!f.trimmed().isEmpty()) {
                empty = false;
                break;
            }
        }
        if (!empty) {
            if (s.records > CsvLimits::MaxRecords) { // the header and MaxRecords rows of data
                failure = Error(Error::Code::Format, CsvReader::tr("The file has more than %L1 rows; split it into smaller files.")
                                                         .arg(CsvLimits::MaxRecords))
                              .at(sourceName, s.current.line);
                return;
            }
            ++s.records;
            s.current.fields.squeeze();
            record = std::move(s.current);
            badBytes += s.recordBad;
            produced = true;
        }
        s.recordBad.clear();
        s.current = CsvRecord();
        s.current.fields.reserve(s.headerFields.size()); // most records have as many fields as the header
    };

    while (!produced && !failure) {
        // One character of look-ahead ("" and \r\n) is always in the text, or the file has ended.
        if (s.pos + 1 >= s.text.size() && !s.deviceDone) {
            auto more = fill();
            if (!more)
                return more.error();
            continue;
        }
        if (s.pos >= s.text.size())
            break;
        // Checked as the field grows: a runaway field (a quotation mark never
        // closed, or a hostile file) stops here instead of filling the memory.
        if (s.field.size() > CsvLimits::MaxFieldLength) {
            failure = fieldTooLong();
            break;
        }
        const qint64 at = s.textStart + s.pos;
        while (s.nextBad < s.badChars.size() && s.badChars.at(s.nextBad) < at)
            ++s.nextBad;
        if (s.nextBad < s.badChars.size() && s.badChars.at(s.nextBad) == at) {
            // One entry per field, however many bad bytes it has.
            const int index = int(s.current.fields.size());
            if (s.recordBad.isEmpty() || s.recordBad.last().field != index)
                s.recordBad.append({s.line, s.current.line, index});
            ++s.nextBad;
        }
        const qsizetype n = s.text.size();
        qsizetype &i = s.pos;
        const QChar ch = s.text.at(i);
        if (s.inQuotes) {
            if (ch == QLatin1Char('"')) {
                if (i + 1 < n && s.text.at(i + 1) == QLatin1Char('"')) {
                    s.field += QLatin1Char('"');
                    ++i;
                } else {
                    s.inQuotes = false;
                }
            } else if (ch == QLatin1Char('\r')) {
                if (i + 1 < n && s.text.at(i + 1) == QLatin1Char('\n'))
                    ++i;
                s.field += QLatin1Char('\n');
                ++s.line;
            } else {
                if (ch == QLatin1Char('\n'))
                    ++s.line;
                s.field += ch;
            }
            ++i;
            continue;
        }
        if (ch == QLatin1Char('"') && s.field.trimmed().isEmpty() && !s.fieldWasQuoted) {
            // A quote opens a quoted field only at its start (after optional spaces).
            s.field.resize(0);
            s.inQuotes = true;
            s.fieldWasQuoted = true;
            s.quoteOpenedOnLine = s.line;
        } else if (ch == delim) {
            endField();
        } else if (ch == QLatin1Char('\r') || ch == QLatin1Char('\n')) {
            if (ch == QLatin1Char('\r') && i + 1 < n && s.text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++s.line;
            s.current.line = s.line;
            s.fieldLine = s.line;
        } else {
            s.field += ch; // also text after a closing quote, as Excel reads it
        }
        ++i;
    }
    if (failure)
        return *failure;
    if (produced)
        return true;
    // The end of the file.
    if (s.field.size() > CsvLimits::MaxFieldLength)
        return fieldTooLong();
    if (s.inQuotes)
        return Error(Error::Code::Format, CsvReader::tr("A quotation mark opened here is never closed.")).at(sourceName, s.quoteOpenedOnLine);
    s.finished = true;
    if (!s.field.isEmpty() || !s.current.fields.isEmpty())
        endRecord();
    if (failure)
        return *failure;
    return produced;
}

namespace {

// The whole file as a table: the stream read to its end.
Result<CsvTable> readAll(Result<std::unique_ptr<CsvStream>> stream)
{
    if (!stream)
        return stream.error();
    CsvTable table = (*stream)->header();
    CsvRecord record;
    QList<CsvTable::BadByte> bad;
    for (;;) {
        auto more = (*stream)->next(record, bad);
        if (!more)
            return more.error();
        if (!*more)
            break;
        table.badBytes += bad;
        table.records.append(std::move(record));
    }
    return table;
}

} // namespace

Result<CsvTable> CsvReader::readFile(const QString &path)
{
    return readAll(CsvStream::openFile(path));
}

Result<CsvTable> CsvReader::parse(const QByteArray &data, const QString &sourceName)
{
    return readAll(CsvStream::fromData(data, sourceName));
}

} // namespace fd
