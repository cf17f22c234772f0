// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/notifier.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace fd {

enum class ListFormat; // exchange/exchange.h
class AfterFirstFrame;
class Page;
class Session;

// The main window: a sidebar of pages, the File/Edit/View menus and the
// status bar. It knows pages only through the Page interface.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Open (or create) a database file; shows what went wrong and returns false on failure.
    bool openDatabase(const QString &path, bool createIfMissing = true);
    Session *session() const { return m_session.get(); }
    Page *currentPage() const;
    // The page with this id, built now if it was not shown yet.
    Page *page(const QString &id);
    // Whether the page has been built (pages are built when first needed).
    bool isPageBuilt(const QString &id) const;
    void showPage(const QString &id);
    // On the first start with an empty database: offer the demo data.
    void offerDemoIfEmpty();

    QAction *undoAction() const { return m_undo; }
    // Shows a record on its page (a link from another page, the search).
    void openRecord(Entity entity, qint64 id);
    // Shows a page with one of its lists (a figure of the Year page).
    void openList(const QString &pageId, const QString &list);
    QAction *redoAction() const { return m_redo; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void fitToScreen();
    void createActions();
    void createMenus();
    void buildPages();
    void clearPages();
    template<typename P>
    void addPageSlot(int number);
    Page *builtPage(int index);
    int pageIndex(const QString &id) const;
    void updateActions();
    void updateRecentMenu();
    void updateTitle();
    bool commitAllPages();
    void newDatabase();
    void openDatabaseDialog();
    void importCsv();
    void exportList(ListFormat format);
    void loadDemo();
    void mergePack();
    void showSettings();
    void showAbout();
    void showRestored(Entity entity, qint64 id);

    std::unique_ptr<Session> m_session;
    QListWidget *m_sidebar;
    QStackedWidget *m_stack;
    // Every page is listed in the sidebar from the start, but built (and its
    // data read) only when first shown or asked for: starting the window
    // reads only what the first page shows.
    struct PageSlot {
        QString id;
        std::function<Page *()> make;
        Page *page = nullptr;
    };
    QList<PageSlot> m_pages;
    QLabel *m_statusCount;
    QLabel *m_statusPath;
    QLabel *m_packBanner;
    AfterFirstFrame *m_afterFirstFrame;

    QAction *m_new = nullptr;
    QAction *m_open = nullptr;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
    QAction *m_exportXlsx = nullptr;
    QAction *m_demo = nullptr;
    QAction *m_mergePack = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_newItem = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_find = nullptr;
    QAction *m_about = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
};

} // namespace fd
