// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QAnyStringView>
#include <QLatin1String>
#include <QList>
#include <QString>
#include <optional>

namespace atrium::metrics {

/** Seconds in the durations the bands are written in. A "month" is 30 days
 *  wherever a band says "month": the playbook and the DORA report use the
 *  word loosely, and a fixed length keeps classification independent of the
 *  calendar. */
namespace seconds {
inline constexpr double Minute = 60;
inline constexpr double Hour = 60 * Minute;
inline constexpr double Day = 24 * Hour;
inline constexpr double Week = 7 * Day;
inline constexpr double Month = 30 * Day;
} // namespace seconds

/** Where a value stands against its KPI's bands. The playbook's KPIs use
 *  Poor…Target, DORA's use Low…Elite; Unknown means there is no value. */
enum class Band { Unknown, Poor, Average, Good, Target, Low, Medium, High, Elite };

/** Stable id (`poor`, `elite`, …; empty for Unknown), used in JSON. */
QString bandId(Band band);
/** The band's name for the user, translated. */
QString bandTitle(Band band);
/** 0 (Poor, Low) to 3 (Target, Elite); -1 for Unknown. Views pick colours by it. */
int bandRank(Band band);

enum class Direction { HigherIsBetter, LowerIsBetter };

enum class Unit {
    Seconds,  ///< a duration
    Percent,  ///< 0–100
    Score,    ///< NPS, −100–100
    PerMonth, ///< a count per 30-day month
    PerDay,   ///< a rate per day
    Count,
};
/** Stable id (`seconds`, `percent`, `score`, `per-month`, `per-day`, `count`). */
QString unitId(Unit unit);

/** One step of a KPI's classification. A value earns @c band when it is at
 *  or better than @c limit (strictly better when not @c inclusive), where
 *  "better" follows the KPI's direction. */
struct BandRule {
    Band band;
    double limit;
    bool inclusive;
};

/** A value range of one band, for drawing the bands behind a chart. Open ends
 *  are ±infinity. */
struct BandRange {
    Band band;
    double lower;
    double upper;
    bool lowerInclusive;
    bool upperInclusive;
};

/** One KPI: what it measures, its unit and its bands. */
struct KpiDefinition {
    QLatin1String id;
    const char *titleText;       ///< untranslated; use title()
    const char *descriptionText; ///< untranslated; use description()
    const char *sourceText;      ///< where the bands come from; use bandSource()
    const char *ruleText;        ///< how boundary values are classified; use boundaryRule()
    Unit unit;
    Direction direction;
    /** Tried in order; the first one the value satisfies gives the band. */
    QList<BandRule> rules;
    Band fallback;  ///< the band when no rule matches (Poor or Low)
    double target;  ///< the line drawn as the target on charts

    QString title() const;
    QString description() const;
    QString bandSource() const;
    QString boundaryRule() const;
    /** The bands as value ranges, in the order of the rules then the fallback. */
    QList<BandRange> bandRanges() const;
    /** Everything above, for `atrium insights --json`. */
    QJsonObject toJson() const;
};

/** Ids of the KPIs in kpiCatalogue(). */
namespace kpi {
inline constexpr QLatin1String ServiceCreationLeadTime{"service-creation-lead-time"};
inline constexpr QLatin1String GoldenPathAdoption{"golden-path-adoption"};
inline constexpr QLatin1String DeveloperNps{"developer-nps"};
inline constexpr QLatin1String OnboardingTime{"onboarding-time"};
inline constexpr QLatin1String InfraTickets{"infra-tickets"};
inline constexpr QLatin1String DoraDeploymentFrequency{"dora-deployment-frequency"};
inline constexpr QLatin1String DoraLeadTime{"dora-lead-time"};
inline constexpr QLatin1String DoraChangeFailureRate{"dora-change-failure-rate"};
inline constexpr QLatin1String DoraRecoveryTime{"dora-recovery-time"};
} // namespace kpi

/** Every KPI Atrium charts: the five of the playbook's Play 8 table, then
 *  DORA's four with the 2024 report's bands. */
const QList<KpiDefinition> &kpiCatalogue();
/** The definition with @p id, or nullptr. */
const KpiDefinition *findKpi(QAnyStringView id);

/** The band @p value falls in; Unknown for NaN or infinity. */
Band classify(const KpiDefinition &kpi, double value);
/** The band of @p value for the KPI @p id; Unknown without a value or KPI. */
Band classify(QAnyStringView id, std::optional<double> value);

/** One KPI's result as views and the CLI show it. A KPI without data has no
 *  value and says what is missing, so no view ever shows 0 for "no data". */
struct KpiValue {
    QString id;
    std::optional<double> value;
    Unit unit = Unit::Count;
    Band band = Band::Unknown;
    int sampleSize = 0; ///< records the value is computed from
    QDateTime from;     ///< the window, [from, to); invalid when unbounded
    QDateTime to;
    QDateTime asOf;     ///< when the underlying data was read; set by the caller
    QString source;     ///< where the numbers came from, for the user
    QString missingReason; ///< without a value: what is missing and how to provide it
    QJsonObject details;   ///< further numbers (p95, counts), shown in tables and JSON

    /** `{id, title, value|null, unit, band|null, sampleSize, from, to, asOf,
     *  source, missingReason?, target, direction, details?}`. */
    QJsonObject toJson() const;
};

/** A KpiValue for @p id with its unit and band filled in from the catalogue.
 *  Without a value, @p missingReason should say what to do; a generic reason
 *  is used when it is empty. */
KpiValue makeKpiValue(QAnyStringView id, std::optional<double> value, int sampleSize, const QString &source,
                      const QString &missingReason = {}, const QDateTime &from = {}, const QDateTime &to = {});

} // namespace atrium::metrics
