#!/usr/bin/env bash
# A project is entered from the keyboard alone in the form the declaration
# builds (Records page, Ctrl+6, its first tab; Ctrl+N, the title, Tab to the
# funder, Enter): one Enter saves exactly one record with the text as typed;
# Ctrl+Z takes it back and Ctrl+Shift+Z brings it again.
source "$(dirname "$0")/lib.sh"
e2e_start

# The demo brings records of its own: one more than before, no other.
before=$(e2e_sql "SELECT count(*) FROM projects")
count="SELECT count(*) FROM projects WHERE title = 'Starke Kommunen, sichere Räume' AND funder = 'BMBF'"

e2e_key ctrl+6
# The first visit builds the page and reads its lists: under a loaded
# machine (the test run beside it) that can outlast one key's pause.
e2e_settle 2
e2e_key ctrl+n
e2e_type "Starke Kommunen, sichere Räume"
e2e_key Tab
e2e_type "BMBF"
e2e_key Return
e2e_stays_sql "saved once" "$count" 1 0.5
e2e_stays_sql "nothing else saved" "SELECT count(*) FROM projects" $((before + 1)) 0.3
e2e_key ctrl+z
e2e_stays_sql "after Ctrl+Z" "$count" 0 0.5
e2e_key ctrl+shift+z
e2e_stays_sql "after Ctrl+Shift+Z" "$count" 1 0.5
e2e_pass
