// SPDX-License-Identifier: GPL-3.0-or-later
#include "yearsummary.h"

#include "common/dates.h"
#include "db/rowio.h"
#include "db/tables.h"
#include "events/event.h"
#include "records/recordkind.h"

#include <QDate>

#include <functional>

namespace fd {

namespace {

int intOf(const QVariantMap &row, const char *name)
{
    return row.value(QLatin1String(name)).toInt(); // SUM over no rows is NULL: 0
}

// The year's bounds as a one-row table `b`, so that each query names them
// instead of repeating positional values: ys..ye this year, ps..pe the year before.
const char *const Bounds = "WITH b(ys, ye, ps, pe) AS (SELECT ?, ?, ?, ?) ";

QVariantList boundValues(int year)
{
    return {toDbDate(QDate(year, 1, 1)), toDbDate(QDate(year, 12, 31)), toDbDate(QDate(year - 1, 1, 1)), toDbDate(QDate(year - 1, 12, 31))};
}

// Events by kind, and their participants, in one pass over the two years'
// events. An event belongs to every year it touches, as on the Events page's
// year filter (an event over New Year counts in both).
// Participants follow the annual report's rule (EventListItem::participants):
// the people marked "attended" where attendance was taken, otherwise the
// number reported for the event. Registered, waitlisted, cancelled and
// no-show registrations are not participants.
Status countEvents(Database &db, YearSummary &s)
{
    const QString sql = QLatin1String(Bounds) + QStringLiteral(
        "SELECT k.id AS id, k.name_de AS name_de, k.name_en AS name_en, "
        "SUM(CASE WHEN e.start_date <= b.ye AND e.last_day >= b.ys THEN 1 ELSE 0 END) AS n, "
        "SUM(CASE WHEN e.start_date <= b.pe AND e.last_day >= b.ps THEN 1 ELSE 0 END) AS np, "
        "SUM(CASE WHEN e.start_date <= b.ye AND e.last_day >= b.ys THEN e.participants ELSE 0 END) AS p, "
        "SUM(CASE WHEN e.start_date <= b.pe AND e.last_day >= b.ps THEN e.participants ELSE 0 END) AS pp "
        "FROM b CROSS JOIN event_kinds k LEFT JOIN ("
        "  SELECT e.kind_id, e.start_date, COALESCE(e.end_date, e.start_date) AS last_day, "
        "  COALESCE(NULLIF((SELECT COUNT(*) FROM registrations r WHERE r.event_id = e.id AND r.status = 'attended'), 0), "
        "           e.reported_participants, 0) AS participants "
        "  FROM events e, b WHERE e.start_date <= b.ye AND COALESCE(e.end_date, e.start_date) >= b.ps"
        ") e ON e.kind_id = k.id "
        "GROUP BY k.id, k.name_de, k.name_en, k.sort_order ORDER BY k.sort_order, k.id");
    auto rows = selectRows(db, sql, boundValues(s.year));
    if (!rows)
        return rows.error();
    for (const QVariantMap &row : std::as_const(*rows)) {
        EventKind kind;
        kind.nameDe = row.value(QStringLiteral("name_de")).toString();
        kind.nameEn = row.value(QStringLiteral("name_en")).toString();
        const qint64 id = row.value(QStringLiteral("id")).toLongLong();
        s.current.eventsByKind.append({id, kind.name(), intOf(row, "n")});
        s.previous.eventsByKind.append({id, kind.name(), intOf(row, "np")});
        s.current.events += intOf(row, "n");
        s.previous.events += intOf(row, "np");
        s.current.participants += intOf(row, "p");
        s.previous.participants += intOf(row, "pp");
    }
    return {};
}

// Members who joined, and who left, during each year.
Status countMembers(Database &db, YearSummary &s)
{
    const QString sql = QLatin1String(Bounds) + QStringLiteral(
        "SELECT SUM(CASE WHEN o.joined_on >= b.ys AND o.joined_on <= b.ye THEN 1 ELSE 0 END) AS joined, "
        "SUM(CASE WHEN o.joined_on >= b.ps AND o.joined_on <= b.pe THEN 1 ELSE 0 END) AS joinedp, "
        "SUM(CASE WHEN o.left_on >= b.ys AND o.left_on <= b.ye THEN 1 ELSE 0 END) AS leaving, "
        "SUM(CASE WHEN o.left_on >= b.ps AND o.left_on <= b.pe THEN 1 ELSE 0 END) AS leavingp "
        "FROM b CROSS JOIN organisations o WHERE o.joined_on IS NOT NULL");
    auto rows = selectRows(db, sql, boundValues(s.year));
    if (!rows)
        return rows.error();
    const QVariantMap row = rows->value(0);
    s.current.newMembers = intOf(row, "joined");
    s.previous.newMembers = intOf(row, "joinedp");
    s.current.leavingMembers = intOf(row, "leaving");
    s.previous.leavingMembers = intOf(row, "leavingp");
    return {};
}

// Every declared kind in one query: each kind's own rule of which year a
// record belongs to (Records::yearCondition), counted for both years.
Status countRecords(Database &db, YearSummary &s)
{
    QStringList parts;
    QVariantList values;
    const QList<RecordKind> &kinds = recordKinds();
    for (int i = 0; i < kinds.size(); ++i) {
        const RecordKind &k = kinds.at(i);
        QVariantList yearValues;
        const QString current = Records::yearCondition(k, s.year, yearValues);
        const QString previous = Records::yearCondition(k, s.year - 1, yearValues);
        if (current.isEmpty())
            continue; // a kind without a date belongs to no year
        parts << QStringLiteral("SELECT %1 AS kind, SUM(CASE WHEN %2 THEN 1 ELSE 0 END) AS n, SUM(CASE WHEN %3 THEN 1 ELSE 0 END) AS np FROM %4 t")
                     .arg(i)
                     .arg(current, previous, k.table->name());
        values += yearValues;
    }
    if (parts.isEmpty())
        return {};
    auto rows = selectRows(db, parts.join(QLatin1String(" UNION ALL ")), values);
    if (!rows)
        return rows.error();
    for (const QVariantMap &row : std::as_const(*rows)) {
        const QString name = kinds.value(intOf(row, "kind")).name;
        s.current.records.insert(name, intOf(row, "n"));
        s.previous.records.insert(name, intOf(row, "np"));
    }
    return {};
}

Status countPublications(Database &db, YearSummary &s)
{
    const QString sql = QStringLiteral(
        "SELECT SUM(CASE WHEN year = ? AND status = 'published' THEN 1 ELSE 0 END) AS pub, "
        "SUM(CASE WHEN year = ? AND status = 'forthcoming' THEN 1 ELSE 0 END) AS fort, "
        "SUM(CASE WHEN year = ? AND status = 'published' THEN 1 ELSE 0 END) AS pubp, "
        "SUM(CASE WHEN year = ? AND status = 'forthcoming' THEN 1 ELSE 0 END) AS fortp "
        "FROM %1 WHERE year IN (?, ?)").arg(tables::publications().name());
    auto rows = selectRows(db, sql, {s.year, s.year, s.year - 1, s.year - 1, s.year, s.year - 1});
    if (!rows)
        return rows.error();
    const QVariantMap row = rows->value(0);
    s.current.publicationsPublished = intOf(row, "pub");
    s.current.publicationsForthcoming = intOf(row, "fort");
    s.previous.publicationsPublished = intOf(row, "pubp");
    s.previous.publicationsForthcoming = intOf(row, "fortp");
    return {};
}

// Runs `select` (an SQL text with %1 for the kind's table and %2 for its
// year condition over alias t) for the year and the year before, and hands
// each year's one row to `take`.
Status eachYear(Database &db, YearSummary &s, const Table &table, const QString &select,
                const std::function<void(YearCounts &, const QVariantMap &)> &take)
{
    const RecordKind *kind = recordKindOf(table);
    if (!kind)
        return {};
    for (YearCounts *counts : {&s.current, &s.previous}) {
        QVariantList values;
        const QString where = Records::yearCondition(*kind, counts == &s.current ? s.year : s.year - 1, values);
        auto rows = selectRows(db, select.arg(table.name(), where), values);
        if (!rows)
            return rows.error();
        take(*counts, rows->value(0));
    }
    return {};
}

// The applications submitted in each year (the kind's own year rule) by
// their state now.
Status countFunding(Database &db, YearSummary &s)
{
    return eachYear(db, s, tables::fundingApplications(),
                    QStringLiteral("SELECT COUNT(*) AS submitted, "
                                   "SUM(CASE WHEN t.status = 'granted' THEN 1 ELSE 0 END) AS granted, "
                                   "SUM(CASE WHEN t.status = 'rejected' THEN 1 ELSE 0 END) AS rejected, "
                                   "SUM(CASE WHEN t.status = 'rejected' AND t.was_waitlisted THEN 1 ELSE 0 END) AS rejected_waitlisted, "
                                   "SUM(CASE WHEN t.status = 'waitlisted' THEN 1 ELSE 0 END) AS waitlisted, "
                                   "SUM(CASE WHEN t.status = 'pending' THEN 1 ELSE 0 END) AS pending "
                                   "FROM %1 t WHERE %2"),
                    [](YearCounts &counts, const QVariantMap &row) {
                        FundingCounts &f = counts.funding;
                        f.submitted = intOf(row, "submitted");
                        f.granted = intOf(row, "granted");
                        f.rejected = intOf(row, "rejected");
                        f.rejectedAfterWaitlist = intOf(row, "rejected_waitlisted");
                        f.waitlisted = intOf(row, "waitlisted");
                        f.pending = intOf(row, "pending");
                    });
}

// The signatures of the guidelines adopted in the year: signed, and planned.
Status countSignatures(Database &db, YearSummary &s)
{
    return eachYear(db, s, tables::guidelines(),
                    QStringLiteral("SELECT SUM(CASE WHEN g.status = 'signed' THEN 1 ELSE 0 END) AS signed_n, "
                                   "SUM(CASE WHEN g.status = 'planned' THEN 1 ELSE 0 END) AS planned_n "
                                   "FROM %1 t JOIN ") + tables::guidelineSignatures().name() + QStringLiteral(" g ON g.guideline_id = t.id WHERE %2"),
                    [](YearCounts &counts, const QVariantMap &row) {
                        counts.guidelineSigned = intOf(row, "signed_n");
                        counts.guidelinePlanned = intOf(row, "planned_n");
                    });
}

YearFigure counted(const QString &key, const QString &label, int value, int previous, YearFigure::List list, const QString &listKey, bool part)
{
    YearFigure f;
    f.key = key;
    f.label = label;
    f.value = value;
    f.previous = previous;
    f.list = list;
    f.listKey = listKey;
    f.part = part;
    return f;
}

Status readMetrics(Database &db, YearSummary &s)
{
    auto metrics = Metrics(db).allForYear(s.year);
    if (!metrics)
        return metrics.error();
    s.metrics = *metrics;
    return {};
}

} // namespace

Result<YearSummary> YearSummary::compute(Database &db, int year)
{
    YearSummary s;
    s.year = year;
    for (auto step : {countEvents, countMembers, countRecords, countPublications, countFunding, countSignatures, readMetrics}) {
        if (Status st = step(db, s); !st)
            return st.error();
    }
    return s;
}

QList<YearFigure> YearSummary::figures() const
{
    using L = YearFigure::List;
    QList<YearFigure> list;
    list.append(counted(QStringLiteral("events"), tr("Events"), current.events, previous.events, L::Events, {}, false));
    for (int i = 0; i < current.eventsByKind.size(); ++i) {
        const auto &now = current.eventsByKind.at(i);
        const int before = previous.eventsByKind.value(i).events;
        if (now.events == 0 && before == 0)
            continue;
        const QString id = QString::number(now.kindId);
        list.append(counted(QStringLiteral("events:") + id, now.name, now.events, before, L::Events, id, true));
    }
    list.append(counted(QStringLiteral("participants"), tr("Participants"), current.participants, previous.participants, L::Events, {}, false));
    list.append(counted(QStringLiteral("members:joined"), tr("New members"), current.newMembers, previous.newMembers, L::Members, {}, false));
    list.append(counted(QStringLiteral("members:left"), tr("Members leaving"), current.leavingMembers, previous.leavingMembers, L::Members, {}, false));

    const QString publications = QStringLiteral("publications");
    const QString funding = recordKindOf(tables::fundingApplications()) ? recordKindOf(tables::fundingApplications())->name : QString();
    for (const RecordKind &k : recordKinds()) {
        if (k.table == &tables::metricSeries()) {
            // Each series in its own units: this year's value beside the year before's.
            for (const MetricYear &m : metrics) {
                YearFigure f = counted(QStringLiteral("metrics:") + QString::number(m.seriesId), metricLabel(m), 0, 0, L::Records, k.name, false);
                f.metric = m;
                list.append(f);
            }
            continue;
        }
        if (k.dateColumn.isEmpty())
            continue; // belongs to no year: there is nothing to count
        list.append(counted(QStringLiteral("records:") + k.name, k.pluralLabel(), current.records.value(k.name), previous.records.value(k.name), L::Records,
                     k.name, false));
        if (k.name == funding) {
            const FundingCounts &a = current.funding;
            const FundingCounts &b = previous.funding;
            list.append(counted(QStringLiteral("funding:granted"), tr("granted"), a.granted, b.granted, L::Records, k.name, true));
            list.append(counted(QStringLiteral("funding:rejected"), tr("rejected"), a.rejected, b.rejected, L::Records, k.name, true));
            list.append(counted(QStringLiteral("funding:rejected-waitlisted"), tr("rejected after the waitlist"), a.rejectedAfterWaitlist,
                         b.rejectedAfterWaitlist, L::Records, k.name, true));
            list.append(counted(QStringLiteral("funding:waitlisted"), tr("waitlisted"), a.waitlisted, b.waitlisted, L::Records, k.name, true));
            list.append(counted(QStringLiteral("funding:pending"), tr("pending"), a.pending, b.pending, L::Records, k.name, true));
        }
        if (k.table == &tables::guidelines()) {
            list.append(counted(QStringLiteral("guidelines:signed"), tr("signed by members"), current.guidelineSigned, previous.guidelineSigned,
                                L::Records, k.name, true));
            list.append(counted(QStringLiteral("guidelines:planned"), tr("signature planned"), current.guidelinePlanned, previous.guidelinePlanned,
                                L::Records, k.name, true));
        }
        // Publications where the annual report (and the Records page) has them: after the media.
        if (k.name == QLatin1String("media-requests")) {
            list.append(counted(QStringLiteral("publications:published"), tr("Publications"), current.publicationsPublished, previous.publicationsPublished,
                         L::Records, publications, false));
            list.append(counted(QStringLiteral("publications:forthcoming"), tr("forthcoming"), current.publicationsForthcoming,
                         previous.publicationsForthcoming, L::Records, publications, true));
        }
    }
    return list;
}

QString YearSummary::metricLabel(const MetricYear &m)
{
    if (m.measure == MetricYear::Measure::PerMonth) {
        return m.unit.isEmpty() ? tr("%1, monthly average").arg(m.name)
                                : tr("%1, monthly average (%2)", "a metric's name and unit").arg(m.name, m.unit);
    }
    return m.unit.isEmpty() ? tr("%1 at year end").arg(m.name) : tr("%1 at year end (%2)", "a metric's name and unit").arg(m.name, m.unit);
}

QString fundingSentence(const FundingCounts &c)
{
    if (c.submitted == 0)
        return YearSummary::tr("none submitted");
    QStringList parts;
    if (c.granted)
        parts << YearSummary::tr("%n granted", nullptr, c.granted);
    if (c.rejected) {
        parts << (c.rejectedAfterWaitlist ? YearSummary::tr("%n rejected (%1 of them waitlisted)", nullptr, c.rejected).arg(c.rejectedAfterWaitlist)
                                          : YearSummary::tr("%n rejected", nullptr, c.rejected));
    }
    if (c.waitlisted)
        parts << YearSummary::tr("%n waitlisted", nullptr, c.waitlisted);
    if (c.pending)
        parts << YearSummary::tr("%n pending", nullptr, c.pending);
    // A list of states: the separator is the translator's ("; " in some languages).
    QString states = parts.value(0);
    for (int i = 1; i < parts.size(); ++i)
        states = YearSummary::tr("%1, %2", "a list of application states").arg(states, parts.at(i));
    return YearSummary::tr("%n submitted: %1", nullptr, c.submitted).arg(states);
}

} // namespace fd
