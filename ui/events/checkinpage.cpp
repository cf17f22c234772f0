// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkinpage.h"

#include "app/session.h"
#include "commands/command.h"
#include "common/clock.h"
#include "common/filterproxy.h"
#include "common/textcelldelegate.h"
#include "common/roles.h"
#include "common/tones.h"
#include "db/database.h"
#include "events/eventrepository.h"
#include "events/registrationmodel.h"
#include "events/registrationrepository.h"
#include "people/personpicker.h"
#include "people/quickpersondialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace fd {

CheckInPage::CheckInPage(Session &session, QWidget *parent)
    : Page(session, parent), m_event(new QComboBox(this)), m_counts(new QLabel(this)), m_find(new QLineEdit(this)), m_keyHint(new QLabel(this)),
      m_showCancelled(new QCheckBox(tr("Show cancelled"), this)), m_view(new QTableView(this)), m_walkIn(new PersonPicker(session.peopleIndex(), this)),
      m_feedback(new QLabel(this)), m_model(new RegistrationModel(session.db(), this)), m_proxy(new FilterProxy(this))
{
    m_event->setObjectName(QStringLiteral("event"));
    m_find->setObjectName(QStringLiteral("find"));
    m_walkIn->setObjectName(QStringLiteral("walkIn"));
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    QFont bigBold = big;
    bigBold.setBold(true);
    m_counts->setFont(bigBold);
    m_counts->setObjectName(QStringLiteral("counts"));
    m_find->setFont(big);
    m_find->setPlaceholderText(tr("Type a name to find it; Enter checks in"));
    m_find->setClearButtonEnabled(true);
    m_find->installEventFilter(this);
    m_keyHint->setObjectName(QStringLiteral("keyHint"));
    m_keyHint->setText(tr("Enter: check in · ↓: to the list · Space in the list: check in, or out again · Esc: clear the search"));
    m_keyHint->setWordWrap(true);
    m_keyHint->setForegroundRole(QPalette::PlaceholderText);
    m_walkIn->setPlaceholderText(tr("Walk-in: type the name; Enter checks them in (or creates them)"));
    m_feedback->setWordWrap(true);

    m_proxy->setSourceModel(m_model);
    m_proxy->setRowPredicate([this](int row, const QModelIndex &) {
        return m_showCancelled->isChecked() || m_model->registration(row).status != RegistrationStatus::Cancelled;
    });
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new TextCellDelegate(m_view));
    m_view->setFont(big);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RegistrationModel::Name, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(QFontMetrics(big).height() + 18);
    for (int c : {RegistrationModel::Number, RegistrationModel::Source, RegistrationModel::RegisteredAt, RegistrationModel::Notes})
        m_view->setColumnHidden(c, true);
    m_view->horizontalHeader()->resizeSection(RegistrationModel::Name, 360);
    m_view->horizontalHeader()->resizeSection(RegistrationModel::Organisation, 320);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->installEventFilter(this);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Event:"), this));
    top->addWidget(m_event, 1);
    auto *find = new QHBoxLayout;
    find->addWidget(m_find, 1);
    find->addWidget(m_showCancelled);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_counts);
    layout->addLayout(find);
    layout->addWidget(m_keyHint);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_walkIn);
    layout->addWidget(m_feedback);

    connect(m_event, &QComboBox::currentIndexChanged, this, &CheckInPage::onEventChosen);
    connect(m_find, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        if (m_proxy->rowCount() > 0)
            m_view->selectionModel()->setCurrentIndex(m_proxy->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    });
    connect(m_find, &QLineEdit::textEdited, this, [this] { m_searchDone = false; });
    connect(m_showCancelled, &QCheckBox::toggled, m_proxy, &FilterProxy::refilter);
    connect(m_model, &RegistrationModel::countsChanged, this, &CheckInPage::updateCounts);
    connect(m_view, &QTableView::doubleClicked, this, &CheckInPage::toggleCurrent);
    connect(m_walkIn, &PersonPicker::personChosen, this, &CheckInPage::walkInPerson);
    connect(m_walkIn, &PersonPicker::noMatch, this, &CheckInPage::walkInNew);
    connect(session.notifier(), &Notifier::changed, this, [this](Entity e, ChangeKind kind, const QList<qint64> &) {
        if (e == Entity::Event && kind != ChangeKind::Changed)
            fillEvents();
    });
    connect(session.notifier(), &Notifier::reset, this, [this](Entity e) {
        if (e == Entity::Event)
            fillEvents();
    });
    fillEvents();
    setFocusProxy(m_find);
}

QIcon CheckInPage::pageIcon()
{
    return QIcon(QStringLiteral(":/icons/checkin.svg"));
}

void CheckInPage::fillEvents()
{
    const qint64 current = eventId();
    m_event->blockSignals(true);
    m_event->clear();
    auto events = EventRepository(session().db()).list();
    int best = -1;
    const QDate today = fd::today();
    if (events) {
        for (const EventListItem &item : std::as_const(*events)) {
            const Event &e = item.event;
            m_event->addItem(QStringLiteral("%1 — %2").arg(e.dateText(), e.title), e.id);
            // Today's event, else the next one, else the latest.
            if (best < 0 && e.lastDay() >= today)
                best = m_event->count() - 1;
        }
    }
    if (best < 0)
        best = m_event->count() - 1;
    const int keep = m_event->findData(current);
    m_event->setCurrentIndex(keep >= 0 ? keep : best);
    m_event->blockSignals(false);
    onEventChosen();
}

qint64 CheckInPage::eventId() const
{
    return m_event->currentData().toLongLong();
}

void CheckInPage::showRecord(qint64 eventId)
{
    const int index = m_event->findData(eventId);
    if (index >= 0)
        m_event->setCurrentIndex(index);
    m_find->setFocus();
}

void CheckInPage::onEventChosen()
{
    m_model->setEvent(eventId());
    m_find->clear();
    m_feedback->clear();
    updateCounts();
}

void CheckInPage::updateCounts()
{
    const RegistrationCounts c = m_model->counts();
    m_counts->setText(tr("Registered %1 · Waitlist %2 · Attended %3").arg(c.seatsTaken()).arg(c.waitlisted).arg(c.attended));
}

void CheckInPage::say(const QString &text, bool problem)
{
    setLabelTone(m_feedback, problem ? Tone::Problem : Tone::Good);
    m_feedback->setText(text);
}

std::optional<Registration> CheckInPage::currentRegistration() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return std::nullopt;
    return m_model->registration(m_proxy->mapToSource(index).row());
}

void CheckInPage::checkInCurrent()
{
    if (auto r = currentRegistration()) {
        checkIn(*r);
        m_searchDone = true;
    }
}

void CheckInPage::toggleCurrent()
{
    if (auto r = currentRegistration()) {
        toggle(*r);
        m_searchDone = true;
    }
}

void CheckInPage::checkIn(const Registration &r)
{
    if (r.status == RegistrationStatus::Attended) {
        say(tr("%1 is checked in already (Space takes it back).").arg(r.personName), false);
        return;
    }
    toggle(r);
}

void CheckInPage::toggle(const Registration &r)
{
    const RegistrationStatus next = r.status == RegistrationStatus::Attended ? RegistrationStatus::Registered : RegistrationStatus::Attended;
    const qint64 id = r.id;
    // Someone waiting who turns up is let in; taking a check-in back returns them where they were (core's rules).
    auto change = commands::setRegistrationStatus(session(), r, next, Promotion::None);
    if (!change) {
        say(change.error().message, true);
        return;
    }
    if (next == RegistrationStatus::Attended)
        say(tr("%1 is checked in.").arg(r.personName), false);
    else if (change->changed.status == RegistrationStatus::Waitlisted)
        say(tr("%1 is no longer checked in and back on the waitlist.").arg(r.personName), false);
    else
        say(tr("%1 is no longer checked in.").arg(r.personName), false);
    // Shown and selected, also if the filter or "show cancelled" had hidden the row.
    const int row = m_model->rowOf(id);
    const QModelIndex shown = row >= 0 ? m_proxy->mapFromSource(m_model->index(row, 0)) : QModelIndex();
    if (shown.isValid())
        m_view->selectionModel()->setCurrentIndex(shown, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void CheckInPage::walkInPerson(qint64 personId)
{
    const int row = m_model->rowOfPerson(personId);
    if (row >= 0) {
        // Registered already (perhaps cancelled, so not shown): check them in.
        checkIn(m_model->registration(row));
        m_walkIn->setFocus();
        return;
    }
    RegistrationRequest request;
    request.eventId = eventId();
    request.personId = personId;
    request.source = RegistrationSource::OnSite;
    request.status = RegistrationStatus::Attended;
    auto outcome = commands::registerPerson(session(), request);
    say(outcome ? tr("%1 walked in and is checked in.").arg(outcome->registration.personName) : outcome.error().message, !outcome);
    m_walkIn->setFocus();
}

void CheckInPage::walkInNew(const QString &typed)
{
    QuickPersonDialog dialog(session().db(), typed, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    RegistrationRequest request;
    request.eventId = eventId();
    request.source = RegistrationSource::OnSite;
    request.status = RegistrationStatus::Attended;
    auto outcome = commands::registerNewPerson(session(), dialog.newPerson(), request);
    say(outcome ? tr("%1 walked in and is checked in.").arg(outcome->registration.personName) : outcome.error().message, !outcome);
    m_walkIn->clear();
    m_walkIn->setFocus();
}

void CheckInPage::createItem()
{
    m_walkIn->setFocus();
}

void CheckInPage::focusFilter()
{
    m_find->setFocus();
    m_find->selectAll();
}

void CheckInPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    m_find->setFocus();
}

bool CheckInPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return Page::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_find) {
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            m_view->setFocus();
            if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
                m_view->selectionModel()->setCurrentIndex(m_proxy->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            // Enter checks in, never out: typing a name twice must not undo the first check-in.
            if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
                checkInCurrent();
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_find->text().isEmpty()) {
            m_find->clear();
            return true;
        }
    } else if (watched == m_view) {
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier) {
            toggleCurrent();
            return true;
        }
        // Typing in the list goes on in the find field; after a check-in it is the next person's name.
        if (!key->text().isEmpty() && key->text().at(0).isPrint() && key->modifiers() <= Qt::ShiftModifier) {
            m_find->setFocus();
            m_find->setText(m_searchDone ? key->text() : m_find->text() + key->text());
            m_searchDone = false;
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            m_find->clear();
            m_find->setFocus();
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

} // namespace fd
