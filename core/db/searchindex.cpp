// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"

#include "common/textfold.h"
#include "db/database.h"
#include "db/sqlhelpers.h"
#include "db/tables.h"
#include "db/transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace fd {

namespace {

QString what()
{
    return QCoreApplication::translate("Database", "Searching");
}

// "50%" typed by someone is text, not a pattern.
QString likePattern(const QString &word)
{
    QString escaped = word;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

QList<const Table *> SearchIndex::searchedTables()
{
    QList<const Table *> list;
    for (const Table *t : tables::all()) {
        if (t->hasRowVersion() && !t->columnNames(ColumnFlag::Search).isEmpty())
            list << t;
    }
    return list;
}

Result<int> SearchIndex::refresh()
{
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    int written = 0;
    for (const Table *t : searchedTables()) {
        const QStringList searched = t->columnNames(ColumnFlag::Search);
        const QStringList titled = t->columnNames(ColumnFlag::Search | ColumnFlag::Title);
        QStringList selected;
        for (const QString &c : searched)
            selected << QStringLiteral("t.") + c;
        // The rows whose entry is missing or older than the row.
        CachedQuery stale(m_db, QStringLiteral("SELECT t.id, t.row_version, t.uuid, %1 FROM %2 t LEFT JOIN search_entries s "
                                               "ON s.table_name = ? AND s.row_id = t.id "
                                               "WHERE s.row_version IS NULL OR s.row_version <> t.row_version OR s.row_uuid <> t.uuid")
                                    .arg(selected.join(QLatin1String(", ")), t->name()));
        stale->addBindValue(t->name());
        if (Status s = execQuery(stale, what()); !s)
            return s.error();
        struct Entry {
            qint64 id, version;
            QString uuid, title, folded;
        };
        QList<Entry> entries;
        while (stale->next()) {
            QStringList title, text;
            for (int i = 0; i < searched.size(); ++i) {
                const QString value = stale->value(3 + i).toString();
                text << value;
                if (titled.contains(searched.at(i)) && !value.isEmpty())
                    title << value;
            }
            entries.append({stale->value(0).toLongLong(), stale->value(1).toLongLong(), stale->value(2).toString(), title.join(QLatin1Char(' ')),
                            foldKey(text.join(QLatin1Char(' ')))});
        }
        stale->finish();
        for (const Entry &e : std::as_const(entries)) {
            CachedQuery up(m_db, QStringLiteral("INSERT INTO search_entries (table_name, row_id, row_uuid, row_version, title, folded) "
                                                "VALUES (?, ?, ?, ?, ?, ?) "
                                                "ON CONFLICT (table_name, row_id) DO UPDATE SET row_uuid = excluded.row_uuid, "
                                                "row_version = excluded.row_version, title = excluded.title, folded = excluded.folded"));
            up->addBindValue(t->name());
            up->addBindValue(e.id);
            up->addBindValue(e.uuid);
            up->addBindValue(e.version);
            up->addBindValue(nn(e.title));
            up->addBindValue(nn(e.folded));
            if (Status s = execQuery(up, what()); !s)
                return s.error();
        }
        written += int(entries.size());
        // Entries of rows that are gone.
        CachedQuery gone(m_db, QStringLiteral("DELETE FROM search_entries WHERE table_name = ? AND NOT EXISTS "
                                              "(SELECT 1 FROM %1 t WHERE t.id = search_entries.row_id)").arg(t->name()));
        gone->addBindValue(t->name());
        if (Status s = execQuery(gone, what()); !s)
            return s.error();
        written += gone->numRowsAffected();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return written;
}

Result<QList<SearchHit>> SearchIndex::find(const QString &text, int limit)
{
    const QStringList words = foldKey(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return QList<SearchHit>();
    // Bring the entries up to date if the database can be written now; while
    // another connection writes (a long import), search what is there.
    if (!m_db.isReadOnly())
        refresh();
    QStringList conditions;
    for (int i = 0; i < words.size(); ++i)
        conditions << QStringLiteral("folded LIKE ? ESCAPE '\\'");
    CachedQuery q(m_db, QStringLiteral("SELECT table_name, row_id, title FROM search_entries WHERE %1 ORDER BY title, table_name, row_id LIMIT ?")
                            .arg(conditions.join(QLatin1String(" AND "))));
    for (const QString &w : words)
        q->addBindValue(likePattern(w));
    q->addBindValue(limit);
    if (Status s = execQuery(q, what()); !s)
        return s.error();
    QList<SearchHit> hits;
    while (q->next()) {
        SearchHit h;
        h.table = q->value(0).toString();
        const Table *t = tables::find(h.table);
        h.entity = t ? t->entity() : Entity::Organisation;
        h.id = q->value(1).toLongLong();
        h.title = q->value(2).toString();
        hits << h;
    }
    return hits;
}

} // namespace fd
