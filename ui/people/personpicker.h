// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>

class QCompleter;
class QAbstractItemModel;

namespace fd {

class PeopleIndex;
class FilterProxy;

// Finds a person with a few letters of their name, e-mail or organisation,
// accents and case ignored ("hecker", "kruger augs"), without leaving the
// keyboard: Down and Enter choose from the list; Enter with one match takes
// it; Enter with no match offers to create the person.
class PersonPicker : public QLineEdit
{
    Q_OBJECT
public:
    explicit PersonPicker(PeopleIndex &index, QWidget *parent = nullptr);

    // The list it offers (shared with the other pickers of this database).
    QAbstractItemModel *people() const;

signals:
    void personChosen(qint64 personId);
    void noMatch(const QString &text);

protected:
    bool event(QEvent *event) override;

private:
    void onEdited(const QString &text);
    void onReturn();
    void choose(const QModelIndex &index);

    PeopleIndex &m_index;
    FilterProxy *m_proxy;
    QCompleter *m_completer;
    // True from the first keystroke of a search until a person is chosen:
    // one search chooses at most one person. A second activation (the popup
    // still has a current row after the list was reset, or Enter reaching
    // both the popup and the field) must not register someone else.
    bool m_searching = false;
};

} // namespace fd
