// SPDX-License-Identifier: Apache-2.0
// The KPI maths against hand-computed numbers: statistics, periods, band
// boundaries, scaffolder lead time, golden path adoption, onboarding,
// infrastructure tickets, DORA and Play 1's signals.
#include "entity.h"
#include "metrics/dora.h"
#include "metrics/goldenpath.h"
#include "metrics/kpi.h"
#include "metrics/leadtime.h"
#include "metrics/onboarding.h"
#include "metrics/period.h"
#include "metrics/signals.h"
#include "metrics/stats.h"
#include "metrics/tickets.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <cmath>
#include <limits>

using namespace atrium;
using namespace atrium::metrics;

Q_DECLARE_METATYPE(atrium::metrics::Band)

#define QCOMPARE_OPT(opt, expected)                                                                                    \
    do {                                                                                                               \
        const auto o_ = (opt);                                                                                         \
        QVERIFY2(o_.has_value(), #opt " is empty");                                                                    \
        QCOMPARE(double(*o_), double(expected));                                                                       \
    } while (false)

namespace {

QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(ATRIUM_TEST_DATA "/metrics/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

QDateTime utc(const char *iso)
{
    const auto t = parseTimestamp(QString::fromLatin1(iso));
    if (!t)
        qFatal("bad time in test: %s", iso);
    return *t;
}

Entity component(const QString &name, const QString &type, const QString &owner, const QJsonObject &annotations = {},
                 const QJsonObject &labels = {}, const QString &kind = QStringLiteral("Component"))
{
    QJsonObject md{{QStringLiteral("name"), name}};
    if (!annotations.isEmpty())
        md.insert(QStringLiteral("annotations"), annotations);
    if (!labels.isEmpty())
        md.insert(QStringLiteral("labels"), labels);
    return Entity::fromDocument(QJsonObject{
        {QStringLiteral("apiVersion"), QStringLiteral("backstage.io/v1alpha1")},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("metadata"), md},
        {QStringLiteral("spec"),
         QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("lifecycle"), QStringLiteral("production")},
                     {QStringLiteral("owner"), owner}}}});
}

WorkflowFile workflow(const QString &name)
{
    return WorkflowFile{QStringLiteral(".github/workflows/") + name, fixture(QStringLiteral("workflows/") + name)};
}

const double kNaN = std::numeric_limits<double>::quiet_NaN();
const double kInf = std::numeric_limits<double>::infinity();

} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // ---- statistics -------------------------------------------------------
    void medianOddAndEven()
    {
        QCOMPARE_OPT(median({3, 1, 2}), 2);          // sorted 1 2 3: the middle one
        QCOMPARE_OPT(median({4, 1, 3, 2}), 2.5);     // sorted 1 2 3 4: (2 + 3) / 2
        QCOMPARE_OPT(median({7}), 7);
        QCOMPARE_OPT(median({5, 5, 1, 9, 5, 2}), 5); // 1 2 5 5 5 9: (5 + 5) / 2
        QCOMPARE_OPT(median({-3, 10}), 3.5);
        QVERIFY(!median({}).has_value()); // empty: no median, never 0
        QVERIFY(!median({kNaN, kInf}).has_value());
        QCOMPARE_OPT(median({kNaN, 1, 3, kInf, -kInf}), 2); // non-finite values ignored
    }
    void percentileLinearInterpolation()
    {
        // numpy.percentile([1, 2, 3, 4, 5], 95): h = (5-1)·0.95 = 3.8,
        // x[3] + 0.8·(x[4]-x[3]) = 4 + 0.8·1 = 4.8
        QCOMPARE_OPT(percentile({5, 4, 3, 2, 1}, 95), 4.8);
        // [10, 20, 30, 40]: h = 3·0.95 = 2.85, 30 + 0.85·10 = 38.5
        QCOMPARE_OPT(percentile({40, 10, 30, 20}, 95), 38.5);
        // [0, 100]: h = 0.95, 0 + 0.95·100 = 95
        QCOMPARE_OPT(percentile({100, 0}, 95), 95);
        // 20 values 1..20: h = 19·0.95 = 18.05, x[18] + 0.05·1 = 19.05
        QList<double> twenty;
        for (int i = 1; i <= 20; ++i)
            twenty << i;
        QCOMPARE_OPT(percentile(twenty, 95), 19.05);
        // [1, 2, 3, 4]: p25: h = 0.75, 1 + 0.75 = 1.75
        QCOMPARE_OPT(percentile({1, 2, 3, 4}, 25), 1.75);
        QCOMPARE_OPT(percentile({3, 1, 2}, 0), 1);
        QCOMPARE_OPT(percentile({3, 1, 2}, 100), 3);
        QCOMPARE_OPT(percentile({42}, 95), 42);
        QVERIFY(!percentile({}, 95).has_value());
        QVERIFY(!percentile({1, 2}, -1).has_value());
        QVERIFY(!percentile({1, 2}, 100.5).has_value());
        QVERIFY(!percentile({1, 2}, kNaN).has_value());
    }
    void meanAndSummary()
    {
        QCOMPARE_OPT(mean({1, 2, 3, 4}), 2.5);
        QVERIFY(!mean({}).has_value());
        const Summary s = summarize({600, 1200, 1800, 2400, 6000});
        QCOMPARE(s.count, 5);
        QCOMPARE_OPT(s.min, 600);
        QCOMPARE_OPT(s.max, 6000);
        QCOMPARE_OPT(s.mean, 2400);
        QCOMPARE_OPT(s.median, 1800);
        QCOMPARE_OPT(s.p95, 5280); // h = 3.8: 2400 + 0.8·3600
        const Summary e = summarize({});
        QCOMPARE(e.count, 0);
        QVERIFY(!e.median && !e.p95 && !e.mean && !e.min);
        QCOMPARE(e.toJson().value(u"median").type(), QJsonValue::Null);
    }

    // ---- periods ------------------------------------------------------------
    void periodBucketingAcrossYearsAndZones()
    {
        // 23:30 on New Year's Eve at UTC-1 is already 2024 in UTC.
        QCOMPARE(periodOf(utc("2023-12-31T23:30:00-01:00"), PeriodKind::Quarter).key(), QStringLiteral("2024-Q1"));
        QCOMPARE(periodOf(utc("2023-12-31T23:30:00-01:00"), PeriodKind::Month).key(), QStringLiteral("2024-01"));
        // 08:00 on New Year's Day in Seoul is still 2023 in UTC.
        QCOMPARE(periodOf(utc("2024-01-01T08:00:00+09:00"), PeriodKind::Quarter).key(), QStringLiteral("2023-Q4"));
        QCOMPARE(periodOf(utc("2024-01-01T08:00:00+09:00"), PeriodKind::Month).key(), QStringLiteral("2023-12"));
        // A time built in another zone is converted, not read as wall time.
        const QDateTime seoul(QDate(2024, 4, 1), QTime(8, 59, 59), QTimeZone("Asia/Seoul"));
        QCOMPARE(periodOf(seoul, PeriodKind::Quarter).key(), QStringLiteral("2024-Q1"));
        // Boundaries: the first instant belongs to the new period.
        QCOMPARE(periodOf(utc("2024-04-01T00:00:00Z"), PeriodKind::Quarter).key(), QStringLiteral("2024-Q2"));
        QCOMPARE(periodOf(utc("2024-04-01T00:00:00Z").addMSecs(-1), PeriodKind::Quarter).key(),
                 QStringLiteral("2024-Q1"));
        QCOMPARE(periodOf(utc("2024-12-31T23:59:59.999Z"), PeriodKind::Quarter).key(), QStringLiteral("2024-Q4"));
        QVERIFY(!periodOf(QDateTime(), PeriodKind::Month).isValid());

        const Period q4 = *Period::fromKey(u"2023-Q4");
        QCOMPARE(q4.start(), utc("2023-10-01T00:00:00Z"));
        QCOMPARE(q4.end(), utc("2024-01-01T00:00:00Z"));
        QCOMPARE(q4.next().key(), QStringLiteral("2024-Q1"));
        QCOMPARE(Period::fromKey(u"2023-12")->next().key(), QStringLiteral("2024-01"));
        QVERIFY(q4.contains(utc("2023-12-31T23:59:59Z")));
        QVERIFY(!q4.contains(utc("2024-01-01T00:00:00Z")));
        QVERIFY(!Period::fromKey(u"2023-13").has_value());
        QVERIFY(!Period::fromKey(u"2023-Q5").has_value());
        QVERIFY(*Period::fromKey(u"2023-Q4") < *Period::fromKey(u"2024-Q1"));
    }
    void periodsBetweenFillsGaps()
    {
        QStringList keys;
        for (const auto &p : periodsBetween(utc("2023-11-15T00:00:00Z"), utc("2024-02-01T00:00:00Z"), PeriodKind::Month))
            keys << p.key();
        QCOMPARE(keys, (QStringList{"2023-11", "2023-12", "2024-01"})); // `to` is exclusive
        keys.clear();
        for (const auto &p : periodsBetween(utc("2023-10-01T00:00:00Z"), utc("2024-07-01T00:00:00Z"), PeriodKind::Quarter))
            keys << p.key();
        QCOMPARE(keys, (QStringList{"2023-Q4", "2024-Q1", "2024-Q2"}));
        QVERIFY(periodsBetween(utc("2024-01-01T00:00:00Z"), utc("2024-01-01T00:00:00Z"), PeriodKind::Month).isEmpty());
        QVERIFY(periodsBetween(utc("2024-02-01T00:00:00Z"), utc("2024-01-01T00:00:00Z"), PeriodKind::Month).isEmpty());
        // A typo'd year cannot produce thousands of buckets.
        QCOMPARE(periodsBetween(utc("0024-01-01T00:00:00Z"), utc("9024-01-01T00:00:00Z"), PeriodKind::Month).size(), 1200);
    }
    void timestamps()
    {
        QCOMPARE(timestampString(utc("2024-03-05T10:00:00Z")), QStringLiteral("2024-03-05T10:00:00Z"));
        QCOMPARE(timestampString(utc("2024-03-05T10:00:00.250Z")), QStringLiteral("2024-03-05T10:00:00.250Z"));
        QCOMPARE(timestampString(utc("2024-03-05 19:00:00+09:00")), QStringLiteral("2024-03-05T10:00:00Z"));
        QCOMPARE(timestampString(utc("2024-03-05T19:00:00+0900")), QStringLiteral("2024-03-05T10:00:00Z"));
        QCOMPARE(timestampString(utc("2024-03-05T05:00:00-05")), QStringLiteral("2024-03-05T10:00:00Z"));
        QCOMPARE(timestampString(utc("2024-03-05T10:00:00")), QStringLiteral("2024-03-05T10:00:00Z")); // no offset: UTC
        QCOMPARE(timestampString(utc("2024-03-05")), QStringLiteral("2024-03-05T00:00:00Z"));
        QCOMPARE(timestampString(utc("2024-01-01T00:00:00.123456Z")), QStringLiteral("2024-01-01T00:00:00.123Z"));
        for (const char *bad : {"", "yesterday", "2024-13-01", "2024-02-30T00:00:00Z", "12/03/2024", "2024-03-05T25:00:00Z"})
            QVERIFY2(!parseTimestamp(QString::fromLatin1(bad)).has_value(), bad);
        QVERIFY(timestampString(QDateTime()).isEmpty());
    }

    // ---- KPI bands ----------------------------------------------------------
    void catalogue()
    {
        QSet<QString> ids;
        for (const auto &k : kpiCatalogue()) {
            ids.insert(QString(k.id));
            QVERIFY(!k.title().isEmpty());
            QVERIFY(!k.boundaryRule().isEmpty());
            QVERIFY(!k.bandSource().isEmpty());
            QCOMPARE(k.rules.size(), 3);
            QCOMPARE(k.bandRanges().size(), 4);
            QVERIFY(std::isfinite(k.target));
        }
        QCOMPARE(ids.size(), 9);
        QCOMPARE(kpiCatalogue().size(), 9);
        QVERIFY(findKpi(kpi::DeveloperNps));
        QVERIFY(findKpi(u"developer-nps"));
        QVERIFY(!findKpi(u"no-such-kpi"));
        // Playbook targets.
        QCOMPARE(findKpi(kpi::ServiceCreationLeadTime)->target, 30 * 60.0);
        QCOMPARE(findKpi(kpi::GoldenPathAdoption)->target, 80.0);
        QCOMPARE(findKpi(kpi::DeveloperNps)->target, 40.0);
        QCOMPARE(findKpi(kpi::OnboardingTime)->target, 86400.0);
        QCOMPARE(findKpi(kpi::InfraTickets)->target, 5.0);
    }
    void bandBoundaries_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<double>("value");
        QTest::addColumn<Band>("band");
        const double m = 60, h = 3600, d = 86400, w = 7 * d;
        const auto row = [](const char *name, QLatin1String id, double v, Band b) {
            QTest::newRow(name) << QString(id) << v << b;
        };
        // Service creation: target ≤ 30 min, good ≤ 1 h, average < 1 week, poor ≥ 1 week.
        row("lead 0", kpi::ServiceCreationLeadTime, 0, Band::Target);
        row("lead 30min", kpi::ServiceCreationLeadTime, 30 * m, Band::Target);
        row("lead 30min+1s", kpi::ServiceCreationLeadTime, 30 * m + 1, Band::Good);
        row("lead 1h", kpi::ServiceCreationLeadTime, h, Band::Good);
        row("lead 1h+1s", kpi::ServiceCreationLeadTime, h + 1, Band::Average);
        row("lead 2d", kpi::ServiceCreationLeadTime, 2 * d, Band::Average);
        row("lead 5d (gap)", kpi::ServiceCreationLeadTime, 5 * d, Band::Average);
        row("lead 1w-1s", kpi::ServiceCreationLeadTime, w - 1, Band::Average);
        row("lead 1w", kpi::ServiceCreationLeadTime, w, Band::Poor);
        // Adoption: target ≥ 80, good ≥ 60, average ≥ 30, poor < 30.
        row("adoption 100", kpi::GoldenPathAdoption, 100, Band::Target);
        row("adoption 80", kpi::GoldenPathAdoption, 80, Band::Target);
        row("adoption 79.99", kpi::GoldenPathAdoption, 79.99, Band::Good);
        row("adoption 60", kpi::GoldenPathAdoption, 60, Band::Good);
        row("adoption 59.99", kpi::GoldenPathAdoption, 59.99, Band::Average);
        row("adoption 30", kpi::GoldenPathAdoption, 30, Band::Average);
        row("adoption 29.99", kpi::GoldenPathAdoption, 29.99, Band::Poor);
        row("adoption 0", kpi::GoldenPathAdoption, 0, Band::Poor);
        // NPS: target ≥ 40, good ≥ 20, average ≥ 0, poor < 0.
        row("nps 100", kpi::DeveloperNps, 100, Band::Target);
        row("nps 40", kpi::DeveloperNps, 40, Band::Target);
        row("nps 39.9", kpi::DeveloperNps, 39.9, Band::Good);
        row("nps 20", kpi::DeveloperNps, 20, Band::Good);
        row("nps 19.9", kpi::DeveloperNps, 19.9, Band::Average);
        row("nps 0", kpi::DeveloperNps, 0, Band::Average);
        row("nps -0.1", kpi::DeveloperNps, -0.1, Band::Poor);
        row("nps -100", kpi::DeveloperNps, -100, Band::Poor);
        // Onboarding: target ≤ 1 d, good ≤ 5 d, average ≤ 2 w, poor > 2 w.
        row("onboarding 1d", kpi::OnboardingTime, d, Band::Target);
        row("onboarding 1d+1s", kpi::OnboardingTime, d + 1, Band::Good);
        row("onboarding 5d", kpi::OnboardingTime, 5 * d, Band::Good);
        row("onboarding 5d+1s", kpi::OnboardingTime, 5 * d + 1, Band::Average);
        row("onboarding 2w", kpi::OnboardingTime, 2 * w, Band::Average);
        row("onboarding 2w+1s", kpi::OnboardingTime, 2 * w + 1, Band::Poor);
        // Tickets: target < 5, good ≤ 20, average ≤ 50, poor > 50.
        row("tickets 0", kpi::InfraTickets, 0, Band::Target);
        row("tickets 4.99", kpi::InfraTickets, 4.99, Band::Target);
        row("tickets 5", kpi::InfraTickets, 5, Band::Good);
        row("tickets 20", kpi::InfraTickets, 20, Band::Good);
        row("tickets 20.01", kpi::InfraTickets, 20.01, Band::Average);
        row("tickets 50", kpi::InfraTickets, 50, Band::Average);
        row("tickets 50.01", kpi::InfraTickets, 50.01, Band::Poor);
        // DORA deployment frequency per day: elite > 1, high ≥ 1/7, medium ≥ 1/30.
        row("df 3/day", kpi::DoraDeploymentFrequency, 3, Band::Elite);
        row("df just above daily", kpi::DoraDeploymentFrequency, std::nextafter(1.0, 2.0), Band::Elite);
        row("df daily", kpi::DoraDeploymentFrequency, 1, Band::High);
        row("df weekly", kpi::DoraDeploymentFrequency, 1.0 / 7, Band::High);
        row("df 4 in 28 days", kpi::DoraDeploymentFrequency, 4.0 / 28, Band::High);
        row("df just below weekly", kpi::DoraDeploymentFrequency, std::nextafter(1.0 / 7, 0.0), Band::Medium);
        row("df monthly", kpi::DoraDeploymentFrequency, 1.0 / 30, Band::Medium);
        row("df 1 in 31 days", kpi::DoraDeploymentFrequency, 1.0 / 31, Band::Low);
        row("df none", kpi::DoraDeploymentFrequency, 0, Band::Low);
        // DORA lead time: elite < 1 d, high ≤ 1 w, medium ≤ 30 d, low beyond.
        row("lt 1h", kpi::DoraLeadTime, h, Band::Elite);
        row("lt 1d-1ms", kpi::DoraLeadTime, d - 0.001, Band::Elite);
        row("lt 1d", kpi::DoraLeadTime, d, Band::High);
        row("lt 1w", kpi::DoraLeadTime, w, Band::High);
        row("lt 1w+1ms", kpi::DoraLeadTime, w + 0.001, Band::Medium);
        row("lt 30d", kpi::DoraLeadTime, 30 * d, Band::Medium);
        row("lt 30d+1s", kpi::DoraLeadTime, 30 * d + 1, Band::Low);
        row("lt 1y", kpi::DoraLeadTime, 365 * d, Band::Low);
        // DORA change failure rate: ≤ 5 elite, ≤ 10 medium, ≤ 20 high, above low.
        row("cfr 0", kpi::DoraChangeFailureRate, 0, Band::Elite);
        row("cfr 5", kpi::DoraChangeFailureRate, 5, Band::Elite);
        row("cfr 5.01", kpi::DoraChangeFailureRate, 5.01, Band::Medium);
        row("cfr 10", kpi::DoraChangeFailureRate, 10, Band::Medium);
        row("cfr 10.01", kpi::DoraChangeFailureRate, 10.01, Band::High);
        row("cfr 20", kpi::DoraChangeFailureRate, 20, Band::High);
        row("cfr 20.01", kpi::DoraChangeFailureRate, 20.01, Band::Low);
        row("cfr 40", kpi::DoraChangeFailureRate, 40, Band::Low);
        row("cfr 100", kpi::DoraChangeFailureRate, 100, Band::Low);
        // DORA recovery: elite < 1 h, high < 1 d, medium < 1 w, low ≥ 1 w.
        row("mttr 59min", kpi::DoraRecoveryTime, 59 * m, Band::Elite);
        row("mttr 1h", kpi::DoraRecoveryTime, h, Band::High);
        row("mttr 1d-1s", kpi::DoraRecoveryTime, d - 1, Band::High);
        row("mttr 1d", kpi::DoraRecoveryTime, d, Band::Medium);
        row("mttr 1w-1s", kpi::DoraRecoveryTime, w - 1, Band::Medium);
        row("mttr 1w", kpi::DoraRecoveryTime, w, Band::Low);
        row("mttr 1 month", kpi::DoraRecoveryTime, 30 * d, Band::Low);
    }
    void bandBoundaries()
    {
        QFETCH(QString, id);
        QFETCH(double, value);
        QFETCH(Band, band);
        const KpiDefinition *k = findKpi(id);
        QVERIFY(k);
        QCOMPARE(bandId(classify(*k, value)), bandId(band));
        QCOMPARE(classify(id, value), band);
        // The drawn ranges agree with the classification.
        int hits = 0;
        for (const BandRange &r : k->bandRanges()) {
            const bool aboveLower = r.lowerInclusive ? value >= r.lower : value > r.lower;
            const bool belowUpper = r.upperInclusive ? value <= r.upper : value < r.upper;
            if (aboveLower && belowUpper) {
                ++hits;
                QCOMPARE(bandId(r.band), bandId(band));
            }
        }
        QCOMPARE(hits, 1);
    }
    void bandHelpers()
    {
        for (const auto &k : kpiCatalogue()) {
            QCOMPARE(classify(k, kNaN), Band::Unknown);
            QCOMPARE(classify(k, kInf), Band::Unknown);
        }
        QCOMPARE(classify(kpi::DeveloperNps, std::nullopt), Band::Unknown);
        QCOMPARE(classify(u"unknown", 3.0), Band::Unknown);
        QCOMPARE(bandRank(Band::Target), 3);
        QCOMPARE(bandRank(Band::Elite), 3);
        QCOMPARE(bandRank(Band::Medium), 1);
        QCOMPARE(bandRank(Band::Unknown), -1);
        QCOMPARE(bandId(Band::Unknown), QString());
        QCOMPARE(bandTitle(Band::Target), QStringLiteral("On target"));
        // Ranges drawn behind the NPS chart.
        const auto ranges = findKpi(kpi::DeveloperNps)->bandRanges();
        QCOMPARE(bandId(ranges[0].band), QStringLiteral("target"));
        QCOMPARE(ranges[0].lower, 40.0);
        QVERIFY(ranges[0].lowerInclusive);
        QCOMPARE(ranges[0].upper, kInf);
        QCOMPARE(ranges[1].lower, 20.0);
        QCOMPARE(ranges[1].upper, 40.0);
        QVERIFY(!ranges[1].upperInclusive);
        QCOMPARE(bandId(ranges[3].band), QStringLiteral("poor"));
        QCOMPARE(ranges[3].lower, -kInf);
        QCOMPARE(ranges[3].upper, 0.0);
        QVERIFY(!ranges[3].upperInclusive);
        const QJsonObject def = findKpi(kpi::InfraTickets)->toJson();
        QCOMPARE(def.value(u"direction").toString(), QStringLiteral("lower-is-better"));
        QCOMPARE(def.value(u"bands").toArray().first().toObject().value(u"lower").type(), QJsonValue::Null);
        QVERIFY(!def.value(u"bands").toArray().first().toObject().value(u"upperInclusive").toBool()); // below 5
    }
    void kpiValueJson()
    {
        const KpiValue none = makeKpiValue(kpi::DeveloperNps, std::nullopt, 0, QStringLiteral("survey.csv"),
                                           QStringLiteral("Import a survey."));
        const QJsonObject n = none.toJson();
        QCOMPARE(n.value(u"value").type(), QJsonValue::Null); // never 0 for "no data"
        QCOMPARE(n.value(u"band").type(), QJsonValue::Null);
        QCOMPARE(n.value(u"missingReason").toString(), QStringLiteral("Import a survey."));
        QCOMPARE(n.value(u"unit").toString(), QStringLiteral("score"));
        QCOMPARE(n.value(u"title").toString(), QStringLiteral("Developer NPS"));
        QVERIFY(!makeKpiValue(kpi::DeveloperNps, std::nullopt, 0, {}).missingReason.isEmpty());
        QVERIFY(!makeKpiValue(kpi::DeveloperNps, kNaN, 0, {}).value.has_value());

        const KpiValue v = makeKpiValue(kpi::GoldenPathAdoption, 80.0, 10, QStringLiteral("GitHub"), {},
                                        utc("2024-01-01T00:00:00Z"), utc("2024-04-01T00:00:00Z"));
        QCOMPARE(v.band, Band::Target);
        QCOMPARE(v.unit, Unit::Percent);
        const QJsonObject j = v.toJson();
        QCOMPARE(j.value(u"value").toDouble(), 80.0);
        QCOMPARE(j.value(u"band").toString(), QStringLiteral("target"));
        QCOMPARE(j.value(u"from").toString(), QStringLiteral("2024-01-01T00:00:00Z"));
        QCOMPARE(j.value(u"to").toString(), QStringLiteral("2024-04-01T00:00:00Z"));
        QCOMPARE(j.value(u"asOf").type(), QJsonValue::Null);
        QCOMPARE(j.value(u"sampleSize").toInt(), 10);
        QCOMPARE(j.value(u"target").toDouble(), 80.0);
        QVERIFY(!j.contains(u"missingReason"));
    }

    // ---- service creation lead time -----------------------------------------
    void backstageTaskExport()
    {
        const TaskImport imp = parseBackstageTasks(fixture(QStringLiteral("scaffolder-tasks.json")),
                                                   QStringLiteral("tasks.json"));
        QCOMPARE(imp.tasks.size(), 9);
        QCOMPARE(imp.skipped, 6);
        QCOMPARE(imp.problems.size(), 6);
        QList<int> rows;
        for (const auto &p : imp.problems) {
            rows << p.row;
            QCOMPARE(p.source, QStringLiteral("tasks.json"));
        }
        QCOMPARE(rows, (QList<int>{10, 11, 12, 13, 14, 15}));
        QCOMPARE(imp.problems[0].where, QStringLiteral("tasks[9]"));
        QVERIFY(imp.problems[2].message.contains(QStringLiteral("exploded")));
        QVERIFY(imp.problems[5].toString().startsWith(QStringLiteral("tasks.json: row 15: tasks[14]: ")));

        const ScaffolderTask &t3 = imp.tasks[2];
        QCOMPARE(t3.id, QStringLiteral("t3"));
        QCOMPARE(t3.createdAt, utc("2024-01-10T00:00:00Z")); // +09:00 read as such
        QCOMPARE(t3.status, TaskStatus::Completed);
        QCOMPARE(imp.tasks[0].templateRef, QStringLiteral("template:default/service"));
        QCOMPARE(imp.tasks[0].createdBy, QStringLiteral("user:default/ann"));
        QCOMPARE(imp.tasks[3].createdBy, QStringLiteral("user:default/cy")); // from spec.user.ref
        QCOMPARE(imp.tasks[4].completedAt, utc("2024-02-02T13:40:00Z"));    // completedAt wins
        QCOMPARE(imp.tasks[7].status, TaskStatus::Running);                  // processing
        QCOMPARE(imp.tasks[8].status, TaskStatus::Running);                  // open
        QVERIFY(!imp.tasks[8].completedAt.isValid());

        // Other shapes.
        QCOMPARE(parseBackstageTasks(R"({"items":[{"id":"a","status":"open","createdAt":"2024-01-01T00:00:00Z"}]})").tasks.size(), 1);
        QCOMPARE(parseBackstageTasks(R"([{"id":"a","status":"open","createdAt":"2024-01-01T00:00:00Z"}])").tasks.size(), 1);
        const TaskImport notJson = parseBackstageTasks("{\"tasks\": [", QStringLiteral("x.json"));
        QVERIFY(notJson.tasks.isEmpty());
        QCOMPARE(notJson.problems.size(), 1);
        QCOMPARE(notJson.problems[0].row, 0);
        QCOMPARE(parseBackstageTasks(R"({"tasks": 3})").problems.size(), 1);
        QCOMPARE(parseBackstageTasks("").problems.size(), 1);
    }
    void leadTimeFromTasks()
    {
        const TaskImport imp = parseBackstageTasks(fixture(QStringLiteral("scaffolder-tasks.json")));
        // Completed durations: 10, 20, 30, 40 and 100 minutes.
        const LeadTimeResult all = serviceCreationLeadTime(imp.tasks, PeriodKind::Month);
        QCOMPARE(all.completed, 5);
        QCOMPARE(all.failed, 1);
        QCOMPARE(all.cancelled, 1);
        QCOMPARE(all.running, 2);
        QCOMPARE_OPT(all.durations.median, 1800);
        QCOMPARE_OPT(all.durations.p95, 5280); // h = 4·0.95 = 3.8: 2400 + 0.8·(6000-2400)
        QStringList keys;
        for (const auto &p : all.byPeriod)
            keys << p.period.key();
        QCOMPARE(keys, (QStringList{"2023-12", "2024-01", "2024-02"}));
        QCOMPARE(all.byPeriod[0].durations.count, 1);   // t1
        QCOMPARE(all.byPeriod[1].durations.count, 3);   // t2 ends 00:10 on 1 January: January
        QCOMPARE_OPT(all.byPeriod[1].durations.median, 1800);
        QCOMPARE_OPT(all.byPeriod[1].durations.p95, 2340); // [1200,1800,2400]: h = 1.9: 1800 + 0.9·600
        QCOMPARE_OPT(all.byPeriod[2].durations.median, 6000);

        const KpiValue k = leadTimeKpi(all, QStringLiteral("Backstage export"));
        QCOMPARE(k.band, Band::Target); // exactly 30 minutes
        QCOMPARE(k.sampleSize, 5);
        QCOMPARE(k.details.value(u"p95").toDouble(), 5280.0);

        // Windowed on completion: January only.
        const LeadTimeResult jan = serviceCreationLeadTime(imp.tasks, PeriodKind::Quarter, utc("2024-01-01T00:00:00Z"),
                                                           utc("2024-02-01T00:00:00Z"));
        QCOMPARE(jan.completed, 3);
        QCOMPARE(jan.failed, 1);
        QCOMPARE(jan.cancelled, 1);
        QCOMPARE(jan.running, 0);
        QCOMPARE_OPT(jan.durations.median, 1800);
        QCOMPARE(jan.byPeriod.size(), 1);
        QCOMPARE(jan.byPeriod[0].period.key(), QStringLiteral("2024-Q1"));

        // Quarters with a gap stay in the series with no value.
        const LeadTimeResult gap = serviceCreationLeadTime(imp.tasks, PeriodKind::Quarter, utc("2023-07-01T00:00:00Z"),
                                                           utc("2024-04-01T00:00:00Z"));
        QCOMPARE(gap.byPeriod.size(), 3);
        QCOMPARE(gap.byPeriod[0].durations.count, 0);
        QVERIFY(!gap.byPeriod[0].durations.median.has_value());

        // No completed task: no value, and a reason.
        const LeadTimeResult none = serviceCreationLeadTime(imp.tasks, PeriodKind::Month, utc("2025-01-01T00:00:00Z"),
                                                            utc("2025-02-01T00:00:00Z"));
        const KpiValue kn = leadTimeKpi(none, QStringLiteral("Atrium"));
        QVERIFY(!kn.value.has_value());
        QCOMPARE(kn.band, Band::Unknown);
        QVERIFY(kn.missingReason.contains(QStringLiteral("/api/scaffolder/v2/tasks")));
        QCOMPARE(none.toJson().value(u"durationSeconds").toObject().value(u"median").type(), QJsonValue::Null);
    }

    // ---- golden path ---------------------------------------------------------
    void usesPatterns()
    {
        const QString golden = QStringLiteral("acme/golden-workflows/.github/workflows/*.yml@*");
        QVERIFY(matchesUsesPattern(golden, u"acme/golden-workflows/.github/workflows/build.yml@v2"));
        QVERIFY(matchesUsesPattern(golden, u"acme/golden-workflows/.github/workflows/build.yml@refs/heads/main"));
        QVERIFY(matchesUsesPattern(golden, u"ACME/Golden-Workflows/.github/workflows/build.yml@v2"));
        QVERIFY(!matchesUsesPattern(golden, u"acme/golden-workflows/.github/workflows/build.yaml@v2"));
        QVERIFY(!matchesUsesPattern(golden, u"acme/golden-workflows/.github/workflows/build.yml"));
        QVERIFY(!matchesUsesPattern(golden, u"evil/acme/golden-workflows/.github/workflows/build.yml@v2"));
        QVERIFY(matchesUsesPattern(u"actions/checkout@v?", u"actions/checkout@v4"));
        QVERIFY(!matchesUsesPattern(u"actions/checkout@v?", u"actions/checkout@v10"));
        QVERIFY(matchesUsesPattern(u"*", u"anything/at@all"));
        QVERIFY(matchesUsesPattern(u"**a**", u"xxa"));
        QVERIFY(!matchesUsesPattern(u"", u"x"));
        QVERIFY(matchesUsesPattern(u"", u""));
        // A pathological pattern finishes quickly.
        QVERIFY(!matchesUsesPattern(QString(50, QLatin1Char('*')) + QLatin1Char('b'), QString(5000, QLatin1Char('a'))));
    }
    void workflowScan()
    {
        const WorkflowScan job = scanWorkflow(workflow(QStringLiteral("golden-job.yml")));
        QVERIFY(job.problems.isEmpty());
        QCOMPARE(job.uses.size(), 2);
        QCOMPARE(job.uses[0].uses, QStringLiteral("acme/golden-workflows/.github/workflows/build.yml@v2"));
        QCOMPARE(job.uses[0].where, QStringLiteral("jobs.build.uses"));
        QVERIFY(job.uses[0].reusableWorkflow);
        QCOMPARE(job.uses[1].uses, QStringLiteral("actions/checkout@v4"));
        QCOMPARE(job.uses[1].where, QStringLiteral("jobs.lint.steps[0].uses"));
        QVERIFY(!job.uses[1].reusableWorkflow);

        // Comments, env values and run scripts that say "uses:" do not count.
        const WorkflowScan look = scanWorkflow(workflow(QStringLiteral("lookalike.yml")));
        QVERIFY(look.problems.isEmpty());
        QStringList uses;
        for (const auto &u : look.uses)
            uses << u.uses;
        QCOMPARE(uses, (QStringList{"actions/checkout@v4", "./.github/actions/local"}));

        const WorkflowScan broken = scanWorkflow(workflow(QStringLiteral("broken.yml")), QStringLiteral("acme/broken"));
        QVERIFY(broken.uses.isEmpty());
        QCOMPARE(broken.problems.size(), 1);
        QCOMPARE(broken.problems[0].source, QStringLiteral("acme/broken:.github/workflows/broken.yml"));
        QVERIFY(broken.problems[0].line > 0);

        // Shapes that are valid YAML but not workflows give nothing, quietly.
        for (const char *text : {"", "[1, 2]", "jobs: 3", "jobs: {a: 1, b: [x], c: {steps: 5}, d: {uses: 7, steps: [1, {uses: [x]}]}}"})
            QVERIFY(scanWorkflow(WorkflowFile{QStringLiteral("w.yml"), QByteArray(text)}).uses.isEmpty());
    }
    void goldenPathAdoptionShare()
    {
        const QString teamA = QStringLiteral("group:default/team-a");
        const QString teamB = QStringLiteral("group:default/team-b");
        QList<Repository> repos{
            {QStringLiteral("acme/orders"), false, teamA, {workflow(QStringLiteral("golden-job.yml"))}},
            {QStringLiteral("acme/payments"), false, teamA,
             {workflow(QStringLiteral("lookalike.yml")), workflow(QStringLiteral("golden-step.yml"))}},
            {QStringLiteral("acme/legacy"), false, teamB, {workflow(QStringLiteral("lookalike.yml"))}},
            {QStringLiteral("acme/broken"), false, teamB,
             {workflow(QStringLiteral("broken.yml")), workflow(QStringLiteral("golden-job.yml"))}},
            {QStringLiteral("acme/broken-only"), false, QString(), {workflow(QStringLiteral("broken.yml"))}},
            {QStringLiteral("acme/old"), true, teamA, {workflow(QStringLiteral("golden-job.yml"))}},
            {QStringLiteral("acme/old-2"), true, teamB, {}},
        };
        const QList<Entity> entities{
            component(QStringLiteral("orders"), QStringLiteral("service"), QStringLiteral("team-a"),
                      {{QStringLiteral("backstage.io/source-template"), QStringLiteral("template:default/service")}}),
            component(QStringLiteral("payments"), QStringLiteral("service"), QStringLiteral("team-a")),
            component(QStringLiteral("legacy"), QStringLiteral("service"), QStringLiteral("team-b"),
                      {{QStringLiteral("backstage.io/source-template"), QStringLiteral("")}}),
            component(QStringLiteral("web"), QStringLiteral("website"), QStringLiteral("team-b")),
            component(QStringLiteral("orders-api"), QStringLiteral("openapi"), QStringLiteral("team-a"),
                      {{QStringLiteral("backstage.io/source-template"), QStringLiteral("template:default/api")}}, {},
                      QStringLiteral("API")),
        };
        GoldenPathOptions opt;
        opt.usesPatterns = {QStringLiteral("acme/golden-workflows/.github/workflows/*.yml@*"),
                            QStringLiteral("acme/golden-actions/*@*"), QStringLiteral("  ")};
        const GoldenPathResult r = goldenPathAdoption(repos, entities, opt);
        QCOMPARE(r.activeRepos, 5);
        QCOMPARE(r.archivedRepos, 2);
        QCOMPARE(r.adoptingRepos, 3);
        QCOMPARE_OPT(r.adoptionPercent, 60); // 3 of 5: exactly on "good"
        QCOMPARE(r.adoptingRepoNames(), (QStringList{"acme/broken", "acme/orders", "acme/payments"}));
        QCOMPARE(r.nonAdoptingRepoNames(), (QStringList{"acme/broken-only", "acme/legacy"}));
        QCOMPARE(r.problems.size(), 2); // broken.yml in two repositories
        QCOMPARE(r.problems[0].source, QStringLiteral("acme/broken:.github/workflows/broken.yml"));
        QCOMPARE(r.repos[3].fullName, QStringLiteral("acme/orders"));
        QCOMPARE(r.repos[3].matched, (QStringList{"acme/golden-workflows/.github/workflows/build.yml@v2"}));
        QCOMPARE(r.repos[4].matched, (QStringList{"acme/golden-actions/deploy@refs/heads/main"})); // a step's action

        // Components: 4 (the API does not count), one from a template (an empty
        // annotation is no template).
        QCOMPARE(r.components, 4);
        QCOMPARE(r.componentsFromTemplate, 1);
        QCOMPARE_OPT(r.templatePercent, 25);
        QCOMPARE(r.componentsFromTemplateRefs, (QStringList{"component:default/orders"}));

        QCOMPARE(r.byTeam.size(), 3);
        QCOMPARE(r.byTeam[0].team, QString()); // unknown owner first
        QCOMPARE(r.byTeam[0].activeRepos, 1);
        QCOMPARE_OPT(r.byTeam[0].adoptionPercent, 0);
        QCOMPARE(r.byTeam[1].team, teamA);
        QCOMPARE(r.byTeam[1].activeRepos, 2); // archived acme/old left out
        QCOMPARE_OPT(r.byTeam[1].adoptionPercent, 100);
        QCOMPARE(r.byTeam[1].components, 2);
        QCOMPARE_OPT(r.byTeam[1].templatePercent, 50);
        QCOMPARE(r.byTeam[2].team, teamB);
        QCOMPARE_OPT(r.byTeam[2].adoptionPercent, 50);
        QCOMPARE_OPT(r.byTeam[2].templatePercent, 0);

        const KpiValue k = goldenPathKpi(r, QStringLiteral("GitHub sync"));
        QCOMPARE(k.band, Band::Good);
        QCOMPARE(k.sampleSize, 5);
        const QJsonObject j = r.toJson();
        QCOMPARE(j.value(u"repositories").toArray().size(), 5);
        QCOMPARE(j.value(u"problems").toArray().size(), 2);

        // Not configured, or nothing synced: no value and a reason.
        const GoldenPathResult unconfigured = goldenPathAdoption(repos, entities, {});
        QVERIFY(!unconfigured.adoptionPercent.has_value());
        QCOMPARE_OPT(unconfigured.templatePercent, 25); // still known
        QVERIFY(goldenPathKpi(unconfigured, {}).missingReason.contains(QStringLiteral("uses:")));
        const GoldenPathResult onlyArchived = goldenPathAdoption({repos[5]}, {}, opt);
        QVERIFY(!onlyArchived.adoptionPercent.has_value());
        QVERIFY(!onlyArchived.templatePercent.has_value());
        QVERIFY(!goldenPathKpi(onlyArchived, {}).missingReason.isEmpty());
    }

    // ---- onboarding -----------------------------------------------------------
    void onboardingByQuarter()
    {
        const QList<Newcomer> people{
            {QStringLiteral("ann"), utc("2023-12-30T09:00:00Z"), utc("2024-01-02T09:00:00Z")}, // 3 d, 2023-Q4
            {QStringLiteral("bo"), utc("2024-01-10T09:00:00Z"), utc("2024-01-11T09:00:00Z")},  // 1 d, 2024-Q1
            {QStringLiteral("cy"), utc("2024-02-01T09:00:00Z"), utc("2024-02-06T09:00:00Z")},  // 5 d, 2024-Q1
            {QStringLiteral("di"), utc("2024-03-01T09:00:00Z"), {}},                           // waiting
            {QStringLiteral("ed"), utc("2024-03-05T09:00:00Z"), utc("2024-03-01T09:00:00Z")},  // merge before join
            {QStringLiteral("fay"), {}, utc("2024-03-01T09:00:00Z")},                          // no join date
            {QStringLiteral("gus"), utc("2024-01-01T08:00:00+09:00"), {}},                      // 2023-Q4 in UTC, waiting
        };
        const OnboardingResult r = onboardingTime(people, PeriodKind::Quarter);
        QCOMPARE(r.joined, 5); // ann, bo, cy, di, gus
        QCOMPARE(r.durations.count, 3);
        QCOMPARE_OPT(r.durations.median, 3 * 86400.0); // 1 d, 3 d, 5 d
        QCOMPARE(r.byPeriod.size(), 2);
        QCOMPARE(r.byPeriod[0].period.key(), QStringLiteral("2023-Q4"));
        QCOMPARE(r.byPeriod[0].joined, 2); // ann and gus
        QCOMPARE_OPT(r.byPeriod[0].durations.median, 3 * 86400.0);
        QCOMPARE(r.byPeriod[1].period.key(), QStringLiteral("2024-Q1"));
        QCOMPARE(r.byPeriod[1].joined, 3);
        QCOMPARE_OPT(r.byPeriod[1].durations.median, 3 * 86400.0); // (1 d + 5 d) / 2
        QCOMPARE(r.waiting.size(), 2);
        QCOMPARE(r.waiting[0].user, QStringLiteral("gus")); // by join date
        QCOMPARE(r.waiting[1].user, QStringLiteral("di"));
        QCOMPARE(r.problems.size(), 2);
        QCOMPARE(r.problems[0].where, QStringLiteral("ed"));
        QCOMPARE(r.problems[0].row, 5);
        QCOMPARE(r.problems[1].where, QStringLiteral("fay"));

        const KpiValue k = onboardingKpi(r, QStringLiteral("GitHub"));
        QCOMPARE(k.band, Band::Good); // 3 days: the playbook's 2–5 days
        QCOMPARE(k.details.value(u"waiting").toInt(), 2);

        // Window on join date.
        const OnboardingResult q1 = onboardingTime(people, PeriodKind::Month, utc("2024-01-01T00:00:00Z"),
                                                   utc("2024-04-01T00:00:00Z"));
        QCOMPARE(q1.joined, 3);
        QCOMPARE(q1.byPeriod.size(), 3);
        QCOMPARE(q1.byPeriod[2].joined, 1); // March: di, waiting
        QVERIFY(!q1.byPeriod[2].durations.median.has_value());

        // Everybody waiting: no number, and a reason.
        const OnboardingResult waiting = onboardingTime({people[3]});
        QVERIFY(!onboardingKpi(waiting, {}).value.has_value());
        QVERIFY(onboardingKpi(waiting, {}).missingReason.contains(QStringLiteral("1")));
        QVERIFY(!onboardingKpi(onboardingTime({}), {}).missingReason.isEmpty());
    }

    // ---- infrastructure tickets ---------------------------------------------
    void ticketsPerMonth()
    {
        const QList<TrackedIssue> issues{
            {QStringLiteral("acme/infra"), 1, {QStringLiteral("infra")}, utc("2024-01-03T10:00:00Z"), utc("2024-01-04T10:00:00Z")},
            {QStringLiteral("acme/infra"), 2, {QStringLiteral("INFRA"), QStringLiteral("bug")}, utc("2024-01-20T10:00:00Z"), {}},
            {QStringLiteral("acme/infra"), 3, {QStringLiteral("bug")}, utc("2024-01-21T10:00:00Z"), {}},
            {QStringLiteral("ACME/Platform"), 4, {QStringLiteral("platform-request")}, utc("2024-03-31T23:59:59Z"),
             utc("2024-04-02T00:00:00Z")},
            {QStringLiteral("acme/web"), 5, {QStringLiteral("infra")}, utc("2024-02-10T10:00:00Z"), {}},  // other repo
            {QStringLiteral("acme/infra"), 6, {QStringLiteral("infra")}, utc("2024-04-01T00:00:00Z"), {}}, // after window
            {QStringLiteral("acme/infra"), 7, {QStringLiteral("infra")}, utc("2024-02-29T09:00:00+09:00"), {}},
        };
        TicketOptions opt;
        opt.labels = {QStringLiteral("infra"), QStringLiteral("Platform-Request")};
        opt.repositories = {QStringLiteral("acme/infra"), QStringLiteral("acme/platform")};
        opt.from = utc("2024-01-01T00:00:00Z");
        opt.to = utc("2024-04-01T00:00:00Z"); // 91 days
        const TicketsResult r = infraTickets(issues, opt);
        QVERIFY(r.configured);
        QCOMPARE(r.total, 4);
        QCOMPARE(r.tickets, (QStringList{"acme/infra#1", "acme/infra#2", "acme/infra#7", "ACME/Platform#4"}));
        QCOMPARE(r.byMonth.size(), 3);
        QCOMPARE(r.byMonth[0].month.key(), QStringLiteral("2024-01"));
        QCOMPARE(r.byMonth[0].opened, 2);
        QCOMPARE(r.byMonth[0].closed, 1);
        QCOMPARE(r.byMonth[1].opened, 1); // #7 is 28 February in UTC
        QCOMPARE(r.byMonth[2].opened, 1);
        QCOMPARE_OPT(r.perMonth, 4 * 30.0 / 91); // per 30-day month over a 91-day window
        QCOMPARE(ticketsKpi(r, QStringLiteral("GitHub issues")).band, Band::Target);

        // A quiet month is a real zero.
        opt.from = utc("2024-05-01T00:00:00Z");
        opt.to = utc("2024-05-31T00:00:00Z");
        const TicketsResult quiet = infraTickets(issues, opt);
        QCOMPARE(quiet.byMonth.size(), 1);
        QCOMPARE(quiet.byMonth[0].opened, 0);
        QCOMPARE_OPT(quiet.perMonth, 0);
        QCOMPARE(ticketsKpi(quiet, {}).band, Band::Target);

        // Open window: the mean over the months spanned by the data (Jan..Apr).
        opt.from = opt.to = QDateTime();
        opt.repositories.clear();
        const TicketsResult open = infraTickets(issues, opt);
        QCOMPARE(open.total, 6);
        QCOMPARE(open.byMonth.size(), 4);
        QCOMPARE_OPT(open.perMonth, 1.5);

        // No labels configured: nothing to say, and what to do about it.
        const TicketsResult none = infraTickets(issues, {});
        QVERIFY(!none.configured);
        const KpiValue k = ticketsKpi(none, {});
        QVERIFY(!k.value.has_value());
        QVERIFY(k.missingReason.contains(QStringLiteral("labels")));
    }

    // ---- DORA -------------------------------------------------------------------
    void doraClassifiers()
    {
        QCOMPARE(classifyDeploymentFrequency(2), Band::Elite);
        QCOMPARE(classifyDeploymentFrequency(1), Band::High);
        QCOMPARE(classifyLeadTime(86400), Band::High);
        QCOMPARE(classifyChangeFailureRate(15), Band::High);
        QCOMPARE(classifyChangeFailureRate(8), Band::Medium); // 2024: medium's 10% is below high's 20%
        QCOMPARE(classifyRecoveryTime(3600), Band::High);
        QCOMPARE(classifyRecoveryTime(kNaN), Band::Unknown);
    }
    void doraEndToEnd()
    {
        const QDateTime from = utc("2024-01-01T00:00:00Z");
        const QDateTime to = utc("2024-01-29T00:00:00Z"); // 28 days
        const auto at = [&](double days) { return from.addMSecs(qint64(days * 86400 * 1000)); };
        const QList<Commit> commits{
            {QStringLiteral("AAA1"), at(0.5), at(1)},
            {QStringLiteral("aaa2"), at(2), at(3)},
            {QStringLiteral("aaa3"), at(5), at(5)},
            {QStringLiteral("aaa4"), at(6), at(8)},
            {QStringLiteral("aaa5"), at(20), at(20.5)},
        };
        const auto hours = [](double h) { return qint64(h * 3600 * 1000); };
        const QList<Deployment> deployments{
            // orders: 4 successful, 1 failed; lead times 2 h, 4 h, 6 h, 30 h.
            {QStringLiteral("orders"), QStringLiteral("aaa1"), at(1), at(1).addMSecs(hours(2)), DeploymentStatus::Success},
            {QStringLiteral("orders"), QStringLiteral("aaa2"), at(3), at(3).addMSecs(hours(4)), DeploymentStatus::Success},
            {QStringLiteral("orders"), QStringLiteral("aaa3"), at(5), at(5).addMSecs(hours(6)), DeploymentStatus::Success},
            {QStringLiteral("orders"), QStringLiteral("aaa4"), at(9.25), {}, DeploymentStatus::Success}, // ends at createdAt: 30 h
            {QStringLiteral("orders"), QStringLiteral("aaa4"), at(10), at(10), DeploymentStatus::Failure},
            // payments: one successful deployment of an unknown commit.
            {QStringLiteral("payments"), QStringLiteral("zzz"), at(12), at(12), DeploymentStatus::Success},
            // search: a deployment that ends before its commit; a pending one; one outside the window.
            {QStringLiteral("search"), QStringLiteral("aaa5"), at(19), at(19), DeploymentStatus::Success},
            {QStringLiteral("search"), QStringLiteral("aaa5"), at(21), at(21), DeploymentStatus::Other},
            {QStringLiteral("search"), QStringLiteral("aaa5"), at(28), at(28), DeploymentStatus::Success},
        };
        const QList<Incident> incidents{
            {QStringLiteral("orders"), at(10), at(10).addMSecs(hours(0.5))},
            {QStringLiteral("orders"), at(11), at(11).addMSecs(hours(1.5))},
            {QStringLiteral("payments"), at(13), {}},                         // still open
            {QStringLiteral("search"), at(14), at(13)},                       // resolved before opened
            {QStringLiteral("search"), at(-1), at(-0.5)},                     // before the window
        };
        DoraOptions opt;
        opt.from = from;
        opt.to = to;
        opt.serviceTeam = {{QStringLiteral("orders"), QStringLiteral("team-a")},
                           {QStringLiteral("payments"), QStringLiteral("team-a")}};
        const DoraResult r = computeDora(deployments, commits, incidents, opt);
        QCOMPARE(r.problems.size(), 2);
        QCOMPARE(r.byService.size(), 3);

        const DoraMetrics &orders = r.byService[0];
        QCOMPARE(orders.scope, QStringLiteral("orders"));
        QCOMPARE(orders.deployments, 5);
        QCOMPARE(orders.successful, 4);
        QCOMPARE(orders.failed, 1);
        QCOMPARE_OPT(orders.deploysPerDay, 4.0 / 28); // exactly weekly
        QCOMPARE_OPT(orders.deploysPerWeek, 1);
        QCOMPARE(orders.deploymentFrequencyBand, Band::High);
        QCOMPARE(orders.leadTimeSamples, 4);
        QCOMPARE_OPT(orders.leadTimeSeconds, 5 * 3600.0); // median of 2, 4, 6, 30 h
        QCOMPARE(orders.leadTimeBand, Band::Elite);
        QCOMPARE_OPT(orders.changeFailurePercent, 20); // 1 of 5: exactly "high"
        QCOMPARE(orders.changeFailureBand, Band::High);
        QCOMPARE(orders.incidents, 2);
        QCOMPARE_OPT(orders.recoverySeconds, 3600); // median of 30 and 90 min
        QCOMPARE(orders.recoveryBand, Band::High);   // "less than one hour" is elite; 1 h is not

        const DoraMetrics &payments = r.byService[1];
        QCOMPARE_OPT(payments.deploysPerDay, 1.0 / 28);
        QCOMPARE(payments.deploymentFrequencyBand, Band::Medium);
        QVERIFY(!payments.leadTimeSeconds.has_value());
        QCOMPARE(payments.unmatchedCommits, 1);
        QCOMPARE(payments.leadTimeBand, Band::Unknown);
        QCOMPARE_OPT(payments.changeFailurePercent, 0);
        QCOMPARE(payments.changeFailureBand, Band::Elite);
        QCOMPARE(payments.openIncidents, 1);
        QVERIFY(!payments.recoverySeconds.has_value());

        const DoraMetrics &search = r.byService[2];
        QCOMPARE(search.deployments, 1); // pending and out-of-window ones left out
        QCOMPARE(search.leadTimeSamples, 0);
        QCOMPARE(search.incidents, 0);

        // Teams pool their services' records.
        QCOMPARE(r.byTeam.size(), 2);
        QCOMPARE(r.byTeam[0].scope, QString()); // search has no team
        const DoraMetrics &teamA = r.byTeam[1];
        QCOMPARE(teamA.scope, QStringLiteral("team-a"));
        QCOMPARE(teamA.deployments, 6);
        QCOMPARE_OPT(teamA.deploysPerDay, 5.0 / 28);
        QCOMPARE_OPT(teamA.changeFailurePercent, 100.0 / 6);
        QCOMPARE(teamA.changeFailureBand, Band::High);
        QCOMPARE_OPT(teamA.leadTimeSeconds, 5 * 3600.0);
        QCOMPARE(teamA.incidents, 3);
        QCOMPARE(r.overall.deployments, 7);
        QCOMPARE(r.overall.successful, 6);

        // Authored time as the start: 14 h, 28 h, 6 h, 78 h → median (14 + 28) / 2 = 21 h.
        opt.clock = CommitClock::Authored;
        QCOMPARE_OPT(computeDora(deployments, commits, incidents, opt).byService[0].leadTimeSeconds, 21 * 3600.0);

        const QList<KpiValue> kpis = doraKpis(orders, r, QStringLiteral("GitHub deployments"));
        QCOMPARE(kpis.size(), 4);
        QCOMPARE(kpis[0].id, QString(kpi::DoraDeploymentFrequency));
        QCOMPARE(kpis[0].band, Band::High);
        QCOMPARE(kpis[2].band, Band::High);
        QCOMPARE(kpis[3].sampleSize, 2);
        const QJsonObject j = r.toJson();
        QCOMPARE(j.value(u"byService").toArray().size(), 3);
        QCOMPARE(j.value(u"overall").toObject().value(u"changeFailureRate").toObject().value(u"band").toString(),
                 QStringLiteral("high")); // 1 of 7 = 14.3 %

        // No window: no frequency, and a reason; the rest still computes.
        opt.from = opt.to = QDateTime();
        const DoraResult open = computeDora(deployments, commits, incidents, opt);
        QVERIFY(!open.overall.deploysPerDay.has_value());
        QVERIFY(open.overall.changeFailurePercent.has_value());
        const QList<KpiValue> ok = doraKpis(open.overall, open, {});
        QVERIFY(!ok[0].value.has_value());
        QVERIFY(ok[0].missingReason.contains(QStringLiteral("period")));

        // Nothing at all.
        const DoraResult empty = computeDora({}, {}, {}, DoraOptions{from, to, CommitClock::Committed, {}});
        for (const KpiValue &k : doraKpis(empty.overall, empty, {})) {
            QVERIFY(!k.value.has_value());
            QVERIFY(!k.missingReason.isEmpty());
        }
    }

    // ---- Play 1 -----------------------------------------------------------------
    void adoptionSignals()
    {
        SignalInputs in;
        for (int i = 0; i < 21; ++i)
            in.entities << component(QStringLiteral("svc-%1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("service"),
                                     QStringLiteral("team-a"),
                                     i < 10 ? QJsonObject{{QStringLiteral("backstage.io/techdocs-ref"), QStringLiteral("dir:.")},
                                                          {QStringLiteral("acme.com/cost-center"), QStringLiteral("cc-1")}}
                                            : QJsonObject{},
                                     i == 20 ? QJsonObject{{QStringLiteral("acme.com/cost-center"), QStringLiteral("cc-2")}}
                                             : QJsonObject{});
        in.entities << component(QStringLiteral("lib"), QStringLiteral("library"), QStringLiteral("team-b"));
        in.entities << component(QStringLiteral("api"), QStringLiteral("openapi"), QStringLiteral("team-b"), {}, {},
                                 QStringLiteral("API"));
        // Three active repositories, two teams, two setups: checkout@v3 and
        // @v4 are the same setup.
        in.repositories = {
            {QStringLiteral("acme/a"), false, QStringLiteral("team-a"), {workflow(QStringLiteral("golden-step.yml"))}},
            {QStringLiteral("acme/b"), false, QStringLiteral("team-b"),
             {WorkflowFile{QStringLiteral("ci.yml"),
                           "jobs:\n  d:\n    steps:\n      - uses: actions/checkout@v4\n      - uses: acme/golden-actions/deploy@v2\n"}}},
            {QStringLiteral("acme/c"), false, QStringLiteral("team-b"), {workflow(QStringLiteral("golden-job.yml"))}},
            {QStringLiteral("acme/d"), true, QStringLiteral("team-c"), {workflow(QStringLiteral("lookalike.yml"))}},
            {QStringLiteral("acme/e"), false, QStringLiteral("team-c"), {}},
        };
        in.serviceCreationSeconds = 8 * 86400.0;
        in.docs = QHash<QString, QList<DocPage>>{
            {QStringLiteral("component:default/svc-00"), {{QStringLiteral("index.md"), QStringLiteral("Home")},
                                                          {QStringLiteral("ops/RUNBOOK.md"), QStringLiteral("Ops")}}},
            {QStringLiteral("component:default/svc-01"), {{QStringLiteral("ops.md"), QStringLiteral("장애 대응 런북")}}},
            {QStringLiteral("component:default/svc-02"), {{QStringLiteral("index.md"), QStringLiteral("Home")}}},
        };
        in.costKey = QStringLiteral("acme.com/cost-center");

        QCOMPARE(ciFingerprint(in.repositories[0]), ciFingerprint(in.repositories[1]));
        QCOMPARE(ciFingerprint(in.repositories[4]), QString());

        const SignalsResult r = metrics::adoptionSignals(in);
        QCOMPARE(r.conditions.size(), 7);
        const auto signal = [&](const char *id) {
            for (const auto &s : r.conditions)
                if (s.id == QLatin1String(id))
                    return s;
            qFatal("no signal %s", id);
        };
        const AdoptionSignal services = signal("services");
        QCOMPARE_OPT(services.value, 21);
        QVERIFY(services.thresholdFromPlaybook);
        QCOMPARE(services.fires, std::optional<bool>(true)); // more than 20
        const AdoptionSignal lead = signal("service-creation-lead-time");
        QCOMPARE(lead.fires, std::optional<bool>(true)); // 8 days > 1 week
        const AdoptionSignal ci = signal("ci-setups");
        QCOMPARE_OPT(ci.value, 2);
        QCOMPARE(ci.sampleSize, 3);
        QCOMPARE(ci.threshold, 1.0); // two teams with CI: fires at two setups
        QCOMPARE(ci.fires, std::optional<bool>(true));
        QVERIFY(!ci.thresholdFromPlaybook);
        const AdoptionSignal onboarding = signal("onboarding-time");
        QVERIFY(!onboarding.value && !onboarding.fires);
        QVERIFY(!onboarding.missingReason.isEmpty());
        const AdoptionSignal docs = signal("docs-coverage");
        QCOMPARE_OPT(docs.value, 100.0 * 10 / 22); // 10 of 22 components
        QCOMPARE(docs.fires, std::optional<bool>(true));
        QCOMPARE(docs.items.size(), 12); // the ones without docs
        const AdoptionSignal runbooks = signal("runbook-coverage");
        QCOMPARE_OPT(runbooks.value, 100.0 * 2 / 22);
        QVERIFY(!runbooks.items.contains(QStringLiteral("component:default/svc-01")));
        const AdoptionSignal cost = signal("cost-attribution");
        QCOMPARE_OPT(cost.value, 100.0 * 11 / 22); // 10 annotations + 1 label: exactly 50 %
        QCOMPARE(cost.fires, std::optional<bool>(false)); // fires below 50 %
        QCOMPARE(r.measured, 6);
        QCOMPARE(r.firing, 5);
        QVERIFY(r.idpRecommended);
        QCOMPARE(r.toJson().value(u"signals").toArray().size(), 7);

        // 20 services is not "more than 20"; nothing configured says so.
        SignalInputs small;
        for (int i = 0; i < 20; ++i)
            small.entities << component(QStringLiteral("s%1").arg(i), QStringLiteral("service"), QStringLiteral("t"));
        const SignalsResult s = metrics::adoptionSignals(small);
        QCOMPARE(s.conditions[0].fires, std::optional<bool>(false));
        QCOMPARE(s.firing, 1); // docs coverage 0 %
        QVERIFY(!s.idpRecommended);
        for (const auto &c : s.conditions)
            if (!c.value)
                QVERIFY2(!c.missingReason.isEmpty(), qPrintable(c.id));
        QVERIFY(!metrics::adoptionSignals({}).conditions[0].value.has_value());
    }

    // ---- robustness ---------------------------------------------------------------
    void hostileJsonAndYaml()
    {
        // Random and mutated input never crashes and never yields a task
        // without the fields every consumer relies on.
        QRandomGenerator rng(20240101);
        const QByteArray tasks = fixture(QStringLiteral("scaffolder-tasks.json"));
        const QByteArray yaml = fixture(QStringLiteral("workflows/golden-job.yml"));
        for (int i = 0; i < 400; ++i) {
            QByteArray t = tasks, y = yaml;
            for (int k = 0; k < 1 + int(rng.bounded(8)); ++k) {
                t[rng.bounded(int(t.size()))] = char(rng.bounded(256));
                y[rng.bounded(int(y.size()))] = char(rng.bounded(256));
            }
            if (i % 4 == 0) {
                t.truncate(rng.bounded(int(t.size())));
                y.truncate(rng.bounded(int(y.size())));
            }
            for (const ScaffolderTask &task : parseBackstageTasks(t).tasks) {
                QVERIFY(!task.id.isEmpty());
                QVERIFY(task.createdAt.isValid());
                QVERIFY(task.status == TaskStatus::Running || task.completedAt >= task.createdAt);
            }
            scanWorkflow(WorkflowFile{QStringLiteral("w.yml"), y});
        }
        // Deep nesting.
        parseBackstageTasks(QByteArray(100000, '['));
        scanWorkflow(WorkflowFile{QStringLiteral("w.yml"), QByteArray(100000, '[')});
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
