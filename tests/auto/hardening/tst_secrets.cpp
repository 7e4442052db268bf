// SPDX-License-Identifier: Apache-2.0
// A known token through a sync (in process and from the command line, with
// every log category on, successes and failures) and through a scaffolder
// run that creates and pushes a repository: the token must appear in no log
// line, no command output, no error or step log, no byte of the cache (the
// -wal and -shm files included) or the task history, and no request line
// (path, query or body) the fake servers saw; only in Authorization headers.
#include "catalogstore.h"
#include "fakegithub.h"
#include "fakescaffolder.h"
#include "githubclient.h"
#include "syncjob.h"
#include "taskrunner.h"
#include "taskstore.h"
#include "yamlreader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <git2.h>

using namespace atrium;
using namespace atrium::fake;
using namespace atrium::scaffolder;

namespace {

// Shaped like a classic PAT, so that the shape-based redaction would also
// catch it; the second is not shaped like one, so only the exact-value
// redaction (and not writing it anywhere) protects it.
const QByteArray kToken = QByteArrayLiteral("ghp_SecretsGrepToken0123456789abcdefABCD");
const QByteArray kPlainToken = QByteArrayLiteral("plain-token-without-github-shape-7f3a9c");
const QString kHost = QStringLiteral("github.test");

QMutex g_logMutex;
QStringList g_log;

void capture(QtMsgType, const QMessageLogContext &ctx, const QString &msg)
{
    QMutexLocker lock(&g_logMutex);
    g_log << QStringLiteral("%1: %2").arg(QString::fromLatin1(ctx.category ? ctx.category : "default"), msg);
}

QList<QByteArray> tokens()
{
    return {kToken, kPlainToken, QByteArray(kToken).toBase64(), QByteArray("x-access-token:" + kToken).toBase64(),
            QByteArray(kPlainToken).toBase64()};
}

/** Where a token occurs in @p data, or an empty string. */
QString leak(const QByteArray &data)
{
    for (const QByteArray &t : tokens())
        if (data.contains(t))
            return QString::fromLatin1(t.left(12)) + QStringLiteral("...");
    return {};
}

QByteArray component(const QString &name)
{
    return QStringLiteral("apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: %1\nspec:\n  type: service\n"
                          "  lifecycle: production\n  owner: team-a\n")
        .arg(name)
        .toUtf8();
}

QString initBare(const QString &path)
{
    git_libgit2_init();
    git_repository *repo = nullptr;
    git_repository_init(&repo, QFile::encodeName(path).constData(), 1);
    git_repository_free(repo);
    git_libgit2_shutdown();
    return QUrl::fromLocalFile(path).toString();
}

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<FakeGitHub> m_gh;

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
        c.providers << p;
        return c;
    }

    SyncReport sync(CatalogStore &store, const QByteArray &token)
    {
        SyncJob::Options o;
        o.token = token;
        FakeGitHub *gh = m_gh.get();
        o.clientFactory = [gh](const GitHubEndpoint &e, const QByteArray &t) {
            GitHubClient::Options co;
            co.maxAttempts = 2;
            auto client = std::make_unique<GitHubClient>(e, t, co);
            client->setSleeper([gh](int ms) { gh->advanceClock(ms); });
            client->setClock([gh] { return gh->now(); });
            return client;
        };
        return SyncJob(config(), o).run(store);
    }

    void checkLog(const char *what)
    {
        QMutexLocker lock(&g_logMutex);
        QVERIFY2(!g_log.isEmpty(), what);
        for (const QString &line : std::as_const(g_log))
            QVERIFY2(leak(line.toUtf8()).isEmpty(), qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(what), line)));
    }

    void checkFiles(const QString &folder)
    {
        int files = 0;
        QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(QLatin1String("/remotes/")))
                continue; // the pushed repositories hold what the template wrote, not ours to check
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString where = leak(f.readAll());
            QVERIFY2(where.isEmpty(), qPrintable(QStringLiteral("%1 holds %2").arg(path, where)));
            ++files;
        }
        QVERIFY(files > 0);
    }

    void checkRequests()
    {
        int authorized = 0;
        for (const FakeRequest &r : m_gh->requests()) {
            const QByteArray line = r.method + ' ' + r.path.toUtf8() + '?' + r.query.toUtf8();
            QVERIFY2(leak(line).isEmpty(), line.constData());
            QVERIFY2(leak(r.body).isEmpty(), line.constData());
            if (!r.authorization.isEmpty()) {
                QVERIFY2(r.authorization == "Bearer " + kToken || r.authorization == "Bearer " + kPlainToken, line.constData());
                ++authorized;
            }
        }
        QVERIFY(authorized > 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // The grep itself finds what it looks for.
        QVERIFY(!leak("log: Bearer " + kToken + " end").isEmpty());
        QVERIFY(!leak("Basic " + QByteArray("x-access-token:" + kToken).toBase64()).isEmpty());
        QVERIFY(leak("ghp_***").isEmpty());
        // Every category, debug included: a token must not hide behind a
        // log level that is off by default.
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\nqt.*.debug=false"));
        qInstallMessageHandler(capture);

        m_gh = std::make_unique<FakeGitHub>();
        QVERIFY(m_gh->listen());
        m_gh->addToken(kToken);
        m_gh->addToken(kPlainToken);
        m_gh->addOrg(QStringLiteral("acme"));
        FakeRepo orders;
        orders.name = QStringLiteral("orders");
        orders.files = {{QStringLiteral("catalog-info.yaml"),
                         component(QStringLiteral("order-service"))
                             + "---\napiVersion: backstage.io/v1alpha1\nkind: API\nmetadata: {name: order-api}\n"
                               "spec: {type: openapi, lifecycle: production, owner: team-a, definition: {$text: ./openapi.yaml}}\n"},
                        {QStringLiteral("openapi.yaml"), "openapi: 3.0.0\ninfo: {title: Orders, version: '1'}\n"}};
        m_gh->addRepo(QStringLiteral("acme"), orders);
        FakeRepo broken;
        broken.name = QStringLiteral("broken");
        broken.files = {{QStringLiteral("catalog-info.yaml"), "apiVersion: backstage.io/v1alpha1\nkind: [unclosed\n"}};
        m_gh->addRepo(QStringLiteral("acme"), broken);
        FakeRepo missing;
        missing.name = QStringLiteral("missing-target");
        missing.files = {{QStringLiteral("catalog-info.yaml"),
                          "apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata: {name: m}\nspec: {targets: [./nowhere.yaml]}\n"}};
        m_gh->addRepo(QStringLiteral("acme"), missing);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(nullptr);
        QLoggingCategory::setFilterRules(QString());
    }

    void syncInProcess()
    {
        const QString cache = m_dir.filePath(QStringLiteral("sync/catalog.sqlite"));
        QDir().mkpath(QFileInfo(cache).path());
        {
            CatalogStore store;
            QVERIFY(store.open(cache));
            for (const QByteArray &token : {kToken, kPlainToken}) {
                const SyncReport r = sync(store, token);
                QVERIFY2(r.ok(), qPrintable(r.fatal));
                if (token == kToken)
                    QVERIFY(r.errors > 0); // the broken file, reported (the second sync finds nothing changed)
                for (const RepoProblem &p : r.problems)
                    QVERIFY2(leak(p.message.toUtf8()).isEmpty(), qPrintable(p.message));
            }
            // One repository re-read with conditional REST requests.
            m_gh->commit(QStringLiteral("acme"), QStringLiteral("orders"), {{QStringLiteral("catalog-info.yaml"), component(QStringLiteral("renamed"))}});
            SyncJob::Options o;
            o.token = kToken;
            const SyncReport refreshed = SyncJob(config(), o).refreshRepository(store, QStringLiteral("acme/orders"));
            QVERIFY2(leak(refreshed.fatal.toUtf8()).isEmpty(), qPrintable(refreshed.fatal));

            // Failures: a token GitHub refuses, an organisation behind SSO.
            m_gh->revokeToken(kPlainToken);
            const SyncReport refused = sync(store, kPlainToken);
            QVERIFY(!refused.ok());
            QVERIFY2(leak(refused.fatal.toUtf8()).isEmpty(), qPrintable(refused.fatal));
            m_gh->addToken(kPlainToken);
            m_gh->setSsoRequired(QStringLiteral("acme"));
            const SyncReport sso = sync(store, kToken);
            QVERIFY2(leak(sso.fatal.toUtf8()).isEmpty(), qPrintable(sso.fatal));
            for (const RepoProblem &p : sso.problems)
                QVERIFY2(leak(p.message.toUtf8()).isEmpty(), qPrintable(p.message));
            m_gh->setSsoRequired(QStringLiteral("acme"), false);
        }
        checkLog("in-process sync");
        checkFiles(QFileInfo(cache).path());
        checkRequests();
    }

    void syncFromTheCommandLine()
    {
        const QString folder = m_dir.filePath(QStringLiteral("cli"));
        QDir().mkpath(folder);
        const QString cfg = folder + QStringLiteral("/config.yaml");
        QFile f(cfg);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("integrations:\n  github:\n    - host: %1\n      apiBaseUrl: %2\n"
                               "catalog:\n  providers:\n    github:\n      acme:\n        organization: acme\n        host: %1\n")
                    .arg(kHost, m_gh->apiUrl().toString())
                    .toUtf8());
        f.close();
        auto run = [&](const QByteArray &token, const QStringList &extra = {}) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("ATRIUM_SECRET_TOKEN"), QString::fromLatin1(token));
            env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true;qt.*.debug=false"));
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), folder + QStringLiteral("/xdg-config"));
            env.insert(QStringLiteral("XDG_DATA_HOME"), folder + QStringLiteral("/xdg-data"));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(ATRIUM_BINARY), QStringList{QStringLiteral("sync"), QStringLiteral("--config"), cfg, QStringLiteral("--cache"),
                                                               folder + QStringLiteral("/catalog.sqlite"), QStringLiteral("--token-env"),
                                                               QStringLiteral("ATRIUM_SECRET_TOKEN")}
                                                       + extra);
            if (!p.waitForFinished(60000))
                return QByteArray("timed out");
            const QByteArray out = p.readAllStandardOutput() + p.readAllStandardError();
            return out;
        };
        const QByteArray first = run(kToken);
        QVERIFY2(first.contains("Repositories:"), first.constData());
        QVERIFY2(first.contains("atrium.github"), first.constData()); // the debug log was on
        QVERIFY2(leak(first).isEmpty(), first.constData());
        const QByteArray one = run(kToken, {QStringLiteral("--repo"), QStringLiteral("acme/orders")});
        QVERIFY2(leak(one).isEmpty(), one.constData());
        m_gh->revokeToken(kPlainToken);
        const QByteArray refused = run(kPlainToken);
        QVERIFY2(leak(refused).isEmpty(), refused.constData());
        m_gh->addToken(kPlainToken);
        checkFiles(folder);
        checkRequests();
    }

    void scaffolderRun()
    {
        const QString folder = m_dir.filePath(QStringLiteral("scaffolder"));
        QDir().mkpath(folder + QStringLiteral("/work"));
        FakeScaffolder fake;
        QVERIFY(fake.listen());
        fake.setToken(kToken);
        fake.setArgoToken(QByteArrayLiteral("argo-token"));
        fake.addOrg(QStringLiteral("acme-commerce"));
        const bool http = fake.serveGit(folder + QStringLiteral("/remotes"), kToken);
        FakeScaffolder *f = &fake;
        fake.setCloneUrlProvider([folder, f, http](const QString &owner, const QString &name) {
            const QString url = initBare(QStringLiteral("%1/remotes/%2/%3.git").arg(folder, owner, name));
            // Pushed over smart HTTP with the token, where git is installed.
            return http ? f->gitUrl(QStringLiteral("%1/%2.git").arg(owner, name)) : url;
        });

        const QString templatePath = QStringLiteral(ATRIUM_DEMO_DIR "/templates/spring-boot-service/template.yaml");
        QFile tf(templatePath);
        QVERIFY(tf.open(QIODevice::ReadOnly));
        QJsonObject tmpl;
        for (const YamlDocument &d : parseYaml(tf.readAll(), templatePath).documents)
            if (d.root.toObject().value(QStringLiteral("kind")).toString() == u"Template")
                tmpl = d.root.toObject();
        QVERIFY(!tmpl.isEmpty());

        const QString cache = folder + QStringLiteral("/catalog.sqlite");
        ActionContext ctx;
        ctx.cachePath = cache;
        const QUrl api = fake.apiUrl();
        ctx.githubClient = [api](const QString &host) -> std::unique_ptr<GitHubClient> {
            if (host != u"github.com")
                return nullptr;
            GitHubClient::Options o;
            o.maxAttempts = 1;
            return std::make_unique<GitHubClient>(GitHubEndpoint::forHost(QStringLiteral("github.com"), api), kToken, o);
        };
        ctx.tokenForHost = [](const QString &) { return kToken; };
        ctx.argoInstances << ArgoInstance{QStringLiteral("main"), fake.argoUrl(), QByteArrayLiteral("argo-token")};
        ctx.clock = [] { return QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC); };

        TaskSpec spec;
        spec.templateEntity = tmpl;
        spec.templateLocation = templatePath;
        spec.templateRef = QStringLiteral("template:default/spring-boot-service");
        spec.parameters = QJsonObject{{QStringLiteral("serviceName"), QStringLiteral("secret-check")},
                                      {QStringLiteral("description"), QStringLiteral("Token grep")},
                                      {QStringLiteral("ownerTeam"), QStringLiteral("group:default/team-payments")},
                                      {QStringLiteral("tier"), QStringLiteral("tier-2")},
                                      {QStringLiteral("javaVersion"), QStringLiteral("21")},
                                      {QStringLiteral("database"), QStringLiteral("postgresql")},
                                      {QStringLiteral("messageQueue"), QStringLiteral("none")},
                                      {QStringLiteral("replicaCount"), 3}};
        spec.workspaceParent = folder + QStringLiteral("/work");
        spec.user = QJsonObject{{QStringLiteral("ref"), QStringLiteral("user:default/guest")}};

        const TaskResult done = TaskRunner(spec, ctx).run();
        QVERIFY2(done.status == TaskResult::Completed, qPrintable(done.error));
        // The same again fails (the repository exists): error paths too.
        const TaskResult failed = TaskRunner(spec, ctx).run();
        QCOMPARE(failed.status, TaskResult::Failed);
        for (const TaskResult &r : {done, failed}) {
            QVERIFY2(leak(r.error.toUtf8()).isEmpty(), qPrintable(r.error));
            for (const StepState &s : r.steps) {
                QVERIFY2(leak(s.log.join(u'\n').toUtf8()).isEmpty(), qPrintable(s.log.join(u'\n')));
                QVERIFY2(leak(s.error.toUtf8()).isEmpty(), qPrintable(s.error));
                QVERIFY(leak(QJsonDocument(s.output).toJson()).isEmpty());
            }
            QVERIFY(leak(QJsonDocument(r.output).toJson()).isEmpty());
        }
        // The task history, as the app shows it.
        TaskStore store;
        QVERIFY(store.open(cache));
        const QList<TaskRecord> history = store.tasks();
        QCOMPARE(history.size(), 2);
        for (const TaskRecord &t : history) {
            QVERIFY(leak(QJsonDocument(t.steps).toJson()).isEmpty());
            QVERIFY(leak(QJsonDocument(t.parameters).toJson()).isEmpty());
            QVERIFY(leak(t.error.toUtf8()).isEmpty());
        }
        bool pushedWithToken = false;
        for (const FakeScaffolderRequest &r : fake.requests()) {
            QVERIFY2(leak(r.path.toUtf8()).isEmpty(), qPrintable(r.path));
            QVERIFY2(leak(QJsonDocument(r.body).toJson()).isEmpty(), qPrintable(r.path));
            pushedWithToken |= r.path.startsWith(QStringLiteral("/git/")) && r.authorization.startsWith("Basic ");
        }
        // Where git is installed the push went over HTTP with the token (as
        // Basic credentials), the path most likely to put it in a URL.
        QCOMPARE(pushedWithToken, http);
        checkLog("scaffolder");
        checkFiles(folder);
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
