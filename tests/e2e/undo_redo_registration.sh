#!/usr/bin/env bash
# A registration made by keyboard is undone with Ctrl+Z straight away, with the
# cursor still in the search field, and redone with Ctrl+Shift+Z.
source "$(dirname "$0")/lib.sh"
e2e_start

event="Pufii Training: Demokratische Resilienz"
count="SELECT count(*) FROM registrations r JOIN events e ON e.id = r.event_id WHERE e.title = '$event'"

e2e_key ctrl+3
e2e_key ctrl+f
e2e_type "Pufii Training"
e2e_key Return
e2e_key ctrl+r
e2e_type "heck"
e2e_key Return
e2e_stays_sql "registered" "$count" 1 0.5
e2e_key ctrl+z
e2e_stays_sql "after Ctrl+Z" "$count" 0 0.5
e2e_key ctrl+shift+z
e2e_stays_sql "after Ctrl+Shift+Z" "$count" 1 0.5
e2e_pass
