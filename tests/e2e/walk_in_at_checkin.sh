#!/usr/bin/env bash
# At the check-in of the conference (today, 12 September 2024), a known person
# who did not register walks in: Ctrl+N, a few letters, Enter. They are checked
# in, and nobody else is (Fatma Aydın, first in the list, is not registered).
source "$(dirname "$0")/lib.sh"
FORUMDESK_TODAY=2024-09-12 e2e_start

event="Fachtagung Digitalisierung der Sexarbeit"
all="SELECT count(*) FROM registrations r JOIN events e ON e.id = r.event_id WHERE e.title = '$event'"
attended="SELECT count(*) FROM registrations r JOIN events e ON e.id = r.event_id WHERE e.title = '$event' AND r.status = 'attended'"
wagner="SELECT r.status || ' ' || r.source FROM registrations r JOIN events e ON e.id = r.event_id JOIN people p ON p.id = r.person_id
        WHERE e.title = '$event' AND p.last_name = 'Wagner'"
before=$(e2e_sql "$all")
attended_before=$(e2e_sql "$attended")

e2e_key ctrl+5
e2e_shot checkin
e2e_key ctrl+n
e2e_type "wagner"
e2e_key Return
e2e_stays_sql "Lukas Wagner walked in" "$wagner" "attended on_site"
e2e_stays_sql "registrations of the event" "$all" $((before + 1))
e2e_stays_sql "attended" "$attended" $((attended_before + 1))
e2e_pass
