// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

class QUrlQuery;

namespace atrium {

Q_DECLARE_LOGGING_CATEGORY(lcGitHub)

/** Where a GitHub lives: github.com or a GitHub Enterprise Server. */
struct GitHubEndpoint {
    QString host;         ///< "github.com" or the Enterprise host name
    QUrl apiBaseUrl;      ///< REST base: https://api.github.com or https://HOST/api/v3
    QUrl graphqlUrl;      ///< https://api.github.com/graphql or https://HOST/api/graphql
    QUrl webBaseUrl;      ///< https://github.com or https://HOST (OAuth device flow)
    QString caBundlePath; ///< extra trusted CAs (PEM), for Enterprise servers with a private CA

    /** github.com when @p host is empty or github.com, Enterprise otherwise.
     *  An explicit @p apiBaseUrl wins and the other URLs follow from it. */
    static GitHubEndpoint forHost(const QString &host, const QUrl &apiBaseUrl = {});
    bool isGitHubCom() const;
};

/** One typed error: what kind, a sentence for the user, detail for the log. */
struct GitHubError {
    enum Kind {
        None,
        Network,              ///< the host could not be reached
        Tls,                  ///< the certificate could not be verified
        Timeout,
        Unauthorized,         ///< 401: token expired, revoked or wrong
        Forbidden,            ///< 403 for another reason
        Permission,           ///< "Resource not accessible by ...": scopes or permissions missing
        SsoRequired,          ///< SAML SSO: the token is not authorised for the organisation
        NotFound,
        RateLimited,          ///< primary limit spent (and not waited for)
        SecondaryRateLimited, ///< GitHub kept asking to slow down
        Server,               ///< 5xx after every retry
        GraphQL,              ///< the query ran but GitHub reported errors
        BadResponse,          ///< an answer Atrium cannot use (or another 4xx)
        Cancelled,
    };
    Kind kind = None;
    QString message;          ///< for the user, translated
    QString detail;           ///< for the log; never holds the token
    int httpStatus = 0;
    QString ssoUrl;           ///< SsoRequired: where to authorise the token, when GitHub says
    QStringList neededScopes; ///< Permission / Forbidden / NotFound: scopes GitHub accepts for this
    QStringList grantedScopes;///< the token's scopes (X-OAuth-Scopes), when GitHub says
    QString graphqlType;      ///< the first GraphQL error's type (NOT_FOUND, FORBIDDEN, ...)
    QJsonArray graphqlErrors; ///< GraphQL errors as GitHub sent them
    QDateTime retryAt;        ///< RateLimited: when the budget resets

    bool isError() const { return kind != None; }
    static QString kindName(Kind kind);
};

/** One X-RateLimit-* reading. */
struct GitHubRateLimit {
    QString resource; ///< core, graphql, search, ...
    int limit = -1;
    int remaining = -1;
    int used = -1;
    QDateTime reset;
    bool isValid() const { return limit >= 0; }
};

struct GitHubResponse {
    int status = 0;
    QByteArray body;
    QJsonDocument json;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool notModified = false; ///< 304: the ETag still matches; body is empty
    QByteArray etag;
    GitHubError error;
    int attempts = 0;         ///< HTTP requests this call took

    bool ok() const { return error.kind == GitHubError::None; }
    /** Case-insensitive header lookup. */
    QByteArray header(const QByteArray &name) const;
    /** The Link header: rel -> URL. */
    QHash<QString, QUrl> links() const;
    QUrl nextPageUrl() const { return links().value(QStringLiteral("next")); }
    /** GraphQL: the `data` object (kept when errors are partial). */
    QJsonObject data() const { return json.object().value(QStringLiteral("data")).toObject(); }
};

/** What a client has done so far. */
struct GitHubStats {
    int graphqlRequests = 0;
    int restRequests = 0;
    int webRequests = 0;     ///< device flow
    int notModified = 0;     ///< 304s, free against the primary limit
    int retries = 0;         ///< re-sends after 5xx, timeouts or transient network errors
    int rateLimitWaits = 0;  ///< primary limit: waited for the reset
    int secondaryWaits = 0;  ///< secondary limit: waited as told
    qint64 waitedMs = 0;     ///< all sleeping, backoff included
    int failures = 0;        ///< calls that ended in an error
};

/**
 * A blocking GitHub REST and GraphQL client for worker threads.
 *
 * Each call runs its own QEventLoop over a QNetworkAccessManager that belongs
 * to the calling thread and returns its result by value. Policies: retries
 * with exponential backoff and jitter for 5xx, timeouts and transient network
 * errors (idempotent requests only); waiting for the primary limit's reset and
 * for a secondary limit's Retry-After; typed errors with messages a user can
 * act on. The token is sent only to the endpoint's own hosts and never
 * appears in logs, URLs or error text.
 *
 * All sleeping goes through the sleeper, all "now" through the clock, and
 * cancellation through the cancel check, so tests run instantly and can see
 * every wait.
 */
class GitHubClient : public QObject
{
    Q_OBJECT
public:
    struct Options {
        int maxAttempts = 4;              ///< sends per call for 5xx / timeouts / network
        int timeoutMs = 30000;            ///< per attempt, the whole answer included
        /** An attempt that receives nothing for this long is abandoned (and
         *  retried like a timeout): a server that sends headers and then
         *  stalls is noticed long before timeoutMs. 0 turns it off. */
        int stallTimeoutMs = 15000;
        /** Answers larger than this are abandoned as they arrive, with an
         *  error naming the limit, and not retried. A sync's largest answer
         *  (50 catalog files) is far below it. */
        qint64 maxResponseBytes = 64 * 1024 * 1024;
        int backoffBaseMs = 1000;         ///< first retry waits about this (with jitter)
        int backoffMaxMs = 30000;
        int secondaryMinWaitMs = 60000;   ///< GitHub: "wait at least one minute" without Retry-After
        int maxSecondaryWaits = 3;
        int maxPrimaryWaits = 2;
        qint64 maxRateLimitWaitMs = 3660000; ///< longer resets are reported, not waited for
        bool waitForRateLimit = true;
        QByteArray userAgent = QByteArrayLiteral("Atrium/" ATRIUM_VERSION);
    };
    using Sleeper = std::function<void(int ms)>;
    using CancelCheck = std::function<bool()>;
    using Clock = std::function<QDateTime()>;
    using Random = std::function<double()>; ///< uniform in [0, 1)

    explicit GitHubClient(const GitHubEndpoint &endpoint, const QByteArray &token = {}, QObject *parent = nullptr);
    GitHubClient(const GitHubEndpoint &endpoint, const QByteArray &token, const Options &options, QObject *parent = nullptr);
    ~GitHubClient() override;

    GitHubEndpoint endpoint() const;
    void setToken(const QByteArray &token);
    bool hasToken() const;
    Options options() const;
    void setOptions(const Options &options);

    void setSleeper(Sleeper sleeper);
    void setCancelCheck(CancelCheck cancelled);
    void setClock(Clock clock);
    void setRandom(Random random);
    /** The seams, for code built on the client (the device flow): sleeps
     *  through the sleeper, reads the clock, asks the cancel check. */
    void sleep(int ms);
    QDateTime now() const;
    bool isCancelled() const;

    GitHubResponse graphql(const QString &query, const QJsonObject &variables = {}, const QString &operationName = {});
    /** GET a path under the API base ("orgs/acme/repos?per_page=100") or an
     *  absolute URL (a Link header's). With @p etag, a conditional request. */
    GitHubResponse get(const QString &pathOrUrl, const QByteArray &etag = {});
    /** Follows Link rel="next"; json is the concatenated array. */
    GitHubResponse getAllPages(const QString &pathOrUrl, int maxPages = 100);
    GitHubResponse post(const QString &pathOrUrl, const QJsonDocument &body = {});
    GitHubResponse patch(const QString &pathOrUrl, const QJsonDocument &body);
    GitHubResponse put(const QString &pathOrUrl, const QJsonDocument &body);
    GitHubResponse del(const QString &pathOrUrl);
    /** A form POST without the token (the OAuth endpoints), asking for JSON. */
    GitHubResponse postForm(const QUrl &url, const QUrlQuery &form);

    QUrl resolve(const QString &pathOrUrl) const;
    /** How the client reads one answer, without sending anything: @p status,
     *  @p headers and @p body typed as a call would type them (errors, rate
     *  limits, GraphQL errors, the ETag), but with no retry and no waiting.
     *  The seam for the response parsers' tests and fuzz target. */
    GitHubResponse interpret(int status, const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body,
                             bool graphql = false);
    GitHubRateLimit rateLimit(const QString &resource) const;
    QHash<QString, GitHubRateLimit> rateLimits() const;
    GitHubStats stats() const;
    void resetStats();
    /** @p text with the token (and anything shaped like a GitHub token) masked. */
    QString redact(const QString &text) const;

Q_SIGNALS:
    /** About to sleep until @p until, for the reason given (rate limits). */
    void waiting(const QString &why, const QDateTime &until);
    void rateLimitUpdated(const atrium::GitHubRateLimit &limit);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace atrium

Q_DECLARE_METATYPE(atrium::GitHubRateLimit)
