// SPDX-License-Identifier: Apache-2.0
#include "tokenstore.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMetaObject>
#include <QMutex>
#include <QMutexLocker>
#include <QSemaphore>
#include <QThread>

#include <qt6keychain/keychain.h>

#ifdef ATRIUM_HAVE_QTDBUS
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#endif

namespace atrium {

Q_LOGGING_CATEGORY(lcAuth, "atrium.auth")

namespace {

/** Long enough for a person to answer the keyring's unlock prompt; without
 *  it a keychain that never answers would block a sign-in for ever. */
constexpr int kJobTimeoutMs = 120000;

/** A key no one writes: reading it tells whether a keychain answers, without
 *  an unlock prompt (a search that matches nothing needs no unlocked item). */
const QString kProbeKey = QStringLiteral("atrium-keychain-probe");

constexpr char kTokenVariable[] = "ATRIUM_GITHUB_TOKEN";

enum class Op { Read, Write, Remove };

struct Outcome {
    bool answered = false;           ///< false: no answer within the timeout
    QKeychain::Error error = QKeychain::NoError;
    QString detail;                  ///< the backend's text, for the log and after a colon
    QByteArray data;                 ///< Read: the secret
};

/**
 * Every keychain job of the process runs on this one thread.
 *
 * Why not a QEventLoop in the calling thread: qtkeychain queues all jobs in a
 * global JobExecutor that is not thread-safe and lives in the thread that
 * first used it, and its libsecret callbacks arrive on the GLib context of the
 * thread that started the job. Jobs started from several threads race on that
 * queue, and once the first thread stops processing events the queue never
 * moves again. And a job given up on after a timeout must not be deleted:
 * libsecret calls back into it later (a use after free, seen with a Secret
 * Service that was activated but never answered). Here one thread owns every
 * job until it finishes, and callers in any thread wait with a timeout.
 */
class KeychainThread
{
public:
    static KeychainThread &instance()
    {
        // Never destroyed: a QThread destroyed while running aborts the
        // process, and the post routine below stops it in time.
        static KeychainThread *self = new KeychainThread;
        return *self;
    }

    Outcome run(Op op, const QString &service, const QString &key, const QByteArray &data)
    {
        struct Pending {
            QSemaphore done;
            Outcome outcome;
        };
        auto pending = std::make_shared<Pending>();
        bool glib = true;
        QObject *context = ensureRunning(&glib);
        if (!glib) {
            Outcome o;
            o.answered = true;
            o.error = QKeychain::OtherError;
            o.detail = QCoreApplication::translate("TokenStore", "Qt runs without its GLib event loop (QT_NO_GLIB is set), and the Secret Service "
                                  "client needs it; unset QT_NO_GLIB");
            return o;
        }
        QMetaObject::invokeMethod(context, [pending, op, service, key, data] {
            QKeychain::Job *job = nullptr;
            switch (op) {
            case Op::Read:
                job = new QKeychain::ReadPasswordJob(service);
                break;
            case Op::Write: {
                auto *write = new QKeychain::WritePasswordJob(service);
                // Binary: the bytes come back exactly as given, UTF-8 or not.
                write->setBinaryData(data);
                job = write;
                break;
            }
            case Op::Remove:
                job = new QKeychain::DeletePasswordJob(service);
                break;
            }
            // Owned here until it reports, then deleted: never while libsecret
            // may still call back into it.
            job->setAutoDelete(false);
            // qtkeychain's fallback writes the secret to a settings file: never.
            job->setInsecureFallback(false);
            job->setKey(key);
            QObject::connect(job, &QKeychain::Job::finished, job, [pending, job] {
                pending->outcome.answered = true;
                pending->outcome.error = job->error();
                pending->outcome.detail = job->errorString();
                if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job))
                    pending->outcome.data = read->binaryData();
                pending->done.release();
                job->deleteLater();
            });
            job->start();
        }, Qt::QueuedConnection);
        if (!pending->done.tryAcquire(1, kJobTimeoutMs))
            return Outcome{}; // the job lives on in the thread and cleans up after itself
        return pending->outcome;
    }

private:
    KeychainThread()
    {
        m_thread.setObjectName(QStringLiteral("atrium-keychain"));
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
    }

    QObject *ensureRunning(bool *glib)
    {
        QMutexLocker lock(&m_mutex);
        if (!m_thread.isRunning()) {
            m_thread.start();
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
            // libsecret answers through the thread's GLib main context; with
            // any other event loop (QT_NO_GLIB) no job would ever finish.
            QMetaObject::invokeMethod(m_context, [this] {
                m_glib = QThread::currentThread()->eventDispatcher()->inherits("QEventDispatcherGlib");
            }, Qt::BlockingQueuedConnection);
#endif
        }
        *glib = m_glib;
        if (!m_postRoutineAdded && QCoreApplication::instance()) {
            // Stop the thread with the application, before Qt's own teardown.
            qAddPostRoutine([] { instance().stop(); });
            m_postRoutineAdded = true;
        }
        return m_context;
    }

    void stop()
    {
        QMutexLocker lock(&m_mutex);
        m_thread.quit();
        // A job still waiting for the keychain does not block quitting: its
        // D-Bus call is asynchronous.
        m_thread.wait(5000);
        m_postRoutineAdded = false;
    }

    QThread m_thread;
    QObject *m_context = nullptr;
    QMutex m_mutex;
    bool m_postRoutineAdded = false;
    bool m_glib = true;
};

/** Whether a failed job failed because no keychain service exists at all,
 *  as opposed to a keychain that answered with an error. */
bool noKeychainService(const Outcome &o)
{
    if (o.error == QKeychain::NoBackendAvailable)
        return true;
    if (o.error != QKeychain::OtherError)
        return false;
#ifdef ATRIUM_HAVE_QTDBUS
    // libsecret reports a missing session bus or Secret Service as a generic
    // error ("Cannot autolaunch D-Bus", "not provided by any .service
    // files"), so ask the bus itself. The failed call has already tried to
    // activate the service, so "not registered" means none could start.
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return true;
    for (const char *name : {"org.freedesktop.secrets", "org.kde.kwalletd5", "org.kde.kwalletd6"})
        if (bus.interface()->isServiceRegistered(QString::fromLatin1(name)))
            return false;
    return true;
#elif defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    return qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
#else
    return false;
#endif
}

QString keyFor(const QString &host)
{
    const QString key = host.trimmed().toLower();
    return key.isEmpty() ? QStringLiteral("github.com") : key;
}

/** The backend's text, with the token masked in case a backend ever echoes it. */
QString safeDetail(QString detail, const QByteArray &token)
{
    if (!token.isEmpty())
        detail.replace(QString::fromUtf8(token), QStringLiteral("***"));
    return detail.trimmed();
}

} // namespace

TokenStore::TokenStore(const QString &service)
    : m_service(service), m_availability(std::make_shared<std::atomic<int>>(-1))
{
}

QString TokenStore::unavailableMessage()
{
    return QCoreApplication::translate("TokenStore", "No system keychain (Secret Service) is running, so Atrium will not store the token: it never "
                      "writes tokens in clear. Give the token through an environment variable instead: name it with "
                      "--token-env VAR, or set ATRIUM_GITHUB_TOKEN.");
}

bool TokenStore::available() const
{
    const int known = m_availability->load();
    if (known >= 0)
        return known == 1;
    const Outcome o = KeychainThread::instance().run(Op::Read, m_service, kProbeKey, {});
    if (!o.answered)
        return false; // not remembered: a slow keychain may answer next time
    const bool none = o.error != QKeychain::NoError && o.error != QKeychain::EntryNotFound && noKeychainService(o);
    if (none)
        qCInfo(lcAuth) << "no keychain service:" << o.detail;
    m_availability->store(none ? 0 : 1);
    return !none;
}

namespace {
/** What every call answers once the keychain is known to be missing. */
TokenStore::Result unavailableResult()
{
    TokenStore::Result r;
    r.unavailable = true;
    r.error = TokenStore::unavailableMessage();
    return r;
}
} // namespace

TokenStore::Result TokenStore::read(const QString &host) const
{
    Result r;
    if (m_availability->load() == 0) {
        return unavailableResult();
    }
    const QString key = keyFor(host);
    const Outcome o = KeychainThread::instance().run(Op::Read, m_service, key, {});
    if (!o.answered) {
        r.error = QCoreApplication::translate("TokenStore", "The system keychain did not answer within %1 seconds while reading the token for %2.")
                      .arg(kJobTimeoutMs / 1000)
                      .arg(key);
        return r;
    }
    if (o.error == QKeychain::NoError || o.error == QKeychain::EntryNotFound) {
        m_availability->store(1);
        r.ok = true;
        r.token = o.error == QKeychain::NoError ? o.data : QByteArray();
        return r;
    }
    if (noKeychainService(o)) {
        qCInfo(lcAuth) << "no keychain service:" << o.detail;
        m_availability->store(0);
        return unavailableResult();
    }
    qCWarning(lcAuth) << "keychain read failed for" << key << ":" << o.error << o.detail;
    r.error = QCoreApplication::translate("TokenStore", "Atrium could not read the token for %1 from the system keychain: %2").arg(key, safeDetail(o.detail, {}));
    return r;
}

TokenStore::Result TokenStore::write(const QString &host, const QByteArray &token) const
{
    Result r;
    const QString key = keyFor(host);
    if (token.isEmpty()) {
        r.error = QCoreApplication::translate("TokenStore", "There is no token to store for %1.").arg(key);
        return r;
    }
    if (m_availability->load() == 0) {
        return unavailableResult();
    }
    const Outcome o = KeychainThread::instance().run(Op::Write, m_service, key, token);
    if (!o.answered) {
        r.error = QCoreApplication::translate("TokenStore", "The system keychain did not answer within %1 seconds, so the token for %2 may not be stored.")
                      .arg(kJobTimeoutMs / 1000)
                      .arg(key);
        return r;
    }
    if (o.error == QKeychain::NoError) {
        m_availability->store(1);
        r.ok = true;
        return r;
    }
    if (noKeychainService(o)) {
        qCInfo(lcAuth) << "no keychain service:" << safeDetail(o.detail, token);
        m_availability->store(0);
        return unavailableResult();
    }
    qCWarning(lcAuth) << "keychain write failed for" << key << ":" << o.error << safeDetail(o.detail, token);
    // A keychain that runs but refuses (locked with no way to ask for the
    // password, no default collection): still nothing is written elsewhere.
    r.error = QCoreApplication::translate("TokenStore", "The system keychain did not store the token for %1: %2. Atrium writes it nowhere else; to use "
                         "a token without the keychain, put it in an environment variable and pass --token-env VAR, or "
                         "set ATRIUM_GITHUB_TOKEN.")
                  .arg(key, safeDetail(o.detail, token));
    return r;
}

TokenStore::Result TokenStore::remove(const QString &host) const
{
    Result r;
    if (m_availability->load() == 0) {
        return unavailableResult();
    }
    const QString key = keyFor(host);
    const Outcome o = KeychainThread::instance().run(Op::Remove, m_service, key, {});
    if (!o.answered) {
        r.error = QCoreApplication::translate("TokenStore", "The system keychain did not answer within %1 seconds while removing the token for %2.")
                      .arg(kJobTimeoutMs / 1000)
                      .arg(key);
        return r;
    }
    // Removing what is not there leaves the wanted state: no token.
    if (o.error == QKeychain::NoError || o.error == QKeychain::EntryNotFound) {
        m_availability->store(1);
        r.ok = true;
        return r;
    }
    if (noKeychainService(o)) {
        qCInfo(lcAuth) << "no keychain service:" << o.detail;
        m_availability->store(0);
        return unavailableResult();
    }
    qCWarning(lcAuth) << "keychain delete failed for" << key << ":" << o.error << o.detail;
    r.error = QCoreApplication::translate("TokenStore", "Atrium could not remove the token for %1 from the system keychain: %2").arg(key, safeDetail(o.detail, {}));
    return r;
}

TokenStore::Result TokenStore::tokenFor(const QString &host, const QString &envVar) const
{
    Result r;
    if (!envVar.isEmpty()) {
        // Named on purpose: an empty one is a mistake to report, not a reason
        // to fall back silently to another token.
        r.token = qgetenv(envVar.toLocal8Bit().constData()).trimmed();
        r.ok = !r.token.isEmpty();
        if (!r.ok)
            r.error = QCoreApplication::translate("TokenStore", "The environment variable %1 is empty or not set, so it holds no token.").arg(envVar);
        return r;
    }
    const QByteArray fromEnvironment = qgetenv(kTokenVariable).trimmed();
    if (!fromEnvironment.isEmpty()) {
        r.ok = true;
        r.token = fromEnvironment;
        return r;
    }
    return read(host);
}

QString TokenStore::backstageKey(const QUrl &baseUrl)
{
    const QUrl u = baseUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
    return QStringLiteral("backstage:") + u.toString().toLower();
}

TokenStore::Result TokenStore::backstageTokenFor(const QUrl &baseUrl, const QString &envVar) const
{
    if (!envVar.isEmpty())
        return tokenFor(QString(), envVar);
    Result r;
    const QByteArray fromEnvironment = qgetenv("ATRIUM_BACKSTAGE_TOKEN").trimmed();
    if (!fromEnvironment.isEmpty()) {
        r.ok = true;
        r.token = fromEnvironment;
        return r;
    }
    if (m_availability->load() == 0) {
        // No keychain: no stored token, which a guest-enabled backend accepts.
        r.ok = true;
        return r;
    }
    r = read(backstageKey(baseUrl));
    if (r.unavailable) {
        r.ok = true;
        r.error.clear();
    }
    return r;
}

} // namespace atrium
