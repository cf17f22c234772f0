// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/table.h"

// Every table of ForumDesk's database, declared once (tables.cpp). The
// migrations create new tables from these declarations; a test checks that
// the released migrations and the declarations describe the same schema.
namespace fd::tables {

const Table &meta();
// Content stored once by its SHA-256 (schema 5 on): attachments, photos. See BlobStore.
const Table &blobs();
const Table &organisations();
const Table &membershipFees();
const Table &people();
const Table &affiliations();
const Table &consentLog();
const Table &eventKinds();
const Table &events();
const Table &registrations();
const Table &packMerges();
// The year's records (schema 3 on).
const Table &publications();
const Table &searchEntries();
// More of the year's records (schema 4 on).
const Table &projects();
const Table &surveys();
const Table &exchanges();
const Table &networkRoles();
const Table &mediaRequests();
const Table &fundingApplications();
const Table &guidelines();
const Table &teamRoles();
const Table &projectMembers();
const Table &applicationMembers();
const Table &surveyAnswers();
const Table &guidelineSignatures();
const Table &metricSeries();
const Table &metricValues();

// All tables, each after the tables it refers to.
const QList<const Table *> &all();
// The table of that name, or nullptr.
const Table *find(const QString &name);
// Tables with a column that refers to `table` (their references to it).
QList<const Column *> referencesTo(const QString &table, QList<const Table *> *owners = nullptr);

} // namespace fd::tables
