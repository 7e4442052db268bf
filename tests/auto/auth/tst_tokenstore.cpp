// SPDX-License-Identifier: Apache-2.0
// TokenStore against a real Secret Service (gnome-keyring in a private D-Bus
// session, as scripts/test.sh runs it), and without one: a child process of
// this test is started with no usable session bus and must report the
// keychain as unavailable, quickly, without crashing.
#include "tokenstore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>

using namespace atrium;

namespace {

const char kChildVariable[] = "ATRIUM_TST_TOKENSTORE_CHILD";
const QByteArray kChildToken = QByteArrayLiteral("ghp_childSecretToken0123456789abcdefABCD");

QString pidSuffix()
{
    return QString::number(QCoreApplication::applicationPid());
}

/** The child: each operation on a fresh store (so none is answered from
 *  another's remembered availability), one tab-separated line each:
 *  name, ok, unavailable, milliseconds, error. */
int childMain()
{
    const QString service = qEnvironmentVariable(kChildVariable);
    const QString host = QStringLiteral("child.github.test");
    auto line = [](const char *name, const TokenStore::Result &r, qint64 ms) {
        std::printf("%s\t%d\t%d\t%lld\t%s\n", name, int(r.ok), int(r.unavailable), ms, r.error.toUtf8().constData());
    };
    QElapsedTimer t;
    t.start();
    line("read", TokenStore(service).read(host), t.restart());
    line("write", TokenStore(service).write(host, kChildToken), t.restart());
    line("remove", TokenStore(service).remove(host), t.restart());
    const bool available = TokenStore(service).available();
    std::printf("available\t%d\t%d\t%lld\t\n", int(available), int(!available), t.restart());
    qunsetenv("ATRIUM_GITHUB_TOKEN");
    line("tokenFor", TokenStore(service).tokenFor(host), t.restart());
    // The way out the message names must work without a keychain.
    qputenv("ATRIUM_GITHUB_TOKEN", kChildToken);
    const TokenStore::Result fromEnv = TokenStore(service).tokenFor(host);
    std::printf("tokenForEnv\t%d\t%d\t0\t%s\n", int(fromEnv.ok && fromEnv.token == kChildToken), int(fromEnv.unavailable),
                fromEnv.error.toUtf8().constData());
    std::fflush(stdout);
    return 0;
}

struct ChildLine {
    bool ok = false;
    bool unavailable = false;
    qint64 ms = 0;
    QString error;
};

} // namespace

// A skip, not a failure, where no Secret Service runs (a developer's shell);
// scripts/test.sh and CI always provide one.
#define REQUIRE_KEYCHAIN()                      \
    do {                                        \
        if (!m_keychain)                        \
            QSKIP(qPrintable(m_noKeychainWhy)); \
    } while (false)

class TestTokenStore : public QObject
{
    Q_OBJECT

    QString m_service = QStringLiteral("atrium-test-") + pidSuffix();
    bool m_keychain = false;
    QString m_noKeychainWhy;
    QStringList m_hosts; ///< written during the run, removed at the end

    QString host(const QString &name)
    {
        const QString h = name + u'-' + pidSuffix() + QStringLiteral(".github.test");
        m_hosts << h;
        return h;
    }

    /** This binary again, as the child, in @p env. */
    QHash<QString, ChildLine> runChild(QProcessEnvironment env, QString *raw)
    {
        env.insert(QString::fromLatin1(kChildVariable), m_service);
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QCoreApplication::applicationFilePath(), {});
        QElapsedTimer t;
        t.start();
        const bool finished = p.waitForFinished(60000);
        if (!finished)
            p.kill();
        *raw = QString::fromUtf8(p.readAllStandardOutput()) + QString::fromUtf8(p.readAllStandardError());
        QHash<QString, ChildLine> out;
        if (!finished || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            out.insert(QStringLiteral("crashed"), {});
            return out;
        }
        for (const QString &l : raw->split(u'\n', Qt::SkipEmptyParts)) {
            const QStringList f = l.split(u'\t');
            if (f.size() >= 5)
                out.insert(f[0], {f[1] == u"1", f[2] == u"1", f[3].toLongLong(), f.mid(4).join(u'\t')});
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const TokenStore store(m_service);
        if (!store.available()) {
            m_noKeychainWhy = QStringLiteral("no Secret Service answers on the session bus; run the tests as scripts/test.sh does "
                                             "(dbus-run-session with an unlocked gnome-keyring)");
            return;
        }
        // A keyring that answers reads may still refuse writes (locked, with
        // no one to type its password): that is no keychain for these tests.
        const QString probe = host(QStringLiteral("probe"));
        const TokenStore::Result w = store.write(probe, QByteArrayLiteral("probe"));
        if (!w.ok) {
            m_noKeychainWhy = QStringLiteral("the Secret Service does not store entries: %1").arg(w.error);
            return;
        }
        QVERIFY(store.remove(probe).ok);
        m_keychain = true;
    }

    void cleanupTestCase()
    {
        if (!m_keychain)
            return;
        const TokenStore store(m_service);
        for (const QString &h : std::as_const(m_hosts))
            store.remove(h);
    }

    void init()
    {
        qunsetenv("ATRIUM_GITHUB_TOKEN");
        qunsetenv("ATRIUM_TST_TOKEN");
    }

    void writeReadOverwriteRemove()
    {
        REQUIRE_KEYCHAIN();
        const TokenStore store(m_service);
        const QString h = host(QStringLiteral("cycle"));
        TokenStore::Result r = store.write(h, QByteArrayLiteral("ghp_first0123456789"));
        QVERIFY2(r.ok, qPrintable(r.error));
        r = store.read(h);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.token, QByteArrayLiteral("ghp_first0123456789"));

        QVERIFY(store.write(h, QByteArrayLiteral("ghp_second0123456789")).ok);
        QCOMPARE(store.read(h).token, QByteArrayLiteral("ghp_second0123456789"));
        // Another store on the same service sees the same entry.
        QCOMPARE(TokenStore(m_service).read(h).token, QByteArrayLiteral("ghp_second0123456789"));

        r = store.remove(h);
        QVERIFY2(r.ok, qPrintable(r.error));
        r = store.read(h);
        QVERIFY(r.ok);
        QVERIFY(r.token.isEmpty());
    }

    void hostsAreIndependent()
    {
        REQUIRE_KEYCHAIN();
        const TokenStore store(m_service);
        const QString a = host(QStringLiteral("a")), b = host(QStringLiteral("b"));
        QVERIFY(store.write(a, QByteArrayLiteral("token-for-a")).ok);
        QVERIFY(store.write(b, QByteArrayLiteral("token-for-b")).ok);
        QCOMPARE(store.read(a).token, QByteArrayLiteral("token-for-a"));
        QCOMPARE(store.read(b).token, QByteArrayLiteral("token-for-b"));
        QVERIFY(store.remove(a).ok);
        QVERIFY(store.read(a).token.isEmpty());
        QCOMPARE(store.read(b).token, QByteArrayLiteral("token-for-b"));
        // Host names are case-insensitive, as DNS names are.
        QCOMPARE(store.read(b.toUpper()).token, QByteArrayLiteral("token-for-b"));
        QVERIFY(store.remove(b).ok);
    }

    void servicesAreIndependent()
    {
        REQUIRE_KEYCHAIN();
        const TokenStore mine(m_service), other(m_service + QStringLiteral("-other"));
        const QString h = host(QStringLiteral("svc"));
        QVERIFY(mine.write(h, QByteArrayLiteral("mine")).ok);
        const TokenStore::Result r = other.read(h);
        QVERIFY(r.ok);
        QVERIFY(r.token.isEmpty());
        QVERIFY(mine.remove(h).ok);
    }

    void nonAsciiTokenRoundTrips()
    {
        REQUIRE_KEYCHAIN();
        const TokenStore store(m_service);
        const QString h = host(QStringLiteral("bytes"));
        // UTF-8 (ü, €, 🔑) and bytes that are not UTF-8 at all.
        const QByteArray token = QByteArrayLiteral("t\xc3\xbck\xe2\x82\xac\xf0\x9f\x94\x91-\xff\xfe\x80-end");
        QVERIFY(store.write(h, token).ok);
        QCOMPARE(store.read(h).token, token);
        QVERIFY(store.remove(h).ok);
    }

    void missingEntryIsOkAndEmpty()
    {
        REQUIRE_KEYCHAIN();
        const TokenStore store(m_service);
        const TokenStore::Result r = store.read(host(QStringLiteral("never-written")));
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.token.isEmpty());
        QVERIFY(!r.unavailable);
        QVERIFY(r.error.isEmpty());
        // Removing what is not there leaves the wanted state.
        QVERIFY(store.remove(host(QStringLiteral("never-written-either"))).ok);
        QVERIFY(store.available());
    }

    void emptyTokenIsRefused()
    {
        const TokenStore store(m_service);
        const TokenStore::Result r = store.write(host(QStringLiteral("empty")), {});
        QVERIFY(!r.ok);
        QVERIFY(!r.error.isEmpty());
    }

    void usableFromWorkerThreads()
    {
        REQUIRE_KEYCHAIN();
        const TokenStore store(m_service);
        QStringList hosts;
        for (int i = 0; i < 4; ++i)
            hosts << host(QStringLiteral("thread%1").arg(i));
        // Four threads at once, each with a store of its own, then the
        // main thread reads what they wrote.
        QList<QThread *> threads;
        QList<bool> ok(hosts.size(), false);
        for (int i = 0; i < hosts.size(); ++i) {
            threads << QThread::create([&, i] {
                const TokenStore s(m_service);
                ok[i] = s.write(hosts[i], QByteArray("token-") + QByteArray::number(i)).ok
                    && s.read(hosts[i]).token == QByteArray("token-") + QByteArray::number(i);
            });
            threads.last()->start();
        }
        for (QThread *t : std::as_const(threads)) {
            QVERIFY(t->wait(60000));
            delete t;
        }
        for (int i = 0; i < hosts.size(); ++i) {
            QVERIFY2(ok[i], qPrintable(hosts[i]));
            QCOMPARE(store.read(hosts[i]).token, QByteArray("token-") + QByteArray::number(i));
            QVERIFY(store.remove(hosts[i]).ok);
        }
        // A thread that has ended leaves nothing behind that later calls wait for.
        QVERIFY(store.read(hosts[0]).ok);
    }

    void tokenForPrefersTheNamedVariable()
    {
        qputenv("ATRIUM_TST_TOKEN", "from-named-variable");
        qputenv("ATRIUM_GITHUB_TOKEN", "from-atrium-variable");
        const TokenStore::Result r = TokenStore(m_service).tokenFor(QStringLiteral("github.com"), QStringLiteral("ATRIUM_TST_TOKEN"));
        QVERIFY(r.ok);
        QCOMPARE(r.token, QByteArrayLiteral("from-named-variable"));
    }

    void tokenForNamedButEmptyIsAnError()
    {
        qputenv("ATRIUM_GITHUB_TOKEN", "from-atrium-variable");
        qputenv("ATRIUM_TST_TOKEN", "");
        const TokenStore::Result r = TokenStore(m_service).tokenFor(QStringLiteral("github.com"), QStringLiteral("ATRIUM_TST_TOKEN"));
        QVERIFY(!r.ok);
        QVERIFY(r.token.isEmpty()); // no silent fallback to another token
        QVERIFY(r.error.contains(u"ATRIUM_TST_TOKEN"));
    }

    void tokenForUsesAtriumVariableBeforeKeychain()
    {
        const TokenStore store(m_service);
        const QString h = host(QStringLiteral("precedence"));
        if (m_keychain)
            QVERIFY(store.write(h, QByteArrayLiteral("from-keychain")).ok);
        qputenv("ATRIUM_GITHUB_TOKEN", "from-atrium-variable");
        TokenStore::Result r = store.tokenFor(h);
        QVERIFY(r.ok);
        QCOMPARE(r.token, QByteArrayLiteral("from-atrium-variable"));
        qunsetenv("ATRIUM_GITHUB_TOKEN");
        if (!m_keychain)
            QSKIP(qPrintable(m_noKeychainWhy));
        r = store.tokenFor(h);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.token, QByteArrayLiteral("from-keychain"));
        QVERIFY(store.remove(h).ok);
        r = store.tokenFor(h);
        QVERIFY(r.ok);
        QVERIFY(r.token.isEmpty());
    }

    void unavailableMessageSaysWhatToDo()
    {
        const QString m = TokenStore::unavailableMessage();
        QVERIFY(m.contains(u"Secret Service"));
        QVERIFY(m.contains(u"--token-env"));
        QVERIFY(m.contains(u"ATRIUM_GITHUB_TOKEN"));
    }

    void withoutGlibEventLoopFailsFast()
    {
        // libsecret answers only through a GLib main context: with
        // QT_NO_GLIB every job would wait for ever. It must say so at once.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_NO_GLIB"), QStringLiteral("1"));
        QElapsedTimer t;
        t.start();
        QString raw;
        const QHash<QString, ChildLine> r = runChild(env, &raw);
        QVERIFY2(!r.contains(QStringLiteral("crashed")), qPrintable(QStringLiteral("the child crashed or hung:\n") + raw));
        QVERIFY2(t.elapsed() < 20000, qPrintable(QStringLiteral("took %1 ms").arg(t.elapsed())));
        const ChildLine read = r.value(QStringLiteral("read"));
        QVERIFY2(!read.ok, qPrintable(raw));
        QVERIFY2(read.unavailable || read.error.contains(u"QT_NO_GLIB"), qPrintable(raw));
        QVERIFY(!raw.contains(QString::fromLatin1(kChildToken)));
    }

    void noKeychainServiceIsReported_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::newRow("bus socket missing") << QStringLiteral("missing-socket");
        QTest::newRow("no session bus at all") << QStringLiteral("no-bus");
        QTest::newRow("bus without a Secret Service") << QStringLiteral("bare-bus");
    }

    void noKeychainServiceIsReported()
    {
        QFETCH(QString, setup);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // Nowhere to find or start a bus: no X11 or Wayland autolaunch, no
        // $XDG_RUNTIME_DIR/bus.
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "XDG_RUNTIME_DIR", "DBUS_SESSION_BUS_ADDRESS",
                                 "GNOME_KEYRING_CONTROL", "XDG_CURRENT_DESKTOP"})
            env.remove(QString::fromLatin1(name));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcess bus;
        if (setup == u"missing-socket") {
            env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=%1").arg(dir.filePath(QStringLiteral("no-bus"))));
        } else if (setup == u"bare-bus") {
            // A session bus of our own that can start no services at all
            // (the policy of dbus's own session.conf; without it the bus
            // drops replies and clients wait for their timeout).
            const QString config = dir.filePath(QStringLiteral("bus.conf"));
            QFile f(config);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\" "
                                   "\"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                                   "<busconfig><type>session</type><listen>unix:dir=%1</listen><auth>EXTERNAL</auth>"
                                   "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
                                   "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy>"
                                   "</busconfig>\n")
                        .arg(dir.path())
                        .toUtf8());
            f.close();
            bus.start(QStringLiteral("dbus-daemon"), {QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"),
                                                      QStringLiteral("--print-address=1")});
            if (!bus.waitForStarted(10000))
                QSKIP("dbus-daemon is not installed");
            QString address;
            QElapsedTimer t;
            t.start();
            while (!bus.canReadLine() && t.elapsed() < 10000)
                bus.waitForReadyRead(200);
            address = QString::fromUtf8(bus.readLine()).trimmed();
            QVERIFY2(!address.isEmpty(), "dbus-daemon printed no address");
            env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), address);
        }

        QElapsedTimer t;
        t.start();
        QString raw;
        const QHash<QString, ChildLine> r = runChild(env, &raw);
        const qint64 elapsed = t.elapsed();
        if (bus.state() != QProcess::NotRunning) {
            bus.kill();
            bus.waitForFinished(5000);
        }
        QVERIFY2(!r.contains(QStringLiteral("crashed")), qPrintable(QStringLiteral("the child crashed or hung:\n") + raw));
        // Bounded: the D-Bus answers "no" at once; nothing waits for a timeout.
        QVERIFY2(elapsed < 20000, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));

        for (const char *op : {"read", "write", "remove", "tokenFor"}) {
            const ChildLine l = r.value(QString::fromLatin1(op));
            QVERIFY2(!l.ok, op);
            QVERIFY2(l.unavailable, qPrintable(QString::fromLatin1(op) + QStringLiteral(": ") + raw));
            QCOMPARE(l.error, TokenStore::unavailableMessage());
        }
        QVERIFY2(!r.value(QStringLiteral("available")).ok, qPrintable(raw));
        // The named way out works without a keychain.
        QVERIFY2(r.value(QStringLiteral("tokenForEnv")).ok, qPrintable(raw));
        // Never the token, whatever went wrong.
        QVERIFY(!raw.contains(QString::fromLatin1(kChildToken)));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kChildVariable))
        return childMain();
    TestTokenStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_tokenstore.moc"
