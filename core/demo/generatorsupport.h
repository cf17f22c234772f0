// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/generatorseeds.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QUuid>
#include <QVariant>

#include <random>
#include <utility>
#include <vector>

// The pieces the scale generator (generator.cpp) is built from: random
// numbers that are the same on every platform, names and dates drawn from
// them, and the plan of rows it decides before it writes any.
namespace fd::generatorsupport {

using namespace generatorseeds;

// ---------------------------------------------------------------------------
// Random numbers that are the same on every platform: std::mt19937 and
// std::seed_seq are specified exactly, the standard distributions are not,
// so the few we need are written out (integer arithmetic, IEEE division).

class Rng
{
public:
    Rng(quint32 seed, quint32 stream)
    {
        std::seed_seq seq{seed, stream, 0x466f7275u};
        m_engine.seed(seq);
    }

    quint32 next() { return quint32(m_engine()); }
    // 0 .. n-1 (n >= 1)
    int below(int n) { return int((quint64(next()) * quint64(n)) >> 32); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    // [0, 1)
    double unit()
    {
        const quint32 high = next() >> 5;
        const quint32 low = next() >> 6;
        return (double(high) * 67108864.0 + double(low)) / 9007199254740992.0;
    }
    bool chance(double p) { return unit() < p; }
    const QString &pick(const QStringList &list) { return list.at(below(int(list.size()))); }

    // A version 4 UUID from the stream.
    QUuid uuid()
    {
        const quint32 a = next();
        const quint32 b = next();
        const quint32 c = next();
        const quint32 d = next();
        return QUuid(a, ushort(b >> 16), ushort((b & 0x0fffu) | 0x4000u), uchar(((c >> 24) & 0x3fu) | 0x80u), uchar(c >> 16),
                     uchar(c >> 8), uchar(c), uchar(d >> 24), uchar(d >> 16), uchar(d >> 8), uchar(d));
    }

private:
    std::mt19937 m_engine;
};

// Separate streams, so that a change to how events are made leaves the people as they were.
enum Stream : quint32 { OrgStream = 1, PeopleStream, EventStream, RegistrationStream, UuidStream };

// A weight from a heavy-tailed distribution (between about 1 and 33, median
// about 2): most things small, a few large.
double skewedWeight(Rng &rng);
// Picks an index by cumulative weights.
int pickWeighted(Rng &rng, const std::vector<double> &cumulative);

// A '|'-separated seed list as strings.
QStringList splitList(const char *text);
// The lower-case ASCII of a name, for e-mail addresses and web domains:
// "Große-Wilde" -> "grosse-wilde", "Łukasz" -> "lukasz", "Ødegård" -> "oedegaard".
QString asciiSlug(const QString &text);
// The form of a last name a woman carries where the language has one.
QString feminineForm(const QString &last, Feminine rule);

// As the repositories store it (toDbTimestamp), from seconds since the epoch.
QString timestamp(qint64 secs);
qint64 secsAt(const QDate &day, int secondsOfDay);
QDate randomDay(Rng &rng, const QDate &from, const QDate &to);
// A NULL bound as an integer column.
QVariant nullInt();

// The plan: every row is decided in memory first (people are entered before
// the events they register for), then written in one go.

struct NamePool {
    QStringList male, female, last;
    Feminine feminine = Feminine::Same;
};

struct CountryData {
    QString code;
    QString calling;
    QStringList jobTitles;
    std::vector<double> originCumulative; // over m_origins
    std::vector<int> originIndex;
    QList<std::pair<QString, QString>> cities; // name, region
    QStringList bodies;
    int share = 0;
};

struct OrgPlan {
    bool isCity = true;
    QString name;
    QString city;   // where it is (its own name for a city)
    QString region;
    int country = 0;
    QDate joined;
    QDate left;
    QString domain;
    QDate created;
    qint64 feeCents = 0;
};

struct PersonPlan {
    QString title, first, last, email, phone;
    QDate entered;
    int enteredSecs = 0; // time of day
    bool newsletter = false, photos = false, sharing = false;
    int currentOrg = -1;
    QDate currentFrom;
    QString currentJob;
    int pastOrg = -1;
    QDate pastFrom, pastUntil;
    QString pastJob;
};

struct EventPlan {
    QString title;
    qint64 kindId = 0;
    QString kindKey;
    int assembly = 0;
    QDate start, end;
    QTime startTime, endTime;
    QString format = QStringLiteral("on_site");
    QString city;
    QString audience = QStringLiteral("members");
    QString role = QStringLiteral("organiser");
    QString partners;
    int funder = -1; // organisation index
    QString project;
    int capacity = -1;
    int reported = -1;
    QString documentation;
    bool documentationMembersOnly = true;
    QDate windowStart; // registrations open
    QDate created;
    bool big = false;
    bool takesRegistrations = true;
    int size = 0;
    int cap = 0;
};

enum RegStatus : quint8 { Registered, Waitlisted, Cancelled, Attended, NoShow };
inline const char *const StatusKeys[] = {"registered", "waitlisted", "cancelled", "attended", "no_show"};
inline const char *const SourceKeys[] = {"form", "email", "phone", "paper", "import", "on_site"};
inline const int SourceWeights[] = {45, 30, 12, 6, 5, 2};

struct RegPlan {
    qint32 person = 0;
    quint8 status = Registered;
    quint8 source = 0;
    quint8 rowVersion = 1;
    bool waitlisted = false; // waitlisted_at set (= registered_at)
    qint64 registeredAt = 0; // seconds since the epoch, UTC
    qint64 updatedAt = 0;
};

} // namespace fd::generatorsupport
