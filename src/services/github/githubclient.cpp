// SPDX-License-Identifier: Apache-2.0
#include "githubclient.h"

#include "http/httptransport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QMutex>
#include <QMutexLocker>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QUrlQuery>

#include <cmath>

namespace atrium {

Q_LOGGING_CATEGORY(lcGitHub, "atrium.github")

namespace {

QUrl originOf(const QUrl &url)
{
    QUrl o;
    o.setScheme(url.scheme());
    o.setHost(url.host());
    o.setPort(url.port());
    return o;
}

QString githubMessage(const QJsonDocument &json)
{
    return json.object().value(QStringLiteral("message")).toString();
}

QStringList scopeList(const QByteArray &header)
{
    QStringList out;
    for (const QByteArray &s : header.split(','))
        if (!s.trimmed().isEmpty())
            out << QString::fromLatin1(s.trimmed());
    return out;
}

} // namespace

// ---------------------------------------------------------------------------

GitHubEndpoint GitHubEndpoint::forHost(const QString &hostIn, const QUrl &apiBaseUrl)
{
    GitHubEndpoint e;
    QString host = hostIn.trimmed().toLower();
    if (host.isEmpty() && apiBaseUrl.isValid())
        host = apiBaseUrl.host().toLower();
    if (host.isEmpty() || host == QLatin1String("api.github.com"))
        host = QStringLiteral("github.com");
    e.host = host;

    if (!apiBaseUrl.isValid() || apiBaseUrl.isEmpty()) {
        if (host == QLatin1String("github.com")) {
            e.apiBaseUrl = QUrl(QStringLiteral("https://api.github.com"));
            e.graphqlUrl = QUrl(QStringLiteral("https://api.github.com/graphql"));
            e.webBaseUrl = QUrl(QStringLiteral("https://github.com"));
        } else {
            e.apiBaseUrl = QUrl(QStringLiteral("https://%1/api/v3").arg(host));
            e.graphqlUrl = QUrl(QStringLiteral("https://%1/api/graphql").arg(host));
            e.webBaseUrl = QUrl(QStringLiteral("https://%1").arg(host));
        }
        return e;
    }

    QUrl base = apiBaseUrl;
    QString path = base.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    base.setPath(path);
    e.apiBaseUrl = base;
    if (path.endsWith(QLatin1String("/api/v3"))) {
        // Enterprise layout: GraphQL sits beside the REST API, the web UI at the root.
        QUrl g = base;
        g.setPath(path.left(path.size() - 2) + QStringLiteral("graphql"));
        e.graphqlUrl = g;
        QUrl w = originOf(base);
        w.setPath(path.left(path.size() - 7));
        e.webBaseUrl = w;
    } else {
        QUrl g = base;
        g.setPath(path + QStringLiteral("/graphql"));
        e.graphqlUrl = g;
        e.webBaseUrl = base.host() == QLatin1String("api.github.com") ? QUrl(QStringLiteral("https://github.com")) : originOf(base);
    }
    return e;
}

bool GitHubEndpoint::isGitHubCom() const
{
    return host == QLatin1String("github.com");
}

QString GitHubError::kindName(Kind kind)
{
    switch (kind) {
    case None: return QStringLiteral("none");
    case Network: return QStringLiteral("network");
    case Tls: return QStringLiteral("tls");
    case Timeout: return QStringLiteral("timeout");
    case Unauthorized: return QStringLiteral("unauthorized");
    case Forbidden: return QStringLiteral("forbidden");
    case Permission: return QStringLiteral("permission");
    case SsoRequired: return QStringLiteral("sso-required");
    case NotFound: return QStringLiteral("not-found");
    case RateLimited: return QStringLiteral("rate-limited");
    case SecondaryRateLimited: return QStringLiteral("secondary-rate-limited");
    case Server: return QStringLiteral("server");
    case GraphQL: return QStringLiteral("graphql");
    case BadResponse: return QStringLiteral("bad-response");
    case Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

QByteArray GitHubResponse::header(const QByteArray &name) const
{
    return http::headerValue(headers, name);
}

QHash<QString, QUrl> GitHubResponse::links() const
{
    // <https://...?page=2>; rel="next", <https://...?page=5>; rel="last"
    QHash<QString, QUrl> out;
    static const QRegularExpression re(QStringLiteral(R"re(<([^>]*)>\s*;\s*rel="?([^",;]+)"?)re"));
    auto it = re.globalMatch(QString::fromLatin1(header("Link")));
    while (it.hasNext()) {
        const auto m = it.next();
        for (const QString &rel : m.captured(2).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            out.insert(rel, QUrl(m.captured(1)));
    }
    return out;
}

// ---------------------------------------------------------------------------

struct GitHubClient::Private {
    enum class Kind { Rest, GraphQL, Web };

    struct Spec {
        Kind kind = Kind::Rest;
        QByteArray method = "GET";
        QUrl url;
        QByteArray body;
        QByteArray contentType;
        QByteArray etag;
        bool idempotent = true;
        QString resource; ///< the rate-limit budget it draws on
    };

    using Raw = http::Reply;

    GitHubClient *q = nullptr;
    GitHubEndpoint endpoint;
    QByteArray token;
    Options options;
    Sleeper sleeper;
    CancelCheck cancelled;
    Clock clock;
    Random random;

    http::Transport transport;
    QSslConfiguration sslConfig;
    QString caProblem; ///< set when the CA bundle could not be used

    mutable QMutex mutex; // guards the two below: read from other threads
    QHash<QString, GitHubRateLimit> limits;
    GitHubStats stats;

    QDateTime now() const { return clock ? clock() : QDateTime::currentDateTimeUtc(); }
    bool isCancelled() const { return cancelled && cancelled(); }

    void loadCaBundle()
    {
        sslConfig = QSslConfiguration::defaultConfiguration();
        caProblem.clear();
        if (endpoint.caBundlePath.isEmpty())
            return;
        // The bundle adds to the system's trust store; it never replaces it,
        // and nothing here ever ignores a certificate error.
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(endpoint.caBundlePath, QSsl::Pem);
        if (certs.isEmpty()) {
            const QList<QSslCertificate> der = QSslCertificate::fromPath(endpoint.caBundlePath, QSsl::Der);
            if (der.isEmpty()) {
                caProblem = QFileInfo::exists(endpoint.caBundlePath) ? QStringLiteral("no certificate in CA bundle %1").arg(endpoint.caBundlePath)
                                                                    : QStringLiteral("CA bundle %1 does not exist").arg(endpoint.caBundlePath);
                return;
            }
            sslConfig.addCaCertificates(der);
        } else {
            sslConfig.addCaCertificates(certs);
        }
    }

    QString redact(QString text) const
    {
        if (token.size() >= 4)
            text.replace(QString::fromLatin1(token), QStringLiteral("***"));
        // Anything shaped like a GitHub token, in case a server echoes one back.
        static const QRegularExpression shaped(QStringLiteral(R"(\b(gh[pousr]_[A-Za-z0-9]{16,}|github_pat_[A-Za-z0-9_]{20,})\b)"));
        text.replace(shaped, QStringLiteral("***"));
        return text;
    }

    QString urlForLog(const QUrl &url) const
    {
        QUrl u = url;
        QUrlQuery query(u);
        for (const QString &key : {QStringLiteral("access_token"), QStringLiteral("token"), QStringLiteral("client_secret"),
                                   QStringLiteral("code"), QStringLiteral("device_code")}) {
            if (query.hasQueryItem(key)) {
                query.removeAllQueryItems(key);
                query.addQueryItem(key, QStringLiteral("***"));
            }
        }
        u.setQuery(query);
        u.setUserInfo({});
        return redact(u.toString());
    }

    void sleep(int ms)
    {
        if (ms <= 0)
            return;
        {
            QMutexLocker lock(&mutex);
            stats.waitedMs += ms;
        }
        if (sleeper) {
            sleeper(ms);
            return;
        }
        // In slices, so that a cancellation is noticed promptly.
        http::sleep(ms, [this] { return isCancelled(); });
    }

    int backoffMs(int retry) const
    {
        // Exponential with "equal jitter": half fixed, half random, so that
        // many clients failing together do not retry together.
        const double full = qMin<double>(options.backoffMaxMs, options.backoffBaseMs * std::pow(2.0, retry - 1));
        const double r = random ? random() : QRandomGenerator::global()->generateDouble();
        return int(full / 2 + r * full / 2);
    }

    Raw sendOnce(const Spec &spec)
    {
        QNetworkRequest req(spec.url);
        req.setRawHeader("User-Agent", options.userAgent);
        if (spec.kind == Kind::Rest) {
            req.setRawHeader("Accept", "application/vnd.github+json");
            req.setRawHeader("X-GitHub-Api-Version", "2022-11-28");
        } else {
            req.setRawHeader("Accept", "application/json");
        }
        // The token goes only to the endpoint's own API origin: never to a
        // host a Link header or a download URL happens to name.
        if (!token.isEmpty() && spec.kind != Kind::Web
            && (http::sameOrigin(spec.url, endpoint.apiBaseUrl) || http::sameOrigin(spec.url, endpoint.graphqlUrl)))
            req.setRawHeader("Authorization", "Bearer " + token);
        if (!spec.etag.isEmpty())
            req.setRawHeader("If-None-Match", spec.etag);
        if (!spec.contentType.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader, spec.contentType);
        if (spec.url.scheme() == QLatin1String("https"))
            req.setSslConfiguration(sslConfig);
        http::Hooks hooks;
        if (cancelled)
            hooks.cancelled = [this] { return isCancelled(); };
        return transport.send(spec.method, req, spec.body, {options.timeoutMs, options.stallTimeoutMs, options.maxResponseBytes}, hooks);
    }

    void updateRateLimit(const GitHubResponse &r, const QString &fallbackResource)
    {
        const QByteArray limit = r.header("X-RateLimit-Limit");
        if (limit.isEmpty())
            return;
        GitHubRateLimit rl;
        rl.resource = QString::fromLatin1(r.header("X-RateLimit-Resource"));
        if (rl.resource.isEmpty())
            rl.resource = fallbackResource;
        rl.limit = limit.toInt();
        rl.remaining = r.header("X-RateLimit-Remaining").toInt();
        rl.used = r.header("X-RateLimit-Used").isEmpty() ? rl.limit - rl.remaining : r.header("X-RateLimit-Used").toInt();
        rl.reset = QDateTime::fromSecsSinceEpoch(r.header("X-RateLimit-Reset").toLongLong(), Qt::UTC);
        {
            QMutexLocker lock(&mutex);
            limits.insert(rl.resource, rl);
        }
        Q_EMIT q->rateLimitUpdated(rl);
    }

    void forgetRemaining(const QString &resource)
    {
        QMutexLocker lock(&mutex);
        auto it = limits.find(resource);
        if (it != limits.end())
            it->remaining = -1;
    }

    GitHubRateLimit limitFor(const QString &resource) const
    {
        QMutexLocker lock(&mutex);
        return limits.value(resource);
    }

    QString describe(const Spec &spec) const
    {
        return QString::fromLatin1(spec.method) + QLatin1Char(' ') + urlForLog(spec.url);
    }

    /** What the user calls the thing asked for: "orgs/acme", "repos/acme/x". */
    QString subject(const Spec &spec) const
    {
        QString p = spec.url.path();
        const QString base = endpoint.apiBaseUrl.path();
        if (!base.isEmpty() && p.startsWith(base))
            p = p.mid(base.size());
        while (p.startsWith(QLatin1Char('/')))
            p.remove(0, 1);
        return p.isEmpty() ? spec.url.host() : p;
    }

    GitHubResponse fail(GitHubResponse r, GitHubError::Kind kind, const QString &message, const QString &detail)
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
        qCWarning(lcGitHub).noquote() << GitHubError::kindName(kind) << r.error.detail;
        return r;
    }

    enum class Limit { None, Primary, Secondary };

    Limit rateLimitKind(const GitHubResponse &r, const Spec &spec) const
    {
        if (r.status == 403 || r.status == 429) {
            const QString msg = githubMessage(r.json).toLower();
            if (msg.contains(QLatin1String("secondary rate limit")) || msg.contains(QLatin1String("abuse")))
                return Limit::Secondary;
            if (!r.header("Retry-After").isEmpty())
                return Limit::Secondary;
            if (r.header("X-RateLimit-Remaining") == "0")
                return Limit::Primary;
            if (msg.contains(QLatin1String("rate limit")))
                return Limit::Primary;
            if (r.status == 429)
                return Limit::Secondary;
        }
        if (spec.kind == Kind::GraphQL && r.status == 200) {
            const QJsonArray errors = r.json.object().value(QStringLiteral("errors")).toArray();
            for (const QJsonValue &e : errors) {
                const QString type = e.toObject().value(QStringLiteral("type")).toString();
                if (type == QLatin1String("RATE_LIMITED") || type == QLatin1String("RATE_LIMIT"))
                    return Limit::Primary;
            }
        }
        return Limit::None;
    }

    int retryAfterMs(const GitHubResponse &r) const
    {
        const QByteArray ra = r.header("Retry-After").trimmed();
        if (ra.isEmpty())
            return -1;
        bool ok = false;
        const int secs = ra.toInt(&ok);
        if (ok)
            return qMax(0, secs) * 1000;
        const QDateTime at = QDateTime::fromString(QString::fromLatin1(ra), Qt::RFC2822Date);
        return at.isValid() ? int(qMax<qint64>(0, now().msecsTo(at))) : -1;
    }

    bool isTransient(QNetworkReply::NetworkError e) const
    {
        // GitHub calls also retry a refused connection.
        return http::isTransient(e) || e == QNetworkReply::ConnectionRefusedError;
    }

    /** Waits for a primary limit's reset; false when it should not (too long, cancelled). */
    bool waitForReset(const QString &resource, QDateTime reset, GitHubResponse *failure, const Spec &spec)
    {
        const QDateTime t = now();
        if (!reset.isValid() || reset < t)
            reset = t.addSecs(60);
        // One second past the reset, because GitHub counts whole seconds and
        // clocks differ.
        const qint64 ms = t.msecsTo(reset) + 1000;
        if (!options.waitForRateLimit || ms > options.maxRateLimitWaitMs) {
            failure->error.retryAt = reset;
            *failure = fail(*failure, GitHubError::RateLimited,
                            QCoreApplication::translate("GitHubClient", "GitHub's API rate limit (%1) is used up until %2. Try again after that.")
                                .arg(resource, QLocale().toString(reset.toLocalTime(), QLocale::ShortFormat)),
                            QStringLiteral("%1: primary rate limit for %2 spent until %3").arg(describe(spec), resource, reset.toString(Qt::ISODate)));
            return false;
        }
        const QString why = QCoreApplication::translate("GitHubClient", "GitHub's API rate limit (%1) is used up; waiting until %2, when it resets.")
                                .arg(resource, QLocale().toString(reset.toLocalTime(), QLocale::ShortFormat));
        qCInfo(lcGitHub).noquote() << "primary rate limit for" << resource << "spent; waiting" << ms << "ms until" << reset.toString(Qt::ISODate);
        Q_EMIT q->waiting(why, reset);
        {
            QMutexLocker lock(&mutex);
            ++stats.rateLimitWaits;
        }
        sleep(int(qMin<qint64>(ms, std::numeric_limits<int>::max())));
        forgetRemaining(resource);
        return true;
    }

    GitHubResponse classifyError(GitHubResponse r, const Spec &spec)
    {
        const QString ghMessage = githubMessage(r.json);
        const QString requestId = QString::fromLatin1(r.header("X-GitHub-Request-Id"));
        const QString detail = QStringLiteral("%1 -> HTTP %2: %3%4")
                                   .arg(describe(spec))
                                   .arg(r.status)
                                   .arg(ghMessage.isEmpty() ? QString::fromUtf8(r.body.left(200)) : ghMessage,
                                        requestId.isEmpty() ? QString() : QStringLiteral(" (request %1)").arg(requestId));
        r.error.grantedScopes = scopeList(r.header("X-OAuth-Scopes"));
        r.error.neededScopes = scopeList(r.header("X-Accepted-OAuth-Scopes"));

        if (r.status == 401) {
            return fail(r, GitHubError::Unauthorized,
                        QCoreApplication::translate("GitHubClient", "GitHub did not accept the token: it has expired, been revoked or is mistyped. Sign in again or enter a new token."),
                        detail);
        }
        if (r.status == 403) {
            const QByteArray sso = r.header("X-GitHub-SSO");
            if (sso.startsWith("required")) {
                const int at = sso.indexOf("url=");
                r.error.ssoUrl = at >= 0 ? QString::fromLatin1(sso.mid(at + 4).trimmed()) : QString();
                static const QRegularExpression orgRe(QStringLiteral("/orgs/([^/]+)/sso"));
                const QString org = orgRe.match(r.error.ssoUrl).captured(1);
                return fail(r, GitHubError::SsoRequired,
                            QCoreApplication::translate("GitHubClient", "The organisation %1 uses SAML single sign-on, and this token is not authorised for it. Authorise it at %2, then try again.")
                                .arg(org.isEmpty() ? QCoreApplication::translate("GitHubClient", "on GitHub") : org, r.error.ssoUrl),
                            detail);
            }
            if (ghMessage.contains(QLatin1String("Resource not accessible by"), Qt::CaseInsensitive)) {
                if (r.error.neededScopes.isEmpty())
                    r.error.neededScopes = {QStringLiteral("repo"), QStringLiteral("read:org")};
                return fail(r, GitHubError::Permission,
                            QCoreApplication::translate("GitHubClient", "The token is not allowed to read %1. A classic personal access token needs the scopes repo and read:org "
                               "(and workflow to create repositories from templates); a fine-grained token or GitHub App needs read access to "
                               "the organisation's repositories (Metadata and Contents) and members.")
                                .arg(subject(spec)),
                            detail);
            }
            QString msg = QCoreApplication::translate("GitHubClient", "GitHub refused access to %1: %2").arg(subject(spec), ghMessage.isEmpty() ? QCoreApplication::translate("GitHubClient", "forbidden") : ghMessage);
            if (!r.error.neededScopes.isEmpty())
                msg += QLatin1Char(' ') + QCoreApplication::translate("GitHubClient", "GitHub accepts these scopes for it: %1; the token has: %2.")
                                               .arg(r.error.neededScopes.join(QStringLiteral(", ")),
                                                    r.error.grantedScopes.isEmpty() ? QCoreApplication::translate("GitHubClient", "none") : r.error.grantedScopes.join(QStringLiteral(", ")));
            return fail(r, GitHubError::Forbidden, msg, detail);
        }
        if (r.status == 404) {
            return fail(r, GitHubError::NotFound,
                        QCoreApplication::translate("GitHubClient", "GitHub could not find %1. Check the name; if it is private, the token needs the repo scope (and read:org for organisations) and access to it.")
                            .arg(subject(spec)),
                        detail);
        }
        return fail(r, GitHubError::BadResponse,
                    QCoreApplication::translate("GitHubClient", "GitHub rejected the request for %1 (HTTP %2): %3").arg(subject(spec)).arg(r.status).arg(ghMessage.isEmpty() ? QCoreApplication::translate("GitHubClient", "no reason given") : ghMessage),
                    detail);
    }

    GitHubResponse classifyGraphQL(GitHubResponse r, const Spec &spec)
    {
        const QJsonObject root = r.json.object();
        const QJsonArray errors = root.value(QStringLiteral("errors")).toArray();
        if (errors.isEmpty())
            return r;
        r.error.graphqlErrors = errors;
        const QJsonObject first = errors.first().toObject();
        r.error.graphqlType = first.value(QStringLiteral("type")).toString();
        QStringList messages;
        bool allNotFound = true;
        bool integration = false;
        for (const QJsonValue &e : errors) {
            const QJsonObject o = e.toObject();
            messages << o.value(QStringLiteral("message")).toString();
            allNotFound = allNotFound && o.value(QStringLiteral("type")).toString() == QLatin1String("NOT_FOUND");
            integration = integration || o.value(QStringLiteral("message")).toString().contains(QLatin1String("Resource not accessible by"));
        }
        const QString detail = QStringLiteral("%1 -> GraphQL errors: %2").arg(describe(spec), messages.join(QStringLiteral(" | ")));
        if (r.header("X-GitHub-SSO").startsWith("partial-results")) {
            return fail(r, GitHubError::SsoRequired,
                        QCoreApplication::translate("GitHubClient", "An organisation in this query uses SAML single sign-on, and this token is not authorised for it. "
                           "Authorise the token for the organisation on GitHub, then try again."),
                        detail);
        }
        if (integration) {
            r.error.neededScopes = {QStringLiteral("repo"), QStringLiteral("read:org")};
            return fail(r, GitHubError::Permission,
                        QCoreApplication::translate("GitHubClient", "The token is not allowed to read what the query asks for. A classic personal access token needs the scopes repo and "
                           "read:org (and workflow to create repositories from templates); a fine-grained token or GitHub App needs read access "
                           "to the organisation's repositories (Metadata and Contents) and members."),
                        detail);
        }
        if (allNotFound)
            return fail(r, GitHubError::NotFound, QCoreApplication::translate("GitHubClient", "GitHub could not find it: %1").arg(messages.first()), detail);
        return fail(r, GitHubError::GraphQL, QCoreApplication::translate("GitHubClient", "GitHub could not answer the query: %1").arg(messages.first()), detail);
    }

    GitHubResponse write(const QUrl &url, const QByteArray &method, const QJsonDocument &body)
    {
        Spec spec;
        spec.method = method;
        spec.url = url;
        if (!body.isNull()) {
            spec.body = body.toJson(QJsonDocument::Compact);
            spec.contentType = "application/json";
        }
        spec.resource = QStringLiteral("core");
        // A write that failed half-way may have happened: never repeat it blindly.
        spec.idempotent = false;
        return execute(spec);
    }

    /** Fills @p r from what arrived: status, headers, body, ETag, JSON, and
     *  the rate-limit reading. */
    void read(GitHubResponse &r, const Raw &raw, const Spec &spec)
    {
        r.status = raw.status;
        r.headers = raw.headers;
        r.body = raw.body;
        r.etag = r.header("ETag");
        if (!r.body.isEmpty())
            r.json = QJsonDocument::fromJson(r.body);
        if (spec.kind != Kind::Web)
            updateRateLimit(r, spec.resource);
    }

    /** The last word on an answer that is neither retried nor waited for:
     *  4xx errors typed, JSON required, GraphQL errors read. */
    GitHubResponse conclude(GitHubResponse r, const Spec &spec)
    {
        if (r.status >= 400)
            return classifyError(r, spec);
        if (!r.body.isEmpty() && r.json.isNull()) {
            return fail(r, GitHubError::BadResponse, QCoreApplication::translate("GitHubClient", "GitHub sent an answer Atrium could not read."),
                        describe(spec) + QStringLiteral(": not JSON (%1 bytes)").arg(r.body.size()));
        }
        if (spec.kind == Kind::GraphQL)
            return classifyGraphQL(r, spec);
        return r;
    }

    GitHubResponse execute(const Spec &spec)
    {
        GitHubResponse r;
        int attempts = 0;
        int serverFailures = 0;
        int secondaryHits = 0;
        int primaryWaits = 0;
        for (;;) {
            r = GitHubResponse{};
            r.attempts = attempts;
            if (isCancelled())
                return fail(r, GitHubError::Cancelled, QCoreApplication::translate("GitHubClient", "The request was cancelled."), describe(spec) + QStringLiteral(": cancelled"));
            if (!caProblem.isEmpty() && spec.url.scheme() == QLatin1String("https")) {
                return fail(r, GitHubError::Tls,
                            QCoreApplication::translate("GitHubClient", "The CA bundle %1 could not be used: it is missing or holds no PEM or DER certificate. Choose another file in the connection settings.")
                                .arg(endpoint.caBundlePath),
                            caProblem);
            }

            // The budget is known to be spent: wait before spending a request on a refusal.
            if (spec.kind != Kind::Web) {
                const GitHubRateLimit known = limitFor(spec.resource);
                if (known.isValid() && known.remaining == 0 && known.reset.isValid() && known.reset > now()) {
                    if (primaryWaits >= options.maxPrimaryWaits || !waitForReset(spec.resource, known.reset, &r, spec))
                        return primaryWaits >= options.maxPrimaryWaits
                            ? fail(r, GitHubError::RateLimited, QCoreApplication::translate("GitHubClient", "GitHub's API rate limit (%1) is used up.").arg(spec.resource), describe(spec))
                            : r;
                    ++primaryWaits;
                    if (isCancelled())
                        continue;
                }
            }

            QElapsedTimer timer;
            timer.start();
            const Raw raw = sendOnce(spec);
            r.attempts = ++attempts;
            {
                QMutexLocker lock(&mutex);
                switch (spec.kind) {
                case Kind::Rest: ++stats.restRequests; break;
                case Kind::GraphQL: ++stats.graphqlRequests; break;
                case Kind::Web: ++stats.webRequests; break;
                }
            }
            read(r, raw, spec);
            qCDebug(lcGitHub).noquote() << describe(spec) << "->" << (raw.status ? QString::number(raw.status) : raw.errorString)
                                        << timer.elapsed() << "ms" << "remaining" << QString::fromLatin1(r.header("X-RateLimit-Remaining"));

            if (raw.cancelled)
                return fail(r, GitHubError::Cancelled, QCoreApplication::translate("GitHubClient", "The request was cancelled."), describe(spec) + QStringLiteral(": cancelled"));

            // Counts this attempt as a failure of the server or the network;
            // true while another attempt is allowed.
            auto canRetry = [&] { return ++serverFailures < options.maxAttempts && spec.idempotent; };
            auto retryLater = [&](int hintMs) {
                {
                    QMutexLocker lock(&mutex);
                    ++stats.retries;
                }
                const int wait = hintMs >= 0 ? hintMs : backoffMs(serverFailures);
                qCInfo(lcGitHub).noquote() << describe(spec) << "failed; retry" << serverFailures << "in" << wait << "ms";
                sleep(wait);
            };

            if (raw.tooLarge) {
                // The same request would get the same answer: no retry.
                return fail(r, GitHubError::BadResponse,
                            QCoreApplication::translate("GitHubClient", "The answer from %1 is larger than the limit of %2, so Atrium stopped reading it.")
                                .arg(spec.url.host(), QLocale().formattedDataSize(options.maxResponseBytes, 0, QLocale::DataSizeIecFormat)),
                            describe(spec) + QStringLiteral(": response larger than maxResponseBytes (%1 bytes)").arg(options.maxResponseBytes));
            }
            if (raw.stalled) {
                if (canRetry()) {
                    retryLater(-1);
                    continue;
                }
                return fail(r, GitHubError::Timeout,
                            QCoreApplication::translate("GitHubClient", "%1 stopped sending data for %2 seconds (tried %n time(s)).", nullptr, serverFailures)
                                .arg(spec.url.host())
                                .arg(options.stallTimeoutMs / 1000.0),
                            describe(spec) + QStringLiteral(": nothing received for %1 ms (stall timeout)").arg(options.stallTimeoutMs));
            }
            if (raw.timedOut) {
                if (canRetry()) {
                    retryLater(-1);
                    continue;
                }
                return fail(r, GitHubError::Timeout,
                            QCoreApplication::translate("GitHubClient", "%1 did not answer within %2 seconds (tried %n time(s)).", nullptr, serverFailures)
                                .arg(spec.url.host())
                                .arg(options.timeoutMs / 1000.0),
                            describe(spec) + QStringLiteral(": timed out after %1 ms").arg(options.timeoutMs));
            }
            if (raw.status == 0) {
                if (raw.error == QNetworkReply::SslHandshakeFailedError || !raw.sslErrors.isEmpty()) {
                    QStringList errs;
                    for (const QSslError &e : raw.sslErrors)
                        errs << e.errorString();
                    return fail(r, GitHubError::Tls,
                                QCoreApplication::translate("GitHubClient", "The secure connection to %1 could not be verified. If this GitHub Enterprise server uses a certificate "
                                   "from a private certificate authority, add that authority's certificate file as the CA bundle in the "
                                   "connection settings.")
                                    .arg(spec.url.host()),
                                describe(spec) + QStringLiteral(": TLS: ") + (errs.isEmpty() ? raw.errorString : errs.join(QStringLiteral("; "))));
                }
                if (isTransient(raw.error) && canRetry()) {
                    retryLater(-1);
                    continue;
                }
                return fail(r, GitHubError::Network,
                            QCoreApplication::translate("GitHubClient", "Atrium could not reach %1. Check the network connection and the server address.").arg(spec.url.host()),
                            describe(spec) + QStringLiteral(": ") + raw.errorString);
            }

            if (raw.status == 304) {
                r.notModified = true;
                QMutexLocker lock(&mutex);
                ++stats.notModified;
                return r;
            }

            switch (rateLimitKind(r, spec)) {
            case Limit::Secondary: {
                ++secondaryHits;
                if (secondaryHits > options.maxSecondaryWaits) {
                    return fail(r, GitHubError::SecondaryRateLimited,
                                QCoreApplication::translate("GitHubClient", "GitHub asked Atrium to slow down (a secondary rate limit) and kept refusing after %1 waits. Try again in a few minutes.")
                                    .arg(options.maxSecondaryWaits),
                                describe(spec) + QStringLiteral(": secondary rate limit: ") + githubMessage(r.json));
                }
                // GitHub's rules: Retry-After when given; else the primary
                // reset when remaining is 0; else at least a minute; and
                // longer each time it happens again.
                int wait = retryAfterMs(r);
                if (wait < 0 && r.header("X-RateLimit-Remaining") == "0") {
                    const QDateTime reset = QDateTime::fromSecsSinceEpoch(r.header("X-RateLimit-Reset").toLongLong(), Qt::UTC);
                    wait = int(qMax<qint64>(0, now().msecsTo(reset))) + 1000;
                }
                if (wait < 0)
                    wait = options.secondaryMinWaitMs;
                wait = int(qMin<double>(std::numeric_limits<int>::max(), wait * std::pow(2.0, secondaryHits - 1)));
                const QDateTime until = now().addMSecs(wait);
                const int seconds = (wait + 999) / 1000;
                const QString why = QCoreApplication::translate("GitHubClient", "GitHub asked Atrium to slow down (secondary rate limit); waiting %n second(s).", nullptr, seconds);
                Q_EMIT q->waiting(why, until);
                qCInfo(lcGitHub).noquote() << describe(spec) << "secondary rate limit; waiting" << wait << "ms";
                {
                    QMutexLocker lock(&mutex);
                    ++stats.secondaryWaits;
                }
                sleep(wait);
                continue;
            }
            case Limit::Primary: {
                QDateTime reset;
                if (!r.header("X-RateLimit-Reset").isEmpty())
                    reset = QDateTime::fromSecsSinceEpoch(r.header("X-RateLimit-Reset").toLongLong(), Qt::UTC);
                if (primaryWaits >= options.maxPrimaryWaits) {
                    r.error.retryAt = reset;
                    return fail(r, GitHubError::RateLimited,
                                QCoreApplication::translate("GitHubClient", "GitHub's API rate limit (%1) is used up.").arg(spec.resource),
                                describe(spec) + QStringLiteral(": primary rate limit: ") + githubMessage(r.json));
                }
                ++primaryWaits;
                if (!waitForReset(spec.resource, reset, &r, spec))
                    return r;
                continue;
            }
            case Limit::None:
                break;
            }

            if (raw.status >= 500) {
                if (canRetry()) {
                    const int hint = raw.status == 503 ? retryAfterMs(r) : -1;
                    retryLater(hint);
                    continue;
                }
                return fail(r, GitHubError::Server,
                            QCoreApplication::translate("GitHubClient", "GitHub had a server error (HTTP %1) and still failed after %n attempt(s). Try again later.", nullptr, serverFailures)
                                .arg(raw.status),
                            QStringLiteral("%1 -> HTTP %2: %3").arg(describe(spec)).arg(raw.status).arg(githubMessage(r.json)));
            }
            return conclude(r, spec);
        }
    }
};

// ---------------------------------------------------------------------------

GitHubClient::GitHubClient(const GitHubEndpoint &endpoint, const QByteArray &token, QObject *parent)
    : GitHubClient(endpoint, token, Options{}, parent)
{
}

GitHubClient::GitHubClient(const GitHubEndpoint &endpoint, const QByteArray &token, const Options &options, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    qRegisterMetaType<atrium::GitHubRateLimit>();
    d->q = this;
    d->endpoint = endpoint;
    d->token = token;
    d->options = options;
    d->loadCaBundle();
}

GitHubClient::~GitHubClient() = default;

GitHubEndpoint GitHubClient::endpoint() const { return d->endpoint; }
void GitHubClient::setToken(const QByteArray &token) { d->token = token; }
bool GitHubClient::hasToken() const { return !d->token.isEmpty(); }
GitHubClient::Options GitHubClient::options() const { return d->options; }
void GitHubClient::setOptions(const Options &options) { d->options = options; }
void GitHubClient::setSleeper(Sleeper sleeper) { d->sleeper = std::move(sleeper); }
void GitHubClient::setCancelCheck(CancelCheck cancelled) { d->cancelled = std::move(cancelled); }
void GitHubClient::setClock(Clock clock) { d->clock = std::move(clock); }
void GitHubClient::setRandom(Random random) { d->random = std::move(random); }
void GitHubClient::sleep(int ms) { d->sleep(ms); }
QDateTime GitHubClient::now() const { return d->now(); }
bool GitHubClient::isCancelled() const { return d->isCancelled(); }

QUrl GitHubClient::resolve(const QString &pathOrUrl) const
{
    if (pathOrUrl.startsWith(QLatin1String("https://")) || pathOrUrl.startsWith(QLatin1String("http://")))
        return QUrl(pathOrUrl);
    QString rel = pathOrUrl;
    QString query;
    const int qm = rel.indexOf(QLatin1Char('?'));
    if (qm >= 0) {
        query = rel.mid(qm + 1);
        rel.truncate(qm);
    }
    while (rel.startsWith(QLatin1Char('/')))
        rel.remove(0, 1);
    QUrl u = d->endpoint.apiBaseUrl;
    QString base = u.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    u.setPath(base + QLatin1Char('/') + rel);
    if (!query.isEmpty())
        u.setQuery(query);
    return u;
}

GitHubResponse GitHubClient::graphql(const QString &query, const QJsonObject &variables, const QString &operationName)
{
    QJsonObject body{{QStringLiteral("query"), query}};
    if (!variables.isEmpty())
        body.insert(QStringLiteral("variables"), variables);
    if (!operationName.isEmpty())
        body.insert(QStringLiteral("operationName"), operationName);
    Private::Spec spec;
    spec.kind = Private::Kind::GraphQL;
    spec.method = "POST";
    spec.url = d->endpoint.graphqlUrl;
    spec.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    spec.contentType = "application/json";
    spec.resource = QStringLiteral("graphql");
    // Queries are safe to repeat; a mutation that timed out may have happened.
    static const QRegularExpression mutation(QStringLiteral(R"(^\s*(#[^\n]*\n\s*)*mutation\b)"));
    spec.idempotent = !mutation.match(query).hasMatch();
    return d->execute(spec);
}

GitHubResponse GitHubClient::get(const QString &pathOrUrl, const QByteArray &etag)
{
    Private::Spec spec;
    spec.url = resolve(pathOrUrl);
    spec.etag = etag;
    // Search has its own, much smaller budget; everything else here draws on core.
    spec.resource = spec.url.path().contains(QLatin1String("/search/")) ? QStringLiteral("search") : QStringLiteral("core");
    return d->execute(spec);
}

GitHubResponse GitHubClient::getAllPages(const QString &pathOrUrl, int maxPages)
{
    QJsonArray all;
    QString next = pathOrUrl;
    GitHubResponse r;
    int attempts = 0;
    for (int page = 0; page < maxPages && !next.isEmpty(); ++page) {
        r = get(next);
        attempts += r.attempts;
        if (!r.ok())
            return r;
        const QJsonArray items = r.json.array();
        for (const QJsonValue &v : items)
            all.append(v);
        next = r.nextPageUrl().toString();
    }
    r.json = QJsonDocument(all);
    r.body = r.json.toJson(QJsonDocument::Compact);
    r.attempts = attempts;
    return r;
}

GitHubResponse GitHubClient::post(const QString &pathOrUrl, const QJsonDocument &body)
{
    return d->write(resolve(pathOrUrl), "POST", body);
}

GitHubResponse GitHubClient::patch(const QString &pathOrUrl, const QJsonDocument &body)
{
    return d->write(resolve(pathOrUrl), "PATCH", body);
}

GitHubResponse GitHubClient::put(const QString &pathOrUrl, const QJsonDocument &body)
{
    return d->write(resolve(pathOrUrl), "PUT", body);
}

GitHubResponse GitHubClient::del(const QString &pathOrUrl)
{
    return d->write(resolve(pathOrUrl), "DELETE", {});
}

GitHubResponse GitHubClient::postForm(const QUrl &url, const QUrlQuery &form)
{
    Private::Spec spec;
    spec.kind = Private::Kind::Web;
    spec.method = "POST";
    spec.url = url;
    // Every reserved character percent-encoded: QUrlQuery leaves '+' and ':'
    // alone, and a form body reads '+' as a space.
    for (const auto &[key, value] : form.queryItems(QUrl::FullyDecoded)) {
        if (!spec.body.isEmpty())
            spec.body += '&';
        spec.body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    spec.contentType = "application/x-www-form-urlencoded";
    // The OAuth endpoints answer a repeated request the same way (a new code,
    // or the poll's state), so retrying them is harmless.
    spec.idempotent = true;
    return d->execute(spec);
}

GitHubRateLimit GitHubClient::rateLimit(const QString &resource) const
{
    return d->limitFor(resource);
}

QHash<QString, GitHubRateLimit> GitHubClient::rateLimits() const
{
    QMutexLocker lock(&d->mutex);
    return d->limits;
}

GitHubStats GitHubClient::stats() const
{
    QMutexLocker lock(&d->mutex);
    return d->stats;
}

void GitHubClient::resetStats()
{
    QMutexLocker lock(&d->mutex);
    d->stats = {};
}

GitHubResponse GitHubClient::interpret(int status, const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body,
                                       bool graphql)
{
    Private::Spec spec;
    spec.kind = graphql ? Private::Kind::GraphQL : Private::Kind::Rest;
    spec.method = graphql ? "POST" : "GET";
    spec.url = graphql ? d->endpoint.graphqlUrl : resolve(QStringLiteral("repos/acme/repo"));
    spec.resource = graphql ? QStringLiteral("graphql") : QStringLiteral("core");
    Private::Raw raw;
    raw.status = status;
    raw.headers = headers;
    raw.body = body;
    GitHubResponse r;
    d->read(r, raw, spec);
    r.attempts = 1;
    if (status == 304) {
        r.notModified = true;
        return r;
    }
    switch (d->rateLimitKind(r, spec)) {
    case Private::Limit::Secondary:
        return d->fail(r, GitHubError::SecondaryRateLimited,
                       QCoreApplication::translate("GitHubClient", "GitHub asked Atrium to slow down (a secondary rate limit) and kept refusing after %1 waits. Try again in a few minutes.")
                           .arg(d->options.maxSecondaryWaits),
                       d->describe(spec) + QStringLiteral(": secondary rate limit, retry after %1 ms").arg(d->retryAfterMs(r)));
    case Private::Limit::Primary:
        r.error.retryAt = QDateTime::fromSecsSinceEpoch(r.header("X-RateLimit-Reset").toLongLong(), Qt::UTC);
        return d->fail(r, GitHubError::RateLimited, QCoreApplication::translate("GitHubClient", "GitHub's API rate limit (%1) is used up.").arg(spec.resource),
                       d->describe(spec));
    case Private::Limit::None:
        break;
    }
    if (status >= 500)
        return d->fail(r, GitHubError::Server, QCoreApplication::translate("GitHubClient", "GitHub had a server error (HTTP %1) and still failed after %n attempt(s). Try again later.", nullptr, 1).arg(status),
                       d->describe(spec));
    if (status == 0)
        return d->fail(r, GitHubError::Network, QCoreApplication::translate("GitHubClient", "Atrium could not reach %1. Check the network connection and the server address.").arg(spec.url.host()),
                       d->describe(spec));
    return d->conclude(r, spec);
}

QString GitHubClient::redact(const QString &text) const
{
    return d->redact(text);
}

} // namespace atrium
