// SPDX-License-Identifier: GPL-3.0-or-later
#include "publicationmodel.h"

#include "common/textfold.h"
#include "db/database.h"

#include <QPalette>

namespace fd {

PublicationModel::PublicationModel(Database &db, QObject *parent) : RecordTableModel(parent), m_db(db)
{
    addColumn([] { return tr("Year"); }, [](const Publication &p) { return p.year; }).alignRight();
    addColumn([] { return tr("Title"); }, [](const Publication &p) { return p.title; })
        .sortBy([](const Publication &p) { return foldKey(p.title); })
        .withTooltip([](const Publication &p) { return p.link.isEmpty() ? QVariant() : QVariant(p.link); });
    addColumn([] { return tr("Authors"); }, [](const Publication &p) { return p.authors; });
    addColumn([] { return tr("Published in"); }, [](const Publication &p) { return p.venue; });
    addColumn([] { return tr("Status"); }, [](const Publication &p) { return publicationStatusLabel(p.status); })
        .sortBy([](const Publication &p) { return int(p.status); });
    Q_ASSERT(columnCount() == ColumnCount);

    connect(db.notifier(), &Notifier::changed, this, &PublicationModel::onChanged);
    connect(db.notifier(), &Notifier::reset, this, [this](Entity e) {
        if (e == Entity::Publication)
            reload();
    });
    reload();
}

void PublicationModel::reload()
{
    auto all = Publications(m_db).list();
    setRows(all ? *all : QList<Publication>());
}

QString PublicationModel::filterText(const Publication &p) const
{
    return foldKey(QStringList{p.title, p.authors, p.venue, QString::number(p.year), publicationStatusLabel(p.status)}.join(QLatin1Char(' ')));
}

QVariant PublicationModel::rowTone(const Publication &p) const
{
    // Not out yet: greyed, as the report lists them apart.
    if (p.status != PublicationStatus::Published)
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    return {};
}

void PublicationModel::onChanged(Entity entity, ChangeKind kind, const QList<qint64> &ids)
{
    if (entity != Entity::Publication)
        return;
    if (kind == ChangeKind::Removed)
        removeRows(ids);
    else
        refreshRows(ids, [this](qint64 id) { return Publications(m_db).byId(id); });
}

} // namespace fd
