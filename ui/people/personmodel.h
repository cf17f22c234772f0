// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/notifier.h"
#include "people/person.h"

#include <QAbstractTableModel>
#include <QHash>

namespace fd {

class Database;

// Everyone, each with where they work now; kept current by the notifier.
class PersonModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Title, Organisation, Function, Email, Phone, Consents, ColumnCount };

    explicit PersonModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const PersonListItem &item(int row) const { return m_rows.at(row); }
    int rowOf(qint64 personId) const;
    void reload();

private:
    void onChanged(Entity entity, ChangeKind kind, const QList<qint64> &ids);
    void onReset(Entity entity);
    void refreshRow(qint64 personId);
    void removeRow(int row);
    static QString filterText(const PersonListItem &item);
    static QString consentText(const Person &p);

    Database &m_db;
    QList<PersonListItem> m_rows;
    QList<QString> m_filterTexts;
    QHash<qint64, int> m_rowById;
};

} // namespace fd
