// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>
#include <QUrl>

#include "fakeinsights.h"

#include <memory>

class QThread;

namespace atrium::fake {

class FakeGitHubServer;
struct FakeGitHubState;

/** One repository of the fake's model, as a test describes it. */
struct FakeRepo {
    QString name;
    bool archived = false;
    QString visibility = QStringLiteral("PUBLIC"); ///< PUBLIC, PRIVATE or INTERNAL
    QStringList topics;
    QString defaultBranch = QStringLiteral("main");
    QString description;
    bool fork = false;
    QMap<QString, QByteArray> files; ///< path -> content at the head commit
};

/** One request the fake received, for tests to inspect. */
struct FakeRequest {
    QDateTime time;                 ///< on the fake's clock
    QByteArray method;
    QString path;                   ///< URL path, e.g. /api/v3/orgs/acme/repos
    QString query;                  ///< URL query, without '?'
    QString kind;                   ///< rest, graphql or oauth
    QString operationType;          ///< GraphQL: query or mutation
    QString operationName;          ///< GraphQL: the operation's name, if any
    int status = 0;
    bool conditional = false;       ///< If-None-Match was sent
    QByteArray ifNoneMatch;
    QByteArray authorization;       ///< the Authorization header as received
    QByteArray accept;
    QByteArray userAgent;
    QByteArray body;
};

/**
 * A local stand-in for GitHub (github.com or Enterprise) that behaves like
 * it for everything Atrium uses: REST with Link pagination, ETags and 304s,
 * primary and secondary rate limits with the real headers, GraphQL (a real
 * parser, GitHub's error shapes, cursors, costs), 401/403/404/5xx, SSO,
 * slow responses, and the OAuth device flow.
 *
 * The HTTP server runs on its own thread, so a client may block the test's
 * thread (or any other) while it waits for an answer. Every public method is
 * thread-safe; a test's sleeper callback may change the model or the clock
 * while a client call is in progress.
 *
 * The fake keeps its own clock (real time plus an offset that advanceClock()
 * moves), used for rate-limit resets and device-flow intervals; tests give
 * the client the same clock so that a "wait until the reset" costs nothing.
 */
class FakeGitHub : public QObject
{
    Q_OBJECT
public:
    explicit FakeGitHub(QObject *parent = nullptr);
    ~FakeGitHub() override;

    /** Listens on 127.0.0.1 on a free port. With a certificate the fake
     *  speaks HTTPS (to test CA bundles); otherwise plain HTTP. */
    bool listen();
    bool listenTls(const QSslCertificate &certificate, const QSslKey &key);
    quint16 port() const;

    QUrl apiUrl() const;     ///< REST base, Enterprise style: .../api/v3
    QUrl graphqlUrl() const; ///< .../api/graphql
    QUrl webUrl() const;     ///< the web host, for /login/device/code and /login/oauth/access_token

    // --- The model ---------------------------------------------------------
    void addOrg(const QString &login);
    bool hasOrg(const QString &login) const;
    /** Makes @p login a member of @p org: GET /user/orgs lists it for them. */
    void addMember(const QString &org, const QString &login, const QString &description = {});
    /** Adds a repository with its files as the first commit; returns its oid. */
    QString addRepo(const QString &org, const FakeRepo &repo);
    void removeRepo(const QString &org, const QString &repo);
    /** Writes one file as a new commit on the default branch; returns the new head oid. */
    QString setFile(const QString &org, const QString &repo, const QString &path, const QByteArray &content);
    /** Deletes one file as a new commit; returns the new head oid. */
    QString removeFile(const QString &org, const QString &repo, const QString &path);
    /** One commit with several changes (a null QByteArray deletes); with no
     *  changes, an empty commit that still moves the head. */
    QString commit(const QString &org, const QString &repo, const QMap<QString, QByteArray> &changes = {});
    QString headOid(const QString &org, const QString &repo) const;
    QByteArray file(const QString &org, const QString &repo, const QString &path) const;
    void setArchived(const QString &org, const QString &repo, bool archived);
    void setTopics(const QString &org, const QString &repo, const QStringList &topics);
    void setVisibility(const QString &org, const QString &repo, const QString &visibility);
    /** Git's blob id of @p content, as GitHub reports it in `sha`/`oid`. */
    static QString blobOid(const QByteArray &content);

    // --- Delivery data (fakeinsights.cpp) ------------------------------------
    qint64 addDeployment(const QString &org, const QString &repo, const FakeDeployment &deployment);
    void addDeploymentStatus(const QString &org, const QString &repo, qint64 id, const QString &state, const QDateTime &at);
    /** Returns the issue's number (issues and pull requests share numbers). */
    int addIssue(const QString &org, const QString &repo, const FakeIssue &issue);
    /** A pull request; it is listed among the issues too, as GitHub does. */
    int addPull(const QString &org, const QString &repo, const FakePull &pull);
    void addCommitInfo(const QString &org, const QString &repo, const FakeCommitInfo &commit);
    qint64 addRelease(const QString &org, const QString &repo, const FakeRelease &release);
    qint64 addWorkflowRun(const QString &org, const QString &repo, const FakeWorkflowRun &run);

    // --- Authentication ----------------------------------------------------
    /** A token the fake accepts, with its classic OAuth scopes (sent back in X-OAuth-Scopes). */
    void addToken(const QByteArray &token, const QStringList &scopes = {QStringLiteral("repo"), QStringLiteral("read:org")},
                  const QString &login = QStringLiteral("octocat"));
    void revokeToken(const QByteArray &token);
    /** When on (the default), a request without a token gets 401 "Requires authentication". */
    void setRequireToken(bool require);
    void setSsoRequired(const QString &org, bool required = true);
    void authorizeSso(const QByteArray &token, const QString &org);
    /** 403 "Resource not accessible by integration" (REST) / FORBIDDEN (GraphQL) for
     *  data reads, as a fine-grained token or GitHub App without the permission gets.
     *  An empty @p org applies to every organisation. */
    void setForbidIntegration(bool forbid, const QString &org = {});

    // --- Rate limits ---------------------------------------------------------
    struct Budget {
        int limit = 5000;
        int used = 0;
        QDateTime reset;
        int remaining() const { return qMax(0, limit - used); }
    };
    /** Sets a resource's budget (core or graphql). An invalid @p reset means one hour from now. */
    void setRateLimit(const QString &resource, int limit, int remaining, const QDateTime &reset = {});
    Budget rateLimit(const QString &resource) const;
    /** The status of a primary-limit refusal: 403 (the default) or 429. */
    void setRateLimitStatus(int status);
    /** The next @p count requests hit a secondary limit: @p status with
     *  Retry-After: @p retryAfterSeconds (no header when negative). */
    void triggerSecondaryLimit(int count = 1, int retryAfterSeconds = 60, int status = 403);
    /** More than @p n requests in flight at once trigger a secondary limit (0: off). */
    void setMaxConcurrentRequests(int n);
    int maxConcurrentSeen() const;

    // --- Faults --------------------------------------------------------------
    /** The next @p count requests whose path, query or body contains @p match
     *  (any request when empty) fail with @p status and @p body. */
    void failNext(int count, int status, const QByteArray &body = {}, const QString &match = {});
    /** The next @p count matching requests are answered after @p ms. */
    void delayNext(int ms, int count = 1, const QString &match = {});
    /** GraphQL queries that may touch more than @p nodes nodes fail as GitHub's
     *  10-second timeout does (502, "Something went wrong while executing your
     *  query. This may be the result of a timeout..."); 0 turns it off. */
    void setGraphQLTimeoutAboveNodes(qint64 nodes);

    // --- The clock -------------------------------------------------------------
    QDateTime now() const;
    void advanceClock(qint64 ms);

    // --- The request log ---------------------------------------------------------
    QList<FakeRequest> requests() const;
    void clearRequests();
    /** Requests of one kind (rest, graphql, oauth), or all when empty. */
    int requestCount(const QString &kind = {}) const;
    int notModifiedCount() const;

    // --- OAuth device flow ---------------------------------------------------------
    /** The client id the device flow accepts (any when empty) and its timings. */
    void setDeviceFlow(const QString &clientId, int intervalSeconds = 5, int expiresInSeconds = 900);
    QString lastUserCode() const;
    /** Approves a pending device code; returns the access token it will yield. */
    QByteArray approveDevice(const QString &userCode);
    void denyDevice(const QString &userCode);
    void expireDevice(const QString &userCode);

private:
    bool startListening(const QSslCertificate *certificate, const QSslKey *key);

    std::shared_ptr<FakeGitHubState> m_state;
    QThread *m_thread = nullptr;
    FakeGitHubServer *m_server = nullptr;
    quint16 m_port = 0;
    bool m_tls = false;
};

} // namespace atrium::fake
