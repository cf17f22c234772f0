// SPDX-License-Identifier: GPL-3.0-or-later
#include "afterfirstframe.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace fd {

AfterFirstFrame::AfterFirstFrame(QWidget *window) : QObject(window), m_window(window)
{
    window->installEventFilter(this);
}

AfterFirstFrame::~AfterFirstFrame()
{
    flush();
}

void AfterFirstFrame::run(std::function<void()> task)
{
    // In order: what waits goes first.
    if (m_waiting.empty() && (m_painted || !m_window->isVisible())) {
        task();
        return;
    }
    m_waiting.push_back(std::move(task));
}

void AfterFirstFrame::flush()
{
    // A task may queue another: take them one by one.
    while (!m_waiting.empty()) {
        std::function<void()> task = std::move(m_waiting.front());
        m_waiting.erase(m_waiting.begin());
        task();
    }
}

bool AfterFirstFrame::eventFilter(QObject *watched, QEvent *event)
{
    // The window is painted first, then its children, all in one pass that
    // ends with the frame sent to the screen. A zero timer fires once the
    // event loop has handled what that pass posted: then the work runs.
    if (!m_painted && watched == m_window && event->type() == QEvent::Paint) {
        m_painted = true;
        m_window->removeEventFilter(this);
        auto *timer = new QTimer(this);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this, timer] {
            timer->deleteLater();
            flush();
        });
        timer->start(0);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace fd
