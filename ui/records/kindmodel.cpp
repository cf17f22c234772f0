// SPDX-License-Identifier: GPL-3.0-or-later
#include "kindmodel.h"

#include "common/dates.h"
#include "common/textfold.h"
#include "db/database.h"
#include "db/tables.h"

#include <QLocale>

namespace fd {

KindModel::KindModel(Database &db, const RecordKind &kind, QObject *parent, qint64 parentId)
    : RecordTableModel(parent), m_db(db), m_kind(kind), m_parentId(parentId)
{
    for (const QString &name : kind.listColumns) {
        const fd::Column *c = kind.table->find(name);
        Q_ASSERT(c);
        auto &column = addColumn([c] { return columnLabel(*c); }, [c](const Record &r) -> QVariant { return displayText(*c, r); });
        switch (c->type) {
        case ColumnType::Date:
            // ISO text sorts as the dates do; with the newest first (the
            // lists' order), a record without a date comes last.
            column.sortBy([c](const Record &r) { return r.text(c->name); });
            break;
        case ColumnType::Integer:
        case ColumnType::BigInt:
            column.sortBy([c](const Record &r) { return r.value(c->name).toLongLong(); }).alignRight();
            break;
        default:
            if (!c->allowed.isEmpty())
                column.sortBy([c](const Record &r) { return int(c->allowed.indexOf(r.text(c->name))); });
            else if (c->has(ColumnFlag::Title))
                column.sortByRowKey();
            else
                column.sortBy([c](const Record &r) { return foldKey(displayText(*c, r)); });
        }
    }

    connect(db.notifier(), &Notifier::changed, this, &KindModel::onChanged);
    connect(db.notifier(), &Notifier::reset, this, [this](Entity e) {
        if (e == m_kind.table->entity())
            reload();
    });
    reload();
}

QString KindModel::displayText(const fd::Column &c, const Record &r)
{
    const QVariant v = r.value(c.name);
    switch (c.type) {
    case ColumnType::Date:
        return formatDate(fromDbDate(v));
    case ColumnType::Reference:
        return r.text(referenceTitleKey(c.name));
    case ColumnType::Bool:
        return v.toBool() ? tr("yes") : QString();
    case ColumnType::Integer:
    case ColumnType::BigInt:
        // 50.000 in German, 50,000 in English.
        return v.isNull() ? QString() : QLocale().toString(v.toLongLong());
    default:
        if (!c.allowed.isEmpty())
            return valueLabel(c, v.toString());
        return v.toString();
    }
}

void KindModel::reload()
{
    if (m_kind.isChild()) {
        auto rows = m_parentId > 0 ? Records(m_db, m_kind).listOf(m_parentId) : Result<QList<Record>>(QList<Record>());
        resetRows(rows ? *rows : QList<Record>());
        return;
    }
    auto all = Records(m_db, m_kind).list();
    setRows(all ? *all : QList<Record>());
}

void KindModel::setParentId(qint64 parentId)
{
    if (parentId == m_parentId)
        return;
    m_parentId = parentId;
    reload();
}

QString KindModel::filterText(const Record &r) const
{
    QStringList parts;
    for (const fd::Column &c : m_kind.table->columns()) {
        if (c.has(ColumnFlag::Search) || m_kind.listColumns.contains(c.name))
            parts << displayText(c, r);
    }
    return foldKey(parts.join(QLatin1Char(' ')));
}

QString KindModel::sortKey(const Record &r) const
{
    return foldKey(r.title());
}

void KindModel::onChanged(Entity entity, ChangeKind kind, const QList<qint64> &ids)
{
    if (entity == m_kind.table->entity()) {
        if (kind == ChangeKind::Removed) {
            removeRows(ids);
        } else {
            refreshRows(ids, [this](qint64 id) -> Result<Record> {
                auto r = Records(m_db, m_kind).byId(id);
                // Another record's row: not in this list.
                if (r && m_kind.isChild() && r->value(m_kind.parentColumn).toLongLong() != m_parentId)
                    return Error(Error::Code::NotFound, QString());
                return r;
            });
        }
        return;
    }
    // A member or person renamed: the names this list shows may be theirs.
    for (const fd::Column *c : m_kind.table->references()) {
        const Table *ref = tables::find(c->refTable);
        if (ref && ref->entity() == entity && kind != ChangeKind::Added) {
            reload();
            return;
        }
    }
}

} // namespace fd
