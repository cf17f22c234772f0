// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/listpage.h"

namespace fd {

class PublicationEditor;
class PublicationModel;

// The office's publications, newest year first.
class PublicationsPage : public ListPage
{
    Q_OBJECT
public:
    explicit PublicationsPage(Session &session, QWidget *parent = nullptr);

    static QString pageId() { return QStringLiteral("publications"); }
    static QString pageTitle() { return tr("Publications"); }
    static QIcon pageIcon();
    QString id() const override { return pageId(); }
    QString title() const override { return pageTitle(); }
    QIcon icon() const override { return pageIcon(); }
    QString exchangeKind() const override { return QStringLiteral("publications"); }
    bool showsEntity(Entity entity) const override { return entity == Entity::Publication; }

    PublicationModel *model() const { return m_model; }

protected:
    void deleteRecords(const QList<qint64> &ids) override;

private:
    PublicationModel *m_model;
    PublicationEditor *m_editor;
};

} // namespace fd
