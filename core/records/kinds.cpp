// SPDX-License-Identifier: GPL-3.0-or-later
// The kinds of the year's records that their declarations describe (see
// RecordKind), each with the few rules the declaration cannot state.
#include "records/recordkind.h"

#include "common/dates.h"
#include "db/tables.h"

namespace fd {

namespace {

QStringList cols(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *n : names)
        list << QString::fromLatin1(n);
    return list;
}

// `later` is not before `earlier` (either may be empty).
void checkOrder(FieldErrors &errors, const QVariantMap &row, const char *earlier, const char *later, const QString &message)
{
    const QDate a = fromDbDate(row.value(QLatin1String(earlier)));
    const QDate b = fromDbDate(row.value(QLatin1String(later)));
    if (a.isValid() && b.isValid() && b < a)
        errors.append({QString::fromLatin1(later), message});
}

FieldErrors projectRules(const QVariantMap &row)
{
    FieldErrors errors;
    checkOrder(errors, row, "starts_on", "ends_on", Records::tr("A project cannot end before it starts."));
    checkOrder(errors, row, "starts_on", "original_end", Records::tr("A project cannot end before it starts."));
    return errors;
}

FieldErrors networkRoleRules(const QVariantMap &row)
{
    FieldErrors errors;
    checkOrder(errors, row, "since_on", "until_on", Records::tr("A role cannot end before it begins."));
    return errors;
}

FieldErrors mediaRequestRules(const QVariantMap &row)
{
    FieldErrors errors;
    if (row.value(QStringLiteral("status")).toString() == QLatin1String("declined")
        && row.value(QStringLiteral("decline_reason")).toString().trimmed().isEmpty())
        errors.append({QStringLiteral("decline_reason"), Records::tr("Say why the request was declined.")});
    checkOrder(errors, row, "received_on", "published_on", Records::tr("A piece cannot appear before the request came in."));
    return errors;
}

FieldErrors fundingRules(const QVariantMap &row)
{
    FieldErrors errors;
    const QString status = row.value(QStringLiteral("status")).toString();
    const bool decided = status == QLatin1String("granted") || status == QLatin1String("rejected");
    if (!decided && fromDbDate(row.value(QStringLiteral("decided_on"))).isValid())
        errors.append({QStringLiteral("decided_on"), Records::tr("An application without a decision has no decision date.")});
    checkOrder(errors, row, "submitted_on", "decided_on", Records::tr("A decision cannot come before the application was submitted."));
    return errors;
}

FieldErrors teamRoleRules(const QVariantMap &row)
{
    FieldErrors errors;
    checkOrder(errors, row, "from_on", "until_on", Records::tr("A role cannot end before it begins."));
    return errors;
}

FieldErrors signatureRules(const QVariantMap &row)
{
    FieldErrors errors;
    const bool signedIt = row.value(QStringLiteral("status")).toString() == QLatin1String("signed");
    if (!signedIt && fromDbDate(row.value(QStringLiteral("signed_on"))).isValid())
        errors.append({QStringLiteral("signed_on"), Records::tr("Only a signature that was given has a date.")});
    return errors;
}

} // namespace

const QList<RecordKind> &recordKinds()
{
    static const QList<RecordKind> kinds = {
        {QStringLiteral("projects"), &tables::projects(), QT_TRANSLATE_NOOP("Kinds", "Projects"), QT_TRANSLATE_NOOP("Kinds", "Project"),
         cols({"acronym", "title", "funder", "starts_on", "ends_on", "our_role"}), QStringLiteral("t.starts_on DESC, t.title_key, t.id"),
         QStringLiteral("starts_on"), QStringLiteral("ends_on"), cols({"acronym", "title"}), projectRules},
        {QStringLiteral("surveys"), &tables::surveys(), QT_TRANSLATE_NOOP("Kinds", "Surveys"), QT_TRANSLATE_NOOP("Kinds", "Survey"),
         cols({"sent_on", "topic", "asked_by_id", "answer_count"}), QStringLiteral("t.sent_on DESC, t.id DESC"), QStringLiteral("sent_on"), {},
         cols({"topic", "sent_on"}), nullptr},
        {QStringLiteral("exchanges"), &tables::exchanges(), QT_TRANSLATE_NOOP("Kinds", "Exchanges"), QT_TRANSLATE_NOOP("Kinds", "Exchange"),
         cols({"held_on", "organisation_id", "format", "occasion"}), QStringLiteral("t.held_on DESC, t.id DESC"), QStringLiteral("held_on"), {},
         cols({"held_on", "organisation_id", "occasion"}), nullptr},
        {QStringLiteral("network-roles"), &tables::networkRoles(), QT_TRANSLATE_NOOP("Kinds", "Network roles"),
         QT_TRANSLATE_NOOP("Kinds", "Network role"), cols({"body", "our_role", "representative_id", "since_on", "until_on"}),
         QStringLiteral("t.until_on IS NOT NULL, t.body, t.id"), QStringLiteral("since_on"), QStringLiteral("until_on"), cols({"body", "since_on"}),
         networkRoleRules},
        {QStringLiteral("media-requests"), &tables::mediaRequests(), QT_TRANSLATE_NOOP("Kinds", "Media requests"),
         QT_TRANSLATE_NOOP("Kinds", "Media request"), cols({"received_on", "outlet", "format", "topic", "status"}),
         QStringLiteral("t.received_on DESC, t.id DESC"), QStringLiteral("received_on"), {}, cols({"received_on", "outlet", "topic"}),
         mediaRequestRules},
        {QStringLiteral("funding-applications"), &tables::fundingApplications(), QT_TRANSLATE_NOOP("Kinds", "Funding applications"),
         QT_TRANSLATE_NOOP("Kinds", "Funding application"), cols({"submitted_on", "acronym", "title", "our_role", "status"}),
         QStringLiteral("t.submitted_on DESC, t.id DESC"), QStringLiteral("submitted_on"), {}, cols({"acronym", "title", "submitted_on"}),
         fundingRules},
        {QStringLiteral("guidelines"), &tables::guidelines(), QT_TRANSLATE_NOOP("Kinds", "Guidelines"), QT_TRANSLATE_NOOP("Kinds", "Guideline"),
         cols({"adopted_on", "title"}), QStringLiteral("t.adopted_on DESC, t.id DESC"), QStringLiteral("adopted_on"), {}, cols({"title"}), nullptr},
        {QStringLiteral("team"), &tables::teamRoles(), QT_TRANSLATE_NOOP("Kinds", "Board and staff"), QT_TRANSLATE_NOOP("Kinds", "Board or staff role"),
         cols({"person_id", "role", "job_title", "from_on", "until_on"}), QStringLiteral("t.until_on IS NOT NULL, t.role, t.from_on, t.id"),
         QStringLiteral("from_on"), QStringLiteral("until_on"), cols({"person_id", "role", "from_on"}), teamRoleRules},
        {QStringLiteral("metrics"), &tables::metricSeries(), QT_TRANSLATE_NOOP("Kinds", "Metrics"), QT_TRANSLATE_NOOP("Kinds", "Metric"),
         cols({"name", "unit", "measure"}), QStringLiteral("t.name, t.id"), {}, {}, cols({"name"}), nullptr},
    };
    return kinds;
}

const QList<RecordKind> &childKinds()
{
    static const QList<RecordKind> kinds = {
        {QStringLiteral("project-members"), &tables::projectMembers(), QT_TRANSLATE_NOOP("Kinds", "Participating members"),
         QT_TRANSLATE_NOOP("Kinds", "Participating member"), cols({"organisation_id", "role"}), QStringLiteral("organisation_id__title, t.id"), {}, {},
         cols({"project_id", "organisation_id"}), nullptr, QStringLiteral("project_id")},
        {QStringLiteral("application-members"), &tables::applicationMembers(), QT_TRANSLATE_NOOP("Kinds", "Participating members"),
         QT_TRANSLATE_NOOP("Kinds", "Participating member"), cols({"organisation_id"}), QStringLiteral("organisation_id__title, t.id"), {}, {},
         cols({"application_id", "organisation_id"}), nullptr, QStringLiteral("application_id")},
        {QStringLiteral("survey-answers"), &tables::surveyAnswers(), QT_TRANSLATE_NOOP("Kinds", "Answers"), QT_TRANSLATE_NOOP("Kinds", "Answer"),
         cols({"organisation_id", "answered_on", "answer"}), QStringLiteral("t.answered_on, t.id"), QStringLiteral("answered_on"), {},
         cols({"survey_id", "organisation_id", "answered_on"}), nullptr, QStringLiteral("survey_id")},
        {QStringLiteral("guideline-signatures"), &tables::guidelineSignatures(), QT_TRANSLATE_NOOP("Kinds", "Signatures"),
         QT_TRANSLATE_NOOP("Kinds", "Signature"), cols({"organisation_id", "status", "signed_on"}), QStringLiteral("organisation_id__title, t.id"),
         QStringLiteral("signed_on"), {}, cols({"guideline_id", "organisation_id"}), signatureRules, QStringLiteral("guideline_id")},
        {QStringLiteral("metric-values"), &tables::metricValues(), QT_TRANSLATE_NOOP("Kinds", "Values"), QT_TRANSLATE_NOOP("Kinds", "Value"),
         cols({"measured_on", "value"}), QStringLiteral("t.measured_on, t.id"), QStringLiteral("measured_on"), {}, cols({"series_id", "measured_on"}),
         nullptr, QStringLiteral("series_id")},
    };
    return kinds;
}

} // namespace fd
