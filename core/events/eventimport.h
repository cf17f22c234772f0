// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/csvimport.h"
#include "events/event.h"

#include <optional>

namespace fd {

// Events from a CSV list: Titel; Art; Beginn; Ende; Format; Ort; Teilnehmende;
// Kapazität; Zugang; Rolle; Notizen; Nummer; UUID (or the English names).
// An event that exists already (same UUID, or same title on the same day) is
// reported and skipped, so that an exported list imports again without doubling.
class EventImporter : public CsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(EventImporter)
public:
    using CsvImporter::CsvImporter;

    QList<ColumnSpec> columns() const override;

protected:
    void prepareRecord(const CsvRecord &record, const ColumnMap &columns, ImportReport &report, PreviewRow &row) override;
    void reset() override;
    Status write(ImportReport &report, const ProgressFn &progress) override;
    void notifyWritten() override;

private:
    void loadExisting();
    std::optional<EventKind> findKind(const QString &text);
    // The office's projects named `text` (by acronym, title, or both as the export writes them).
    QList<qint64> findProjects(const QString &text) const;
    bool isDuplicate(const Event &event, int line, const ColumnMap &columns, ImportReport &report, PreviewRow &row);

    QList<Event> m_planned;
    bool m_loaded = false;
    QString m_kindNames;                              // "Mitgliederversammlung / General assembly, Workshop, ..."
    QHash<QString, std::optional<EventKind>> m_kinds; // folded cell text -> kind (none: unknown)
    QHash<QString, QString> m_existingByTitleDay;     // folded title + day -> title as stored
    QHash<QString, QString> m_existingUuids;          // uuid -> title
    QHash<QString, int> m_titleDaysInFile;            // folded title + day -> line
    QHash<QString, int> m_uuidsInFile;                // uuid -> line
    QHash<QString, QList<qint64>> m_projects;         // folded acronym, title, or both -> projects
};

} // namespace fd
