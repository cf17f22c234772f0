// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>
#include <QUuid>

#include <optional>

namespace fd {

enum class EventFormat { Online, OnSite, Hybrid };
enum class Audience { Members, Public };
enum class EventRole { Organiser, CoOrganiser, Attendee, Speaker };

// Keys as stored and written to CSV ("on_site"), labels for people (translated),
// and parsers that accept the German and English words offices use.
QString formatKey(EventFormat f);
QString formatLabel(EventFormat f);
std::optional<EventFormat> parseFormat(const QString &text);
QString audienceKey(Audience a);
QString audienceLabel(Audience a);
std::optional<Audience> parseAudience(const QString &text);
QString roleKey(EventRole r);
QString roleLabel(EventRole r);
std::optional<EventRole> parseRole(const QString &text);

// A kind of event from the office's editable list (general assembly,
// workshop, webinar...), named in German and English.
struct EventKind {
    qint64 id = 0;
    QUuid uuid;
    QString key;      // stable code: "general_assembly"; empty for kinds added by users until saved
    QString nameDe;
    QString nameEn;
    int sortOrder = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 rowVersion = 0;

    QString name() const; // in the UI language
    bool isGeneralAssembly() const { return key == QLatin1String("general_assembly"); }
    bool sameContent(const EventKind &o) const { return nameDe == o.nameDe && nameEn == o.nameEn && sortOrder == o.sortOrder; }
};

FieldErrors validate(const EventKind &kind);

// An event the office organises, co-organises, attends or speaks at.
struct Event {
    qint64 id = 0;
    QUuid uuid;
    QString title;
    qint64 kindId = 0;
    int assemblyNumber = 0;          // general assemblies: the 27th; 0 = none
    QDate startDate;
    QTime startTime;                 // optional
    QDate endDate;                   // optional: one day
    QTime endTime;
    EventFormat format = EventFormat::OnSite;
    QString city;
    QString venue;
    Audience audience = Audience::Members;
    EventRole role = EventRole::Organiser;
    QString partners;                // co-organisers, named
    qint64 funderId = 0;             // an organisation, e.g. the member city that pays
    QString projectName;             // a project that is not one of the office's projects, by name
    qint64 projectId = 0;            // one of the office's projects (then projectName is empty); 0 = none
    std::optional<int> capacity;     // none: unlimited
    bool registrationOpen = true;
    std::optional<int> reportedParticipants; // where only the number is known
    QString documentationUrl;
    bool documentationMembersOnly = true;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 rowVersion = 0;

    // Read along for display, not stored in events.
    QString kindName;
    QString kindKey;
    QString funderName;
    QString projectTitle;            // the project's acronym and title

    QDate lastDay() const { return endDate.isValid() ? endDate : startDate; }
    bool isMultiDay() const { return endDate.isValid() && endDate > startDate; }
    QString dateText() const;   // "19.09.2024 – 20.09.2024", "16.05.2024, 14:00–15:00"
    QString placeText() const;  // "online", "Gelsenkirchen", "Berlin, Difu"
    bool sameContent(const Event &o) const;
};

FieldErrors validate(const Event &event);

enum class RegistrationStatus { Registered, Waitlisted, Cancelled, Attended, NoShow };
enum class RegistrationSource { Phone, Email, Form, OnSite, Paper, Import };

QString statusKey(RegistrationStatus s);
QString statusLabel(RegistrationStatus s);
std::optional<RegistrationStatus> parseStatus(const QString &text);
QString sourceKey(RegistrationSource s);
QString sourceLabel(RegistrationSource s);
std::optional<RegistrationSource> parseSource(const QString &text);
// Does this status hold one of the event's places?
inline bool takesSeat(RegistrationStatus s)
{
    return s == RegistrationStatus::Registered || s == RegistrationStatus::Attended || s == RegistrationStatus::NoShow;
}

struct Registration {
    qint64 id = 0;
    QUuid uuid;
    qint64 eventId = 0;
    qint64 personId = 0;
    RegistrationStatus status = RegistrationStatus::Registered;
    RegistrationSource source = RegistrationSource::Email;
    QDateTime registeredAt;          // UTC
    QDateTime waitlistedAt;          // UTC: since when on the waitlist (kept while a walk-in from it is checked in)
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 rowVersion = 0;

    // Read along: the person as the lists show them.
    QString personName;       // "Dr. Meike Hecker"
    QString personSortName;   // "Hecker, Meike"
    QString personTitle;
    QString personFirstName;
    QString personLastName;
    QString organisationName;
    QString email;
    // Read along: the event, for a person's list of events.
    QString eventTitle;
    QDate eventStart;

    bool sameContent(const Registration &o) const
    {
        return eventId == o.eventId && personId == o.personId && status == o.status && source == o.source
            && registeredAt == o.registeredAt && notes == o.notes;
    }
};

struct RegistrationCounts {
    int registered = 0;
    int waitlisted = 0;
    int cancelled = 0;
    int attended = 0;
    int noShow = 0;
    int seatsTaken() const { return registered + attended + noShow; }
    int total() const { return registered + waitlisted + cancelled + attended + noShow; }
};

// An event with its counts, as the events table lists it.
struct EventListItem {
    Event event;
    RegistrationCounts counts;
    // The participant count the annual report uses: attendance where it was
    // taken, otherwise the number reported.
    std::optional<int> participants() const;
};

} // namespace fd
