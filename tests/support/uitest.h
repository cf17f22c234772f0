// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/mainwindow.h"
#include "records/recordspage.h"
#include "testdb.h"

#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <memory>

class QWidget;

namespace fd::test {

// The real main window on a temporary database (with the demo data if asked),
// shown offscreen, with settings kept apart from the user's.
class UiFixture
{
public:
    explicit UiFixture(bool withDemo = true);
    ~UiFixture();

    MainWindow &window() { return *m_window; }
    QString dbPath() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    template<typename P>
    P *page(const QString &id)
    {
        return qobject_cast<P *>(m_window->page(id));
    }

    // A tab of the Records page ("projects", "publications"), shown.
    template<typename P>
    P *recordsTab(const QString &kind)
    {
        m_window->showPage(QStringLiteral("records"));
        auto *records = qobject_cast<RecordsPage *>(m_window->page(QStringLiteral("records")));
        if (!records)
            return nullptr;
        records->showTab(kind);
        return qobject_cast<P *>(records->tab(kind));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

// Saves a picture of the widget to $FD_SCREENSHOT_DIR/name.png when that
// variable is set (tools/screenshots.sh), so that people can look at it.
void screenshot(QWidget *widget, const QString &name);

// Runs `action` on the next modal dialog or message box that opens (e.g. to
// press its "Delete" button), then returns. Call before the code that opens it.
void onNextModal(std::function<void(QWidget *)> action);

// Types text into a widget key by key, also letters beyond ASCII (ö, ß),
// which QTest::keyClicks cannot send.
void typeText(QWidget *widget, const QString &text);

// Clicks the button with this text in a message box.
void clickButton(QWidget *dialog, const QString &text);

} // namespace fd::test
