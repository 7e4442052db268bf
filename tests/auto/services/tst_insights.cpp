// SPDX-License-Identifier: Apache-2.0
// Insights' services: the `insights:` configuration, the tables kept in the
// cache, the GitHub reads against the fake GitHub (paging, ETags, rate
// limits), and the KPIs computed from hand-made inputs whose numbers are
// worked out in the comments.
#include "catalogstore.h"
#include "importer.h"
#include "fakegithub.h"
#include "insightsconfig.h"
#include "insightsgithub.h"
#include "insightsservice.h"
#include "taskstore.h"
#include "insightsstore.h"
#include "metrics/kpi.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace atrium;
using namespace atrium::metrics;
using atrium::fake::FakeGitHub;

namespace {
/** A repository of the fake with just a name (and the defaults). */
atrium::fake::FakeRepo namedRepo(const QString &name)
{
    atrium::fake::FakeRepo r;
    r.name = name;
    return r;
}


QDateTime at(const char *iso)
{
    return *parseTimestamp(QString::fromLatin1(iso));
}

Entity entity(const QString &kind, const QString &name, const QJsonObject &spec = {}, const QJsonObject &annotations = {})
{
    QJsonObject doc{{QStringLiteral("apiVersion"), QStringLiteral("backstage.io/v1alpha1")},
                    {QStringLiteral("kind"), kind},
                    {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), name},
                                                              {QStringLiteral("annotations"), annotations}}},
                    {QStringLiteral("spec"), spec}};
    return Entity::fromDocument(doc);
}

Entity component(const QString &name, const QString &owner, const QString &system, const QString &slug)
{
    Entity e = entity(QStringLiteral("Component"), name,
                      {{QStringLiteral("type"), QStringLiteral("service")}, {QStringLiteral("lifecycle"), QStringLiteral("production")},
                       {QStringLiteral("owner"), owner}, {QStringLiteral("system"), system}},
                      {{QStringLiteral("github.com/project-slug"), slug}});
    return e;
}

Entity user(const QString &name, const QString &team)
{
    Entity e = entity(QStringLiteral("User"), name, {{QStringLiteral("memberOf"), QJsonArray{team}}});
    e.relations << Relation{QStringLiteral("memberOf"), QStringLiteral("group:default/") + team};
    return e;
}

const QByteArray kGolden = "jobs:\n  ci:\n    uses: acme/golden/.github/workflows/service.yml@v2\n";
const QByteArray kCustom = "jobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n";

} // namespace

class TestInsights : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // --- Configuration ------------------------------------------------------------
    void configDefaults()
    {
        Diagnostics problems;
        const InsightsConfig c = InsightsConfig::parse("catalog:\n  locations: []\n", QStringLiteral("c.yaml"), &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(c.host, QStringLiteral("github.com"));
        QCOMPARE(c.deploymentSource, DeploymentSource::Deployments);
        QCOMPARE(c.environment, QStringLiteral("production"));
        QCOMPARE(c.incidentLabel, QStringLiteral("incident"));
        QVERIFY(c.costKey.isEmpty()); // no default that pretends
        QVERIFY(c.ticketLabels.isEmpty());
        QVERIFY(c.goldenWorkflows.isEmpty());
        QCOMPARE(c.templateAnnotation, QStringLiteral("backstage.io/source-template"));
    }

    void configFull()
    {
        Diagnostics problems;
        const QByteArray yaml = "insights:\n"
                                "  repositories: [acme/legacy]\n"
                                "  goldenPath:\n"
                                "    uses: acme/golden/.github/workflows/*.yml@*\n"
                                "  costAttribution: {key: acme.io/cost-center}\n"
                                "  deployments:\n"
                                "    source: workflow-runs\n"
                                "    workflow: .github/workflows/deploy.yml\n"
                                "  tickets:\n"
                                "    labels: [infra, platform-request]\n"
                                "    repositories: [acme/requests]\n"
                                "  incidents: {label: sev1}\n"
                                "  onboarding: {joinDates: joined.csv}\n";
        const InsightsConfig c = InsightsConfig::parse(yaml, QStringLiteral("/etc/atrium/config.yaml"), &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.isEmpty() ? QString() : problems.first().toString()));
        QCOMPARE(c.repositories, QStringList{QStringLiteral("acme/legacy")});
        QCOMPARE(c.goldenWorkflows, QStringList{QStringLiteral("acme/golden/.github/workflows/*.yml@*")});
        QCOMPARE(c.costKey, QStringLiteral("acme.io/cost-center"));
        QCOMPARE(c.deploymentSource, DeploymentSource::WorkflowRuns);
        QCOMPARE(c.deployWorkflow, QStringLiteral("deploy.yml"));
        QCOMPARE(c.ticketLabels, (QStringList{QStringLiteral("infra"), QStringLiteral("platform-request")}));
        QCOMPARE(c.ticketRepositories, QStringList{QStringLiteral("acme/requests")});
        QCOMPARE(c.incidentLabel, QStringLiteral("sev1"));
        QCOMPARE(c.joinDatesCsv, QStringLiteral("/etc/atrium/joined.csv"));
    }

    void configProblemsAreLocated()
    {
        Diagnostics problems;
        const QByteArray yaml = "insights:\n"
                                "  deployments:\n"
                                "    source: carrier-pigeon\n"
                                "  tickets:\n"
                                "    lables: [infra]\n"
                                "    repositories: [not a repo]\n";
        InsightsConfig::parse(yaml, QStringLiteral("c.yaml"), &problems);
        QCOMPARE(problems.size(), 3);
        QCOMPARE(problems[0].severity, Severity::Error);
        QCOMPARE(problems[0].line, 3);
        QVERIFY(problems[0].message.contains(QStringLiteral("carrier-pigeon")));
        QCOMPARE(problems[1].severity, Severity::Warning); // the typo
        QCOMPARE(problems[1].line, 5);
        QCOMPARE(problems[2].severity, Severity::Error);
        QCOMPARE(problems[2].line, 6);
    }

    // --- The store --------------------------------------------------------------------
    void storeKeepsEverythingAcrossReopening()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        {
            CatalogStore catalog;
            QVERIFY(catalog.open(path));
            InsightsStore store;
            QString error;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            QVERIFY(store.isEmpty());
            ScaffolderTask t{QStringLiteral("t1"), QStringLiteral("template:default/x"), at("2024-01-01T10:00:00Z"),
                             at("2024-01-01T10:20:00Z"), TaskStatus::Completed, QStringLiteral("user:default/ann")};
            QVERIFY(store.addTasks({t}, QStringLiteral("backstage-export:tasks.json"), at("2024-02-01T00:00:00Z")));
            t.status = TaskStatus::Failed; // the same id again replaces it
            QVERIFY(store.addTasks({t}, QStringLiteral("atrium"), at("2024-02-02T00:00:00Z")));
            QVERIFY(store.putSurvey({QStringLiteral("s.csv"), "score\n9\n", QStringLiteral("score"), {}, {},
                                     at("2024-02-01T00:00:00Z"), QStringLiteral("file:s.csv")}));
            GitHubSnapshot snap;
            snap.origin = QStringLiteral("github.com");
            snap.fetchedAt = at("2024-02-03T00:00:00Z");
            RepoSnapshot r;
            r.fullName = QStringLiteral("acme/a");
            r.deliveries << DeliveryRecord{QStringLiteral("1"), QStringLiteral("abc"), at("2024-01-02T00:00:00Z"),
                                           at("2024-01-02T00:05:00Z"), QStringLiteral("success")};
            snap.repos << r;
            QVERIFY(store.putSnapshot(snap));
            QVERIFY(store.putResponse(QStringLiteral("https://x/y"), {"W/\"e\"", "[]", snap.fetchedAt, QStringLiteral("https://x/y?page=2")}));
            QVERIFY(store.recordHistory({QStringLiteral("golden-path-adoption"), {}, snap.fetchedAt, 50, 4}));
            QVERIFY(!store.isEmpty());
        }
        CatalogStore catalog;
        QVERIFY(catalog.open(path)); // the catalog's migrations do not mind the extra tables
        InsightsStore store;
        QVERIFY(store.open(path));
        const QList<TaskRecord> tasks = store.tasks();
        QCOMPARE(tasks.size(), 1);
        QCOMPARE(tasks[0].task.status, TaskStatus::Failed);
        QCOMPARE(tasks[0].origin, QStringLiteral("atrium"));
        QCOMPARE(tasks[0].task.completedAt, at("2024-01-01T10:20:00Z"));
        QCOMPARE(store.surveys().size(), 1);
        QCOMPARE(store.surveys()[0].content, QByteArray("score\n9\n"));
        const auto snap = store.snapshot();
        QVERIFY(snap);
        QCOMPARE(snap->repos.size(), 1);
        QCOMPARE(snap->repos[0].deliveries[0].finishedAt, at("2024-01-02T00:05:00Z"));
        const auto cached = store.cachedResponse(QStringLiteral("https://x/y"));
        QVERIFY(cached);
        QCOMPARE(cached->etag, QByteArray("W/\"e\""));
        QCOMPARE(cached->nextPage, QStringLiteral("https://x/y?page=2"));
        QCOMPARE(store.history(QStringLiteral("golden-path-adoption")).size(), 1);
    }

    // Templates run in Atrium count for the service creation lead time:
    // completed real runs, not dry runs.
    void atriumTemplateRunsCount()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        CatalogStore catalog;
        QVERIFY(catalog.open(path));
        {
            scaffolder::TaskStore history;
            QVERIFY(history.open(path));
            scaffolder::TaskRecord run;
            run.id = QStringLiteral("run-1");
            run.templateRef = QStringLiteral("template:default/spring-boot-service");
            run.userRef = QStringLiteral("user:default/ann");
            run.createdAt = at("2026-03-02T09:00:00Z");
            run.status = QStringLiteral("running");
            QVERIFY(history.begin(run));
            run.status = QStringLiteral("completed");
            run.finishedAt = at("2026-03-02T09:12:00Z");
            QVERIFY(history.finish(run));
            scaffolder::TaskRecord dry = run;
            dry.id = QStringLiteral("dry-1");
            dry.dryRun = true;
            QVERIFY(history.begin(dry));
            QVERIFY(history.finish(dry));
        }
        InsightsStore store;
        QVERIFY(store.open(path));
        const InsightsInputs in = InsightsService::read(catalog, store, InsightsConfig{});
        QCOMPARE(in.tasks.size(), 1);
        QCOMPARE(in.tasks[0].origin, QStringLiteral("atrium"));
        QCOMPARE(in.tasks[0].task.status, TaskStatus::Completed);
        QCOMPARE(in.tasks[0].task.createdAt.secsTo(in.tasks[0].task.completedAt), 12 * 60);
    }

    // --- GitHub ---------------------------------------------------------------------------
    void fetchReadsWhatTheKpisNeed()
    {
        FakeGitHub gh;
        QVERIFY(gh.listen());
        gh.addToken("tok");
        fake::FakeRepo a = namedRepo(QStringLiteral("svc-a"));
        a.files.insert(QStringLiteral(".github/workflows/ci.yml"), kGolden);
        a.files.insert(QStringLiteral(".github/workflows/notes.txt"), "not a workflow");
        gh.addRepo(QStringLiteral("acme"), a);
        fake::FakeRepo b = namedRepo(QStringLiteral("svc-b"));
        b.archived = true;
        b.files.insert(QStringLiteral(".github/workflows/build.yaml"), kCustom);
        gh.addRepo(QStringLiteral("acme"), b);
        gh.addRepo(QStringLiteral("acme"), namedRepo(QStringLiteral("requests")));

        // svc-a: a deployment that succeeded and was later made inactive by a
        // newer one, a failed one, one still in progress, and an old one.
        fake::FakeDeployment d1;
        d1.sha = QStringLiteral("1111111111111111111111111111111111111111");
        d1.createdAt = at("2024-03-01T10:00:00Z");
        d1.statuses = {{QStringLiteral("in_progress"), at("2024-03-01T10:01:00Z")},
                       {QStringLiteral("success"), at("2024-03-01T10:06:00Z")},
                       {QStringLiteral("inactive"), at("2024-03-02T09:00:00Z")}};
        gh.addDeployment(QStringLiteral("acme"), QStringLiteral("svc-a"), d1);
        fake::FakeDeployment d2 = d1;
        d2.sha = QStringLiteral("2222222222222222222222222222222222222222");
        d2.createdAt = at("2024-03-02T09:00:00Z");
        d2.statuses = {{QStringLiteral("error"), at("2024-03-02T09:04:00Z")}};
        gh.addDeployment(QStringLiteral("acme"), QStringLiteral("svc-a"), d2);
        fake::FakeDeployment d3 = d1;
        d3.createdAt = at("2024-03-03T09:00:00Z");
        d3.statuses = {{QStringLiteral("in_progress"), at("2024-03-03T09:01:00Z")}};
        gh.addDeployment(QStringLiteral("acme"), QStringLiteral("svc-a"), d3);
        fake::FakeDeployment staging = d1;
        staging.environment = QStringLiteral("staging");
        gh.addDeployment(QStringLiteral("acme"), QStringLiteral("svc-a"), staging);
        fake::FakeDeployment ancient = d1;
        ancient.createdAt = at("2020-01-01T00:00:00Z");
        gh.addDeployment(QStringLiteral("acme"), QStringLiteral("svc-a"), ancient);
        gh.addCommitInfo(QStringLiteral("acme"), QStringLiteral("svc-a"),
                         {d1.sha, at("2024-02-29T08:00:00Z"), at("2024-03-01T08:00:00Z"), QStringLiteral("Fix")});
        // Issues: an incident, a pull request (listed among issues, not an incident).
        gh.addIssue(QStringLiteral("acme"), QStringLiteral("svc-a"),
                    {0, QStringLiteral("Checkout down"), {QStringLiteral("incident")}, at("2024-03-05T10:00:00Z"),
                     at("2024-03-05T12:00:00Z")});
        gh.addPull(QStringLiteral("acme"), QStringLiteral("svc-a"),
                   {0, QStringLiteral("First PR"), QStringLiteral("newbie"), at("2024-03-04T10:00:00Z"), {}, at("2024-03-04T15:00:00Z")});
        gh.addPull(QStringLiteral("acme"), QStringLiteral("svc-a"),
                   {0, QStringLiteral("Bot"), QStringLiteral("dependabot[bot]"), at("2024-03-04T11:00:00Z"), {}, {}});
        // 150 tickets in the requests repository: two pages of 100.
        for (int i = 0; i < 150; ++i)
            gh.addIssue(QStringLiteral("acme"), QStringLiteral("requests"),
                        {0, QStringLiteral("Request %1").arg(i), {i % 2 ? QStringLiteral("infra") : QStringLiteral("Platform-Request")},
                         at("2024-02-01T00:00:00Z").addSecs(3600 * i), {}});
        gh.addIssue(QStringLiteral("acme"), QStringLiteral("requests"),
                    {0, QStringLiteral("Question"), {QStringLiteral("question")}, at("2024-02-01T00:00:00Z"), {}});

        InsightsConfig config;
        config.ticketLabels = {QStringLiteral("infra"), QStringLiteral("platform-request")};
        config.ticketRepositories = {QStringLiteral("acme/requests")};
        const InsightsRepoPlan plan = InsightsRepoPlan::make({QStringLiteral("acme/svc-a"), QStringLiteral("acme/svc-b")}, config);
        QCOMPARE(plan.all(), (QStringList{QStringLiteral("acme/requests"), QStringLiteral("acme/svc-a"), QStringLiteral("acme/svc-b")}));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        CatalogStore catalog;
        QVERIFY(catalog.open(path));
        InsightsStore store;
        QVERIFY(store.open(path));
        GitHubClient client(GitHubEndpoint::forHost(QStringLiteral("127.0.0.1"), gh.apiUrl()), "tok");
        client.setSleeper([](int) {});
        InsightsFetchOptions fo;
        fo.now = at("2024-03-10T00:00:00Z");
        const InsightsFetchResult first = InsightsGitHubService(client, &store, config).fetch(plan, std::nullopt, fo);
        QVERIFY2(first.ok(), qPrintable(first.fatal));
        QVERIFY2(first.problems.isEmpty(), qPrintable(first.problems.join(u'\n')));
        const GitHubSnapshot &s = first.snapshot;
        QCOMPARE(s.repos.size(), 3);
        const RepoSnapshot *ra = s.repo(QStringLiteral("acme/svc-a"));
        QVERIFY(ra);
        QVERIFY(!ra->archived);
        QCOMPARE(ra->workflows.size(), 1); // notes.txt is not a workflow
        QCOMPARE(ra->workflows[0].text, kGolden);
        QCOMPARE(ra->deliveries.size(), 3); // production, since two years before now
        QCOMPARE(ra->deliveries[0].state, QStringLiteral("in_progress")); // newest first, as GitHub lists them
        QCOMPARE(ra->deliveries[1].state, QStringLiteral("failure"));
        QCOMPARE(ra->deliveries[2].state, QStringLiteral("success"));
        QCOMPARE(ra->deliveries[2].finishedAt, at("2024-03-01T10:06:00Z")); // the success, not the later inactive
        QCOMPARE(ra->commits.size(), 1);
        QCOMPARE(ra->commits[0].committedAt, at("2024-03-01T08:00:00Z"));
        QCOMPARE(ra->issues.size(), 1); // the pull request is left out
        QCOMPARE(ra->issues[0].title, QStringLiteral("Checkout down"));
        QCOMPARE(ra->pulls.size(), 2);
        QCOMPARE(ra->pulls[0].author, QStringLiteral("newbie"));
        QCOMPARE(ra->pulls[0].mergedAt, at("2024-03-04T15:00:00Z"));
        QVERIFY(s.repo(QStringLiteral("acme/svc-b"))->archived);
        const RepoSnapshot *rr = s.repo(QStringLiteral("acme/requests"));
        QCOMPARE(rr->issues.size(), 150); // both pages; the question is not a ticket
        QVERIFY(rr->workflows.isEmpty()); // a tickets-only repository: only its issues are read

        // Again, with the first snapshot: every answer is a free 304, and
        // the decided deployment's statuses and its commit are not asked for.
        QVERIFY(store.putSnapshot(s));
        gh.clearRequests();
        const InsightsFetchResult second = InsightsGitHubService(client, &store, config).fetch(plan, store.snapshot(), fo);
        QVERIFY(second.ok());
        QCOMPARE(second.stats.notModified, second.stats.restRequests);
        QCOMPARE(gh.notModifiedCount(), second.stats.restRequests);
        for (const fake::FakeRequest &r : gh.requests()) {
            QVERIFY2(!r.path.endsWith(QStringLiteral("/commits/") + d1.sha), qPrintable(r.path));
            QVERIFY(r.conditional);
        }
        QCOMPARE(second.snapshot.repo(QStringLiteral("acme/requests"))->issues.size(), 150);
        QCOMPARE(second.snapshot.repo(QStringLiteral("acme/svc-a"))->deliveries.size(), 3);
    }

    void fetchWaitsForTheRateLimit()
    {
        FakeGitHub gh;
        QVERIFY(gh.listen());
        gh.addToken("tok");
        gh.addRepo(QStringLiteral("acme"), namedRepo(QStringLiteral("svc")));
        gh.setRateLimit(QStringLiteral("core"), 5000, 0, gh.now().addSecs(120));
        GitHubClient client(GitHubEndpoint::forHost(QStringLiteral("127.0.0.1"), gh.apiUrl()), "tok");
        client.setClock([&gh] { return gh.now(); });
        int waits = 0;
        client.setSleeper([&](int ms) {
            ++waits;
            gh.advanceClock(ms); // the fake's budget refills at its reset
        });
        InsightsConfig config;
        const InsightsFetchResult r = InsightsGitHubService(client, nullptr, config)
                                          .fetch(InsightsRepoPlan::make({QStringLiteral("acme/svc")}, config), std::nullopt);
        QVERIFY2(r.ok(), qPrintable(r.fatal));
        QVERIFY(waits >= 1);
        QVERIFY(r.stats.rateLimitWaits >= 1);
        QCOMPARE(r.snapshot.repos.size(), 1);
    }

    void fetchStopsWhenTheTokenIsBad()
    {
        FakeGitHub gh;
        QVERIFY(gh.listen());
        gh.addRepo(QStringLiteral("acme"), namedRepo(QStringLiteral("svc")));
        GitHubClient client(GitHubEndpoint::forHost(QStringLiteral("127.0.0.1"), gh.apiUrl()), "wrong");
        client.setSleeper([](int) {});
        InsightsConfig config;
        const InsightsFetchResult r = InsightsGitHubService(client, nullptr, config)
                                          .fetch(InsightsRepoPlan::make({QStringLiteral("acme/svc"), QStringLiteral("acme/other")}, config),
                                                 std::nullopt);
        QVERIFY(!r.ok());
        QVERIFY(!r.fatal.isEmpty());
        QCOMPARE(gh.requestCount(QStringLiteral("rest")), 1); // stopped at the first 401
    }

    void fetchReleasesAndWorkflowRuns()
    {
        FakeGitHub gh;
        QVERIFY(gh.listen());
        gh.addToken("tok");
        gh.addRepo(QStringLiteral("acme"), namedRepo(QStringLiteral("svc")));
        gh.addRelease(QStringLiteral("acme"), QStringLiteral("svc"),
                      {0, QStringLiteral("v1"), QStringLiteral("3333333333333333333333333333333333333333"), at("2024-03-01T00:00:00Z"),
                       at("2024-03-01T01:00:00Z"), false, false});
        gh.addRelease(QStringLiteral("acme"), QStringLiteral("svc"),
                      {0, QStringLiteral("v2-rc"), QStringLiteral("main"), at("2024-03-02T00:00:00Z"), at("2024-03-02T01:00:00Z"), false, true});
        fake::FakeWorkflowRun run;
        run.headSha = QStringLiteral("4444444444444444444444444444444444444444");
        run.createdAt = at("2024-03-03T10:00:00Z");
        run.updatedAt = at("2024-03-03T10:09:00Z");
        run.headCommitAt = at("2024-03-03T08:00:00Z");
        gh.addWorkflowRun(QStringLiteral("acme"), QStringLiteral("svc"), run);
        fake::FakeWorkflowRun failed = run;
        failed.conclusion = QStringLiteral("failure");
        gh.addWorkflowRun(QStringLiteral("acme"), QStringLiteral("svc"), failed);
        fake::FakeWorkflowRun other = run;
        other.path = QStringLiteral(".github/workflows/lint.yml");
        gh.addWorkflowRun(QStringLiteral("acme"), QStringLiteral("svc"), other);
        fake::FakeWorkflowRun branch = run;
        branch.headBranch = QStringLiteral("feature");
        gh.addWorkflowRun(QStringLiteral("acme"), QStringLiteral("svc"), branch);
        GitHubClient client(GitHubEndpoint::forHost(QStringLiteral("127.0.0.1"), gh.apiUrl()), "tok");
        client.setSleeper([](int) {});
        InsightsFetchOptions fo;
        fo.now = at("2024-03-10T00:00:00Z");

        InsightsConfig releases;
        releases.deploymentSource = DeploymentSource::Releases;
        const InsightsFetchResult r = InsightsGitHubService(client, nullptr, releases)
                                          .fetch(InsightsRepoPlan::make({QStringLiteral("acme/svc")}, releases), std::nullopt, fo);
        QVERIFY(r.ok());
        QCOMPARE(r.snapshot.deploymentSource, QStringLiteral("releases"));
        const RepoSnapshot &rs = r.snapshot.repos.first();
        QCOMPARE(rs.deliveries.size(), 1); // the pre-release is not a deployment
        QCOMPARE(rs.deliveries[0].createdAt, at("2024-03-01T01:00:00Z"));
        QCOMPARE(rs.deliveries[0].sha, QStringLiteral("3333333333333333333333333333333333333333"));

        InsightsConfig runs;
        runs.deploymentSource = DeploymentSource::WorkflowRuns;
        runs.deployWorkflow = QStringLiteral("deploy.yml");
        const InsightsFetchResult w = InsightsGitHubService(client, nullptr, runs)
                                          .fetch(InsightsRepoPlan::make({QStringLiteral("acme/svc")}, runs), std::nullopt, fo);
        QVERIFY(w.ok());
        const RepoSnapshot &ws = w.snapshot.repos.first();
        QCOMPARE(ws.deliveries.size(), 2); // deploy.yml on main: a success and a failure
        QCOMPARE(ws.commits.size(), 1);    // from the run's head commit, without a request of its own
        QCOMPARE(ws.commits[0].committedAt, at("2024-03-03T08:00:00Z"));
    }

    // --- The KPIs -------------------------------------------------------------------------------
    void computeFromHandMadeInputs()
    {
        InsightsInputs in;
        in.config.goldenWorkflows = {QStringLiteral("acme/golden/.github/workflows/*.yml@*")};
        in.config.ticketLabels = {QStringLiteral("infra")};
        in.config.costKey = QStringLiteral("acme.io/cost-center");
        in.entities << component(QStringLiteral("a"), QStringLiteral("team-a"), QStringLiteral("shop"), QStringLiteral("acme/a"))
                    << component(QStringLiteral("b"), QStringLiteral("team-b"), QStringLiteral("pay"), QStringLiteral("acme/b"))
                    << entity(QStringLiteral("System"), QStringLiteral("shop"), {{QStringLiteral("owner"), QStringLiteral("team-a")}})
                    << user(QStringLiteral("ann"), QStringLiteral("team-a")) << user(QStringLiteral("bo"), QStringLiteral("team-b"))
                    << user(QStringLiteral("cy"), QStringLiteral("team-b")) << user(QStringLiteral("di"), QStringLiteral("team-a"));
        // Three completed tasks of 10, 20 and 60 minutes: median 20 min (Target).
        const auto task = [](const char *id, const char *start, int minutes, const char *who) {
            const QDateTime s = at(start);
            return TaskRecord{{QString::fromLatin1(id), QStringLiteral("template:default/svc"), s, s.addSecs(60 * minutes),
                               TaskStatus::Completed, QStringLiteral("user:default/") + QString::fromLatin1(who)},
                              QStringLiteral("backstage-export:tasks.json"), at("2024-04-01T00:00:00Z")};
        };
        in.tasks << task("t1", "2024-01-05T10:00:00Z", 10, "ann") << task("t2", "2024-02-05T10:00:00Z", 20, "bo")
                 << task("t3", "2024-03-05T10:00:00Z", 60, "ann");
        // Scores 10, 9, 5, 8: 2 promoters, 1 detractor of 4 → NPS 25 (Good).
        in.surveys << SurveyRecord{QStringLiteral("s.csv"),
                                   "when,score,why\n2024-01-10,10,great\n2024-01-11,9,fine\n2024-02-12,5,slow builds\n"
                                   "2024-03-01,8,ok\n",
                                   QStringLiteral("score"), QStringLiteral("why"), QStringLiteral("when"),
                                   at("2024-03-15T00:00:00Z"), QStringLiteral("file:s.csv")};
        GitHubSnapshot snap;
        snap.origin = QStringLiteral("github.com");
        snap.fetchedAt = at("2024-04-01T00:00:00Z");
        snap.deploymentSource = QStringLiteral("deployments");
        RepoSnapshot a;
        a.fullName = QStringLiteral("acme/a");
        a.workflows << WorkflowFile{QStringLiteral(".github/workflows/ci.yml"), "jobs:\n  x:\n    uses: acme/golden/.github/workflows/java.yml@v1\n"};
        // acme/a: 4 successes and 1 failure in March. Lead times 2 h, 4 h, 6 h, 30 h
        // → median 5 h (Elite).
        const int leads[] = {2, 4, 6, 30};
        for (int i = 0; i < 4; ++i) {
            const QDateTime end = at("2024-03-04T12:00:00Z").addDays(i);
            const QString sha = QString(40, QLatin1Char('a' + i));
            a.deliveries << DeliveryRecord{QString::number(i), sha, end.addSecs(-300), end, QStringLiteral("success")};
            a.commits << Commit{sha, end.addSecs(-3600 * leads[i]), end.addSecs(-3600 * leads[i])};
        }
        a.deliveries << DeliveryRecord{QStringLiteral("9"), QString(40, u'f'), at("2024-03-20T12:00:00Z"),
                                       at("2024-03-20T12:05:00Z"), QStringLiteral("failure")};
        // Incidents of 1 h and 3 h: median 2 h (High).
        a.issues << IssueRecord{1, QStringLiteral("down"), {QStringLiteral("incident")}, at("2024-03-10T10:00:00Z"),
                                at("2024-03-10T11:00:00Z"), {}}
                 << IssueRecord{2, QStringLiteral("slow"), {QStringLiteral("incident")}, at("2024-03-12T10:00:00Z"),
                                at("2024-03-12T13:00:00Z"), {}}
                 << IssueRecord{3, QStringLiteral("infra ask"), {QStringLiteral("infra")}, at("2024-03-13T10:00:00Z"), {}, {}};
        a.pulls << PullRecord{1, QStringLiteral("ann"), at("2024-03-01T09:00:00Z"), at("2024-03-02T09:00:00Z")};
        RepoSnapshot b;
        b.fullName = QStringLiteral("acme/b");
        b.workflows << WorkflowFile{QStringLiteral(".github/workflows/ci.yml"), kCustom};
        b.deliveries << DeliveryRecord{QStringLiteral("20"), QString(40, u'9'), at("2024-03-25T12:00:00Z"),
                                       at("2024-03-25T12:05:00Z"), QStringLiteral("success")};
        b.pulls << PullRecord{1, QStringLiteral("bo"), at("2024-03-05T09:00:00Z"), at("2024-03-08T09:00:00Z")}
                << PullRecord{2, QStringLiteral("stranger"), at("2024-03-05T09:00:00Z"), at("2024-03-05T10:00:00Z")};
        snap.repos << a << b;
        in.github = snap;

        InsightsOptions o;
        o.from = at("2024-01-01T00:00:00Z");
        o.to = at("2024-04-01T00:00:00Z");
        o.now = o.to;
        o.period = PeriodKind::Month;
        const InsightsReport r = InsightsService::compute(in, o);
        QCOMPARE(r.kpis.size(), 9);
        QCOMPARE(r.teams, (QStringList{QStringLiteral("group:default/team-a"), QStringLiteral("group:default/team-b")}));
        QCOMPARE(r.systems, QStringList{QStringLiteral("system:default/shop")});

        const KpiReport *lt = r.kpi(kpi::ServiceCreationLeadTime);
        QCOMPARE(*lt->value.value, 1200.0);
        QCOMPARE(lt->value.band, Band::Target);
        QCOMPARE(lt->value.sampleSize, 3);
        QCOMPARE(lt->series.size(), 3);
        QCOMPARE(*lt->series[2].value, 3600.0);
        QCOMPARE(lt->value.asOf, at("2024-04-01T00:00:00Z"));
        QVERIFY(lt->value.source.contains(QStringLiteral("tasks.json")));

        const KpiReport *gp = r.kpi(kpi::GoldenPathAdoption);
        QCOMPARE(*gp->value.value, 50.0); // a adopts, b does not
        QCOMPARE(gp->value.band, Band::Average);
        QCOMPARE(gp->rows.size(), 2);
        QVERIFY(!gp->series.last().value); // March has no record; the snapshot (April 1st) is outside the window

        const KpiReport *nps = r.kpi(kpi::DeveloperNps);
        QCOMPARE(*nps->value.value, 25.0);
        QCOMPARE(nps->value.band, Band::Good);
        // 4 responses over 3 rounds (Jan, Feb, Mar) of 4 users: 33%, below 70%.
        QCOMPARE(nps->value.details.value(QStringLiteral("responseRatePercent")).toDouble(), 100.0 * 4 / 12);
        QVERIFY(nps->notes.join(u' ').contains(QStringLiteral("below 70%")));
        QCOMPARE(*nps->series[0].value, 100.0); // January: two promoters

        // Joined = first pull request (no join dates configured): ann 1 day,
        // bo 3 days; the stranger has no User entity → median 2 days (Good).
        const KpiReport *ob = r.kpi(kpi::OnboardingTime);
        QCOMPARE(*ob->value.value, 2 * seconds::Day);
        QCOMPARE(ob->value.sampleSize, 2);

        // One ticket in 91 days: 1 × 30 / 91 a month.
        const KpiReport *tk = r.kpi(kpi::InfraTickets);
        QCOMPARE(*tk->value.value, 30.0 / 91.0);
        QCOMPARE(tk->rows.size(), 1);

        // 5 successful deployments in 91 days; 1 failed of 6; lead times 2,4,6,30 h.
        const KpiReport *df = r.kpi(kpi::DoraDeploymentFrequency);
        QCOMPARE(*df->value.value, 5.0 / 91.0);
        QCOMPARE(df->value.band, Band::Medium);
        const KpiReport *dl = r.kpi(kpi::DoraLeadTime);
        QCOMPARE(*dl->value.value, 5 * seconds::Hour);
        QCOMPARE(dl->value.band, Band::Elite);
        QVERIFY(dl->notes.join(u' ').contains(QStringLiteral("no known commit"))); // b's deployment
        const KpiReport *cf = r.kpi(kpi::DoraChangeFailureRate);
        QCOMPARE(*cf->value.value, 100.0 / 6.0);
        QCOMPARE(cf->value.band, Band::High);
        const KpiReport *rt = r.kpi(kpi::DoraRecoveryTime);
        QCOMPARE(*rt->value.value, 2 * seconds::Hour);
        QCOMPARE(rt->value.band, Band::High);
        QCOMPARE(df->rows.size(), 4); // two teams, two services
        QCOMPARE(df->rows[2].value(QStringLiteral("name")).toString(), QStringLiteral("component:default/a"));

        // Cost attribution is configured and nobody has the annotation: 0%, firing.
        const auto cost = std::find_if(r.adoption.conditions.begin(), r.adoption.conditions.end(),
                                       [](const AdoptionSignal &s) { return s.id == u"cost-attribution"; });
        QCOMPARE(*cost->value, 0.0);
        QVERIFY(*cost->fires);

        // Team A: its component, repository, users and their tasks.
        o.team = QStringLiteral("group:default/team-a");
        const InsightsReport ta = InsightsService::compute(in, o);
        QCOMPARE(*ta.kpi(kpi::ServiceCreationLeadTime)->value.value, 35 * 60.0); // ann's 10 and 60 min
        QCOMPARE(*ta.kpi(kpi::GoldenPathAdoption)->value.value, 100.0);
        QCOMPARE(*ta.kpi(kpi::DoraDeploymentFrequency)->value.value, 4.0 / 91.0);
        QCOMPARE(*ta.kpi(kpi::OnboardingTime)->value.value, seconds::Day);
        QVERIFY(!ta.kpi(kpi::DeveloperNps)->notes.isEmpty()); // the survey is not per team: said so
        QCOMPARE(*ta.kpi(kpi::DeveloperNps)->value.value, 25.0);

        // By quarter: one period holding everything.
        o.team.clear();
        o.period = PeriodKind::Quarter;
        const InsightsReport q = InsightsService::compute(in, o);
        QCOMPARE(q.kpi(kpi::DoraChangeFailureRate)->series.size(), 1);
        QCOMPARE(*q.kpi(kpi::DoraChangeFailureRate)->series[0].value, 100.0 / 6.0);

        const QJsonObject json = r.toJson();
        QCOMPARE(json.value(QStringLiteral("kpis")).toArray().size(), 9);
        QCOMPARE(json.value(QStringLiteral("period")).toString(), QStringLiteral("month"));
    }

    void missingDataSaysWhatToDo()
    {
        InsightsInputs in;
        in.entities << component(QStringLiteral("a"), QStringLiteral("team-a"), QStringLiteral("shop"), QStringLiteral("acme/a"));
        const InsightsOptions o = InsightsOptions::defaultWindow(at("2024-06-15T00:00:00Z"), PeriodKind::Month, 6);
        QCOMPARE(o.from, at("2024-01-01T00:00:00Z"));
        QCOMPARE(o.to, at("2024-06-15T00:00:00Z"));
        const InsightsReport r = InsightsService::compute(in, o);
        for (const KpiReport &k : r.kpis) {
            QVERIFY2(!k.value.value, qPrintable(k.value.id)); // never a zero for "no data"
            QVERIFY2(!k.value.missingReason.isEmpty(), qPrintable(k.value.id));
            QCOMPARE(k.series.size(), 6);
        }
        QVERIFY(r.kpi(kpi::DeveloperNps)->value.missingReason.contains(QStringLiteral("Import a survey export")));
        QVERIFY(r.kpi(kpi::DoraLeadTime)->value.missingReason.contains(QStringLiteral("--refresh")));
        QVERIFY(r.kpi(kpi::GoldenPathAdoption)->value.missingReason.contains(QStringLiteral("uses:")));
        QVERIFY(r.kpi(kpi::InfraTickets)->value.missingReason.contains(QStringLiteral("ticket labels")));
        QVERIFY(r.kpi(kpi::ServiceCreationLeadTime)->value.missingReason.contains(QStringLiteral("scaffolder")));
    }

    void demoDataFillsEveryKpi()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        CatalogStore catalog;
        QVERIFY(catalog.open(path));
        InsightsStore store;
        QVERIFY(store.open(path));
        QString error;
        const QString demo = QStringLiteral(ATRIUM_DEMO_DIR "/insights");
        QVERIFY2(InsightsService::seedDemo(store, demo, &error), qPrintable(error));
        QVERIFY(!store.isEmpty());
        QVERIFY(InsightsService::seedDemo(store, demo, &error)); // once only
        QCOMPARE(store.surveys().size(), 1);
        Diagnostics problems;
        const InsightsConfig config = InsightsConfig::load(demo + QStringLiteral("/insights.yaml"), &problems);
        QVERIFY(problems.isEmpty());
        // The demo catalog itself, as `atrium --demo` imports it.
        SourceInfo src;
        src.id = QStringLiteral("demo");
        src.kind = QStringLiteral("file");
        LoadResult loaded;
        QVERIFY2(importIntoStore(catalog, src, {QStringLiteral(ATRIUM_DEMO_DIR)}, LoadOptions{}, &loaded, &error), qPrintable(error));
        const InsightsInputs in = InsightsService::read(catalog, store, config);
        QVERIFY(in.problems.isEmpty());
        QCOMPARE(in.joinDates.size(), 14);
        const QDateTime now = InsightsService::demoNow(in);
        QCOMPARE(now, at("2026-11-20T09:00:00Z"));
        const InsightsReport r = InsightsService::compute(in, InsightsOptions::defaultWindow(now, PeriodKind::Month));
        QVERIFY(r.demo);
        for (const KpiReport &k : r.kpis) {
            QVERIFY2(k.value.value, qPrintable(k.value.id + QStringLiteral(": ") + k.value.missingReason));
            QVERIFY2(k.value.source.contains(QStringLiteral("Demo data")), qPrintable(k.value.source));
        }
        QCOMPARE(r.kpi(kpi::GoldenPathAdoption)->series.size(), 12);
        QVERIFY(r.kpi(kpi::GoldenPathAdoption)->series.first().value); // the shipped history
    }
};

QTEST_GUILESS_MAIN(TestInsights)
#include "tst_insights.moc"
