// SPDX-License-Identifier: GPL-3.0-or-later
#include "quickpersondialog.h"

#include "common/tones.h"
#include "people/organisationfield.h"
#include "people/personmatch.h"
#include "people/personrepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace fd {

QuickPersonDialog::QuickPersonDialog(Database &db, const QString &typed, QWidget *parent)
    : QDialog(parent), m_db(db), m_title(new QComboBox(this)), m_first(new QLineEdit(this)), m_last(new QLineEdit(this)),
      m_organisation(new OrganisationField(db, this)), m_jobTitle(new QLineEdit(this)), m_email(new QLineEdit(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("New person"));
    m_title->setEditable(true);
    m_title->addItems({QString(), QStringLiteral("Dr."), QStringLiteral("Prof."), QStringLiteral("Prof. Dr.")});
    m_first->setObjectName(QStringLiteral("firstName"));
    m_last->setObjectName(QStringLiteral("lastName"));
    m_email->setObjectName(QStringLiteral("email"));
    setLabelTone(m_error, Tone::Problem);
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    // What was typed into the search becomes the name (or the e-mail).
    const QString text = typed.simplified();
    if (text.contains(QLatin1Char('@'))) {
        m_email->setText(text);
    } else if (text.contains(QLatin1Char(','))) {
        m_last->setText(text.section(QLatin1Char(','), 0, 0).trimmed());
        m_first->setText(text.section(QLatin1Char(','), 1).trimmed());
    } else {
        const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() >= 2) {
            m_first->setText(words.mid(0, words.size() - 1).join(QLatin1Char(' ')));
            m_last->setText(words.last());
        } else {
            m_last->setText(text);
        }
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&First name:"), m_first);
    form->addRow(tr("&Last name:"), m_last);
    form->addRow(tr("&Organisation:"), m_organisation);
    form->addRow(tr("F&unction:"), m_jobTitle);
    form->addRow(tr("&E-mail:"), m_email);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create and register"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QuickPersonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QuickPersonDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
    connect(m_organisation, &OrganisationField::statusChanged, this, &QuickPersonDialog::fitHeight, Qt::QueuedConnection);
    // Focus where typing goes on: the missing name, else the organisation.
    if (m_last->text().isEmpty())
        m_last->setFocus();
    else if (m_first->text().isEmpty())
        m_first->setFocus();
    else
        m_organisation->setFocus();
}

void QuickPersonDialog::fitHeight()
{
    // A top-level window does not grow by itself for word-wrapped lines.
    if (QLayout *l = layout()) {
        l->activate();
        const int needed = l->hasHeightForWidth() ? l->totalHeightForWidth(width()) : l->totalSizeHint().height();
        if (height() < needed)
            resize(width(), needed);
    }
}

void QuickPersonDialog::accept()
{
    Person p;
    p.title = m_title->currentText().trimmed();
    p.firstName = m_first->text().trimmed();
    p.lastName = m_last->text().trimmed();
    p.email = m_email->text().trimmed();
    const FieldErrors errors = validate(p);
    if (!errors.isEmpty()) {
        m_error->setText(errors.first().message);
        m_error->setVisible(true);
        fitHeight();
        (errors.first().field == QLatin1String("email") ? m_email : m_last)->setFocus();
        return;
    }
    m_result = {};
    m_result.person = p;
    m_result.jobTitle = m_jobTitle->text().trimmed();
    // A name nobody knows becomes an organisation only when the user ticked it.
    if (const qint64 orgId = m_organisation->organisationId(); orgId > 0) {
        m_result.organisationId = orgId;
    } else if (orgId < 0) {
        if (!m_organisation->creationConfirmed()) {
            m_result = {};
            m_error->setText(m_organisation->unconfirmedMessage());
            m_error->setVisible(true);
            fitHeight();
            m_organisation->setFocus();
            return;
        }
        m_result.newOrganisationName = m_organisation->typedName();
    }
    // The same person may be known already (the rules of the imports and the pack merge).
    const qint64 orgForMatch = m_result.organisationId ? m_result.organisationId : (m_result.newOrganisationName.isEmpty() ? 0 : -1);
    if (auto match = findPerson(m_db, p.firstName, p.lastName, p.email, orgForMatch);
        match && *match && match->by != PersonMatch::By::UniqueName) {
        auto known = PersonRepository(m_db).byId(match->personId);
        m_error->setText(match->by == PersonMatch::By::Email
                             ? tr("%1 has this e-mail address already: choose them in the search instead.").arg(known ? known->fullName() : QString())
                             : tr("%1 at this organisation is known already: choose them in the search instead.").arg(known ? known->fullName() : QString()));
        m_error->setVisible(true);
        fitHeight();
        return;
    }
    QDialog::accept();
}

} // namespace fd
