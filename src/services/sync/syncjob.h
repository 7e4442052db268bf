// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "backstagecatalog.h"
#include "diagnostic.h"
#include "githubclient.h"
#include "syncconfig.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <functional>

namespace atrium {

class CatalogStore;

/** A repository that could not be read, or read slowly. */
struct RepoProblem {
    QString repository; ///< org/repo
    QString url;        ///< the file on GitHub, when known
    QString message;
    bool slow = false;  ///< flagged for taking long, not failed
};

/** What one sync did, for the command line and the status line. */
struct SyncReport {
    int reposSeen = 0;      ///< listed in the organisations
    int reposMatched = 0;   ///< passing the provider's filters
    int reposRead = 0;      ///< whose files were downloaded
    int reposUnchanged = 0; ///< same commit as last time: not downloaded
    int reposWithoutCatalog = 0;
    int reposFailed = 0;
    int reposRemoved = 0;   ///< gone, or no longer matching: their entities removed
    int entities = 0;       ///< written this sync
    int errors = 0;
    int warnings = 0;
    int localSources = 0;
    GitHubStats requests;
    GitHubRateLimit graphqlLimit;
    GitHubRateLimit coreLimit;
    qint64 elapsedMs = 0;
    QList<RepoProblem> problems;
    QHash<QString, QString> viewerLogins; ///< host → login of the token's user
    QList<BackstageSyncReport> backstage; ///< one per configured Backstage backend (atrium.backstage)
    QString fatal;          ///< set when the sync stopped and wrote nothing
    bool cancelled = false;

    bool ok() const { return fatal.isEmpty() && !cancelled; }
};

/**
 * One sync of every configured source into the cache.
 *
 * For each GitHub provider: list the organisation's repositories with
 * GraphQL (metadata, topics, default branch and its commit, 100 a page),
 * apply the filters, skip repositories whose commit has not changed since
 * the last sync, read the catalog files of the others in batches (one
 * GraphQL request reads many files through aliases), then the files those
 * point at (Location targets, `$text`/`$json`/`$yaml`) in further batched
 * rounds, and load each repository with the same rules as a local import.
 * Local folders are imported as they are.
 *
 * Everything is written in one transaction at the end: a sync that fails
 * or is killed half-way leaves the previous catalog intact. A repository
 * that fails keeps its previous entities and is reported.
 *
 * Runs on the calling thread with blocking requests: call it from a worker
 * thread in the app.
 */
class SyncJob
{
public:
    struct Options {
        QByteArray token; ///< for every host, unless tokenForHost gives one
        /** The token for a provider's host (github.com, an Enterprise
         *  server): organisations on different hosts need different tokens. */
        std::function<QByteArray(const QString &host)> tokenForHost;
        int pageSize = 100;      ///< repositories per listing request
        int filesPerRequest = 50;///< files read per GraphQL request
        int maxRounds = 5;       ///< rounds of following Locations and placeholders
        qint64 slowRepoMs = 30000;
        /** Make a client for an endpoint (tests inject seams through it). */
        std::function<std::unique_ptr<GitHubClient>(const GitHubEndpoint &, const QByteArray &token)> clientFactory;
        std::function<void(int done, int total, const QString &what)> progress;
        /** A rate limit is spent and the sync waits until @p until. */
        std::function<void(const QString &why, const QDateTime &until)> waiting;
        std::function<bool()> cancelled;
        /** The token of a Backstage backend (by base URL); empty: none
         *  (a backend that allows guests). */
        std::function<QByteArray(const QUrl &baseUrl)> backstageToken;
    };

    SyncJob(SyncConfig config, Options options);
    SyncReport run(CatalogStore &store);

    /** Re-checks one synced repository (`org/name`) with conditional REST
     *  reads of the files it was read from: each unchanged file costs a 304,
     *  which GitHub does not count against the rate limit, and nothing is
     *  written when none changed. */
    SyncReport refreshRepository(CatalogStore &store, const QString &repository);

    /** The GraphQL query that lists an organisation's repositories. */
    static QString listQuery(bool allowArchived, int pageSize);

private:
    QByteArray tokenFor(const QString &host) const;
    std::unique_ptr<GitHubClient> makeClient(const QString &host) const;
    SyncConfig m_config;
    Options m_options;
};

} // namespace atrium
