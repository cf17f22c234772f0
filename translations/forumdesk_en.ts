<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n row written to %1.</numerusform>
            <numerusform>%n rows written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): nothing was merged. Decide with --conflicts office or --conflicts pack, or merge in the app to decide one by one.</source>
        <translation>
            <numerusform>%n conflict: nothing was merged. Decide with --conflicts office or --conflicts pack, or merge in the app to decide one by one.</numerusform>
            <numerusform>%n conflicts: nothing was merged. Decide with --conflicts office or --conflicts pack, or merge in the app to decide one by one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1.</source>
        <translation>
            <numerusform>%n event written to %1.</numerusform>
            <numerusform>%n events written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sign-in sheet with %n name(s) on %1 page(s) written to %2.</source>
        <translation>
            <numerusform>Sign-in sheet with %n name on %1 page(s) written to %2.</numerusform>
            <numerusform>Sign-in sheet with %n names on %1 page(s) written to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) on %1 page(s) written to %2.</source>
        <translation>
            <numerusform>%n badge on %1 page(s) written to %2.</numerusform>
            <numerusform>%n badges on %1 page(s) written to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) written to %1.</source>
        <translation>
            <numerusform>%n certificate written to %1.</numerusform>
            <numerusform>%n certificates written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more like these (--verbose shows them all).</source>
        <translation>
            <numerusform>… and %n more like these (--verbose shows them all).</numerusform>
            <numerusform>… and %n more like these (--verbose shows them all).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message numerus="yes">
        <source>Delete %n organisation(s)</source>
        <translation>
            <numerusform>Delete %n organisation</numerusform>
            <numerusform>Delete %n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n person(s)</source>
        <translation>
            <numerusform>Delete %n person</numerusform>
            <numerusform>Delete %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n event(s)</source>
        <translation>
            <numerusform>Delete %n event</numerusform>
            <numerusform>Delete %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n registration(s)</source>
        <translation>
            <numerusform>Delete %n registration</numerusform>
            <numerusform>Delete %n registrations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n member(s)</source>
        <translation>
            <numerusform>Import %n member</numerusform>
            <numerusform>Import %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n contact(s)</source>
        <translation>
            <numerusform>Import %n contact</numerusform>
            <numerusform>Import %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n event(s)</source>
        <translation>
            <numerusform>Import %n event</numerusform>
            <numerusform>Import %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n registration(s)</source>
        <translation>
            <numerusform>Import %n registration</numerusform>
            <numerusform>Import %n registrations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n publication(s)</source>
        <translation>
            <numerusform>Delete %n publication</numerusform>
            <numerusform>Delete %n publications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n record(s)</source>
        <translation>
            <numerusform>Delete %n record</numerusform>
            <numerusform>Delete %n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message numerus="yes">
        <source>%n error(s) found; nothing was imported.</source>
        <translation>
            <numerusform>%n error found; nothing was imported.</numerusform>
            <numerusform>%n errors found; nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped.</source>
        <translation>
            <numerusform>%n duplicate skipped.</numerusform>
            <numerusform>%n duplicates skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) can be imported.</source>
        <translation>
            <numerusform>%n record can be imported.</numerusform>
            <numerusform>%n records can be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) imported.</source>
        <translation>
            <numerusform>%n record imported.</numerusform>
            <numerusform>%n records imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) will go on the waitlist (the event is full).</source>
        <translation>
            <numerusform>%n registration will go on the waitlist (the event is full).</numerusform>
            <numerusform>%n registrations will go on the waitlist (the event is full).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) were put on the waitlist (the event is full).</source>
        <translation>
            <numerusform>%n registration was put on the waitlist (the event is full).</numerusform>
            <numerusform>%n registrations were put on the waitlist (the event is full).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is read as %2, more than %n year(s) from now; please check it.</source>
        <translation>
            <numerusform>&quot;%1&quot; is read as %2, more than %n year from now; please check it.</numerusform>
            <numerusform>&quot;%1&quot; is read as %2, more than %n years from now; please check it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeclaredImporter</name>
    <message numerus="yes">
        <source>&quot;%1&quot; names %n records; make the name unique first.</source>
        <translation>
            <numerusform>&quot;%1&quot; names %n records; make the name unique first.</numerusform>
            <numerusform>&quot;%1&quot; names %n records; make the name unique first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventDocuments</name>
    <message numerus="yes">
        <source>%n registered participant(s)</source>
        <translation>
            <numerusform>%n registered participant</numerusform>
            <numerusform>%n registered participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventImporter</name>
    <message numerus="yes">
        <source>&quot;%1&quot; names %n projects; write the acronym and the title as the export does.</source>
        <translation>
            <numerusform>&quot;%1&quot; names %n projects; write the acronym and the title as the export does.</numerusform>
            <numerusform>&quot;%1&quot; names %n projects; write the acronym and the title as the export does.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventKindRepository</name>
    <message numerus="yes">
        <source>%n event(s) are of this kind; give them another kind first.</source>
        <translation>
            <numerusform>%n event is of this kind; give them another kind first.</numerusform>
            <numerusform>%n events are of this kind; give them another kind first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackMerger</name>
    <message numerus="yes">
        <source>%n new registration(s)</source>
        <translation>
            <numerusform>%n new registration</numerusform>
            <numerusform>%n new registrations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed registration(s)</source>
        <translation>
            <numerusform>%n changed registration</numerusform>
            <numerusform>%n changed registrations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new person(s)</source>
        <translation>
            <numerusform>%n new person</numerusform>
            <numerusform>%n new people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n walk-in(s) matched to people already known</source>
        <translation>
            <numerusform>%n walk-in matched to people already known</numerusform>
            <numerusform>%n walk-ins matched to people already known</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) with changed details</source>
        <translation>
            <numerusform>%n person with changed details</numerusform>
            <numerusform>%n people with changed details</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to decide</source>
        <translation>
            <numerusform>%n conflict to decide</numerusform>
            <numerusform>%n conflicts to decide</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) in the pack are not merged (see the notes).</source>
        <translation>
            <numerusform>%n registration in the pack are not merged (see the notes).</numerusform>
            <numerusform>%n registrations in the pack are not merged (see the notes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more registration(s) in the pack are not merged for the same reasons.</source>
        <translation>
            <numerusform>%n more registration in the pack are not merged for the same reasons.</numerusform>
            <numerusform>%n more registrations in the pack are not merged for the same reasons.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more position(s) in the pack are not merged for the same reason.</source>
        <translation>
            <numerusform>%n more position in the pack are not merged for the same reason.</numerusform>
            <numerusform>%n more positions in the pack are not merged for the same reason.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message numerus="yes">
        <source>%1 is longer than %n characters allowed.</source>
        <translation>
            <numerusform>%1 is longer than %n characters allowed.</numerusform>
            <numerusform>%1 is longer than %n characters allowed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>YearSummary</name>
    <message numerus="yes">
        <source>%n granted</source>
        <translation>
            <numerusform>%n granted</numerusform>
            <numerusform>%n granted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected (%1 of them waitlisted)</source>
        <translation>
            <numerusform>%n rejected (%1 of them waitlisted)</numerusform>
            <numerusform>%n rejected (%1 of them waitlisted)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waitlisted</source>
        <translation>
            <numerusform>%n waitlisted</numerusform>
            <numerusform>%n waitlisted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submitted: %1</source>
        <translation>
            <numerusform>%n submitted: %1</numerusform>
            <numerusform>%n submitted: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::ChildRows</name>
    <message numerus="yes">
        <source>Remove %n row(s)?</source>
        <translation>
            <numerusform>Remove %n row?</numerusform>
            <numerusform>Remove %n rows?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::EventEditor</name>
    <message numerus="yes">
        <source>%n place(s) can go to the waitlist now. Move the first in line up?</source>
        <translation>
            <numerusform>%n place can go to the waitlist now. Move the first in line up?</numerusform>
            <numerusform>%n places can go to the waitlist now. Move the first in line up?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::EventExports</name>
    <message numerus="yes">
        <source>%n registration(s) written to %1.</source>
        <translation>
            <numerusform>%n registration written to %1.</numerusform>
            <numerusform>%n registrations written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sign-in sheet with %n name(s) on %1 page(s) written.</source>
        <translation>
            <numerusform>Sign-in sheet with %n name on %1 page(s) written.</numerusform>
            <numerusform>Sign-in sheet with %n names on %1 page(s) written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) on %1 page(s) written.</source>
        <translation>
            <numerusform>%n badge on %1 page(s) written.</numerusform>
            <numerusform>%n badges on %1 page(s) written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) written.</source>
        <translation>
            <numerusform>%n certificate written.</numerusform>
            <numerusform>%n certificates written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) of %1 written to %2.</source>
        <translation>
            <numerusform>%n event of %1 written to %2.</numerusform>
            <numerusform>%n events of %1 written to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) are on the clipboard: paste them into the BCC field of a new e-mail.</source>
        <translation>
            <numerusform>%n address are on the clipboard: paste them into the BCC field of a new e-mail.</numerusform>
            <numerusform>%n addresses are on the clipboard: paste them into the BCC field of a new e-mail.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::EventsPage</name>
    <message numerus="yes">
        <source>Delete %n event(s)?</source>
        <translation>
            <numerusform>Delete %n event?</numerusform>
            <numerusform>Delete %n events?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) go with them.</source>
        <translation>
            <numerusform>%n registration go with them.</numerusform>
            <numerusform>%n registrations go with them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::ImportDialog</name>
    <message numerus="yes">
        <source>%1 · encoding %2 · delimiter %3 · %n row(s)</source>
        <translation>
            <numerusform>%1 · encoding %2 · delimiter %3 · %n row</numerusform>
            <numerusform>%1 · encoding %2 · delimiter %3 · %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): nothing will be imported. Correct the file and choose it again.</source>
        <translation>
            <numerusform>%n error: nothing will be imported. Correct the file and choose it again.</numerusform>
            <numerusform>%n errors: nothing will be imported. Correct the file and choose it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>Checking %n row…</numerusform>
            <numerusform>Checking %n rows…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::KindPage</name>
    <message numerus="yes">
        <source>Delete %n record(s)?</source>
        <translation>
            <numerusform>Delete %n record?</numerusform>
            <numerusform>Delete %n records?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::ListPage</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::MainWindow</name>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n row written to %1.</numerusform>
            <numerusform>%n rows written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::MembersPage</name>
    <message numerus="yes">
        <source>Delete %n organisation(s)?</source>
        <translation>
            <numerusform>Delete %n organisation?</numerusform>
            <numerusform>Delete %n organisations?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact person link(s) are removed; the people themselves stay.</source>
        <translation>
            <numerusform>%n contact person link is removed; the people themselves stay.</numerusform>
            <numerusform>%n contact person links are removed; the people themselves stay.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::PeoplePage</name>
    <message numerus="yes">
        <source>Delete %n person(s)?</source>
        <translation>
            <numerusform>Delete %n person?</numerusform>
            <numerusform>Delete %n people?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::PublicationsPage</name>
    <message numerus="yes">
        <source>Delete %n publication(s)?</source>
        <translation>
            <numerusform>Delete %n publication?</numerusform>
            <numerusform>Delete %n publications?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::RegistrationPanel</name>
    <message numerus="yes">
        <source>Delete %n registration(s)?</source>
        <translation>
            <numerusform>Delete %n registration?</numerusform>
            <numerusform>Delete %n registrations?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail address(es) copied; paste them into the BCC field of your mail.</source>
        <translation>
            <numerusform>%n e-mail address copied; paste them into the BCC field of your mail.</numerusform>
            <numerusform>%n e-mail addresses copied; paste them into the BCC field of your mail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n registration(s)</source>
        <translation>
            <numerusform>%1: %n registration</numerusform>
            <numerusform>%1: %n registrations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::YearPage</name>
    <message numerus="yes">
        <source>– %n participant(s)</source>
        <translation>
            <numerusform>– %n participant</numerusform>
            <numerusform>– %n participants</numerusform>
        </translation>
    </message>
</context>
</TS>
