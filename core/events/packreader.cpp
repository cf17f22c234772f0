// SPDX-License-Identifier: GPL-3.0-or-later
#include "packreader.h"

#include "events/packformat.h"

#include "common/dates.h"
#include "db/dialect.h"
#include "db/migrations.h"
#include "db/sqlhelpers.h"

#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace fd {

using namespace pack;

namespace {

constexpr qint64 MiB = 1024 * 1024;

// A name or value from the file, for a message: one line, not too long.
QString shown(const QString &text)
{
    QString s = text.left(200).simplified();
    for (QChar &c : s) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QChar(u'?');
    }
    return s.size() > 120 ? s.left(119) + QChar(0x2026) : s;
}

// The pack's own connection; closed and removed when the reader is done.
struct Connection {
    QString name;
    ~Connection()
    {
        if (name.isEmpty())
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
};

struct SchemaRow {
    QString type;
    QString name;
    QString table;
    QVariant sql;
};

class Reader
{
public:
    explicit Reader(const QString &path) : m_path(path), m_file(QFileInfo(path).fileName()) {}

    Result<PackContents> read()
    {
        if (Status s = checkFile(); !s)
            return s.error();
        if (Status s = open(); !s)
            return s.error();
        if (Status s = readSchema(); !s)
            return s.error();
        if (Status s = readMeta(); !s)
            return s.error();
        if (Status s = checkObjects(); !s)
            return s.error();
        for (const pack::Table &t : tables()) {
            if (t.name == Meta)
                continue;
            if (Status s = checkColumns(t); !s)
                return s.error();
            if (Status s = readTable(t); !s)
                return s.error();
        }
        return contents();
    }

private:
    Error refuse(const QString &message, const QString &field = QString()) const
    {
        return Error(Error::Code::Format, message).at(m_path, 0, field);
    }

    Error damaged(const QSqlError &error) const
    {
        return refuse(PackReader::tr("%1 is damaged or not an on-site pack, and cannot be read.").arg(m_file)).withDetail(error.text());
    }

    QSqlDatabase db() const { return QSqlDatabase::database(m_connection.name, false); }

    Status checkFile()
    {
        const QFileInfo info(m_path);
        if (!info.exists())
            return Error(Error::Code::NotFound, PackReader::tr("The pack %1 does not exist.").arg(m_file)).at(m_path);
        // Not a folder, pipe or device: opening those could hang.
        if (!info.isFile())
            return refuse(PackReader::tr("%1 is not a file: it is not an on-site pack.").arg(m_file));
        if (info.size() == 0)
            return refuse(PackReader::tr("%1 is empty: it is not an on-site pack.").arg(m_file));
        if (info.size() > MaxFileBytes)
            return refuse(PackReader::tr("%1 is %2 MB; an on-site pack of one event is at most %3 MB. It is not merged.")
                              .arg(m_file)
                              .arg((info.size() + MiB - 1) / MiB)
                              .arg(MaxFileBytes / MiB));
        // A pack still open on the laptop, or not closed properly, has its latest changes beside it.
        for (const char *suffix : {"-wal", "-journal"}) {
            if (QFileInfo(m_path + QLatin1String(suffix)).size() > 0)
                return Error(Error::Code::Io, PackReader::tr("The pack is still open in ForumDesk on another computer, or was not closed "
                                                             "properly: its latest changes are not in the file yet. Close ForumDesk there, "
                                                             "then copy the pack again."))
                    .at(m_path);
        }
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly))
            return Error(Error::Code::Io, PackReader::tr("%1 cannot be read (%2).").arg(m_file, file.errorString())).at(m_path);
        if (file.read(16) != QByteArray("SQLite format 3\0", 16))
            return refuse(PackReader::tr("%1 is not an on-site pack (it is not a ForumDesk file).").arg(m_file));
        return {};
    }

    Status open()
    {
        static QAtomicInt counter;
        m_connection.name = QStringLiteral("forumdesk-pack-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
        QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection.name);
        // immutable=1: SQLite neither writes nor locks the file, and creates no -wal, -shm or -journal beside it
        // (mode=ro would create -wal and -shm for a file in WAL mode). The pack is not written while it is read.
        conn.setDatabaseName(QUrl::fromLocalFile(QFileInfo(m_path).absoluteFilePath()).toString(QUrl::FullyEncoded)
                             + QStringLiteral("?immutable=1"));
        conn.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        if (!conn.open())
            return damaged(conn.lastError());
        // No function the file's schema names runs; nothing is written even by mistake.
        for (const char *pragma : {"PRAGMA trusted_schema = OFF", "PRAGMA query_only = ON", "PRAGMA cell_size_check = ON"}) {
            QSqlQuery q(conn);
            if (!q.exec(QLatin1String(pragma)))
                return damaged(q.lastError());
        }
        QSqlQuery check(conn);
        if (!check.exec(QStringLiteral("PRAGMA trusted_schema")) || !check.next() || check.value(0).toInt() != 0)
            return Error(Error::Code::Database, PackReader::tr("This SQLite library is too old to read on-site packs safely; "
                                                               "ForumDesk needs SQLite 3.37 or later."));
        return {};
    }

    // The schema as SQLite reads it; views, triggers and other objects are refused before any of them is used.
    Status readSchema()
    {
        {
            QSqlQuery count(db());
            if (!count.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !count.next())
                return damaged(count.lastError());
            if (count.value(0).toLongLong() > MaxSchemaObjects)
                return refuse(PackReader::tr("%1 holds %2 tables and other objects; a pack has far fewer. It was changed outside "
                                             "ForumDesk and is not merged.")
                                  .arg(m_file)
                                  .arg(count.value(0).toLongLong()));
        }
        QSqlQuery q(db());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master")))
            return damaged(q.lastError());
        while (q.next()) {
            const SchemaRow row{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3)};
            if (row.type == QLatin1String("view"))
                return refuse(PackReader::tr("The pack holds a view \"%1\"; ForumDesk writes only tables into a pack. It was changed "
                                             "outside ForumDesk and is not merged.")
                                  .arg(shown(row.name)));
            if (row.type == QLatin1String("trigger"))
                return refuse(PackReader::tr("The pack holds a trigger \"%1\", which ForumDesk never writes. It was changed outside "
                                             "ForumDesk and is not merged.")
                                  .arg(shown(row.name)));
            if (row.type != QLatin1String("table") && row.type != QLatin1String("index"))
                return refuse(PackReader::tr("The pack holds \"%1\" of the kind \"%2\", which ForumDesk never writes. It was changed "
                                             "outside ForumDesk and is not merged.")
                                  .arg(shown(row.name), shown(row.type)));
            m_schema << row;
        }
        if (q.lastError().isValid())
            return damaged(q.lastError());
        q.finish();
        // Only now that no view is left: listing tables compiles views to count their columns.
        QSqlQuery list(db());
        if (!list.exec(QStringLiteral("PRAGMA main.table_list")))
            return Error(Error::Code::Database, PackReader::tr("This SQLite library is too old to read on-site packs safely; "
                                                               "ForumDesk needs SQLite 3.37 or later."))
                .withDetail(list.lastError().text());
        while (list.next()) {
            // A plain table: not virtual, not a shadow table of one, and with rowids.
            const bool plain = list.value(2).toString() == QLatin1String("table") && list.value(4).toInt() == 0;
            m_plainTables.insert(list.value(1).toString(), plain);
        }
        return {};
    }

    const SchemaRow *schemaRow(const QString &name) const
    {
        for (const SchemaRow &row : m_schema) {
            if (row.name.compare(name, Qt::CaseInsensitive) == 0)
                return &row;
        }
        return nullptr;
    }

    Status readMeta()
    {
        const SchemaRow *meta = schemaRow(Meta);
        if (!meta || meta->type != QLatin1String("table"))
            return refuse(PackReader::tr("%1 is not an on-site pack.").arg(m_file));
        if (Status s = checkColumns(table(Meta)); !s)
            return s;
        if (Status s = readTable(table(Meta)); !s)
            return s;
        for (const QVariantMap &row : std::as_const(m_rows[Meta]))
            m_meta.insert(row.value(QStringLiteral("key")).toString(), row.value(QStringLiteral("value")).toString());
        if (m_meta.value(QStringLiteral("kind")) != KindPack)
            return refuse(PackReader::tr("%1 is not an on-site pack.").arg(m_file));
        bool ok = false;
        const int version = m_meta.value(QStringLiteral("schema_version")).toInt(&ok);
        if (!ok || version < 1)
            return refuse(PackReader::tr("%1 is damaged: it has no database version.").arg(m_file), QStringLiteral("schema_version"));
        if (version > latestSchemaVersion())
            return refuse(PackReader::tr("%1 was written by a newer ForumDesk (database version %2; this one reads up to %3). "
                                         "Update ForumDesk to merge it.")
                              .arg(m_file)
                              .arg(version)
                              .arg(latestSchemaVersion()));
        if (version < latestSchemaVersion())
            return refuse(PackReader::tr("%1 was written by an older ForumDesk (database version %2; this one merges version %3). "
                                         "Open the pack once in this version of ForumDesk, close it, then merge it.")
                              .arg(m_file)
                              .arg(version)
                              .arg(latestSchemaVersion()));
        return {};
    }

    // Only the tables and indexes ForumDesk itself writes into a pack: those of its schema (the migrations),
    // the pack's own tables, and the indexes SQLite makes for their UNIQUE and PRIMARY KEY constraints.
    Status checkObjects() const
    {
        QHash<QString, SchemaObject> allowed;
        for (const SchemaObject &o : schemaObjects(SqlDialect(SqlDialect::Backend::SQLite)))
            allowed.insert(o.name.toLower(), o);
        for (const pack::Table &t : tables()) {
            if (t.packOnly)
                allowed.insert(t.name.toLower(), SchemaObject{QStringLiteral("table"), t.name, t.name, t.createStatement()});
        }
        auto isTable = [&](const QString &name) {
            const auto it = allowed.constFind(name.toLower());
            return it != allowed.constEnd() && it->type == QLatin1String("table");
        };
        for (const SchemaRow &row : m_schema) {
            const auto it = allowed.constFind(row.name.toLower());
            if (row.type == QLatin1String("table")) {
                if (!isTable(row.name))
                    return refuse(PackReader::tr("The pack holds a table \"%1\" that ForumDesk does not write. It was changed outside "
                                                 "ForumDesk and is not merged.")
                                      .arg(shown(row.name)));
                if (!m_plainTables.value(row.name))
                    return refuse(PackReader::tr("The table \"%1\" in the pack is not a plain table. It was changed outside ForumDesk "
                                                 "and is not merged.")
                                      .arg(shown(row.name)));
                continue;
            }
            const bool automatic = row.name.startsWith(QLatin1String("sqlite_autoindex_")) && row.sql.isNull() && isTable(row.table);
            const bool ours = it != allowed.constEnd() && it->type == QLatin1String("index")
                && it->table.compare(row.table, Qt::CaseInsensitive) == 0 && row.sql.toString().simplified() == it->sql.simplified();
            if (!automatic && !ours)
                return refuse(PackReader::tr("The pack holds an index \"%1\" that ForumDesk does not write. It was changed outside "
                                             "ForumDesk and is not merged.")
                                  .arg(shown(row.name)));
        }
        return {};
    }

    // The table exists as a plain table with exactly the format's columns, each of its declared type,
    // none computed by SQL: only then are its columns named in a query.
    Status checkColumns(const pack::Table &t) const
    {
        const SchemaRow *row = schemaRow(t.name);
        if (!row || row->type != QLatin1String("table"))
            return refuse(PackReader::tr("The pack lacks the table \"%1\": it is damaged, or not an on-site pack.").arg(t.name));
        if (!m_plainTables.value(row->name))
            return refuse(PackReader::tr("The table \"%1\" in the pack is not a plain table. It was changed outside ForumDesk and is not "
                                         "merged.")
                              .arg(t.name));
        QSqlQuery q(db());
        if (!q.exec(QStringLiteral("PRAGMA main.table_xinfo(%1)").arg(quoteIdentifier(t.name))))
            return damaged(q.lastError());
        QSet<QString> seen;
        while (q.next()) {
            const QString name = q.value(1).toString();
            const QString type = q.value(2).toString();
            const int hidden = q.value(6).toInt();
            const pack::Column *c = t.column(name);
            if (!c)
                return refuse(PackReader::tr("The table \"%1\" in the pack has a column \"%2\" that ForumDesk does not write. It was "
                                             "changed outside ForumDesk and is not merged.")
                                  .arg(t.name, shown(name)),
                              t.name);
            if (hidden != 0)
                return refuse(PackReader::tr("The column \"%2\" of the table \"%1\" in the pack is computed by SQL. It was changed "
                                             "outside ForumDesk and is not merged.")
                                  .arg(t.name, c->name),
                              t.name + QLatin1Char('.') + c->name);
            if (type.toUpper() != c->sqlType())
                return refuse(PackReader::tr("The column \"%2\" of the table \"%1\" in the pack is declared as \"%3\", not as %4. It was "
                                             "changed outside ForumDesk and is not merged.")
                                  .arg(t.name, c->name, shown(type), c->sqlType()),
                              t.name + QLatin1Char('.') + c->name);
            seen.insert(name);
        }
        if (q.lastError().isValid())
            return damaged(q.lastError());
        for (const pack::Column &c : t.columns) {
            if (!seen.contains(c.name))
                return refuse(PackReader::tr("The table \"%1\" in the pack lacks the column \"%2\": it is damaged, or not an on-site pack.")
                                  .arg(t.name, c.name),
                              t.name + QLatin1Char('.') + c.name);
        }
        return {};
    }

    QString valueError(const pack::Table &t, qint64 rowid, const pack::Column &c, const QString &typeOf, const QVariant &bytes, const QVariant &value) const
    {
        const QString at = QString::number(rowid);
        if (typeOf == QLatin1String("null"))
            return c.presence == Presence::Optional ? QString()
                                                    : PackReader::tr("Row %1 of the table \"%2\" in the pack has no value in the column "
                                                                     "\"%3\", which needs one. The pack is not merged.")
                                                          .arg(at, t.name, c.name);
        if (typeOf != (c.isInteger() ? QLatin1String("integer") : QLatin1String("text"))) {
            const QString found = typeOf == QLatin1String("blob") ? PackReader::tr("binary data")
                : typeOf == QLatin1String("real")                 ? PackReader::tr("a decimal number")
                : typeOf == QLatin1String("integer")              ? PackReader::tr("a number")
                                                                  : PackReader::tr("text");
            return PackReader::tr("Row %1 of the table \"%2\" in the pack holds %3 in the column \"%4\", where ForumDesk writes %5. "
                                  "The pack is not merged.")
                .arg(at, t.name, found, c.name, c.isInteger() ? PackReader::tr("a whole number") : PackReader::tr("text"));
        }
        if (!c.isInteger() && bytes.toLongLong() > c.maxBytes)
            return PackReader::tr("Row %1 of the table \"%2\" in the pack holds %3 bytes in the column \"%4\"; a pack may hold at most %5 "
                                  "there. The pack is not merged.")
                .arg(at, t.name)
                .arg(bytes.toLongLong())
                .arg(c.name)
                .arg(c.maxBytes);
        const QString text = value.toString();
        QString expected;
        switch (c.kind) {
        case ColumnKind::Id:
            if (value.toLongLong() <= 0)
                expected = PackReader::tr("a key (a number above 0)");
            break;
        case ColumnKind::Bool:
            if (value.toLongLong() != 0 && value.toLongLong() != 1)
                expected = PackReader::tr("0 or 1");
            break;
        case ColumnKind::Integer:
            break;
        case ColumnKind::Uuid: {
            const QUuid uuid = QUuid::fromString(text);
            if (uuid.isNull() || uuidToDb(uuid) != text)
                expected = PackReader::tr("a UUID");
            break;
        }
        case ColumnKind::Date:
            if (text.size() != 10 || !QDate::fromString(text, Qt::ISODate).isValid())
                expected = PackReader::tr("a date (YYYY-MM-DD)");
            break;
        case ColumnKind::Time:
            if (!fromDbTime(text).isValid())
                expected = PackReader::tr("a time of day");
            break;
        case ColumnKind::Timestamp:
            if (!fromDbTimestamp(text).isValid())
                expected = PackReader::tr("a date and time");
            break;
        case ColumnKind::Text:
            if (!c.allowed.isEmpty() && !c.allowed.contains(text))
                expected = PackReader::tr("one of: %1").arg(c.allowed.join(QLatin1String(", ")));
            else if (c.presence == Presence::NonEmpty && text.isEmpty())
                return PackReader::tr("Row %1 of the table \"%2\" in the pack has no value in the column \"%3\", which needs one. "
                                      "The pack is not merged.")
                    .arg(at, t.name, c.name);
            break;
        }
        if (expected.isEmpty())
            return QString();
        return PackReader::tr("Row %1 of the table \"%2\" in the pack holds \"%3\" in the column \"%4\", which is not %5. "
                              "The pack is not merged.")
            .arg(at, t.name, shown(text), c.name, expected);
    }

    // Every carried column by name; a value is handed over only once its type and size are known to fit.
    Status readTable(const pack::Table &t)
    {
        const QString quotedTable = quoteIdentifier(t.name);
        {
            QSqlQuery count(db());
            if (!count.exec(QStringLiteral("SELECT count(*) FROM %1").arg(quotedTable)) || !count.next())
                return damaged(count.lastError());
            if (count.value(0).toLongLong() > t.maxRows)
                return refuse(PackReader::tr("The table \"%1\" in the pack has %2 rows; a pack of one event holds at most %3. "
                                             "The pack is not merged.")
                                  .arg(t.name)
                                  .arg(count.value(0).toLongLong())
                                  .arg(t.maxRows),
                              t.name);
        }
        QList<pack::Column> columns;
        QStringList select{QStringLiteral("rowid")};
        for (const pack::Column &c : t.columns) {
            if (!c.carried)
                continue;
            columns << c;
            const QString q = quoteIdentifier(c.name);
            // typeof() reads no value; length() of text does, but only up to the file's size.
            select << QStringLiteral("typeof(%1)").arg(q)
                   << QStringLiteral("CASE WHEN typeof(%1) = 'text' THEN length(CAST(%1 AS BLOB)) END").arg(q)
                   << QStringLiteral("CASE WHEN typeof(%1) = 'integer' OR (typeof(%1) = 'text' AND length(CAST(%1 AS BLOB)) <= %2) "
                                     "THEN %1 END")
                          .arg(q)
                          .arg(c.maxBytes);
        }
        QSqlQuery q(db());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY rowid").arg(select.join(QLatin1String(", ")), quotedTable)))
            return damaged(q.lastError());
        QList<QVariantMap> rows;
        QList<QSet<QString>> uniques(t.unique.size());
        while (q.next()) {
            const qint64 rowid = q.value(0).toLongLong();
            QVariantMap row;
            for (int i = 0; i < columns.size(); ++i) {
                const pack::Column &c = columns.at(i);
                const QVariant value = q.value(3 + 3 * i);
                const QString error = valueError(t, rowid, c, q.value(1 + 3 * i).toString(), q.value(2 + 3 * i), value);
                if (!error.isEmpty())
                    return refuse(error, t.name + QLatin1Char('.') + c.name);
                row.insert(c.name, value);
            }
            for (int u = 0; u < t.unique.size(); ++u) {
                QStringList key;
                for (const QString &c : t.unique.at(u))
                    key << norm(row.value(c));
                const QString joined = key.join(QChar(0x1F));
                if (uniques[u].contains(joined))
                    return refuse(PackReader::tr("The table \"%1\" in the pack holds %2 \"%3\" twice: it is damaged, and not merged.")
                                      .arg(t.name, t.unique.at(u).join(QLatin1String(", ")), shown(key.join(QLatin1String(", ")))),
                                  t.name);
                uniques[u].insert(joined);
            }
            rows << row;
        }
        if (q.lastError().isValid())
            return damaged(q.lastError());
        m_rows.insert(t.name, rows);
        return {};
    }

    Result<PackContents> contents() const
    {
        PackContents c;
        c.rows = m_rows;
        auto uuid = [&](const char *key) -> Result<QUuid> {
            const QString text = m_meta.value(QLatin1String(key));
            const QUuid u = QUuid::fromString(text);
            if (u.isNull() || uuidToDb(u) != text)
                return refuse(PackReader::tr("%1 is damaged: its \"%2\" is not a UUID.").arg(m_file, QLatin1String(key)), QLatin1String(key));
            return u;
        };
        auto packUuid = uuid("pack_uuid");
        auto source = uuid("pack_source_database");
        auto event = uuid("pack_event_uuid");
        for (const auto *r : {&packUuid, &source, &event}) {
            if (!*r)
                return r->error();
        }
        c.info.packUuid = *packUuid;
        c.info.sourceDatabase = *source;
        c.info.eventUuid = *event;
        c.info.eventTitle = m_meta.value(QStringLiteral("pack_event_title")).left(MaxNameBytes);
        c.info.exportedAt = fromDbTimestamp(m_meta.value(QStringLiteral("pack_exported_at")));
        for (const QVariantMap &e : c.rows.value(Events)) {
            if (e.value(QStringLiteral("uuid")).toString() == uuidToDb(c.info.eventUuid))
                c.eventId = e.value(QStringLiteral("id")).toLongLong();
        }
        if (!c.eventId)
            return refuse(PackReader::tr("The pack does not hold its event: it is damaged. Make a new pack of the event in the office."));
        return c;
    }

    const QString m_path;
    const QString m_file;
    Connection m_connection; // before the queries of any member function: closed last
    QList<SchemaRow> m_schema;
    QHash<QString, bool> m_plainTables;
    QHash<QString, QString> m_meta;
    QHash<QString, QList<QVariantMap>> m_rows;
};

} // namespace

Result<PackContents> PackReader::read(const QString &path)
{
    Reader reader(path);
    return reader.read();
}

} // namespace fd
