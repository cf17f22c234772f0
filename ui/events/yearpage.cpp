// SPDX-License-Identifier: GPL-3.0-or-later
#include "yearpage.h"

#include "app/session.h"
#include "common/dates.h"
#include "db/database.h"
#include "events/eventrepository.h"
#include "events/eventspage.h"
#include "members/memberspage.h"
#include "records/recordspage.h"
#include "records/recordkind.h"
#include "records/yearsummary.h"

#include <algorithm>

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace fd {

namespace {

// Whether a change can alter what the page shows: the events and their
// registrations, the members, the year's records.
bool concernsYear(Entity e)
{
    switch (e) {
    case Entity::Person:
    case Entity::Affiliation:
    case Entity::MembershipFee:
    case Entity::SearchEntry:
    case Entity::Blob:
        return false;
    default:
        return true;
    }
}

QString changeText(int now, int before)
{
    const int d = now - before;
    if (d == 0)
        return QStringLiteral("±0");
    return d > 0 ? QStringLiteral("+%1").arg(QLocale().toString(d)) : QStringLiteral("−%1").arg(QLocale().toString(-d));
}

} // namespace

YearPage::YearPage(Session &session, QWidget *parent)
    : Page(session, parent), m_year(new QComboBox(this)), m_summary(new QWidget), m_summaryGrid(new QGridLayout(m_summary)),
      m_changed(new QTimer(this))
{
    m_year->setObjectName(QStringLiteral("year"));
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Year:"), this));
    top->addWidget(m_year);
    top->addStretch();
    auto *grid = new QGridLayout;
    for (int m = 0; m < 12; ++m) {
        auto *box = new QGroupBox(this);
        auto *list = new QListWidget(box);
        list->setFrameShape(QFrame::NoFrame);
        list->setWordWrap(true);
        list->setToolTip(tr("Double-click opens the event"));
        auto *l = new QVBoxLayout(box);
        l->setContentsMargins(4, 4, 4, 4);
        l->addWidget(list);
        grid->addWidget(box, m / 4, m % 4);
        m_boxes << box;
        m_lists << list;
        connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
            emit openRecord(Entity::Event, item->data(Qt::UserRole).toLongLong());
        });
    }
    m_summary->setObjectName(QStringLiteral("year-summary"));
    m_summaryGrid->setContentsMargins(6, 6, 6, 6);
    m_summaryGrid->setHorizontalSpacing(12);
    m_summaryGrid->setVerticalSpacing(2);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("year-summary-scroll"));
    scroll->setWidget(m_summary);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(340);
    auto *body = new QHBoxLayout;
    body->addLayout(grid, 1);
    body->addWidget(scroll);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(body, 1);
    connect(m_year, &QComboBox::currentIndexChanged, this, &YearPage::reload);
    m_changed->setSingleShot(true);
    m_changed->setInterval(0);
    connect(m_changed, &QTimer::timeout, this, [this] {
        fillYears();
        reload();
    });
    // Hidden, the page only notes that it is behind and catches up when shown.
    auto changed = [this](Entity e) {
        if (!concernsYear(e))
            return;
        if (isVisible())
            m_changed->start();
        else
            m_stale = true;
    };
    connect(session.notifier(), &Notifier::changed, this, [changed](Entity e, ChangeKind, const QList<qint64> &) { changed(e); });
    connect(session.notifier(), &Notifier::reset, this, changed);
    fillYears();
    reload();
}

QIcon YearPage::pageIcon()
{
    return QIcon(QStringLiteral(":/icons/year.svg"));
}

void YearPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (m_stale) {
        fillYears();
        reload();
    }
}

void YearPage::focusFilter()
{
    m_year->setFocus();
}

void YearPage::fillYears()
{
    const int current = m_year->currentData().toInt();
    m_year->blockSignals(true);
    m_year->clear();
    const int thisYear = fd::today().year();
    // Years with events, with the year's records (a year of applications
    // and no event yet), and this year.
    QList<int> years;
    if (auto withEvents = EventRepository(session().db()).yearsToChoose())
        years = *withEvents;
    if (auto withRecords = recordYears(session().db())) {
        for (int y : std::as_const(*withRecords)) {
            if (!years.contains(y))
                years << y;
        }
    }
    std::sort(years.begin(), years.end(), std::greater<int>());
    for (int y : std::as_const(years))
        m_year->addItem(QString::number(y), y);
    const int keep = m_year->findData(current ? current : thisYear);
    m_year->setCurrentIndex(keep >= 0 ? keep : 0);
    m_year->blockSignals(false);
}

void YearPage::reload()
{
    m_stale = false;
    const int year = m_year->currentData().toInt();
    for (QListWidget *list : std::as_const(m_lists))
        list->clear();
    EventFilter filter;
    filter.year = year;
    auto events = EventRepository(session().db()).list(filter);
    const QLocale locale;
    QList<int> counts(12, 0);
    if (events) {
        for (const EventListItem &item : std::as_const(*events)) {
            const Event &e = item.event;
            // An event over New Year shows in the month of this year it touches.
            const QDate shown = e.startDate.year() == year ? e.startDate : QDate(year, 1, 1);
            const int m = shown.month() - 1;
            QString day = formatDayMonth(e.startDate);
            if (e.isMultiDay())
                day += QStringLiteral("–") + formatDayMonth(e.lastDay());
            QString text = day + QLatin1Char(' ') + e.title;
            const QString place = e.placeText();
            if (!place.isEmpty())
                text += QStringLiteral(" (") + place + QLatin1Char(')');
            if (const auto n = item.participants())
                text += QLatin1Char(' ') + tr("– %n participant(s)", nullptr, *n);
            auto *listItem = new QListWidgetItem(text, m_lists.at(m));
            listItem->setData(Qt::UserRole, e.id);
            listItem->setToolTip(QStringLiteral("%1\n%2 · %3 · %4").arg(e.title, e.kindName, audienceLabel(e.audience), roleLabel(e.role)));
            if (e.kindKey == QLatin1String("general_assembly")) {
                QFont f = listItem->font();
                f.setBold(true);
                listItem->setFont(f);
            }
            ++counts[m];
        }
    }
    for (int m = 0; m < 12; ++m)
        m_boxes.at(m)->setTitle(tr("%1 (%2)").arg(locale.standaloneMonthName(m + 1)).arg(counts.at(m)));
    reloadSummary(year);
}

// A handful of COUNT queries (under 40 ms at the large scale, see
// BENCHMARKS.md), so the page asks them at once rather than in a worker.
void YearPage::reloadSummary(int year)
{
    while (QLayoutItem *item = m_summaryGrid->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            // Later: the reload may come from one of these very buttons.
            w->hide();
            w->setObjectName(QString());
            w->deleteLater();
        }
        delete item;
    }
    for (int r = 0; r < m_summaryGrid->rowCount(); ++r)
        m_summaryGrid->setRowStretch(r, 0);
    int row = 0;
    auto header = [this, &row](int column, const QString &text, Qt::Alignment align) {
        auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()), m_summary);
        m_summaryGrid->addWidget(label, row, column, align);
    };
    header(0, tr("Figure"), Qt::AlignLeft);
    header(1, QString::number(year), Qt::AlignRight);
    header(2, QString::number(year - 1), Qt::AlignRight);
    header(3, tr("Change"), Qt::AlignRight);
    ++row;
    auto summary = YearSummary::compute(session().db(), year);
    if (!summary) {
        auto *error = new QLabel(summary.error().toString(), m_summary);
        error->setWordWrap(true);
        m_summaryGrid->addWidget(error, row++, 0, 1, 4);
    } else {
        const QLocale locale;
        for (const YearFigure &f : summary->figures()) {
            auto *link = new QPushButton(f.label, m_summary);
            link->setObjectName(QStringLiteral("figure:") + f.key);
            link->setFlat(true);
            link->setCursor(Qt::PointingHandCursor);
            link->setToolTip(tr("Show the list"));
            // A link's look, keyboard-reachable as a button; a part sits indented under its figure.
            link->setStyleSheet(QStringLiteral("QPushButton { border: none; padding: 1px 2px 1px %1px; text-align: left; color: palette(link); }"
                                               "QPushButton:hover, QPushButton:focus { text-decoration: underline; }")
                                    .arg(f.part ? 16 : 2));
            QString pageId, list;
            switch (f.list) {
            case YearFigure::List::Events: {
                pageId = EventsPage::pageId();
                QUrlQuery query;
                query.addQueryItem(QStringLiteral("year"), QString::number(year));
                if (!f.listKey.isEmpty())
                    query.addQueryItem(QStringLiteral("kind"), f.listKey);
                list = query.toString();
                break;
            }
            case YearFigure::List::Members:
                pageId = MembersPage::pageId();
                break;
            case YearFigure::List::Records:
                pageId = RecordsPage::pageId();
                list = f.listKey;
                break;
            }
            connect(link, &QPushButton::clicked, this, [this, pageId, list] { emit openList(pageId, list); });
            m_summaryGrid->addWidget(link, row, 0);
            auto number = [this, &f, row](int column, const QString &name, const QString &text) {
                auto *label = new QLabel(text, m_summary);
                label->setObjectName(name + f.key);
                label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_summaryGrid->addWidget(label, row, column);
            };
            if (f.metric) {
                // A dash where a year has no value, and then no change to tell.
                const QString none = QStringLiteral("–");
                auto text = [&locale, &none](const std::optional<double> &v) { return v ? formatMetricValue(*v, locale) : none; };
                const QString change = formatMetricChange(*f.metric, locale);
                number(1, QStringLiteral("value:"), text(f.metric->value));
                number(2, QStringLiteral("previous:"), text(f.metric->previous));
                number(3, QStringLiteral("change:"), change.isEmpty() ? none : change);
            } else {
                number(1, QStringLiteral("value:"), locale.toString(f.value));
                number(2, QStringLiteral("previous:"), locale.toString(f.previous));
                number(3, QStringLiteral("change:"), changeText(f.value, f.previous));
            }
            ++row;
        }
        auto *funding = new QLabel(tr("<b>Funding applications %1</b><br>%2").arg(year).arg(fundingSentence(summary->current.funding).toHtmlEscaped()),
                               m_summary);
        funding->setObjectName(QStringLiteral("funding-sentence"));
        funding->setWordWrap(true);
        m_summaryGrid->addWidget(funding, row++, 0, 1, 4);
    }
    m_summaryGrid->setColumnStretch(0, 1);
    m_summaryGrid->setRowStretch(row, 1);
}

} // namespace fd
