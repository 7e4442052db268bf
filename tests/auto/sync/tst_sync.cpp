// SPDX-License-Identifier: Apache-2.0
// Sync against a local fake GitHub: what is read, how often, and what the
// cache holds after successes, failures and a kill.
#include "catalogstore.h"
#include "docsstore.h"
#include "fakegithub.h"
#include "searchindex.h"
#include "syncjob.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QJsonDocument>
#include <QTest>

#include <csignal>

using namespace atrium;
using namespace atrium::fake;

namespace {
const QByteArray kToken = "ghp_atriumTestToken0123456789abcdefABCD";
const QString kHost = QStringLiteral("github.test");
// A PNG's signature and a NUL: binary to GitHub, which gives it no text.
const QByteArray kPng = QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + QByteArray(64, '\x7f');

QByteArray component(const QString &name, const QString &extra = {})
{
    return QStringLiteral("apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: %1\nspec:\n  type: service\n"
                          "  lifecycle: production\n  owner: team-a\n%2")
        .arg(name, extra)
        .toUtf8();
}
} // namespace

class TestSync : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeGitHub> m_gh;
    std::unique_ptr<QTemporaryDir> m_dir;
    QList<int> m_sleeps;

    SyncConfig config() const
    {
        SyncConfig c;
        GitHubIntegration in;
        in.host = kHost;
        in.apiBaseUrl = m_gh->apiUrl();
        c.integrations << in;
        GitHubProvider p;
        p.id = QStringLiteral("acme");
        p.organization = QStringLiteral("acme");
        p.host = kHost;
        p.topicsExclude = {QStringLiteral("experimental")};
        c.providers << p;
        return c;
    }

    SyncReport sync(CatalogStore &store, const QByteArray &token = kToken)
    {
        SyncJob::Options o;
        o.token = token;
        o.clientFactory = [this](const GitHubEndpoint &e, const QByteArray &t) {
            auto client = std::make_unique<GitHubClient>(e, t);
            FakeGitHub *gh = m_gh.get();
            // Waiting costs nothing: the fake's clock moves instead.
            client->setSleeper([this, gh](int ms) {
                m_sleeps << ms;
                gh->advanceClock(ms);
            });
            client->setClock([gh] { return gh->now(); });
            return client;
        };
        return SyncJob(config(), o).run(store);
    }

    int graphqlRequests(const QString &operation = {}) const
    {
        int n = 0;
        for (const FakeRequest &r : m_gh->requests())
            if (r.kind == u"graphql" && (operation.isEmpty() || r.operationName == operation))
                ++n;
        return n;
    }

    int restRequests(const QString &pathPart) const
    {
        int n = 0;
        for (const FakeRequest &r : m_gh->requests())
            if (r.kind == u"rest" && r.path.contains(pathPart))
                ++n;
        return n;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_gh = std::make_unique<FakeGitHub>();
        QVERIFY(m_gh->listen());
        m_gh->addToken(kToken);
        m_gh->addOrg(QStringLiteral("acme"));
        FakeRepo orders;
        orders.name = QStringLiteral("orders");
        orders.files = {{QStringLiteral("catalog-info.yaml"),
                         component(QStringLiteral("order-service"), QStringLiteral("  providesApis: [order-api]\n"))
                             + "---\napiVersion: backstage.io/v1alpha1\nkind: API\nmetadata: {name: order-api}\n"
                               "spec: {type: openapi, lifecycle: production, owner: team-a, definition: {$text: ./openapi.yaml}}\n"},
                        {QStringLiteral("openapi.yaml"), "openapi: 3.0.0\ninfo: {title: Orders, version: '1'}\n"}};
        m_gh->addRepo(QStringLiteral("acme"), orders);
        FakeRepo payments;
        payments.name = QStringLiteral("payments");
        payments.visibility = QStringLiteral("PRIVATE");
        payments.files = {{QStringLiteral("catalog-info.yaml"),
                           "apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata: {name: payments}\nspec: {targets: [./catalog/service.yaml]}\n"},
                          {QStringLiteral("catalog/service.yaml"), component(QStringLiteral("payment-service"))}};
        m_gh->addRepo(QStringLiteral("acme"), payments);
        FakeRepo archived;
        archived.name = QStringLiteral("old-thing");
        archived.archived = true;
        archived.files = {{QStringLiteral("catalog-info.yaml"), component(QStringLiteral("old-thing"))}};
        m_gh->addRepo(QStringLiteral("acme"), archived);
        FakeRepo bare;
        bare.name = QStringLiteral("no-catalog");
        bare.files = {{QStringLiteral("README.md"), "# nothing here\n"}};
        m_gh->addRepo(QStringLiteral("acme"), bare);
        FakeRepo experimental;
        experimental.name = QStringLiteral("experimental");
        experimental.topics = {QStringLiteral("experimental")};
        experimental.files = {{QStringLiteral("catalog-info.yaml"), component(QStringLiteral("experiment"))}};
        m_gh->addRepo(QStringLiteral("acme"), experimental);
        FakeRepo broken;
        broken.name = QStringLiteral("broken");
        broken.files = {{QStringLiteral("catalog-info.yaml"), "apiVersion: backstage.io/v1alpha1\nkind: [unclosed\n"}};
        m_gh->addRepo(QStringLiteral("acme"), broken);
        m_sleeps.clear();
    }

    void firstSyncReadsWhatMatchesInFewRequests()
    {
        CatalogStore store;
        QVERIFY(store.open(m_dir->filePath(QStringLiteral("c.sqlite"))));
        const SyncReport r = sync(store);
        QVERIFY2(r.ok(), qPrintable(r.fatal));
        QCOMPARE(r.reposSeen, 5);       // archived ones are filtered in the query
        QCOMPARE(r.reposMatched, 4);    // the experimental topic is excluded
        QCOMPARE(r.reposRead, 3);
        QCOMPARE(r.reposWithoutCatalog, 1);
        QCOMPARE(r.reposUnchanged, 0);
        QCOMPARE(r.entities, 4);
        QVERIFY(r.errors >= 1);         // the broken file, reported
        // One listing page, one batch of catalog files, one batch of what they point at.
        QCOMPARE(graphqlRequests(), 3);
        QCOMPARE(graphqlRequests(QStringLiteral("AtriumRepos")), 1);
        QCOMPARE(r.requests.graphqlRequests, 3);
        QCOMPARE(r.requests.restRequests, 0);
        for (const FakeRequest &req : m_gh->requests())
            QCOMPARE(req.authorization, QByteArray("Bearer ") + kToken);

        const auto api = store.entity(QStringLiteral("api:default/order-api"));
        QVERIFY(api);
        QCOMPARE(api->data.value(u"spec").toObject().value(u"definition").toString(),
                 QStringLiteral("openapi: 3.0.0\ninfo: {title: Orders, version: '1'}\n"));
        QCOMPARE(api->file, QStringLiteral("https://github.test/acme/orders/blob/main/catalog-info.yaml"));
        QVERIFY(store.entity(QStringLiteral("component:default/payment-service")));
        QVERIFY(!store.entity(QStringLiteral("component:default/experiment")));
        QVERIFY(!store.entity(QStringLiteral("component:default/old-thing")));
        const Diagnostics problems = store.diagnostics(QStringLiteral("github:github.test/acme/broken"));
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems[0].file.endsWith(u"/acme/broken/blob/main/catalog-info.yaml"));
        QVERIFY(problems[0].line > 0);
    }

    void unchangedResyncDownloadsNothing()
    {
        CatalogStore store;
        QVERIFY(store.open(m_dir->filePath(QStringLiteral("c.sqlite"))));
        QVERIFY(sync(store).ok());
        const int entities = store.entityCount();
        m_gh->clearRequests();
        const SyncReport r = sync(store);
        QVERIFY(r.ok());
        QCOMPARE(r.reposUnchanged, 4);
        QCOMPARE(r.reposRead, 0);
        QCOMPARE(graphqlRequests(), 1); // the listing only
        QCOMPARE(graphqlRequests(QStringLiteral("AtriumFiles")), 0);
        QCOMPARE(store.entityCount(), entities);
    }

    void changedRepositoryIsReadAgain()
    {
        CatalogStore store;
        QVERIFY(store.open(m_dir->filePath(QStringLiteral("c.sqlite"))));
        QVERIFY(sync(store).ok());
        m_gh->commit(QStringLiteral("acme"), QStringLiteral("orders"),
                     {{QStringLiteral("openapi.yaml"), "openapi: 3.1.0\ninfo: {title: Orders v2, version: '2'}\n"}});
        m_gh->clearRequests();
        const SyncReport r = sync(store);
        QVERIFY(r.ok());
        QCOMPARE(r.reposRead, 1);
        QCOMPARE(r.reposUnchanged, 3);
        QCOMPARE(graphqlRequests(), 3); // listing, the catalog file, the file it points at
        QVERIFY(store.entity(QStringLiteral("api:order-api"))->data.value(u"spec").toObject().value(u"definition").toString().contains(u"Orders v2"));
    }

    void removedRepositoryLeavesTheCatalog()
    {
        CatalogStore store;
        QVERIFY(store.open(m_dir->filePath(QStringLiteral("c.sqlite"))));
        QVERIFY(sync(store).ok());
        m_gh->removeRepo(QStringLiteral("acme"), QStringLiteral("payments"));
        const SyncReport r = sync(store);
        QVERIFY(r.ok());
        QCOMPARE(r.reposRemoved, 1);
        QVERIFY(!store.entity(QStringLiteral("component:default/payment-service")));
        QVERIFY(store.entity(QStringLiteral("component:default/order-service")));
    }

    void fatalErrorsWriteNothing_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("message");
        QTest::newRow("token revoked") << "revoked" << "did not accept the token";
        QTest::newRow("organisation not found") << "no-org" << "was not found";
        QTest::newRow("SSO not authorised") << "sso" << "single sign-on";
    }
    void fatalErrorsWriteNothing()
    {
        QFETCH(QString, fault);
        QFETCH(QString, message);
        CatalogStore store;
        QVERIFY(store.open(m_dir->filePath(QStringLiteral("c.sqlite"))));
        QVERIFY(sync(store).ok());
        m_gh->commit(QStringLiteral("acme"), QStringLiteral("orders"), {{QStringLiteral("catalog-info.yaml"), component(QStringLiteral("renamed"))}});
        const int before = store.entityCount();
        SyncConfig c = config();
        if (fault == u"revoked")
            m_gh->revokeToken(kToken);
        else if (fault == u"sso")
            m_gh->setSsoRequired(QStringLiteral("acme"));
        else
            m_gh->removeRepo(QStringLiteral("acme"), QStringLiteral("orders")); // (and use another org below)
        SyncJob::Options o;
        o.token = kToken;
        o.clientFactory = [this](const GitHubEndpoint &e, const QByteArray &t) {
            auto client = std::make_unique<GitHubClient>(e, t);
            client->setSleeper([](int) {});
            return client;
        };
        if (fault == u"no-org")
            c.providers[0].organization = QStringLiteral("nope");
        const SyncReport r = SyncJob(c, o).run(store);
        QVERIFY(!r.ok());
        QVERIFY2(r.fatal.contains(message, Qt::CaseInsensitive), qPrintable(r.fatal));
        QVERIFY(!r.fatal.contains(QString::fromLatin1(kToken)));
        QCOMPARE(store.entityCount(), before);
        QVERIFY(store.entity(QStringLiteral("component:default/order-service")));
    }

    void serverErrorsFailThatRepositoryOnly()
    {
        CatalogStore store;
        QVERIFY(store.open(m_dir->filePath(QStringLiteral("c.sqlite"))));
        QVERIFY(sync(store).ok());
        m_gh->commit(QStringLiteral("acme"), QStringLiteral("orders"), {{QStringLiteral("catalog-info.yaml"), component(QStringLiteral("renamed"))}});
        // Every attempt the client makes (4 by default) fails.
        m_gh->failNext(GitHubClient::Options{}.maxAttempts, 502, "Bad gateway", QStringLiteral("AtriumFiles"));
        const SyncReport r = sync(store);
        QVERIFY2(r.ok(), qPrintable(r.fatal));
        QCOMPARE(r.reposFailed, 1);
        QCOMPARE(r.problems.size(), 1);
        QVERIFY(r.problems[0].repository == u"acme/orders");
        QVERIFY(r.requests.retries > 0);      // retried with backoff first
        QVERIFY(!m_sleeps.isEmpty());
        // The previous entities stay, and the source says what went wrong.
        QVERIFY(store.entity(QStringLiteral("component:default/order-service")));
        QVERIFY(!store.entity(QStringLiteral("component:default/renamed")));
        bool flagged = false;
        for (const SourceInfo &s : store.sources())
            flagged |= s.id.endsWith(u"/orders") && !s.status.isEmpty();
        QVERIFY(flagged);
        // Next time it works, the repository is read again.
        const SyncReport again = sync(store);
        QCOMPARE(again.reposRead, 1);
        QVERIFY(store.entity(QStringLiteral("component:default/renamed")));
    }

    void slowListingShrinksThePage()
    {
        CatalogStore store;
        QVERIFY(store.open(m_dir->filePath(QStringLiteral("c.sqlite"))));
        // Every attempt at the first page size times out (502), as GitHub
        // does past its 10-second limit; smaller pages go through.
        m_gh->failNext(GitHubClient::Options{}.maxAttempts, 502, "timeout", QStringLiteral("first: 100"));
        const SyncReport r = sync(store);
        QVERIFY2(r.ok(), qPrintable(r.fatal));
        QCOMPARE(r.entities, 4);
        bool smaller = false;
        for (const FakeRequest &req : m_gh->requests())
            smaller |= req.body.contains("first: 50");
        QVERIFY(smaller);
    }
    void rateLimitSpentWaitsForTheReset()
    {
        CatalogStore store;
        QVERIFY(store.open(m_dir->filePath(QStringLiteral("c.sqlite"))));
        m_gh->setRateLimit(QStringLiteral("graphql"), 5000, 0, m_gh->now().addSecs(120));
        const SyncReport r = sync(store);
        QVERIFY2(r.ok(), qPrintable(r.fatal));
        QVERIFY(r.requests.rateLimitWaits >= 1);
        QVERIFY(!m_sleeps.isEmpty());
        QCOMPARE(r.entities, 4);
    }

    void oneRepositoryIsRecheckedWithConditionalRequests()
    {
        CatalogStore store;
        QVERIFY(store.open(m_dir->filePath(QStringLiteral("c.sqlite"))));
        QVERIFY(sync(store).ok());
        SyncJob::Options o;
        o.token = kToken;
        o.clientFactory = [this](const GitHubEndpoint &e, const QByteArray &t) {
            auto client = std::make_unique<GitHubClient>(e, t);
            client->setSleeper([](int) {});
            return client;
        };
        // GraphQL gives no ETags: the first re-check reads both files and
        // records theirs.
        SyncReport r = SyncJob(config(), o).refreshRepository(store, QStringLiteral("acme/orders"));
        QVERIFY2(r.ok(), qPrintable(r.fatal));
        QCOMPARE(r.requests.restRequests, 2);
        QCOMPARE(r.requests.notModified, 0);
        // Now nothing changed: two 304s, free against the rate limit, and no write.
        const int usedBefore = m_gh->rateLimit(QStringLiteral("core")).used;
        r = SyncJob(config(), o).refreshRepository(store, QStringLiteral("acme/orders"));
        QVERIFY(r.ok());
        QCOMPARE(r.requests.notModified, 2);
        QCOMPARE(r.reposUnchanged, 1);
        QCOMPARE(r.reposRead, 0);
        QCOMPARE(m_gh->rateLimit(QStringLiteral("core")).used, usedBefore);
        // One file changes: one 304, one 200, and the entity follows.
        m_gh->commit(QStringLiteral("acme"), QStringLiteral("orders"),
                     {{QStringLiteral("openapi.yaml"), "openapi: 3.1.0\ninfo: {title: Orders v3, version: '3'}\n"}});
        r = SyncJob(config(), o).refreshRepository(store, QStringLiteral("acme/orders"));
        QVERIFY(r.ok());
        QCOMPARE(r.requests.notModified, 1);
        QCOMPARE(r.reposRead, 1);
        QVERIFY(store.entity(QStringLiteral("api:order-api"))->data.value(u"spec").toObject().value(u"definition").toString().contains(u"Orders v3"));
        // Not synced, or not configured: said plainly.
        QVERIFY(SyncJob(config(), o).refreshRepository(store, QStringLiteral("acme/nope")).fatal.contains(u"not been synced"));
        QVERIFY(SyncJob(config(), o).refreshRepository(store, QStringLiteral("other/x")).fatal.contains(u"not a repository"));
    }
    void eachHostUsesItsOwnToken()
    {
        // Two organisations on two hosts (say github.com and an Enterprise
        // server; here both are the fake), each with its own token.
        const QByteArray other = "ghp_otherHostToken0123456789abcdefABCDEF";
        m_gh->addToken(other);
        m_gh->addOrg(QStringLiteral("platform"));
        FakeRepo r;
        r.name = QStringLiteral("tools");
        r.files = {{QStringLiteral("catalog-info.yaml"), component(QStringLiteral("tooling"))}};
        m_gh->addRepo(QStringLiteral("platform"), r);
        SyncConfig c = config();
        GitHubIntegration in2;
        in2.host = QStringLiteral("ghe.test");
        in2.apiBaseUrl = m_gh->apiUrl();
        c.integrations << in2;
        GitHubProvider p2;
        p2.id = QStringLiteral("platform");
        p2.organization = QStringLiteral("platform");
        p2.host = in2.host;
        c.providers << p2;
        SyncJob::Options o;
        o.tokenForHost = [&](const QString &host) { return host == kHost ? kToken : other; };
        o.clientFactory = [](const GitHubEndpoint &e, const QByteArray &t) {
            auto client = std::make_unique<GitHubClient>(e, t);
            client->setSleeper([](int) {});
            return client;
        };
        CatalogStore store;
        QVERIFY(store.open(m_dir->filePath(QStringLiteral("c.sqlite"))));
        const SyncReport rep = SyncJob(c, o).run(store);
        QVERIFY2(rep.ok(), qPrintable(rep.fatal));
        QVERIFY(store.entity(QStringLiteral("component:default/tooling")));
        QSet<QByteArray> used;
        for (const FakeRequest &req : m_gh->requests())
            used.insert(req.authorization);
        QCOMPARE(used, (QSet<QByteArray>{QByteArray("Bearer ") + kToken, QByteArray("Bearer ") + other}));
    }
    void killedSyncLeavesThePreviousCatalog()
    {
        // The real command line, killed while it waits for GitHub.
        const QString cache = m_dir->filePath(QStringLiteral("k.sqlite"));
        const QString cfg = m_dir->filePath(QStringLiteral("config.yaml"));
        QFile f(cfg);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("integrations:\n  github:\n    - host: %1\n      apiBaseUrl: %2\n"
                               "catalog:\n  providers:\n    github:\n      acme:\n        organization: acme\n        host: %1\n")
                    .arg(kHost, m_gh->apiUrl().toString())
                    .toUtf8());
        f.close();
        auto runCli = [&](QProcess &p) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("ATRIUM_TEST_TOKEN"), QString::fromLatin1(kToken));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(ATRIUM_BINARY), {QStringLiteral("sync"), QStringLiteral("--config"), cfg, QStringLiteral("--cache"), cache,
                                                    QStringLiteral("--token-env"), QStringLiteral("ATRIUM_TEST_TOKEN")});
        };
        {
            QProcess p;
            runCli(p);
            QVERIFY(p.waitForFinished(60000));
            QVERIFY2(p.exitCode() == 1, p.readAllStandardError().constData()); // the broken repository's error
            const QString out = QString::fromUtf8(p.readAllStandardOutput());
            QVERIFY2(out.contains(QStringLiteral("Repositories: 5 seen, 5 matched, 4 read, 0 unchanged, 1 without a catalog file")), qPrintable(out));
            QVERIFY(out.contains(QStringLiteral("Requests: 3 GraphQL, 0 REST")));
            QVERIFY(out.contains(QStringLiteral("Rate limit left:")));
            QVERIFY(!out.contains(QString::fromLatin1(kToken)));
        }
        m_gh->commit(QStringLiteral("acme"), QStringLiteral("orders"), {{QStringLiteral("catalog-info.yaml"), component(QStringLiteral("renamed"))}});
        m_gh->delayNext(20000, 1, QStringLiteral("AtriumFiles"));
        QProcess p;
        runCli(p);
        QTRY_VERIFY_WITH_TIMEOUT(graphqlRequests(QStringLiteral("AtriumFiles")) >= 1 || m_gh->requests().size() >= 4, 20000);
        QTest::qWait(200);
        ::kill(pid_t(p.processId()), SIGKILL);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);

        CatalogStore store;
        QVERIFY(store.open(cache));
        QVERIFY(store.entity(QStringLiteral("component:default/order-service")));
        QVERIFY(!store.entity(QStringLiteral("component:default/renamed")));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(cache);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }

    void registeredCopyGivesWayToTheRepository()
    {
        // catalog:register put the new service's file in the cache at once,
        // as its own source; the repository, once synced, supersedes it.
        CatalogStore store;
        QVERIFY(store.open(m_dir->filePath(QStringLiteral("c.sqlite"))));
        auto registered = [](const QString &url, const QString &name) {
            SourceUpdate u;
            u.info.id = QStringLiteral("scaffolder:") + url;
            u.info.kind = QStringLiteral("scaffolder");
            u.info.location = url;
            Entity e = Entity::fromDocument(QJsonDocument::fromJson(
                QStringLiteral(R"({"apiVersion":"backstage.io/v1alpha1","kind":"Component","metadata":{"name":"%1"},"spec":{"type":"service","lifecycle":"experimental","owner":"team-a"}})").arg(name).toUtf8()).object());
            e.source = u.info.id;
            e.file = url;
            u.entities = {e};
            return u;
        };
        const QString inOrg = QStringLiteral("https://%1/acme/orders/blob/main/catalog-info.yaml").arg(kHost);
        const QString elsewhere = QStringLiteral("https://%1/someone-else/tool/blob/main/catalog-info.yaml").arg(kHost);
        QVERIFY(store.replaceSources({registered(inOrg, QStringLiteral("orders-copy")), registered(elsewhere, QStringLiteral("tool"))}, {}));
        QVERIFY(store.entity(QStringLiteral("component:default/orders-copy")));
        QVERIFY(sync(store).ok());
        QStringList ids;
        for (const SourceInfo &s : store.sources())
            ids << s.id;
        QVERIFY2(!ids.contains(QStringLiteral("scaffolder:") + inOrg), qPrintable(ids.join(u' ')));
        QVERIFY(!store.entity(QStringLiteral("component:default/orders-copy")));
        // A location no provider covers stays as it was.
        QVERIFY(ids.contains(QStringLiteral("scaffolder:") + elsewhere));
        QVERIFY(store.entity(QStringLiteral("component:default/tool")));
    }

    void docsAreReadWithTheCatalog()
    {
        // A service with its docs beside it (`dir:`), one whose docs live in
        // another repository of the host (`url:`), and one on another host.
        FakeRepo svc;
        svc.name = QStringLiteral("docs-svc");
        svc.files = {
            {QStringLiteral("catalog-info.yaml"),
             component(QStringLiteral("docs-svc")).replace("metadata:\n  name: docs-svc\n",
                                                           "metadata:\n  name: docs-svc\n  annotations:\n    backstage.io/techdocs-ref: dir:.\n")
                 + "---\n"
                 + component(QStringLiteral("handbook-user")).replace("metadata:\n  name: handbook-user\n",
                                                                     "metadata:\n  name: handbook-user\n  annotations:\n    backstage.io/techdocs-ref: url:https://github.test/acme/handbook/tree/main/site\n")
                 + "---\n"
                 + component(QStringLiteral("elsewhere")).replace("metadata:\n  name: elsewhere\n",
                                                                 "metadata:\n  name: elsewhere\n  annotations:\n    backstage.io/techdocs-ref: url:https://gitlab.example/acme/x/tree/main\n")},
            {QStringLiteral("mkdocs.yml"), "site_name: Docs service\nnav:\n  - Home: index.md\n  - Runbook: ops/runbook.md\n"},
            {QStringLiteral("docs/index.md"),
             "# Docs service\n\nSee the [runbook](ops/runbook.md#restart).\n\n![Architecture](img/arch.png)\n\n![Gone](img/gone.png)\n"},
            {QStringLiteral("docs/ops/runbook.md"), "# Runbook\n\n## Restart\n\nRestart the flux capacitor.\n"},
            {QStringLiteral("docs/img/arch.png"), kPng},
        };
        m_gh->addRepo(QStringLiteral("acme"), svc);
        FakeRepo handbook;
        handbook.name = QStringLiteral("handbook");
        handbook.files = {{QStringLiteral("site/mkdocs.yml"), "site_name: Handbook\n"},
                          {QStringLiteral("site/docs/index.md"), "# Handbook\n\nHow we work.\n"},
                          {QStringLiteral("site/docs/onboarding.md"), "# Onboarding\n\nWelcome aboard.\n"}};
        m_gh->addRepo(QStringLiteral("acme"), handbook);

        CatalogStore store;
        QVERIFY(store.open(m_dir->filePath(QStringLiteral("c.sqlite"))));
        const SyncReport r = sync(store);
        QVERIFY(r.ok());
        // Docs cost three batched requests: mkdocs.yml and the docs folders,
        // the subfolders, then the pages.
        QCOMPARE(graphqlRequests(QStringLiteral("AtriumDocs")), 3);
        // GraphQL gives no binary content: the image the page shows is one
        // REST read; the one the listing does not have costs nothing.
        QCOMPARE(restRequests(QStringLiteral("/contents/docs/img/")), 1);

        docs::DocsStore docsStore(store);
        QCOMPARE(docsStore.entityRefs(), (QStringList{QStringLiteral("component:default/docs-svc"),
                                                       QStringLiteral("component:default/handbook-user")}));
        const auto site = docsStore.site(QStringLiteral("component:default/docs-svc"));
        QVERIFY(site);
        QCOMPARE(site->name(), QStringLiteral("Docs service"));
        QCOMPARE(site->pages(), (QStringList{QStringLiteral("index.md"), QStringLiteral("ops/runbook.md")}));
        const auto page = docsStore.page(QStringLiteral("component:default/docs-svc"), QStringLiteral("ops/runbook.md"));
        QVERIFY(page);
        QCOMPARE(page->title, QStringLiteral("Runbook"));
        // The image is kept for offline reading, byte for byte; the missing
        // one is named among the site's problems.
        QCOMPARE(docsStore.asset(QStringLiteral("component:default/docs-svc"), QStringLiteral("docs/img/arch.png")), kPng);
        QVERIFY(docsStore.asset(QStringLiteral("component:default/docs-svc"), QStringLiteral("docs/img/gone.png")).isEmpty());
        bool named = false;
        for (const Diagnostic &d : docsStore.problems(QStringLiteral("component:default/docs-svc")))
            named = named || d.message.contains(u"docs/img/gone.png");
        QVERIFY(named);
        // Without nav, the pages come from the folder's listing.
        const auto handbookSite = docsStore.site(QStringLiteral("component:default/handbook-user"));
        QVERIFY(handbookSite);
        QCOMPARE(handbookSite->pages().size(), 2);
        // Another host is reported, located at the entity's file.
        bool reported = false;
        for (const RepoProblem &p : r.problems)
            reported = reported || (p.message.contains(u"gitlab.example") && p.url.endsWith(u"catalog-info.yaml"));
        QVERIFY(reported);
        // Searchable at once.
        docs::SearchIndex index(store);
        index.setAutoRebuild(false);
        const auto hits = index.search(QStringLiteral("flux capacitor"));
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().ref, QStringLiteral("component:default/docs-svc"));

        // Nothing changed: no docs read again, and they stay.
        m_gh->clearRequests();
        QVERIFY(sync(store).ok());
        QCOMPARE(graphqlRequests(QStringLiteral("AtriumDocs")), 0);
        QCOMPARE(docsStore.entityRefs().size(), 2);

        // A runbook edit leaves catalog-info.yaml as it was: re-checking the
        // one repository still reads its docs again.
        m_gh->commit(QStringLiteral("acme"), QStringLiteral("docs-svc"),
                     {{QStringLiteral("docs/ops/runbook.md"), "# Runbook\n\n## Restart\n\nRestart the warp core.\n"}});
        SyncJob::Options o;
        o.token = kToken;
        o.clientFactory = [](const GitHubEndpoint &e, const QByteArray &t) {
            auto client = std::make_unique<GitHubClient>(e, t);
            client->setSleeper([](int) {});
            return client;
        };
        const SyncReport one = SyncJob(config(), o).refreshRepository(store, QStringLiteral("acme/docs-svc"));
        QVERIFY2(one.ok(), qPrintable(one.fatal));
        const auto edited = docsStore.page(QStringLiteral("component:default/docs-svc"), QStringLiteral("ops/runbook.md"));
        QVERIFY(edited);
        QVERIFY(edited->plainText.contains(u"warp core"));
        QCOMPARE(docsStore.asset(QStringLiteral("component:default/docs-svc"), QStringLiteral("docs/img/arch.png")), kPng);
        // The other entity's docs, from another repository, are untouched.
        QCOMPARE(docsStore.entityRefs().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
