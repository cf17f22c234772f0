// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QUuid>

namespace fd {

enum class ConsentTopic { Newsletter, Photos, Sharing };
QString consentTopicKey(ConsentTopic topic);   // "newsletter" | "photos" | "sharing"
QString consentTopicLabel(ConsentTopic topic); // translated

struct Consent {
    bool granted = false;
    QDate on; // when it was given or withdrawn
    bool operator==(const Consent &o) const { return granted == o.granted && on == o.on; }
    bool operator!=(const Consent &o) const { return !(*this == o); }
};

// A contact person: at a member city, a partner, a ministry, a newsroom.
// Where they work, and since when, is in their affiliations.
struct Person {
    qint64 id = 0;
    QUuid uuid;
    QString title;      // "Dr.", "Prof. Dr."
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QString notes;
    Consent newsletter;
    Consent photos;
    Consent sharing;    // may be passed on to other members of the network
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 rowVersion = 0;

    QString fullName() const;  // "Dr. Meike Hecker"
    QString sortName() const;  // "Hecker, Meike"
    Consent consent(ConsentTopic topic) const;
    void setConsent(ConsentTopic topic, const Consent &consent);
    bool sameContent(const Person &other) const;
};

FieldErrors validate(const Person &person);
bool isValidEmail(const QString &email);

// A person is our contact at an organisation from one day to another.
struct Affiliation {
    qint64 id = 0;
    QUuid uuid;
    qint64 personId = 0;
    qint64 organisationId = 0;
    QString jobTitle;        // their function there: "Leiterin Ordnungsamt"
    QDate validFrom;
    QDate validUntil;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 rowVersion = 0;

    QString organisationName; // read along, not stored here

    bool isCurrentOn(const QDate &day) const;
    bool sameContent(const Affiliation &other) const;
    // The position as it looks once it ends on `day` (a staff change, an
    // organisation cleared); never before the day it began.
    Affiliation endedOn(const QDate &day) const;
};

FieldErrors validate(const Affiliation &affiliation);

// A row of the people list: the person with where they work now.
struct PersonListItem {
    Person person;
    Affiliation current; // id 0 if they have no current affiliation
};

struct ConsentRecord {
    qint64 id = 0;
    ConsentTopic topic = ConsentTopic::Newsletter;
    bool granted = false;
    QDate effectiveOn;
    QDateTime recordedAt;
    QString note;
};

} // namespace fd
