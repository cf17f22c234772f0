#!/usr/bin/env bash
# Someone not yet known is typed in full and Enter: a small form opens with
# the name filled in, Enter creates the person and registers them.
source "$(dirname "$0")/lib.sh"
e2e_start

event="Pufii Training: Demokratische Resilienz"
person="SELECT count(*) FROM people WHERE first_name = 'Zora' AND last_name = 'Quenzel'"
registered="SELECT count(*) FROM registrations r JOIN events e ON e.id = r.event_id JOIN people p ON p.id = r.person_id
            WHERE e.title = '$event' AND p.last_name = 'Quenzel'"
all="SELECT count(*) FROM registrations r JOIN events e ON e.id = r.event_id WHERE e.title = '$event'"
e2e_wait_sql "nobody called Quenzel yet" "$person" 0

e2e_key ctrl+3
e2e_key ctrl+f
e2e_type "Pufii Training"
e2e_key Return
e2e_key ctrl+r
e2e_type "Zora Quenzel"
e2e_key Return
e2e_shot new-person-form
e2e_key Return
e2e_stays_sql "the new person" "$person" 1
e2e_stays_sql "the new person's registration" "$registered" 1
e2e_stays_sql "registrations of the event" "$all" 1
e2e_pass
