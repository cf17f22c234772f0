// SPDX-License-Identifier: GPL-3.0-or-later
#include "event.h"

#include "common/dates.h"
#include "common/textfold.h"

#include <QCoreApplication>
#include <QLocale>
#include <QUrl>

namespace fd {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Event)
};

template<typename E>
struct Word {
    const char *text;
    E value;
};

template<typename E, size_t N>
std::optional<E> parseWord(const QString &input, const Word<E> (&words)[N])
{
    const QString key = foldKey(input).remove(QLatin1Char('-')).remove(QLatin1Char('_')).remove(QLatin1Char(' '));
    for (const Word<E> &w : words) {
        QString candidate = foldKey(QString::fromUtf8(w.text));
        candidate.remove(QLatin1Char('-')).remove(QLatin1Char('_')).remove(QLatin1Char(' '));
        if (candidate == key)
            return w.value;
    }
    return std::nullopt;
}

const Word<EventFormat> FormatWords[] = {
    {"online", EventFormat::Online}, {"digital", EventFormat::Online}, {"virtuell", EventFormat::Online},
    {"on_site", EventFormat::OnSite}, {"vor Ort", EventFormat::OnSite}, {"on site", EventFormat::OnSite},
    {"Präsenz", EventFormat::OnSite}, {"in person", EventFormat::OnSite}, {"hybrid", EventFormat::Hybrid},
};
const Word<Audience> AudienceWords[] = {
    {"members", Audience::Members}, {"Mitglieder", Audience::Members}, {"members only", Audience::Members},
    {"nur Mitglieder", Audience::Members}, {"intern", Audience::Members}, {"public", Audience::Public},
    {"öffentlich", Audience::Public}, {"offen", Audience::Public},
};
const Word<EventRole> RoleWords[] = {
    {"organiser", EventRole::Organiser}, {"organizer", EventRole::Organiser}, {"Veranstalter", EventRole::Organiser},
    {"Veranstalterin", EventRole::Organiser}, {"co_organiser", EventRole::CoOrganiser}, {"co-organiser", EventRole::CoOrganiser},
    {"co-organizer", EventRole::CoOrganiser}, {"Mitveranstalter", EventRole::CoOrganiser}, {"Kooperation", EventRole::CoOrganiser},
    {"attendee", EventRole::Attendee}, {"Teilnahme", EventRole::Attendee}, {"Teilnehmer", EventRole::Attendee},
    {"speaker", EventRole::Speaker}, {"Vortrag", EventRole::Speaker}, {"Referent", EventRole::Speaker}, {"Input", EventRole::Speaker},
};
const Word<RegistrationStatus> StatusWords[] = {
    {"registered", RegistrationStatus::Registered}, {"angemeldet", RegistrationStatus::Registered},
    {"waitlisted", RegistrationStatus::Waitlisted}, {"Warteliste", RegistrationStatus::Waitlisted},
    {"waitlist", RegistrationStatus::Waitlisted}, {"cancelled", RegistrationStatus::Cancelled},
    {"canceled", RegistrationStatus::Cancelled}, {"abgemeldet", RegistrationStatus::Cancelled},
    {"storniert", RegistrationStatus::Cancelled}, {"attended", RegistrationStatus::Attended},
    {"teilgenommen", RegistrationStatus::Attended}, {"anwesend", RegistrationStatus::Attended},
    {"no_show", RegistrationStatus::NoShow}, {"no-show", RegistrationStatus::NoShow},
    {"nicht erschienen", RegistrationStatus::NoShow},
};
const Word<RegistrationSource> SourceWords[] = {
    {"phone", RegistrationSource::Phone}, {"Telefon", RegistrationSource::Phone}, {"email", RegistrationSource::Email},
    {"E-Mail", RegistrationSource::Email}, {"form", RegistrationSource::Form}, {"Formular", RegistrationSource::Form},
    {"web form", RegistrationSource::Form}, {"on_site", RegistrationSource::OnSite}, {"vor Ort", RegistrationSource::OnSite},
    {"paper", RegistrationSource::Paper}, {"Papier", RegistrationSource::Paper}, {"Liste", RegistrationSource::Paper},
    {"import", RegistrationSource::Import},
};

bool uiIsGerman()
{
    return QLocale().language() == QLocale::German;
}

} // namespace

QString formatKey(EventFormat f)
{
    switch (f) {
    case EventFormat::Online: return QStringLiteral("online");
    case EventFormat::OnSite: return QStringLiteral("on_site");
    case EventFormat::Hybrid: return QStringLiteral("hybrid");
    }
    return {};
}

QString formatLabel(EventFormat f)
{
    switch (f) {
    case EventFormat::Online: return Text::tr("online");
    case EventFormat::OnSite: return Text::tr("on site");
    case EventFormat::Hybrid: return Text::tr("hybrid");
    }
    return {};
}

std::optional<EventFormat> parseFormat(const QString &text)
{
    return parseWord(text, FormatWords);
}

QString audienceKey(Audience a)
{
    return a == Audience::Members ? QStringLiteral("members") : QStringLiteral("public");
}

QString audienceLabel(Audience a)
{
    return a == Audience::Members ? Text::tr("members") : Text::tr("public");
}

std::optional<Audience> parseAudience(const QString &text)
{
    return parseWord(text, AudienceWords);
}

QString roleKey(EventRole r)
{
    switch (r) {
    case EventRole::Organiser: return QStringLiteral("organiser");
    case EventRole::CoOrganiser: return QStringLiteral("co_organiser");
    case EventRole::Attendee: return QStringLiteral("attendee");
    case EventRole::Speaker: return QStringLiteral("speaker");
    }
    return {};
}

QString roleLabel(EventRole r)
{
    switch (r) {
    case EventRole::Organiser: return Text::tr("organiser");
    case EventRole::CoOrganiser: return Text::tr("co-organiser");
    case EventRole::Attendee: return Text::tr("attendee");
    case EventRole::Speaker: return Text::tr("speaker");
    }
    return {};
}

std::optional<EventRole> parseRole(const QString &text)
{
    return parseWord(text, RoleWords);
}

QString statusKey(RegistrationStatus s)
{
    switch (s) {
    case RegistrationStatus::Registered: return QStringLiteral("registered");
    case RegistrationStatus::Waitlisted: return QStringLiteral("waitlisted");
    case RegistrationStatus::Cancelled: return QStringLiteral("cancelled");
    case RegistrationStatus::Attended: return QStringLiteral("attended");
    case RegistrationStatus::NoShow: return QStringLiteral("no_show");
    }
    return {};
}

QString statusLabel(RegistrationStatus s)
{
    switch (s) {
    case RegistrationStatus::Registered: return Text::tr("registered");
    case RegistrationStatus::Waitlisted: return Text::tr("waitlisted");
    case RegistrationStatus::Cancelled: return Text::tr("cancelled");
    case RegistrationStatus::Attended: return Text::tr("attended");
    case RegistrationStatus::NoShow: return Text::tr("no-show");
    }
    return {};
}

std::optional<RegistrationStatus> parseStatus(const QString &text)
{
    return parseWord(text, StatusWords);
}

QString sourceKey(RegistrationSource s)
{
    switch (s) {
    case RegistrationSource::Phone: return QStringLiteral("phone");
    case RegistrationSource::Email: return QStringLiteral("email");
    case RegistrationSource::Form: return QStringLiteral("form");
    case RegistrationSource::OnSite: return QStringLiteral("on_site");
    case RegistrationSource::Paper: return QStringLiteral("paper");
    case RegistrationSource::Import: return QStringLiteral("import");
    }
    return {};
}

QString sourceLabel(RegistrationSource s)
{
    switch (s) {
    case RegistrationSource::Phone: return Text::tr("phone");
    case RegistrationSource::Email: return Text::tr("e-mail");
    case RegistrationSource::Form: return Text::tr("web form");
    case RegistrationSource::OnSite: return Text::tr("on site");
    case RegistrationSource::Paper: return Text::tr("paper list");
    case RegistrationSource::Import: return Text::tr("import");
    }
    return {};
}

std::optional<RegistrationSource> parseSource(const QString &text)
{
    return parseWord(text, SourceWords);
}

QString EventKind::name() const
{
    return uiIsGerman() ? nameDe : nameEn;
}

FieldErrors validate(const EventKind &kind)
{
    FieldErrors errors;
    if (kind.nameDe.trimmed().isEmpty())
        errors.append({QStringLiteral("name_de"), Text::tr("The German name is missing.")});
    if (kind.nameEn.trimmed().isEmpty())
        errors.append({QStringLiteral("name_en"), Text::tr("The English name is missing.")});
    return errors;
}

QString Event::dateText() const
{
    const QString start = formatDate(startDate);
    auto time = [](const QTime &t) { return formatTime(t); };
    if (isMultiDay() && !startTime.isValid() && !endTime.isValid() && uiIsGerman()) {
        // As German offices write ranges: 19.–20.09.2024, 30.09.–02.10.2024.
        if (startDate.year() == endDate.year() && startDate.month() == endDate.month())
            return startDate.toString(QStringLiteral("dd.")) + QStringLiteral("–") + formatDate(endDate);
        if (startDate.year() == endDate.year())
            return formatDayMonth(startDate) + QStringLiteral("–") + formatDate(endDate);
    }
    if (isMultiDay()) {
        QString text = start;
        if (startTime.isValid())
            text += QLatin1Char(' ') + time(startTime);
        text += QStringLiteral(" – ") + formatDate(endDate);
        if (endTime.isValid())
            text += QLatin1Char(' ') + time(endTime);
        return text;
    }
    if (startTime.isValid() && endTime.isValid())
        return start + QStringLiteral(", ") + time(startTime) + QStringLiteral("–") + time(endTime);
    if (startTime.isValid())
        return start + QStringLiteral(", ") + time(startTime);
    return start;
}

QString Event::placeText() const
{
    QStringList parts;
    if (format == EventFormat::Online)
        return formatLabel(format);
    if (!city.isEmpty())
        parts << city;
    if (!venue.isEmpty())
        parts << venue;
    QString text = parts.join(QLatin1String(", "));
    if (format == EventFormat::Hybrid)
        text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + QLatin1Char('(') + formatLabel(format) + QLatin1Char(')');
    return text;
}

bool Event::sameContent(const Event &o) const
{
    return title == o.title && kindId == o.kindId && assemblyNumber == o.assemblyNumber && startDate == o.startDate
        && startTime == o.startTime && endDate == o.endDate && endTime == o.endTime && format == o.format && city == o.city
        && venue == o.venue && audience == o.audience && role == o.role && partners == o.partners && funderId == o.funderId
        && projectName == o.projectName && projectId == o.projectId && capacity == o.capacity && registrationOpen == o.registrationOpen
        && reportedParticipants == o.reportedParticipants && documentationUrl == o.documentationUrl
        && documentationMembersOnly == o.documentationMembersOnly && notes == o.notes;
}

FieldErrors validate(const Event &e)
{
    FieldErrors errors;
    if (e.title.trimmed().isEmpty())
        errors.append({QStringLiteral("title"), Text::tr("The title is missing.")});
    if (e.kindId <= 0)
        errors.append({QStringLiteral("kind"), Text::tr("Choose the kind of event.")});
    if (!e.startDate.isValid())
        errors.append({QStringLiteral("start"), Text::tr("The start date is missing.")});
    if (e.endDate.isValid() && e.startDate.isValid() && e.endDate < e.startDate)
        errors.append({QStringLiteral("end"), Text::tr("The event ends (%1) before it starts (%2).").arg(formatDate(e.endDate), formatDate(e.startDate))});
    if (e.startDate.isValid() && (!e.endDate.isValid() || e.endDate == e.startDate) && e.startTime.isValid() && e.endTime.isValid()
        && e.endTime < e.startTime)
        errors.append({QStringLiteral("end"), Text::tr("The event ends before it starts.")});
    if (e.endTime.isValid() && !e.startTime.isValid())
        errors.append({QStringLiteral("start"), Text::tr("An end time needs a start time.")});
    if (e.capacity && *e.capacity < 0)
        errors.append({QStringLiteral("capacity"), Text::tr("The capacity cannot be negative.")});
    if (e.reportedParticipants && *e.reportedParticipants < 0)
        errors.append({QStringLiteral("participants"), Text::tr("The number of participants cannot be negative.")});
    if (e.assemblyNumber < 0)
        errors.append({QStringLiteral("assembly_number"), Text::tr("The number of the general assembly must be positive.")});
    if (!e.documentationUrl.trimmed().isEmpty()) {
        const QUrl url(e.documentationUrl.trimmed(), QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty() || (url.host().isEmpty() && url.scheme() != QLatin1String("file")))
            errors.append({QStringLiteral("documentation"), Text::tr("The documentation link \"%1\" is not a web address (https://…).").arg(e.documentationUrl)});
    }
    return errors;
}

std::optional<int> EventListItem::participants() const
{
    if (counts.attended > 0)
        return counts.attended;
    return event.reportedParticipants;
}

} // namespace fd
