// SPDX-License-Identifier: Apache-2.0
#include "backstageclient.h"

#include "http/httptransport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QLocale>
#include <QMutex>
#include <QMutexLocker>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>

#include <cmath>

namespace atrium {

Q_LOGGING_CATEGORY(lcBackstage, "atrium.backstage")

QString BackstageError::kindName(Kind kind)
{
    switch (kind) {
    case None: return QStringLiteral("none");
    case Network: return QStringLiteral("network");
    case Tls: return QStringLiteral("tls");
    case Timeout: return QStringLiteral("timeout");
    case Unauthorized: return QStringLiteral("unauthorized");
    case PermissionDenied: return QStringLiteral("permission-denied");
    case NotFound: return QStringLiteral("not-found");
    case MissingEndpoint: return QStringLiteral("missing-endpoint");
    case BadRequest: return QStringLiteral("bad-request");
    case Server: return QStringLiteral("server");
    case BadResponse: return QStringLiteral("bad-response");
    case Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

QByteArray BackstageResponse::header(const QByteArray &name) const
{
    return http::headerValue(headers, name);
}

QUrl normalizedBackstageUrl(const QUrl &url)
{
    QUrl u = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
    if (u.path() == u"/")
        u.setPath(QString());
    u.setHost(u.host().toLower());
    u.setScheme(u.scheme().toLower());
    return u;
}

bool isSafeBackstageUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    // Plain http only to this machine (a local backend or a test server): a
    // token must never cross a network unencrypted.
    return url.scheme() == QLatin1String("http")
        && (url.host().compare(u"localhost", Qt::CaseInsensitive) == 0 || QHostAddress(url.host()).isLoopback());
}

struct BackstageClient::Private {
    QUrl base;
    QByteArray token;
    Options options;
    CancelCheck cancelled;
    Sleeper sleeper;
    http::Transport transport;
    mutable QMutex mutex;
    BackstageStats stats;

    bool isCancelled() const { return cancelled && cancelled(); }

    QString redact(QString text) const
    {
        if (token.size() >= 4)
            text.replace(QString::fromLatin1(token), QStringLiteral("***"));
        return text;
    }

    QNetworkRequest request(const QUrl &url, const QByteArray &accept) const
    {
        QNetworkRequest req(url);
        req.setRawHeader("User-Agent", options.userAgent);
        req.setRawHeader("Accept", accept);
        // Only to the backend's own origin, whatever a redirect says.
        if (!token.isEmpty() && http::sameOrigin(url, base))
            req.setRawHeader("Authorization", "Bearer " + token);
        return req;
    }

    void sleep(int ms)
    {
        if (ms <= 0)
            return;
        if (sleeper) {
            sleeper(ms);
            return;
        }
        http::sleep(ms, [this] { return isCancelled(); });
    }

    QString describe(const QByteArray &method, const QUrl &url) const
    {
        return QString::fromLatin1(method) + u' ' + redact(url.toString(QUrl::RemoveUserInfo));
    }

    BackstageResponse fail(BackstageResponse r, BackstageError::Kind kind, const QString &message, const QString &detail)
    {
        r.error.kind = kind;
        r.error.message = redact(message);
        r.error.detail = redact(detail);
        if (!r.error.httpStatus)
            r.error.httpStatus = r.status;
        {
            QMutexLocker lock(&mutex);
            ++stats.failures;
        }
        qCWarning(lcBackstage).noquote() << BackstageError::kindName(kind) << r.error.detail;
        return r;
    }

    /** Types an HTTP error from Backstage's error body. */
    BackstageResponse classify(BackstageResponse r, const QByteArray &method, const QUrl &url, const QString &action)
    {
        const QJsonObject error = r.json.object().value(u"error").toObject();
        r.error.name = error.value(u"name").toString();
        r.error.serverMessage = error.value(u"message").toString();
        const QString said = r.error.serverMessage.isEmpty() ? QString::fromUtf8(r.body.left(200)).trimmed() : r.error.serverMessage;
        // One arg() call: a URL's %XX escapes must not be read as markers.
        const QString detail = QStringLiteral("%1 -> HTTP %2 %3: %4").arg(describe(method, url), QString::number(r.status), r.error.name, said);
        const QString host = base.host();
        const QString what = action.isEmpty() ? url.path() : action;
        if (r.status == 401) {
            return fail(r, BackstageError::Unauthorized,
                        token.isEmpty()
                            ? QCoreApplication::translate("BackstageClient", "The Backstage backend at %1 needs a token (AuthenticationError). Sign in with "
                                                          "'atrium auth login --backstage %2 --with-token', or set ATRIUM_BACKSTAGE_TOKEN.")
                                  .arg(host, base.toString())
                            : QCoreApplication::translate("BackstageClient", "The Backstage backend at %1 did not accept the token (AuthenticationError): "
                                                          "it has expired or is wrong. A Backstage identity token lasts about an hour; "
                                                          "get a new one, or use a static token from backend.auth.externalAccess.")
                                  .arg(host),
                        detail);
        }
        if (r.status == 403) {
            return fail(r, BackstageError::PermissionDenied,
                        QCoreApplication::translate("BackstageClient", "Backstage's permission framework does not allow you to %1 on %2 (%3). "
                                                    "Ask the Backstage administrators for the permission.")
                            .arg(what, host, r.error.name.isEmpty() ? QStringLiteral("NotAllowedError") : r.error.name),
                        detail);
        }
        if (r.status == 404) {
            return fail(r, BackstageError::NotFound,
                        QCoreApplication::translate("BackstageClient", "Backstage at %1 found nothing at %2: %3")
                            .arg(host, url.path(), said.isEmpty() ? QCoreApplication::translate("BackstageClient", "not found") : said),
                        detail);
        }
        if (r.status >= 500) {
            return fail(r, BackstageError::Server,
                        QCoreApplication::translate("BackstageClient", "The Backstage backend at %1 had a server error (HTTP %2): %3. Try again later.")
                            .arg(host)
                            .arg(r.status)
                            .arg(said.isEmpty() ? QCoreApplication::translate("BackstageClient", "no reason given") : said),
                        detail);
        }
        return fail(r, BackstageError::BadRequest,
                    QCoreApplication::translate("BackstageClient", "The Backstage backend at %1 refused to %2 (HTTP %3 %4): %5")
                        .arg(host, what)
                        .arg(r.status)
                        .arg(r.error.name, said.isEmpty() ? QCoreApplication::translate("BackstageClient", "no reason given") : said),
                    detail);
    }

    /** Sends once. For a stream, @p onChunk gets the body as it comes and
     *  the timeout restarts at each chunk. */
    http::Reply sendOnce(const QByteArray &method, const QUrl &url, const QByteArray &body, const QByteArray &accept,
                         const std::function<bool(const QByteArray &)> &onChunk, const std::function<bool()> &tick)
    {
        QNetworkRequest req = request(url, accept);
        if (!body.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        http::Hooks hooks;
        if (cancelled)
            hooks.cancelled = [this] { return isCancelled(); };
        hooks.tick = tick;
        if (onChunk) {
            hooks.onChunk = [this, &onChunk](const QByteArray &chunk) {
                {
                    QMutexLocker lock(&mutex);
                    stats.bytes += chunk.size();
                }
                return onChunk(chunk);
            };
        }
        const http::Reply raw = transport.send(method, req, body, {options.timeoutMs, options.stallTimeoutMs, options.maxResponseBytes}, hooks);
        if (!onChunk) {
            QMutexLocker lock(&mutex);
            stats.bytes += raw.body.size();
        }
        return raw;
    }

    BackstageResponse execute(const QByteArray &method, const QUrl &url, const QByteArray &body, bool idempotent, const QString &action,
                              const std::function<bool(const QByteArray &)> &onChunk = {}, const std::function<bool()> &tick = {})
    {
        BackstageResponse r;
        int failures = 0;
        for (;;) {
            r = BackstageResponse{};
            if (isCancelled())
                return fail(r, BackstageError::Cancelled, QCoreApplication::translate("BackstageClient", "The request was cancelled."), describe(method, url) + QStringLiteral(": cancelled"));
            QElapsedTimer timer;
            timer.start();
            const http::Reply raw = sendOnce(method, url, body, onChunk ? QByteArrayLiteral("text/event-stream") : QByteArrayLiteral("application/json"),
                                             onChunk, tick);
            {
                QMutexLocker lock(&mutex);
                ++stats.requests;
            }
            r.status = raw.status;
            r.headers = raw.headers;
            r.body = raw.body;
            if (!r.body.isEmpty())
                r.json = QJsonDocument::fromJson(r.body);
            qCDebug(lcBackstage).noquote() << describe(method, url) << "->" << (raw.status ? QString::number(raw.status) : raw.errorString)
                                           << timer.elapsed() << "ms";
            if (raw.cancelled)
                return fail(r, BackstageError::Cancelled, QCoreApplication::translate("BackstageClient", "The request was cancelled."), describe(method, url) + QStringLiteral(": cancelled"));
            if (raw.stopped)
                return r;
            auto retry = [&] {
                if (!idempotent || ++failures >= options.maxAttempts)
                    return false;
                {
                    QMutexLocker lock(&mutex);
                    ++stats.retries;
                }
                const double full = options.backoffBaseMs * std::pow(2.0, failures - 1);
                sleep(int(full / 2 + QRandomGenerator::global()->generateDouble() * full / 2));
                return true;
            };
            if (raw.tooLarge) {
                // The same request would get the same answer: no retry.
                return fail(r, BackstageError::BadResponse,
                            QCoreApplication::translate("BackstageClient", "The answer from the Backstage backend at %1 is larger than the limit of %2, so Atrium stopped reading it.")
                                .arg(url.host(), QLocale().formattedDataSize(options.maxResponseBytes, 0, QLocale::DataSizeIecFormat)),
                            describe(method, url) + QStringLiteral(": response larger than maxResponseBytes (%1 bytes)").arg(options.maxResponseBytes));
            }
            if (raw.stalled || raw.timedOut) {
                if (retry())
                    continue;
                // Silence for the stall timeout, or no end within the timeout.
                const int limitMs = raw.stalled ? options.stallTimeoutMs : options.timeoutMs;
                return fail(r, BackstageError::Timeout,
                            (raw.stalled ? QCoreApplication::translate("BackstageClient", "The Backstage backend at %1 stopped sending data for %2 seconds.")
                                         : QCoreApplication::translate("BackstageClient", "The Backstage backend at %1 did not answer within %2 seconds."))
                                .arg(url.host())
                                .arg(limitMs / 1000.0),
                            describe(method, url)
                                + (raw.stalled ? QStringLiteral(": nothing received for %1 ms (stall timeout)") : QStringLiteral(": timed out after %1 ms")).arg(limitMs));
            }
            if (raw.status == 0) {
                if (raw.error == QNetworkReply::SslHandshakeFailedError || !raw.sslErrors.isEmpty())
                    return fail(r, BackstageError::Tls,
                                QCoreApplication::translate("BackstageClient", "The secure connection to %1 could not be verified; its certificate is not trusted on this machine.")
                                    .arg(url.host()),
                                describe(method, url) + QStringLiteral(": TLS: ") + raw.errorString);
                if (http::isTransient(raw.error) && retry())
                    continue;
                return fail(r, BackstageError::Network,
                            QCoreApplication::translate("BackstageClient", "Atrium could not reach the Backstage backend at %1. Check the network and the base URL.")
                                .arg(url.host()),
                            describe(method, url) + QStringLiteral(": ") + raw.errorString);
            }
            if (raw.status >= 500 && retry())
                continue;
            if (raw.status >= 400)
                return classify(r, method, url, action);
            // Only what says it is JSON must parse: TechDocs' static files are HTML, images and the like.
            const QByteArray type = r.header("Content-Type");
            if (!onChunk && !r.body.isEmpty() && r.json.isNull() && (type.isEmpty() || type.contains("json")))
                return fail(r, BackstageError::BadResponse, QCoreApplication::translate("BackstageClient", "The Backstage backend sent an answer Atrium could not read."),
                            describe(method, url) + QStringLiteral(": not JSON (%1 bytes)").arg(r.body.size()));
            return r;
        }
    }
};

BackstageClient::BackstageClient(const QUrl &baseUrl, const QByteArray &token) : BackstageClient(baseUrl, token, Options()) {}

BackstageClient::BackstageClient(const QUrl &baseUrl, const QByteArray &token, const Options &options) : d(std::make_unique<Private>())
{
    d->base = normalizedBackstageUrl(baseUrl);
    d->token = token;
    d->options = options;
}

BackstageClient::~BackstageClient() = default;

QUrl BackstageClient::baseUrl() const { return d->base; }
bool BackstageClient::hasToken() const { return !d->token.isEmpty(); }
void BackstageClient::setCancelCheck(CancelCheck cancelled) { d->cancelled = std::move(cancelled); }
void BackstageClient::setSleeper(Sleeper sleeper) { d->sleeper = std::move(sleeper); }
bool BackstageClient::isCancelled() const { return d->isCancelled(); }

QUrl BackstageClient::url(const QString &path, const QUrlQuery &query) const
{
    QUrl u = d->base;
    QString p = u.path();
    while (p.endsWith(u'/'))
        p.chop(1);
    u.setPath(p + (path.startsWith(u'/') ? path : u'/' + path));
    if (!query.isEmpty())
        u.setQuery(query);
    return u;
}

BackstageResponse BackstageClient::get(const QString &path, const QUrlQuery &query, const QString &action)
{
    return d->execute("GET", url(path, query), {}, true, action);
}

BackstageResponse BackstageClient::post(const QString &path, const QJsonDocument &body, const QString &action, bool idempotent)
{
    return d->execute("POST", url(path), body.isNull() ? QByteArrayLiteral("{}") : body.toJson(QJsonDocument::Compact), idempotent, action);
}

BackstageResponse BackstageClient::stream(const QString &path, const QUrlQuery &query, const std::function<bool(const SseEvent &)> &onEvent,
                                          const std::function<bool()> &tick, const QString &action)
{
    // The text/event-stream format: fields per line, events end at a blank
    // line, lines starting with ':' are comments (keep-alives).
    QByteArray buffer;
    SseEvent current;
    bool hasData = false;
    const auto onChunk = [&](const QByteArray &chunk) {
        buffer += chunk;
        qsizetype nl;
        while ((nl = buffer.indexOf('\n')) >= 0) {
            QByteArray line = buffer.left(nl);
            buffer.remove(0, nl + 1);
            if (line.endsWith('\r'))
                line.chop(1);
            if (line.isEmpty()) {
                if (hasData || !current.event.isEmpty()) {
                    if (current.event.isEmpty())
                        current.event = "message";
                    const SseEvent done = current;
                    current = SseEvent{};
                    hasData = false;
                    if (!onEvent(done))
                        return false;
                }
                continue;
            }
            if (line.startsWith(':'))
                continue;
            const qsizetype colon = line.indexOf(':');
            const QByteArray field = colon < 0 ? line : line.left(colon);
            QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
            if (value.startsWith(' '))
                value.remove(0, 1);
            if (field == "data") {
                if (hasData)
                    current.data += '\n';
                current.data += value;
                hasData = true;
            } else if (field == "event") {
                current.event = value;
            } else if (field == "id") {
                current.id = value;
            }
        }
        return true;
    };
    // A stream is read once: a dropped stream is picked up by the caller
    // (which knows the last event it saw), not replayed from the start here.
    return d->execute("GET", url(path, query), {}, false, action, onChunk, tick);
}

BackstageStats BackstageClient::stats() const
{
    QMutexLocker lock(&d->mutex);
    return d->stats;
}

void BackstageClient::resetStats()
{
    QMutexLocker lock(&d->mutex);
    d->stats = {};
}

QString BackstageClient::redact(const QString &text) const
{
    return d->redact(text);
}

BackstageError BackstageClient::missingEndpoint(const BackstageResponse &r, const BackstageFeature &feature)
{
    BackstageError e = r.error;
    e.kind = BackstageError::MissingEndpoint;
    e.message = QCoreApplication::translate("BackstageClient", "This Backstage backend has no %1 (added in Backstage %2).")
                    .arg(QLatin1String(feature.endpoint), QLatin1String(feature.version));
    return e;
}

} // namespace atrium
