// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace fd {

// Paints one line of text per cell, elided, on the style's own background,
// selection and focus frame. QStyledItemDelegate measures and lays out each
// cell's text with QTextLayout (for wrapping, icons and check boxes these
// lists never show), which made repainting the rows a keystroke brings into
// view cost more than filtering 20,000 people. Cells with an icon, a check
// box or wrapped text are left to QStyledItemDelegate.
class TextCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace fd
