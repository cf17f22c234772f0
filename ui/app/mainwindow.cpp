// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "app/afterfirstframe.h"
#include "app/session.h"
#include "app/settings.h"
#include "app/settingsdialog.h"
#include "common/filedialogs.h"
#include "common/formhelpers.h"
#include "common/jobwait.h"
#include "common/page.h"
#include "db/database.h"
#include "db/paths.h"
#include "demo/demodata.h"
#include "events/checkinpage.h"
#include "events/eventrepository.h"
#include "events/eventspage.h"
#include "events/packmergedialog.h"
#include "events/sitepack.h"
#include "events/yearpage.h"
#include "exchange/exchange.h"
#include "exchange/importdialog.h"
#include "i18n/language.h"
#include "members/memberspage.h"
#include "people/peoplepage.h"
#include "records/recordkind.h"
#include "records/recordspage.h"
#include "exchange/declaredkind.h"

#include <QAction>
#include <QScreen>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QVBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoGroup>
#include <QUndoStack>

namespace fd {

namespace {
QUndoGroup *undoGroup(QObject *owner)
{
    return owner->findChild<QUndoGroup *>(QStringLiteral("undoGroup"));
}

QString databaseFilter()
{
    return MainWindow::tr("ForumDesk databases (*.sqlite *.forumdesk);;All files (*)");
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_sidebar(new QListWidget(this)), m_stack(new QStackedWidget(this)), m_statusCount(new QLabel(this)),
      m_statusPath(new QLabel(this)), m_packBanner(new QLabel(this)), m_afterFirstFrame(new AfterFirstFrame(this))
{
    auto *group = new QUndoGroup(this);
    group->setObjectName(QStringLiteral("undoGroup"));

    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setIconSize(QSize(24, 24));
    m_sidebar->setFixedWidth(170);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSpacing(2);
    m_sidebar->setStyleSheet(QStringLiteral(
        "QListWidget#sidebar { background: palette(window); padding-top: 8px; }"
        "QListWidget#sidebar::item { padding: 8px 6px; border-radius: 4px; }"
        "QListWidget#sidebar::item:selected { background: palette(highlight); color: palette(highlighted-text); }"));
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_pages.size())
            return;
        Page *from = currentPage();
        if (from && from != m_pages.at(row).page && !from->commitPendingEdits()) {
            m_sidebar->blockSignals(true);
            m_sidebar->setCurrentRow(pageIndex(from->id()));
            m_sidebar->blockSignals(false);
            return;
        }
        m_stack->setCurrentWidget(builtPage(row));
        m_afterFirstFrame->run([id = m_pages.at(row).id] { settings::lastPage.set(id); });
        updateActions();
    });

    m_packBanner->setObjectName(QStringLiteral("packBanner"));
    m_packBanner->setWordWrap(true);
    m_packBanner->setStyleSheet(QStringLiteral("QLabel#packBanner { background: #fdf2d0; color: #5c4400; padding: 8px; "
                                               "border-bottom: 1px solid #e0c060; }"));
    m_packBanner->setVisible(false);
    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    outer->addWidget(m_packBanner);
    auto *layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_stack, 1);
    outer->addLayout(layout, 1);
    setCentralWidget(central);

    statusBar()->addWidget(m_statusCount, 1);
    statusBar()->addPermanentWidget(m_statusPath);

    createActions();
    createMenus();
    updateActions();
    updateTitle();

    if (!restoreGeometry(settings::windowGeometry.get()))
        resize(1280, 800);
    restoreState(settings::windowState.get());
    fitToScreen();
}

void MainWindow::fitToScreen()
{
    // The office's laptops have 1366×768 or 1280×720: a first start, or a
    // size kept from a bigger monitor, must not reach past the screen, where
    // the buttons at the bottom of a form would be out of reach.
    const QScreen *current = screen();
    if (!current || isMaximized() || isFullScreen())
        return;
    const QRect available = current->availableGeometry();
    // Room for the window manager's frame and title bar.
    const QSize room = available.size() - QSize(16, 48);
    const QSize fitted = size().boundedTo(room);
    if (fitted != size())
        resize(fitted);
    if (!available.contains(frameGeometry()))
        move(available.topLeft());
}

MainWindow::~MainWindow()
{
    m_afterFirstFrame->flush();
    clearPages();
}

void MainWindow::createActions()
{
    m_new = new QAction(tr("&New database…"), this);
    m_new->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_new, &QAction::triggered, this, &MainWindow::newDatabase);
    m_open = new QAction(tr("&Open database…"), this);
    m_open->setShortcut(QKeySequence::Open);
    connect(m_open, &QAction::triggered, this, &MainWindow::openDatabaseDialog);
    m_import = new QAction(QIcon(QStringLiteral(":/icons/import.svg")), tr("&Import CSV…"), this);
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_import, &QAction::triggered, this, &MainWindow::importCsv);
    m_export = new QAction(QIcon(QStringLiteral(":/icons/export.svg")), tr("&Export CSV…"), this);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_export, &QAction::triggered, this, [this] { exportList(ListFormat::Csv); });
    m_exportXlsx = new QAction(QIcon(QStringLiteral(":/icons/export.svg")), tr("Export for E&xcel (.xlsx)…"), this);
    m_exportXlsx->setObjectName(QStringLiteral("exportXlsx"));
    m_exportXlsx->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exportXlsx, &QAction::triggered, this, [this] { exportList(ListFormat::Xlsx); });
    m_mergePack = new QAction(tr("&Merge on-site pack…"), this);
    connect(m_mergePack, &QAction::triggered, this, &MainWindow::mergePack);
    m_demo = new QAction(tr("Load &demo data"), this);
    connect(m_demo, &QAction::triggered, this, &MainWindow::loadDemo);
    m_settings = new QAction(tr("&Settings…"), this);
    m_settings->setShortcut(QKeySequence::Preferences);
    m_settings->setMenuRole(QAction::PreferencesRole);
    connect(m_settings, &QAction::triggered, this, &MainWindow::showSettings);
    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    QUndoGroup *group = undoGroup(this);
    m_undo = group->createUndoAction(this); // Qt's own "Undo %1", translated by qtbase
    m_undo->setShortcuts(undoKeys());
    m_redo = group->createRedoAction(this);
    m_redo->setShortcuts(redoKeys());

    m_newItem = new QAction(QIcon(QStringLiteral(":/icons/add.svg")), tr("&New"), this);
    m_newItem->setShortcut(QKeySequence::New);
    m_newItem->setToolTip(tr("New record on this page (Ctrl+N)"));
    connect(m_newItem, &QAction::triggered, this, [this] {
        if (Page *p = currentPage())
            p->createItem();
    });
    m_delete = new QAction(QIcon(QStringLiteral(":/icons/delete.svg")), tr("&Delete…"), this);
    m_delete->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    m_delete->setToolTip(tr("Delete the selected records (Del in the table)"));
    connect(m_delete, &QAction::triggered, this, [this] {
        if (Page *p = currentPage())
            p->deleteSelected();
    });
    m_find = new QAction(tr("&Filter"), this);
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, [this] {
        if (Page *p = currentPage())
            p->focusFilter();
    });
    m_about = new QAction(tr("&About ForumDesk"), this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_new);
    file->addAction(m_open);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    file->addSeparator();
    file->addAction(m_import);
    file->addAction(m_export);
    file->addAction(m_exportXlsx);
    file->addAction(m_mergePack);
    file->addSeparator();
    file->addAction(m_demo);
    file->addAction(m_settings);
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    edit->addAction(m_newItem);
    edit->addAction(m_delete);
    edit->addSeparator();
    edit->addAction(m_find);

    m_viewMenu = menuBar()->addMenu(tr("&View"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_about);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = settings::recentFiles.get();
    for (const QString &path : files) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        action->setEnabled(QFileInfo::exists(path));
        connect(action, &QAction::triggered, this, [this, path] {
            if (commitAllPages())
                openDatabase(path, false);
        });
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent databases"))->setEnabled(false);
}

void MainWindow::clearPages()
{
    for (const PageSlot &slot : std::as_const(m_pages)) {
        if (slot.page) {
            m_stack->removeWidget(slot.page);
            delete slot.page;
        }
    }
    m_pages.clear();
    m_sidebar->clear();
    if (m_viewMenu)
        m_viewMenu->clear();
}

void MainWindow::buildPages()
{
    clearPages();
    if (!m_session)
        return;
    addPageSlot<MembersPage>(1);
    addPageSlot<PeoplePage>(2);
    addPageSlot<EventsPage>(3);
    addPageSlot<YearPage>(4);
    addPageSlot<CheckInPage>(5);
    addPageSlot<RecordsPage>(6);
    // An on-site pack opens at the check-in of its event.
    if (SitePack::isPack(m_session->db())) {
        auto info = SitePack::info(m_session->db());
        showPage(QStringLiteral("checkin"));
        if (info) {
            if (auto event = EventRepository(m_session->db()).byUuid(info->eventUuid))
                page(QStringLiteral("checkin"))->showRecord(event->id);
            m_packBanner->setText(tr("On-site pack of \"%1\". Check in here; back in the office, merge it with File > Merge on-site pack.")
                                      .arg(info->eventTitle));
        }
        m_packBanner->setVisible(true);
        return;
    }
    m_packBanner->setVisible(false);
    const QString last = settings::lastPage.get();
    showPage(pageIndex(last) >= 0 ? last : m_pages.first().id);
}

template<typename P>
void MainWindow::addPageSlot(int number)
{
    m_pages.append({P::pageId(), [this] { return new P(*m_session, this); }, nullptr});
    auto *item = new QListWidgetItem(P::pageIcon(), P::pageTitle(), m_sidebar);
    item->setSizeHint(QSize(150, 40));
    QAction *show = m_viewMenu->addAction(P::pageIcon(), P::pageTitle());
    show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number)));
    connect(show, &QAction::triggered, this, [this, id = P::pageId()] { showPage(id); });
}

Page *MainWindow::builtPage(int index)
{
    PageSlot &slot = m_pages[index];
    if (slot.page)
        return slot.page;
    Page *p = slot.make();
    slot.page = p;
    m_stack->addWidget(p);
    connect(p, &Page::actionsChanged, this, &MainWindow::updateActions);
    connect(p, &Page::statusMessage, this, [this, p](const QString &message) {
        if (p == currentPage())
            m_statusCount->setText(message);
    });
    connect(p, &Page::openRecord, this, &MainWindow::openRecord);
    connect(p, &Page::openList, this, &MainWindow::openList);
    return p;
}

int MainWindow::pageIndex(const QString &id) const
{
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages.at(i).id == id)
            return i;
    }
    return -1;
}

bool MainWindow::isPageBuilt(const QString &id) const
{
    const int index = pageIndex(id);
    return index >= 0 && m_pages.at(index).page;
}

Page *MainWindow::currentPage() const
{
    return qobject_cast<Page *>(m_stack->currentWidget());
}

Page *MainWindow::page(const QString &id)
{
    const int index = pageIndex(id);
    return index >= 0 ? builtPage(index) : nullptr;
}

void MainWindow::showPage(const QString &id)
{
    const int index = pageIndex(id);
    if (index < 0)
        return;
    if (m_sidebar->currentRow() == index) {
        // The row is current already (the first item of a fresh sidebar):
        // no signal comes, so show the page here.
        m_stack->setCurrentWidget(builtPage(index));
        updateActions();
    } else {
        m_sidebar->setCurrentRow(index);
    }
    Page *p = m_pages.at(index).page;
    if (p && currentPage() == p)
        p->setFocus();
}

void MainWindow::openRecord(Entity entity, qint64 id)
{
    const QString target = entity == Entity::Person         ? QStringLiteral("people")
                         : entity == Entity::Organisation ? QStringLiteral("members")
                         : entity == Entity::Event        ? QStringLiteral("events")
                                                          : QString();
    if (target.isEmpty()) {
        // The year's records: the Records page has a tab for each kind.
        bool isRecord = entity == Entity::Publication;
        for (const RecordKind &k : recordKinds())
            isRecord = isRecord || k.table->entity() == entity;
        if (!isRecord)
            return;
        showPage(RecordsPage::pageId());
        if (Page *p = currentPage(); p && p->showsEntity(entity))
            p->showEntityRecord(entity, id);
        return;
    }
    Page *p = page(target);
    if (!p)
        return;
    showPage(target);
    if (currentPage() == p)
        p->showRecord(id);
}

void MainWindow::openList(const QString &pageId, const QString &list)
{
    Page *p = page(pageId);
    if (!p)
        return;
    showPage(pageId);
    if (currentPage() == p)
        p->showList(list);
}

void MainWindow::showRestored(Entity entity, qint64 id)
{
    // The page on screen shows it if it can (an undo at the check-in stays
    // there); otherwise the record's own page comes up with it selected.
    Page *p = currentPage();
    if (p && p->showsEntity(entity))
        p->showEntityRecord(entity, id);
    else
        openRecord(entity, id);
}

void MainWindow::updateActions()
{
    Page *p = currentPage();
    const bool open = m_session != nullptr;
    m_newItem->setEnabled(p && p->canCreate());
    m_delete->setEnabled(p && p->canDelete());
    m_find->setEnabled(p != nullptr);
    m_import->setEnabled(open);
    m_export->setEnabled(open);
    m_exportXlsx->setEnabled(open);
    m_mergePack->setEnabled(open && !SitePack::isPack(m_session->db()));
    m_demo->setEnabled(open && DemoData::isEmpty(m_session->db()));
    if (p)
        m_statusCount->clear();
}

void MainWindow::updateTitle()
{
    if (!m_session) {
        setWindowTitle(QStringLiteral("ForumDesk"));
        m_statusPath->clear();
        return;
    }
    const QFileInfo info(m_session->path());
    setWindowTitle(tr("%1 – ForumDesk").arg(info.fileName()));
    m_statusPath->setText(QDir::toNativeSeparators(info.absoluteFilePath()));
    setWindowFilePath(info.absoluteFilePath());
}

bool MainWindow::openDatabase(const QString &path, bool createIfMissing)
{
    Database::Options options;
    options.create = createIfMissing;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto db = Database::openSqlite(path, options);
    QApplication::restoreOverrideCursor();
    if (!db) {
        QMessageBox box(QMessageBox::Warning, tr("Cannot open the database"), db.error().message, QMessageBox::Ok, this);
        if (!db.error().detail.isEmpty())
            box.setDetailedText(db.error().detail);
        box.exec();
        return false;
    }
    clearPages();
    if (QUndoGroup *group = undoGroup(this); group && m_session)
        group->removeStack(m_session->undoStack());
    m_session = std::make_unique<Session>(std::move(db.value()));
    connect(m_session.get(), &Session::commandFailed, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Could not undo or redo"), message);
    });
    connect(m_session->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateActions);
    connect(m_session.get(), &Session::recordRestored, this, &MainWindow::showRestored);
    if (QUndoGroup *group = undoGroup(this)) {
        group->addStack(m_session->undoStack());
        group->setActiveStack(m_session->undoStack());
    }
    if (m_session->db().isReadOnly())
        statusBar()->showMessage(tr("The database is read-only: you can look, not change."), 10000);
    // Not needed for the first frame, and each write syncs the settings file.
    m_afterFirstFrame->run([absolute = QFileInfo(path).absoluteFilePath()] {
        settings::addRecentFile(absolute);
        settings::lastDatabase.set(absolute);
    });
    buildPages();
    updateTitle();
    updateActions();
    return true;
}

bool MainWindow::commitAllPages()
{
    // Only a page that was built can have something being edited.
    for (const PageSlot &slot : std::as_const(m_pages)) {
        if (slot.page && !slot.page->commitPendingEdits()) {
            showPage(slot.id);
            return false;
        }
    }
    return true;
}

void MainWindow::newDatabase()
{
    if (!commitAllPages())
        return;
    QString path = QFileDialog::getSaveFileName(this, tr("New database"), QDir::homePath() + QStringLiteral("/forumdesk.sqlite"),
                                                databaseFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New database"),
                             tr("%1 exists already. Choose another name, or open it with File > Open.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (openDatabase(path, true))
        offerDemoIfEmpty();
}

void MainWindow::openDatabaseDialog()
{
    if (!commitAllPages())
        return;
    const QString dir = m_session ? QFileInfo(m_session->path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), dir, databaseFilter());
    if (!path.isEmpty())
        openDatabase(path, false);
}

void MainWindow::importCsv()
{
    if (!m_session || !commitAllPages())
        return;
    Page *p = currentPage();
    const QString kind = p && !p->exchangeKind().isEmpty() ? p->exchangeKind() : QStringLiteral("members");
    ImportDialog dialog(*m_session, kind, this);
    if (dialog.exec() == QDialog::Accepted) {
        statusBar()->showMessage(dialog.result().summary() + QLatin1Char(' ') + tr("Ctrl+Z takes the import back."), 15000);
        if (kind != QLatin1String("registrations") && pageIndex(kind) >= 0)
            showPage(kind);
    }
}

void MainWindow::exportList(ListFormat format)
{
    if (!m_session || !commitAllPages())
        return;
    Page *p = currentPage();
    const QString kind = p && !p->exchangeKind().isEmpty() ? p->exchangeKind() : QStringLiteral("members");
    const DeclaredKind *declared = findDeclaredKind(kind);
    const QString name = declared                           ? QCoreApplication::translate("Kinds", declared->title).toLower()
                         : kind == QLatin1String("people") ? tr("people")
                         : kind == QLatin1String("events") ? tr("events")
                                                           : tr("members");
    const bool excel = format == ListFormat::Xlsx;
    const QString path = excel ? askFileToWrite(this, tr("Export for Excel"), name + QStringLiteral(".xlsx"), tr("Excel workbooks (*.xlsx)"))
                               : askFileToWrite(this, tr("Export as CSV"), name + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    ListExportOptions options;
    options.germanHeaders = i18n::isGerman();
    auto job = m_session->worker().start<int>(
        [kind, path, format, options](Database &db, JobProgress &) { return fd::exportList(db, kind, path, format, options); });
    const Result<int> &written = waitForJob(this, tr("Writing %1…").arg(QDir::toNativeSeparators(path)), job, false);
    if (!written) {
        QMessageBox::warning(this, tr("Export failed"), written.error().message);
        return;
    }
    statusBar()->showMessage(tr("%n row(s) written to %1.", nullptr, *written).arg(QDir::toNativeSeparators(path)), 10000);
}

void MainWindow::mergePack()
{
    if (!m_session || !commitAllPages())
        return;
    const QString path = askFileToRead(this, tr("Merge on-site pack"), tr("On-site packs (*.fdpack);;All files (*)"));
    if (path.isEmpty())
        return;
    PackMergeDialog dialog(*m_session, path, this);
    if (dialog.exec() == QDialog::Accepted) {
        statusBar()->showMessage(dialog.report().summary() + QLatin1Char(' ') + tr("Ctrl+Z takes the merge back."), 20000);
        if (auto event = EventRepository(m_session->db()).byUuid(dialog.plan().info.eventUuid))
            openRecord(Entity::Event, event->id);
    }
}

void MainWindow::loadDemo()
{
    if (!m_session)
        return;
    if (!DemoData::isEmpty(m_session->db())) {
        QMessageBox::information(this, tr("Demo data"), tr("The demo data can only be loaded into an empty database. "
                                                           "Create a new one with File > New database."));
        return;
    }
    auto job = m_session->worker().start<DemoSummary>([](Database &db, JobProgress &) { return DemoData::load(db); });
    const Result<DemoSummary> &summary = waitForJob(this, tr("Loading the demo data…"), job, false);
    if (!summary) {
        QMessageBox::warning(this, tr("Demo data"), summary.error().message);
        return;
    }
    // A fresh start: the demo is the beginning of this database's history.
    m_session->undoStack()->clear();
    statusBar()->showMessage(tr("Demo data loaded. Organisations: %1, people: %2, events: %3.")
                                 .arg(summary->organisations)
                                 .arg(summary->people)
                                 .arg(summary->events),
                             10000);
    updateActions();
}

void MainWindow::offerDemoIfEmpty()
{
    if (!m_session || !DemoData::isEmpty(m_session->db()))
        return;
    if (settings::demoOffered.get())
        return;
    settings::demoOffered.set(true);
    const auto answer = QMessageBox::question(
        this, tr("Welcome to ForumDesk"),
        tr("This database is empty. Would you like to look around with demo data first?\n\n"
           "The demo holds the members, people and events of a city network's year, taken from a real annual report. "
           "You can start a new, empty database at any time with File > New database."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        loadDemo();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_session.get(), this);
    if (dialog.exec() != QDialog::Accepted || !dialog.languageChanged())
        return;
    const auto answer = QMessageBox::question(this, tr("Language"), tr("The new language applies after a restart. Restart ForumDesk now?"),
                                              QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes && commitAllPages()) {
        QStringList args = QApplication::arguments().mid(1);
        if (m_session && !args.contains(QStringLiteral("--db")))
            args << QStringLiteral("--db") << m_session->path();
        if (QProcess::startDetached(QApplication::applicationFilePath(), args))
            close();
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About ForumDesk"),
                       tr("<h3>ForumDesk %1</h3>"
                          "<p>Members, people, events and the annual report of a network of cities working on urban security.</p>"
                          "<p>Free software under the GNU General Public License, version 3 or later.</p>"
                          "<p>Database: %2</p>")
                           .arg(QApplication::applicationVersion(),
                                m_session ? QDir::toNativeSeparators(m_session->path()).toHtmlEscaped() : QString()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A job is writing (an import, a document): the window closes once it is done.
    if (isWaitingForJob() || !commitAllPages()) {
        event->ignore();
        return;
    }
    settings::windowGeometry.set(saveGeometry());
    settings::windowState.set(saveState());
    event->accept();
}

} // namespace fd
