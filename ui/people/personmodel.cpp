// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/dates.h"
#include "personmodel.h"

#include "common/roles.h"
#include "common/textfold.h"
#include "db/database.h"
#include "people/personrepository.h"

namespace fd {

PersonModel::PersonModel(Database &db, QObject *parent) : RecordTableModel(parent), m_db(db)
{
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

void PersonModel::onChanged(Entity entity, ChangeKind kind, const QList<qint64> &ids, const QStringList &fields)
{
    if (entity == Entity::Person) {
        if (kind == ChangeKind::Removed)
            removeRows(ids);
        else
            refreshRows(ids, [this](qint64 id) { return PersonRepository(m_db).listItem(id); });
    } else if (entity == Entity::Organisation && kind != ChangeKind::Added
               && (fields.isEmpty() || fields.contains(QLatin1String("name")))) {
        // A renamed organisation shows in every row of its people; its notes do not.
        reload();
    }
}

void PersonModel::onReset(Entity entity)
{
    if (entity == Entity::Person || entity == Entity::Affiliation || entity == Entity::Organisation)
        reload();
}

int PersonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const PersonListItem &item = this->item(index.row());
    const Person &p = item.person;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case Name: return p.sortName();
        case Title: return p.title;
        case Organisation: return item.current.organisationName;
        case Function: return item.current.jobTitle;
        case Email: return p.email;
        case Phone: return p.phone;
        case Consents: return consentText(p);
        }
        break;
    case roles::SortRole:
        switch (index.column()) {
        case Name: return sortKeyAt(index.row());
        case Title: return p.title;
        case Organisation: return foldKey(item.current.organisationName);
        case Function: return foldKey(item.current.jobTitle);
        case Email: return p.email.toCaseFolded();
        case Phone: return p.phone;
        case Consents: return int(p.newsletter.granted) * 4 + int(p.photos.granted) * 2 + int(p.sharing.granted);
        }
        break;
    case roles::FilterRole: return filterTextAt(index.row());
    case roles::IdRole: return p.id;
    case Qt::ToolTipRole:
        if (index.column() == Name)
            return p.fullName();
        if (index.column() == Consents) {
            QStringList lines;
            for (ConsentTopic t : {ConsentTopic::Newsletter, ConsentTopic::Photos, ConsentTopic::Sharing}) {
                const Consent c = p.consent(t);
                lines << (c.granted ? tr("%1: yes, since %2").arg(consentTopicLabel(t), formatDate(c.on))
                                    : tr("%1: no").arg(consentTopicLabel(t)));
            }
            return lines.join(QLatin1Char('\n'));
        }
        break;
    }
    return {};
}

QVariant PersonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Title: return tr("Title");
    case Organisation: return tr("Organisation");
    case Function: return tr("Function");
    case Email: return tr("E-mail");
    case Phone: return tr("Phone");
    case Consents: return tr("Consents");
    }
    return {};
}

} // namespace fd
