// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "diagnostic.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace atrium {

/** Where DORA's deployments come from. */
enum class DeploymentSource {
    Deployments,  ///< GitHub deployments to the configured environment, and their statuses
    Releases,     ///< published releases (not drafts or pre-releases); each one a successful deployment
    WorkflowRuns, ///< completed workflow runs on the default branch (optionally one workflow file)
};

/**
 * The `insights:` section of Atrium's configuration file (the same file as
 * the sync settings, see SyncConfig). Every key is optional:
 *
 * ```yaml
 * insights:
 *   host: github.com                 # the GitHub the repositories live on
 *   repositories: [acme/billing]     # besides those catalog entities name in github.com/project-slug
 *   goldenPath:
 *     uses: ['acme/golden-workflows/.github/workflows/golden-*.yml@*']
 *     templateAnnotation: backstage.io/source-template           # the default
 *   costAttribution:
 *     key: acme.io/cost-center       # an annotation or label; no default
 *   deployments:
 *     source: deployments            # deployments (default) | releases | workflow-runs
 *     environment: production        # deployments: the environment counted
 *     workflow: deploy.yml           # workflow-runs: only this workflow file (default: every workflow)
 *   tickets:
 *     labels: [infra, platform-request]   # any one of them; no default
 *     repositories: [acme/platform-requests] # default: every repository read
 *   incidents:
 *     label: incident                # the default
 *     repositories: []               # default: every repository read
 *   onboarding:
 *     joinDates: /path/joined.csv    # columns login,joined; default: each author's first pull request
 * ```
 */
struct InsightsConfig {
    QString file;
    QString host = QStringLiteral("github.com");
    QStringList repositories;
    QStringList goldenWorkflows;
    QString templateAnnotation = QStringLiteral("backstage.io/source-template");
    QString costKey;
    DeploymentSource deploymentSource = DeploymentSource::Deployments;
    QString environment = QStringLiteral("production");
    QString deployWorkflow;
    QStringList ticketLabels;
    QStringList ticketRepositories;
    QString incidentLabel = QStringLiteral("incident");
    QStringList incidentRepositories;
    QString joinDatesCsv;
    /** Pages of 100 read per list and repository; older records are left out. */
    int maxPages = 10;

    /** Reads the `insights:` section of @p path; a missing file gives the
     *  defaults and no problem. */
    static InsightsConfig load(const QString &path, Diagnostics *problems);
    /** The same from text; problems carry the line and column. */
    static InsightsConfig parse(const QByteArray &yaml, const QString &path, Diagnostics *problems);

    /** `deployments`, `releases` or `workflow-runs`. */
    static QString deploymentSourceId(DeploymentSource source);
};

} // namespace atrium
