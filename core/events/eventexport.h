// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "exchange/exporttable.h"

#include <QString>

#include <optional>

namespace fd {

class Database;

// The lists of events and of one event's registrations, in the columns and
// words that EventImporter and RegistrationImporter read back: German headers,
// words and dates, or English ones with ISO dates. Typed: dates are dates,
// numbers numbers (see ExportTable), so that a workbook shows them as such.

// Titel; Art; Beginn; Ende; Format; Ort; Veranstaltungsort; Teilnehmende;
// Kapazität; Anmeldung; Zugang; Rolle; Partner; Gefördert von; Projekt;
// Dokumentation; Dokumentation nur für Mitglieder; Notizen; Nummer; UUID.
// With a year: the events that touch it.
Result<ExportTable> eventsTable(Database &db, bool germanHeaders, std::optional<int> year);

// Veranstaltung (the event's UUID, so that a re-import is unambiguous);
// Titel; Vorname; Nachname; Organisation; E-Mail; Status; Angemeldet am;
// Quelle. `event` is a UUID or a title only one event has.
Result<ExportTable> registrationsTable(Database &db, bool germanHeaders, const QString &event);

} // namespace fd
