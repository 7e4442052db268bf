// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPair>
#include <QPointer>
#include <QSslError>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace atrium::http {

/** What one request may cost. 0 (or less) turns a limit off. */
struct Limits {
    /** The whole answer, from sending to its last byte. For a stream, the
     *  longest wait for the next chunk instead: a stream lasts as long as it
     *  delivers. */
    int timeoutMs = 30000;
    /** Any traffic (headers, bytes either way) restarts it; silence this
     *  long aborts: a server that sends headers and then stalls, or a
     *  stream that goes quiet, is noticed long before timeoutMs. */
    int stallTimeoutMs = 15000;
    /** An answer larger than this is abandoned as soon as its Content-Length
     *  or the bytes received show it. For a stream it caps what is kept (an
     *  error body), not the chunks handed on. */
    qint64 maxResponseBytes = 64 * 1024 * 1024;
};

/** What came back, as it came: no interpretation of the status. */
struct Reply {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QList<QSslError> sslErrors;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;        ///< empty when tooLarge; for a stream, only an error body (status >= 300)
    bool timedOut = false;  ///< timeoutMs passed
    bool stalled = false;   ///< nothing arrived for stallTimeoutMs
    bool tooLarge = false;  ///< the answer passed maxResponseBytes
    bool cancelled = false; ///< the cancel check said so
    bool stopped = false;   ///< the tick or the chunk callback ended it
};

/** The caller's say while a request runs. All optional. */
struct Hooks {
    /** Asked about every 100 ms: true aborts the request (Reply::cancelled). */
    std::function<bool()> cancelled;
    /** Called about every 100 ms while waiting; false ends the request
     *  without an error (Reply::stopped). */
    std::function<bool()> tick;
    /** Makes the request a stream: a successful answer's body is handed on
     *  chunk by chunk as it arrives instead of being kept; false ends it
     *  (Reply::stopped). An error answer's body (status >= 300) is kept. */
    std::function<bool(const QByteArray &chunk)> onChunk;
};

/**
 * One blocking HTTP request at a time, for worker threads: the plumbing
 * GitHubClient and BackstageClient share, written once.
 *
 * It is hand-written because Qt has nothing like it: QNetworkAccessManager
 * is asynchronous only, QNetworkRequest::setTransferTimeout() is one
 * inactivity timer with no overall deadline and no size limit, and neither
 * has a way to cancel from another thread's flag. So send() runs its own
 * QEventLoop over one QNetworkReply with an overall timeout, a stall timer
 * that any traffic restarts, a byte cap checked as the answer arrives, and
 * a 100 ms poll for cancellation; the calling thread's other events keep
 * running meanwhile.
 *
 * The QNetworkAccessManager belongs to the calling thread: an owner moved to
 * another worker thread gets a fresh one there, and a worker thread that
 * ends takes its manager along. Redirects are followed only
 * within the origin, and nothing is read from or written to an HTTP cache.
 * Headers, the token and TLS settings are the caller's, in the request.
 */
class Transport
{
public:
    Transport();
    ~Transport();
    Transport(const Transport &) = delete;
    Transport &operator=(const Transport &) = delete;

    /** Sends @p method (GET, POST, PATCH, PUT, DELETE, ...) with @p body and
     *  waits for the answer, within @p limits. */
    Reply send(const QByteArray &method, const QNetworkRequest &request, const QByteArray &body, const Limits &limits,
               const Hooks &hooks = {});

    /** This thread's manager (made here when the last one lives elsewhere). */
    QNetworkAccessManager *manager();

private:
    QPointer<QNetworkAccessManager> m_nam; ///< cleared when its thread ends and takes it along
};

/** Same scheme, host and (defaulted) port. */
bool sameOrigin(const QUrl &a, const QUrl &b);

/** Whether a token may go to @p url: https, or plain http to this machine
 *  only (127.0.0.1, ::1 or localhost: a local test server), so that a token
 *  never crosses a network unencrypted. The configuration's parsers, the
 *  Settings form and the first-run welcome all apply this one rule. */
bool isSecureOrLocal(const QUrl &url);

/** The first header called @p name, whatever its case; empty when none. */
QByteArray headerValue(const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &name);

/** A network error that another attempt may well not meet (the connection
 *  dropped, a proxy timed out). A refused connection is not among them: the
 *  caller decides whether a server that is not there yet is worth waiting
 *  for. */
bool isTransient(QNetworkReply::NetworkError error);

/** Blocks for @p ms in slices of at most 100 ms, ending early when
 *  @p cancelled says so, through an event loop so that the calling thread's
 *  queued work still runs. */
void sleep(int ms, const std::function<bool()> &cancelled = {});

} // namespace atrium::http
