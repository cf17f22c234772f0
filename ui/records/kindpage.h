// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/listpage.h"
#include "records/recordkind.h"

namespace fd {

class KindEditor;
class KindModel;

// The list and form of one declared kind (a tab of the Records page), with
// the keyboard habits of every list: Ctrl+F, Ctrl+N, Enter, Del, undo.
class KindPage : public ListPage
{
    Q_OBJECT
public:
    KindPage(Session &session, const RecordKind &kind, QWidget *parent = nullptr);

    QString id() const override { return m_kind.name; }
    QString title() const override { return m_kind.pluralLabel(); }
    QIcon icon() const override { return {}; }
    QString exchangeKind() const override { return m_kind.name; }
    bool showsEntity(Entity entity) const override { return entity == m_kind.table->entity(); }

    const RecordKind &kind() const { return m_kind; }
    KindModel *model() const { return m_model; }
    KindEditor *kindEditor() const { return m_editor; }

protected:
    void deleteRecords(const QList<qint64> &ids) override;

private:
    const RecordKind &m_kind;
    KindModel *m_model;
    KindEditor *m_editor;
};

} // namespace fd
