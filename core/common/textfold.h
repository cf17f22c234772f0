// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace fd {

// A key for comparing and finding names regardless of case, accents and spacing:
// "  Köln " and "KOELN"? No: "Köln" -> "koln", "Straße" -> "strasse", "GÖTTINGEN" -> "gottingen".
// SQLite's lower() folds ASCII only, so keys are computed here and stored beside the text.
QString foldKey(QStringView text);

// foldKey() without the common prefixes of German municipality names
// ("Stadt Köln", "Landeshauptstadt Düsseldorf", "City of Mannheim" -> "koln", ...),
// so that lists written by different offices still find the same member.
QString organisationMatchKey(QStringView name);

// Normalised e-mail for duplicate checks: trimmed and case-folded.
QString emailKey(QStringView email);

} // namespace fd
