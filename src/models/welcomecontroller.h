// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "auth/tokenstore.h"
#include "devicesignin.h"
#include "githubclient.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <atomic>
#include <functional>
#include <memory>

namespace atrium {

class AppController;
class BackstageClient;
class SettingsController;
class SyncController;

/** What a step's network work on the worker thread hands back. */
struct WelcomeReply {
    QString error;            ///< for the user; empty when it worked
    bool needsSignIn = false; ///< no token for the host, or GitHub refused it
    QString login;            ///< the signed-in user
    QVariantList organizations;
    QString organization;     ///< the organisation checked by chooseOrganization
    QString backstageName;    ///< connectBackstage: the source's name
    QUrl backstageUrl;
};

/**
 * The first-run welcome: from nothing to the user's own catalog. The user
 * picks GitHub, GitHub Enterprise (its host, checked to be one) or a
 * Backstage backend, or the bundled demo; signs in with GitHub's device flow
 * (or pastes a token); picks the organisation from those GitHub lists for
 * them; and watches the first sync, after which the catalog opens.
 *
 * Nothing here writes the configuration file or syncs by itself: the choice
 * goes through SettingsController (the same edits as the Settings form,
 * validated the same way) and the sync is SyncController's, so what the
 * welcome sets up is exactly what Settings and the Sync page then show.
 *
 * Steps, in `step`: `choose` → `host` (Enterprise) → `signin` (when no token
 * works) → `organization` → `sync` → `done`; or `choose` → `backstage` →
 * `sync` → `done`. Network work runs on a worker thread; `busy` says so and
 * cancel() stops it.
 */
class WelcomeController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    /** Shown over the window. */
    Q_PROPERTY(bool active READ active NOTIFY activeChanged)
    Q_PROPERTY(QString step READ step NOTIFY stepChanged)
    /** github, enterprise or backstage. */
    Q_PROPERTY(QString kind READ kind NOTIFY stepChanged)
    Q_PROPERTY(QString host READ host NOTIFY stepChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    /** What the busy work is doing, for the user. */
    Q_PROPERTY(QString busyText READ busyText NOTIFY busyChanged)
    /** The current step's error; cleared by the next action. */
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(QString login READ login NOTIFY stepChanged)
    /** [{login, description}], as GitHub lists them for the user. */
    Q_PROPERTY(QVariantList organizations READ organizations NOTIFY stepChanged)
    /** The organisation or backend being synced. */
    Q_PROPERTY(QString sourceName READ sourceName NOTIFY stepChanged)
    Q_PROPERTY(bool deviceFlowAvailable READ deviceFlowAvailable CONSTANT)
    Q_PROPERTY(bool signingIn READ signingIn NOTIFY signInChanged)
    Q_PROPERTY(QString userCode READ userCode NOTIFY signInChanged)
    Q_PROPERTY(QString verificationUrl READ verificationUrl NOTIFY signInChanged)
    /** Where to make a personal access token with the scopes Atrium needs. */
    Q_PROPERTY(QString tokenUrl READ tokenUrl NOTIFY stepChanged)
    /** The finished first sync: "66 entities from 12 repositories". */
    Q_PROPERTY(QString resultText READ resultText NOTIFY stepChanged)
    /** Seconds from the first choice to the catalog, once done. */
    Q_PROPERTY(int elapsedSeconds READ elapsedSeconds NOTIFY stepChanged)

public:
    using TokenProvider = std::function<TokenStore::Result(const QString &host)>;
    using TokenWriter = std::function<TokenStore::Result(const QString &host, const QByteArray &token)>;
    using ClientFactory = std::function<std::unique_ptr<GitHubClient>(const GitHubEndpoint &, const QByteArray &token)>;
    using BackstageTokenWriter = std::function<TokenStore::Result(const QUrl &baseUrl, const QByteArray &token)>;

    WelcomeController(AppController *app, SettingsController *settings, SyncController *sync, QObject *parent = nullptr);
    ~WelcomeController() override;

    // --- Wiring (the composition root, tests) ---------------------------------
    void setTokenProvider(TokenProvider provider) { m_tokenProvider = std::move(provider); }
    void setTokenWriter(TokenWriter writer) { m_tokenWriter = std::move(writer); }
    void setBackstageTokenWriter(BackstageTokenWriter writer) { m_backstageWriter = std::move(writer); }
    void setClientFactory(ClientFactory factory) { m_clientFactory = std::move(factory); }
    void setDeviceFlowSetup(std::function<void(GitHubClient &)> setup) { m_deviceFlowSetup = std::move(setup); }
    void setOAuthClientId(const QString &clientId) { m_clientId = clientId; }
    /** The user's own catalog cache: a welcome finished over the demo syncs
     *  into this one, not into the demo's throwaway copy. */
    void setCachePath(const QString &path) { m_cachePath = path; }
    /** Shows the welcome once the open catalog has loaded, if it is empty,
     *  no configuration file exists and the welcome was never finished or
     *  skipped. */
    void offerOnFirstRun();
    /** Whether the welcome was finished or skipped before (QSettings). */
    static bool wasCompleted();

    // --- State -------------------------------------------------------------------
    bool active() const { return m_active; }
    QString step() const { return m_step; }
    QString kind() const { return m_kind; }
    QString host() const { return m_endpoint.host; }
    bool busy() const { return m_busy; }
    QString busyText() const { return m_busyText; }
    QString error() const { return m_error; }
    QString login() const { return m_login; }
    QVariantList organizations() const { return m_organizations; }
    QString sourceName() const { return m_sourceName; }
    bool deviceFlowAvailable() const { return !m_clientId.isEmpty(); }
    bool signingIn() const { return m_signingIn; }
    QString userCode() const { return m_userCode; }
    QString verificationUrl() const { return m_verificationUrl; }
    QString tokenUrl() const;
    QString resultText() const { return m_resultText; }
    int elapsedSeconds() const { return m_elapsedSeconds; }

    // --- Actions -----------------------------------------------------------------
    /** Shows the welcome at its first step (the empty catalog's "Set up"). */
    Q_INVOKABLE void start();
    /** github, enterprise, backstage or demo. */
    Q_INVOKABLE void choose(const QString &kind);
    /** The Enterprise server: a host name or its URL; checked to answer as GitHub. */
    Q_INVOKABLE void submitHost(const QString &hostOrUrl);
    /** Starts the device flow for the host. */
    Q_INVOKABLE void signIn();
    Q_INVOKABLE bool openVerificationUrl();
    Q_INVOKABLE void copyUserCode();
    /** Opens GitHub's "new token" page with the scopes filled in. */
    Q_INVOKABLE bool openTokenUrl();
    /** A personal access token instead of the device flow: checked, then kept. */
    Q_INVOKABLE void useToken(const QString &token);
    /** The organisation to read: checked, written to the configuration,
     *  and synced. */
    Q_INVOKABLE void chooseOrganization(const QString &login);
    /** A Backstage backend: reachable with this token (empty: guest), then
     *  written to the configuration and synced. */
    Q_INVOKABLE void connectBackstage(const QString &baseUrl, const QString &token);
    /** Syncs again after a failed first sync. */
    Q_INVOKABLE void retrySync();
    /** Stops the busy work or the sign-in. */
    Q_INVOKABLE void cancel();
    Q_INVOKABLE void back();
    /** Closes the welcome for good (it does not come back at start-up). */
    Q_INVOKABLE void skip();
    /** Closes the welcome at its end: the catalog is on screen. */
    Q_INVOKABLE void finish();

    /** Blocks until the busy work and the sign-in are done (tests). */
    bool waitForIdle(int timeoutMs = 30000);
    /** The Backstage source name a base URL gets: its host's first label
     *  that says something (`backstage.corp.example` → `corp`). */
    static QString backstageNameFor(const QUrl &baseUrl);

Q_SIGNALS:
    void activeChanged();
    void stepChanged();
    void busyChanged();
    void errorChanged();
    void signInChanged();
    void userCodeReported(const QString &code, const QUrl &url, QPrivateSignal);

private:
    void setStep(const QString &step);
    void setError(const QString &error);
    void setActive(bool active);
    /** Runs @p work on the worker thread, showing @p what, then @p done. */
    void run(const QString &what, std::function<WelcomeReply()> work, std::function<void(const WelcomeReply &)> done);
    /** Reads the host's token and, if GitHub takes it, the user's organisations. */
    void checkAccount();
    WelcomeReply accountWith(const QByteArray &token) const;
    std::unique_ptr<GitHubClient> client(const QByteArray &token) const;
    /** Applies @p edit to the Settings form, saves, and syncs @p sourceName. */
    void writeAndSync(const QString &sourceName, const std::function<bool()> &edit);
    void startSync();
    void onSyncFinished(bool ok);
    void markCompleted();
    /** Why SettingsController refused to save, for the user. */
    QString saveFailure() const;

    QPointer<AppController> m_app;
    QPointer<SettingsController> m_settings;
    QPointer<SyncController> m_sync;
    QThreadPool m_pool;
    QFutureWatcher<WelcomeReply> m_watcher;
    QFutureWatcher<SignInOutcome> m_signInWatcher;
    std::function<void(const WelcomeReply &)> m_done;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);

    TokenProvider m_tokenProvider;
    TokenWriter m_tokenWriter;
    BackstageTokenWriter m_backstageWriter;
    ClientFactory m_clientFactory;
    std::function<void(GitHubClient &)> m_deviceFlowSetup;
    QString m_clientId;
    QString m_cachePath;

    bool m_active = false;
    QString m_step = QStringLiteral("choose");
    QStringList m_history;
    QString m_kind;
    GitHubEndpoint m_endpoint;
    bool m_busy = false;
    QString m_busyText;
    QString m_error;
    QString m_login;
    QVariantList m_organizations;
    QString m_sourceName;
    bool m_signingIn = false;
    QString m_userCode;
    QString m_verificationUrl;
    QString m_resultText;
    qint64 m_startedAt = 0;
    int m_elapsedSeconds = 0;
    bool m_syncing = false;
};

} // namespace atrium
