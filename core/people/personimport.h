// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/csvimport.h"
#include "people/person.h"

namespace fd {

// Contact people from a CSV list: Titel; Vorname; Nachname; Funktion;
// Organisation; E-Mail; Telefon. An organisation that does not exist yet is
// created (as a non-member) and reported.
class PersonImporter : public CsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(PersonImporter)
public:
    using CsvImporter::CsvImporter;

    QList<ColumnSpec> columns() const override;

protected:
    void prepareRecord(const CsvRecord &record, const ColumnMap &columns, ImportReport &report, PreviewRow &row) override;
    void reset() override;
    Status write(ImportReport &report, const ProgressFn &progress) override;
    void notifyWritten() override;

private:
    struct Planned {
        Person person;
        qint64 organisationId = 0;     // existing organisation
        QString newOrganisationName;   // or one to create
        QString jobTitle;
    };
    void loadExisting();

    QList<Planned> m_planned;
    bool m_loaded = false;
    QHash<QString, qint64> m_organisationsByKey;    // match key -> id
    QHash<QString, QString> m_organisationNames;    // match key -> name as stored
    QHash<QString, QString> m_newOrganisations;     // match key -> name as in file
    QHash<QString, QString> m_existingEmails;       // email key -> person's name
    QSet<QString> m_existingNameAtOrg;              // name key + '\x1f' + organisation id
    QHash<QString, int> m_emailsInFile;             // email key -> line
    QHash<QString, int> m_namesInFile;              // name key + org key -> line
};

} // namespace fd
