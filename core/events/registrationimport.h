// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/csvimport.h"
#include "events/event.h"
#include "events/seatrule.h"
#include "people/person.h"

#include <QTimeZone>

#include <memory>
#include <optional>

namespace fd {

class PersonCreator;

// Registrations from a CSV list: Veranstaltung (the event's UUID or its
// unique title); Titel; Vorname; Nachname; Organisation; E-Mail; Status;
// Angemeldet am; Quelle. Each row links to the person we know (by e-mail, or
// by name) or creates them once. The event's capacity applies in the order
// of the file: "registered" rows past it go on the waitlist, and the report
// (and a dry run) says who. Large files are written in batches as they are
// read (writesInBatches), inside the import's one transaction.
class RegistrationImporter : public CsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(RegistrationImporter)
public:
    explicit RegistrationImporter(Database &db);
    ~RegistrationImporter() override;

    QList<ColumnSpec> columns() const override;

protected:
    void prepareRecord(const CsvRecord &record, const ColumnMap &columns, ImportReport &report, PreviewRow &row) override;
    void reset() override;
    Status write(ImportReport &report, const ProgressFn &progress) override;
    void notifyWritten() override;
    bool writesInBatches() const override { return true; }

private:
    // A person the file names: one we know (id), or one the import creates (index into m_newPeople).
    struct PersonRef {
        qint64 id = 0;
        int newIndex = -1;
        QString name;
        bool isValid() const { return id > 0 || newIndex >= 0; }
        QString key() const;
    };
    struct NewPerson {
        Person person;
        qint64 organisationId = 0;   // existing organisation
        QString newOrganisationName; // or one to create
    };
    // An event of the file, with what its registrations will be once the rows planned so far are in.
    struct EventState {
        Event event;
        SeatRule places{std::nullopt, 0, 0};       // by the rows planned so far
        int seatsTakenAtCheck = 0;                 // as the database held them when the event was first named
        int waitingAtCheck = 0;
        bool checkedOnWrite = false;               // the database still holds that, checked before the first write
        QHash<qint64, RegistrationStatus> people; // registered in the database: person id -> status
        QHash<qint64, int> inFile;                 // person key (id, or -1 - new index) -> line
    };
    struct Planned {
        int line = 0;
        qint64 eventId = 0;
        PersonRef person;
        RegistrationStatus status = RegistrationStatus::Registered;
        RegistrationSource source = RegistrationSource::Import;
        QDateTime registeredAt; // invalid: the time of the import
    };

    void loadExisting();
    qint64 resolveEvent(const QString &text, int line, const QString &column, ImportReport &report);
    PersonRef resolvePerson(const Person &person, const QString &organisation, int line, const QString &organisationColumn,
                            ImportReport &report);
    PersonRef createPerson(const Person &person, const QString &organisation, const QString &orgKey, int line,
                           const QString &organisationColumn, ImportReport &report);

    std::optional<RegistrationStatus> statusWord(const QString &text);
    std::optional<RegistrationSource> sourceWord(const QString &text);

    const ColumnMap *m_columnsSeen = nullptr;
    QList<int> m_columnIndex;                      // per column of columns(): its index in the file's records
    QStringList m_columnHeaders;                   // and its header as the file writes it
    QTimeZone m_zone;                              // the office's clock
    QList<Planned> m_planned;                      // checked, not written yet
    std::unique_ptr<PersonCreator> m_creator;      // across the batches of one import
    QHash<int, qint64> m_createdPeople;            // new index -> id
    QDateTime m_queueStart;                        // the waitlist keeps the order of the file
    qint64 m_written = 0;
    QHash<QString, std::optional<RegistrationStatus>> m_statusWords; // the few words a file uses, parsed once
    QHash<QString, std::optional<RegistrationSource>> m_sourceWords;
    QList<NewPerson> m_newPeople;
    bool m_loaded = false;
    QHash<qint64, EventState> m_events;            // by event id
    QHash<QString, qint64> m_eventIds;             // cell text -> event id
    QHash<QString, QString> m_eventErrors;         // cell text -> why it names no event
    QHash<QString, qint64> m_organisationsByKey;   // match key -> id
    QHash<QString, QString> m_organisationNames;   // match key -> name as stored
    QHash<QString, QString> m_newOrganisations;    // match key -> name as in the file
    QHash<QString, PersonRef> m_peopleByEmail;     // email key -> person known
    QHash<QString, int> m_newByEmail;              // email key -> new person
    QHash<QString, int> m_newByNameAt;             // name key + organisation key -> new person
    QHash<QString, QList<int>> m_newByName;        // name key -> new people
};

} // namespace fd
