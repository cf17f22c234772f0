// SPDX-License-Identifier: GPL-3.0-or-later
#include "declaredkind.h"

#include "common/dates.h"
#include "common/textfold.h"
#include "db/database.h"
#include "db/notifier.h"
#include "db/tables.h"
#include "db/rowio.h"
#include "records/publication.h"
#include "records/recordkind.h"

#include <QSet>

namespace fd {

namespace {

// "German|English" -> the word for the file's language.
QString word(const Column &c, int index, bool german)
{
    if (index < 0 || index >= c.words.size())
        return index >= 0 && index < c.allowed.size() ? c.allowed.at(index) : QString();
    const QStringList pair = c.words.at(index).split(QLatin1Char('|'));
    return german ? pair.value(0) : pair.value(1, pair.value(0));
}

QList<const Column *> csvColumns(const Table &t)
{
    QList<const Column *> list;
    for (const Column &c : t.columns()) {
        if (c.has(ColumnFlag::Csv) && c.csvEn)
            list << &c;
    }
    return list;
}

ExportCell cellFor(const Column &c, const QVariantMap &row, bool german)
{
    const QVariant v = row.value(c.name);
    switch (c.type) {
    case ColumnType::Reference:
        // The name of what it refers to, as people read it (and the import finds it by).
        return ExportCell::text(row.value(referenceTitleKey(c.name)).toString());
    case ColumnType::Integer:
    case ColumnType::BigInt:
        return ExportCell::integer(v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong()));
    case ColumnType::Date:
        return ExportCell::date(fromDbDate(v));
    case ColumnType::Timestamp: {
        const QDateTime t = fromDbTimestamp(v).toLocalTime();
        return ExportCell::dateTime(t.date(), t.time());
    }
    case ColumnType::Bool:
        return ExportCell::text(v.toBool() ? (german ? QStringLiteral("ja") : QStringLiteral("yes")) : (german ? QStringLiteral("nein") : QStringLiteral("no")));
    default:
        if (!c.allowed.isEmpty())
            return ExportCell::text(word(c, int(c.allowed.indexOf(v.toString())), german));
        return ExportCell::text(v.toString());
    }
}

Result<qint64> createPublication(Database &db, const QVariantMap &row)
{
    auto created = Publications(db).create(Publications::fromRow(row));
    if (!created)
        return created.error();
    return created->id;
}

Result<QList<QVariantMap>> publicationRows(Database &db)
{
    auto list = Publications(db).list();
    if (!list)
        return list.error();
    QList<QVariantMap> rows;
    for (const Publication &p : std::as_const(*list))
        rows << Publications::toRow(p);
    return rows;
}

// A kind whose records are read and written by Records alone.
DeclaredKind fromRecordKind(const RecordKind &k)
{
    DeclaredKind d;
    d.name = k.name;
    d.table = k.table;
    d.title = k.plural;
    d.rows = [&k](Database &db) -> Result<QList<QVariantMap>> {
        auto list = Records(db, k).list();
        if (!list)
            return list.error();
        QList<QVariantMap> rows;
        rows.reserve(list->size());
        for (const Record &r : std::as_const(*list))
            rows << r.values;
        return rows;
    };
    d.check = [&k](const QVariantMap &row) {
        // Only the columns the file has: the others take their defaults.
        QVariantMap values = row;
        return Records::check(k, values);
    };
    if (!k.identityColumns.isEmpty()) {
        d.identity = [&k](const QVariantMap &row) -> QString {
            QStringList parts;
            for (const QString &c : k.identityColumns)
                parts << foldKey(row.value(c).toString().simplified());
            return parts.join(QLatin1Char('|'));
        };
    }
    d.create = [&k](Database &db, const QVariantMap &row) -> Result<qint64> {
        auto created = Records(db, k).create(row);
        if (!created)
            return created.error();
        return created->id;
    };
    return d;
}

} // namespace

DeclaredKind publicationsKind();

const QList<DeclaredKind> &declaredKinds()
{
    static const QList<DeclaredKind> kinds = [] {
        QList<DeclaredKind> list;
        for (const RecordKind &k : recordKinds()) {
            list << fromRecordKind(k);
            // Publications come where the annual report has them: after the media.
            if (k.name == QLatin1String("media-requests"))
                list << publicationsKind();
        }
        // The rows within records (a survey's answers), with their record by name.
        for (const RecordKind &k : childKinds())
            list << fromRecordKind(k);
        return list;
    }();
    return kinds;
}

DeclaredKind publicationsKind()
{
    return {QStringLiteral("publications"), &tables::publications(), QT_TRANSLATE_NOOP("Kinds", "Publications"), publicationRows,
         [](const QVariantMap &row) {
             Publication p = Publications::fromRow(row);
             Publications::normalise(p);
             return validate(p);
         },
         // Explicitly a QString: QStringBuilder would refer to temporaries gone after the return.
         [](const QVariantMap &row) -> QString {
             return foldKey(row.value(QStringLiteral("title")).toString().simplified()) + QLatin1Char('|') + row.value(QStringLiteral("year")).toString();
         },
         createPublication};
}

QString canonicalKind(const QString &name)
{
    // Short words people type on the command line, for the longer names.
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("networkroles"), QStringLiteral("network-roles")}, {QStringLiteral("media"), QStringLiteral("media-requests")},
        {QStringLiteral("applications"), QStringLiteral("funding-applications")}, {QStringLiteral("staff"), QStringLiteral("team")}};
    return aliases.value(name, name);
}

const DeclaredKind *findDeclaredKind(const QString &name)
{
    const QString wanted = canonicalKind(name);
    for (const DeclaredKind &k : declaredKinds()) {
        if (k.name == wanted)
            return &k;
    }
    return nullptr;
}

QString csvColumnsMarkdown()
{
    QString md = QStringLiteral("# CSV columns of the year's records\n\n"
                                "Generated from the table declarations (`forumdesk-cli columns`); a test keeps this file the same as "
                                "what the program reads and writes. A file may use the German or the English header names, in any "
                                "order; columns not listed are ignored. Dates are written `4.7.2024` or `2024-07-04`; a member, a "
                                "person or the record a row belongs to is written by its name.\n");
    for (const DeclaredKind &k : declaredKinds()) {
        md += QStringLiteral("\n## %1 (`%2`)\n\n| German | English | Takes | Required |\n|---|---|---|---|\n")
                  .arg(QString::fromUtf8(k.title), k.name);
        for (const Column *c : csvColumns(*k.table)) {
            QString takes;
            switch (c->type) {
            case ColumnType::Date: takes = QStringLiteral("a date"); break;
            case ColumnType::Integer:
            case ColumnType::BigInt: takes = QStringLiteral("a whole number"); break;
            case ColumnType::Bool: takes = QStringLiteral("ja/nein or yes/no"); break;
            case ColumnType::Reference: {
                const Table *ref = tables::find(c->refTable);
                takes = QStringLiteral("the name of a record of `%1`").arg(ref ? ref->name() : c->refTable);
                break;
            }
            default:
                if (!c->allowed.isEmpty()) {
                    QStringList words;
                    for (int i = 0; i < c->allowed.size(); ++i)
                        words << QStringLiteral("%1 / %2").arg(word(*c, i, true), word(*c, i, false));
                    takes = QStringLiteral("one of: ") + words.join(QLatin1String("; "));
                } else if (c->maxBytes == TextSize::Link) {
                    takes = QStringLiteral("a web address (https://…)");
                } else {
                    takes = QStringLiteral("text, up to %1 bytes").arg(c->maxBytes);
                }
            }
            const bool required = c->has(ColumnFlag::NonEmpty) || (c->has(ColumnFlag::NotNull) && c->defaultSql.isEmpty());
            md += QStringLiteral("| %1 | %2 | %3 | %4 |\n").arg(c->csvDe, QString::fromUtf8(c->csvEn), takes,
                                                                required ? QStringLiteral("yes") : QString());
        }
    }
    return md;
}

Result<ExportTable> declaredExportTable(Database &db, const DeclaredKind &kind, bool german)
{
    auto rows = kind.rows(db);
    if (!rows)
        return rows.error();
    ExportTable table;
    table.title = QCoreApplication::translate("Kinds", kind.title);
    const QList<const Column *> columns = csvColumns(*kind.table);
    for (const Column *c : columns)
        table.headers << (german ? c->csvDe : QString::fromUtf8(c->csvEn));
    for (const QVariantMap &row : std::as_const(*rows)) {
        QList<ExportCell> cells;
        for (const Column *c : columns)
            cells << cellFor(*c, row, german);
        table.rows << cells;
    }
    return table;
}

QList<ColumnSpec> DeclaredImporter::columns() const
{
    QList<ColumnSpec> specs;
    for (const Column *c : csvColumns(*m_kind.table)) {
        ColumnSpec s;
        s.key = c->name;
        s.aliases = {c->csvDe, QString::fromUtf8(c->csvEn)};
        s.required = c->has(ColumnFlag::NonEmpty) || (c->has(ColumnFlag::NotNull) && c->defaultSql.isEmpty());
        // What the declaration allows comes back in: an exported 1,000-character title imports again.
        s.maxLength = qBound(CsvLimits::MaxShortFieldLength, c->maxBytes, CsvLimits::MaxFieldLength);
        specs << s;
    }
    return specs;
}

const QMultiHash<QString, qint64> &DeclaredImporter::referenced(const QString &table)
{
    auto it = m_references.find(table);
    if (it != m_references.end())
        return *it;
    QMultiHash<QString, qint64> byTitle;
    if (const Table *t = tables::find(table)) {
        auto rows = selectRows(m_db, QStringLiteral("SELECT r.id AS id, %1 AS title FROM %2 r").arg(titleExpression(*t), t->name()));
        if (rows) {
            for (const QVariantMap &r : std::as_const(*rows))
                byTitle.insert(foldKey(r.value(QStringLiteral("title")).toString().simplified()), r.value(QStringLiteral("id")).toLongLong());
        }
    }
    return *m_references.insert(table, byTitle);
}

void DeclaredImporter::reset()
{
    m_references.clear();
    m_planned.clear();
    m_inFile.clear();
    m_existing.clear();
    m_existingLoaded = false;
}

void DeclaredImporter::prepareRecord(const CsvRecord &record, const ColumnMap &columns, ImportReport &report, PreviewRow &row)
{
    if (!m_existingLoaded && m_kind.identity) {
        if (auto rows = m_kind.rows(m_db)) {
            for (const QVariantMap &r : std::as_const(*rows))
                m_existing.insert(m_kind.identity(r));
        }
        m_existingLoaded = true;
    }
    const int line = record.line;
    const int errorsBefore = report.errorCount();
    QVariantMap values;
    for (const Column *c : csvColumns(*m_kind.table)) {
        if (!columns.has(c->name))
            continue;
        const QString header = columns.headerName(c->name);
        const QString text = columns.value(record, c->name).trimmed();
        if (text.isEmpty()) {
            if (c->has(ColumnFlag::NonEmpty) || (c->has(ColumnFlag::NotNull) && c->defaultSql.isEmpty()))
                report.error(line, header, tr("The value is missing."));
            continue;
        }
        switch (c->type) {
        case ColumnType::Integer:
        case ColumnType::BigInt: {
            bool ok = false;
            const qlonglong n = text.toLongLong(&ok);
            if (ok)
                values.insert(c->name, n);
            else
                report.error(line, header, tr("\"%1\" is not a whole number.").arg(text));
            break;
        }
        case ColumnType::Date:
            values.insert(c->name, toDbDate(parseDateCell(text, line, header, report)));
            break;
        case ColumnType::Bool:
            if (auto yes = parseYesNoCell(text, line, header, report))
                values.insert(c->name, bool(*yes));
            break;
        case ColumnType::Reference: {
            // By the name it is known by (a member's name, a person's first
            // and last name), case and accents ignored.
            const QList<qint64> ids = referenced(c->refTable).values(foldKey(text.simplified()));
            if (ids.size() == 1)
                values.insert(c->name, ids.first());
            else if (ids.isEmpty())
                report.error(line, header, tr("\"%1\" is not known here.").arg(text));
            else
                report.error(line, header, tr("\"%1\" names %n records; make the name unique first.", nullptr, int(ids.size())).arg(text));
            break;
        }
        default:
            if (!c->allowed.isEmpty()) {
                // The key, or the German or English word for it, case and accents ignored.
                QString key;
                const QString folded = foldKey(text);
                QStringList offered;
                for (int i = 0; i < c->allowed.size(); ++i) {
                    const QString de = word(*c, i, true), en = word(*c, i, false);
                    offered << de;
                    if (folded == foldKey(c->allowed.at(i)) || folded == foldKey(de) || folded == foldKey(en))
                        key = c->allowed.at(i);
                }
                if (key.isEmpty())
                    report.error(line, header, tr("\"%1\" is not one of: %2.").arg(text, offered.join(QLatin1String(", "))));
                else
                    values.insert(c->name, key);
            } else {
                values.insert(c->name, text);
            }
        }
    }
    if (report.errorCount() > errorsBefore)
        return;
    reportFieldErrors(m_kind.check(values), line, columns, report);
    if (report.errorCount() > errorsBefore)
        return;
    if (m_kind.identity) {
        const QString key = m_kind.identity(values);
        if (m_existing.contains(key)) {
            row.status = RowStatus::Duplicate;
            row.message = tr("This record exists already; the row is skipped.");
            report.warning(line, QString(), row.message);
            return;
        }
        if (m_inFile.contains(key)) {
            row.status = RowStatus::Duplicate;
            row.message = tr("The same record appears already on line %1; the row is skipped.").arg(m_inFile.value(key));
            report.warning(line, QString(), row.message);
            return;
        }
        m_inFile.insert(key, line);
    }
    m_planned << values;
}

Status DeclaredImporter::write(ImportReport &report, const ProgressFn &progress)
{
    qint64 done = 0;
    for (const QVariantMap &values : std::as_const(m_planned)) {
        auto created = m_kind.create(m_db, values);
        if (!created)
            return created.error();
        report.createdIds[m_kind.table->name()].append(*created);
        if (progress && !progress(++done, m_planned.size()))
            return Error(Error::Code::Cancelled, tr("The import was cancelled; nothing was imported."));
    }
    return {};
}

void DeclaredImporter::notifyWritten()
{
    m_db.notifier()->entityReset(m_kind.table->entity());
}

} // namespace fd
