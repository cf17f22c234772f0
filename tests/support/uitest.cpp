// SPDX-License-Identifier: GPL-3.0-or-later
#include "uitest.h"

#include "app/settings.h"
#include "demo/demodata.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QSettings>
#include <QTest>
#include <QTimer>

#include <stdexcept>

namespace fd::test {

UiFixture::UiFixture(bool withDemo)
{
    // Test mode (set in the test main) keeps QSettings and data paths apart; start clean.
    QSettings().clear();
    settings::demoOffered.set(true);
    m_path = m_dir.filePath(QStringLiteral("ui.sqlite"));
    if (withDemo) {
        auto db = Database::openSqlite(m_path);
        if (!db || !DemoData::load(**db))
            throw std::runtime_error("cannot prepare the demo database");
    }
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 860);
    if (!m_window->openDatabase(m_path, true))
        throw std::runtime_error("cannot open the test database");
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        throw std::runtime_error("window not shown");
    // On a desktop (xcb with a window manager) keyboard focus needs the
    // active window, as it does for the user.
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get()))
        throw std::runtime_error("window not active");
}

UiFixture::~UiFixture()
{
    m_window.reset();
}

void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("FD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QApplication::processEvents();
    widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

void onNextModal(std::function<void(QWidget *)> action)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, action] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        timer->stop();
        timer->deleteLater();
        action(modal);
    });
    timer->start();
}

void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        if (ch.unicode() < 0x80)
            QTest::keyClick(widget, char(ch.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}

void clickButton(QWidget *dialog, const QString &text)
{
    for (QAbstractButton *b : dialog->findChildren<QAbstractButton *>()) {
        if (b->text().remove(QLatin1Char('&')) == text) {
            b->click();
            return;
        }
    }
    throw std::runtime_error("no such button: " + text.toStdString());
}

} // namespace fd::test
