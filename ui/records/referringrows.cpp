// SPDX-License-Identifier: GPL-3.0-or-later
#include "referringrows.h"

#include "app/session.h"
#include "common/dates.h"
#include "common/formhelpers.h"
#include "records/recordkind.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fd {

ReferringRows::ReferringRows(Session &session, const Table &table, const Column &column, QWidget *parent)
    : QWidget(parent), m_session(session), m_table(table), m_column(column), m_view(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("referring-") + table.name());
    m_view->setColumnCount(2);
    m_view->setHeaderLabels({tr("Date"), tr("Title")});
    m_view->setRootIsDecorated(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->resizeSection(0, m_view->fontMetrics().horizontalAdvance(QStringLiteral("00.00.0000")) + 16);
    m_view->setMinimumHeight(m_view->fontMetrics().lineSpacing() * 5);
    m_view->setMaximumHeight(m_view->fontMetrics().lineSpacing() * 10);
    m_view->setToolTip(tr("Double-click or Enter opens it"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(sectionLabel(heading(table), this));
    layout->addWidget(m_view);

    // activated: Enter, and a double click (or a click where the platform opens on one).
    connect(m_view, &QTreeWidget::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = index.siblingAtColumn(0).data(Qt::UserRole).toLongLong(); id > 0)
            emit openRecord(m_table.entity(), id);
    });
    // Rows added, changed or removed elsewhere (the Events page, an undo).
    connect(session.notifier(), &Notifier::changed, this, [this](Entity entity) {
        if (entity == m_table.entity() && m_recordId > 0)
            reload();
    });
    connect(session.notifier(), &Notifier::reset, this, [this](Entity entity) {
        if (entity == m_table.entity() && m_recordId > 0)
            reload();
    });
}

QString ReferringRows::heading(const Table &table)
{
    if (const RecordKind *kind = recordKindOf(table))
        return kind->pluralLabel();
    switch (table.entity()) {
    case Entity::Event:
        return tr("Events");
    default:
        return table.name();
    }
}

void ReferringRows::setRecordId(qint64 id)
{
    m_recordId = id;
    reload();
}

void ReferringRows::reload()
{
    m_view->clear();
    setEnabled(m_recordId > 0);
    if (m_recordId <= 0)
        return;
    auto rows = referringRows(m_session.db(), m_table, m_column, m_recordId);
    if (!rows)
        return;
    QList<QTreeWidgetItem *> items;
    for (const ReferringRow &r : std::as_const(*rows)) {
        auto *item = new QTreeWidgetItem({formatDate(r.date), r.title});
        item->setData(0, Qt::UserRole, r.id);
        items << item;
    }
    m_view->addTopLevelItems(items);
}

} // namespace fd
