// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "metrics/dora.h"
#include "metrics/goldenpath.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace atrium {

/** One production change as the configured deployment source reports it:
 *  a GitHub deployment (its decisive status), a release, or a workflow run. */
struct DeliveryRecord {
    QString id;
    QString sha;
    QDateTime createdAt;
    QDateTime finishedAt; ///< when it succeeded or failed; invalid while undecided
    /** `success`, `failure` (GitHub's failure, error, timed_out), or what it
     *  still is (`pending`, `in_progress`, `inactive`…), which is not counted. */
    QString state;
};

/** An issue with one of the configured ticket labels or the incident label. */
struct IssueRecord {
    int number = 0;
    QString title;
    QStringList labels;
    QDateTime createdAt;
    QDateTime closedAt;
    QString url;
};

/** A pull request, for onboarding time: who opened it, when, and when it merged. */
struct PullRecord {
    int number = 0;
    QString author; ///< GitHub login
    QDateTime createdAt;
    QDateTime mergedAt; ///< invalid when not merged
};

/** What Insights read of one repository. */
struct RepoSnapshot {
    QString fullName; ///< `owner/name`
    bool archived = false;
    QString defaultBranch;
    QList<metrics::WorkflowFile> workflows; ///< `.github/workflows/*.yml` at the default branch
    QList<DeliveryRecord> deliveries;
    QList<metrics::Commit> commits; ///< of the deliveries, for lead time
    QList<IssueRecord> issues;
    QList<PullRecord> pulls;
    QString error; ///< why the repository, or part of it, could not be read; empty when fine

    QJsonObject toJson() const;
    static RepoSnapshot fromJson(const QJsonObject &o);
};

/** Everything Insights read from GitHub in one refresh (or a demo's stand-in
 *  for it), kept in the cache as JSON so the numbers survive restarts and
 *  show offline. */
struct GitHubSnapshot {
    /** Where it came from: a host (`github.com`), or `demo:PATH` for the
     *  bundled demo data. */
    QString origin;
    QDateTime fetchedAt;
    QString deploymentSource; ///< InsightsConfig::deploymentSourceId() of the deliveries
    QList<RepoSnapshot> repos;
    /** Golden path adoption recorded over time: a demo ships its history, a
     *  real cache gets a point at each refresh. `{kpi: [{at, value, scope}]}`. */
    QJsonObject history;

    bool isDemo() const { return origin.startsWith(QLatin1String("demo:")); }
    const RepoSnapshot *repo(const QString &fullName) const;
    QJsonObject toJson() const;
    /** Reads what toJson() wrote; empty (with @p error set) for anything else. */
    static std::optional<GitHubSnapshot> fromJson(const QByteArray &json, QString *error = nullptr);
};

} // namespace atrium
