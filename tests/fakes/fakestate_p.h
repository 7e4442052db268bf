// SPDX-License-Identifier: Apache-2.0
#pragma once

// The fake's model and request handling, shared by the HTTP front
// (fakegithub.cpp) and the GraphQL executor (fakegraphqlexec.cpp). Everything
// here runs with FakeGitHubState::mutex held.

#include "fakegithub.h"
#include "fakeinsights.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QPair>
#include <QSet>
#include <QString>

namespace atrium::fake {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

struct CommitState {
    QString oid;
    QString parent;
    QDateTime time;
    QString message;
    QMap<QString, QByteArray> files;
};

struct RepoState {
    FakeRepo meta;   ///< meta.files mirrors the head commit
    int id = 0;
    QString headOid;
    QHash<QString, CommitState> commits;
    QDateTime createdAt;
    QDateTime pushedAt;
    QDateTime updatedAt;

    const CommitState *resolveRev(const QString &rev) const;
};

struct OrgState {
    QString login;
    int id = 0;
    bool sso = false;
    QString description;
    QStringList members;    ///< logins listed by GET /user/orgs
    QList<RepoState> repos; ///< creation order
    RepoState *repo(const QString &name);
    const RepoState *repo(const QString &name) const;
};

struct TokenInfo {
    QStringList scopes;
    QString login;
    int userId = 0;
    QSet<QString> ssoOrgs; ///< organisations the token is SSO-authorised for
};

struct DeviceGrant {
    enum State { Pending, Approved, Denied, Used };
    QString deviceCode;
    QString userCode;
    QString clientId;
    QStringList scopes;
    int interval = 5;
    QDateTime expiresAt;
    QDateTime lastPoll;
    State state = Pending;
    QByteArray token;
};

struct HttpRequest {
    QByteArray method;
    QString path;
    QString query;
    HeaderList headers;
    QByteArray body;
    QByteArray header(const QByteArray &name) const;
};

struct HttpResponse {
    int status = 200;
    HeaderList headers;
    QByteArray body;
    int delayMs = 0;
    bool closeConnection = false;
    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;
};

/** Who is calling, as far as the fake's access rules go. */
struct Caller {
    bool anonymous = true;
    QByteArray token;
    TokenInfo info;
    bool hasScope(const QString &scope) const;
};

struct FakeGitHubState {
    mutable QMutex mutex;

    QString baseUrl; ///< scheme://127.0.0.1:port, set when listening

    QList<OrgState> orgs;
    QHash<QByteArray, TokenInfo> tokens;
    bool requireToken = true;
    bool forbidAll = false;
    QSet<QString> forbidOrgs;

    QHash<QString, FakeGitHub::Budget> budgets;
    int rateLimitStatus = 403;
    int secondaryCount = 0;
    int secondaryRetryAfter = 60;
    int secondaryStatus = 403;
    int maxConcurrent = 0;
    qint64 graphqlTimeoutNodes = 0;
    int inFlight = 0;
    int maxInFlightSeen = 0;

    struct Fault {
        int count = 0;
        int status = 500;
        QByteArray body;
        QString match;
    };
    struct Delay {
        int count = 0;
        int ms = 0;
        QString match;
    };
    QList<Fault> faults;
    QList<Delay> delays;

    qint64 clockOffsetMs = 0;
    QList<FakeRequest> log;

    QString deviceClientId;
    int deviceInterval = 5;
    int deviceExpiresIn = 900;
    QList<DeviceGrant> grants;

    int nextId = 1000;
    int commitCounter = 0;
    QHash<QString, FakeRepoInsights> insights; ///< by lower-case `org/repo` (fakeinsights.cpp)

    QDateTime now() const;
    OrgState *org(const QString &login);
    const OrgState *org(const QString &login) const;
    const OrgState *orgById(int id) const;
    FakeGitHub::Budget &budget(const QString &resource); ///< refilled when its reset has passed
    QString makeCommit(RepoState &repo, const QMap<QString, QByteArray> &changes, const QString &message);

    bool canSee(const Caller &c, const RepoState &repo) const;
    bool integrationForbidden(const QString &org) const;
    bool ssoBlocked(const Caller &c, const OrgState &org) const;
    QByteArray ssoUrl(const OrgState &org) const;

    /** The whole answer to one request; logs it. */
    HttpResponse handle(const HttpRequest &req);
    /** A delayed or written response has left; for the concurrency count. */
    void finished();

    // REST
    HttpResponse handleRest(const HttpRequest &req, const QString &path, const Caller &c);
    QJsonObject repoJson(const OrgState &org, const RepoState &repo) const;
    /** Deployments, issues, pulls, commits, releases and workflow runs of a
     *  repository (fakeinsights.cpp); false when @p parts is none of them. */
    bool handleInsightsRest(const HttpRequest &req, const QStringList &parts, const OrgState &org, const RepoState &repo,
                            HttpResponse &r);
    // GraphQL (fakegraphqlexec.cpp)
    HttpResponse handleGraphQL(const HttpRequest &req, const Caller &c, FakeRequest &entry);
    // OAuth device flow
    HttpResponse handleOAuth(const HttpRequest &req, const QString &path);

    void addRateHeaders(HttpResponse &r, const QString &resource);
};

QByteArray jsonBody(const QJsonObject &o);
QJsonObject messageJson(const QString &message, const QString &docs = QStringLiteral("https://docs.github.com/rest"));

} // namespace atrium::fake
