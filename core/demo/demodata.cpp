// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodata.h"

#include "demorecords.h"

#include "db/database.h"
#include "db/connection.h"
#include "db/notifier.h"
#include "db/transaction.h"
#include "events/eventrepository.h"
#include "events/registrationrepository.h"
#include "members/organisationrepository.h"
#include "office/officeprofile.h"
#include "people/personrepository.h"

#include <QHash>
#include <QTimeZone>
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
    // More colleagues from member cities who come to events (invented).
    {"", "Jan", "Schröder", "Essen", "Ordnungsamt", "jan.schroeder@essen.example", "", "2019-01-01", nullptr, true, true, true},
    {"", "Fatma", "Aydın", "Essen", "Gleichstellungsstelle", "fatma.aydin@essen.example", "", "2020-01-01", nullptr, true, false, true},
    {"Dr.", "Christoph", "Bäumer", "Mannheim", "Fachbereich Sicherheit und Ordnung", "christoph.baeumer@mannheim.example", "", "2018-01-01", nullptr, true, true, true},
    {"", "Svenja", "Kühn", "Mannheim", "Kommunaler Ordnungsdienst", "svenja.kuehn@mannheim.example", "", "2021-01-01", nullptr, true, true, true},
    {"", "Lukas", "Wagner", "Köln", "Stadtordnungsdienst", "lukas.wagner@koeln.example", "", "2019-01-01", nullptr, true, true, true},
    {"", "Aylin", "Demir", "Köln", "Kriminalprävention", "aylin.demir@koeln.example", "", "2022-03-01", nullptr, true, false, true},
    {"", "Matthias", "Hoffmann", "Düsseldorf", "Ordnungs- und Servicedienst", "matthias.hoffmann@duesseldorf.example", "", "2016-01-01", nullptr, false, false, true},
    {"", "Nina", "Zimmermann", "Stuttgart", "Sicherheitspartnerschaft", "nina.zimmermann@stuttgart.example", "", "2020-01-01", nullptr, true, true, true},
    {"", "Tobias", "Krämer", "Stuttgart", "Amt für öffentliche Ordnung", "tobias.kraemer@stuttgart.example", "", "2017-01-01", nullptr, true, false, true},
    {"", "Julia", "Neumann", "Berlin", "Landeskommission Berlin gegen Gewalt", "julia.neumann@berlin.example", "", "2021-01-01", nullptr, true, true, true},
    {"", "Kerstin", "Wolff", "Hannover", "Kommunaler Präventionsrat", "kerstin.wolff@hannover.example", "", "2018-01-01", nullptr, true, true, true},
    {"", "Erik", "Lange", "Hannover", "Fachbereich Öffentliche Ordnung", "erik.lange@hannover.example", "", "2020-01-01", nullptr, false, false, true},
    {"", "Sophie", "Dubois", "Freiburg im Breisgau", "Kommunale Kriminalprävention", "sophie.dubois@freiburg.example", "", "2019-01-01", nullptr, true, true, true},
    {"", "Michael", "Groß", "Frankfurt am Main", "Präventionsrat", "michael.gross@frankfurt.example", "", "2016-01-01", nullptr, true, false, true},
    {"", "Anja", "Köhler", "Frankfurt am Main", "Ordnungsamt", "anja.koehler@frankfurt.example", "", "2022-01-01", nullptr, true, true, true},
    {"", "Stefanie", "Brandt", "Dortmund", "Sonderstab Ordnung und Stadtleben", "stefanie.brandt@dortmund.example", "", "2021-01-01", nullptr, true, true, true},
    {"", "Oliver", "Schulz", "Gelsenkirchen", "Kommunaler Ordnungsdienst", "oliver.schulz@gelsenkirchen.example", "", "2019-01-01", nullptr, true, true, true},
    {"", "Laura", "Fischer", "Gelsenkirchen", "Projekt Wahrung des sozialen Friedens", "laura.fischer@gelsenkirchen.example", "", "2022-01-01", nullptr, true, true, true},
    {"", "Benedikt", "Huber", "Augsburg", "Ordnungsdienst", "benedikt.huber@augsburg.example", "", "2020-01-01", nullptr, true, false, true},
    {"", "Carina", "Vogel", "Nürnberg", "Sicherheit und Sauberkeit", "carina.vogel@nuernberg.example", "", "2021-01-01", nullptr, true, true, true},
    {"", "Daniel", "Schäfer", "Heidelberg", "Amt für Ordnung", "daniel.schaefer@heidelberg.example", "", "2019-01-01", nullptr, true, false, true},
    {"", "Marie", "Lehmann", "Leipzig", "Kommunale Kriminalprävention", "marie.lehmann@leipzig.example", "", "2020-01-01", nullptr, true, true, true},
    {"", "Felix", "Jäger", "Karlsruhe", "Kommunaler Ordnungsdienst", "felix.jaeger@karlsruhe.example", "", "2021-01-01", nullptr, true, true, true},
    {"", "Sandra", "Möller", "Gladbeck", "Stadtordnung", "sandra.moeller@gladbeck.example", "", "2021-01-01", nullptr, true, false, true},
    {"", "Henrik", "Olsen", "Göttingen", "Ordnungsamt", "henrik.olsen@goettingen.example", "", "2019-01-01", nullptr, true, true, true},
    {"", "Petra", "Hahn", "Landespräventionsrat Niedersachsen", "Referentin", "petra.hahn@lpr-nds.example", "", "2019-01-01", nullptr, true, true, true},
};

struct EventSeed {
    const char *title;
    const char *kind;       // German kind name
    const char *start;      // ISO date
    const char *end;        // ISO date or nullptr
    const char *startTime;  // HH:mm or nullptr
    const char *endTime;
    EventFormat format;
    const char *city;
    Audience audience;
    EventRole role;
    int reported;           // -1: not reported
    int number;             // general assemblies
    const char *partners;
    const char *funder;     // organisation name or nullptr
    const char *project;
    int capacity;           // -1: unlimited
};

// The events of the 2024 report; where it names only a month, the day is invented.
const EventSeed Events[] = {
    {"DEFUS-Austausch: Umsetzung der Istanbul-Konvention", "Austausch", "2024-02-08", nullptr, "14:00", "15:30", EventFormat::Online, "", Audience::Members, EventRole::Organiser, -1, 0, "", nullptr, "", -1},
    {"SiBa-Webinar: Sichere Bahnhöfe für Alle", "Webinar", "2024-02-13", nullptr, "14:00", "15:30", EventFormat::Online, "", Audience::Public, EventRole::CoOrganiser, 54, 0, "Universität Tübingen, Bergische Universität Wuppertal", nullptr, "SiBa", -1},
    {"DEFUS-Workshop: Strategische Weiterentwicklung der kommunalen Prävention", "Workshop", "2024-02-15", nullptr, "10:00", "16:00", EventFormat::OnSite, "Mannheim", Audience::Members, EventRole::Organiser, -1, 0, "", nullptr, "", 25},
    {"PanReflex Projekttreffen", "Projekttreffen", "2024-02-27", nullptr, nullptr, nullptr, EventFormat::OnSite, "Hannover", Audience::Members, EventRole::Organiser, -1, 0, "Difu", nullptr, "PanReflex", -1},
    {"LegiNot Projekttreffen", "Projekttreffen", "2024-03-12", nullptr, nullptr, nullptr, EventFormat::Online, "", Audience::Members, EventRole::Attendee, -1, 0, "", nullptr, "LegiNot", -1},
    {"Efus-Konferenz: Security, Democracy and Cities", "Konferenz", "2024-03-20", "2024-03-22", nullptr, nullptr, EventFormat::OnSite, "Brüssel", Audience::Public, EventRole::Attendee, 700, 0, "", nullptr, "", -1},
    {"SiBa-Workshop: Toleranz und Sicherheit", "Workshop", "2024-04-18", nullptr, "10:00", "17:00", EventFormat::OnSite, "Bremen", Audience::Public, EventRole::CoOrganiser, 30, 0, "Universität Tübingen, Bergische Universität Wuppertal", nullptr, "SiBa", 30},
    {"PanReflex Innovationsworkshop", "Workshop", "2024-04-23", nullptr, nullptr, nullptr, EventFormat::OnSite, "Arnshausen", Audience::Members, EventRole::Organiser, -1, 0, "", nullptr, "PanReflex", -1},
    {"AK Öffentliche Sicherheit", "Sonstiges", "2024-04-25", nullptr, nullptr, nullptr, EventFormat::OnSite, "Hannover", Audience::Public, EventRole::Speaker, -1, 0, "", nullptr, "", -1},
    {"26. Mitgliederversammlung", "Mitgliederversammlung", "2024-05-16", nullptr, "10:00", "13:00", EventFormat::Online, "", Audience::Members, EventRole::Organiser, -1, 26, "", nullptr, "", -1},
    {"Deutscher Präventionstag", "Konferenz", "2024-06-10", "2024-06-11", nullptr, nullptr, EventFormat::OnSite, "Cottbus", Audience::Public, EventRole::Speaker, -1, 0, "", nullptr, "", -1},
    {"Workshop Weiterentwicklung der Kommunalen Prävention auf dem DPT", "Workshop", "2024-06-11", nullptr, "14:00", "15:30", EventFormat::OnSite, "Cottbus", Audience::Public, EventRole::CoOrganiser, 25, 0, "Stadt Augsburg", nullptr, "", -1},
    {"DEFUS-Austausch: Mit Trick 17 gegen Polarisierung und Extremismus", "Austausch", "2024-06-18", nullptr, "14:00", "15:30", EventFormat::Online, "", Audience::Members, EventRole::Organiser, -1, 0, "", nullptr, "", -1},
    {"DEFUS-Austausch: Hass und Hetze gegen Amtsträger*innen", "Austausch", "2024-06-27", nullptr, "14:00", "15:30", EventFormat::Online, "", Audience::Members, EventRole::Organiser, -1, 0, "", nullptr, "", -1},
    {"PanReflex-Webinar: Soziale Kohäsion und Resilienz", "Webinar", "2024-06-20", nullptr, "14:00", "15:00", EventFormat::Online, "", Audience::Public, EventRole::Organiser, 35, 0, "Difu", nullptr, "PanReflex", -1},
    {"CO-SECUR Projekttreffen", "Projekttreffen", "2024-06-04", "2024-06-05", nullptr, nullptr, EventFormat::OnSite, "Helsinki", Audience::Members, EventRole::Attendee, -1, 0, "", nullptr, "CO-SECUR", -1},
    {"Efus-Generalversammlung", "Mitgliederversammlung", "2024-06-25", nullptr, nullptr, nullptr, EventFormat::OnSite, "Liège", Audience::Members, EventRole::Attendee, -1, 0, "", nullptr, "", -1},
    {"DEFUS-Studienreise nach Zürich", "Studienreise", "2024-07-04", "2024-07-05", nullptr, nullptr, EventFormat::OnSite, "Zürich", Audience::Members, EventRole::Organiser, 22, 0, "Stadt Zürich", nullptr, "", 24},
    {"PanReflex Projekttreffen", "Projekttreffen", "2024-08-21", nullptr, nullptr, nullptr, EventFormat::OnSite, "Köln", Audience::Members, EventRole::Organiser, -1, 0, "", nullptr, "PanReflex", -1},
    {"Fachtagung Digitalisierung der Sexarbeit", "Fachtagung", "2024-09-12", nullptr, "10:00", "16:30", EventFormat::OnSite, "Essen", Audience::Public, EventRole::Organiser, 80, 0, "", "Essen", "", 80},
    {"Innenstadtforum sichere Innenstädte", "Sonstiges", "2024-09-17", nullptr, nullptr, nullptr, EventFormat::OnSite, "Köln", Audience::Public, EventRole::Speaker, -1, 0, "", nullptr, "", -1},
    {"27. Mitgliederversammlung", "Mitgliederversammlung", "2024-09-19", "2024-09-20", nullptr, nullptr, EventFormat::OnSite, "Gelsenkirchen", Audience::Members, EventRole::Organiser, -1, 27, "", nullptr, "", 45},
    {"DEFUS-Difu-Seminar: Verwaltung kann Krise", "Seminar", "2024-09-24", "2024-09-25", nullptr, nullptr, EventFormat::OnSite, "Berlin", Audience::Public, EventRole::CoOrganiser, 20, 0, "Deutsches Institut für Urbanistik", nullptr, "PanReflex", 20},
    {"PanReflex-Webinar: Lernen aus der Pandemie – After Action Review und Pandemieplanung", "Webinar", "2024-10-10", nullptr, "14:00", "15:00", EventFormat::Online, "", Audience::Public, EventRole::Organiser, 72, 0, "Difu", nullptr, "PanReflex", -1},
    {"CO-SECUR Projekttreffen", "Projekttreffen", "2024-10-15", "2024-10-16", nullptr, nullptr, EventFormat::OnSite, "Porto", Audience::Members, EventRole::Attendee, -1, 0, "", nullptr, "CO-SECUR", -1},
    {"LegiNot Projekttreffen", "Projekttreffen", "2024-10-22", nullptr, nullptr, nullptr, EventFormat::OnSite, "Freiburg", Audience::Members, EventRole::Attendee, -1, 0, "", nullptr, "LegiNot", -1},
    {"KOMPASS Tagung Hessen", "Fachtagung", "2024-11-06", nullptr, nullptr, nullptr, EventFormat::OnSite, "Wiesbaden", Audience::Public, EventRole::Speaker, -1, 0, "", nullptr, "", -1},
    {"LegiNot-Webinar: Kommunen in der Polykrise", "Webinar", "2024-11-14", nullptr, "14:00", "15:30", EventFormat::Online, "", Audience::Public, EventRole::Speaker, -1, 0, "", nullptr, "LegiNot", -1},
    {"SiBa-Webinar: Dortmunder Sonderstab Ordnung und Stadtleben", "Webinar", "2024-11-19", nullptr, "14:00", "15:30", EventFormat::Online, "", Audience::Public, EventRole::CoOrganiser, 52, 0, "Universität Tübingen, Bergische Universität Wuppertal", nullptr, "SiBa", -1},
    {"Fachtagung Doing Crisis: Politik, Praxis und Wissenschaft im Dialog", "Fachtagung", "2024-11-21", nullptr, "10:00", "17:00", EventFormat::OnSite, "Hannover", Audience::Public, EventRole::Organiser, 65, 0, "", nullptr, "LegiNot", 70},
    {"Efus-Exekutivkomitee", "Sitzung", "2024-12-05", nullptr, nullptr, nullptr, EventFormat::OnSite, "Köln", Audience::Members, EventRole::Attendee, 40, 0, "", nullptr, "", -1},
    {"PanReflex-Webinar: Inklusiver Katastrophenschutz", "Webinar", "2024-12-05", nullptr, "14:00", "15:00", EventFormat::Online, "", Audience::Public, EventRole::Organiser, 57, 0, "Difu", nullptr, "PanReflex", -1},
    // The outlook on 2025.
    {"PanReflex-Webinar: Psychosoziales Lagebild", "Webinar", "2025-01-22", nullptr, "14:00", "15:00", EventFormat::Online, "", Audience::Public, EventRole::Organiser, -1, 0, "Difu", nullptr, "PanReflex", -1},
    {"DEFUS-Webaustausch: Vorstellung EQAL-Projekt", "Austausch", "2025-02-12", nullptr, "14:00", "15:00", EventFormat::Online, "", Audience::Members, EventRole::Organiser, -1, 0, "", nullptr, "", -1},
    {"PanReflex-Webinar: Konzepte des flexiblen Personaleinsatzes", "Webinar", "2025-03-06", nullptr, "14:00", "15:00", EventFormat::Online, "", Audience::Public, EventRole::Organiser, -1, 0, "Difu", nullptr, "PanReflex", -1},
    {"SiBa-Workshop 2025: Das Frankfurter Bahnhofsviertel", "Workshop", "2025-03-13", "2025-03-14", nullptr, nullptr, EventFormat::OnSite, "Frankfurt am Main", Audience::Public, EventRole::CoOrganiser, -1, 0, "Universität Tübingen, Bergische Universität Wuppertal", nullptr, "SiBa", 20},
    {"PanReflex-Webinar: Schließen der Risk Perception Action Gap", "Webinar", "2025-04-03", nullptr, "14:00", "15:00", EventFormat::Online, "", Audience::Public, EventRole::Organiser, -1, 0, "Fraunhofer INT", nullptr, "PanReflex", -1},
    {"Pufii Training: Demokratische Resilienz", "Training", "2025-04-03", "2025-04-04", nullptr, nullptr, EventFormat::OnSite, "Hannover", Audience::Public, EventRole::Organiser, -1, 0, "CommunAid gGmbH", nullptr, "Pufii", 16},
    {"Difu & DEFUS Seminar: Sichere Städte – marginalisierte Gruppen im öffentlichen Raum", "Seminar", "2025-05-15", "2025-05-16", nullptr, nullptr, EventFormat::OnSite, "Berlin", Audience::Public, EventRole::CoOrganiser, -1, 0, "Deutsches Institut für Urbanistik", nullptr, "", 25},
    {"28. Mitgliederversammlung", "Mitgliederversammlung", "2025-09-16", "2025-09-17", nullptr, nullptr, EventFormat::OnSite, "Stuttgart", Audience::Members, EventRole::Organiser, -1, 28, "", nullptr, "", 45},
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

QTime isoTime(const char *text)
{
    return text ? QTime::fromString(QLatin1String(text), QStringLiteral("HH:mm")) : QTime();
}

// Who comes to which event: board, staff and the member cities' people,
// with the statuses an office would have after the day.
struct Attendance {
    const char *title;
    int people;          // how many of the list register
    int offset;          // where in the list they start
    int cancelled;
    int noShow;
    bool attendanceTaken;
    const char *registeredFrom; // ISO date of the first registration
};

const Attendance Attendances[] = {
    {"27. Mitgliederversammlung", 34, 0, 2, 2, true, "2024-07-15"},
    {"DEFUS-Studienreise nach Zürich", 27, 6, 1, 2, true, "2024-04-02"},
    {"DEFUS-Workshop: Strategische Weiterentwicklung der kommunalen Prävention", 14, 10, 1, 0, true, "2024-01-10"},
    {"Fachtagung Digitalisierung der Sexarbeit", 26, 3, 2, 0, false, "2024-06-20"},
    {"SiBa-Workshop 2025: Das Frankfurter Bahnhofsviertel", 24, 12, 0, 0, false, "2024-12-02"},
    {"28. Mitgliederversammlung", 16, 0, 0, 0, false, "2025-06-10"},
};

Status loadEvents(Database &db, const QHash<QString, qint64> &orgIds, DemoSummary &summary)
{
    EventKindRepository kinds(db);
    EventRepository events(db);
    QHash<QString, qint64> eventIds;
    for (const EventSeed &seed : Events) {
        Event e;
        e.title = QString::fromUtf8(seed.title);
        auto kind = kinds.find(QString::fromUtf8(seed.kind));
        if (!kind)
            return kind.error();
        if (!kind->has_value())
            return Error(Error::Code::Generic, QStringLiteral("demo: unknown kind %1").arg(QString::fromUtf8(seed.kind)));
        e.kindId = kind->value().id;
        e.startDate = isoDate(seed.start);
        e.endDate = isoDate(seed.end);
        e.startTime = isoTime(seed.startTime);
        e.endTime = isoTime(seed.endTime);
        e.format = seed.format;
        e.city = QString::fromUtf8(seed.city);
        e.audience = seed.audience;
        e.role = seed.role;
        if (seed.reported >= 0)
            e.reportedParticipants = seed.reported;
        e.assemblyNumber = seed.number;
        e.partners = QString::fromUtf8(seed.partners);
        if (seed.funder)
            e.funderId = orgIds.value(QString::fromUtf8(seed.funder));
        e.projectName = QString::fromUtf8(seed.project);
        if (seed.capacity >= 0)
            e.capacity = seed.capacity;
        e.registrationOpen = e.startDate >= QDate(2025, 1, 1) && e.title != QLatin1String("SiBa-Workshop 2025: Das Frankfurter Bahnhofsviertel");
        if (e.kindId == kinds.find(QStringLiteral("Mitgliederversammlung"))->value().id && e.role == EventRole::Organiser) {
            e.documentationUrl = QStringLiteral("https://www.defus.example/intern/mitgliederversammlungen");
            e.documentationMembersOnly = true;
        }
        auto created = events.create(e);
        if (!created)
            return created.error();
        eventIds.insert(e.title, created->id);
        ++summary.events;
    }

    // Everyone but the speakers and partners from elsewhere, in a stable order.
    QList<qint64> people;
    {
        auto list = PersonRepository(db).list(QDate(2024, 9, 1));
        if (!list)
            return list.error();
        for (const PersonListItem &p : std::as_const(*list)) {
            if (!p.person.email.isEmpty())
                people << p.person.id;
        }
    }
    RegistrationRepository registrations(db);
    for (const Attendance &a : Attendances) {
        const qint64 eventId = eventIds.value(QString::fromUtf8(a.title));
        QDateTime at(isoDate(a.registeredFrom), QTime(9, 0), QTimeZone::utc());
        QList<Registration> added;
        for (int i = 0; i < a.people && i < people.size(); ++i) {
            RegistrationRequest r;
            r.eventId = eventId;
            r.personId = people.at((a.offset + i) % people.size());
            r.source = i % 3 == 0 ? RegistrationSource::Phone : (i % 3 == 1 ? RegistrationSource::Email : RegistrationSource::Form);
            r.registeredAt = at.addSecs(qint64(i) * 7 * 3600 + (i % 5) * 600);
            r.evenIfClosed = true;
            auto outcome = registrations.add(r);
            if (!outcome)
                return outcome.error();
            added << outcome->registration;
            ++summary.registrations;
        }
        // After the day: some cancelled beforehand (the waitlist moved up), some did not come.
        int noShow = 0;
        for (int i = 0; i < added.size(); ++i) {
            auto fresh = registrations.byId(added.at(i).id);
            if (!fresh || fresh->status != RegistrationStatus::Registered)
                continue;
            RegistrationStatus status = RegistrationStatus::Registered;
            if (i % 6 == 3 && i / 6 < a.cancelled) {
                status = RegistrationStatus::Cancelled;
            } else if (a.attendanceTaken) {
                status = noShow < a.noShow && i % 8 == 5 ? RegistrationStatus::NoShow : RegistrationStatus::Attended;
                noShow += status == RegistrationStatus::NoShow;
            }
            if (status != RegistrationStatus::Registered) {
                if (auto changed = registrations.setStatus(fresh->id, fresh->rowVersion, status); !changed)
                    return changed.error();
            }
        }
        // Those still waiting when attendance was taken stayed away.
        if (a.attendanceTaken) {
            auto all = registrations.forEvent(eventId);
            if (!all)
                return all.error();
            for (const Registration &r : std::as_const(*all)) {
                if (r.status == RegistrationStatus::Registered) {
                    if (auto changed = registrations.setStatus(r.id, r.rowVersion, RegistrationStatus::Attended); !changed)
                        return changed.error();
                }
            }
        }
    }
    return {};
}

} // namespace

bool DemoData::isEmpty(Database &db)
{
    QSqlQuery q(sqlConnection(db));
    // EXISTS stops at the first row: the window asks this at start-up and
    // after every undo, where counting 20,000 people would cost for nothing.
    if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM organisations) OR EXISTS (SELECT 1 FROM people) OR EXISTS (SELECT 1 FROM events)"))
        || !q.next())
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
    if (Status s = loadEvents(db, orgIds, summary); !s)
        return s.error();
    // The office signs its certificates with its managing director.
    OfficeProfileRepository profiles(db);
    if (auto profile = profiles.load(); profile && profile->rowVersion == 0) {
        profile->signatory = QStringLiteral("Anna Rau");
        profile->signatoryRole = QStringLiteral("Geschäftsführerin");
        if (auto saved = profiles.save(*profile); !saved)
            return saved.error();
    }

    if (Status s = loadDemoRecords(db, summary); !s)
        return s.error();

    for (Entity e : {Entity::Organisation, Entity::MembershipFee, Entity::Person, Entity::Affiliation, Entity::Event, Entity::Registration,
                     Entity::Publication, Entity::Project, Entity::Survey, Entity::Exchange, Entity::NetworkRole, Entity::MediaRequest,
                     Entity::FundingApplication, Entity::Guideline, Entity::TeamRole})
        db.notifier()->entityReset(e);
    if (Status s = tx.commit(); !s)
        return s.error();
    return summary;
}

} // namespace fd
