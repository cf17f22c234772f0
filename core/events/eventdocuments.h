// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "events/event.h"
#include "office/officeprofile.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace fd {

class Database;

// Who issues certificates: the office (OfficeProfile), by default.
struct DocumentIssuer {
    QString organisation;
    QString city;
    QString signatory;     // printed under the signature line; empty: the organisation
    QString signatoryRole; // "Geschäftsführerin"
    QDate issuedOn;        // invalid: today

    // The office's details as stored in the database.
    static DocumentIssuer fromProfile(const OfficeProfile &profile);
};

// What was written, for the message to the user.
struct DocumentSummary {
    int people = 0;
    int pages = 0;
};

// The paper an event needs: the sign-in sheet to pass round, name badges, and
// attendance certificates afterwards. A4 PDFs painted with QPainter, so that
// the CLI can make them without a window. Each refuses, with a message, when
// nobody would be on it, rather than writing an empty document.
class EventDocuments
{
    Q_DECLARE_TR_FUNCTIONS(EventDocuments)
public:
    explicit EventDocuments(Database &db) : m_db(db) {}

    // Everyone registered or attended, by last name, with `blankRows` numbered
    // empty rows for walk-ins; the header repeats on every page.
    Result<DocumentSummary> writeSignInSheet(qint64 eventId, const QString &pdfPath, int blankRows = 5) const;
    // Eight 90 x 55 mm badges per page (2 x 4) with cut marks, registered and attended people.
    Result<DocumentSummary> writeBadges(qint64 eventId, const QString &pdfPath) const;
    // One page per person marked as attended, issued by the office as
    // stored in the database (OfficeProfile) unless `issuer` says otherwise.
    Result<DocumentSummary> writeCertificates(qint64 eventId, const QString &pdfPath) const;
    Result<DocumentSummary> writeCertificates(qint64 eventId, const QString &pdfPath, const DocumentIssuer &issuer) const;

    // The people on the sign-in sheet and the badges (registered or attended),
    // sorted by last name, then first name, ignoring case and accents.
    static QList<Registration> expectedPeople(const QList<Registration> &registrations);
    // The people who get a certificate (attended), in the same order.
    static QList<Registration> attendees(const QList<Registration> &registrations);
    // "Hecker, Dr. Meike": the name as a list sorted by last name shows it.
    static QString listName(const Registration &registration);

private:
    Database &m_db;
};

} // namespace fd
