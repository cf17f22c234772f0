// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QHash>
#include <QString>

class QLabel;
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

} // namespace fd
