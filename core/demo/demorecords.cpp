// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's records of the year, from the office's 2024 annual report.
//
// Where the report names only a year ("seit 2022", "2023–2026"), a start is
// 1 January and an end 31 December of that year; where it names only a month,
// the day is invented (as for the demo's events); what it does not say stays
// empty. Notes say where a record is an example rather than the report's.
#include "demorecords.h"

#include "demodata.h"

#include "db/database.h"
#include "db/rowio.h"
#include "db/table.h"
#include "db/tables.h"
#include "events/eventrepository.h"
#include "members/organisationrepository.h"
#include "people/personrepository.h"
#include "records/publication.h"
#include "records/recordkind.h"

#include <QList>

#include <utility>

namespace fd {

namespace {

// Column and value, all as text: a reference names its record (an
// organisation by name, a person by "First Last", an event by title) and the
// loader looks it up; a number is converted by the column's declared type.
using Values = QList<std::pair<const char *, const char *>>;

struct RecordSeed {
    const char *kind;
    Values values;
};

const char *const Office = "DEFUS Geschäftsstelle";

const QList<RecordSeed> &recordSeeds()
{
    static const QList<RecordSeed> seeds = {
        // --- Projects (chapter "DEFUS Projekte") ---
        {"projects",
         {{"acronym", "CO-SECUR"},
          {"title", "Co-creating urban security solutions"},
          {"funder", "Europäische Union"},
          {"programme", "Horizon Europe"},
          {"starts_on", "2023-01-01"},
          {"ends_on", "2026-12-31"},
          {"our_role", "partner"},
          {"lead_partner", "Kveloce I+D+i (Spanien)"},
          {"partner_count", "10"},
          {"countries", "9 EU-Länder"},
          {"website", "http://www.cosecur.eu"},
          {"newsletter", "https://subscribe-page.io/jeNa7e"},
          {"outputs", "Portfolio internationaler Sicherheitslösungen, die soziale Veränderungen bewirken können"},
          {"notes", "Soziale Innovationen in der städtischen Sicherheit. Gefördert 2023–2026 (der Bericht nennt nur die Jahre); "
                    "die Arbeit bei DEFUS begann im Januar 2024. Projekttreffen monatlich online, im Januar in Valencia, "
                    "im Juni in Helsinki und im Oktober in Porto."}}},
        {"projects",
         {{"acronym", "PanReflex"},
          {"title", "Stärkung städtischer Resilienz am Beispiel von Pandemien: Reflexionsräume für kommunales Krisenmanagement"},
          {"funder", "BMBF"},
          // Three project years up to the end first agreed; extended by three months.
          {"starts_on", "2022-03-01"},
          {"original_end", "2025-02-28"},
          {"ends_on", "2025-05-31"},
          {"our_role", "partner"},
          {"website", "http://www.kommunaleskrisenmanagement.de"},
          {"newsletter", "http://www.panreflex.de/nanos/newsletter"},
          {"outputs", "Wissensplattform Kommunales Krisenmanagement; Fortbildungskonzept mit zwei Modulen für die Partnerkommunen; "
                      "Fortbildungsseminar „Verwaltung kann Krise!“ (September 2024, Berlin); Webinarreihe „Lernen aus der Pandemie "
                      "für eine resiliente Kommune“ (drei Webinare 2024, drei weitere 2025); zahlreiche Fachartikel"},
          {"notes", "Konsortialpartner gemeinsam mit dem Deutschen Institut für Urbanistik (Difu). Reflektiert das kommunale "
                    "Krisenhandeln in fünf Partnerstädten in NRW. Um 3 Monate bis Ende Mai 2025 verlängert. Der Beginn ist aus "
                    "der Laufzeit erschlossen (2024 war das dritte Projektjahr). Projekttreffen im Februar in Hannover und im "
                    "August in Köln, Innovationsworkshop im April in Arnshausen."}}},
        {"projects",
         {{"acronym", "LegiNot"},
          {"title", "Legitimation des Notfalls - Legitimationswandel im Notfall"},
          {"funder", "BMBF"},
          {"our_role", "partner"},
          {"website", "http://www.leginot.de"},
          {"outputs", "Fachtagung „Doing Crisis: Politik, Praxis und Wissenschaft im Dialog“ am 21. November 2024 in Hannover"},
          {"notes", "DEFUS ist Forschungspartner; das Projekt war 2024 auf der Zielgeraden (die Laufzeit nennt der Bericht nicht). "
                    "Projekttreffen im März online und im Oktober in Freiburg."}}},
        {"projects",
         {{"acronym", "Pufii"},
          {"title", "Prävention von Diskriminierung und Demokratiefeindlichkeit"},
          {"starts_on", "2015-01-01"},
          {"our_role", "partner"},
          {"website", "http://www.pufii.de"},
          {"newsletter", "http://www.pufii.de/nano.cms/newsletter"},
          {"notes", "Informationsplattform, gemeinsames Projekt vom Deutschen Präventionstag und DEFUS, 2015 gegründet. "
                    "Rebranding im Oktober 2024. 50.000 Visits pro Monat, 570 Abonnent*innen des Newsletters; die ersten "
                    "beiden zahlenden Partner Ende 2024."}}},

        // --- E-mail surveys (chapter "E-Mail Abfragen"; the report names the month) ---
        {"surveys",
         {{"topic", "Digitalisierung der Sexarbeit nach der Pandemie"},
          {"sent_on", "2023-03-15"},
          {"summary", "Die Mitglieder haben die Menschen in der Sexarbeit aus dem Blick verloren und erreichen sie mit ihrem "
                      "Beratungsangebot schlechter; Kontrolle und Schutz vor Zwang und Gewalt sind schwieriger geworden."}}},
        {"surveys", {{"topic", "Erfahrungen mit der Nutzung von Apps zur Meldung von Ordnungswidrigkeiten"}, {"sent_on", "2024-01-17"}}},
        {"surveys",
         {{"topic", "Provisorische und schnell umsetzbare Maßnahmen für mehr Sicherheit und Sauberkeit am Bahnhof"},
          {"sent_on", "2024-02-14"}}},
        {"surveys", {{"topic", "Maßnahmen gegen K.O. Tropfen"}, {"sent_on", "2024-03-12"}}},
        {"surveys",
         {{"topic", "Präventive und intervenierende Maßnahmen sowie Projekte gegen das Mitführen von Messern bei Kindern und Jugendlichen"},
          {"sent_on", "2024-04-16"}}},
        {"surveys", {{"topic", "Konflikt- und Gewaltprävention in Freibädern"}, {"sent_on", "2024-05-22"}}},
        {"surveys",
         {{"topic", "Aktueller Stand der Prävention, größte Herausforderungen und Unterstützungsbedarfe vor Ort"},
          {"sent_on", "2024-11-12"},
          {"summary", "Teil des Prozesses zur strategischen Weiterentwicklung der kommunalen Prävention; die Ergebnisse fließen "
                      "in ein Austausch-, Weiterbildungs- und Beratungsangebot und in einen Fachartikel ein."}}},
        {"surveys", {{"topic", "Konzepte Radikalisierungsprävention"}, {"sent_on", "2024-12-04"}}},
        {"surveys", {{"topic", "Regelungen zum Grillen im öffentlichen Raum"}, {"sent_on", "2024-12-11"}}},

        // --- Exchanges with member cities (chapter "Austausch mit DEFUS-Mitgliedsstädten") ---
        {"exchanges",
         {{"held_on", "2024-01-24"}, {"organisation_id", "Kaiserslautern"}, {"format", "on_site"},
          {"occasion", "Ausschuss Sicherheit und Ordnung Kaiserslautern"}}},
        {"exchanges",
         {{"held_on", "2024-02-20"}, {"organisation_id", "Düsseldorf"}, {"format", "online"}, {"occasion", "Austausch mit der Stadt Düsseldorf"},
          {"notes", "Neue Ansprechperson seit Februar 2024."}}},
        {"exchanges",
         {{"held_on", "2024-08-13"}, {"organisation_id", "Augsburg"}, {"format", "online"}, {"occasion", "Austausch mit der Stadt Augsburg"}}},
        {"exchanges",
         {{"held_on", "2024-08-27"}, {"organisation_id", "Landespräventionsrat Nordrhein-Westfalen"}, {"format", "online"},
          {"occasion", "Austausch mit dem LPR Nordrhein-Westfalen"}}},
        {"exchanges",
         {{"held_on", "2024-09-10"}, {"organisation_id", "Gladbeck"}, {"format", "on_site"}, {"occasion", "Austausch mit der Stadt Gladbeck"}}},
        {"exchanges",
         {{"held_on", "2024-11-07"}, {"organisation_id", "Nürnberg"}, {"format", "online"}, {"occasion", "AK Sicherheit und Sauberkeit Nürnberg"}}},
        {"exchanges",
         {{"held_on", "2024-11-26"}, {"organisation_id", "Göttingen"}, {"format", "on_site"}, {"occasion", "Austausch mit der Stadt Göttingen"},
          {"notes", "Personalwechsel 2024."}}},
        {"exchanges",
         {{"held_on", "2024-12-10"}, {"organisation_id", "Landespräventionsrat Nordrhein-Westfalen"}, {"format", "online"},
          {"occasion", "Austausch mit dem LPR Nordrhein-Westfalen"}}},

        // --- Network roles (chapter "DEFUS Aktivitäten in Netzwerken und Fachbeiräten") ---
        {"network-roles",
         {{"body", "International Centre for the Prevention of Crime (ICPC)"},
          {"our_role", "Vorstandsmitglied"},
          {"representative_id", "Anna Rau"},
          {"since_on", "2024-01-01"},
          {"meetings", "Board-Sitzungen im März, Juni, September und Dezember"},
          {"notes", "Anna Rau wurde 2024 in den Vorstand gewählt (das Datum nennt der Bericht nicht). Die Organisation hat ihren "
                    "Sitz in Kanada und eine UN-Akkreditierung."}}},
        {"network-roles",
         {{"body", "Runde der Landesgeschäftsführer der Präventionsräte der Länder, ProPK und DFK"},
          {"our_role", "Ständiges Mitglied"},
          {"since_on", "2024-01-01"},
          {"meetings", "Zweimal im Jahr: Juni und Dezember"},
          {"notes", "DEFUS nahm am Treffen im Juni in Cottbus teil."}}},
        {"network-roles",
         {{"body", "Fachbeirat „Kommunale Fachberatung: Prävention und gesellschaftlicher Zusammenhalt“ (BAMF)"},
          {"our_role", "Mitglied des Fachbeirats"},
          {"representative_id", "Anna Rau"},
          {"meetings", "April und Dezember, online"},
          {"notes", "Interview von Anna Rau für einen Podcast Anfang 2024 als Beitrag zum Selbstlernmodul der Fortbildung für Kommunen."}}},
        {"network-roles",
         {{"body", "Fachbeirat Community Safety Monitoring (Canadian Centre for Safer Communities)"},
          {"our_role", "Mitglied des internationalen Fachbeirats; vertritt die deutsche Perspektive"},
          {"representative_id", "Anna Rau"},
          {"meetings", "Board Meetings im März, Juni und November"}}},
        {"network-roles",
         {{"body", "Fachbeirat des EQAL-Projekts (Düsseldorf)"},
          {"our_role", "Mitglied des Fachbeirats"},
          // Two years, ending in 2024.
          {"since_on", "2023-01-01"},
          {"until_on", "2024-12-31"},
          {"meetings", "März online, November in Düsseldorf"},
          {"notes", "Quartiersbezogenes Austausch- und Lernprogramm für Polizei, Ordnungsdienst und Stadtgesellschaft in der "
                    "Mitgliedsstadt Düsseldorf; endet 2024 nach zweijähriger Laufzeit. Die Ergebnisse werden den Mitgliedern am "
                    "12. Februar 2025 online vorgestellt."}}},
        {"network-roles",
         {{"body", "Beirat des Kompetenznetzwerks Islamistischer Extremismus (KN:IX)"},
          {"our_role", "Mitglied des Beirats"},
          // Five years, ending with the closing event in October 2024.
          {"since_on", "2020-01-01"},
          {"until_on", "2024-10-31"},
          {"meetings", "Abschlussveranstaltung im Oktober, online"},
          {"notes", "Das Projekt ist 2024 nach fünfjähriger Laufzeit zu Ende gegangen; der Beginn ist daraus erschlossen."}}},
        {"network-roles",
         {{"body", "Deutsches Chapter der International CPTED Association"},
          {"our_role", "Bildet das Chapter gemeinsam mit dem Deutschen Präventionstag"},
          {"representative_id", "Claudia Heinzelmann"},
          {"since_on", "2022-01-01"},
          {"notes", "Claudia Heinzelmann vom DPT hat DEFUS auf den Veranstaltungen vertreten."}}},
        {"network-roles",
         {{"body", "ForAn Netzwerk"},
          {"our_role", "Mitglied"},
          {"since_on", "2022-01-01"},
          {"meetings", "Austausch per Mail"},
          {"notes", "Unterstützt deutsche Endnutzer und Forschungseinrichtungen bei EU-Ausschreibungen zu Sicherheits- und "
                    "Krisenthemen; 2024 kamen darüber mehrere Anfragen nach Projektbeteiligungen an DEFUS und die Mitgliedsstädte."}}},

        // --- Media requests (chapter "Medienanfragen"; the day a request came in is invented) ---
        {"media-requests",
         {{"received_on", "2024-03-05"}, {"outlet", "Check Pott Ruhr"}, {"format", "online"},
          {"topic", "Wie Städte im Revier Ängste abbauen können"}, {"answered_by", "Anna Rau"}, {"status", "done"},
          {"published_on", "2024-03-14"},
          {"notes", "Interview: Warum fürchten wir uns am Bahnhof oder im Park? Die Expertin für Urbane Sicherheit kennt die Antwort."}}},
        {"media-requests",
         {{"received_on", "2024-07-09"}, {"outlet", "MDR Umschau"}, {"format", "tv"}, {"topic", "Sicherheit auf öffentlichen Plätzen"},
          {"answered_by", "Anna Rau"}, {"status", "done"}, {"published_on", "2024-07-23"}, {"notes", "Interview mit Anna Rau."}}},
        {"media-requests",
         {{"received_on", "2024-10-08"}, {"outlet", "ZDF Plan B"}, {"format", "tv"}, {"topic", "Recherche nach Praxisbeispielen"},
          {"status", "done"},
          {"notes", "Unterstützung bei der Recherche im Oktober und November 2024; Sendetermin im Sommer 2025."}}},
        {"media-requests",
         {{"received_on", "2024-11-18"}, {"outlet", "Radio 1 (rbb)"}, {"format", "radio"},
          {"topic", "Die Weber: Wie sicher fühlen Sie sich im öffentlichen Raum?"}, {"answered_by", "Anna Rau"}, {"status", "done"},
          {"published_on", "2024-11-22"}, {"notes", "Interview für die Morgensendung, auch als Podcast."}}},
        {"media-requests",
         {{"received_on", "2024-04-22"}, {"outlet", "Radiosender"}, {"format", "radio"}, {"status", "declined"},
          {"decline_reason", "Zeitdruck und Terminüberschneidungen"},
          {"notes", "Beispiel: Der Bericht nennt drei abgelehnte Anfragen von Radiosendern, aber weder Sender, Thema noch Datum."}}},
        {"media-requests",
         {{"received_on", "2024-08-19"}, {"outlet", "Radiosender"}, {"format", "radio"}, {"status", "declined"},
          {"decline_reason", "Zeitdruck und Terminüberschneidungen"},
          {"notes", "Beispiel: Der Bericht nennt drei abgelehnte Anfragen von Radiosendern, aber weder Sender, Thema noch Datum."}}},
        {"media-requests",
         {{"received_on", "2024-11-25"}, {"outlet", "Radiosender"}, {"format", "radio"}, {"status", "declined"},
          {"decline_reason", "Zeitdruck und Terminüberschneidungen"},
          {"notes", "Beispiel: Der Bericht nennt drei abgelehnte Anfragen von Radiosendern, aber weder Sender, Thema noch Datum."}}},

        // --- Funding applications (chapter "Drittmittelanträge"): the one with the office among the
        // applicants. The report's other figures (21 applications, 5 granted...) are Efus's. ---
        {"funding-applications",
         {{"acronym", "RALLY"},
          {"title", "pReventing hAte speech locaLLY (online and offline)"},
          {"lead_applicant", "Efus"},
          {"our_role", "partner"},
          {"submitted_on", "2024-09-26"},
          {"status", "pending"},
          {"notes", "Einer der 21 Anträge, die Efus 2024 gestellt hat oder an denen Efus beteiligt war; Rückmeldung noch "
                    "ausstehend. Das Einreichungsdatum nennt der Bericht nicht (Beispiel)."}}},
        {"application-members", {{"application_id", "RALLY"}, {"organisation_id", "Freiburg im Breisgau"}}},
        {"application-members", {{"application_id", "RALLY"}, {"organisation_id", "Mannheim"}}},
        {"funding-applications",
         {{"title", "Prevention of organised crime"},
          {"call", "ISFP"},
          {"lead_applicant", "Efus"},
          {"our_role", "associate"},
          {"submitted_on", "2024-03-14"},
          {"status", "rejected"},
          {"was_waitlisted", "1"},
          {"notes", "Auf der Nachrückerliste (Bericht: „Warteliste“). Das Einreichungsdatum nennt der Bericht nicht (Beispiel)."}}},
        {"application-members", {{"application_id", "Prevention of organised crime"}, {"organisation_id", "Essen"}}},
        {"funding-applications",
         {{"acronym", "OSPREY"},
          {"title", "Online Safety and Security for Public-Facing Professionals and Democratic Resilience"},
          {"lead_applicant", "Efus"},
          {"our_role", "associate"},
          {"submitted_on", "2024-10-17"},
          {"status", "pending"},
          {"notes", "Rückmeldung noch ausstehend. Das Einreichungsdatum nennt der Bericht nicht (Beispiel)."}}},
        {"application-members", {{"application_id", "OSPREY"}, {"organisation_id", "Köln"}}},

        // --- Metrics (chapter "Öffentlichkeitsarbeit"): the report gives the year's figure only. ---
        {"metrics", {{"name", "Besuche der DEFUS-Webseite"}, {"unit", "Visits"}, {"measure", "per_month"},
                     {"notes", "Der Bericht nennt den Monatsdurchschnitt 2024 („knapp 7000“)."}}},
        {"metric-values", {{"series_id", "Besuche der DEFUS-Webseite"}, {"measured_on", "2024-12-31"}, {"value", "6900"}}},
        {"metrics", {{"name", "Besuche auf Pufii"}, {"unit", "Visits"}, {"measure", "per_month"}}},
        {"metric-values", {{"series_id", "Besuche auf Pufii"}, {"measured_on", "2024-12-31"}, {"value", "50000"}}},
        {"metrics", {{"name", "Abonnent*innen des Pufii-Newsletters"}, {"measure", "level"}}},
        {"metric-values", {{"series_id", "Abonnent*innen des Pufii-Newsletters"}, {"measured_on", "2024-12-31"}, {"value", "570"}}},
        {"metrics", {{"name", "Follower*innen auf LinkedIn"}, {"measure", "level"}}},
        {"metric-values", {{"series_id", "Follower*innen auf LinkedIn"}, {"measured_on", "2024-12-31"}, {"value", "411"}}},

        // --- Guidelines ---
        {"guidelines",
         {{"title", "Leitgedanken zu marginalisierten Gruppen im öffentlichen Raum"},
          {"adopted_on", "2024-09-20"},
          {"notes", "Verabschiedet auf der 27. Mitgliederversammlung in Gelsenkirchen; keine Verpflichtungserklärung der Mitglieder. "
                    "Bis Ende 2024 von 15 Mitgliedsstädten unterzeichnet, 3 weitere planen es für Anfang 2025 (der Bericht nennt "
                    "die Städte nicht). "
                    "Veröffentlichung Mitte Januar 2025 auf der DEFUS-Webseite; Verbreitung über Deutscher Städtetag, DStGB, Difu, "
                    "die Beauftragten der Bundesregierung für Wohnungslosigkeit und Drogen, die Offensive Psychische Gesundheit "
                    "des BMFSFJ, einen Vortrag auf dem Deutschen Präventionstag in Augsburg, Fachartikel und das Efus-Manifest."}}},

        // --- Board and staff (chapters "DEFUS-Vorstand" and "DEFUS-Team"). Staff without a
        // from_on start when their position at the office begins among the demo's people. ---
        {"team",
         {{"person_id", "Christian Kromberg"}, {"role", "chair"}, {"job_title", "Beigeordneter der Stadt Essen"},
          {"from_on", "2024-09-20"}, {"elected_at_id", "27. Mitgliederversammlung"}}},
        {"team",
         {{"person_id", "Volker Proffen"}, {"role", "deputy"}, {"job_title", "Bürgermeister der Stadt Mannheim"},
          {"from_on", "2024-09-20"}, {"elected_at_id", "27. Mitgliederversammlung"}}},
        {"team", {{"person_id", "Anna Rau"}, {"role", "director"}, {"job_title", "Geschäftsführerin"}}},
        {"team",
         {{"person_id", "Margo Molkenbur"}, {"role", "staff"}, {"job_title", "wiss. Projektmitarbeiterin"},
          {"leave", "Mutterschutz und Elternzeit ab Mitte Dezember 2024 (12 Monate)"},
          {"notes", "Hat für DEFUS das Projekt PanReflex umgesetzt und die Wissensplattform Kommunales Krisenmanagement aufgebaut."}}},
        {"team", {{"person_id", "Meike Hecker"}, {"role", "staff"}, {"job_title", "wiss. Projektmitarbeiterin"}}},
        {"team", {{"person_id", "Kristina Kutz"}, {"role", "staff"}, {"job_title", "Buchhaltung"}}},
        {"team", {{"person_id", "Rolf Grimmer"}, {"role", "staff"}, {"job_title", "IT & Internetseite"}}},
        {"team", {{"person_id", "Hane Barrazinji"}, {"role", "assistant"}, {"job_title", "Wissenschaftliche Hilfskraft"}}},
    };
    return seeds;
}

struct PublicationSeed {
    const char *authors;
    const char *title;
    const char *venue;
    int year;
    PublicationStatus status;
    const char *notes;
};

// Chapter "Fachartikel"; the project's many PanReflex articles are on its website, not listed.
const PublicationSeed Publications2024[] = {
    {"Anna Rau", "Urbane Räume – Vielfältig, voll und sicher?", "Gemeinderat, Ausgabe 04/2024", 2024, PublicationStatus::Published,
     "Gastbeitrag."},
    {"Anna Rau, Janina Hentschel", "Kommunale Prävention im Wandel! – Wie kann Veränderung gelingen?", "DPT-Band", 2025,
     PublicationStatus::Forthcoming, "Erscheint 2025."},
};

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

Error demoError(const QString &message)
{
    return Error(Error::Code::Generic, QStringLiteral("demo: %1").arg(message));
}

// Looks up the records the seeds name. Names are the demo's own, so a miss is
// a mistake in the seeds.
class References
{
public:
    explicit References(Database &db) : m_db(db) {}

    Result<qint64> find(const QString &table, const QString &name)
    {
        if (table == QLatin1String("organisations")) {
            auto org = OrganisationRepository(m_db).findByName(name);
            if (!org)
                return org.error();
            if (org->has_value())
                return org->value().id;
        } else if (table == QLatin1String("people")) {
            const int space = int(name.lastIndexOf(QLatin1Char(' ')));
            auto people = PersonRepository(m_db).byNameAt(name.left(space), name.mid(space + 1), 0);
            if (!people)
                return people.error();
            if (people->size() == 1)
                return people->first().id;
        } else if (table == QLatin1String("events")) {
            if (auto event = EventRepository(m_db).resolve(name))
                return event->id;
        } else if (const Table *t = tables::find(table)) {
            // A record of the year (the application a row belongs to): by any of its title columns.
            QStringList conditions;
            QVariantList values;
            for (const QString &c : t->columnNames(ColumnFlag::Title)) {
                conditions << QStringLiteral("%1 = ?").arg(c);
                values << name;
            }
            auto rows = selectRows(m_db, QStringLiteral("SELECT id FROM %1 WHERE %2").arg(t->name(), conditions.join(QLatin1String(" OR "))), values);
            if (!rows)
                return rows.error();
            if (rows->size() == 1)
                return rows->first().value(QStringLiteral("id")).toLongLong();
        }
        return demoError(QStringLiteral("no %1 named \"%2\"").arg(table, name));
    }

    // When the person's position at the office began.
    Result<QString> officeStart(qint64 personId)
    {
        auto office = find(QStringLiteral("organisations"), text(Office));
        if (!office)
            return office.error();
        auto positions = PersonRepository(m_db).affiliations(personId);
        if (!positions)
            return positions.error();
        for (const Affiliation &a : std::as_const(*positions)) {
            if (a.organisationId == *office && a.validFrom.isValid())
                return a.validFrom.toString(Qt::ISODate);
        }
        return demoError(QStringLiteral("person %1 has no start at the office").arg(personId));
    }

private:
    Database &m_db;
};

Result<QVariantMap> rowOf(const RecordKind &kind, const RecordSeed &seed, References &refs)
{
    QVariantMap row;
    for (const auto &[name, value] : seed.values) {
        const QString column = QString::fromLatin1(name);
        const Column *c = kind.table->find(column);
        if (!c)
            return demoError(QStringLiteral("%1 has no column %2").arg(kind.name, column));
        switch (c->type) {
        case ColumnType::Reference: {
            auto id = refs.find(c->refTable, text(value));
            if (!id)
                return id.error();
            row.insert(column, *id);
            break;
        }
        case ColumnType::Integer:
        case ColumnType::BigInt:
            row.insert(column, text(value).toLongLong());
            break;
        case ColumnType::Bool:
            row.insert(column, text(value) == QLatin1String("1"));
            break;
        default:
            row.insert(column, text(value));
        }
    }
    if (kind.name == QLatin1String("team") && !row.contains(QStringLiteral("from_on"))) {
        auto start = refs.officeStart(row.value(QStringLiteral("person_id")).toLongLong());
        if (!start)
            return start.error();
        row.insert(QStringLiteral("from_on"), *start);
    }
    return row;
}

} // namespace

Status loadDemoRecords(Database &db, DemoSummary &summary)
{
    References refs(db);
    for (const RecordSeed &seed : recordSeeds()) {
        const RecordKind *kind = findRecordKind(QString::fromLatin1(seed.kind));
        if (!kind)
            return demoError(QStringLiteral("unknown kind %1").arg(QString::fromLatin1(seed.kind)));
        auto row = rowOf(*kind, seed, refs);
        if (!row)
            return row.error();
        auto created = Records(db, *kind).create(*row);
        if (!created)
            return demoError(QStringLiteral("%1 \"%2\": %3").arg(kind->name, text(seed.values.value(0).second), created.error().message));
        ++summary.records;
    }
    // The report counts 21 applications of 2024 (5 granted, 6 rejected of
    // which 2 after the waitlist, 10 pending) but names only three: the
    // others are examples that make the year's figures the report's.
    const RecordKind &applications = *findRecordKind(QStringLiteral("funding-applications"));
    struct Fate {
        const char *status;
        bool waitlisted;
        int count;
    };
    int number = 0;
    for (const Fate &fate : {Fate{"granted", false, 5}, Fate{"rejected", true, 1}, Fate{"rejected", false, 4}, Fate{"pending", false, 8}}) {
        for (int i = 0; i < fate.count; ++i) {
            ++number;
            const QDate submitted(2024, 1 + (number * 5) % 11, 1 + (number * 7) % 27);
            QVariantMap row{{QStringLiteral("title"), QStringLiteral("Efus-Antrag %1 (Beispiel)").arg(number, 2, 10, QLatin1Char('0'))},
                            {QStringLiteral("call"), number % 3 ? QStringLiteral("Horizon Europe") : QStringLiteral("Stiftung")},
                            {QStringLiteral("lead_applicant"), QStringLiteral("Efus")},
                            {QStringLiteral("our_role"), QStringLiteral("associate")},
                            {QStringLiteral("submitted_on"), submitted.toString(Qt::ISODate)},
                            {QStringLiteral("status"), QString::fromLatin1(fate.status)},
                            {QStringLiteral("was_waitlisted"), fate.waitlisted},
                            {QStringLiteral("notes"), QStringLiteral("Beispiel: der Bericht zählt diesen Antrag, nennt ihn aber nicht.")}};
            if (auto created = Records(db, applications).create(row); !created)
                return demoError(QStringLiteral("application %1: %2").arg(number).arg(created.error().message));
            ++summary.records;
        }
    }

    // The guideline: 15 member cities signed by the end of 2024, 3 plan to
    // (the report gives the numbers, not the cities: which ones is the demo's choice).
    const RecordKind &signatures = *findRecordKind(QStringLiteral("guideline-signatures"));
    auto guideline = refs.find(QStringLiteral("guidelines"), QStringLiteral("Leitgedanken zu marginalisierten Gruppen im öffentlichen Raum"));
    if (!guideline)
        return guideline.error();
    const QStringList cities = {QStringLiteral("Augsburg"), QStringLiteral("Berlin"), QStringLiteral("Dortmund"), QStringLiteral("Düsseldorf"),
                                QStringLiteral("Essen"), QStringLiteral("Frankfurt am Main"), QStringLiteral("Freiburg im Breisgau"),
                                QStringLiteral("Gelsenkirchen"), QStringLiteral("Gladbeck"), QStringLiteral("Göttingen"), QStringLiteral("Hannover"),
                                QStringLiteral("Heidelberg"), QStringLiteral("Karlsruhe"), QStringLiteral("Köln"), QStringLiteral("Leipzig"),
                                QStringLiteral("Mannheim"), QStringLiteral("Nürnberg"), QStringLiteral("Stuttgart")};
    for (int i = 0; i < cities.size(); ++i) {
        auto city = refs.find(QStringLiteral("organisations"), cities.at(i));
        if (!city)
            return city.error();
        const bool signedIt = i < 15;
        QVariantMap row{{QStringLiteral("guideline_id"), *guideline}, {QStringLiteral("organisation_id"), *city},
                        {QStringLiteral("status"), signedIt ? QStringLiteral("signed") : QStringLiteral("planned")}};
        if (signedIt)
            row.insert(QStringLiteral("signed_on"), QDate(2024, 9, 20).addDays(i * 5).toString(Qt::ISODate));
        if (auto created = Records(db, signatures).create(row); !created)
            return demoError(QStringLiteral("signature %1: %2").arg(cities.at(i), created.error().message));
        ++summary.records;
    }

    Publications publications(db);
    for (const PublicationSeed &seed : Publications2024) {
        Publication p;
        p.authors = text(seed.authors);
        p.title = text(seed.title);
        p.venue = text(seed.venue);
        p.year = seed.year;
        p.status = seed.status;
        p.notes = text(seed.notes);
        auto created = publications.create(p);
        if (!created)
            return demoError(QStringLiteral("publication \"%1\": %2").arg(p.title, created.error().message));
        ++summary.records;
    }

    // The demo's events of the office's own projects (their meetings) belong
    // to those projects, so that a project's form lists them.
    auto projects = Records(db, *findRecordKind(QStringLiteral("projects"))).list();
    if (!projects)
        return projects.error();
    auto events = EventRepository(db).list();
    if (!events)
        return events.error();
    EventRepository eventRepository(db);
    for (const EventListItem &item : std::as_const(*events)) {
        if (item.event.projectName.isEmpty())
            continue;
        for (const Record &p : std::as_const(*projects)) {
            if (p.text(QStringLiteral("acronym")).compare(item.event.projectName, Qt::CaseInsensitive) != 0)
                continue;
            auto event = eventRepository.byId(item.event.id);
            if (!event)
                return event.error();
            Event linked = *event;
            linked.projectId = p.id;
            linked.projectName.clear();
            if (auto saved = eventRepository.update(linked); !saved)
                return demoError(QStringLiteral("event \"%1\": %2").arg(linked.title, saved.error().message));
        }
    }
    return {};
}

} // namespace fd
