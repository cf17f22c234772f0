// SPDX-License-Identifier: GPL-3.0-or-later
#include "packmergedialog.h"

#include "app/session.h"
#include "commands/command.h"
#include "common/dates.h"
#include "common/jobwait.h"
#include "common/tones.h"
#include "db/database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fd {

PackMergeDialog::PackMergeDialog(Session &session, const QString &packPath, QWidget *parent)
    : QDialog(parent), m_session(session), m_summary(new QLabel(this)), m_notes(new QLabel(this)),
      m_conflicts(new QTableWidget(0, 5, this)), m_merge(new QPushButton(tr("&Merge"), this))
{
    setWindowTitle(tr("Merge on-site pack"));
    m_summary->setWordWrap(true);
    m_notes->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_conflicts->setHorizontalHeaderLabels({tr("Record"), tr("Field"), tr("In the office"), tr("On site"), tr("Keep")});
    m_conflicts->horizontalHeader()->setStretchLastSection(true);
    m_conflicts->verticalHeader()->hide();
    m_conflicts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_merge, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_merge, &QPushButton::clicked, this, &PackMergeDialog::merge);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_notes);
    layout->addWidget(m_conflicts, 1);
    layout->addWidget(buttons);
    resize(860, 480);

    // Reading the pack and comparing it with the office takes the worker, not the window.
    auto job = session.worker().start<MergePlan>([packPath](Database &db, JobProgress &) { return PackMerger(db).analyse(packPath); });
    const Result<MergePlan> &plan = waitForJob(parent, tr("Reading the on-site pack…"), job, false);
    if (!plan) {
        m_summary->setText(tr("This pack cannot be merged: %1").arg(plan.error().message));
        setLabelTone(m_summary, Tone::Problem);
        m_conflicts->hide();
        m_merge->setEnabled(false);
        return;
    }
    m_plan = *plan;
    m_summary->setText(tr("Pack of \"%1\", made on %2.").arg(m_plan.info.eventTitle, formatDate(m_plan.info.exportedAt.toLocalTime().date()))
                       + QLatin1Char('\n') + m_plan.summary());
    m_notes->setText(m_plan.notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!m_plan.notes.isEmpty());
    int row = 0;
    for (const MergeConflict &c : std::as_const(m_plan.conflicts))
        row += int(c.fields.size());
    m_conflicts->setRowCount(row);
    row = 0;
    for (const MergeConflict &c : std::as_const(m_plan.conflicts)) {
        const int first = row;
        for (const QString &field : c.fields) {
            m_conflicts->setItem(row, 0, new QTableWidgetItem(c.title));
            m_conflicts->setItem(row, 1, new QTableWidgetItem(PackMerger::fieldLabel(field)));
            m_conflicts->setItem(row, 2, new QTableWidgetItem(PackMerger::displayValue(field, c.officeValues.value(field))));
            m_conflicts->setItem(row, 3, new QTableWidgetItem(PackMerger::displayValue(field, c.packValues.value(field))));
            ++row;
        }
        // No default: each conflict is decided by a person.
        auto *choice = new QComboBox(m_conflicts);
        choice->addItem(tr("— choose —"), -1);
        choice->addItem(tr("the office's version"), int(MergeChoice::KeepOffice));
        choice->addItem(tr("the version from site"), int(MergeChoice::TakePack));
        choice->setProperty("conflict", PackMerger::conflictKey(c));
        connect(choice, &QComboBox::currentIndexChanged, this, &PackMergeDialog::updateMergeButton);
        m_conflicts->setCellWidget(first, 4, choice);
        if (c.fields.size() > 1)
            m_conflicts->setSpan(first, 4, int(c.fields.size()), 1);
    }
    m_conflicts->resizeColumnsToContents();
    m_conflicts->setVisible(!m_plan.conflicts.isEmpty());
    m_ready = !m_plan.isEmpty();
    updateMergeButton();
}

void PackMergeDialog::updateMergeButton()
{
    bool decided = true;
    for (QComboBox *combo : m_conflicts->findChildren<QComboBox *>())
        decided = decided && combo->currentData().toInt() >= 0;
    m_merge->setEnabled(m_ready && decided);
    m_merge->setToolTip(decided ? QString() : tr("Decide every conflict first."));
}

void PackMergeDialog::setAllChoices(MergeChoice choice)
{
    for (QComboBox *combo : m_conflicts->findChildren<QComboBox *>())
        combo->setCurrentIndex(combo->findData(int(choice)));
}

void PackMergeDialog::merge()
{
    QHash<QString, MergeChoice> choices;
    for (QComboBox *combo : m_conflicts->findChildren<QComboBox *>())
        choices.insert(combo->property("conflict").toString(), MergeChoice(combo->currentData().toInt()));
    auto report = commands::mergePack(m_session, m_plan, choices);
    if (!report) {
        QMessageBox::warning(this, tr("Merge failed"), tr("Nothing was merged.\n\n%1").arg(report.error().message));
        return;
    }
    m_report = *report;
    accept();
}

} // namespace fd
