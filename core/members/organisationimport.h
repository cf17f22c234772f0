// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/csvimport.h"
#include "members/organisation.h"

namespace fd {

// Members from a CSV list: Name; Art; Bundesland; Mitglied seit; Mitglied bis; Website; Notizen.
class OrganisationImporter : public CsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(OrganisationImporter)
public:
    using CsvImporter::CsvImporter;

    QList<ColumnSpec> columns() const override;

protected:
    void prepareRecord(const CsvRecord &record, const ColumnMap &columns, ImportReport &report, PreviewRow &row) override;
    void reset() override;
    Status write(ImportReport &report, const ProgressFn &progress) override;
    void notifyWritten() override;

private:
    QList<Organisation> m_planned;
    QHash<QString, int> m_keysInFile; // folded name -> line
    bool m_existingLoaded = false;
    QHash<QString, QString> m_existingKeys; // match key -> existing name
};

} // namespace fd
