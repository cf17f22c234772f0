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

Result<OfficeProfile> OfficeProfileRepository::load() const
{
    OfficeProfile p;
    p.rowVersion = m_db.metaValue(VersionKey).toLongLong();
    if (p.rowVersion == 0) {
        p.organisation = QStringLiteral("Deutsch-Europäisches Forum für Urbane Sicherheit e.V.");
        p.city = QStringLiteral("Hannover");
        return p;
    }
    p.organisation = m_db.metaValue(OrganisationKey);
    p.city = m_db.metaValue(CityKey);
    p.signatory = m_db.metaValue(SignatoryKey);
    p.signatoryRole = m_db.metaValue(RoleKey);
    return p;
}

Result<OfficeProfile> OfficeProfileRepository::save(const OfficeProfile &input)
{
    OfficeProfile p = input;
    p.organisation = p.organisation.simplified();
    p.city = p.city.simplified();
    p.signatory = p.signatory.simplified();
    p.signatoryRole = p.signatoryRole.simplified();
    if (p.organisation.isEmpty())
        return Error(Error::Code::Validation, tr("The name of the organisation is missing.")).at(QString(), 0, QStringLiteral("organisation"));

    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    if (m_db.metaValue(VersionKey).toLongLong() != input.rowVersion)
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
