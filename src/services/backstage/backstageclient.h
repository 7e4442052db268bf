// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QLoggingCategory>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>

namespace atrium {

Q_DECLARE_LOGGING_CATEGORY(lcBackstage)

/** One typed error of a Backstage backend: what kind, a sentence for the
 *  user, detail for the log (never the token). */
struct BackstageError {
    enum Kind {
        None,
        Network,          ///< the backend could not be reached
        Tls,              ///< its certificate could not be verified
        Timeout,
        Unauthorized,     ///< 401 AuthenticationError: no token, or one it does not accept
        PermissionDenied, ///< 403 NotAllowedError: the permission framework said no
        NotFound,         ///< 404 for a thing (an entity, a task)
        MissingEndpoint,  ///< 404 for a route: the backend is older than the feature
        BadRequest,       ///< 400 InputError, 409 ConflictError and other 4xx
        Server,           ///< 5xx after every retry
        BadResponse,      ///< an answer Atrium cannot use
        Cancelled,
    };
    Kind kind = None;
    QString message;   ///< for the user, translated
    QString detail;    ///< for the log
    QString name;      ///< Backstage's error.name (NotAllowedError, InputError, ...)
    QString serverMessage; ///< Backstage's error.message
    int httpStatus = 0;

    bool isError() const { return kind != None; }
    static QString kindName(Kind kind);
};

struct BackstageResponse {
    int status = 0;
    QByteArray body;
    QJsonDocument json;
    QList<QPair<QByteArray, QByteArray>> headers;
    BackstageError error;
    bool ok() const { return error.kind == BackstageError::None; }
    QByteArray header(const QByteArray &name) const;
};

/** One server-sent event (`event:`, `id:`, `data:` lines up to a blank line). */
struct SseEvent {
    QByteArray event;   ///< the `event:` field; `message` when absent
    QByteArray id;
    QByteArray data;    ///< the `data:` lines joined with newlines
};

struct BackstageStats {
    int requests = 0;   ///< HTTP requests sent, retries included
    int retries = 0;
    int failures = 0;   ///< calls that ended in an error
    qint64 bytes = 0;   ///< response bodies received
};

/** Where an endpoint first appeared, for "this backend is too old" messages. */
struct BackstageFeature {
    const char *endpoint; ///< e.g. "/api/catalog/entities/by-query"
    const char *version;  ///< the Backstage release that added it, e.g. "1.12"
};

/**
 * A blocking client for a Backstage backend's REST APIs (catalog,
 * scaffolder, TechDocs), for worker threads, run the way GitHubClient runs:
 * each call spins its own QEventLoop over a QNetworkAccessManager of the
 * calling thread and returns its result by value.
 *
 * Requests go through http::Transport, as GitHubClient's do: an answer
 * larger than maxResponseBytes is abandoned as it arrives, and a backend
 * that goes silent for stallTimeoutMs is given up on (a stream included).
 * Idempotent calls are retried with backoff on 5xx, timeouts, stalls and
 * transient network errors. Errors are typed from Backstage's error body
 * (`{error: {name, message}, request, response: {statusCode}}`). The token
 * goes only in the Authorization header, only to the base URL's origin, and
 * never into URLs, logs or messages.
 */
class BackstageClient
{
public:
    struct Options {
        int maxAttempts = 3;
        int timeoutMs = 30000;     ///< per attempt; for a stream, the longest silence
        int backoffBaseMs = 500;
        QByteArray userAgent = QByteArrayLiteral("Atrium/" ATRIUM_VERSION);
        /** An attempt (or a stream) that receives nothing for this long is
         *  abandoned, with a Timeout error (retried like one when the call
         *  is idempotent): a backend that sends headers and then stalls is
         *  noticed long before timeoutMs. 0 turns it off. */
        int stallTimeoutMs = 15000;
        /** Answers larger than this are abandoned as they arrive, with a
         *  BadResponse error naming the limit, and not retried. For a
         *  stream it caps an error body, not the events. 0 turns it off. */
        qint64 maxResponseBytes = 64 * 1024 * 1024;
    };
    using CancelCheck = std::function<bool()>;
    using Sleeper = std::function<void(int ms)>;

    /** @p baseUrl is the backend's base (`https://backstage.example.com`);
     *  paths are appended to it (`/api/catalog/...`). */
    explicit BackstageClient(const QUrl &baseUrl, const QByteArray &token = {});
    BackstageClient(const QUrl &baseUrl, const QByteArray &token, const Options &options);
    ~BackstageClient();
    BackstageClient(const BackstageClient &) = delete;
    BackstageClient &operator=(const BackstageClient &) = delete;

    QUrl baseUrl() const;
    bool hasToken() const;
    void setCancelCheck(CancelCheck cancelled);
    void setSleeper(Sleeper sleeper);
    bool isCancelled() const;

    /** @p action names what was being done ("read the catalog") in
     *  permission-denied messages. */
    BackstageResponse get(const QString &path, const QUrlQuery &query = {}, const QString &action = {});
    BackstageResponse post(const QString &path, const QJsonDocument &body, const QString &action = {}, bool idempotent = false);
    /** Follows a text/event-stream: @p onEvent for each event until the
     *  server ends the stream or @p onEvent returns false. @p tick is called
     *  about every 100 ms while waiting; returning false from it ends the
     *  stream too (without an error). */
    BackstageResponse stream(const QString &path, const QUrlQuery &query, const std::function<bool(const SseEvent &)> &onEvent,
                             const std::function<bool()> &tick = {}, const QString &action = {});

    QUrl url(const QString &path, const QUrlQuery &query = {}) const;
    BackstageStats stats() const;
    void resetStats();
    /** @p text with the token masked. */
    QString redact(const QString &text) const;

    /** The error for a 404 on a route that only newer backends have:
     *  names the endpoint and the Backstage version that added it. */
    static BackstageError missingEndpoint(const BackstageResponse &r, const BackstageFeature &feature);
    /** A 404 from the router itself (no error body): the route does not
     *  exist, as opposed to a NotFoundError about a thing. */
    static bool isMissingRoute(const BackstageResponse &r) { return r.status == 404 && r.error.name.isEmpty(); }

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/** The base URL a user gave, normalised (no trailing slash, no query);
 *  also the key its token is stored under. */
QUrl normalizedBackstageUrl(const QUrl &url);
/** Whether @p url may carry a token: https, or http to this machine only. */
bool isSafeBackstageUrl(const QUrl &url);

} // namespace atrium
