// SPDX-License-Identifier: GPL-3.0-or-later
#include "person.h"

#include "common/clock.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace fd {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Person)
};
} // namespace

QString consentTopicKey(ConsentTopic topic)
{
    switch (topic) {
    case ConsentTopic::Newsletter: return QStringLiteral("newsletter");
    case ConsentTopic::Photos: return QStringLiteral("photos");
    case ConsentTopic::Sharing: return QStringLiteral("sharing");
    }
    return {};
}

QString consentTopicLabel(ConsentTopic topic)
{
    switch (topic) {
    case ConsentTopic::Newsletter: return Text::tr("Newsletter");
    case ConsentTopic::Photos: return Text::tr("Photos");
    case ConsentTopic::Sharing: return Text::tr("Sharing within the network");
    }
    return {};
}

QString Person::fullName() const
{
    QStringList parts;
    for (const QString &p : {title, firstName, lastName}) {
        if (!p.trimmed().isEmpty())
            parts << p.trimmed();
    }
    return parts.join(QLatin1Char(' '));
}

QString Person::sortName() const
{
    if (firstName.trimmed().isEmpty())
        return lastName.trimmed();
    return lastName.trimmed() + QLatin1String(", ") + firstName.trimmed();
}

Consent Person::consent(ConsentTopic topic) const
{
    switch (topic) {
    case ConsentTopic::Newsletter: return newsletter;
    case ConsentTopic::Photos: return photos;
    case ConsentTopic::Sharing: return sharing;
    }
    return {};
}

void Person::setConsent(ConsentTopic topic, const Consent &consent)
{
    switch (topic) {
    case ConsentTopic::Newsletter: newsletter = consent; break;
    case ConsentTopic::Photos: photos = consent; break;
    case ConsentTopic::Sharing: sharing = consent; break;
    }
}

bool Person::sameContent(const Person &o) const
{
    return title == o.title && firstName == o.firstName && lastName == o.lastName && email == o.email && phone == o.phone
        && notes == o.notes && newsletter == o.newsletter && photos == o.photos && sharing == o.sharing;
}

bool isValidEmail(const QString &email)
{
    static const QRegularExpression re(QStringLiteral(R"(^[^@\s<>(),;:"]+@[^@\s<>(),;:"]+\.[^@\s<>(),;:".]{2,}$)"));
    return re.match(email.trimmed()).hasMatch();
}

FieldErrors validate(const Person &p)
{
    FieldErrors errors;
    if (p.lastName.trimmed().isEmpty())
        errors.append({QStringLiteral("last_name"), Text::tr("The last name is missing.")});
    if (!p.email.trimmed().isEmpty() && !isValidEmail(p.email))
        errors.append({QStringLiteral("email"), Text::tr("\"%1\" is not an e-mail address.").arg(p.email.trimmed())});
    for (ConsentTopic t : {ConsentTopic::Newsletter, ConsentTopic::Photos, ConsentTopic::Sharing}) {
        const Consent c = p.consent(t);
        if (c.on.isValid() && c.on > today().addDays(1))
            errors.append({QStringLiteral("consent_") + consentTopicKey(t),
                           Text::tr("The date of the consent \"%1\" lies in the future.").arg(consentTopicLabel(t))});
    }
    return errors;
}

Affiliation Affiliation::endedOn(const QDate &day) const
{
    Affiliation ended = *this;
    ended.validUntil = validFrom.isValid() && validFrom > day ? validFrom : day;
    return ended;
}

bool Affiliation::isCurrentOn(const QDate &day) const
{
    if (validFrom.isValid() && validFrom > day)
        return false;
    return !validUntil.isValid() || validUntil >= day;
}

bool Affiliation::sameContent(const Affiliation &o) const
{
    return personId == o.personId && organisationId == o.organisationId && jobTitle == o.jobTitle
        && validFrom == o.validFrom && validUntil == o.validUntil;
}

FieldErrors validate(const Affiliation &a)
{
    FieldErrors errors;
    if (a.organisationId <= 0)
        errors.append({QStringLiteral("organisation"), Text::tr("Choose the organisation.")});
    if (a.validFrom.isValid() && a.validUntil.isValid() && a.validUntil < a.validFrom)
        errors.append({QStringLiteral("valid_until"), Text::tr("The end of the period is before its start.")});
    return errors;
}

} // namespace fd
