// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordspage.h"

#include "app/settings.h"
#include "records/kindpage.h"
#include "records/publicationspage.h"
#include "records/recordkind.h"

#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

namespace fd {

RecordsPage::RecordsPage(Session &session, QWidget *parent) : Page(session, parent), m_tabs(new QTabWidget(this))
{
    m_tabs->setObjectName(QStringLiteral("records-tabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);
    auto addSlot = [this](const QString &kind, Entity entity, const QString &label) {
        auto *holder = new QWidget(m_tabs);
        auto *layout = new QVBoxLayout(holder);
        layout->setContentsMargins(0, 0, 0, 0);
        m_slots.append({kind, entity, holder});
        m_tabs->addTab(holder, label);
    };
    for (const RecordKind &k : recordKinds()) {
        addSlot(k.name, k.table->entity(), k.pluralLabel());
        // Publications where the annual report has them: after the media.
        if (k.name == QLatin1String("media-requests"))
            addSlot(PublicationsPage::pageId(), Entity::Publication, PublicationsPage::pageTitle());
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    int first = 0;
    const QString last = settings::lastRecordsTab.get();
    for (int i = 0; i < m_slots.size(); ++i) {
        if (m_slots.at(i).kind == last)
            first = i;
    }
    m_tabs->setCurrentIndex(first);
    setFocusProxy(build(first));
    connect(m_tabs, &QTabWidget::currentChanged, this, &RecordsPage::onTabChanged);

    // A list with rows takes Ctrl+Page Down for itself (it moves the current
    // row) and the tabs never see it: the page takes the keys first, and goes
    // round as the tabs themselves do.
    for (const auto &[key, step] : {std::pair{Qt::Key_PageDown, 1}, std::pair{Qt::Key_PageUp, -1}}) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | key), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, step = step] {
            const int count = m_tabs->count();
            if (count > 0)
                m_tabs->setCurrentIndex((m_tabs->currentIndex() + step + count) % count);
        });
    }
}

QIcon RecordsPage::pageIcon()
{
    return QIcon(QStringLiteral(":/icons/publications.svg"));
}

ListPage *RecordsPage::build(int index)
{
    if (index < 0 || index >= m_slots.size())
        return nullptr;
    Slot &slot = m_slots[index];
    if (slot.page)
        return slot.page;
    if (slot.kind == PublicationsPage::pageId())
        slot.page = new PublicationsPage(session(), slot.holder);
    else
        slot.page = new KindPage(session(), *findRecordKind(slot.kind), slot.holder);
    slot.holder->layout()->addWidget(slot.page);
    slot.page->show(); // at once, not when the layout gets round to it

    connect(slot.page, &Page::actionsChanged, this, &Page::actionsChanged);
    connect(slot.page, &Page::statusMessage, this, [this, page = slot.page](const QString &message) {
        if (page == currentTab())
            emit statusMessage(message);
    });
    connect(slot.page, &Page::openRecord, this, &Page::openRecord);
    return slot.page;
}

void RecordsPage::onTabChanged(int index)
{
    // Leaving a tab saves what its form holds, as leaving a page does.
    for (const Slot &slot : std::as_const(m_slots)) {
        if (slot.page && slot.holder != m_tabs->widget(index))
            slot.page->commitPendingEdits();
    }
    ListPage *page = build(index);
    if (index >= 0 && index < m_slots.size())
        settings::lastRecordsTab.set(m_slots.at(index).kind);
    if (page) {
        // Focus in the tab: Ctrl+Page Down goes on to the next one.
        setFocusProxy(page);
        page->setFocus();
    }
    emit actionsChanged();
}

ListPage *RecordsPage::currentTab() const
{
    const int index = m_tabs->currentIndex();
    return index >= 0 && index < m_slots.size() ? m_slots.at(index).page : nullptr;
}

ListPage *RecordsPage::tab(const QString &kind)
{
    for (int i = 0; i < m_slots.size(); ++i) {
        if (m_slots.at(i).kind == kind)
            return build(i);
    }
    return nullptr;
}

void RecordsPage::showTab(const QString &kind)
{
    for (int i = 0; i < m_slots.size(); ++i) {
        if (m_slots.at(i).kind == kind)
            m_tabs->setCurrentIndex(i);
    }
}

bool RecordsPage::canCreate() const
{
    return currentTab() && currentTab()->canCreate();
}

void RecordsPage::createItem()
{
    if (ListPage *p = currentTab())
        p->createItem();
}

bool RecordsPage::canDelete() const
{
    return currentTab() && currentTab()->canDelete();
}

void RecordsPage::deleteSelected()
{
    if (ListPage *p = currentTab())
        p->deleteSelected();
}

void RecordsPage::focusFilter()
{
    if (ListPage *p = currentTab())
        p->focusFilter();
}

bool RecordsPage::commitPendingEdits()
{
    for (const Slot &slot : std::as_const(m_slots)) {
        if (slot.page && !slot.page->commitPendingEdits())
            return false;
    }
    return true;
}

void RecordsPage::showRecord(qint64 id)
{
    if (ListPage *p = currentTab())
        p->showRecord(id);
}

void RecordsPage::showEntityRecord(Entity entity, qint64 id)
{
    for (int i = 0; i < m_slots.size(); ++i) {
        if (m_slots.at(i).entity == entity) {
            m_tabs->setCurrentIndex(i);
            if (ListPage *p = build(i))
                p->showRecord(id);
            return;
        }
    }
}

bool RecordsPage::showsEntity(Entity entity) const
{
    for (const Slot &slot : m_slots) {
        if (slot.entity == entity)
            return true;
    }
    return false;
}

QString RecordsPage::exchangeKind() const
{
    const int index = m_tabs->currentIndex();
    return index >= 0 && index < m_slots.size() ? m_slots.at(index).kind : QString();
}

} // namespace fd
