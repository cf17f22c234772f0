// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "events/event.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace fd {

class Database;

// The office's list of event kinds.
class EventKindRepository
{
    Q_DECLARE_TR_FUNCTIONS(EventKindRepository)
public:
    explicit EventKindRepository(Database &db) : m_db(db) {}

    Result<QList<EventKind>> all() const;
    Result<EventKind> byId(qint64 id) const;
    // By key, German or English name, ignoring case and accents.
    Result<std::optional<EventKind>> find(const QString &text) const;
    Result<EventKind> create(EventKind kind);
    Result<EventKind> update(const EventKind &kind);
    // Refused while events of this kind exist.
    Status remove(qint64 id, qint64 expectedRowVersion);

private:
    Database &m_db;
};

struct EventFilter {
    std::optional<int> year;        // events touching this year
    std::optional<qint64> kindId;
    std::optional<Audience> audience;
    std::optional<EventRole> role;
};

// The only code that reads and writes events.
class EventRepository
{
    Q_DECLARE_TR_FUNCTIONS(EventRepository)
public:
    explicit EventRepository(Database &db) : m_db(db) {}

    // Events with their registration counts, in date order.
    Result<QList<EventListItem>> list(const EventFilter &filter = {}) const;
    Result<EventListItem> listItem(qint64 id) const;
    Result<Event> byId(qint64 id) const;
    Result<Event> byUuid(const QUuid &uuid) const;
    // Events with this title (ignoring case and accents).
    Result<QList<Event>> byTitle(const QString &title) const;
    // An event named by UUID or by a title that only one event has.
    Result<Event> resolve(const QString &uuidOrTitle) const;
    // The years that have events, newest first.
    Result<QList<int>> years() const;
    // The years to choose from in a filter: those with events and this year, newest first.
    Result<QList<int>> yearsToChoose(const QDate &today = fd::today()) const;

    Result<Event> create(Event event);
    Result<Event> update(const Event &event);
    Status remove(qint64 id, qint64 expectedRowVersion);

    Result<RegistrationCounts> counts(qint64 eventId) const;

private:
    Result<QList<EventListItem>> query(const QString &where, const QVariantList &values) const;
    Database &m_db;
};

} // namespace fd
