// SPDX-License-Identifier: Apache-2.0
// Runs tests/qml/tst_*.qml with the app's QML modules and an AppController
// on the demo catalog, exposed to the tests as the singleton TestApp; the
// Sync and Settings controllers, on a configuration in a temporary folder
// (none at first), as TestSync and TestSettings; their toasts are
// TestApp.toasts. The first-run welcome has controllers of its own, on an
// empty cache, against a fake GitHub Enterprise: TestWelcome and
// TestWelcomeSync (TestData.gitHubUrl, TestData.gitHubToken).
#include "appcontroller.h"
#include "fakegithub.h"
#include "welcomecontroller.h"
#include "docsimageprovider.h"
#include "settingscontroller.h"
#include "synccontroller.h"
#include "toastmodel.h"

#include <QDir>
#include <QDirIterator>
#include <QMutex>
#include <QJSEngine>
#include <QQmlEngine>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest/quicktest.h>

Q_IMPORT_QML_PLUGIN(AtriumPlugin)

namespace {
const QByteArray kWelcomeToken = "ghp_atriumQmlWelcome0123456789abcdefghij";
QString s_gitHubUrl; ///< the fake GitHub's web address, for TestData
} // namespace

Q_IMPORT_QML_PLUGIN(Atrium_ModelsPlugin)

/** What a QML test may do to the fake GitHub: slow it down, so that a
 *  step in progress can be seen and grabbed. */
class FakeGitHubControl : public QObject
{
    Q_OBJECT
public:
    explicit FakeGitHubControl(atrium::fake::FakeGitHub *gh) : m_gh(gh) {}
    /** The next @p count requests whose path or body contains @p match wait @p ms. */
    Q_INVOKABLE void delayNext(int ms, int count, const QString &match) { m_gh->delayNext(ms, count, match); }

private:
    atrium::fake::FakeGitHub *m_gh;
};

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_toasts = std::make_unique<atrium::ToastModel>();
        m_controller = std::make_unique<atrium::AppController>(nullptr, m_dir.path());
        m_controller->setLinksEnabled(false);
        m_controller->setToasts(m_toasts.get());
        m_controller->openDemo();
        if (!m_controller->waitForLoaded(60000))
            qFatal("demo catalog did not load: %s", qPrintable(m_controller->error()));
        const QString config = m_dir.filePath(QStringLiteral("config/config.yaml"));
        m_settings = std::make_unique<atrium::SettingsController>(config);
        m_settings->setToasts(m_toasts.get());
        m_sync = std::make_unique<atrium::SyncController>(m_controller.get());
        m_sync->setLinksEnabled(false);
        m_sync->setScheduleEnabled(false);
        m_sync->setTokenProvider([](const QString &) { return atrium::TokenStore::Result{}; });
        m_sync->setConfigPath(config);
        QObject::connect(m_settings.get(), &atrium::SettingsController::saved, m_sync.get(),
                         &atrium::SyncController::reloadConfig);
        makeWelcome();
    }

    /** A first run: an empty cache, no configuration, and a GitHub
     *  Enterprise (the fake) where octocat belongs to two organisations. */
    void makeWelcome()
    {
        m_gh = std::make_unique<atrium::fake::FakeGitHub>();
        if (!m_gh->listen())
            qFatal("the fake GitHub did not start");
        for (const QString &repo : {QStringLiteral("billing"), QStringLiteral("checkout")})
            m_gh->addRepo(QStringLiteral("acme"),
                          atrium::fake::FakeRepo{repo, false, QStringLiteral("PRIVATE"), {}, QStringLiteral("main"), {}, false,
                                                 {{QStringLiteral("catalog-info.yaml"),
                                                   QStringLiteral("apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: %1\n"
                                                                  "spec:\n  type: service\n  lifecycle: production\n  owner: team-a\n")
                                                       .arg(repo)
                                                       .toUtf8()}}});
        m_gh->addMember(QStringLiteral("acme"), QStringLiteral("octocat"), QStringLiteral("Acme's services"));
        m_gh->addMember(QStringLiteral("zeta-labs"), QStringLiteral("octocat"));
        m_gh->addToken(kWelcomeToken, {QStringLiteral("repo"), QStringLiteral("read:org")}, QStringLiteral("octocat"));

        const QString dir = m_dir.filePath(QStringLiteral("welcome"));
        QDir().mkpath(dir);
        const QString cache = dir + QStringLiteral("/catalog.sqlite");
        const QString config = dir + QStringLiteral("/config.yaml");
        m_welcomeApp = std::make_unique<atrium::AppController>(nullptr, dir);
        m_welcomeApp->setLinksEnabled(false);
        m_welcomeSettings = std::make_unique<atrium::SettingsController>(config);
        m_welcomeSync = std::make_unique<atrium::SyncController>(m_welcomeApp.get());
        m_welcomeSync->setLinksEnabled(false);
        m_welcomeSync->setScheduleEnabled(false);
        m_welcomeSync->setCachePath(cache);
        auto tokens = m_tokens;
        auto read = [tokens](const QString &host) {
            QMutexLocker lock(&tokens->mutex);
            atrium::TokenStore::Result r;
            r.ok = true;
            r.token = tokens->byHost.value(host);
            return r;
        };
        m_welcomeSync->setTokenProvider(read);
        m_welcomeSync->setConfigPath(config);
        QObject::connect(m_welcomeSettings.get(), &atrium::SettingsController::saved, m_welcomeSync.get(),
                         &atrium::SyncController::reloadConfig);
        m_welcome = std::make_unique<atrium::WelcomeController>(m_welcomeApp.get(), m_welcomeSettings.get(), m_welcomeSync.get());
        m_welcome->setCachePath(cache);
        m_welcome->setTokenProvider(read);
        m_welcome->setTokenWriter([tokens](const QString &host, const QByteArray &token) {
            QMutexLocker lock(&tokens->mutex);
            tokens->byHost.insert(host, token);
            atrium::TokenStore::Result r;
            r.ok = true;
            return r;
        });
        m_welcomeApp->openCache(cache);
        if (!m_welcomeApp->waitForLoaded(60000))
            qFatal("the welcome's empty cache did not open");
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        engine->addImageProvider(QLatin1String(atrium::DocsImageProvider::name), new atrium::DocsImageProvider(m_controller.get()));
        qmlRegisterSingletonInstance("AtriumTest", 1, 0, "TestApp", m_controller.get());
        qmlRegisterSingletonInstance("AtriumTest", 1, 0, "TestSync", m_sync.get());
        qmlRegisterSingletonInstance("AtriumTest", 1, 0, "TestSettings", m_settings.get());
        qmlRegisterSingletonInstance("AtriumTest", 1, 0, "TestWelcome", m_welcome.get());
        qmlRegisterSingletonInstance("AtriumTest", 1, 0, "TestWelcomeSync", m_welcomeSync.get());
        qmlRegisterSingletonInstance("AtriumTest", 1, 0, "TestWelcomeApp", m_welcomeApp.get());
        m_ghControl = std::make_unique<FakeGitHubControl>(m_gh.get());
        qmlRegisterSingletonInstance("AtriumTest", 1, 0, "TestGitHub", m_ghControl.get());
        // The compat corpus's templates, and where their pages' screenshots go.
        s_gitHubUrl = m_gh->webUrl().toString();
        qmlRegisterSingletonType("AtriumTest", 1, 0, "TestData", [](QQmlEngine *, QJSEngine *js) {
            QStringList templates;
            QDirIterator it(QStringLiteral(ATRIUM_COMPAT_DIR "/templates"), {QStringLiteral("template.yaml")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                templates << it.next();
            templates.sort();
            QJSValue data = js->newObject();
            data.setProperty(QStringLiteral("compatTemplates"), js->toScriptValue(templates));
            data.setProperty(QStringLiteral("demoDir"), QStringLiteral(ATRIUM_DEMO_DIR));
            QDir().mkpath(QStringLiteral(ATRIUM_TEST_OUTPUT_DIR "/templates"));
            data.setProperty(QStringLiteral("screenshotDir"), QStringLiteral(ATRIUM_TEST_OUTPUT_DIR "/templates"));
            QDir().mkpath(QStringLiteral(ATRIUM_TEST_OUTPUT_DIR "/welcome"));
            data.setProperty(QStringLiteral("welcomeScreenshotDir"), QStringLiteral(ATRIUM_TEST_OUTPUT_DIR "/welcome"));
            data.setProperty(QStringLiteral("gitHubUrl"), s_gitHubUrl);
            data.setProperty(QStringLiteral("gitHubToken"), QString::fromLatin1(kWelcomeToken));
            return data;
        });
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<atrium::ToastModel> m_toasts; ///< TestApp.toasts; outlives the controllers
    std::unique_ptr<atrium::AppController> m_controller;
    std::unique_ptr<atrium::SettingsController> m_settings;
    std::unique_ptr<atrium::SyncController> m_sync;
    // The first run's own world.
    struct Tokens {
        QMutex mutex;
        QHash<QString, QByteArray> byHost;
    };
    std::shared_ptr<Tokens> m_tokens = std::make_shared<Tokens>();
    std::unique_ptr<atrium::fake::FakeGitHub> m_gh;
    std::unique_ptr<atrium::AppController> m_welcomeApp;
    std::unique_ptr<atrium::SettingsController> m_welcomeSettings;
    std::unique_ptr<atrium::SyncController> m_welcomeSync;
    std::unique_ptr<atrium::WelcomeController> m_welcome;
    std::unique_ptr<FakeGitHubControl> m_ghControl;
};

QUICK_TEST_MAIN_WITH_SETUP(tst_qml_catalog, Setup)
#include "tst_qml_catalog.moc"
