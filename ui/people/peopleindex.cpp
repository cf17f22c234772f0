// SPDX-License-Identifier: GPL-3.0-or-later
#include "peopleindex.h"

#include "common/roles.h"
#include "common/textfold.h"
#include "db/database.h"
#include "db/notifier.h"
#include "people/personrepository.h"

#include <QStandardItemModel>

namespace fd {

PeopleIndex::PeopleIndex(Database &db, QObject *parent) : QObject(parent), m_db(db), m_model(new QStandardItemModel(this))
{
    auto markStale = [this](Entity e) {
        if (e == Entity::Person || e == Entity::Affiliation || e == Entity::Organisation)
            m_stale = true;
    };
    connect(db.notifier(), &Notifier::changed, this, [markStale](Entity e, ChangeKind, const QList<qint64> &) { markStale(e); });
    connect(db.notifier(), &Notifier::reset, this, markStale);
}

QStandardItemModel *PeopleIndex::model()
{
    if (m_stale)
        reload();
    return m_model;
}

void PeopleIndex::reload()
{
    m_stale = false;
    auto people = PersonRepository(m_db).list();
    QList<QStandardItem *> items;
    if (people) {
        items.reserve(people->size());
        for (const PersonListItem &p : std::as_const(*people)) {
            QStringList parts = {p.person.sortName()};
            if (!p.person.title.isEmpty())
                parts.first() += QStringLiteral(" (") + p.person.title + QLatin1Char(')');
            if (!p.current.organisationName.isEmpty())
                parts << p.current.organisationName;
            if (!p.person.email.isEmpty())
                parts << p.person.email;
            auto *item = new QStandardItem(parts.join(QStringLiteral(" — ")));
            item->setData(p.person.id, roles::IdRole);
            item->setData(foldKey(QStringList{p.person.title, p.person.firstName, p.person.lastName, p.current.organisationName,
                                              p.person.email}
                                      .join(QLatin1Char(' '))),
                          roles::FilterRole);
            item->setData(PersonRepository::nameKey(p.person.firstName, p.person.lastName), roles::SortRole);
            items.append(item);
        }
    }
    // One reset for the whole list, not one insert per person.
    m_model->clear();
    m_model->invisibleRootItem()->insertRows(0, items);
}

} // namespace fd
