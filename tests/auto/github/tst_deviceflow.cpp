// SPDX-License-Identifier: Apache-2.0
// The OAuth device flow against the fake GitHub. The flow's sleeper moves the
// fake's clock, so "wait five seconds" is instant and the fake still sees the
// interval kept (or not, for slow_down).

#include "deviceflow.h"
#include "fakegithub.h"
#include "githubtestsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace atrium;
using namespace atrium::fake;
using namespace atrium::testing;

class TestDeviceFlow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeGitHub> fake;
    std::unique_ptr<DeviceFlow> flow;
    QList<int> sleeps;
    /** Called before each sleep with its index; may act as the user would. */
    std::function<void(int)> onSleep;
    /** How far the fake's clock moves per sleep, in percent of the asked time. */
    std::function<int(int)> advancePercent;

private Q_SLOTS:
    void init()
    {
        fake = std::make_unique<FakeGitHub>();
        QVERIFY(fake->listen());
        fake->setDeviceFlow(QStringLiteral("Iv1.atrium"), 5, 900);
        flow = std::make_unique<DeviceFlow>(GitHubEndpoint::forHost({}, fake->apiUrl()));
        sleeps.clear();
        onSleep = nullptr;
        advancePercent = nullptr;
        FakeGitHub *f = fake.get();
        flow->http().setSleeper([this, f](int ms) {
            if (onSleep)
                onSleep(int(sleeps.size()));
            f->advanceClock(qint64(ms) * (advancePercent ? advancePercent(int(sleeps.size())) : 100) / 100);
            sleeps << ms;
        });
        flow->http().setClock([f] { return f->now(); });
    }
    void cleanup()
    {
        flow.reset();
        fake.reset();
    }

    void startShowsTheUserCode()
    {
        QSignalSpy ready(flow.get(), &DeviceFlow::userCodeReady);
        const DeviceCode code = flow->start(QStringLiteral("Iv1.atrium"), {QStringLiteral("repo"), QStringLiteral("read:org")});
        QVERIFY2(code.isValid(), qPrintable(code.error.detail));
        QCOMPARE(code.userCode, fake->lastUserCode());
        QVERIFY(code.userCode.contains(QRegularExpression(QStringLiteral("^[A-Z0-9]{4}-[A-Z0-9]{4}$"))));
        QCOMPARE(code.verificationUri, QUrl(fake->webUrl().toString() + QStringLiteral("/login/device")));
        QCOMPARE(code.interval, 5);
        QCOMPARE(code.expiresIn, 900);
        QCOMPARE(ready.count(), 1);
        QCOMPARE(ready[0][0].toString(), code.userCode);
        const FakeRequest req = fake->requests().last();
        QCOMPARE(req.path, QStringLiteral("/login/device/code"));
        QCOMPARE(req.accept, QByteArray("application/json"));
        QVERIFY(req.authorization.isEmpty());
        QVERIFY(req.body.contains("scope=repo%20read%3Aorg"));
    }

    void pollsUntilApproved()
    {
        const DeviceCode code = flow->start(QStringLiteral("Iv1.atrium"), {QStringLiteral("repo"), QStringLiteral("read:org")});
        QByteArray issued;
        onSleep = [&](int n) {
            if (n == 2) // the user types the code while the third wait runs
                issued = fake->approveDevice(code.userCode);
        };
        QSignalSpy polled(flow.get(), &DeviceFlow::polled);
        const DeviceFlowResult r = flow->waitForAuthorization(code);
        QVERIFY2(r.ok(), qPrintable(r.error.detail));
        QCOMPARE(r.token, issued);
        QCOMPARE(r.tokenType, QStringLiteral("bearer"));
        QCOMPARE(r.scopes, (QStringList{QStringLiteral("repo"), QStringLiteral("read:org")}));
        QCOMPARE(r.polls, 3);
        QCOMPARE(sleeps, (QList<int>{5000, 5000, 5000}));
        QCOMPARE(polled.count(), 2);
        QCOMPARE(polled[0][0].toString(), QStringLiteral("authorization_pending"));
        // The token works.
        fake->addOrg(QStringLiteral("acme"));
        GitHubClient c(GitHubEndpoint::forHost({}, fake->apiUrl()), r.token);
        QVERIFY(c.get(QStringLiteral("orgs/acme")).ok());
        const FakeRequest poll = fake->requests()[1];
        QCOMPARE(poll.path, QStringLiteral("/login/oauth/access_token"));
        QVERIFY(poll.body.contains("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code"));
    }

    void slowDownAddsFiveSeconds()
    {
        const DeviceCode code = flow->start(QStringLiteral("Iv1.atrium"), {QStringLiteral("repo")});
        // The first wait is cut short (the clock moves only 40 %), as if the
        // machine polled too early: GitHub answers slow_down.
        advancePercent = [](int n) { return n == 1 ? 40 : 100; };
        onSleep = [&](int n) {
            if (n == 3)
                fake->approveDevice(code.userCode);
        };
        QSignalSpy polled(flow.get(), &DeviceFlow::polled);
        const DeviceFlowResult r = flow->waitForAuthorization(code);
        QVERIFY2(r.ok(), qPrintable(r.error.detail));
        QCOMPARE(sleeps, (QList<int>{5000, 5000, 10000, 10000}));
        QCOMPARE(r.interval, 10);
        QCOMPARE(polled[1][0].toString(), QStringLiteral("slow_down"));
        QCOMPARE(polled[1][1].toInt(), 10);
    }

    void denied()
    {
        const DeviceCode code = flow->start(QStringLiteral("Iv1.atrium"), {QStringLiteral("repo")});
        onSleep = [&](int n) {
            if (n == 1)
                fake->denyDevice(code.userCode);
        };
        const DeviceFlowResult r = flow->waitForAuthorization(code);
        QCOMPARE(r.status, DeviceFlowResult::Denied);
        QVERIFY(r.token.isEmpty());
        QVERIFY(!r.error.message.isEmpty());
        QCOMPARE(r.polls, 2);
    }

    void expiredOnGitHub()
    {
        const DeviceCode code = flow->start(QStringLiteral("Iv1.atrium"), {QStringLiteral("repo")});
        onSleep = [&](int n) {
            if (n == 1)
                fake->expireDevice(code.userCode);
        };
        const DeviceFlowResult r = flow->waitForAuthorization(code);
        QCOMPARE(r.status, DeviceFlowResult::Expired);
        QVERIFY(r.error.message.contains(code.userCode));
    }

    void expiresWithoutAsking()
    {
        fake->setDeviceFlow(QStringLiteral("Iv1.atrium"), 5, 12);
        const DeviceCode code = flow->start(QStringLiteral("Iv1.atrium"), {QStringLiteral("repo")});
        const DeviceFlowResult r = flow->waitForAuthorization(code);
        QCOMPARE(r.status, DeviceFlowResult::Expired);
        // Polls at 5 and 10 s; the third wait ends past 12 s and GitHub (or the
        // client's own clock) calls the code expired.
        QVERIFY(r.polls <= 3);
        QVERIFY(sleeps.size() <= 3);
    }

    void wrongClientId()
    {
        const DeviceCode code = flow->start(QStringLiteral("Iv1.someoneelse"), {QStringLiteral("repo")});
        QVERIFY(!code.isValid());
        QCOMPARE(code.error.kind, GitHubError::BadResponse);
        QVERIFY(code.error.detail.contains(QStringLiteral("incorrect_client_credentials")));
    }

    void cancelled()
    {
        const DeviceCode code = flow->start(QStringLiteral("Iv1.atrium"), {QStringLiteral("repo")});
        bool cancel = false;
        flow->http().setCancelCheck([&cancel] { return cancel; });
        onSleep = [&](int n) {
            if (n == 1)
                cancel = true;
        };
        const DeviceFlowResult r = flow->waitForAuthorization(code);
        QCOMPARE(r.status, DeviceFlowResult::Cancelled);
        QCOMPARE(r.polls, 1);
    }

    void serverTroubleIsRetriedThenReported()
    {
        const DeviceCode code = flow->start(QStringLiteral("Iv1.atrium"), {QStringLiteral("repo")});
        fake->failNext(10, 502);
        GitHubClient::Options o = flow->http().options();
        o.maxAttempts = 2;
        flow->http().setOptions(o);
        const DeviceFlowResult r = flow->waitForAuthorization(code);
        QCOMPARE(r.status, DeviceFlowResult::Failed);
        QCOMPARE(r.error.kind, GitHubError::Server);
    }

    void tokenIsNotLogged()
    {
        LogCapture capture;
        const DeviceCode code = flow->start(QStringLiteral("Iv1.atrium"), {QStringLiteral("repo")});
        QByteArray issued;
        onSleep = [&](int n) {
            if (n == 0)
                issued = fake->approveDevice(code.userCode);
        };
        const DeviceFlowResult r = flow->waitForAuthorization(code);
        QVERIFY(r.ok());
        QVERIFY(!issued.isEmpty());
        QVERIFY(capture.all().contains(QStringLiteral("atrium.github")));
        QVERIFY2(!capture.all().contains(QString::fromLatin1(issued)), qPrintable(capture.all()));
        QVERIFY(!capture.all().contains(code.deviceCode));
    }
};

QTEST_GUILESS_MAIN(TestDeviceFlow)
#include "tst_deviceflow.moc"
