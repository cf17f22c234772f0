// SPDX-License-Identifier: GPL-3.0-or-later
#include "memberspage.h"

#include "app/session.h"
#include "commands/command.h"
#include "common/filterproxy.h"
#include "common/roles.h"
#include "db/database.h"
#include "members/organisationeditor.h"
#include "members/organisationmodel.h"
#include "members/organisationrepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableView>

namespace fd {

MembersPage::MembersPage(Session &session, QWidget *parent)
    : ListPage(session, parent), m_model(new OrganisationModel(session.db(), this)), m_scope(new QComboBox(this))
{
    // The first page at start-up: its form is built once a member is chosen.
    setup(m_model, [this] { return makeEditor(); }, tr("Filter members: name, state, type… (Ctrl+F)"));

    m_scope->setObjectName(QStringLiteral("scope"));
    m_scope->addItem(tr("Current members"), CurrentMembers);
    m_scope->addItem(tr("All members, also former and joining"), AllMembers);
    m_scope->addItem(tr("Former members"), FormerMembers);
    m_scope->addItem(tr("Other organisations (partners, media…)"), OtherOrganisations);
    m_scope->addItem(tr("All organisations"), Everything);
    m_scope->setCurrentIndex(1);
    toolbar()->addWidget(m_scope);

    auto applyScope = [this] {
        const Scope scope = Scope(m_scope->currentData().toInt());
        proxy()->setRowPredicate([this, scope](int row, const QModelIndex &) {
            const auto status = MembershipStatus(m_model->index(row, 0).data(roles::StatusRole).toInt());
            switch (scope) {
            case CurrentMembers: return status == MembershipStatus::Current;
            case AllMembers: return status != MembershipStatus::NotMember;
            case FormerMembers: return status == MembershipStatus::Former;
            case OtherOrganisations: return status == MembershipStatus::NotMember;
            case Everything: return true;
            }
            return true;
        });
        updateCount();
    };
    connect(m_scope, &QComboBox::currentIndexChanged, this, applyScope);
    applyScope();

    QHeaderView *header = view()->horizontalHeader();
    header->resizeSection(OrganisationModel::Name, 230);
    header->resizeSection(OrganisationModel::Kind, 100);
    header->resizeSection(OrganisationModel::State, 160);
    header->resizeSection(OrganisationModel::Joined, 105);
    header->resizeSection(OrganisationModel::Left, 105);
    header->resizeSection(OrganisationModel::Status, 110);
    header->resizeSection(OrganisationModel::Fee, 170);
}

RecordEditor *MembersPage::makeEditor()
{
    auto *editor = new OrganisationEditor(session(), this);
    connect(editor, &OrganisationEditor::openPerson, this, [this](qint64 personId) { emit openRecord(Entity::Person, personId); });
    // A new organisation that the scope would hide: show all organisations.
    connect(editor, &RecordEditor::saved, this, [this](qint64 id) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            return;
        const auto status = MembershipStatus(m_model->index(row, 0).data(roles::StatusRole).toInt());
        if (!proxy()->mapFromSource(m_model->index(row, 0)).isValid())
            m_scope->setCurrentIndex(status == MembershipStatus::NotMember ? 3 : 1);
    });
    return editor;
}

QIcon MembersPage::pageIcon()
{
    return QIcon(QStringLiteral(":/icons/members.svg"));
}

void MembersPage::showList(const QString &)
{
    filterEdit()->clear();
    m_scope->setCurrentIndex(qMax(0, m_scope->findData(AllMembers)));
}

void MembersPage::deleteRecords(const QList<qint64> &ids)
{
    OrganisationRepository repo(session().db());
    QList<Organisation> organisations;
    int contacts = 0;
    for (qint64 id : ids) {
        if (auto o = repo.byId(id)) {
            organisations << *o;
            if (auto links = repo.affiliationCount(id))
                contacts += *links;
        }
    }
    if (organisations.isEmpty())
        return;
    QString question = organisations.size() == 1 ? tr("Delete \"%1\"?").arg(organisations.first().name)
                                                 : tr("Delete %n organisation(s)?", nullptr, organisations.size());
    QString detail = tr("Their fees go with them.");
    if (contacts > 0)
        detail += QLatin1Char(' ') + tr("%n contact person link(s) are removed; the people themselves stay.", nullptr, contacts);
    if (!confirmDelete(question, detail))
        return;
    if (Status s = commands::deleteOrganisations(session(), organisations); !s)
        QMessageBox::warning(this, tr("Not deleted"), s.error().message);
}

} // namespace fd
