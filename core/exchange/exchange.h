// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "csv/csvimport.h"
#include "exchange/exporttable.h"

#include <QStringList>

#include <memory>
#include <optional>

namespace fd {

class Database;

// The kinds of record that come in and go out as CSV, by the word the CLI and
// the import dialog use for them ("members", "people", ...).
QStringList importKinds();
std::unique_ptr<CsvImporter> makeImporter(const QString &kind, Database &db);

// How a list goes out: CSV for round trips (the importers read it back), or
// an Excel workbook with typed cells for people to work with.
enum class ListFormat { Csv, Xlsx };
// "csv" | "xlsx", case ignored; nullopt for anything else.
std::optional<ListFormat> parseListFormat(const QString &text);

struct ListExportOptions {
    bool germanHeaders = true; // German column names and dates (16.05.2024), else English and ISO
    std::optional<int> year;   // "events": only the events that touch this year
    QString event;             // "registrations" (required): the event, by UUID or by a title only one event has
};

QStringList exportKinds();
// The records of `kind` as typed tables: the list itself first (the CSV
// columns), then what only a workbook carries (the members' fees).
Result<ExportBook> exportTables(Database &db, const QString &kind, const ListExportOptions &options);
// Writes the records of `kind` to `path`; returns how many rows the list has.
Result<int> exportList(Database &db, const QString &kind, const QString &path, ListFormat format, const ListExportOptions &options);
inline Result<int> exportCsv(Database &db, const QString &kind, const QString &path, const ListExportOptions &options)
{
    return exportList(db, kind, path, ListFormat::Csv, options);
}

} // namespace fd
