// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events/packmerger.h"
#include "events/sitepack.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace fd {

class Session;

// Merging an on-site pack back: what it brings, what is not applied and
// why, and every conflict with both versions side by side and a choice.
class PackMergeDialog : public QDialog
{
    Q_OBJECT
public:
    PackMergeDialog(Session &session, const QString &packPath, QWidget *parent = nullptr);

    bool isReady() const { return m_ready; }
    const MergePlan &plan() const { return m_plan; }
    const MergeReport &report() const { return m_report; }
    QLabel *summary() const { return m_summary; }
    QLabel *notes() const { return m_notes; }
    QTableWidget *conflicts() const { return m_conflicts; }
    QPushButton *mergeButton() const { return m_merge; }
    void setAllChoices(MergeChoice choice);

private:
    void merge();
    void updateMergeButton();

    Session &m_session;
    MergePlan m_plan;
    MergeReport m_report;
    bool m_ready = false;
    QLabel *m_summary;
    QLabel *m_notes;
    QTableWidget *m_conflicts;
    QPushButton *m_merge;
};

} // namespace fd
