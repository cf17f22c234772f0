// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <initializer_list>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace fd {

// The detail editor of a ListPage: shows one record, edits it, saves it.
// The base holds what every editor has alike: the heading, the message line,
// Save and Revert with Ctrl+S and Esc, and whether there are changes.
class RecordEditor : public QWidget
{
    Q_OBJECT
public:
    explicit RecordEditor(QWidget *parent = nullptr);

    virtual void load(qint64 id) = 0;
    virtual void startNew() = 0;
    virtual void clear() = 0;
    virtual qint64 currentId() const = 0;
    virtual QString currentTitle() const = 0;
    // Validates and saves; shows what is wrong and returns false otherwise.
    virtual bool save() = 0;
    // Back to the saved record; a new one that was never saved is dropped.
    virtual void revert();
    virtual void focusFirstField() = 0;

    bool isDirty() const { return m_dirty; }
    bool isNew() const { return m_isNew; }

signals:
    void saved(qint64 id);
    void cancelledNew();

protected:
    // A large bold label for the record's name.
    QLabel *makeHeading();
    // The line under the form that says what is wrong.
    QLabel *makeErrorLabel();
    // Revert and Save, right-aligned, with their shortcuts (Ctrl+S, Esc).
    QHBoxLayout *makeButtons();

    // Each field's changes mark the record changed; Enter in a line of text
    // (also in a date or an editable list) saves. Line edits, combo boxes,
    // DateEdits, plain text edits, spin boxes and check boxes.
    // While nothing is unsaved, Ctrl+Z and Ctrl+Shift+Z in these fields are
    // the window's undo and redo (the saved edits), not the field's own.
    void watchFields(std::initializer_list<QWidget *> fields);
    bool eventFilter(QObject *watched, QEvent *event) override;

    // Called by the fields' change signals: ignored while the form is being filled.
    void markDirty();
    void setDirty(bool dirty);
    void setNew(bool isNew) { m_isNew = isNew; }
    // While true, changes to the fields are the editor's own (filling the form), not the user's.
    bool m_loading = false;

private:
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    bool m_dirty = false;
    bool m_isNew = false;
};

} // namespace fd
