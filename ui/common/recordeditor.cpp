// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordeditor.h"

#include "common/dateedit.h"
#include "common/formhelpers.h"
#include "common/tones.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>

namespace fd {

RecordEditor::RecordEditor(QWidget *parent) : QWidget(parent) {}

QLabel *RecordEditor::makeHeading()
{
    auto *heading = new QLabel(this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.45);
    font.setBold(true);
    heading->setFont(font);
    heading->setWordWrap(true);
    return heading;
}

QLabel *RecordEditor::makeErrorLabel()
{
    auto *label = new QLabel(this);
    setLabelTone(label, Tone::Problem);
    label->setWordWrap(true);
    label->setVisible(false);
    return label;
}

QHBoxLayout *RecordEditor::makeButtons()
{
    m_save = new QPushButton(tr("&Save"), this);
    m_revert = new QPushButton(tr("Re&vert"), this);
    m_save->setObjectName(QStringLiteral("save"));
    m_revert->setObjectName(QStringLiteral("revert"));
    m_save->setToolTip(tr("Save the changes (Enter or Ctrl+S)"));
    m_revert->setToolTip(tr("Discard the changes (Esc)"));
    connect(m_save, &QPushButton::clicked, this, &RecordEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &RecordEditor::revert);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &RecordEditor::save);
    auto *revertShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(revertShortcut, &QShortcut::activated, this, &RecordEditor::revert);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    setDirty(m_dirty);
    return buttons;
}

void RecordEditor::revert()
{
    if (isNew()) {
        clear();
        emit cancelledNew();
        return;
    }
    if (const qint64 id = currentId())
        load(id);
}

void RecordEditor::watchFields(std::initializer_list<QWidget *> fields)
{
    auto saveOnEnter = [this](QLineEdit *edit) {
        if (edit)
            connect(edit, &QLineEdit::returnPressed, this, &RecordEditor::save);
    };
    for (QWidget *field : fields) {
        // The widget that has the focus gets the ShortcutOverride: the field
        // itself, or the line edit inside a DateEdit or an editable combo box.
        field->installEventFilter(this);
        if (auto *date = qobject_cast<DateEdit *>(field))
            date->lineEdit()->installEventFilter(this);
        else if (auto *combo = qobject_cast<QComboBox *>(field); combo && combo->lineEdit())
            combo->lineEdit()->installEventFilter(this);
        if (auto *date = qobject_cast<DateEdit *>(field)) {
            connect(date, &DateEdit::edited, this, &RecordEditor::markDirty);
            saveOnEnter(date->lineEdit());
        } else if (auto *edit = qobject_cast<QLineEdit *>(field)) {
            connect(edit, &QLineEdit::textEdited, this, &RecordEditor::markDirty);
            saveOnEnter(edit);
        } else if (auto *combo = qobject_cast<QComboBox *>(field)) {
            if (combo->isEditable()) {
                connect(combo, &QComboBox::currentTextChanged, this, &RecordEditor::markDirty);
                saveOnEnter(combo->lineEdit());
            } else {
                connect(combo, &QComboBox::currentIndexChanged, this, &RecordEditor::markDirty);
            }
        } else if (auto *text = qobject_cast<QPlainTextEdit *>(field)) {
            connect(text, &QPlainTextEdit::textChanged, this, &RecordEditor::markDirty);
        } else if (auto *spin = qobject_cast<QSpinBox *>(field)) {
            connect(spin, &QSpinBox::valueChanged, this, &RecordEditor::markDirty);
        } else if (auto *check = qobject_cast<QCheckBox *>(field)) {
            connect(check, &QCheckBox::toggled, this, &RecordEditor::markDirty);
        } else {
            qWarning("RecordEditor::watchFields: %s is not a kind of field it knows", field->metaObject()->className());
        }
    }
}

bool RecordEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride && !m_dirty && !m_isNew) {
        // A text field claims Ctrl+Z for its own undo, which is empty once a
        // save has filled the form again: with nothing unsaved, the key goes
        // to the window's undo action instead, wherever the cursor is.
        // Unsaved typing keeps its own undo, so it is taken back first.
        auto *key = static_cast<QKeyEvent *>(event);
        if (isUndoKey(key) || isRedoKey(key)) {
            event->ignore();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RecordEditor::markDirty()
{
    if (!m_loading)
        setDirty(true);
}

void RecordEditor::setDirty(bool dirty)
{
    m_dirty = dirty;
    if (m_save)
        m_save->setEnabled(dirty || m_isNew);
    if (m_revert)
        m_revert->setEnabled(dirty || m_isNew);
}

} // namespace fd
