// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

namespace fd {

class Database;

// A write transaction, rolled back unless committed. Nested transactions are
// savepoints, so a repository call inside an import joins the import's
// transaction and a failure inside can be undone on its own.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Status begin();
    Status commit();
    void rollback();


private:
    Database &m_db;
    bool m_active = false;
    int m_level = 0;
};

} // namespace fd
