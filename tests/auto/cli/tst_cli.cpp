// SPDX-License-Identifier: Apache-2.0
// The command line as a user and a CI job see it: the real `atrium` binary,
// run in a process, its output compared with golden files in
// tests/data/cli. Set ATRIUM_UPDATE_GOLDEN=1 to rewrite them after an
// intended change, and review the diff.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kData = QStringLiteral(ATRIUM_TEST_DATA);
const QString kDemo = QStringLiteral(ATRIUM_DEMO_DIR);

struct Run {
    int code = -1;
    QString out;
    QString err;
};
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_cache;

    Run run(const QStringList &args, const QString &cwd = QString(), const QString &cache = QString())
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ATRIUM_CACHE"), cache.isEmpty() ? m_cache : cache);
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_tmp.filePath(QStringLiteral("xdg")));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(cwd.isEmpty() ? kData + QStringLiteral("/core") : cwd);
        p.start(QStringLiteral(ATRIUM_BINARY), args);
        if (!p.waitForFinished(60000))
            qFatal("atrium did not finish");
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    void golden(const QString &name, const QString &actual)
    {
        const QString path = kData + QStringLiteral("/cli/") + name;
        if (qEnvironmentVariableIsSet("ATRIUM_UPDATE_GOLDEN")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(actual.toUtf8());
            return;
        }
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(QStringLiteral("missing golden file %1").arg(path)));
        const QString expected = QString::fromUtf8(f.readAll());
        if (expected != actual) {
            const QStringList e = expected.split(u'\n'), a = actual.split(u'\n');
            for (int i = 0; i < std::max(e.size(), a.size()); ++i)
                if (e.value(i) != a.value(i))
                    QFAIL(qPrintable(QStringLiteral("%1 differs at line %2:\n expected: %3\n actual:   %4").arg(name).arg(i + 1).arg(e.value(i), a.value(i))));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_cache = m_tmp.filePath(QStringLiteral("catalog.sqlite"));
    }

    void validateReportsLocatedProblems()
    {
        const Run r = run({QStringLiteral("validate"), QStringLiteral("bad/invalid-fields.yaml"), QStringLiteral("bad/good-after-bad.yaml")});
        QCOMPARE(r.code, 1);
        golden(QStringLiteral("validate-invalid-fields.txt"), r.out);
        QVERIFY(r.err.contains(QStringLiteral("2 file(s), 2 valid entities: 13 error(s), 1 warning(s)")));
    }
    void validateJson()
    {
        const Run r = run({QStringLiteral("validate"), QStringLiteral("--json"), QStringLiteral("dupes")});
        QCOMPARE(r.code, 1);
        golden(QStringLiteral("validate-dupes.json"), r.out);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(u"errors").toInt(), 1);
        QCOMPARE(o.value(u"problems").toArray().first().toObject().value(u"line").toInt(), 2);
    }
    void validateCleanFilesExitZero()
    {
        const Run r = run({QStringLiteral("validate"), kDemo});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QString());
        if (QFileInfo::exists(QStringLiteral(ATRIUM_COMPAT_DIR))) {
            const Run c = run({QStringLiteral("validate"), QStringLiteral(ATRIUM_COMPAT_DIR "/catalog/all.yaml")});
            QCOMPARE(c.code, 0);
            QVERIFY(!c.out.contains(QStringLiteral(": error:")));
        }
    }
    void validateRefsFlagReportsDanglingReferences()
    {
        const Run without = run({QStringLiteral("validate"), QStringLiteral("scan/catalog-info.yaml")});
        QCOMPARE(without.out, QString());
        const Run with = run({QStringLiteral("validate"), QStringLiteral("--refs"), QStringLiteral("scan/catalog-info.yaml")});
        QCOMPARE(with.code, 0); // warnings only
        QCOMPARE(with.out, QStringLiteral("scan/catalog-info.yaml:8:10: warning: spec.owner refers to group:default/team-a (ownedBy), which is not in the catalog\n"));
    }
    void usageErrorsExitTwo()
    {
        QCOMPARE(run({QStringLiteral("validate")}).code, 2);
        QCOMPARE(run({QStringLiteral("validate"), QStringLiteral("--bogus"), QStringLiteral("dupes")}).code, 2);
        const Run missing = run({QStringLiteral("validate"), QStringLiteral("no-such-file.yaml")});
        QCOMPARE(missing.code, 2);
        QVERIFY(missing.err.contains(QStringLiteral("no-such-file.yaml: no such file or folder")));
        QCOMPARE(run({QStringLiteral("catalog")}).code, 2);
        QCOMPARE(run({QStringLiteral("catalog"), QStringLiteral("frobnicate")}).code, 2);
        QCOMPARE(run({QStringLiteral("catalog"), QStringLiteral("deps"), QStringLiteral("x"), QStringLiteral("--depth"), QStringLiteral("0")}).code, 2);
        const Run help = run({QStringLiteral("help")});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains(QStringLiteral("catalog deps")));
    }
    void commandsNeedACache()
    {
        const Run r = run({QStringLiteral("catalog"), QStringLiteral("list")}, {}, m_tmp.filePath(QStringLiteral("none.sqlite")));
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("no catalog cache")));
    }
    void importFollowsLocationsAndReports()
    {
        const QString cache = m_tmp.filePath(QStringLiteral("locations.sqlite"));
        const Run r = run({QStringLiteral("catalog"), QStringLiteral("import"), QStringLiteral("locations/root.yaml")}, {}, cache);
        QCOMPARE(r.code, 1); // one missing required target
        QVERIFY2(r.out.startsWith(QStringLiteral("Imported 5 entities from 4 files into ")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("1 errors, 0 warnings")));
        QVERIFY(r.err.contains(QStringLiteral("locations/root.yaml:10:7: error: Location target ./missing-required.yaml does not exist")));
        const Run list = run({QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("--json")}, {}, cache);
        QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 5);
    }
    void demoImport()
    {
        const Run r = run({QStringLiteral("catalog"), QStringLiteral("import"), QStringLiteral("catalog-info.yaml")}, kDemo);
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("0 errors, 0 warnings")));
        // Importing again replaces, not duplicates.
        QCOMPARE(run({QStringLiteral("catalog"), QStringLiteral("import"), QStringLiteral("catalog-info.yaml")}, kDemo).code, 0);
    }
    void listFilters()
    {
        const Run apis = run({QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("--kind"), QStringLiteral("api")});
        QCOMPARE(apis.code, 0);
        golden(QStringLiteral("list-apis.txt"), apis.out);
        const Run owned = run({QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("--owner"), QStringLiteral("team-payments"), QStringLiteral("--json")});
        QCOMPARE(owned.code, 0);
        const QJsonArray arr = QJsonDocument::fromJson(owned.out.toUtf8()).array();
        QVERIFY(!arr.isEmpty());
        for (const auto &v : arr)
            QCOMPARE(v.toObject().value(u"spec").toObject().value(u"owner").toString(), QStringLiteral("team-payments"));
    }
    void showInBackstageShape()
    {
        const Run r = run({QStringLiteral("catalog"), QStringLiteral("show"), QStringLiteral("order-service"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        golden(QStringLiteral("show-order-service.json"), r.out);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"kind").toString(), QStringLiteral("Component"));
        // Inverse relations are part of what show prints: payment-service
        // declares no dependent, order-service's dependsOn makes one.
        const Run pay = run({QStringLiteral("catalog"), QStringLiteral("show"), QStringLiteral("payment-service"), QStringLiteral("--json")});
        const QJsonObject o = QJsonDocument::fromJson(pay.out.toUtf8()).object();
        bool ownedBy = false, dependencyOf = false;
        for (const auto &rel : o.value(u"relations").toArray()) {
            ownedBy |= rel.toObject().value(u"type").toString() == u"ownedBy";
            dependencyOf |= rel.toObject().value(u"type").toString() == u"dependencyOf"; // an inverse
        }
        QVERIFY(ownedBy);
        QVERIFY(dependencyOf);
        const Run text = run({QStringLiteral("catalog"), QStringLiteral("show"), QStringLiteral("component:default/order-service")}, kDemo);
        golden(QStringLiteral("show-order-service.txt"), text.out);
        const Run missing = run({QStringLiteral("catalog"), QStringLiteral("show"), QStringLiteral("no-such-service")});
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.err.contains(QStringLiteral("no entity component:default/no-such-service")));
    }
    void depsAndBlastRadius()
    {
        const Run deps = run({QStringLiteral("catalog"), QStringLiteral("deps"), QStringLiteral("order-service"), QStringLiteral("--json")});
        QCOMPARE(deps.code, 0);
        golden(QStringLiteral("deps-order-service.json"), deps.out);
        const QJsonArray rows = QJsonDocument::fromJson(deps.out.toUtf8()).array();
        QVERIFY(!rows.isEmpty());
        QCOMPARE(rows.first().toObject().value(u"depth").toInt(), 1);
        QVERIFY(rows.first().toObject().contains(u"via"));

        const Run blast = run({QStringLiteral("catalog"), QStringLiteral("deps"), QStringLiteral("payment-service"), QStringLiteral("--reverse"), QStringLiteral("--json")});
        QCOMPARE(blast.code, 0);
        golden(QStringLiteral("blast-payment-service.json"), blast.out);
        QStringList hit;
        for (const auto &v : QJsonDocument::fromJson(blast.out.toUtf8()).array())
            hit << v.toObject().value(u"ref").toString();
        QVERIFY(hit.contains(QStringLiteral("component:default/storefront-web"))); // through an API it consumes
        QVERIFY(hit.contains(QStringLiteral("component:default/order-service")));   // through dependsOn

        const Run one = run({QStringLiteral("catalog"), QStringLiteral("deps"), QStringLiteral("payment-service"), QStringLiteral("--reverse"), QStringLiteral("--depth"), QStringLiteral("1"), QStringLiteral("--json")});
        for (const auto &v : QJsonDocument::fromJson(one.out.toUtf8()).array())
            QCOMPARE(v.toObject().value(u"depth").toInt(), 1);

        // Who to tell: the blast radius grouped by owner, with contacts.
        const Run owners = run({QStringLiteral("catalog"), QStringLiteral("deps"), QStringLiteral("payment-service"), QStringLiteral("--reverse"), QStringLiteral("--owners")});
        QCOMPARE(owners.code, 0);
        golden(QStringLiteral("blast-payment-service-owners.txt"), owners.out);
        const Run ownersJson = run({QStringLiteral("catalog"), QStringLiteral("deps"), QStringLiteral("payment-service"), QStringLiteral("--reverse"), QStringLiteral("--owners"), QStringLiteral("--json")});
        const QJsonArray groups = QJsonDocument::fromJson(ownersJson.out.toUtf8()).array();
        int total = 0;
        for (const auto &g : groups)
            total += g.toObject().value(u"count").toInt();
        QCOMPARE(total, int(hit.size()));
        QVERIFY(groups.first().toObject().value(u"email").toString().contains(u'@'));

        const Run dot = run({QStringLiteral("catalog"), QStringLiteral("deps"), QStringLiteral("payment-service"), QStringLiteral("--reverse"), QStringLiteral("--dot")});
        QCOMPARE(dot.code, 0);
        golden(QStringLiteral("blast-payment-service.dot"), dot.out);
        QVERIFY(dot.out.startsWith(QStringLiteral("digraph")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
