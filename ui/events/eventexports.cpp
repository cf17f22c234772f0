// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventexports.h"

#include "app/session.h"
#include "common/clock.h"
#include "common/filedialogs.h"
#include "common/jobwait.h"
#include "db/database.h"
#include "events/eventdocuments.h"
#include "events/eventrepository.h"
#include "events/icalendar.h"
#include "events/registrationrepository.h"
#include "events/sitepack.h"
#include "exchange/exchange.h"
#include "i18n/language.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace fd {

EventExports::EventExports(Session &session, QWidget *parent, std::function<qint64()> currentEvent,
                           std::function<QList<qint64>()> selection)
    : QObject(parent), m_session(session), m_parent(parent), m_currentEvent(std::move(currentEvent)), m_selection(std::move(selection))
{
}

void EventExports::fillMenu(QMenu *menu)
{
    menu->addAction(tr("Participant list for Excel (.xlsx)…"), this, [this] { participantList(ListFormat::Xlsx); });
    menu->addAction(tr("Participant list (CSV)…"), this, [this] { participantList(ListFormat::Csv); });
    menu->addAction(tr("Sign-in sheet (PDF)…"), this, &EventExports::signInSheet);
    menu->addAction(tr("Name badges (PDF)…"), this, &EventExports::badges);
    menu->addAction(tr("Attendance certificates (PDF)…"), this, &EventExports::certificates);
    menu->addSeparator();
    menu->addAction(tr("Calendar entry (iCalendar)…"), this, &EventExports::calendarEntry);
    menu->addAction(tr("Calendar of the whole year (iCalendar)…"), this, &EventExports::calendarOfYear);
    menu->addSeparator();
    menu->addAction(tr("Write an e-mail to the participants…"), this, &EventExports::writeEmail);
    menu->addSeparator();
    menu->addAction(tr("On-site pack for check-in on a laptop…"), this, &EventExports::onSitePack);
}

QString EventExports::baseName() const
{
    auto event = EventRepository(m_session.db()).byId(m_currentEvent());
    if (!event)
        return QStringLiteral("event");
    QString name = event->startDate.toString(Qt::ISODate) + QLatin1Char(' ') + event->title;
    // Keep file names portable: no characters Windows refuses.
    name.replace(QRegularExpression(QStringLiteral(R"([\\/:*?"<>|])")), QStringLiteral("-"));
    return name.left(80).trimmed();
}

QString EventExports::askFile(const QString &title, const QString &suggestedName, const QString &filter)
{
    return askFileToWrite(m_parent, title, suggestedName, filter);
}

void EventExports::done(const QString &message, const QString &path)
{
    QMessageBox box(QMessageBox::Information, tr("Written"), message, QMessageBox::Close, m_parent);
    QPushButton *open = box.addButton(tr("Open"), QMessageBox::AcceptRole);
    box.setDefaultButton(open);
    box.exec();
    if (box.clickedButton() == open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void EventExports::failed(const QString &message)
{
    QMessageBox::warning(m_parent, tr("Not written"), message);
}

void EventExports::participantList(ListFormat format)
{
    auto event = EventRepository(m_session.db()).byId(m_currentEvent());
    if (!event)
        return;
    const QString path = format == ListFormat::Xlsx
        ? askFile(tr("Participant list for Excel"), baseName() + QStringLiteral(".xlsx"), tr("Excel workbooks (*.xlsx)"))
        : askFile(tr("Participant list"), baseName() + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    ListExportOptions options;
    options.germanHeaders = i18n::isGerman();
    options.event = event->uuid.toString(QUuid::WithoutBraces);
    auto job = m_session.worker().start<int>([path, format, options](Database &db, JobProgress &) {
        return exportList(db, QStringLiteral("registrations"), path, format, options);
    });
    const Result<int> &written = waitForJob(m_parent, tr("Writing the participant list…"), job, false);
    if (!written)
        return failed(written.error().message);
    done(tr("%n registration(s) written to %1.", nullptr, *written).arg(QDir::toNativeSeparators(path)), path);
}

void EventExports::signInSheet()
{
    const QString path = askFile(tr("Sign-in sheet"), baseName() + tr(" - sign-in sheet") + QStringLiteral(".pdf"), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const qint64 eventId = m_currentEvent();
    auto job = m_session.worker().start<DocumentSummary>(
        [eventId, path](Database &db, JobProgress &) { return EventDocuments(db).writeSignInSheet(eventId, path); });
    const Result<DocumentSummary> &written = waitForJob(m_parent, tr("Writing the sign-in sheet…"), job, false);
    if (!written)
        return failed(written.error().message);
    done(tr("Sign-in sheet with %n name(s) on %1 page(s) written.", nullptr, written->people).arg(written->pages), path);
}

void EventExports::badges()
{
    const QString path = askFile(tr("Name badges"), baseName() + tr(" - badges") + QStringLiteral(".pdf"), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const qint64 eventId = m_currentEvent();
    auto job = m_session.worker().start<DocumentSummary>(
        [eventId, path](Database &db, JobProgress &) { return EventDocuments(db).writeBadges(eventId, path); });
    const Result<DocumentSummary> &written = waitForJob(m_parent, tr("Writing the name badges…"), job, false);
    if (!written)
        return failed(written.error().message);
    done(tr("%n badge(s) on %1 page(s) written.", nullptr, written->people).arg(written->pages), path);
}

void EventExports::certificates()
{
    const QString path = askFile(tr("Attendance certificates"), baseName() + tr(" - certificates") + QStringLiteral(".pdf"),
                                 tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const qint64 eventId = m_currentEvent();
    auto job = m_session.worker().start<DocumentSummary>(
        [eventId, path](Database &db, JobProgress &) { return EventDocuments(db).writeCertificates(eventId, path); });
    const Result<DocumentSummary> &written = waitForJob(m_parent, tr("Writing the certificates…"), job, false);
    if (!written)
        return failed(written.error().message);
    done(tr("%n certificate(s) written.", nullptr, written->people), path);
}

void EventExports::calendarEntry()
{
    auto event = EventRepository(m_session.db()).byId(m_currentEvent());
    if (!event)
        return;
    const QString path = askFile(tr("Calendar entry"), baseName() + QStringLiteral(".ics"), tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    if (Status s = ICalendar::writeFile({*event}, path); !s)
        return failed(s.error().message);
    done(tr("The calendar entry was written to %1.").arg(QDir::toNativeSeparators(path)), path);
}

void EventExports::calendarOfYear()
{
    auto event = EventRepository(m_session.db()).byId(m_currentEvent());
    const int year = event ? event->startDate.year() : fd::today().year();
    const QString path = askFile(tr("Calendar of the year"), tr("Events %1").arg(year) + QStringLiteral(".ics"), tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    EventFilter filter;
    filter.year = year;
    auto items = EventRepository(m_session.db()).list(filter);
    if (!items)
        return failed(items.error().message);
    QList<Event> events;
    for (const EventListItem &item : std::as_const(*items))
        events << item.event;
    if (Status s = ICalendar::writeFile(events, path); !s)
        return failed(s.error().message);
    done(tr("%n event(s) of %1 written to %2.", nullptr, int(events.size())).arg(year).arg(QDir::toNativeSeparators(path)), path);
}

void EventExports::writeEmail()
{
    auto event = EventRepository(m_session.db()).byId(m_currentEvent());
    auto registrations = RegistrationRepository(m_session.db()).forEvent(m_currentEvent());
    if (!event || !registrations)
        return;
    const QList<qint64> selected = m_selection ? m_selection() : QList<qint64>();
    QStringList emails;
    for (const Registration &r : std::as_const(*registrations)) {
        const bool wanted = selected.isEmpty() ? r.status != RegistrationStatus::Cancelled : selected.contains(r.id);
        if (wanted && !r.email.isEmpty() && !emails.contains(r.email))
            emails << r.email;
    }
    if (emails.isEmpty())
        return failed(tr("None of these participants has an e-mail address."));
    // Participants see only the office's address; everyone else is in BCC.
    QUrl url(QStringLiteral("mailto:"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("bcc"), emails.join(QLatin1Char(',')));
    query.addQueryItem(QStringLiteral("subject"), event->title);
    url.setQuery(query);
    // Mail programs on Windows cut mailto links after about 2,000 characters: then the clipboard is safer.
    if (url.toEncoded().size() > 1800 || !QDesktopServices::openUrl(url)) {
        QApplication::clipboard()->setText(emails.join(QLatin1String("; ")));
        QMessageBox::information(m_parent, tr("E-mail addresses copied"),
                                 tr("%n address(es) are on the clipboard: paste them into the BCC field of a new e-mail.", nullptr,
                                    int(emails.size())));
    }
}

void EventExports::onSitePack()
{
    const QString path = askFile(tr("On-site pack"), baseName() + QStringLiteral(".fdpack"), tr("On-site packs (*.fdpack)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path) && !QFile::remove(path))
        return failed(tr("%1 cannot be replaced.").arg(QDir::toNativeSeparators(path)));
    const qint64 eventId = m_currentEvent();
    auto job = m_session.worker().start<SitePack::ExportResult>(
        [eventId, path](Database &db, JobProgress &) { return SitePack::write(db, eventId, path); });
    const Result<SitePack::ExportResult> &written = waitForJob(m_parent, tr("Writing the on-site pack…"), job, false);
    if (!written)
        return failed(written.error().message);
    QMessageBox::information(m_parent, tr("On-site pack written"),
                             tr("%1 is written (registrations: %2, people: %3). Copy it to the laptop and open it there with ForumDesk "
                                "(File > Open database); back in the office, merge it with File > Merge on-site pack.")
                                 .arg(QDir::toNativeSeparators(path))
                                 .arg(written->registrations)
                                 .arg(written->people));
}

} // namespace fd
