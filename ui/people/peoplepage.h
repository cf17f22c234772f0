// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/listpage.h"

class QComboBox;

namespace fd {

class PersonEditor;
class PersonModel;

// Contact people at members, partners, ministries and newsrooms.
class PeoplePage : public ListPage
{
    Q_OBJECT
public:
    explicit PeoplePage(Session &session, QWidget *parent = nullptr);

    // Listed in the window before the page is built (it is built when first shown).
    static QString pageId() { return QStringLiteral("people"); }
    static QString pageTitle() { return tr("People"); }
    static QIcon pageIcon();
    QString id() const override { return pageId(); }
    QString title() const override { return pageTitle(); }
    QIcon icon() const override { return pageIcon(); }
    QString exchangeKind() const override { return QStringLiteral("people"); }
    bool showsEntity(Entity entity) const override { return entity == Entity::Person; }

    PersonModel *model() const { return m_model; }
    PersonEditor *personEditor() const;

protected:
    void deleteRecords(const QList<qint64> &ids) override;

private:
    PersonModel *m_model;
    QComboBox *m_scope;
};

} // namespace fd
