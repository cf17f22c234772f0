// SPDX-License-Identifier: GPL-3.0-or-later
#include "organisation.h"

#include "common/dates.h"
#include "common/textfold.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

namespace fd {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Organisation)
};
} // namespace

QString organisationKindKey(OrganisationKind kind)
{
    return kind == OrganisationKind::City ? QStringLiteral("city") : QStringLiteral("organisation");
}

QString organisationKindLabel(OrganisationKind kind)
{
    return kind == OrganisationKind::City ? Text::tr("City") : Text::tr("Organisation");
}

std::optional<OrganisationKind> parseOrganisationKind(const QString &text)
{
    const QString key = foldKey(text);
    static const QStringList cities = {QStringLiteral("city"), QStringLiteral("stadt"), QStringLiteral("kommune"),
                                       QStringLiteral("gemeinde"), QStringLiteral("municipality"), QStringLiteral("landkreis"),
                                       QStringLiteral("kreis")};
    static const QStringList organisations = {QStringLiteral("organisation"), QStringLiteral("organization"),
                                              QStringLiteral("org"), QStringLiteral("verband"), QStringLiteral("verein"),
                                              QStringLiteral("institution")};
    if (cities.contains(key))
        return OrganisationKind::City;
    if (organisations.contains(key))
        return OrganisationKind::Organisation;
    return std::nullopt;
}

bool Organisation::isMemberOn(const QDate &day) const
{
    if (!joinedOn.isValid() || day < joinedOn)
        return false;
    return !leftOn.isValid() || day <= leftOn;
}

bool Organisation::isMemberDuring(int year) const
{
    if (!joinedOn.isValid())
        return false;
    const QDate first(year, 1, 1);
    const QDate last(year, 12, 31);
    return joinedOn <= last && (!leftOn.isValid() || leftOn >= first);
}

bool Organisation::sameContent(const Organisation &o) const
{
    return kind == o.kind && name == o.name && state == o.state && country == o.country && joinedOn == o.joinedOn
        && leftOn == o.leftOn && website == o.website && notes == o.notes;
}

MembershipStatus membershipStatus(const Organisation &org, const QDate &today)
{
    if (!org.isMember())
        return MembershipStatus::NotMember;
    if (org.joinedOn > today)
        return MembershipStatus::Future;
    if (org.leftOn.isValid() && org.leftOn < today)
        return MembershipStatus::Former;
    return MembershipStatus::Current;
}

QString membershipStatusLabel(MembershipStatus status)
{
    switch (status) {
    case MembershipStatus::Current: return Text::tr("Member");
    case MembershipStatus::Future: return Text::tr("Joining");
    case MembershipStatus::Former: return Text::tr("Former member");
    case MembershipStatus::NotMember: return Text::tr("Not a member");
    }
    return {};
}

FieldErrors validate(const Organisation &org)
{
    FieldErrors errors;
    if (org.name.trimmed().isEmpty())
        errors.append({QStringLiteral("name"), Text::tr("The name is missing.")});
    if (org.leftOn.isValid() && !org.joinedOn.isValid())
        errors.append({QStringLiteral("joined_on"), Text::tr("A member who left needs the date they joined.")});
    if (org.leftOn.isValid() && org.joinedOn.isValid() && org.leftOn < org.joinedOn)
        errors.append({QStringLiteral("left_on"), Text::tr("The leaving date (%1) is before the joining date (%2).")
                                                      .arg(formatDate(org.leftOn), formatDate(org.joinedOn))});
    if (!org.website.trimmed().isEmpty()) {
        QString site = org.website.trimmed();
        if (!site.contains(QLatin1String("://")))
            site.prepend(QLatin1String("https://"));
        const QUrl url(site, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || !url.host().contains(QLatin1Char('.')) || site.contains(QLatin1Char(' ')))
            errors.append({QStringLiteral("website"), Text::tr("The website \"%1\" is not a web address.").arg(org.website)});
    }
    if (!org.country.isEmpty() && !QRegularExpression(QStringLiteral("^[A-Z]{2}$")).match(org.country).hasMatch())
        errors.append({QStringLiteral("country"), Text::tr("The country must be a two-letter code such as DE or AT.")});
    return errors;
}

bool MembershipFee::sameContent(const MembershipFee &o) const
{
    return organisationId == o.organisationId && year == o.year && amountCents == o.amountCents && paidOn == o.paidOn
        && notes == o.notes;
}

FieldErrors validate(const MembershipFee &fee)
{
    FieldErrors errors;
    if (fee.year < 1900 || fee.year > 2999)
        errors.append({QStringLiteral("year"), Text::tr("The year %1 is not a valid year.").arg(fee.year)});
    if (fee.amountCents < 0)
        errors.append({QStringLiteral("amount"), Text::tr("The fee cannot be negative.")});
    if (fee.paidOn.isValid() && fee.paidOn.year() < fee.year - 1)
        errors.append({QStringLiteral("paid_on"), Text::tr("The payment date is more than a year before the fee year.")});
    return errors;
}

QString formatMoney(qint64 cents)
{
    return QLocale().toCurrencyString(double(cents) / 100.0, QStringLiteral("€"));
}

std::optional<qint64> parseMoney(const QString &input)
{
    QString text = input.trimmed();
    text.remove(QStringLiteral("€")).remove(QStringLiteral("EUR"), Qt::CaseInsensitive).remove(QLatin1Char(' '));
    text.remove(QChar(0x00A0));
    if (text.isEmpty())
        return std::nullopt;
    static const QRegularExpression german(QStringLiteral(R"(^\d{1,3}(\.\d{3})*(,\d{1,2})?$|^\d+(,\d{1,2})?$)"));
    static const QRegularExpression english(QStringLiteral(R"(^\d{1,3}(,\d{3})*(\.\d{1,2})?$|^\d+(\.\d{1,2})?$)"));
    QString normal;
    if (german.match(text).hasMatch() && (text.contains(QLatin1Char(',')) || !text.contains(QLatin1Char('.'))
                                          || text.section(QLatin1Char('.'), -1).size() == 3)) {
        normal = text;
        normal.remove(QLatin1Char('.')).replace(QLatin1Char(','), QLatin1Char('.'));
    } else if (english.match(text).hasMatch()) {
        normal = text;
        normal.remove(QLatin1Char(','));
    } else {
        return std::nullopt;
    }
    bool ok = false;
    const double value = normal.toDouble(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return qRound64(value * 100.0);
}

} // namespace fd
