// SPDX-License-Identifier: GPL-3.0-or-later
#include "publicationspage.h"

#include "app/session.h"
#include "commands/recordcommands.h"
#include "records/publicationeditor.h"
#include "records/publicationmodel.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QTableView>

namespace fd {

PublicationsPage::PublicationsPage(Session &session, QWidget *parent)
    : ListPage(session, parent), m_model(new PublicationModel(session.db(), this)), m_editor(new PublicationEditor(session, this))
{
    setup(m_model, m_editor, tr("Filter publications: title, author, journal, year… (Ctrl+F)"));
    QHeaderView *header = view()->horizontalHeader();
    header->resizeSection(PublicationModel::Year, 55);
    header->resizeSection(PublicationModel::Title, 210);
    header->resizeSection(PublicationModel::Authors, 130);
    header->resizeSection(PublicationModel::Venue, 130);
    header->resizeSection(PublicationModel::Status, 95);
    // Newest first, as the annual report lists them.
    view()->sortByColumn(PublicationModel::Year, Qt::DescendingOrder);
}

QIcon PublicationsPage::pageIcon()
{
    return QIcon(QStringLiteral(":/icons/publications.svg"));
}

void PublicationsPage::deleteRecords(const QList<qint64> &ids)
{
    QList<Publication> publications;
    for (qint64 id : ids) {
        if (auto p = Publications(session().db()).byId(id))
            publications << *p;
    }
    if (publications.isEmpty())
        return;
    const QString question = publications.size() == 1 ? tr("Delete \"%1\"?").arg(publications.first().title)
                                                       : tr("Delete %n publication(s)?", nullptr, publications.size());
    if (!confirmDelete(question, QString()))
        return;
    if (Status s = commands::deletePublications(session(), publications); !s)
        QMessageBox::warning(this, tr("Not deleted"), s.error().message);
}

} // namespace fd
