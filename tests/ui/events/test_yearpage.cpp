// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.hpp"
#include "uitest.h"

#include "app/session.h"
#include "common/filterproxy.h"
#include "common/listpage.h"
#include "events/eventrepository.h"
#include "events/eventspage.h"
#include "events/yearpage.h"
#include "members/memberspage.h"
#include "members/organisationrepository.h"
#include "records/recordkind.h"
#include "records/recordspage.h"
#include "records/yearsummary.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using namespace fd;

namespace {

QString number(YearPage *page, const QString &name)
{
    auto *label = page->summary()->findChild<QLabel *>(name);
    return label ? label->text() : QStringLiteral("(no %1)").arg(name);
}

QPushButton *link(YearPage *page, const QString &key)
{
    auto *button = page->summary()->findChild<QPushButton *>(QStringLiteral("figure:") + key);
    REQUIRE(button);
    // A widget added to a shown layout shows on the next turn of the event loop.
    for (int i = 0; i < 100 && !button->isVisible(); ++i)
        QTest::qWait(10);
    REQUIRE(button->isVisible());
    return button;
}

YearPage *showYear(test::UiFixture &ui, int year)
{
    auto *page = ui.page<YearPage>(QStringLiteral("year"));
    ui.window().showPage(QStringLiteral("year"));
    page->yearChooser()->setCurrentIndex(page->yearChooser()->findData(year));
    REQUIRE(page->yearChooser()->currentData().toInt() == year);
    return page;
}

void addProject(Database &db, const QString &title, const char *start, const char *end)
{
    QVariantMap row{{QStringLiteral("title"), title}, {QStringLiteral("starts_on"), QString::fromLatin1(start)}};
    if (end)
        row.insert(QStringLiteral("ends_on"), QString::fromLatin1(end));
    REQUIRE(Records(db, *findRecordKind(QStringLiteral("projects"))).create(row));
}

} // namespace

TEST_CASE("The Year page shows the year's figures beside the year before, with the change", "[ui][events][year]")
{
    test::UiFixture ui;
    Database &db = ui.window().session()->db();
    YearPage *page = showYear(ui, 2024);
    auto expected = YearSummary::compute(db, 2024);
    REQUIRE(expected);
    REQUIRE(expected->current.events > 0);
    CHECK(number(page, QStringLiteral("value:events")) == QLocale().toString(expected->current.events));
    CHECK(number(page, QStringLiteral("previous:events")) == QLocale().toString(expected->previous.events));
    CHECK(number(page, QStringLiteral("value:participants")) == QLocale().toString(expected->current.participants));

    // A project running from 2023 into 2024 counts in both columns; one of 2024 only in the first.
    addProject(db, QStringLiteral("Across the years"), "2023-05-01", "2024-04-30");
    addProject(db, QStringLiteral("New in 2024"), "2024-02-01", nullptr);
    QTRY_COMPARE(number(page, QStringLiteral("value:records:projects")), QStringLiteral("2"));
    CHECK(number(page, QStringLiteral("previous:records:projects")) == QStringLiteral("1"));
    CHECK(number(page, QStringLiteral("change:records:projects")) == QStringLiteral("+1"));
    CHECK(link(page, QStringLiteral("records:projects"))->text() == QStringLiteral("Projects"));

    // Another year: its own figures.
    page->yearChooser()->setCurrentIndex(page->yearChooser()->findData(2025));
    CHECK(number(page, QStringLiteral("value:records:projects")) == QStringLiteral("1")); // the open-ended one
    CHECK(number(page, QStringLiteral("previous:records:projects")) == QStringLiteral("2"));
    CHECK(number(page, QStringLiteral("change:records:projects")) == QStringLiteral("\u22121"));
    test::screenshot(&ui.window(), QStringLiteral("year-at-a-glance"));
}

TEST_CASE("The Year page's funding figures come with the annual report's sentence", "[ui][events][year]")
{
    test::UiFixture ui; // the demo's 2024 has the annual report's 21 applications
    Database &db = ui.window().session()->db();
    const RecordKind &funding = *findRecordKind(QStringLiteral("funding-applications"));
    const FundingCounts before = YearSummary::compute(db, 2024)->current.funding;
    REQUIRE(Records(db, funding).create({{QStringLiteral("title"), QStringLiteral("A")}, {QStringLiteral("submitted_on"), QStringLiteral("2024-03-01")},
                                         {QStringLiteral("status"), QStringLiteral("rejected")}, {QStringLiteral("was_waitlisted"), true},
                                         {QStringLiteral("decided_on"), QStringLiteral("2024-09-01")}}));
    REQUIRE(Records(db, funding).create({{QStringLiteral("title"), QStringLiteral("B")}, {QStringLiteral("submitted_on"), QStringLiteral("2024-04-01")}}));
    YearPage *page = showYear(ui, 2024);
    CHECK(number(page, QStringLiteral("value:funding:rejected-waitlisted")) == QString::number(before.rejectedAfterWaitlist + 1));
    CHECK(number(page, QStringLiteral("value:funding:pending")) == QString::number(before.pending + 1));
    auto *sentence = page->summary()->findChild<QLabel *>(QStringLiteral("funding-sentence"));
    REQUIRE(sentence);
    // The words of the sentence are the core's (tested there); here: the page's numbers in it.
    CHECK(sentence->text().contains(QStringLiteral("%1 submitted: %2 granted, %3 rejected (%4 of them waitlisted), %5 pending")
                                        .arg(before.submitted + 2)
                                        .arg(before.granted)
                                        .arg(before.rejected + 1)
                                        .arg(before.rejectedAfterWaitlist + 1)
                                        .arg(before.pending + 1)));
}

TEST_CASE("A figure of the Year page opens its list: the events of that kind and year, the members, a tab of Records", "[ui][events][year]")
{
    test::UiFixture ui;
    Database &db = ui.window().session()->db();
    const qint64 workshop = EventKindRepository(db).find(QStringLiteral("Workshop"))->value().id;

    // The Events page shows something else first: all years, a word typed.
    auto *events = ui.page<EventsPage>(QStringLiteral("events"));
    ui.window().showPage(QStringLiteral("events"));
    events->yearFilter()->setCurrentIndex(0);
    events->filterEdit()->setText(QStringLiteral("no such event"));

    YearPage *page = showYear(ui, 2024);
    QTest::mouseClick(link(page, QStringLiteral("events:%1").arg(workshop)), Qt::LeftButton);
    REQUIRE(ui.window().currentPage() == events);
    CHECK(events->yearFilter()->currentData().toInt() == 2024);
    CHECK(events->kindFilter()->currentData().toLongLong() == workshop);
    CHECK(events->filterEdit()->text().isEmpty());
    EventFilter filter;
    filter.year = 2024;
    filter.kindId = workshop;
    CHECK(events->proxy()->rowCount() == EventRepository(db).list(filter)->size());
    CHECK(events->proxy()->rowCount() > 0);

    ui.window().showPage(QStringLiteral("year"));
    QTest::mouseClick(link(page, QStringLiteral("participants")), Qt::LeftButton);
    CHECK(ui.window().currentPage() == events);
    CHECK(events->yearFilter()->currentData().toInt() == 2024);
    CHECK(events->kindFilter()->currentData().toLongLong() == 0);

    ui.window().showPage(QStringLiteral("year"));
    QTest::mouseClick(link(page, QStringLiteral("members:joined")), Qt::LeftButton);
    CHECK(ui.window().currentPage() == ui.page<MembersPage>(QStringLiteral("members")));

    ui.window().showPage(QStringLiteral("year"));
    QTest::mouseClick(link(page, QStringLiteral("records:surveys")), Qt::LeftButton);
    auto *records = ui.page<RecordsPage>(QStringLiteral("records"));
    REQUIRE(ui.window().currentPage() == records);
    CHECK(records->currentTab() == records->tab(QStringLiteral("surveys")));

    ui.window().showPage(QStringLiteral("year"));
    QTest::mouseClick(link(page, QStringLiteral("publications:forthcoming")), Qt::LeftButton);
    CHECK(ui.window().currentPage() == records);
    CHECK(records->currentTab() == records->tab(QStringLiteral("publications")));
}

TEST_CASE("The Year page catches up with changes made while another page was shown", "[ui][events][year]")
{
    test::UiFixture ui;
    Database &db = ui.window().session()->db();
    YearPage *page = showYear(ui, 2024);
    const int before = page->month(11)->count();
    ui.window().showPage(QStringLiteral("members"));

    Event e;
    e.title = QStringLiteral("Late-autumn workshop");
    e.kindId = EventKindRepository(db).find(QStringLiteral("Workshop"))->value().id;
    e.startDate = QDate(2024, 11, 20);
    REQUIRE(EventRepository(db).create(e));
    Organisation o;
    o.name = QStringLiteral("Neustadt");
    o.joinedOn = QDate(2024, 6, 1);
    REQUIRE(OrganisationRepository(db).create(o));
    auto expected = YearSummary::compute(db, 2024);
    REQUIRE(expected);

    ui.window().showPage(QStringLiteral("year"));
    CHECK(page->month(11)->count() == before + 1);
    CHECK(number(page, QStringLiteral("value:members:joined")) == QLocale().toString(expected->current.newMembers));
    CHECK(number(page, QStringLiteral("value:events")) == QLocale().toString(expected->current.events));
}

TEST_CASE("The Year page offers a year that has records but no events, and counts them there", "[ui][events][year]")
{
    test::UiFixture ui;
    Database &db = ui.window().session()->db();
    const RecordKind &surveys = *findRecordKind(QStringLiteral("surveys"));
    REQUIRE(Records(db, surveys).create({{QStringLiteral("topic"), QStringLiteral("Alkoholverbotszonen")}, {QStringLiteral("sent_on"), QStringLiteral("2019-05-02")}}));
    REQUIRE(EventRepository(db).years()->indexOf(2019) < 0); // the demo has no events in 2019
    YearPage *page = showYear(ui, 2019);
    CHECK(number(page, QStringLiteral("value:records:surveys")) == QStringLiteral("1"));
}
