// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace fd {

// The detail editor of a ListPage: shows one record, edits it, saves it.
class RecordEditor : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual void load(qint64 id) = 0;
    virtual void startNew() = 0;
    virtual void clear() = 0;
    virtual bool isDirty() const = 0;
    virtual bool isNew() const = 0;
    virtual qint64 currentId() const = 0;
    virtual QString currentTitle() const = 0;
    // Validates and saves; shows what is wrong and returns false otherwise.
    virtual bool save() = 0;
    virtual void revert() = 0;
    virtual void focusFirstField() = 0;

signals:
    void saved(qint64 id);
    void cancelledNew();
};

} // namespace fd
