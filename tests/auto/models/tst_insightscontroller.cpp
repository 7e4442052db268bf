// SPDX-License-Identifier: Apache-2.0
// The Insights page's controller on the demo catalog: cards, filters, the
// selected KPI's chart and table, imports, exports, and a refresh from the
// fake GitHub. Both models run under QAbstractItemModelTester.
#include "appcontroller.h"
#include "catalogstore.h"
#include "fakegithub.h"
#include "importer.h"
#include "insightscontroller.h"
#include "insightsstore.h"
#include "metrics/kpi.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace atrium;

namespace {
/** A repository of the fake with just a name (and the defaults). */
atrium::fake::FakeRepo namedRepo(const QString &name)
{
    atrium::fake::FakeRepo r;
    r.name = name;
    return r;
}
} // namespace

class TestInsightsController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_tmp.isValid());
    }

    void demoFillsEveryCard()
    {
        AppController app(nullptr, m_tmp.path());
        app.setLinksEnabled(false);
        InsightsController insights(&app);
        QAbstractItemModelTester cardsTester(insights.cards(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester tableTester(insights.table(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester platformTester(insights.platformCards(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester doraTester(insights.doraCards(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        app.openDemo();
        QVERIFY(app.waitForLoaded());
        QVERIFY(insights.waitForIdle(60000));
        QVERIFY2(insights.error().isEmpty(), qPrintable(insights.error()));
        QVERIFY(insights.demo());
        QVERIFY(!insights.canRefresh()); // the demo does not read GitHub
        QVERIFY(insights.statusText().contains(QStringLiteral("Demo data")));
        KpiCardModel *cards = insights.cards();
        QCOMPARE(cards->rowCount(), 9);
        for (int i = 0; i < cards->rowCount(); ++i) {
            const QModelIndex ix = cards->index(i);
            QVERIFY2(ix.data(KpiCardModel::HasValueRole).toBool(), qPrintable(ix.data(KpiCardModel::IdRole).toString()));
            QVERIFY(!ix.data(KpiCardModel::ValueTextRole).toString().isEmpty());
            QVERIFY(ix.data(KpiCardModel::BandRankRole).toInt() >= 0);
            QCOMPARE(ix.data(KpiCardModel::SparklineRole).toList().size(), 12);
            QVERIFY(ix.data(KpiCardModel::SourceRole).toString().contains(QStringLiteral("Demo data")));
        }
        QCOMPARE(cards->index(0).data(KpiCardModel::GroupRole).toString(), QStringLiteral("platform"));
        // The lead time's card: its median as the value, its p95 beside the count.
        QCOMPARE(cards->index(0).data(KpiCardModel::IdRole).toString(), QString(metrics::kpi::ServiceCreationLeadTime));
        QVERIFY2(cards->index(0).data(KpiCardModel::SampleTextRole).toString().contains(QStringLiteral(" · p95 ")),
                 qPrintable(cards->index(0).data(KpiCardModel::SampleTextRole).toString()));
        QCOMPARE(cards->index(8).data(KpiCardModel::GroupRole).toString(), QStringLiteral("dora"));
        QCOMPARE(insights.platformCards()->rowCount(), 5); // the page's two sections
        QCOMPARE(insights.doraCards()->rowCount(), 4);
        QCOMPARE(insights.doraCards()->index(0).data(KpiCardModel::IdRole).toString(), QString(metrics::kpi::DoraDeploymentFrequency));
        QCOMPARE(insights.teamOptions().size(), 6); // all, and the five teams owning components
        QCOMPARE(insights.signalList().size(), 7);

        // One KPI: its chart, bands and table.
        QSignalSpy selection(&insights, &InsightsController::selectionChanged);
        insights.setSelectedKpi(QString(metrics::kpi::DoraDeploymentFrequency));
        QCOMPARE(selection.size(), 1);
        const QVariantMap chart = insights.chart();
        QCOMPARE(chart.value(QStringLiteral("labels")).toList().size(), 12);
        QCOMPARE(chart.value(QStringLiteral("values")).toList().size(), 12);
        QVERIFY(!chart.value(QStringLiteral("bands")).toList().isEmpty());
        QVERIFY(chart.value(QStringLiteral("yMax")).toDouble() > chart.value(QStringLiteral("yMin")).toDouble());
        QCOMPARE(insights.selected().value(QStringLiteral("bands")).toList().size(), 4);
        QVERIFY(insights.table()->rowCount() > 5); // teams, then services
        QCOMPARE(insights.table()->columnCount(), 5);
        // Service rows link to their entity.
        bool linked = false;
        for (int r = 0; r < insights.table()->rowCount(); ++r)
            linked = linked || insights.table()->index(r, 1).data(InsightsTableModel::LinkRole).toString().startsWith(u"entity:");
        QVERIFY(linked);

        // Exports: the chart's data and the table, as CSV.
        const QString csv = m_tmp.filePath(QStringLiteral("df.csv"));
        QVERIFY(insights.exportCsv(QUrl::fromLocalFile(csv), QStringLiteral("series")));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QVERIFY(lines[0].startsWith("\xEF\xBB\xBF" "period,value (per-day),sample size,band"));
        QVERIFY(lines[1].startsWith("2025-12,"));
        QVERIFY(insights.exportCsv(QUrl::fromLocalFile(m_tmp.filePath(QStringLiteral("t.csv"))), QStringLiteral("table")));
        QCOMPARE(insights.suggestedFileName(QStringLiteral("png")), QStringLiteral("dora-deployment-frequency-2026-11.png"));

        // A team: fewer deployments; by quarter: five periods.
        const QString all = insights.valueText(QString(metrics::kpi::DoraDeploymentFrequency));
        QSignalSpy done(&insights, &InsightsController::finished);
        insights.setTeam(QStringLiteral("group:default/team-payments"));
        QVERIFY(done.wait(30000) || !done.isEmpty());
        QVERIFY(insights.valueText(QString(metrics::kpi::DoraDeploymentFrequency)) != all);
        QCOMPARE(insights.selectedKpi(), QString(metrics::kpi::DoraDeploymentFrequency)); // kept
        insights.setTeam({});
        insights.setPeriod(QStringLiteral("quarter"));
        QVERIFY(insights.waitForIdle());
        QCOMPARE(insights.chart().value(QStringLiteral("labels")).toList().size(), 5);
        QCOMPARE(insights.chart().value(QStringLiteral("labels")).toList().first().toString(), QStringLiteral("2025-Q4"));
        insights.setWindowMonths(3);
        QVERIFY(insights.waitForIdle());
        QCOMPARE(insights.chart().value(QStringLiteral("labels")).toList().size(), 2); // Q3 (September) and Q4
        insights.setSelectedKpi({});
        QCOMPARE(insights.table()->rowCount(), 0);
    }

    void importsAndPreview()
    {
        AppController app(nullptr, m_tmp.path());
        app.setLinksEnabled(false);
        InsightsController insights(&app);
        app.openDemo();
        QVERIFY(app.waitForLoaded());
        QVERIFY(insights.waitForIdle(60000));

        // The mapping dialog's guesses, from the header.
        const QVariantMap preview = insights.surveyPreview(QUrl::fromLocalFile(QStringLiteral(ATRIUM_TEST_DATA "/metrics/survey-ko.csv")));
        QVERIFY2(preview.value(QStringLiteral("error")).toString().isEmpty(), qPrintable(preview.value(QStringLiteral("error")).toString()));
        QCOMPARE(preview.value(QStringLiteral("columns")).toStringList().size(), 3);
        QCOMPARE(preview.value(QStringLiteral("score")).toString(), QStringLiteral("추천 점수"));
        QCOMPARE(preview.value(QStringLiteral("comment")).toString(), QStringLiteral("개선할 점"));
        QCOMPARE(preview.value(QStringLiteral("date")).toString(), QStringLiteral("제출 시각"));
        QCOMPARE(preview.value(QStringLiteral("rows")).toList().size(), 5);
        QVERIFY(!insights.surveyPreview(QUrl::fromLocalFile(QStringLiteral("/no/such.csv"))).value(QStringLiteral("error")).toString().isEmpty());

        const QString before = insights.valueText(QString(metrics::kpi::DeveloperNps));
        insights.importSurvey(QUrl::fromLocalFile(QStringLiteral(ATRIUM_TEST_DATA "/metrics/survey-ko.csv")),
                              QStringLiteral("추천 점수"), QStringLiteral("개선할 점"), QStringLiteral("제출 시각"));
        QVERIFY(insights.waitForIdle());
        QVERIFY2(insights.error().isEmpty(), qPrintable(insights.error()));
        QVERIFY(insights.notice().contains(QStringLiteral("survey-ko.csv")));
        // The Korean survey is dated 2023-2024, outside the demo's window: the value is the same.
        QCOMPARE(insights.valueText(QString(metrics::kpi::DeveloperNps)), before);

        insights.importTasks(QUrl::fromLocalFile(QStringLiteral(ATRIUM_TEST_DATA "/metrics/scaffolder-tasks.json")));
        QVERIFY(insights.waitForIdle());
        QVERIFY(insights.notice().contains(QStringLiteral("scaffolder-tasks.json")));
        insights.importTasks(QUrl::fromLocalFile(QStringLiteral("/no/such.json")));
        QVERIFY(insights.waitForIdle());
        QVERIFY(!insights.error().isEmpty());
    }

    void refreshFromGitHub()
    {
        // A real (not demo) cache whose component names a repository of the fake.
        fake::FakeGitHub gh;
        QVERIFY(gh.listen());
        gh.addToken("tok");
        fake::FakeRepo repo = namedRepo(QStringLiteral("svc"));
        repo.files.insert(QStringLiteral(".github/workflows/ci.yml"),
                          "jobs:\n  ci:\n    uses: acme/golden/.github/workflows/java.yml@v1\n");
        gh.addRepo(QStringLiteral("acme"), repo);
        fake::FakeDeployment d;
        d.sha = QStringLiteral("5555555555555555555555555555555555555555");
        d.createdAt = QDateTime::currentDateTimeUtc().addDays(-3);
        d.statuses = {{QStringLiteral("success"), d.createdAt.addSecs(300)}};
        gh.addDeployment(QStringLiteral("acme"), QStringLiteral("svc"), d);
        gh.addCommitInfo(QStringLiteral("acme"), QStringLiteral("svc"),
                         {d.sha, d.createdAt.addSecs(-7200), d.createdAt.addSecs(-7200), QStringLiteral("x")});

        QTemporaryDir dir;
        const QString cache = dir.filePath(QStringLiteral("c.sqlite"));
        const QString catalogFile = dir.filePath(QStringLiteral("catalog-info.yaml"));
        {
            QFile f(catalogFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: svc\n  annotations:\n"
                    "    github.com/project-slug: acme/svc\nspec:\n  type: service\n  lifecycle: production\n  owner: team-a\n");
        }
        {
            CatalogStore store;
            QVERIFY(store.open(cache));
            SourceInfo src;
            src.id = QStringLiteral("file:x");
            src.kind = QStringLiteral("file");
            LoadResult r;
            QString error;
            QVERIFY(importIntoStore(store, src, {catalogFile}, LoadOptions{}, &r, &error));
        }
        const QString config = dir.filePath(QStringLiteral("config.yaml"));
        {
            QFile f(config);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("integrations:\n  github:\n    - host: 127.0.0.1\n      apiBaseUrl: %1\n"
                                   "insights:\n  host: 127.0.0.1\n  goldenPath:\n    uses: acme/golden/.github/workflows/*.yml@*\n")
                        .arg(gh.apiUrl().toString())
                        .toUtf8());
        }
        AppController app(nullptr, m_tmp.path());
        InsightsController insights(&app);
        insights.setConfigPath(config);
        insights.setTokenProvider([](const QString &host) {
            TokenStore::Result r;
            r.ok = host == u"127.0.0.1";
            r.token = "tok";
            return r;
        });
        insights.setClientFactory([](const GitHubEndpoint &e, const QByteArray &token) {
            auto c = std::make_unique<GitHubClient>(e, token);
            c->setSleeper([](int) {});
            return c;
        });
        app.openCache(cache);
        QVERIFY(app.waitForLoaded());
        QVERIFY(insights.waitForIdle());
        QVERIFY(!insights.demo());
        QVERIFY(insights.canRefresh());
        QVERIFY(insights.valueText(QString(metrics::kpi::GoldenPathAdoption)).isEmpty()); // nothing read yet
        insights.refresh();
        QVERIFY(insights.refreshing());
        QVERIFY(insights.waitForIdle());
        QVERIFY2(insights.error().isEmpty(), qPrintable(insights.error()));
        QVERIFY(insights.notice().contains(QStringLiteral("1 repositor")));
        QCOMPARE(insights.valueText(QString(metrics::kpi::GoldenPathAdoption)), QStringLiteral("100%"));
        QVERIFY(!insights.valueText(QString(metrics::kpi::DoraLeadTime)).isEmpty());
        // Kept in the cache: a new controller shows it without asking GitHub.
        const int requests = gh.requestCount();
        InsightsController again(&app);
        again.setConfigPath(config);
        again.reload();
        QVERIFY(again.waitForIdle());
        QCOMPARE(again.valueText(QString(metrics::kpi::GoldenPathAdoption)), QStringLiteral("100%"));
        QCOMPARE(gh.requestCount(), requests);
        // And the golden path's value was recorded for the chart's history.
        InsightsStore store;
        QVERIFY(store.open(cache));
        QCOMPARE(store.history(QStringLiteral("golden-path-adoption")).size(), 2); // the organisation and team-a
    }
};

QTEST_MAIN(TestInsightsController)
#include "tst_insightscontroller.moc"
