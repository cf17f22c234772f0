// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QString>

namespace fd {

class Database;

// Who a person entered somewhere else (a walk-in on site, a quick entry) is
// in the database, by the rules the imports use too: the same e-mail
// address; else the same name at the same organisation; else, when no
// organisation is known, the same name if only one person has it.
struct PersonMatch {
    enum class By { None, Email, NameAtOrganisation, UniqueName };
    qint64 personId = 0;
    By by = By::None;
    explicit operator bool() const { return personId > 0; }
};

// organisationId: 0 for none, -1 for one the database does not know yet.
Result<PersonMatch> findPerson(Database &db, const QString &firstName, const QString &lastName, const QString &email,
                               qint64 organisationId);

} // namespace fd
