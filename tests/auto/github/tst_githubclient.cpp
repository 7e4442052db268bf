// SPDX-License-Identifier: Apache-2.0
// GitHubClient against the fake GitHub: pagination, ETags, rate limits
// (primary and secondary), retries, timeouts, typed errors, TLS with a
// custom CA bundle, cancellation, and the token never leaking.

#include "fakegithub.h"
#include "githubclient.h"
#include "githubtestsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTest>
#include <QThread>
#include <QUrlQuery>

using namespace atrium;
using namespace atrium::fake;
using namespace atrium::testing;

class TestGitHubClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeGitHub> fake;
    QList<int> sleeps;

    static GitHubClient::Options fastOptions()
    {
        GitHubClient::Options o;
        o.timeoutMs = 5000;
        return o;
    }

    /** A client on the fake's clock whose sleeps are recorded and cost nothing. */
    std::unique_ptr<GitHubClient> client(const QByteArray &token = kToken, const GitHubClient::Options &options = fastOptions())
    {
        auto c = std::make_unique<GitHubClient>(GitHubEndpoint::forHost({}, fake->apiUrl()), token, options);
        FakeGitHub *f = fake.get();
        c->setSleeper([this, f](int ms) {
            sleeps << ms;
            f->advanceClock(ms);
        });
        c->setClock([f] { return f->now(); });
        c->setRandom([] { return 0.5; });
        return c;
    }

    QList<int> statuses() const
    {
        QList<int> s;
        for (const FakeRequest &r : fake->requests())
            s << r.status;
        return s;
    }

private Q_SLOTS:
    void init()
    {
        fake = std::make_unique<FakeGitHub>();
        QVERIFY(fake->listen());
        fillAcme(*fake);
        sleeps.clear();
    }
    void cleanup() { fake.reset(); }

    void endpointForHost()
    {
        GitHubEndpoint e = GitHubEndpoint::forHost(QStringLiteral("github.com"));
        QVERIFY(e.isGitHubCom());
        QCOMPARE(e.apiBaseUrl, QUrl(QStringLiteral("https://api.github.com")));
        QCOMPARE(e.graphqlUrl, QUrl(QStringLiteral("https://api.github.com/graphql")));
        QCOMPARE(e.webBaseUrl, QUrl(QStringLiteral("https://github.com")));
        QCOMPARE(GitHubEndpoint::forHost({}).apiBaseUrl, QUrl(QStringLiteral("https://api.github.com")));

        e = GitHubEndpoint::forHost(QStringLiteral("GHE.Example.com"));
        QVERIFY(!e.isGitHubCom());
        QCOMPARE(e.host, QStringLiteral("ghe.example.com"));
        QCOMPARE(e.apiBaseUrl, QUrl(QStringLiteral("https://ghe.example.com/api/v3")));
        QCOMPARE(e.graphqlUrl, QUrl(QStringLiteral("https://ghe.example.com/api/graphql")));
        QCOMPARE(e.webBaseUrl, QUrl(QStringLiteral("https://ghe.example.com")));

        e = GitHubEndpoint::forHost({}, QUrl(QStringLiteral("http://127.0.0.1:8080/api/v3/")));
        QCOMPARE(e.host, QStringLiteral("127.0.0.1"));
        QCOMPARE(e.apiBaseUrl, QUrl(QStringLiteral("http://127.0.0.1:8080/api/v3")));
        QCOMPARE(e.graphqlUrl, QUrl(QStringLiteral("http://127.0.0.1:8080/api/graphql")));
        QCOMPARE(e.webBaseUrl, QUrl(QStringLiteral("http://127.0.0.1:8080")));

        e = GitHubEndpoint::forHost({}, QUrl(QStringLiteral("https://api.github.com")));
        QVERIFY(e.isGitHubCom());
        QCOMPARE(e.graphqlUrl, QUrl(QStringLiteral("https://api.github.com/graphql")));
    }

    void resolveAndLinks()
    {
        auto c = client();
        QCOMPARE(c->resolve(QStringLiteral("orgs/acme/repos?per_page=5")).toString(), fake->apiUrl().toString() + QStringLiteral("/orgs/acme/repos?per_page=5"));
        QCOMPARE(c->resolve(QStringLiteral("/user")).toString(), fake->apiUrl().toString() + QStringLiteral("/user"));
        QCOMPARE(c->resolve(QStringLiteral("https://elsewhere.test/x")).toString(), QStringLiteral("https://elsewhere.test/x"));

        GitHubResponse r;
        r.headers = {{"link", R"(<https://api.github.com/organizations/1/repos?page=2>; rel="next", <https://api.github.com/organizations/1/repos?page=9>; rel="last")"}};
        QCOMPARE(r.nextPageUrl(), QUrl(QStringLiteral("https://api.github.com/organizations/1/repos?page=2")));
        QCOMPARE(r.links().value(QStringLiteral("last")), QUrl(QStringLiteral("https://api.github.com/organizations/1/repos?page=9")));
    }

    void sendsBearerTokenAndHeaders()
    {
        auto c = client();
        QVERIFY(c->get(QStringLiteral("orgs/acme")).ok());
        FakeRequest rest = fake->requests().last();
        QCOMPARE(rest.authorization, "Bearer " + kToken);
        QVERIFY(rest.userAgent.startsWith("Atrium/"));
        QCOMPARE(rest.accept, QByteArray("application/vnd.github+json"));
        QVERIFY(c->graphql(QStringLiteral("{ viewer { login } }")).ok());
        FakeRequest gql = fake->requests().last();
        QCOMPARE(gql.kind, QStringLiteral("graphql"));
        QCOMPARE(gql.authorization, "Bearer " + kToken);
        QCOMPARE(c->stats().restRequests, 1);
        QCOMPARE(c->stats().graphqlRequests, 1);
    }

    void tokenOnlyGoesToItsOwnHost()
    {
        FakeGitHub other;
        QVERIFY(other.listen());
        other.setRequireToken(false);
        other.addOrg(QStringLiteral("acme"));
        auto c = client();
        const GitHubResponse r = c->get(other.apiUrl().toString() + QStringLiteral("/orgs/acme"));
        QVERIFY2(r.ok(), qPrintable(r.error.detail));
        QCOMPARE(other.requests().size(), 1);
        QVERIFY(other.requests().first().authorization.isEmpty());
    }

    void paginationFollowsLinkHeaders()
    {
        for (int i = 0; i < 230; ++i) {
            FakeRepo r;
            r.name = QStringLiteral("svc-%1").arg(i, 3, 10, QLatin1Char('0'));
            fake->addRepo(QStringLiteral("big"), r);
        }
        auto c = client();
        const GitHubResponse r = c->getAllPages(QStringLiteral("orgs/big/repos?per_page=100"));
        QVERIFY2(r.ok(), qPrintable(r.error.detail));
        QCOMPARE(r.json.array().size(), 230);
        QCOMPARE(r.json.array().last().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("svc-229"));
        QCOMPARE(r.attempts, 3);
        QCOMPARE(c->stats().restRequests, 3);
        // The next pages come from the Link header, which names the organisation by id.
        QVERIFY(fake->requests()[1].path.startsWith(QStringLiteral("/api/v3/organizations/")));
    }

    void conditionalGetIsFree()
    {
        auto c = client();
        const QString path = QStringLiteral("repos/acme/payments/contents/catalog-info.yaml?ref=main");
        const GitHubResponse first = c->get(path);
        QVERIFY(first.ok());
        QVERIFY(!first.etag.isEmpty());
        QCOMPARE(QByteArray::fromBase64(first.json.object().value(QStringLiteral("content")).toString().toLatin1()), catalogInfo(QStringLiteral("payments")));
        const int remaining = c->rateLimit(QStringLiteral("core")).remaining;
        const int used = fake->rateLimit(QStringLiteral("core")).used;

        const GitHubResponse second = c->get(path, first.etag);
        QVERIFY(second.ok());
        QVERIFY(second.notModified);
        QCOMPARE(second.status, 304);
        QVERIFY(second.body.isEmpty());
        QCOMPARE(c->stats().notModified, 1);
        QCOMPARE(c->rateLimit(QStringLiteral("core")).remaining, remaining);
        QCOMPARE(fake->rateLimit(QStringLiteral("core")).used, used);
        QCOMPARE(fake->requests().last().ifNoneMatch, first.etag);

        fake->setFile(QStringLiteral("acme"), QStringLiteral("payments"), QStringLiteral("catalog-info.yaml"), "v2\n");
        const GitHubResponse third = c->get(path, first.etag);
        QVERIFY(!third.notModified);
        QCOMPARE(third.status, 200);
        QVERIFY(third.etag != first.etag);
    }

    void tracksRateLimitsPerResource()
    {
        auto c = client();
        QSignalSpy spy(c.get(), &GitHubClient::rateLimitUpdated);
        QVERIFY(c->get(QStringLiteral("orgs/acme")).ok());
        QVERIFY(c->graphql(QStringLiteral("{ viewer { login } }")).ok());
        const GitHubRateLimit core = c->rateLimit(QStringLiteral("core"));
        QCOMPARE(core.resource, QStringLiteral("core"));
        QCOMPARE(core.limit, 5000);
        QCOMPARE(core.remaining, 4999);
        QCOMPARE(core.used, 1);
        QCOMPARE(core.reset, fake->rateLimit(QStringLiteral("core")).reset);
        QCOMPARE(c->rateLimit(QStringLiteral("graphql")).remaining, 4999);
        QCOMPARE(c->rateLimits().size(), 2);
        QCOMPARE(spy.count(), 2);
    }

    void primaryLimitWaitsUntilReset()
    {
        const QDateTime reset = fake->now().addSecs(30);
        fake->setRateLimit(QStringLiteral("core"), 5000, 0, reset);
        auto c = client();
        QSignalSpy waiting(c.get(), &GitHubClient::waiting);
        const GitHubResponse r = c->get(QStringLiteral("orgs/acme"));
        QVERIFY2(r.ok(), qPrintable(r.error.detail));
        QCOMPARE(sleeps.size(), 1);
        QVERIFY2(sleeps[0] > 29000 && sleeps[0] <= 31000, qPrintable(QString::number(sleeps[0])));
        QCOMPARE(waiting.count(), 1);
        QCOMPARE(waiting[0][1].toDateTime(), QDateTime::fromSecsSinceEpoch(reset.toSecsSinceEpoch(), Qt::UTC));
        QVERIFY(waiting[0][0].toString().contains(QStringLiteral("rate limit")));
        QCOMPARE(statuses(), (QList<int>{403, 200}));
        QCOMPARE(c->stats().rateLimitWaits, 1);
        QCOMPARE(r.attempts, 2);
    }

    void primaryLimitKnownInAdvanceCostsNoRequest()
    {
        fake->setRateLimit(QStringLiteral("core"), 5000, 1, fake->now().addSecs(60));
        auto c = client();
        QVERIFY(c->get(QStringLiteral("orgs/acme")).ok());
        QCOMPARE(c->rateLimit(QStringLiteral("core")).remaining, 0);
        QVERIFY(c->get(QStringLiteral("orgs/acme")).ok());
        // The client waited before asking: no refused request in between.
        QCOMPARE(statuses(), (QList<int>{200, 200}));
        QCOMPARE(sleeps.size(), 1);
        QVERIFY(sleeps[0] > 59000 && sleeps[0] <= 61000);
    }

    void primaryLimitReportedWhenNotWaiting()
    {
        const QDateTime reset = fake->now().addSecs(600);
        fake->setRateLimit(QStringLiteral("core"), 5000, 0, reset);
        GitHubClient::Options o = fastOptions();
        o.waitForRateLimit = false;
        auto c = client(kToken, o);
        const GitHubResponse r = c->get(QStringLiteral("orgs/acme"));
        QCOMPARE(r.error.kind, GitHubError::RateLimited);
        QCOMPARE(r.error.retryAt, QDateTime::fromSecsSinceEpoch(reset.toSecsSinceEpoch(), Qt::UTC));
        QVERIFY(r.error.message.contains(QStringLiteral("rate limit")));
        QVERIFY(sleeps.isEmpty());
    }

    void graphqlRateLimitedWaits()
    {
        fake->setRateLimit(QStringLiteral("graphql"), 5000, 0, fake->now().addSecs(45));
        auto c = client();
        const GitHubResponse r = c->graphql(QStringLiteral("{ viewer { login } }"));
        QVERIFY2(r.ok(), qPrintable(r.error.detail));
        QCOMPARE(r.data().value(QStringLiteral("viewer")).toObject().value(QStringLiteral("login")).toString(), QStringLiteral("octocat"));
        QCOMPARE(sleeps.size(), 1);
        QVERIFY(sleeps[0] > 44000 && sleeps[0] <= 46000);
        QCOMPARE(c->stats().graphqlRequests, 2);
    }

    void secondaryLimitWaitsRetryAfter()
    {
        fake->triggerSecondaryLimit(1, 7);
        auto c = client();
        QSignalSpy waiting(c.get(), &GitHubClient::waiting);
        const GitHubResponse r = c->get(QStringLiteral("orgs/acme"));
        QVERIFY(r.ok());
        QCOMPARE(sleeps, QList<int>{7000});
        QCOMPARE(c->stats().secondaryWaits, 1);
        QCOMPARE(waiting.count(), 1);
        QVERIFY(waiting[0][0].toString().contains(QStringLiteral("secondary rate limit")));
    }

    void secondaryLimitWithoutRetryAfterWaitsAMinute()
    {
        fake->triggerSecondaryLimit(1, -1, 429);
        auto c = client();
        QVERIFY(c->graphql(QStringLiteral("{ viewer { login } }")).ok());
        QCOMPARE(sleeps, QList<int>{60000});
    }

    void secondaryLimitPersistsThenFails()
    {
        fake->triggerSecondaryLimit(10, -1);
        auto c = client();
        const GitHubResponse r = c->get(QStringLiteral("orgs/acme"));
        QCOMPARE(r.error.kind, GitHubError::SecondaryRateLimited);
        QCOMPARE(sleeps, (QList<int>{60000, 120000, 240000})); // longer each time
        QCOMPARE(fake->requestCount(), 4);
    }

    void serverErrorsRetriedWithBackoff()
    {
        fake->failNext(2, 502);
        auto c = client();
        const GitHubResponse r = c->get(QStringLiteral("orgs/acme"));
        QVERIFY2(r.ok(), qPrintable(r.error.detail));
        QCOMPARE(r.attempts, 3);
        QCOMPARE(c->stats().retries, 2);
        // base 1 s doubling, half fixed and half jitter (the test's random is 0.5).
        QCOMPARE(sleeps, (QList<int>{750, 1500}));
        QCOMPARE(c->stats().waitedMs, 2250);
    }

    void jitterStaysInRange()
    {
        fake->failNext(3, 503);
        auto c = client();
        c->setRandom([] { return 0.999; });
        QVERIFY(c->get(QStringLiteral("orgs/acme")).ok());
        QCOMPARE(sleeps.size(), 3);
        QVERIFY(sleeps[0] >= 500 && sleeps[0] < 1000);
        QVERIFY(sleeps[1] >= 1000 && sleeps[1] < 2000);
        QVERIFY(sleeps[2] >= 2000 && sleeps[2] < 4000);
    }

    void serverErrorsExhaustAttempts()
    {
        fake->failNext(10, 500);
        GitHubClient::Options o = fastOptions();
        o.maxAttempts = 3;
        auto c = client(kToken, o);
        const GitHubResponse r = c->get(QStringLiteral("repos/acme/payments"));
        QCOMPARE(r.error.kind, GitHubError::Server);
        QCOMPARE(r.error.httpStatus, 500);
        QCOMPARE(r.attempts, 3);
        QCOMPARE(sleeps.size(), 2);
        QVERIFY2(r.error.message.contains(QStringLiteral("after 3 attempt")), qPrintable(r.error.message));
        QVERIFY(r.error.detail.contains(QStringLiteral("repos/acme/payments")));
        QCOMPARE(c->stats().failures, 1);
    }

    void writesAreNotRetried()
    {
        fake->failNext(1, 502);
        auto c = client();
        const GitHubResponse r = c->post(QStringLiteral("orgs/acme/repos"), QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}}));
        QCOMPARE(r.error.kind, GitHubError::Server);
        QCOMPARE(fake->requestCount(), 1);
        QVERIFY(!fake->hasOrg(QStringLiteral("x")));
    }

    void writes()
    {
        auto c = client();
        GitHubResponse r = c->post(QStringLiteral("orgs/acme/repos"), QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("newsvc")},
                                                                                          {QStringLiteral("visibility"), QStringLiteral("internal")}}));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.object().value(QStringLiteral("full_name")).toString(), QStringLiteral("acme/newsvc"));
        r = c->put(QStringLiteral("repos/acme/newsvc/contents/catalog-info.yaml"),
                   QJsonDocument(QJsonObject{{QStringLiteral("message"), QStringLiteral("Add catalog-info.yaml")},
                                             {QStringLiteral("content"), QString::fromLatin1(catalogInfo(QStringLiteral("newsvc")).toBase64())}}));
        QCOMPARE(r.status, 201);
        // Updating without the current sha: GitHub's 422 with its message.
        r = c->put(QStringLiteral("repos/acme/newsvc/contents/catalog-info.yaml"),
                   QJsonDocument(QJsonObject{{QStringLiteral("message"), QStringLiteral("again")}, {QStringLiteral("content"), QStringLiteral("eA==")}}));
        QCOMPARE(r.error.kind, GitHubError::BadResponse);
        QCOMPARE(r.error.httpStatus, 422);
        QVERIFY(r.error.message.contains(QStringLiteral("sha")));
        r = c->patch(QStringLiteral("repos/acme/newsvc"), QJsonDocument(QJsonObject{{QStringLiteral("archived"), true}}));
        QVERIFY(r.ok());
        QCOMPARE(r.json.object().value(QStringLiteral("archived")).toBool(), true);
    }

    void timeoutThenSuccess()
    {
        fake->delayNext(2000, 1);
        GitHubClient::Options o = fastOptions();
        o.timeoutMs = 250;
        auto c = client(kToken, o);
        QElapsedTimer t;
        t.start();
        const GitHubResponse r = c->get(QStringLiteral("orgs/acme"));
        QVERIFY2(r.ok(), qPrintable(r.error.detail));
        QVERIFY(t.elapsed() < 1800);
        QCOMPARE(c->stats().retries, 1);
        QCOMPARE(r.attempts, 2);
    }

    void timeoutExhausted()
    {
        fake->delayNext(2000, 5);
        GitHubClient::Options o = fastOptions();
        o.timeoutMs = 200;
        o.maxAttempts = 2;
        auto c = client(kToken, o);
        const GitHubResponse r = c->graphql(QStringLiteral("{ viewer { login } }"));
        QCOMPARE(r.error.kind, GitHubError::Timeout);
        QVERIFY2(r.error.message.contains(QStringLiteral("did not answer")), qPrintable(r.error.message));
        QCOMPARE(r.attempts, 2);
        QCOMPARE(sleeps.size(), 1);
    }

    void unauthorized()
    {
        auto c = client("ghp_NotAValidToken000000000000000000000");
        const GitHubResponse r = c->get(QStringLiteral("orgs/acme"));
        QCOMPARE(r.error.kind, GitHubError::Unauthorized);
        QCOMPARE(r.error.httpStatus, 401);
        QVERIFY(r.error.message.contains(QStringLiteral("expired")));
        QVERIFY(r.error.detail.contains(QStringLiteral("Bad credentials")));
        QCOMPARE(c->graphql(QStringLiteral("{ viewer { login } }")).error.kind, GitHubError::Unauthorized);
    }

    void permissionNamesScopes()
    {
        fake->setForbidIntegration(true);
        auto c = client();
        GitHubResponse r = c->get(QStringLiteral("repos/acme/payments/contents/catalog-info.yaml"));
        QCOMPARE(r.error.kind, GitHubError::Permission);
        QCOMPARE(r.error.httpStatus, 403);
        for (const char *scope : {"repo", "read:org", "workflow"})
            QVERIFY2(r.error.message.contains(QLatin1String(scope)), qPrintable(r.error.message));
        QVERIFY(r.error.neededScopes.contains(QStringLiteral("repo")));
        QCOMPARE(r.error.grantedScopes, (QStringList{QStringLiteral("repo"), QStringLiteral("read:org")}));
        r = c->graphql(QStringLiteral("{ organization(login: \"acme\") { login } }"));
        QCOMPARE(r.error.kind, GitHubError::Permission);
        QVERIFY(r.error.message.contains(QStringLiteral("read:org")));
    }

    void ssoRequired()
    {
        fake->setSsoRequired(QStringLiteral("acme"));
        auto c = client();
        GitHubResponse r = c->get(QStringLiteral("orgs/acme/repos"));
        QCOMPARE(r.error.kind, GitHubError::SsoRequired);
        QVERIFY(r.error.ssoUrl.startsWith(fake->webUrl().toString() + QStringLiteral("/orgs/acme/sso")));
        QVERIFY(r.error.message.contains(QStringLiteral("acme")));
        QVERIFY(r.error.message.contains(r.error.ssoUrl));
        r = c->graphql(QStringLiteral("{ organization(login: \"acme\") { login } }"));
        QCOMPARE(r.error.kind, GitHubError::SsoRequired);
        QCOMPARE(r.error.graphqlType, QStringLiteral("FORBIDDEN"));
        fake->authorizeSso(kToken, QStringLiteral("acme"));
        QVERIFY(c->get(QStringLiteral("orgs/acme/repos")).ok());
    }

    void notFound()
    {
        auto c = client();
        GitHubResponse r = c->get(QStringLiteral("repos/acme/ghost"));
        QCOMPARE(r.error.kind, GitHubError::NotFound);
        QVERIFY(r.error.message.contains(QStringLiteral("repos/acme/ghost")));
        QVERIFY(r.error.message.contains(QStringLiteral("repo scope")));
        r = c->graphql(QStringLiteral("query($org: String!) { organization(login: $org) { login } }"), {{QStringLiteral("org"), QStringLiteral("nope")}});
        QCOMPARE(r.error.kind, GitHubError::NotFound);
        QCOMPARE(r.error.graphqlType, QStringLiteral("NOT_FOUND"));
        QVERIFY(r.error.message.contains(QStringLiteral("nope")));
        QVERIFY(r.data().contains(QStringLiteral("organization")));
    }

    void graphqlErrorsSurfaced()
    {
        auto c = client();
        GitHubResponse r = c->graphql(QStringLiteral("{ viewer { foo } }"));
        QCOMPARE(r.error.kind, GitHubError::GraphQL);
        QCOMPARE(r.error.graphqlErrors.size(), 1);
        QVERIFY(r.error.message.contains(QStringLiteral("Field 'foo' doesn't exist on type 'User'")));
        r = c->graphql(QStringLiteral("{ organization(login: \"acme\") { repositories(first: 500) { totalCount } } }"));
        QCOMPARE(r.error.kind, GitHubError::GraphQL);
        QCOMPARE(r.error.graphqlType, QStringLiteral("EXCESSIVE_PAGINATION"));
    }

    void graphqlPartialBatchKeepsData()
    {
        auto c = client();
        const GitHubResponse r = c->graphql(QStringLiteral(
            "{ a: repository(owner: \"acme\", name: \"payments\") { name } b: repository(owner: \"acme\", name: \"ghost\") { name } }"));
        QCOMPARE(r.error.kind, GitHubError::NotFound);
        QCOMPARE(r.data().value(QStringLiteral("a")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("payments"));
        QVERIFY(r.data().value(QStringLiteral("b")).isNull());
    }

    void badResponse()
    {
        fake->failNext(1, 200, "<html>proxy login</html>");
        auto c = client();
        const GitHubResponse r = c->get(QStringLiteral("orgs/acme"));
        QCOMPARE(r.error.kind, GitHubError::BadResponse);
    }

    void networkError()
    {
        quint16 port = fake->port();
        fake.reset(); // nothing listens there now
        GitHubClient::Options o = fastOptions();
        o.maxAttempts = 2;
        GitHubClient c(GitHubEndpoint::forHost({}, QUrl(QStringLiteral("http://127.0.0.1:%1/api/v3").arg(port))), kToken, o);
        c.setSleeper([](int) {});
        const GitHubResponse r = c.get(QStringLiteral("orgs/acme"));
        QCOMPARE(r.error.kind, GitHubError::Network);
        QCOMPARE(r.attempts, 2);
        fake = std::make_unique<FakeGitHub>();
        QVERIFY(fake->listen());
    }

    void cancellation()
    {
        auto c = client();
        c->setCancelCheck([] { return true; });
        GitHubResponse r = c->get(QStringLiteral("orgs/acme"));
        QCOMPARE(r.error.kind, GitHubError::Cancelled);
        QCOMPARE(fake->requestCount(), 0);

        bool cancel = false;
        c->setCancelCheck([&cancel] { return cancel; });
        fake->delayNext(3000);
        QTimer::singleShot(150, [&cancel] { cancel = true; });
        QElapsedTimer t;
        t.start();
        r = c->get(QStringLiteral("orgs/acme"));
        QCOMPARE(r.error.kind, GitHubError::Cancelled);
        QVERIFY(t.elapsed() < 2000);
    }

    void worksFromAWorkerThread()
    {
        int status = 0;
        int remaining = 0;
        const QUrl api = fake->apiUrl();
        QThread *worker = QThread::create([&] {
            GitHubClient c(GitHubEndpoint::forHost({}, api), kToken);
            const GitHubResponse r = c.get(QStringLiteral("orgs/acme/repos"));
            status = r.status;
            remaining = c.rateLimit(QStringLiteral("core")).remaining;
        });
        worker->start();
        QVERIFY(worker->wait(10000));
        delete worker;
        QCOMPARE(status, 200);
        QCOMPARE(remaining, 4999);
    }

    void tokenNeverLeaks()
    {
        for (const QByteArray &token : {kToken, QByteArray("plain-secret-value-0042")}) {
            fake->addToken(token);
            QStringList texts;
            LogCapture capture;
            {
                GitHubClient::Options o = fastOptions();
                o.maxAttempts = 2;
                o.timeoutMs = 200;
                auto c = client(token, o);
                auto note = [&](const GitHubResponse &r) {
                    texts << r.error.message << r.error.detail << r.error.ssoUrl;
                };
                note(c->get(QStringLiteral("orgs/acme")));
                note(c->graphql(QStringLiteral("{ viewer { login } }")));
                // A server that echoes the credentials back, in a body and in a message.
                fake->failNext(2, 500, "{\"message\":\"upstream said: Authorization: Bearer " + token + "\"}");
                note(c->get(QStringLiteral("orgs/acme")));
                fake->failNext(1, 400, "{\"message\":\"token " + token + " is malformed\"}");
                note(c->get(QStringLiteral("orgs/acme")));
                fake->failNext(1, 200, "{\"errors\":[{\"message\":\"bad token " + token + "\"}]}");
                note(c->graphql(QStringLiteral("{ viewer { login } }")));
                fake->delayNext(1000, 2);
                note(c->get(QStringLiteral("orgs/acme")));
                fake->setSsoRequired(QStringLiteral("acme"));
                note(c->get(QStringLiteral("orgs/acme")));
                fake->setSsoRequired(QStringLiteral("acme"), false);
                note(c->get(QStringLiteral("repos/acme/ghost")));
                fake->revokeToken(token);
                note(c->get(QStringLiteral("orgs/acme")));
                QVERIFY(!c->redact(QString::fromLatin1("x " + token + " y")).contains(QString::fromLatin1(token)));
            }
            const QString log = capture.all();
            QVERIFY2(log.contains(QStringLiteral("atrium.github")), "the client logged nothing, so the test proves nothing");
            QVERIFY2(!log.contains(QString::fromLatin1(token)), qPrintable(log));
            for (const QString &t : std::as_const(texts))
                QVERIFY2(!t.contains(QString::fromLatin1(token)), qPrintable(t));
            QVERIFY(texts.join(QLatin1Char(' ')).contains(QStringLiteral("***"))); // the echoes were masked, not dropped
            // ...while the header itself carried it.
            QCOMPARE(fake->requests().first().authorization, "Bearer " + token);
            fake->clearRequests();
        }
    }

    void tlsNeedsTheCustomCaBundle()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
        const QString data = QStringLiteral(ATRIUM_GITHUB_TEST_DATA);
        QFile certFile(data + QStringLiteral("/server.pem"));
        QFile keyFile(data + QStringLiteral("/server.key"));
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        FakeGitHub tls;
        QVERIFY(tls.listenTls(QSslCertificate(certFile.readAll()), QSslKey(keyFile.readAll(), QSsl::Rsa)));
        fillAcme(tls);
        QCOMPARE(tls.apiUrl().scheme(), QStringLiteral("https"));

        GitHubClient::Options o = fastOptions();
        o.maxAttempts = 1;
        GitHubEndpoint endpoint = GitHubEndpoint::forHost({}, tls.apiUrl());
        {
            GitHubClient c(endpoint, kToken, o);
            const GitHubResponse r = c.get(QStringLiteral("orgs/acme"));
            QCOMPARE(r.error.kind, GitHubError::Tls);
            QVERIFY2(r.error.message.contains(QStringLiteral("CA bundle")), qPrintable(r.error.message));
            QVERIFY(!r.error.detail.isEmpty());
        }
        {
            endpoint.caBundlePath = data + QStringLiteral("/ca.pem");
            GitHubClient c(endpoint, kToken, o);
            const GitHubResponse r = c.get(QStringLiteral("orgs/acme"));
            QVERIFY2(r.ok(), qPrintable(r.error.detail));
            QCOMPARE(r.json.object().value(QStringLiteral("login")).toString(), QStringLiteral("acme"));
            QVERIFY(c.graphql(QStringLiteral("{ viewer { login } }")).ok());
        }
        {
            endpoint.caBundlePath = data + QStringLiteral("/missing.pem");
            GitHubClient c(endpoint, kToken, o);
            const GitHubResponse r = c.get(QStringLiteral("orgs/acme"));
            QCOMPARE(r.error.kind, GitHubError::Tls);
            QVERIFY(r.error.message.contains(QStringLiteral("missing.pem")));
            QCOMPARE(tls.requestCount(), 2);
        }
    }
};

QTEST_GUILESS_MAIN(TestGitHubClient)
#include "tst_githubclient.moc"
