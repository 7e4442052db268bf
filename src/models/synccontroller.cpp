// SPDX-License-Identifier: Apache-2.0
#include "synccontroller.h"

#include "appcontroller.h"
#include "catalogstore.h"
#include "deviceflow.h"
#include "githubclient.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <limits>

namespace atrium {

Q_LOGGING_CATEGORY(lcSyncUi, "atrium.models.sync")

namespace {

/** The first scheduled run waits this long after the start at most: the
 *  app shows the cache first, and a machine with no network is not hit by
 *  a failing sync in the same second. */
constexpr qint64 kStartDelaySeconds = 10;
/** What a config with local folders only is re-read at. */
constexpr int kDefaultFrequencySeconds = 1800;

QString timeOfDay(const QDateTime &t, const QDateTime &now)
{
    const QDateTime local = t.toLocalTime();
    const QString time = QLocale().toString(local.time(), QLocale::ShortFormat);
    if (local.date() == now.toLocalTime().date())
        return time;
    return QLocale().toString(local, QLocale::ShortFormat);
}

QString durationString(qint64 ms)
{
    if (ms < 0)
        return {};
    if (ms < 10000)
        return SyncController::tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', 1));
    const qint64 s = (ms + 500) / 1000;
    if (s < 60)
        return SyncController::tr("%1 s").arg(QLocale().toString(s));
    return SyncController::tr("%1 min %2 s").arg(QLocale().toString(s / 60), QLocale().toString(s % 60));
}

} // namespace

SyncController::SyncController(AppController *app, QObject *parent)
    : QObject(parent)
    , m_app(app)
    , m_problems(new SyncProblemsModel(this))
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    // One sync at a time, each with its own store (one connection per thread).
    m_syncPool.setMaxThreadCount(1);
    // A sign-in waits minutes for the user; a token check must not queue behind it.
    m_authPool.setMaxThreadCount(2);
    // Without an injected provider, only the environment: never the keychain
    // (tests and tools that forget to wire one must not hit the user's).
    m_tokenProvider = [](const QString &) {
        TokenStore::Result r;
        r.token = qgetenv("ATRIUM_GITHUB_TOKEN");
        r.ok = !r.token.isEmpty();
        return r;
    };

    connect(this, &SyncController::progressReported, this, &SyncController::onProgress, Qt::QueuedConnection);
    connect(this, &SyncController::userCodeReported, this,
            [this](const QString &code, const QUrl &url) {
                m_userCode = code;
                m_verificationUrl = url.toString();
                Q_EMIT signInChanged();
            },
            Qt::QueuedConnection);
    connect(&m_syncWatcher, &QFutureWatcher<SyncOutcome>::finished, this,
            [this] { applyOutcome(m_syncWatcher.result()); });
    connect(&m_signInWatcher, &QFutureWatcher<SignInOutcome>::finished, this,
            [this] { applySignIn(m_signInWatcher.result()); });
    connect(&m_tokenWatcher, &QFutureWatcher<TokenStore::Result>::finished, this, [this] {
        m_tokenChecking = false;
        const TokenStore::Result r = m_tokenWatcher.result();
        const bool needs = hasGitHub() && r.token.isEmpty();
        if (needs != m_needsSignIn || r.error != m_tokenError) {
            m_needsSignIn = needs;
            m_tokenError = r.error;
            Q_EMIT tokenChanged();
        }
    });

    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (startSync(true))
            Q_EMIT scheduledRunStarted();
    });
    // "5 min ago" and "next at" move with the clock.
    m_minuteTimer.setInterval(30 * 1000);
    connect(&m_minuteTimer, &QTimer::timeout, this, &SyncController::statusChanged);
    m_minuteTimer.start();

    if (m_app) {
        connect(m_app, &AppController::loadFinished, this, [this](bool ok) {
            if (!ok)
                return;
            // The cache this app shows may have a sync history of its own.
            if (!m_running && !m_lastSync.isValid())
                loadState();
            rebuildProblems();
        });
    }
}

SyncController::~SyncController()
{
    // The jobs write into the cache and emit on this object: stop and wait.
    m_cancel->store(true);
    m_cancelSignIn->store(true);
    m_syncWatcher.waitForFinished();
    m_signInWatcher.waitForFinished();
    m_tokenWatcher.waitForFinished();
    m_syncPool.waitForDone();
    m_authPool.waitForDone();
}

void SyncController::setTokenProvider(TokenProvider provider)
{
    m_tokenProvider = std::move(provider);
    checkToken();
}

void SyncController::setOAuthClientId(const QString &clientId)
{
    m_clientId = clientId;
    Q_EMIT tokenChanged();
}

void SyncController::setConfigPath(const QString &path)
{
    m_configPath = path;
    reloadConfig();
}

void SyncController::setScheduleEnabled(bool enabled)
{
    m_scheduleEnabled = enabled;
    scheduleNext();
}

void SyncController::setScheduleFrozen(bool frozen)
{
    m_scheduleFrozen = frozen;
    scheduleNext();
}

void SyncController::setSlowRepoMs(qint64 ms)
{
    m_slowRepoMs = ms;
    rebuildProblems();
}

void SyncController::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    Q_EMIT statusChanged();
}

void SyncController::reloadConfig()
{
    m_configProblems.clear();
    m_configExists = !m_configPath.isEmpty() && QFileInfo::exists(m_configPath);
    m_config = m_configExists ? SyncConfig::load(m_configPath, &m_configProblems) : SyncConfig{};
    qCInfo(lcSyncUi) << "configuration" << m_configPath << (m_configExists ? "read:" : "missing;")
                     << m_config.providers.size() << "GitHub providers," << m_config.localPaths.size() << "folders,"
                     << countErrors(m_configProblems) << "errors";
    Q_EMIT configChanged();
    checkToken();
    scheduleNext();
}

bool SyncController::configured() const
{
    return m_configExists && countErrors(m_configProblems) == 0
        && (!m_config.providers.isEmpty() || !m_config.localPaths.isEmpty() || !m_config.backstage.isEmpty());
}

QString SyncController::configError() const
{
    QStringList lines;
    for (const Diagnostic &d : m_configProblems) {
        if (!d.isError())
            continue;
        lines << (d.line > 0 ? tr("line %1: %2").arg(d.line).arg(d.message) : d.message);
    }
    return lines.join(u'\n');
}

QStringList SyncController::sourceLines() const
{
    QStringList lines;
    for (const GitHubProvider &p : m_config.providers) {
        lines << tr("GitHub organisation %1 on %2, every %3 min")
                     .arg(p.organization, p.host)
                     .arg(qMax(1, p.frequencySeconds / 60));
    }
    for (const QString &path : m_config.localPaths)
        lines << tr("Local folder %1").arg(QDir::toNativeSeparators(path));
    return lines;
}

QString SyncController::signInHost() const
{
    return m_config.providers.isEmpty() ? QStringLiteral("github.com") : m_config.providers.first().host;
}

int SyncController::frequencySeconds() const
{
    int f = 0;
    for (const GitHubProvider &p : m_config.providers)
        f = f == 0 ? p.frequencySeconds : qMin(f, p.frequencySeconds);
    return f > 0 ? f : kDefaultFrequencySeconds;
}

QString SyncController::targetCache() const
{
    if (m_app && !m_app->cachePath().isEmpty())
        return m_app->cachePath();
    return m_cachePath;
}

QString SyncController::statePath() const
{
    // Beside the cache it describes: the numbers of the last sync belong to
    // that file (a demo cache, a --cache FILE), not to the machine.
    const QString cache = targetCache();
    return cache.isEmpty() ? QString() : cache + QStringLiteral(".sync.ini");
}

void SyncController::loadState()
{
    const QString path = statePath();
    if (path.isEmpty() || !QFileInfo::exists(path))
        return;
    QSettings s(path, QSettings::IniFormat);
    m_lastSync = s.value(QStringLiteral("lastSync")).toDateTime();
    m_durationMs = s.value(QStringLiteral("durationMs"), -1).toLongLong();
    m_requestsUsed = s.value(QStringLiteral("requests"), -1).toInt();
    m_rateLimitLeft = s.value(QStringLiteral("rateLimitLeft"), -1).toInt();
    m_rateLimitTotal = s.value(QStringLiteral("rateLimitTotal"), -1).toInt();
    m_rateLimitReset = s.value(QStringLiteral("rateLimitReset")).toDateTime();
    m_lastError = s.value(QStringLiteral("error")).toString();
    // Numbers, not text: the next start may be in another language.
    const QList<int> result = [&] {
        QList<int> out;
        for (const QString &n : s.value(QStringLiteral("result")).toString().split(u',', Qt::SkipEmptyParts))
            out << n.toInt();
        return out;
    }();
    if (result.size() == 8)
        m_result = {true, result[0] != 0, result[1], result[2], result[3], result[4], result[5], result[6], result[7]};
    Q_EMIT statusChanged();
    scheduleNext();
}

void SyncController::saveState() const
{
    const QString path = statePath();
    if (path.isEmpty())
        return;
    QSettings s(path, QSettings::IniFormat);
    s.setValue(QStringLiteral("lastSync"), m_lastSync);
    s.setValue(QStringLiteral("durationMs"), m_durationMs);
    s.setValue(QStringLiteral("requests"), m_requestsUsed);
    s.setValue(QStringLiteral("rateLimitLeft"), m_rateLimitLeft);
    s.setValue(QStringLiteral("rateLimitTotal"), m_rateLimitTotal);
    s.setValue(QStringLiteral("rateLimitReset"), m_rateLimitReset);
    s.setValue(QStringLiteral("error"), m_lastError);
    if (m_result.valid) {
        s.setValue(QStringLiteral("result"), QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8")
                                                 .arg(int(m_result.github)).arg(m_result.read).arg(m_result.unchanged)
                                                 .arg(m_result.withoutCatalog).arg(m_result.failed).arg(m_result.removed)
                                                 .arg(m_result.localSources).arg(m_result.entities));
    }
}

void SyncController::checkToken()
{
    if (!hasGitHub()) {
        if (m_needsSignIn || !m_tokenError.isEmpty()) {
            m_needsSignIn = false;
            m_tokenError.clear();
            Q_EMIT tokenChanged();
        }
        return;
    }
    // The keychain may block: ask on a worker thread.
    const TokenProvider provider = m_tokenProvider;
    const QString host = signInHost();
    m_tokenChecking = true;
    m_tokenWatcher.setFuture(QtConcurrent::run(&m_authPool, [provider, host] {
        return provider ? provider(host) : TokenStore::Result{};
    }));
}

bool SyncController::syncNow()
{
    return startSync(false);
}

bool SyncController::startSync(bool scheduled)
{
    if (m_running)
        return false;
    m_scheduledRun = scheduled;
    if (!configured()) {
        setNotice(m_configExists ? tr("The configuration has errors; fix them in Settings.")
                                 : tr("Nothing to sync yet: add a GitHub organisation or a folder in Settings."),
                  true);
        return false;
    }
    const QString cache = targetCache();
    if (cache.isEmpty()) {
        setNotice(tr("No catalog cache is open to sync into."), true);
        return false;
    }
    m_timer.stop();
    m_nextRun = {};
    m_cancel->store(false);
    m_running = true;
    m_done = 0;
    m_total = 0;
    m_progressText = tr("Starting…");
    Q_EMIT runningChanged();
    Q_EMIT progressChanged();
    Q_EMIT statusChanged();

    const SyncConfig config = m_config;
    const TokenProvider tokens = m_tokenProvider;
    const ClientFactory factory = m_clientFactory;
    const auto cancel = m_cancel;
    const qint64 slowMs = m_slowRepoMs;
    // Emitting a signal of this object from the worker is safe: the
    // connection to onProgress is queued, and the destructor waits for the
    // job before the object goes.
    auto report = [this](int done, int total, const QString &what) {
        Q_EMIT progressReported(done, total, what, QPrivateSignal());
    };
    auto waiting = [this](const QString &why, const QDateTime &) { Q_EMIT progressReported(-1, -1, why, QPrivateSignal()); };
    qCInfo(lcSyncUi) << "sync started into" << cache;
    m_syncWatcher.setFuture(QtConcurrent::run(&m_syncPool, [=] {
        SyncOutcome o;
        SyncJob::Options options;
        if (!config.providers.isEmpty()) {
            const TokenStore::Result t = tokens ? tokens(config.providers.first().host) : TokenStore::Result{};
            if (t.token.isEmpty()) {
                o.noToken = true;
                o.tokenError = t.error;
                o.report.fatal = tr("No GitHub token for %1: sign in, or set ATRIUM_GITHUB_TOKEN.")
                                     .arg(config.providers.first().host);
                return o;
            }
            options.token = t.token;
            // Organisations on other hosts (GitHub Enterprise) use their own.
            options.tokenForHost = [tokens](const QString &host) {
                return tokens ? tokens(host).token : QByteArray();
            };
        }
        options.clientFactory = factory;
        options.slowRepoMs = slowMs;
        options.progress = report;
        options.waiting = waiting;
        options.cancelled = [cancel] { return cancel->load(); };
        CatalogStore store;
        QString error;
        if (!store.open(cache, &error)) {
            o.report.fatal = tr("Cannot open the catalog cache %1: %2").arg(QDir::toNativeSeparators(cache), error);
            return o;
        }
        o.report = SyncJob(config, options).run(store);
        o.sources = store.sources();
        return o;
    }));
    return true;
}

void SyncController::cancel()
{
    if (m_running) {
        m_cancel->store(true);
        m_progressText = tr("Cancelling…");
        Q_EMIT progressChanged();
    }
}

void SyncController::onProgress(int done, int total, const QString &what)
{
    if (!m_running)
        return;
    if (done >= 0) {
        m_done = done;
        m_total = total;
    }
    // SyncJob names the repository it finished; its sentences (listing,
    // "N of M unchanged") are English, so they are said here instead.
    if (done < 0)
        m_progressText = what; // a rate-limit wait, from the GitHub client
    else if (total <= 0)
        m_progressText = tr("Listing the repositories…");
    else if (what.contains(u' '))
        m_progressText = tr("Reading catalog files…");
    else
        m_progressText = what;
    Q_EMIT progressChanged();
}

void SyncController::applyOutcome(const SyncOutcome &o)
{
    const SyncReport &r = o.report;
    m_running = false;
    m_lastSync = m_now();
    m_lastCancelled = r.cancelled;
    m_durationMs = r.elapsedMs;
    m_requestsUsed = r.requests.graphqlRequests + r.requests.restRequests;
    if (r.graphqlLimit.isValid()) {
        m_rateLimitLeft = r.graphqlLimit.remaining;
        m_rateLimitTotal = r.graphqlLimit.limit;
        m_rateLimitReset = r.graphqlLimit.reset;
    }
    if (o.noToken && !m_needsSignIn) {
        m_needsSignIn = true;
        m_tokenError = o.tokenError;
        Q_EMIT tokenChanged();
    }
    if (r.cancelled) {
        m_lastError.clear();
        setNotice(tr("Sync cancelled. The catalog was left as it was."), false);
    } else if (!r.fatal.isEmpty()) {
        m_lastError = r.fatal;
        // A run the user asked for says so at once; a scheduled one that
        // failed (no network on a train) shows in the status line and on
        // the Sync page instead of a notice that would wait to be closed.
        if (!m_scheduledRun)
            setNotice(tr("Sync failed: %1 The catalog was left as it was.").arg(r.fatal), true);
    } else {
        m_lastError.clear();
        m_result = {true,           r.reposMatched > 0 || !m_config.providers.isEmpty(),
                    r.reposRead,    r.reposUnchanged,
                    r.reposWithoutCatalog, r.reposFailed,
                    r.reposRemoved, r.localSources,
                    r.entities};
        m_reported = r.problems;
        m_problems->setProblems(SyncProblemsModel::collect(o.sources, m_reported, m_slowRepoMs));
        // Where the result goes: with the Sync page on screen, the page
        // and the window's notice show it (as before toasts); elsewhere a
        // toast says it and goes by itself, without taking focus.
        ToastModel *toasts = m_app ? m_app->toasts() : nullptr;
        if (toasts && !m_pageVisible) {
            const int problems = m_problems->count();
            const QString text = finishedText(r.entities, problems);
            if (problems > 0)
                toasts->showRequest(text, tr("Show problems"), QStringLiteral("showSync"), {}, r.reposFailed > 0);
            else
                toasts->showRequest(text, {}, {});
        } else {
            setNotice(r.reposFailed > 0 ? tr("Sync finished; %Ln repositories could not be read.", "", r.reposFailed)
                                        : tr("Sync finished: %1.").arg(resultText()),
                      r.reposFailed > 0);
        }
        // The views show the new catalog; the open cache is read again.
        if (m_app) {
            m_app->setSignedInLogins(r.viewerLogins.values());
            if (m_app->cachePath().isEmpty())
                m_app->openCache(targetCache());
            else
                m_app->reload();
        }
    }
    qCInfo(lcSyncUi) << "sync finished in" << r.elapsedMs << "ms:" << (r.cancelled ? "cancelled" : r.fatal.isEmpty() ? "ok" : "failed");
    saveState();
    m_progressText.clear();
    Q_EMIT runningChanged();
    Q_EMIT progressChanged();
    scheduleNext();
    Q_EMIT statusChanged();
    Q_EMIT finished(r.ok());
}

void SyncController::rebuildProblems()
{
    if (!m_app)
        return;
    m_problems->setProblems(SyncProblemsModel::collect(m_app->sources(), m_reported, m_slowRepoMs));
}

void SyncController::scheduleNext()
{
    const QDateTime before = m_nextRun;
    if (!m_scheduleEnabled || !configured() || m_running) {
        m_timer.stop();
        m_nextRun = {};
    } else {
        const QDateTime now = m_now();
        const qint64 freq = frequencySeconds();
        const QDateTime earliest = now.addSecs(qMin<qint64>(freq, kStartDelaySeconds));
        // After a run, the full interval; at start, soon if one is overdue.
        QDateTime next = m_lastSync.isValid() ? m_lastSync.addSecs(freq) : earliest;
        if (next < earliest)
            next = earliest;
        m_nextRun = next;
        if (m_scheduleFrozen)
            m_timer.stop();
        else
            m_timer.start(int(std::clamp<qint64>(now.msecsTo(next), 0, std::numeric_limits<int>::max())));
    }
    if (before != m_nextRun)
        Q_EMIT statusChanged();
}

bool SyncController::openProblem(int row)
{
    if (row < 0 || row >= m_problems->count())
        return false;
    return openExternal(m_problems->problemAt(row).url);
}

bool SyncController::openVerificationUrl()
{
    return openExternal(m_verificationUrl);
}

bool SyncController::openExternal(const QString &url)
{
    // URLs come from GitHub and from the cache: only web links open, never
    // `file:` or a custom scheme that would run something.
    const QUrl u(url);
    const QString scheme = u.scheme().toLower();
    if (!u.isValid() || u.host().isEmpty() || (scheme != u"https" && scheme != u"http")) {
        qCWarning(lcSyncUi) << "refused to open" << url;
        Q_EMIT linkRefused(url);
        return false;
    }
    if (!m_linksEnabled)
        return true;
    return QDesktopServices::openUrl(u);
}

void SyncController::copyUserCode()
{
    if (auto *clipboard = QGuiApplication::clipboard(); clipboard && !m_userCode.isEmpty())
        clipboard->setText(m_userCode);
}

void SyncController::signIn()
{
    if (m_signingIn)
        return;
    m_signInError.clear();
    m_userCode.clear();
    m_verificationUrl.clear();
    if (m_clientId.isEmpty()) {
        m_signInError = tr("Sign-in needs the client ID of a GitHub OAuth app with device flow enabled "
                           "(ATRIUM_GITHUB_CLIENT_ID). Set ATRIUM_GITHUB_TOKEN instead.");
        Q_EMIT signInChanged();
        return;
    }
    const QString host = signInHost();
    GitHubEndpoint endpoint = GitHubEndpoint::forHost(host, m_config.integrationFor(host).apiBaseUrl);
    endpoint.caBundlePath = m_config.integrationFor(host).caBundle;
    m_cancelSignIn->store(false);
    m_signingIn = true;
    Q_EMIT signInChanged();

    DeviceSignIn job;
    job.endpoint = endpoint;
    job.clientId = m_clientId;
    job.writer = m_tokenWriter;
    job.setup = m_deviceFlowSetup;
    job.cancel = m_cancelSignIn;
    job.showCode = [this](const QString &code, const QUrl &url) { Q_EMIT userCodeReported(code, url, QPrivateSignal()); };
    m_signInWatcher.setFuture(QtConcurrent::run(&m_authPool, [job] { return runDeviceSignIn(job); }));
}

void SyncController::cancelSignIn()
{
    if (m_signingIn)
        m_cancelSignIn->store(true);
}

void SyncController::applySignIn(const SignInOutcome &o)
{
    m_signingIn = false;
    m_userCode.clear();
    m_verificationUrl.clear();
    m_signInError = o.cancelled ? QString() : o.error;
    Q_EMIT signInChanged();
    Q_EMIT signInFinished(o.ok);
    if (o.ok) {
        m_needsSignIn = false;
        m_tokenError.clear();
        Q_EMIT tokenChanged();
        setNotice(tr("Signed in to %1.").arg(signInHost()), false);
        // What the user signed in for.
        syncNow();
    }
}

void SyncController::setNotice(const QString &text, bool error)
{
    m_notice = text;
    m_noticeIsError = error;
    Q_EMIT noticeChanged();
}

QString SyncController::finishedText(int entities, int problems)
{
    return tr("Sync finished: %1, %2").arg(tr("%Ln entities", "", entities), tr("%Ln problems", "", problems));
}

void SyncController::setPageVisible(bool visible)
{
    if (m_pageVisible == visible)
        return;
    m_pageVisible = visible;
    Q_EMIT pageVisibleChanged();
}

void SyncController::dismissNotice()
{
    if (m_notice.isEmpty())
        return;
    m_notice.clear();
    Q_EMIT noticeChanged();
}

bool SyncController::waitForIdle(int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while ((m_running || m_tokenChecking) && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    return !m_running && !m_tokenChecking;
}

// --- Texts ---------------------------------------------------------------------

QString SyncController::lastSyncText() const
{
    return m_lastSync.isValid() ? AppController::ageText(m_lastSync, m_now()) : tr("never");
}

QString SyncController::durationText() const
{
    return durationString(m_durationMs);
}

QString SyncController::nextRunText() const
{
    if (m_running)
        return tr("after this one");
    if (!m_nextRun.isValid())
        return m_scheduleEnabled ? QString() : tr("paused");
    const QDateTime now = m_now();
    if (now.secsTo(m_nextRun) < 60)
        return tr("in a moment");
    return tr("at %1").arg(timeOfDay(m_nextRun, now));
}

QString SyncController::resultText() const
{
    if (!m_result.valid)
        return {};
    QStringList parts;
    if (m_result.github) {
        parts << tr("%Ln repositories read", "", m_result.read);
        if (m_result.unchanged > 0)
            parts << tr("%Ln unchanged", "", m_result.unchanged);
        if (m_result.withoutCatalog > 0)
            parts << tr("%Ln without a catalog file", "", m_result.withoutCatalog);
        if (m_result.failed > 0)
            parts << tr("%Ln failed", "", m_result.failed);
        if (m_result.removed > 0)
            parts << tr("%Ln removed", "", m_result.removed);
    }
    if (m_result.localSources > 0)
        parts << tr("%Ln local folder(s)", "", m_result.localSources);
    parts << tr("%Ln entities written", "", m_result.entities);
    return parts.join(QStringLiteral(" · "));
}

QString SyncController::rateLimitText() const
{
    if (m_rateLimitLeft < 0)
        return {};
    return tr("%1 of %2").arg(QLocale().toString(m_rateLimitLeft), QLocale().toString(m_rateLimitTotal));
}

QString SyncController::rateLimitResetText() const
{
    if (m_rateLimitLeft < 0 || !m_rateLimitReset.isValid())
        return {};
    return tr("resets at %1").arg(timeOfDay(m_rateLimitReset, m_now()));
}

QString SyncController::statusText() const
{
    if (m_running) {
        return m_total > 0 ? tr("Syncing %1 of %2 repositories…").arg(QLocale().toString(m_done), QLocale().toString(m_total)) : tr("Syncing…");
    }
    if (!configured())
        return {};
    QStringList parts;
    if (!m_lastSync.isValid())
        parts << tr("Not synced yet");
    else if (!m_lastError.isEmpty())
        parts << tr("Sync failed %1").arg(lastSyncText());
    else
        parts << tr("Synced %1").arg(lastSyncText());
    if (m_lastSync.isValid()) {
        if (m_durationMs >= 0)
            parts << tr("took %1").arg(durationText());
        if (m_requestsUsed >= 0)
            parts << tr("%Ln request(s)", "", m_requestsUsed);
        if (m_rateLimitLeft >= 0)
            parts << tr("%1 left").arg(rateLimitText());
    }
    const QString next = nextRunText();
    if (m_nextRun.isValid() && !next.isEmpty())
        parts << tr("next %1").arg(next);
    return parts.join(QStringLiteral(" · "));
}

} // namespace atrium
