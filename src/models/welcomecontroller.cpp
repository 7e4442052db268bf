// SPDX-License-Identifier: Apache-2.0
#include "welcomecontroller.h"

#include "appcontroller.h"
#include "backstageclient.h"
#include "catalogmodel.h"
#include "http/httptransport.h"
#include "problemsmodel.h"
#include "settingscontroller.h"
#include "synccontroller.h"

#include <QClipboard>
#include <QDateTime>
#include <QDesktopServices>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSettings>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

Q_LOGGING_CATEGORY(lcWelcome, "atrium.models.welcome")

namespace atrium {

namespace {

const QString kCompletedKey = QStringLiteral("welcome/completed");

/** A GitHub login: letters, digits and single hyphens, at most 39. */
bool isLogin(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"));
    return re.match(s).hasMatch();
}

} // namespace

QString WelcomeController::saveFailure() const
{
    // The first error of the configuration says more than "not saved".
    if (m_settings) {
        const ProblemsModel *problems = m_settings->problems();
        for (int row = 0; row < problems->rowCount(); ++row)
            if (problems->diagnosticAt(row).severity == Severity::Error)
                return tr("The configuration was not saved: %1 (%2). Fix it in Settings.")
                    .arg(problems->diagnosticAt(row).message, problems->locationAt(row));
        if (!m_settings->saveError().isEmpty())
            return m_settings->saveError();
    }
    return tr("The configuration has errors; fix them in Settings.");
}

WelcomeController::WelcomeController(AppController *app, SettingsController *settings, SyncController *sync, QObject *parent)
    : QObject(parent)
    , m_app(app)
    , m_settings(settings)
    , m_sync(sync)
{
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<WelcomeReply>::finished, this, [this] {
        const bool cancelled = m_cancel->load();
        m_busy = false;
        m_busyText.clear();
        Q_EMIT busyChanged();
        auto done = std::move(m_done);
        m_done = nullptr;
        if (cancelled)
            return;
        const WelcomeReply reply = m_watcher.result();
        // A failed step stays where it is, with why; a missing sign-in is
        // a step of its own (checkAccount).
        if (!reply.error.isEmpty() && !reply.needsSignIn)
            setError(reply.error);
        else if (done)
            done(reply);
    });
    connect(this, &WelcomeController::userCodeReported, this, [this](const QString &code, const QUrl &url) {
        m_userCode = code;
        m_verificationUrl = url.toString();
        Q_EMIT signInChanged();
    }, Qt::QueuedConnection);
    connect(&m_signInWatcher, &QFutureWatcher<SignInOutcome>::finished, this, [this] {
        const SignInOutcome out = m_signInWatcher.result();
        m_signingIn = false;
        m_userCode.clear();
        m_verificationUrl.clear();
        Q_EMIT signInChanged();
        if (out.ok)
            checkAccount();
        else if (!out.cancelled)
            setError(out.error);
    });
    if (m_sync)
        connect(m_sync, &SyncController::finished, this, &WelcomeController::onSyncFinished);
}

WelcomeController::~WelcomeController()
{
    m_cancel->store(true);
    m_pool.waitForDone();
    m_watcher.waitForFinished();
    m_signInWatcher.waitForFinished();
}

bool WelcomeController::wasCompleted()
{
    return QSettings().value(kCompletedKey, false).toBool();
}

void WelcomeController::markCompleted()
{
    QSettings().setValue(kCompletedKey, true);
}

void WelcomeController::offerOnFirstRun()
{
    if (wasCompleted() || !m_app || (m_settings && m_settings->exists()))
        return;
    auto offer = [this] {
        if (m_app && !m_app->isDemo() && m_app->catalog()->rowCount() == 0)
            start();
    };
    if (m_app->loading() || m_app->cachePath().isEmpty())
        connect(m_app, &AppController::loadFinished, this, offer, Qt::SingleShotConnection);
    else
        offer();
}

void WelcomeController::start()
{
    qCInfo(lcWelcome) << "welcome shown";
    m_kind.clear();
    m_startedAt = 0;
    setError({});
    // The first step, with nothing to go back to.
    m_history.clear();
    m_step = QStringLiteral("choose");
    Q_EMIT stepChanged();
    setActive(true);
}

void WelcomeController::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    Q_EMIT activeChanged();
}

void WelcomeController::setStep(const QString &step)
{
    if (step != m_step)
        m_history.append(m_step);
    m_step = step;
    Q_EMIT stepChanged();
}

void WelcomeController::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

QString WelcomeController::tokenUrl() const
{
    // A classic token with the scopes a sync and the templates need.
    const QUrl web = m_endpoint.webBaseUrl.isValid() ? m_endpoint.webBaseUrl : QUrl(QStringLiteral("https://github.com"));
    return web.toString() + QStringLiteral("/settings/tokens/new?scopes=repo,read:org,workflow&description=Atrium");
}

std::unique_ptr<GitHubClient> WelcomeController::client(const QByteArray &token) const
{
    auto c = m_clientFactory ? m_clientFactory(m_endpoint, token) : std::make_unique<GitHubClient>(m_endpoint, token);
    c->setCancelCheck([cancel = m_cancel] { return cancel->load(); });
    return c;
}

void WelcomeController::run(const QString &what, std::function<WelcomeReply()> work, std::function<void(const WelcomeReply &)> done)
{
    if (m_busy)
        return;
    setError({});
    m_cancel->store(false);
    m_busy = true;
    m_busyText = what;
    m_done = std::move(done);
    Q_EMIT busyChanged();
    m_watcher.setFuture(QtConcurrent::run(&m_pool, std::move(work)));
}

void WelcomeController::choose(const QString &kind)
{
    if (m_busy || m_signingIn)
        return;
    if (m_startedAt == 0)
        m_startedAt = QDateTime::currentMSecsSinceEpoch();
    setError({});
    if (kind == QLatin1String("demo")) {
        if (m_app)
            m_app->openDemo();
        markCompleted();
        setActive(false);
        return;
    }
    if (kind == QLatin1String("github")) {
        m_kind = kind;
        m_endpoint = GitHubEndpoint::forHost(QStringLiteral("github.com"));
        checkAccount();
    } else if (kind == QLatin1String("enterprise")) {
        m_kind = kind;
        setStep(QStringLiteral("host"));
    } else if (kind == QLatin1String("backstage")) {
        m_kind = kind;
        setStep(QStringLiteral("backstage"));
    } else {
        qCWarning(lcWelcome) << "unknown choice" << kind;
    }
}

void WelcomeController::submitHost(const QString &hostOrUrl)
{
    // A bare name is read as https://NAME; a pasted page address gives its
    // scheme, host and port, and its path is dropped.
    QString text = hostOrUrl.trimmed();
    if (!text.isEmpty() && !text.contains(QLatin1String("://")))
        text.prepend(QStringLiteral("https://"));
    const QUrl url(text, QUrl::StrictMode);
    if (text.isEmpty() || !url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        setError(tr("Enter the server's host name, such as github.example.com, or its https:// address."));
        return;
    }
    // Plain http only to this machine, as the configuration allows.
    if (!http::isSecureOrLocal(url)) {
        setError(tr("Atrium talks to GitHub Enterprise over https only: use https://%1.").arg(url.host()));
        return;
    }
    const QString host = url.host().toLower();
    // The REST base on the address the user gave; the default one is left
    // out of the configuration.
    QUrl api;
    if (url.scheme() != QLatin1String("https") || url.port() > 0) {
        api = url;
        api.setPath(QStringLiteral("/api/v3"));
        api.setQuery(QString());
        api.setFragment(QString());
    }
    static const QRegularExpression hostRe(QStringLiteral("^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$"));
    if (host.isEmpty() || !hostRe.match(host).hasMatch()) {
        setError(tr("Enter the server's host name, such as github.example.com, or its https:// address."));
        return;
    }
    if (host == QLatin1String("github.com") || host == QLatin1String("api.github.com")) {
        m_kind = QStringLiteral("github");
        m_endpoint = GitHubEndpoint::forHost(QStringLiteral("github.com"));
        checkAccount();
        return;
    }
    m_endpoint = GitHubEndpoint::forHost(host, api);
    // GET /meta answers without a token on every GitHub: it tells a GitHub
    // Enterprise server from a typo, a proxy's login page or another product.
    run(tr("Looking for GitHub Enterprise at %1…").arg(host),
        [this, host] {
            WelcomeReply reply;
            const GitHubResponse r = client({})->get(QStringLiteral("/meta"));
            if (!r.ok())
                reply.error = tr("%1 did not answer as a GitHub Enterprise server: %2").arg(host, r.error.message);
            else if (!r.json.isObject())
                reply.error = tr("%1 answered, but not as a GitHub Enterprise server. Check the address.").arg(host);
            return reply;
        },
        [this](const WelcomeReply &) { checkAccount(); });
}

WelcomeReply WelcomeController::accountWith(const QByteArray &token) const
{
    WelcomeReply reply;
    const auto c = client(token);
    const GitHubResponse user = c->get(QStringLiteral("/user"));
    if (!user.ok()) {
        reply.needsSignIn = user.error.kind == GitHubError::Unauthorized;
        reply.error = user.error.message;
        return reply;
    }
    reply.login = user.json.object().value(QStringLiteral("login")).toString();
    // Every organisation the user belongs to, 100 a page.
    const GitHubResponse orgs = c->getAllPages(QStringLiteral("/user/orgs?per_page=100"), 20);
    if (!orgs.ok()) {
        reply.error = orgs.error.message;
        return reply;
    }
    QList<QVariantMap> list;
    for (const QJsonValue &v : orgs.json.array()) {
        const QJsonObject o = v.toObject();
        list.append(QVariantMap{{QStringLiteral("login"), o.value(QStringLiteral("login")).toString()},
                                {QStringLiteral("description"), o.value(QStringLiteral("description")).toString()}});
    }
    std::sort(list.begin(), list.end(), [](const QVariantMap &a, const QVariantMap &b) {
        return a.value(QStringLiteral("login")).toString().compare(b.value(QStringLiteral("login")).toString(), Qt::CaseInsensitive) < 0;
    });
    for (const QVariantMap &m : list)
        reply.organizations.append(m);
    return reply;
}

void WelcomeController::checkAccount()
{
    const TokenProvider provider = m_tokenProvider;
    const QString host = m_endpoint.host;
    run(tr("Checking your account on %1…").arg(host),
        [this, provider, host] {
            const TokenStore::Result t = provider ? provider(host) : TokenStore::Result{};
            if (!t.ok || t.token.isEmpty()) {
                WelcomeReply reply;
                reply.needsSignIn = true;
                // No token is the usual first run; a keychain that cannot be
                // read is worth saying.
                reply.error = t.unavailable ? QString() : t.error;
                return reply;
            }
            WelcomeReply reply = accountWith(t.token);
            if (reply.needsSignIn)
                reply.error = tr("%1 no longer accepts the token Atrium kept. Sign in again.").arg(host);
            return reply;
        },
        [this](const WelcomeReply &reply) {
            if (reply.needsSignIn) {
                setStep(QStringLiteral("signin"));
                setError(reply.error);
                return;
            }
            m_login = reply.login;
            m_organizations = reply.organizations;
            setStep(QStringLiteral("organization"));
        });
}

void WelcomeController::signIn()
{
    if (m_signingIn || m_busy)
        return;
    setError({});
    if (m_clientId.isEmpty()) {
        setError(tr("Signing in with the browser needs your organisation's OAuth app (ATRIUM_GITHUB_CLIENT_ID). Use a personal access token instead."));
        return;
    }
    DeviceSignIn job;
    job.endpoint = m_endpoint;
    job.clientId = m_clientId;
    job.scopes << QStringLiteral("workflow"); // templates push workflow files
    job.writer = m_tokenWriter;
    job.setup = m_deviceFlowSetup;
    job.cancel = m_cancel;
    job.showCode = [this](const QString &code, const QUrl &url) { Q_EMIT userCodeReported(code, url, QPrivateSignal()); };
    m_cancel->store(false);
    m_signingIn = true;
    Q_EMIT signInChanged();
    m_signInWatcher.setFuture(QtConcurrent::run(&m_pool, [job] { return runDeviceSignIn(job); }));
}

bool WelcomeController::openVerificationUrl()
{
    const QUrl url(m_verificationUrl);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return false;
    return QDesktopServices::openUrl(url);
}

bool WelcomeController::openTokenUrl()
{
    return QDesktopServices::openUrl(QUrl(tokenUrl()));
}

void WelcomeController::copyUserCode()
{
    if (auto *clipboard = QGuiApplication::clipboard(); clipboard && !m_userCode.isEmpty())
        clipboard->setText(m_userCode);
}

void WelcomeController::useToken(const QString &tokenText)
{
    const QByteArray token = tokenText.trimmed().toUtf8();
    if (token.isEmpty()) {
        setError(tr("Paste a personal access token, or sign in with the browser."));
        return;
    }
    const TokenWriter writer = m_tokenWriter;
    const QString host = m_endpoint.host;
    run(tr("Checking the token…"),
        [this, token, writer, host] {
            WelcomeReply reply = accountWith(token);
            if (reply.needsSignIn) {
                reply.needsSignIn = false; // this step's own error
                reply.error = tr("%1 refused this token: it is wrong, expired or revoked.").arg(host);
                return reply;
            }
            if (!reply.error.isEmpty())
                return reply;
            if (!writer) {
                reply.error = tr("The token works, but there is nowhere to keep it: set ATRIUM_GITHUB_TOKEN instead.");
                return reply;
            }
            const TokenStore::Result stored = writer(host, token);
            if (!stored.ok)
                reply.error = stored.error.isEmpty() ? tr("The token could not be stored in the system keychain.") : stored.error;
            return reply;
        },
        [this](const WelcomeReply &reply) {
            m_login = reply.login;
            m_organizations = reply.organizations;
            setStep(QStringLiteral("organization"));
        });
}

void WelcomeController::chooseOrganization(const QString &loginText)
{
    const QString login = loginText.trimmed();
    if (!isLogin(login)) {
        setError(tr("“%1” is not an organisation name: letters, digits and hyphens only.").arg(login));
        return;
    }
    const TokenProvider provider = m_tokenProvider;
    const QString host = m_endpoint.host;
    run(tr("Checking %1…").arg(login),
        [this, provider, host, login] {
            WelcomeReply reply;
            const TokenStore::Result t = provider ? provider(host) : TokenStore::Result{};
            const GitHubResponse r = client(t.token)->get(QStringLiteral("/orgs/") + login);
            if (r.error.kind == GitHubError::NotFound)
                reply.error = tr("%1 has no organisation “%2” that you can see.").arg(host, login);
            else if (!r.ok())
                reply.error = r.error.message;
            else
                reply.organization = r.json.object().value(QStringLiteral("login")).toString(login);
            return reply;
        },
        [this](const WelcomeReply &reply) {
            writeAndSync(reply.organization, [this, &reply] {
                // The same edits as the Settings form, so the file says
                // what the user chose and nothing more.
                m_settings->setGithubEnabled(true);
                m_settings->setHost(m_endpoint.host);
                const GitHubEndpoint defaults = GitHubEndpoint::forHost(m_endpoint.host);
                m_settings->setApiBaseUrl(m_endpoint.apiBaseUrl == defaults.apiBaseUrl ? QString() : m_endpoint.apiBaseUrl.toString());
                m_settings->setOrganization(reply.organization);
                return true;
            });
        });
}

QString WelcomeController::backstageNameFor(const QUrl &baseUrl)
{
    const QStringList labels = baseUrl.host().toLower().split(QLatin1Char('.'), Qt::SkipEmptyParts);
    static const QStringList generic{QStringLiteral("backstage"), QStringLiteral("www"), QStringLiteral("portal"),
                                     QStringLiteral("idp"), QStringLiteral("dev")};
    for (const QString &label : labels) {
        if (generic.contains(label))
            continue;
        QString name = label;
        name.replace(QRegularExpression(QStringLiteral("[^a-z0-9-]")), QStringLiteral("-"));
        if (!name.isEmpty() && !name.front().isDigit())
            return name;
    }
    return QStringLiteral("default");
}

void WelcomeController::connectBackstage(const QString &baseUrlText, const QString &tokenText)
{
    QUrl url = QUrl::fromUserInput(baseUrlText.trimmed());
    if (baseUrlText.trimmed().isEmpty() || !url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        setError(tr("Enter the address of your Backstage, such as https://backstage.example.com."));
        return;
    }
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    url.setQuery(QString());
    url.setFragment(QString());
    m_endpoint = {};
    const QByteArray token = tokenText.trimmed().toUtf8();
    const BackstageTokenWriter writer = m_backstageWriter;
    const auto cancel = m_cancel;
    run(tr("Connecting to %1…").arg(url.host()),
        [url, token, writer, cancel] {
            WelcomeReply reply;
            BackstageClient c(url, token);
            c.setCancelCheck([cancel] { return cancel->load(); });
            // One entity is enough to know the catalog answers and lets us in.
            QUrlQuery one;
            one.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
            BackstageResponse r = c.get(QStringLiteral("/api/catalog/entities/by-query"), one);
            if (BackstageClient::isMissingRoute(r))
                r = c.get(QStringLiteral("/api/catalog/entities"), one); // before Backstage 1.12
            if (!r.ok()) {
                reply.error = r.error.message;
                return reply;
            }
            if (!token.isEmpty()) {
                if (!writer) {
                    reply.error = tr("Backstage let Atrium in, but there is nowhere to keep the token: set ATRIUM_BACKSTAGE_TOKEN instead.");
                    return reply;
                }
                const TokenStore::Result stored = writer(url, token);
                if (!stored.ok) {
                    reply.error = stored.error.isEmpty() ? tr("The token could not be stored in the system keychain.") : stored.error;
                    return reply;
                }
            }
            reply.backstageUrl = url;
            reply.backstageName = WelcomeController::backstageNameFor(url);
            return reply;
        },
        [this](const WelcomeReply &reply) {
            writeAndSync(reply.backstageUrl.host(), [this, &reply] {
                // A GitHub source without an organisation would not save.
                if (m_settings->organization().isEmpty())
                    m_settings->setGithubEnabled(false);
                // backstage:NAME, or NAME-2… when a backend has the name.
                bool added = m_settings->addBackstageBackend(reply.backstageName, reply.backstageUrl.toString());
                for (int i = 2; !added && i < 10; ++i)
                    added = m_settings->addBackstageBackend(QStringLiteral("%1-%2").arg(reply.backstageName).arg(i),
                                                            reply.backstageUrl.toString());
                return added;
            });
        });
}

void WelcomeController::writeAndSync(const QString &sourceName, const std::function<bool()> &edit)
{
    if (!m_settings) {
        setError(tr("There is no configuration to write to."));
        return;
    }
    if (!edit() || !m_settings->save()) {
        setError(saveFailure());
        return;
    }
    m_sourceName = sourceName;
    startSync();
}

void WelcomeController::startSync()
{
    if (!m_sync)
        return;
    setError({});
    setStep(QStringLiteral("sync"));
    // Over the demo, the user's own cache opens first: the demo's copy is
    // thrown away when the app closes.
    if (m_app && m_app->isDemo() && !m_cachePath.isEmpty()) {
        connect(m_app, &AppController::loadFinished, this, [this] { startSync(); }, Qt::SingleShotConnection);
        m_app->openCache(m_cachePath);
        return;
    }
    m_sync->reloadConfig();
    m_syncing = true;
    if (!m_sync->syncNow() && !m_sync->running()) {
        m_syncing = false;
        setError(m_sync->notice());
    }
}

void WelcomeController::onSyncFinished(bool ok)
{
    if (!m_syncing)
        return;
    m_syncing = false;
    if (!ok) {
        setError(m_sync->lastCancelled() ? tr("The sync was cancelled. Sync again, or close this and sync later from the Sync page.")
                                         : m_sync->lastError());
        return;
    }
    m_resultText = m_sync->resultText();
    m_elapsedSeconds = m_startedAt > 0 ? int((QDateTime::currentMSecsSinceEpoch() - m_startedAt + 500) / 1000) : 0;
    markCompleted();
    setStep(QStringLiteral("done"));
}

void WelcomeController::retrySync()
{
    if (m_step == QLatin1String("sync") && !m_syncing)
        startSync();
}

void WelcomeController::cancel()
{
    m_cancel->store(true);
    if (m_syncing && m_sync)
        m_sync->cancel();
}

void WelcomeController::back()
{
    if (m_busy || m_signingIn)
        cancel();
    if (m_syncing)
        return;
    setError({});
    // Back from the host's sign-in or organisations goes to where the host
    // was chosen, not through steps the user never saw.
    if (m_history.isEmpty()) {
        m_step = QStringLiteral("choose");
    } else {
        m_step = m_history.takeLast();
    }
    Q_EMIT stepChanged();
}

void WelcomeController::skip()
{
    cancel();
    markCompleted();
    setActive(false);
}

void WelcomeController::finish()
{
    setActive(false);
}

bool WelcomeController::waitForIdle(int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while ((m_busy || m_signingIn || m_syncing) && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return !m_busy && !m_signingIn && !m_syncing;
}

} // namespace atrium
