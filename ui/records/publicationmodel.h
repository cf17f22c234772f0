// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/recordtablemodel.h"
#include "db/notifier.h"
#include "records/publication.h"

namespace fd {

class Database;

// Every publication, one row each, kept current row by row by the notifier.
class PublicationModel : public RecordTableModel<Publication>
{
    Q_OBJECT
public:
    enum Column { Year, Title, Authors, Venue, Status, ColumnCount };

    explicit PublicationModel(Database &db, QObject *parent = nullptr);
    void reload();

protected:
    qint64 idOf(const Publication &p) const override { return p.id; }
    QString filterText(const Publication &p) const override;
    QVariant rowTone(const Publication &p) const override;

private:
    void onChanged(Entity entity, ChangeKind kind, const QList<qint64> &ids);

    Database &m_db;
};

} // namespace fd
