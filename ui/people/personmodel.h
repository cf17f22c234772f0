// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "people/peoplerowsmodel.h"

namespace fd {

// The People page's list: everyone, each with where they work now.
class PersonModel : public PeopleRowsModel
{
    Q_OBJECT
public:
    enum Column { Name, Title, Organisation, Function, Email, Phone, Consents, ColumnCount };

    explicit PersonModel(Database &db, QObject *parent = nullptr);

protected:
    QString filterText(const PersonListItem &item) const override;

private:
    static QString consentText(const Person &p);
    static QString consentTooltip(const Person &p);
};

} // namespace fd
