// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>
#include <vector>

class QWidget;

namespace fd {

// Holds back work that the first frame does not need until a window has
// painted once. Start-up shows the list first; writing settings (each
// QSettings write syncs its file to disk) and the like can follow.
// Work given to a window that is hidden, or that has painted already, runs at
// once; work still waiting when this object goes runs then, so none is lost.
class AfterFirstFrame : public QObject
{
public:
    explicit AfterFirstFrame(QWidget *window);
    ~AfterFirstFrame() override;

    void run(std::function<void()> task);
    // Runs what is waiting now (before the window goes).
    void flush();
    bool painted() const { return m_painted; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
    std::vector<std::function<void()>> m_waiting;
    bool m_painted = false;
};

} // namespace fd
