// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "metrics/kpi.h"
#include "metrics/period.h"
#include "metrics/problem.h"
#include "metrics/stats.h"

#include <QDateTime>
#include <QList>

namespace atrium::metrics {

/** A developer who joined, and when their first pull request was merged. */
struct Newcomer {
    QString user;           ///< login or user entity ref
    QDateTime joinedAt;     ///< org membership, or the configured source
    QDateTime firstMergedPrAt; ///< invalid when none yet
};

struct OnboardingPeriod {
    Period period;     ///< of joining
    int joined = 0;
    Summary durations; ///< seconds to the first merged pull request, of those who have one
};

struct OnboardingResult {
    Summary durations;             ///< all newcomers of the window with a merged pull request
    int joined = 0;
    QList<OnboardingPeriod> byPeriod; ///< every period of the window (or of the data), in order
    /** Newcomers still without a merged pull request, by join date. They are
     *  not in the medians (their time is not known yet), which flatters the
     *  recent periods; views list them next to the number. */
    QList<Newcomer> waiting;
    Problems problems; ///< records skipped: no join date, a merge before the join
    QDateTime from;
    QDateTime to;
    QJsonObject toJson() const;
};

/** Onboarding time by the period the newcomers joined in (windowed by join
 *  date; invalid bounds are open). A first merge before the join date (an
 *  outside contributor who was hired) says nothing about onboarding, so the
 *  record is skipped and reported rather than counted as zero. */
OnboardingResult onboardingTime(const QList<Newcomer> &newcomers, PeriodKind period = PeriodKind::Quarter,
                                const QDateTime &from = {}, const QDateTime &to = {});

/** The KPI value: the median over the window. */
KpiValue onboardingKpi(const OnboardingResult &result, const QString &source);

} // namespace atrium::metrics
