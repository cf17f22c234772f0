// SPDX-License-Identifier: GPL-3.0-or-later
#include "generator.h"

#include "common/dates.h"
#include "common/textfold.h"
#include "db/database.h"
#include "db/notifier.h"
#include "db/sqlhelpers.h"
#include "db/transaction.h"
#include "demo/demodata.h"
#include "demo/generatorsupport.h"
#include "people/personrepository.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <vector>

namespace fd {

namespace {

using namespace generatorsupport;

// One prepared INSERT, bound and run per row.
class Inserter
{
public:
    Inserter(Database &db, const QString &table, const QStringList &columns) : m_query(sqlConnection(db)), m_table(table)
    {
        QStringList marks;
        for (qsizetype i = 0; i < columns.size(); ++i)
            marks << QStringLiteral("?");
        m_prepared = m_query.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                         .arg(table, columns.join(QLatin1String(", ")), marks.join(QLatin1String(", "))));
    }

    Status insert(std::initializer_list<QVariant> values)
    {
        if (!m_prepared)
            return databaseError(m_query.lastError(), QStringLiteral("generate: prepare %1").arg(m_table));
        int i = 0;
        for (const QVariant &v : values)
            m_query.bindValue(i++, v);
        if (!m_query.exec())
            return databaseError(m_query.lastError(), QStringLiteral("generate: insert into %1").arg(m_table));
        return {};
    }

private:
    QSqlQuery m_query;
    QString m_table;
    bool m_prepared = false;
};

class Builder
{
public:
    Builder(Database &db, Generator::Size size, quint32 seed, const Generator::Progress &progress)
        : m_db(db), m_size(size), m_progress(progress), m_orgRng(seed, OrgStream), m_peopleRng(seed, PeopleStream),
          m_eventRng(seed, EventStream), m_regRng(seed, RegistrationStream), m_uuidRng(seed, UuidStream)
    {
    }

    Result<Generator::Summary> run();

private:
    void loadSeeds();
    Status loadKinds();
    void planOrganisations();
    void planPeople();
    void planEvents();
    void sizeEvents();
    void planRegistrations();
    Status write();
    void advance(qint64 rows = 1);

    Database &m_db;
    Generator::Size m_size;
    Generator::Progress m_progress;
    Rng m_orgRng, m_peopleRng, m_eventRng, m_regRng, m_uuidRng;

    QList<NamePool> m_origins;
    QList<CountryData> m_countries;
    QHash<QString, QStringList> m_jobs;
    QStringList m_topics, m_projects;
    struct Kind {
        qint64 id;
        QString key;
        QString nameDe;
    };
    QHash<QString, Kind> m_kinds;
    QStringList m_kindOrder; // keys as the office sorts them

    QList<OrgPlan> m_orgs;
    std::vector<double> m_orgCumulative; // how many contacts each organisation has, as weights
    QList<PersonPlan> m_people;          // in the order they were entered (id = index + 1)
    std::vector<qint64> m_enteredDays;   // julian day each person was entered, ascending
    QList<EventPlan> m_events;           // by date (id = index + 1)
    std::vector<std::vector<RegPlan>> m_registrations; // per event

    qint64 m_done = 0;
    qint64 m_total = 0;
    qint64 m_lastReported = -1;
    Generator::Summary m_summary;
};

void Builder::loadSeeds()
{
    QHash<QString, int> originByCode;
    for (const OriginSeed &o : origins()) {
        originByCode.insert(QString::fromUtf8(o.code), int(m_origins.size()));
        m_origins.append({splitList(o.male), splitList(o.female), splitList(o.last), o.feminine});
    }
    for (const JobSeed &j : jobTitles())
        m_jobs.insert(QString::fromUtf8(j.language), splitList(j.titles));
    for (const CountrySeed &c : countries()) {
        CountryData d;
        d.code = QString::fromUtf8(c.code);
        d.calling = QString::fromUtf8(c.calling);
        d.jobTitles = m_jobs.value(QString::fromUtf8(c.language));
        d.share = c.share;
        double sum = 0;
        for (const QString &part : QString::fromUtf8(c.origins).split(QLatin1Char(','))) {
            d.originIndex.push_back(originByCode.value(part.section(QLatin1Char(':'), 0, 0)));
            sum += part.section(QLatin1Char(':'), 1).toInt();
            d.originCumulative.push_back(sum);
        }
        for (const QString &city : splitList(c.cities))
            d.cities.append({city.section(QLatin1Char('/'), 0, 0), city.section(QLatin1Char('/'), 1)});
        d.bodies = splitList(c.bodies);
        m_countries.append(d);
    }
    m_topics = splitList(topics());
    m_projects = splitList(projects());
}

Status Builder::loadKinds()
{
    QSqlQuery q(sqlConnection(m_db));
    if (!q.exec(QStringLiteral("SELECT id, key, name_de FROM event_kinds ORDER BY sort_order, id")))
        return databaseError(q.lastError(), Generator::tr("Reading the event kinds"));
    while (q.next()) {
        m_kinds.insert(q.value(1).toString(), {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
        m_kindOrder << q.value(1).toString();
    }
    if (m_kinds.isEmpty())
        return Error(Error::Code::Validation, Generator::tr("The database has no event kinds to generate events of."));
    return {};
}

void Builder::planOrganisations()
{
    Rng &rng = m_orgRng;
    // Members per country in proportion to their shares (largest remainder).
    const int total = m_size.organisations;
    int shareSum = 0;
    for (const CountryData &c : std::as_const(m_countries))
        shareSum += c.share;
    QList<int> counts;
    QList<std::pair<int, int>> remainders; // remainder, country
    int assigned = 0;
    for (int i = 0; i < m_countries.size(); ++i) {
        const int exact = total * m_countries.at(i).share;
        counts << exact / shareSum;
        assigned += exact / shareSum;
        remainders.append({exact % shareSum, -i});
    }
    std::sort(remainders.begin(), remainders.end(), std::greater<>());
    for (int i = 0; assigned < total; ++i, ++assigned)
        ++counts[-remainders.at(i % remainders.size()).second];

    QSet<QString> keys;
    for (int c = 0; c < m_countries.size(); ++c) {
        const CountryData &country = m_countries.at(c);
        const int wanted = counts.at(c);
        if (wanted == 0)
            continue;
        const int cityCount = std::min<int>(int(country.cities.size()), std::max(1, wanted - wanted / 5));
        int made = 0;
        for (int i = 0; made < wanted && i < wanted * 4 + int(country.cities.size()); ++i) {
            OrgPlan o;
            o.country = c;
            if (i < cityCount) {
                o.isCity = true;
                o.name = o.city = country.cities.at(i).first;
                o.region = country.cities.at(i).second;
            } else {
                const int j = i - cityCount;
                const auto &city = country.cities.at((j / country.bodies.size()) % country.cities.size());
                o.isCity = false;
                o.name = country.bodies.at(j % country.bodies.size()).arg(city.first);
                o.city = city.first;
                o.region = city.second;
            }
            const QString key = foldKey(o.name);
            if (keys.contains(key))
                continue;
            keys.insert(key);
            // A third were members before the ten years began; the others joined over them.
            if (rng.chance(0.3))
                o.joined = QDate(rng.between(2008, 2016), rng.between(1, 12), 1);
            else
                o.joined = QDate(Generator::firstDay().year() + rng.below(10), rng.between(1, 12), 1);
            if (o.joined > Generator::asOf())
                o.joined = QDate(Generator::asOf().year(), 1, 1);
            if (rng.chance(0.08) && o.joined.year() < Generator::asOf().year() - 1)
                o.left = QDate(rng.between(o.joined.year() + 1, Generator::asOf().year() - 1), 12, 31);
            QString slug = asciiSlug(o.name);
            if (slug.size() > 40)
                slug = slug.left(40).section(QLatin1Char('-'), 0, -2);
            o.domain = slug + QStringLiteral(".example");
            o.created = std::max(QDate(2016, 1, 4), o.joined.addDays(-rng.between(10, 60)));
            o.feeCents = !o.isCity ? 150000 : rng.chance(0.3) ? 300000 : 200000; // big cities pay more
            m_orgs.append(o);
            ++made;
        }
    }
    // Entered as they joined: founders first.
    std::stable_sort(m_orgs.begin(), m_orgs.end(), [](const OrgPlan &a, const OrgPlan &b) { return a.joined < b.joined; });
    double sum = 0;
    for (int i = 0; i < m_orgs.size(); ++i) {
        sum += skewedWeight(rng);
        m_orgCumulative.push_back(sum);
    }
}

void Builder::planPeople()
{
    Rng &rng = m_peopleRng;
    const QDate asOf = Generator::asOf();
    QSet<QString> emails;
    QList<PersonPlan> people;
    people.reserve(m_size.people);
    for (int i = 0; i < m_size.people; ++i) {
        PersonPlan p;
        const int org = pickWeighted(rng, m_orgCumulative);
        const CountryData &country = m_countries.at(m_orgs.at(org).country);
        // Most have a name of the country they work in; some come from anywhere.
        const int origin = rng.chance(0.05) ? rng.below(int(m_origins.size()))
                                            : country.originIndex.at(size_t(pickWeighted(rng, country.originCumulative)));
        const NamePool &pool = m_origins.at(origin);
        const bool female = rng.chance(0.5);
        p.first = rng.pick(female ? pool.female : pool.male);
        p.last = rng.pick(pool.last);
        if (female)
            p.last = feminineForm(p.last, pool.feminine);
        const double t = rng.unit();
        p.title = t < 0.07 ? QStringLiteral("Dr.") : t < 0.08 ? QStringLiteral("Prof. Dr.") : QString();

        // The office started with a list of contacts; the rest came over the years.
        if (rng.chance(0.4))
            p.entered = randomDay(rng, QDate(2016, 1, 4), QDate(2016, 12, 20));
        else
            p.entered = randomDay(rng, Generator::firstDay(), asOf.addDays(-30));
        p.enteredSecs = rng.between(8 * 3600, 18 * 3600);

        // Positions: most work somewhere now, a quarter of them with an earlier position; some have left.
        const double a = rng.unit();
        if (a >= 0.04) {
            if (a < 0.09) {
                p.pastOrg = org;
                p.pastUntil = randomDay(rng, Generator::firstDay(), asOf.addDays(-30));
                p.pastFrom = p.pastUntil.addDays(-rng.between(365, 3650));
                p.pastJob = rng.pick(country.jobTitles);
            } else {
                p.currentOrg = org;
                p.currentFrom = randomDay(rng, QDate(2005, 1, 1), asOf.addDays(-1));
                p.currentJob = rng.pick(country.jobTitles);
                if (rng.chance(0.25)) {
                    p.pastOrg = pickWeighted(rng, m_orgCumulative);
                    if (p.pastOrg == org)
                        p.pastOrg = (org + 1) % int(m_orgs.size());
                    p.pastUntil = p.currentFrom.addDays(-1);
                    p.pastFrom = p.pastUntil.addDays(-rng.between(365, 3650));
                    p.pastJob = rng.pick(m_countries.at(m_orgs.at(p.pastOrg).country).jobTitles);
                }
            }
        }

        if (rng.chance(0.95)) {
            const int mailOrg = p.currentOrg >= 0 ? p.currentOrg : p.pastOrg;
            const QString domain = mailOrg >= 0 ? m_orgs.at(mailOrg).domain : QStringLiteral("mail.example");
            const QString local = asciiSlug(p.first) + QLatin1Char('.') + asciiSlug(p.last);
            QString email = local + QLatin1Char('@') + domain;
            for (int n = 2; emails.contains(email); ++n)
                email = local + QString::number(n) + QLatin1Char('@') + domain;
            emails.insert(email);
            p.email = email;
        }
        if (rng.chance(0.6))
            p.phone = QStringLiteral("+%1 %2 %3").arg(country.calling).arg(rng.between(20, 999)).arg(rng.between(100000, 9999999));
        p.newsletter = rng.chance(0.55);
        p.photos = rng.chance(0.35);
        p.sharing = rng.chance(0.65);
        people.append(p);
    }
    // Ids in the order the office entered them.
    std::vector<int> order(size_t(people.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const PersonPlan &x = people.at(a);
        const PersonPlan &y = people.at(b);
        return x.entered != y.entered ? x.entered < y.entered : x.enteredSecs < y.enteredSecs;
    });
    m_people.reserve(people.size());
    for (int i : order) {
        m_people.append(people.at(i));
        m_enteredDays.push_back(people.at(i).entered.toJulianDay());
    }
}

void Builder::planEvents()
{
    Rng &rng = m_eventRng;
    const QDate first = Generator::firstDay();
    const QDate asOf = Generator::asOf();
    const qint64 days = first.daysTo(Generator::lastDay());
    const int bigCount = std::max(1, m_size.events / 500);
    const int assemblies = std::min(10, m_size.events / 10);
    std::vector<double> kindCumulative;
    QList<QString> kindKeys;
    double sum = 0;
    for (const KindWeight &k : kindWeights()) {
        if (!m_kinds.contains(QString::fromUtf8(k.key)))
            continue;
        sum += k.weight;
        kindCumulative.push_back(sum);
        kindKeys << QString::fromUtf8(k.key);
    }
    auto kindOr = [&](const char *key) {
        const QString k = QString::fromUtf8(key);
        return m_kinds.contains(k) ? k : m_kindOrder.first();
    };
    int documentation = 0;
    for (int i = 0; i < m_size.events; ++i) {
        EventPlan e;
        if (i < bigCount) {
            // The congress of the year: a few thousand register, some wait.
            e.big = true;
            e.kindKey = kindOr("congress");
            e.start = QDate(rng.between(2019, Generator::lastDay().year()), rng.between(3, 11), rng.between(1, 25));
            if (e.start > asOf.addDays(-30)) // over, with everyone who came
                e.start = e.start.addYears(-1);
            e.end = e.start.addDays(1);
            e.format = QStringLiteral("hybrid");
            e.audience = QStringLiteral("public");
        } else if (i < bigCount + assemblies) {
            const int year = Generator::lastDay().year() - (i - bigCount);
            e.kindKey = kindOr("general_assembly");
            e.assembly = year - 1997;
            e.start = QDate(year, 9, rng.between(8, 24));
            e.end = e.start.addDays(1);
        } else {
            e.kindKey = kindKeys.at(pickWeighted(rng, kindCumulative));
            // The network grows: more events in later years.
            e.start = first.addDays(qint64(double(days) * std::sqrt(rng.unit())));
            if (e.kindKey == QLatin1String("study_trip"))
                e.end = e.start.addDays(rng.between(1, 3));
            else if ((e.kindKey == QLatin1String("conference") || e.kindKey == QLatin1String("congress")
                      || e.kindKey == QLatin1String("seminar")) && rng.chance(0.5))
                e.end = e.start.addDays(1);
        }
        // Offices meet on working days.
        const qint64 length = e.end.isValid() ? e.start.daysTo(e.end) : 0;
        if (e.start.dayOfWeek() == Qt::Saturday)
            e.start = e.start.addDays(-1);
        else if (e.start.dayOfWeek() == Qt::Sunday)
            e.start = e.start.addDays(1);
        if (length > 0)
            e.end = e.start.addDays(length);
        const Kind &kind = m_kinds.value(e.kindKey);
        e.kindId = kind.id;
        const bool webinar = e.kindKey == QLatin1String("webinar");
        if (webinar) {
            e.format = QStringLiteral("online");
            e.startTime = rng.chance(0.5) ? QTime(10, 0) : QTime(14, 0);
            e.endTime = e.startTime.addSecs(90 * 60);
        } else if (!e.big) {
            const double f = rng.unit();
            e.format = f < 0.75 ? QStringLiteral("on_site") : f < 0.9 ? QStringLiteral("hybrid") : QStringLiteral("online");
            if (!e.end.isValid() && rng.chance(0.5)) {
                e.startTime = QTime(9, 30);
                e.endTime = QTime(16, 30);
            }
        }
        if (e.format != QLatin1String("online"))
            e.city = m_orgs.at(pickWeighted(rng, m_orgCumulative)).city;
        if (e.assembly == 0 && e.kindKey != QLatin1String("board_meeting") && !e.big)
            e.audience = rng.chance(0.5) ? QStringLiteral("members") : QStringLiteral("public");
        if (!e.big && e.assembly == 0 && e.kindKey != QLatin1String("board_meeting")) {
            const double r = rng.unit();
            e.role = r < 0.62 ? QStringLiteral("organiser") : r < 0.78 ? QStringLiteral("co_organiser")
                   : r < 0.92 ? QStringLiteral("attendee") : QStringLiteral("speaker");
        }
        if (e.role == QLatin1String("co_organiser") || rng.chance(0.1))
            e.partners = m_orgs.at(rng.below(int(m_orgs.size()))).name;
        if (rng.chance(0.1))
            e.funder = rng.below(int(m_orgs.size()));
        if (rng.chance(0.3))
            e.project = rng.pick(m_projects);
        e.takesRegistrations = e.role == QLatin1String("organiser") || e.role == QLatin1String("co_organiser");
        if (!e.takesRegistrations)
            e.reported = rng.between(20, 300);
        if (e.assembly > 0) {
            e.title = QStringLiteral("%1. Mitgliederversammlung").arg(e.assembly); // data, in the office's language
        } else {
            e.title = QStringLiteral("%1: %2").arg(kind.nameDe, rng.pick(m_topics));
            if (!e.city.isEmpty() && rng.chance(0.5))
                e.title += QStringLiteral(" – ") + e.city;
            if (e.big)
                e.title = QStringLiteral("%1 %2").arg(e.title).arg(e.start.year());
        }
        const int lead = e.big ? rng.between(120, 200) : webinar ? rng.between(7, 35) : rng.between(21, 120);
        e.windowStart = e.start.addDays(-lead);
        e.created = std::min(e.windowStart.addDays(-rng.between(0, 20)), asOf.addDays(-1));
        if (e.start < asOf && e.role == QLatin1String("organiser") && rng.chance(0.3))
            e.documentation = QStringLiteral("https://www.forum.example/dokumentation/%1").arg(++documentation);
        e.documentationMembersOnly = e.audience == QLatin1String("members") || rng.chance(0.5);
        m_events.append(e);
    }
    std::stable_sort(m_events.begin(), m_events.end(), [](const EventPlan &a, const EventPlan &b) {
        if (a.start != b.start)
            return a.start < b.start;
        return a.startTime < b.startTime;
    });
}

void Builder::sizeEvents()
{
    Rng &rng = m_eventRng;
    constexpr int Biggest = 2000;
    // Only people already entered when registration opens can register.
    auto eligible = [this](const QDate &day) {
        return int(std::lower_bound(m_enteredDays.begin(), m_enteredDays.end(), day.toJulianDay()) - m_enteredDays.begin());
    };
    qint64 rest = m_size.registrations;
    std::vector<double> weights(size_t(m_events.size()), 0.0);
    double weightSum = 0;
    for (int i = 0; i < m_events.size(); ++i) {
        EventPlan &e = m_events[i];
        // Registration for events far ahead has not opened yet on the day the data describes.
        const bool open = e.takesRegistrations && e.windowStart < Generator::asOf().addDays(-1);
        e.cap = open ? std::min(Biggest, eligible(e.windowStart)) : 0;
        if (e.big) {
            e.size = e.cap;
            rest -= e.size;
        } else if (e.cap > 0) {
            weights[size_t(i)] = skewedWeight(rng) * (e.kindKey == QLatin1String("board_meeting") ? 0.1 : 1.0);
            weightSum += weights[size_t(i)];
        }
    }
    qint64 sum = 0;
    for (int i = 0; i < m_events.size(); ++i) {
        EventPlan &e = m_events[i];
        if (e.big || e.cap == 0)
            continue;
        e.size = std::clamp(int(weights[size_t(i)] / weightSum * double(rest)), 1, e.cap);
        sum += e.size;
    }
    // Hit the promised total exactly: spread what is missing (or too much)
    // over the events that can take it.
    for (qint64 diff = rest - sum; diff != 0;) {
        int movable = 0;
        for (const EventPlan &e : std::as_const(m_events))
            movable += !e.big && e.cap > 0 && (diff > 0 ? e.size < e.cap : e.size > 1);
        if (movable == 0)
            break; // cannot be done with these people; the summary tells the real count
        const qint64 step = std::max<qint64>(1, std::abs(diff) / movable);
        for (EventPlan &e : m_events) {
            if (diff == 0)
                break;
            if (e.big || e.cap == 0)
                continue;
            if (diff > 0 && e.size < e.cap) {
                const int add = int(std::min<qint64>({step, diff, qint64(e.cap - e.size)}));
                e.size += add;
                diff -= add;
            } else if (diff < 0 && e.size > 1) {
                const int take = int(std::min<qint64>({step, -diff, qint64(e.size - 1)}));
                e.size -= take;
                diff += take;
            }
        }
    }
    // Places: most events on site have a limit near their demand, so some fill up and keep a waitlist.
    for (EventPlan &e : m_events) {
        if (e.size == 0)
            continue;
        if (e.big)
            e.capacity = e.size * 9 / 10;
        else if (e.format == QLatin1String("online") ? rng.chance(0.2) : rng.chance(0.6))
            e.capacity = std::max(1, int(std::lround(double(e.size) * (0.75 + 0.5 * rng.unit()))));
    }
}

void Builder::planRegistrations()
{
    Rng &rng = m_regRng;
    const QDate asOf = Generator::asOf();
    std::vector<double> sourceCumulative;
    double sum = 0;
    for (int w : SourceWeights)
        sourceCumulative.push_back(sum += w);
    std::vector<char> taken(size_t(m_people.size()), 0);
    std::vector<int> picked;
    std::vector<qint64> times;
    m_registrations.resize(size_t(m_events.size()));
    for (int ei = 0; ei < m_events.size(); ++ei) {
        const EventPlan &e = m_events.at(ei);
        const int k = e.size;
        if (k == 0)
            continue;
        // k different people of the first m entered (Floyd's sampling), in random order.
        const int m = int(std::lower_bound(m_enteredDays.begin(), m_enteredDays.end(), e.windowStart.toJulianDay()) - m_enteredDays.begin());
        picked.clear();
        for (int j = m - k; j < m; ++j) {
            int t = rng.below(j + 1);
            if (taken[size_t(t)])
                t = j;
            taken[size_t(t)] = 1;
            picked.push_back(t);
        }
        for (int t : picked)
            taken[size_t(t)] = 0;
        for (int i = k - 1; i > 0; --i)
            std::swap(picked[size_t(i)], picked[size_t(rng.below(i + 1))]);
        // When they registered: between the opening and the day before.
        const qint64 from = secsAt(e.windowStart, 7 * 3600);
        const qint64 to = std::min(secsAt(e.start.addDays(-1), 20 * 3600), secsAt(asOf, 0));
        times.clear();
        for (int i = 0; i < k; ++i)
            times.push_back(from + rng.below(int(to - from)));
        std::sort(times.begin(), times.end());

        std::vector<RegPlan> &regs = m_registrations[size_t(ei)];
        regs.resize(size_t(k));
        int seats = 0;
        std::vector<int> queue;
        for (int i = 0; i < k; ++i) {
            RegPlan &r = regs[size_t(i)];
            r.person = picked[size_t(i)];
            r.registeredAt = r.updatedAt = times[size_t(i)];
            r.source = quint8(pickWeighted(rng, sourceCumulative));
            // As RegistrationRepository::add decides: full, or others waiting first.
            if (e.capacity >= 0 && (seats >= e.capacity || !queue.empty())) {
                r.status = Waitlisted;
                r.waitlisted = true;
                queue.push_back(i);
            } else {
                r.status = Registered;
                ++seats;
            }
        }
        // Some cancel; a place that frees goes to the first one waiting.
        size_t head = 0;
        for (int i = 0; i < k; ++i) {
            RegPlan &r = regs[size_t(i)];
            const qint64 at = r.registeredAt + rng.below(int(std::max<qint64>(1, to - r.registeredAt)));
            if (r.status == Registered && rng.chance(0.06)) {
                r.status = Cancelled;
                r.updatedAt = at;
                ++r.rowVersion;
                while (head < queue.size() && regs[size_t(queue[head])].status != Waitlisted)
                    ++head;
                if (head < queue.size()) {
                    RegPlan &up = regs[size_t(queue[head++])];
                    up.status = Registered;
                    up.waitlisted = false;
                    up.updatedAt = std::max(at, up.registeredAt);
                    ++up.rowVersion;
                }
            } else if (r.status == Waitlisted && rng.chance(0.04)) {
                r.status = Cancelled;
                r.waitlisted = false;
                r.updatedAt = at;
                ++r.rowVersion;
            }
        }
        // After the day, attendance was taken at most events.
        if (e.start < asOf && rng.chance(0.9)) {
            const qint64 after = secsAt(e.end.isValid() ? e.end : e.start, 17 * 3600);
            for (RegPlan &r : regs) {
                if (r.status != Registered)
                    continue;
                r.status = rng.chance(0.9) ? Attended : NoShow;
                r.updatedAt = after;
                ++r.rowVersion;
            }
        }
    }
}

void Builder::advance(qint64 rows)
{
    m_done += rows;
    // About every percent, so that callers can print every ten.
    const qint64 step = std::max<qint64>(1, m_total / 100);
    if (m_progress && (m_done / step != m_lastReported || m_done == m_total)) {
        m_lastReported = m_done / step;
        m_progress(m_done, m_total);
    }
}

Status Builder::write()
{
    Rng &uuids = m_uuidRng;
    const QString empty(0, QChar());
    const QDate asOf = Generator::asOf();

    // How many rows in all, for the progress.
    int fees = 0;
    QList<std::pair<int, int>> feeYears; // org index, year
    for (int i = 0; i < m_orgs.size(); ++i) {
        const OrgPlan &o = m_orgs.at(i);
        for (int y = std::max(Generator::firstDay().year(), o.joined.year()); y <= asOf.year(); ++y) {
            if (o.left.isValid() && o.left.year() < y)
                break;
            feeYears.append({i, y});
            ++fees;
        }
    }
    qint64 consents = 0, affiliations = 0, registrations = 0;
    for (const PersonPlan &p : std::as_const(m_people)) {
        consents += int(p.newsletter) + int(p.photos) + int(p.sharing);
        affiliations += int(p.currentOrg >= 0) + int(p.pastOrg >= 0);
    }
    for (const auto &regs : m_registrations)
        registrations += qint64(regs.size());
    m_total = m_orgs.size() + fees + m_people.size() + consents + affiliations + m_events.size() + registrations;

    Inserter orgs(m_db, QStringLiteral("organisations"),
                  {QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("name_key"),
                   QStringLiteral("state"), QStringLiteral("country"), QStringLiteral("joined_on"), QStringLiteral("left_on"),
                   QStringLiteral("website"), QStringLiteral("notes"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
                   QStringLiteral("row_version")});
    for (int i = 0; i < m_orgs.size(); ++i) {
        const OrgPlan &o = m_orgs.at(i);
        const QString created = timestamp(secsAt(o.created, 9 * 3600 + i % 3600));
        const QString updated = o.left.isValid() ? timestamp(secsAt(o.left, 10 * 3600)) : created;
        if (Status s = orgs.insert({qint64(i + 1), uuidToDb(uuids.uuid()), o.isCity ? QStringLiteral("city") : QStringLiteral("organisation"),
                                    o.name, nn(foldKey(o.name)), nn(o.region), m_countries.at(o.country).code, toDbDate(o.joined),
                                    toDbDate(o.left), QString(QStringLiteral("https://www.") + o.domain), empty, created, updated,
                                    o.left.isValid() ? 2 : 1});
            !s)
            return s;
        advance();
    }

    Inserter feeRows(m_db, QStringLiteral("membership_fees"),
                     {QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("organisation_id"), QStringLiteral("year"),
                      QStringLiteral("amount_cents"), QStringLiteral("paid_on"), QStringLiteral("notes"), QStringLiteral("created_at"),
                      QStringLiteral("updated_at"), QStringLiteral("row_version")});
    for (int i = 0; i < feeYears.size(); ++i) {
        const auto [org, year] = feeYears.at(i);
        const OrgPlan &o = m_orgs.at(org);
        const QDate invoiced = std::max(QDate(year, 1, 15), o.joined);
        QDate paid = invoiced.addDays(m_orgRng.between(5, 90));
        if (paid > asOf || m_orgRng.chance(0.03))
            paid = QDate();
        const QString created = timestamp(secsAt(invoiced, 9 * 3600));
        if (Status s = feeRows.insert({qint64(i + 1), uuidToDb(uuids.uuid()), qint64(org + 1), year, o.feeCents, toDbDate(paid), empty, created,
                                       paid.isValid() ? timestamp(secsAt(paid, 11 * 3600)) : created, paid.isValid() ? 2 : 1});
            !s)
            return s;
        advance();
    }
    m_summary.fees = fees;

    Inserter people(m_db, QStringLiteral("people"),
                    {QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("title"), QStringLiteral("first_name"),
                     QStringLiteral("last_name"), QStringLiteral("name_key"), QStringLiteral("email"), QStringLiteral("email_key"),
                     QStringLiteral("phone"), QStringLiteral("notes"), QStringLiteral("consent_newsletter"),
                     QStringLiteral("consent_newsletter_on"), QStringLiteral("consent_photos"), QStringLiteral("consent_photos_on"),
                     QStringLiteral("consent_sharing"), QStringLiteral("consent_sharing_on"), QStringLiteral("created_at"),
                     QStringLiteral("updated_at"), QStringLiteral("row_version")});
    Inserter consentRows(m_db, QStringLiteral("consent_log"),
                         {QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("person_id"), QStringLiteral("topic"),
                          QStringLiteral("granted"), QStringLiteral("effective_on"), QStringLiteral("recorded_at"), QStringLiteral("note")});
    Inserter affiliationRows(m_db, QStringLiteral("affiliations"),
                             {QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("person_id"), QStringLiteral("organisation_id"),
                              QStringLiteral("job_title"), QStringLiteral("valid_from"), QStringLiteral("valid_until"),
                              QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("row_version")});
    qint64 consentId = 0, affiliationId = 0;
    for (int i = 0; i < m_people.size(); ++i) {
        const PersonPlan &p = m_people.at(i);
        const qint64 id = i + 1;
        const QString created = timestamp(secsAt(p.entered, p.enteredSecs));
        const QVariant on = toDbDate(p.entered);
        const QVariant none = toDbDate(QDate());
        if (Status s = people.insert({id, uuidToDb(uuids.uuid()), nn(p.title), p.first, p.last, PersonRepository::nameKey(p.first, p.last),
                                      nn(p.email), nn(emailKey(p.email)), nn(p.phone), empty, p.newsletter, p.newsletter ? on : none,
                                      p.photos, p.photos ? on : none, p.sharing, p.sharing ? on : none, created, created, 1});
            !s)
            return s;
        advance();
        // The history of consents, as PersonRepository::create writes it.
        const std::pair<bool, const char *> topics[] = {{p.newsletter, "newsletter"}, {p.photos, "photos"}, {p.sharing, "sharing"}};
        for (const auto &[granted, topic] : topics) {
            if (!granted)
                continue;
            if (Status s = consentRows.insert({++consentId, uuidToDb(uuids.uuid()), id, QString::fromLatin1(topic), true, on, created, empty});
                !s)
                return s;
            advance();
        }
        if (p.pastOrg >= 0) {
            const bool endedLater = p.pastUntil > p.entered;
            if (Status s = affiliationRows.insert({++affiliationId, uuidToDb(uuids.uuid()), id, qint64(p.pastOrg + 1), nn(p.pastJob),
                                                   toDbDate(p.pastFrom), toDbDate(p.pastUntil), created,
                                                   endedLater ? timestamp(secsAt(p.pastUntil, 12 * 3600)) : created, endedLater ? 2 : 1});
                !s)
                return s;
            advance();
        }
        if (p.currentOrg >= 0) {
            if (Status s = affiliationRows.insert({++affiliationId, uuidToDb(uuids.uuid()), id, qint64(p.currentOrg + 1), nn(p.currentJob),
                                                   toDbDate(p.currentFrom), none, created, created, 1});
                !s)
                return s;
            advance();
        }
    }
    m_summary.people = int(m_people.size());
    m_summary.consents = int(consentId);
    m_summary.affiliations = int(affiliationId);

    Inserter events(m_db, QStringLiteral("events"),
                    {QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("title"), QStringLiteral("title_key"), QStringLiteral("kind_id"),
                     QStringLiteral("assembly_number"), QStringLiteral("start_date"), QStringLiteral("start_time"), QStringLiteral("end_date"),
                     QStringLiteral("end_time"), QStringLiteral("format"), QStringLiteral("city"), QStringLiteral("venue"),
                     QStringLiteral("audience"), QStringLiteral("role"), QStringLiteral("partners"), QStringLiteral("funder_id"),
                     QStringLiteral("project_name"), QStringLiteral("capacity"), QStringLiteral("registration_open"),
                     QStringLiteral("reported_participants"), QStringLiteral("documentation_url"),
                     QStringLiteral("documentation_members_only"), QStringLiteral("notes"), QStringLiteral("created_at"),
                     QStringLiteral("updated_at"), QStringLiteral("row_version")});
    for (int i = 0; i < m_events.size(); ++i) {
        const EventPlan &e = m_events.at(i);
        const QString created = timestamp(secsAt(e.created, 10 * 3600 + i % 3600));
        const bool past = e.start < asOf;
        const QString updated = past ? timestamp(secsAt((e.end.isValid() ? e.end : e.start).addDays(1), 10 * 3600)) : created;
        if (Status s = events.insert({qint64(i + 1), uuidToDb(uuids.uuid()), e.title, nn(foldKey(e.title)), e.kindId,
                                      e.assembly > 0 ? QVariant(e.assembly) : nullInt(), toDbDate(e.start), toDbTime(e.startTime),
                                      toDbDate(e.end), toDbTime(e.endTime), e.format, nn(e.city), empty, e.audience, e.role,
                                      nn(e.partners), e.funder >= 0 ? QVariant(qint64(e.funder + 1)) : QVariant(QMetaType::fromType<qlonglong>()),
                                      nn(e.project), e.capacity >= 0 ? QVariant(e.capacity) : nullInt(), !past,
                                      e.reported >= 0 ? QVariant(e.reported) : nullInt(), nn(e.documentation), e.documentationMembersOnly,
                                      empty, created, updated, past ? 2 : 1});
            !s)
            return s;
        advance();
    }
    m_summary.events = int(m_events.size());

    Inserter regRows(m_db, QStringLiteral("registrations"),
                     {QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("event_id"), QStringLiteral("person_id"),
                      QStringLiteral("status"), QStringLiteral("source"), QStringLiteral("registered_at"), QStringLiteral("waitlisted_at"),
                      QStringLiteral("notes"), QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("row_version")});
    QStringList statusKeys, sourceKeys;
    for (const char *s : StatusKeys)
        statusKeys << QString::fromLatin1(s);
    for (const char *s : SourceKeys)
        sourceKeys << QString::fromLatin1(s);
    const QVariant noTime = toDbTimestamp(QDateTime());
    qint64 regId = 0;
    for (int ei = 0; ei < m_events.size(); ++ei) {
        const auto &regs = m_registrations[size_t(ei)];
        m_summary.largestEvent = std::max(m_summary.largestEvent, int(regs.size()));
        for (const RegPlan &r : regs) {
            const QString at = timestamp(r.registeredAt);
            if (Status s = regRows.insert({++regId, uuidToDb(uuids.uuid()), qint64(ei + 1), qint64(r.person + 1), statusKeys.at(r.status),
                                           sourceKeys.at(r.source), at, r.waitlisted ? QVariant(at) : noTime, empty, at,
                                           r.updatedAt == r.registeredAt ? at : timestamp(r.updatedAt), int(r.rowVersion)});
                !s)
                return s;
            m_summary.waitlisted += r.status == Waitlisted;
            advance();
        }
    }
    m_summary.registrations = int(regId);
    m_summary.organisations = int(m_orgs.size());
    return {};
}

Result<Generator::Summary> Builder::run()
{
    if (!DemoData::isEmpty(m_db))
        return Error(Error::Code::Validation, Generator::tr("Data can only be generated into an empty database; \"%1\" holds data already.")
                                                  .arg(m_db.path()));
    loadSeeds();
    if (Status s = loadKinds(); !s)
        return s.error();
    planOrganisations();
    planPeople();
    planEvents();
    sizeEvents();
    planRegistrations();

    // Random UUIDs land all over their index: with SQLite's default page
    // cache (2 MB) most inserts would spill pages to the WAL and read them
    // back. A larger cache for this connection while it writes keeps them in memory.
    QSqlQuery pragma(sqlConnection(m_db));
    int cacheSize = -2000;
    if (pragma.exec(QStringLiteral("PRAGMA cache_size")) && pragma.next())
        cacheSize = pragma.value(0).toInt();
    pragma.exec(QStringLiteral("PRAGMA cache_size = -262144"));
    struct RestoreCache {
        QSqlQuery &q;
        int size;
        ~RestoreCache() { q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(size)); }
    } restore{pragma, cacheSize};

    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    if (Status s = write(); !s)
        return s.error();
    for (Entity e : {Entity::Organisation, Entity::MembershipFee, Entity::Person, Entity::Affiliation, Entity::Event, Entity::Registration})
        m_db.notifier()->entityReset(e);
    if (Status s = tx.commit(); !s)
        return s.error();
    return m_summary;
}

} // namespace

std::optional<Generator::Scale> Generator::parseScale(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("large"))
        return Scale::Large;
    if (t == QLatin1String("medium"))
        return Scale::Medium;
    if (t == QLatin1String("small"))
        return Scale::Small;
    return std::nullopt;
}

Generator::Size Generator::sizeOf(Scale scale)
{
    switch (scale) {
    case Scale::Large: return {250, 20000, 5000, 500000};
    case Scale::Medium: return {25, 2000, 500, 50000};
    case Scale::Small: return {3, 200, 50, 5000};
    }
    return {};
}

QDate Generator::firstDay()
{
    return QDate(2017, 1, 1);
}

QDate Generator::lastDay()
{
    return QDate(2026, 12, 31);
}

QDate Generator::asOf()
{
    return QDate(2026, 11, 1);
}

Result<Generator::Summary> Generator::generate(Database &db, Scale scale, quint32 seed, const Progress &progress)
{
    Builder builder(db, sizeOf(scale), seed, progress);
    return builder.run();
}

} // namespace fd
