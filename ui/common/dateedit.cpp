// SPDX-License-Identifier: GPL-3.0-or-later
#include "dateedit.h"

#include "common/dates.h"
#include "common/tones.h"

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QStyle>
#include <QToolButton>
#include <QWidgetAction>

namespace fd {

DateEdit::DateEdit(QWidget *parent) : QWidget(parent), m_edit(new QLineEdit(this)), m_button(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_button);
    setFocusProxy(m_edit);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_edit->setPlaceholderText(tr("dd.mm.yyyy"));
    m_edit->setClearButtonEnabled(true);
    m_button->setText(QStringLiteral("…"));
    m_button->setToolTip(tr("Choose from a calendar"));
    m_button->setFocusPolicy(Qt::NoFocus);

    connect(m_edit, &QLineEdit::editingFinished, this, &DateEdit::normalise);
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        updateValidity();
        emit edited();
    });
    connect(m_button, &QToolButton::clicked, this, &DateEdit::showCalendar);
}

QDate DateEdit::date() const
{
    return parseDisplayedDate(m_edit->text());
}

void DateEdit::setDate(const QDate &date)
{
    m_date = date;
    m_edit->setText(formatDate(date));
    // A locale whose form does not read back unambiguously gets ISO.
    if (date.isValid() && parseDisplayedDate(m_edit->text()) != date)
        m_edit->setText(date.toString(Qt::ISODate));
    updateValidity();
}

bool DateEdit::hasValidInput() const
{
    return m_edit->text().trimmed().isEmpty() || date().isValid();
}

QString DateEdit::text() const
{
    return m_edit->text();
}

void DateEdit::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

void DateEdit::normalise()
{
    const QDate d = date();
    if (d.isValid()) {
        const bool changed = d != m_date;
        setDate(d);
        if (changed)
            emit dateChanged(d);
    } else if (m_edit->text().trimmed().isEmpty() && m_date.isValid()) {
        m_date = QDate();
        emit dateChanged(m_date);
    }
    updateValidity();
}

void DateEdit::updateValidity()
{
    const bool valid = hasValidInput();
    m_edit->setStyleSheet(valid ? QString() : QStringLiteral("QLineEdit { %1 background: #fdecea; }").arg(invalidFieldStyle()));
    m_edit->setToolTip(valid ? QString() : tr("Not a date. Type it as 16.05.2024 or 2024-05-16."));
}

void DateEdit::showCalendar()
{
    QMenu menu(this);
    auto *calendar = new QCalendarWidget(&menu);
    calendar->setGridVisible(true);
    calendar->setSelectedDate(date().isValid() ? date() : fd::today());
    auto *action = new QWidgetAction(&menu);
    action->setDefaultWidget(calendar);
    menu.addAction(action);
    connect(calendar, &QCalendarWidget::activated, &menu, [&](const QDate &d) {
        setDate(d);
        emit edited();
        emit dateChanged(d);
        menu.close();
    });
    connect(calendar, &QCalendarWidget::clicked, &menu, [&](const QDate &d) {
        setDate(d);
        emit edited();
        emit dateChanged(d);
        menu.close();
    });
    menu.exec(m_button->mapToGlobal(QPoint(0, m_button->height())));
}

} // namespace fd
