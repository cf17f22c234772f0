// SPDX-License-Identifier: GPL-3.0-or-later
#include "personpicker.h"

#include "common/filterproxy.h"
#include "common/formhelpers.h"
#include "common/roles.h"
#include "people/peopleindex.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>

namespace fd {

PersonPicker::PersonPicker(PeopleIndex &index, QWidget *parent)
    : QLineEdit(parent), m_index(index), m_proxy(new FilterProxy(this)), m_completer(new QCompleter(this))
{
    setPlaceholderText(tr("Type a name, e-mail or organisation, then Enter…"));
    setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_index.model());
    m_proxy->sort(0); // by name, also for people added since the list was read
    m_completer->setModel(m_proxy);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_completer->setWidget(this);
    connect(m_completer, QOverload<const QModelIndex &>::of(&QCompleter::activated), this, &PersonPicker::choose);
    connect(this, &QLineEdit::textEdited, this, &PersonPicker::onEdited);
    connect(this, &QLineEdit::returnPressed, this, &PersonPicker::onReturn);
}

QAbstractItemModel *PersonPicker::people() const
{
    return m_proxy->sourceModel();
}

bool PersonPicker::event(QEvent *event)
{
    // Ctrl+Z in the empty field after a registration undoes the registration
    // (the window's undo), not the clearing of the field: the field keeps
    // Undo/Redo only while there is typing of its own to undo.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((isUndoKey(key) && (!isUndoAvailable() || text().isEmpty()))
            || (isRedoKey(key) && (!isRedoAvailable() || text().isEmpty()))) {
            event->ignore();
            return false;
        }
    }
    return QLineEdit::event(event);
}

void PersonPicker::onEdited(const QString &text)
{
    m_searching = !text.trimmed().isEmpty();
    m_proxy->setFilterText(text);
    if (text.trimmed().size() < 2 || m_proxy->rowCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
}

void PersonPicker::onReturn()
{
    if (text().trimmed().isEmpty() || !m_searching)
        return;
    if (m_proxy->rowCount() == 0) {
        emit noMatch(text().trimmed());
    } else if (m_proxy->rowCount() == 1) {
        choose(m_proxy->index(0, 0));
    } else {
        m_completer->complete();
        m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    }
}

void PersonPicker::choose(const QModelIndex &index)
{
    if (!index.isValid() || !m_searching || text().trimmed().isEmpty())
        return;
    m_searching = false;
    const qint64 id = index.data(roles::IdRole).toLongLong();
    // Hide the popup and drop its current row before the list is reset, so
    // that no later event can activate the row that moves under it.
    m_completer->popup()->hide();
    m_completer->popup()->setCurrentIndex(QModelIndex());
    clear();
    m_proxy->setFilterText(QString());
    emit personChosen(id);
}

} // namespace fd
