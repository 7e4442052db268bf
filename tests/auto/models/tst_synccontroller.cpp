// SPDX-License-Identifier: Apache-2.0
// The Sync page's controller against a local fake GitHub: a sync from the
// controller fills the cache and reloads the catalog, reports progress,
// lists failing and slow repositories with their GitHub URLs, can be
// cancelled, runs on the schedule, and signs in with the device flow.
#include "appcontroller.h"
#include "catalogstore.h"
#include "fakegithub.h"
#include "githubclient.h"
#include "synccontroller.h"
#include "syncproblemsmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QImage>
#include <QMutex>
#include <QProcess>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace atrium;
using namespace atrium::fake;

namespace {
const QByteArray kToken = "ghp_atriumControllerTest0123456789abcdef";

QByteArray component(const QString &name)
{
    return QStringLiteral("apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: %1\n"
                          "  description: The %1.\nspec:\n  type: service\n  lifecycle: production\n  owner: team-a\n")
        .arg(name)
        .toUtf8();
}

/** A token source the test can change from any thread. */
struct Tokens {
    QMutex mutex;
    QByteArray token = kToken;
    QByteArray get()
    {
        QMutexLocker lock(&mutex);
        return token;
    }
    void set(const QByteArray &t)
    {
        QMutexLocker lock(&mutex);
        token = t;
    }
};
} // namespace

class TestSyncController : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeGitHub> m_gh;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppController> m_app;
    std::unique_ptr<SyncController> m_sync;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::shared_ptr<Tokens> m_tokens;

    QString cachePath() const { return m_dir->filePath(QStringLiteral("catalog.sqlite")); }
    QString configPath() const { return m_dir->filePath(QStringLiteral("config/config.yaml")); }

    void writeConfig(const QString &extraProvider = {})
    {
        QDir().mkpath(m_dir->filePath(QStringLiteral("config")));
        QFile f(configPath());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("integrations:\n  github:\n    - host: github.com\n      apiBaseUrl: %1\n"
                               "catalog:\n  providers:\n    github:\n      acme:\n        organization: acme\n%2")
                    .arg(m_gh->apiUrl().toString(), extraProvider)
                    .toUtf8());
    }

    /** A controller wired as gui.cpp does, with the fake's seams. */
    void makeController()
    {
        m_tester.reset();
        m_sync.reset();
        m_sync = std::make_unique<SyncController>(m_app.get());
        m_sync->setLinksEnabled(false);
        m_sync->setScheduleEnabled(false);
        m_sync->setCachePath(cachePath());
        auto tokens = m_tokens;
        m_sync->setTokenProvider([tokens](const QString &) {
            TokenStore::Result r;
            r.token = tokens->get();
            r.ok = true;
            return r;
        });
        FakeGitHub *gh = m_gh.get();
        m_sync->setClientFactory([gh](const GitHubEndpoint &e, const QByteArray &t) {
            auto client = std::make_unique<GitHubClient>(e, t);
            // Backoff and rate-limit waits cost nothing: the fake's clock moves.
            client->setSleeper([gh](int ms) { gh->advanceClock(ms); });
            client->setClock([gh] { return gh->now(); });
            return client;
        });
        m_sync->setConfigPath(configPath());
        m_tester = std::make_unique<QAbstractItemModelTester>(m_sync->problems(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(m_sync->waitForIdle());
    }

    bool syncAndReload()
    {
        QSignalSpy reloaded(m_app.get(), &AppController::loadFinished);
        QSignalSpy finished(m_sync.get(), &SyncController::finished);
        if (!m_sync->syncNow())
            return false;
        if (!finished.wait(30000) || !finished.first().first().toBool())
            return false;
        return reloaded.count() > 0 || reloaded.wait(30000);
    }

    int row(const QString &repository, const QString &severity = {}) const
    {
        const SyncProblemsModel *m = m_sync->problems();
        for (int r = 0; r < m->rowCount(); ++r) {
            const QModelIndex i = m->index(r);
            if (i.data(SyncProblemsModel::RepositoryRole).toString() == repository
                && (severity.isEmpty() || i.data(SyncProblemsModel::SeverityRole).toString() == severity))
                return r;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_tokens = std::make_shared<Tokens>();
        m_gh = std::make_unique<FakeGitHub>();
        QVERIFY(m_gh->listen());
        m_gh->addToken(kToken);
        m_gh->addOrg(QStringLiteral("acme"));
        FakeRepo orders;
        orders.name = QStringLiteral("orders");
        orders.files = {{QStringLiteral("catalog-info.yaml"), component(QStringLiteral("order-service"))}};
        m_gh->addRepo(QStringLiteral("acme"), orders);
        FakeRepo payments;
        payments.name = QStringLiteral("payments");
        payments.files = {{QStringLiteral("catalog-info.yaml"), component(QStringLiteral("payment-service"))}};
        m_gh->addRepo(QStringLiteral("acme"), payments);
        FakeRepo broken;
        broken.name = QStringLiteral("broken");
        broken.files = {{QStringLiteral("catalog-info.yaml"), "apiVersion: backstage.io/v1alpha1\nkind: [unclosed\n"}};
        m_gh->addRepo(QStringLiteral("acme"), broken);
        FakeRepo bare;
        bare.name = QStringLiteral("no-catalog");
        bare.files = {{QStringLiteral("README.md"), "# nothing\n"}};
        m_gh->addRepo(QStringLiteral("acme"), bare);
        writeConfig();

        m_app = std::make_unique<AppController>(nullptr, m_dir->path());
        m_app->setLinksEnabled(false);
        m_app->openCache(cachePath());
        QVERIFY(m_app->waitForLoaded());
        QCOMPARE(m_app->catalog()->count(), 0);
        makeController();
    }

    void cleanup()
    {
        m_tester.reset();
        m_sync.reset();
        m_app.reset();
        m_gh.reset();
        m_dir.reset();
    }

    void configIsRead()
    {
        QVERIFY(m_sync->configExists());
        QVERIFY(m_sync->configured());
        QCOMPARE(m_sync->configPath(), configPath());
        QCOMPARE(m_sync->frequencySeconds(), 1800);
        QCOMPARE(m_sync->sourceLines().size(), 1);
        QVERIFY(m_sync->sourceLines().first().contains(u"acme"));
        QVERIFY(!m_sync->needsSignIn());
        QVERIFY(!m_sync->hasSynced());
        QCOMPARE(m_sync->lastSyncText(), QStringLiteral("never"));
    }

    void syncFillsTheCacheAndReloadsTheCatalog()
    {
        QSignalSpy progress(m_sync.get(), &SyncController::progressChanged);
        QSignalSpy running(m_sync.get(), &SyncController::runningChanged);
        QList<QPair<int, int>> seen;
        connect(m_sync.get(), &SyncController::progressChanged, this,
                [&] { seen << qMakePair(m_sync->done(), m_sync->total()); });
        QVERIFY(syncAndReload());
        QVERIFY(!m_sync->running());
        QCOMPARE(running.count(), 2);
        // Progress came from the worker: listing first (total unknown), then
        // repository by repository up to all of them.
        QVERIFY2(progress.count() >= 4, qPrintable(QString::number(progress.count())));
        QVERIFY(seen.contains(qMakePair(4, 4)) || seen.contains(qMakePair(3, 4)));
        bool listed = false;
        for (const auto &p : std::as_const(seen))
            listed |= p.second == 0;
        QVERIFY(listed);

        // The catalog views show what the sync wrote.
        QCOMPARE(m_app->catalog()->count(), 2);
        QVERIFY(m_app->hasEntity(QStringLiteral("component:default/order-service")));
        QVERIFY(m_app->hasEntity(QStringLiteral("component:default/payment-service")));
        QVERIFY(m_app->problems()->errorCount() >= 1);

        // The status line's numbers.
        QVERIFY(m_sync->hasSynced());
        QCOMPARE(m_sync->requestsUsed(), 2); // the listing, one batch of files
        QVERIFY(m_sync->rateLimitLeft() > 0);
        QVERIFY(!m_sync->rateLimitText().isEmpty());
        QVERIFY(!m_sync->durationText().isEmpty());
        QVERIFY(m_sync->lastError().isEmpty());
        QVERIFY(m_sync->statusText().startsWith(u"Synced"));
        QVERIFY(m_sync->resultText().contains(u"3 repositories read"));
        QVERIFY(!m_sync->notice().isEmpty());
        QVERIFY(!m_sync->noticeIsError());

        // The repository whose file does not parse is listed, linked to GitHub.
        const int broken = row(QStringLiteral("acme/broken"), QStringLiteral("error"));
        QVERIFY(broken >= 0);
        const QModelIndex i = m_sync->problems()->index(broken);
        QCOMPARE(i.data(SyncProblemsModel::UrlRole).toString(),
                 QStringLiteral("https://github.com/acme/broken/blob/main/catalog-info.yaml"));
        QCOMPARE(i.data(SyncProblemsModel::FileRole).toString(), QStringLiteral("catalog-info.yaml"));
        QVERIFY(!i.data(SyncProblemsModel::SlowRole).toBool());
        QVERIFY(m_sync->openProblem(broken));

        // What the last sync did is kept beside the cache for the next start.
        QSettings state(cachePath() + QStringLiteral(".sync.ini"), QSettings::IniFormat);
        QCOMPARE(state.value(QStringLiteral("requests")).toInt(), 2);
    }

    void signedInUserBecomesMe()
    {
        // The org's people, one named like the token's user (the fake's
        // default login): "Mine" starts from that User and its groups.
        FakeRepo people;
        people.name = QStringLiteral("people");
        people.files = {{QStringLiteral("catalog-info.yaml"),
                         "apiVersion: backstage.io/v1alpha1\nkind: User\nmetadata:\n  name: octocat\nspec:\n  memberOf: [team-a]\n---\n"
                         "apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: team-a\nspec:\n  type: team\n  children: []\n"}};
        m_gh->addRepo(QStringLiteral("acme"), people);
        QVERIFY(m_app->me().isEmpty());
        QVERIFY(syncAndReload());
        QCOMPARE(m_app->me(), QStringLiteral("user:default/octocat"));
        QVERIFY(m_app->myOwners().contains(QStringLiteral("group:default/team-a")));
        // A choice the user makes wins, and is kept.
        m_app->setMe(QStringLiteral("user:default/someone-else"));
        QCOMPARE(m_app->me(), QStringLiteral("user:default/someone-else"));
        m_app->setMe(QString());
    }

    void failingRepositoryIsListedWithItsUrl()
    {
        QVERIFY(syncAndReload());
        m_gh->commit(QStringLiteral("acme"), QStringLiteral("orders"),
                     {{QStringLiteral("catalog-info.yaml"), component(QStringLiteral("renamed"))}});
        // Every attempt the client makes fails.
        m_gh->failNext(GitHubClient::Options{}.maxAttempts, 502, "Bad gateway", QStringLiteral("AtriumFiles"));
        QVERIFY(syncAndReload());
        const int r = row(QStringLiteral("acme/orders"), QStringLiteral("error"));
        QVERIFY2(r >= 0, "acme/orders is not listed");
        const QModelIndex i = m_sync->problems()->index(r);
        QCOMPARE(i.data(SyncProblemsModel::UrlRole).toString(),
                 QStringLiteral("https://github.com/acme/orders/blob/main/catalog-info.yaml"));
        QVERIFY(!i.data(SyncProblemsModel::MessageRole).toString().isEmpty());
        // Failed rows come first, and the old entities stay.
        QCOMPARE(r, 0);
        QVERIFY(m_app->hasEntity(QStringLiteral("component:default/order-service")));
        QVERIFY(!m_app->hasEntity(QStringLiteral("component:default/renamed")));
        QVERIFY(m_sync->noticeIsError());
        const int used = m_sync->requestsUsed();
        QVERIFY(used > 2); // the retries count

        // A new controller (the next start) lists it from the cache alone.
        makeController();
        m_app->reload();
        QVERIFY(m_app->waitForLoaded());
        QTRY_VERIFY(row(QStringLiteral("acme/orders"), QStringLiteral("error")) >= 0);
        QVERIFY(m_sync->hasSynced());
        QCOMPARE(m_sync->requestsUsed(), used);
    }

    void failedSyncKeepsTheCatalogAndSaysWhy()
    {
        QVERIFY(syncAndReload());
        const int before = m_app->catalog()->count();
        m_tokens->set("ghp_revokedRevokedRevoked0123456789abcd");
        QSignalSpy finished(m_sync.get(), &SyncController::finished);
        QVERIFY(m_sync->syncNow());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!m_sync->lastError().isEmpty());
        QVERIFY(!m_sync->lastError().contains(u"ghp_"));
        QVERIFY(m_sync->noticeIsError());
        QVERIFY(m_sync->notice().contains(u"left as it was"));
        QVERIFY(m_sync->statusText().startsWith(u"Sync failed"));
        QCOMPARE(m_app->catalog()->count(), before);
    }

    void noTokenNeedsSignIn()
    {
        m_tokens->set({});
        m_sync->checkToken();
        QVERIFY(m_sync->waitForIdle());
        QVERIFY(m_sync->needsSignIn());
        QSignalSpy finished(m_sync.get(), &SyncController::finished);
        QVERIFY(m_sync->syncNow());
        QVERIFY(finished.wait(10000));
        QVERIFY(m_sync->lastError().contains(u"ATRIUM_GITHUB_TOKEN"));
        QCOMPARE(m_gh->requestCount(), 0);
        // Without an OAuth app, the sign-in says what to do instead.
        QVERIFY(!m_sync->signInAvailable());
        m_sync->signIn();
        QVERIFY(m_sync->signInError().contains(u"ATRIUM_GITHUB_TOKEN"));
    }

    void signInWithTheDeviceFlowStoresTheToken()
    {
        m_tokens->set({});
        m_sync->checkToken();
        QVERIFY(m_sync->waitForIdle());
        QVERIFY(m_sync->needsSignIn());
        m_gh->setDeviceFlow(QStringLiteral("Iv1.atrium"), 5, 900);
        m_sync->setOAuthClientId(QStringLiteral("Iv1.atrium"));
        QVERIFY(m_sync->signInAvailable());
        FakeGitHub *gh = m_gh.get();
        m_sync->setDeviceFlowSetup([gh](GitHubClient &http) {
            // The user approves while Atrium waits for its first poll.
            http.setSleeper([gh](int ms) {
                gh->advanceClock(ms);
                if (!gh->lastUserCode().isEmpty())
                    gh->approveDevice(gh->lastUserCode());
            });
            http.setClock([gh] { return gh->now(); });
        });
        auto tokens = m_tokens;
        QByteArray stored;
        m_sync->setTokenWriter([tokens, &stored](const QString &host, const QByteArray &token) {
            TokenStore::Result r;
            r.ok = host == u"github.com";
            stored = token;
            tokens->set(token);
            return r;
        });
        QString shownCode;
        connect(m_sync.get(), &SyncController::signInChanged, this, [&] {
            if (!m_sync->userCode().isEmpty())
                shownCode = m_sync->userCode();
        });
        QSignalSpy done(m_sync.get(), &SyncController::signInFinished);
        QSignalSpy synced(m_sync.get(), &SyncController::finished);
        m_sync->signIn();
        QVERIFY(m_sync->signingIn());
        QVERIFY(done.wait(30000));
        QCOMPARE(done.first().first().toBool(), true);
        QVERIFY(!stored.isEmpty());
        QVERIFY(!m_sync->needsSignIn());
        QVERIFY(m_sync->signInError().isEmpty());
        // The code was shown on the way.
        QCOMPARE(shownCode, m_gh->lastUserCode());
        // Signing in starts the sync it was for, with the new token.
        QVERIFY(synced.count() > 0 || synced.wait(30000));
        QCOMPARE(synced.first().first().toBool(), true);
    }

    void userCodeIsShownWhileWaiting()
    {
        m_gh->setDeviceFlow(QStringLiteral("Iv1.atrium"), 5, 900);
        m_sync->setOAuthClientId(QStringLiteral("Iv1.atrium"));
        FakeGitHub *gh = m_gh.get();
        // Nobody approves: polls go on (quickly) until cancelled.
        m_sync->setDeviceFlowSetup([gh](GitHubClient &http) {
            http.setSleeper([gh](int ms) {
                gh->advanceClock(ms);
                QThread::msleep(20);
            });
            http.setClock([gh] { return gh->now(); });
        });
        m_sync->signIn();
        QTRY_VERIFY_WITH_TIMEOUT(!m_sync->userCode().isEmpty(), 10000);
        QCOMPARE(m_sync->userCode(), m_gh->lastUserCode());
        QVERIFY(m_sync->verificationUrl().endsWith(u"/login/device"));
        QVERIFY(m_sync->openVerificationUrl());
        QSignalSpy done(m_sync.get(), &SyncController::signInFinished);
        m_sync->cancelSignIn();
        QVERIFY(done.wait(10000));
        QCOMPARE(done.first().first().toBool(), false);
        QVERIFY(!m_sync->signingIn());
        QVERIFY(m_sync->userCode().isEmpty());
        QVERIFY(m_sync->signInError().isEmpty()); // cancelling is not an error
    }

    void cancelStopsTheSync()
    {
        // The file batch answers only after a long while: cancel before.
        m_gh->delayNext(20000, 1, QStringLiteral("AtriumFiles"));
        QSignalSpy finished(m_sync.get(), &SyncController::finished);
        QVERIFY(m_sync->syncNow());
        QTRY_VERIFY_WITH_TIMEOUT(m_sync->total() > 0, 10000);
        QVERIFY(m_sync->running());
        m_sync->cancel();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(m_sync->lastCancelled());
        QVERIFY(m_sync->lastError().isEmpty());
        QVERIFY(m_sync->notice().contains(u"cancelled"));
        // Nothing was written.
        CatalogStore store;
        QVERIFY(store.open(cachePath()));
        QCOMPARE(store.entityCount(), 0);
    }

    void secondSyncNowWhileRunningIsRefused()
    {
        m_gh->delayNext(1500, 1, QStringLiteral("AtriumRepos"));
        QSignalSpy finished(m_sync.get(), &SyncController::finished);
        QVERIFY(m_sync->syncNow());
        QVERIFY(!m_sync->syncNow());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.count(), 1);
    }

    void scheduleRunsTheSync()
    {
        // A short schedule: every second.
        QFile f(configPath());
        QVERIFY(f.open(QIODevice::Append));
        f.write("        schedule:\n          frequency: {seconds: 1}\n          timeout: {minutes: 1}\n");
        f.close();
        m_sync->reloadConfig();
        QCOMPARE(m_sync->frequencySeconds(), 1);
        QVERIFY(!m_sync->scheduled());
        QSignalSpy started(m_sync.get(), &SyncController::scheduledRunStarted);
        QSignalSpy finished(m_sync.get(), &SyncController::finished);
        m_sync->setScheduleEnabled(true);
        QVERIFY(m_sync->scheduled());
        QVERIFY(!m_sync->nextRunText().isEmpty());
        QVERIFY(started.wait(5000));
        QVERIFY(finished.wait(30000));
        // And again, a frequency later.
        QVERIFY(started.count() >= 2 || started.wait(5000));
        m_sync->setScheduleEnabled(false);
        QVERIFY(m_sync->waitForIdle());
        QVERIFY(!m_sync->scheduled());
        QCOMPARE(m_sync->nextRunText(), QStringLiteral("paused"));
    }

    void slowRepositoriesAreFlagged()
    {
        m_sync->setSlowRepoMs(-1); // every read counts as slow
        QVERIFY(syncAndReload());
        const int r = row(QStringLiteral("acme/orders"), QStringLiteral("slow"));
        QVERIFY(r >= 0);
        const QModelIndex i = m_sync->problems()->index(r);
        QVERIFY(i.data(SyncProblemsModel::SlowRole).toBool());
        QVERIFY(i.data(SyncProblemsModel::MessageRole).toString().startsWith(u"refresh took "));
        QVERIFY(i.data(SyncProblemsModel::MessageRole).toString().endsWith(u" s"));
    }

    void onlyWebLinksOpen()
    {
        QSignalSpy refused(m_sync.get(), &SyncController::linkRefused);
        m_sync->problems()->setProblems({{SyncProblem::Failed, QStringLiteral("acme/x"), QStringLiteral("m"),
                                          QStringLiteral("file:///etc/passwd")},
                                         {SyncProblem::Failed, QStringLiteral("acme/y"), QStringLiteral("m"),
                                          QStringLiteral("https://github.com/acme/y/blob/main/catalog-info.yaml")}});
        QVERIFY(!m_sync->openProblem(0));
        QCOMPARE(refused.count(), 1);
        QVERIFY(m_sync->openProblem(1));
        QVERIFY(!m_sync->openProblem(7));
    }

    void missingConfigIsExplained()
    {
        QFile::remove(configPath());
        m_sync->reloadConfig();
        QVERIFY(!m_sync->configExists());
        QVERIFY(!m_sync->configured());
        QVERIFY(m_sync->sourceLines().isEmpty());
        QVERIFY(!m_sync->syncNow());
        QVERIFY(m_sync->notice().contains(u"Settings"));
        QVERIFY(m_sync->statusText().isEmpty());
    }

    void brokenConfigIsReported()
    {
        QFile f(configPath());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("catalog:\n  providers:\n    github:\n      acme:\n        catalogPath: /x.yaml\n");
        f.close();
        m_sync->reloadConfig();
        QVERIFY(m_sync->configExists());
        QVERIFY(!m_sync->configured());
        QVERIFY2(m_sync->configError().contains(u"line 5"), qPrintable(m_sync->configError()));
        QVERIFY(!m_sync->syncNow());
    }

    void problemsModelCollectsFromSources()
    {
        SourceInfo ok;
        ok.id = QStringLiteral("github:github.com/acme/fine");
        ok.kind = QStringLiteral("github");
        SourceInfo failed = ok;
        failed.id = QStringLiteral("github:github.com/acme/down");
        failed.status = QStringLiteral("Bad gateway");
        failed.location = QStringLiteral("https://github.com/acme/down/blob/main/catalog-info.yaml");
        SourceInfo slow = ok;
        slow.id = QStringLiteral("github:github.com/acme/big");
        slow.durationMs = 45200;
        SourceInfo local;
        local.id = QStringLiteral("file:/tmp/x");
        local.kind = QStringLiteral("file");
        local.errors = 3;
        const QList<SyncProblem> p = SyncProblemsModel::collect(
            {ok, failed, slow, local},
            {{QStringLiteral("acme/new"), QStringLiteral("https://github.com/acme/new/blob/main/catalog-info.yaml"),
              QStringLiteral("timeout"), false},
             {QStringLiteral("acme/down"), {}, QStringLiteral("dup"), false}},
            30000);
        QCOMPARE(p.size(), 3);
        SyncProblemsModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setProblems(p);
        QCOMPARE(m.index(0).data(SyncProblemsModel::RepositoryRole).toString(), QStringLiteral("acme/down"));
        QCOMPARE(m.index(1).data(SyncProblemsModel::RepositoryRole).toString(), QStringLiteral("acme/new"));
        QCOMPARE(m.index(2).data(SyncProblemsModel::MessageRole).toString(), QStringLiteral("refresh took 45 s"));
        QCOMPARE(m.index(2).data(SyncProblemsModel::SeverityRole).toString(), QStringLiteral("slow"));
        QCOMPARE(SyncProblemsModel::repositoryOf(QStringLiteral("github:ghe.example.com/org/repo")), QStringLiteral("org/repo"));
    }

    /** The built app on a cache a sync has filled: the Sync page in both
     *  languages. With ATRIUM_SCREENSHOT_DIR set, the pictures are kept
     *  there (docs/screenshots). */
    void syncPageOfASyncedCache()
    {
        QVERIFY(syncAndReload());
        // The next sync: two new repositories, and one whose catalog file
        // cannot be read (binary, as GitHub reports an oversized file).
        for (const QString &name : {QStringLiteral("inventory"), QStringLiteral("shipping")}) {
            FakeRepo repo;
            repo.name = name;
            repo.files = {{QStringLiteral("catalog-info.yaml"), component(name + QStringLiteral("-service"))}};
            m_gh->addRepo(QStringLiteral("acme"), repo);
        }
        m_gh->commit(QStringLiteral("acme"), QStringLiteral("orders"),
                     {{QStringLiteral("catalog-info.yaml"), QByteArray("apiVersion: backstage.io/v1alpha1\0", 34) + QByteArray(2014, 'x')}});
        QVERIFY(syncAndReload());
        QVERIFY(m_sync->resultText().startsWith(u"2 repositories read"));
        QVERIFY(row(QStringLiteral("acme/orders"), QStringLiteral("error")) >= 0);
        // A slow repository, as Backstage would flag it.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tweak"));
            db.setDatabaseName(cachePath());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE sources SET duration_ms = 45200 WHERE id LIKE '%/payments'")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tweak"));

        const QByteArray keep = qgetenv("ATRIUM_SCREENSHOT_DIR");
        for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ko")}) {
            const QString png = m_dir->filePath(QStringLiteral("sync-%1.png").arg(lang));
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("xdg-config")));
            env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("xdg-data")));
            env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir->filePath(QStringLiteral("xdg-cache")));
            env.insert(QStringLiteral("ATRIUM_GITHUB_TOKEN"), QString::fromLatin1(kToken));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(ATRIUM_BINARY), {QStringLiteral("--cache"), cachePath(), QStringLiteral("--config"), configPath(),
                                                    QStringLiteral("--lang"), lang, QStringLiteral("--view"), QStringLiteral("sync"),
                                                    QStringLiteral("--screenshot"), png});
            QVERIFY(p.waitForFinished(120000));
            QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
            const QImage image(png);
            QVERIFY(!image.isNull());
            QSet<QRgb> colours;
            for (int y = 0; y < image.height() && colours.size() < 64; y += 3)
                for (int x = 0; x < image.width(); x += 3)
                    colours.insert(image.pixel(x, y));
            QVERIFY(colours.size() >= 32);
            if (!keep.isEmpty()) {
                const QString target = QDir(QString::fromLocal8Bit(keep))
                                           .filePath(lang == u"en" ? QStringLiteral("sync.png") : QStringLiteral("sync-ko.png"));
                QFile::remove(target);
                QVERIFY(QFile::copy(png, target));
            }
        }
    }
};

QTEST_MAIN(TestSyncController)
#include "tst_synccontroller.moc"
