// SPDX-License-Identifier: GPL-3.0-or-later
#include "kindpage.h"

#include "app/session.h"
#include "commands/recordcommands.h"
#include "records/kindeditor.h"
#include "records/kindmodel.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QTableView>

namespace fd {

KindPage::KindPage(Session &session, const RecordKind &kind, QWidget *parent)
    : ListPage(session, parent), m_kind(kind), m_model(new KindModel(session.db(), kind, this)), m_editor(new KindEditor(session, kind, this))
{
    setObjectName(kind.name);
    setup(m_model, m_editor, tr("Filter %1: any words (Ctrl+F)").arg(kind.pluralLabel()));
    connect(m_editor, &KindEditor::openRecord, this, &Page::openRecord);
    QHeaderView *header = view()->horizontalHeader();
    for (int i = 0; i < kind.listColumns.size(); ++i) {
        const Column *c = kind.table->find(kind.listColumns.at(i));
        const bool narrow = c->type == ColumnType::Date || c->type == ColumnType::Integer || !c->allowed.isEmpty();
        const bool wide = c->has(ColumnFlag::NonEmpty) && c->has(ColumnFlag::Title); // the name people look for
        header->resizeSection(i, narrow ? 90 : wide ? 220 : 130);
    }
    // Newest first, as the annual report lists the year's records.
    if (const int dateColumn = m_model->columnOf(kind.dateColumn); dateColumn >= 0)
        view()->sortByColumn(dateColumn, Qt::DescendingOrder);
}

void KindPage::deleteRecords(const QList<qint64> &ids)
{
    QList<Record> records;
    for (qint64 id : ids) {
        if (auto r = Records(session().db(), m_kind).byId(id))
            records << *r;
    }
    if (records.isEmpty())
        return;
    const QString question = records.size() == 1 ? tr("Delete \"%1\"?").arg(records.first().title())
                                                 : tr("Delete %n record(s)?", nullptr, records.size());
    if (!confirmDelete(question, QString()))
        return;
    if (Status s = commands::deleteRecords(session(), m_kind, records); !s)
        QMessageBox::warning(this, tr("Not deleted"), s.error().message);
}

} // namespace fd
