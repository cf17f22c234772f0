// SPDX-License-Identifier: GPL-3.0-or-later
#include "peoplepage.h"

#include "app/session.h"
#include "commands/command.h"
#include "common/filterproxy.h"
#include "people/personeditor.h"
#include "people/personmodel.h"
#include "people/personrepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QTableView>

namespace fd {

PeoplePage::PeoplePage(Session &session, QWidget *parent)
    : ListPage(session, parent), m_model(new PersonModel(session.db(), this)), m_scope(new QComboBox(this))
{
    // The form is built once a person is chosen: the list shows first (start-up on this page).
    setup(
        m_model,
        [this]() -> RecordEditor * {
            auto *editor = new PersonEditor(this->session(), this);
            connect(editor, &PersonEditor::openEvent, this, [this](qint64 id) { emit openRecord(Entity::Event, id); });
            return editor;
        },
        tr("Filter people: name, organisation, e-mail… (Ctrl+F)"));

    m_scope->setObjectName(QStringLiteral("scope"));
    m_scope->addItem(tr("Everyone"));
    m_scope->addItem(tr("With a current organisation"));
    m_scope->addItem(tr("Newsletter consent"));
    m_scope->addItem(tr("May be shared in the network"));
    toolbar()->addWidget(m_scope);
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this](int scope) {
        proxy()->setRowPredicate([this, scope](int row, const QModelIndex &) {
            const PersonListItem &item = m_model->item(row);
            switch (scope) {
            case 1: return item.current.id != 0;
            case 2: return item.person.newsletter.granted;
            case 3: return item.person.sharing.granted;
            default: return true;
            }
        });
        updateCount();
    });

    QHeaderView *header = view()->horizontalHeader();
    header->resizeSection(PersonModel::Name, 190);
    header->resizeSection(PersonModel::Title, 70);
    header->resizeSection(PersonModel::Organisation, 190);
    header->resizeSection(PersonModel::Function, 200);
    header->resizeSection(PersonModel::Email, 220);
    header->resizeSection(PersonModel::Phone, 120);
}

PersonEditor *PeoplePage::personEditor() const
{
    return static_cast<PersonEditor *>(editor());
}

QIcon PeoplePage::pageIcon()
{
    return QIcon(QStringLiteral(":/icons/people.svg"));
}

void PeoplePage::deleteRecords(const QList<qint64> &ids)
{
    PersonRepository repo(session().db());
    QList<Person> people;
    for (qint64 id : ids) {
        if (auto p = repo.byId(id))
            people << *p;
    }
    if (people.isEmpty())
        return;
    const QString question = people.size() == 1 ? tr("Delete %1?").arg(people.first().fullName())
                                                : tr("Delete %n person(s)?", nullptr, people.size());
    if (!confirmDelete(question, tr("Their positions, consents and registrations go with them.")))
        return;
    if (Status s = commands::deletePeople(session(), people); !s)
        QMessageBox::warning(this, tr("Not deleted"), s.error().message);
}

} // namespace fd
