// SPDX-License-Identifier: GPL-3.0-or-later
#include "personmodel.h"

#include "common/dates.h"
#include "common/textfold.h"
#include "db/database.h"
#include "people/personrepository.h"

namespace fd {

PersonModel::PersonModel(Database &db, QObject *parent) : RecordTableModel(parent), m_db(db)
{
    addColumn([] { return tr("Name"); }, [](const PersonListItem &i) { return i.person.sortName(); })
        .sortByRowKey()
        .withTooltip([](const PersonListItem &i) { return i.person.fullName(); });
    addColumn([] { return tr("Title"); }, [](const PersonListItem &i) { return i.person.title; });
    addColumn([] { return tr("Organisation"); }, [](const PersonListItem &i) { return i.current.organisationName; })
        .sortBy([](const PersonListItem &i) { return foldKey(i.current.organisationName); });
    addColumn([] { return tr("Function"); }, [](const PersonListItem &i) { return i.current.jobTitle; })
        .sortBy([](const PersonListItem &i) { return foldKey(i.current.jobTitle); });
    addColumn([] { return tr("E-mail"); }, [](const PersonListItem &i) { return i.person.email; })
        .sortBy([](const PersonListItem &i) { return i.person.email.toCaseFolded(); });
    addColumn([] { return tr("Phone"); }, [](const PersonListItem &i) { return i.person.phone; });
    addColumn([] { return tr("Consents"); }, [](const PersonListItem &i) { return consentText(i.person); })
        .sortBy([](const PersonListItem &i) {
            const Person &p = i.person;
            return int(p.newsletter.granted) * 4 + int(p.photos.granted) * 2 + int(p.sharing.granted);
        })
        .withTooltip([](const PersonListItem &i) { return consentTooltip(i.person); });
    Q_ASSERT(columnCount() == ColumnCount);

    connect(db.notifier(), &Notifier::changed, this, &PersonModel::onChanged);
    connect(db.notifier(), &Notifier::reset, this, &PersonModel::onReset);
    reload();
}

void PersonModel::reload()
{
    auto list = PersonRepository(m_db).list();
    setRows(list ? *list : QList<PersonListItem>());
}

QString PersonModel::sortKey(const PersonListItem &item) const
{
    return PersonRepository::nameKey(item.person.firstName, item.person.lastName);
}

QString PersonModel::filterText(const PersonListItem &item) const
{
    const Person &p = item.person;
    return foldKey(QStringList{p.title, p.firstName, p.lastName, item.current.organisationName, item.current.jobTitle, p.email, p.phone}
                       .join(QLatin1Char(' ')));
}

QString PersonModel::consentText(const Person &p)
{
    QStringList parts;
    for (ConsentTopic t : {ConsentTopic::Newsletter, ConsentTopic::Photos, ConsentTopic::Sharing}) {
        if (p.consent(t).granted)
            parts << consentTopicLabel(t);
    }
    return parts.join(QLatin1String(", "));
}

QString PersonModel::consentTooltip(const Person &p)
{
    QStringList lines;
    for (ConsentTopic t : {ConsentTopic::Newsletter, ConsentTopic::Photos, ConsentTopic::Sharing}) {
        const Consent c = p.consent(t);
        lines << (c.granted ? tr("%1: yes, since %2").arg(consentTopicLabel(t), formatDate(c.on)) : tr("%1: no").arg(consentTopicLabel(t)));
    }
    return lines.join(QLatin1Char('\n'));
}

void PersonModel::refreshPeople(const QList<qint64> &ids)
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

void PersonModel::onChanged(Entity entity, ChangeKind kind, const QList<qint64> &ids, const QStringList &fields)
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
        // and the people it belongs to, which may have a new current one.
        QList<qint64> people = idsWhere([&ids](const PersonListItem &i) { return ids.contains(i.current.id); });
        PersonRepository repo(m_db);
        for (qint64 id : ids) {
            if (auto a = repo.affiliationById(id); a && !people.contains(a->personId))
                people << a->personId;
        }
        refreshPeople(people);
    }
}

void PersonModel::onReset(Entity entity)
{
    // Read again, but merged by id: the view keeps its selection and scroll position.
    if (entity == Entity::Person || entity == Entity::Affiliation || entity == Entity::Organisation)
        reload();
}

} // namespace fd
