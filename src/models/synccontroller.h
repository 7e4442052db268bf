// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "auth/tokenstore.h"
#include "devicesignin.h"
#include "diagnostic.h"
#include "syncconfig.h"
#include "syncjob.h"
#include "syncproblemsmodel.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QTimer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <atomic>
#include <functional>
#include <memory>

namespace atrium {

class AppController;
class GitHubClient;

/** What a sync run on the worker thread hands back. */
struct SyncOutcome {
    SyncReport report;
    QList<SourceInfo> sources; ///< the cache's sources after the run
    bool noToken = false;      ///< GitHub providers but no token: nothing was done
    QString tokenError;        ///< why no token could be read (keychain unavailable...)
    QDateTime startedAt;
    QDateTime finishedAt;
};


/**
 * The Sync page's state and actions: runs SyncJob on a worker thread on the
 * configured schedule and on demand, reports progress, the last run's
 * numbers and per-repository problems, reloads the catalog views when a
 * sync wrote to the cache, and signs in to GitHub with the device flow.
 *
 * Created by the composition root with its services injected: where tokens
 * come from (TokenStore in the app, a lambda in tests), where they go after
 * a sign-in, and optionally how GitHub clients are made (tests point them at
 * a fake GitHub).
 */
class SyncController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(bool running READ running NOTIFY runningChanged)
    Q_PROPERTY(int done READ done NOTIFY progressChanged)
    Q_PROPERTY(int total READ total NOTIFY progressChanged)
    /** What the sync is doing now: "Listing the repositories of acme", a repository name. */
    Q_PROPERTY(QString progressText READ progressText NOTIFY progressChanged)
    /** One line for the window's status bar. */
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusChanged)
    Q_PROPERTY(QString lastSyncText READ lastSyncText NOTIFY statusChanged)
    Q_PROPERTY(QString durationText READ durationText NOTIFY statusChanged)
    Q_PROPERTY(QString nextRunText READ nextRunText NOTIFY statusChanged)
    /** "4,997 of 5,000"; empty when not known. */
    Q_PROPERTY(QString rateLimitText READ rateLimitText NOTIFY statusChanged)
    /** "resets at 6:45 PM". */
    Q_PROPERTY(QString rateLimitResetText READ rateLimitResetText NOTIFY statusChanged)
    Q_PROPERTY(QString resultText READ resultText NOTIFY statusChanged)
    Q_PROPERTY(QDateTime lastSync READ lastSync NOTIFY statusChanged)
    Q_PROPERTY(bool hasSynced READ hasSynced NOTIFY statusChanged)
    Q_PROPERTY(QDateTime nextRun READ nextRun NOTIFY statusChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY statusChanged)
    Q_PROPERTY(bool lastCancelled READ lastCancelled NOTIFY statusChanged)
    Q_PROPERTY(int requestsUsed READ requestsUsed NOTIFY statusChanged)
    /** GraphQL points left until the reset; -1 when not known. */
    Q_PROPERTY(int rateLimitLeft READ rateLimitLeft NOTIFY statusChanged)
    Q_PROPERTY(bool needsSignIn READ needsSignIn NOTIFY tokenChanged)
    Q_PROPERTY(QString tokenError READ tokenError NOTIFY tokenChanged)
    Q_PROPERTY(bool configured READ configured NOTIFY configChanged)
    Q_PROPERTY(bool configExists READ configExists NOTIFY configChanged)
    Q_PROPERTY(QString configPath READ configPath NOTIFY configChanged)
    /** The configuration's errors, one `LINE:COL: message` per line. */
    Q_PROPERTY(QString configError READ configError NOTIFY configChanged)
    /** What will be synced, one line per source, for the page's header. */
    Q_PROPERTY(QStringList sourceLines READ sourceLines NOTIFY configChanged)
    Q_PROPERTY(bool hasGitHub READ hasGitHub NOTIFY configChanged)
    Q_PROPERTY(bool scheduled READ scheduled NOTIFY statusChanged)
    Q_PROPERTY(int frequencySeconds READ frequencySeconds NOTIFY configChanged)
    Q_PROPERTY(atrium::SyncProblemsModel *problems READ problems CONSTANT)
    /** The last finished sync, said once; the window shows it as a notice. */
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    Q_PROPERTY(bool noticeIsError READ noticeIsError NOTIFY noticeChanged)
    /** The Sync page is on screen (the window binds it). A sync that ends
     *  then shows its result there; otherwise it ends with a toast. */
    Q_PROPERTY(bool pageVisible READ pageVisible WRITE setPageVisible NOTIFY pageVisibleChanged)
    // Sign-in with the device flow.
    Q_PROPERTY(bool signInAvailable READ signInAvailable NOTIFY tokenChanged)
    Q_PROPERTY(bool signingIn READ signingIn NOTIFY signInChanged)
    Q_PROPERTY(QString signInHost READ signInHost NOTIFY configChanged)
    Q_PROPERTY(QString userCode READ userCode NOTIFY signInChanged)
    Q_PROPERTY(QString verificationUrl READ verificationUrl NOTIFY signInChanged)
    Q_PROPERTY(QString signInError READ signInError NOTIFY signInChanged)

public:
    /** Where a host's token comes from. Called on worker threads. */
    using TokenProvider = std::function<TokenStore::Result(const QString &host)>;
    /** Where a token from a sign-in is kept. Called on a worker thread. */
    using TokenWriter = std::function<TokenStore::Result(const QString &host, const QByteArray &token)>;
    using ClientFactory = std::function<std::unique_ptr<GitHubClient>(const GitHubEndpoint &, const QByteArray &token)>;
    /** Sets seams (sleeper, clock) on the device flow's HTTP client. */
    using DeviceFlowSetup = std::function<void(GitHubClient &)>;

    /** @p app is reloaded after each sync that wrote to its cache. */
    explicit SyncController(AppController *app, QObject *parent = nullptr);
    ~SyncController() override;

    // --- Wiring (the composition root, tests) ---------------------------------
    void setTokenProvider(TokenProvider provider);
    void setTokenWriter(TokenWriter writer) { m_tokenWriter = std::move(writer); }
    void setClientFactory(ClientFactory factory) { m_clientFactory = std::move(factory); }
    void setDeviceFlowSetup(DeviceFlowSetup setup) { m_deviceFlowSetup = std::move(setup); }
    /** The OAuth app whose device flow signs in; empty: no "Sign in" button. */
    void setOAuthClientId(const QString &clientId);
    /** The cache to sync into when the app has none open. */
    void setCachePath(const QString &path) { m_cachePath = path; }
    /** Reads @p path as the configuration (created by Settings if missing). */
    void setConfigPath(const QString &path);
    /** Whether the timer syncs on the schedule (off for the demo). */
    void setScheduleEnabled(bool enabled);
    /** The next run is worked out and shown, but the timer never fires
     *  (screenshots of a real configuration). */
    void setScheduleFrozen(bool frozen);
    /** Repositories read slower than this are flagged (default 30 s). */
    void setSlowRepoMs(qint64 ms);
    void setClock(std::function<QDateTime()> now);
    void setLinksEnabled(bool enabled) { m_linksEnabled = enabled; }

    // --- State -------------------------------------------------------------------
    bool running() const { return m_running; }
    int done() const { return m_done; }
    int total() const { return m_total; }
    QString progressText() const { return m_progressText; }
    QString statusText() const;
    QString lastSyncText() const;
    QString durationText() const;
    QString nextRunText() const;
    QString rateLimitText() const;
    QString rateLimitResetText() const;
    /** What the last successful sync did: "3 repositories read · ...". */
    QString resultText() const;
    QDateTime lastSync() const { return m_lastSync; }
    bool hasSynced() const { return m_lastSync.isValid(); }
    QDateTime nextRun() const { return m_nextRun; }
    QString lastError() const { return m_lastError; }
    bool lastCancelled() const { return m_lastCancelled; }
    int requestsUsed() const { return m_requestsUsed; }
    int rateLimitLeft() const { return m_rateLimitLeft; }
    bool needsSignIn() const { return m_needsSignIn; }
    QString tokenError() const { return m_tokenError; }
    bool configured() const;
    bool configExists() const { return m_configExists; }
    QString configPath() const { return m_configPath; }
    QString configError() const;
    QStringList sourceLines() const;
    bool hasGitHub() const { return !m_config.providers.isEmpty(); }
    bool scheduled() const { return m_nextRun.isValid(); }
    SyncProblemsModel *problems() const { return m_problems; }
    QString notice() const { return m_notice; }
    bool noticeIsError() const { return m_noticeIsError; }
    bool pageVisible() const { return m_pageVisible; }
    void setPageVisible(bool visible);
    /** The toast at the end of a sync that read @p entities and left @p problems. */
    static QString finishedText(int entities, int problems);
    bool signInAvailable() const { return !m_clientId.isEmpty(); }
    bool signingIn() const { return m_signingIn; }
    QString signInHost() const;
    QString userCode() const { return m_userCode; }
    QString verificationUrl() const { return m_verificationUrl; }
    QString signInError() const { return m_signInError; }
    const SyncConfig &config() const { return m_config; }
    /** The schedule: the smallest frequency of the GitHub providers (a
     *  config with local folders only: 30 minutes). */
    int frequencySeconds() const;

    // --- Actions -----------------------------------------------------------------
    /** Starts a sync now, unless one runs. Returns whether one started. */
    Q_INVOKABLE bool syncNow();
    Q_INVOKABLE void cancel();
    /** Opens the problem's file on GitHub in the browser: http(s) only. */
    Q_INVOKABLE bool openProblem(int row);
    /** Reads the configuration file again (Settings saved it). */
    Q_INVOKABLE void reloadConfig();
    /** Starts a device sign-in for signInHost. */
    Q_INVOKABLE void signIn();
    Q_INVOKABLE void cancelSignIn();
    Q_INVOKABLE bool openVerificationUrl();
    Q_INVOKABLE void copyUserCode();
    Q_INVOKABLE void dismissNotice();
    /** Asks the token provider again (after setting ATRIUM_GITHUB_TOKEN...). */
    Q_INVOKABLE void checkToken();

    /** Blocks until the running sync and token check are done (tests,
     *  screenshots). */
    bool waitForIdle(int timeoutMs = 60000);

Q_SIGNALS:
    void runningChanged();
    void progressChanged();
    void statusChanged();
    void tokenChanged();
    void configChanged();
    void noticeChanged();
    void pageVisibleChanged();
    void signInChanged();
    /** A sync ended; @p ok is false when it failed or was cancelled. */
    void finished(bool ok);
    /** A sync started by the schedule (tests). */
    void scheduledRunStarted();
    void signInFinished(bool ok);
    /** openProblem() was asked for a link it will not open. */
    void linkRefused(const QString &url);

    // Worker-thread reports, delivered queued on the controller's thread.
    void progressReported(int done, int total, const QString &what, QPrivateSignal);
    void userCodeReported(const QString &code, const QUrl &url, QPrivateSignal);

private:
    bool startSync(bool scheduled);
    void applyOutcome(const SyncOutcome &outcome);
    void applySignIn(const SignInOutcome &outcome);
    void onProgress(int done, int total, const QString &what);
    void scheduleNext();
    void rebuildProblems();
    void setNotice(const QString &text, bool error);
    QString targetCache() const;
    QString statePath() const;
    void loadState();
    void saveState() const;
    bool openExternal(const QString &url);

    AppController *m_app;
    SyncProblemsModel *m_problems;
    QThreadPool m_syncPool;
    QThreadPool m_authPool;
    QFutureWatcher<SyncOutcome> m_syncWatcher;
    QFutureWatcher<SignInOutcome> m_signInWatcher;
    QFutureWatcher<TokenStore::Result> m_tokenWatcher;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    std::shared_ptr<std::atomic_bool> m_cancelSignIn = std::make_shared<std::atomic_bool>(false);
    QTimer m_timer;
    QTimer m_minuteTimer;
    std::function<QDateTime()> m_now;

    TokenProvider m_tokenProvider;
    TokenWriter m_tokenWriter;
    ClientFactory m_clientFactory;
    DeviceFlowSetup m_deviceFlowSetup;
    QString m_clientId;
    QString m_cachePath;
    QString m_configPath;
    SyncConfig m_config;
    Diagnostics m_configProblems;
    bool m_configExists = false;
    bool m_scheduleEnabled = true;
    bool m_scheduleFrozen = false;
    bool m_linksEnabled = true;
    qint64 m_slowRepoMs = 30000;

    bool m_running = false;
    bool m_scheduledRun = false;
    int m_done = 0;
    int m_total = 0;
    QString m_progressText;
    QDateTime m_lastSync;
    QDateTime m_nextRun;
    qint64 m_durationMs = -1;
    int m_requestsUsed = -1;
    int m_rateLimitLeft = -1;
    int m_rateLimitTotal = -1;
    QDateTime m_rateLimitReset;
    QString m_lastError;
    bool m_lastCancelled = false;
    /** The last successful sync's counts. */
    struct Result {
        bool valid = false;
        bool github = false;
        int read = 0;
        int unchanged = 0;
        int withoutCatalog = 0;
        int failed = 0;
        int removed = 0;
        int localSources = 0;
        int entities = 0;
    };
    Result m_result;
    QList<RepoProblem> m_reported;
    bool m_needsSignIn = false;
    bool m_tokenChecking = false;
    QString m_tokenError;
    QString m_notice;
    bool m_noticeIsError = false;
    bool m_pageVisible = false;

    bool m_signingIn = false;
    QString m_userCode;
    QString m_verificationUrl;
    QString m_signInError;
};

} // namespace atrium
