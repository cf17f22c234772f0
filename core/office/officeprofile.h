// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace fd {

class Database;

// Who the office is: printed on attendance certificates now, and on the
// annual report later. Kept in the database (not in one user's settings), so
// that every colleague's documents say the same.
struct OfficeProfile {
    QString organisation;  // "Deutsch-Europäisches Forum für Urbane Sicherheit e.V."
    QString city;          // where documents are signed: "Hannover"
    QString signatory;     // who signs certificates; empty: signed for the organisation
    QString signatoryRole; // "Geschäftsführerin"
    qint64 rowVersion = 0; // optimistic lock, as for every record

    // As stored: spaces simplified.
    OfficeProfile normalised() const;
    bool sameContent(const OfficeProfile &o) const
    {
        const OfficeProfile a = normalised(), b = o.normalised();
        return a.organisation == b.organisation && a.city == b.city && a.signatory == b.signatory && a.signatoryRole == b.signatoryRole;
    }
};

// The keys of forumdesk_meta that hold the profile (an on-site pack takes them along).
QStringList officeProfileKeys();

class OfficeProfileRepository
{
    Q_DECLARE_TR_FUNCTIONS(OfficeProfileRepository)
public:
    explicit OfficeProfileRepository(Database &db) : m_db(db) {}

    // The stored profile; for a database that has none yet, the defaults of
    // the office ForumDesk was first made for.
    Result<OfficeProfile> load() const;
    // Saves if nobody else saved since `profile` was loaded (rowVersion);
    // returns the profile with its new version.
    Result<OfficeProfile> save(const OfficeProfile &profile);

private:
    Database &m_db;
};

} // namespace fd
