// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "db/notifier.h"

#include <QList>
#include <QString>

namespace fd {

class Database;
class Table;

// One hit of a search: which record, and its title as the lists write it.
struct SearchHit {
    QString table;
    Entity entity = Entity::Organisation;
    qint64 id = 0;
    QString title;
};

// The search over every kind of record. What is searched comes from the
// declarations: each table's Search columns feed one line of folded text per
// record (ignoring case and accents: "koln" finds Köln), and its Title
// columns name the hit. The entries follow the records by row version, so
// rows written any way (an edit, an import, a merged pack, an undo, the
// generator) are found: find() first brings stale entries up to date (one
// pass over each searched table's ids and versions, about 30 ms at 20,000
// people when nothing changed; when another connection is writing, it
// searches the entries as they are). A deleted record's entry goes with it
// (TableStore::remove), so its words do not stay behind.
class SearchIndex
{
public:
    explicit SearchIndex(Database &db) : m_db(db) {}

    // The declared tables that have Search columns.
    static QList<const Table *> searchedTables();

    // Brings the entries up to date; returns how many were written or removed.
    Result<int> refresh();

    // Records whose searchable text contains every word of `text`, by title, at most `limit`.
    Result<QList<SearchHit>> find(const QString &text, int limit = 50);

private:
    Database &m_db;
};

} // namespace fd
