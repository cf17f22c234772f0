// SPDX-License-Identifier: GPL-3.0-or-later
#include "registrationpanel.h"

#include "app/session.h"
#include "commands/command.h"
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

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>

#include <algorithm>
#include <QVBoxLayout>

namespace fd {

RegistrationPanel::RegistrationPanel(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new RegistrationModel(session.db(), this)), m_proxy(new FilterProxy(this)),
      m_counts(new QLabel(this)), m_picker(new PersonPicker(session.peopleIndex(), this)), m_source(new QComboBox(this)),
      m_feedback(new QLabel(this)), m_view(new QTableView(this)), m_attended(new QPushButton(tr("Attended"), this)),
      m_cancel(new QPushButton(tr("Cancel registration"), this)), m_moveUp(new QPushButton(tr("Move up"), this)),
      m_delete(new QPushButton(tr("Delete"), this)), m_export(new QToolButton(this)), m_exportMenu(new QMenu(this))
{
    m_picker->setObjectName(QStringLiteral("registrationPicker"));
    for (RegistrationSource s : {RegistrationSource::Email, RegistrationSource::Phone, RegistrationSource::Form, RegistrationSource::Paper,
                                 RegistrationSource::OnSite})
        m_source->addItem(sourceLabel(s), int(s));
    m_source->setToolTip(tr("How the registrations you are entering arrived"));
    QFont bold = m_counts->font();
    bold.setBold(true);
    m_counts->setFont(bold);
    m_counts->setObjectName(QStringLiteral("counts"));
    m_counts->setWordWrap(true);
    m_feedback->setObjectName(QStringLiteral("feedback"));
    m_feedback->setWordWrap(true);
    m_feedback->hide(); // takes no room until there is something to say

    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new TextCellDelegate(m_view));
    m_view->setObjectName(QStringLiteral("registrations"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RegistrationModel::Number, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    // Name and organisation share the width; the status is always in view
    // (fitColumns() shows source, time and notes where there is room).
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(RegistrationModel::Name, QHeaderView::Stretch);
    header->setSectionResizeMode(RegistrationModel::Organisation, QHeaderView::Stretch);
    const QFontMetrics metrics(m_view->font());
    header->resizeSection(RegistrationModel::Number, metrics.horizontalAdvance(QStringLiteral("999")) + 28);
    int statusWidth = metrics.horizontalAdvance(tr("waitlisted, no. %1").arg(999));
    for (RegistrationStatus s : {RegistrationStatus::Registered, RegistrationStatus::Waitlisted, RegistrationStatus::Cancelled,
                                 RegistrationStatus::Attended, RegistrationStatus::NoShow})
        statusWidth = qMax(statusWidth, metrics.horizontalAdvance(QStringLiteral("✓ ") + statusLabel(s)));
    header->resizeSection(RegistrationModel::Status, statusWidth + 16);
    int sourceWidth = metrics.horizontalAdvance(tr("Source"));
    for (RegistrationSource s : {RegistrationSource::Email, RegistrationSource::Phone, RegistrationSource::Form, RegistrationSource::Paper,
                                 RegistrationSource::OnSite, RegistrationSource::Import})
        sourceWidth = qMax(sourceWidth, metrics.horizontalAdvance(sourceLabel(s)));
    header->resizeSection(RegistrationModel::Source, sourceWidth + 16);
    header->resizeSection(RegistrationModel::RegisteredAt, metrics.horizontalAdvance(QStringLiteral("00.00.0000 00:00")) + 16);
    header->resizeSection(RegistrationModel::Notes, metrics.averageCharWidth() * 20);
    m_roomForAllColumns = 2 * metrics.averageCharWidth() * 22; // name and organisation stay readable
    for (int c : {RegistrationModel::Number, RegistrationModel::Status, RegistrationModel::Source, RegistrationModel::RegisteredAt,
                  RegistrationModel::Notes})
        m_roomForAllColumns += header->sectionSize(c);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    m_view->setMinimumHeight(260);

    m_export->setText(tr("Export"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setMenu(m_exportMenu);
    m_export->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_export->setIcon(QIcon(QStringLiteral(":/icons/export.svg")));

    // Export sits at the top beside the counts, where a narrow window never cuts it off.
    auto *top = new QHBoxLayout;
    top->addWidget(m_counts, 1);
    top->addWidget(m_export, 0, Qt::AlignTop);
    auto *entry = new QHBoxLayout;
    entry->addWidget(m_picker, 1);
    entry->addWidget(m_source);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_attended);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_moveUp);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    m_attended->setToolTip(tr("Mark as attended, or back to registered (Space)"));
    m_cancel->setToolTip(tr("The person cancelled; the place goes to the waitlist"));
    m_moveUp->setToolTip(tr("Move waitlisted people up into free places"));
    m_delete->setToolTip(tr("Delete entries made by mistake (Del)"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(entry);
    layout->addWidget(m_feedback);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_picker, &PersonPicker::personChosen, this, &RegistrationPanel::registerPerson);
    connect(m_picker, &PersonPicker::noMatch, this, &RegistrationPanel::createAndRegister);
    connect(m_model, &RegistrationModel::countsChanged, this, &RegistrationPanel::updateCounts);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RegistrationPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RegistrationPanel::updateButtons);
    // Rows change in place now: a status that changed may change what the buttons do.
    connect(m_model, &RegistrationModel::countsChanged, this, &RegistrationPanel::updateButtons);
    connect(m_attended, &QPushButton::clicked, this, [this] {
        const QList<Registration> selected = selectedRegistrations();
        const bool allAttended = !selected.isEmpty() && std::all_of(selected.begin(), selected.end(), [](const Registration &r) {
            return r.status == RegistrationStatus::Attended;
        });
        setStatusOfSelection(allAttended ? RegistrationStatus::Registered : RegistrationStatus::Attended);
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] { setStatusOfSelection(RegistrationStatus::Cancelled); });
    connect(m_moveUp, &QPushButton::clicked, this, &RegistrationPanel::promote);
    connect(m_delete, &QPushButton::clicked, this, &RegistrationPanel::deleteSelection);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit openPerson(m_model->registration(m_proxy->mapToSource(index).row()).personId);
    });
    connect(m_view, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        for (RegistrationStatus s : {RegistrationStatus::Registered, RegistrationStatus::Waitlisted, RegistrationStatus::Cancelled,
                                     RegistrationStatus::Attended, RegistrationStatus::NoShow})
            menu.addAction(tr("Set to \"%1\"").arg(statusLabel(s)), this, [this, s] { setStatusOfSelection(s); });
        menu.addSeparator();
        menu.addAction(tr("Notes…"), this, &RegistrationPanel::editNotes);
        menu.addAction(tr("Copy e-mail addresses"), this, &RegistrationPanel::copyEmails);
        menu.addAction(tr("Delete…"), this, &RegistrationPanel::deleteSelection);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    updateCounts();
    updateButtons();
}

void RegistrationPanel::setEvent(qint64 eventId)
{
    m_model->setEvent(eventId);
    m_feedback->clear();
    m_feedback->hide();
    setEnabled(eventId > 0);
}

qint64 RegistrationPanel::eventId() const
{
    return m_model->eventId();
}

RegistrationSource RegistrationPanel::source() const
{
    return RegistrationSource(m_source->currentData().toInt());
}

void RegistrationPanel::say(const QString &message, bool problem)
{
    m_feedback->setText(message);
    m_feedback->setVisible(!message.isEmpty());
    setLabelTone(m_feedback, problem ? Tone::Problem : Tone::Good);
}

void RegistrationPanel::updateCounts()
{
    const RegistrationCounts c = m_model->counts();
    auto event = eventId() > 0 ? EventRepository(m_session.db()).byId(eventId()) : Result<Event>(Error());
    QString text = event && event->capacity ? tr("Registered: %1 of %2").arg(c.seatsTaken()).arg(*event->capacity)
                                            : tr("Registered: %1").arg(c.seatsTaken());
    text += QStringLiteral(" · ") + tr("Waitlist: %1").arg(c.waitlisted) + QStringLiteral(" · ") + tr("Cancelled: %1").arg(c.cancelled)
        + QStringLiteral(" · ") + tr("Attended: %1").arg(c.attended);
    if (c.noShow)
        text += QStringLiteral(" · ") + tr("No-show: %1").arg(c.noShow);
    if (event && !event->registrationOpen)
        text += QStringLiteral(" · ") + tr("registration closed");
    m_counts->setText(text);
}

void RegistrationPanel::updateButtons()
{
    const bool any = m_view->selectionModel()->hasSelection();
    m_attended->setEnabled(any);
    m_cancel->setEnabled(any);
    m_delete->setEnabled(any);
    m_moveUp->setEnabled(m_model->counts().waitlisted > 0);
}

QList<Registration> RegistrationPanel::selectedRegistrations() const
{
    QList<Registration> list;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        list << m_model->registration(m_proxy->mapToSource(index).row());
    return list;
}

void RegistrationPanel::registerPerson(qint64 personId)
{
    if (eventId() <= 0)
        return;
    RegistrationRequest request;
    request.eventId = eventId();
    request.personId = personId;
    request.source = source();
    auto event = EventRepository(m_session.db()).byId(eventId());
    if (event && !event->registrationOpen) {
        if (QMessageBox::question(this, tr("Registration closed"), tr("Registration for \"%1\" is closed. Register anyway?").arg(event->title))
            != QMessageBox::Yes)
            return;
        request.evenIfClosed = true;
    }
    auto outcome = commands::registerPerson(m_session, request);
    if (!outcome) {
        say(outcome.error().message, true);
        m_picker->setFocus();
        return;
    }
    const Registration &r = outcome->registration;
    if (outcome->waitlisted)
        say(tr("The event is full: %1 is on the waitlist as no. %2.").arg(r.personName).arg(outcome->waitlistPosition), true);
    else
        say(tr("%1 is registered.").arg(r.personName));
    const int row = m_model->rowOfPerson(personId);
    if (row >= 0)
        m_view->scrollTo(m_proxy->mapFromSource(m_model->index(row, 0)));
    m_picker->setFocus();
}

void RegistrationPanel::createAndRegister(const QString &typed)
{
    if (eventId() <= 0)
        return;
    QuickPersonDialog dialog(m_session.db(), typed, this);
    if (dialog.exec() != QDialog::Accepted) {
        m_picker->setFocus();
        return;
    }
    RegistrationRequest request;
    request.eventId = eventId();
    request.source = source();
    request.evenIfClosed = true; // the user just entered them on purpose
    auto outcome = commands::registerNewPerson(m_session, dialog.newPerson(), request);
    if (!outcome) {
        say(outcome.error().message, true);
    } else if (outcome->waitlisted) {
        say(tr("The event is full: %1 is on the waitlist as no. %2.").arg(outcome->registration.personName).arg(outcome->waitlistPosition), true);
    } else {
        say(tr("%1 is new and registered.").arg(outcome->registration.personName));
    }
    m_picker->clear();
    m_picker->setFocus();
}

void RegistrationPanel::setStatusOfSelection(RegistrationStatus status)
{
    const QList<Registration> selected = selectedRegistrations();
    if (selected.isEmpty())
        return;
    // Several rows are one step to undo.
    QUndoStack *stack = m_session.undoStack();
    const bool macro = selected.size() > 1;
    if (macro)
        stack->beginMacro(tr("%1: %n registration(s)", nullptr, selected.size()).arg(statusLabel(status)));
    QStringList done;
    for (const Registration &current : selected) {
        // Reread: an earlier change in this loop may have promoted someone.
        auto fresh = RegistrationRepository(m_session.db()).byId(current.id);
        if (!fresh)
            continue;
        const Registration r = *fresh;
        if (r.status == status)
            continue;
        Promotion promotion = Promotion::None;
        if (takesSeat(r.status) && !takesSeat(status)) {
            auto next = RegistrationRepository(m_session.db()).nextToMoveUp(r);
            if (next && next->has_value()) {
                const QString nextName = next->value().personName;
                QMessageBox box(QMessageBox::Question, tr("A place becomes free"),
                                tr("%1's place becomes free. Move %2, the first on the waitlist, up?").arg(r.personName, nextName),
                                QMessageBox::NoButton, this);
                QPushButton *yes = box.addButton(tr("Move %1 up").arg(nextName), QMessageBox::AcceptRole);
                box.addButton(tr("Leave the place free"), QMessageBox::RejectRole);
                QPushButton *back = box.addButton(QMessageBox::Cancel);
                box.setDefaultButton(yes);
                box.exec();
                if (box.clickedButton() == back)
                    break;
                if (box.clickedButton() == yes)
                    promotion = Promotion::FromWaitlist;
            }
        }
        auto change = commands::setRegistrationStatus(m_session, r, status, promotion);
        if (!change) {
            say(change.error().message, true);
            if (macro)
                stack->endMacro();
            return;
        }
        QString text = change->waitlisted ? tr("%1: the event is full or others are waiting first, so on the waitlist.").arg(r.personName)
                                          : tr("%1: %2.").arg(r.personName, statusLabel(change->changed.status));
        if (change->promoted)
            text += QLatin1Char(' ') + tr("%1 moved up from the waitlist.").arg(change->promoted->personName);
        done << text;
    }
    if (macro)
        stack->endMacro();
    if (!done.isEmpty())
        say(done.join(QLatin1Char(' ')), false);
}

void RegistrationPanel::promote()
{
    auto promoted = commands::promoteWaitlisted(m_session, eventId());
    if (!promoted) {
        say(promoted.error().message, true);
        return;
    }
    if (promoted->isEmpty()) {
        say(tr("No free places: raise the capacity first, or cancel a registration."), true);
        return;
    }
    QStringList names;
    for (const Registration &r : std::as_const(*promoted))
        names << r.personName;
    say(tr("Moved up from the waitlist: %1.").arg(names.join(QLatin1String(", "))));
}

void RegistrationPanel::deleteSelection()
{
    const QList<Registration> selected = selectedRegistrations();
    if (selected.isEmpty())
        return;
    const QString question = selected.size() == 1 ? tr("Delete the registration of %1?").arg(selected.first().personName)
                                                  : tr("Delete %n registration(s)?", nullptr, selected.size());
    if (QMessageBox::question(this, tr("Delete"), question + QLatin1Char('\n')
                                                      + tr("For someone who cancelled, use \"Cancel registration\" instead: it keeps the record."))
        != QMessageBox::Yes)
        return;
    if (Status s = commands::deleteRegistrations(m_session, eventId(), selected); !s)
        say(s.error().message, true);
}

void RegistrationPanel::editNotes()
{
    const QList<Registration> selected = selectedRegistrations();
    if (selected.size() != 1)
        return;
    const Registration before = selected.first();
    bool ok = false;
    const QString notes = QInputDialog::getMultiLineText(this, tr("Notes"), tr("Notes on the registration of %1:").arg(before.personName),
                                                         before.notes, &ok);
    if (!ok)
        return;
    Registration after = before;
    after.notes = notes;
    auto saved = commands::editRegistration(m_session, before, after);
    if (!saved)
        say(saved.error().message, true);
}

void RegistrationPanel::copyEmails()
{
    QList<Registration> selected = selectedRegistrations();
    if (selected.isEmpty()) {
        for (int i = 0; i < m_model->rowCount(); ++i)
            selected << m_model->registration(i);
    }
    QStringList emails;
    for (const Registration &r : std::as_const(selected)) {
        if (!r.email.isEmpty() && r.status != RegistrationStatus::Cancelled && !emails.contains(r.email))
            emails << r.email;
    }
    QApplication::clipboard()->setText(emails.join(QLatin1String("; ")));
    say(tr("%n e-mail address(es) copied; paste them into the BCC field of your mail.", nullptr, int(emails.size())));
}

void RegistrationPanel::fitColumns()
{
    // Source, time and notes are shown when name and organisation keep a
    // readable width beside them; in a narrow window the name's tooltip has them.
    const int width = m_view->viewport()->width();
    if (width == m_fittedWidth)
        return;
    m_fittedWidth = width;
    const bool room = width >= m_roomForAllColumns;
    for (int c : {RegistrationModel::Source, RegistrationModel::RegisteredAt, RegistrationModel::Notes})
        m_view->setColumnHidden(c, !room);
}

bool RegistrationPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier) {
            m_attended->click();
            return true;
        }
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
            deleteSelection();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace fd
