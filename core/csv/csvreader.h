// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <memory>

class QIODevice;

namespace fd {

// How much a CSV file from outside may hold. A list an office keeps is a few
// megabytes; past these limits the file is refused with its name, line and
// column before it can take the machine's memory and minutes.
namespace CsvLimits {
// The whole file, checked before it is read.
inline constexpr qint64 MaxFileBytes = 50 * 1024 * 1024;
// One field, in characters: room for long notes. The reader stops at the
// first field that grows past it, without keeping the rest.
inline constexpr int MaxFieldLength = 64 * 1024;
// Names, titles, e-mail addresses, dates and other one-line values
// (ColumnSpec::maxLength; notes and the like allow MaxFieldLength).
inline constexpr int MaxShortFieldLength = 500;
// Fields on one line, and rows of data: far more than any list an office
// keeps (the widest export has about 25 columns), few enough that a file at
// the size limit stays within a few hundred megabytes of memory.
inline constexpr int MaxFieldsPerRecord = 100;
inline constexpr int MaxRecords = 100000;
} // namespace CsvLimits

// One record of a CSV file and the line it starts on (1-based, counting the
// header), so that errors can name the line the user sees in their editor.
struct CsvRecord {
    int line = 0;
    QStringList fields;
};

struct CsvTable {
    QString sourceName;   // file name for messages
    QString encoding;     // "UTF-8", "UTF-8 (BOM)", "Windows-1252", "UTF-16LE"...
    QChar delimiter;
    int headerLine = 1;
    QStringList header;
    QList<CsvRecord> records;
    // Bytes that are not UTF-8 in a file read as UTF-8, where they are (the
    // first of each field, in file order): the value would be corrupted, so
    // the importer refuses that line.
    struct BadByte {
        int line = 0;       // the line of the file with the byte
        int recordLine = 0; // the line its record starts on
        int field = 0;      // index of the field (0-based)
    };
    QList<BadByte> badBytes;
};

// Reads CSV as German offices have it: Excel's semicolons, commas or tabs;
// UTF-8 with or without BOM, UTF-16 with BOM, or Windows-1252; quoted fields
// with delimiters, quotes and line breaks inside. Empty lines are skipped.
// A file that is mostly UTF-8 is UTF-8, and its few bad bytes are listed in
// CsvTable::badBytes; only a file without valid UTF-8 sequences (or with
// more bad bytes than good sequences) is read as Windows-1252.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    static Result<CsvTable> readFile(const QString &path);
    static Result<CsvTable> parse(const QByteArray &data, const QString &sourceName);

    // Decoding, exposed for tests: sets `encoding` to what was detected and,
    // if given, `badChars` to the positions in the text of bytes that are not
    // UTF-8 in a UTF-8 file (each decoded as U+FFFD).
    static QString decode(const QByteArray &data, QString *encoding, QList<qsizetype> *badChars = nullptr);
    static QString decodeWindows1252(const QByteArray &data);
    static QChar detectDelimiter(const QString &text);
};

// The same reading, one record at a time: only the record being read and a
// chunk of the file are in memory, so that a long list imports with flat
// memory. CsvReader is built on it. The encoding is decided on a first pass
// over the file's bytes (as CsvReader decides it), then the file is decoded
// chunk by chunk.
class CsvStream
{
public:
    static Result<std::unique_ptr<CsvStream>> openFile(const QString &path);
    static Result<std::unique_ptr<CsvStream>> fromData(const QByteArray &data, const QString &sourceName);
    ~CsvStream();

    // Name, encoding, delimiter, header and the header's bad bytes; no records.
    const CsvTable &header() const { return m_table; }
    // The next record that is not empty, with its bad bytes; false at the end.
    Result<bool> next(CsvRecord &record, QList<CsvTable::BadByte> &badBytes);
    // How far the reading is, for progress.
    qint64 bytesRead() const;
    qint64 bytesTotal() const { return m_bytesTotal; }

private:
    struct State;
    CsvStream();
    Result<bool> start(std::unique_ptr<QIODevice> device, const QString &sourceName, qint64 chunkBytes);
    Result<bool> fill();
    Result<bool> readRecord(CsvRecord &record, QList<CsvTable::BadByte> &badBytes);

    CsvTable m_table;
    qint64 m_bytesTotal = 0;
    std::unique_ptr<State> d;
};

} // namespace fd
