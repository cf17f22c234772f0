// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace fd {

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
};

// Reads CSV as German offices have it: Excel's semicolons, commas or tabs;
// UTF-8 with or without BOM, UTF-16 with BOM, or Windows-1252; quoted fields
// with delimiters, quotes and line breaks inside. Empty lines are skipped.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    static Result<CsvTable> readFile(const QString &path);
    static Result<CsvTable> parse(const QByteArray &data, const QString &sourceName);

    // Decoding, exposed for tests: sets `encoding` to what was detected.
    static QString decode(const QByteArray &data, QString *encoding);
    static QString decodeWindows1252(const QByteArray &data);
    static QChar detectDelimiter(const QString &text);

    static constexpr qint64 MaxFileSize = 256 * 1024 * 1024;
};

} // namespace fd
