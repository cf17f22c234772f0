// SPDX-License-Identifier: GPL-3.0-or-later
#include "peoplerowsmodel.h"

#include "db/database.h"
#include "people/personrepository.h"

namespace fd {

PeopleRowsModel::PeopleRowsModel(Database &db, QObject *parent) : RecordTableModel(parent), m_db(db)
{
    connect(db.notifier(), &Notifier::changed, this, &PeopleRowsModel::onChanged);
    connect(db.notifier(), &Notifier::reset, this, &PeopleRowsModel::onReset);
}

void PeopleRowsModel::reload()
{
    auto list = PersonRepository(m_db).list();
    setRows(list ? *list : QList<PersonListItem>());
}

QString PeopleRowsModel::sortKey(const PersonListItem &item) const
{
    return PersonRepository::nameKey(item.person.firstName, item.person.lastName);
}

void PeopleRowsModel::refreshPeople(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    auto fresh = PersonRepository(m_db).listItems(ids);
    if (!fresh)
        return;
    // Those not read back are gone.
    QList<qint64> gone = ids;
    for (const PersonListItem &i : std::as_const(*fresh))
        gone.removeAll(i.person.id);
    removeRows(gone);
    putRows(*fresh);
}

void PeopleRowsModel::onChanged(Entity entity, ChangeKind kind, const QList<qint64> &ids, const QStringList &fields)
{
    if (entity == Entity::Person) {
        if (kind == ChangeKind::Removed)
            removeRows(ids);
        else
            refreshPeople(ids);
    } else if (entity == Entity::Organisation && kind != ChangeKind::Added
               && (kind == ChangeKind::Removed || fields.isEmpty() || fields.contains(QLatin1String("name")))) {
        // A renamed (or deleted) organisation shows in the rows of its people; its notes do not.
        refreshPeople(idsWhere([&ids](const PersonListItem &i) { return i.current.id != 0 && ids.contains(i.current.organisationId); }));
    } else if (entity == Entity::Affiliation) {
        // A position changed on its own (an undo): the rows whose current position it was,
        // and the people it belongs to, who may have a new current one.
        QList<qint64> people = idsWhere([&ids](const PersonListItem &i) { return ids.contains(i.current.id); });
        PersonRepository repo(m_db);
        for (qint64 id : ids) {
            if (auto a = repo.affiliationById(id); a && !people.contains(a->personId))
                people << a->personId;
        }
        refreshPeople(people);
    }
}

void PeopleRowsModel::onReset(Entity entity)
{
    // Read again, but merged by id: views keep their selection and scroll position.
    if (entity == Entity::Person || entity == Entity::Affiliation || entity == Entity::Organisation)
        reload();
}

} // namespace fd
