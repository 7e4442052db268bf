// SPDX-License-Identifier: Apache-2.0
#include "metrics/onboarding.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <map>

namespace atrium::metrics {

QJsonObject OnboardingResult::toJson() const
{
    QJsonArray periods;
    for (const auto &p : byPeriod) {
        QJsonObject o = p.durations.toJson();
        o.insert(QStringLiteral("period"), p.period.key());
        o.insert(QStringLiteral("joined"), p.joined);
        periods.append(o);
    }
    QJsonArray waitingList;
    for (const auto &n : waiting)
        waitingList.append(QJsonObject{{QStringLiteral("user"), n.user},
                                       {QStringLiteral("joinedAt"), timestampString(n.joinedAt)}});
    QJsonArray problemList;
    for (const auto &p : problems)
        problemList.append(p.toJson());
    return {{QStringLiteral("durationSeconds"), durations.toJson()},
            {QStringLiteral("joined"), joined},
            {QStringLiteral("byPeriod"), periods},
            {QStringLiteral("waiting"), waitingList},
            {QStringLiteral("problems"), problemList}};
}

OnboardingResult onboardingTime(const QList<Newcomer> &newcomers, PeriodKind period, const QDateTime &from,
                                const QDateTime &to)
{
    OnboardingResult r;
    r.from = from;
    r.to = to;
    std::map<Period, QList<double>> buckets;
    std::map<Period, int> joined;
    QList<double> all;
    for (qsizetype i = 0; i < newcomers.size(); ++i) {
        const Newcomer &n = newcomers[i];
        if (!n.joinedAt.isValid()) {
            r.problems << Problem{{}, int(i) + 1, 0, n.user,
                                  QCoreApplication::translate("atrium::metrics", "%1 has no join date.").arg(n.user)};
            continue;
        }
        if ((from.isValid() && n.joinedAt < from) || (to.isValid() && n.joinedAt >= to))
            continue;
        if (n.firstMergedPrAt.isValid() && n.firstMergedPrAt < n.joinedAt) {
            r.problems << Problem{{}, int(i) + 1, 0, n.user,
                                  QCoreApplication::translate("atrium::metrics",
                                                              "%1's first merged pull request is older than their "
                                                              "join date; they are left out.")
                                      .arg(n.user)};
            continue;
        }
        const Period p = periodOf(n.joinedAt, period);
        ++r.joined;
        ++joined[p];
        if (!n.firstMergedPrAt.isValid()) {
            r.waiting << n;
            continue;
        }
        const double s = double(n.joinedAt.msecsTo(n.firstMergedPrAt)) / 1000.0;
        all << s;
        buckets[p] << s;
    }
    std::stable_sort(r.waiting.begin(), r.waiting.end(),
                     [](const Newcomer &a, const Newcomer &b) { return a.joinedAt < b.joinedAt; });
    r.durations = summarize(all);
    QList<Period> periods;
    if (from.isValid() && to.isValid())
        periods = periodsBetween(from, to, period);
    else if (!joined.empty())
        periods = periodsBetween(joined.begin()->first.start(), joined.rbegin()->first.end(), period);
    for (const Period &p : std::as_const(periods)) {
        const auto b = buckets.find(p);
        const auto j = joined.find(p);
        r.byPeriod << OnboardingPeriod{p, j == joined.end() ? 0 : j->second,
                                       summarize(b == buckets.end() ? QList<double>() : b->second)};
    }
    return r;
}

KpiValue onboardingKpi(const OnboardingResult &result, const QString &source)
{
    QString missing;
    if (result.joined == 0)
        missing = QCoreApplication::translate("atrium::metrics",
                                              "Nobody joined in this period, or join dates are not known. Sync the "
                                              "GitHub organisation's members, or configure a source of join dates.");
    else if (result.durations.count == 0)
        missing = QCoreApplication::translate("atrium::metrics",
                                              "None of the %n newcomers of this period has a merged pull request yet.",
                                              nullptr, result.joined);
    KpiValue v = makeKpiValue(kpi::OnboardingTime, result.durations.median, result.durations.count, source, missing,
                              result.from, result.to);
    QJsonObject d = result.durations.toJson();
    d.insert(QStringLiteral("joined"), result.joined);
    d.insert(QStringLiteral("waiting"), int(result.waiting.size()));
    v.details = d;
    return v;
}

} // namespace atrium::metrics
