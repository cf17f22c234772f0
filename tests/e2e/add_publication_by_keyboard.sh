#!/usr/bin/env bash
# A publication is entered from the keyboard alone on the Records page
# (Ctrl+6, Ctrl+Page Down to its tab, Ctrl+N, the fields, Enter): one Enter saves exactly one record with
# the text as typed, umlauts and spaces included; Ctrl+Z takes it back and
# Ctrl+Shift+Z brings it again.
source "$(dirname "$0")/lib.sh"
e2e_start

# The demo brings records of its own: one more than before, no other.
before=$(e2e_sql "SELECT count(*) FROM publications")
count="SELECT count(*) FROM publications WHERE title = 'Sicherheit im Quartier' AND authors = 'Jörg Bässler'"

e2e_key ctrl+6
# The first visit builds the page and reads its lists: under a loaded
# machine (the test run beside it) that can outlast one key's pause.
e2e_settle 2
# Publications are the sixth tab of the Records page.
for _ in 1 2 3 4 5; do e2e_key ctrl+Next; done
e2e_key ctrl+n
e2e_type "Sicherheit im Quartier"
e2e_key Tab
e2e_type "Jörg Bässler"
e2e_key Return
e2e_stays_sql "saved once" "$count" 1 0.5
e2e_stays_sql "nothing else saved" "SELECT count(*) FROM publications" $((before + 1)) 0.3
e2e_key ctrl+z
e2e_stays_sql "after Ctrl+Z" "$count" 0 0.5
e2e_key ctrl+shift+z
e2e_stays_sql "after Ctrl+Shift+Z" "$count" 1 0.5
e2e_pass
