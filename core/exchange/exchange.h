// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "csv/csvimport.h"

#include <QStringList>

#include <memory>
#include <optional>

namespace fd {

class Database;

// The kinds of record that come in and go out as CSV, by the word the CLI and
// the import dialog use for them ("members", "people", ...).
QStringList importKinds();
std::unique_ptr<CsvImporter> makeImporter(const QString &kind, Database &db);

struct CsvExportOptions {
    bool germanHeaders = true; // German column names and dates (16.05.2024), else English and ISO
    std::optional<int> year;   // "events": only the events that touch this year
    QString event;             // "registrations" (required): the event, by UUID or by a title only one event has
};

QStringList exportKinds();
// Writes the records of `kind` to `path`; returns how many rows were written.
Result<int> exportCsv(Database &db, const QString &kind, const QString &path, const CsvExportOptions &options);


} // namespace fd
