// SPDX-License-Identifier: Apache-2.0
// `atrium insights` as a user and a CI job see it: the real binary, with a
// fixed clock (--now) and window, its output compared with golden files in
// tests/data/cli. ATRIUM_UPDATE_GOLDEN=1 rewrites them; review the diff.
// The GitHub part reads from a fake GitHub running in this process.
#include "fakegithub.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {
/** A repository of the fake with just a name (and the defaults). */
atrium::fake::FakeRepo namedRepo(const QString &name)
{
    atrium::fake::FakeRepo r;
    r.name = name;
    return r;
}

const QString kData = QStringLiteral(ATRIUM_TEST_DATA);
const QString kDemo = QStringLiteral(ATRIUM_DEMO_DIR);

struct Run {
    int code = -1;
    QString out;
    QString err;
};

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}
} // namespace

class TestInsightsCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

    Run run(const QStringList &args, const QByteArray &token = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_tmp.filePath(QStringLiteral("xdg-data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_tmp.filePath(QStringLiteral("xdg-config")));
        env.remove(QStringLiteral("ATRIUM_GITHUB_TOKEN"));
        if (!token.isEmpty())
            env.insert(QStringLiteral("ATRIUM_GITHUB_TOKEN"), QString::fromLatin1(token));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_tmp.path());
        p.start(QStringLiteral(ATRIUM_BINARY), args);
        if (!p.waitForFinished(120000))
            qFatal("atrium did not finish");
        Run r{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
              QString::fromUtf8(p.readAllStandardError())};
        // Paths of this run's temporary folder, and when the catalog was
        // imported (real time, unlike --now), say nothing about the output.
        r.out.replace(m_tmp.path(), QStringLiteral("TMP"));
        static const QRegularExpression catalogTime(QStringLiteral("(\"signals\": \\{\\s*\"asOf\": )\"[^\"]*\""));
        r.out.replace(catalogTime, QStringLiteral("\\1\"CATALOG-TIME\""));
        return r;
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

    void write(const QString &path, const QByteArray &content)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void importsAndReports()
    {
        const QString cache = m_tmp.filePath(QStringLiteral("imports.sqlite"));
        const QString config = m_tmp.filePath(QStringLiteral("config.yaml"));
        write(config, "insights:\n"
                      "  goldenPath:\n    uses: acme-commerce/golden-paths/.github/workflows/*.yml@*\n"
                      "  tickets:\n    labels: [infra]\n"
                      "  costAttribution:\n    key: acme-commerce.example/cost-center\n");
        QCOMPARE(run({QStringLiteral("catalog"), QStringLiteral("import"), QStringLiteral("--cache"), cache, kDemo}).code, 0);
        const QStringList window{QStringLiteral("--cache"), cache, QStringLiteral("--config"), config, QStringLiteral("--now"),
                                 QStringLiteral("2024-04-01T00:00:00Z"), QStringLiteral("--from"), QStringLiteral("2023-10-01"),
                                 QStringLiteral("--to"), QStringLiteral("2024-03-31"), QStringLiteral("--period"),
                                 QStringLiteral("quarter")};
        Run r = run(QStringList{QStringLiteral("insights"), QStringLiteral("--import-tasks"),
                                kData + QStringLiteral("/metrics/scaffolder-tasks.json"), QStringLiteral("--import-survey"),
                                kData + QStringLiteral("/metrics/survey-en.csv"), QStringLiteral("--score-column"),
                                QStringLiteral("Score"), QStringLiteral("--comment-column"),
                                QStringLiteral("What should we improve?"), QStringLiteral("--date-column"),
                                QStringLiteral("Timestamp"), QStringLiteral("--json")}
                    + window);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Imported 9 scaffolder tasks")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("(6 skipped)")));
        QVERIFY(r.err.contains(QStringLiteral("row 12: tasks[11]: Task t12 has the unknown status")));
        QVERIFY(r.err.contains(QStringLiteral("Imported survey")));
        golden(QStringLiteral("insights-imports.json"), r.out);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(u"kpis").toArray().size(), 9);
        QCOMPARE(o.value(u"period").toString(), QStringLiteral("quarter"));

        // The imports stay in the cache: the same numbers without them, as text.
        r = run(QStringList{QStringLiteral("insights")} + window);
        QCOMPARE(r.code, 0);
        golden(QStringLiteral("insights-imports.txt"), r.out);

        // One team: the survey says it is not broken down by team.
        r = run(QStringList{QStringLiteral("insights"), QStringLiteral("--json"), QStringLiteral("--team"),
                            QStringLiteral("team-commerce")} + window);
        QCOMPARE(r.code, 0);
        const QJsonObject team = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(team.value(u"team").toString(), QStringLiteral("group:default/team-commerce"));
    }

    void readsGitHub()
    {
        atrium::fake::FakeGitHub gh;
        QVERIFY(gh.listen());
        gh.addToken("tok");
        atrium::fake::FakeRepo a = namedRepo(QStringLiteral("svc-a"));
        a.files.insert(QStringLiteral(".github/workflows/ci.yml"), "jobs:\n  ci:\n    uses: acme/golden/.github/workflows/java.yml@v2\n");
        gh.addRepo(QStringLiteral("acme"), a);
        atrium::fake::FakeRepo b = namedRepo(QStringLiteral("svc-b"));
        b.files.insert(QStringLiteral(".github/workflows/ci.yml"), "jobs:\n  b:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@v4\n");
        gh.addRepo(QStringLiteral("acme"), b);
        // svc-a: deployments every other day of January; every fifth fails.
        for (int i = 0; i < 15; ++i) {
            atrium::fake::FakeDeployment d;
            d.sha = QStringLiteral("%1").arg(i, 40, 16, QLatin1Char('0'));
            d.createdAt = at("2024-01-02T10:00:00Z").addDays(2 * i);
            d.statuses = {{QStringLiteral("in_progress"), d.createdAt.addSecs(60)},
                          {i % 5 == 4 ? QStringLiteral("failure") : QStringLiteral("success"), d.createdAt.addSecs(600)}};
            gh.addDeployment(QStringLiteral("acme"), QStringLiteral("svc-a"), d);
            gh.addCommitInfo(QStringLiteral("acme"), QStringLiteral("svc-a"),
                             {d.sha, d.createdAt.addSecs(-3600 * (i + 1)), d.createdAt.addSecs(-3600 * (i + 1)), QStringLiteral("change")});
        }
        gh.addIssue(QStringLiteral("acme"), QStringLiteral("svc-a"),
                    {0, QStringLiteral("Outage"), {QStringLiteral("incident")}, at("2024-01-20T08:00:00Z"), at("2024-01-20T09:30:00Z")});
        gh.addIssue(QStringLiteral("acme"), QStringLiteral("svc-b"),
                    {0, QStringLiteral("Need a bucket"), {QStringLiteral("infra")}, at("2024-02-03T08:00:00Z"), {}});
        gh.addPull(QStringLiteral("acme"), QStringLiteral("svc-b"),
                   {0, QStringLiteral("Hello"), QStringLiteral("ann"), at("2024-02-05T10:00:00Z"), {}, at("2024-02-06T16:00:00Z")});

        const QString dir = m_tmp.filePath(QStringLiteral("gh"));
        write(dir + QStringLiteral("/catalog/a.yaml"),
              "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: svc-a\n  annotations:\n"
              "    github.com/project-slug: acme/svc-a\nspec:\n  type: service\n  lifecycle: production\n  owner: team-a\n---\n"
              "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: svc-b\n  annotations:\n"
              "    github.com/project-slug: acme/svc-b\nspec:\n  type: service\n  lifecycle: production\n  owner: team-b\n---\n"
              "apiVersion: backstage.io/v1alpha1\nkind: User\nmetadata:\n  name: ann\nspec:\n  memberOf: [team-b]\n---\n"
              "apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: team-a\nspec:\n  type: team\n  children: []\n---\n"
              "apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: team-b\nspec:\n  type: team\n  children: []\n");
        const QString config = dir + QStringLiteral("/config.yaml");
        write(config, QStringLiteral("integrations:\n  github:\n    - host: 127.0.0.1\n      apiBaseUrl: %1\n"
                                     "insights:\n  host: 127.0.0.1\n"
                                     "  goldenPath:\n    uses: acme/golden/.github/workflows/*.yml@*\n"
                                     "  tickets:\n    labels: [infra]\n")
                          .arg(gh.apiUrl().toString())
                          .toUtf8());
        const QString cache = dir + QStringLiteral("/cache.sqlite");
        QCOMPARE(run({QStringLiteral("catalog"), QStringLiteral("import"), QStringLiteral("--cache"), cache,
                      dir + QStringLiteral("/catalog")}).code, 0);
        const QStringList args{QStringLiteral("insights"), QStringLiteral("--cache"), cache, QStringLiteral("--config"), config,
                               QStringLiteral("--now"), QStringLiteral("2024-04-01T00:00:00Z"), QStringLiteral("--from"),
                               QStringLiteral("2024-01-01"), QStringLiteral("--to"), QStringLiteral("2024-03-31"),
                               QStringLiteral("--json")};

        // Without a token: a usage error that says how to get one.
        Run r = run(args + QStringList{QStringLiteral("--refresh")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("no GitHub token")), qPrintable(r.err));

        r = run(args + QStringList{QStringLiteral("--refresh")}, "tok");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QRegularExpression counts(QStringLiteral("Read 2 repositories from 127.0.0.1: (\\d+) requests, (\\d+) not modified"));
        QRegularExpressionMatch m = counts.match(r.err);
        QVERIFY2(m.hasMatch(), qPrintable(r.err));
        QCOMPARE(m.captured(2).toInt(), 0);
        QString out = r.out;
        out.replace(gh.apiUrl().authority(), QStringLiteral("127.0.0.1:PORT"));
        golden(QStringLiteral("insights-github.json"), out);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray kpis = o.value(u"kpis").toArray();
        QCOMPARE(kpis[1].toObject().value(u"value").toDouble(), 50.0); // golden path: svc-a of two
        QCOMPARE(kpis[7].toObject().value(u"value").toDouble(), 100.0 * 3 / 15); // change failure rate

        // Again: every answer is a 304, which GitHub does not count.
        r = run(args + QStringList{QStringLiteral("--refresh")}, "tok");
        QCOMPARE(r.code, 0);
        m = counts.match(r.err);
        QVERIFY2(m.hasMatch(), qPrintable(r.err));
        QCOMPARE(m.captured(2), m.captured(1));
        out = r.out;
        out.replace(gh.apiUrl().authority(), QStringLiteral("127.0.0.1:PORT"));
        golden(QStringLiteral("insights-github.json"), out);
    }

    void usageErrors()
    {
        const QString cache = m_tmp.filePath(QStringLiteral("usage.sqlite"));
        QCOMPARE(run({QStringLiteral("catalog"), QStringLiteral("import"), QStringLiteral("--cache"), cache, kDemo}).code, 0);
        const QStringList base{QStringLiteral("insights"), QStringLiteral("--cache"), cache};
        QCOMPARE(run(base + QStringList{QStringLiteral("--period"), QStringLiteral("week")}).code, 2);
        QCOMPARE(run(base + QStringList{QStringLiteral("--from"), QStringLiteral("yesterday")}).code, 2);
        QCOMPARE(run(base + QStringList{QStringLiteral("--from"), QStringLiteral("2024-05-01"), QStringLiteral("--to"),
                                        QStringLiteral("2024-04-01")}).code, 2);
        QCOMPARE(run(base + QStringList{QStringLiteral("--import-survey"), kData + QStringLiteral("/metrics/survey-en.csv")}).code, 2);
        const Run wrong = run(base + QStringList{QStringLiteral("--import-survey"), kData + QStringLiteral("/metrics/survey-en.csv"),
                                                 QStringLiteral("--score-column"), QStringLiteral("Rating")});
        QCOMPARE(wrong.code, 2);
        QVERIFY2(wrong.err.contains(QStringLiteral("its columns: Timestamp, Score, What should we improve?")), qPrintable(wrong.err));
        QCOMPARE(run(base + QStringList{QStringLiteral("--import-tasks"), QStringLiteral("/no/such.json")}).code, 1);
        const Run none = run({QStringLiteral("insights"), QStringLiteral("--cache"), m_tmp.filePath(QStringLiteral("none.sqlite"))});
        QCOMPARE(none.code, 1);
        QVERIFY(none.err.contains(QStringLiteral("no catalog cache")));
        QVERIFY(run({QStringLiteral("help")}).out.contains(QStringLiteral("insights [--json]")));
    }
};

QTEST_GUILESS_MAIN(TestInsightsCli)
#include "tst_insightscli.moc"
