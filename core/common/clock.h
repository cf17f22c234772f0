// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>

namespace fd {

// "Today" and "now" for every rule that depends on them (waitlists, consent
// dates, the check-in's event, printed dates), read in one place so that
// tests and demonstrations can fix the day: setFixedNow() in tests, or the
// environment variable FORUMDESK_TODAY=YYYY-MM-DD for a whole process (the
// end-to-end tests start the real program that way).
QDate today();
QDateTime nowUtc();

// Fixes the clock for this process (an invalid value returns to the real one).
void setFixedNow(const QDateTime &utc);

} // namespace fd
