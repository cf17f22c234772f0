// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QKeySequence>
#include <QList>

#include "common/result.h"

#include <QHash>
#include <QList>
#include <QString>

#include <initializer_list>

class QLabel;
class QKeyEvent;
class QWidget;

namespace fd {

// Shows validation messages under a form and marks the fields they name.
class FormErrors
{
public:
    explicit FormErrors(QLabel *label) : m_label(label) {}
    void bind(const QString &field, QWidget *widget) { m_fields.insert(field, widget); }
    void show(const FieldErrors &errors);
    void show(const Error &error);
    void clear();

private:
    QLabel *m_label;
    QHash<QString, QWidget *> m_fields;
    QList<QWidget *> m_marked;
};

// A bold section title for forms.
QLabel *sectionLabel(const QString &text, QWidget *parent = nullptr);

// How wide a form may grow: on a wide screen its fields stop here, so that
// labels stay next to their fields instead of drifting apart.
int readableFormWidth(const QWidget *widget);

// A row of widgets as one field of a form (a date and a time, a spin box and
// a check box); the stretched one takes the room left. It keeps its height
// when the form has room to spare, so that it stays level with its label.
QWidget *fieldRow(QWidget *parent, std::initializer_list<QWidget *> widgets, int stretchIndex = 0);

// The window's undo and redo keys, declared once: the Edit menu uses them,
// and fields that hand these keys on to the window's undo test for them.
QList<QKeySequence> undoKeys();
QList<QKeySequence> redoKeys();
bool isUndoKey(const QKeyEvent *key);
bool isRedoKey(const QKeyEvent *key);

} // namespace fd
