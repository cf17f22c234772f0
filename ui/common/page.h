// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/notifier.h"

#include <QIcon>
#include <QWidget>

namespace fd {

class Session;

// A main view of the window (Members, People, Events...). The main window
// knows pages only through this interface, so a new feature is a new page,
// not a longer main window.
class Page : public QWidget
{
    Q_OBJECT
public:
    explicit Page(Session &session, QWidget *parent = nullptr) : QWidget(parent), m_session(session) {}

    virtual QString id() const = 0;       // stable, for settings: "members"
    virtual QString title() const = 0;    // translated
    virtual QIcon icon() const = 0;

    virtual bool canCreate() const { return false; }
    virtual void createItem() {}
    virtual bool canDelete() const { return false; }
    virtual void deleteSelected() {}
    virtual void focusFilter() {}
    // Save what is being edited (before switching pages, closing, opening
    // another database); false if the user chose to stay.
    virtual bool commitPendingEdits() { return true; }
    // Show one record of this page (from a link on another page).
    virtual void showRecord(qint64 id) { Q_UNUSED(id); }
    // The same for a page that shows records of several kinds (Records).
    virtual void showEntityRecord(Entity entity, qint64 id) { Q_UNUSED(entity); showRecord(id); }
    // Whether showRecord() takes records of this kind (an undo brings one
    // back: the page on screen shows it rather than another page).
    virtual bool showsEntity(Entity entity) const { Q_UNUSED(entity); return false; }
    // Show a list of this page (from a figure on another page): what `list`
    // means is the page's own (a tab of Records; "year=2024&kind=3" on Events).
    virtual void showList(const QString &list) { Q_UNUSED(list); }
    // The CSV kinds this page imports and exports ("members"), if any.
    virtual QString exchangeKind() const { return {}; }

    Session &session() const { return m_session; }

signals:
    void actionsChanged();                         // canCreate/canDelete may differ now
    void statusMessage(const QString &message);    // e.g. "20 of 36 shown"
    void openRecord(fd::Entity entity, qint64 id); // show a record of another page
    void openList(const QString &pageId, const QString &list); // show a list of another page (see showList)

private:
    Session &m_session;
};

} // namespace fd
