// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodata.h"

#include "db/database.h"
#include "db/notifier.h"
#include "db/transaction.h"
#include "members/organisationrepository.h"
#include "people/personrepository.h"

#include <QHash>
#include <QSqlQuery>

namespace fd {

namespace {

struct OrgSeed {
    const char *name;
    OrganisationKind kind;
    const char *state;
    const char *country;
    const char *joined; // ISO date, or nullptr for organisations that are not members
    const char *website;
    const char *notes;
};

// 18 cities and 2 organisations in 2024; Kaiserslautern and the LPR NRW join
// on 1 January 2025 (19 cities and 3 organisations: 22 members).
const OrgSeed Organisations[] = {
    {"Augsburg", OrganisationKind::City, "Bayern", "DE", "2013-03-01", "https://www.augsburg.de", "Workshop mit DEFUS auf dem DPT 2024 in Cottbus."},
    {"Berlin", OrganisationKind::City, "Berlin", "DE", "2012-01-01", "https://www.berlin.de", ""},
    {"Dortmund", OrganisationKind::City, "Nordrhein-Westfalen", "DE", "2019-01-01", "https://www.dortmund.de", "Sonderstab Ordnung und Stadtleben."},
    {"Düsseldorf", OrganisationKind::City, "Nordrhein-Westfalen", "DE", "2012-01-01", "https://www.duesseldorf.de", "EQAL-Projekt; neue Ansprechperson seit Februar 2024."},
    {"Essen", OrganisationKind::City, "Nordrhein-Westfalen", "DE", "2011-06-01", "https://www.essen.de", "Finanzierte die Fachtagung Digitalisierung der Sexarbeit (September 2024)."},
    {"Frankfurt am Main", OrganisationKind::City, "Hessen", "DE", "2014-01-01", "https://frankfurt.de", "Gastgeberin des SiBa-Workshops 2025."},
    {"Freiburg im Breisgau", OrganisationKind::City, "Baden-Württemberg", "DE", "2015-01-01", "https://www.freiburg.de", ""},
    {"Gelsenkirchen", OrganisationKind::City, "Nordrhein-Westfalen", "DE", "2018-01-01", "https://www.gelsenkirchen.de", "Gastgeberin der 27. Mitgliederversammlung."},
    {"Gladbeck", OrganisationKind::City, "Nordrhein-Westfalen", "DE", "2021-01-01", "https://www.gladbeck.de", ""},
    {"Göttingen", OrganisationKind::City, "Niedersachsen", "DE", "2020-01-01", "https://www.goettingen.de", "Personalwechsel 2024; Austausch vor Ort im November."},
    {"Hannover", OrganisationKind::City, "Niedersachsen", "DE", "2011-06-01", "https://www.hannover.de", ""},
    {"Heidelberg", OrganisationKind::City, "Baden-Württemberg", "DE", "2016-01-01", "https://www.heidelberg.de", "RiskPACC (Efus)."},
    {"Karlsruhe", OrganisationKind::City, "Baden-Württemberg", "DE", "2017-01-01", "https://www.karlsruhe.de", "RiskPACC (Efus)."},
    {"Köln", OrganisationKind::City, "Nordrhein-Westfalen", "DE", "2011-06-01", "https://www.stadt-koeln.de", "Gastgeberin des Efus-Exekutivkomitees am 5. Dezember 2024."},
    {"Leipzig", OrganisationKind::City, "Sachsen", "DE", "2019-07-01", "https://www.leipzig.de", ""},
    {"Mannheim", OrganisationKind::City, "Baden-Württemberg", "DE", "2011-06-01", "https://www.mannheim.de", "TRANSCEND (Efus)."},
    {"Nürnberg", OrganisationKind::City, "Bayern", "DE", "2013-01-01", "https://www.nuernberg.de", "AK Sicherheit und Sauberkeit."},
    {"Stuttgart", OrganisationKind::City, "Baden-Württemberg", "DE", "2011-06-01", "https://www.stuttgart.de", "IcARUS (Efus); Gastgeberin der Mitgliederversammlung 2025."},
    {"Kaiserslautern", OrganisationKind::City, "Rheinland-Pfalz", "DE", "2025-01-01", "https://www.kaiserslautern.de", "Tritt zum 1. Januar 2025 bei."},
    {"Landespräventionsrat Niedersachsen", OrganisationKind::Organisation, "Niedersachsen", "DE", "2012-01-01", "https://www.lpr.niedersachsen.de", ""},
    {"Deutscher Präventionstag", OrganisationKind::Organisation, "Niedersachsen", "DE", "2014-01-01", "https://www.praeventionstag.de", "Pufii ist ein gemeinsames Projekt mit DEFUS."},
    {"Landespräventionsrat Nordrhein-Westfalen", OrganisationKind::Organisation, "Nordrhein-Westfalen", "DE", "2025-01-01", "https://www.lpr.nrw.de", "Tritt zum 1. Januar 2025 bei."},
    // Partners, funders, newsrooms: organisations that are not members.
    {"DEFUS Geschäftsstelle", OrganisationKind::Organisation, "Niedersachsen", "DE", nullptr, "https://www.defus.de", "Kurt-Schumacher-Straße 29, 30159 Hannover"},
    {"Efus", OrganisationKind::Organisation, "", "FR", nullptr, "https://efus.eu", "European Forum for Urban Security, Paris."},
    {"Deutsches Institut für Urbanistik", OrganisationKind::Organisation, "Berlin", "DE", nullptr, "https://difu.de", "Jährliches gemeinsames Seminar in Berlin."},
    {"Universität Tübingen", OrganisationKind::Organisation, "Baden-Württemberg", "DE", nullptr, "https://uni-tuebingen.de", "Community of Practice Sicherheit im Bahnhofsviertel."},
    {"Bergische Universität Wuppertal", OrganisationKind::Organisation, "Nordrhein-Westfalen", "DE", nullptr, "https://www.uni-wuppertal.de", "Community of Practice Sicherheit im Bahnhofsviertel."},
    {"Stadt Zürich", OrganisationKind::City, "Zürich", "CH", nullptr, "https://www.stadt-zuerich.ch", "Studienreise 4.–5. Juli 2024."},
    {"EBP Schweiz AG", OrganisationKind::Organisation, "Zürich", "CH", nullptr, "https://www.ebp.global", ""},
    {"Fraunhofer INT", OrganisationKind::Organisation, "Nordrhein-Westfalen", "DE", nullptr, "https://www.int.fraunhofer.de", "RiskPACC."},
    {"CommunAid gGmbH", OrganisationKind::Organisation, "", "DE", nullptr, "", "Training Demokratische Resilienz."},
    {"ICPC", OrganisationKind::Organisation, "", "CA", nullptr, "https://cipc-icpc.org", "International Centre for the Prevention of Crime, Montréal."},
    {"Kveloce I+D+i", OrganisationKind::Organisation, "", "ES", nullptr, "https://kveloce.com", "Konsortialführung CO-SECUR."},
    {"Mitteldeutscher Rundfunk", OrganisationKind::Organisation, "Sachsen", "DE", nullptr, "https://www.mdr.de", "Redaktion."},
    {"Rundfunk Berlin-Brandenburg", OrganisationKind::Organisation, "Berlin", "DE", nullptr, "https://www.rbb-online.de", "Redaktion Radio 1."},
    {"ZDF", OrganisationKind::Organisation, "Rheinland-Pfalz", "DE", nullptr, "https://www.zdf.de", "Redaktion Plan B."},
};

struct PersonSeed {
    const char *title;
    const char *first;
    const char *last;
    const char *organisation;
    const char *function;
    const char *email;     // invented addresses under .example, empty for public figures
    const char *phone;
    const char *since;     // affiliation start, ISO or nullptr
    const char *until;     // affiliation end, ISO or nullptr
    bool newsletter;
    bool photos;
    bool sharing;
};

const PersonSeed People[] = {
    // Board, elected at the 27th general assembly.
    {"", "Christian", "Kromberg", "Essen", "Beigeordneter; DEFUS-Vorsitzender", "", "", "2020-01-01", nullptr, true, true, true},
    {"Dr.", "Volker", "Proffen", "Mannheim", "Bürgermeister; stellv. DEFUS-Vorsitzender", "", "", "2019-01-01", nullptr, true, true, true},
    // Office team.
    {"", "Anna", "Rau", "DEFUS Geschäftsstelle", "Geschäftsführerin", "anna.rau@defus.example", "0511 367394-20", "2019-04-01", nullptr, true, true, true},
    {"", "Margo", "Molkenbur", "DEFUS Geschäftsstelle", "wiss. Projektmitarbeiterin (PanReflex)", "margo.molkenbur@defus.example", "0511 367394-22", "2022-02-01", "2024-12-15", true, true, true},
    {"Dr.", "Meike", "Hecker", "DEFUS Geschäftsstelle", "wiss. Projektmitarbeiterin", "meike.hecker@defus.example", "0511 367394-23", "2021-09-01", nullptr, true, true, true},
    {"", "Kristina", "Kutz", "DEFUS Geschäftsstelle", "Buchhaltung", "kristina.kutz@defus.example", "0511 367394-21", "2018-01-01", nullptr, false, true, true},
    {"", "Rolf", "Grimmer", "DEFUS Geschäftsstelle", "IT & Internetseite", "rolf.grimmer@defus.example", "", "2017-05-01", nullptr, false, false, true},
    {"", "Hane", "Barrazinji", "DEFUS Geschäftsstelle", "Wissenschaftliche Hilfskraft", "hane.barrazinji@defus.example", "", "2023-10-01", nullptr, false, true, true},
    // Partners and speakers named in the report.
    {"Prof. Dr.", "Rita", "Haverkamp", "Universität Tübingen", "Stiftungsprofessur Kriminalprävention und Risikomanagement", "", "", nullptr, nullptr, false, false, false},
    {"Dr.", "Tim", "Lukas", "Bergische Universität Wuppertal", "Bürgerschaftliches Engagement und Sicherheit", "", "", nullptr, nullptr, false, false, false},
    {"", "Kurt", "Faller", "CommunAid gGmbH", "Trainer", "", "", nullptr, nullptr, false, false, false},
    {"", "Dorothea", "Faller", "CommunAid gGmbH", "Trainerin", "", "", nullptr, nullptr, false, false, false},
    {"", "Winfried", "Kneip", "CommunAid gGmbH", "Trainer", "", "", nullptr, nullptr, false, false, false},
    {"", "Tillmann", "Schulze", "EBP Schweiz AG", "Sicherheitsberichte", "", "", nullptr, nullptr, false, false, false},
    {"", "Andrea", "Weiß", "Stadt Zürich", "Geschäftsbereichsleiterin Schutz und Prävention", "", "", nullptr, nullptr, false, false, false},
    {"", "Joël", "Bellmont", "Stadt Zürich", "Teamleiter Drogeninformationszentrum DIZ", "", "", nullptr, nullptr, false, false, false},
    {"", "Naomi", "Bögli", "Stadt Zürich", "Fachstelle Gleichstellung", "", "", nullptr, nullptr, false, false, false},
    {"Dr.", "Maike", "Vollmer", "Fraunhofer INT", "Wissenschaftlerin", "", "", nullptr, nullptr, false, false, false},
    {"", "Claudia", "Heinzelmann", "Deutscher Präventionstag", "Geschäftsführerin", "", "", nullptr, nullptr, true, false, true},
    {"", "Janina", "Hentschel", "Deutscher Präventionstag", "Wissenschaftliche Mitarbeiterin", "", "", nullptr, nullptr, true, false, true},
    // Contact people at member cities (invented; addresses under .example).
    {"", "Sabine", "Krüger", "Augsburg", "Kommunale Kriminalprävention", "sabine.krueger@augsburg.example", "0821 324-0000", "2018-05-01", nullptr, true, true, true},
    {"", "Jörg", "Wendtland", "Berlin", "Landeskommission Berlin gegen Gewalt", "joerg.wendtland@berlin.example", "030 9027-0000", "2016-01-01", nullptr, true, false, true},
    {"", "Melanie", "Özdemir", "Dortmund", "Sonderstab Ordnung und Stadtleben", "melanie.oezdemir@dortmund.example", "0231 50-00000", "2021-03-01", nullptr, true, true, true},
    {"", "Thomas", "Schäfer", "Düsseldorf", "Ordnungs- und Servicedienst", "thomas.schaefer@duesseldorf.example", "", "2014-01-01", "2024-01-31", false, false, true},
    {"", "Lena", "Brückner", "Düsseldorf", "Kommunale Prävention", "lena.brueckner@duesseldorf.example", "0211 89-00000", "2024-02-01", nullptr, true, true, true},
    {"", "Markus", "Große-Wilde", "Essen", "Ordnungsamt, Prävention", "markus.grosse-wilde@essen.example", "0201 88-00000", "2015-01-01", nullptr, true, true, true},
    {"Dr.", "Ayşe", "Yılmaz", "Frankfurt am Main", "Präventionsrat", "ayse.yilmaz@frankfurt.example", "", "2019-01-01", nullptr, true, false, true},
    {"", "Florian", "Maier", "Freiburg im Breisgau", "Amt für öffentliche Ordnung", "florian.maier@freiburg.example", "", "2020-06-01", nullptr, true, true, true},
    {"", "Petra", "Kowalczyk", "Gelsenkirchen", "Referat Öffentliche Sicherheit und Ordnung", "petra.kowalczyk@gelsenkirchen.example", "0209 169-0000", "2018-01-01", nullptr, true, true, true},
    {"", "Dennis", "Hüsken", "Gladbeck", "Ordnungsamt", "dennis.huesken@gladbeck.example", "", "2021-01-01", nullptr, false, false, true},
    {"", "Hanna", "Weißgerber", "Göttingen", "Präventionsrat", "hanna.weissgerber@goettingen.example", "", "2020-01-01", "2024-09-30", false, false, true},
    {"", "Jonas", "Lindqvist", "Göttingen", "Präventionsrat", "jonas.lindqvist@goettingen.example", "0551 400-0000", "2024-10-01", nullptr, true, false, true},
    {"", "Katrin", "Meißner", "Hannover", "Fachbereich Öffentliche Ordnung", "katrin.meissner@hannover.example", "0511 168-00000", "2017-01-01", nullptr, true, true, true},
    {"", "Andrea", "Caspar-Thron", "Heidelberg", "Bevölkerungsschutz", "andrea.caspar-thron@heidelberg.example", "", "2021-01-01", nullptr, true, false, true},
    {"", "Stefan", "Rößler", "Karlsruhe", "Ordnungs- und Bürgeramt", "stefan.roessler@karlsruhe.example", "", "2017-01-01", nullptr, false, false, true},
    {"", "Miriam", "Schönfeld", "Köln", "Amt für öffentliche Ordnung", "miriam.schoenfeld@koeln.example", "0221 221-00000", "2016-03-01", nullptr, true, true, true},
    {"", "Uwe", "Kästner", "Leipzig", "Ordnungsamt, Kommunale Kriminalprävention", "uwe.kaestner@leipzig.example", "", "2019-07-01", nullptr, true, false, false},
    {"", "Nadine", "Böhm", "Mannheim", "Sicherheit und Ordnung", "nadine.boehm@mannheim.example", "0621 293-0000", "2015-01-01", nullptr, true, true, true},
    {"", "Günter", "Fuchs", "Nürnberg", "AK Sicherheit und Sauberkeit", "guenter.fuchs@nuernberg.example", "", "2013-01-01", nullptr, true, false, true},
    {"", "Eva", "Ströbele", "Stuttgart", "Kommunale Kriminalprävention", "eva.stroebele@stuttgart.example", "0711 216-00000", "2012-01-01", nullptr, true, true, true},
    {"", "Tobias", "Nägele", "Kaiserslautern", "Ausschuss Sicherheit und Ordnung", "tobias.naegele@kaiserslautern.example", "", "2024-01-15", nullptr, true, false, true},
    {"", "Birgit", "Lührs", "Landespräventionsrat Niedersachsen", "Geschäftsstelle", "birgit.luehrs@lpr-nds.example", "", "2015-01-01", nullptr, true, true, true},
    {"", "Ralf", "Düring", "Landespräventionsrat Nordrhein-Westfalen", "Geschäftsführung", "ralf.duering@lpr-nrw.example", "", "2024-08-01", nullptr, true, false, true},
    {"", "Elizabeth", "Johnston", "Efus", "Executive Director", "", "", nullptr, nullptr, false, false, false},
};

// Annual fee in euros by size, 2024; cities not in the list pay the base fee.
int feeFor(const QString &name, OrganisationKind kind)
{
    static const QHash<QString, int> big = {
        {QStringLiteral("Berlin"), 3500}, {QStringLiteral("Köln"), 3500}, {QStringLiteral("Frankfurt am Main"), 3000},
        {QStringLiteral("Stuttgart"), 3000}, {QStringLiteral("Düsseldorf"), 3000}, {QStringLiteral("Essen"), 3000},
        {QStringLiteral("Dortmund"), 3000}, {QStringLiteral("Leipzig"), 3000}, {QStringLiteral("Hannover"), 2500},
        {QStringLiteral("Nürnberg"), 2500}};
    if (kind == OrganisationKind::Organisation)
        return 1500;
    return big.value(name, 2000);
}

QDate isoDate(const char *text)
{
    return text ? QDate::fromString(QLatin1String(text), Qt::ISODate) : QDate();
}

} // namespace

bool DemoData::isEmpty(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM organisations) + (SELECT count(*) FROM people)")) || !q.next())
        return false;
    return q.value(0).toLongLong() == 0;
}

Result<DemoSummary> DemoData::load(Database &db)
{
    if (!isEmpty(db))
        return Error(Error::Code::Validation, tr("The demo data can only be loaded into an empty database."));

    DemoSummary summary;
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s.error();

    OrganisationRepository orgs(db);
    PersonRepository people(db);
    QHash<QString, qint64> orgIds;
    for (const OrgSeed &seed : Organisations) {
        Organisation o;
        o.name = QString::fromUtf8(seed.name);
        o.kind = seed.kind;
        o.state = QString::fromUtf8(seed.state);
        o.country = QString::fromUtf8(seed.country);
        o.joinedOn = isoDate(seed.joined);
        o.website = QString::fromUtf8(seed.website);
        o.notes = QString::fromUtf8(seed.notes);
        auto created = orgs.create(o);
        if (!created)
            return created.error();
        orgIds.insert(o.name, created->id);
        ++summary.organisations;

        // Fees for the years of membership up to 2024; two members still owe 2024.
        if (o.isMember()) {
            for (int year = qMax(2022, o.joinedOn.year()); year <= 2024; ++year) {
                if (!o.isMemberDuring(year))
                    continue;
                MembershipFee fee;
                fee.organisationId = created->id;
                fee.year = year;
                fee.amountCents = qint64(feeFor(o.name, o.kind)) * 100;
                const bool owes = year == 2024 && (o.name == QLatin1String("Gladbeck") || o.name == QLatin1String("Leipzig"));
                if (!owes)
                    fee.paidOn = QDate(year, 2 + (summary.organisations % 4), 3 + (summary.organisations * 7) % 25);
                if (auto f = orgs.createFee(fee); !f)
                    return f.error();
            }
        }
    }

    for (const PersonSeed &seed : People) {
        Person p;
        p.title = QString::fromUtf8(seed.title);
        p.firstName = QString::fromUtf8(seed.first);
        p.lastName = QString::fromUtf8(seed.last);
        p.email = QString::fromUtf8(seed.email);
        p.phone = QString::fromUtf8(seed.phone);
        const QDate consentDate(2024, 1, 15);
        p.newsletter = {seed.newsletter, seed.newsletter ? consentDate : QDate()};
        p.photos = {seed.photos, seed.photos ? consentDate : QDate()};
        p.sharing = {seed.sharing, seed.sharing ? consentDate : QDate()};
        auto created = people.create(p);
        if (!created)
            return created.error();
        ++summary.people;
        const QString orgName = QString::fromUtf8(seed.organisation);
        if (!orgIds.contains(orgName))
            return Error(Error::Code::Generic, QStringLiteral("demo: unknown organisation %1").arg(orgName));
        Affiliation a;
        a.personId = created->id;
        a.organisationId = orgIds.value(orgName);
        a.jobTitle = QString::fromUtf8(seed.function);
        a.validFrom = isoDate(seed.since);
        a.validUntil = isoDate(seed.until);
        if (auto aff = people.createAffiliation(a); !aff)
            return aff.error();
    }
    for (Entity e : {Entity::Organisation, Entity::MembershipFee, Entity::Person, Entity::Affiliation})
        db.notifier()->entityReset(e);
    if (Status s = tx.commit(); !s)
        return s.error();
    return summary;
}

} // namespace fd
