// SPDX-License-Identifier: GPL-3.0-or-later
#include "yearpage.h"

#include "app/session.h"
#include "common/dates.h"
#include "db/database.h"
#include "events/eventrepository.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace fd {

YearPage::YearPage(Session &session, QWidget *parent) : Page(session, parent), m_year(new QComboBox(this))
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
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(grid, 1);
    connect(m_year, &QComboBox::currentIndexChanged, this, &YearPage::reload);
    auto changed = [this](Entity e) {
        if (e == Entity::Event || e == Entity::EventKind) {
            if (isVisible()) {
                fillYears();
                reload();
            } else {
                m_stale = true;
            }
        }
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
    if (auto years = EventRepository(session().db()).yearsToChoose())
        for (int y : std::as_const(*years))
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
}

} // namespace fd
