// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/page.h"

#include <QList>

class QComboBox;
class QGroupBox;
class QListWidget;

namespace fd {

// The year at a glance: twelve months with their events.
class YearPage : public Page
{
    Q_OBJECT
public:
    explicit YearPage(Session &session, QWidget *parent = nullptr);

    // Listed in the window before the page is built (it is built when first shown).
    static QString pageId() { return QStringLiteral("year"); }
    static QString pageTitle() { return tr("Year"); }
    static QIcon pageIcon();
    QString id() const override { return pageId(); }
    QString title() const override { return pageTitle(); }
    QIcon icon() const override { return pageIcon(); }
    void focusFilter() override;

    QComboBox *yearChooser() const { return m_year; }
    QListWidget *month(int month) const { return m_lists.value(month - 1); }
    void reload();

private:
    void fillYears();

    QComboBox *m_year;
    QList<QGroupBox *> m_boxes;
    QList<QListWidget *> m_lists;
    bool m_stale = false;
};

} // namespace fd
