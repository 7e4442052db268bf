// SPDX-License-Identifier: Apache-2.0
#include "httptransport.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QThread>
#include <QTimer>

namespace atrium::http {

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    const auto port = [](const QUrl &u) { return u.port(u.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443 : 80); };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && port(a) == port(b);
}

bool isSecureOrLocal(const QUrl &url)
{
    const QString host = url.host();
    const bool local = host == u"127.0.0.1" || host == u"localhost" || host == u"::1";
    return url.scheme() == u"https" || (url.scheme() == u"http" && local);
}

QByteArray headerValue(const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &name)
{
    for (const auto &[k, v] : headers)
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

bool isTransient(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

void sleep(int ms, const std::function<bool()> &cancelled)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms && !(cancelled && cancelled())) {
        QEventLoop loop;
        QTimer::singleShot(int(qMin<qint64>(100, ms - t.elapsed())), &loop, &QEventLoop::quit);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
}

Transport::Transport() = default;

Transport::~Transport()
{
    if (!m_nam)
        return;
    if (m_nam->thread() == QThread::currentThread())
        delete m_nam;
    else
        m_nam->deleteLater();
}

QNetworkAccessManager *Transport::manager()
{
    // The manager must live in the thread that uses it; an owner handed to
    // another worker gets a fresh one there.
    if (m_nam && m_nam->thread() != QThread::currentThread()) {
        m_nam->deleteLater();
        m_nam = nullptr;
    }
    if (!m_nam) {
        m_nam = new QNetworkAccessManager;
        m_nam->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
        // A worker thread that ends (a pool thread expiring) deletes its
        // manager as it goes, rather than leaving it to no thread at all.
        QObject::connect(QThread::currentThread(), &QThread::finished, m_nam, &QObject::deleteLater);
    }
    return m_nam;
}

Reply Transport::send(const QByteArray &method, const QNetworkRequest &request, const QByteArray &body, const Limits &limits,
                      const Hooks &hooks)
{
    Reply r;
    QNetworkRequest req = request;
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);

    QNetworkAccessManager *m = manager();
    QNetworkReply *reply = nullptr;
    if (method == "GET")
        reply = m->get(req);
    else if (body.isEmpty() && method == "DELETE")
        reply = m->deleteResource(req);
    else
        reply = m->sendCustomRequest(req, method, body);

    const bool streaming = bool(hooks.onChunk);
    const auto statusOf = [reply] { return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(); };
    // Everything below is connected with this as context, so that nothing
    // runs once this function has returned, whatever the reply does later.
    QObject guard;
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::sslErrors, &guard, [&r](const QList<QSslError> &errors) { r.sslErrors = errors; });

    const auto abortFor = [reply](bool &flag) {
        flag = true;
        reply->abort();
    };
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &guard, [&] { abortFor(r.timedOut); });
    // A server that sends headers and then a byte now and then (or nothing)
    // must not hold the caller for the whole timeout: any traffic restarts
    // this timer, silence fires it.
    QTimer stall;
    stall.setSingleShot(true);
    QObject::connect(&stall, &QTimer::timeout, &guard, [&] { abortFor(r.stalled); });
    const auto progressed = [&] {
        if (limits.stallTimeoutMs > 0)
            stall.start(limits.stallTimeoutMs);
    };
    // Stop reading an answer larger than the limit as soon as it shows: by
    // its Content-Length, else by what has arrived (decompressed). A
    // stream's chunks are handed on, not kept: only its error body counts.
    const auto checkSize = [&](qint64 received) {
        if (limits.maxResponseBytes <= 0 || r.tooLarge || r.stopped)
            return;
        if (streaming && statusOf() < 300)
            return;
        const qint64 declared = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (declared > limits.maxResponseBytes || received > limits.maxResponseBytes || reply->bytesAvailable() > limits.maxResponseBytes
            || r.body.size() > limits.maxResponseBytes)
            abortFor(r.tooLarge);
    };
    QObject::connect(reply, &QNetworkReply::metaDataChanged, &guard, [&] {
        progressed();
        checkSize(0);
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, &guard, [&](qint64 received, qint64) {
        progressed();
        checkSize(received);
    });
    QObject::connect(reply, &QNetworkReply::uploadProgress, &guard, [&](qint64, qint64) { progressed(); });
    if (streaming) {
        QObject::connect(reply, &QNetworkReply::readyRead, &guard, [&] {
            if (r.tooLarge || r.stopped)
                return;
            if (limits.timeoutMs > 0)
                timeout.start(limits.timeoutMs);
            if (statusOf() >= 300) {
                r.body += reply->readAll(); // an error body: kept whole, within the limit
                checkSize(0);
                return;
            }
            if (!hooks.onChunk(reply->readAll()))
                abortFor(r.stopped);
        });
    }
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &guard, [&] {
        if (hooks.cancelled && hooks.cancelled())
            abortFor(r.cancelled);
        else if (hooks.tick && !r.stopped && !hooks.tick())
            abortFor(r.stopped);
    });
    if (hooks.cancelled || hooks.tick)
        poll.start(100);
    if (limits.timeoutMs > 0)
        timeout.start(limits.timeoutMs);
    progressed();
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    timeout.stop();
    stall.stop();
    poll.stop();

    r.status = statusOf();
    r.error = reply->error();
    r.errorString = reply->errorString();
    r.headers = reply->rawHeaderPairs();
    if (reply->isOpen() && !r.tooLarge && !r.stopped) {
        const QByteArray rest = reply->readAll();
        if (streaming && r.status < 300) {
            if (!rest.isEmpty())
                hooks.onChunk(rest);
        } else {
            r.body += rest;
        }
    }
    if (r.tooLarge)
        r.body.clear();
    reply->deleteLater();
    return r;
}

} // namespace atrium::http
