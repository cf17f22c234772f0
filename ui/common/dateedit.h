// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

class QLineEdit;
class QToolButton;

namespace fd {

// A date field that may stay empty (QDateEdit cannot), takes dates as people
// type them (4.7.24, 04.07.2024, 2024-07-04), shows them in the locale's
// format and offers a calendar. An entry that is not a date is marked and
// reported by hasValidInput().
class DateEdit : public QWidget
{
    Q_OBJECT
public:
    explicit DateEdit(QWidget *parent = nullptr);

    QDate date() const;
    void setDate(const QDate &date);
    void clear() { setDate(QDate()); }
    bool hasValidInput() const;        // empty or a date
    QString text() const;
    QLineEdit *lineEdit() const { return m_edit; }
    void setPlaceholderText(const QString &text);

signals:
    void dateChanged(const QDate &date);
    void edited();   // the user changed the text

private:
    void normalise();
    void showCalendar();
    void updateValidity();

    QLineEdit *m_edit;
    QToolButton *m_button;
    QDate m_date;
};

} // namespace fd
