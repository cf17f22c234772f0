// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QStringList>

namespace fd {

// What kind of row changed. Every table a user edits has an entry, so that
// models can listen for exactly what they show.
enum class Entity {
    Organisation,
    MembershipFee,
    Person,
    Affiliation,
    EventKind,
    Event,
    Registration,
    Publication,
    SearchEntry,
    Project,
    Survey,
    Exchange,
    NetworkRole,
    MediaRequest,
    FundingApplication,
    Guideline,
    TeamRole,
    ProjectMember,
    ApplicationMember,
    SurveyAnswer,
    GuidelineSignature,
    MetricSeries,
    MetricValue,
    Blob,         // stored content (BlobStore); no list shows it
};

enum class ChangeKind { Added, Changed, Removed };

// The one way to hear about changes (after Subsurface's divelistnotifier):
// repositories report what they wrote; the notifier holds the reports back
// while a transaction is open and emits them when it commits, or drops them
// when it rolls back. Models listen and update the rows they show.
class Notifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // `fields` names the columns a change touched (empty: any of them), so
    // that a list showing only an organisation's name need not reload when
    // its notes change.
    void rowsChanged(Entity entity, ChangeKind kind, const QList<qint64> &ids, const QStringList &fields = {});
    void rowChanged(Entity entity, ChangeKind kind, qint64 id, const QStringList &fields = {}) { rowsChanged(entity, kind, {id}, fields); }
    // Many rows of an entity changed at once (an import): views reload.
    void entityReset(Entity entity);

    // Called by the transaction machinery.
    void beginBatch();
    void commitBatch();
    void rollbackBatch();

signals:
    void changed(fd::Entity entity, fd::ChangeKind kind, const QList<qint64> &ids, const QStringList &fields);
    void reset(fd::Entity entity);

private:
    struct Pending {
        Entity entity;
        ChangeKind kind;
        QList<qint64> ids;
        bool isReset;
        QStringList fields;
    };
    QList<Pending> m_pending;
    QList<qsizetype> m_marks; // m_pending's size at each open (nested) transaction
};

} // namespace fd

Q_DECLARE_METATYPE(fd::Entity)
Q_DECLARE_METATYPE(fd::ChangeKind)
