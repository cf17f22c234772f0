// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordcommands.h"

#include "app/session.h"
#include "commands/dbcommand.h"

#include <QCoreApplication>

namespace fd::commands {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Commands)
};
} // namespace

Result<qint64> addPublication(Session &session, const Publication &publication)
{
    return pushCreate(session, std::make_unique<CreateRowsCommand>(session, Text::tr("Add %1").arg(publication.title), QStringLiteral("publications"),
                                                                   [&session, publication]() -> Result<qint64> {
                                                                       auto created = Publications(session.db()).create(publication);
                                                                       if (!created)
                                                                           return created.error();
                                                                       return created->id;
                                                                   }));
}

Status editPublication(Session &session, const Publication &before, const Publication &after)
{
    if (before.sameContent(after))
        return {};
    auto edit = std::make_unique<EditCommand<Publication>>(session, Text::tr("Edit %1").arg(after.title), before, after,
                                                           [&session](const Publication &p) { return Publications(session.db()).update(p); });
    edit->setFocus(Entity::Publication, after.id);
    return pushCommand(session, std::move(edit));
}

Status deletePublications(Session &session, const QList<Publication> &publications)
{
    if (publications.isEmpty())
        return {};
    QList<qint64> ids;
    for (const Publication &p : publications)
        ids << p.id;
    const QString text = publications.size() == 1 ? Text::tr("Delete %1").arg(publications.first().title)
                                                   : Text::tr("Delete %n publication(s)", nullptr, publications.size());
    return pushCommand(session, std::make_unique<DeleteRowsCommand>(session, text, QStringLiteral("publications"), ids));
}

} // namespace fd::commands
