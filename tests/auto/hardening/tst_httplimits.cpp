// SPDX-License-Identifier: Apache-2.0
// GitHubClient and BackstageClient against hostile servers on loopback: an
// answer larger than the limit, headers followed by silence, a byte now and
// then (slow loris), and for Backstage an event stream that goes quiet. Each
// ends with an error that names the limit or the timeout, in about that
// time, while the calling thread's event loop keeps running; and a sync from
// the Sync page against such a server fails cleanly without stalling the GUI
// thread.
#include "backstageclient.h"
#include "githubclient.h"
#include "hostileserver.h"
#include "http/httptransport.h"
#include "synccontroller.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace atrium;
using namespace atrium::testing;

namespace {

const QByteArray kToken = QByteArrayLiteral("ghp_httpLimitsTestToken0123456789abcdefAB");

/** Ticks every 20 ms on the thread it lives in and records the longest gap:
 *  the proof that this thread's event loop ran meanwhile. */
struct Ticker {
    QTimer timer;
    QElapsedTimer since;
    qint64 longestGapMs = 0;
    int ticks = 0;
    Ticker()
    {
        since.start();
        QObject::connect(&timer, &QTimer::timeout, [this] {
            longestGapMs = qMax(longestGapMs, since.restart());
            ++ticks;
        });
        timer.start(20);
    }
};

/** Small limits, the same for both clients: one attempt, a 1 s stall
 *  timeout and a 1 MiB answer. */
template<typename Options>
Options smallLimits()
{
    Options o;
    o.maxAttempts = 1;
    o.timeoutMs = 30000;
    o.stallTimeoutMs = 1000;
    o.maxResponseBytes = 1024 * 1024;
    return o;
}

GitHubClient::Options options() { return smallLimits<GitHubClient::Options>(); }
BackstageClient::Options backstageOptions() { return smallLimits<BackstageClient::Options>(); }

const QByteArray kBackstageToken = QByteArrayLiteral("bs-httpLimitsTestToken-0123456789");

std::unique_ptr<BackstageClient> backstageFor(const QString &baseUrl, const BackstageClient::Options &o)
{
    auto c = std::make_unique<BackstageClient>(QUrl(baseUrl), kBackstageToken, o);
    c->setSleeper([](int) {});
    return c;
}

/** Both clients meet the same hostile servers through the same transport. */
enum class Api { GitHubRest, GitHubGraphQL, Backstage };

/** One call's result, whichever client made it. */
struct Outcome {
    QString kind; ///< GitHubError / BackstageError::kindName()
    QString message;
    QString detail;
    QByteArray body;
    int attempts = 0;
    qint64 ms = 0;
    bool leaked = false; ///< a token in the message or the detail
};

/** One GET (a query for GraphQL) with the tests' small limits and these. */
Outcome fetch(Api api, const QString &baseUrl, int maxAttempts = 1, int timeoutMs = 30000, int stallTimeoutMs = 1000)
{
    Outcome out;
    QElapsedTimer t;
    t.start();
    if (api == Api::Backstage) {
        BackstageClient::Options o = backstageOptions();
        o.maxAttempts = maxAttempts;
        o.timeoutMs = timeoutMs;
        o.stallTimeoutMs = stallTimeoutMs;
        auto client = backstageFor(baseUrl, o);
        const BackstageResponse r = client->get(QStringLiteral("/api/catalog/entities"));
        out = {BackstageError::kindName(r.error.kind), r.error.message, r.error.detail, r.body, client->stats().requests};
    } else {
        GitHubClient::Options o = options();
        o.maxAttempts = maxAttempts;
        o.timeoutMs = timeoutMs;
        o.stallTimeoutMs = stallTimeoutMs;
        auto client = std::make_unique<GitHubClient>(GitHubEndpoint::forHost(QStringLiteral("github.test"), QUrl(baseUrl + QStringLiteral("/api/v3"))),
                                                     kToken, o);
        client->setSleeper([](int) {});
        const GitHubResponse r = api == Api::GitHubGraphQL ? client->graphql(QStringLiteral("query { viewer { login } }"))
                                                           : client->get(QStringLiteral("repos/acme/big"));
        out = {GitHubError::kindName(r.error.kind), r.error.message, r.error.detail, r.body, r.attempts};
    }
    out.ms = t.elapsed();
    for (const QString &text : {out.message, out.detail})
        out.leaked = out.leaked || text.contains(QString::fromLatin1(kToken)) || text.contains(QString::fromLatin1(kBackstageToken));
    return out;
}

void addApiRows()
{
    QTest::addColumn<int>("api");
    QTest::newRow("GitHub") << int(Api::GitHubRest);
    QTest::newRow("Backstage") << int(Api::Backstage);
}

/** A loopback server on its own thread that answers each request with what
 *  @p answer writes to the socket (in the server's thread): the event
 *  streams HostileServer does not speak. */
class ScriptedServer
{
public:
    using Answer = std::function<void(QTcpSocket *)>;
    explicit ScriptedServer(Answer answer) : m_answer(std::move(answer))
    {
        m_server->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_server, &QObject::deleteLater);
        QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this] {
            while (QTcpSocket *s = m_server->nextPendingConnection()) {
                QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
                QObject::connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    // Answered once the request's head is in (they have no body).
                    if (s->property("answered").toBool() || !s->peek(s->bytesAvailable()).contains("\r\n\r\n"))
                        return;
                    s->setProperty("answered", true);
                    ++m_requests;
                    m_answer(s);
                });
            }
        });
        m_thread.start();
        QMetaObject::invokeMethod(
            m_server, [this] { m_server->listen(QHostAddress::LocalHost, 0); }, Qt::BlockingQueuedConnection);
        m_port = m_server->serverPort();
    }
    ~ScriptedServer()
    {
        m_thread.quit();
        m_thread.wait();
    }
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    int requests() const { return m_requests; }

    /** Writes @p unit again and again, @p bytes in all, as the socket
     *  drains (a client that gives up is not sent the rest), then closes. */
    static void pump(QTcpSocket *s, const QByteArray &unit, qint64 bytes)
    {
        auto left = std::make_shared<qint64>(bytes);
        auto more = [s, left, unit] {
            for (; *left > 0 && s->bytesToWrite() < 256 * 1024 && s->state() == QAbstractSocket::ConnectedState; *left -= unit.size())
                s->write(unit);
            if (*left <= 0 && s->bytesToWrite() == 0)
                s->disconnectFromHost();
        };
        QObject::connect(s, &QTcpSocket::bytesWritten, s, more);
        more();
    }

private:
    Answer m_answer;
    QThread m_thread;
    QTcpServer *m_server = new QTcpServer; // deleted in its thread as that ends
    quint16 m_port = 0;
    std::atomic<int> m_requests{0};
};

const QByteArray kSseHead = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\n";
const QString kStreamPath = QStringLiteral("/api/scaffolder/v2/tasks/t1/eventstream");

} // namespace

class TestHttpLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaults()
    {
        const GitHubClient::Options o;
        QCOMPARE(o.maxResponseBytes, qint64(64) * 1024 * 1024);
        QVERIFY(o.stallTimeoutMs > 0);
        QVERIFY(o.stallTimeoutMs < o.timeoutMs);
        // Backstage has the same protection, with the same defaults.
        const BackstageClient::Options b;
        QCOMPARE(b.maxResponseBytes, o.maxResponseBytes);
        QCOMPARE(b.stallTimeoutMs, o.stallTimeoutMs);
        QVERIFY(b.stallTimeoutMs < b.timeoutMs);
    }

    void oversizeBody_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("api");
        const auto declared = int(HostileServer::Mode::OversizeDeclared);
        const auto undeclared = int(HostileServer::Mode::OversizeUndeclared);
        QTest::newRow("Content-Length, REST") << declared << int(Api::GitHubRest);
        QTest::newRow("Content-Length, GraphQL") << declared << int(Api::GitHubGraphQL);
        QTest::newRow("Content-Length, Backstage") << declared << int(Api::Backstage);
        QTest::newRow("until close, REST") << undeclared << int(Api::GitHubRest);
        QTest::newRow("until close, GraphQL") << undeclared << int(Api::GitHubGraphQL);
        QTest::newRow("until close, Backstage") << undeclared << int(Api::Backstage);
    }

    void oversizeBody()
    {
        QFETCH(int, mode);
        QFETCH(int, api);
        HostileServer server(HostileServer::Mode(mode), 16 * 1024 * 1024);
        Ticker ticker;
        // maxAttempts 3 must not be used: the same request gets the same answer.
        const Outcome r = fetch(Api(api), server.baseUrl(), 3);
        QCOMPARE(r.kind, QStringLiteral("bad-response"));
        QVERIFY2(r.message.contains(QStringLiteral("127.0.0.1")), qPrintable(r.message));
        QVERIFY2(r.message.contains(QStringLiteral("1 MiB")), qPrintable(r.message));
        QVERIFY2(r.detail.contains(QStringLiteral("maxResponseBytes (1048576 bytes)")), qPrintable(r.detail));
        QVERIFY(r.body.isEmpty());
        QCOMPARE(r.attempts, 1);
        QCOMPARE(server.requestLines().size(), 1);
        QVERIFY2(r.ms < 10000, qPrintable(QString::number(r.ms)));
        QVERIFY2(ticker.longestGapMs < 500, qPrintable(QString::number(ticker.longestGapMs)));
        QVERIFY(!r.leaked);
    }

    void underTheLimitIsRead_data() { addApiRows(); }

    void underTheLimitIsRead()
    {
        // The limit is not off by one: an answer of exactly the limit is read
        // (and, being no JSON, refused for that).
        QFETCH(int, api);
        HostileServer server(HostileServer::Mode::OversizeDeclared, 1024 * 1024);
        const Outcome r = fetch(Api(api), server.baseUrl());
        QCOMPARE(r.body.size(), 1024 * 1024);
        QCOMPARE(r.kind, QStringLiteral("bad-response"));
        QVERIFY2(r.detail.contains(QStringLiteral("not JSON")), qPrintable(r.detail));
    }

    void stalledAfterHeaders_data() { addApiRows(); }

    void stalledAfterHeaders()
    {
        QFETCH(int, api);
        HostileServer server(HostileServer::Mode::Silent);
        Ticker ticker;
        const Outcome r = fetch(Api(api), server.baseUrl());
        QCOMPARE(r.kind, QStringLiteral("timeout"));
        QVERIFY2(r.message.contains(QStringLiteral("127.0.0.1 stopped sending data for 1 seconds")), qPrintable(r.message));
        QVERIFY2(r.detail.contains(QStringLiteral("nothing received for 1000 ms (stall timeout)")), qPrintable(r.detail));
        // (Qt's coarse timers may fire up to 5% early.)
        QVERIFY2(r.ms >= 900 && r.ms < 8000, qPrintable(QString::number(r.ms)));
        // The caller's event loop ran the whole time.
        QVERIFY2(ticker.ticks >= 10, qPrintable(QString::number(ticker.ticks)));
        QVERIFY2(ticker.longestGapMs < 500, qPrintable(QString::number(ticker.longestGapMs)));
    }

    void drippingServerHitsTheTimeout_data() { addApiRows(); }

    void drippingServerHitsTheTimeout()
    {
        // A byte every 200 ms keeps the stall timer from firing; the
        // attempt's timeout ends it.
        QFETCH(int, api);
        HostileServer server(HostileServer::Mode::Drip, 0, 200);
        Ticker ticker;
        const Outcome r = fetch(Api(api), server.baseUrl(), 1, 2500);
        QCOMPARE(r.kind, QStringLiteral("timeout"));
        QVERIFY2(r.message.contains(QStringLiteral("did not answer within 2.5 seconds")), qPrintable(r.message));
        QVERIFY2(r.detail.contains(QStringLiteral("timed out after 2500 ms")), qPrintable(r.detail));
        QVERIFY2(r.ms >= 2300 && r.ms < 10000, qPrintable(QString::number(r.ms))); // coarse timers: up to 5% early
        QVERIFY2(ticker.ticks >= 25, qPrintable(QString::number(ticker.ticks)));
        QVERIFY2(ticker.longestGapMs < 500, qPrintable(QString::number(ticker.longestGapMs)));
    }

    void stallsAreRetriedAFewTimes_data() { addApiRows(); }

    void stallsAreRetriedAFewTimes()
    {
        QFETCH(int, api);
        HostileServer server(HostileServer::Mode::Silent);
        const Outcome r = fetch(Api(api), server.baseUrl(), 3, 30000, 500);
        QCOMPARE(r.kind, QStringLiteral("timeout"));
        QCOMPARE(r.attempts, 3);
        QCOMPARE(server.requestLines().size(), 3);
        if (Api(api) == Api::GitHubRest)
            QVERIFY2(r.message.contains(QStringLiteral("tried 3 time")), qPrintable(r.message));
        QVERIFY(r.ms < 10000);
    }

    void backstageWritesAreNotRetriedAfterAStall()
    {
        // A POST that stalled may have happened: it is not sent again.
        HostileServer server(HostileServer::Mode::Silent);
        BackstageClient::Options o = backstageOptions();
        o.maxAttempts = 3;
        o.stallTimeoutMs = 500;
        auto client = backstageFor(server.baseUrl(), o);
        const BackstageResponse r = client->post(QStringLiteral("/api/scaffolder/v2/tasks"), QJsonDocument(QJsonObject{}));
        QCOMPARE(r.error.kind, BackstageError::Timeout);
        QCOMPARE(server.requestLines().size(), 1);
        QCOMPARE(client->stats().retries, 0);
    }

    // --- Backstage's event stream (the scaffolder's task log) ---

    void backstageStreamGoesSilent()
    {
        // One event, then nothing. The stall timer ends it (the overall
        // timeout is far away), the event that came is delivered, and the
        // stream's tick ran all along.
        ScriptedServer server([](QTcpSocket *s) { s->write(kSseHead + "event: log\nid: 1\ndata: {\"id\":1}\n\n"); });
        auto client = backstageFor(server.baseUrl(), backstageOptions());
        Ticker ticker;
        QList<SseEvent> events;
        int ticks = 0;
        QElapsedTimer t;
        t.start();
        const BackstageResponse r = client->stream(
            kStreamPath, {},
            [&](const SseEvent &e) {
                events << e;
                return true;
            },
            [&] {
                ++ticks;
                return true;
            });
        const qint64 ms = t.elapsed();
        QCOMPARE(r.error.kind, BackstageError::Timeout);
        QVERIFY2(r.error.message.contains(QStringLiteral("127.0.0.1 stopped sending data for 1 seconds")), qPrintable(r.error.message));
        QVERIFY2(r.error.detail.contains(QStringLiteral("nothing received for 1000 ms (stall timeout)")), qPrintable(r.error.detail));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().event, QByteArray("log"));
        QCOMPARE(events.first().data, QByteArray("{\"id\":1}"));
        QCOMPARE(server.requests(), 1); // a stream is not replayed
        QVERIFY2(ms >= 900 && ms < 8000, qPrintable(QString::number(ms)));
        QVERIFY2(ticks >= 5, qPrintable(QString::number(ticks)));
        QVERIFY2(ticker.ticks >= 10, qPrintable(QString::number(ticker.ticks)));
        QVERIFY2(ticker.longestGapMs < 500, qPrintable(QString::number(ticker.longestGapMs)));
    }

    void backstageLongStreamIsNotCapped()
    {
        // The byte cap is for what is kept; a stream's events are handed on,
        // so a stream longer than the cap is read to its end.
        const QByteArray event = "data: " + QByteArray(1000, 'x') + "\n\n";
        const qint64 total = 3 * 1024 * 1024;
        ScriptedServer server([event, total](QTcpSocket *s) {
            s->write(kSseHead);
            ScriptedServer::pump(s, event, total);
        });
        auto client = backstageFor(server.baseUrl(), backstageOptions());
        qint64 events = 0;
        const BackstageResponse r = client->stream(kStreamPath, {}, [&](const SseEvent &e) {
            events += e.data.size() == 1000 ? 1 : 0;
            return true;
        });
        QVERIFY2(r.ok(), qPrintable(r.error.detail));
        QCOMPARE(events, (total + event.size() - 1) / event.size());
        QVERIFY(client->stats().bytes > total);
    }

    void backstageStreamErrorBodyIsCapped()
    {
        // An error answer to a stream is kept to be read, and so is capped.
        ScriptedServer server([](QTcpSocket *s) {
            s->write("HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n");
            ScriptedServer::pump(s, QByteArray(64 * 1024, ' '), 16 * 1024 * 1024);
        });
        auto client = backstageFor(server.baseUrl(), backstageOptions());
        Ticker ticker;
        QElapsedTimer t;
        t.start();
        int events = 0;
        const BackstageResponse r = client->stream(kStreamPath, {}, [&](const SseEvent &) {
            ++events;
            return true;
        });
        QCOMPARE(r.error.kind, BackstageError::BadResponse);
        QVERIFY2(r.error.message.contains(QStringLiteral("1 MiB")), qPrintable(r.error.message));
        QVERIFY(r.body.isEmpty());
        QCOMPARE(events, 0);
        QVERIFY2(t.elapsed() < 10000, qPrintable(QString::number(t.elapsed())));
        QVERIFY2(ticker.longestGapMs < 500, qPrintable(QString::number(ticker.longestGapMs)));
    }

    void backstageStreamStoppedByConsumer()
    {
        // The consumer's "enough" ends the stream without an error while the
        // server keeps sending.
        ScriptedServer server([](QTcpSocket *s) {
            s->write(kSseHead);
            ScriptedServer::pump(s, "data: 1\n\n", 64 * 1024 * 1024);
        });
        auto client = backstageFor(server.baseUrl(), backstageOptions());
        int events = 0;
        const BackstageResponse r = client->stream(kStreamPath, {}, [&](const SseEvent &) { return ++events < 3; });
        QVERIFY2(r.ok(), qPrintable(r.error.detail));
        QCOMPARE(events, 3);
    }

    // --- The transport both clients share, on its own ---

    void transportCancelsPromptly()
    {
        // No timeout, no stall timer: the cancel check alone ends the wait.
        HostileServer server(HostileServer::Mode::Silent);
        http::Transport transport;
        QElapsedTimer t;
        t.start();
        http::Hooks hooks;
        hooks.cancelled = [&] { return t.elapsed() > 300; };
        const http::Reply r = transport.send("GET", QNetworkRequest(QUrl(server.baseUrl() + QStringLiteral("/x"))), {}, {0, 0, 0}, hooks);
        QVERIFY(r.cancelled);
        QVERIFY(!r.stalled && !r.timedOut && !r.tooLarge && !r.stopped);
        QVERIFY2(t.elapsed() >= 300 && t.elapsed() < 3000, qPrintable(QString::number(t.elapsed())));
    }

    void transportManagerFollowsTheThread()
    {
        // A transport handed to another worker thread sends from there with
        // a manager of that thread.
        HostileServer server(HostileServer::Mode::OversizeDeclared, 10);
        http::Transport transport;
        QNetworkAccessManager *here = transport.manager();
        QCOMPARE(here->thread(), QThread::currentThread());
        bool theirs = false;
        QPointer<QNetworkAccessManager> theirManager;
        http::Reply reply;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            theirManager = transport.manager();
            theirs = theirManager->thread() == QThread::currentThread();
            reply = transport.send("GET", QNetworkRequest(QUrl(server.baseUrl() + QStringLiteral("/x"))), {}, http::Limits{});
        }));
        worker->start();
        QVERIFY(worker->wait(20000));
        QVERIFY(theirs);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body.size(), 10);
        // The worker took its manager along as it ended.
        QTRY_VERIFY(theirManager.isNull());
        // Back here: a manager of this thread again.
        QCOMPARE(transport.manager()->thread(), QThread::currentThread());
    }

    void syncPageAgainstSlowLoris()
    {
        // The Sync page runs SyncJob on a worker thread: against a server
        // that drips, the sync fails with the timeout named, and the GUI
        // thread's event loop never waits on it.
        HostileServer server(HostileServer::Mode::Drip, 0, 200);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString config = dir.filePath(QStringLiteral("config.yaml"));
        {
            QFile f(config);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("integrations:\n  github:\n    - host: github.test\n      apiBaseUrl: %1/api/v3\n"
                                   "catalog:\n  providers:\n    github:\n      acme:\n        organization: acme\n        host: github.test\n")
                        .arg(server.baseUrl())
                        .toUtf8());
        }
        SyncController sync(nullptr);
        sync.setLinksEnabled(false);
        sync.setScheduleEnabled(false);
        sync.setCachePath(dir.filePath(QStringLiteral("catalog.sqlite")));
        sync.setTokenProvider([](const QString &) {
            TokenStore::Result r;
            r.token = kToken;
            r.ok = true;
            return r;
        });
        sync.setClientFactory([](const GitHubEndpoint &e, const QByteArray &t) {
            GitHubClient::Options o = options();
            o.timeoutMs = 1000;
            o.maxAttempts = 1;
            auto client = std::make_unique<GitHubClient>(e, t, o);
            client->setSleeper([](int) {});
            return client;
        });
        sync.setConfigPath(config);
        QVERIFY(sync.waitForIdle());

        QSignalSpy finished(&sync, &SyncController::finished);
        Ticker ticker;
        QElapsedTimer t;
        t.start();
        QVERIFY(sync.syncNow());
        QVERIFY(sync.running());
        QVERIFY(finished.wait(30000));
        const qint64 ms = t.elapsed();
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(sync.lastError().contains(QStringLiteral("did not answer within 1 seconds")), qPrintable(sync.lastError()));
        QVERIFY(!sync.lastError().contains(QString::fromLatin1(kToken)));
        // Sync asks again with smaller pages after a timeout (100, 50, 25,
        // 12, 6 repositories): five attempts of about 1 s. The GUI thread
        // ticked all along.
        QVERIFY2(ms >= 900 && ms < 20000, qPrintable(QString::number(ms)));
        QVERIFY2(ticker.ticks >= 40, qPrintable(QString::number(ticker.ticks)));
        QVERIFY2(ticker.longestGapMs < 500, qPrintable(QString::number(ticker.longestGapMs)));
        QVERIFY2(server.requestLines().size() >= 1 && server.requestLines().size() <= 5, qPrintable(server.requestLines().join(u'\n')));
        QVERIFY(!sync.running());
    }
};

QTEST_MAIN(TestHttpLimits)
#include "tst_httplimits.moc"
