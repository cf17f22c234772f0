// SPDX-License-Identifier: GPL-3.0-or-later
#include "importdialog.h"

#include "exchange/declaredkind.h"

#include "app/session.h"
#include "commands/command.h"
#include "common/filedialogs.h"
#include "common/jobwait.h"
#include "common/tones.h"
#include "db/database.h"
#include "exchange/exchange.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fd {

namespace {
QString kindLabel(const QString &kind)
{
    if (kind == QLatin1String("members"))
        return ImportDialog::tr("Members and organisations");
    if (kind == QLatin1String("people"))
        return ImportDialog::tr("Contact people");
    if (kind == QLatin1String("events"))
        return ImportDialog::tr("Events");
    if (kind == QLatin1String("registrations"))
        return ImportDialog::tr("Registrations for events");
    if (const DeclaredKind *declared = findDeclaredKind(kind))
        return QCoreApplication::translate("Kinds", declared->title);
    return kind;
}
} // namespace

ImportDialog::ImportDialog(Session &session, const QString &kind, QWidget *parent)
    : QDialog(parent), m_session(session), m_kind(new QComboBox(this)), m_path(new QLineEdit(this)), m_fileInfo(new QLabel(this)),
      m_summary(new QLabel(this)), m_messages(new QTreeWidget(this)), m_table(new QTableWidget(this)),
      m_import(new QPushButton(tr("&Import"), this))
{
    setWindowTitle(tr("Import from CSV"));
    for (const QString &k : importKinds())
        m_kind->addItem(kindLabel(k), k);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(kind)));
    m_path->setReadOnly(true);
    m_path->setPlaceholderText(tr("Choose a CSV file (Excel: \"CSV UTF-8\" or \"CSV (semicolon separated)\")"));
    auto *choose = new QPushButton(tr("&Choose file…"), this);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Import:"), this));
    top->addWidget(m_kind);
    top->addWidget(m_path, 1);
    top->addWidget(choose);

    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_summary->setWordWrap(true);
    m_fileInfo->setWordWrap(true);

    m_messages->setHeaderLabels({tr("Line"), tr("Column"), tr("Message")});
    m_messages->setRootIsDecorated(false);
    m_messages->setAlternatingRowColors(true);
    m_messages->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_messages);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    m_import->setDefault(true);
    m_import->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_fileInfo);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(960, 620);

    connect(choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ImportDialog::analyse);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::runImport);
    m_summary->setText(tr("Choose a file to see what it holds. Nothing is written before you press Import."));
}

void ImportDialog::chooseFile()
{
    const QString path = askFileToRead(this, tr("Choose a CSV file"), tr("CSV and text files (*.csv *.txt *.tsv);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportDialog::setFile(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    analyse();
}

bool ImportDialog::canImport() const
{
    return m_ready;
}

void ImportDialog::analyse()
{
    m_ready = false;
    m_import->setEnabled(false);
    m_messages->clear();
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    const QString path = QDir::fromNativeSeparators(m_path->text());
    if (path.isEmpty())
        return;

    // Reading and checking a large file takes a while: the worker does it
    // with its own connection while the window stays responsive.
    const QString kind = m_kind->currentData().toString();
    auto job = m_session.worker().start<ImportPreview>([path, kind](Database &db, JobProgress &progress) -> Result<ImportPreview> {
        progress.setStep(ImportDialog::tr("Reading the file…"));
        auto table = CsvReader::readFile(path);
        if (!table)
            return table.error();
        progress.setStep(ImportDialog::tr("Checking %n row(s)…", nullptr, int(table->records.size())));
        ImportPreview preview = makeImporter(kind, db)->prepare(*table, progress.callback());
        if (progress.isCancelRequested())
            return DbWorker::cancelledError();
        return preview;
    });
    const Result<ImportPreview> &checked = waitForJob(this, tr("Checking the file…"), job);
    if (!checked) {
        m_fileInfo->clear();
        const Error &error = checked.error();
        if (error.code == Error::Code::Cancelled) {
            m_summary->setText(tr("Checking was cancelled. Choose the file again to see what it holds."));
            return;
        }
        m_summary->setText(tr("The file cannot be read."));
        auto *item = new QTreeWidgetItem(m_messages, {error.line > 0 ? QString::number(error.line) : QString(), error.field, error.message});
        item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxCritical));
        m_messages->setVisible(true);
        return;
    }
    m_preview = *checked;
    const ImportReport &info = m_preview.report;
    const QString delimiter = info.delimiter == QLatin1Char('\t') ? tr("tab") : QString(info.delimiter);
    m_fileInfo->setText(tr("%1 · encoding %2 · delimiter %3 · %n row(s)", nullptr, int(m_preview.rows.size()))
                            .arg(QFileInfo(path).fileName(), info.encoding, delimiter));

    const ImportReport &report = m_preview.report;
    m_summary->setText(report.hasErrors() ? tr("%n error(s): nothing will be imported. Correct the file and choose it again.", nullptr,
                                               report.errorCount())
                                          : report.summary());
    setLabelTone(m_summary, report.hasErrors() ? Tone::Problem : Tone::Normal);
    for (const ImportMessage &m : report.messages) {
        auto *item = new QTreeWidgetItem(m_messages, {m.line > 0 ? QString::number(m.line) : QString(), m.column, m.message});
        const auto icon = m.severity == ImportMessage::Severity::Error     ? QStyle::SP_MessageBoxCritical
                          : m.severity == ImportMessage::Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                                           : QStyle::SP_MessageBoxInformation;
        item->setIcon(0, style()->standardIcon(icon));
    }
    m_messages->resizeColumnToContents(0);
    m_messages->resizeColumnToContents(1);
    m_messages->setVisible(!report.messages.isEmpty());

    QStringList headers = {tr("Line"), tr("Result")};
    headers += m_preview.header;
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    const int shown = int(qMin<qsizetype>(m_preview.rows.size(), 2000));
    m_table->setRowCount(shown);
    for (int r = 0; r < shown; ++r) {
        const PreviewRow &row = m_preview.rows.at(r);
        m_table->setItem(r, 0, new QTableWidgetItem(QString::number(row.line)));
        QString status;
        QColor color;
        switch (row.status) {
        case RowStatus::New: status = tr("new"); color = toneColor(Tone::Good); break;
        case RowStatus::Linked: status = tr("new, linked"); color = toneColor(Tone::Good); break;
        case RowStatus::Duplicate: status = tr("skipped: exists"); color = toneColor(Tone::Warning); break;
        case RowStatus::Error: status = tr("error"); color = toneColor(Tone::Problem); break;
        }
        auto *statusItem = new QTableWidgetItem(status);
        statusItem->setForeground(color);
        statusItem->setToolTip(row.message);
        m_table->setItem(r, 1, statusItem);
        for (int c = 0; c < row.cells.size() && c + 2 < headers.size(); ++c)
            m_table->setItem(r, c + 2, new QTableWidgetItem(row.cells.at(c)));
    }
    m_table->resizeColumnsToContents();
    m_ready = !report.hasErrors() && report.rowsToCreate > 0;
    m_import->setEnabled(m_ready);
}

void ImportDialog::runImport()
{
    if (!m_ready)
        return;
    // The file is read and checked once more and written in one
    // transaction: what changed in the database since the preview counts.
    const QString path = QDir::fromNativeSeparators(m_path->text());
    const QString kind = m_kind->currentData().toString();
    auto job = m_session.worker().start<ImportReport>([path, kind](Database &db, JobProgress &progress) -> Result<ImportReport> {
        progress.setStep(ImportDialog::tr("Importing…"));
        auto report = makeImporter(kind, db)->importFile(path, false, progress.callback());
        // Cancelled while checking (a report with that error) or while writing (an error): nothing was written.
        if (progress.isCancelRequested() && (!report || !report->committed))
            return DbWorker::cancelledError();
        return report;
    });
    const Result<ImportReport> &report = waitForJob(this, tr("Importing…"), job);
    if (!report) {
        if (report.error().code == Error::Code::Cancelled)
            QMessageBox::information(this, tr("Import cancelled"), tr("The import was cancelled; nothing was imported."));
        else
            QMessageBox::critical(this, tr("Import failed"), tr("Nothing was imported.\n\n%1").arg(report.error().message));
        return;
    }
    if (!report->committed) {
        // The database changed since the preview (someone added a record the
        // file also holds): show what the file is now checked against.
        QMessageBox::warning(this, tr("Import failed"),
                             tr("Nothing was imported: the database changed since the file was checked.\n\n%1")
                                 .arg(report->lines(ImportMessage::Severity::Error).join(QLatin1Char('\n'))));
        analyse();
        return;
    }
    if (Status s = commands::recordImport(m_session, kind, *report); !s) {
        // Written, but not on the undo stack: say so rather than "failed".
        QMessageBox::warning(this, tr("Imported, but cannot be undone"),
                             tr("The records were imported, but the import cannot be taken back with Undo.\n\n%1").arg(s.error().message));
    }
    m_result = *report;
    accept();
}

} // namespace fd
