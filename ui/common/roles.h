// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace fd::roles {

// Item roles shared by ForumDesk's models.
enum Role {
    IdRole = Qt::UserRole + 1,  // the row's database key (qint64)
    SortRole,                   // a value that sorts right: folded text, ISO date, number
    FilterRole,                 // folded text of every visible column, for filter-as-you-type
    StatusRole,                 // entity-specific status (membership, registration)
};

} // namespace fd::roles
