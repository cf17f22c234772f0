#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads what `forumdesk-cli export ics` writes with an independent parser.

The python `icalendar` library (Debian: python3-icalendar) stands in for the
calendar programs that will import the file. Usage: check_ics.py FORUMDESK_CLI
"""
import datetime
import os
import sqlite3
import subprocess
import sys
import tempfile
import unicodedata
import uuid

try:
    import icalendar
except ImportError:
    # A missing parser is a failure, not a skip: the check would never run.
    print("FAIL: the python module icalendar is missing (apt install python3-icalendar, or tools/deps.sh --test)")
    sys.exit(1)

FAILURES = []


def check(condition, message):
    if not condition:
        FAILURES.append(message)
        print("FAIL:", message)


def cli(program, *args):
    env = dict(os.environ, LANGUAGE="en", LC_ALL="C.UTF-8")
    result = subprocess.run([program, *args], capture_output=True, text=True, env=env)
    if result.returncode != 0:
        print(result.stdout, result.stderr)
    return result


def fold_key(text):
    """What ForumDesk's foldKey() stores beside a title (enough for these titles)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


# Events as the office enters them. No CLI command creates events yet (the CSV
# import of events is on its way), so they are written into the schema the CLI
# has just created; only the columns without defaults are needed.
EVENTS = [
    # title, start, start time, end, end time, format, city, documentation url, members only
    ("26. Mitgliederversammlung", "2024-05-16", "14:00", None, "15:30", "online", "", "https://intern.example/protokoll-26", 1),
    ("27. Mitgliederversammlung", "2024-09-19", None, "2024-09-20", None, "on_site", "Gelsenkirchen", "", 1),
    ("Fachtagung: Sicherheit, Raum; Öffentlichkeit", "2024-11-07", "09:30", None, "16:00", "hybrid", "Köln",
     "https://www.example.org/fachtagung-2024", 0),
    ("Workshop 2023", "2023-03-02", None, None, None, "on_site", "Essen", "", 1),
    # Starts in the hour the clocks skip in spring.
    ("Nachtwanderung", "2024-03-31", "02:30", None, "03:15", "on_site", "Essen", "", 0),
]


def add_events(db):
    con = sqlite3.connect(db)
    kind = con.execute("SELECT id FROM event_kinds WHERE key = 'general_assembly'").fetchone()[0]
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    uuids = {}
    for title, start, start_time, end, end_time, fmt, city, url, members_only in EVENTS:
        uid = str(uuid.uuid4())
        uuids[title] = uid
        con.execute(
            "INSERT INTO events (uuid, title, title_key, kind_id, start_date, start_time, end_date, end_time, format, city,"
            " documentation_url, documentation_members_only, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (uid, title, fold_key(title), kind, start, start_time, end, end_time, fmt, city, url, members_only, now, now))
    con.commit()
    con.close()
    return uuids


def check_raw(data):
    check(not data.startswith(b"\xef\xbb\xbf"), "no byte order mark")
    check(data.endswith(b"\r\n"), "ends with CRLF")
    lines = data.split(b"\r\n")[:-1]
    check(all(b"\n" not in line and b"\r" not in line for line in lines), "CRLF line ends only")
    check(all(len(line) <= 75 for line in lines), "no physical line longer than 75 octets")
    for line in lines:
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            check(False, "a folded line splits a UTF-8 character: %r" % line)


def main():
    program = sys.argv[1]
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "office.sqlite")
        check(cli(program, "--db", db, "info").returncode == 0, "the CLI creates a database")
        uuids = add_events(db)

        out = os.path.join(tmp, "2024.ics")
        result = cli(program, "--db", db, "export", "ics", "--year", "2024", "--out", out)
        check(result.returncode == 0, "export ics --year 2024 exits 0")
        with open(out, "rb") as f:
            data = f.read()
        check_raw(data)

        cal = icalendar.Calendar.from_ical(data)
        check(str(cal.get("VERSION")) == "2.0", "VERSION:2.0")
        # A plain calendar file: METHOD:PUBLISH would need an ORGANIZER (RFC 5546).
        check("METHOD" not in cal, "no METHOD")
        check(str(cal.get("CALSCALE")) == "GREGORIAN", "CALSCALE:GREGORIAN")
        check("ForumDesk" in str(cal.get("PRODID")), "PRODID names ForumDesk")
        events = {str(e.get("SUMMARY")): e for e in cal.walk("VEVENT")}
        check(sorted(events) == sorted(t for t, *_ in EVENTS if not t.endswith("2023")),
              "the events of 2024 and no others: %s" % sorted(events))

        for summary, event in events.items():
            if "DTEND" in event:
                check(event.decoded("DTEND") > event.decoded("DTSTART"), "%s ends after it starts" % summary)

        online = events.get("26. Mitgliederversammlung")
        utc = datetime.timezone.utc
        if online is not None:
            check(online.decoded("DTSTART") == datetime.datetime(2024, 5, 16, 12, 0, tzinfo=utc), "14:00 in Berlin is 12:00 UTC")
            check(online.decoded("DTEND") == datetime.datetime(2024, 5, 16, 13, 30, tzinfo=utc), "15:30 in Berlin is 13:30 UTC")
            check(str(online.get("LOCATION")) == "online", "an online event says so")
            check("URL" not in online, "a members-only documentation link stays out")
            check(str(online.get("UID")) == uuids["26. Mitgliederversammlung"] + "@forumdesk", "UID is the event's UUID")
            check(online.decoded("DTSTAMP").tzinfo is not None, "DTSTAMP is in UTC")

        assembly = events.get("27. Mitgliederversammlung")
        if assembly is not None:
            check(assembly.decoded("DTSTART") == datetime.date(2024, 9, 19), "all-day start is a date")
            check(assembly.decoded("DTEND") == datetime.date(2024, 9, 21), "all-day end is the day after the last day")
            check(str(assembly.get("LOCATION")) == "Gelsenkirchen", "location of the assembly")

        conference = events.get("Fachtagung: Sicherheit, Raum; Öffentlichkeit")
        if conference is not None:
            check(conference.decoded("DTSTART") == datetime.datetime(2024, 11, 7, 8, 30, tzinfo=utc), "09:30 in winter is 08:30 UTC")
            check(str(conference.get("URL")) == "https://www.example.org/fachtagung-2024", "a public documentation link is kept")
            check(str(conference.get("LOCATION")) == "Köln (hybrid)", "location with umlaut, unescaped")

        night = events.get("Nachtwanderung")
        if night is not None:
            check(night.decoded("DTSTART") == datetime.datetime(2024, 3, 31, 1, 30, tzinfo=utc),
                  "02:30 in the skipped hour is read with the winter offset: 01:30 UTC")
            check(night.decoded("DTEND") == datetime.datetime(2024, 3, 31, 2, 15, tzinfo=utc),
                  "an event in the skipped hour keeps its 45 minutes")

        one = os.path.join(tmp, "one.ics")
        result = cli(program, "--db", db, "export", "ics", "--event", uuids["27. Mitgliederversammlung"], "--out", one)
        check(result.returncode == 0, "export ics --event UUID exits 0")
        with open(one, "rb") as f:
            single = icalendar.Calendar.from_ical(f.read())
        check([str(e.get("SUMMARY")) for e in single.walk("VEVENT")] == ["27. Mitgliederversammlung"], "one event by UUID")

        everything = os.path.join(tmp, "all.ics")
        check(cli(program, "--db", db, "export", "ics", "--out", everything).returncode == 0, "export ics of all events exits 0")
        with open(everything, "rb") as f:
            check(len(icalendar.Calendar.from_ical(f.read()).walk("VEVENT")) == len(EVENTS), "all events without --year")

        result = cli(program, "--db", db, "export", "ics", "--year", "1999", "--out", os.path.join(tmp, "none.ics"))
        check(result.returncode == 1 and "no events" in result.stderr, "a year without events is refused with exit 1")

    if FAILURES:
        print("%d check(s) failed" % len(FAILURES))
        return 1
    print("all iCalendar checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
