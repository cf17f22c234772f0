// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QUuid>

#include <optional>

namespace fd {

enum class OrganisationKind { City, Organisation };

QString organisationKindKey(OrganisationKind kind);          // "city" | "organisation" (database, CSV)
QString organisationKindLabel(OrganisationKind kind);        // translated, for people
// Accepts the keys and the words offices write: Stadt, City, Kommune,
// Organisation, Organization, Verband... (case and spaces ignored).
std::optional<OrganisationKind> parseOrganisationKind(const QString &text);

// A member city or organisation of the network, or another organisation we
// deal with (a partner, a ministry, a newsroom): members are those with a
// joining date.
struct Organisation {
    qint64 id = 0;
    QUuid uuid;
    OrganisationKind kind = OrganisationKind::City;
    QString name;
    QString state;    // federal state (Bundesland) or region
    QString country;  // ISO 3166 code, "DE" for most
    QDate joinedOn;   // member from this day on
    QDate leftOn;     // member up to and including this day
    QString website;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 rowVersion = 0;

    bool isMember() const { return joinedOn.isValid(); }
    bool isMemberOn(const QDate &day) const;
    // Member on at least one day of the year: joining on 1 January 2025 is not 2024.
    bool isMemberDuring(int year) const;

    // Same user-visible content (ignores keys, timestamps and version).
    bool sameContent(const Organisation &other) const;
};

enum class MembershipStatus { Current, Future, Former, NotMember };
MembershipStatus membershipStatus(const Organisation &org, const QDate &today);
QString membershipStatusLabel(MembershipStatus status);

FieldErrors validate(const Organisation &org);

// The annual fee of a member for one year, and when it was paid.
struct MembershipFee {
    qint64 id = 0;
    QUuid uuid;
    qint64 organisationId = 0;
    int year = 0;
    qint64 amountCents = 0;
    QDate paidOn;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 rowVersion = 0;

    bool isPaid() const { return paidOn.isValid(); }
    bool sameContent(const MembershipFee &other) const;
};

FieldErrors validate(const MembershipFee &fee);

// "1.250,00 €" in German, "€1,250.00" in English: money as the locale writes it.
QString formatMoney(qint64 cents);
// Parses "1.250,00", "1250", "1250.5", "1.250 €"; nullopt if it is not an amount.
std::optional<qint64> parseMoney(const QString &text);

} // namespace fd
