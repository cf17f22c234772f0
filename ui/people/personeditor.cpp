// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/dates.h"
#include "personeditor.h"

#include "app/session.h"
#include "commands/command.h"
#include "common/dateedit.h"
#include "db/database.h"
#include "events/registrationrepository.h"
#include "people/affiliationdialog.h"
#include "people/organisationfield.h"
#include "people/personrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fd {

namespace {
constexpr std::array<ConsentTopic, 3> Topics = {ConsentTopic::Newsletter, ConsentTopic::Photos, ConsentTopic::Sharing};
}

PersonEditor::PersonEditor(Session &session, QWidget *parent)
    : RecordEditor(parent), m_session(session), m_heading(makeHeading()), m_title(new QComboBox(this)),
      m_firstName(new QLineEdit(this)), m_lastName(new QLineEdit(this)), m_email(new QLineEdit(this)), m_phone(new QLineEdit(this)),
      m_organisationField(new OrganisationField(session.db(), this)), m_organisation(m_organisationField->combo()), m_jobTitle(new QLineEdit(this)), m_notes(new QPlainTextEdit(this)),
      m_errorLabel(makeErrorLabel()), m_details(new QWidget(this)), m_history(new QTableWidget(0, 4, this)), m_newPosition(new QPushButton(tr("New position…"), this)),
      m_editPosition(new QPushButton(tr("Edit…"), this)), m_deletePosition(new QPushButton(tr("Remove"), this)),
      m_consentLog(new QListWidget(this)), m_events(new QListWidget(this))
{
    m_title->setEditable(true);
    m_title->addItems({QString(), QStringLiteral("Dr."), QStringLiteral("Prof."), QStringLiteral("Prof. Dr."),
                       QStringLiteral("Dr. med."), QStringLiteral("Dipl.-Ing.")});
    m_title->setInsertPolicy(QComboBox::NoInsert);
    m_firstName->setObjectName(QStringLiteral("firstName"));
    m_lastName->setObjectName(QStringLiteral("lastName"));
    m_email->setObjectName(QStringLiteral("email"));
    m_jobTitle->setObjectName(QStringLiteral("jobTitle"));
    m_email->setPlaceholderText(tr("name@example.org"));
    m_organisation->setToolTip(tr("Where the person works now. Type a few letters and choose from the list; "
                                  "a name that is not known yet is created only when you tick the box under the field."));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);
    m_notes->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // On a wide screen the form stops growing, so that labels, check boxes
    // and their dates stay together.
    setMaximumWidth(readableFormWidth(this));

    auto *nameRow = new QHBoxLayout;
    nameRow->setContentsMargins(0, 0, 0, 0);
    m_title->setMinimumContentsLength(8);
    nameRow->addWidget(m_title);
    nameRow->addWidget(m_firstName, 1);

    auto *consents = new QGridLayout;
    consents->setContentsMargins(0, 0, 0, 0);
    consents->setColumnStretch(1, 1);
    for (int i = 0; i < 3; ++i) {
        m_consent[i] = new QCheckBox(consentTopicLabel(Topics[i]), this);
        m_consentDate[i] = new DateEdit(this);
        m_consentDate[i]->setPlaceholderText(tr("date"));
        m_consentDate[i]->setToolTip(tr("When the consent was given or withdrawn"));
        consents->addWidget(m_consent[i], i, 0);
        consents->addWidget(m_consentDate[i], i, 1);
        connect(m_consent[i], &QCheckBox::toggled, this, [this, i](bool on) {
            if (m_loading)
                return;
            // Giving or withdrawing consent happens today unless the user says otherwise.
            m_consentDate[i]->setDate(fd::today());
            Q_UNUSED(on);
            markDirty();
        });
        watchFields({m_consentDate[i]});
    }

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *nameLabel = new QLabel(tr("Title, &first name:"), this);
    nameLabel->setBuddy(m_firstName);
    form->addRow(nameLabel, nameRow);
    form->addRow(tr("&Last name:"), m_lastName);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Phone:"), m_phone);
    auto *organisationLabel = new QLabel(tr("&Organisation:"), this);
    organisationLabel->setBuddy(m_organisation);
    form->addRow(organisationLabel, m_organisationField);
    form->addRow(tr("F&unction:"), m_jobTitle);
    form->addRow(tr("Consents:"), consents);
    form->addRow(tr("N&otes:"), m_notes);

    QHBoxLayout *buttons = makeButtons();

    m_history->setHorizontalHeaderLabels({tr("Organisation"), tr("Function"), tr("From"), tr("Until")});
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->verticalHeader()->hide();
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setSelectionMode(QAbstractItemView::SingleSelection);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setMaximumHeight(150);
    auto *historyButtons = new QHBoxLayout;
    historyButtons->addWidget(m_newPosition);
    historyButtons->addWidget(m_editPosition);
    historyButtons->addWidget(m_deletePosition);
    historyButtons->addStretch();
    m_newPosition->setToolTip(tr("The person changes position or organisation: the current one ends, the history stays"));
    m_consentLog->setMaximumHeight(110);

    auto *details = new QVBoxLayout(m_details);
    details->setContentsMargins(0, 0, 0, 0);
    details->addWidget(sectionLabel(tr("Positions"), this));
    details->addWidget(m_history);
    details->addLayout(historyButtons);
    details->addWidget(sectionLabel(tr("Consent history"), this));
    details->addWidget(m_consentLog);
    details->addWidget(sectionLabel(tr("Events"), this));
    details->addWidget(m_events);
    m_events->setMaximumHeight(140);
    m_events->setToolTip(tr("Double-click opens the event"));
    connect(m_events, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (const qint64 id = item->data(Qt::UserRole).toLongLong())
            emit openEvent(id);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addLayout(buttons);
    layout->addWidget(m_details);
    layout->addStretch();

    m_errors = std::make_unique<FormErrors>(m_errorLabel);
    m_errors->bind(QStringLiteral("last_name"), m_lastName);
    m_errors->bind(QStringLiteral("email"), m_email);
    m_errors->bind(QStringLiteral("organisation"), m_organisation);
    for (int i = 0; i < 3; ++i)
        m_errors->bind(QStringLiteral("consent_") + consentTopicKey(Topics[i]), m_consentDate[i]);

    watchFields({m_title, m_firstName, m_lastName, m_email, m_phone, m_organisation, m_organisationField->createBox(), m_jobTitle, m_notes});

    connect(m_newPosition, &QPushButton::clicked, this, &PersonEditor::newPosition);
    connect(m_editPosition, &QPushButton::clicked, this, &PersonEditor::editPosition);
    connect(m_deletePosition, &QPushButton::clicked, this, &PersonEditor::deletePosition);
    connect(m_history, &QTableWidget::cellDoubleClicked, this, &PersonEditor::editPosition);
    connect(session.notifier(), &Notifier::changed, this, &PersonEditor::onChanged);
    connect(session.notifier(), &Notifier::reset, this, [this](Entity e) { onChanged(e, ChangeKind::Changed, {m_person.id}); });

    clear();
}

void PersonEditor::setEnabledForm(bool enabled)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_title, m_firstName, m_lastName, m_email, m_phone, m_organisationField, m_jobTitle, m_notes})
        w->setEnabled(enabled);
    for (int i = 0; i < 3; ++i) {
        m_consent[i]->setEnabled(enabled);
        m_consentDate[i]->setEnabled(enabled);
    }
}

void PersonEditor::clear()
{
    m_loading = true;
    m_person = Person();
    m_current = Affiliation();
    setNew(false);
    fillForm(Person(), Affiliation());
    m_heading->setText(tr("No person selected"));
    setEnabledForm(false);
    m_details->setVisible(false);
    m_loading = false;
    setDirty(false);
}

void PersonEditor::load(qint64 id)
{
    auto item = PersonRepository(m_session.db()).listItem(id);
    if (item)
        show(*item);
    else
        clear();
}

void PersonEditor::show(const PersonListItem &item)
{
    m_loading = true;
    m_person = item.person;
    m_current = item.current;
    setNew(false);
    fillForm(item.person, item.current);
    setEnabledForm(true);
    m_details->setVisible(true);
    loadHistory();
    m_loading = false;
    setDirty(false);
}

void PersonEditor::startNew()
{
    m_loading = true;
    m_person = Person();
    m_current = Affiliation();
    setNew(true);
    fillForm(Person(), Affiliation());
    m_heading->setText(tr("New person"));
    setEnabledForm(true);
    m_details->setVisible(false);
    m_loading = false;
    setDirty(false);
    focusFirstField();
}

void PersonEditor::fillForm(const Person &p, const Affiliation &current)
{
    m_heading->setText(p.fullName());
    m_title->setCurrentText(p.title);
    m_firstName->setText(p.firstName);
    m_lastName->setText(p.lastName);
    m_email->setText(p.email);
    m_phone->setText(p.phone);
    m_organisationField->reload();
    m_organisationField->setOrganisation(current.organisationId);
    m_jobTitle->setText(current.jobTitle);
    for (int i = 0; i < 3; ++i) {
        const Consent c = p.consent(Topics[i]);
        m_consent[i]->setChecked(c.granted);
        m_consentDate[i]->setDate(c.on);
    }
    m_notes->setPlainText(p.notes);
    m_errors->clear();
}

void PersonEditor::focusFirstField()
{
    m_firstName->setFocus();
    m_firstName->selectAll();
}

bool PersonEditor::save()
{
    if (!isDirty() && !isNew())
        return true;
    m_errors->clear();

    commands::PersonChange change;
    change.before = m_person;
    Person p = m_person;
    p.title = m_title->currentText().trimmed();
    p.firstName = m_firstName->text();
    p.lastName = m_lastName->text();
    p.email = m_email->text().trimmed();
    p.phone = m_phone->text();
    p.notes = m_notes->toPlainText();
    FieldErrors errors;
    for (int i = 0; i < 3; ++i) {
        if (!m_consentDate[i]->hasValidInput())
            errors.append({QStringLiteral("consent_") + consentTopicKey(Topics[i]),
                           tr("The date of \"%1\" is not a date.").arg(consentTopicLabel(Topics[i]))});
        p.setConsent(Topics[i], {m_consent[i]->isChecked(), m_consentDate[i]->date()});
    }
    change.after = p;
    errors += validate(p);
    if (!errors.isEmpty()) {
        m_errors->show(errors);
        return false;
    }

    change.currentBefore = m_current;
    change.currentAfter = m_current;
    change.currentAfter.personId = m_person.id;
    change.currentAfter.jobTitle = m_jobTitle->text().trimmed();
    const qint64 orgId = m_organisationField->organisationId();
    if (orgId == -1) {
        // Never created from a few letters and Tab: only with the box ticked.
        if (!m_organisationField->creationConfirmed()) {
            m_errors->show(FieldErrors{{QStringLiteral("organisation"), m_organisationField->unconfirmedMessage()}});
            return false;
        }
        change.newOrganisationName = m_organisationField->typedName();
        change.currentAfter.organisationId = 0;
    } else {
        change.currentAfter.organisationId = orgId;
    }

    auto result = commands::savePerson(m_session, change);
    if (!result) {
        m_errors->show(result.error());
        return false;
    }
    setNew(false);
    load(*result);
    emit saved(*result);
    return true;
}

void PersonEditor::onChanged(Entity entity, ChangeKind kind, const QList<qint64> &ids)
{
    if (isNew() || m_person.id == 0)
        return;
    if (entity == Entity::Person && ids.contains(m_person.id)) {
        if (kind == ChangeKind::Removed)
            clear();
        else if (!isDirty())
            load(m_person.id);
    } else if ((entity == Entity::Organisation || entity == Entity::Registration || entity == Entity::Event) && !isDirty()) {
        load(m_person.id);
    }
}

void PersonEditor::loadHistory()
{
    PersonRepository repo(m_session.db());
    m_affiliations.clear();
    m_history->setRowCount(0);
    if (auto list = repo.affiliations(m_person.id))
        m_affiliations = *list;
    const QDate today = fd::today();
    m_history->setRowCount(int(m_affiliations.size()));
    for (int i = 0; i < m_affiliations.size(); ++i) {
        const Affiliation &a = m_affiliations.at(i);
        const QStringList cells = {a.organisationName, a.jobTitle,
                                   a.validFrom.isValid() ? formatDate(a.validFrom) : QString(),
                                   a.validUntil.isValid() ? formatDate(a.validUntil) : QString()};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (!a.isCurrentOn(today))
                item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            m_history->setItem(i, c, item);
        }
    }
    m_history->resizeColumnsToContents();
    m_editPosition->setEnabled(!m_affiliations.isEmpty());
    m_deletePosition->setEnabled(!m_affiliations.isEmpty());

    m_consentLog->clear();
    if (auto log = repo.consentHistory(m_person.id)) {
        for (const ConsentRecord &r : std::as_const(*log)) {
            const QString when = r.effectiveOn.isValid() ? formatDate(r.effectiveOn)
                                                         : formatDate(r.recordedAt.toLocalTime().date());
            m_consentLog->addItem(r.granted ? tr("%1: %2 given").arg(when, consentTopicLabel(r.topic))
                                            : tr("%1: %2 withdrawn").arg(when, consentTopicLabel(r.topic)));
        }
        if (log->isEmpty())
            m_consentLog->addItem(tr("No consents recorded."));
    }

    m_events->clear();
    if (auto registrations = RegistrationRepository(m_session.db()).forPerson(m_person.id)) {
        for (const Registration &r : std::as_const(*registrations)) {
            auto *item = new QListWidgetItem(tr("%1 %2 (%3)").arg(formatDate(r.eventStart), r.eventTitle, statusLabel(r.status)), m_events);
            item->setData(Qt::UserRole, r.eventId);
        }
        if (registrations->isEmpty())
            m_events->addItem(tr("No registrations yet."));
    }
}

void PersonEditor::newPosition()
{
    if (isDirty() && !save())
        return;
    Affiliation next;
    next.personId = m_person.id;
    next.organisationId = m_current.organisationId;
    next.validFrom = fd::today();
    AffiliationDialog dialog(m_session.db(), next, AffiliationDialog::Mode::NewPosition, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = commands::changePosition(m_session, m_current, dialog.affiliation()); !s)
        QMessageBox::warning(this, tr("Position not saved"), s.error().message);
}

void PersonEditor::editPosition()
{
    const int row = m_history->currentRow();
    if (row < 0 || row >= m_affiliations.size())
        return;
    const Affiliation before = m_affiliations.at(row);
    AffiliationDialog dialog(m_session.db(), before, AffiliationDialog::Mode::Edit, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = commands::editAffiliation(m_session, before, dialog.affiliation()); !s)
        QMessageBox::warning(this, tr("Position not saved"), s.error().message);
}

void PersonEditor::deletePosition()
{
    const int row = m_history->currentRow();
    if (row < 0 || row >= m_affiliations.size())
        return;
    if (Status s = commands::deleteAffiliation(m_session, m_affiliations.at(row)); !s)
        QMessageBox::warning(this, tr("Position not removed"), s.error().message);
}

} // namespace fd
