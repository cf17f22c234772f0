// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QString>

#include <optional>

namespace fd {

class Database;

// CSV lists of events and of one event's registrations, in the columns and
// words that EventImporter and RegistrationImporter read back: German headers,
// words and dates (16.05.2024 14:00), or English ones with ISO dates.
// Both return how many rows were written.

// Titel; Art; Beginn; Ende; Format; Ort; Teilnehmende; Kapazität; Zugang;
// Rolle; Notizen; Nummer; UUID. With a year: the events that touch it.
Result<int> exportEventsCsv(Database &db, const QString &path, bool germanHeaders, std::optional<int> year);

// Veranstaltung (the event's UUID, so that a re-import is unambiguous);
// Titel; Vorname; Nachname; Organisation; E-Mail; Status; Angemeldet am;
// Quelle. `event` is a UUID or a title only one event has.
Result<int> exportRegistrationsCsv(Database &db, const QString &path, bool germanHeaders, const QString &event);

} // namespace fd
