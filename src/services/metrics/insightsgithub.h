// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "githubclient.h"
#include "insightsconfig.h"
#include "insightsdata.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <functional>
#include <optional>

namespace atrium {

class InsightsStore;

/** Which repositories a refresh reads, and what of each. */
struct InsightsRepoPlan {
    QStringList code;      ///< workflows, deliveries and pull requests: the catalog's and the configured ones
    QStringList tickets;   ///< issues with a ticket label
    QStringList incidents; ///< issues with the incident label

    /** Every repository of the plan, sorted, without duplicates. */
    QStringList all() const;
    /** The plan for @p catalogRepositories (from `github.com/project-slug`)
     *  under @p config. */
    static InsightsRepoPlan make(const QStringList &catalogRepositories, const InsightsConfig &config);
};

struct InsightsFetchOptions {
    QDateTime now;   ///< the snapshot's time; the client's clock when invalid
    /** Records older than this are not read (deliveries, issues); default:
     *  two years before now. */
    QDateTime since;
    std::function<bool()> cancelled;
    std::function<void(int done, int total, const QString &what)> progress;
};

struct InsightsFetchResult {
    GitHubSnapshot snapshot;
    GitHubStats stats;
    GitHubRateLimit coreLimit;
    QStringList problems; ///< `owner/name: what went wrong`, for repositories read in part or not at all
    /** Set when nothing could be read (no token, network down, rate limit
     *  spent); the previous snapshot should then be kept. */
    QString fatal;
    bool cancelled = false;
    bool ok() const { return fatal.isEmpty() && !cancelled; }
};

/**
 * Reads what Insights needs from GitHub's REST API: each repository's
 * archived flag and default branch, its `.github/workflows` files, its
 * production deliveries (deployments and their statuses, releases, or
 * default-branch workflow runs, as configured) and the commits they shipped,
 * issues with the configured ticket and incident labels, and pull requests
 * (for onboarding time).
 *
 * Every GET is conditional: answers are kept in the InsightsStore with their
 * ETags, and GitHub does not count a 304 against the rate limit, so a
 * refresh of unchanged repositories is nearly free. Deployment statuses that
 * have decided (success, failure) and commits are taken from the previous
 * snapshot without asking again. Rate limits are waited for by the client.
 *
 * Blocking: run it on a worker thread, with a client and a store of that thread.
 */
class InsightsGitHubService
{
    Q_DECLARE_TR_FUNCTIONS(atrium::InsightsGitHubService)
public:
    InsightsGitHubService(GitHubClient &client, InsightsStore *cache, InsightsConfig config);

    InsightsFetchResult fetch(const InsightsRepoPlan &plan, const std::optional<GitHubSnapshot> &previous,
                              const InsightsFetchOptions &options = {});

private:
    struct Page {
        GitHubResponse response;
        QString next;
    };
    Page get(const QString &pathOrUrl);
    /** Pages of a list until @p more says stop, the last page, or maxPages. */
    QJsonArray list(const QString &path, const QString &arrayKey, const std::function<bool(const QJsonArray &)> &more,
                    GitHubError *error, bool *truncated = nullptr);
    void readRepository(RepoSnapshot &repo, const InsightsRepoPlan &plan, const RepoSnapshot *previous,
                        const QDateTime &since, QStringList &problems, GitHubError *fatal);

    GitHubClient &m_client;
    InsightsStore *m_cache;
    InsightsConfig m_config;
    QDateTime m_now;
};

} // namespace atrium
