// SPDX-License-Identifier: Apache-2.0
// The first-run welcome against a local fake GitHub (github.com and
// Enterprise shapes) and a fake Backstage: from no configuration and an
// empty cache to a synced catalog, through the device flow or a pasted
// token, the organisation list GitHub gives, and the errors a user meets
// on the way (a host that is not GitHub, a refused token, an organisation
// that does not exist).
#include "appcontroller.h"
#include "catalogmodel.h"
#include "fakebackstage.h"
#include "fakegithub.h"
#include "githubclient.h"
#include "settingscontroller.h"
#include "syncconfig.h"
#include "synccontroller.h"
#include "welcomecontroller.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace atrium;
using namespace atrium::fake;

namespace {
const QByteArray kToken = "ghp_atriumWelcomeTest0123456789abcdefgh";

QByteArray component(const QString &name)
{
    return QStringLiteral("apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: %1\n"
                          "spec:\n  type: service\n  lifecycle: production\n  owner: team-a\n")
        .arg(name)
        .toUtf8();
}

/** The keychain, as a map the test can read: host -> token. */
struct Keychain {
    QMutex mutex;
    QHash<QString, QByteArray> tokens;
    TokenStore::Result read(const QString &host)
    {
        QMutexLocker lock(&mutex);
        TokenStore::Result r;
        r.token = tokens.value(host);
        r.ok = true;
        return r;
    }
    TokenStore::Result write(const QString &host, const QByteArray &token)
    {
        QMutexLocker lock(&mutex);
        tokens.insert(host, token);
        TokenStore::Result r;
        r.ok = true;
        return r;
    }
    QByteArray get(const QString &host)
    {
        QMutexLocker lock(&mutex);
        return tokens.value(host);
    }
};
} // namespace

class TestWelcomeController : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeGitHub> m_gh;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppController> m_app;
    std::unique_ptr<SettingsController> m_settings;
    std::unique_ptr<SyncController> m_sync;
    std::unique_ptr<WelcomeController> m_welcome;
    std::shared_ptr<Keychain> m_keychain;

    QString cachePath() const { return m_dir->filePath(QStringLiteral("catalog.sqlite")); }
    QString configPath() const { return m_dir->filePath(QStringLiteral("config/config.yaml")); }
    /** The fake as an Enterprise host: its name; the port is in its API address. */
    QString fakeHost() const { return QStringLiteral("127.0.0.1"); }

    /** Clients for github.com go to the fake (Enterprise ones already do:
     *  their address is the fake's); waits cost nothing. */
    static std::unique_ptr<GitHubClient> fakeClient(FakeGitHub *gh, GitHubEndpoint e, const QByteArray &token)
    {
        if (e.isGitHubCom()) {
            const QString host = e.host;
            e = GitHubEndpoint::forHost(QString(), gh->apiUrl());
            e.host = host;
        }
        auto client = std::make_unique<GitHubClient>(e, token);
        client->setSleeper([gh](int ms) { gh->advanceClock(ms); });
        client->setClock([gh] { return gh->now(); });
        return client;
    }

    /** The controllers, wired as gui.cpp wires them, on an empty cache. */
    void makeControllers()
    {
        m_welcome.reset();
        m_sync.reset();
        m_settings.reset();
        m_app = std::make_unique<AppController>(nullptr, m_dir->path());
        m_app->setLinksEnabled(false);
        m_settings = std::make_unique<SettingsController>(configPath());
        m_sync = std::make_unique<SyncController>(m_app.get());
        m_sync->setLinksEnabled(false);
        m_sync->setScheduleEnabled(false);
        m_sync->setCachePath(cachePath());
        auto keychain = m_keychain;
        m_sync->setTokenProvider([keychain](const QString &host) { return keychain->read(host); });
        FakeGitHub *gh = m_gh.get();
        m_sync->setClientFactory([gh](const GitHubEndpoint &e, const QByteArray &t) { return fakeClient(gh, e, t); });
        m_sync->setConfigPath(configPath());
        connect(m_settings.get(), &SettingsController::saved, m_sync.get(), &SyncController::reloadConfig);

        m_welcome = std::make_unique<WelcomeController>(m_app.get(), m_settings.get(), m_sync.get());
        m_welcome->setCachePath(cachePath());
        m_welcome->setTokenProvider([keychain](const QString &host) { return keychain->read(host); });
        m_welcome->setTokenWriter([keychain](const QString &host, const QByteArray &t) { return keychain->write(host, t); });
        m_welcome->setBackstageTokenWriter([keychain](const QUrl &url, const QByteArray &t) {
            return keychain->write(TokenStore::backstageKey(url), t);
        });
        m_welcome->setClientFactory([gh](const GitHubEndpoint &e, const QByteArray &t) { return fakeClient(gh, e, t); });

        QSignalSpy loaded(m_app.get(), &AppController::loadFinished);
        m_app->openCache(cachePath());
        QVERIFY(loaded.wait(30000));
    }

    /** Waits for the welcome's work to end; fails on a timeout. */
    void settle()
    {
        QVERIFY2(m_welcome->waitForIdle(60000), qPrintable(m_welcome->step() + QStringLiteral(": ") + m_welcome->busyText()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("ATRIUM_GITHUB_TOKEN", "");
    }

    void init()
    {
        QSettings().remove(QStringLiteral("welcome"));
        m_gh = std::make_unique<FakeGitHub>();
        QVERIFY(m_gh->listen());
        for (const QString &repo : {QStringLiteral("billing"), QStringLiteral("checkout"), QStringLiteral("search")})
            m_gh->addRepo(QStringLiteral("acme"), FakeRepo{repo, false, QStringLiteral("PRIVATE"), {}, QStringLiteral("main"), {},
                                                           false, {{QStringLiteral("catalog-info.yaml"), component(repo)}}});
        m_gh->addMember(QStringLiteral("zeta-labs"), QStringLiteral("octocat"));
        m_gh->addMember(QStringLiteral("acme"), QStringLiteral("octocat"), QStringLiteral("Acme's services"));
        m_gh->addOrg(QStringLiteral("hidden")); // exists, but octocat is no member
        m_gh->addToken(kToken, {QStringLiteral("repo"), QStringLiteral("read:org")}, QStringLiteral("octocat"));
        m_dir = std::make_unique<QTemporaryDir>();
        m_keychain = std::make_shared<Keychain>();
        makeControllers();
    }

    void cleanup()
    {
        m_welcome.reset();
        m_sync.reset();
        m_settings.reset();
        m_app.reset();
        m_gh.reset();
    }

    void offeredOnlyOnAFirstRun()
    {
        // Empty cache, no configuration, never finished: offered.
        m_welcome->offerOnFirstRun();
        QVERIFY(m_welcome->active());
        QCOMPARE(m_welcome->step(), QStringLiteral("choose"));

        // Put off: not offered again at the next start.
        m_welcome->skip();
        QVERIFY(!m_welcome->active());
        QVERIFY(WelcomeController::wasCompleted());
        makeControllers();
        m_welcome->offerOnFirstRun();
        QVERIFY(!m_welcome->active());

        // A configuration file of its own: not offered either.
        QSettings().remove(QStringLiteral("welcome"));
        QDir().mkpath(m_dir->filePath(QStringLiteral("config")));
        QFile f(configPath());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("catalog:\n  locations: []\n");
        f.close();
        makeControllers();
        m_welcome->offerOnFirstRun();
        QVERIFY(!m_welcome->active());
    }

    void enterpriseDeviceFlowToCatalog()
    {
        m_gh->setDeviceFlow(QStringLiteral("Iv1.welcome"), 5, 900);
        m_welcome->setOAuthClientId(QStringLiteral("Iv1.welcome"));
        FakeGitHub *gh = m_gh.get();
        m_welcome->setDeviceFlowSetup([gh](GitHubClient &http) {
            // The user enters the code while Atrium waits for its first poll.
            http.setSleeper([gh](int ms) {
                gh->advanceClock(ms);
                if (!gh->lastUserCode().isEmpty())
                    gh->approveDevice(gh->lastUserCode());
            });
            http.setClock([gh] { return gh->now(); });
        });
        QString shownCode;
        connect(m_welcome.get(), &WelcomeController::signInChanged, this, [&] {
            if (!m_welcome->userCode().isEmpty())
                shownCode = m_welcome->userCode();
        });

        m_welcome->start();
        m_welcome->choose(QStringLiteral("enterprise"));
        QCOMPARE(m_welcome->step(), QStringLiteral("host"));
        // The server's address as the user copies it from the browser.
        m_welcome->submitHost(m_gh->webUrl().toString() + QStringLiteral("/acme"));
        settle();
        QCOMPARE(m_welcome->error(), QString());
        QCOMPARE(m_welcome->host(), fakeHost());
        // No token for this host yet: sign in.
        QCOMPARE(m_welcome->step(), QStringLiteral("signin"));
        QVERIFY(m_welcome->deviceFlowAvailable());
        m_welcome->signIn();
        QVERIFY(m_welcome->signingIn());
        settle();
        QCOMPARE(m_welcome->error(), QString());
        QCOMPARE(shownCode, m_gh->lastUserCode());
        // The token went to the keychain under the host, and it works.
        QVERIFY(!m_keychain->get(fakeHost()).isEmpty());
        QCOMPARE(m_welcome->step(), QStringLiteral("organization"));
        QCOMPARE(m_welcome->login(), QStringLiteral("octocat"));
        // Octocat's organisations, sorted; not the one they are no member of.
        const QVariantList orgs = m_welcome->organizations();
        QCOMPARE(orgs.size(), 2);
        QCOMPARE(orgs.at(0).toMap().value(QStringLiteral("login")).toString(), QStringLiteral("acme"));
        QCOMPARE(orgs.at(0).toMap().value(QStringLiteral("description")).toString(), QStringLiteral("Acme's services"));
        QCOMPARE(orgs.at(1).toMap().value(QStringLiteral("login")).toString(), QStringLiteral("zeta-labs"));

        QSignalSpy reloaded(m_app.get(), &AppController::loadFinished);
        m_welcome->chooseOrganization(QStringLiteral("acme"));
        settle();
        QCOMPARE(m_welcome->error(), QString());
        QCOMPARE(m_welcome->step(), QStringLiteral("done"));
        QVERIFY(m_welcome->resultText().contains(u'3'));
        // The configuration says what was chosen, as Settings would write it.
        Diagnostics problems;
        const SyncConfig config = SyncConfig::load(configPath(), &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.isEmpty() ? QString() : problems.first().message));
        QCOMPARE(config.providers.size(), 1);
        QCOMPARE(config.providers.first().organization, QStringLiteral("acme"));
        QCOMPARE(config.providers.first().host, fakeHost());
        QCOMPARE(config.integrationFor(fakeHost()).apiBaseUrl, m_gh->apiUrl());
        // The catalog on screen is the organisation's.
        QVERIFY(reloaded.count() > 0 || reloaded.wait(30000));
        QCOMPARE(m_app->catalog()->rowCount(), 3);
        QVERIFY(m_app->catalog()->find(QStringLiteral("component:default/checkout")));
        QVERIFY(WelcomeController::wasCompleted());
        m_welcome->finish();
        QVERIFY(!m_welcome->active());
    }

    void githubWithATokenAndATypedOrganization()
    {
        m_welcome->start();
        m_welcome->choose(QStringLiteral("github"));
        settle();
        QCOMPARE(m_welcome->host(), QStringLiteral("github.com"));
        QCOMPARE(m_welcome->step(), QStringLiteral("signin"));
        QVERIFY(m_welcome->tokenUrl().startsWith(u"https://github.com/settings/tokens/new?scopes=repo,read:org"));
        // No OAuth app: the browser sign-in says what to do instead.
        QVERIFY(!m_welcome->deviceFlowAvailable());
        m_welcome->signIn();
        QVERIFY(m_welcome->error().contains(u"personal access token"));

        // A wrong token is refused by GitHub and not kept.
        m_welcome->useToken(QStringLiteral("ghp_wrong"));
        settle();
        QVERIFY2(m_welcome->error().contains(u"refused"), qPrintable(m_welcome->error()));
        QCOMPARE(m_welcome->step(), QStringLiteral("signin"));
        QVERIFY(m_keychain->get(QStringLiteral("github.com")).isEmpty());

        m_welcome->useToken(QString::fromLatin1(kToken) + QStringLiteral("\n"));
        settle();
        QCOMPARE(m_welcome->error(), QString());
        QCOMPARE(m_welcome->step(), QStringLiteral("organization"));
        QCOMPARE(m_keychain->get(QStringLiteral("github.com")), kToken);

        // Typed names are checked before anything is written.
        m_welcome->chooseOrganization(QStringLiteral("not an org"));
        QVERIFY(m_welcome->error().contains(u"not an organisation name"));
        m_welcome->chooseOrganization(QStringLiteral("nowhere"));
        settle();
        QVERIFY2(m_welcome->error().contains(u"nowhere"), qPrintable(m_welcome->error()));
        QCOMPARE(m_welcome->step(), QStringLiteral("organization"));
        QVERIFY(!QFile::exists(configPath()));

        // GitHub's spelling of the name is the one written.
        m_welcome->chooseOrganization(QStringLiteral("ACME"));
        settle();
        QCOMPARE(m_welcome->error(), QString());
        QCOMPARE(m_welcome->step(), QStringLiteral("done"));
        Diagnostics problems;
        const SyncConfig config = SyncConfig::load(configPath(), &problems);
        QCOMPARE(config.providers.size(), 1);
        QCOMPARE(config.providers.first().organization, QStringLiteral("acme"));
        QCOMPARE(config.providers.first().host, QStringLiteral("github.com"));
        // github.com needs no API address in the file.
        QVERIFY(!QString::fromUtf8([&] { QFile f(configPath()); f.open(QIODevice::ReadOnly); return f.readAll(); }()).contains(u"apiBaseUrl"));
    }

    void aStoredTokenSkipsTheSignIn()
    {
        m_keychain->write(QStringLiteral("github.com"), kToken);
        m_welcome->start();
        m_welcome->choose(QStringLiteral("github"));
        settle();
        QCOMPARE(m_welcome->step(), QStringLiteral("organization"));
        QCOMPARE(m_welcome->organizations().size(), 2);

        // A token GitHub no longer takes: back to the sign-in, with why.
        m_gh->revokeToken(kToken);
        m_welcome->back();
        QCOMPARE(m_welcome->step(), QStringLiteral("choose"));
        m_welcome->choose(QStringLiteral("github"));
        settle();
        QCOMPARE(m_welcome->step(), QStringLiteral("signin"));
        QVERIFY2(m_welcome->error().contains(u"Sign in again"), qPrintable(m_welcome->error()));
    }

    void aHostThatIsNotGitHubIsNamed()
    {
        m_welcome->start();
        m_welcome->choose(QStringLiteral("enterprise"));
        m_welcome->submitHost(QStringLiteral("not a host!"));
        QVERIFY(m_welcome->error().contains(u"host name"));
        QCOMPARE(m_welcome->step(), QStringLiteral("host"));
        // A token never goes over plain http to another machine.
        m_welcome->submitHost(QStringLiteral("http://ghe.example.com"));
        QVERIFY(m_welcome->error().contains(u"https://ghe.example.com"));

        // Nothing listens there.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        m_welcome->submitHost(QStringLiteral("http://127.0.0.1:%1").arg(port));
        settle();
        QVERIFY2(m_welcome->error().contains(QStringLiteral("127.0.0.1 did not answer")), qPrintable(m_welcome->error()));
        QCOMPARE(m_welcome->step(), QStringLiteral("host"));

        // github.com typed here is plain GitHub.
        m_welcome->submitHost(QStringLiteral("https://github.com/"));
        settle();
        QCOMPARE(m_welcome->kind(), QStringLiteral("github"));
        QCOMPARE(m_welcome->host(), QStringLiteral("github.com"));
    }

    void backstageBackendToCatalog()
    {
        FakeBackstage bs;
        QVERIFY(bs.listen());
        bs.setToken("bs-static-token");
        for (const QString &name : {QStringLiteral("payments"), QStringLiteral("ledger")})
            bs.putEntity(QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("backstage.io/v1alpha1")},
                                     {QStringLiteral("kind"), QStringLiteral("Component")},
                                     {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("namespace"), QStringLiteral("default")}}},
                                     {QStringLiteral("spec"), QJsonObject{{QStringLiteral("type"), QStringLiteral("service")},
                                                                          {QStringLiteral("lifecycle"), QStringLiteral("production")},
                                                                          {QStringLiteral("owner"), QStringLiteral("team-b")}}}});
        m_welcome->start();
        m_welcome->choose(QStringLiteral("backstage"));
        QCOMPARE(m_welcome->step(), QStringLiteral("backstage"));
        m_welcome->connectBackstage(QString(), QString());
        QVERIFY(m_welcome->error().contains(u"address"));

        // Without the token the backend says no, and the user is told.
        m_welcome->connectBackstage(bs.baseUrl().toString(), QString());
        settle();
        QVERIFY(!m_welcome->error().isEmpty());
        QCOMPARE(m_welcome->step(), QStringLiteral("backstage"));
        QVERIFY(!QFile::exists(configPath()));

        // The sync reads the token as the app does (keychain or environment).
        qputenv("ATRIUM_BACKSTAGE_TOKEN", "bs-static-token");
        QSignalSpy reloaded(m_app.get(), &AppController::loadFinished);
        m_welcome->connectBackstage(bs.baseUrl().toString() + QStringLiteral("/"), QStringLiteral("bs-static-token"));
        settle();
        qputenv("ATRIUM_BACKSTAGE_TOKEN", "");
        QCOMPARE(m_welcome->error(), QString());
        QCOMPARE(m_welcome->step(), QStringLiteral("done"));
        QCOMPARE(m_keychain->get(TokenStore::backstageKey(bs.baseUrl())), QByteArray("bs-static-token"));
        Diagnostics problems;
        const SyncConfig config = SyncConfig::load(configPath(), &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.isEmpty() ? QString() : problems.first().message));
        QVERIFY(config.providers.isEmpty());
        QCOMPARE(config.backstage.size(), 1);
        QCOMPARE(config.backstage.first().baseUrl, bs.baseUrl());
        QVERIFY(reloaded.count() > 0 || reloaded.wait(30000));
        QCOMPARE(m_app->catalog()->rowCount(), 2);
    }

    void backstageNames()
    {
        QCOMPARE(WelcomeController::backstageNameFor(QUrl(QStringLiteral("https://backstage.corp.example"))), QStringLiteral("corp"));
        QCOMPARE(WelcomeController::backstageNameFor(QUrl(QStringLiteral("https://portal.acme.io/"))), QStringLiteral("acme"));
        QCOMPARE(WelcomeController::backstageNameFor(QUrl(QStringLiteral("http://127.0.0.1:7007"))), QStringLiteral("default"));
    }

    void theDemoNeedsNothing()
    {
        m_welcome->start();
        QSignalSpy loaded(m_app.get(), &AppController::loadFinished);
        m_welcome->choose(QStringLiteral("demo"));
        QVERIFY(!m_welcome->active());
        QVERIFY(loaded.wait(60000));
        QVERIFY(m_app->isDemo());
        QVERIFY(m_app->catalog()->rowCount() > 20);
        QVERIFY(!QFile::exists(configPath()));
    }
};

QTEST_MAIN(TestWelcomeController)
#include "tst_welcomecontroller.moc"
