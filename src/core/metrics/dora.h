// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "metrics/kpi.h"
#include "metrics/problem.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <optional>

namespace atrium::metrics {

enum class DeploymentStatus {
    Success,
    Failure, ///< GitHub's `failure` and `error`
    Other,   ///< pending, queued, in progress, inactive: not counted
};

/** A production deployment (a GitHub deployment and its latest status, a
 *  release, or a default-branch workflow run, as configured). */
struct Deployment {
    QString service; ///< component entity ref or name
    QString sha;     ///< the deployed commit
    QDateTime createdAt;
    QDateTime finishedAt; ///< the status's time; invalid when unknown
    DeploymentStatus status = DeploymentStatus::Other;
};

struct Commit {
    QString sha;
    QDateTime authoredAt;
    QDateTime committedAt;
};

/** An incident issue: opened when the failure was noticed, closed when
 *  service was restored. */
struct Incident {
    QString service;
    QDateTime openedAt;
    QDateTime resolvedAt; ///< invalid while open
};

enum class CommitClock { Committed, Authored };

struct DoraOptions {
    /** The window, [from, to). Required for deployment frequency, which is
     *  a count per length of time; the other metrics treat invalid bounds as
     *  open. */
    QDateTime from;
    QDateTime to;
    /** Which commit time lead time starts at. Committed (the default) is when
     *  the change was ready; Authored includes time spent in review. */
    CommitClock clock = CommitClock::Committed;
    /** Owning team per service, for the per-team roll-up; services without
     *  one are grouped under the empty team. */
    QHash<QString, QString> serviceTeam;
};

/** DORA's four keys for one service, one team, or everything. */
struct DoraMetrics {
    QString scope; ///< the service or team; empty for the overall numbers

    int deployments = 0;  ///< successful and failed, in the window
    int successful = 0;
    int failed = 0;
    std::optional<double> deploysPerDay;  ///< successful ones
    std::optional<double> deploysPerWeek;
    Band deploymentFrequencyBand = Band::Unknown;

    std::optional<double> leadTimeSeconds; ///< median
    int leadTimeSamples = 0;
    int unmatchedCommits = 0; ///< successful deployments whose commit is not known
    Band leadTimeBand = Band::Unknown;

    std::optional<double> changeFailurePercent; ///< failed / (successful + failed) × 100
    Band changeFailureBand = Band::Unknown;

    std::optional<double> recoverySeconds; ///< median over resolved incidents
    int incidents = 0;     ///< opened in the window
    int openIncidents = 0; ///< of those, not yet resolved
    Band recoveryBand = Band::Unknown;

    QJsonObject toJson() const;
};

struct DoraResult {
    DoraMetrics overall;
    QList<DoraMetrics> byService; ///< by name
    QList<DoraMetrics> byTeam;    ///< by team; the empty team first
    Problems problems;            ///< records skipped (times out of order)
    QDateTime from;
    QDateTime to;
    QJsonObject toJson() const;
};

/** Deployment frequency, lead time for changes, change failure rate and
 *  failed deployment recovery time, per service, per team and overall; a
 *  team's and the overall numbers pool the records of their services rather
 *  than averaging per-service numbers.
 *
 *  - A deployment is in the window by createdAt; its end is finishedAt, or
 *    createdAt when that is unknown.
 *  - Lead time is measured for the deployed commit: commit time → end of a
 *    successful deployment. Earlier commits shipped by the same deployment
 *    would need the history between two deployments, which GitHub's
 *    deployments do not carry.
 *  - A deployment fails when its status is failure or error; incidents are
 *    not attributed to deployments.
 *  - Recovery time is incident opened → resolved, for incidents opened in the
 *    window. */
DoraResult computeDora(const QList<Deployment> &deployments, const QList<Commit> &commits,
                       const QList<Incident> &incidents, const DoraOptions &options);

/** Bands of the 2024 report, with the boundary rules of kpiCatalogue(). */
Band classifyDeploymentFrequency(double deploysPerDay);
Band classifyLeadTime(double seconds);
Band classifyChangeFailureRate(double percent);
Band classifyRecoveryTime(double seconds);

/** The four KPI values of @p metrics, in the catalogue's order. */
QList<KpiValue> doraKpis(const DoraMetrics &metrics, const DoraResult &result, const QString &source);

} // namespace atrium::metrics
