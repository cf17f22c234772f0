// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "records/metrics.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

namespace fd {

class Database;

// What the year's funding applications came to; the annual report's sentence
// is fundingSentence().
struct FundingCounts {
    int submitted = 0;
    int granted = 0;
    int rejected = 0;
    int rejectedAfterWaitlist = 0; // of the rejected: those that had a place on the waitlist first
    int waitlisted = 0;            // on the waitlist still
    int pending = 0;
};

// One year's figures (see YearSummary).
struct YearCounts {
    struct EventKindCount {
        qint64 kindId = 0;
        QString name; // in the UI's language, as the kinds table names it
        int events = 0;
    };
    QList<EventKindCount> eventsByKind; // every kind, in the kinds' order
    int events = 0;
    int participants = 0;
    int newMembers = 0;
    int leavingMembers = 0;
    QMap<QString, int> records;         // declared kind's name -> count
    int publicationsPublished = 0;
    int publicationsForthcoming = 0;
    FundingCounts funding;
    // Members' signatures of the guidelines adopted that year.
    int guidelineSigned = 0;
    int guidelinePlanned = 0;
};

// A figure of the summary as the Year page and the CLI show it: this year
// beside the year before, and where its list is.
struct YearFigure {
    enum class List { Events, Members, Records };
    QString key;        // stable: "events", "events:3", "participants", "records:projects", "funding:granted"...
    QString label;      // translated
    int value = 0;
    int previous = 0;
    List list = List::Events;
    QString listKey;    // Events: the kind's id or empty (all kinds); Records: the tab ("projects", "publications")
    bool part = false;  // a part of the figure above it (applications by status)
    // A metric's figure is measured, not counted: it may have decimals (a
    // monthly average) or be missing (no value that year). `value` and
    // `previous` are then 0; `metric` holds the values and the change.
    std::optional<MetricYear> metric;
};

// The year at a glance: the counts of the year's events, participants,
// members, declared records, publications and funding applications, for a
// year and the year before, in a handful of COUNT queries (no table is read
// into memory: it stays quick with hundreds of thousands of registrations).
// Each metric series adds its value of the year (see MetricYear).
class YearSummary
{
    Q_DECLARE_TR_FUNCTIONS(YearSummary)
public:
    static Result<YearSummary> compute(Database &db, int year);

    int year = 0;
    YearCounts current;
    YearCounts previous;
    QList<MetricYear> metrics; // every series, by name


    // In the order of the annual report: events by kind, participants,
    // members, each declared kind (funding applications with their states),
    // publications, each metric series. Kinds of event without an event in
    // either year are left out, and so are kinds of record without a date
    // (which belong to no year).
    QList<YearFigure> figures() const;
    // "Visits on the website, monthly average (visits)", "Followers at year end".
    static QString metricLabel(const MetricYear &metric);
};

// "21 submitted: 5 granted, 6 rejected (2 of them waitlisted), 10 pending",
// as the annual report writes it; states without an application are left out.
QString fundingSentence(const FundingCounts &counts);

} // namespace fd
