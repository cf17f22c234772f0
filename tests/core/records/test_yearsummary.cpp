// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.hpp"
#include "testdb.h"

#include "common/clock.h"
#include "events/eventrepository.h"
#include "events/registrationrepository.h"
#include "members/organisationrepository.h"
#include "people/personrepository.h"
#include "records/publication.h"
#include "records/recordkind.h"
#include "records/yearsummary.h"

#include <QTimeZone>

using namespace fd;

namespace {

struct FixedDay {
    explicit FixedDay(const QDate &day) { setFixedNow(QDateTime(day, QTime(10, 0), Qt::UTC)); }
    ~FixedDay() { setFixedNow(QDateTime()); }
};

// A small office whose figures for 2024 and 2023 are known by hand.
struct Office {
    test::TempDatabase t;
    qint64 workshop = 0, conference = 0, webinar = 0;

    Office()
    {
        Database &db = t.db();
        workshop = kind("Workshop");
        conference = kind("Conference");
        webinar = kind("Webinar");

        // 2024: three attended, one cancelled, one only registered, one no-show: 3 participants.
        const qint64 w2024 = event(QStringLiteral("Workshop 2024"), workshop, QDate(2024, 3, 10));
        register_(w2024, {RegistrationStatus::Attended, RegistrationStatus::Attended, RegistrationStatus::Attended,
                          RegistrationStatus::Cancelled, RegistrationStatus::Registered, RegistrationStatus::NoShow});
        // Attendance taken beats the number reported: 2 participants, not 100.
        const qint64 c2024 = event(QStringLiteral("Conference 2024"), conference, QDate(2024, 5, 5), {}, 100);
        register_(c2024, {RegistrationStatus::Attended, RegistrationStatus::Attended, RegistrationStatus::Cancelled});
        // Only a number is known: 40 in 2023.
        event(QStringLiteral("Workshop 2023"), workshop, QDate(2023, 6, 1), {}, 40);
        // Over New Year: in both years, with its 10 participants.
        event(QStringLiteral("Webinar over New Year"), webinar, QDate(2023, 12, 31), QDate(2024, 1, 1), 10);
        // Neither year.
        event(QStringLiteral("Workshop 2022"), workshop, QDate(2022, 6, 1), {}, 5);
        event(QStringLiteral("Workshop 2025"), workshop, QDate(2025, 2, 1), {}, 7);

        member(QStringLiteral("Joined 2024"), QDate(2024, 2, 1), {});
        member(QStringLiteral("Joined 2023, left 2024"), QDate(2023, 5, 5), QDate(2024, 9, 30));
        member(QStringLiteral("Left on New Year's Eve 2023"), QDate(2010, 1, 1), QDate(2023, 12, 31));
        member(QStringLiteral("Joins 2025"), QDate(2025, 1, 1), {});
        member(QStringLiteral("Member since 2015"), QDate(2015, 1, 1), {});

        // A project running 2022 to mid-2024 counts in both years; one from
        // 2024 without an end in 2024 only; one that ended in 2022 in neither.
        record("projects", {{"acronym", "LONG"}, {"title", "Across the years"}, {"starts_on", "2022-01-01"}, {"ends_on", "2024-06-30"}});
        record("projects", {{"acronym", "OPEN"}, {"title", "Open-ended"}, {"starts_on", "2024-03-01"}});
        record("projects", {{"acronym", "OLD"}, {"title", "Long done"}, {"starts_on", "2021-01-01"}, {"ends_on", "2022-12-31"}});
        record("surveys", {{"topic", "Street lighting"}, {"sent_on", "2023-11-01"}});

        // Submitted in 2024: 1 granted, 2 rejected (1 after the waitlist), 1 waitlisted, 1 pending.
        record("funding-applications", {{"title", "A"}, {"submitted_on", "2024-01-15"}, {"status", "granted"}, {"decided_on", "2024-06-01"}});
        record("funding-applications", {{"title", "B"}, {"submitted_on", "2024-02-15"}, {"status", "rejected"}, {"decided_on", "2024-05-01"}});
        record("funding-applications",
               {{"title", "C"}, {"submitted_on", "2024-03-15"}, {"status", "rejected"}, {"was_waitlisted", true}, {"decided_on", "2024-10-01"}});
        record("funding-applications", {{"title", "D"}, {"submitted_on", "2024-04-15"}, {"status", "waitlisted"}});
        record("funding-applications", {{"title", "E"}, {"submitted_on", "2024-12-31"}, {"status", "pending"}});
        // 2023: one, rejected after the waitlist (decided in 2024: it still counts in the year it was submitted).
        record("funding-applications",
               {{"title", "F"}, {"submitted_on", "2023-09-01"}, {"status", "rejected"}, {"was_waitlisted", true}, {"decided_on", "2024-02-01"}});

        publication(QStringLiteral("P1"), 2024, PublicationStatus::Published);
        publication(QStringLiteral("P2"), 2024, PublicationStatus::Published);
        publication(QStringLiteral("P3"), 2024, PublicationStatus::Forthcoming);
        publication(QStringLiteral("P4"), 2024, PublicationStatus::Planned);
        publication(QStringLiteral("P5"), 2023, PublicationStatus::Published);
        (void)db;
    }

    qint64 kind(const char *name)
    {
        auto k = EventKindRepository(t.db()).find(QString::fromLatin1(name));
        REQUIRE(k);
        REQUIRE(k->has_value());
        return k->value().id;
    }

    qint64 event(const QString &title, qint64 kindId, const QDate &start, const QDate &end = {}, std::optional<int> reported = std::nullopt)
    {
        Event e;
        e.title = title;
        e.kindId = kindId;
        e.startDate = start;
        e.endDate = end;
        e.reportedParticipants = reported;
        auto created = EventRepository(t.db()).create(e);
        REQUIRE(created);
        return created->id;
    }

    void register_(qint64 eventId, const QList<RegistrationStatus> &statuses)
    {
        for (int i = 0; i < statuses.size(); ++i) {
            Person p;
            p.firstName = QStringLiteral("Person");
            p.lastName = QStringLiteral("%1-%2").arg(eventId).arg(i);
            auto person = PersonRepository(t.db()).create(p);
            REQUIRE(person);
            RegistrationRequest r;
            r.eventId = eventId;
            r.personId = person->id;
            r.registeredAt = QDateTime(QDate(2024, 1, 1), QTime(9, i), QTimeZone::utc());
            r.status = statuses.at(i);
            REQUIRE(RegistrationRepository(t.db()).add(r));
        }
    }

    void member(const QString &name, const QDate &joined, const QDate &left)
    {
        Organisation o;
        o.name = name;
        o.joinedOn = joined;
        o.leftOn = left;
        REQUIRE(OrganisationRepository(t.db()).create(o));
    }

    void record(const char *kind, std::initializer_list<std::pair<const char *, QVariant>> values)
    {
        QVariantMap row;
        for (const auto &[k, v] : values)
            row.insert(QString::fromLatin1(k), v);
        const RecordKind *found = findRecordKind(QString::fromLatin1(kind));
        REQUIRE(found);
        auto created = Records(t.db(), *found).create(row);
        if (!created)
            FAIL(created.error().toString().toStdString());
    }

    void publication(const QString &title, int year, PublicationStatus status)
    {
        Publication p;
        p.title = title;
        p.year = year;
        p.status = status;
        REQUIRE(Publications(t.db()).create(p));
    }
};

int eventsOfKind(const YearCounts &counts, qint64 kindId)
{
    for (const auto &k : counts.eventsByKind) {
        if (k.kindId == kindId)
            return k.events;
    }
    return -1;
}

const YearFigure *figure(const QList<YearFigure> &figures, const QString &key)
{
    for (const YearFigure &f : figures) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

} // namespace

TEST_CASE("The year's summary counts events by kind, an event over New Year in both years", "[records][yearsummary]")
{
    FixedDay day(QDate(2024, 11, 5));
    Office office;
    auto s = YearSummary::compute(office.t.db(), 2024);
    REQUIRE(s);
    CHECK(s->year == 2024);
    CHECK(s->current.events == 3);
    CHECK(s->previous.events == 2);
    CHECK(eventsOfKind(s->current, office.workshop) == 1);
    CHECK(eventsOfKind(s->current, office.conference) == 1);
    CHECK(eventsOfKind(s->current, office.webinar) == 1);
    CHECK(eventsOfKind(s->previous, office.workshop) == 1);
    CHECK(eventsOfKind(s->previous, office.conference) == 0);
    CHECK(eventsOfKind(s->previous, office.webinar) == 1);
}

TEST_CASE("The year's participants are those who attended, else the number reported, and cancelled registrations are not", "[records][yearsummary]")
{
    FixedDay day(QDate(2024, 11, 5));
    Office office;
    auto s = YearSummary::compute(office.t.db(), 2024);
    REQUIRE(s);
    CHECK(s->current.participants == 3 + 2 + 10);
    CHECK(s->previous.participants == 40 + 10);
}

TEST_CASE("The year's summary counts members who joined and who left in each year", "[records][yearsummary]")
{
    FixedDay day(QDate(2024, 11, 5));
    Office office;
    auto s = YearSummary::compute(office.t.db(), 2024);
    REQUIRE(s);
    CHECK(s->current.newMembers == 1);
    CHECK(s->current.leavingMembers == 1);
    CHECK(s->previous.newMembers == 1);
    CHECK(s->previous.leavingMembers == 1);
}

TEST_CASE("The year's summary counts each declared kind by its own year rule, a project in every year it runs", "[records][yearsummary]")
{
    FixedDay day(QDate(2024, 11, 5));
    Office office;
    auto s = YearSummary::compute(office.t.db(), 2024);
    REQUIRE(s);
    CHECK(s->current.records.value(QStringLiteral("projects")) == 2);
    CHECK(s->previous.records.value(QStringLiteral("projects")) == 1);
    CHECK(s->current.records.value(QStringLiteral("surveys")) == 0);
    CHECK(s->previous.records.value(QStringLiteral("surveys")) == 1);
    CHECK(s->current.records.value(QStringLiteral("funding-applications")) == 5);
    // Every declared kind has its count, and the counts agree with Records::count.
    for (const RecordKind &k : recordKinds()) {
        INFO(k.name.toStdString());
        // A kind without a date (the metrics themselves) belongs to no year.
        if (k.dateColumn.isEmpty()) {
            CHECK_FALSE(s->current.records.contains(k.name));
            continue;
        }
        CHECK(s->current.records.contains(k.name));
        CHECK(s->current.records.value(k.name) == *Records(office.t.db(), k).count(2024));
        CHECK(s->previous.records.value(k.name) == *Records(office.t.db(), k).count(2023));
    }
}

TEST_CASE("The year's funding applications are counted by state, those rejected after the waitlist apart", "[records][yearsummary]")
{
    FixedDay day(QDate(2024, 11, 5));
    Office office;
    auto s = YearSummary::compute(office.t.db(), 2024);
    REQUIRE(s);
    const FundingCounts &a = s->current.funding;
    CHECK(a.submitted == 5);
    CHECK(a.granted == 1);
    CHECK(a.rejected == 2);
    CHECK(a.rejectedAfterWaitlist == 1);
    CHECK(a.waitlisted == 1);
    CHECK(a.pending == 1);
    const FundingCounts &b = s->previous.funding;
    CHECK(b.submitted == 1);
    CHECK(b.rejected == 1);
    CHECK(b.rejectedAfterWaitlist == 1);
    CHECK(b.granted + b.waitlisted + b.pending == 0);
    CHECK(fundingSentence(a) == QStringLiteral("5 submitted: 1 granted, 2 rejected (1 of them waitlisted), 1 waitlisted, 1 pending"));
}

TEST_CASE("The funding sentence reads as the annual report writes it and leaves out states without an application", "[records][yearsummary]")
{
    FundingCounts c;
    c.submitted = 21;
    c.granted = 5;
    c.rejected = 6;
    c.rejectedAfterWaitlist = 2;
    c.pending = 10;
    CHECK(fundingSentence(c) == QStringLiteral("21 submitted: 5 granted, 6 rejected (2 of them waitlisted), 10 pending"));
    c = FundingCounts();
    c.submitted = 3;
    c.rejected = 3;
    CHECK(fundingSentence(c) == QStringLiteral("3 submitted: 3 rejected"));
    CHECK(fundingSentence(FundingCounts()) == QStringLiteral("none submitted"));
}

TEST_CASE("The year's publications count those published in the year and those forthcoming", "[records][yearsummary]")
{
    FixedDay day(QDate(2024, 11, 5));
    Office office;
    auto s = YearSummary::compute(office.t.db(), 2024);
    REQUIRE(s);
    CHECK(s->current.publicationsPublished == 2);
    CHECK(s->current.publicationsForthcoming == 1);
    CHECK(s->previous.publicationsPublished == 1);
    CHECK(s->previous.publicationsForthcoming == 0);
}

TEST_CASE("The year's figures list each count with the year before and where its list is", "[records][yearsummary]")
{
    FixedDay day(QDate(2024, 11, 5));
    Office office;
    auto s = YearSummary::compute(office.t.db(), 2024);
    REQUIRE(s);
    const QList<YearFigure> figures = s->figures();
    const YearFigure *events = figure(figures, QStringLiteral("events"));
    REQUIRE(events);
    CHECK(events->value == 3);
    CHECK(events->previous == 2);
    const YearFigure *webinars = figure(figures, QStringLiteral("events:%1").arg(office.webinar));
    REQUIRE(webinars);
    CHECK(webinars->label == QStringLiteral("Webinar"));
    CHECK(webinars->list == YearFigure::List::Events);
    CHECK(webinars->listKey == QString::number(office.webinar));
    CHECK(webinars->part);
    // A kind without an event in either year is left out.
    const qint64 congress = office.kind("Congress");
    CHECK_FALSE(figure(figures, QStringLiteral("events:%1").arg(congress)));
    const YearFigure *projects = figure(figures, QStringLiteral("records:projects"));
    REQUIRE(projects);
    CHECK(projects->value == 2);
    CHECK(projects->previous == 1);
    CHECK(projects->list == YearFigure::List::Records);
    CHECK(projects->listKey == QStringLiteral("projects"));
    const YearFigure *afterWaitlist = figure(figures, QStringLiteral("funding:rejected-waitlisted"));
    REQUIRE(afterWaitlist);
    CHECK(afterWaitlist->value == 1);
    CHECK(afterWaitlist->previous == 1);
    const YearFigure *published = figure(figures, QStringLiteral("publications:published"));
    REQUIRE(published);
    CHECK(published->listKey == QStringLiteral("publications"));
    const YearFigure *joined = figure(figures, QStringLiteral("members:joined"));
    REQUIRE(joined);
    CHECK(joined->list == YearFigure::List::Members);
    // Publications sit where the annual report has them: after the media requests.
    int media = -1, pubs = -1;
    for (int i = 0; i < figures.size(); ++i) {
        if (figures.at(i).key == QLatin1String("records:media-requests"))
            media = i;
        if (figures.at(i).key == QLatin1String("publications:published"))
            pubs = i;
    }
    CHECK(pubs == media + 1);
}

TEST_CASE("The year's figures give each metric its value of the year and the year before, labelled with its unit", "[records][yearsummary][metrics]")
{
    FixedDay day(QDate(2024, 11, 5));
    Office office;
    office.record("metrics", {{"name", "Website"}, {"unit", "visits"}, {"measure", "per_month"}});
    office.record("metrics", {{"name", "Followers"}, {"measure", "level"}});
    auto metrics = Records(office.t.db(), *findRecordKind(QStringLiteral("metrics"))).list();
    REQUIRE(metrics->size() == 2);
    const qint64 followers = metrics->at(0).id, website = metrics->at(1).id;
    office.record("metric-values", {{"series_id", website}, {"measured_on", "2024-01-31"}, {"value", 300}});
    office.record("metric-values", {{"series_id", website}, {"measured_on", "2024-02-29"}, {"value", 500}});
    office.record("metric-values", {{"series_id", followers}, {"measured_on", "2023-12-31"}, {"value", 80}});
    auto s = YearSummary::compute(office.t.db(), 2024);
    REQUIRE(s);
    const QList<YearFigure> figures = s->figures();

    const YearFigure *site = figure(figures, QStringLiteral("metrics:%1").arg(website));
    REQUIRE(site);
    REQUIRE(site->metric);
    CHECK(site->label == QStringLiteral("Website, monthly average (visits)"));
    CHECK(*site->metric->value == 400.0);
    CHECK_FALSE(site->metric->previous);
    CHECK(site->list == YearFigure::List::Records);
    CHECK(site->listKey == QStringLiteral("metrics"));

    // No value measured in 2024: the level at its end is still the one of 31 December 2023.
    const YearFigure *follow = figure(figures, QStringLiteral("metrics:%1").arg(followers));
    REQUIRE(follow);
    CHECK(follow->label == QStringLiteral("Followers at year end"));
    CHECK(*follow->metric->value == 80.0);
    CHECK(*follow->metric->previous == 80.0);
    CHECK(*follow->metric->change() == 0.0);

    // Series are not counted as the year's records: they belong to no year.
    CHECK_FALSE(figure(figures, QStringLiteral("records:metrics")));
    // Counted figures carry no metric.
    CHECK_FALSE(figure(figures, QStringLiteral("events"))->metric);
}
