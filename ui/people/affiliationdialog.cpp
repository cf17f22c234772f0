// SPDX-License-Identifier: GPL-3.0-or-later
#include "affiliationdialog.h"

#include "common/textfold.h"
#include "common/tones.h"

#include "common/dateedit.h"
#include "members/organisationrepository.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace fd {

void fillOrganisationCombo(Database &db, QComboBox *combo)
{
    const QString text = combo->currentText();
    combo->clear();
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItem(QString(), qint64(0));
    if (auto all = OrganisationRepository(db).all()) {
        for (const Organisation &o : std::as_const(*all))
            combo->addItem(o.name, o.id);
    }
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    combo->setCurrentText(text);
}

qint64 chosenOrganisation(const QComboBox *combo)
{
    const QString key = foldKey(combo->currentText().trimmed());
    if (key.isEmpty())
        return 0;
    for (int i = 0; i < combo->count(); ++i) {
        if (const qint64 id = combo->itemData(i).toLongLong(); id > 0 && foldKey(combo->itemText(i)) == key)
            return id;
    }
    return -1;
}

AffiliationDialog::AffiliationDialog(Database &db, const Affiliation &affiliation, Mode mode, QWidget *parent)
    : QDialog(parent), m_affiliation(affiliation), m_organisation(new QComboBox(this)), m_jobTitle(new QLineEdit(this)),
      m_from(new DateEdit(this)), m_until(new DateEdit(this)), m_error(new QLabel(this))
{
    setWindowTitle(mode == Mode::NewPosition ? tr("New position") : tr("Position"));
    fillOrganisationCombo(db, m_organisation);
    m_organisation->setCurrentIndex(m_organisation->findData(affiliation.organisationId));
    m_jobTitle->setText(affiliation.jobTitle);
    m_from->setDate(affiliation.validFrom);
    m_from->setPlaceholderText(tr("unknown"));
    m_until->setDate(affiliation.validUntil);
    m_until->setPlaceholderText(tr("still there"));
    setLabelTone(m_error, Tone::Problem);
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Organisation:"), m_organisation);
    form->addRow(tr("&Function:"), m_jobTitle);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&Until:"), m_until);
    auto *layout = new QVBoxLayout(this);
    if (mode == Mode::NewPosition) {
        auto *hint = new QLabel(tr("The current position ends the day before the new one begins; it stays in the history."), this);
        hint->setWordWrap(true);
        layout->addWidget(hint);
    }
    layout->addLayout(form);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AffiliationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AffiliationDialog::reject);
    layout->addWidget(buttons);
    resize(440, sizeHint().height());
}

void AffiliationDialog::accept()
{
    const qint64 orgId = chosenOrganisation(m_organisation);
    QString problem;
    if (orgId <= 0)
        problem = tr("Choose one of the known organisations (create new ones on the Members page).");
    else if (!m_from->hasValidInput() || !m_until->hasValidInput())
        problem = tr("A date is not a date. Type it as 16.05.2024.");
    Affiliation a = m_affiliation;
    a.organisationId = orgId;
    a.jobTitle = m_jobTitle->text().trimmed();
    a.validFrom = m_from->date();
    a.validUntil = m_until->date();
    if (problem.isEmpty()) {
        const FieldErrors errors = validate(a);
        if (!errors.isEmpty())
            problem = errors.first().message;
    }
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->setVisible(true);
        return;
    }
    m_affiliation = a;
    QDialog::accept();
}

} // namespace fd
