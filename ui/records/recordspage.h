// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/page.h"

#include <QList>

class QTabWidget;

namespace fd {

class ListPage;

// The year's records, one tab per kind in the order of the annual report:
// projects, surveys, exchanges, network roles, media requests, publications,
// funding applications, guidelines, board and staff. A tab's list is built
// when the tab is first shown. Ctrl+N, Del, Ctrl+F and Enter act on the tab
// shown; Ctrl+Page Down and Ctrl+Page Up move between tabs.
class RecordsPage : public Page
{
    Q_OBJECT
public:
    explicit RecordsPage(Session &session, QWidget *parent = nullptr);

    static QString pageId() { return QStringLiteral("records"); }
    static QString pageTitle() { return tr("Records"); }
    static QIcon pageIcon();
    QString id() const override { return pageId(); }
    QString title() const override { return pageTitle(); }
    QIcon icon() const override { return pageIcon(); }

    bool canCreate() const override;
    void createItem() override;
    bool canDelete() const override;
    void deleteSelected() override;
    void focusFilter() override;
    bool commitPendingEdits() override;
    void showRecord(qint64 id) override;
    void showEntityRecord(Entity entity, qint64 id) override;
    bool showsEntity(Entity entity) const override;
    void showList(const QString &kind) override { showTab(kind); }
    QString exchangeKind() const override;

    // The tab of a kind ("projects", "publications"), built if need be.
    ListPage *tab(const QString &kind);
    ListPage *currentTab() const;
    void showTab(const QString &kind);
    QTabWidget *tabs() const { return m_tabs; }

private:
    struct Slot {
        QString kind;
        Entity entity;
        QWidget *holder;
        ListPage *page = nullptr;
    };
    ListPage *build(int index);
    void onTabChanged(int index);

    QTabWidget *m_tabs;
    QList<Slot> m_slots;
};

} // namespace fd
