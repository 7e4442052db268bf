// SPDX-License-Identifier: Apache-2.0
// The fake GitHub's own behaviour, checked with plain HTTP requests so that a
// client bug cannot hide a fake bug: REST pagination, ETags, rate limits,
// auth, faults, the GraphQL parser, GraphQL execution and its errors.

#include "fakegithub.h"
#include "fakegraphql.h"
#include "githubtestsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

using namespace atrium;
using namespace atrium::fake;
using namespace atrium::testing;

namespace {

const QString kDiscovery = QStringLiteral(R"gql(
query Discover($org: String!, $cursor: String, $pageSize: Int = 50) {
  rateLimit { limit cost remaining resetAt }
  organization(login: $org) {
    repositories(first: $pageSize, after: $cursor, orderBy: {field: NAME, direction: ASC}) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        name nameWithOwner isArchived isPrivate visibility url
        repositoryTopics(first: 20) { nodes { topic { name } } }
        defaultBranchRef { name target { __typename ... on Commit { oid } } }
        catalog: object(expression: "HEAD:catalog-info.yaml") {
          __typename
          ... on Blob { text byteSize isBinary oid }
        }
      }
    }
  }
}
)gql");

QJsonObject errorAt(const RawReply &r, int i = 0)
{
    return r.json.object().value(QStringLiteral("errors")).toArray().at(i).toObject();
}

} // namespace

class TestFakeGitHub : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeGitHub> fake;
    QUrl api(const QString &path) const { return QUrl(fake->apiUrl().toString() + path); }

private Q_SLOTS:
    void init()
    {
        fake = std::make_unique<FakeGitHub>();
        QVERIFY(fake->listen());
        fillAcme(*fake);
    }
    void cleanup() { fake.reset(); }

    void urls()
    {
        QCOMPARE(fake->apiUrl().toString(), QStringLiteral("http://127.0.0.1:%1/api/v3").arg(fake->port()));
        QCOMPARE(fake->graphqlUrl().path(), QStringLiteral("/api/graphql"));
        QCOMPARE(fake->webUrl().path(), QString());
    }

    void restUserAndOrg()
    {
        RawReply r = rawRequest("GET", api(QStringLiteral("/user")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.object().value(QStringLiteral("login")).toString(), QStringLiteral("octocat"));
        QCOMPARE(r.header("X-OAuth-Scopes"), QByteArray("repo, read:org"));
        r = rawRequest("GET", api(QStringLiteral("/orgs/acme")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.object().value(QStringLiteral("login")).toString(), QStringLiteral("acme"));
        r = rawRequest("GET", api(QStringLiteral("/orgs/nope")));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json.object().value(QStringLiteral("message")).toString(), QStringLiteral("Not Found"));
    }

    void restPaginationWithLinkHeaders()
    {
        RawReply r = rawRequest("GET", api(QStringLiteral("/orgs/acme/repos?per_page=2")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.array().size(), 2);
        const QString link = QString::fromLatin1(r.header("Link"));
        // Like GitHub, the links name the organisation by id, not login.
        QVERIFY2(link.contains(QRegularExpression(QStringLiteral(R"(<http://127\.0\.0\.1:\d+/api/v3/organizations/\d+/repos\?per_page=2&page=2>; rel="next")"))), qPrintable(link));
        QVERIFY2(link.contains(QStringLiteral("page=3>; rel=\"last\"")), qPrintable(link));
        QVERIFY(!link.contains(QStringLiteral("rel=\"prev\"")));

        QStringList names;
        QUrl next = api(QStringLiteral("/orgs/acme/repos?per_page=2"));
        int pages = 0;
        while (next.isValid() && !next.isEmpty()) {
            r = rawRequest("GET", next);
            QCOMPARE(r.status, 200);
            ++pages;
            for (const QJsonValue &v : r.json.array())
                names << v.toObject().value(QStringLiteral("name")).toString();
            static const QRegularExpression nextRe(QStringLiteral(R"re(<([^>]+)>; rel="next")re"));
            const auto m = nextRe.match(QString::fromLatin1(r.header("Link")));
            next = m.hasMatch() ? QUrl(m.captured(1)) : QUrl();
            if (pages == 3)
                QVERIFY(QString::fromLatin1(r.header("Link")).contains(QStringLiteral("rel=\"prev\"")));
        }
        QCOMPARE(pages, 3);
        QCOMPARE(names, (QStringList{QStringLiteral("payments"), QStringLiteral("orders"), QStringLiteral("legacy"),
                                     QStringLiteral("inventory"), QStringLiteral("docs-site")}));

        // per_page caps at 100; a single page has no Link header.
        r = rawRequest("GET", api(QStringLiteral("/orgs/acme/repos?per_page=500")));
        QCOMPARE(r.json.array().size(), 5);
        QVERIFY(r.header("Link").isEmpty());
    }

    void restRepoJsonAndTypes()
    {
        RawReply r = rawRequest("GET", api(QStringLiteral("/repos/acme/inventory")));
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json.object();
        QCOMPARE(o.value(QStringLiteral("full_name")).toString(), QStringLiteral("acme/inventory"));
        QCOMPARE(o.value(QStringLiteral("visibility")).toString(), QStringLiteral("internal"));
        QCOMPARE(o.value(QStringLiteral("private")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("default_branch")).toString(), QStringLiteral("trunk"));
        r = rawRequest("GET", api(QStringLiteral("/orgs/acme/repos?type=public")));
        QCOMPARE(r.json.array().size(), 3);

        // Without the repo scope, private and internal repositories are invisible (404, as on GitHub).
        fake->addToken("ghp_publicOnly", {QStringLiteral("read:org")});
        r = rawRequest("GET", api(QStringLiteral("/orgs/acme/repos")), "ghp_publicOnly");
        QCOMPARE(r.json.array().size(), 3);
        r = rawRequest("GET", api(QStringLiteral("/repos/acme/orders")), "ghp_publicOnly");
        QCOMPARE(r.status, 404);
    }

    void contentsEtagAnd304()
    {
        RawReply r = rawRequest("GET", api(QStringLiteral("/repos/acme/payments/contents/catalog-info.yaml")));
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json.object();
        QCOMPARE(o.value(QStringLiteral("encoding")).toString(), QStringLiteral("base64"));
        QCOMPARE(QByteArray::fromBase64(o.value(QStringLiteral("content")).toString().toLatin1()), catalogInfo(QStringLiteral("payments")));
        QCOMPARE(o.value(QStringLiteral("sha")).toString(), FakeGitHub::blobOid(catalogInfo(QStringLiteral("payments"))));
        const QByteArray etag = r.header("ETag");
        QVERIFY(etag.startsWith("W/\""));
        const int remaining = r.header("X-RateLimit-Remaining").toInt();

        r = rawRequest("GET", api(QStringLiteral("/repos/acme/payments/contents/catalog-info.yaml")), kToken, {}, {{"If-None-Match", etag}});
        QCOMPARE(r.status, 304);
        QVERIFY(r.body.isEmpty());
        QCOMPARE(r.header("ETag"), etag);
        QCOMPARE(r.header("X-RateLimit-Remaining").toInt(), remaining); // a 304 is free
        QCOMPARE(fake->notModifiedCount(), 1);
        QVERIFY(fake->requests().last().conditional);

        fake->setFile(QStringLiteral("acme"), QStringLiteral("payments"), QStringLiteral("catalog-info.yaml"), "changed: true\n");
        r = rawRequest("GET", api(QStringLiteral("/repos/acme/payments/contents/catalog-info.yaml")), kToken, {}, {{"If-None-Match", etag}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("ETag") != etag);
        QCOMPARE(r.header("X-RateLimit-Remaining").toInt(), remaining - 1);
    }

    void contentsRefsAndDirectories()
    {
        const QString before = fake->headOid(QStringLiteral("acme"), QStringLiteral("payments"));
        const QString after = fake->setFile(QStringLiteral("acme"), QStringLiteral("payments"), QStringLiteral("catalog-info.yaml"), "v2\n");
        QVERIFY(before != after);
        QCOMPARE(fake->headOid(QStringLiteral("acme"), QStringLiteral("payments")), after);
        // An empty commit still moves the head.
        const QString empty = fake->commit(QStringLiteral("acme"), QStringLiteral("payments"));
        QVERIFY(empty != after);

        RawReply r = rawRequest("GET", api(QStringLiteral("/repos/acme/payments/contents/catalog-info.yaml?ref=") + before));
        QCOMPARE(QByteArray::fromBase64(r.json.object().value(QStringLiteral("content")).toString().toLatin1()), catalogInfo(QStringLiteral("payments")));
        r = rawRequest("GET", api(QStringLiteral("/repos/acme/payments/contents/catalog-info.yaml?ref=main")));
        QCOMPARE(QByteArray::fromBase64(r.json.object().value(QStringLiteral("content")).toString().toLatin1()), QByteArray("v2\n"));
        r = rawRequest("GET", api(QStringLiteral("/repos/acme/payments/contents/catalog-info.yaml?ref=nope")));
        QCOMPARE(r.status, 404);
        QVERIFY(r.json.object().value(QStringLiteral("message")).toString().startsWith(QStringLiteral("No commit found")));
        r = rawRequest("GET", api(QStringLiteral("/repos/acme/payments/contents/missing.yaml")));
        QCOMPARE(r.status, 404);
        r = rawRequest("GET", api(QStringLiteral("/repos/acme/payments/contents/")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.array().size(), 2);
    }

    void rateLimitHeadersAndBudgets()
    {
        RawReply r = rawRequest("GET", api(QStringLiteral("/orgs/acme")));
        QCOMPARE(r.header("X-RateLimit-Limit"), QByteArray("5000"));
        QCOMPARE(r.header("X-RateLimit-Resource"), QByteArray("core"));
        QCOMPARE(r.header("X-RateLimit-Used"), QByteArray("1"));
        QCOMPARE(r.header("X-RateLimit-Remaining"), QByteArray("4999"));
        QVERIFY(r.header("X-RateLimit-Reset").toLongLong() > QDateTime::currentSecsSinceEpoch());
        r = rawGraphQL(*fake, QStringLiteral("{ viewer { login } }"));
        QCOMPARE(r.header("X-RateLimit-Resource"), QByteArray("graphql"));
        QCOMPARE(r.header("X-RateLimit-Remaining"), QByteArray("4999"));
        r = rawRequest("GET", api(QStringLiteral("/rate_limit")));
        const QJsonObject res = r.json.object().value(QStringLiteral("resources")).toObject();
        QCOMPARE(res.value(QStringLiteral("core")).toObject().value(QStringLiteral("used")).toInt(), 1); // /rate_limit is free
        QCOMPARE(res.value(QStringLiteral("graphql")).toObject().value(QStringLiteral("used")).toInt(), 1);
    }

    void primaryLimitSpentAndReset()
    {
        fake->setRateLimit(QStringLiteral("core"), 60, 0, fake->now().addSecs(30));
        RawReply r = rawRequest("GET", api(QStringLiteral("/orgs/acme")));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.header("X-RateLimit-Remaining"), QByteArray("0"));
        QVERIFY(r.json.object().value(QStringLiteral("message")).toString().startsWith(QStringLiteral("API rate limit exceeded for user ID")));
        fake->setRateLimitStatus(429);
        QCOMPARE(rawRequest("GET", api(QStringLiteral("/orgs/acme"))).status, 429);
        fake->advanceClock(31000);
        r = rawRequest("GET", api(QStringLiteral("/orgs/acme")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("X-RateLimit-Remaining"), QByteArray("59"));
    }

    void secondaryLimit()
    {
        fake->triggerSecondaryLimit(1, 17);
        RawReply r = rawRequest("GET", api(QStringLiteral("/orgs/acme")));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.header("Retry-After"), QByteArray("17"));
        QVERIFY(r.json.object().value(QStringLiteral("message")).toString().startsWith(QStringLiteral("You have exceeded a secondary rate limit")));
        QCOMPARE(rawRequest("GET", api(QStringLiteral("/orgs/acme"))).status, 200);
        fake->triggerSecondaryLimit(1, -1, 429);
        r = rawRequest("GET", api(QStringLiteral("/orgs/acme")));
        QCOMPARE(r.status, 429);
        QVERIFY(r.header("Retry-After").isEmpty());
    }

    void concurrencyTriggersSecondaryLimit()
    {
        fake->setMaxConcurrentRequests(1);
        fake->delayNext(300, 3);
        QNetworkAccessManager nam;
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 3; ++i) {
            QNetworkRequest req(api(QStringLiteral("/orgs/acme?n=%1").arg(i)));
            req.setRawHeader("Authorization", "Bearer " + kToken);
            replies << nam.get(req);
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply *r) { return r->isFinished(); }), 5000);
        int refused = 0;
        for (QNetworkReply *r : replies)
            refused += r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 403 ? 1 : 0;
        QVERIFY(refused >= 1);
        QVERIFY(fake->maxConcurrentSeen() >= 2);
        qDeleteAll(replies);
    }

    void authentication()
    {
        RawReply r = rawRequest("GET", api(QStringLiteral("/orgs/acme")), QByteArray());
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json.object().value(QStringLiteral("message")).toString(), QStringLiteral("Requires authentication"));
        r = rawRequest("GET", api(QStringLiteral("/orgs/acme")), "ghp_wrong");
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json.object().value(QStringLiteral("message")).toString(), QStringLiteral("Bad credentials"));
        fake->setRequireToken(false);
        QCOMPARE(rawRequest("GET", api(QStringLiteral("/orgs/acme")), QByteArray()).status, 200);
        QCOMPARE(rawGraphQL(*fake, QStringLiteral("{ viewer { login } }"), {}, QByteArray()).status, 401); // GraphQL always needs a token
        fake->revokeToken(kToken);
        QCOMPARE(rawRequest("GET", api(QStringLiteral("/orgs/acme"))).status, 401);
        QCOMPARE(fake->requests().last().authorization, "Bearer " + kToken);
    }

    void ssoAndIntegration()
    {
        fake->setSsoRequired(QStringLiteral("acme"));
        RawReply r = rawRequest("GET", api(QStringLiteral("/orgs/acme/repos")));
        QCOMPARE(r.status, 403);
        QVERIFY(r.header("X-GitHub-SSO").startsWith("required; url=" + fake->webUrl().toString().toLatin1() + "/orgs/acme/sso?authorization_request="));
        fake->authorizeSso(kToken, QStringLiteral("acme"));
        QCOMPARE(rawRequest("GET", api(QStringLiteral("/orgs/acme/repos"))).status, 200);

        fake->setForbidIntegration(true);
        r = rawRequest("GET", api(QStringLiteral("/repos/acme/payments/contents/catalog-info.yaml")));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.json.object().value(QStringLiteral("message")).toString(), QStringLiteral("Resource not accessible by integration"));
        r = rawGraphQL(*fake, QStringLiteral("{ organization(login: \"acme\") { login } }"));
        QCOMPARE(r.status, 200);
        QCOMPARE(errorAt(r).value(QStringLiteral("type")).toString(), QStringLiteral("FORBIDDEN"));
    }

    void faultsAndDelays()
    {
        fake->failNext(2, 502);
        QCOMPARE(rawRequest("GET", api(QStringLiteral("/orgs/acme"))).status, 502);
        QCOMPARE(rawRequest("GET", api(QStringLiteral("/orgs/acme"))).status, 502);
        QCOMPARE(rawRequest("GET", api(QStringLiteral("/orgs/acme"))).status, 200);

        // A fault can target one repository only.
        fake->failNext(1, 500, "{\"message\":\"boom\"}", QStringLiteral("orders"));
        QCOMPARE(rawRequest("GET", api(QStringLiteral("/repos/acme/payments"))).status, 200);
        RawReply r = rawRequest("GET", api(QStringLiteral("/repos/acme/orders")));
        QCOMPARE(r.status, 500);
        QCOMPARE(r.body, QByteArray("{\"message\":\"boom\"}"));

        fake->delayNext(400);
        QElapsedTimer t;
        t.start();
        QCOMPARE(rawRequest("GET", api(QStringLiteral("/orgs/acme"))).status, 200);
        QVERIFY(t.elapsed() >= 380);
        t.restart();
        QCOMPARE(rawRequest("GET", api(QStringLiteral("/orgs/acme"))).status, 200);
        QVERIFY(t.elapsed() < 380);
    }

    void writes()
    {
        RawReply r = rawRequest("POST", api(QStringLiteral("/orgs/acme/repos")), kToken, R"({"name":"newsvc","private":true,"auto_init":true})");
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.object().value(QStringLiteral("visibility")).toString(), QStringLiteral("private"));
        r = rawRequest("POST", api(QStringLiteral("/orgs/acme/repos")), kToken, R"({"name":"newsvc"})");
        QCOMPARE(r.status, 422);

        const QByteArray put = QJsonDocument(QJsonObject{{QStringLiteral("message"), QStringLiteral("add catalog")},
                                                         {QStringLiteral("content"), QString::fromLatin1(catalogInfo(QStringLiteral("newsvc")).toBase64())}})
                                   .toJson();
        r = rawRequest("PUT", api(QStringLiteral("/repos/acme/newsvc/contents/catalog-info.yaml")), kToken, put);
        QCOMPARE(r.status, 201);
        QCOMPARE(fake->file(QStringLiteral("acme"), QStringLiteral("newsvc"), QStringLiteral("catalog-info.yaml")), catalogInfo(QStringLiteral("newsvc")));
        QCOMPARE(r.json.object().value(QStringLiteral("commit")).toObject().value(QStringLiteral("sha")).toString(),
                 fake->headOid(QStringLiteral("acme"), QStringLiteral("newsvc")));
        r = rawRequest("PUT", api(QStringLiteral("/repos/acme/newsvc/contents/catalog-info.yaml")), kToken, put);
        QCOMPARE(r.status, 422); // updating needs the current sha

        r = rawRequest("PATCH", api(QStringLiteral("/repos/acme/newsvc")), kToken, R"({"archived":true})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.object().value(QStringLiteral("archived")).toBool(), true);
    }

    void requestLog()
    {
        rawRequest("GET", api(QStringLiteral("/orgs/acme")));
        rawGraphQL(*fake, QStringLiteral("query Named { viewer { login } }"));
        const QList<FakeRequest> log = fake->requests();
        QCOMPARE(log.size(), 2);
        QCOMPARE(log[0].kind, QStringLiteral("rest"));
        QCOMPARE(log[0].method, QByteArray("GET"));
        QCOMPARE(log[0].path, QStringLiteral("/api/v3/orgs/acme"));
        QCOMPARE(log[0].status, 200);
        QCOMPARE(log[1].kind, QStringLiteral("graphql"));
        QCOMPARE(log[1].operationType, QStringLiteral("query"));
        QCOMPARE(log[1].operationName, QStringLiteral("Named"));
        QCOMPARE(fake->requestCount(QStringLiteral("graphql")), 1);
        QCOMPARE(fake->requestCount(), 2);
    }

    // --- GraphQL parser --------------------------------------------------------

    void parserAcceptsWhatClientsSend()
    {
        gql::ParseError err;
        const auto doc = gql::parse(kDiscovery + QStringLiteral("\nfragment F on Blob { text }\n"), &err);
        QVERIFY2(doc.has_value(), qPrintable(err.message));
        QCOMPARE(doc->operations.size(), size_t(1));
        const gql::Operation &op = doc->operations.front();
        QCOMPARE(op.name, QStringLiteral("Discover"));
        QCOMPARE(op.variables.size(), size_t(3));
        QCOMPARE(op.variables[0].type, QStringLiteral("String!"));
        QVERIFY(op.variables[0].nonNull);
        QCOMPARE(op.variables[2].defaultValue->text, QStringLiteral("50"));
        const gql::Selection &org = op.selections[1];
        QCOMPARE(org.name, QStringLiteral("organization"));
        QCOMPARE(org.argument(QStringLiteral("login"))->kind, gql::Value::Variable);
        const gql::Selection &repos = org.selections[0];
        const gql::Value *orderBy = repos.argument(QStringLiteral("orderBy"));
        QCOMPARE(orderBy->kind, gql::Value::Object);
        QCOMPARE(orderBy->object[0].second.kind, gql::Value::Enum);
        const gql::Selection &nodes = repos.selections[2];
        const gql::Selection &catalog = nodes.selections.back();
        QCOMPARE(catalog.alias, QStringLiteral("catalog"));
        QCOMPARE(catalog.name, QStringLiteral("object"));
        QCOMPARE(catalog.argument(QStringLiteral("expression"))->text, QStringLiteral("HEAD:catalog-info.yaml"));
        QCOMPARE(catalog.selections[1].kind, gql::Selection::InlineFragment);
        QCOMPARE(catalog.selections[1].typeCondition, QStringLiteral("Blob"));
        QCOMPARE(doc->fragments.size(), size_t(1));

        // Strings with escapes, block strings, lists, negative and float numbers, comments.
        const auto doc2 = gql::parse(QStringLiteral("# comment\n{ a(s: \"x\\\"y\\u0041\", b: \"\"\"\n    block\n    text\n  \"\"\", l: [1, -2, 3.5e1, null, true], e: ENUM) { b } }"), &err);
        QVERIFY2(doc2.has_value(), qPrintable(err.message));
        const gql::Selection &a = doc2->operations.front().selections.front();
        QCOMPARE(a.argument(QStringLiteral("s"))->text, QStringLiteral("x\"yA"));
        QCOMPARE(a.argument(QStringLiteral("b"))->text, QStringLiteral("block\ntext"));
        QCOMPARE(a.argument(QStringLiteral("l"))->resolve({}).toArray(), (QJsonArray{1, -2, 35.0, QJsonValue(), true}));
    }

    void parserErrors_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("message");
        QTest::newRow("unclosed") << QStringLiteral("{ viewer { login }") << QStringLiteral("Unexpected end of document");
        QTest::newRow("stray brace") << QStringLiteral("{ viewer { login } } }") << QStringLiteral("Parse error on \"}\" (RCURLY) at [1, 22]");
        QTest::newRow("empty selection") << QStringLiteral("{\n  viewer { }\n}") << QStringLiteral("Parse error on \"}\" (RCURLY) at [2, 12]");
        QTest::newRow("bad char") << QStringLiteral("{ viewer ? }") << QStringLiteral("Parse error on \"?\" (UNKNOWN_CHAR) at [1, 10]");
        QTest::newRow("unterminated string") << QStringLiteral("{ a(b: \"x) }") << QStringLiteral("Parse error on unterminated string at [1, 13]");
        QTest::newRow("empty") << QStringLiteral("  ") << QStringLiteral("Unexpected end of document");
    }

    void parserErrors()
    {
        QFETCH(QString, source);
        QFETCH(QString, message);
        gql::ParseError err;
        QVERIFY(!gql::parse(source, &err).has_value());
        QCOMPARE(err.message, message);
    }

    // --- GraphQL execution -------------------------------------------------------

    void graphqlDiscoveryQuery()
    {
        const RawReply r = rawGraphQL(*fake, kDiscovery, {{QStringLiteral("org"), QStringLiteral("acme")}});
        QCOMPARE(r.status, 200);
        const QJsonObject root = r.json.object();
        QVERIFY2(!root.contains(QStringLiteral("errors")), r.body.constData());
        const QJsonObject data = root.value(QStringLiteral("data")).toObject();
        const QJsonObject rate = data.value(QStringLiteral("rateLimit")).toObject();
        QCOMPARE(rate.value(QStringLiteral("cost")).toInt(), 1);
        QCOMPARE(rate.value(QStringLiteral("remaining")).toInt(), 4999);
        const QJsonObject repos = data.value(QStringLiteral("organization")).toObject().value(QStringLiteral("repositories")).toObject();
        QCOMPARE(repos.value(QStringLiteral("totalCount")).toInt(), 5);
        QCOMPARE(repos.value(QStringLiteral("pageInfo")).toObject().value(QStringLiteral("hasNextPage")).toBool(), false);
        const QJsonArray nodes = repos.value(QStringLiteral("nodes")).toArray();
        QCOMPARE(nodes.size(), 5);
        QCOMPARE(nodes[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("docs-site")); // by NAME
        QJsonObject docs = nodes[0].toObject();
        QVERIFY(docs.value(QStringLiteral("catalog")).isNull());
        QJsonObject inv = nodes[1].toObject();
        QCOMPARE(inv.value(QStringLiteral("name")).toString(), QStringLiteral("inventory"));
        QCOMPARE(inv.value(QStringLiteral("visibility")).toString(), QStringLiteral("INTERNAL"));
        QCOMPARE(inv.value(QStringLiteral("isPrivate")).toBool(), true);
        QCOMPARE(inv.value(QStringLiteral("defaultBranchRef")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("trunk"));
        const QJsonObject target = inv.value(QStringLiteral("defaultBranchRef")).toObject().value(QStringLiteral("target")).toObject();
        QCOMPARE(target.value(QStringLiteral("__typename")).toString(), QStringLiteral("Commit"));
        QCOMPARE(target.value(QStringLiteral("oid")).toString(), fake->headOid(QStringLiteral("acme"), QStringLiteral("inventory")));
        const QJsonObject pay = nodes[4].toObject();
        QCOMPARE(pay.value(QStringLiteral("name")).toString(), QStringLiteral("payments"));
        QCOMPARE(pay.value(QStringLiteral("nameWithOwner")).toString(), QStringLiteral("acme/payments"));
        const QJsonObject blob = pay.value(QStringLiteral("catalog")).toObject();
        QCOMPARE(blob.value(QStringLiteral("__typename")).toString(), QStringLiteral("Blob"));
        QCOMPARE(blob.value(QStringLiteral("text")).toString().toUtf8(), catalogInfo(QStringLiteral("payments")));
        QCOMPARE(blob.value(QStringLiteral("byteSize")).toInt(), catalogInfo(QStringLiteral("payments")).size());
        QCOMPARE(blob.value(QStringLiteral("isBinary")).toBool(), false);
        QCOMPARE(blob.value(QStringLiteral("oid")).toString(), FakeGitHub::blobOid(catalogInfo(QStringLiteral("payments"))));
        const QJsonArray topics = pay.value(QStringLiteral("repositoryTopics")).toObject().value(QStringLiteral("nodes")).toArray();
        QCOMPARE(topics.size(), 2);
        QCOMPARE(topics[0].toObject().value(QStringLiteral("topic")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("backstage"));
        QCOMPARE(nodes[2].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("legacy"));
        QCOMPARE(nodes[2].toObject().value(QStringLiteral("isArchived")).toBool(), true);
    }

    void graphqlCursorsAndFilters()
    {
        QStringList names;
        QJsonValue cursor;
        int pages = 0;
        for (;;) {
            const RawReply r = rawGraphQL(*fake,
                                          QStringLiteral("query($org: String!, $after: String) { organization(login: $org) { "
                                                         "repositories(first: 2, after: $after, isArchived: false) { totalCount "
                                                         "pageInfo { hasNextPage endCursor } edges { cursor node { name } } } } }"),
                                          {{QStringLiteral("org"), QStringLiteral("acme")}, {QStringLiteral("after"), cursor}});
            const QJsonObject conn = r.json.object()[QStringLiteral("data")][QStringLiteral("organization")][QStringLiteral("repositories")].toObject();
            QCOMPARE(conn.value(QStringLiteral("totalCount")).toInt(), 4);
            ++pages;
            const QJsonArray edges = conn.value(QStringLiteral("edges")).toArray();
            for (const QJsonValue &e : edges)
                names << e[QStringLiteral("node")][QStringLiteral("name")].toString();
            const QJsonObject info = conn.value(QStringLiteral("pageInfo")).toObject();
            QCOMPARE(info.value(QStringLiteral("endCursor")).toString(), edges.last()[QStringLiteral("cursor")].toString());
            if (!info.value(QStringLiteral("hasNextPage")).toBool())
                break;
            cursor = info.value(QStringLiteral("endCursor"));
            QVERIFY(pages < 5);
        }
        QCOMPARE(pages, 2);
        QCOMPARE(names, (QStringList{QStringLiteral("payments"), QStringLiteral("orders"), QStringLiteral("inventory"), QStringLiteral("docs-site")}));

        const RawReply bad = rawGraphQL(*fake, QStringLiteral("{ organization(login: \"acme\") { repositories(first: 2, after: \"bogus\") { totalCount } } }"));
        QCOMPARE(errorAt(bad).value(QStringLiteral("type")).toString(), QStringLiteral("INVALID_CURSOR_ARGUMENTS"));
    }

    void graphqlAliasedBatchRead()
    {
        const RawReply r = rawGraphQL(*fake, QStringLiteral(R"gql(
            query Batch {
              r0: repository(owner: "acme", name: "payments") { object(expression: "main:catalog-info.yaml") { ... on Blob { text } } }
              r1: repository(owner: "acme", name: "inventory") { object(expression: "trunk:catalog-info.yaml") { ... on Blob { text } } }
              r2: repository(owner: "acme", name: "ghost") { object(expression: "HEAD:catalog-info.yaml") { ... on Blob { text } } }
              r3: repository(owner: "acme", name: "docs-site") { object(expression: "HEAD:logo.png") { ... on Blob { text isBinary byteSize } } }
            })gql"));
        QCOMPARE(r.status, 200);
        const QJsonObject data = r.json.object().value(QStringLiteral("data")).toObject();
        QCOMPARE(data[QStringLiteral("r0")][QStringLiteral("object")][QStringLiteral("text")].toString().toUtf8(), catalogInfo(QStringLiteral("payments")));
        QCOMPARE(data[QStringLiteral("r1")][QStringLiteral("object")][QStringLiteral("text")].toString().toUtf8(), catalogInfo(QStringLiteral("inventory")));
        QVERIFY(data.value(QStringLiteral("r2")).isNull());
        QVERIFY(data[QStringLiteral("r3")][QStringLiteral("object")][QStringLiteral("text")].isNull());
        QCOMPARE(data[QStringLiteral("r3")][QStringLiteral("object")][QStringLiteral("isBinary")].toBool(), true);
        QCOMPARE(data[QStringLiteral("r3")][QStringLiteral("object")][QStringLiteral("byteSize")].toInt(), 16);
        const QJsonObject err = errorAt(r);
        QCOMPARE(err.value(QStringLiteral("type")).toString(), QStringLiteral("NOT_FOUND"));
        QCOMPARE(err.value(QStringLiteral("path")).toArray(), QJsonArray{QStringLiteral("r2")});
        QCOMPARE(err.value(QStringLiteral("message")).toString(), QStringLiteral("Could not resolve to a Repository with the name 'acme/ghost'."));
    }

    void graphqlErrors_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("hasData");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown field") << QStringLiteral("{ organization(login: \"acme\") { repositories(first: 1) { nodes { foo } } } }") << false
                                       << QString() << QStringLiteral("Field 'foo' doesn't exist on type 'Repository'");
        QTest::newRow("text on GitObject") << QStringLiteral("{ repository(owner: \"acme\", name: \"payments\") { object(expression: \"HEAD:x\") { text } } }") << false
                                           << QString() << QStringLiteral("Field 'text' doesn't exist on type 'GitObject'");
        QTest::newRow("unknown argument") << QStringLiteral("{ organization(login: \"acme\", foo: 1) { login } }") << false << QString()
                                          << QStringLiteral("Field 'organization' doesn't accept argument 'foo'");
        QTest::newRow("missing argument") << QStringLiteral("{ organization { login } }") << false << QString()
                                          << QStringLiteral("Field 'organization' is missing required arguments: login");
        QTest::newRow("scalar with selections") << QStringLiteral("{ viewer { login { x } } }") << false << QString()
                                                << QStringLiteral("Selections can't be made on scalars (field 'login' returns String but has selections [x])");
        QTest::newRow("object without selections") << QStringLiteral("{ viewer }") << false << QString()
                                                   << QStringLiteral("Field must have selections (field 'viewer' returns User but has no selections. Did you mean 'viewer { ... }'?)");
        QTest::newRow("bad fragment") << QStringLiteral("{ viewer { ... on Blob { text } } }") << false << QString()
                                      << QStringLiteral("Fragment on Blob can't be spread inside User");
        QTest::newRow("undeclared variable") << QStringLiteral("query Q { organization(login: $org) { login } }") << false << QString()
                                             << QStringLiteral("Variable $org is used by query Q but not declared");
        QTest::newRow("null required variable") << QStringLiteral("query Q($org: String!) { organization(login: $org) { login } }") << false << QString()
                                                << QStringLiteral("Variable $org of type String! was provided invalid value");
        QTest::newRow("first over 100") << QStringLiteral("{ organization(login: \"acme\") { repositories(first: 101) { totalCount } } }") << false
                                        << QStringLiteral("EXCESSIVE_PAGINATION")
                                        << QStringLiteral("Requesting 101 records on the `repositories` connection exceeds the `first` limit of 100 records.");
        QTest::newRow("no first") << QStringLiteral("{ organization(login: \"acme\") { repositories { totalCount } } }") << false
                                  << QStringLiteral("MISSING_PAGINATION_BOUNDARIES")
                                  << QStringLiteral("You must provide a `first` or `last` value to properly paginate the `repositories` connection.");
        QTest::newRow("org not found") << QStringLiteral("{ organization(login: \"nope\") { login } }") << true << QStringLiteral("NOT_FOUND")
                                       << QStringLiteral("Could not resolve to an Organization with the login of 'nope'.");
        QTest::newRow("parse error") << QStringLiteral("{ viewer { login }") << false << QString() << QStringLiteral("Unexpected end of document");
    }

    void graphqlErrors()
    {
        QFETCH(QString, query);
        QFETCH(bool, hasData);
        QFETCH(QString, type);
        QFETCH(QString, message);
        const RawReply r = rawGraphQL(*fake, query);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.object().contains(QStringLiteral("data")), hasData);
        const QJsonObject err = errorAt(r);
        QCOMPARE(err.value(QStringLiteral("message")).toString(), message);
        QCOMPARE(err.value(QStringLiteral("type")).toString(), type);
        if (hasData)
            QVERIFY(r.json.object()[QStringLiteral("data")][QStringLiteral("organization")].isNull());
    }

    void graphqlUnknownFieldShape()
    {
        const RawReply r = rawGraphQL(*fake, QStringLiteral("query Q { organization(login: \"acme\") { repositories(first: 1) { nodes { foo } } } }"));
        const QJsonObject err = errorAt(r);
        QCOMPARE(err.value(QStringLiteral("path")).toArray(),
                 (QJsonArray{QStringLiteral("query Q"), QStringLiteral("organization"), QStringLiteral("repositories"), QStringLiteral("nodes"), QStringLiteral("foo")}));
        QCOMPARE(err[QStringLiteral("extensions")][QStringLiteral("code")].toString(), QStringLiteral("undefinedField"));
        QCOMPARE(err[QStringLiteral("locations")][0][QStringLiteral("line")].toInt(), 1);
    }

    void graphqlCostAndRateLimit()
    {
        // GitHub's rule: one request for the repositories page plus one per
        // repository for its topics = 101 requests, /100 rounded = cost 1;
        // nodes: 100 repositories + 100 x 100 topics = 10,100.
        RawReply r = rawGraphQL(*fake, QStringLiteral("{ rateLimit { cost nodeCount } organization(login: \"acme\") { repositories(first: 100) { nodes { "
                                                      "repositoryTopics(first: 100) { totalCount } } } } }"));
        QCOMPARE(r.json.object()[QStringLiteral("data")][QStringLiteral("rateLimit")][QStringLiteral("cost")].toInt(), 1);
        QCOMPARE(r.json.object()[QStringLiteral("data")][QStringLiteral("rateLimit")][QStringLiteral("nodeCount")].toInt(), 10100);

        fake->setRateLimit(QStringLiteral("graphql"), 5000, 0, fake->now().addSecs(120));
        r = rawGraphQL(*fake, QStringLiteral("{ viewer { login } }"));
        QCOMPARE(r.status, 200);
        QCOMPARE(errorAt(r).value(QStringLiteral("type")).toString(), QStringLiteral("RATE_LIMITED"));
        QCOMPARE(r.header("X-RateLimit-Remaining"), QByteArray("0"));
        QVERIFY(!r.json.object().contains(QStringLiteral("data")));
    }

    void graphqlTimeoutOnLargeQueries()
    {
        fake->setGraphQLTimeoutAboveNodes(1000);
        const QString q = QStringLiteral("query($n: Int!) { organization(login: \"acme\") { repositories(first: $n) { nodes { "
                                         "repositoryTopics(first: 20) { totalCount } } } } }");
        RawReply r = rawGraphQL(*fake, q, {{QStringLiteral("n"), 100}}); // 100 + 2000 nodes
        QCOMPARE(r.status, 502);
        QVERIFY(errorAt(r).value(QStringLiteral("message")).toString().contains(QStringLiteral("timeout")));
        r = rawGraphQL(*fake, q, {{QStringLiteral("n"), 40}}); // 40 + 800 nodes
        QCOMPARE(r.status, 200);
    }

    void graphqlSsoPartialResults()
    {
        fake->setSsoRequired(QStringLiteral("acme"));
        const RawReply r = rawGraphQL(*fake, QStringLiteral("{ organization(login: \"acme\") { login } }"));
        QVERIFY(r.header("X-GitHub-SSO").startsWith("partial-results; organizations="));
        QCOMPARE(errorAt(r).value(QStringLiteral("type")).toString(), QStringLiteral("FORBIDDEN"));
        QVERIFY(r.json.object()[QStringLiteral("data")][QStringLiteral("organization")].isNull());
    }

    void graphqlFragmentsDirectivesAndOperations()
    {
        const QString q = QStringLiteral(R"gql(
            query A { viewer { login } }
            query B($withTopics: Boolean!) {
              repository(owner: "acme", name: "payments") {
                ...Repo
                repositoryTopics(first: 5) @include(if: $withTopics) { totalCount }
                isFork @skip(if: true)
              }
            }
            fragment Repo on Repository { name owner { login ... on Organization { url } } })gql");
        RawReply r = rawGraphQL(*fake, q, {{QStringLiteral("withTopics"), false}}, kToken, QStringLiteral("B"));
        const QJsonObject repo = r.json.object()[QStringLiteral("data")][QStringLiteral("repository")].toObject();
        QCOMPARE(repo.value(QStringLiteral("name")).toString(), QStringLiteral("payments"));
        QCOMPARE(repo[QStringLiteral("owner")][QStringLiteral("login")].toString(), QStringLiteral("acme"));
        QVERIFY(repo[QStringLiteral("owner")][QStringLiteral("url")].toString().endsWith(QStringLiteral("/acme")));
        QVERIFY(!repo.contains(QStringLiteral("repositoryTopics")));
        QVERIFY(!repo.contains(QStringLiteral("isFork")));
        QCOMPARE(fake->requests().last().operationName, QStringLiteral("B"));
        r = rawGraphQL(*fake, q);
        QCOMPARE(errorAt(r).value(QStringLiteral("message")).toString(), QStringLiteral("An operation name is required"));
    }

    void historyThroughGraphQL()
    {
        const QString before = fake->headOid(QStringLiteral("acme"), QStringLiteral("payments"));
        fake->setFile(QStringLiteral("acme"), QStringLiteral("payments"), QStringLiteral("catalog-info.yaml"), "v2\n");
        const RawReply r = rawGraphQL(*fake, QStringLiteral("query($e: String!) { repository(owner: \"acme\", name: \"payments\") { "
                                                            "object(expression: $e) { ... on Blob { text } } } }"),
                                      {{QStringLiteral("e"), before + QStringLiteral(":catalog-info.yaml")}});
        QCOMPARE(r.json.object()[QStringLiteral("data")][QStringLiteral("repository")][QStringLiteral("object")][QStringLiteral("text")].toString().toUtf8(),
                 catalogInfo(QStringLiteral("payments")));
    }
};

QTEST_GUILESS_MAIN(TestFakeGitHub)
#include "tst_fakegithub.moc"
