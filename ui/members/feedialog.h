// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "members/organisation.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace fd {

class DateEdit;

// The annual fee of one member for one year.
class FeeDialog : public QDialog
{
    Q_OBJECT
public:
    FeeDialog(const MembershipFee &fee, const QString &memberName, QWidget *parent = nullptr);
    MembershipFee fee() const { return m_fee; }

    void accept() override;

private:
    MembershipFee m_fee;
    QSpinBox *m_year;
    QLineEdit *m_amount;
    DateEdit *m_paidOn;
    QLineEdit *m_notes;
    QLabel *m_error;
};

} // namespace fd
