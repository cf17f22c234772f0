// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedialog.h"

#include "common/clock.h"
#include "common/dateedit.h"
#include "common/tones.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

namespace fd {

FeeDialog::FeeDialog(const MembershipFee &fee, const QString &memberName, QWidget *parent)
    : QDialog(parent), m_fee(fee), m_year(new QSpinBox(this)), m_amount(new QLineEdit(this)), m_paidOn(new DateEdit(this)),
      m_notes(new QLineEdit(this)), m_error(new QLabel(this))
{
    setWindowTitle(fee.id ? tr("Fee of %1").arg(memberName) : tr("New fee for %1").arg(memberName));
    m_year->setRange(1990, 2100);
    m_year->setValue(fee.year ? fee.year : fd::today().year());
    m_amount->setText(fee.amountCents ? QLocale().toString(double(fee.amountCents) / 100.0, 'f', 2) : QString());
    m_amount->setPlaceholderText(tr("e.g. 2.500,00"));
    m_paidOn->setDate(fee.paidOn);
    m_paidOn->setPlaceholderText(tr("not paid yet"));
    m_notes->setText(fee.notes);
    setLabelTone(m_error, Tone::Problem);
    m_error->setVisible(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Year:"), m_year);
    form->addRow(tr("&Amount (€):"), m_amount);
    form->addRow(tr("&Paid on:"), m_paidOn);
    form->addRow(tr("&Notes:"), m_notes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &FeeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FeeDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_amount->setFocus();
}

void FeeDialog::accept()
{
    const auto amount = parseMoney(m_amount->text());
    QString problem;
    if (!amount)
        problem = tr("The amount \"%1\" is not a sum of money.").arg(m_amount->text());
    else if (!m_paidOn->hasValidInput())
        problem = tr("The payment date is not a date.");
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->setVisible(true);
        return;
    }
    m_fee.year = m_year->value();
    m_fee.amountCents = *amount;
    m_fee.paidOn = m_paidOn->date();
    m_fee.notes = m_notes->text().trimmed();
    const FieldErrors errors = validate(m_fee);
    if (!errors.isEmpty()) {
        m_error->setText(errors.first().message);
        m_error->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace fd
