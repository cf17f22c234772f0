// SPDX-License-Identifier: GPL-3.0-or-later
#include "tones.h"

#include <QLabel>

namespace fd {

QColor toneColor(Tone tone)
{
    switch (tone) {
    case Tone::Good: return QColor(0x1e, 0x84, 0x49);
    case Tone::Warning: return QColor(0xb9, 0x77, 0x0e);
    case Tone::Problem: return QColor(0xb0, 0x3a, 0x2e);
    case Tone::Muted: return QColor(0x88, 0x88, 0x88);
    case Tone::Info: return QColor(0x2f, 0x5d, 0x8a);
    case Tone::Normal: break;
    }
    return {};
}

QString toneStyle(Tone tone)
{
    return tone == Tone::Normal ? QString() : QStringLiteral("color: %1;").arg(toneColor(tone).name());
}

void setLabelTone(QLabel *label, Tone tone)
{
    label->setStyleSheet(toneStyle(tone));
}

QString invalidFieldStyle()
{
    return QStringLiteral("border: 1px solid #c0392b;");
}

} // namespace fd
