// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventkindsdialog.h"

#include "app/session.h"
#include "commands/command.h"
#include "events/eventrepository.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fd {

EventKindsDialog::EventKindsDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_table(new QTableWidget(0, 2, this))
{
    setWindowTitle(tr("Kinds of event"));
    m_table->setHorizontalHeaderLabels({tr("German"), tr("English")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    auto *add = new QPushButton(tr("&Add"), this);
    auto *remove = new QPushButton(tr("&Delete"), this);
    auto *up = new QPushButton(tr("Move &up"), this);
    auto *down = new QPushButton(tr("Move do&wn"), this);
    auto *side = new QVBoxLayout;
    for (QPushButton *b : {add, remove, up, down})
        side->addWidget(b);
    side->addStretch();
    auto *main = new QHBoxLayout;
    main->addWidget(m_table, 1);
    main->addLayout(side);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(main);
    layout->addWidget(buttons);
    resize(520, 460);

    connect(add, &QPushButton::clicked, this, &EventKindsDialog::add);
    connect(remove, &QPushButton::clicked, this, &EventKindsDialog::remove);
    connect(up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_table, &QTableWidget::cellChanged, this, &EventKindsDialog::rename);
    reload();
}

void EventKindsDialog::reload()
{
    m_loading = true;
    const int current = m_table->currentRow();
    m_table->setRowCount(0);
    if (auto kinds = EventKindRepository(m_session.db()).all()) {
        m_table->setRowCount(int(kinds->size()));
        for (int i = 0; i < kinds->size(); ++i) {
            auto *de = new QTableWidgetItem(kinds->at(i).nameDe);
            de->setData(Qt::UserRole, kinds->at(i).id);
            m_table->setItem(i, 0, de);
            m_table->setItem(i, 1, new QTableWidgetItem(kinds->at(i).nameEn));
        }
    }
    if (current >= 0 && current < m_table->rowCount())
        m_table->setCurrentCell(current, 0);
    m_loading = false;
}

void EventKindsDialog::add()
{
    EventKind k;
    // The names are data in their own languages, not interface text.
    k.nameDe = QStringLiteral("Neue Art");
    k.nameEn = QStringLiteral("New kind");
    int suffix = 1;
    while (EventKindRepository(m_session.db()).find(k.nameDe)->has_value() || EventKindRepository(m_session.db()).find(k.nameEn)->has_value()) {
        ++suffix;
        k.nameDe = QStringLiteral("Neue Art %1").arg(suffix);
        k.nameEn = QStringLiteral("New kind %1").arg(suffix);
    }
    k.sortOrder = 1000 + m_table->rowCount() * 10;
    auto created = commands::addEventKind(m_session, k);
    if (!created) {
        QMessageBox::warning(this, tr("Kinds of event"), created.error().message);
        return;
    }
    reload();
    m_table->setCurrentCell(m_table->rowCount() - 1, 0);
    m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
}

void EventKindsDialog::rename(int row, int column)
{
    if (m_loading)
        return;
    const qint64 id = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
    auto before = EventKindRepository(m_session.db()).byId(id);
    if (!before)
        return;
    EventKind after = *before;
    (column == 0 ? after.nameDe : after.nameEn) = m_table->item(row, column)->text();
    if (Status s = commands::editEventKind(m_session, *before, after); !s)
        QMessageBox::warning(this, tr("Kinds of event"), s.error().message);
    reload();
}

void EventKindsDialog::remove()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    auto kind = EventKindRepository(m_session.db()).byId(m_table->item(row, 0)->data(Qt::UserRole).toLongLong());
    if (!kind)
        return;
    if (Status s = commands::deleteEventKind(m_session, *kind); !s)
        QMessageBox::warning(this, tr("Kinds of event"), s.error().message);
    reload();
}

void EventKindsDialog::move(int delta)
{
    const int row = m_table->currentRow();
    const int other = row + delta;
    if (row < 0 || other < 0 || other >= m_table->rowCount())
        return;
    EventKindRepository repo(m_session.db());
    auto a = repo.byId(m_table->item(row, 0)->data(Qt::UserRole).toLongLong());
    auto b = repo.byId(m_table->item(other, 0)->data(Qt::UserRole).toLongLong());
    if (!a || !b)
        return;
    if (Status s = commands::swapEventKinds(m_session, *a, *b); !s)
        QMessageBox::warning(this, tr("Kinds of event"), s.error().message);
    reload();
    m_table->setCurrentCell(other, 0);
}

} // namespace fd
