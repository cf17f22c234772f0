<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
<context>
    <name>BlobStore</name>
    <message>
        <source>%1 is larger than %2 MiB, the most ForumDesk stores for one file.</source>
        <translation>%1 ist größer als %2 MiB, die ForumDesk höchstens für eine Datei speichert.</translation>
    </message>
    <message>
        <source>%1 is %2 MiB large; ForumDesk stores files of up to %3 MiB.</source>
        <translation>%1 ist %2 MiB groß; ForumDesk speichert Dateien bis %3 MiB.</translation>
    </message>
    <message>
        <source>The stored file is not in the database (any more).</source>
        <translation>Die gespeicherte Datei ist nicht (mehr) in der Datenbank.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Die Datei</translation>
    </message>
    <message>
        <source>The file&apos;s media type is too long.</source>
        <translation>Der Medientyp der Datei ist zu lang.</translation>
    </message>
    <message>
        <source>Storing a file</source>
        <translation>Datei speichern</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Reading a stored file</source>
        <translation>Gespeicherte Datei lesen</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The file of &quot;%1&quot; is no longer in the database: it was removed when the database was cleaned up.</source>
        <translation>Die Datei von „%1“ ist nicht mehr in der Datenbank: Sie wurde beim Aufräumen der Datenbank entfernt.</translation>
    </message>
    <message>
        <source>Removing stored files no record refers to</source>
        <translation>Gespeicherte Dateien entfernen, auf die kein Eintrag mehr verweist</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>Die Option --%1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Import what? One of: %1.</source>
        <translation>Was soll importiert werden? Eines von: %1.</translation>
    </message>
    <message>
        <source>Which file? forumdesk-cli import %1 FILE.csv</source>
        <translation>Welche Datei? forumdesk-cli import %1 DATEI.csv</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Export what? One of: %1.</source>
        <translation>Was soll exportiert werden? Eines von: %1.</translation>
    </message>
    <message>
        <source>Where to? Give --out FILE.</source>
        <translation>Wohin? Geben Sie --out DATEI an.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n Zeile nach %1 geschrieben.</numerusform>
            <numerusform>%n Zeilen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Schemaversion: %1</translation>
    </message>
    <message>
        <source>Organisations: %1 (members: %2)</source>
        <translation>Organisationen: %1 (Mitglieder: %2)</translation>
    </message>
    <message>
        <source>People: %1</source>
        <translation>Personen: %1</translation>
    </message>
    <message>
        <source>forumdesk-cli pack export --event UUID-or-title --out FILE</source>
        <translation>forumdesk-cli pack export --event UUID-oder-Titel --out DATEI</translation>
    </message>
    <message>
        <source>On-site pack for &quot;%1&quot; written to %2: %3 registrations, %4 people.</source>
        <translation>Vor-Ort-Paket für „%1“ nach %2 geschrieben: %3 Anmeldungen, %4 Personen.</translation>
    </message>
    <message>
        <source>forumdesk-cli pack import FILE [--conflicts office|pack]</source>
        <translation>forumdesk-cli pack import DATEI [--conflicts office|pack]</translation>
    </message>
    <message>
        <source>--conflicts takes &quot;office&quot; or &quot;pack&quot;.</source>
        <translation>--conflicts erwartet „office“ oder „pack“.</translation>
    </message>
    <message>
        <source>%1: office &quot;%2&quot;, pack &quot;%3&quot;</source>
        <translation>%1: Geschäftsstelle „%2“, Paket „%3“</translation>
    </message>
    <message>
        <source>conflict: %1 (%2)</source>
        <translation>Konflikt: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): nothing was merged. Decide with --conflicts office or --conflicts pack, or merge in the app to decide one by one.</source>
        <translation>
            <numerusform>%n Konflikt: Es wurde nichts zusammengeführt. Entscheiden Sie mit --conflicts office oder --conflicts pack, oder führen Sie in der App zusammen, um einzeln zu entscheiden.</numerusform>
            <numerusform>%n Konflikte: Es wurde nichts zusammengeführt. Entscheiden Sie mit --conflicts office oder --conflicts pack, oder führen Sie in der App zusammen, um einzeln zu entscheiden.</numerusform>
        </translation>
    </message>
    <message>
        <source>pack export or pack import?</source>
        <translation>pack export oder pack import?</translation>
    </message>
    <message>
        <source>--year applies to &quot;export events&quot; only.</source>
        <translation>--year gilt nur für „export events“.</translation>
    </message>
    <message>
        <source>--event applies to &quot;export registrations&quot; only.</source>
        <translation>--event gilt nur für „export registrations“.</translation>
    </message>
    <message>
        <source>Which event? Give --event UUID or --event &quot;TITLE&quot;.</source>
        <translation>Welche Veranstaltung? Geben Sie --event UUID oder --event &quot;TITEL&quot; an.</translation>
    </message>
    <message>
        <source>Write events to an iCalendar file for calendar programs (all events if neither option is given).</source>
        <translation>Veranstaltungen in eine iCalendar-Datei für Kalenderprogramme schreiben (alle, wenn keine Option angegeben ist).</translation>
    </message>
    <message>
        <source>Make an event&apos;s sign-in sheet, name badges (8 per A4 page) or attendance certificates (one page per attendee) as PDF.</source>
        <translation>Teilnehmendenliste, Namensschilder (8 je A4-Seite) oder Teilnahmebescheinigungen (eine Seite je Person) einer Veranstaltung als PDF erstellen.</translation>
    </message>
    <message>
        <source>Write an on-site pack of one event for check-in on a laptop.</source>
        <translation>Ein Vor-Ort-Paket einer Veranstaltung für den Check-in auf einem Laptop schreiben.</translation>
    </message>
    <message>
        <source>Merge a pack back; stops at conflicts unless told how to decide.</source>
        <translation>Ein Paket zurückführen; hält bei Konflikten an, wenn nicht gesagt ist, wie zu entscheiden ist.</translation>
    </message>
    <message>
        <source>Fill an empty database with the demo data set.</source>
        <translation>Eine leere Datenbank mit den Demodaten füllen.</translation>
    </message>
    <message>
        <source>Show the database&apos;s path, version and counts.</source>
        <translation>Pfad, Version und Anzahlen der Datenbank zeigen.</translation>
    </message>
    <message>
        <source>Usage: forumdesk-cli [--db FILE] [--lang de|en] COMMAND ...</source>
        <translation>Aufruf: forumdesk-cli [--db DATEI] [--lang de|en] BEFEHL ...</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>EVENT is an event&apos;s UUID or its title.</source>
        <translation>EVENT ist die UUID oder der Titel einer Veranstaltung.</translation>
    </message>
    <message>
        <source>Without --db the database in the user&apos;s data folder is used.</source>
        <translation>Ohne --db wird die Datenbank im Datenordner des Benutzers verwendet.</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 bad data (nothing written), 2 wrong usage, 3 database not usable.</source>
        <translation>Exit-Codes: 0 erledigt, 1 fehlerhafte Daten (nichts geschrieben), 2 falscher Aufruf, 3 Datenbank nicht nutzbar.</translation>
    </message>
    <message>
        <source>Give either --year or --event, not both.</source>
        <translation>Geben Sie entweder --year oder --event an, nicht beides.</translation>
    </message>
    <message>
        <source>--year needs a year such as 2024, not &quot;%1&quot;.</source>
        <translation>--year braucht eine Jahreszahl wie 2024, nicht „%1“.</translation>
    </message>
    <message>
        <source>There are no events in %1.</source>
        <translation>%1 gibt es keine Veranstaltungen.</translation>
    </message>
    <message>
        <source>There are no events.</source>
        <translation>Es gibt keine Veranstaltungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1.</source>
        <translation>
            <numerusform>%n Veranstaltung nach %1 geschrieben.</numerusform>
            <numerusform>%n Veranstaltungen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Which event? Give --event with its UUID or title.</source>
        <translation>Welche Veranstaltung? Geben Sie --event mit UUID oder Titel an.</translation>
    </message>
    <message numerus="yes">
        <source>Sign-in sheet with %n name(s) on %1 page(s) written to %2.</source>
        <translation>
            <numerusform>Teilnehmendenliste mit %n Namen auf %1 Seite(n) nach %2 geschrieben.</numerusform>
            <numerusform>Teilnehmendenliste mit %n Namen auf %1 Seite(n) nach %2 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) on %1 page(s) written to %2.</source>
        <translation>
            <numerusform>%n Namensschild auf %1 Seite(n) nach %2 geschrieben.</numerusform>
            <numerusform>%n Namensschilder auf %1 Seite(n) nach %2 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) written to %1.</source>
        <translation>
            <numerusform>%n Bescheinigung nach %1 geschrieben.</numerusform>
            <numerusform>%n Bescheinigungen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more like these (--verbose shows them all).</source>
        <translation>
            <numerusform>… und %n weitere dieser Art (--verbose zeigt alle).</numerusform>
            <numerusform>… und %n weitere dieser Art (--verbose zeigt alle).</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a CSV list; all or nothing. With --dry-run only check it; --verbose lists every warning, not the first 50.</source>
        <translation>Eine CSV-Liste importieren; ganz oder gar nicht. Mit --dry-run nur prüfen; --verbose zeigt jede Warnung, nicht nur die ersten 50.</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Unbekannte Option --%1.</translation>
    </message>
    <message>
        <source>Demo data loaded. Organisations: %1, people: %2, events: %3, registrations: %4.</source>
        <translation>Demodaten geladen. Organisationen: %1, Personen: %2, Veranstaltungen: %3, Anmeldungen: %4.</translation>
    </message>
    <message>
        <source>--format applies to &quot;export&quot; only: imports are CSV.</source>
        <translation>--format gilt nur für &quot;export&quot;: Importe sind CSV.</translation>
    </message>
    <message>
        <source>--format applies to the lists only (members, people, events, registrations).</source>
        <translation>--format gilt nur für die Listen (members, people, events, registrations).</translation>
    </message>
    <message>
        <source>--format takes &quot;csv&quot; or &quot;xlsx&quot;, not &quot;%1&quot;.</source>
        <translation>--format nimmt &quot;csv&quot; oder &quot;xlsx&quot;, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Write a list: CSV (UTF-8 with BOM, semicolons), which imports again, or for Excel (.xlsx) with real dates and numbers; members come with a second sheet of their fees.</source>
        <translation>Eine Liste schreiben: CSV (UTF-8 mit BOM, Semikolons), die sich wieder importieren lässt, oder für Excel (.xlsx) mit echten Datums- und Zahlenwerten; Mitglieder mit einem zweiten Blatt ihrer Beiträge.</translation>
    </message>
    <message>
        <source>Write the events (of one year) as a list.</source>
        <translation>Die Veranstaltungen (eines Jahres) als Liste schreiben.</translation>
    </message>
    <message>
        <source>Write an event&apos;s registrations with their status as a list.</source>
        <translation>Die Anmeldungen einer Veranstaltung mit ihrem Status als Liste schreiben.</translation>
    </message>
    <message>
        <source>Lists are CSV unless --format xlsx is given or the --out file ends in .xlsx.</source>
        <translation>Listen sind CSV, außer mit --format xlsx oder wenn die Datei von --out auf .xlsx endet.</translation>
    </message>
    <message>
        <source>generate needs --scale large, medium or small.</source>
        <translation>generate braucht --scale large, medium oder small.</translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to 4294967295, not &quot;%1&quot;.</source>
        <translation>--seed braucht eine ganze Zahl von 0 bis 4294967295, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Generating %1 members, %2 people, %3 events and %4 registrations (seed %5)…</source>
        <translation>Erzeuge %1 Mitglieder, %2 Personen, %3 Veranstaltungen und %4 Anmeldungen (Seed %5) …</translation>
    </message>
    <message>
        <source>%1% written</source>
        <translation>%1 % geschrieben</translation>
    </message>
    <message>
        <source>Generated in %1 s: organisations: %2, fees: %3, people: %4, positions: %5, consents: %6, events: %7, registrations: %8 (waitlisted: %9, largest event: %10).</source>
        <translation>Erzeugt in %1 s: Organisationen: %2, Beiträge: %3, Personen: %4, Positionen: %5, Einwilligungen: %6, Veranstaltungen: %7, Anmeldungen: %8 (auf der Warteliste: %9, größte Veranstaltung: %10).</translation>
    </message>
    <message>
        <source>Fill an empty database with a synthetic network for benchmarks: large is 250 members, 20,000 people, 5,000 events and 500,000 registrations; medium a tenth, small a hundredth. The same seed gives the same data.</source>
        <translation>Eine leere Datenbank mit einem erfundenen Netzwerk für Messungen füllen: large sind 250 Mitglieder, 20.000 Personen, 5.000 Veranstaltungen und 500.000 Anmeldungen; medium ein Zehntel, small ein Hundertstel. Derselbe Seed ergibt dieselben Daten.</translation>
    </message>
    <message>
        <source>forumdesk-cli search WORDS</source>
        <translation>forumdesk-cli search WÖRTER</translation>
    </message>
    <message>
        <source>forumdesk-cli year YEAR, e.g. year 2024</source>
        <translation>forumdesk-cli year JAHR, z. B. year 2024</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a figure and its part</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Show the year at a glance beside the year before: events by kind, participants, new and leaving members, the year&apos;s records, publications and funding applications by state; one &quot;figure&lt;TAB&gt;year&lt;TAB&gt;year before&quot; per line.</source>
        <translation>Das Jahr auf einen Blick neben dem Vorjahr: Veranstaltungen nach Art, Teilnehmende, neue und ausscheidende Mitglieder, die Aufzeichnungen des Jahres, Publikationen und Förderanträge nach Stand; je Zeile „Kennzahl&lt;TAB&gt;Jahr&lt;TAB&gt;Vorjahr“.</translation>
    </message>
    <message>
        <source>Find members, people, events and the year&apos;s records by any words, case and accents ignored.</source>
        <translation>Findet Mitglieder, Personen, Veranstaltungen und die Aufzeichnungen des Jahres nach beliebigen Wörtern, ohne Rücksicht auf Groß- und Kleinschreibung oder Akzente.</translation>
    </message>
    <message>
        <source>KIND is one of the year&apos;s records: %1.</source>
        <translation>KIND ist eine der Aufzeichnungen des Jahres: %1.</translation>
    </message>
    <message>
        <source>Print the CSV columns of every kind of the year&apos;s records (German and English names, what each takes) as Markdown.</source>
        <translation>Gibt die CSV-Spalten jeder Art von Aufzeichnung des Jahres (deutsche und englische Namen, was jede aufnimmt) als Markdown aus.</translation>
    </message>
</context>
<context>
    <name>ColumnMap</name>
    <message>
        <source>The column appears twice (also as &quot;%1&quot;); the first one is used.</source>
        <translation>Die Spalte kommt doppelt vor (auch als „%1“); die erste wird verwendet.</translation>
    </message>
    <message>
        <source>Unknown column; it is ignored.</source>
        <translation>Unbekannte Spalte; sie wird ignoriert.</translation>
    </message>
    <message>
        <source>The required column is missing (accepted names: %1).</source>
        <translation>Die Pflichtspalte fehlt (zulässige Namen: %1).</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Published in</source>
        <translation>Erschienen in</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Akronym</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Förderer</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Förderprogramm</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Original end</source>
        <translation>Ursprüngliches Ende</translation>
    </message>
    <message>
        <source>Our role</source>
        <translation>Unsere Rolle</translation>
    </message>
    <message>
        <source>Lead partner</source>
        <translation>Konsortialführung</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Anzahl Partner</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Versandt am</translation>
    </message>
    <message>
        <source>Asked for by</source>
        <translation>Angefragt von</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Gremium</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>Vertreten durch</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Anfrage am</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Beantwortet von</translation>
    </message>
    <message>
        <source>Reason declined</source>
        <translation>Grund der Absage</translation>
    </message>
    <message>
        <source>Published or aired on</source>
        <translation>Erschienen oder gesendet am</translation>
    </message>
    <message>
        <source>Call or programme</source>
        <translation>Ausschreibung</translation>
    </message>
    <message>
        <source>Lead applicant</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Eingereicht am</translation>
    </message>
    <message>
        <source>Was waitlisted</source>
        <translation>War auf der Warteliste</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Entschieden am</translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation>Verabschiedet am</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Elected at</source>
        <translation>Gewählt bei</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Abwesenheiten</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Role in it</source>
        <translation>Rolle darin</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Geantwortet am</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>Leitlinie</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Unterzeichnet am</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Kind of figure</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Add %1</source>
        <translation>%1 anlegen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n organisation(s)</source>
        <translation>
            <numerusform>%n Organisation löschen</numerusform>
            <numerusform>%n Organisationen löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add fee %1</source>
        <translation>Beitrag %1 anlegen</translation>
    </message>
    <message>
        <source>Edit fee %1</source>
        <translation>Beitrag %1 bearbeiten</translation>
    </message>
    <message>
        <source>Delete fee %1</source>
        <translation>Beitrag %1 löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n person(s)</source>
        <translation>
            <numerusform>%n Person löschen</numerusform>
            <numerusform>%n Personen löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add position</source>
        <translation>Position anlegen</translation>
    </message>
    <message>
        <source>Edit position</source>
        <translation>Position bearbeiten</translation>
    </message>
    <message>
        <source>Delete position</source>
        <translation>Position löschen</translation>
    </message>
    <message>
        <source>New position</source>
        <translation>Neue Position</translation>
    </message>
    <message>
        <source>Merge on-site pack &quot;%1&quot;</source>
        <translation>Vor-Ort-Paket „%1“ zusammenführen</translation>
    </message>
    <message>
        <source>The merge could not be recorded for undo.</source>
        <translation>Das Zusammenführen konnte nicht für das Rückgängigmachen festgehalten werden.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n event(s)</source>
        <translation>
            <numerusform>%n Veranstaltung löschen</numerusform>
            <numerusform>%n Veranstaltungen löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add kind %1</source>
        <translation>Art %1 anlegen</translation>
    </message>
    <message>
        <source>Rename kind %1</source>
        <translation>Art %1 umbenennen</translation>
    </message>
    <message>
        <source>Delete kind %1</source>
        <translation>Art %1 löschen</translation>
    </message>
    <message>
        <source>Register %1</source>
        <translation>%1 anmelden</translation>
    </message>
    <message>
        <source>Check in %1</source>
        <translation>%1 einchecken</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>%1 abmelden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Edit registration of %1</source>
        <translation>Anmeldung von %1 bearbeiten</translation>
    </message>
    <message>
        <source>Delete registration of %1</source>
        <translation>Anmeldung von %1 löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n registration(s)</source>
        <translation>
            <numerusform>%n Anmeldung löschen</numerusform>
            <numerusform>%n Anmeldungen löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Move up from the waitlist</source>
        <translation>Von der Warteliste nachrücken</translation>
    </message>
    <message>
        <source>Move kind %1</source>
        <translation>Art %1 verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Import %n member(s)</source>
        <translation>
            <numerusform>%n Mitglied importieren</numerusform>
            <numerusform>%n Mitglieder importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt importieren</numerusform>
            <numerusform>%n Kontakte importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n event(s)</source>
        <translation>
            <numerusform>%n Veranstaltung importieren</numerusform>
            <numerusform>%n Veranstaltungen importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n registration(s)</source>
        <translation>
            <numerusform>%n Anmeldung importieren</numerusform>
            <numerusform>%n Anmeldungen importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the office&apos;s details</source>
        <translation>Angaben zur Geschäftsstelle ändern</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n publication(s)</source>
        <translation>
            <numerusform>%n Publikation löschen</numerusform>
            <numerusform>%n Publikationen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n record(s)</source>
        <translation>
            <numerusform>%n Eintrag löschen</numerusform>
            <numerusform>%n Einträge löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message numerus="yes">
        <source>%n error(s) found; nothing was imported.</source>
        <translation>
            <numerusform>%n Fehler gefunden; es wurde nichts importiert.</numerusform>
            <numerusform>%n Fehler gefunden; es wurde nichts importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped.</source>
        <translation>
            <numerusform>%n Dublette übersprungen.</numerusform>
            <numerusform>%n Dubletten übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) can be imported.</source>
        <translation>
            <numerusform>%n Datensatz kann importiert werden.</numerusform>
            <numerusform>%n Datensätze können importiert werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) imported.</source>
        <translation>
            <numerusform>%n Datensatz importiert.</numerusform>
            <numerusform>%n Datensätze importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Der Import wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The file has errors; nothing was imported.</source>
        <translation>Die Datei enthält Fehler; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (use 16.05.2024 or 2024-05-16).</source>
        <translation>„%1“ ist kein Datum (schreiben Sie 16.05.2024 oder 2024-05-16).</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) will go on the waitlist (the event is full).</source>
        <translation>
            <numerusform>%n Anmeldung kommt auf die Warteliste (die Veranstaltung ist voll).</numerusform>
            <numerusform>%n Anmeldungen kommen auf die Warteliste (die Veranstaltung ist voll).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) were put on the waitlist (the event is full).</source>
        <translation>
            <numerusform>%n Anmeldung wurde auf die Warteliste gesetzt (die Veranstaltung ist voll).</numerusform>
            <numerusform>%n Anmeldungen wurden auf die Warteliste gesetzt (die Veranstaltung ist voll).</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date or a date and time (use 16.05.2024, 16.05.2024 14:00 or 2024-05-16T14:00).</source>
        <translation>„%1“ ist kein Datum und keine Datum-Uhrzeit-Angabe (schreiben Sie 16.05.2024, 16.05.2024 14:00 oder 2024-05-16T14:00).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of 0 or more.</source>
        <translation>„%1“ ist keine ganze Zahl von 0 oder mehr.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither yes nor no (use ja / nein or yes / no).</source>
        <translation>„%1“ ist weder ja noch nein (verwenden Sie ja / nein oder yes / no).</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a byte that is not UTF-8 (shown as %2), while the rest of the file is UTF-8. Correct the value, or save the file as UTF-8 again.</source>
        <translation>&quot;%1&quot; enthält ein Byte, das kein UTF-8 ist (angezeigt als %2), während der Rest der Datei UTF-8 ist. Korrigieren Sie den Wert oder speichern Sie die Datei erneut als UTF-8.</translation>
    </message>
    <message>
        <source>The value is %L1 characters long; this column allows at most %L2.</source>
        <translation>Der Wert ist %L1 Zeichen lang; diese Spalte erlaubt höchstens %L2.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is read as %2, more than %n year(s) from now; please check it.</source>
        <translation>
            <numerusform>&quot;%1&quot; wird als %2 gelesen, mehr als %n Jahr in der Zukunft; bitte prüfen.</numerusform>
            <numerusform>&quot;%1&quot; wird als %2 gelesen, mehr als %n Jahre in der Zukunft; bitte prüfen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file does not exist.</source>
        <translation>Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; split it into smaller files.</source>
        <translation>Die Datei ist größer als %1 MB; teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This is not a text file (it contains binary data).</source>
        <translation>Das ist keine Textdatei (sie enthält Binärdaten).</translation>
    </message>
    <message>
        <source>A quotation mark opened here is never closed.</source>
        <translation>Ein hier geöffnetes Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>The value is longer than %L1 characters. If it starts with a quotation mark, the closing one may be missing.</source>
        <translation>Der Wert ist länger als %L1 Zeichen. Beginnt er mit einem Anführungszeichen, fehlt vielleicht das schließende.</translation>
    </message>
    <message>
        <source>The line has more than %L1 fields; this is not a list ForumDesk can read.</source>
        <translation>Die Zeile hat mehr als %L1 Felder; das ist keine Liste, die ForumDesk lesen kann.</translation>
    </message>
    <message>
        <source>The file has more than %L1 rows; split it into smaller files.</source>
        <translation>Die Datei hat mehr als %L1 Zeilen; teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>Die Datei kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Could not open the database</source>
        <translation>Die Datenbank konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 is not a ForumDesk database (not an SQLite file, or damaged).</source>
        <translation>%1 ist keine ForumDesk-Datenbank (keine SQLite-Datei oder beschädigt).</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a ForumDesk database.</source>
        <translation>%1 ist eine Datenbank eines anderen Programms, keine ForumDesk-Datenbank.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>Die Datenbank %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of ForumDesk (database version %2; this version reads up to %3). Please update ForumDesk to open it. The file was not changed.</source>
        <translation>%1 wurde von einer neueren ForumDesk-Version geschrieben (Datenbankversion %2; diese Version liest bis %3). Bitte aktualisieren Sie ForumDesk, um sie zu öffnen. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Could not keep a copy of %1 before updating it</source>
        <translation>Vor der Aktualisierung konnte keine Kopie von %1 angelegt werden</translation>
    </message>
    <message>
        <source>The database driver does not enforce foreign keys.</source>
        <translation>Der Datenbanktreiber setzt Fremdschlüssel nicht durch.</translation>
    </message>
    <message>
        <source>The database has no schema version: it was not written by ForumDesk.</source>
        <translation>Die Datenbank hat keine Schemaversion: Sie wurde nicht von ForumDesk geschrieben.</translation>
    </message>
    <message>
        <source>The database&apos;s schema version is not a number.</source>
        <translation>Die Schemaversion der Datenbank ist keine Zahl.</translation>
    </message>
    <message>
        <source>This is a database of another program, not a ForumDesk database.</source>
        <translation>Das ist eine Datenbank eines anderen Programms, keine ForumDesk-Datenbank.</translation>
    </message>
    <message>
        <source>The database was written by a newer ForumDesk (schema %1; this version knows up to %2).</source>
        <translation>Die Datenbank wurde von einer neueren ForumDesk-Version geschrieben (Schema %1; diese Version kennt bis %2).</translation>
    </message>
    <message>
        <source>Updating the database to version %1 failed</source>
        <translation>Die Aktualisierung der Datenbank auf Version %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>A record</source>
        <translation>Ein Datensatz</translation>
    </message>
    <message>
        <source>Could not start a transaction</source>
        <translation>Eine Transaktion konnte nicht begonnen werden</translation>
    </message>
    <message>
        <source>Could not save the changes</source>
        <translation>Die Änderungen konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1 was changed or deleted in the meantime (in another window, by a colleague or by a merged on-site pack), so this step is not carried out. The lists show the current state; make the change again there if it is still needed.</source>
        <translation>%1 wurde inzwischen geändert oder gelöscht (in einem anderen Fenster, von einer Kollegin oder einem Kollegen oder durch ein zusammengeführtes Vor-Ort-Paket); dieser Schritt wird daher nicht ausgeführt. Die Listen zeigen den aktuellen Stand; nehmen Sie die Änderung dort erneut vor, falls sie noch nötig ist.</translation>
    </message>
    <message>
        <source>%1 was written by an older ForumDesk and must be updated, but it is read-only. Copy it to a folder you may write to and open the copy.</source>
        <translation>%1 wurde von einem älteren ForumDesk geschrieben und muss aktualisiert werden, ist aber schreibgeschützt. Kopieren Sie die Datei in einen Ordner, in den Sie schreiben dürfen, und öffnen Sie die Kopie.</translation>
    </message>
    <message>
        <source>The database is open read-only, so nothing can be changed. To work in it, copy the file to a folder you may write to and open the copy.</source>
        <translation>Die Datenbank ist schreibgeschützt geöffnet, daher kann nichts geändert werden. Um darin zu arbeiten, kopieren Sie die Datei in einen Ordner, in den Sie schreiben dürfen, und öffnen Sie die Kopie.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a column of ForumDesk&apos;s database.</source>
        <translation>&quot;%1&quot; ist keine Spalte der ForumDesk-Datenbank.</translation>
    </message>
    <message>
        <source>Reading the database</source>
        <translation>Lesen der Datenbank</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>Den Eintrag gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Saving to the database</source>
        <translation>Speichern in der Datenbank</translation>
    </message>
    <message>
        <source>The record</source>
        <translation>Der Eintrag</translation>
    </message>
    <message>
        <source>Deleting from the database</source>
        <translation>Löschen aus der Datenbank</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Suchen</translation>
    </message>
</context>
<context>
    <name>DbWorker</name>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Abgebrochen: Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>DeclaredImporter</name>
    <message>
        <source>The value is missing.</source>
        <translation>Der Wert fehlt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>„%1“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2.</source>
        <translation>„%1“ ist keiner dieser Werte: %2.</translation>
    </message>
    <message>
        <source>This record exists already; the row is skipped.</source>
        <translation>Dieser Eintrag ist schon vorhanden; die Zeile wird übersprungen.</translation>
    </message>
    <message>
        <source>The same record appears already on line %1; the row is skipped.</source>
        <translation>Derselbe Eintrag steht schon in Zeile %1; die Zeile wird übersprungen.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not known here.</source>
        <translation>„%1“ ist hier nicht bekannt.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; names %n records; make the name unique first.</source>
        <translation>
            <numerusform>„%1“ bezeichnet %n Eintrag; machen Sie den Namen zuerst eindeutig.</numerusform>
            <numerusform>„%1“ bezeichnet %n Einträge; machen Sie den Namen zuerst eindeutig.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>The demo data can only be loaded into an empty database.</source>
        <translation>Die Demodaten können nur in eine leere Datenbank geladen werden.</translation>
    </message>
</context>
<context>
    <name>Event</name>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>on site</source>
        <translation>vor Ort</translation>
    </message>
    <message>
        <source>hybrid</source>
        <translation>hybrid</translation>
    </message>
    <message>
        <source>members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>public</source>
        <translation>öffentlich</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>Veranstalter</translation>
    </message>
    <message>
        <source>co-organiser</source>
        <translation>Mitveranstalter</translation>
    </message>
    <message>
        <source>attendee</source>
        <translation>Teilnahme</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>Vortrag</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <source>waitlisted</source>
        <translation>Warteliste</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>teilgenommen</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>nicht erschienen</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>web form</source>
        <translation>Webformular</translation>
    </message>
    <message>
        <source>paper list</source>
        <translation>Papierliste</translation>
    </message>
    <message>
        <source>import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>The German name is missing.</source>
        <translation>Der deutsche Name fehlt.</translation>
    </message>
    <message>
        <source>The English name is missing.</source>
        <translation>Der englische Name fehlt.</translation>
    </message>
    <message>
        <source>The title is missing.</source>
        <translation>Der Titel fehlt.</translation>
    </message>
    <message>
        <source>Choose the kind of event.</source>
        <translation>Wählen Sie die Art der Veranstaltung.</translation>
    </message>
    <message>
        <source>The start date is missing.</source>
        <translation>Das Anfangsdatum fehlt.</translation>
    </message>
    <message>
        <source>The event ends (%1) before it starts (%2).</source>
        <translation>Die Veranstaltung endet (%1), bevor sie beginnt (%2).</translation>
    </message>
    <message>
        <source>The event ends before it starts.</source>
        <translation>Die Veranstaltung endet, bevor sie beginnt.</translation>
    </message>
    <message>
        <source>An end time needs a start time.</source>
        <translation>Eine Endzeit braucht eine Anfangszeit.</translation>
    </message>
    <message>
        <source>The capacity cannot be negative.</source>
        <translation>Die Kapazität kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>The number of participants cannot be negative.</source>
        <translation>Die Zahl der Teilnehmenden kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>The number of the general assembly must be positive.</source>
        <translation>Die Nummer der Mitgliederversammlung muss positiv sein.</translation>
    </message>
    <message>
        <source>The documentation link &quot;%1&quot; is not a web address (https://…).</source>
        <translation>Der Dokumentationslink „%1“ ist keine Internetadresse (https://…).</translation>
    </message>
</context>
<context>
    <name>EventDocuments</name>
    <message>
        <source>%1 · %2</source>
        <comment>event date and place</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Teilnehmendenliste</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Gedruckt am %1</translation>
    </message>
    <message numerus="yes">
        <source>%n registered participant(s)</source>
        <translation>
            <numerusform>%n angemeldete Person</numerusform>
            <numerusform>%n angemeldete Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance certificate</source>
        <translation>Teilnahmebescheinigung</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>place and date of issue</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>last name, title and first name</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Nobody is registered for &quot;%1&quot;: there is no one to put on a sign-in sheet.</source>
        <translation>Für „%1“ ist niemand angemeldet: Es gibt niemanden für eine Teilnehmendenliste.</translation>
    </message>
    <message>
        <source>Sign-in sheet: %1</source>
        <translation>Teilnehmendenliste: %1</translation>
    </message>
    <message>
        <source>Nobody is registered for &quot;%1&quot;: there are no badges to print.</source>
        <translation>Für „%1“ ist niemand angemeldet: Es gibt keine Namensschilder zu drucken.</translation>
    </message>
    <message>
        <source>Name badges: %1</source>
        <translation>Namensschilder: %1</translation>
    </message>
    <message>
        <source>Nobody is marked as attended at &quot;%1&quot;: record the attendance first, then print the certificates.</source>
        <translation>Bei „%1“ ist niemand als anwesend erfasst: Erfassen Sie zuerst die Anwesenheit, dann drucken Sie die Bescheinigungen.</translation>
    </message>
    <message>
        <source>Attendance certificates: %1</source>
        <translation>Teilnahmebescheinigungen: %1</translation>
    </message>
    <message>
        <source>This is to certify that %1 (%2) attended the online event %3 on %4.</source>
        <translation>Hiermit wird bestätigt, dass %1 (%2) am %4 an der Online-Veranstaltung %3 teilgenommen hat.</translation>
    </message>
    <message>
        <source>This is to certify that %1 attended the online event %2 on %3.</source>
        <translation>Hiermit wird bestätigt, dass %1 am %3 an der Online-Veranstaltung %2 teilgenommen hat.</translation>
    </message>
    <message>
        <source>This is to certify that %1 (%2) attended %3 on %4.</source>
        <translation>Hiermit wird bestätigt, dass %1 (%2) am %4 an der Veranstaltung %3 teilgenommen hat.</translation>
    </message>
    <message>
        <source>This is to certify that %1 attended %2 on %3.</source>
        <translation>Hiermit wird bestätigt, dass %1 am %3 an der Veranstaltung %2 teilgenommen hat.</translation>
    </message>
    <message>
        <source>This is to certify that %1 (%2) attended %3 on %4 in %5.</source>
        <translation>Hiermit wird bestätigt, dass %1 (%2) am %4 in %5 an der Veranstaltung %3 teilgenommen hat.</translation>
    </message>
    <message>
        <source>This is to certify that %1 attended %2 on %3 in %4.</source>
        <translation>Hiermit wird bestätigt, dass %1 am %3 in %4 an der Veranstaltung %2 teilgenommen hat.</translation>
    </message>
</context>
<context>
    <name>EventExport</name>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Anmeldungen</translation>
    </message>
</context>
<context>
    <name>EventImporter</name>
    <message>
        <source>The title is missing.</source>
        <translation>Der Titel fehlt.</translation>
    </message>
    <message>
        <source>The kind of event is missing (one of: %1).</source>
        <translation>Die Art der Veranstaltung fehlt (eine von: %1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of event; use one of: %2.</source>
        <translation>„%1“ ist keine Veranstaltungsart; verwenden Sie eine von: %2.</translation>
    </message>
    <message>
        <source>The start date is missing.</source>
        <translation>Das Anfangsdatum fehlt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a format; use online, vor Ort / on site or hybrid.</source>
        <translation>„%1“ ist kein Format; verwenden Sie online, vor Ort / on site oder hybrid.</translation>
    </message>
    <message>
        <source>The place is &quot;online&quot; but the format is &quot;%1&quot;.</source>
        <translation>Der Ort ist „online“, das Format aber „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an audience; use Mitglieder / members or öffentlich / public.</source>
        <translation>„%1“ ist kein Zugang; verwenden Sie Mitglieder / members oder öffentlich / public.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role; use Veranstalter / organiser, Mitveranstalter / co-organiser, Teilnahme / attendee or Vortrag / speaker.</source>
        <translation>„%1“ ist keine Rolle; verwenden Sie Veranstalter / organiser, Mitveranstalter / co-organiser, Teilnahme / attendee oder Vortrag / speaker.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the number of a general assembly (such as 26).</source>
        <translation>„%1“ ist keine Nummer einer Mitgliederversammlung (etwa 26).</translation>
    </message>
    <message>
        <source>Only general assemblies are numbered; the number is ignored.</source>
        <translation>Nur Mitgliederversammlungen werden nummeriert; die Nummer wird ignoriert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UUID.</source>
        <translation>„%1“ ist keine UUID.</translation>
    </message>
    <message>
        <source>The event exists already (&quot;%1&quot;); the row is skipped.</source>
        <translation>Die Veranstaltung ist schon vorhanden („%1“); die Zeile wird übersprungen.</translation>
    </message>
    <message>
        <source>The UUID appears already on line %1; the row is skipped.</source>
        <translation>Die UUID steht schon in Zeile %1; die Zeile wird übersprungen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; on %2 exists already; the row is skipped.</source>
        <translation>„%1“ am %2 ist schon vorhanden; die Zeile wird übersprungen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; on %2 appears already on line %3; the row is skipped.</source>
        <translation>„%1“ am %2 steht schon in Zeile %3; die Zeile wird übersprungen.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>No member or organisation is called &quot;%1&quot;; add it first, or leave the cell empty.</source>
        <translation>Kein Mitglied und keine Organisation heißt „%1“; legen Sie sie zuerst an oder lassen Sie die Zelle leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is taken to be %2.</source>
        <translation>„%1“ wird als %2 verstanden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither open nor closed (use offen / geschlossen or open / closed).</source>
        <translation>„%1“ ist weder offen noch geschlossen (verwenden Sie offen / geschlossen oder open / closed).</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; names %n projects; write the acronym and the title as the export does.</source>
        <translation>
            <numerusform>„%1“ bezeichnet %n Projekt; schreiben Sie Akronym und Titel wie der Export.</numerusform>
            <numerusform>„%1“ bezeichnet %n Projekte; schreiben Sie Akronym und Titel wie der Export.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is none of the office&apos;s projects; it is kept as the project&apos;s name.</source>
        <translation>„%1“ ist keines der Projekte der Geschäftsstelle; es bleibt als Name des Projekts erhalten.</translation>
    </message>
</context>
<context>
    <name>EventKindRepository</name>
    <message>
        <source>Reading event kinds</source>
        <translation>Veranstaltungsarten lesen</translation>
    </message>
    <message>
        <source>The kind of event no longer exists.</source>
        <translation>Die Veranstaltungsart existiert nicht mehr.</translation>
    </message>
    <message>
        <source>There is already a kind of event named &quot;%1&quot;.</source>
        <translation>Es gibt schon eine Veranstaltungsart namens „%1“.</translation>
    </message>
    <message>
        <source>Checking the kind of event</source>
        <translation>Veranstaltungsart prüfen</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) are of this kind; give them another kind first.</source>
        <translation>
            <numerusform>%n Veranstaltung hat diese Art; geben Sie ihr zuerst eine andere.</numerusform>
            <numerusform>%n Veranstaltungen haben diese Art; geben Sie ihnen zuerst eine andere.</numerusform>
        </translation>
    </message>
    <message>
        <source>The kind of event</source>
        <translation>Die Veranstaltungsart</translation>
    </message>
</context>
<context>
    <name>EventRepository</name>
    <message>
        <source>Reading events</source>
        <translation>Veranstaltungen lesen</translation>
    </message>
    <message>
        <source>The event no longer exists.</source>
        <translation>Die Veranstaltung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>There is no event with the UUID %1.</source>
        <translation>Es gibt keine Veranstaltung mit der UUID %1.</translation>
    </message>
    <message>
        <source>There is no event titled &quot;%1&quot;.</source>
        <translation>Es gibt keine Veranstaltung mit dem Titel „%1“.</translation>
    </message>
    <message>
        <source>%1 events are titled &quot;%2&quot;; name the event by its UUID.</source>
        <translation>%1 Veranstaltungen heißen „%2“; geben Sie die Veranstaltung mit ihrer UUID an.</translation>
    </message>
    <message>
        <source>The event</source>
        <translation>Die Veranstaltung</translation>
    </message>
    <message>
        <source>Counting registrations</source>
        <translation>Anmeldungen zählen</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Which event&apos;s registrations? Name the event by its UUID or its title.</source>
        <translation>Die Anmeldungen welcher Veranstaltung? Geben Sie die Veranstaltung mit UUID oder Titel an.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
</context>
<context>
    <name>Generator</name>
    <message>
        <source>Reading the event kinds</source>
        <translation>Lese die Veranstaltungsarten</translation>
    </message>
    <message>
        <source>The database has no event kinds to generate events of.</source>
        <translation>Die Datenbank hat keine Veranstaltungsarten, aus denen Veranstaltungen erzeugt werden könnten.</translation>
    </message>
    <message>
        <source>Data can only be generated into an empty database; &quot;%1&quot; holds data already.</source>
        <translation>Daten können nur in eine leere Datenbank erzeugt werden; &quot;%1&quot; enthält bereits Daten.</translation>
    </message>
</context>
<context>
    <name>ICalendar</name>
    <message>
        <source>Kind: %1</source>
        <translation>Art: %1</translation>
    </message>
    <message>
        <source>Our role: %1</source>
        <translation>Unsere Rolle: %1</translation>
    </message>
    <message>
        <source>Partners: %1</source>
        <translation>Partner: %1</translation>
    </message>
    <message>
        <source>There are no events to put into the calendar.</source>
        <translation>Es gibt keine Veranstaltungen für den Kalender.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Publications</source>
        <translation>Publikationen</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Abfragen</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Austausch</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Austausch</translation>
    </message>
    <message>
        <source>Network roles</source>
        <translation>Gremien</translation>
    </message>
    <message>
        <source>Network role</source>
        <translation>Gremium</translation>
    </message>
    <message>
        <source>Media requests</source>
        <translation>Medienanfragen</translation>
    </message>
    <message>
        <source>Media request</source>
        <translation>Medienanfrage</translation>
    </message>
    <message>
        <source>Funding applications</source>
        <translation>Förderanträge</translation>
    </message>
    <message>
        <source>Funding application</source>
        <translation>Förderantrag</translation>
    </message>
    <message>
        <source>Guidelines</source>
        <translation>Leitlinien</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>Leitlinie</translation>
    </message>
    <message>
        <source>Board and staff</source>
        <translation>Vorstand und Team</translation>
    </message>
    <message>
        <source>Board or staff role</source>
        <translation>Funktion in Vorstand oder Team</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Participating members</source>
        <translation>Beteiligte Mitglieder</translation>
    </message>
    <message>
        <source>Participating member</source>
        <translation>Beteiligtes Mitglied</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Unterzeichnungen</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterzeichnung</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <source>The metric no longer exists.</source>
        <translation>Die Kennzahl gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <comment>a change and the change in percent</comment>
        <translation>%1 (%2 %)</translation>
    </message>
</context>
<context>
    <name>OfficeProfileRepository</name>
    <message>
        <source>The name of the organisation is missing.</source>
        <translation>Der Name der Organisation fehlt.</translation>
    </message>
    <message>
        <source>The office&apos;s details</source>
        <translation>Die Angaben zur Geschäftsstelle</translation>
    </message>
    <message>
        <source>The role is printed under the signatory&apos;s name: give the name, or leave the role empty.</source>
        <translation>Die Funktion steht unter dem Namen der Unterzeichnenden: Geben Sie den Namen an oder lassen Sie die Funktion leer.</translation>
    </message>
</context>
<context>
    <name>Organisation</name>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Joining</source>
        <translation>Beitritt steht bevor</translation>
    </message>
    <message>
        <source>Former member</source>
        <translation>Ehemaliges Mitglied</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation>Kein Mitglied</translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation>Der Name fehlt.</translation>
    </message>
    <message>
        <source>A member who left needs the date they joined.</source>
        <translation>Für ein ausgetretenes Mitglied wird das Beitrittsdatum benötigt.</translation>
    </message>
    <message>
        <source>The leaving date (%1) is before the joining date (%2).</source>
        <translation>Das Austrittsdatum (%1) liegt vor dem Beitrittsdatum (%2).</translation>
    </message>
    <message>
        <source>The website &quot;%1&quot; is not a web address.</source>
        <translation>Die Website „%1“ ist keine Internetadresse.</translation>
    </message>
    <message>
        <source>The country must be a two-letter code such as DE or AT.</source>
        <translation>Der Staat muss ein zweistelliges Kürzel sein, etwa DE oder AT.</translation>
    </message>
    <message>
        <source>The year %1 is not a valid year.</source>
        <translation>%1 ist kein gültiges Jahr.</translation>
    </message>
    <message>
        <source>The fee cannot be negative.</source>
        <translation>Der Beitrag kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>The payment date is more than a year before the fee year.</source>
        <translation>Das Zahlungsdatum liegt mehr als ein Jahr vor dem Beitragsjahr.</translation>
    </message>
</context>
<context>
    <name>OrganisationImporter</name>
    <message>
        <source>The name is missing.</source>
        <translation>Der Name fehlt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither Stadt/City nor Organisation.</source>
        <translation>„%1“ ist weder Stadt noch Organisation.</translation>
    </message>
    <message>
        <source>No joining date: &quot;%1&quot; is imported as an organisation that is not a member.</source>
        <translation>Kein Beitrittsdatum: „%1“ wird als Organisation ohne Mitgliedschaft importiert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists already; the row is skipped.</source>
        <translation>„%1“ ist schon vorhanden; die Zeile wird übersprungen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears already on line %2; the row is skipped.</source>
        <translation>„%1“ steht schon in Zeile %2; die Zeile wird übersprungen.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>OrganisationRepository</name>
    <message>
        <source>Reading organisations</source>
        <translation>Organisationen lesen</translation>
    </message>
    <message>
        <source>The organisation no longer exists.</source>
        <translation>Die Organisation existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Checking the name</source>
        <translation>Name prüfen</translation>
    </message>
    <message>
        <source>There is already an organisation named &quot;%1&quot;.</source>
        <translation>Es gibt schon eine Organisation namens „%1“.</translation>
    </message>
    <message>
        <source>The organisation</source>
        <translation>Die Organisation</translation>
    </message>
    <message>
        <source>Counting contact people</source>
        <translation>Ansprechpersonen zählen</translation>
    </message>
    <message>
        <source>Reading fees</source>
        <translation>Beiträge lesen</translation>
    </message>
    <message>
        <source>Checking fees</source>
        <translation>Beiträge prüfen</translation>
    </message>
    <message>
        <source>There is already a fee for %1.</source>
        <translation>Für %1 gibt es schon einen Beitrag.</translation>
    </message>
    <message>
        <source>The fee for %1</source>
        <translation>Der Beitrag für %1</translation>
    </message>
</context>
<context>
    <name>PackMerger</name>
    <message>
        <source>Nothing to merge: the office database has everything in this pack already.</source>
        <translation>Nichts zusammenzuführen: Die Datenbank der Geschäftsstelle enthält schon alles aus diesem Paket.</translation>
    </message>
    <message numerus="yes">
        <source>%n new registration(s)</source>
        <translation>
            <numerusform>%n neue Anmeldung</numerusform>
            <numerusform>%n neue Anmeldungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed registration(s)</source>
        <translation>
            <numerusform>%n geänderte Anmeldung</numerusform>
            <numerusform>%n geänderte Anmeldungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new person(s)</source>
        <translation>
            <numerusform>%n neue Person</numerusform>
            <numerusform>%n neue Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n walk-in(s) matched to people already known</source>
        <translation>
            <numerusform>%n Spontanteilnahme einer bereits bekannten Person zugeordnet</numerusform>
            <numerusform>%n Spontanteilnahmen bereits bekannten Personen zugeordnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) with changed details</source>
        <translation>
            <numerusform>%n Person mit geänderten Angaben</numerusform>
            <numerusform>%n Personen mit geänderten Angaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to decide</source>
        <translation>
            <numerusform>%n Konflikt zu entscheiden</numerusform>
            <numerusform>%n Konflikte zu entscheiden</numerusform>
        </translation>
    </message>
    <message>
        <source>The event &quot;%1&quot; of this pack is no longer in the office database.</source>
        <translation>Die Veranstaltung „%1“ dieses Pakets ist nicht mehr in der Datenbank der Geschäftsstelle.</translation>
    </message>
    <message>
        <source>%1 was deleted in the office after the pack was made; the changes on site are not applied.</source>
        <translation>%1 wurde in der Geschäftsstelle gelöscht, nachdem das Paket erstellt wurde; die Änderungen vor Ort werden nicht übernommen.</translation>
    </message>
    <message>
        <source>Registration of %1</source>
        <translation>Anmeldung von %1</translation>
    </message>
    <message>
        <source>%1 was changed both on site and in the office (%2); decide which to keep.</source>
        <translation>%1 wurde vor Ort und in der Geschäftsstelle geändert (%2); entscheiden Sie, was gilt.</translation>
    </message>
    <message>
        <source>%1 changed in the office while the pack was being merged; merge the pack again.</source>
        <translation>%1 wurde während des Zusammenführens in der Geschäftsstelle geändert; führen Sie das Paket erneut zusammen.</translation>
    </message>
    <message>
        <source>%1: the person is missing.</source>
        <translation>%1: Die Person fehlt.</translation>
    </message>
    <message>
        <source>%1 was created on site, but the office has an organisation of that name already; the walk-in is not linked to it.</source>
        <translation>%1 wurde vor Ort angelegt, aber die Geschäftsstelle hat schon eine Organisation dieses Namens; die Spontanteilnahme wird nicht damit verknüpft.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>newsletter consent</source>
        <translation>Einwilligung Newsletter</translation>
    </message>
    <message>
        <source>date of the newsletter consent</source>
        <translation>Datum der Einwilligung Newsletter</translation>
    </message>
    <message>
        <source>photo consent</source>
        <translation>Einwilligung Fotos</translation>
    </message>
    <message>
        <source>date of the photo consent</source>
        <translation>Datum der Einwilligung Fotos</translation>
    </message>
    <message>
        <source>consent to sharing</source>
        <translation>Einwilligung Weitergabe</translation>
    </message>
    <message>
        <source>date of the consent to sharing</source>
        <translation>Datum der Einwilligung Weitergabe</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>registered at</source>
        <translation>angemeldet am</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1 was deleted on site; the office keeps them.</source>
        <translation>%1 wurde vor Ort gelöscht; die Geschäftsstelle behält den Eintrag.</translation>
    </message>
    <message>
        <source>A registration was deleted on site; the office keeps it. Check the event&apos;s registrations.</source>
        <translation>Eine Anmeldung wurde vor Ort gelöscht; die Geschäftsstelle behält sie. Prüfen Sie die Anmeldungen der Veranstaltung.</translation>
    </message>
    <message>
        <source>recorded on site</source>
        <translation>vor Ort erfasst</translation>
    </message>
    <message>
        <source>%1 was registered on site, but the event is full: on the waitlist.</source>
        <translation>%1 wurde vor Ort angemeldet, aber die Veranstaltung ist voll: auf der Warteliste.</translation>
    </message>
    <message>
        <source>Merged. Registrations: %1 added, %2 updated. People: %3 added, %4 matched, %5 updated. Conflicts: %6 taken from the pack, %7 kept as in the office.</source>
        <translation>Zusammengeführt. Anmeldungen: %1 hinzugefügt, %2 aktualisiert. Personen: %3 hinzugefügt, %4 zugeordnet, %5 aktualisiert. Konflikte: %6 aus dem Paket übernommen, %7 wie in der Geschäftsstelle belassen.</translation>
    </message>
    <message>
        <source>This pack was made from another database, not from %1. Open the database it came from and merge it there.</source>
        <translation>Dieses Paket wurde aus einer anderen Datenbank erstellt, nicht aus %1. Öffnen Sie die Datenbank, aus der es stammt, und führen Sie es dort zusammen.</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) in the pack are not merged (see the notes).</source>
        <translation>
            <numerusform>%n Anmeldung im Paket wird nicht übernommen (siehe Hinweise).</numerusform>
            <numerusform>%n Anmeldungen im Paket werden nicht übernommen (siehe Hinweise).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to merge; the notes say what is not applied.</source>
        <translation>Nichts zu übernehmen; die Hinweise sagen, was nicht übernommen wird.</translation>
    </message>
    <message>
        <source>Nothing to merge.</source>
        <translation>Nichts zu übernehmen.</translation>
    </message>
    <message>
        <source>The registration %1 in the pack is for another event (&quot;%2&quot;), not for &quot;%3&quot;; it is not merged.</source>
        <translation>Die Anmeldung %1 im Paket gilt einer anderen Veranstaltung (&quot;%2&quot;), nicht &quot;%3&quot;; sie wird nicht übernommen.</translation>
    </message>
    <message>
        <source>The registration %1 in the pack is for an event that is not in the pack; it is not merged.</source>
        <translation>Die Anmeldung %1 im Paket gilt einer Veranstaltung, die nicht im Paket ist; sie wird nicht übernommen.</translation>
    </message>
    <message>
        <source>The registration %1 in the pack is for a person who is not in the pack; it is not merged.</source>
        <translation>Die Anmeldung %1 im Paket gilt einer Person, die nicht im Paket ist; sie wird nicht übernommen.</translation>
    </message>
    <message numerus="yes">
        <source>%n more registration(s) in the pack are not merged for the same reasons.</source>
        <translation>
            <numerusform>%n weitere Anmeldung im Paket wird aus denselben Gründen nicht übernommen.</numerusform>
            <numerusform>%n weitere Anmeldungen im Paket werden aus denselben Gründen nicht übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The position %1 in the pack is of a person or at an organisation that is not in the pack; it is not merged.</source>
        <translation>Die Position %1 im Paket gehört zu einer Person oder Organisation, die nicht im Paket ist; sie wird nicht übernommen.</translation>
    </message>
    <message numerus="yes">
        <source>%n more position(s) in the pack are not merged for the same reason.</source>
        <translation>
            <numerusform>%n weitere Position im Paket wird aus demselben Grund nicht übernommen.</numerusform>
            <numerusform>%n weitere Positionen im Paket werden aus demselben Grund nicht übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>A position (%1) of someone from site could not be linked; it is not merged.</source>
        <translation>Eine Position (%1) einer Person von vor Ort konnte nicht zugeordnet werden; sie wird nicht übernommen.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a column of the pack.</source>
        <translation>%1: &quot;%2&quot; ist keine Spalte des Pakets.</translation>
    </message>
</context>
<context>
    <name>PackReader</name>
    <message>
        <source>%1 is damaged or not an on-site pack, and cannot be read.</source>
        <translation>%1 ist beschädigt oder kein Vor-Ort-Paket und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The pack %1 does not exist.</source>
        <translation>Das Paket %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 is not a file: it is not an on-site pack.</source>
        <translation>%1 ist keine Datei und damit kein Vor-Ort-Paket.</translation>
    </message>
    <message>
        <source>%1 is empty: it is not an on-site pack.</source>
        <translation>%1 ist leer und damit kein Vor-Ort-Paket.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; an on-site pack of one event is at most %3 MB. It is not merged.</source>
        <translation>%1 ist %2 MB groß; ein Vor-Ort-Paket einer Veranstaltung hat höchstens %3 MB. Es wird nicht übernommen.</translation>
    </message>
    <message>
        <source>The pack is still open in ForumDesk on another computer, or was not closed properly: its latest changes are not in the file yet. Close ForumDesk there, then copy the pack again.</source>
        <translation>Das Paket ist auf einem anderen Rechner noch in ForumDesk geöffnet oder wurde nicht richtig geschlossen: Die letzten Änderungen stehen noch nicht in der Datei. Schließen Sie ForumDesk dort und kopieren Sie das Paket dann erneut.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>%1 is not an on-site pack (it is not a ForumDesk file).</source>
        <translation>%1 ist kein Vor-Ort-Paket (keine ForumDesk-Datei).</translation>
    </message>
    <message>
        <source>This SQLite library is too old to read on-site packs safely; ForumDesk needs SQLite 3.37 or later.</source>
        <translation>Diese SQLite-Bibliothek ist zu alt, um Vor-Ort-Pakete sicher zu lesen; ForumDesk braucht SQLite 3.37 oder neuer.</translation>
    </message>
    <message>
        <source>%1 holds %2 tables and other objects; a pack has far fewer. It was changed outside ForumDesk and is not merged.</source>
        <translation>%1 enthält %2 Tabellen und andere Objekte; ein Paket hat weit weniger. Es wurde außerhalb von ForumDesk verändert und wird nicht übernommen.</translation>
    </message>
    <message>
        <source>The pack holds a view &quot;%1&quot;; ForumDesk writes only tables into a pack. It was changed outside ForumDesk and is not merged.</source>
        <translation>Das Paket enthält eine Sicht (View) &quot;%1&quot;; ForumDesk schreibt nur Tabellen in ein Paket. Es wurde außerhalb von ForumDesk verändert und wird nicht übernommen.</translation>
    </message>
    <message>
        <source>The pack holds a trigger &quot;%1&quot;, which ForumDesk never writes. It was changed outside ForumDesk and is not merged.</source>
        <translation>Das Paket enthält einen Trigger &quot;%1&quot;, den ForumDesk nie schreibt. Es wurde außerhalb von ForumDesk verändert und wird nicht übernommen.</translation>
    </message>
    <message>
        <source>The pack holds &quot;%1&quot; of the kind &quot;%2&quot;, which ForumDesk never writes. It was changed outside ForumDesk and is not merged.</source>
        <translation>Das Paket enthält &quot;%1&quot; der Art &quot;%2&quot;, die ForumDesk nie schreibt. Es wurde außerhalb von ForumDesk verändert und wird nicht übernommen.</translation>
    </message>
    <message>
        <source>%1 is not an on-site pack.</source>
        <translation>%1 ist kein Vor-Ort-Paket.</translation>
    </message>
    <message>
        <source>%1 is damaged: it has no database version.</source>
        <translation>%1 ist beschädigt: Es hat keine Datenbankversion.</translation>
    </message>
    <message>
        <source>%1 was written by a newer ForumDesk (database version %2; this one reads up to %3). Update ForumDesk to merge it.</source>
        <translation>%1 wurde von einem neueren ForumDesk geschrieben (Datenbankversion %2; dieses liest bis %3). Aktualisieren Sie ForumDesk, um es zu übernehmen.</translation>
    </message>
    <message>
        <source>%1 was written by an older ForumDesk (database version %2; this one merges version %3). Open the pack once in this version of ForumDesk, close it, then merge it.</source>
        <translation>%1 wurde von einem älteren ForumDesk geschrieben (Datenbankversion %2; dieses übernimmt Version %3). Öffnen Sie das Paket einmal in dieser ForumDesk-Version, schließen Sie es und übernehmen Sie es dann.</translation>
    </message>
    <message>
        <source>The pack holds a table &quot;%1&quot; that ForumDesk does not write. It was changed outside ForumDesk and is not merged.</source>
        <translation>Das Paket enthält eine Tabelle &quot;%1&quot;, die ForumDesk nicht schreibt. Es wurde außerhalb von ForumDesk verändert und wird nicht übernommen.</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; in the pack is not a plain table. It was changed outside ForumDesk and is not merged.</source>
        <translation>Die Tabelle &quot;%1&quot; im Paket ist keine einfache Tabelle. Es wurde außerhalb von ForumDesk verändert und wird nicht übernommen.</translation>
    </message>
    <message>
        <source>The pack holds an index &quot;%1&quot; that ForumDesk does not write. It was changed outside ForumDesk and is not merged.</source>
        <translation>Das Paket enthält einen Index &quot;%1&quot;, den ForumDesk nicht schreibt. Es wurde außerhalb von ForumDesk verändert und wird nicht übernommen.</translation>
    </message>
    <message>
        <source>The pack lacks the table &quot;%1&quot;: it is damaged, or not an on-site pack.</source>
        <translation>Dem Paket fehlt die Tabelle &quot;%1&quot;: Es ist beschädigt oder kein Vor-Ort-Paket.</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; in the pack has a column &quot;%2&quot; that ForumDesk does not write. It was changed outside ForumDesk and is not merged.</source>
        <translation>Die Tabelle &quot;%1&quot; im Paket hat eine Spalte &quot;%2&quot;, die ForumDesk nicht schreibt. Es wurde außerhalb von ForumDesk verändert und wird nicht übernommen.</translation>
    </message>
    <message>
        <source>The column &quot;%2&quot; of the table &quot;%1&quot; in the pack is computed by SQL. It was changed outside ForumDesk and is not merged.</source>
        <translation>Die Spalte &quot;%2&quot; der Tabelle &quot;%1&quot; im Paket wird per SQL berechnet. Es wurde außerhalb von ForumDesk verändert und wird nicht übernommen.</translation>
    </message>
    <message>
        <source>The column &quot;%2&quot; of the table &quot;%1&quot; in the pack is declared as &quot;%3&quot;, not as %4. It was changed outside ForumDesk and is not merged.</source>
        <translation>Die Spalte &quot;%2&quot; der Tabelle &quot;%1&quot; im Paket ist als &quot;%3&quot; deklariert, nicht als %4. Es wurde außerhalb von ForumDesk verändert und wird nicht übernommen.</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; in the pack lacks the column &quot;%2&quot;: it is damaged, or not an on-site pack.</source>
        <translation>Der Tabelle &quot;%1&quot; im Paket fehlt die Spalte &quot;%2&quot;: Es ist beschädigt oder kein Vor-Ort-Paket.</translation>
    </message>
    <message>
        <source>Row %1 of the table &quot;%2&quot; in the pack has no value in the column &quot;%3&quot;, which needs one. The pack is not merged.</source>
        <translation>Zeile %1 der Tabelle &quot;%2&quot; im Paket hat keinen Wert in der Spalte &quot;%3&quot;, die einen braucht. Das Paket wird nicht übernommen.</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>Binärdaten</translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation>eine Dezimalzahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Row %1 of the table &quot;%2&quot; in the pack holds %3 in the column &quot;%4&quot;, where ForumDesk writes %5. The pack is not merged.</source>
        <translation>Zeile %1 der Tabelle &quot;%2&quot; im Paket enthält %3 in der Spalte &quot;%4&quot;, wo ForumDesk %5 schreibt. Das Paket wird nicht übernommen.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>Row %1 of the table &quot;%2&quot; in the pack holds %3 bytes in the column &quot;%4&quot;; a pack may hold at most %5 there. The pack is not merged.</source>
        <translation>Zeile %1 der Tabelle &quot;%2&quot; im Paket enthält %3 Byte in der Spalte &quot;%4&quot;; ein Paket darf dort höchstens %5 enthalten. Das Paket wird nicht übernommen.</translation>
    </message>
    <message>
        <source>a key (a number above 0)</source>
        <translation>ein Schlüssel (eine Zahl über 0)</translation>
    </message>
    <message>
        <source>0 or 1</source>
        <translation>0 oder 1</translation>
    </message>
    <message>
        <source>a UUID</source>
        <translation>eine UUID</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>ein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>a time of day</source>
        <translation>eine Uhrzeit</translation>
    </message>
    <message>
        <source>a date and time</source>
        <translation>ein Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>eines von: %1</translation>
    </message>
    <message>
        <source>Row %1 of the table &quot;%2&quot; in the pack holds &quot;%3&quot; in the column &quot;%4&quot;, which is not %5. The pack is not merged.</source>
        <translation>Zeile %1 der Tabelle &quot;%2&quot; im Paket enthält &quot;%3&quot; in der Spalte &quot;%4&quot;; das ist nicht %5. Das Paket wird nicht übernommen.</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; in the pack has %2 rows; a pack of one event holds at most %3. The pack is not merged.</source>
        <translation>Die Tabelle &quot;%1&quot; im Paket hat %2 Zeilen; ein Paket einer Veranstaltung hat höchstens %3. Das Paket wird nicht übernommen.</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; in the pack holds %2 &quot;%3&quot; twice: it is damaged, and not merged.</source>
        <translation>Die Tabelle &quot;%1&quot; im Paket enthält %2 &quot;%3&quot; doppelt: Es ist beschädigt und wird nicht übernommen.</translation>
    </message>
    <message>
        <source>%1 is damaged: its &quot;%2&quot; is not a UUID.</source>
        <translation>%1 ist beschädigt: &quot;%2&quot; ist keine UUID.</translation>
    </message>
    <message>
        <source>The pack does not hold its event: it is damaged. Make a new pack of the event in the office.</source>
        <translation>Das Paket enthält seine Veranstaltung nicht: Es ist beschädigt. Erstellen Sie im Büro ein neues Paket der Veranstaltung.</translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <source>Cannot create the PDF document %1.</source>
        <translation>Das PDF-Dokument %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Sharing within the network</source>
        <translation>Weitergabe im Netzwerk</translation>
    </message>
    <message>
        <source>The last name is missing.</source>
        <translation>Der Nachname fehlt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The date of the consent &quot;%1&quot; lies in the future.</source>
        <translation>Das Datum der Einwilligung „%1“ liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>Choose the organisation.</source>
        <translation>Wählen Sie die Organisation.</translation>
    </message>
    <message>
        <source>The end of the period is before its start.</source>
        <translation>Das Ende des Zeitraums liegt vor seinem Beginn.</translation>
    </message>
</context>
<context>
    <name>PersonImporter</name>
    <message>
        <source>&quot;%1&quot; is not known yet; it will be created as an organisation that is not a member.</source>
        <translation>„%1“ ist noch nicht bekannt; sie wird als Organisation ohne Mitgliedschaft angelegt.</translation>
    </message>
    <message>
        <source>%1 has the e-mail address %2 already; the row is skipped.</source>
        <translation>%1 hat bereits die E-Mail-Adresse %2; die Zeile wird übersprungen.</translation>
    </message>
    <message>
        <source>%1 at %2 exists already; the row is skipped.</source>
        <translation>%1 bei %2 ist schon vorhanden; die Zeile wird übersprungen.</translation>
    </message>
    <message>
        <source>The e-mail address %1 appears already on line %2; the row is skipped.</source>
        <translation>Die E-Mail-Adresse %1 steht schon in Zeile %2; die Zeile wird übersprungen.</translation>
    </message>
    <message>
        <source>%1 appears already on line %2; the row is skipped.</source>
        <translation>%1 steht schon in Zeile %2; die Zeile wird übersprungen.</translation>
    </message>
    <message>
        <source>Linked to %1</source>
        <translation>Verknüpft mit %1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The row names no organisation, so the function &quot;%1&quot; cannot become a position; it is kept in the notes.</source>
        <translation>Die Zeile nennt keine Organisation, daher kann die Funktion &quot;%1&quot; keine Position werden; sie bleibt in den Notizen erhalten.</translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>Reading people</source>
        <translation>Personen lesen</translation>
    </message>
    <message>
        <source>The person no longer exists.</source>
        <translation>Die Person existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Reading contact people</source>
        <translation>Ansprechpersonen lesen</translation>
    </message>
    <message>
        <source>Recording the consent</source>
        <translation>Einwilligung festhalten</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>Die Person</translation>
    </message>
    <message>
        <source>Reading affiliations</source>
        <translation>Positionen lesen</translation>
    </message>
    <message>
        <source>The affiliation no longer exists.</source>
        <translation>Die Position existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The affiliation</source>
        <translation>Die Position</translation>
    </message>
    <message>
        <source>Reading the consent history</source>
        <translation>Einwilligungsverlauf lesen</translation>
    </message>
    <message>
        <source>Counting people</source>
        <translation>Personen werden gezählt</translation>
    </message>
</context>
<context>
    <name>Positions</name>
    <message>
        <source>The new position must begin after the current one began (%1).</source>
        <translation>Die neue Position muss nach dem Beginn der bisherigen anfangen (%1).</translation>
    </message>
</context>
<context>
    <name>Publications</name>
    <message>
        <source>published</source>
        <translation>erschienen</translation>
    </message>
    <message>
        <source>forthcoming</source>
        <translation>im Erscheinen</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>A publication needs a title.</source>
        <translation>Eine Publikation braucht einen Titel.</translation>
    </message>
    <message>
        <source>The year %1 is not a valid year.</source>
        <translation>Das Jahr %1 ist kein gültiges Jahr.</translation>
    </message>
    <message>
        <source>A publication of %1 cannot have appeared yet; mark it as forthcoming or planned.</source>
        <translation>Eine Publikation von %1 kann noch nicht erschienen sein; markieren Sie sie als „im Erscheinen“ oder „geplant“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address (https://…).</source>
        <translation>„%1“ ist keine Webadresse (https://…).</translation>
    </message>
    <message>
        <source>The publication no longer exists.</source>
        <translation>Die Publikation gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The publication</source>
        <translation>Die Publikation</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>A project cannot end before it starts.</source>
        <translation>Ein Projekt kann nicht enden, bevor es beginnt.</translation>
    </message>
    <message>
        <source>A role cannot end before it begins.</source>
        <translation>Eine Funktion kann nicht enden, bevor sie beginnt.</translation>
    </message>
    <message>
        <source>Say why the request was declined.</source>
        <translation>Geben Sie an, warum die Anfrage abgelehnt wurde.</translation>
    </message>
    <message>
        <source>A piece cannot appear before the request came in.</source>
        <translation>Ein Beitrag kann nicht erscheinen, bevor die Anfrage kam.</translation>
    </message>
    <message>
        <source>An application without a decision has no decision date.</source>
        <translation>Ein Antrag ohne Entscheidung hat kein Entscheidungsdatum.</translation>
    </message>
    <message>
        <source>A decision cannot come before the application was submitted.</source>
        <translation>Eine Entscheidung kann nicht vor der Einreichung des Antrags fallen.</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>Den Eintrag gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of the choices.</source>
        <translation>%1: „%2“ ist keine der Möglichkeiten.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date.</source>
        <translation>%1: „%2“ ist kein Datum.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number.</source>
        <translation>%1: „%2“ ist keine ganze Zahl.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is longer than %n characters allowed.</source>
        <translation>
            <numerusform>%1 ist länger als das erlaubte %n Zeichen.</numerusform>
            <numerusform>%1 ist länger als die erlaubten %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a web address (https://…).</source>
        <translation>%1: „%2“ ist keine Webadresse (https://…).</translation>
    </message>
    <message>
        <source>Only a signature that was given has a date.</source>
        <translation>Nur eine erfolgte Unterzeichnung hat ein Datum.</translation>
    </message>
    <message>
        <source>%1: not a stored file.</source>
        <translation>%1: keine gespeicherte Datei.</translation>
    </message>
</context>
<context>
    <name>RegistrationImporter</name>
    <message>
        <source>There is no event with the UUID %1.</source>
        <translation>Es gibt keine Veranstaltung mit der UUID %1.</translation>
    </message>
    <message>
        <source>There is no event titled &quot;%1&quot;; check the title, or name the event by its UUID (export the events to see them).</source>
        <translation>Es gibt keine Veranstaltung mit dem Titel „%1“; prüfen Sie den Titel oder geben Sie die UUID an (exportieren Sie die Veranstaltungen, um sie zu sehen).</translation>
    </message>
    <message>
        <source>%1 events are titled &quot;%2&quot;; name the event by its UUID (export the events to see them).</source>
        <translation>%1 Veranstaltungen heißen „%2“; geben Sie die Veranstaltung mit ihrer UUID an (exportieren Sie die Veranstaltungen, um sie zu sehen).</translation>
    </message>
    <message>
        <source>Registration for &quot;%1&quot; is closed; the registrations in the file are entered all the same.</source>
        <translation>Die Anmeldung für „%1“ ist geschlossen; die Anmeldungen aus der Datei werden trotzdem erfasst.</translation>
    </message>
    <message>
        <source>%1 people are named %2; a new person is entered. Give the e-mail address or the organisation to link one of them instead.</source>
        <translation>%1 Personen heißen %2; eine neue Person wird angelegt. Geben Sie E-Mail-Adresse oder Organisation an, um stattdessen mit einer von ihnen zu verknüpfen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not known yet; it will be created as an organisation that is not a member.</source>
        <translation>„%1“ ist noch nicht bekannt; sie wird als Organisation ohne Mitgliedschaft angelegt.</translation>
    </message>
    <message>
        <source>%1 is not known yet and will be entered as a new person.</source>
        <translation>%1 ist noch nicht bekannt und wird als neue Person angelegt.</translation>
    </message>
    <message>
        <source>The event is missing: give its UUID or its title.</source>
        <translation>Die Veranstaltung fehlt: Geben Sie ihre UUID oder ihren Titel an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status; use angemeldet / registered, Warteliste / waitlisted, abgemeldet / cancelled, teilgenommen / attended or nicht erschienen / no-show.</source>
        <translation>„%1“ ist kein Status; verwenden Sie angemeldet / registered, Warteliste / waitlisted, abgemeldet / cancelled, teilgenommen / attended oder nicht erschienen / no-show.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a source; use Telefon / phone, E-Mail / email, Formular / form, vor Ort / on site, Papier / paper or import.</source>
        <translation>„%1“ ist keine Quelle; verwenden Sie Telefon / phone, E-Mail / email, Formular / form, vor Ort / on site, Papier / paper oder import.</translation>
    </message>
    <message>
        <source>%1 is already registered for &quot;%2&quot; (%3); the row is skipped.</source>
        <translation>%1 ist schon für „%2“ angemeldet (%3); die Zeile wird übersprungen.</translation>
    </message>
    <message>
        <source>%1 is registered for &quot;%2&quot; already on line %3; the row is skipped.</source>
        <translation>%1 ist für „%2“ schon in Zeile %3 angemeldet; die Zeile wird übersprungen.</translation>
    </message>
    <message>
        <source>Linked to %1</source>
        <translation>Verknüpft mit %1</translation>
    </message>
    <message>
        <source>%1 is put on the waitlist (the event &quot;%2&quot; is full).</source>
        <translation>%1 kommt auf die Warteliste (die Veranstaltung „%2“ ist voll).</translation>
    </message>
    <message>
        <source>The event filled up after the file was checked; nothing was imported. Check the file again.</source>
        <translation>Die Veranstaltung ist nach der Prüfung der Datei voll geworden; es wurde nichts importiert. Prüfen Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>%1 people named %2 work at %3; give the e-mail address to say which one is meant.</source>
        <translation>%1 Personen namens %2 arbeiten bei %3; geben Sie die E-Mail-Adresse an, um zu sagen, wer gemeint ist.</translation>
    </message>
</context>
<context>
    <name>RegistrationRepository</name>
    <message>
        <source>Reading registrations</source>
        <translation>Anmeldungen lesen</translation>
    </message>
    <message>
        <source>The registration no longer exists.</source>
        <translation>Die Anmeldung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>%1 is already registered for &quot;%2&quot; (%3).</source>
        <translation>%1 ist schon für „%2“ angemeldet (%3).</translation>
    </message>
    <message>
        <source>Registration for &quot;%1&quot; is closed.</source>
        <translation>Die Anmeldung für „%1“ ist geschlossen.</translation>
    </message>
    <message>
        <source>Saving the registration</source>
        <translation>Anmeldung speichern</translation>
    </message>
    <message>
        <source>The registration of %1</source>
        <translation>Die Anmeldung von %1</translation>
    </message>
    <message>
        <source>The event is full: %1 stays on the waitlist until a place is free (or raise the capacity).</source>
        <translation>Die Veranstaltung ist voll: %1 bleibt auf der Warteliste, bis ein Platz frei wird (oder erhöhen Sie die Kapazität).</translation>
    </message>
    <message>
        <source>Saving the registration: the database returned an unknown row.</source>
        <translation>Anmeldung speichern: Die Datenbank gab eine unbekannte Zeile zurück.</translation>
    </message>
    <message>
        <source>Saving the registration: %1 rows were saved instead of %2.</source>
        <translation>Anmeldung speichern: %1 Zeilen wurden statt %2 gespeichert.</translation>
    </message>
</context>
<context>
    <name>SitePack</name>
    <message>
        <source>%1 is not an on-site pack.</source>
        <translation>%1 ist kein Vor-Ort-Paket.</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file name for the pack.</source>
        <translation>%1 existiert bereits; wählen Sie einen neuen Dateinamen für das Paket.</translation>
    </message>
    <message>
        <source>The pack could not be written as %1 (%2). Check that the folder can be written to and the file is not open elsewhere, then try again.</source>
        <translation>Das Paket konnte nicht als %1 geschrieben werden (%2). Prüfen Sie, ob in den Ordner geschrieben werden darf und die Datei nicht anderswo geöffnet ist, und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>the temporary folder cannot be written (is the disk full?)</source>
        <translation>der temporäre Ordner ist nicht beschreibbar (ist die Festplatte voll?)</translation>
    </message>
    <message>
        <source>there is not enough memory</source>
        <translation>es ist nicht genug Arbeitsspeicher frei</translation>
    </message>
    <message>
        <source>the Excel library reports &quot;%1&quot;</source>
        <translation>die Excel-Bibliothek meldet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Cannot write the Excel file: %1.</source>
        <translation>Die Excel-Datei kann nicht geschrieben werden: %1.</translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot; has %2 rows; an Excel sheet holds at most %3.</source>
        <translation>Das Blatt &quot;%1&quot; hat %2 Zeilen; ein Excel-Blatt fasst höchstens %3.</translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot;, row %2, column &quot;%3&quot;: the text has %4 characters, an Excel cell holds at most %5. Shorten it, or export as CSV.</source>
        <translation>Blatt &quot;%1&quot;, Zeile %2, Spalte &quot;%3&quot;: Der Text hat %4 Zeichen, eine Excel-Zelle fasst höchstens %5. Kürzen Sie ihn oder exportieren Sie als CSV.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Blatt</translation>
    </message>
</context>
<context>
    <name>YearSummary</name>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>Neue Mitglieder</translation>
    </message>
    <message>
        <source>Members leaving</source>
        <translation>Ausscheidende Mitglieder</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>bewilligt</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>rejected after the waitlist</source>
        <translation>abgelehnt nach Warteliste</translation>
    </message>
    <message>
        <source>waitlisted</source>
        <translation>auf der Warteliste</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Publications</source>
        <translation>Publikationen</translation>
    </message>
    <message>
        <source>forthcoming</source>
        <translation>im Erscheinen</translation>
    </message>
    <message>
        <source>none submitted</source>
        <translation>keine eingereicht</translation>
    </message>
    <message numerus="yes">
        <source>%n granted</source>
        <translation>
            <numerusform>%n bewilligt</numerusform>
            <numerusform>%n bewilligt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected (%1 of them waitlisted)</source>
        <translation>
            <numerusform>%n abgelehnt (davon %1 auf der Warteliste)</numerusform>
            <numerusform>%n abgelehnt (davon %1 auf der Warteliste)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n abgelehnt</numerusform>
            <numerusform>%n abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waitlisted</source>
        <translation>
            <numerusform>%n auf der Warteliste</numerusform>
            <numerusform>%n auf der Warteliste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n offen</numerusform>
            <numerusform>%n offen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a list of application states</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n submitted: %1</source>
        <translation>
            <numerusform>%n eingereicht: %1</numerusform>
            <numerusform>%n eingereicht: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>signed by members</source>
        <translation>von Mitgliedern unterzeichnet</translation>
    </message>
    <message>
        <source>signature planned</source>
        <translation>Unterzeichnung geplant</translation>
    </message>
    <message>
        <source>%1, monthly average</source>
        <translation>%1, Monatsdurchschnitt</translation>
    </message>
    <message>
        <source>%1, monthly average (%2)</source>
        <comment>a metric&apos;s name and unit</comment>
        <translation>%1, Monatsdurchschnitt (%2)</translation>
    </message>
    <message>
        <source>%1 at year end</source>
        <translation>%1 zum Jahresende</translation>
    </message>
    <message>
        <source>%1 at year end (%2)</source>
        <comment>a metric&apos;s name and unit</comment>
        <translation>%1 zum Jahresende (%2)</translation>
    </message>
</context>
<context>
    <name>fd::AffiliationDialog</name>
    <message>
        <source>New position</source>
        <translation>Neue Position</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>still there</source>
        <translation>noch dort</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>The current position ends the day before the new one begins; it stays in the history.</source>
        <translation>Die bisherige Position endet am Tag vor Beginn der neuen; sie bleibt im Verlauf erhalten.</translation>
    </message>
    <message>
        <source>Choose one of the known organisations (create new ones on the Members page).</source>
        <translation>Wählen Sie eine der bekannten Organisationen (neue legen Sie auf der Seite Mitglieder an).</translation>
    </message>
    <message>
        <source>A date is not a date. Type it as 16.05.2024.</source>
        <translation>Ein Datum ist ungültig. Schreiben Sie es als 16.05.2024.</translation>
    </message>
</context>
<context>
    <name>fd::CheckInPage</name>
    <message>
        <source>Show cancelled</source>
        <translation>Abgemeldete zeigen</translation>
    </message>
    <message>
        <source>Walk-in: type the name; Enter checks them in (or creates them)</source>
        <translation>Spontanteilnahme: Namen tippen; die Eingabetaste checkt ein (oder legt die Person an)</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Veranstaltung:</translation>
    </message>
    <message>
        <source>Registered %1 · Waitlist %2 · Attended %3</source>
        <translation>Angemeldet %1 · Warteliste %2 · Anwesend %3</translation>
    </message>
    <message>
        <source>%1 is checked in.</source>
        <translation>%1 ist eingecheckt.</translation>
    </message>
    <message>
        <source>%1 is no longer checked in.</source>
        <translation>%1 ist nicht mehr eingecheckt.</translation>
    </message>
    <message>
        <source>%1 walked in and is checked in.</source>
        <translation>%1 ist spontan gekommen und eingecheckt.</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>%1 is checked in already (Space takes it back).</source>
        <translation>%1 ist schon eingecheckt (die Leertaste nimmt das zurück).</translation>
    </message>
    <message>
        <source>%1 is no longer checked in and back on the waitlist.</source>
        <translation>%1 ist nicht mehr eingecheckt und wieder auf der Warteliste.</translation>
    </message>
    <message>
        <source>Type a name to find it; Enter checks in</source>
        <translation>Namen tippen, um ihn zu finden; Eingabetaste checkt ein</translation>
    </message>
    <message>
        <source>Enter: check in · ↓: to the list · Space in the list: check in, or out again · Esc: clear the search</source>
        <translation>Eingabetaste: einchecken · ↓: zur Liste · Leertaste in der Liste: ein- oder wieder auschecken · Esc: Suche leeren</translation>
    </message>
</context>
<context>
    <name>fd::ChildRows</name>
    <message>
        <source>New: %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Save the record first, then add its %1.</source>
        <translation>Speichern Sie zuerst den Eintrag, dann können Sie %1 hinzufügen.</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;?</source>
        <translation>„%1“ entfernen?</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n row(s)?</source>
        <translation>
            <numerusform>%n Zeile entfernen?</numerusform>
            <numerusform>%n Zeilen entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Nicht entfernt</translation>
    </message>
</context>
<context>
    <name>fd::DateEdit</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation>Im Kalender auswählen</translation>
    </message>
    <message>
        <source>Not a date. Type it as 16.05.2024 or 2024-05-16.</source>
        <translation>Kein Datum. Schreiben Sie es als 16.05.2024 oder 2024-05-16.</translation>
    </message>
</context>
<context>
    <name>fd::EventEditor</name>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>Registration is open</source>
        <translation>Anmeldung ist offen</translation>
    </message>
    <message>
        <source>for members only</source>
        <translation>nur für Mitglieder</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <source>same day</source>
        <translation>am selben Tag</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Veranstaltungsort</translation>
    </message>
    <message>
        <source>e.g. Stadt Augsburg</source>
        <translation>z. B. Stadt Augsburg</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <source>For events where only the number is known; attendance taken here counts first</source>
        <translation>Für Veranstaltungen, bei denen nur die Zahl bekannt ist; hier erfasste Anwesenheit zählt vorrangig</translation>
    </message>
    <message>
        <source>Documentation behind a password: never shown in anything made for the public</source>
        <translation>Dokumentation hinter einem Passwort: erscheint nie in etwas, das für die Öffentlichkeit gedacht ist</translation>
    </message>
    <message>
        <source>Edit the list of kinds</source>
        <translation>Liste der Arten bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>&amp;Zugang:</translation>
    </message>
    <message>
        <source>Our &amp;role:</source>
        <translation>Unsere &amp;Rolle:</translation>
    </message>
    <message>
        <source>Funded &amp;by:</source>
        <translation>&amp;Finanziert von:</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>Pro&amp;jekt:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Kapazität:</translation>
    </message>
    <message>
        <source>Participants (&amp;reported):</source>
        <translation>Teilnehmende (&amp;gemeldet):</translation>
    </message>
    <message>
        <source>&amp;Documentation:</source>
        <translation>&amp;Dokumentation:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Anmeldungen</translation>
    </message>
    <message>
        <source>No event selected</source>
        <translation>Keine Veranstaltung ausgewählt</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Neue Veranstaltung</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>„%1“ ist kein Datum.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time (write 14:00).</source>
        <translation>„%1“ ist keine Uhrzeit (schreiben Sie 14:00).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time (write 16:30).</source>
        <translation>„%1“ ist keine Uhrzeit (schreiben Sie 16:30).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known organisation; add it on the Members page first.</source>
        <translation>„%1“ ist keine bekannte Organisation; legen Sie sie zuerst auf der Seite Mitglieder an.</translation>
    </message>
    <message>
        <source>Places are free</source>
        <translation>Plätze sind frei</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) can go to the waitlist now. Move the first in line up?</source>
        <translation>
            <numerusform>%n Platz kann jetzt an die Warteliste gehen. Die oder den Ersten nachrücken lassen?</numerusform>
            <numerusform>%n Plätze können jetzt an die Warteliste gehen. Die Ersten nachrücken lassen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Warteliste</translation>
    </message>
    <message>
        <source>Registrations of this event (%1)</source>
        <translation>Anmeldungen dieser Veranstaltung (%1)</translation>
    </message>
    <message>
        <source>One of the office&apos;s projects: the event is listed in its form</source>
        <translation>Eines der Projekte der Geschäftsstelle: Die Veranstaltung erscheint in dessen Formular</translation>
    </message>
    <message>
        <source>or another project&apos;s name</source>
        <translation>oder der Name eines anderen Projekts</translation>
    </message>
</context>
<context>
    <name>fd::EventExports</name>
    <message>
        <source>Sign-in sheet (PDF)…</source>
        <translation>Teilnehmendenliste zum Unterschreiben (PDF) …</translation>
    </message>
    <message>
        <source>Name badges (PDF)…</source>
        <translation>Namensschilder (PDF) …</translation>
    </message>
    <message>
        <source>Attendance certificates (PDF)…</source>
        <translation>Teilnahmebescheinigungen (PDF) …</translation>
    </message>
    <message>
        <source>Calendar entry (iCalendar)…</source>
        <translation>Kalendereintrag (iCalendar) …</translation>
    </message>
    <message>
        <source>Calendar of the whole year (iCalendar)…</source>
        <translation>Kalender des ganzen Jahres (iCalendar) …</translation>
    </message>
    <message>
        <source>Write an e-mail to the participants…</source>
        <translation>E-Mail an die Teilnehmenden schreiben …</translation>
    </message>
    <message>
        <source>On-site pack for check-in on a laptop…</source>
        <translation>Vor-Ort-Paket für den Check-in auf einem Laptop …</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>Nicht geschrieben</translation>
    </message>
    <message>
        <source>Participant list</source>
        <translation>Anmeldeliste</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) written to %1.</source>
        <translation>
            <numerusform>%n Anmeldung nach %1 geschrieben.</numerusform>
            <numerusform>%n Anmeldungen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Teilnehmendenliste</translation>
    </message>
    <message>
        <source> - sign-in sheet</source>
        <translation> - Teilnehmendenliste</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Sign-in sheet with %n name(s) on %1 page(s) written.</source>
        <translation>
            <numerusform>Teilnehmendenliste mit %n Namen auf %1 Seite(n) geschrieben.</numerusform>
            <numerusform>Teilnehmendenliste mit %n Namen auf %1 Seite(n) geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name badges</source>
        <translation>Namensschilder</translation>
    </message>
    <message>
        <source> - badges</source>
        <translation> - Namensschilder</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) on %1 page(s) written.</source>
        <translation>
            <numerusform>%n Namensschild auf %1 Seite(n) geschrieben.</numerusform>
            <numerusform>%n Namensschilder auf %1 Seite(n) geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance certificates</source>
        <translation>Teilnahmebescheinigungen</translation>
    </message>
    <message>
        <source> - certificates</source>
        <translation> - Bescheinigungen</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) written.</source>
        <translation>
            <numerusform>%n Bescheinigung geschrieben.</numerusform>
            <numerusform>%n Bescheinigungen geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar entry</source>
        <translation>Kalendereintrag</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>The calendar entry was written to %1.</source>
        <translation>Der Kalendereintrag wurde nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Calendar of the year</source>
        <translation>Kalender des Jahres</translation>
    </message>
    <message>
        <source>Events %1</source>
        <translation>Veranstaltungen %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) of %1 written to %2.</source>
        <translation>
            <numerusform>%n Veranstaltung aus %1 nach %2 geschrieben.</numerusform>
            <numerusform>%n Veranstaltungen aus %1 nach %2 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>On-site pack</source>
        <translation>Vor-Ort-Paket</translation>
    </message>
    <message>
        <source>On-site packs (*.fdpack)</source>
        <translation>Vor-Ort-Pakete (*.fdpack)</translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation>%1 kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>On-site pack written</source>
        <translation>Vor-Ort-Paket geschrieben</translation>
    </message>
    <message>
        <source>None of these participants has an e-mail address.</source>
        <translation>Keine dieser Personen hat eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>E-mail addresses copied</source>
        <translation>E-Mail-Adressen kopiert</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) are on the clipboard: paste them into the BCC field of a new e-mail.</source>
        <translation>
            <numerusform>%n Adresse ist in der Zwischenablage: Fügen Sie sie in das BCC-Feld einer neuen E-Mail ein.</numerusform>
            <numerusform>%n Adressen sind in der Zwischenablage: Fügen Sie sie in das BCC-Feld einer neuen E-Mail ein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the participant list…</source>
        <translation>Die Teilnehmerliste wird geschrieben…</translation>
    </message>
    <message>
        <source>Writing the sign-in sheet…</source>
        <translation>Die Unterschriftenliste wird geschrieben…</translation>
    </message>
    <message>
        <source>Writing the name badges…</source>
        <translation>Die Namensschilder werden geschrieben…</translation>
    </message>
    <message>
        <source>Writing the certificates…</source>
        <translation>Die Teilnahmebescheinigungen werden geschrieben…</translation>
    </message>
    <message>
        <source>Writing the on-site pack…</source>
        <translation>Das Vor-Ort-Paket wird geschrieben…</translation>
    </message>
    <message>
        <source>%1 is written (registrations: %2, people: %3). Copy it to the laptop and open it there with ForumDesk (File &gt; Open database); back in the office, merge it with File &gt; Merge on-site pack.</source>
        <translation>%1 ist geschrieben (Anmeldungen: %2, Personen: %3). Kopieren Sie die Datei auf den Laptop und öffnen Sie sie dort mit ForumDesk (Datei &gt; Datenbank öffnen); zurück in der Geschäftsstelle führen Sie sie mit Datei &gt; Vor-Ort-Paket zusammenführen zusammen.</translation>
    </message>
    <message>
        <source>Participant list for Excel (.xlsx)…</source>
        <translation>Teilnehmendenliste für Excel (.xlsx) …</translation>
    </message>
    <message>
        <source>Participant list (CSV)…</source>
        <translation>Teilnehmendenliste (CSV) …</translation>
    </message>
    <message>
        <source>Participant list for Excel</source>
        <translation>Teilnehmendenliste für Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>fd::EventKindsDialog</name>
    <message>
        <source>Kinds of event</source>
        <translation>Veranstaltungsarten</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
</context>
<context>
    <name>fd::EventModel</name>
    <message>
        <source>0 of %1</source>
        <translation>0 von %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>(+%1 waiting)</source>
        <translation>(+%1 auf Warteliste)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 registered, %2 on the waitlist, %3 cancelled, %4 attended, %5 no-show</source>
        <translation>%1 angemeldet, %2 auf der Warteliste, %3 abgemeldet, %4 teilgenommen, %5 nicht erschienen</translation>
    </message>
    <message>
        <source>Reported number (no attendance taken)</source>
        <translation>Gemeldete Zahl (keine Anwesenheit erfasst)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zugang</translation>
    </message>
    <message>
        <source>Our role</source>
        <translation>Unsere Rolle</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
</context>
<context>
    <name>fd::EventsPage</name>
    <message>
        <source>Filter events: title, place, partner… (Ctrl+F)</source>
        <translation>Veranstaltungen filtern: Titel, Ort, Partner … (Strg+F)</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Alle Jahre</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Members and public</source>
        <translation>Mitglieder und öffentlich</translation>
    </message>
    <message>
        <source>For members</source>
        <translation>Für Mitglieder</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Jede Rolle</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;?</source>
        <translation>„%1“ löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n event(s)?</source>
        <translation>
            <numerusform>%n Veranstaltung löschen?</numerusform>
            <numerusform>%n Veranstaltungen löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) go with them.</source>
        <translation>
            <numerusform>%n Anmeldung wird mit gelöscht.</numerusform>
            <numerusform>%n Anmeldungen werden mit gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
</context>
<context>
    <name>fd::FeeDialog</name>
    <message>
        <source>Fee of %1</source>
        <translation>Beitrag von %1</translation>
    </message>
    <message>
        <source>New fee for %1</source>
        <translation>Neuer Beitrag für %1</translation>
    </message>
    <message>
        <source>e.g. 2.500,00</source>
        <translation>z. B. 2.500,00</translation>
    </message>
    <message>
        <source>not paid yet</source>
        <translation>noch nicht bezahlt</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <source>&amp;Amount (€):</source>
        <translation>&amp;Betrag (€):</translation>
    </message>
    <message>
        <source>&amp;Paid on:</source>
        <translation>Be&amp;zahlt am:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; is not a sum of money.</source>
        <translation>Der Betrag „%1“ ist keine Geldsumme.</translation>
    </message>
    <message>
        <source>The payment date is not a date.</source>
        <translation>Das Zahlungsdatum ist kein Datum.</translation>
    </message>
</context>
<context>
    <name>fd::FileField</name>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>No file</source>
        <translation>Keine Datei</translation>
    </message>
    <message>
        <source>A file of %1</source>
        <translation>Eine Datei von %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>File not kept</source>
        <translation>Datei nicht übernommen</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <source>File not opened</source>
        <translation>Datei nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>fd::ImportDialog</name>
    <message>
        <source>Members and organisations</source>
        <translation>Mitglieder und Organisationen</translation>
    </message>
    <message>
        <source>Contact people</source>
        <translation>Ansprechpersonen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import from CSV</source>
        <translation>Aus CSV importieren</translation>
    </message>
    <message>
        <source>Choose a CSV file (Excel: &quot;CSV UTF-8&quot; or &quot;CSV (semicolon separated)&quot;)</source>
        <translation>Wählen Sie eine CSV-Datei (Excel: „CSV UTF-8“ oder „CSV (Trennzeichen-getrennt)“)</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Datei &amp;wählen …</translation>
    </message>
    <message>
        <source>Import:</source>
        <translation>Importieren:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Choose a file to see what it holds. Nothing is written before you press Import.</source>
        <translation>Wählen Sie eine Datei, um zu sehen, was sie enthält. Geschrieben wird erst, wenn Sie auf Importieren klicken.</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>CSV-Datei wählen</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV- und Textdateien (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message numerus="yes">
        <source>%1 · encoding %2 · delimiter %3 · %n row(s)</source>
        <translation>
            <numerusform>%1 · Kodierung %2 · Trennzeichen %3 · %n Zeile</numerusform>
            <numerusform>%1 · Kodierung %2 · Trennzeichen %3 · %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Datei wird geprüft …</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): nothing will be imported. Correct the file and choose it again.</source>
        <translation>
            <numerusform>%n Fehler: Es wird nichts importiert. Korrigieren Sie die Datei und wählen Sie sie erneut.</numerusform>
            <numerusform>%n Fehler: Es wird nichts importiert. Korrigieren Sie die Datei und wählen Sie sie erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>new, linked</source>
        <translation>neu, verknüpft</translation>
    </message>
    <message>
        <source>skipped: exists</source>
        <translation>übersprungen: vorhanden</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation>Es wurde nichts importiert.

%1</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>Registrations for events</source>
        <translation>Anmeldungen zu Veranstaltungen</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Die Datei wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>%n Zeile wird geprüft…</numerusform>
            <numerusform>%n Zeilen werden geprüft…</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking was cancelled. Choose the file again to see what it holds.</source>
        <translation>Die Prüfung wurde abgebrochen. Wählen Sie die Datei erneut, um zu sehen, was sie enthält.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Nothing was imported: the database changed since the file was checked.

%1</source>
        <translation>Es wurde nichts importiert: Die Datenbank hat sich seit der Prüfung der Datei geändert.

%1</translation>
    </message>
    <message>
        <source>Imported, but cannot be undone</source>
        <translation>Importiert, aber nicht rückgängig zu machen</translation>
    </message>
    <message>
        <source>The records were imported, but the import cannot be taken back with Undo.

%1</source>
        <translation>Die Datensätze wurden importiert, aber der Import kann nicht mit Rückgängig zurückgenommen werden.

%1</translation>
    </message>
</context>
<context>
    <name>fd::KindEditor</name>
    <message>
        <source>Type a name, then choose…</source>
        <translation>Namen tippen, dann auswählen…</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <source>%1: choose one from the list.</source>
        <translation>%1: Bitte aus der Liste wählen.</translation>
    </message>
    <message>
        <source>%1: type a name and choose the person from the list.</source>
        <translation>%1: Namen tippen und die Person aus der Liste wählen.</translation>
    </message>
</context>
<context>
    <name>fd::KindModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>fd::KindPage</name>
    <message>
        <source>Filter %1: any words (Ctrl+F)</source>
        <translation>%1 filtern: beliebige Wörter (Strg+F)</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;?</source>
        <translation>„%1“ löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n record(s)?</source>
        <translation>
            <numerusform>%n Eintrag löschen?</numerusform>
            <numerusform>%n Einträge löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
</context>
<context>
    <name>fd::ListPage</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Datensatz</numerusform>
            <numerusform>%n Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The changes to &quot;%1&quot; cannot be saved as they are (see the message in the form).

Discard them?</source>
        <translation>Die Änderungen an „%1“ können so nicht gespeichert werden (siehe Meldung im Formular).

Verwerfen?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Mit Strg+Z können Sie das rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>fd::MainWindow</name>
    <message>
        <source>ForumDesk databases (*.sqlite *.forumdesk);;All files (*)</source>
        <translation>ForumDesk-Datenbanken (*.sqlite *.forumdesk);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Neue Datenbank …</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Datenbank ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren …</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation>&amp;Demodaten laden</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>New record on this page (Ctrl+N)</source>
        <translation>Neuer Datensatz auf dieser Seite (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>Delete the selected records (Del in the table)</source>
        <translation>Ausgewählte Datensätze löschen (Entf in der Tabelle)</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtern</translation>
    </message>
    <message>
        <source>&amp;About ForumDesk</source>
        <translation>Ü&amp;ber ForumDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Keine zuletzt geöffneten Datenbanken</translation>
    </message>
    <message>
        <source>%1 – ForumDesk</source>
        <translation>%1 – ForumDesk</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Could not undo or redo</source>
        <translation>Rückgängigmachen oder Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <source>The database is read-only: you can look, not change.</source>
        <translation>Die Datenbank ist schreibgeschützt: Sie können lesen, aber nichts ändern.</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>%1 exists already. Choose another name, or open it with File &gt; Open.</source>
        <translation>%1 existiert bereits. Wählen Sie einen anderen Namen oder öffnen Sie sie mit Datei &gt; Öffnen.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>Ctrl+Z takes the import back.</source>
        <translation>Strg+Z nimmt den Import zurück.</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personen</translation>
    </message>
    <message>
        <source>members</source>
        <translation>mitglieder</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n Zeile nach %1 geschrieben.</numerusform>
            <numerusform>%n Zeilen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demodaten</translation>
    </message>
    <message>
        <source>The demo data can only be loaded into an empty database. Create a new one with File &gt; New database.</source>
        <translation>Die Demodaten können nur in eine leere Datenbank geladen werden. Legen Sie eine mit Datei &gt; Neue Datenbank an.</translation>
    </message>
    <message>
        <source>Welcome to ForumDesk</source>
        <translation>Willkommen bei ForumDesk</translation>
    </message>
    <message>
        <source>This database is empty. Would you like to look around with demo data first?

The demo holds the members, people and events of a city network&apos;s year, taken from a real annual report. You can start a new, empty database at any time with File &gt; New database.</source>
        <translation>Diese Datenbank ist leer. Möchten Sie sich zuerst mit Demodaten umsehen?

Die Demo enthält Mitglieder, Personen und Veranstaltungen eines Jahres eines Städtenetzwerks, entnommen einem echten Jahresbericht. Eine neue, leere Datenbank legen Sie jederzeit mit Datei &gt; Neue Datenbank an.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The new language applies after a restart. Restart ForumDesk now?</source>
        <translation>Die neue Sprache gilt nach einem Neustart. ForumDesk jetzt neu starten?</translation>
    </message>
    <message>
        <source>About ForumDesk</source>
        <translation>Über ForumDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ForumDesk %1&lt;/h3&gt;&lt;p&gt;Members, people, events and the annual report of a network of cities working on urban security.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ForumDesk %1&lt;/h3&gt;&lt;p&gt;Mitglieder, Personen, Veranstaltungen und der Jahresbericht eines Städtenetzwerks für urbane Sicherheit.&lt;/p&gt;&lt;p&gt;Freie Software unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;&lt;p&gt;Datenbank: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Merge on-site pack…</source>
        <translation>Vor-Ort-Paket &amp;zusammenführen …</translation>
    </message>
    <message>
        <source>On-site pack of &quot;%1&quot;. Check in here; back in the office, merge it with File &gt; Merge on-site pack.</source>
        <translation>Vor-Ort-Paket von „%1“. Hier einchecken; zurück in der Geschäftsstelle mit Datei &gt; Vor-Ort-Paket zusammenführen übernehmen.</translation>
    </message>
    <message>
        <source>Merge on-site pack</source>
        <translation>Vor-Ort-Paket zusammenführen</translation>
    </message>
    <message>
        <source>On-site packs (*.fdpack);;All files (*)</source>
        <translation>Vor-Ort-Pakete (*.fdpack);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Ctrl+Z takes the merge back.</source>
        <translation>Strg+Z nimmt das Zusammenführen zurück.</translation>
    </message>
    <message>
        <source>events</source>
        <translation>veranstaltungen</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Loading the demo data…</source>
        <translation>Die Demodaten werden geladen…</translation>
    </message>
    <message>
        <source>Demo data loaded. Organisations: %1, people: %2, events: %3.</source>
        <translation>Demodaten geladen. Organisationen: %1, Personen: %2, Veranstaltungen: %3.</translation>
    </message>
    <message>
        <source>Export for E&amp;xcel (.xlsx)…</source>
        <translation>Für E&amp;xcel exportieren (.xlsx) …</translation>
    </message>
    <message>
        <source>Export for Excel</source>
        <translation>Für Excel exportieren</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>fd::MembersPage</name>
    <message>
        <source>Filter members: name, state, type… (Ctrl+F)</source>
        <translation>Mitglieder filtern: Name, Bundesland, Art … (Strg+F)</translation>
    </message>
    <message>
        <source>Current members</source>
        <translation>Aktuelle Mitglieder</translation>
    </message>
    <message>
        <source>All members, also former and joining</source>
        <translation>Alle Mitglieder, auch ehemalige und künftige</translation>
    </message>
    <message>
        <source>Former members</source>
        <translation>Ehemalige Mitglieder</translation>
    </message>
    <message>
        <source>Other organisations (partners, media…)</source>
        <translation>Andere Organisationen (Partner, Medien …)</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Alle Organisationen</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;?</source>
        <translation>„%1“ löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n organisation(s)?</source>
        <translation>
            <numerusform>%n Organisation löschen?</numerusform>
            <numerusform>%n Organisationen löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their fees go with them.</source>
        <translation>Ihre Beiträge werden mit gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact person link(s) are removed; the people themselves stay.</source>
        <translation>
            <numerusform>%n Verknüpfung mit einer Ansprechperson wird entfernt; die Person selbst bleibt.</numerusform>
            <numerusform>%n Verknüpfungen mit Ansprechpersonen werden entfernt; die Personen selbst bleiben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
</context>
<context>
    <name>fd::MetricChart</name>
    <message>
        <source>No values yet: add the first one above.</source>
        <translation>Noch keine Werte: Fügen Sie oben den ersten hinzu.</translation>
    </message>
</context>
<context>
    <name>fd::MetricPanel</name>
    <message>
        <source>%1 %2</source>
        <comment>a metric&apos;s value and its unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: monthly average %2; no values in %3 to compare</source>
        <translation>%1: Monatsdurchschnitt %2; keine Werte aus %3 zum Vergleich</translation>
    </message>
    <message>
        <source>%1: monthly average %2, %3 on %4</source>
        <translation>%1: Monatsdurchschnitt %2, %3 gegenüber %4</translation>
    </message>
    <message>
        <source>End of %1: %2; no value for %3 to compare</source>
        <translation>Ende %1: %2; kein Wert für %3 zum Vergleich</translation>
    </message>
    <message>
        <source>End of %1: %2, %3 on %4</source>
        <translation>Ende %1: %2, %3 gegenüber %4</translation>
    </message>
    <message>
        <source>The values of a saved metric show here as a chart.</source>
        <translation>Die Werte einer gespeicherten Kennzahl erscheinen hier als Diagramm.</translation>
    </message>
    <message>
        <source>No values yet.</source>
        <translation>Noch keine Werte.</translation>
    </message>
</context>
<context>
    <name>fd::OrganisationEditor</name>
    <message>
        <source>Add fee…</source>
        <translation>Beitrag hinzufügen …</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Two-letter country code: DE, AT, CH…</source>
        <translation>Zweistelliges Länderkürzel: DE, AT, CH …</translation>
    </message>
    <message>
        <source>not a member</source>
        <translation>kein Mitglied</translation>
    </message>
    <message>
        <source>still a member</source>
        <translation>weiterhin Mitglied</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the website in the browser</source>
        <translation>Die Website im Browser öffnen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>&amp;Bundesland:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>S&amp;taat:</translation>
    </message>
    <message>
        <source>Member &amp;since:</source>
        <translation>Mitglied &amp;seit:</translation>
    </message>
    <message>
        <source>Member &amp;until:</source>
        <translation>Mitglied b&amp;is:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Bezahlt am</translation>
    </message>
    <message>
        <source>Double-click to open the person</source>
        <translation>Doppelklick öffnet die Person</translation>
    </message>
    <message>
        <source>Annual fees</source>
        <translation>Jahresbeiträge</translation>
    </message>
    <message>
        <source>Contact people</source>
        <translation>Ansprechpersonen</translation>
    </message>
    <message>
        <source>No organisation selected</source>
        <translation>Keine Organisation ausgewählt</translation>
    </message>
    <message>
        <source>New member or organisation</source>
        <translation>Neues Mitglied oder neue Organisation</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>„%1“ ist kein Datum.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>(until %1)</source>
        <translation>(bis %1)</translation>
    </message>
    <message>
        <source>No contact people yet.</source>
        <translation>Noch keine Ansprechpersonen.</translation>
    </message>
    <message>
        <source>Fee not saved</source>
        <translation>Beitrag nicht gespeichert</translation>
    </message>
    <message>
        <source>Fee not removed</source>
        <translation>Beitrag nicht entfernt</translation>
    </message>
</context>
<context>
    <name>fd::OrganisationField</name>
    <message>
        <source>Nothing is created unless this is ticked. To link an organisation that exists, choose it from the list.</source>
        <translation>Es wird nur etwas angelegt, wenn dies angehakt ist. Um eine vorhandene Organisation zu verknüpfen, wählen Sie sie aus der Liste.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known organisation. Choose one from the list, or tick &quot;Create the new organisation&quot; under the field.</source>
        <translation>&quot;%1&quot; ist keine bekannte Organisation. Wählen Sie eine aus der Liste oder haken Sie &quot;Neue Organisation anlegen&quot; unter dem Feld an.</translation>
    </message>
    <message>
        <source>Create the new organisation «%1»</source>
        <translation>Neue Organisation «%1» anlegen</translation>
    </message>
    <message>
        <source>Known: %1</source>
        <translation>Bekannt: %1</translation>
    </message>
</context>
<context>
    <name>fd::OrganisationModel</name>
    <message>
        <source>no fee set</source>
        <translation>kein Beitrag erfasst</translation>
    </message>
    <message>
        <source>%1, paid %2</source>
        <translation>%1, bezahlt am %2</translation>
    </message>
    <message>
        <source>%1, open</source>
        <translation>%1, offen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Bundesland</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Mitglied seit</translation>
    </message>
    <message>
        <source>Member until</source>
        <translation>Mitglied bis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Fee %1</source>
        <translation>Beitrag %1</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
</context>
<context>
    <name>fd::PackMergeDialog</name>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>Merge on-site pack</source>
        <translation>Vor-Ort-Paket zusammenführen</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>In the office</source>
        <translation>In der Geschäftsstelle</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>This pack cannot be merged: %1</source>
        <translation>Dieses Paket kann nicht zusammengeführt werden: %1</translation>
    </message>
    <message>
        <source>Pack of &quot;%1&quot;, made on %2.</source>
        <translation>Paket von „%1“, erstellt am %2.</translation>
    </message>
    <message>
        <source>the office&apos;s version</source>
        <translation>die Fassung der Geschäftsstelle</translation>
    </message>
    <message>
        <source>the version from site</source>
        <translation>die Fassung von vor Ort</translation>
    </message>
    <message>
        <source>Merge failed</source>
        <translation>Zusammenführen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing was merged.

%1</source>
        <translation>Es wurde nichts zusammengeführt.

%1</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— wählen —</translation>
    </message>
    <message>
        <source>Decide every conflict first.</source>
        <translation>Entscheiden Sie zuerst jeden Konflikt.</translation>
    </message>
    <message>
        <source>Reading the on-site pack…</source>
        <translation>Das Vor-Ort-Paket wird gelesen…</translation>
    </message>
</context>
<context>
    <name>fd::PeoplePage</name>
    <message>
        <source>Filter people: name, organisation, e-mail… (Ctrl+F)</source>
        <translation>Personen filtern: Name, Organisation, E-Mail … (Strg+F)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>With a current organisation</source>
        <translation>Mit aktueller Organisation</translation>
    </message>
    <message>
        <source>Newsletter consent</source>
        <translation>Einwilligung Newsletter</translation>
    </message>
    <message>
        <source>May be shared in the network</source>
        <translation>Weitergabe im Netzwerk erlaubt</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n person(s)?</source>
        <translation>
            <numerusform>%n Person löschen?</numerusform>
            <numerusform>%n Personen löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Their positions, consents and registrations go with them.</source>
        <translation>Ihre Positionen, Einwilligungen und Anmeldungen werden mitgelöscht.</translation>
    </message>
</context>
<context>
    <name>fd::PersonEditor</name>
    <message>
        <source>New position…</source>
        <translation>Neue Position …</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@beispiel.de</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>When the consent was given or withdrawn</source>
        <translation>Wann die Einwilligung erteilt oder widerrufen wurde</translation>
    </message>
    <message>
        <source>Title, &amp;first name:</source>
        <translation>Titel, &amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>F&amp;unction:</source>
        <translation>F&amp;unktion:</translation>
    </message>
    <message>
        <source>Consents:</source>
        <translation>Einwilligungen:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>The person changes position or organisation: the current one ends, the history stays</source>
        <translation>Die Person wechselt Position oder Organisation: Die bisherige endet, der Verlauf bleibt</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Verlauf der Einwilligungen</translation>
    </message>
    <message>
        <source>No person selected</source>
        <translation>Keine Person ausgewählt</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <source>The date of &quot;%1&quot; is not a date.</source>
        <translation>Das Datum bei „%1“ ist kein Datum.</translation>
    </message>
    <message>
        <source>%1: %2 given</source>
        <translation>%1: %2 erteilt</translation>
    </message>
    <message>
        <source>%1: %2 withdrawn</source>
        <translation>%1: %2 widerrufen</translation>
    </message>
    <message>
        <source>No consents recorded.</source>
        <translation>Keine Einwilligungen erfasst.</translation>
    </message>
    <message>
        <source>Position not saved</source>
        <translation>Position nicht gespeichert</translation>
    </message>
    <message>
        <source>Position not removed</source>
        <translation>Position nicht entfernt</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>Double-click opens the event</source>
        <translation>Doppelklick öffnet die Veranstaltung</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>No registrations yet.</source>
        <translation>Noch keine Anmeldungen.</translation>
    </message>
    <message>
        <source>Where the person works now. Type a few letters and choose from the list; a name that is not known yet is created only when you tick the box under the field.</source>
        <translation>Wo die Person jetzt arbeitet. Tippen Sie ein paar Buchstaben und wählen Sie aus der Liste; ein noch unbekannter Name wird nur angelegt, wenn Sie das Kästchen unter dem Feld anhaken.</translation>
    </message>
</context>
<context>
    <name>fd::PersonModel</name>
    <message>
        <source>%1: yes, since %2</source>
        <translation>%1: ja, seit %2</translation>
    </message>
    <message>
        <source>%1: no</source>
        <translation>%1: nein</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Einwilligungen</translation>
    </message>
</context>
<context>
    <name>fd::PersonPicker</name>
    <message>
        <source>Type a name, e-mail or organisation, then Enter…</source>
        <translation>Namen, E-Mail oder Organisation tippen, dann Eingabetaste …</translation>
    </message>
</context>
<context>
    <name>fd::PublicationEditor</name>
    <message>
        <source>First author, second author…</source>
        <translation>Erste Autorin, zweiter Autor…</translation>
    </message>
    <message>
        <source>Journal, book or series, with the issue</source>
        <translation>Zeitschrift, Buch oder Reihe, mit Ausgabe</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Authors:</source>
        <translation>&amp;Autoren:</translation>
    </message>
    <message>
        <source>Published &amp;in:</source>
        <translation>Erschienen &amp;in:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>No publication selected</source>
        <translation>Keine Publikation ausgewählt</translation>
    </message>
    <message>
        <source>New publication</source>
        <translation>Neue Publikation</translation>
    </message>
</context>
<context>
    <name>fd::PublicationModel</name>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <source>Published in</source>
        <translation>Erschienen in</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>fd::PublicationsPage</name>
    <message>
        <source>Filter publications: title, author, journal, year… (Ctrl+F)</source>
        <translation>Publikationen filtern: Titel, Autor, Zeitschrift, Jahr… (Strg+F)</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;?</source>
        <translation>„%1“ löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n publication(s)?</source>
        <translation>
            <numerusform>%n Publikation löschen?</numerusform>
            <numerusform>%n Publikationen löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <source>Publications</source>
        <translation>Publikationen</translation>
    </message>
</context>
<context>
    <name>fd::QuickPersonDialog</name>
    <message>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>F&amp;unction:</source>
        <translation>F&amp;unktion:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Create and register</source>
        <translation>Anlegen und anmelden</translation>
    </message>
    <message>
        <source>%1 has this e-mail address already: choose them in the search instead.</source>
        <translation>%1 hat diese E-Mail-Adresse schon: Wählen Sie die Person stattdessen in der Suche.</translation>
    </message>
    <message>
        <source>%1 at this organisation is known already: choose them in the search instead.</source>
        <translation>%1 bei dieser Organisation ist schon bekannt: Wählen Sie die Person stattdessen in der Suche.</translation>
    </message>
</context>
<context>
    <name>fd::RecordEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Save the changes (Enter or Ctrl+S)</source>
        <translation>Änderungen speichern (Eingabetaste oder Strg+S)</translation>
    </message>
    <message>
        <source>Discard the changes (Esc)</source>
        <translation>Änderungen verwerfen (Esc)</translation>
    </message>
</context>
<context>
    <name>fd::RecordsPage</name>
    <message>
        <source>Records</source>
        <translation>Dokumentation</translation>
    </message>
</context>
<context>
    <name>fd::ReferringRows</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Double-click or Enter opens it</source>
        <translation>Doppelklick oder Eingabetaste öffnet sie</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
</context>
<context>
    <name>fd::RegistrationModel</name>
    <message>
        <source>waitlisted, no. %1</source>
        <translation>Warteliste, Nr. %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>Angemeldet am</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Registered %1 (%2)</source>
        <translation>Angemeldet %1 (%2)</translation>
    </message>
</context>
<context>
    <name>fd::RegistrationPanel</name>
    <message>
        <source>Attended</source>
        <translation>Anwesend</translation>
    </message>
    <message>
        <source>Cancel registration</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nachrücken</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>How the registrations you are entering arrived</source>
        <translation>Wie die Anmeldungen, die Sie erfassen, eingegangen sind</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Mark as attended, or back to registered (Space)</source>
        <translation>Als anwesend markieren oder zurück auf angemeldet (Leertaste)</translation>
    </message>
    <message>
        <source>The person cancelled; the place goes to the waitlist</source>
        <translation>Die Person hat abgesagt; der Platz geht an die Warteliste</translation>
    </message>
    <message>
        <source>Move waitlisted people up into free places</source>
        <translation>Personen von der Warteliste auf freie Plätze nachrücken lassen</translation>
    </message>
    <message>
        <source>Delete entries made by mistake (Del)</source>
        <translation>Irrtümliche Einträge löschen (Entf)</translation>
    </message>
    <message>
        <source>Set to &quot;%1&quot;</source>
        <translation>Auf „%1“ setzen</translation>
    </message>
    <message>
        <source>Copy e-mail addresses</source>
        <translation>E-Mail-Adressen kopieren</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Registered: %1 of %2</source>
        <translation>Angemeldet: %1 von %2</translation>
    </message>
    <message>
        <source>Registered: %1</source>
        <translation>Angemeldet: %1</translation>
    </message>
    <message>
        <source>Waitlist: %1</source>
        <translation>Warteliste: %1</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Abgemeldet: %1</translation>
    </message>
    <message>
        <source>Attended: %1</source>
        <translation>Anwesend: %1</translation>
    </message>
    <message>
        <source>No-show: %1</source>
        <translation>Nicht erschienen: %1</translation>
    </message>
    <message>
        <source>registration closed</source>
        <translation>Anmeldung geschlossen</translation>
    </message>
    <message>
        <source>Registration closed</source>
        <translation>Anmeldung geschlossen</translation>
    </message>
    <message>
        <source>Registration for &quot;%1&quot; is closed. Register anyway?</source>
        <translation>Die Anmeldung für „%1“ ist geschlossen. Trotzdem anmelden?</translation>
    </message>
    <message>
        <source>The event is full: %1 is on the waitlist as no. %2.</source>
        <translation>Die Veranstaltung ist voll: %1 steht auf der Warteliste als Nr. %2.</translation>
    </message>
    <message>
        <source>%1 is registered.</source>
        <translation>%1 ist angemeldet.</translation>
    </message>
    <message>
        <source>%1 is new and registered.</source>
        <translation>%1 ist neu angelegt und angemeldet.</translation>
    </message>
    <message>
        <source>A place becomes free</source>
        <translation>Ein Platz wird frei</translation>
    </message>
    <message>
        <source>%1&apos;s place becomes free. Move %2, the first on the waitlist, up?</source>
        <translation>Der Platz von %1 wird frei. Soll %2, die oder der Erste auf der Warteliste, nachrücken?</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>%1 nachrücken lassen</translation>
    </message>
    <message>
        <source>Leave the place free</source>
        <translation>Platz frei lassen</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>No free places: raise the capacity first, or cancel a registration.</source>
        <translation>Keine freien Plätze: Erhöhen Sie zuerst die Kapazität oder melden Sie jemanden ab.</translation>
    </message>
    <message>
        <source>Moved up from the waitlist: %1.</source>
        <translation>Von der Warteliste nachgerückt: %1.</translation>
    </message>
    <message>
        <source>Delete the registration of %1?</source>
        <translation>Die Anmeldung von %1 löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n registration(s)?</source>
        <translation>
            <numerusform>%n Anmeldung löschen?</numerusform>
            <numerusform>%n Anmeldungen löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>For someone who cancelled, use &quot;Cancel registration&quot; instead: it keeps the record.</source>
        <translation>Wer abgesagt hat, wird besser mit „Abmelden“ erfasst: Das bewahrt den Eintrag.</translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail address(es) copied; paste them into the BCC field of your mail.</source>
        <translation>
            <numerusform>%n E-Mail-Adresse kopiert; fügen Sie sie in das BCC-Feld Ihrer E-Mail ein.</numerusform>
            <numerusform>%n E-Mail-Adressen kopiert; fügen Sie sie in das BCC-Feld Ihrer E-Mail ein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes…</source>
        <translation>Notizen …</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n registration(s)</source>
        <translation>
            <numerusform>%1: %n Anmeldung</numerusform>
            <numerusform>%1: %n Anmeldungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the event is full or others are waiting first, so on the waitlist.</source>
        <translation>%1: Die Veranstaltung ist voll oder andere warten schon, daher auf der Warteliste.</translation>
    </message>
    <message>
        <source>%1 moved up from the waitlist.</source>
        <translation>%1 ist von der Warteliste nachgerückt.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Notes on the registration of %1:</source>
        <translation>Notizen zur Anmeldung von %1:</translation>
    </message>
    <message>
        <source>waitlisted, no. %1</source>
        <translation>Warteliste, Nr. %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>fd::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Default database:</source>
        <translation>Standarddatenbank:</translation>
    </message>
    <message>
        <source>Your office</source>
        <translation>Ihre Geschäftsstelle</translation>
    </message>
    <message>
        <source>empty: signed for the organisation</source>
        <translation>leer: für die Organisation unterzeichnet</translation>
    </message>
    <message>
        <source>e.g. Geschäftsführerin</source>
        <translation>z. B. Geschäftsführerin</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>O&amp;rt:</translation>
    </message>
    <message>
        <source>Certificates signed &amp;by:</source>
        <translation>Bescheinigungen unterzeichnet &amp;von:</translation>
    </message>
    <message>
        <source>&amp;Role of the signatory:</source>
        <translation>&amp;Funktion der Unterzeichnenden:</translation>
    </message>
    <message>
        <source>Stored in the open database and used on attendance certificates.</source>
        <translation>In der geöffneten Datenbank gespeichert und auf Teilnahmebescheinigungen verwendet.</translation>
    </message>
    <message>
        <source>The open database is read-only: the office&apos;s details cannot be changed here.</source>
        <translation>Die geöffnete Datenbank ist schreibgeschützt: Die Angaben zur Geschäftsstelle können hier nicht geändert werden.</translation>
    </message>
    <message>
        <source>This is an on-site pack: the office&apos;s details are changed in the office&apos;s database.</source>
        <translation>Dies ist ein Vor-Ort-Paket: Die Angaben zur Geschäftsstelle werden in der Datenbank der Geschäftsstelle geändert.</translation>
    </message>
    <message>
        <source>A colleague changed the office&apos;s details meanwhile (now: %1, %2). Press OK again to save what you typed here, or Cancel to keep theirs.</source>
        <translation>Jemand anderes hat die Angaben zur Geschäftsstelle inzwischen geändert (jetzt: %1, %2). Drücken Sie erneut OK, um Ihre Eingaben zu speichern, oder Abbrechen, um die anderen zu behalten.</translation>
    </message>
    <message>
        <source>no signatory</source>
        <translation>ohne Unterzeichnende</translation>
    </message>
</context>
<context>
    <name>fd::YearPage</name>
    <message>
        <source>Year:</source>
        <translation>Jahr:</translation>
    </message>
    <message>
        <source>Double-click opens the event</source>
        <translation>Doppelklick öffnet die Veranstaltung</translation>
    </message>
    <message numerus="yes">
        <source>– %n participant(s)</source>
        <translation>
            <numerusform>– %n Teilnehmende</numerusform>
            <numerusform>– %n Teilnehmende</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Show the list</source>
        <translation>Liste zeigen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Funding applications %1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;Förderanträge %1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
</context>
</TS>
