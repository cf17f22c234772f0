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

Result<qint64> addRecord(Session &session, const RecordKind &kind, const QVariantMap &values)
{
    Record probe{&kind, 0, 0, values};
    const QString name = probe.title().isEmpty() ? kind.singularLabel() : probe.title();
    auto add = std::make_unique<CreateRowsCommand>(session, Text::tr("Add %1").arg(name), kind.table->name(),
                                                   [&session, &kind, values]() -> Result<qint64> {
                                                       auto created = Records(session.db(), kind).create(values);
                                                       if (!created)
                                                           return created.error();
                                                       return created->id;
                                                   });
    // A row within a record (an answer): undo and redo show that record.
    if (const RecordKind *parent = kind.parent())
        add->setFocus(parent->table->entity(), values.value(kind.parentColumn).toLongLong());
    return pushCreate(session, std::move(add));
}

Status editRecord(Session &session, const Record &before, const Record &after)
{
    if (!before.kind || before.sameContent(after))
        return {};
    const RecordKind &kind = *before.kind;
    auto edit = std::make_unique<EditCommand<Record>>(session, Text::tr("Edit %1").arg(after.title()), before, after,
                                                      [&session, &kind](const Record &r) { return Records(session.db(), kind).update(r); });
    edit->setReload([&session, &kind, id = after.id] { return Records(session.db(), kind).byId(id); });
    // Typing on in one long text (notes, a summary): one undo step for the run.
    const QStringList changed = before.changedColumns(after);
    if (changed.size() == 1) {
        const Column *c = kind.table->find(changed.first());
        if (c && c->type == ColumnType::Text && c->maxBytes >= TextSize::Notes)
            edit->mergeWhileTyping(c->name, after.id);
    }
    if (const RecordKind *parent = kind.parent())
        edit->setFocus(parent->table->entity(), after.value(kind.parentColumn).toLongLong());
    else
        edit->setFocus(kind.table->entity(), after.id);
    return pushCommand(session, std::move(edit));
}

Status deleteRecords(Session &session, const RecordKind &kind, const QList<Record> &records)
{
    if (records.isEmpty())
        return {};
    QList<qint64> ids;
    for (const Record &r : records)
        ids << r.id;
    const QString text = records.size() == 1 ? Text::tr("Delete %1").arg(records.first().title())
                                             : Text::tr("Delete %n record(s)", nullptr, records.size());
    auto remove = std::make_unique<DeleteRowsCommand>(session, text, kind.table->name(), ids);
    if (const RecordKind *parent = kind.parent())
        remove->setFocus(parent->table->entity(), records.first().value(kind.parentColumn).toLongLong(), DbCommand::FocusOn::Undo);
    return pushCommand(session, std::move(remove));
}

} // namespace fd::commands
