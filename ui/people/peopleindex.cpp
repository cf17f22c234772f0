// SPDX-License-Identifier: GPL-3.0-or-later
#include "peopleindex.h"

#include "common/textfold.h"
#include "people/peoplerowsmodel.h"

namespace fd {

namespace {
// One column: "Krüger, Sabine (Dr.) — Stadt Augsburg — sabine@…".
class PickerRows : public PeopleRowsModel
{
public:
    PickerRows(Database &db, QObject *parent) : PeopleRowsModel(db, parent)
    {
        addColumn([] { return QString(); },
                  [](const PersonListItem &p) {
                      QStringList parts = {p.person.sortName()};
                      if (!p.person.title.isEmpty())
                          parts.first() += QStringLiteral(" (") + p.person.title + QLatin1Char(')');
                      if (!p.current.organisationName.isEmpty())
                          parts << p.current.organisationName;
                      if (!p.person.email.isEmpty())
                          parts << p.person.email;
                      return parts.join(QStringLiteral(" — "));
                  })
            .sortByRowKey();
        reload();
    }

protected:
    QString filterText(const PersonListItem &p) const override
    {
        return foldKey(QStringList{p.person.title, p.person.firstName, p.person.lastName, p.current.organisationName, p.person.email}
                           .join(QLatin1Char(' ')));
    }
};
} // namespace

PeopleIndex::PeopleIndex(Database &db, QObject *parent) : QObject(parent), m_db(db) {}

QAbstractItemModel *PeopleIndex::model()
{
    if (!m_model)
        m_model = new PickerRows(m_db, this);
    return m_model;
}

} // namespace fd
