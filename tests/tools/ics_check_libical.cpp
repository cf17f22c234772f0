// SPDX-License-Identifier: GPL-3.0-or-later
// Reads an iCalendar file with libical, a second parser beside python's
// icalendar, and the one Evolution and many servers use. Runs libical's
// restriction check (RFC 5545, and RFC 5546's iTIP rules when the file has a
// METHOD) and checks that every event ends after it starts.
//   ics_check_libical FILE.ics
// Prints each problem as "FAIL: ..." and one line per event
// ("EVENT uid dtstart dtend"); exits 0 if the file is valid, 1 if not, 2 if it
// cannot be read.
#include <libical/ical.h>

#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

namespace {

std::string timeText(const icaltimetype &t)
{
    return icaltime_is_null_time(t) ? std::string("-") : std::string(icaltime_as_ical_string(t));
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::cerr << "usage: ics_check_libical FILE.ics\n";
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    if (!in) {
        std::cerr << "cannot read " << argv[1] << "\n";
        return 2;
    }
    const std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    icalcomponent *calendar = icalparser_parse_string(data.c_str());
    if (!calendar) {
        std::cout << "FAIL: libical cannot parse the file\n";
        return 1;
    }
    int failures = 0;
    if (icalcomponent_isa(calendar) != ICAL_VCALENDAR_COMPONENT) {
        std::cout << "FAIL: the file is not one VCALENDAR\n";
        ++failures;
    }
    icalrestriction_check(calendar);
    // Parse and restriction errors are X-LIC-ERROR properties in the component that has them.
    for (icalcomponent *c = calendar; c; c = c == calendar ? icalcomponent_get_first_component(calendar, ICAL_ANY_COMPONENT)
                                                           : icalcomponent_get_next_component(calendar, ICAL_ANY_COMPONENT)) {
        for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_XLICERROR_PROPERTY); p;
             p = icalcomponent_get_next_property(c, ICAL_XLICERROR_PROPERTY)) {
            std::cout << "FAIL: " << icalcomponent_kind_to_string(icalcomponent_isa(c)) << ": " << icalproperty_get_xlicerror(p) << "\n";
            ++failures;
        }
    }
    for (icalcomponent *e = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); e;
         e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
        const char *uid = icalcomponent_get_uid(e);
        const icaltimetype start = icalcomponent_get_dtstart(e);
        const icaltimetype end = icalcomponent_get_dtend(e);
        std::cout << "EVENT " << (uid ? uid : "-") << " " << timeText(start) << " " << timeText(end) << "\n";
        if (icaltime_is_null_time(start)) {
            std::cout << "FAIL: " << (uid ? uid : "an event") << " has no DTSTART\n";
            ++failures;
        } else if (icalcomponent_get_first_property(e, ICAL_DTEND_PROPERTY) && icaltime_compare(end, start) <= 0) {
            std::cout << "FAIL: " << (uid ? uid : "an event") << " ends (" << timeText(end) << ") before it starts (" << timeText(start)
                      << ")\n";
            ++failures;
        }
    }
    icalcomponent_free(calendar);
    return failures == 0 ? 0 : 1;
}
