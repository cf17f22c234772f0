// SPDX-License-Identifier: GPL-3.0-or-later
#include "organisationeditor.h"

#include "app/session.h"
#include "commands/command.h"
#include "common/dateedit.h"
#include "common/dates.h"
#include "common/tones.h"
#include "db/database.h"
#include "members/feedialog.h"
#include "members/organisationrepository.h"
#include "people/personrepository.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace fd {

namespace {
const QStringList &federalStates()
{
    static const QStringList states = {
        QStringLiteral("Baden-Württemberg"), QStringLiteral("Bayern"), QStringLiteral("Berlin"), QStringLiteral("Brandenburg"),
        QStringLiteral("Bremen"), QStringLiteral("Hamburg"), QStringLiteral("Hessen"), QStringLiteral("Mecklenburg-Vorpommern"),
        QStringLiteral("Niedersachsen"), QStringLiteral("Nordrhein-Westfalen"), QStringLiteral("Rheinland-Pfalz"),
        QStringLiteral("Saarland"), QStringLiteral("Sachsen"), QStringLiteral("Sachsen-Anhalt"), QStringLiteral("Schleswig-Holstein"),
        QStringLiteral("Thüringen")};
    return states;
}
} // namespace

OrganisationEditor::OrganisationEditor(Session &session, QWidget *parent)
    : RecordEditor(parent), m_session(session), m_heading(makeHeading()), m_name(new QLineEdit(this)), m_kind(new QComboBox(this)),
      m_state(new QComboBox(this)), m_country(new QLineEdit(this)), m_joined(new DateEdit(this)), m_left(new DateEdit(this)),
      m_website(new QLineEdit(this)), m_notes(new QPlainTextEdit(this)), m_errorLabel(makeErrorLabel()),
      m_details(new QWidget(this)),
      m_fees(new QTableWidget(0, 3, this)), m_addFee(new QPushButton(tr("Add fee…"), this)),
      m_editFee(new QPushButton(tr("Edit…"), this)), m_deleteFee(new QPushButton(tr("Remove"), this)),
      m_contacts(new QListWidget(this))
{
    m_name->setObjectName(QStringLiteral("name"));
    m_kind->addItem(organisationKindLabel(OrganisationKind::City), int(OrganisationKind::City));
    m_kind->addItem(organisationKindLabel(OrganisationKind::Organisation), int(OrganisationKind::Organisation));
    m_state->setEditable(true);
    m_state->addItem(QString());
    m_state->addItems(federalStates());
    m_state->setInsertPolicy(QComboBox::NoInsert);
    m_country->setMaxLength(2);
    m_country->setPlaceholderText(QStringLiteral("DE"));
    m_country->setToolTip(tr("Two-letter country code: DE, AT, CH…"));
    m_joined->setPlaceholderText(tr("not a member"));
    m_left->setPlaceholderText(tr("still a member"));
    m_website->setPlaceholderText(QStringLiteral("https://"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    m_notes->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // On a wide screen the form stops growing, so that labels and fields stay together.
    setMaximumWidth(readableFormWidth(this));

    auto *openSite = new QToolButton(this);
    openSite->setText(tr("Open"));
    openSite->setToolTip(tr("Open the website in the browser"));
    openSite->setFocusPolicy(Qt::NoFocus);
    connect(openSite, &QToolButton::clicked, this, [this] {
        QString site = m_website->text().trimmed();
        if (site.isEmpty())
            return;
        if (!site.contains(QLatin1String("://")))
            site.prepend(QLatin1String("https://"));
        QDesktopServices::openUrl(QUrl(site));
    });
    auto *siteRow = new QHBoxLayout;
    siteRow->setContentsMargins(0, 0, 0, 0);
    siteRow->addWidget(m_website, 1);
    siteRow->addWidget(openSite);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Type:"), m_kind);
    form->addRow(tr("S&tate:"), m_state);
    form->addRow(tr("&Country:"), m_country);
    form->addRow(tr("Member &since:"), m_joined);
    form->addRow(tr("Member &until:"), m_left);
    auto *siteLabel = new QLabel(tr("&Website:"), this);
    siteLabel->setBuddy(m_website);
    form->addRow(siteLabel, siteRow);
    form->addRow(tr("N&otes:"), m_notes);

    QHBoxLayout *buttons = makeButtons();

    // Fees and contacts of an existing organisation.
    m_fees->setHorizontalHeaderLabels({tr("Year"), tr("Amount"), tr("Paid on")});
    m_fees->horizontalHeader()->setStretchLastSection(true);
    m_fees->verticalHeader()->hide();
    m_fees->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_fees->setSelectionMode(QAbstractItemView::SingleSelection);
    m_fees->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fees->setMaximumHeight(150);
    auto *feeButtons = new QHBoxLayout;
    feeButtons->addWidget(m_addFee);
    feeButtons->addWidget(m_editFee);
    feeButtons->addWidget(m_deleteFee);
    feeButtons->addStretch();
    m_contacts->setMaximumHeight(160);
    m_contacts->setToolTip(tr("Double-click to open the person"));

    auto *details = new QVBoxLayout(m_details);
    details->setContentsMargins(0, 0, 0, 0);
    details->addWidget(sectionLabel(tr("Annual fees"), this));
    details->addWidget(m_fees);
    details->addLayout(feeButtons);
    details->addWidget(sectionLabel(tr("Contact people"), this));
    details->addWidget(m_contacts);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addLayout(buttons);
    layout->addWidget(m_details);
    layout->addStretch();

    m_errors = std::make_unique<FormErrors>(m_errorLabel);
    m_errors->bind(QStringLiteral("name"), m_name);
    m_errors->bind(QStringLiteral("joined_on"), m_joined);
    m_errors->bind(QStringLiteral("left_on"), m_left);
    m_errors->bind(QStringLiteral("website"), m_website);
    m_errors->bind(QStringLiteral("country"), m_country);

    watchFields({m_name, m_kind, m_state, m_country, m_joined, m_left, m_website, m_notes});

    connect(m_addFee, &QPushButton::clicked, this, &OrganisationEditor::addFee);
    connect(m_editFee, &QPushButton::clicked, this, &OrganisationEditor::editFee);
    connect(m_deleteFee, &QPushButton::clicked, this, &OrganisationEditor::deleteFee);
    connect(m_fees, &QTableWidget::cellDoubleClicked, this, &OrganisationEditor::editFee);
    connect(m_contacts, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit openPerson(item->data(Qt::UserRole).toLongLong());
    });
    connect(session.notifier(), &Notifier::changed, this, &OrganisationEditor::onChanged);
    connect(session.notifier(), &Notifier::reset, this, [this](Entity e) { onChanged(e, ChangeKind::Changed, {m_original.id}); });

    clear();
}

void OrganisationEditor::setEnabledForm(bool enabled)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_kind, m_state, m_country, m_joined, m_left, m_website, m_notes})
        w->setEnabled(enabled);
}

void OrganisationEditor::clear()
{
    m_loading = true;
    m_original = Organisation();
    setNew(false);
    fillForm(Organisation());
    m_heading->setText(tr("No organisation selected"));
    setEnabledForm(false);
    m_details->setVisible(false);
    m_loading = false;
    setDirty(false);
}

void OrganisationEditor::showOrganisation(const Organisation &organisation)
{
    m_loading = true;
    m_original = organisation;
    setNew(false);
    fillForm(organisation);
    setEnabledForm(true);
    m_details->setVisible(true);
    loadFees();
    loadContacts();
    m_loading = false;
    setDirty(false);
}

void OrganisationEditor::load(qint64 id)
{
    auto org = OrganisationRepository(m_session.db()).byId(id);
    if (org)
        showOrganisation(*org);
    else
        clear();
}

void OrganisationEditor::startNew()
{
    m_loading = true;
    Organisation o;
    o.kind = OrganisationKind::City;
    o.country = QStringLiteral("DE");
    m_original = o;
    setNew(true);
    fillForm(o);
    m_heading->setText(tr("New member or organisation"));
    setEnabledForm(true);
    m_details->setVisible(false);
    m_loading = false;
    setDirty(false);
    focusFirstField();
}

void OrganisationEditor::fillForm(const Organisation &o)
{
    m_heading->setText(o.name);
    m_name->setText(o.name);
    m_kind->setCurrentIndex(m_kind->findData(int(o.kind)));
    m_state->setCurrentText(o.state);
    m_country->setText(o.country);
    m_joined->setDate(o.joinedOn);
    m_left->setDate(o.leftOn);
    m_website->setText(o.website);
    m_notes->setPlainText(o.notes);
    m_errors->clear();
}

Organisation OrganisationEditor::formValues() const
{
    Organisation o = m_original;
    o.name = m_name->text();
    o.kind = OrganisationKind(m_kind->currentData().toInt());
    o.state = m_state->currentText().trimmed();
    o.country = m_country->text().trimmed().toUpper();
    o.joinedOn = m_joined->date();
    o.leftOn = m_left->date();
    o.website = m_website->text().trimmed();
    o.notes = m_notes->toPlainText();
    return o;
}

void OrganisationEditor::focusFirstField()
{
    m_name->setFocus();
    m_name->selectAll();
}

bool OrganisationEditor::save()
{
    if (!isDirty() && !isNew())
        return true;
    m_errors->clear();
    FieldErrors errors;
    if (!m_joined->hasValidInput())
        errors.append({QStringLiteral("joined_on"), tr("\"%1\" is not a date.").arg(m_joined->text())});
    if (!m_left->hasValidInput())
        errors.append({QStringLiteral("left_on"), tr("\"%1\" is not a date.").arg(m_left->text())});
    const Organisation values = formValues();
    errors += validate(values);
    if (!errors.isEmpty()) {
        m_errors->show(errors);
        return false;
    }
    qint64 id = m_original.id;
    if (isNew()) {
        auto created = commands::addOrganisation(m_session, values);
        if (!created) {
            m_errors->show(created.error());
            return false;
        }
        id = *created;
    } else {
        if (Status s = commands::editOrganisation(m_session, m_original, values); !s) {
            m_errors->show(s.error());
            return false;
        }
    }
    auto fresh = OrganisationRepository(m_session.db()).byId(id);
    if (fresh)
        showOrganisation(*fresh);
    emit saved(id);
    return true;
}

void OrganisationEditor::onChanged(Entity entity, ChangeKind kind, const QList<qint64> &ids)
{
    if (isNew() || m_original.id == 0)
        return;
    if (entity == Entity::Organisation && ids.contains(m_original.id)) {
        if (kind == ChangeKind::Removed) {
            clear();
            return;
        }
        // Changed elsewhere (an undo, another window): show it, unless the user is typing.
        if (!isDirty()) {
            auto fresh = OrganisationRepository(m_session.db()).byId(m_original.id);
            if (fresh)
                showOrganisation(*fresh);
            else
                clear();
        }
    } else if (entity == Entity::MembershipFee) {
        loadFees();
    } else if (entity == Entity::Affiliation || entity == Entity::Person) {
        loadContacts();
    }
}

void OrganisationEditor::loadFees()
{
    m_fees->setRowCount(0);
    m_feeRows.clear();
    if (!m_original.id)
        return;
    auto fees = OrganisationRepository(m_session.db()).fees(m_original.id);
    if (!fees)
        return;
    m_feeRows = *fees;
    m_fees->setRowCount(int(m_feeRows.size()));
    for (int i = 0; i < m_feeRows.size(); ++i) {
        const MembershipFee &f = m_feeRows.at(i);
        m_fees->setItem(i, 0, new QTableWidgetItem(QString::number(f.year)));
        auto *amount = new QTableWidgetItem(formatMoney(f.amountCents));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_fees->setItem(i, 1, amount);
        auto *paid = new QTableWidgetItem(f.isPaid() ? formatDate(f.paidOn) : tr("open"));
        if (!f.isPaid())
            paid->setForeground(toneColor(Tone::Problem));
        m_fees->setItem(i, 2, paid);
    }
    m_fees->resizeColumnsToContents();
    m_editFee->setEnabled(!m_feeRows.isEmpty());
    m_deleteFee->setEnabled(!m_feeRows.isEmpty());
}

void OrganisationEditor::loadContacts()
{
    m_contacts->clear();
    if (!m_original.id)
        return;
    auto people = PersonRepository(m_session.db()).peopleAt(m_original.id);
    if (!people)
        return;
    const QDate today = fd::today();
    for (const PersonListItem &item : std::as_const(*people)) {
        QString text = item.person.fullName();
        if (!item.current.jobTitle.isEmpty())
            text += QStringLiteral(" — ") + item.current.jobTitle;
        const bool current = item.current.isCurrentOn(today);
        if (!current && item.current.validUntil.isValid())
            text += QLatin1Char(' ') + tr("(until %1)").arg(formatDate(item.current.validUntil));
        auto *listItem = new QListWidgetItem(text, m_contacts);
        listItem->setData(Qt::UserRole, item.person.id);
        if (!current)
            listItem->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
    }
    if (people->isEmpty()) {
        auto *none = new QListWidgetItem(tr("No contact people yet."), m_contacts);
        none->setFlags(Qt::NoItemFlags);
    }
}

void OrganisationEditor::addFee()
{
    MembershipFee fee;
    fee.organisationId = m_original.id;
    fee.year = fd::today().year();
    // Suggest the amount of the latest year.
    if (!m_feeRows.isEmpty())
        fee.amountCents = m_feeRows.first().amountCents;
    // This year, or the first after it that has no fee yet.
    auto taken = [this](int year) {
        return std::any_of(m_feeRows.cbegin(), m_feeRows.cend(), [year](const MembershipFee &f) { return f.year == year; });
    };
    while (taken(fee.year))
        fee.year += 1;
    FeeDialog dialog(fee, m_original.name, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto created = commands::addFee(m_session, dialog.fee());
    if (!created)
        QMessageBox::warning(this, tr("Fee not saved"), created.error().message);
}

void OrganisationEditor::editFee()
{
    const int row = m_fees->currentRow();
    if (row < 0 || row >= m_feeRows.size())
        return;
    const MembershipFee before = m_feeRows.at(row);
    FeeDialog dialog(before, m_original.name, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = commands::editFee(m_session, before, dialog.fee()); !s)
        QMessageBox::warning(this, tr("Fee not saved"), s.error().message);
}

void OrganisationEditor::deleteFee()
{
    const int row = m_fees->currentRow();
    if (row < 0 || row >= m_feeRows.size())
        return;
    const MembershipFee fee = m_feeRows.at(row);
    if (Status s = commands::deleteFee(m_session, fee); !s)
        QMessageBox::warning(this, tr("Fee not removed"), s.error().message);
}

} // namespace fd
