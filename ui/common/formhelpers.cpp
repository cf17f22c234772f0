// SPDX-License-Identifier: GPL-3.0-or-later
#include "formhelpers.h"

#include "common/tones.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QWidget>

namespace fd {

void FormErrors::show(const FieldErrors &errors)
{
    clear();
    QStringList lines;
    for (const FieldError &e : errors) {
        lines << e.message;
        if (QWidget *w = m_fields.value(e.field)) {
            w->setStyleSheet(invalidFieldStyle());
            m_marked << w;
        }
    }
    m_label->setText(lines.join(QLatin1Char('\n')));
    m_label->setVisible(!lines.isEmpty());
    if (!errors.isEmpty()) {
        if (QWidget *w = m_fields.value(errors.first().field))
            w->setFocus();
    }
}

void FormErrors::show(const Error &error)
{
    clear();
    if (QWidget *w = m_fields.value(error.field)) {
        w->setStyleSheet(invalidFieldStyle());
        m_marked << w;
        w->setFocus();
    }
    m_label->setText(error.message);
    m_label->setVisible(true);
}

void FormErrors::clear()
{
    for (QWidget *w : std::as_const(m_marked))
        w->setStyleSheet(QString());
    m_marked.clear();
    m_label->clear();
    m_label->setVisible(false);
}

QLabel *sectionLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.05);
    label->setFont(f);
    label->setContentsMargins(0, 8, 0, 2);
    label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed); // stays by what it names
    return label;
}

int readableFormWidth(const QWidget *widget)
{
    return widget->fontMetrics().averageCharWidth() * 100;
}

QWidget *fieldRow(QWidget *parent, std::initializer_list<QWidget *> widgets, int stretchIndex)
{
    auto *row = new QWidget(parent);
    row->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    int i = 0;
    for (QWidget *w : widgets)
        layout->addWidget(w, i++ == stretchIndex ? 1 : 0);
    return row;
}

QList<QKeySequence> undoKeys()
{
    return {QKeySequence(QKeySequence::Undo)};
}

QList<QKeySequence> redoKeys()
{
    // Both common forms, whatever the platform's default.
    return {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)};
}

namespace {
bool matchesAny(const QKeyEvent *key, const QList<QKeySequence> &sequences)
{
    const QKeySequence pressed(key->keyCombination());
    for (const QKeySequence &s : sequences) {
        if (s.matches(pressed) == QKeySequence::ExactMatch)
            return true;
    }
    return false;
}
} // namespace

bool isUndoKey(const QKeyEvent *key)
{
    return matchesAny(key, undoKeys());
}

bool isRedoKey(const QKeyEvent *key)
{
    return matchesAny(key, redoKeys());
}

} // namespace fd
