// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

class QLabel;

namespace fd {

// The few colours that carry meaning (a problem, something done, a waitlist),
// declared once so that every message, status and cell says it the same way.
enum class Tone { Normal, Good, Warning, Problem, Muted, Info };

QColor toneColor(Tone tone);
// A style sheet for a label's text in that tone (empty for Normal).
QString toneStyle(Tone tone);
// Shows a message line in that tone.
void setLabelTone(QLabel *label, Tone tone);

// The border of a field whose value is not accepted.
QString invalidFieldStyle();

} // namespace fd
