// SPDX-License-Identifier: GPL-3.0-or-later
#include "notifier.h"

namespace fd {

void Notifier::rowsChanged(Entity entity, ChangeKind kind, const QList<qint64> &ids, const QStringList &fields)
{
    if (ids.isEmpty())
        return;
    if (!m_marks.isEmpty()) {
        m_pending.append({entity, kind, ids, false, fields});
        return;
    }
    emit changed(entity, kind, ids, fields);
}

void Notifier::entityReset(Entity entity)
{
    if (!m_marks.isEmpty()) {
        m_pending.append({entity, ChangeKind::Changed, {}, true, {}});
        return;
    }
    emit reset(entity);
}

void Notifier::beginBatch()
{
    m_marks.append(m_pending.size());
}

void Notifier::commitBatch()
{
    if (m_marks.isEmpty())
        return;
    m_marks.removeLast();
    if (!m_marks.isEmpty())
        return; // an inner savepoint: its reports wait for the outer commit
    const QList<Pending> pending = std::exchange(m_pending, {});
    // An entity that is reset needs no row-level reports besides.
    QList<Entity> resetEntities;
    for (const Pending &p : pending) {
        if (p.isReset && !resetEntities.contains(p.entity))
            resetEntities.append(p.entity);
    }
    for (const Pending &p : pending) {
        if (resetEntities.contains(p.entity))
            continue;
        emit changed(p.entity, p.kind, p.ids, p.fields);
    }
    for (Entity e : resetEntities)
        emit reset(e);
}

void Notifier::rollbackBatch()
{
    if (m_marks.isEmpty())
        return;
    m_pending.resize(m_marks.takeLast());
}

} // namespace fd
