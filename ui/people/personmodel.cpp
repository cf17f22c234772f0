// SPDX-License-Identifier: GPL-3.0-or-later
#include "personmodel.h"

#include "common/dates.h"
#include "common/textfold.h"

namespace fd {

PersonModel::PersonModel(Database &db, QObject *parent) : PeopleRowsModel(db, parent)
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

    reload();
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

} // namespace fd
