// SPDX-License-Identifier: GPL-3.0-or-later
#include "childrows.h"

#include "app/session.h"
#include "commands/recordcommands.h"
#include "common/formhelpers.h"
#include "common/roles.h"
#include "records/kindeditor.h"
#include "records/kindmodel.h"

#include <QDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace fd {

namespace {

// The form of one child row, in a dialog: it closes once the row is saved.
bool editInDialog(QWidget *parent, Session &session, const RecordKind &kind, qint64 parentId, qint64 id)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(id ? kind.singularLabel() : ChildRows::tr("New: %1").arg(kind.singularLabel()));
    auto *editor = new KindEditor(session, kind, &dialog);
    editor->setParentId(parentId);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(editor);
    // Enter saves through the form; it must not also press a button of the dialog.
    for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }
    QObject::connect(editor, &RecordEditor::saved, &dialog, &QDialog::accept);
    QObject::connect(editor, &RecordEditor::cancelledNew, &dialog, &QDialog::reject);
    if (id)
        editor->load(id);
    else
        editor->startNew();
    dialog.resize(dialog.sizeHint().expandedTo(QSize(420, 0)));
    return dialog.exec() == QDialog::Accepted;
}

} // namespace

ChildRows::ChildRows(Session &session, const RecordKind &kind, QWidget *parent)
    : QWidget(parent), m_session(session), m_kind(kind), m_model(new KindModel(session.db(), kind, this)), m_view(new QTableView(this)),
      m_hint(new QLabel(this)), m_add(new QPushButton(tr("Add…"), this)), m_edit(new QPushButton(tr("Edit…"), this)),
      m_remove(new QPushButton(tr("Remove"), this))
{
    setObjectName(kind.name);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_view->setMinimumHeight(m_view->fontMetrics().lineSpacing() * 6);
    m_hint->setText(tr("Save the record first, then add its %1.").arg(kind.pluralLabel()));
    m_hint->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(sectionLabel(kind.pluralLabel(), this));
    layout->addWidget(m_view);
    layout->addWidget(m_hint);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &ChildRows::addRow);
    connect(m_edit, &QPushButton::clicked, this, &ChildRows::editRow);
    connect(m_remove, &QPushButton::clicked, this, &ChildRows::removeRows);
    connect(m_view, &QTableView::activated, this, &ChildRows::editRow); // Enter, or a double click
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ChildRows::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ChildRows::updateButtons);
    updateButtons();
}

void ChildRows::setParentId(qint64 parentId)
{
    m_model->setParentId(parentId);
    updateButtons();
}

qint64 ChildRows::currentRowId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(roles::IdRole).toLongLong() : 0;
}

void ChildRows::updateButtons()
{
    const bool hasParent = m_model->parentId() > 0;
    m_hint->setVisible(!hasParent);
    m_view->setEnabled(hasParent);
    m_add->setEnabled(hasParent);
    const bool chosen = hasParent && m_view->selectionModel()->hasSelection();
    m_edit->setEnabled(chosen);
    m_remove->setEnabled(chosen);
}

void ChildRows::addRow()
{
    if (m_model->parentId() > 0)
        editInDialog(this, m_session, m_kind, m_model->parentId(), 0);
}

void ChildRows::editRow()
{
    if (const qint64 id = currentRowId(); id > 0)
        editInDialog(this, m_session, m_kind, m_model->parentId(), id);
}

void ChildRows::removeRows()
{
    QList<Record> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        if (auto r = Records(m_session.db(), m_kind).byId(index.data(roles::IdRole).toLongLong()))
            rows << *r;
    }
    if (rows.isEmpty())
        return;
    const QString question = rows.size() == 1 ? tr("Remove \"%1\"?").arg(rows.first().title()) : tr("Remove %n row(s)?", nullptr, rows.size());
    if (QMessageBox::question(this, tr("Remove"), question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (Status s = commands::deleteRecords(m_session, m_kind, rows); !s)
        QMessageBox::warning(this, tr("Not removed"), s.error().message);
}

} // namespace fd
