// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records/recordkind.h"

#include <QWidget>

namespace fd {

class Session;

// A part of a kind's form that its declaration cannot describe (a metric's
// chart), shown below the record's rows. KindEditor knows only this
// interface; which kind has which extra is said once, in makeKindExtra().
class KindExtra : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    // The record the form shows; 0: none (nothing selected, or a new record not saved yet).
    virtual void setRecordId(qint64 id) = 0;
};

// The extra part of `kind`'s form, or nullptr for a kind without one.
KindExtra *makeKindExtra(Session &session, const RecordKind &kind, QWidget *parent);

} // namespace fd
