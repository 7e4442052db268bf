// SPDX-License-Identifier: Apache-2.0
#include "metrics/kpi.h"

#include "metrics/period.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>
#include <limits>

namespace atrium::metrics {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

bool satisfies(const KpiDefinition &k, const BandRule &r, double v)
{
    if (k.direction == Direction::HigherIsBetter)
        return r.inclusive ? v >= r.limit : v > r.limit;
    return r.inclusive ? v <= r.limit : v < r.limit;
}

QJsonValue jsonNumber(double v)
{
    // JSON has no infinity; an open end is null.
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonTime(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(timestampString(t)) : QJsonValue(QJsonValue::Null);
}

QList<KpiDefinition> buildCatalogue()
{
    using namespace seconds;
    const auto HB = Direction::HigherIsBetter;
    const auto LB = Direction::LowerIsBetter;
    const char *playbook = QT_TRANSLATE_NOOP("atrium::metrics", "DevOps Internal Developer Platform Playbook 2026, "
                                                                "Play 8, \"KPI Target Values\" table");
    const char *dora = QT_TRANSLATE_NOOP("atrium::metrics", "DORA, 2024 Accelerate State of DevOps report, software "
                                                            "delivery performance levels");
    return {
        {kpi::ServiceCreationLeadTime,
         QT_TRANSLATE_NOOP("atrium::metrics", "Service creation lead time"),
         QT_TRANSLATE_NOOP("atrium::metrics", "Median time from starting a software template to the finished "
                                              "service, over completed scaffolder tasks."),
         playbook,
         QT_TRANSLATE_NOOP("atrium::metrics", "Target: 30 minutes or less. Good: 1 hour or less. Average: less "
                                              "than 1 week (the playbook's 1–3 days, and the gaps either side of "
                                              "it, which reach no better band). Poor: 1 week or more."),
         Unit::Seconds, LB,
         {{Band::Target, 30 * Minute, true}, {Band::Good, Hour, true}, {Band::Average, Week, false}},
         Band::Poor, 30 * Minute},
        {kpi::GoldenPathAdoption,
         QT_TRANSLATE_NOOP("atrium::metrics", "Golden path adoption"),
         QT_TRANSLATE_NOOP("atrium::metrics", "Share of active (not archived) repositories whose CI workflows call "
                                              "the organisation's golden reusable workflow."),
         playbook,
         QT_TRANSLATE_NOOP("atrium::metrics", "Target: 80% or more. Good: 60% or more. Average: 30% or more. "
                                              "Poor: below 30%. A value on an edge two bands share goes to the "
                                              "better band."),
         Unit::Percent, HB,
         {{Band::Target, 80, true}, {Band::Good, 60, true}, {Band::Average, 30, true}},
         Band::Poor, 80},
        {kpi::DeveloperNps,
         QT_TRANSLATE_NOOP("atrium::metrics", "Developer NPS"),
         QT_TRANSLATE_NOOP("atrium::metrics", "Net Promoter Score of the developer survey: % promoters (9–10) "
                                              "minus % detractors (0–6)."),
         playbook,
         QT_TRANSLATE_NOOP("atrium::metrics", "Target: 40 or more. Good: 20 or more. Average: 0 or more. Poor: "
                                              "below 0. A value on an edge two bands share goes to the better "
                                              "band."),
         Unit::Score, HB,
         {{Band::Target, 40, true}, {Band::Good, 20, true}, {Band::Average, 0, true}},
         Band::Poor, 40},
        {kpi::OnboardingTime,
         QT_TRANSLATE_NOOP("atrium::metrics", "Onboarding time"),
         QT_TRANSLATE_NOOP("atrium::metrics", "Median time from a developer joining to their first merged pull "
                                              "request."),
         playbook,
         QT_TRANSLATE_NOOP("atrium::metrics", "Target: 1 day or less. Good: 5 days or less (the playbook's 2–5 "
                                              "days, and the gap below it). Average: 2 weeks or less (1–2 weeks, "
                                              "and the gap below it). Poor: more than 2 weeks."),
         Unit::Seconds, LB,
         {{Band::Target, Day, true}, {Band::Good, 5 * Day, true}, {Band::Average, 2 * Week, true}},
         Band::Poor, Day},
        {kpi::InfraTickets,
         QT_TRANSLATE_NOOP("atrium::metrics", "Infrastructure tickets per month"),
         QT_TRANSLATE_NOOP("atrium::metrics", "Issues with the configured labels in the configured repositories, "
                                              "opened per month."),
         playbook,
         QT_TRANSLATE_NOOP("atrium::metrics", "Target: below 5. Good: 20 or fewer. Average: 50 or fewer. Poor: "
                                              "more than 50. A value on an edge two bands share goes to the better "
                                              "band."),
         Unit::PerMonth, LB,
         {{Band::Target, 5, false}, {Band::Good, 20, true}, {Band::Average, 50, true}},
         Band::Poor, 5},
        {kpi::DoraDeploymentFrequency,
         QT_TRANSLATE_NOOP("atrium::metrics", "Deployment frequency"),
         QT_TRANSLATE_NOOP("atrium::metrics", "Successful production deployments per day."),
         dora,
         QT_TRANSLATE_NOOP("atrium::metrics", "Elite (on demand, several a day): more than 1 a day. High (daily "
                                              "to weekly): at least 1 a week. Medium (weekly to monthly): at least "
                                              "1 every 30 days. Low: less often."),
         Unit::PerDay, HB,
         {{Band::Elite, 1, false}, {Band::High, 1.0 / 7, true}, {Band::Medium, 1.0 / 30, true}},
         Band::Low, 1},
        {kpi::DoraLeadTime,
         QT_TRANSLATE_NOOP("atrium::metrics", "Lead time for changes"),
         QT_TRANSLATE_NOOP("atrium::metrics", "Median time from a deployment's commit to the end of the "
                                              "deployment."),
         dora,
         QT_TRANSLATE_NOOP("atrium::metrics", "Elite: less than 1 day. High: 1 day to 1 week, both included. "
                                              "Medium: more than 1 week up to 30 days. Low: more than 30 days."),
         Unit::Seconds, LB,
         {{Band::Elite, Day, false}, {Band::High, Week, true}, {Band::Medium, Month, true}},
         Band::Low, Day},
        {kpi::DoraChangeFailureRate,
         QT_TRANSLATE_NOOP("atrium::metrics", "Change failure rate"),
         QT_TRANSLATE_NOOP("atrium::metrics", "Share of deployments that failed."),
         dora,
         QT_TRANSLATE_NOOP("atrium::metrics", "The 2024 levels are not ordered by this rate: elite 5%, medium 10%, "
                                              "high 20%, low 40% (the medium cluster traded speed for stability). "
                                              "A rate gets the level with the smallest published rate it does not "
                                              "exceed: up to 5% elite, up to 10% medium, up to 20% high, above 20% "
                                              "low."),
         Unit::Percent, LB,
         {{Band::Elite, 5, true}, {Band::Medium, 10, true}, {Band::High, 20, true}},
         Band::Low, 5},
        {kpi::DoraRecoveryTime,
         QT_TRANSLATE_NOOP("atrium::metrics", "Failed deployment recovery time"),
         QT_TRANSLATE_NOOP("atrium::metrics", "Median time from an incident being opened to it being resolved."),
         dora,
         QT_TRANSLATE_NOOP("atrium::metrics", "Elite: less than 1 hour. High: less than 1 day (the report gives "
                                              "high and medium the same \"less than one day\"; a single value "
                                              "gets the better one). Medium: less than 1 week, a range no 2024 "
                                              "level reports. Low: 1 week or more."),
         Unit::Seconds, LB,
         {{Band::Elite, Hour, false}, {Band::High, Day, false}, {Band::Medium, Week, false}},
         Band::Low, Hour},
    };
}

} // namespace

QString bandId(Band band)
{
    switch (band) {
    case Band::Unknown: return {};
    case Band::Poor: return QStringLiteral("poor");
    case Band::Average: return QStringLiteral("average");
    case Band::Good: return QStringLiteral("good");
    case Band::Target: return QStringLiteral("target");
    case Band::Low: return QStringLiteral("low");
    case Band::Medium: return QStringLiteral("medium");
    case Band::High: return QStringLiteral("high");
    case Band::Elite: return QStringLiteral("elite");
    }
    return {};
}

QString bandTitle(Band band)
{
    switch (band) {
    case Band::Unknown: return QCoreApplication::translate("atrium::metrics", "No data");
    case Band::Poor: return QCoreApplication::translate("atrium::metrics", "Poor");
    case Band::Average: return QCoreApplication::translate("atrium::metrics", "Average");
    case Band::Good: return QCoreApplication::translate("atrium::metrics", "Good");
    case Band::Target: return QCoreApplication::translate("atrium::metrics", "On target");
    case Band::Low: return QCoreApplication::translate("atrium::metrics", "Low");
    case Band::Medium: return QCoreApplication::translate("atrium::metrics", "Medium");
    case Band::High: return QCoreApplication::translate("atrium::metrics", "High");
    case Band::Elite: return QCoreApplication::translate("atrium::metrics", "Elite");
    }
    return {};
}

int bandRank(Band band)
{
    switch (band) {
    case Band::Unknown: return -1;
    case Band::Poor:
    case Band::Low: return 0;
    case Band::Average:
    case Band::Medium: return 1;
    case Band::Good:
    case Band::High: return 2;
    case Band::Target:
    case Band::Elite: return 3;
    }
    return -1;
}

QString unitId(Unit unit)
{
    switch (unit) {
    case Unit::Seconds: return QStringLiteral("seconds");
    case Unit::Percent: return QStringLiteral("percent");
    case Unit::Score: return QStringLiteral("score");
    case Unit::PerMonth: return QStringLiteral("per-month");
    case Unit::PerDay: return QStringLiteral("per-day");
    case Unit::Count: return QStringLiteral("count");
    }
    return {};
}

QString KpiDefinition::title() const
{
    return QCoreApplication::translate("atrium::metrics", titleText);
}

QString KpiDefinition::description() const
{
    return QCoreApplication::translate("atrium::metrics", descriptionText);
}

QString KpiDefinition::bandSource() const
{
    return QCoreApplication::translate("atrium::metrics", sourceText);
}

QString KpiDefinition::boundaryRule() const
{
    return QCoreApplication::translate("atrium::metrics", ruleText);
}

QList<BandRange> KpiDefinition::bandRanges() const
{
    // The rules are first-match, so each band's range runs from the previous
    // rule's limit (exclusive where that rule was inclusive) to its own.
    QList<BandRange> out;
    const bool higher = direction == Direction::HigherIsBetter;
    double prev = higher ? kInf : -kInf;
    bool prevInclusive = false; // the open end is never reached
    for (const auto &r : rules) {
        if (higher)
            out << BandRange{r.band, r.limit, prev, r.inclusive, !prevInclusive && std::isfinite(prev)};
        else
            out << BandRange{r.band, prev, r.limit, !prevInclusive && std::isfinite(prev), r.inclusive};
        prev = r.limit;
        prevInclusive = r.inclusive;
    }
    if (higher)
        out << BandRange{fallback, -kInf, prev, false, !prevInclusive && std::isfinite(prev)};
    else
        out << BandRange{fallback, prev, kInf, !prevInclusive && std::isfinite(prev), false};
    return out;
}

QJsonObject KpiDefinition::toJson() const
{
    QJsonArray bands;
    for (const auto &r : bandRanges())
        bands.append(QJsonObject{{QStringLiteral("band"), bandId(r.band)},
                                 {QStringLiteral("lower"), jsonNumber(r.lower)},
                                 {QStringLiteral("upper"), jsonNumber(r.upper)},
                                 {QStringLiteral("lowerInclusive"), r.lowerInclusive},
                                 {QStringLiteral("upperInclusive"), r.upperInclusive}});
    return {{QStringLiteral("id"), QString(id)},
            {QStringLiteral("title"), title()},
            {QStringLiteral("description"), description()},
            {QStringLiteral("unit"), unitId(unit)},
            {QStringLiteral("direction"), direction == Direction::HigherIsBetter ? QStringLiteral("higher-is-better")
                                                                                  : QStringLiteral("lower-is-better")},
            {QStringLiteral("target"), target},
            {QStringLiteral("bands"), bands},
            {QStringLiteral("bandSource"), bandSource()},
            {QStringLiteral("boundaryRule"), boundaryRule()}};
}

const QList<KpiDefinition> &kpiCatalogue()
{
    static const QList<KpiDefinition> catalogue = buildCatalogue();
    return catalogue;
}

const KpiDefinition *findKpi(QAnyStringView id)
{
    for (const auto &k : kpiCatalogue())
        if (QAnyStringView::equal(id, k.id))
            return &k;
    return nullptr;
}

Band classify(const KpiDefinition &kpi, double value)
{
    if (!std::isfinite(value))
        return Band::Unknown;
    for (const auto &r : kpi.rules)
        if (satisfies(kpi, r, value))
            return r.band;
    return kpi.fallback;
}

Band classify(QAnyStringView id, std::optional<double> value)
{
    const KpiDefinition *k = findKpi(id);
    return k && value ? classify(*k, *value) : Band::Unknown;
}

QJsonObject KpiValue::toJson() const
{
    const KpiDefinition *k = findKpi(id);
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("title"), k ? k->title() : id},
                  {QStringLiteral("value"), value && std::isfinite(*value) ? QJsonValue(*value) : QJsonValue()},
                  {QStringLiteral("unit"), unitId(unit)},
                  {QStringLiteral("band"), band == Band::Unknown ? QJsonValue() : QJsonValue(bandId(band))},
                  {QStringLiteral("sampleSize"), sampleSize},
                  {QStringLiteral("from"), jsonTime(from)},
                  {QStringLiteral("to"), jsonTime(to)},
                  {QStringLiteral("asOf"), jsonTime(asOf)},
                  {QStringLiteral("source"), source}};
    if (!value)
        o.insert(QStringLiteral("missingReason"), missingReason);
    if (k) {
        o.insert(QStringLiteral("target"), k->target);
        o.insert(QStringLiteral("direction"), k->direction == Direction::HigherIsBetter
                                                  ? QStringLiteral("higher-is-better")
                                                  : QStringLiteral("lower-is-better"));
    }
    if (!details.isEmpty())
        o.insert(QStringLiteral("details"), details);
    return o;
}

KpiValue makeKpiValue(QAnyStringView id, std::optional<double> value, int sampleSize, const QString &source,
                      const QString &missingReason, const QDateTime &from, const QDateTime &to)
{
    KpiValue v;
    v.id = id.toString();
    if (value && std::isfinite(*value))
        v.value = value;
    if (const KpiDefinition *k = findKpi(id)) {
        v.unit = k->unit;
        if (v.value)
            v.band = classify(*k, *v.value);
    }
    v.sampleSize = sampleSize;
    v.source = source;
    v.from = from;
    v.to = to;
    if (!v.value)
        v.missingReason = !missingReason.isEmpty()
                              ? missingReason
                              : QCoreApplication::translate("atrium::metrics", "There is no data for this measure yet.");
    return v;
}

} // namespace atrium::metrics
