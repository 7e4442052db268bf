// SPDX-License-Identifier: Apache-2.0
// `atrium auth` as a user runs it: the real binary in a process, against the
// fake GitHub on 127.0.0.1, with the token kept in the session's Secret
// Service (scripts/test.sh provides one). Every run also checks that the
// token never appears in what the command prints.
#include "fakegithub.h"
#include "tokenstore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <functional>

using namespace atrium;
using namespace atrium::fake;

namespace {

const QString kClientId = QStringLiteral("atrium-test-client");
// The CLI keeps tokens under the app's own service name.
const QString kService = QStringLiteral("atrium");

struct Run {
    int code = -1;
    QString out;
    QString err;
    QString all() const { return out + err; }
};

using EnvChange = std::function<void(QProcessEnvironment &)>;

QProcessEnvironment cliEnvironment(const EnvChange &change)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("ATRIUM_GITHUB_TOKEN"));
    env.remove(QStringLiteral("ATRIUM_GITHUB_CLIENT_ID"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    if (change)
        change(env);
    return env;
}

/** No session bus at all for the child: no keychain service. */
void withoutKeychain(QProcessEnvironment &env)
{
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "XDG_RUNTIME_DIR", "GNOME_KEYRING_CONTROL"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/atrium-test-bus"));
}

Run runCli(const QStringList &args, const QByteArray &input = {}, const EnvChange &change = {})
{
    QProcess p;
    p.setProcessEnvironment(cliEnvironment(change));
    p.start(QStringLiteral(ATRIUM_BINARY), QStringList{QStringLiteral("auth")} + args);
    if (!p.waitForStarted(10000))
        qFatal("atrium did not start");
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString describe(const Run &r)
{
    return QStringLiteral("exit %1\n--- stdout\n%2--- stderr\n%3").arg(r.code).arg(r.out, r.err);
}

} // namespace

#define REQUIRE_KEYCHAIN()                      \
    do {                                        \
        if (!m_keychain)                        \
            QSKIP(qPrintable(m_noKeychainWhy)); \
    } while (false)

#define VERIFY_NO_TOKEN(run, token) \
    QVERIFY2(!(run).all().contains(QString::fromLatin1(token)), qPrintable(QStringLiteral("the token was printed:\n") + describe(run)))

class TestAuthCli : public QObject
{
    Q_OBJECT

    FakeGitHub m_gh;
    bool m_keychain = false;
    QString m_noKeychainWhy;
    QStringList m_hosts;

    QString host(const QString &name)
    {
        const QString h = name + u'-' + QString::number(QCoreApplication::applicationPid()) + QStringLiteral(".github.test");
        m_hosts << h;
        return h;
    }

    QStringList at(const QString &h) const
    {
        return {QStringLiteral("--host"), h, QStringLiteral("--api-base-url"), m_gh.apiUrl().toString()};
    }

    QByteArray stored(const QString &h) const
    {
        const TokenStore::Result r = TokenStore(kService).read(h);
        return r.ok ? r.token : QByteArrayLiteral("<keychain read failed>");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_gh.listen());
        const TokenStore probe(QStringLiteral("atrium-test-probe-") + QString::number(QCoreApplication::applicationPid()));
        if (!probe.available()) {
            m_noKeychainWhy = QStringLiteral("no Secret Service answers on the session bus; run the tests as scripts/test.sh does "
                                             "(dbus-run-session with an unlocked gnome-keyring)");
            return;
        }
        const TokenStore::Result w = probe.write(QStringLiteral("probe"), QByteArrayLiteral("probe"));
        if (!w.ok) {
            m_noKeychainWhy = QStringLiteral("the Secret Service does not store entries: %1").arg(w.error);
            return;
        }
        probe.remove(QStringLiteral("probe"));
        m_keychain = true;
    }

    void cleanupTestCase()
    {
        if (!m_keychain)
            return;
        for (const QString &h : std::as_const(m_hosts))
            TokenStore(kService).remove(h);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("no subcommand") << QStringList{} << QStringLiteral("login, status or logout");
        QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("frobnicate");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("login"), QStringLiteral("--bogus")} << QStringLiteral("--bogus");
        QTest::newRow("positional") << QStringList{QStringLiteral("status"), QStringLiteral("extra")} << QStringLiteral("no arguments");
        QTest::newRow("missing value") << QStringList{QStringLiteral("login"), QStringLiteral("--host")} << QStringLiteral("needs a value");
        QTest::newRow("http to another machine")
            << QStringList{QStringLiteral("login"), QStringLiteral("--with-token"), QStringLiteral("--api-base-url"),
                           QStringLiteral("http://github.example.com/api/v3")}
            << QStringLiteral("https");
        QTest::newRow("http to another machine, status")
            << QStringList{QStringLiteral("status"), QStringLiteral("--api-base-url"), QStringLiteral("http://10.0.0.1/api/v3")}
            << QStringLiteral("https");
        QTest::newRow("not a web URL") << QStringList{QStringLiteral("status"), QStringLiteral("--api-base-url"), QStringLiteral("ftp://example.com/")}
                                       << QStringLiteral("https://");
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const Run r = runCli(args, QByteArrayLiteral("ghp_neverUsed0123456789abcdef"));
        QVERIFY2(r.code == 2, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(says), qPrintable(describe(r)));
        QVERIFY(r.out.isEmpty());
    }

    void loginWithTokenStoresItAndStatusShowsIt()
    {
        REQUIRE_KEYCHAIN();
        const QByteArray token = QByteArrayLiteral("ghp_fullScopes0123456789abcdefABCDEF01");
        m_gh.addToken(token, {QStringLiteral("repo"), QStringLiteral("read:org"), QStringLiteral("workflow")}, QStringLiteral("octocat"));
        const QString h = host(QStringLiteral("pat"));

        const Run login = runCli(QStringList{QStringLiteral("login"), QStringLiteral("--with-token")} + at(h), token + '\n');
        QVERIFY2(login.code == 0, qPrintable(describe(login)));
        QVERIFY2(login.out.contains(QStringLiteral("Signed in to %1 as octocat").arg(h)), qPrintable(describe(login)));
        QVERIFY2(!login.err.contains(u"warning"), qPrintable(describe(login)));
        VERIFY_NO_TOKEN(login, token);
        QCOMPARE(stored(h), token);

        const Run status = runCli(QStringList{QStringLiteral("status")} + at(h));
        QVERIFY2(status.code == 0, qPrintable(describe(status)));
        QVERIFY2(status.out.contains(QStringLiteral("Signed in to %1 as octocat").arg(h)), qPrintable(describe(status)));
        QVERIFY2(status.out.contains(u"Token scopes: repo, read:org, workflow"), qPrintable(describe(status)));
        QVERIFY2(status.out.contains(u"Token from: the system keychain"), qPrintable(describe(status)));
        QVERIFY2(!status.err.contains(u"warning"), qPrintable(describe(status)));
        VERIFY_NO_TOKEN(status, token);
    }

    void missingScopeIsWarnedAbout()
    {
        REQUIRE_KEYCHAIN();
        const QByteArray token = QByteArrayLiteral("ghp_noWorkflow0123456789abcdefABCDEF01");
        m_gh.addToken(token, {QStringLiteral("repo"), QStringLiteral("admin:org")}, QStringLiteral("hubot"));
        const QString h = host(QStringLiteral("scopes"));

        const Run login = runCli(QStringList{QStringLiteral("login"), QStringLiteral("--with-token")} + at(h), token);
        QVERIFY2(login.code == 0, qPrintable(describe(login)));
        QVERIFY2(login.err.contains(u"warning: the token lacks the scope workflow"), qPrintable(describe(login)));
        VERIFY_NO_TOKEN(login, token);

        const Run status = runCli(QStringList{QStringLiteral("status")} + at(h));
        QVERIFY2(status.code == 0, qPrintable(describe(status)));
        QVERIFY2(status.out.contains(u"as hubot"), qPrintable(describe(status)));
        QVERIFY2(status.out.contains(u"Token scopes: repo, admin:org"), qPrintable(describe(status)));
        QVERIFY2(status.out.contains(u"Needed scopes: repo, read:org, workflow"), qPrintable(describe(status)));
        QVERIFY2(status.err.contains(u"warning: the token lacks the scope workflow"), qPrintable(describe(status)));
        // admin:org includes read:org: no warning for it.
        QVERIFY2(!status.err.contains(u"scope read:org"), qPrintable(describe(status)));
        VERIFY_NO_TOKEN(status, token);
    }

    void rejectedTokenIsNotStored()
    {
        REQUIRE_KEYCHAIN();
        const QByteArray token = QByteArrayLiteral("ghp_unknownToGitHub0123456789abcdefABCD");
        const QString h = host(QStringLiteral("rejected"));
        const Run login = runCli(QStringList{QStringLiteral("login"), QStringLiteral("--with-token")} + at(h), token);
        QVERIFY2(login.code == 1, qPrintable(describe(login)));
        QVERIFY2(login.err.contains(u"did not accept the token"), qPrintable(describe(login)));
        VERIFY_NO_TOKEN(login, token);
        QVERIFY(stored(h).isEmpty());
    }

    void deviceFlowLogin()
    {
        REQUIRE_KEYCHAIN();
        // One second: the CLI waits in real time between polls.
        m_gh.setDeviceFlow(kClientId, 1);
        const QString h = host(QStringLiteral("device"));
        QProcess p;
        p.setProcessEnvironment(cliEnvironment({}));
        p.start(QStringLiteral(ATRIUM_BINARY), QStringList{QStringLiteral("auth"), QStringLiteral("login"), QStringLiteral("--client-id"), kClientId} + at(h));
        QVERIFY(p.waitForStarted(10000));
        p.closeWriteChannel();

        // Read the code as a user would, from what the CLI prints.
        static const QRegularExpression shown(QStringLiteral("Open (\\S+) and enter the code ([A-Z0-9]{4}-[A-Z0-9]{4})"));
        QString out;
        QRegularExpressionMatch m;
        QElapsedTimer t;
        t.start();
        while (!(m = shown.match(out)).hasMatch() && t.elapsed() < 20000 && p.state() == QProcess::Running) {
            p.waitForReadyRead(200);
            out += QString::fromUtf8(p.readAllStandardOutput());
        }
        QVERIFY2(m.hasMatch(), qPrintable(out + QString::fromUtf8(p.readAllStandardError())));
        const QString userCode = m.captured(2);
        QCOMPARE(userCode, m_gh.lastUserCode());
        QCOMPARE(QUrl(m.captured(1)), QUrl(m_gh.webUrl().toString() + QStringLiteral("/login/device")));

        // The CLI keeps polling until the code is approved.
        QTest::qWait(1500);
        QCOMPARE(p.state(), QProcess::Running);
        const QByteArray token = m_gh.approveDevice(userCode);
        QVERIFY(!token.isEmpty());

        QVERIFY(p.waitForFinished(30000));
        Run r{p.exitCode(), out + QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains(QStringLiteral("Signed in to %1 as octocat").arg(h)), qPrintable(describe(r)));
        // The requested scopes were all granted.
        QVERIFY2(!r.err.contains(u"warning"), qPrintable(describe(r)));
        VERIFY_NO_TOKEN(r, token);
        QCOMPARE(stored(h), token);

        const Run status = runCli(QStringList{QStringLiteral("status")} + at(h));
        QVERIFY2(status.code == 0, qPrintable(describe(status)));
        VERIFY_NO_TOKEN(status, token);
    }

    void deviceFlowDeclinedStoresNothing()
    {
        REQUIRE_KEYCHAIN();
        m_gh.setDeviceFlow(kClientId, 1);
        const QString h = host(QStringLiteral("declined"));
        QProcess p;
        // The client id from the environment this time.
        p.setProcessEnvironment(cliEnvironment([](QProcessEnvironment &env) { env.insert(QStringLiteral("ATRIUM_GITHUB_CLIENT_ID"), kClientId); }));
        p.start(QStringLiteral(ATRIUM_BINARY), QStringList{QStringLiteral("auth"), QStringLiteral("login")} + at(h));
        QVERIFY(p.waitForStarted(10000));
        p.closeWriteChannel();
        QString out;
        QElapsedTimer t;
        t.start();
        while (!out.contains(u"enter the code") && t.elapsed() < 20000 && p.state() == QProcess::Running) {
            p.waitForReadyRead(200);
            out += QString::fromUtf8(p.readAllStandardOutput());
        }
        QVERIFY2(out.contains(u"enter the code"), qPrintable(out));
        m_gh.denyDevice(m_gh.lastUserCode());
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(u"declined"));
        QVERIFY(stored(h).isEmpty());
    }

    void deviceFlowWithoutClientIdSaysWhatToDo()
    {
#ifdef ATRIUM_BUILD_HAS_CLIENT_ID
        QSKIP("this build carries an OAuth client id (ATRIUM_GITHUB_CLIENT_ID)");
#endif
        const int before = m_gh.requestCount();
        const Run r = runCli(QStringList{QStringLiteral("login")} + at(host(QStringLiteral("noclient"))));
        QVERIFY2(r.code == 1, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(u"--client-id") && r.err.contains(u"--with-token"), qPrintable(describe(r)));
        // GitHub would refuse an unregistered client id: not even asked.
        QCOMPARE(m_gh.requestCount(), before);
    }

    void logoutRemovesTheToken()
    {
        REQUIRE_KEYCHAIN();
        const QByteArray token = QByteArrayLiteral("ghp_logoutToken0123456789abcdefABCDEF01");
        m_gh.addToken(token, {QStringLiteral("repo"), QStringLiteral("read:org"), QStringLiteral("workflow")});
        const QString h = host(QStringLiteral("logout"));
        QCOMPARE(runCli(QStringList{QStringLiteral("login"), QStringLiteral("--with-token")} + at(h), token).code, 0);
        QCOMPARE(stored(h), token);

        const Run logout = runCli({QStringLiteral("logout"), QStringLiteral("--host"), h});
        QVERIFY2(logout.code == 0, qPrintable(describe(logout)));
        QVERIFY2(logout.out.contains(QStringLiteral("Signed out of %1").arg(h)), qPrintable(describe(logout)));
        VERIFY_NO_TOKEN(logout, token);
        QVERIFY(stored(h).isEmpty());

        const Run status = runCli(QStringList{QStringLiteral("status")} + at(h));
        QVERIFY2(status.code == 1, qPrintable(describe(status)));
        QVERIFY2(status.out.contains(u"Not signed in"), qPrintable(describe(status)));

        const Run again = runCli({QStringLiteral("logout"), QStringLiteral("--host"), h});
        QVERIFY2(again.code == 0, qPrintable(describe(again)));
        QVERIFY2(again.out.contains(u"nothing to remove"), qPrintable(describe(again)));
    }

    void statusWithoutTokenFails()
    {
        REQUIRE_KEYCHAIN();
        const Run status = runCli(QStringList{QStringLiteral("status")} + at(host(QStringLiteral("never"))));
        QVERIFY2(status.code == 1, qPrintable(describe(status)));
        QVERIFY2(status.out.contains(u"atrium auth login"), qPrintable(describe(status)));
    }

    void loginWithoutKeychainStoresNothing()
    {
        const QByteArray token = QByteArrayLiteral("ghp_noKeychain0123456789abcdefABCDEF012");
        m_gh.addToken(token);
        const QString h = host(QStringLiteral("nokeychain"));
        const int before = m_gh.requestCount();

        const Run pat = runCli(QStringList{QStringLiteral("login"), QStringLiteral("--with-token")} + at(h), token, withoutKeychain);
        QVERIFY2(pat.code == 1, qPrintable(describe(pat)));
        QVERIFY2(pat.err.contains(TokenStore::unavailableMessage()), qPrintable(describe(pat)));
        VERIFY_NO_TOKEN(pat, token);

        m_gh.setDeviceFlow(kClientId, 1);
        const Run device = runCli(QStringList{QStringLiteral("login"), QStringLiteral("--client-id"), kClientId} + at(h), {}, withoutKeychain);
        QVERIFY2(device.code == 1, qPrintable(describe(device)));
        QVERIFY2(device.err.contains(TokenStore::unavailableMessage()), qPrintable(describe(device)));
        QVERIFY2(!device.out.contains(u"enter the code"), qPrintable(describe(device)));

        // Refused before anything was sent: no sign-in to throw away.
        QCOMPARE(m_gh.requestCount(), before);
        if (m_keychain)
            QVERIFY(stored(h).isEmpty());
    }

    void statusUsesEnvironmentTokenWithoutKeychain()
    {
        const QByteArray token = QByteArrayLiteral("ghp_fromEnvironment0123456789abcdefABCD");
        m_gh.addToken(token, {QStringLiteral("repo"), QStringLiteral("read:org"), QStringLiteral("workflow")}, QStringLiteral("envuser"));
        const QString h = host(QStringLiteral("env"));

        const Run named = runCli(QStringList{QStringLiteral("status"), QStringLiteral("--token-env"), QStringLiteral("MY_GH_TOKEN")} + at(h), {},
                                 [&](QProcessEnvironment &env) {
                                     withoutKeychain(env);
                                     env.insert(QStringLiteral("MY_GH_TOKEN"), QString::fromLatin1(token));
                                 });
        QVERIFY2(named.code == 0, qPrintable(describe(named)));
        QVERIFY2(named.out.contains(u"as envuser"), qPrintable(describe(named)));
        QVERIFY2(named.out.contains(u"Token from: the environment variable MY_GH_TOKEN"), qPrintable(describe(named)));
        VERIFY_NO_TOKEN(named, token);

        const Run atriumVariable = runCli(QStringList{QStringLiteral("status")} + at(h), {}, [&](QProcessEnvironment &env) {
            withoutKeychain(env);
            env.insert(QStringLiteral("ATRIUM_GITHUB_TOKEN"), QString::fromLatin1(token));
        });
        QVERIFY2(atriumVariable.code == 0, qPrintable(describe(atriumVariable)));
        QVERIFY2(atriumVariable.out.contains(u"Token from: the environment variable ATRIUM_GITHUB_TOKEN"), qPrintable(describe(atriumVariable)));
        VERIFY_NO_TOKEN(atriumVariable, token);

        // Named but empty: an error, not a silent fallback.
        const Run empty = runCli(QStringList{QStringLiteral("status"), QStringLiteral("--token-env"), QStringLiteral("MY_GH_TOKEN")} + at(h), {},
                                 [&](QProcessEnvironment &env) {
                                     env.insert(QStringLiteral("MY_GH_TOKEN"), QString());
                                     env.insert(QStringLiteral("ATRIUM_GITHUB_TOKEN"), QString::fromLatin1(token));
                                 });
        QVERIFY2(empty.code == 1, qPrintable(describe(empty)));
        QVERIFY2(empty.err.contains(u"MY_GH_TOKEN"), qPrintable(describe(empty)));

        // And without any token or keychain: the plain sentence.
        const Run none = runCli(QStringList{QStringLiteral("status")} + at(h), {}, withoutKeychain);
        QVERIFY2(none.code == 1, qPrintable(describe(none)));
        QVERIFY2(none.err.contains(TokenStore::unavailableMessage()), qPrintable(describe(none)));
    }
};

QTEST_GUILESS_MAIN(TestAuthCli)
#include "tst_authcli.moc"
