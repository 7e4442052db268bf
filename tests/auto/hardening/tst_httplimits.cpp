// SPDX-License-Identifier: Apache-2.0
// GitHubClient against hostile servers on loopback: an answer larger than
// the limit, headers followed by silence, and a byte now and then (slow
// loris). Each ends with an error that names the limit or the timeout, in
// about that time, while the calling thread's event loop keeps running; and
// a sync from the Sync page against such a server fails cleanly without
// stalling the GUI thread.
#include "githubclient.h"
#include "hostileserver.h"
#include "synccontroller.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

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

GitHubClient::Options options()
{
    GitHubClient::Options o;
    o.maxAttempts = 1;
    o.timeoutMs = 30000;
    o.stallTimeoutMs = 1000;
    o.maxResponseBytes = 1024 * 1024;
    return o;
}

std::unique_ptr<GitHubClient> clientFor(const HostileServer &server, const GitHubClient::Options &o)
{
    auto c = std::make_unique<GitHubClient>(GitHubEndpoint::forHost(QStringLiteral("github.test"), QUrl(server.baseUrl() + QStringLiteral("/api/v3"))),
                                            kToken, o);
    c->setSleeper([](int) {});
    return c;
}

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
    }

    void oversizeBody_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("graphql");
        QTest::newRow("Content-Length, REST") << int(HostileServer::Mode::OversizeDeclared) << false;
        QTest::newRow("Content-Length, GraphQL") << int(HostileServer::Mode::OversizeDeclared) << true;
        QTest::newRow("until close, REST") << int(HostileServer::Mode::OversizeUndeclared) << false;
        QTest::newRow("until close, GraphQL") << int(HostileServer::Mode::OversizeUndeclared) << true;
    }

    void oversizeBody()
    {
        QFETCH(int, mode);
        QFETCH(bool, graphql);
        HostileServer server(HostileServer::Mode(mode), 16 * 1024 * 1024);
        GitHubClient::Options o = options();
        o.maxAttempts = 3; // must not be used: the same request gets the same answer
        auto client = clientFor(server, o);
        Ticker ticker;
        QElapsedTimer t;
        t.start();
        const GitHubResponse r = graphql ? client->graphql(QStringLiteral("query { viewer { login } }")) : client->get(QStringLiteral("repos/acme/big"));
        const qint64 ms = t.elapsed();
        QCOMPARE(r.error.kind, GitHubError::BadResponse);
        QVERIFY2(r.error.message.contains(QStringLiteral("1 MiB")), qPrintable(r.error.message));
        QVERIFY2(r.error.detail.contains(QStringLiteral("maxResponseBytes (1048576 bytes)")), qPrintable(r.error.detail));
        QVERIFY(r.body.isEmpty());
        QCOMPARE(r.attempts, 1);
        QCOMPARE(server.requestLines().size(), 1);
        QVERIFY2(ms < 10000, qPrintable(QString::number(ms)));
        QVERIFY(!r.error.message.contains(QString::fromLatin1(kToken)));
    }

    void underTheLimitIsRead()
    {
        // The limit is not off by one: an answer of exactly the limit is read
        // (and, being no JSON, refused for that).
        HostileServer server(HostileServer::Mode::OversizeDeclared, 1024 * 1024);
        auto client = clientFor(server, options());
        const GitHubResponse r = client->get(QStringLiteral("repos/acme/exact"));
        QCOMPARE(r.body.size(), 1024 * 1024);
        QCOMPARE(r.error.kind, GitHubError::BadResponse);
        QVERIFY2(r.error.detail.contains(QStringLiteral("not JSON")), qPrintable(r.error.detail));
    }

    void stalledAfterHeaders()
    {
        HostileServer server(HostileServer::Mode::Silent);
        auto client = clientFor(server, options());
        Ticker ticker;
        QElapsedTimer t;
        t.start();
        const GitHubResponse r = client->get(QStringLiteral("orgs/acme/repos"));
        const qint64 ms = t.elapsed();
        QCOMPARE(r.error.kind, GitHubError::Timeout);
        QVERIFY2(r.error.message.contains(QStringLiteral("stopped sending data for 1 seconds")), qPrintable(r.error.message));
        QVERIFY2(r.error.detail.contains(QStringLiteral("nothing received for 1000 ms (stall timeout)")), qPrintable(r.error.detail));
        // (Qt's coarse timers may fire up to 5% early.)
        QVERIFY2(ms >= 900 && ms < 8000, qPrintable(QString::number(ms)));
        // The caller's event loop ran the whole time.
        QVERIFY2(ticker.ticks >= 10, qPrintable(QString::number(ticker.ticks)));
        QVERIFY2(ticker.longestGapMs < 500, qPrintable(QString::number(ticker.longestGapMs)));
    }

    void drippingServerHitsTheTimeout()
    {
        // A byte every 200 ms keeps the stall timer from firing; the
        // attempt's timeout ends it.
        HostileServer server(HostileServer::Mode::Drip, 0, 200);
        GitHubClient::Options o = options();
        o.timeoutMs = 2500;
        auto client = clientFor(server, o);
        Ticker ticker;
        QElapsedTimer t;
        t.start();
        const GitHubResponse r = client->get(QStringLiteral("orgs/acme/repos"));
        const qint64 ms = t.elapsed();
        QCOMPARE(r.error.kind, GitHubError::Timeout);
        QVERIFY2(r.error.message.contains(QStringLiteral("did not answer within 2.5 seconds")), qPrintable(r.error.message));
        QVERIFY2(r.error.detail.contains(QStringLiteral("timed out after 2500 ms")), qPrintable(r.error.detail));
        QVERIFY2(ms >= 2300 && ms < 10000, qPrintable(QString::number(ms))); // coarse timers: up to 5% early
        QVERIFY2(ticker.ticks >= 25, qPrintable(QString::number(ticker.ticks)));
        QVERIFY2(ticker.longestGapMs < 500, qPrintable(QString::number(ticker.longestGapMs)));
    }

    void stallsAreRetriedAFewTimes()
    {
        HostileServer server(HostileServer::Mode::Silent);
        GitHubClient::Options o = options();
        o.maxAttempts = 3;
        o.stallTimeoutMs = 500;
        auto client = clientFor(server, o);
        QElapsedTimer t;
        t.start();
        const GitHubResponse r = client->get(QStringLiteral("orgs/acme/repos"));
        QCOMPARE(r.error.kind, GitHubError::Timeout);
        QCOMPARE(r.attempts, 3);
        QCOMPARE(server.requestLines().size(), 3);
        QVERIFY2(r.error.message.contains(QStringLiteral("tried 3 time")), qPrintable(r.error.message));
        QVERIFY(t.elapsed() < 10000);
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
