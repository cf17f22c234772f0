// SPDX-License-Identifier: GPL-3.0-or-later
#include "publication.h"

#include "common/clock.h"
#include "db/database.h"
#include "db/recordrepository.h"
#include "db/tables.h"
#include "db/transaction.h"

#include <QUrl>

namespace fd {

namespace {

PublicationStatus statusFromKey(const QString &key)
{
    return parsePublicationStatus(key).value_or(PublicationStatus::Published);
}

using PublicationMap = RecordMap<Publication>;

const PublicationMap &publicationMap()
{
    static const PublicationMap map = PublicationMap::record(
        tables::publications(),
        {PublicationMap::field("authors", &Publication::authors), PublicationMap::field("title", &Publication::title),
         PublicationMap::field("venue", &Publication::venue), PublicationMap::field("year", &Publication::year),
         PublicationMap::keyed("status", &Publication::status, publicationStatusKey, statusFromKey),
         PublicationMap::field("link", &Publication::link), PublicationMap::field("notes", &Publication::notes)});
    return map;
}

RecordRepository<Publication> repository(Database &db)
{
    return RecordRepository<Publication>(db, publicationMap(), QStringLiteral("year DESC, title_key, id"));
}

} // namespace

QString publicationStatusKey(PublicationStatus status)
{
    switch (status) {
    case PublicationStatus::Published:
        return QStringLiteral("published");
    case PublicationStatus::Forthcoming:
        return QStringLiteral("forthcoming");
    case PublicationStatus::Planned:
        return QStringLiteral("planned");
    }
    return QStringLiteral("published");
}

QString publicationStatusLabel(PublicationStatus status)
{
    switch (status) {
    case PublicationStatus::Published:
        return Publications::tr("published");
    case PublicationStatus::Forthcoming:
        return Publications::tr("forthcoming");
    case PublicationStatus::Planned:
        return Publications::tr("planned");
    }
    return QString();
}

std::optional<PublicationStatus> parsePublicationStatus(const QString &key)
{
    for (auto s : {PublicationStatus::Published, PublicationStatus::Forthcoming, PublicationStatus::Planned}) {
        if (publicationStatusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

bool Publication::sameContent(const Publication &o) const
{
    return authors == o.authors && title == o.title && venue == o.venue && year == o.year && status == o.status && link == o.link
        && notes == o.notes;
}

FieldErrors validate(const Publication &p)
{
    FieldErrors errors;
    if (p.title.trimmed().isEmpty())
        errors.append({QStringLiteral("title"), Publications::tr("A publication needs a title.")});
    if (p.year < 1900 || p.year > 2999)
        errors.append({QStringLiteral("year"), Publications::tr("The year %1 is not a valid year.").arg(p.year)});
    else if (p.status == PublicationStatus::Published && p.year > today().year())
        errors.append({QStringLiteral("year"), Publications::tr("A publication of %1 cannot have appeared yet; mark it as forthcoming or planned.")
                                                  .arg(p.year)});
    if (!p.link.isEmpty()) {
        const QUrl url(p.link, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) || url.host().isEmpty())
            errors.append({QStringLiteral("link"), Publications::tr("\"%1\" is not a web address (https://…).").arg(p.link)});
    }
    return errors;
}

void Publications::normalise(Publication &p)
{
    p.authors = p.authors.simplified();
    p.title = p.title.simplified();
    p.venue = p.venue.simplified();
    p.link = p.link.trimmed();
    p.notes = p.notes.trimmed();
}

QVariantMap Publications::toRow(const Publication &publication)
{
    return publicationMap().toRow(publication);
}

Publication Publications::fromRow(const QVariantMap &row)
{
    return publicationMap().fromRow(row);
}

Result<QList<Publication>> Publications::list(int year) const
{
    if (year > 0)
        return repository(m_db).select(QStringLiteral("year = ?"), {year});
    return repository(m_db).select();
}

Result<Publication> Publications::byId(qint64 id) const
{
    return repository(m_db).byId(id, tr("The publication no longer exists."));
}

Result<Publication> Publications::create(Publication p)
{
    normalise(p);
    if (const FieldErrors errors = validate(p); !errors.isEmpty())
        return validationError(errors);
    return repository(m_db).insert(p);
}

Result<Publication> Publications::update(Publication p)
{
    normalise(p);
    if (const FieldErrors errors = validate(p); !errors.isEmpty())
        return validationError(errors);
    return repository(m_db).update(p, p.title);
}

Status Publications::remove(qint64 id, qint64 expectedRowVersion)
{
    return repository(m_db).remove(id, expectedRowVersion, tr("The publication"));
}

} // namespace fd
