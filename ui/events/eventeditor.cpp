// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventeditor.h"

#include "app/session.h"
#include "commands/command.h"
#include "common/dateedit.h"
#include "common/dates.h"
#include "db/database.h"
#include "db/tables.h"
#include "events/eventrepository.h"
#include "events/registrationpanel.h"
#include "events/registrationrepository.h"
#include "people/personpicker.h"
#include "people/affiliationdialog.h"
#include "records/recordkind.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace fd {

EventEditor::EventEditor(Session &session, QWidget *parent)
    : RecordEditor(parent), m_session(session), m_heading(makeHeading()), m_tabs(new QTabWidget(this)), m_details(new QWidget(this)),
      m_title(new QLineEdit(this)), m_kind(new QComboBox(this)), m_number(new QSpinBox(this)), m_numberLabel(new QLabel(tr("&Number:"), this)),
      m_startDate(new DateEdit(this)), m_startTime(new QLineEdit(this)), m_endDate(new DateEdit(this)), m_endTime(new QLineEdit(this)),
      m_format(new QComboBox(this)), m_city(new QLineEdit(this)), m_venue(new QLineEdit(this)), m_audience(new QComboBox(this)),
      m_role(new QComboBox(this)), m_partners(new QLineEdit(this)), m_partnersLabel(new QLabel(tr("&Partners:"), this)),
      m_funder(new QComboBox(this)), m_projectLink(new QComboBox(this)), m_project(new QLineEdit(this)), m_capacity(new QSpinBox(this)),
      m_open(new QCheckBox(tr("Registration is open"), this)), m_reported(new QSpinBox(this)), m_documentation(new QLineEdit(this)),
      m_membersOnly(new QCheckBox(tr("for members only"), this)), m_notes(new QPlainTextEdit(this)), m_errorLabel(makeErrorLabel()),
      m_registrations(new RegistrationPanel(session, this))
{
    m_title->setObjectName(QStringLiteral("title"));
    m_kind->setObjectName(QStringLiteral("kind"));
    m_capacity->setObjectName(QStringLiteral("capacity"));
    m_funder->setObjectName(QStringLiteral("funder"));
    m_projectLink->setObjectName(QStringLiteral("project"));
    m_project->setObjectName(QStringLiteral("project_name"));
    m_number->setRange(0, 999);
    m_number->setSpecialValueText(tr("none"));
    m_numberLabel->setBuddy(m_number);
    m_partnersLabel->setBuddy(m_partners);
    for (QLineEdit *time : {m_startTime, m_endTime}) {
        time->setPlaceholderText(tr("hh:mm"));
        time->setMaximumWidth(80);
    }
    m_startDate->setPlaceholderText(tr("dd.mm.yyyy"));
    m_endDate->setPlaceholderText(tr("same day"));
    for (EventFormat f : {EventFormat::OnSite, EventFormat::Online, EventFormat::Hybrid})
        m_format->addItem(formatLabel(f), int(f));
    for (Audience a : {Audience::Members, Audience::Public})
        m_audience->addItem(audienceLabel(a), int(a));
    for (EventRole r : {EventRole::Organiser, EventRole::CoOrganiser, EventRole::Attendee, EventRole::Speaker})
        m_role->addItem(roleLabel(r), int(r));
    m_city->setPlaceholderText(tr("City"));
    m_venue->setPlaceholderText(tr("Venue"));
    m_partners->setPlaceholderText(tr("e.g. Stadt Augsburg"));
    m_projectLink->setToolTip(tr("One of the office's projects: the event is listed in its form"));
    m_project->setPlaceholderText(tr("or another project's name"));
    m_capacity->setRange(-1, 100000);
    m_capacity->setSpecialValueText(tr("unlimited"));
    m_reported->setRange(-1, 100000);
    m_reported->setSpecialValueText(tr("not reported"));
    m_reported->setToolTip(tr("For events where only the number is known; attendance taken here counts first"));
    m_documentation->setPlaceholderText(QStringLiteral("https://"));
    m_membersOnly->setToolTip(tr("Documentation behind a password: never shown in anything made for the public"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);
    m_notes->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    fillOrganisationCombo(session.db(), m_funder);

    auto *editKinds = new QToolButton(this);
    editKinds->setText(QStringLiteral("…"));
    editKinds->setToolTip(tr("Edit the list of kinds"));
    editKinds->setFocusPolicy(Qt::NoFocus);
    connect(editKinds, &QToolButton::clicked, this, &EventEditor::editKinds);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Title:"), m_title);
    auto *kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    form->addRow(kindLabel, fieldRow(this, {m_kind, editKinds}));
    form->addRow(m_numberLabel, m_number);
    auto *startLabel = new QLabel(tr("&Start:"), this);
    startLabel->setBuddy(m_startDate);
    form->addRow(startLabel, fieldRow(this, {m_startDate, m_startTime}));
    auto *endLabel = new QLabel(tr("&End:"), this);
    endLabel->setBuddy(m_endDate);
    form->addRow(endLabel, fieldRow(this, {m_endDate, m_endTime}));
    form->addRow(tr("&Format:"), m_format);
    auto *placeLabel = new QLabel(tr("&Place:"), this);
    placeLabel->setBuddy(m_city);
    form->addRow(placeLabel, fieldRow(this, {m_city, m_venue}, 1));
    form->addRow(tr("&Audience:"), m_audience);
    form->addRow(tr("Our &role:"), m_role);
    form->addRow(m_partnersLabel, m_partners);
    form->addRow(tr("Funded &by:"), m_funder);
    form->addRow(tr("Pro&ject:"), fieldRow(this, {m_projectLink, m_project}, 1));
    form->addRow(tr("&Capacity:"), fieldRow(this, {m_capacity, m_open}, 1));
    form->addRow(tr("Participants (&reported):"), m_reported);
    auto *docLabel = new QLabel(tr("&Documentation:"), this);
    docLabel->setBuddy(m_documentation);
    form->addRow(docLabel, fieldRow(this, {m_documentation, m_membersOnly}));
    form->addRow(tr("N&otes:"), m_notes);

    QHBoxLayout *buttons = makeButtons();
    // The form stops growing at a readable width (Save stays by the fields);
    // the registrations in the other tab take what the window gives.
    auto *formBox = new QWidget(m_details);
    formBox->setMaximumWidth(readableFormWidth(this));
    auto *formLayout = new QVBoxLayout(formBox);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addLayout(form);
    formLayout->addWidget(m_errorLabel);
    formLayout->addLayout(buttons);
    auto *details = new QVBoxLayout(m_details);
    details->addWidget(formBox);
    details->addStretch(1);

    m_tabs->addTab(m_details, tr("Details"));
    m_tabs->addTab(m_registrations, tr("Registrations"));
    m_tabs->setTabToolTip(1, tr("Registrations of this event (%1)").arg(registrationsShortcut().toString(QKeySequence::NativeText)));
    // A click on the tab puts the cursor where the next name is typed.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1)
            m_registrations->picker()->setFocus();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_tabs, 1);

    m_errors = std::make_unique<FormErrors>(m_errorLabel);
    m_errors->bind(QStringLiteral("title"), m_title);
    m_errors->bind(QStringLiteral("kind"), m_kind);
    m_errors->bind(QStringLiteral("start"), m_startDate);
    m_errors->bind(QStringLiteral("end"), m_endDate);
    m_errors->bind(QStringLiteral("documentation"), m_documentation);
    m_errors->bind(QStringLiteral("start_time"), m_startTime);
    m_errors->bind(QStringLiteral("end_time"), m_endTime);

    watchFields({m_title, m_kind, m_number, m_startDate, m_startTime, m_endDate, m_endTime, m_format, m_city, m_venue, m_audience,
                 m_role, m_partners, m_funder, m_projectLink, m_project, m_capacity, m_open, m_reported, m_documentation, m_membersOnly, m_notes});
    // Which fields apply depends on the kind (a number for general assemblies), format and role.
    for (QComboBox *combo : {m_kind, m_format, m_audience, m_role, m_projectLink})
        connect(combo, &QComboBox::currentIndexChanged, this, &EventEditor::updateVisibility);
    connect(session.notifier(), &Notifier::changed, this, &EventEditor::onChanged);
    connect(session.notifier(), &Notifier::reset, this, [this](Entity e) { onChanged(e, ChangeKind::Changed, {m_event.id}); });

    fillKinds();
    clear();
}

void EventEditor::fillKinds()
{
    const qint64 current = m_kind->currentData().toLongLong();
    const bool wasLoading = m_loading;
    m_loading = true;
    m_kind->clear();
    if (auto kinds = EventKindRepository(m_session.db()).all()) {
        for (const EventKind &k : std::as_const(*kinds))
            m_kind->addItem(k.name(), k.id);
        for (int i = 0; i < kinds->size(); ++i) {
            if (kinds->at(i).isGeneralAssembly())
                m_kind->setItemData(i, QStringLiteral("general_assembly"), Qt::UserRole + 1);
        }
    }
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(current)));
    m_loading = wasLoading;
}

void EventEditor::fillProjects()
{
    // Read each time an event is shown: projects are few, and added on another page.
    const QSignalBlocker block(m_projectLink);
    const qint64 chosen = m_projectLink->currentData().toLongLong();
    m_projectLink->clear();
    m_projectLink->addItem(QString(), qint64(0));
    if (auto choices = referenceChoices(m_session.db(), tables::projects())) {
        for (const auto &[id, title] : std::as_const(*choices))
            m_projectLink->addItem(title, id);
    }
    m_projectLink->setCurrentIndex(qMax(0, m_projectLink->findData(chosen)));
}

void EventEditor::updateVisibility()
{
    // A project of the office's own needs no name beside it.
    m_project->setEnabled(m_projectLink->currentData().toLongLong() == 0);
    const bool assembly = m_kind->currentData(Qt::UserRole + 1).toString() == QLatin1String("general_assembly");
    m_number->setVisible(assembly);
    m_numberLabel->setVisible(assembly);
    const bool partners = EventRole(m_role->currentData().toInt()) == EventRole::CoOrganiser || !m_partners->text().isEmpty();
    m_partners->setVisible(partners);
    m_partnersLabel->setVisible(partners);
}

void EventEditor::setEnabledForm(bool enabled)
{
    m_details->setEnabled(enabled);
    m_tabs->setTabEnabled(1, enabled && !isNew());
}

void EventEditor::clear()
{
    m_loading = true;
    m_event = Event();
    setNew(false);
    fillForm(Event());
    m_heading->setText(tr("No event selected"));
    m_registrations->setEvent(0);
    m_loading = false;
    setEnabledForm(false);
    setDirty(false);
}

void EventEditor::load(qint64 id)
{
    auto event = EventRepository(m_session.db()).byId(id);
    if (event)
        show(*event);
    else
        clear();
}

void EventEditor::show(const Event &event)
{
    m_loading = true;
    m_event = event;
    setNew(false);
    fillForm(event);
    m_registrations->setEvent(event.id);
    m_loading = false;
    setEnabledForm(true);
    setDirty(false);
}

void EventEditor::startNew()
{
    m_loading = true;
    Event e;
    e.startDate = fd::today();
    m_event = e;
    setNew(true);
    fillForm(e);
    m_startDate->clear();
    m_heading->setText(tr("New event"));
    m_registrations->setEvent(0);
    m_loading = false;
    setEnabledForm(true);
    m_tabs->setCurrentIndex(0);
    setDirty(false);
    focusFirstField();
}

void EventEditor::fillForm(const Event &e)
{
    m_heading->setText(e.title);
    m_title->setText(e.title);
    m_kind->setCurrentIndex(e.kindId ? qMax(0, m_kind->findData(e.kindId)) : 0);
    m_number->setValue(e.assemblyNumber);
    m_startDate->setDate(e.startDate);
    m_startTime->setText(formatTime(e.startTime));
    m_endDate->setDate(e.endDate);
    m_endTime->setText(formatTime(e.endTime));
    m_format->setCurrentIndex(m_format->findData(int(e.format)));
    m_city->setText(e.city);
    m_venue->setText(e.venue);
    m_audience->setCurrentIndex(m_audience->findData(int(e.audience)));
    m_role->setCurrentIndex(m_role->findData(int(e.role)));
    m_partners->setText(e.partners);
    fillOrganisationCombo(m_session.db(), m_funder);
    m_funder->setCurrentIndex(e.funderId ? qMax(0, m_funder->findData(e.funderId)) : 0);
    fillProjects();
    m_projectLink->setCurrentIndex(e.projectId ? qMax(0, m_projectLink->findData(e.projectId)) : 0);
    m_project->setText(e.projectName);
    m_capacity->setValue(e.capacity.value_or(-1));
    m_open->setChecked(e.registrationOpen);
    m_reported->setValue(e.reportedParticipants.value_or(-1));
    m_documentation->setText(e.documentationUrl);
    m_membersOnly->setChecked(e.documentationMembersOnly);
    m_notes->setPlainText(e.notes);
    m_errors->clear();
    updateVisibility();
}

Event EventEditor::formValues(FieldErrors &errors) const
{
    Event e = m_event;
    e.title = m_title->text();
    e.kindId = m_kind->currentData().toLongLong();
    e.assemblyNumber = m_number->isVisible() ? m_number->value() : 0;
    if (!m_startDate->hasValidInput())
        errors.append({QStringLiteral("start"), tr("\"%1\" is not a date.").arg(m_startDate->text())});
    if (!m_endDate->hasValidInput())
        errors.append({QStringLiteral("end"), tr("\"%1\" is not a date.").arg(m_endDate->text())});
    e.startDate = m_startDate->date();
    e.endDate = m_endDate->date();
    e.startTime = parseUserTime(m_startTime->text());
    e.endTime = parseUserTime(m_endTime->text());
    if (!m_startTime->text().trimmed().isEmpty() && !e.startTime.isValid())
        errors.append({QStringLiteral("start_time"), tr("\"%1\" is not a time (write 14:00).").arg(m_startTime->text())});
    if (!m_endTime->text().trimmed().isEmpty() && !e.endTime.isValid())
        errors.append({QStringLiteral("end_time"), tr("\"%1\" is not a time (write 16:30).").arg(m_endTime->text())});
    e.format = EventFormat(m_format->currentData().toInt());
    e.city = m_city->text();
    e.venue = m_venue->text();
    e.audience = Audience(m_audience->currentData().toInt());
    e.role = EventRole(m_role->currentData().toInt());
    e.partners = m_partners->text();
    const qint64 funderId = chosenOrganisation(m_funder);
    e.funderId = qMax<qint64>(0, funderId);
    if (funderId < 0)
        errors.append({QStringLiteral("funder"), tr("\"%1\" is not a known organisation; add it on the Members page first.").arg(m_funder->currentText())});
    e.projectId = m_projectLink->currentData().toLongLong();
    e.projectName = e.projectId > 0 ? QString() : m_project->text();
    e.capacity = m_capacity->value() >= 0 ? std::optional<int>(m_capacity->value()) : std::nullopt;
    e.registrationOpen = m_open->isChecked();
    e.reportedParticipants = m_reported->value() >= 0 ? std::optional<int>(m_reported->value()) : std::nullopt;
    e.documentationUrl = m_documentation->text();
    e.documentationMembersOnly = m_membersOnly->isChecked();
    e.notes = m_notes->toPlainText();
    return e;
}

void EventEditor::focusFirstField()
{
    m_tabs->setCurrentIndex(0);
    m_title->setFocus();
    m_title->selectAll();
}

QKeySequence EventEditor::registrationsShortcut()
{
    return QKeySequence(Qt::CTRL | Qt::Key_R);
}

void EventEditor::showRegistrations()
{
    if (isNew() || m_event.id == 0)
        return;
    m_tabs->setCurrentIndex(1);
    m_registrations->picker()->setFocus();
}

bool EventEditor::save()
{
    if (!isDirty() && !isNew())
        return true;
    m_errors->clear();
    FieldErrors errors;
    const Event values = formValues(errors);
    errors += validate(values);
    if (!errors.isEmpty()) {
        m_tabs->setCurrentIndex(0);
        m_errors->show(errors);
        return false;
    }
    qint64 id = m_event.id;
    if (isNew()) {
        auto created = commands::addEvent(m_session, values);
        if (!created) {
            m_errors->show(created.error());
            return false;
        }
        id = *created;
    } else if (Status s = commands::editEvent(m_session, m_event, values); !s) {
        m_errors->show(s.error());
        return false;
    } else {
        offerPromotion();
    }
    setNew(false);
    load(id);
    emit saved(id);
    return true;
}

void EventEditor::offerPromotion()
{
    // More places (a raised capacity) and people waiting: they may move up now.
    auto movable = RegistrationRepository(m_session.db()).movableNow(m_event.id);
    if (!movable || *movable == 0)
        return;
    const int moving = *movable;
    const auto answer = QMessageBox::question(this, tr("Places are free"),
                                              tr("%n place(s) can go to the waitlist now. Move the first in line up?", nullptr, moving),
                                              QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes) {
        if (auto promoted = commands::promoteWaitlisted(m_session, m_event.id); !promoted)
            QMessageBox::warning(this, tr("Waitlist"), promoted.error().message);
    }
}

void EventEditor::onChanged(Entity entity, ChangeKind kind, const QList<qint64> &ids)
{
    if (entity == Entity::EventKind) {
        fillKinds();
        return;
    }
    if (entity == Entity::Project) {
        fillProjects(); // added, renamed or deleted on the Records page
        return;
    }
    if (isNew() || m_event.id == 0)
        return;
    if (entity == Entity::Event && ids.contains(m_event.id)) {
        if (kind == ChangeKind::Removed)
            clear();
        else if (!isDirty()) {
            auto fresh = EventRepository(m_session.db()).byId(m_event.id);
            if (fresh) {
                m_loading = true;
                m_event = *fresh;
                fillForm(*fresh);
                m_loading = false;
            }
        }
    }
}

} // namespace fd
