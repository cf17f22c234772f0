// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/notifier.h"
#include "people/person.h"

#include "common/recordtablemodel.h"

namespace fd {

class Database;

// Everyone, each with where they work now; kept current by the notifier, one
// row at a time.
class PersonModel : public RecordTableModel<PersonListItem>
{
    Q_OBJECT
public:
    enum Column { Name, Title, Organisation, Function, Email, Phone, Consents, ColumnCount };

    explicit PersonModel(Database &db, QObject *parent = nullptr);

    void reload();

protected:
    qint64 idOf(const PersonListItem &item) const override { return item.person.id; }
    QString filterText(const PersonListItem &item) const override;
    QString sortKey(const PersonListItem &item) const override;

private:
    void onChanged(Entity entity, ChangeKind kind, const QList<qint64> &ids, const QStringList &fields);
    void onReset(Entity entity);
    void refreshPeople(const QList<qint64> &ids);
    static QString consentText(const Person &p);
    static QString consentTooltip(const Person &p);

    Database &m_db;
};

} // namespace fd
