// SPDX-License-Identifier: Apache-2.0
#include "fakegithub.h"
#include "fakestate_p.h"

#include <QAbstractHttpServer>
#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

namespace atrium::fake {

// ---------------------------------------------------------------------------
// Small helpers

QByteArray jsonBody(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject messageJson(const QString &message, const QString &docs)
{
    return QJsonObject{{QStringLiteral("message"), message}, {QStringLiteral("documentation_url"), docs}};
}

static QByteArray jsonBody(const QJsonArray &a)
{
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

static QString isoDate(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &[k, v] : headers)
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[k, v] : headers)
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

bool Caller::hasScope(const QString &scope) const
{
    return !anonymous && info.scopes.contains(scope);
}

const CommitState *RepoState::resolveRev(const QString &rev) const
{
    QString r = rev;
    if (r.isEmpty() || r == QLatin1String("HEAD") || r == meta.defaultBranch
        || r == QLatin1String("refs/heads/") + meta.defaultBranch)
        r = headOid;
    auto it = commits.constFind(r);
    if (it != commits.cend())
        return &*it;
    if (r.size() >= 7) { // an abbreviated oid
        for (auto c = commits.cbegin(); c != commits.cend(); ++c)
            if (c.key().startsWith(r))
                return &*c;
    }
    return nullptr;
}

RepoState *OrgState::repo(const QString &name)
{
    for (auto &r : repos)
        if (r.meta.name.compare(name, Qt::CaseInsensitive) == 0)
            return &r;
    return nullptr;
}

const RepoState *OrgState::repo(const QString &name) const
{
    return const_cast<OrgState *>(this)->repo(name);
}

QDateTime FakeGitHubState::now() const
{
    return QDateTime::currentDateTimeUtc().addMSecs(clockOffsetMs);
}

OrgState *FakeGitHubState::org(const QString &login)
{
    for (auto &o : orgs)
        if (o.login.compare(login, Qt::CaseInsensitive) == 0)
            return &o;
    return nullptr;
}

const OrgState *FakeGitHubState::org(const QString &login) const
{
    return const_cast<FakeGitHubState *>(this)->org(login);
}

const OrgState *FakeGitHubState::orgById(int id) const
{
    for (const auto &o : orgs)
        if (o.id == id)
            return &o;
    return nullptr;
}

FakeGitHub::Budget &FakeGitHubState::budget(const QString &resource)
{
    FakeGitHub::Budget &b = budgets[resource];
    const QDateTime t = now();
    // Whole seconds, as X-RateLimit-Reset carries them, so that the client's
    // idea of the reset and the fake's agree.
    if (!b.reset.isValid()) {
        b.reset = QDateTime::fromSecsSinceEpoch(t.addSecs(3600).toSecsSinceEpoch(), Qt::UTC);
    } else if (t >= b.reset) {
        b.used = 0;
        b.reset = QDateTime::fromSecsSinceEpoch(t.addSecs(3600).toSecsSinceEpoch(), Qt::UTC);
    }
    return b;
}

QString FakeGitHub::blobOid(const QByteArray &content)
{
    QCryptographicHash h(QCryptographicHash::Sha1);
    h.addData("blob " + QByteArray::number(content.size()));
    h.addData(QByteArrayView("\0", 1));
    h.addData(content);
    return QString::fromLatin1(h.result().toHex());
}

QString FakeGitHubState::makeCommit(RepoState &repo, const QMap<QString, QByteArray> &changes, const QString &message)
{
    CommitState c;
    c.parent = repo.headOid;
    c.files = repo.meta.files;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (it.value().isNull())
            c.files.remove(it.key());
        else
            c.files.insert(it.key(), it.value());
    }
    c.time = now();
    c.message = message;
    // A commit id that depends on the tree, the parent and a counter, so
    // that even an empty commit moves the head, as a real one does.
    QCryptographicHash h(QCryptographicHash::Sha1);
    h.addData(c.parent.toLatin1());
    h.addData(QByteArray::number(++commitCounter));
    for (auto it = c.files.cbegin(); it != c.files.cend(); ++it) {
        h.addData(it.key().toUtf8());
        h.addData(FakeGitHub::blobOid(it.value()).toLatin1());
    }
    c.oid = QString::fromLatin1(h.result().toHex());
    repo.headOid = c.oid;
    repo.meta.files = c.files;
    repo.pushedAt = c.time;
    repo.updatedAt = c.time;
    repo.commits.insert(c.oid, c);
    return c.oid;
}

bool FakeGitHubState::canSee(const Caller &c, const RepoState &repo) const
{
    // Classic tokens need the repo scope for anything that is not public.
    return repo.meta.visibility.compare(QLatin1String("PUBLIC"), Qt::CaseInsensitive) == 0 || c.hasScope(QStringLiteral("repo"));
}

bool FakeGitHubState::integrationForbidden(const QString &orgLogin) const
{
    return forbidAll || forbidOrgs.contains(orgLogin.toLower());
}

bool FakeGitHubState::ssoBlocked(const Caller &c, const OrgState &o) const
{
    return o.sso && !(c.info.ssoOrgs.contains(o.login.toLower()));
}

QByteArray FakeGitHubState::ssoUrl(const OrgState &o) const
{
    return (baseUrl + QStringLiteral("/orgs/%1/sso?authorization_request=A1B2C3D4E5").arg(o.login)).toUtf8();
}

void FakeGitHubState::addRateHeaders(HttpResponse &r, const QString &resource)
{
    FakeGitHub::Budget &b = budget(resource);
    r.setHeader("X-RateLimit-Limit", QByteArray::number(b.limit));
    r.setHeader("X-RateLimit-Remaining", QByteArray::number(b.remaining()));
    r.setHeader("X-RateLimit-Used", QByteArray::number(b.used));
    r.setHeader("X-RateLimit-Reset", QByteArray::number(b.reset.toSecsSinceEpoch()));
    r.setHeader("X-RateLimit-Resource", resource.toLatin1());
}

static QString defaultReason(int status)
{
    switch (status) {
    case 500: return QStringLiteral("Server Error");
    case 502: return QStringLiteral("Server Error");
    case 503: return QStringLiteral("Service Unavailable");
    case 504: return QStringLiteral("We couldn't respond to your request in time. Sorry about that. Please try resubmitting your request and contact us if the problem persists.");
    case 401: return QStringLiteral("Bad credentials");
    case 403: return QStringLiteral("Forbidden");
    case 404: return QStringLiteral("Not Found");
    case 422: return QStringLiteral("Validation Failed");
    default: return QStringLiteral("Error");
    }
}

static bool matches(const QString &match, const HttpRequest &req)
{
    return match.isEmpty() || req.path.contains(match) || req.query.contains(match)
        || req.body.contains(match.toUtf8());
}

// ---------------------------------------------------------------------------
// The request pipeline

HttpResponse FakeGitHubState::handle(const HttpRequest &req)
{
    FakeRequest entry;
    entry.time = now();
    entry.method = req.method;
    entry.path = req.path;
    entry.query = req.query;
    entry.ifNoneMatch = req.header("If-None-Match");
    entry.conditional = !entry.ifNoneMatch.isEmpty();
    entry.authorization = req.header("Authorization");
    entry.accept = req.header("Accept");
    entry.userAgent = req.header("User-Agent");
    entry.body = req.body;

    const bool isOAuth = req.path.startsWith(QLatin1String("/login/"));
    const bool isGraphQL = req.path == QLatin1String("/api/graphql") || req.path == QLatin1String("/api/graphql/");
    entry.kind = isOAuth ? QStringLiteral("oauth") : isGraphQL ? QStringLiteral("graphql") : QStringLiteral("rest");
    const QString resource = isGraphQL ? QStringLiteral("graphql") : QStringLiteral("core");

    ++inFlight;
    maxInFlightSeen = qMax(maxInFlightSeen, inFlight);

    HttpResponse r;
    for (auto &d : delays) {
        if (d.count > 0 && matches(d.match, req)) {
            --d.count;
            r.delayMs = d.ms;
            break;
        }
    }

    auto finish = [&](HttpResponse resp) {
        resp.delayMs = r.delayMs;
        if (resp.header("Content-Type").isEmpty() && !resp.body.isEmpty())
            resp.setHeader("Content-Type", "application/json; charset=utf-8");
        resp.setHeader("X-GitHub-Request-Id", QByteArray::number(QRandomGenerator::global()->bounded(1 << 30), 16).toUpper());
        entry.status = resp.status;
        log.append(entry);
        return resp;
    };

    // Injected faults come first: a 5xx from a load balancer knows nothing of tokens.
    for (auto &f : faults) {
        if (f.count > 0 && matches(f.match, req)) {
            --f.count;
            HttpResponse e;
            e.status = f.status;
            e.body = f.body.isNull() ? jsonBody(messageJson(defaultReason(f.status))) : f.body;
            return finish(e);
        }
    }

    if (isOAuth)
        return finish(handleOAuth(req, req.path));

    // Who is calling.
    Caller caller;
    const QByteArray auth = req.header("Authorization");
    if (!auth.isEmpty()) {
        QByteArray token;
        if (auth.startsWith("Bearer ") || auth.startsWith("bearer "))
            token = auth.mid(7).trimmed();
        else if (auth.startsWith("token "))
            token = auth.mid(6).trimmed();
        auto it = tokens.constFind(token);
        if (it == tokens.cend()) {
            HttpResponse e;
            e.status = 401;
            e.body = jsonBody(messageJson(QStringLiteral("Bad credentials"),
                                          isGraphQL ? QStringLiteral("https://docs.github.com/graphql") : QStringLiteral("https://docs.github.com/rest")));
            return finish(e);
        }
        caller.anonymous = false;
        caller.token = token;
        caller.info = *it;
    }

    // Secondary limits: on demand, or when too many requests are in flight.
    if (secondaryCount > 0 || (maxConcurrent > 0 && inFlight > maxConcurrent)) {
        if (secondaryCount > 0)
            --secondaryCount;
        HttpResponse e;
        e.status = secondaryStatus;
        if (secondaryRetryAfter >= 0)
            e.setHeader("Retry-After", QByteArray::number(secondaryRetryAfter));
        e.body = jsonBody(messageJson(
            QStringLiteral("You have exceeded a secondary rate limit. Please wait a few minutes before you try again. "
                           "If you reach out to GitHub Support for help, please include the request ID 0000:1111:2222."),
            QStringLiteral("https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits")));
        addRateHeaders(e, resource);
        return finish(e);
    }

    // /meta is public, as on GitHub: it is how a host is recognised before a sign-in.
    const bool publicPath = req.path.endsWith(QLatin1String("/meta"));
    if (caller.anonymous && (requireToken || isGraphQL) && !publicPath) {
        HttpResponse e;
        e.status = 401;
        e.body = jsonBody(isGraphQL
                              ? messageJson(QStringLiteral("This endpoint requires you to be authenticated."),
                                            QStringLiteral("https://docs.github.com/graphql/guides/forming-calls-with-graphql#authenticating-with-graphql"))
                              : messageJson(QStringLiteral("Requires authentication")));
        addRateHeaders(e, resource);
        return finish(e);
    }

    HttpResponse resp;
    if (isGraphQL) {
        if (req.method != "POST") {
            resp.status = 404;
            resp.body = jsonBody(messageJson(QStringLiteral("Not Found"), QStringLiteral("https://docs.github.com/graphql")));
        } else {
            resp = handleGraphQL(req, caller, entry);
        }
    } else if (req.path.startsWith(QLatin1String("/api/v3/")) || req.path == QLatin1String("/api/v3")) {
        const QString rel = req.path.mid(7); // keeps the leading '/'
        const bool counts = rel != QLatin1String("/rate_limit");
        FakeGitHub::Budget &b = budget(resource);
        if (counts && b.remaining() <= 0) {
            resp.status = rateLimitStatus;
            resp.body = jsonBody(messageJson(
                caller.anonymous
                    ? QStringLiteral("API rate limit exceeded for 127.0.0.1. (But here's the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)")
                    : QStringLiteral("API rate limit exceeded for user ID %1.").arg(caller.info.userId),
                QStringLiteral("https://docs.github.com/rest/overview/rate-limits-for-the-rest-api")));
            addRateHeaders(resp, resource);
            return finish(resp);
        }
        resp = handleRest(req, rel, caller);
        // A conditional GET that matches answers 304, which GitHub does not
        // count against the primary rate limit.
        if (req.method == "GET" && resp.status == 200 && counts) {
            const QByteArray etag = "W/\"" + QCryptographicHash::hash(resp.body, QCryptographicHash::Sha256).toHex().left(40) + '"';
            resp.setHeader("ETag", etag);
            const QByteArray inm = req.header("If-None-Match");
            bool hit = false;
            const QList<QByteArray> candidates = inm.split(',');
            for (QByteArray c : candidates) {
                c = c.trimmed();
                if (c == "*" || c == etag || (c.startsWith("W/") ? c.mid(2) : c) == etag.mid(2))
                    hit = true;
            }
            if (hit) {
                resp.status = 304;
                resp.body.clear();
                resp.headers.removeIf([](const auto &h) { return h.first.compare("Content-Type", Qt::CaseInsensitive) == 0; });
            }
        }
        if (counts && resp.status != 304)
            ++budget(resource).used;
        if (counts)
            addRateHeaders(resp, resource);
    } else {
        resp.status = 404;
        resp.body = jsonBody(messageJson(QStringLiteral("Not Found")));
    }

    if (!caller.anonymous) {
        resp.setHeader("X-OAuth-Scopes", caller.info.scopes.join(QStringLiteral(", ")).toLatin1());
        if (resp.header("X-Accepted-OAuth-Scopes").isNull())
            resp.setHeader("X-Accepted-OAuth-Scopes", "");
    }
    resp.setHeader("X-GitHub-Media-Type", "github.v3; format=json");
    return finish(resp);
}

void FakeGitHubState::finished()
{
    --inFlight;
}

// ---------------------------------------------------------------------------
// REST

QJsonObject FakeGitHubState::repoJson(const OrgState &o, const RepoState &repo) const
{
    const QString full = o.login + QLatin1Char('/') + repo.meta.name;
    return QJsonObject{
        {QStringLiteral("id"), repo.id},
        {QStringLiteral("node_id"), QStringLiteral("R_kgDO%1").arg(repo.id)},
        {QStringLiteral("name"), repo.meta.name},
        {QStringLiteral("full_name"), full},
        {QStringLiteral("private"), repo.meta.visibility.compare(QLatin1String("PUBLIC"), Qt::CaseInsensitive) != 0},
        {QStringLiteral("visibility"), repo.meta.visibility.toLower()},
        {QStringLiteral("archived"), repo.meta.archived},
        {QStringLiteral("disabled"), false},
        {QStringLiteral("fork"), repo.meta.fork},
        {QStringLiteral("description"), repo.meta.description.isNull() ? QJsonValue() : QJsonValue(repo.meta.description)},
        {QStringLiteral("default_branch"), repo.meta.defaultBranch},
        {QStringLiteral("topics"), QJsonArray::fromStringList(repo.meta.topics)},
        {QStringLiteral("html_url"), baseUrl + QLatin1Char('/') + full},
        {QStringLiteral("url"), baseUrl + QStringLiteral("/api/v3/repos/") + full},
        {QStringLiteral("created_at"), isoDate(repo.createdAt)},
        {QStringLiteral("updated_at"), isoDate(repo.updatedAt)},
        {QStringLiteral("pushed_at"), isoDate(repo.pushedAt)},
        {QStringLiteral("owner"), QJsonObject{{QStringLiteral("login"), o.login}, {QStringLiteral("id"), o.id}, {QStringLiteral("type"), QStringLiteral("Organization")}}},
    };
}

static QJsonObject contentJson(const QString &base, const QString &full, const QString &path, const QByteArray &content, const QString &ref)
{
    // GitHub wraps base64 at 60 columns.
    const QByteArray b64 = content.toBase64();
    QByteArray wrapped;
    for (int i = 0; i < b64.size(); i += 60)
        wrapped += b64.mid(i, 60) + '\n';
    const QString sha = FakeGitHub::blobOid(content);
    const QString name = path.section(QLatin1Char('/'), -1);
    const QString url = base + QStringLiteral("/api/v3/repos/%1/contents/%2?ref=%3").arg(full, path, ref);
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("file")},
        {QStringLiteral("encoding"), QStringLiteral("base64")},
        {QStringLiteral("size"), content.size()},
        {QStringLiteral("name"), name},
        {QStringLiteral("path"), path},
        {QStringLiteral("content"), QString::fromLatin1(wrapped)},
        {QStringLiteral("sha"), sha},
        {QStringLiteral("url"), url},
        {QStringLiteral("git_url"), base + QStringLiteral("/api/v3/repos/%1/git/blobs/%2").arg(full, sha)},
        {QStringLiteral("html_url"), base + QStringLiteral("/%1/blob/%2/%3").arg(full, ref, path)},
        {QStringLiteral("download_url"), base + QStringLiteral("/raw/%1/%2/%3").arg(full, ref, path)},
    };
}

HttpResponse FakeGitHubState::handleRest(const HttpRequest &req, const QString &path, const Caller &c)
{
    HttpResponse r;
    const QUrlQuery q(req.query);
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    auto notFound = [&](const QString &docs = QStringLiteral("https://docs.github.com/rest")) {
        r.status = 404;
        r.body = jsonBody(messageJson(QStringLiteral("Not Found"), docs));
        return r;
    };
    auto orgGuard = [&](const OrgState &o) -> bool {
        if (ssoBlocked(c, o)) {
            r.status = 403;
            r.setHeader("X-GitHub-SSO", "required; url=" + ssoUrl(o));
            r.body = jsonBody(messageJson(QStringLiteral("Resource protected by organization SAML enforcement. You must grant your Personal Access token access to this organization."),
                                          QStringLiteral("https://docs.github.com/articles/authenticating-to-a-github-organization-with-saml-single-sign-on/")));
            return false;
        }
        if (integrationForbidden(o.login)) {
            r.status = 403;
            r.body = jsonBody(messageJson(QStringLiteral("Resource not accessible by integration"),
                                          QStringLiteral("https://docs.github.com/rest/repos/repos#list-organization-repositories")));
            return false;
        }
        return true;
    };
    const QJsonObject input = QJsonDocument::fromJson(req.body).object();

    if (req.method == "GET" && path == QLatin1String("/rate_limit")) {
        QJsonObject resources;
        for (const QString &res : {QStringLiteral("core"), QStringLiteral("graphql")}) {
            FakeGitHub::Budget &b = budget(res);
            resources.insert(res, QJsonObject{{QStringLiteral("limit"), b.limit}, {QStringLiteral("used"), b.used},
                                               {QStringLiteral("remaining"), b.remaining()}, {QStringLiteral("reset"), b.reset.toSecsSinceEpoch()}});
        }
        r.body = jsonBody(QJsonObject{{QStringLiteral("resources"), resources}, {QStringLiteral("rate"), resources.value(QStringLiteral("core"))}});
        return r;
    }
    if (req.method == "GET" && path == QLatin1String("/user")) {
        if (c.anonymous) {
            r.status = 401;
            r.body = jsonBody(messageJson(QStringLiteral("Requires authentication")));
            return r;
        }
        r.body = jsonBody(QJsonObject{{QStringLiteral("login"), c.info.login}, {QStringLiteral("id"), c.info.userId},
                                      {QStringLiteral("type"), QStringLiteral("User")}});
        return r;
    }

    // The organisations the caller belongs to, 30 a page by default, with
    // Link headers, as GitHub lists them (no SSO check: the list is shown
    // even where the organisation's data would need SSO).
    if (req.method == "GET" && path == QLatin1String("/user/orgs")) {
        if (c.anonymous) {
            r.status = 401;
            r.body = jsonBody(messageJson(QStringLiteral("Requires authentication"), QStringLiteral("https://docs.github.com/rest/orgs/orgs#list-organizations-for-the-authenticated-user")));
            return r;
        }
        QList<const OrgState *> list;
        for (const OrgState &o : orgs)
            if (o.members.contains(c.info.login))
                list.append(&o);
        const int perPage = qBound(1, q.hasQueryItem(QStringLiteral("per_page")) ? q.queryItemValue(QStringLiteral("per_page")).toInt() : 30, 100);
        const int page = qMax(1, q.hasQueryItem(QStringLiteral("page")) ? q.queryItemValue(QStringLiteral("page")).toInt() : 1);
        const int lastPage = qMax(1, int((list.size() + perPage - 1) / perPage));
        QJsonArray out;
        for (int i = (page - 1) * perPage; i < qMin(int(list.size()), page * perPage); ++i) {
            const OrgState &o = *list.at(i);
            out.append(QJsonObject{{QStringLiteral("login"), o.login}, {QStringLiteral("id"), o.id},
                                   {QStringLiteral("url"), baseUrl + QStringLiteral("/api/v3/orgs/") + o.login},
                                   {QStringLiteral("repos_url"), baseUrl + QStringLiteral("/api/v3/orgs/%1/repos").arg(o.login)},
                                   {QStringLiteral("description"), o.description.isEmpty() ? QJsonValue() : QJsonValue(o.description)}});
        }
        QStringList links;
        auto link = [&](int p) { return QStringLiteral("<%1/api/v3/user/orgs?per_page=%2&page=%3>").arg(baseUrl).arg(perPage).arg(p); };
        if (page > 1)
            links << link(page - 1) + QStringLiteral("; rel=\"prev\"") << link(1) + QStringLiteral("; rel=\"first\"");
        if (page < lastPage)
            links << link(page + 1) + QStringLiteral("; rel=\"next\"") << link(lastPage) + QStringLiteral("; rel=\"last\"");
        if (!links.isEmpty())
            r.setHeader("Link", links.join(QStringLiteral(", ")).toUtf8());
        r.body = jsonBody(out);
        return r;
    }
    // GET /meta answers without a token on github.com and Enterprise alike
    // (Enterprise adds installed_version): how a host is recognised as GitHub.
    if (req.method == "GET" && path == QLatin1String("/meta")) {
        r.body = jsonBody(QJsonObject{{QStringLiteral("verifiable_password_authentication"), false},
                                      {QStringLiteral("installed_version"), QStringLiteral("3.14.0")}});
        return r;
    }

    // /orgs/{org}[/repos]  and  /organizations/{id}/repos (where GitHub's Link headers point)
    if (parts.size() >= 2 && (parts[0] == QLatin1String("orgs") || parts[0] == QLatin1String("organizations"))) {
        const OrgState *o = parts[0] == QLatin1String("orgs") ? org(parts[1]) : orgById(parts[1].toInt());
        if (!o)
            return notFound(QStringLiteral("https://docs.github.com/rest/orgs/orgs#get-an-organization"));
        if (!orgGuard(*o))
            return r;
        if (parts.size() == 2 && req.method == "GET") {
            r.setHeader("X-Accepted-OAuth-Scopes", "admin:org, read:org, repo, user, write:org");
            r.body = jsonBody(QJsonObject{{QStringLiteral("login"), o->login}, {QStringLiteral("id"), o->id},
                                          {QStringLiteral("type"), QStringLiteral("Organization")},
                                          {QStringLiteral("html_url"), baseUrl + QLatin1Char('/') + o->login},
                                          {QStringLiteral("public_repos"), int(std::count_if(o->repos.cbegin(), o->repos.cend(), [](const RepoState &x) {
                                               return x.meta.visibility.compare(QLatin1String("PUBLIC"), Qt::CaseInsensitive) == 0; }))}});
            return r;
        }
        if (parts.size() == 3 && parts[2] == QLatin1String("repos") && req.method == "GET") {
            const QString type = q.queryItemValue(QStringLiteral("type")).isEmpty() ? QStringLiteral("all") : q.queryItemValue(QStringLiteral("type"));
            QList<const RepoState *> list;
            for (const RepoState &repo : o->repos) {
                if (!canSee(c, repo))
                    continue;
                const bool isPublic = repo.meta.visibility.compare(QLatin1String("PUBLIC"), Qt::CaseInsensitive) == 0;
                if ((type == QLatin1String("public") && !isPublic) || (type == QLatin1String("private") && isPublic)
                    || (type == QLatin1String("forks") && !repo.meta.fork) || (type == QLatin1String("sources") && repo.meta.fork))
                    continue;
                list.append(&repo);
            }
            const int perPage = qBound(1, q.hasQueryItem(QStringLiteral("per_page")) ? q.queryItemValue(QStringLiteral("per_page")).toInt() : 30, 100);
            const int page = qMax(1, q.hasQueryItem(QStringLiteral("page")) ? q.queryItemValue(QStringLiteral("page")).toInt() : 1);
            const int lastPage = qMax(1, int((list.size() + perPage - 1) / perPage));
            QJsonArray out;
            for (int i = (page - 1) * perPage; i < qMin(int(list.size()), page * perPage); ++i)
                out.append(repoJson(*o, *list.at(i)));
            auto link = [&](int p) {
                QUrlQuery lq;
                if (q.hasQueryItem(QStringLiteral("type")))
                    lq.addQueryItem(QStringLiteral("type"), type);
                lq.addQueryItem(QStringLiteral("per_page"), QString::number(perPage));
                lq.addQueryItem(QStringLiteral("page"), QString::number(p));
                return QStringLiteral("<%1/api/v3/organizations/%2/repos?%3>").arg(baseUrl).arg(o->id).arg(lq.toString(QUrl::FullyEncoded));
            };
            QStringList links;
            if (page > 1) {
                links << link(page - 1) + QStringLiteral("; rel=\"prev\"");
                links << link(1) + QStringLiteral("; rel=\"first\"");
            }
            if (page < lastPage) {
                links << link(page + 1) + QStringLiteral("; rel=\"next\"");
                links << link(lastPage) + QStringLiteral("; rel=\"last\"");
            }
            if (!links.isEmpty())
                r.setHeader("Link", links.join(QStringLiteral(", ")).toUtf8());
            r.body = jsonBody(out);
            return r;
        }
        if (parts.size() == 3 && parts[2] == QLatin1String("repos") && req.method == "POST") {
            OrgState *mo = org(o->login);
            const QString name = input.value(QStringLiteral("name")).toString();
            if (name.isEmpty() || mo->repo(name)) {
                r.status = 422;
                r.body = jsonBody(QJsonObject{
                    {QStringLiteral("message"), QStringLiteral("Repository creation failed.")},
                    {QStringLiteral("errors"), QJsonArray{QJsonObject{{QStringLiteral("resource"), QStringLiteral("Repository")},
                                                                      {QStringLiteral("code"), QStringLiteral("custom")},
                                                                      {QStringLiteral("field"), QStringLiteral("name")},
                                                                      {QStringLiteral("message"), QStringLiteral("name already exists on this account")}}}},
                    {QStringLiteral("documentation_url"), QStringLiteral("https://docs.github.com/rest/repos/repos#create-an-organization-repository")}});
                return r;
            }
            RepoState repo;
            repo.id = ++nextId;
            repo.meta.name = name;
            repo.meta.description = input.value(QStringLiteral("description")).toString();
            QString vis = input.value(QStringLiteral("visibility")).toString().toUpper();
            if (vis.isEmpty())
                vis = input.value(QStringLiteral("private")).toBool() ? QStringLiteral("PRIVATE") : QStringLiteral("PUBLIC");
            repo.meta.visibility = vis;
            repo.createdAt = now();
            QMap<QString, QByteArray> init;
            if (input.value(QStringLiteral("auto_init")).toBool())
                init.insert(QStringLiteral("README.md"), "# " + name.toUtf8() + '\n');
            makeCommit(repo, init, QStringLiteral("Initial commit"));
            mo->repos.append(repo);
            r.status = 201;
            r.body = jsonBody(repoJson(*mo, mo->repos.last()));
            return r;
        }
        return notFound();
    }

    // /repos/{owner}/{repo}[/contents/{path}]
    if (parts.size() >= 3 && parts[0] == QLatin1String("repos")) {
        OrgState *o = org(parts[1]);
        RepoState *repo = o ? o->repo(parts[2]) : nullptr;
        if (!repo || !canSee(c, *repo))
            return notFound(QStringLiteral("https://docs.github.com/rest/repos/repos#get-a-repository"));
        if (!orgGuard(*o))
            return r;
        r.setHeader("X-Accepted-OAuth-Scopes", "repo");
        const QString full = o->login + QLatin1Char('/') + repo->meta.name;
        if (parts.size() == 3 && req.method == "GET") {
            r.body = jsonBody(repoJson(*o, *repo));
            return r;
        }
        if (parts.size() == 3 && req.method == "PATCH") {
            if (input.contains(QStringLiteral("description")))
                repo->meta.description = input.value(QStringLiteral("description")).toString();
            if (input.contains(QStringLiteral("archived")))
                repo->meta.archived = input.value(QStringLiteral("archived")).toBool();
            if (input.contains(QStringLiteral("visibility")))
                repo->meta.visibility = input.value(QStringLiteral("visibility")).toString().toUpper();
            repo->updatedAt = now();
            r.body = jsonBody(repoJson(*o, *repo));
            return r;
        }
        if (parts.size() >= 4 && parts[3] == QLatin1String("contents")) {
            const QString filePath = QUrl::fromPercentEncoding(parts.mid(4).join(QLatin1Char('/')).toUtf8());
            if (req.method == "GET") {
                const QString ref = q.queryItemValue(QStringLiteral("ref"), QUrl::FullyDecoded);
                const CommitState *commit = repo->resolveRev(ref);
                if (!commit) {
                    r.status = 404;
                    r.body = jsonBody(messageJson(QStringLiteral("No commit found for the ref %1").arg(ref),
                                                  QStringLiteral("https://docs.github.com/rest/repos/contents#get-repository-content")));
                    return r;
                }
                const QString refName = ref.isEmpty() ? repo->meta.defaultBranch : ref;
                auto it = commit->files.constFind(filePath);
                if (it != commit->files.cend()) {
                    r.body = jsonBody(contentJson(baseUrl, full, filePath, it.value(), refName));
                    return r;
                }
                // A directory: list its direct entries.
                const QString prefix = filePath.isEmpty() ? QString() : filePath + QLatin1Char('/');
                QJsonArray entries;
                QSet<QString> dirs;
                for (auto f = commit->files.cbegin(); f != commit->files.cend(); ++f) {
                    if (!f.key().startsWith(prefix))
                        continue;
                    const QString rest = f.key().mid(prefix.size());
                    const int slash = rest.indexOf(QLatin1Char('/'));
                    if (slash < 0) {
                        QJsonObject e = contentJson(baseUrl, full, f.key(), f.value(), refName);
                        e.remove(QStringLiteral("content"));
                        e.remove(QStringLiteral("encoding"));
                        entries.append(e);
                    } else if (!dirs.contains(rest.left(slash))) {
                        dirs.insert(rest.left(slash));
                        entries.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("dir")},
                                                   {QStringLiteral("name"), rest.left(slash)},
                                                   {QStringLiteral("path"), prefix + rest.left(slash)},
                                                   {QStringLiteral("size"), 0}});
                    }
                }
                if (entries.isEmpty())
                    return notFound(QStringLiteral("https://docs.github.com/rest/repos/contents#get-repository-content"));
                r.body = jsonBody(entries);
                return r;
            }
            if (req.method == "PUT") {
                const QByteArray content = QByteArray::fromBase64(input.value(QStringLiteral("content")).toString().toLatin1());
                const bool exists = repo->meta.files.contains(filePath);
                const QString sha = input.value(QStringLiteral("sha")).toString();
                if (exists && sha.isEmpty()) {
                    r.status = 422;
                    r.body = jsonBody(messageJson(QStringLiteral("Invalid request.\n\n\"sha\" wasn't supplied."),
                                                  QStringLiteral("https://docs.github.com/rest/repos/contents#create-or-update-file-contents")));
                    return r;
                }
                if (exists && sha != FakeGitHub::blobOid(repo->meta.files.value(filePath))) {
                    r.status = 409;
                    r.body = jsonBody(messageJson(QStringLiteral("%1 does not match %2").arg(filePath, sha),
                                                  QStringLiteral("https://docs.github.com/rest/repos/contents#create-or-update-file-contents")));
                    return r;
                }
                const QString oid = makeCommit(*repo, {{filePath, content}}, input.value(QStringLiteral("message")).toString());
                QJsonObject cj = contentJson(baseUrl, full, filePath, content, repo->meta.defaultBranch);
                cj.remove(QStringLiteral("content"));
                cj.remove(QStringLiteral("encoding"));
                r.status = exists ? 200 : 201;
                r.body = jsonBody(QJsonObject{{QStringLiteral("content"), cj},
                                              {QStringLiteral("commit"), QJsonObject{{QStringLiteral("sha"), oid},
                                                                                     {QStringLiteral("message"), input.value(QStringLiteral("message"))}}}});
                return r;
            }
        }
        if (handleInsightsRest(req, parts, *o, *repo, r))
            return r;
        return notFound();
    }
    return notFound();
}

// ---------------------------------------------------------------------------
// OAuth device flow

HttpResponse FakeGitHubState::handleOAuth(const HttpRequest &req, const QString &path)
{
    HttpResponse r;
    // GitHub takes parameters from the query, a form body or a JSON body.
    QHash<QString, QString> p;
    for (const auto &[k, v] : QUrlQuery(req.query).queryItems(QUrl::FullyDecoded))
        p.insert(k, v);
    if (req.header("Content-Type").contains("json")) {
        const QJsonObject o = QJsonDocument::fromJson(req.body).object();
        for (auto it = o.begin(); it != o.end(); ++it)
            p.insert(it.key(), it.value().toString());
    } else {
        QByteArray form = req.body;
        form.replace('+', ' ');
        for (const auto &[k, v] : QUrlQuery(QString::fromUtf8(form)).queryItems(QUrl::FullyDecoded))
            p.insert(k, v);
    }
    const bool wantsJson = req.header("Accept").contains("json");
    auto reply = [&](const QJsonObject &o) {
        if (wantsJson) {
            r.body = jsonBody(o);
            r.setHeader("Content-Type", "application/json; charset=utf-8");
        } else {
            QUrlQuery f;
            for (auto it = o.begin(); it != o.end(); ++it)
                f.addQueryItem(it.key(), it.value().isDouble() ? QString::number(it.value().toInt()) : it.value().toString());
            r.body = f.toString(QUrl::FullyEncoded).toUtf8();
            r.setHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8");
        }
        return r;
    };
    auto error = [&](const QString &code, const QString &description) {
        return reply(QJsonObject{{QStringLiteral("error"), code},
                                 {QStringLiteral("error_description"), description},
                                 {QStringLiteral("error_uri"), QStringLiteral("https://docs.github.com/developers/apps/authorizing-oauth-apps#error-codes-for-the-device-flow")}});
    };
    if (req.method != "POST") {
        r.status = 404;
        r.body = "Not Found";
        return r;
    }
    const QString clientId = p.value(QStringLiteral("client_id"));
    if (clientId.isEmpty() || (!deviceClientId.isEmpty() && clientId != deviceClientId))
        return error(QStringLiteral("incorrect_client_credentials"), QStringLiteral("The client_id and/or client_secret passed are incorrect."));

    if (path == QLatin1String("/login/device/code")) {
        DeviceGrant g;
        g.clientId = clientId;
        g.scopes = p.value(QStringLiteral("scope")).split(QRegularExpression(QStringLiteral("[ ,]+")), Qt::SkipEmptyParts);
        g.interval = deviceInterval;
        g.expiresAt = now().addSecs(deviceExpiresIn);
        g.deviceCode = QString::fromLatin1(QCryptographicHash::hash(QByteArray::number(QRandomGenerator::global()->generate64()), QCryptographicHash::Sha1).toHex());
        static const char alphabet[] = "BCDFGHJKLMNPQRSTVWXZ0123456789";
        QString code;
        for (int i = 0; i < 8; ++i) {
            if (i == 4)
                code += QLatin1Char('-');
            code += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof(alphabet) - 1))]);
        }
        g.userCode = code;
        grants.append(g);
        return reply(QJsonObject{{QStringLiteral("device_code"), g.deviceCode},
                                 {QStringLiteral("user_code"), g.userCode},
                                 {QStringLiteral("verification_uri"), baseUrl + QStringLiteral("/login/device")},
                                 {QStringLiteral("expires_in"), deviceExpiresIn},
                                 {QStringLiteral("interval"), g.interval}});
    }
    if (path == QLatin1String("/login/oauth/access_token")) {
        if (p.value(QStringLiteral("grant_type")) != QLatin1String("urn:ietf:params:oauth:grant-type:device_code"))
            return error(QStringLiteral("unsupported_grant_type"), QStringLiteral("The grant type is not supported."));
        DeviceGrant *g = nullptr;
        for (auto &x : grants)
            if (x.deviceCode == p.value(QStringLiteral("device_code")))
                g = &x;
        if (!g || g->state == DeviceGrant::Used || g->clientId != clientId)
            return error(QStringLiteral("incorrect_device_code"), QStringLiteral("The device_code provided is not valid."));
        const QDateTime t = now();
        if (t >= g->expiresAt)
            return error(QStringLiteral("expired_token"), QStringLiteral("The device_code has expired."));
        if (g->state == DeviceGrant::Denied)
            return error(QStringLiteral("access_denied"), QStringLiteral("The authorization request was denied."));
        // Polled sooner than the interval allows: slow_down, and the interval grows by 5 s.
        if (g->lastPoll.isValid() && g->lastPoll.msecsTo(t) < qint64(g->interval) * 1000) {
            g->lastPoll = t;
            g->interval += 5;
            QJsonObject o{{QStringLiteral("error"), QStringLiteral("slow_down")},
                          {QStringLiteral("error_description"), QStringLiteral("Too many requests have been made in the same timeframe.")},
                          {QStringLiteral("error_uri"), QStringLiteral("https://docs.github.com/developers/apps/authorizing-oauth-apps#error-codes-for-the-device-flow")},
                          {QStringLiteral("interval"), g->interval}};
            return reply(o);
        }
        g->lastPoll = t;
        if (g->state == DeviceGrant::Pending)
            return error(QStringLiteral("authorization_pending"), QStringLiteral("The authorization request is still pending."));
        g->state = DeviceGrant::Used;
        return reply(QJsonObject{{QStringLiteral("access_token"), QString::fromLatin1(g->token)},
                                 {QStringLiteral("token_type"), QStringLiteral("bearer")},
                                 {QStringLiteral("scope"), g->scopes.join(QLatin1Char(','))}});
    }
    r.status = 404;
    r.body = "Not Found";
    return r;
}

// ---------------------------------------------------------------------------
// The HTTP front, on its own thread

class FakeGitHubServer : public QAbstractHttpServer
{
public:
    explicit FakeGitHubServer(std::shared_ptr<FakeGitHubState> state) : m_state(std::move(state)) {}

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        HttpRequest req;
        req.method = methodName(request.method());
        req.path = request.url().path();
        req.query = request.url().query(QUrl::FullyEncoded);
        req.headers = request.headers();
        req.body = request.body();
        const bool close = req.header("Connection").compare("close", Qt::CaseInsensitive) == 0;

        HttpResponse resp;
        {
            QMutexLocker lock(&m_state->mutex);
            resp = m_state->handle(req);
        }
        const QByteArray raw = serialize(resp);
        // Answer later without blocking this thread: other connections keep
        // being served, and a client that gave up finds its socket gone.
        QPointer<QTcpSocket> sock(socket);
        auto send = [this, sock, raw, close] {
            if (sock && sock->state() == QAbstractSocket::ConnectedState) {
                sock->write(raw);
                if (close)
                    sock->disconnectFromHost();
            }
            QMutexLocker lock(&m_state->mutex);
            m_state->finished();
        };
        if (resp.delayMs > 0)
            QTimer::singleShot(resp.delayMs, this, send);
        else
            send();
        return true;
    }

    void missingHandler(const QHttpServerRequest &, QTcpSocket *socket) override
    {
        socket->write("HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n\r\n");
    }

private:
    static QByteArray methodName(QHttpServerRequest::Method m)
    {
        switch (m) {
        case QHttpServerRequest::Method::Get: return "GET";
        case QHttpServerRequest::Method::Put: return "PUT";
        case QHttpServerRequest::Method::Delete: return "DELETE";
        case QHttpServerRequest::Method::Post: return "POST";
        case QHttpServerRequest::Method::Head: return "HEAD";
        case QHttpServerRequest::Method::Options: return "OPTIONS";
        case QHttpServerRequest::Method::Patch: return "PATCH";
        default: return "OTHER";
        }
    }

    static QByteArray reason(int status)
    {
        switch (status) {
        case 200: return "OK";
        case 201: return "Created";
        case 204: return "No Content";
        case 304: return "Not Modified";
        case 400: return "Bad Request";
        case 401: return "Unauthorized";
        case 403: return "Forbidden";
        case 404: return "Not Found";
        case 409: return "Conflict";
        case 422: return "Unprocessable Entity";
        case 429: return "Too Many Requests";
        case 500: return "Internal Server Error";
        case 502: return "Bad Gateway";
        case 503: return "Service Unavailable";
        case 504: return "Gateway Timeout";
        default: return "Status";
        }
    }

    // Written by hand rather than through QHttpServerResponder so that a
    // response can be sent after a delay (the responder refers to the
    // request, which does not outlive this call) and so that headers such
    // as Link and ETag come out exactly as given.
    static QByteArray serialize(const HttpResponse &r)
    {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reason(r.status) + "\r\n";
        for (const auto &[k, v] : r.headers)
            out += k + ": " + v + "\r\n";
        if (r.status != 304 && r.status != 204)
            out += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
        out += "\r\n";
        if (r.status != 304 && r.status != 204)
            out += r.body;
        return out;
    }

    std::shared_ptr<FakeGitHubState> m_state;
};

// ---------------------------------------------------------------------------
// FakeGitHub

FakeGitHub::FakeGitHub(QObject *parent) : QObject(parent), m_state(std::make_shared<FakeGitHubState>())
{
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("FakeGitHub"));
    m_server = new FakeGitHubServer(m_state);
    m_server->moveToThread(m_thread);
    m_thread->start();
}

FakeGitHub::~FakeGitHub()
{
    FakeGitHubServer *server = m_server;
    QMetaObject::invokeMethod(server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

bool FakeGitHub::listen()
{
    return startListening(nullptr, nullptr);
}

bool FakeGitHub::listenTls(const QSslCertificate &certificate, const QSslKey &key)
{
    return startListening(&certificate, &key);
}

bool FakeGitHub::startListening(const QSslCertificate *certificate, const QSslKey *key)
{
    quint16 port = 0;
    FakeGitHubServer *server = m_server;
    QMetaObject::invokeMethod(
        server,
        [&] {
            if (certificate)
                server->sslSetup(*certificate, *key);
            port = server->listen(QHostAddress::LocalHost, 0);
        },
        Qt::BlockingQueuedConnection);
    m_port = port;
    m_tls = certificate != nullptr;
    QMutexLocker lock(&m_state->mutex);
    m_state->baseUrl = QStringLiteral("%1://127.0.0.1:%2").arg(m_tls ? QStringLiteral("https") : QStringLiteral("http")).arg(port);
    return port != 0;
}

quint16 FakeGitHub::port() const
{
    return m_port;
}

QUrl FakeGitHub::webUrl() const
{
    QMutexLocker lock(&m_state->mutex);
    return QUrl(m_state->baseUrl);
}

QUrl FakeGitHub::apiUrl() const
{
    return QUrl(webUrl().toString() + QStringLiteral("/api/v3"));
}

QUrl FakeGitHub::graphqlUrl() const
{
    return QUrl(webUrl().toString() + QStringLiteral("/api/graphql"));
}

void FakeGitHub::addOrg(const QString &login)
{
    QMutexLocker lock(&m_state->mutex);
    if (m_state->org(login))
        return;
    OrgState o;
    o.login = login;
    o.id = ++m_state->nextId;
    m_state->orgs.append(o);
}

void FakeGitHub::addMember(const QString &org, const QString &login, const QString &description)
{
    addOrg(org);
    QMutexLocker lock(&m_state->mutex);
    OrgState *o = m_state->org(org);
    if (!o->members.contains(login))
        o->members.append(login);
    if (!description.isEmpty())
        o->description = description;
}

bool FakeGitHub::hasOrg(const QString &login) const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->org(login) != nullptr;
}

QString FakeGitHub::addRepo(const QString &orgLogin, const FakeRepo &repo)
{
    addOrg(orgLogin);
    QMutexLocker lock(&m_state->mutex);
    OrgState *o = m_state->org(orgLogin);
    if (RepoState *existing = o->repo(repo.name)) {
        existing->meta = FakeRepo{repo.name, repo.archived, repo.visibility.toUpper(), repo.topics, repo.defaultBranch,
                                  repo.description, repo.fork, existing->meta.files};
        return m_state->makeCommit(*existing, repo.files, QStringLiteral("Replace"));
    }
    RepoState r;
    r.meta = repo;
    r.meta.visibility = repo.visibility.toUpper();
    r.meta.files.clear();
    r.id = ++m_state->nextId;
    r.createdAt = m_state->now();
    const QString oid = m_state->makeCommit(r, repo.files, QStringLiteral("Initial commit"));
    o->repos.append(r);
    return oid;
}

void FakeGitHub::removeRepo(const QString &orgLogin, const QString &repo)
{
    QMutexLocker lock(&m_state->mutex);
    if (OrgState *o = m_state->org(orgLogin))
        o->repos.removeIf([&](const RepoState &r) { return r.meta.name.compare(repo, Qt::CaseInsensitive) == 0; });
}

QString FakeGitHub::commit(const QString &orgLogin, const QString &repo, const QMap<QString, QByteArray> &changes)
{
    QMutexLocker lock(&m_state->mutex);
    OrgState *o = m_state->org(orgLogin);
    RepoState *r = o ? o->repo(repo) : nullptr;
    if (!r)
        return {};
    return m_state->makeCommit(*r, changes, QStringLiteral("Update"));
}

QString FakeGitHub::setFile(const QString &orgLogin, const QString &repo, const QString &path, const QByteArray &content)
{
    return commit(orgLogin, repo, {{path, content.isNull() ? QByteArray("") : content}});
}

QString FakeGitHub::removeFile(const QString &orgLogin, const QString &repo, const QString &path)
{
    return commit(orgLogin, repo, {{path, QByteArray()}});
}

QString FakeGitHub::headOid(const QString &orgLogin, const QString &repo) const
{
    QMutexLocker lock(&m_state->mutex);
    const OrgState *o = m_state->org(orgLogin);
    const RepoState *r = o ? o->repo(repo) : nullptr;
    return r ? r->headOid : QString();
}

QByteArray FakeGitHub::file(const QString &orgLogin, const QString &repo, const QString &path) const
{
    QMutexLocker lock(&m_state->mutex);
    const OrgState *o = m_state->org(orgLogin);
    const RepoState *r = o ? o->repo(repo) : nullptr;
    return r ? r->meta.files.value(path) : QByteArray();
}

void FakeGitHub::setArchived(const QString &orgLogin, const QString &repo, bool archived)
{
    QMutexLocker lock(&m_state->mutex);
    OrgState *o = m_state->org(orgLogin);
    if (RepoState *r = o ? o->repo(repo) : nullptr)
        r->meta.archived = archived;
}

void FakeGitHub::setTopics(const QString &orgLogin, const QString &repo, const QStringList &topics)
{
    QMutexLocker lock(&m_state->mutex);
    OrgState *o = m_state->org(orgLogin);
    if (RepoState *r = o ? o->repo(repo) : nullptr)
        r->meta.topics = topics;
}

void FakeGitHub::setVisibility(const QString &orgLogin, const QString &repo, const QString &visibility)
{
    QMutexLocker lock(&m_state->mutex);
    OrgState *o = m_state->org(orgLogin);
    if (RepoState *r = o ? o->repo(repo) : nullptr)
        r->meta.visibility = visibility.toUpper();
}

void FakeGitHub::addToken(const QByteArray &token, const QStringList &scopes, const QString &login)
{
    QMutexLocker lock(&m_state->mutex);
    TokenInfo info;
    info.scopes = scopes;
    info.login = login;
    info.userId = ++m_state->nextId;
    m_state->tokens.insert(token, info);
}

void FakeGitHub::revokeToken(const QByteArray &token)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->tokens.remove(token);
}

void FakeGitHub::setRequireToken(bool require)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->requireToken = require;
}

void FakeGitHub::setSsoRequired(const QString &orgLogin, bool required)
{
    addOrg(orgLogin);
    QMutexLocker lock(&m_state->mutex);
    m_state->org(orgLogin)->sso = required;
}

void FakeGitHub::authorizeSso(const QByteArray &token, const QString &orgLogin)
{
    QMutexLocker lock(&m_state->mutex);
    auto it = m_state->tokens.find(token);
    if (it != m_state->tokens.end())
        it->ssoOrgs.insert(orgLogin.toLower());
}

void FakeGitHub::setForbidIntegration(bool forbid, const QString &orgLogin)
{
    QMutexLocker lock(&m_state->mutex);
    if (orgLogin.isEmpty()) {
        m_state->forbidAll = forbid;
        if (!forbid)
            m_state->forbidOrgs.clear();
    } else if (forbid) {
        m_state->forbidOrgs.insert(orgLogin.toLower());
    } else {
        m_state->forbidOrgs.remove(orgLogin.toLower());
    }
}

void FakeGitHub::setRateLimit(const QString &resource, int limit, int remaining, const QDateTime &reset)
{
    QMutexLocker lock(&m_state->mutex);
    Budget &b = m_state->budgets[resource];
    b.limit = limit;
    b.used = qMax(0, limit - remaining);
    const QDateTime r = reset.isValid() ? reset : m_state->now().addSecs(3600);
    b.reset = QDateTime::fromSecsSinceEpoch(r.toSecsSinceEpoch(), Qt::UTC);
}

FakeGitHub::Budget FakeGitHub::rateLimit(const QString &resource) const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->budget(resource);
}

void FakeGitHub::setRateLimitStatus(int status)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->rateLimitStatus = status;
}

void FakeGitHub::triggerSecondaryLimit(int count, int retryAfterSeconds, int status)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->secondaryCount = count;
    m_state->secondaryRetryAfter = retryAfterSeconds;
    m_state->secondaryStatus = status;
}

void FakeGitHub::setMaxConcurrentRequests(int n)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->maxConcurrent = n;
}

int FakeGitHub::maxConcurrentSeen() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->maxInFlightSeen;
}

void FakeGitHub::failNext(int count, int status, const QByteArray &body, const QString &match)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->faults.append({count, status, body, match});
}

void FakeGitHub::delayNext(int ms, int count, const QString &match)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->delays.append({count, ms, match});
}

void FakeGitHub::setGraphQLTimeoutAboveNodes(qint64 nodes)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->graphqlTimeoutNodes = nodes;
}

QDateTime FakeGitHub::now() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->now();
}

void FakeGitHub::advanceClock(qint64 ms)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->clockOffsetMs += ms;
}

QList<FakeRequest> FakeGitHub::requests() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->log;
}

void FakeGitHub::clearRequests()
{
    QMutexLocker lock(&m_state->mutex);
    m_state->log.clear();
}

int FakeGitHub::requestCount(const QString &kind) const
{
    QMutexLocker lock(&m_state->mutex);
    if (kind.isEmpty())
        return int(m_state->log.size());
    return int(std::count_if(m_state->log.cbegin(), m_state->log.cend(), [&](const FakeRequest &r) { return r.kind == kind; }));
}

int FakeGitHub::notModifiedCount() const
{
    QMutexLocker lock(&m_state->mutex);
    return int(std::count_if(m_state->log.cbegin(), m_state->log.cend(), [](const FakeRequest &r) { return r.status == 304; }));
}

void FakeGitHub::setDeviceFlow(const QString &clientId, int intervalSeconds, int expiresInSeconds)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->deviceClientId = clientId;
    m_state->deviceInterval = intervalSeconds;
    m_state->deviceExpiresIn = expiresInSeconds;
}

QString FakeGitHub::lastUserCode() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->grants.isEmpty() ? QString() : m_state->grants.last().userCode;
}

QByteArray FakeGitHub::approveDevice(const QString &userCode)
{
    QMutexLocker lock(&m_state->mutex);
    for (auto &g : m_state->grants) {
        if (g.userCode == userCode && g.state == DeviceGrant::Pending) {
            g.state = DeviceGrant::Approved;
            g.token = "gho_" + QCryptographicHash::hash(g.deviceCode.toLatin1(), QCryptographicHash::Sha1).toHex().left(36);
            TokenInfo info;
            info.scopes = g.scopes;
            info.login = QStringLiteral("octocat");
            info.userId = ++m_state->nextId;
            m_state->tokens.insert(g.token, info);
            return g.token;
        }
    }
    return {};
}

void FakeGitHub::denyDevice(const QString &userCode)
{
    QMutexLocker lock(&m_state->mutex);
    for (auto &g : m_state->grants)
        if (g.userCode == userCode)
            g.state = DeviceGrant::Denied;
}

void FakeGitHub::expireDevice(const QString &userCode)
{
    QMutexLocker lock(&m_state->mutex);
    for (auto &g : m_state->grants)
        if (g.userCode == userCode)
            g.expiresAt = m_state->now().addSecs(-1);
}

} // namespace atrium::fake
