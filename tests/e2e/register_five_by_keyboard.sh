#!/usr/bin/env bash
# Five people from a paper list are registered with the keyboard alone: a few
# letters and Enter each. Every Enter registers exactly one person (once, one
# Enter registered the chosen person and, 25 ms later, the first in the list).
source "$(dirname "$0")/lib.sh"
e2e_start

event="Pufii Training: Demokratische Resilienz"
count="SELECT count(*) FROM registrations r JOIN events e ON e.id = r.event_id WHERE e.title = '$event'"
names="SELECT group_concat(last_name || ' ' || first_name, ', ') FROM (SELECT p.last_name, p.first_name FROM registrations r
       JOIN events e ON e.id = r.event_id JOIN people p ON p.id = r.person_id WHERE e.title = '$event' ORDER BY p.last_name, p.first_name)"
e2e_wait_sql "no one registered before" "$count" 0

e2e_key ctrl+3
e2e_key ctrl+f
e2e_type "Pufii Training"
e2e_key Return
e2e_key ctrl+r
e2e_shot registrations

# One match each, except "schäfer" (Daniel and Thomas): Enter takes the first offered.
n=0
for typed in heck kowal "schäfer" stroeb olsen; do
    e2e_type "$typed"
    e2e_key Return
    n=$((n + 1))
    e2e_stays_sql "registrations after '$typed' and Enter" "$count" "$n" 1
done
e2e_stays_sql "who is registered" "$names" \
    "Hecker Meike, Kowalczyk Petra, Olsen Henrik, Schäfer Daniel, Ströbele Eva" 1
e2e_pass
