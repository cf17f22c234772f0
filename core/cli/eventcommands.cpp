// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventcommands.h"

#include "cli/cli.h"
#include "cli/cliargs.h"
#include "events/eventdocuments.h"
#include "events/eventrepository.h"
#include "events/icalendar.h"

#include <QDir>
#include <QTextStream>

namespace fd {

namespace {

// The CLI's messages share one translation context, wherever they are written.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

const QString Ics = QStringLiteral("ics");
const QString SignIn = QStringLiteral("signin");
const QString Badges = QStringLiteral("badges");
const QString Certificates = QStringLiteral("certificates");

class EventExport
{
public:
    EventExport(Database &db, const CliArgs &args, QTextStream &out, QTextStream &err)
        : m_db(db), m_args(args), m_out(out), m_err(err)
    {
    }

    int run(const QString &kind)
    {
        m_path = m_args.option(QStringLiteral("out"));
        if (m_path.isEmpty())
            return usage(Text::tr("Where to? Give --out FILE."));
        if (kind == Ics)
            return calendar();
        return document(kind);
    }

private:
    int calendar()
    {
        const QString eventName = m_args.option(QStringLiteral("event"));
        const QString yearText = m_args.option(QStringLiteral("year"));
        if (!eventName.isEmpty() && !yearText.isEmpty())
            return usage(Text::tr("Give either --year or --event, not both."));
        QList<Event> events;
        if (!eventName.isEmpty()) {
            auto event = EventRepository(m_db).resolve(eventName);
            if (!event)
                return fail(event.error());
            events << *event;
        } else {
            EventFilter filter;
            if (!yearText.isEmpty()) {
                filter.year = Cli::parseYear(yearText);
                if (!filter.year)
                    return usage(Cli::tr("--year needs a year such as 2024, not \"%1\".").arg(yearText));
            }
            auto items = EventRepository(m_db).list(filter);
            if (!items)
                return fail(items.error());
            for (const EventListItem &item : *items)
                events << item.event;
            if (events.isEmpty()) {
                m_err << (filter.year ? Text::tr("There are no events in %1.").arg(*filter.year) : Text::tr("There are no events."))
                      << '\n';
                return Cli::DataError;
            }
        }
        if (Status s = ICalendar::writeFile(events, m_path); !s)
            return fail(s.error());
        m_out << Text::tr("%n event(s) written to %1.", nullptr, int(events.size())).arg(QDir::toNativeSeparators(m_path)) << '\n';
        return Cli::Ok;
    }

    int document(const QString &kind)
    {
        const QString eventName = m_args.option(QStringLiteral("event"));
        if (eventName.isEmpty())
            return usage(Text::tr("Which event? Give --event with its UUID or title."));
        auto event = EventRepository(m_db).resolve(eventName);
        if (!event)
            return fail(event.error());
        EventDocuments documents(m_db);
        const QString where = QDir::toNativeSeparators(m_path);
        if (kind == SignIn) {
            auto written = documents.writeSignInSheet(event->id, m_path);
            if (!written)
                return fail(written.error());
            m_out << Text::tr("Sign-in sheet with %n name(s) on %1 page(s) written to %2.", nullptr, written->people)
                         .arg(written->pages)
                         .arg(where)
                  << '\n';
        } else if (kind == Badges) {
            auto written = documents.writeBadges(event->id, m_path);
            if (!written)
                return fail(written.error());
            m_out << Text::tr("%n badge(s) on %1 page(s) written to %2.", nullptr, written->people).arg(written->pages).arg(where)
                  << '\n';
        } else {
            auto profile = OfficeProfileRepository(m_db).load();
            if (!profile)
                return fail(profile.error());
            DocumentIssuer issuer = DocumentIssuer::fromProfile(*profile);
            if (m_args.options.contains(QStringLiteral("signatory"))) {
                // Someone else signs this time: their role is not the stored one.
                issuer.signatory = m_args.option(QStringLiteral("signatory"));
                issuer.signatoryRole.clear();
            }
            auto written = documents.writeCertificates(event->id, m_path, issuer);
            if (!written)
                return fail(written.error());
            m_out << Text::tr("%n certificate(s) written to %1.", nullptr, written->people).arg(where) << '\n';
        }
        return Cli::Ok;
    }

    int usage(const QString &message)
    {
        m_err << message << '\n' << Cli::usage();
        return Cli::UsageError;
    }

    int fail(const Error &error) { return Cli::fail(m_err, error); }

    Database &m_db;
    const CliArgs &m_args;
    QTextStream &m_out;
    QTextStream &m_err;
    QString m_path;
};

} // namespace

QStringList eventExportKinds()
{
    return {Ics, SignIn, Badges, Certificates};
}

bool exportRendersPdf(const QString &kind)
{
    return kind == SignIn || kind == Badges || kind == Certificates;
}

int exportEvents(const QString &kind, Database &db, const CliArgs &args, QTextStream &out, QTextStream &err)
{
    return EventExport(db, args, out, err).run(kind);
}

} // namespace fd
