// SPDX-License-Identifier: GPL-3.0-or-later
// The PDFs are read back with poppler's pdftotext and pdfinfo, as a person
// would read the printout: what is on which page, in which order.
#include "catch.hpp"
#include "testdb.h"

#include "cli/cli.h"
#include "events/eventdocuments.h"
#include "events/eventrepository.h"
#include "events/registrationrepository.h"
#include "members/organisationrepository.h"
#include "office/officeprofile.h"
#include "people/personrepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimeZone>

#include <algorithm>

using namespace fd;

namespace {

struct Attendee {
    const char *title;
    const char *first;
    const char *last;
    const char *organisation;
    RegistrationStatus status;
};

constexpr auto Reg = RegistrationStatus::Registered;
constexpr auto Att = RegistrationStatus::Attended;

// In the order the sign-in sheet must show them: by last name, ignoring case
// and accents (Bäcker before Becker, Öztürk among the O). They are entered in
// a shuffled order.
const Attendee People[] = {
    {"", "Jana", "Ahrens", "Köln", Reg},
    {"", "Tobias", "Bäcker", "Mannheim", Att},
    {"", "Sabine", "Becker", "Essen", Reg},
    {"", "Emre", "Çelik", "Köln", Reg},
    {"", "Lena", "Dietrich", "Landespräventionsrat NRW", Att},
    {"", "Paul", "Ebert", "Mannheim", Reg},
    {"", "Miriam", "Fischer", "Essen", RegistrationStatus::Waitlisted},
    {"", "Uwe", "Groß", "Düsseldorf", Reg},
    {"", "Heike", "Günther", "Köln", Att},
    {"Dr.", "Meike", "Hecker", "DEFUS Geschäftsstelle", Att},
    {"", "Nils", "Hoffmann", "Mannheim", Reg},
    {"", "Ines", "Ilgner", "Essen", RegistrationStatus::Cancelled},
    {"", "Sven", "Jäger", "Düsseldorf", Reg},
    {"", "Claudia", "Kaiser", "Köln", Reg},
    {"Prof. Dr.", "Rainer", "Köhler", "Landespräventionsrat NRW", Att},
    {"", "Katrin", "Krüger", "Mannheim", Reg},
    {"", "Birgit", "Lange", "Essen", Reg},
    {"", "Birte", "Lührs", "Düsseldorf", RegistrationStatus::NoShow},
    {"", "Katrin", "Meißner", "Köln", Att},
    {"", "Jonas", "Möller", "Mannheim", Reg},
    {"", "Hanna", "Neumann", "Essen", Reg},
    {"", "Piotr", "Nowak", "Düsseldorf", Reg},
    {"", "Aylin", "Öztürk", "Köln", Att},
    {"", "Frank", "Peters", "Mannheim", Reg},
    {"", "Gesa", "Quast", "Essen", RegistrationStatus::Waitlisted},
    {"", "Thomas", "Richter", "Düsseldorf", Reg},
    {"", "Anke", "Schäfer", "Köln", Att},
    {"", "Michael", "Schmidt", "Mannheim", Reg},
    {"", "Doris", "Schulz", "Essen", Reg},
    {"", "Ole", "Thiele", "Düsseldorf", Reg},
    {"", "Vera", "Ulrich", "Köln", Att},
    {"", "Karl", "Vogel", "Mannheim", Reg},
    {"", "Ruth", "Weber", "Essen", Reg},
    {"", "Jens", "Wolf", "Düsseldorf", Att},
    {"", "Eva", "Zimmermann", "Köln", RegistrationStatus::Cancelled},
};
constexpr int PeopleCount = int(sizeof(People) / sizeof(People[0]));

const QString EventTitle = QStringLiteral("Fachtagung Sicherheit im Quartier");

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// "Hecker, Dr. Meike", written out here rather than computed by the code under test.
QString expectedListName(const Attendee &a)
{
    const QString given = QString(s(a.title) + QLatin1Char(' ') + s(a.first)).trimmed();
    return s(a.last) + QStringLiteral(", ") + given;
}

bool onList(const Attendee &a)
{
    return a.status == RegistrationStatus::Registered || a.status == RegistrationStatus::Attended;
}

struct EventFixture {
    test::TempDatabase t;
    qint64 eventId = 0;
    qint64 emptyEventId = 0;

    EventFixture()
    {
        EventRepository events(t.db());
        Event e;
        e.title = EventTitle;
        e.kindId = EventKindRepository(t.db()).find(QStringLiteral("conference"))->value().id;
        e.startDate = QDate(2024, 5, 16);
        e.startTime = QTime(10, 0);
        e.endTime = QTime(16, 30);
        e.city = QStringLiteral("Gelsenkirchen");
        e.venue = QStringLiteral("Wissenschaftspark");
        auto created = events.create(e);
        REQUIRE(created);
        eventId = created->id;

        Event empty = e;
        empty.title = QStringLiteral("Webinar ohne Teilnahme");
        empty.format = EventFormat::Online;
        auto createdEmpty = events.create(empty);
        REQUIRE(createdEmpty);
        emptyEventId = createdEmpty->id;

        OrganisationRepository orgs(t.db());
        PersonRepository people(t.db());
        RegistrationRepository registrations(t.db());
        QHash<QString, qint64> orgIds;
        // A fixed shuffle, so that the order on paper comes from sorting.
        for (int k = 0; k < PeopleCount; ++k) {
            const Attendee &a = People[(k * 11) % PeopleCount];
            const QString orgName = s(a.organisation);
            if (!orgIds.contains(orgName)) {
                Organisation o;
                o.name = orgName;
                o.kind = OrganisationKind::Organisation;
                auto org = orgs.create(o);
                REQUIRE(org);
                orgIds.insert(orgName, org->id);
            }
            Person p;
            p.title = s(a.title);
            p.firstName = s(a.first);
            p.lastName = s(a.last);
            auto person = people.create(p);
            REQUIRE(person);
            Affiliation af;
            af.personId = person->id;
            af.organisationId = orgIds.value(orgName);
            af.validFrom = QDate(2020, 1, 1);
            REQUIRE(people.createAffiliation(af));
            RegistrationRequest r;
            r.eventId = eventId;
            r.personId = person->id;
            r.registeredAt = QDateTime(QDate(2024, 4, 1), QTime(8, 0).addSecs(60 * k), QTimeZone::utc());
            r.status = a.status;
            REQUIRE(registrations.add(r));
        }
    }

    QString path(const QString &name) const { return QDir(t.dir()).filePath(name); }
};

QString tool(const char *name)
{
    const QString path = QStandardPaths::findExecutable(QString::fromLatin1(name));
    if (path.isEmpty())
        FAIL(name << " was not found: install poppler-utils to run the PDF tests.");
    return path;
}

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pageCount(const QString &pdf)
{
    const QString info = run(tool("pdfinfo"), {pdf});
    const auto match = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption).match(info);
    REQUIRE(match.hasMatch());
    return match.captured(1).toInt();
}

QString pageText(const QString &pdf, int page)
{
    return run(tool("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                   QString::number(page), pdf, QStringLiteral("-")});
}

// Keeps a copy for people to look at: FD_TEST_OUTPUT_DIR=/tmp/pdfs ctest ...
void keep(const QString &pdf)
{
    const QString dir = qEnvironmentVariable("FD_TEST_OUTPUT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    const QString target = QDir(dir).filePath(QFileInfo(pdf).fileName());
    QFile::remove(target);
    QFile::copy(pdf, target);
}

} // namespace

TEST_CASE("The sign-in sheet lists everyone registered or attended once, by last name, with the header on every page", "[events][documents]")
{
    EventFixture f;
    const QString pdf = f.path(QStringLiteral("signin.pdf"));
    auto written = EventDocuments(f.t.db()).writeSignInSheet(f.eventId, pdf);
    REQUIRE(written);
    keep(pdf);

    QStringList expected;
    for (const Attendee &a : People) {
        if (onList(a))
            expected << expectedListName(a);
    }
    CHECK(written->people == expected.size());
    const int pages = pageCount(pdf);
    CHECK(written->pages == pages);
    CHECK(pages > 1);

    QString all;
    for (int page = 1; page <= pages; ++page) {
        const QString text = pageText(pdf, page);
        INFO("page " << page);
        CHECK(text.contains(EventTitle));
        CHECK(text.contains(QStringLiteral("16/05/2024")));
        CHECK(text.contains(QStringLiteral("Gelsenkirchen, Wissenschaftspark")));
        CHECK(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)));
        CHECK(text.contains(QRegularExpression(QStringLiteral("No\\.\\s+Name\\s+Organisation\\s+Signature"))));
        all += text;
    }
    qsizetype last = -1;
    for (const QString &name : expected) {
        INFO(name.toStdString());
        CHECK(all.count(name) == 1);
        const qsizetype at = all.indexOf(name);
        CHECK(at > last);
        last = at;
    }
    for (const Attendee &a : People) {
        if (!onList(a))
            CHECK_FALSE(all.contains(s(a.last)));
    }
    CHECK(all.contains(QStringLiteral("Landespräventionsrat NRW")));
}

TEST_CASE("The sign-in sheet ends with numbered empty rows for walk-ins", "[events][documents]")
{
    EventFixture f;
    const QString pdf = f.path(QStringLiteral("signin.pdf"));
    auto written = EventDocuments(f.t.db()).writeSignInSheet(f.eventId, pdf, 3);
    REQUIRE(written);
    const QString text = pageText(pdf, pageCount(pdf));
    const int n = written->people;
    for (int row = n + 1; row <= n + 3; ++row)
        CHECK(text.contains(QRegularExpression(QStringLiteral("^\\s*%1\\s*$").arg(row), QRegularExpression::MultilineOption)));
    CHECK_FALSE(text.contains(QRegularExpression(QStringLiteral("^\\s*%1\\s*$").arg(n + 4), QRegularExpression::MultilineOption)));
}

TEST_CASE("Badges come eight to a page for everyone registered or attended", "[events][documents]")
{
    EventFixture f;
    const QString pdf = f.path(QStringLiteral("badges.pdf"));
    auto written = EventDocuments(f.t.db()).writeBadges(f.eventId, pdf);
    REQUIRE(written);
    keep(pdf);
    const int people = int(std::count_if(std::begin(People), std::end(People), onList));
    CHECK(written->people == people);
    CHECK(pageCount(pdf) == (people + 7) / 8);
    const QString first = pageText(pdf, 1);
    CHECK(first.contains(QStringLiteral("Jana Ahrens")));
    CHECK(first.contains(QStringLiteral("Tobias Bäcker")));
    CHECK(first.contains(EventTitle));
}

TEST_CASE("A badge shrinks a very long name instead of cutting it off", "[events][documents]")
{
    EventFixture f;
    Person p;
    p.title = QStringLiteral("Prof. Dr.");
    p.firstName = QStringLiteral("Maximiliane-Henriette");
    p.lastName = QStringLiteral("Freifrau von Hohenzollern-Sigmaringen");
    auto person = PersonRepository(f.t.db()).create(p);
    REQUIRE(person);
    RegistrationRequest r;
    r.eventId = f.emptyEventId;
    r.personId = person->id;
    REQUIRE(RegistrationRepository(f.t.db()).add(r));
    const QString pdf = f.path(QStringLiteral("badge-long.pdf"));
    REQUIRE(EventDocuments(f.t.db()).writeBadges(f.emptyEventId, pdf));
    keep(pdf);
    // Every word of the name is on the badge, whole, and inside the first
    // badge (15-105 mm across, 38.5-93.5 mm down): shrunk and wrapped, not
    // cut off and not running over into the next badge.
    const QString boxes = run(tool("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    const QRegularExpression wordRe(QStringLiteral("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
    const auto toMm = [](const QString &points) { return points.toDouble() * 25.4 / 72; };
    QStringList found;
    for (auto it = wordRe.globalMatch(boxes); it.hasNext();) {
        const auto m = it.next();
        found << m.captured(5);
        INFO(m.captured(5).toStdString());
        CHECK(toMm(m.captured(1)) >= 15);
        CHECK(toMm(m.captured(3)) <= 105);
        CHECK(toMm(m.captured(2)) >= 38.5);
        CHECK(toMm(m.captured(4)) <= 93.5);
    }
    const QString text = found.join(QLatin1Char(' '));
    for (const QString &word : p.fullName().split(QRegularExpression(QStringLiteral("[ -]")), Qt::SkipEmptyParts)) {
        INFO(word.toStdString());
        CHECK(text.contains(word));
    }
    CHECK_FALSE(text.contains(QChar(0x2026))); // no ellipsis
}

TEST_CASE("Certificates are one page per attendee, in name order, issued by the office", "[events][documents]")
{
    EventFixture f;
    const QString pdf = f.path(QStringLiteral("certificates.pdf"));
    DocumentIssuer issuer;
    issuer.organisation = QStringLiteral("Deutsch-Europäisches Forum für Urbane Sicherheit e.V.");
    issuer.city = QStringLiteral("Hannover");
    issuer.issuedOn = QDate(2024, 5, 17);
    issuer.signatory = QStringLiteral("Anna Rau");
    auto written = EventDocuments(f.t.db()).writeCertificates(f.eventId, pdf, issuer);
    REQUIRE(written);
    keep(pdf);
    QList<const Attendee *> attended;
    for (const Attendee &a : People) {
        if (a.status == RegistrationStatus::Attended)
            attended << &a;
    }
    CHECK(written->people == attended.size());
    REQUIRE(pageCount(pdf) == attended.size());
    for (int i = 0; i < attended.size(); ++i) {
        const QString text = pageText(pdf, i + 1).simplified();
        const Attendee &a = *attended.at(i);
        INFO("page " << i + 1);
        CHECK(text.contains(QStringLiteral("Attendance certificate")));
        const QString name = QString(s(a.title) + QLatin1Char(' ') + s(a.first) + QLatin1Char(' ') + s(a.last)).trimmed();
        CHECK(text.contains(QStringLiteral("This is to certify that %1 (%2) attended %3 on 16/05/2024, 10:00–16:30 in Gelsenkirchen, Wissenschaftspark.")
                                .arg(name, s(a.organisation), EventTitle)));
        CHECK(text.contains(QStringLiteral("Deutsch-Europäisches Forum für Urbane Sicherheit e.V.")));
        CHECK(text.contains(QStringLiteral("Hannover, 17/05/2024")));
        CHECK(text.contains(QStringLiteral("Anna Rau")));
    }
}

TEST_CASE("Certificates are signed as the office's stored details say", "[events][documents][office]")
{
    EventFixture f;
    OfficeProfileRepository repo(f.t.db());
    auto profile = repo.load();
    REQUIRE(profile);
    // A database without details yet: the office ForumDesk was made for.
    CHECK(profile->organisation == QStringLiteral("Deutsch-Europäisches Forum für Urbane Sicherheit e.V."));
    CHECK(profile->rowVersion == 0);
    OfficeProfile changed = *profile;
    changed.organisation = QStringLiteral("Landespräventionsrat Niedersachsen");
    changed.city = QStringLiteral("Hannover");
    changed.signatory = QStringLiteral("Dr. Jörg Weiß");
    changed.signatoryRole = QStringLiteral("Geschäftsführer");
    auto saved = repo.save(changed);
    REQUIRE(saved);
    CHECK(saved->rowVersion == 1);
    // Saving from the stale copy is refused: someone else saved meanwhile.
    CHECK(repo.save(*profile).error().code == Error::Code::Conflict);
    OfficeProfile nameless = *saved;
    nameless.organisation = QStringLiteral("  ");
    CHECK(repo.save(nameless).error().field == QStringLiteral("organisation"));
    CHECK(repo.load()->sameContent(*saved));
    // A role is printed under a name: without a name it is refused.
    OfficeProfile roleOnly = *saved;
    roleOnly.signatory.clear();
    CHECK(repo.save(roleOnly).error().field == QStringLiteral("signatory"));
    // Spaces alone are no change.
    OfficeProfile spaced = *saved;
    spaced.city = QStringLiteral(" Hannover ");
    CHECK(spaced.sameContent(*saved));

    const QString pdf = f.path(QStringLiteral("signed.pdf"));
    REQUIRE(EventDocuments(f.t.db()).writeCertificates(f.eventId, pdf));
    const QString text = pageText(pdf, 1).simplified();
    CHECK(text.contains(QStringLiteral("Landespräventionsrat Niedersachsen")));
    CHECK(text.contains(QStringLiteral("Dr. Jörg Weiß")));
    CHECK(text.contains(QStringLiteral("Geschäftsführer")));
    CHECK_FALSE(text.contains(QStringLiteral("Urbane Sicherheit e.V.")));

    // Nobody named: signed for the organisation.
    OfficeProfile unsigned_ = *repo.load();
    unsigned_.signatory.clear();
    unsigned_.signatoryRole = QString();
    REQUIRE(repo.save(unsigned_));
    CHECK(repo.load()->signatory.isEmpty());
}

TEST_CASE("Documents for an event nobody attends are refused with a message and no file", "[events][documents]")
{
    EventFixture f;
    EventDocuments documents(f.t.db());
    const QString pdf = f.path(QStringLiteral("nothing.pdf"));
    auto certificates = documents.writeCertificates(f.emptyEventId, pdf);
    REQUIRE_FALSE(certificates);
    CHECK(certificates.error().message.contains(QStringLiteral("Nobody is marked as attended")));
    CHECK(certificates.error().message.contains(QStringLiteral("Webinar ohne Teilnahme")));
    auto sheet = documents.writeSignInSheet(f.emptyEventId, pdf);
    REQUIRE_FALSE(sheet);
    CHECK(sheet.error().message.contains(QStringLiteral("Nobody is registered")));
    REQUIRE_FALSE(documents.writeBadges(f.emptyEventId, pdf));
    CHECK_FALSE(QFile::exists(pdf));
}

TEST_CASE("The real forumdesk-cli makes the PDFs of an event named by its title", "[events][documents][cli][process]")
{
    EventFixture f;
    auto cli = [&](const QStringList &args, QString *err = nullptr) {
        QProcess p;
        p.start(QStringLiteral(FD_CLI_PATH), QStringList{QStringLiteral("--db"), f.t.path(), QStringLiteral("--lang"), QStringLiteral("en")} + args);
        REQUIRE(p.waitForFinished(60000));
        if (err)
            *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitCode();
    };
    const QString signin = f.path(QStringLiteral("cli-signin.pdf"));
    CHECK(cli({QStringLiteral("export"), QStringLiteral("signin"), QStringLiteral("--event"), EventTitle, QStringLiteral("--out"), signin}) == Cli::Ok);
    CHECK(pageText(signin, 1).contains(EventTitle));
    const QString badges = f.path(QStringLiteral("cli-badges.pdf"));
    CHECK(cli({QStringLiteral("export"), QStringLiteral("badges"), QStringLiteral("--event"), EventTitle, QStringLiteral("--out"), badges}) == Cli::Ok);
    const int onTheList = int(std::count_if(std::begin(People), std::end(People), onList));
    CHECK(pageCount(badges) == (onTheList + 7) / 8);
    const QString certificates = f.path(QStringLiteral("cli-certificates.pdf"));
    CHECK(cli({QStringLiteral("export"), QStringLiteral("certificates"), QStringLiteral("--event"), EventTitle, QStringLiteral("--out"),
               certificates}) == Cli::Ok);
    CHECK(pageCount(certificates) == 10);

    QString err;
    CHECK(cli({QStringLiteral("export"), QStringLiteral("certificates"), QStringLiteral("--event"), QStringLiteral("Webinar ohne Teilnahme"),
               QStringLiteral("--out"), f.path(QStringLiteral("none.pdf"))},
              &err) == Cli::DataError);
    CHECK(err.contains(QStringLiteral("Nobody is marked as attended")));
    CHECK(cli({QStringLiteral("export"), QStringLiteral("signin"), QStringLiteral("--event"), QStringLiteral("No such event"), QStringLiteral("--out"),
               f.path(QStringLiteral("x.pdf"))}) == Cli::DataError);
    CHECK(cli({QStringLiteral("export"), QStringLiteral("badges"), QStringLiteral("--out"), f.path(QStringLiteral("x.pdf"))}) == Cli::UsageError);
}

TEST_CASE("Certificates show dates as the language writes them, not as the computer's region does", "[events][documents][cli][process][i18n]")
{
    EventFixture f;
    struct Case {
        const char *lang;    // --lang, or empty: the system's language
        const char *locale;  // LANG and LC_ALL of the computer
        const char *uiLanguage;
        const char *date;
    };
    // An English UI on a US or a plain C system still writes 16/05/2024 and 10:00, never 5/16/2024 or 10:00 AM;
    // a German UI writes 16.05.2024 also where the region's formats are English.
    const Case cases[] = {
        {"en", "en_US.UTF-8", "en_US", "16/05/2024, 10:00\\W+16:30"},
        {"", "en_US.UTF-8", "en_US", "16/05/2024, 10:00\\W+16:30"},
        {"en", "C.UTF-8", "en", "16/05/2024, 10:00\\W+16:30"},
        {"de", "en_US.UTF-8", "en_US", "16\\.05\\.2024, 10:00\\W+16:30"},
        {"de", "C.UTF-8", "de", "16\\.05\\.2024, 10:00\\W+16:30"},
    };
    for (const Case &c : cases) {
        INFO("--lang " << c.lang << ", LANG=" << c.locale << ", LANGUAGE=" << c.uiLanguage);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QString::fromLatin1(c.locale));
        env.insert(QStringLiteral("LC_ALL"), QString::fromLatin1(c.locale));
        env.insert(QStringLiteral("LANGUAGE"), QString::fromLatin1(c.uiLanguage));
        const QString pdf = f.path(QStringLiteral("certificates-%1-%2.pdf").arg(QString::fromLatin1(c.lang), QString::fromLatin1(c.locale)));
        QStringList args{QStringLiteral("--db"), f.t.path()};
        if (*c.lang)
            args << QStringLiteral("--lang") << QString::fromLatin1(c.lang);
        args << QStringLiteral("export") << QStringLiteral("certificates") << QStringLiteral("--event") << EventTitle << QStringLiteral("--out") << pdf;
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(FD_CLI_PATH), args);
        REQUIRE(p.waitForFinished(60000));
        REQUIRE(p.exitCode() == Cli::Ok);
        const QString text = pageText(pdf, 1).simplified();
        INFO(text.toStdString());
        CHECK(text.contains(QRegularExpression(QString::fromLatin1(c.date))));
        CHECK_FALSE(text.contains(QStringLiteral("AM")));
    }
}

TEST_CASE("Only the PDF exports ask for a GUI application", "[cli]")
{
    auto needsGui = [](const QStringList &args) { return Cli::needsGui(QStringList{QStringLiteral("forumdesk-cli")} + args); };
    CHECK(needsGui({QStringLiteral("--db"), QStringLiteral("x.sqlite"), QStringLiteral("export"), QStringLiteral("signin"), QStringLiteral("--event"), QStringLiteral("A")}));
    CHECK(needsGui({QStringLiteral("export"), QStringLiteral("badges")}));
    CHECK(needsGui({QStringLiteral("export"), QStringLiteral("certificates")}));
    CHECK_FALSE(needsGui({QStringLiteral("export"), QStringLiteral("ics")}));
    CHECK_FALSE(needsGui({QStringLiteral("export"), QStringLiteral("members"), QStringLiteral("--out"), QStringLiteral("signin")}));
    CHECK_FALSE(needsGui({QStringLiteral("info")}));
}

TEST_CASE("Every PDF is set in the shipped typeface, embedded, and its text has no ligature characters", "[events][documents][fonts]")
{
    // "Hoffmann", "certificate", "Pfiffner": Qt shapes ff/fi into ligature
    // glyphs with some system fonts, and the PDF's text then reads U+FB00..U+FB06.
    EventFixture f;
    EventDocuments docs(f.t.db());
    const QString signin = f.path(QStringLiteral("signin.pdf"));
    const QString badges = f.path(QStringLiteral("badges.pdf"));
    const QString certificates = f.path(QStringLiteral("certificates.pdf"));
    REQUIRE(docs.writeSignInSheet(f.eventId, signin));
    REQUIRE(docs.writeBadges(f.eventId, badges));
    REQUIRE(docs.writeCertificates(f.eventId, certificates));

    for (const QString &pdf : {signin, badges, certificates}) {
        INFO(QFileInfo(pdf).fileName().toStdString());
        const QString text = run(tool("pdftotext"), {pdf, QStringLiteral("-")});
        for (const QChar c : text)
            CHECK_FALSE((c.unicode() >= 0xFB00 && c.unicode() <= 0xFB06));
        const QString fonts = run(tool("pdffonts"), {pdf});
        INFO(fonts.toStdString());
        // Every font line names Noto Sans and says it is embedded ("emb" column yes).
        const QStringList lines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        REQUIRE_FALSE(lines.isEmpty());
        for (const QString &line : lines) {
            CHECK(line.contains(QStringLiteral("NotoSans")));
            CHECK(line.contains(QRegularExpression(QStringLiteral("\\s(TrueType|CID TrueType|Type 1C|CID Type 0C)\\s+\\S+\\s+yes\\s"))));
        }
    }
    CHECK(run(tool("pdftotext"), {signin, QStringLiteral("-")}).contains(QStringLiteral("Hoffmann")));
}
