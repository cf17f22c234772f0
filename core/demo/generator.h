// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>
#include <optional>

namespace fd {

class Database;

// A synthetic network at the size a large one reaches in ten years, for
// benchmarks and tests of scale: member cities and organisations in 16
// European countries (joined over the years, some left, with their fees),
// people with names from a dozen European languages and their positions,
// events of every kind over ten years with skewed sizes, and registrations
// with mixed statuses and waitlists where an event was full.
//
// The same seed gives the same rows (UUIDs, names, timestamps) on every run:
// the numbers come from a seeded std::mt19937 and no clock is read. Rows are
// written directly with prepared statements in one transaction (the
// repositories' per-row paths would take hours), but each is as the
// repositories write it: UUID, timestamps in the database format, row
// version, and the folded keys computed by the same functions.
class Generator
{
    Q_DECLARE_TR_FUNCTIONS(Generator)
public:
    enum class Scale { Small, Medium, Large };

    struct Size {
        int organisations = 0;
        int people = 0;
        int events = 0;
        int registrations = 0;
    };

    struct Summary {
        int organisations = 0;
        int fees = 0;
        int people = 0;
        int affiliations = 0;
        int consents = 0;
        int events = 0;
        int registrations = 0;
        int waitlisted = 0;
        int largestEvent = 0; // registrations of the biggest event
    };

    // Called now and then with rows written so far and rows to write in all.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // "large", "medium", "small"; nullopt for anything else.
    static std::optional<Scale> parseScale(const QString &text);
    // large: 250 members, 20,000 people, 5,000 events, 500,000 registrations;
    // medium a tenth of that, small a hundredth (3 members).
    static Size sizeOf(Scale scale);

    // The ten years the events span, and the day the data describes: events
    // after it are still to come (registration open, nobody attended yet).
    static QDate firstDay();
    static QDate lastDay();
    static QDate asOf();

    // Fills an empty database (DemoData::isEmpty), all or nothing.
    static Result<Summary> generate(Database &db, Scale scale, quint32 seed, const Progress &progress = {});
};

} // namespace fd
