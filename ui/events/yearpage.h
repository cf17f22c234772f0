// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/page.h"

#include <QList>

class QComboBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QListWidget;
class QTimer;

namespace fd {

// The year at a glance: twelve months with their events, and beside them
// the year's figures (YearSummary) against the year before, each a link to
// its list.
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
    // The summary's widgets by the figure's key (YearFigure::key): "figure:KEY"
    // is the link, "value:KEY", "previous:KEY" and "change:KEY" the numbers.
    QWidget *summary() const { return m_summary; }
    void reload();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillYears();
    void reloadSummary(int year);

    QComboBox *m_year;
    QList<QGroupBox *> m_boxes;
    QList<QListWidget *> m_lists;
    QWidget *m_summary;
    QGridLayout *m_summaryGrid;
    QTimer *m_changed; // many notices in a row (an import) reload once
    bool m_stale = false;
};

} // namespace fd
