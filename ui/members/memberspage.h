// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/listpage.h"

class QComboBox;

namespace fd {

class OrganisationModel;

// Members and the other organisations the office deals with.
class MembersPage : public ListPage
{
    Q_OBJECT
public:
    explicit MembersPage(Session &session, QWidget *parent = nullptr);

    // Listed in the window before the page is built (it is built when first shown).
    static QString pageId() { return QStringLiteral("members"); }
    static QString pageTitle() { return tr("Members"); }
    static QIcon pageIcon();
    QString id() const override { return pageId(); }
    QString title() const override { return pageTitle(); }
    QIcon icon() const override { return pageIcon(); }
    QString exchangeKind() const override { return QStringLiteral("members"); }
    bool showsEntity(Entity entity) const override { return entity == Entity::Organisation; }
    // Every member, those joining and leaving included.
    void showList(const QString &list) override;

    OrganisationModel *model() const { return m_model; }
    QComboBox *scopeFilter() const { return m_scope; }

protected:
    void deleteRecords(const QList<qint64> &ids) override;

private:
    enum Scope { CurrentMembers, AllMembers, FormerMembers, OtherOrganisations, Everything };

    RecordEditor *makeEditor();

    OrganisationModel *m_model;
    QComboBox *m_scope;
};

} // namespace fd
