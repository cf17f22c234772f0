// SPDX-License-Identifier: GPL-3.0-or-later
#include "officeprofile.h"

#include "db/database.h"
#include "db/sqlhelpers.h"
#include "db/transaction.h"

namespace fd {

namespace {
const QString OrganisationKey = QStringLiteral("office.organisation");
const QString CityKey = QStringLiteral("office.city");
const QString SignatoryKey = QStringLiteral("office.signatory");
const QString RoleKey = QStringLiteral("office.signatory_role");
const QString VersionKey = QStringLiteral("office.row_version");
} // namespace

OfficeProfile OfficeProfile::normalised() const
{
    OfficeProfile p = *this;
    p.organisation = p.organisation.simplified();
    p.city = p.city.simplified();
    p.signatory = p.signatory.simplified();
    p.signatoryRole = p.signatoryRole.simplified();
    return p;
}

QStringList officeProfileKeys()
{
    return {OrganisationKey, CityKey, SignatoryKey, RoleKey, VersionKey};
}

Result<OfficeProfile> OfficeProfileRepository::load() const
{
    OfficeProfile p;
    QList<QString> values;
    for (const QString &key : officeProfileKeys()) {
        auto value = m_db.readMetaValue(key);
        if (!value)
            return value.error();
        values << *value;
    }
    p.rowVersion = values.at(4).toLongLong();
    if (p.rowVersion == 0) {
        p.organisation = QStringLiteral("Deutsch-Europäisches Forum für Urbane Sicherheit e.V.");
        p.city = QStringLiteral("Hannover");
        return p;
    }
    p.organisation = values.at(0);
    p.city = values.at(1);
    p.signatory = values.at(2);
    p.signatoryRole = values.at(3);
    return p;
}

Result<OfficeProfile> OfficeProfileRepository::save(const OfficeProfile &input)
{
    OfficeProfile p = input.normalised();
    if (p.organisation.isEmpty())
        return Error(Error::Code::Validation, tr("The name of the organisation is missing.")).at(QString(), 0, QStringLiteral("organisation"));
    if (p.signatory.isEmpty() && !p.signatoryRole.isEmpty())
        return Error(Error::Code::Validation, tr("The role is printed under the signatory's name: give the name, or leave the role empty."))
            .at(QString(), 0, QStringLiteral("signatory"));

    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto stored = m_db.readMetaValue(VersionKey);
    if (!stored)
        return stored.error();
    if (stored->toLongLong() != input.rowVersion)
        return conflictError(tr("The office's details"));
    p.rowVersion = input.rowVersion + 1;
    const QList<std::pair<QString, QString>> values = {{OrganisationKey, p.organisation}, {CityKey, p.city}, {SignatoryKey, p.signatory},
                                                       {RoleKey, p.signatoryRole}, {VersionKey, QString::number(p.rowVersion)}};
    for (const auto &[key, value] : values) {
        if (Status s = m_db.setMetaValue(key, value); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return p;
}

} // namespace fd
