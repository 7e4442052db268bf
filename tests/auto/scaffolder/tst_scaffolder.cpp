// SPDX-License-Identifier: Apache-2.0
#include "actions_p.h"
#include "cli.h"
#include "catalogstore.h"
#include "fakescaffolder.h"
#include "githubclient.h"
#include "taskrunner.h"
#include "taskstore.h"
#include "yamlreader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <git2.h>

using namespace atrium;
using namespace atrium::scaffolder;

namespace {

const QByteArray kToken = QByteArrayLiteral("ghp_scaffoldertesttoken000000000000000000");

QJsonObject loadTemplate(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const YamlParseResult r = parseYaml(f.readAll(), path);
    for (const YamlDocument &d : r.documents)
        if (d.root.toObject().value(QStringLiteral("kind")).toString() == u"Template")
            return d.root.toObject();
    return {};
}

QString demoTemplate(const QString &name)
{
    return QStringLiteral(ATRIUM_DEMO_DIR "/templates/%1/template.yaml").arg(name);
}

QString compatTemplate(const QString &name)
{
    return QStringLiteral(ATRIUM_COMPAT_DIR "/templates/%1/template/template.yaml").arg(name);
}

QJsonObject step(const QString &id, const QString &action, const QJsonObject &input, const QJsonObject &extra = {})
{
    QJsonObject s{{QStringLiteral("id"), id}, {QStringLiteral("name"), id}, {QStringLiteral("action"), action}, {QStringLiteral("input"), input}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        s.insert(it.key(), it.value());
    return s;
}

QJsonObject templateOf(const QJsonArray &steps, const QJsonObject &output = {})
{
    return QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("scaffolder.backstage.io/v1beta3")},
                       {QStringLiteral("kind"), QStringLiteral("Template")},
                       {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("inline")}}},
                       {QStringLiteral("spec"), QJsonObject{{QStringLiteral("steps"), steps}, {QStringLiteral("output"), output}}}};
}

const WorkspaceFile *findFile(const TaskResult &r, const QString &path)
{
    for (const WorkspaceFile &f : r.files)
        if (f.path == path)
            return &f;
    return nullptr;
}

QStringList paths(const TaskResult &r)
{
    QStringList out;
    for (const WorkspaceFile &f : r.files)
        out << f.path;
    return out;
}

/** A file of a branch in a bare repository, read with libgit2. */
QByteArray gitFile(const QString &repoPath, const QString &branch, const QString &file, bool *found = nullptr)
{
    git_libgit2_init();
    QByteArray out;
    git_repository *repo = nullptr;
    bool ok = false;
    if (git_repository_open(&repo, QFile::encodeName(repoPath).constData()) == 0) {
        git_object *obj = nullptr;
        const QByteArray spec = ("refs/heads/" + branch + u':' + file).toUtf8();
        if (git_revparse_single(&obj, repo, spec.constData()) == 0 && git_object_type(obj) == GIT_OBJECT_BLOB) {
            auto *blob = reinterpret_cast<git_blob *>(obj);
            out = QByteArray(static_cast<const char *>(git_blob_rawcontent(blob)), qsizetype(git_blob_rawsize(blob)));
            ok = true;
        }
        git_object_free(obj);
        git_repository_free(repo);
    }
    git_libgit2_shutdown();
    if (found)
        *found = ok;
    return out;
}

QString initBare(const QString &path)
{
    git_libgit2_init();
    git_repository *repo = nullptr;
    git_repository_init(&repo, QFile::encodeName(path).constData(), 1);
    git_repository_free(repo);
    git_libgit2_shutdown();
    return QUrl::fromLocalFile(path).toString();
}

/** A bare repository with one commit on main holding README.md. */
QString initBareWithCommit(const QString &path)
{
    const QString url = initBare(path);
    git_libgit2_init();
    git_repository *repo = nullptr;
    git_repository_open(&repo, QFile::encodeName(path).constData());
    git_oid blob, tree, commit;
    const QByteArray readme = "# infrastructure\n";
    git_blob_create_from_buffer(&blob, repo, readme.constData(), size_t(readme.size()));
    git_treebuilder *tb = nullptr;
    git_treebuilder_new(&tb, repo, nullptr);
    git_treebuilder_insert(nullptr, tb, "README.md", &blob, GIT_FILEMODE_BLOB);
    git_treebuilder_write(&tree, tb);
    git_treebuilder_free(tb);
    git_tree *t = nullptr;
    git_tree_lookup(&t, repo, &tree);
    git_signature *sig = nullptr;
    git_signature_new(&sig, "Test", "test@example.com", 1700000000, 0);
    git_commit_create(&commit, repo, "refs/heads/main", sig, sig, nullptr, "init", t, 0, nullptr);
    git_signature_free(sig);
    git_tree_free(t);
    git_repository_free(repo);
    git_libgit2_shutdown();
    return url;
}

} // namespace

class TestScaffolder : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<fake::FakeScaffolder> m_fake;
    bool m_gitOverHttp = false;

    ActionContext context(const QString &cache = {})
    {
        ActionContext ctx;
        ctx.cachePath = cache;
        const QUrl api = m_fake->apiUrl();
        ctx.githubClient = [api](const QString &host) -> std::unique_ptr<GitHubClient> {
            if (host != u"github.com")
                return nullptr;
            GitHubClient::Options o;
            o.maxAttempts = 1;
            return std::make_unique<GitHubClient>(GitHubEndpoint::forHost(QStringLiteral("github.com"), api), kToken, o);
        };
        ctx.tokenForHost = [](const QString &) { return kToken; };
        ctx.argoInstances << ArgoInstance{QStringLiteral("main"), m_fake->argoUrl(), QByteArrayLiteral("argo-token")};
        ctx.clock = [] { return QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC); };
        return ctx;
    }

    TaskSpec specFor(const QString &templatePath, const QJsonObject &parameters, bool dryRun)
    {
        TaskSpec spec;
        spec.templateEntity = loadTemplate(templatePath);
        spec.templateLocation = templatePath;
        spec.templateRef = QStringLiteral("template:default/") + spec.templateEntity.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString();
        spec.parameters = parameters;
        spec.dryRun = dryRun;
        spec.workspaceParent = m_tmp.path();
        spec.user = QJsonObject{{QStringLiteral("ref"), QStringLiteral("user:default/guest")}};
        return spec;
    }

    TaskResult runInline(const QJsonObject &tmpl, const QJsonObject &params = {}, const Limits &limits = {},
                         const QString &location = QString(), const QJsonObject &secrets = {}, const QString &cache = {})
    {
        TaskSpec spec;
        spec.templateEntity = tmpl;
        spec.templateRef = QStringLiteral("template:default/inline");
        spec.templateLocation = location.isEmpty() ? demoTemplate(QStringLiteral("spring-boot-service")) : location;
        spec.parameters = params;
        spec.secrets = secrets;
        spec.dryRun = true;
        spec.workspaceParent = m_tmp.path();
        ActionContext ctx = context(cache);
        ctx.limits = limits;
        return TaskRunner(spec, ctx).run();
    }

    QJsonObject springParams(const QString &name)
    {
        return QJsonObject{{QStringLiteral("serviceName"), name},
                           {QStringLiteral("description"), QStringLiteral("Loyalty points")},
                           {QStringLiteral("ownerTeam"), QStringLiteral("group:default/team-payments")},
                           {QStringLiteral("tier"), QStringLiteral("tier-2")},
                           {QStringLiteral("javaVersion"), QStringLiteral("21")},
                           {QStringLiteral("database"), QStringLiteral("postgresql")},
                           {QStringLiteral("messageQueue"), QStringLiteral("none")},
                           {QStringLiteral("replicaCount"), 3}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_tmp.isValid());
        m_fake = std::make_unique<fake::FakeScaffolder>();
        QVERIFY(m_fake->listen());
        m_fake->setToken(kToken);
        m_fake->setArgoToken(QByteArrayLiteral("argo-token"));
        m_fake->addOrg(QStringLiteral("acme-commerce"));
        const QString root = m_tmp.path();
        m_gitOverHttp = m_fake->serveGit(root + QStringLiteral("/remotes"), kToken);
        fake::FakeScaffolder *f = m_fake.get();
        m_fake->setCloneUrlProvider([root, f](const QString &owner, const QString &name) {
            const QString url = initBare(QStringLiteral("%1/remotes/%2/%3.git").arg(root, owner, name));
            // Repositories named http-* are pushed to over smart HTTP, with the token.
            return name.startsWith(QStringLiteral("http-")) ? f->gitUrl(QStringLiteral("%1/%2.git").arg(owner, name)) : url;
        });
    }

    void springBootDryRun()
    {
        const TaskSpec spec = specFor(demoTemplate(QStringLiteral("spring-boot-service")), springParams(QStringLiteral("loyalty-points")), true);
        const int before = int(m_fake->requests().size());
        TaskRunner runner(spec, context());
        QSignalSpy finished(&runner, &TaskRunner::finished);
        QSignalSpy changed(&runner, &TaskRunner::stepChanged);
        runner.start();
        QVERIFY(finished.wait(20000));
        const TaskResult r = finished.first().first().value<TaskResult>();
        QCOMPARE(r.status, TaskResult::Completed);
        QVERIFY(changed.size() >= 8);
        QCOMPARE(r.steps.size(), 4);
        for (const StepState &s : r.steps)
            QCOMPARE(s.status, StepState::Completed);
        // File and folder names rendered; workflows verbatim; contents rendered.
        QVERIFY2(findFile(r, QStringLiteral("src/main/java/com/acmecommerce/loyaltypoints/Application.java")), qPrintable(paths(r).join(u'\n')));
        const WorkspaceFile *ci = findFile(r, QStringLiteral(".github/workflows/ci.yml"));
        QVERIFY(ci);
        QVERIFY(ci->content.contains("${{"));
        const WorkspaceFile *catalog = findFile(r, QStringLiteral("catalog-info.yaml"));
        QVERIFY(catalog);
        QVERIFY(catalog->content.contains("loyalty-points"));
        QVERIFY(!catalog->content.contains("${{"));
        // Nothing was called; the publish step says what it would do.
        QCOMPARE(int(m_fake->requests().size()), before);
        QVERIFY(r.steps[1].log.join(u'\n').contains(QStringLiteral("would create the internal repository acme-commerce/loyalty-points")));
        QVERIFY(r.steps[2].log.join(u'\n').contains(QStringLiteral("Dry run: would create the Argo CD application loyalty-points-prod")));
        const QJsonArray links = r.output.value(QStringLiteral("links")).toArray();
        QCOMPARE(links.size(), 2);
        QCOMPARE(links[0].toObject().value(QStringLiteral("url")).toString(), QStringLiteral("https://github.com/acme-commerce/loyalty-points"));
        QCOMPARE(links[1].toObject().value(QStringLiteral("entityRef")).toString(), QStringLiteral("component:default/loyalty-points"));
        // The workspace is gone.
        QVERIFY(!QFileInfo::exists(r.workspacePath));
    }

    void springBootForReal()
    {
        const QString cache = m_tmp.filePath(QStringLiteral("real.sqlite"));
        const TaskSpec spec = specFor(demoTemplate(QStringLiteral("spring-boot-service")), springParams(QStringLiteral("order-history")), false);
        const TaskResult r = TaskRunner(spec, context(cache)).run();
        QVERIFY2(r.status == TaskResult::Completed, qPrintable(r.error));
        const QJsonObject created = m_fake->createdRepos().value(QStringLiteral("acme-commerce/order-history"));
        QCOMPARE(created.value(QStringLiteral("description")).toString(), QStringLiteral("Loyalty points"));
        QCOMPARE(created.value(QStringLiteral("visibility")).toString(), QStringLiteral("internal"));
        QCOMPARE(m_fake->topics().value(QStringLiteral("acme-commerce/order-history")),
                 (QStringList{QStringLiteral("backstage-enabled"), QStringLiteral("spring-boot")}));
        // The pushed commit holds the rendered tree.
        const QString bare = m_tmp.filePath(QStringLiteral("remotes/acme-commerce/order-history.git"));
        bool found = false;
        const QByteArray app = gitFile(bare, QStringLiteral("main"), QStringLiteral("src/main/java/com/acmecommerce/orderhistory/Application.java"), &found);
        QVERIFY(found);
        QVERIFY(!app.contains("${{"));
        QVERIFY(gitFile(bare, QStringLiteral("main"), QStringLiteral(".github/workflows/ci.yml")).contains("${{"));
        QCOMPARE(r.steps[1].output.value(QStringLiteral("commitHash")).toString().size(), 40);
        QCOMPARE(r.steps[1].output.value(QStringLiteral("repoContentsUrl")).toString(), QStringLiteral("https://github.com/acme-commerce/order-history/blob/main"));
        // No token in any request but the Authorization header.
        for (const auto &req : m_fake->requests())
            QVERIFY(!req.path.contains(QString::fromLatin1(kToken)));
        // Argo CD got the application.
        bool argo = false;
        for (const QJsonObject &a : m_fake->argoApplications())
            argo |= a.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString() == u"order-history-prod";
        QVERIFY(argo);
        // Registered: in the cache at once, and the location recorded.
        CatalogStore store;
        QVERIFY(store.open(cache));
        QVERIFY(store.entity(QStringLiteral("component:default/order-history")).has_value());
        TaskStore ts;
        QVERIFY(ts.open(cache));
        QCOMPARE(ts.locations(), QStringList{QStringLiteral("https://github.com/acme-commerce/order-history/blob/main/catalog-info.yaml")});
        const auto rec = ts.task(r.taskId);
        QVERIFY(rec);
        QCOMPARE(rec->status, QStringLiteral("completed"));
        QVERIFY2(rec->error.isEmpty(), qPrintable(rec->error)); // catalog:register opened the store mid-task: not "interrupted"
        QCOMPARE(rec->templateRef, QStringLiteral("template:default/spring-boot-service"));
        QVERIFY(rec->finishedAt.isValid());
        QCOMPARE(rec->steps.size(), 4);
        QCOMPARE(rec->output.value(QStringLiteral("links")).toArray().size(), 2);
        // The token is nowhere in the cache.
        for (const QString &f : QDir(m_tmp.path()).entryList({QStringLiteral("real.sqlite*")})) {
            QFile file(m_tmp.filePath(f));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(!file.readAll().contains(kToken));
        }

        // The same repository again: GitHub's 422 is named.
        const TaskResult again = TaskRunner(spec, context(cache)).run();
        QCOMPARE(again.status, TaskResult::Failed);
        QVERIFY2(again.error.contains(QStringLiteral("name already exists")), qPrintable(again.error));
        QCOMPARE(again.steps[2].status, StepState::Skipped);
    }

    void postgresPullRequest()
    {
        const QString bare = m_tmp.filePath(QStringLiteral("remotes/acme-commerce/infrastructure.git"));
        m_fake->addRepo(QStringLiteral("acme-commerce"), QStringLiteral("infrastructure"), initBareWithCommit(bare));
        const QJsonObject params{{QStringLiteral("dbName"), QStringLiteral("loyalty_points")},
                                 {QStringLiteral("environment"), QStringLiteral("staging")},
                                 {QStringLiteral("instanceClass"), QStringLiteral("db.r7g.large")},
                                 {QStringLiteral("ownerTeam"), QStringLiteral("group:default/team-payments")},
                                 {QStringLiteral("storageGb"), 100},
                                 {QStringLiteral("multiAz"), false}};
        const TaskSpec spec = specFor(demoTemplate(QStringLiteral("provision-postgresql")), params, false);
        const TaskResult r = TaskRunner(spec, context()).run();
        QVERIFY2(r.status == TaskResult::Completed, qPrintable(r.error));
        QList<QJsonObject> prs;
        for (const QJsonObject &p : m_fake->pullRequests())
            if (p.value(u"repo").toString() == u"acme-commerce/infrastructure")
                prs << p;
        QCOMPARE(prs.size(), 1);
        const QJsonObject pr = prs.first();
        QCOMPARE(pr.value(QStringLiteral("head")).toString(), QStringLiteral("provision-db-loyalty_points"));
        QCOMPARE(pr.value(QStringLiteral("base")).toString(), QStringLiteral("main"));
        QVERIFY(pr.value(QStringLiteral("body")).toString().contains(QStringLiteral("- Storage: 100GB")));
        QCOMPARE(pr.value(QStringLiteral("requested")).toObject().value(QStringLiteral("team_reviewers")).toArray().first().toString(), QStringLiteral("team-sre"));
        // The branch holds the old file and the new ones under targetPath.
        QVERIFY(!gitFile(bare, QStringLiteral("provision-db-loyalty_points"), QStringLiteral("README.md")).isEmpty());
        bool any = false;
        const QDir skel(QStringLiteral(ATRIUM_DEMO_DIR "/templates/provision-postgresql/skeleton"));
        for (const QString &f : skel.entryList(QDir::Files)) {
            bool found = false;
            gitFile(bare, QStringLiteral("provision-db-loyalty_points"), QStringLiteral("terraform/rds/staging/loyalty_points/") + f, &found);
            any |= found;
            QVERIFY2(found, qPrintable(f));
        }
        QVERIFY(any);
        const QJsonArray links = r.output.value(QStringLiteral("links")).toArray();
        QCOMPARE(links.first().toObject().value(QStringLiteral("url")).toString(), QStringLiteral("https://github.com/acme-commerce/infrastructure/pull/1"));
    }

    void repositorySettingsCollaboratorsAndAssignees()
    {
        // publish:github's repository settings under GitHub's names, its
        // collaborators (a user and a team), status checks on the branch
        // protection; then a pull request with assignees.
        const QJsonObject publish{
            {QStringLiteral("repoUrl"), QStringLiteral("github.com?owner=acme-commerce&repo=settings-demo")},
            {QStringLiteral("description"), QStringLiteral("Settings")},
            {QStringLiteral("hasWiki"), false}, {QStringLiteral("deleteBranchOnMerge"), true}, {QStringLiteral("allowRebaseMerge"), false},
            {QStringLiteral("homepage"), QStringLiteral("https://settings.example")},
            {QStringLiteral("requiredStatusCheckContexts"), QJsonArray{QStringLiteral("ci/build")}},
            {QStringLiteral("requiredApprovingReviewCount"), 2},
            {QStringLiteral("collaborators"), QJsonArray{QJsonObject{{QStringLiteral("user"), QStringLiteral("jaehyun")}, {QStringLiteral("access"), QStringLiteral("admin")}},
                                                         QJsonObject{{QStringLiteral("team"), QStringLiteral("team-sre")}, {QStringLiteral("access"), QStringLiteral("push")}}}}};
        const QJsonObject write{{QStringLiteral("entity"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("Component")}}}};
        TaskSpec spec;
        spec.templateEntity = templateOf({step(QStringLiteral("write"), QStringLiteral("catalog:write"), write),
                                          step(QStringLiteral("publish"), QStringLiteral("publish:github"), publish)});
        spec.templateLocation = demoTemplate(QStringLiteral("spring-boot-service"));
        spec.workspaceParent = m_tmp.path();
        const TaskResult r = TaskRunner(spec, context()).run();
        QVERIFY2(r.status == TaskResult::Completed, qPrintable(r.error));
        const QJsonObject created = m_fake->createdRepos().value(QStringLiteral("acme-commerce/settings-demo"));
        QCOMPARE(created.value(u"has_wiki"), QJsonValue(false));
        QCOMPARE(created.value(u"delete_branch_on_merge"), QJsonValue(true));
        QCOMPARE(created.value(u"allow_rebase_merge"), QJsonValue(false));
        QCOMPARE(created.value(u"homepage").toString(), QStringLiteral("https://settings.example"));
        QVERIFY(!created.contains(u"has_issues")); // not given: GitHub's default
        bool user = false, team = false, protection = false;
        for (const fake::FakeScaffolderRequest &q : m_fake->requests()) {
            user = user || (q.method == "PUT" && q.path.endsWith(u"/repos/acme-commerce/settings-demo/collaborators/jaehyun")
                            && q.body.value(u"permission").toString() == u"admin");
            team = team || (q.method == "PUT" && q.path.endsWith(u"/orgs/acme-commerce/teams/team-sre/repos/acme-commerce/settings-demo")
                            && q.body.value(u"permission").toString() == u"push");
            if (q.method == "PUT" && q.path.endsWith(u"/branches/main/protection")) {
                protection = q.body.value(u"required_status_checks").toObject().value(u"contexts").toArray() == QJsonArray{QStringLiteral("ci/build")}
                    && q.body.value(u"required_pull_request_reviews").toObject().value(u"required_approving_review_count").toInt() == 2;
            }
        }
        QVERIFY(user);
        QVERIFY(team);
        QVERIFY(protection);
        QVERIFY(r.steps[1].log.join(u'\n').contains(QStringLiteral("team-sre")));

        // The pull request, assigned.
        const QJsonObject pr{{QStringLiteral("repoUrl"), QStringLiteral("github.com?owner=acme-commerce&repo=settings-demo")},
                             {QStringLiteral("branchName"), QStringLiteral("assigned")}, {QStringLiteral("title"), QStringLiteral("Assigned")},
                             {QStringLiteral("assignees"), QJsonArray{QStringLiteral("jaehyun")}}};
        spec.templateEntity = templateOf({step(QStringLiteral("write"), QStringLiteral("catalog:write"), write),
                                          step(QStringLiteral("pr"), QStringLiteral("publish:github:pull-request"), pr)});
        const TaskResult r2 = TaskRunner(spec, context()).run();
        QVERIFY2(r2.status == TaskResult::Completed, qPrintable(r2.error));
        bool assigned = false;
        for (const QJsonObject &p : m_fake->pullRequests())
            assigned = assigned || (p.value(u"head").toString() == u"assigned" && p.value(u"assignees").toArray() == QJsonArray{QStringLiteral("jaehyun")});
        QVERIFY(assigned);
    }

    void compatTemplatesDryRun_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QJsonObject>("params");
        QTest::newRow("create-app") << QStringLiteral("create-app")
                                    << QJsonObject{{QStringLiteral("name"), QStringLiteral("my-app")},
                                                   {QStringLiteral("repoUrl"), QStringLiteral("github.com?owner=octocat&repo=my-app")}};
        QTest::newRow("demo") << QStringLiteral("demo")
                              << QJsonObject{{QStringLiteral("name"), QStringLiteral("Ada")},
                                             {QStringLiteral("mode"), QStringLiteral("dark")},
                                             {QStringLiteral("topics"), QJsonArray{QStringLiteral("builtin-actions")}},
                                             {QStringLiteral("repoUrl"), QStringLiteral("github.com?owner=octocat&repo=landing")}};
    }

    void compatTemplatesDryRun()
    {
        QFETCH(QString, name);
        QFETCH(QJsonObject, params);
        const TaskSpec spec = specFor(compatTemplate(name), params, true);
        QVERIFY(!spec.templateEntity.isEmpty());
        QCOMPARE(unsupportedActions(spec.templateEntity), QStringList());
        const TaskResult r = TaskRunner(spec, context()).run();
        QVERIFY2(r.status == TaskResult::Completed, qPrintable(r.error));
        QVERIFY(!r.files.isEmpty());
        if (name == u"create-app") {
            QVERIFY(findFile(r, QStringLiteral("catalog-info.yaml"))->content.contains("my-app"));
            QCOMPARE(r.output.value(QStringLiteral("links")).toArray().first().toObject().value(QStringLiteral("url")).toString(),
                     QStringLiteral("https://github.com/octocat/my-app"));
        } else {
            const WorkspaceFile *gif = findFile(r, QStringLiteral("rocket.gif"));
            QVERIFY(gif && gif->binary);
            QFile orig(QStringLiteral(ATRIUM_COMPAT_DIR "/templates/demo/template/skeleton/rocket.gif"));
            QVERIFY(orig.open(QIODevice::ReadOnly));
            QCOMPARE(gif->content, orig.readAll());
            QVERIFY(findFile(r, QStringLiteral("index.html"))->content.contains("Ada"));
            QVERIFY(r.steps[0].log.join(u'\n').contains(QStringLiteral("- Owner: octocat")));
        }
    }

    void compatCreateAppForReal()
    {
        const QJsonObject params{{QStringLiteral("name"), QStringLiteral("user-app")},
                                 {QStringLiteral("repoUrl"), QStringLiteral("github.com?owner=octocat&repo=user-app")}};
        const TaskResult r = TaskRunner(specFor(compatTemplate(QStringLiteral("create-app")), params, false),
                                        context(m_tmp.filePath(QStringLiteral("create-app.sqlite")))).run();
        QVERIFY2(r.status == TaskResult::Completed, qPrintable(r.error));
        // octocat is a user: POST /user/repos.
        bool userRoute = false;
        for (const auto &req : m_fake->requests())
            userRoute |= req.method == "POST" && req.path == u"/api/v3/user/repos" && req.status == 201;
        QVERIFY(userRoute);
        QVERIFY(gitFile(m_tmp.filePath(QStringLiteral("remotes/octocat/user-app.git")), QStringLiteral("main"), QStringLiteral("package.json")).contains("user-app"));
    }

    void pushOverHttpWithToken()
    {
        if (!m_gitOverHttp)
            QSKIP("git is not installed: no smart-HTTP server for the push");
        const QJsonObject params{{QStringLiteral("name"), QStringLiteral("http-app")},
                                 {QStringLiteral("repoUrl"), QStringLiteral("github.com?owner=acme-commerce&repo=http-app")}};
        const TaskResult r = TaskRunner(specFor(compatTemplate(QStringLiteral("create-app")), params, false),
                                        context(m_tmp.filePath(QStringLiteral("http.sqlite")))).run();
        QVERIFY2(r.status == TaskResult::Completed, qPrintable(r.error));
        QVERIFY(gitFile(m_tmp.filePath(QStringLiteral("remotes/acme-commerce/http-app.git")), QStringLiteral("main"), QStringLiteral("package.json")).contains("http-app"));
        // The token went as Basic credentials after the server asked, never in a URL.
        bool basic = false;
        for (const auto &req : m_fake->requests()) {
            QVERIFY(!req.path.contains(QString::fromLatin1(kToken)));
            basic |= req.path.startsWith(QStringLiteral("/git/")) && req.authorization.startsWith("Basic ");
        }
        QVERIFY(basic);
    }

    void ifEachAlways()
    {
        const QJsonArray steps{
            step(QStringLiteral("loop"), QStringLiteral("debug:log"), {{QStringLiteral("message"), QStringLiteral("${{ each.key }}=${{ each.value }}")}},
                 {{QStringLiteral("each"), QStringLiteral("${{ parameters.items }}")}}),
            step(QStringLiteral("off"), QStringLiteral("debug:log"), {{QStringLiteral("message"), QStringLiteral("never")}},
                 {{QStringLiteral("if"), QStringLiteral("${{ parameters.flag }}")}}),
            step(QStringLiteral("write"), QStringLiteral("fetch:template:file"),
                 {{QStringLiteral("url"), QStringLiteral("./skeleton/README.md")}, {QStringLiteral("targetPath"), QStringLiteral("README.md")},
                  {QStringLiteral("values"), QJsonObject{{QStringLiteral("serviceName"), QStringLiteral("svc")}}}}),
            step(QStringLiteral("boom"), QStringLiteral("fs:rename"),
                 {{QStringLiteral("files"), QJsonArray{QJsonObject{{QStringLiteral("from"), QStringLiteral("missing")}, {QStringLiteral("to"), QStringLiteral("x")}}}}}),
            step(QStringLiteral("after"), QStringLiteral("debug:log"), {{QStringLiteral("message"), QStringLiteral("skipped")}}),
            step(QStringLiteral("cleanup"), QStringLiteral("debug:log"), {{QStringLiteral("message"), QStringLiteral("always ran")}},
                 {{QStringLiteral("if"), QStringLiteral("${{ always() }}")}}),
            step(QStringLiteral("onfail"), QStringLiteral("debug:log"), {{QStringLiteral("message"), QStringLiteral("failure ran")}},
                 {{QStringLiteral("if"), QStringLiteral("${{ failure() }}")}}),
        };
        const QJsonObject output{
            {QStringLiteral("links"), QJsonArray{QJsonObject{{QStringLiteral("title"), QStringLiteral("kept")}, {QStringLiteral("url"), QStringLiteral("https://x/${{ parameters.items[0] }}")}},
                                                QJsonObject{{QStringLiteral("title"), QStringLiteral("dropped")}, {QStringLiteral("url"), QStringLiteral("https://y")},
                                                            {QStringLiteral("if"), QStringLiteral("${{ parameters.flag }}")}}}},
            {QStringLiteral("text"), QJsonArray{QJsonObject{{QStringLiteral("title"), QStringLiteral("t")}, {QStringLiteral("content"), QStringLiteral("${{ steps.loop.output | dump }}")}}}}};
        const TaskResult r = runInline(templateOf(steps, output),
                                       {{QStringLiteral("items"), QJsonArray{QStringLiteral("a"), QStringLiteral("b")}}, {QStringLiteral("flag"), false}});
        QCOMPARE(r.status, TaskResult::Failed);
        QCOMPARE(r.steps[0].status, StepState::Completed);
        QCOMPARE(r.steps[0].log, (QStringList{QStringLiteral("0=a"), QStringLiteral("1=b")}));
        QCOMPARE(r.steps[1].status, StepState::Skipped);
        QCOMPARE(r.steps[2].status, StepState::Completed);
        QCOMPARE(r.steps[3].status, StepState::Failed);
        QVERIFY(r.steps[3].error.contains(QStringLiteral("missing")));
        QCOMPARE(r.steps[4].status, StepState::Skipped);
        QCOMPARE(r.steps[5].status, StepState::Completed);
        QCOMPARE(r.steps[6].status, StepState::Completed);
        QVERIFY(r.error.contains(QStringLiteral("boom")));
        const QJsonArray links = r.output.value(QStringLiteral("links")).toArray();
        QCOMPARE(links.size(), 1);
        QCOMPARE(links[0].toObject().value(QStringLiteral("url")).toString(), QStringLiteral("https://x/a"));
        QVERIFY(findFile(r, QStringLiteral("README.md"))->content.contains("svc"));
    }

    void fetchTemplateOptions()
    {
        QTemporaryDir dir;
        auto write = [&](const QString &path, const QByteArray &data, bool exec = false) {
            QDir(dir.path()).mkpath(QFileInfo(dir.filePath(path)).path());
            QFile f(dir.filePath(path));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(data);
            f.close();
            if (exec)
                f.setPermissions(f.permissions() | QFile::ExeOwner);
        };
        write(QStringLiteral("template.yaml"), "");
        write(QStringLiteral("skel/${{ values.name }}.txt"), "hello ${{ values.name }}\n");
        write(QStringLiteral("skel/raw/a.txt"), "${{ github.sha }}");
        write(QStringLiteral("skel/raw/b.txt"), "${{ values.name }}");
        write(QStringLiteral("skel/run.sh"), "#!/bin/sh\necho ${{ values.name }}\n", true);
        write(QStringLiteral("skel/dir/${{ values.none }}/dropped.txt"), "x");
        write(QStringLiteral("skel/blocks.txt"), "{% if true %}\n  {% if true %}\nin\n  {% endif %}\n{% endif %}\n");
        write(QStringLiteral("njk/a.txt.njk"), "${{ values.name }}");
        write(QStringLiteral("njk/b.txt"), "${{ values.name }}");
        write(QStringLiteral("cookie/c.txt"), "{{ cookiecutter.name }}");
        const QJsonObject values{{QStringLiteral("name"), QStringLiteral("svc")}};
        const QJsonArray steps{
            step(QStringLiteral("main"), QStringLiteral("fetch:template"),
                 {{QStringLiteral("url"), QStringLiteral("./skel")}, {QStringLiteral("values"), values}, {QStringLiteral("trimBlocks"), true},
                  {QStringLiteral("lstripBlocks"), true},
                  {QStringLiteral("copyWithoutTemplating"), QJsonArray{QStringLiteral("raw/**"), QStringLiteral("!raw/b.txt")}}}),
            step(QStringLiteral("again"), QStringLiteral("fetch:template"),
                 {{QStringLiteral("url"), QStringLiteral("./skel")}, {QStringLiteral("values"), QJsonObject{{QStringLiteral("name"), QStringLiteral("svc")}, {QStringLiteral("x"), 1}}},
                  {QStringLiteral("copyWithoutTemplating"), QJsonArray{QStringLiteral("raw/**"), QStringLiteral("!raw/b.txt")}}}),
            step(QStringLiteral("njk"), QStringLiteral("fetch:template"),
                 {{QStringLiteral("url"), QStringLiteral("./njk")}, {QStringLiteral("targetPath"), QStringLiteral("njk")}, {QStringLiteral("values"), values},
                  {QStringLiteral("templateFileExtension"), true}}),
            step(QStringLiteral("cookie"), QStringLiteral("fetch:template"),
                 {{QStringLiteral("url"), QStringLiteral("./cookie")}, {QStringLiteral("targetPath"), QStringLiteral("cookie")}, {QStringLiteral("values"), values},
                  {QStringLiteral("cookiecutterCompat"), true}}),
            step(QStringLiteral("write"), QStringLiteral("catalog:write"),
                 {{QStringLiteral("entity"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("Component")}, {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("svc")}}}}}}),
            step(QStringLiteral("rename"), QStringLiteral("fs:rename"),
                 {{QStringLiteral("files"), QJsonArray{QJsonObject{{QStringLiteral("from"), QStringLiteral("svc.txt")}, {QStringLiteral("to"), QStringLiteral("moved/svc.txt")}}}}}),
            step(QStringLiteral("delete"), QStringLiteral("fs:delete"), {{QStringLiteral("files"), QJsonArray{QStringLiteral("raw/*.txt")}}}),
            step(QStringLiteral("list"), QStringLiteral("debug:log"), {{QStringLiteral("listWorkspace"), QStringLiteral("with-filenames")}}),
        };
        const TaskResult r = runInline(templateOf(steps), {}, {}, dir.filePath(QStringLiteral("template.yaml")));
        QVERIFY2(r.status == TaskResult::Completed, qPrintable(r.error));
        QCOMPARE(paths(r), (QStringList{QStringLiteral("blocks.txt"), QStringLiteral("catalog-info.yaml"), QStringLiteral("cookie/c.txt"),
                                        QStringLiteral("moved/svc.txt"), QStringLiteral("njk/a.txt"), QStringLiteral("njk/b.txt"), QStringLiteral("run.sh")}));
        QCOMPARE(findFile(r, QStringLiteral("moved/svc.txt"))->content, QByteArray("hello svc\n"));
        QCOMPARE(findFile(r, QStringLiteral("blocks.txt"))->content, QByteArray("in\n"));
        QVERIFY(findFile(r, QStringLiteral("run.sh"))->executable);
        QCOMPARE(findFile(r, QStringLiteral("njk/a.txt"))->content, QByteArray("svc"));
        QCOMPARE(findFile(r, QStringLiteral("njk/b.txt"))->content, QByteArray("${{ values.name }}"));
        QCOMPARE(findFile(r, QStringLiteral("cookie/c.txt"))->content, QByteArray("svc"));
        QVERIFY(findFile(r, QStringLiteral("catalog-info.yaml"))->content.contains("name: svc"));
        QVERIFY(r.steps[1].log.join(u'\n').contains(QStringLiteral("Keeping the existing file")));
        QVERIFY(r.steps[7].log.contains(QStringLiteral("  moved/svc.txt")));
        // fetch:plain:file needs a targetPath.
        const TaskResult r3 = runInline(templateOf({step(QStringLiteral("p"), QStringLiteral("fetch:plain:file"), {{QStringLiteral("url"), QStringLiteral("./njk/b.txt")}})}),
                                        {}, {}, dir.filePath(QStringLiteral("template.yaml")));
        QVERIFY2(r3.steps[0].error.contains(QStringLiteral("targetPath")), qPrintable(r3.steps[0].error));

        // Before the delete: raw/a.txt verbatim, raw/b.txt rendered (the `!` glob).
        const QJsonArray upTo{steps[0]};
        const TaskResult r2 = runInline(templateOf(upTo), {}, {}, dir.filePath(QStringLiteral("template.yaml")));
        QCOMPARE(findFile(r2, QStringLiteral("raw/a.txt"))->content, QByteArray("${{ github.sha }}"));
        QCOMPARE(findFile(r2, QStringLiteral("raw/b.txt"))->content, QByteArray("svc"));
        QVERIFY(!findFile(r2, QStringLiteral("dir/dropped.txt")));
    }

    void fetchFromAGitHubUrl()
    {
        // As Backstage's URL reader: a folder (…/tree/REF/PATH) or a file
        // (…/blob/REF/PATH) of a repository on a configured GitHub host.
        m_fake->addTree(QStringLiteral("acme-commerce"), QStringLiteral("community"), QStringLiteral("main"),
                        {{QStringLiteral("sessions/intro.md"), "# Hello ${{ values.who }}\n"},
                         {QStringLiteral("sessions/deep/notes.txt"), "notes\n"},
                         {QStringLiteral("other/secret.txt"), "not this\n"}});
        const QJsonObject tmpl = templateOf({
            step(QStringLiteral("folder"), QStringLiteral("fetch:template"),
                 {{QStringLiteral("url"), QStringLiteral("https://github.com/acme-commerce/community/tree/main/sessions")},
                  {QStringLiteral("targetPath"), QStringLiteral("docs")},
                  {QStringLiteral("values"), QJsonObject{{QStringLiteral("who"), QStringLiteral("Ada")}}}}),
            step(QStringLiteral("file"), QStringLiteral("fetch:plain:file"),
                 {{QStringLiteral("url"), QStringLiteral("https://github.com/acme-commerce/community/blob/main/sessions/deep/notes.txt")},
                  {QStringLiteral("targetPath"), QStringLiteral("NOTES.txt")}})});
        const TaskResult r = runInline(tmpl);
        QVERIFY2(r.status == TaskResult::Completed, qPrintable(r.error));
        QCOMPARE(findFile(r, QStringLiteral("docs/intro.md"))->content, QByteArray("# Hello Ada\n"));
        QVERIFY(findFile(r, QStringLiteral("docs/deep/notes.txt")));
        QCOMPARE(findFile(r, QStringLiteral("NOTES.txt"))->content, QByteArray("notes\n"));
        // Only the folder asked for.
        QVERIFY(!findFile(r, QStringLiteral("docs/secret.txt")));
        QVERIFY(!findFile(r, QStringLiteral("secret.txt")));
        // A host with no integration, and a URL that is not a GitHub folder or file, are named.
        const TaskResult other = runInline(templateOf({step(QStringLiteral("x"), QStringLiteral("fetch:plain"),
                                                            {{QStringLiteral("url"), QStringLiteral("https://gitlab.example/a/b/tree/main/x")}})}));
        QCOMPARE(other.status, TaskResult::Failed);
        QVERIFY2(other.error.contains(QStringLiteral("gitlab.example")), qPrintable(other.error));
        const TaskResult odd = runInline(templateOf({step(QStringLiteral("x"), QStringLiteral("fetch:plain"),
                                                          {{QStringLiteral("url"), QStringLiteral("https://github.com/acme-commerce/community")}})}));
        QCOMPARE(odd.status, TaskResult::Failed);
        QVERIFY2(odd.error.contains(QStringLiteral("tree/REF/PATH")), qPrintable(odd.error));
    }

    void argoExistingApplication()
    {
        ActionContext ctx = context();
        const QJsonObject input{{QStringLiteral("appName"), QStringLiteral("dup-app")}, {QStringLiteral("argoInstance"), QStringLiteral("main")},
                                {QStringLiteral("namespace"), QStringLiteral("dup")}, {QStringLiteral("repoUrl"), QStringLiteral("https://github.com/a/b")},
                                {QStringLiteral("path"), QStringLiteral("k8s")}};
        TaskSpec spec;
        spec.templateEntity = templateOf({step(QStringLiteral("argo"), QStringLiteral("argocd:create-resources"), input)});
        spec.workspaceParent = m_tmp.path();
        QCOMPARE(TaskRunner(spec, ctx).run().status, TaskResult::Completed);
        // As Roadie's action: the AppProject (named after the app) first,
        // limited to the repository and namespace, then the app in it.
        auto projectNamed = [this](const QString &name) {
            for (const QJsonObject &p : m_fake->argoProjects())
                if (p.value(u"metadata").toObject().value(u"name").toString() == name)
                    return p;
            return QJsonObject();
        };
        auto appNamed = [this](const QString &name) {
            for (const QJsonObject &a : m_fake->argoApplications())
                if (a.value(u"metadata").toObject().value(u"name").toString() == name)
                    return a;
            return QJsonObject();
        };
        const QJsonObject project = projectNamed(QStringLiteral("dup-app"));
        QCOMPARE(project.value(u"spec").toObject().value(u"sourceRepos").toArray(), QJsonArray{QStringLiteral("https://github.com/a/b")});
        QCOMPARE(project.value(u"spec").toObject().value(u"destinations").toArray().first().toObject().value(u"namespace").toString(), QStringLiteral("dup"));
        QCOMPARE(appNamed(QStringLiteral("dup-app")).value(u"spec").toObject().value(u"project").toString(), QStringLiteral("dup-app"));

        // A project that exists with another spec is used as it is.
        QJsonObject second = input;
        second.insert(QStringLiteral("appName"), QStringLiteral("second-app"));
        second.insert(QStringLiteral("projectName"), QStringLiteral("dup-app"));
        second.insert(QStringLiteral("repoUrl"), QStringLiteral("https://github.com/a/c"));
        spec.templateEntity = templateOf({step(QStringLiteral("argo"), QStringLiteral("argocd:create-resources"), second)});
        TaskResult r2 = TaskRunner(spec, ctx).run();
        QCOMPARE(r2.status, TaskResult::Completed);
        QVERIFY(r2.steps[0].log.join(u'\n').contains(QStringLiteral("exists already")));
        QCOMPARE(appNamed(QStringLiteral("second-app")).value(u"spec").toObject().value(u"project").toString(), QStringLiteral("dup-app"));
        // createProject: false creates none and uses `default`.
        QJsonObject third = input;
        third.insert(QStringLiteral("appName"), QStringLiteral("third-app"));
        third.insert(QStringLiteral("createProject"), false);
        spec.templateEntity = templateOf({step(QStringLiteral("argo"), QStringLiteral("argocd:create-resources"), third)});
        QCOMPARE(TaskRunner(spec, ctx).run().status, TaskResult::Completed);
        QVERIFY(projectNamed(QStringLiteral("third-app")).isEmpty());
        QCOMPARE(appNamed(QStringLiteral("third-app")).value(u"spec").toObject().value(u"project").toString(), QStringLiteral("default"));

        QJsonObject changed = input;
        changed.insert(QStringLiteral("path"), QStringLiteral("other"));
        spec.templateEntity = templateOf({step(QStringLiteral("argo"), QStringLiteral("argocd:create-resources"), changed)});
        const TaskResult r = TaskRunner(spec, ctx).run();
        QCOMPARE(r.status, TaskResult::Failed);
        QVERIFY2(r.steps[0].error.contains(QStringLiteral("different spec")), qPrintable(r.steps[0].error));
        // An instance that is not configured is named.
        changed.insert(QStringLiteral("argoInstance"), QStringLiteral("nope"));
        spec.templateEntity = templateOf({step(QStringLiteral("argo"), QStringLiteral("argocd:create-resources"), changed)});
        QVERIFY(TaskRunner(spec, ctx).run().steps[0].error.contains(QStringLiteral("\"nope\"")));
    }

    void cancel()
    {
        TaskSpec spec;
        spec.templateEntity = templateOf({step(QStringLiteral("wait"), QStringLiteral("debug:wait"), {{QStringLiteral("seconds"), 20}}),
                                          step(QStringLiteral("after"), QStringLiteral("debug:log"), {{QStringLiteral("message"), QStringLiteral("x")}})});
        spec.workspaceParent = m_tmp.path();
        TaskRunner runner(spec, context());
        QSignalSpy finished(&runner, &TaskRunner::finished);
        QSignalSpy log(&runner, &TaskRunner::logLine);
        runner.start();
        QVERIFY(log.wait(5000));
        runner.cancel();
        QVERIFY(finished.wait(5000));
        const TaskResult r = finished.first().first().value<TaskResult>();
        QCOMPARE(r.status, TaskResult::Cancelled);
        QCOMPARE(r.steps[0].status, StepState::Cancelled);
        QCOMPARE(r.steps[1].status, StepState::Cancelled);
    }

    void templateFromGitHub()
    {
        m_fake->addTree(QStringLiteral("acme-commerce"), QStringLiteral("golden-paths"), QStringLiteral("main"),
                        {{QStringLiteral("templates/web/template.yaml"), "kind: Template\n"},
                         {QStringLiteral("templates/web/skeleton/${{ values.name }}.md"), "# ${{ values.name }}\n"},
                         {QStringLiteral("templates/web/skeleton/build.sh*"), "#!/bin/sh\n"},
                         {QStringLiteral("secrets/prod.env"), "PASSWORD=x\n"}});
        TaskSpec spec;
        spec.templateEntity = templateOf({step(QStringLiteral("f"), QStringLiteral("fetch:template"),
                                               {{QStringLiteral("url"), QStringLiteral("./skeleton")}, {QStringLiteral("values"), QJsonObject{{QStringLiteral("name"), QStringLiteral("web")}}}}),
                                          step(QStringLiteral("g"), QStringLiteral("fetch:plain:file"),
                                               {{QStringLiteral("url"), QStringLiteral("../../secrets/prod.env")}, {QStringLiteral("targetPath"), QStringLiteral("x")}},
                                               {{QStringLiteral("if"), QStringLiteral("${{ parameters.escape }}")}})});
        spec.templateLocation = QStringLiteral("https://github.com/acme-commerce/golden-paths/blob/main/templates/web/template.yaml");
        spec.dryRun = true;
        spec.workspaceParent = m_tmp.path();
        TaskResult r = TaskRunner(spec, context()).run();
        QVERIFY2(r.status == TaskResult::Completed, qPrintable(r.error));
        QCOMPARE(paths(r), (QStringList{QStringLiteral("build.sh"), QStringLiteral("web.md")}));
        QVERIFY(findFile(r, QStringLiteral("build.sh"))->executable);
        QCOMPARE(findFile(r, QStringLiteral("web.md"))->content, QByteArray("# web\n"));
        // The rest of the repository is out of reach.
        spec.parameters = QJsonObject{{QStringLiteral("escape"), true}};
        r = TaskRunner(spec, context()).run();
        QCOMPARE(r.status, TaskResult::Failed);
        QVERIFY2(r.steps[1].error.contains(QStringLiteral("outside the template's folder")), qPrintable(r.steps[1].error));
    }

    void globs()
    {
        using scaffolder::detail::globMatch;
        QVERIFY(globMatch(QStringLiteral(".github/workflows/*"), QStringLiteral(".github/workflows/ci.yml")));
        QVERIFY(!globMatch(QStringLiteral(".github/workflows/*"), QStringLiteral(".github/workflows/sub/ci.yml")));
        QVERIFY(globMatch(QStringLiteral("**/*.png"), QStringLiteral("a/b/c.png")));
        QVERIFY(globMatch(QStringLiteral("**/*.png"), QStringLiteral("c.png")));
        QVERIFY(globMatch(QStringLiteral("*.{yml,yaml}"), QStringLiteral("x.yaml")));
        QVERIFY(globMatch(QStringLiteral("{a,b}/x,y"), QStringLiteral("b/x,y")));
        QVERIFY(globMatch(QStringLiteral("file?.[ch]"), QStringLiteral("file1.h")));
        QVERIFY(!globMatch(QStringLiteral("*.txt"), QStringLiteral("dir/a.txt")));
    }

    void unknownAction()
    {
        const TaskResult r = runInline(templateOf({step(QStringLiteral("x"), QStringLiteral("acme:frobnicate"), {})}));
        QCOMPARE(r.status, TaskResult::Failed);
        QVERIFY(r.steps[0].error.contains(QStringLiteral("\"acme:frobnicate\"")));
        QCOMPARE(unsupportedActions(templateOf({step(QStringLiteral("x"), QStringLiteral("acme:frobnicate"), {})})),
                 QStringList{QStringLiteral("acme:frobnicate")});
    }

    void pathSafety_data()
    {
        QTest::addColumn<QJsonObject>("stepObj");
        QTest::addColumn<QString>("expected");
        QTest::newRow("targetPath ..") << step(QStringLiteral("s"), QStringLiteral("fetch:template"),
                                               {{QStringLiteral("url"), QStringLiteral("./skeleton")}, {QStringLiteral("targetPath"), QStringLiteral("../escape")}})
                                       << QStringLiteral("outside the workspace");
        QTest::newRow("targetPath absolute") << step(QStringLiteral("s"), QStringLiteral("fetch:plain"),
                                                     {{QStringLiteral("url"), QStringLiteral("./skeleton")}, {QStringLiteral("targetPath"), QStringLiteral("/tmp/escape")}})
                                             << QStringLiteral("absolute path");
        QTest::newRow("url ..") << step(QStringLiteral("s"), QStringLiteral("fetch:plain"), {{QStringLiteral("url"), QStringLiteral("../../../../../../etc")}})
                                << QStringLiteral("outside the template's folder");
        QTest::newRow("url absolute") << step(QStringLiteral("s"), QStringLiteral("fetch:plain:file"),
                                              {{QStringLiteral("url"), QStringLiteral("/etc/passwd")}, {QStringLiteral("targetPath"), QStringLiteral("p")}})
                                      << QStringLiteral("absolute path");
        QTest::newRow("rename out") << step(QStringLiteral("s"), QStringLiteral("fs:rename"),
                                            {{QStringLiteral("files"), QJsonArray{QJsonObject{{QStringLiteral("from"), QStringLiteral("a")}, {QStringLiteral("to"), QStringLiteral("../../a")}}}}})
                                    << QStringLiteral("inside the workspace");
        QTest::newRow("delete out") << step(QStringLiteral("s"), QStringLiteral("fs:delete"), {{QStringLiteral("files"), QJsonArray{QStringLiteral("../*")}}})
                                    << QStringLiteral("outside the workspace");
    }

    void pathSafety()
    {
        QFETCH(QJsonObject, stepObj);
        QFETCH(QString, expected);
        const TaskResult r = runInline(templateOf({stepObj}));
        QCOMPARE(r.status, TaskResult::Failed);
        QVERIFY2(r.steps[0].error.contains(expected), qPrintable(r.steps[0].error));
        QVERIFY(!QFileInfo::exists(m_tmp.filePath(QStringLiteral("escape"))));
    }

    void skeletonSafety()
    {
        // A template of its own: a symlink out, and a file name that renders to ../
        QTemporaryDir dir;
        QDir(dir.path()).mkpath(QStringLiteral("link/skel"));
        QDir(dir.path()).mkpath(QStringLiteral("name/skel"));
        QFile::link(QStringLiteral("/etc/passwd"), dir.filePath(QStringLiteral("link/skel/passwd")));
        for (const QString &t : {QStringLiteral("link/template.yaml"), QStringLiteral("name/template.yaml")}) {
            QFile y(dir.filePath(t));
            QVERIFY(y.open(QIODevice::WriteOnly));
        }
        QFile f(dir.filePath(QStringLiteral("name/skel/${{ values.name }}")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x");
        f.close();
        const QJsonObject fetch = step(QStringLiteral("s"), QStringLiteral("fetch:template"), {{QStringLiteral("url"), QStringLiteral("./skel")},
                                                                                           {QStringLiteral("values"), QJsonObject{{QStringLiteral("name"), QStringLiteral("../../evil")}}}});
        TaskResult r = runInline(templateOf({fetch}), {}, {}, dir.filePath(QStringLiteral("link/template.yaml")));
        QCOMPARE(r.status, TaskResult::Failed);
        QVERIFY2(r.steps[0].error.contains(QStringLiteral("symbolic link")), qPrintable(r.steps[0].error));
        r = runInline(templateOf({fetch}), {}, {}, dir.filePath(QStringLiteral("name/template.yaml")));
        QCOMPARE(r.status, TaskResult::Failed);
        QVERIFY2(r.steps[0].error.contains(QStringLiteral("outside the workspace")), qPrintable(r.steps[0].error));
    }

    void limits()
    {
        Limits l;
        l.maxFiles = 3;
        const QJsonObject fetch = step(QStringLiteral("s"), QStringLiteral("fetch:plain"), {{QStringLiteral("url"), QStringLiteral("./skeleton")}});
        TaskResult r = runInline(templateOf({fetch}), {}, l);
        QCOMPARE(r.status, TaskResult::Failed);
        QVERIFY2(r.steps[0].error.contains(QStringLiteral("maxFiles")), qPrintable(r.steps[0].error));
        l = Limits();
        l.maxTotalBytes = 100;
        r = runInline(templateOf({fetch}), {}, l);
        QVERIFY2(r.steps[0].error.contains(QStringLiteral("maxTotalBytes")), qPrintable(r.steps[0].error));
    }

    void secretsNeverStored()
    {
        const QString cache = m_tmp.filePath(QStringLiteral("secrets.sqlite"));
        const QString secret = QStringLiteral("s3cr3t-value-that-must-not-leak");
        QJsonObject tmpl = templateOf({step(QStringLiteral("log"), QStringLiteral("debug:log"),
                                            {{QStringLiteral("message"), QStringLiteral("token is ${{ secrets.apiToken }} and pw ${{ parameters.password }}")}}),
                                       step(QStringLiteral("bad"), QStringLiteral("fs:rename"),
                                            {{QStringLiteral("files"), QJsonArray{QJsonObject{{QStringLiteral("from"), QStringLiteral("${{ secrets.apiToken }}")}, {QStringLiteral("to"), QStringLiteral("x")}}}}})});
        QJsonObject spec = tmpl.value(QStringLiteral("spec")).toObject();
        spec.insert(QStringLiteral("parameters"), QJsonObject{{QStringLiteral("properties"), QJsonObject{
            {QStringLiteral("password"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}, {QStringLiteral("ui:widget"), QStringLiteral("password")}}}}}});
        tmpl.insert(QStringLiteral("spec"), spec);
        const TaskResult r = runInline(tmpl, {{QStringLiteral("password"), QStringLiteral("hunter2-password")}}, {}, {},
                                       {{QStringLiteral("apiToken"), secret}}, cache);
        QCOMPARE(r.status, TaskResult::Failed);
        QVERIFY(r.steps[0].log.join(u'\n').contains(QStringLiteral("token is *** and")));
        QVERIFY(!r.steps[1].error.contains(secret));
        TaskStore ts;
        QVERIFY(ts.open(cache));
        const auto rec = ts.task(r.taskId);
        QVERIFY(rec);
        QCOMPARE(rec->parameters.value(QStringLiteral("password")).toString(), QStringLiteral("********"));
        ts.close();
        for (const QString &f : QDir(m_tmp.path()).entryList({QStringLiteral("secrets.sqlite*")})) {
            QFile file(m_tmp.filePath(f));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray all = file.readAll();
            QVERIFY2(!all.contains(secret.toUtf8()), qPrintable(f));
            QVERIFY2(!all.contains("hunter2-password"), qPrintable(f));
        }
    }

    void killedTaskIsFailed()
    {
        const QString cache = m_tmp.filePath(QStringLiteral("killed.sqlite"));
        QProcess p;
        p.start(QStringLiteral(ATRIUM_TASK_KILLER), {cache, m_tmp.path()});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);
        QVERIFY(p.readAllStandardOutput().contains("waiting"));
        {
            TaskStore ts;
            QVERIFY(ts.open(cache));
            const auto rec = ts.task(QStringLiteral("killed-task"));
            QVERIFY(rec);
            QCOMPARE(rec->status, QStringLiteral("failed"));
            QVERIFY(rec->error.contains(QStringLiteral("interrupted")));
            QCOMPARE(rec->steps[0].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(cache);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            q = QSqlQuery();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }

    void cliDryRunGolden()
    {
        const QString values = m_tmp.filePath(QStringLiteral("values.yaml"));
        QFile vf(values);
        QVERIFY(vf.open(QIODevice::WriteOnly));
        vf.write("serviceName: cart-api\ndescription: Shopping carts\nownerTeam: group:default/team-checkout\ntier: tier-1\n"
                 "javaVersion: '21'\ndatabase: postgresql\nmessageQueue: none\nreplicaCount: 2\n");
        vf.close();
        QString outText, errText;
        QTextStream out(&outText), err(&errText);
        const int rc = runCli({QStringLiteral("template"), QStringLiteral("run"), demoTemplate(QStringLiteral("spring-boot-service")),
                               QStringLiteral("--values"), values, QStringLiteral("--dry-run"),
                               QStringLiteral("--cache"), m_tmp.filePath(QStringLiteral("cli.sqlite")), QStringLiteral("--workspace"), m_tmp.path()},
                              out, err);
        out.flush();
        err.flush();
        QVERIFY2(rc == 0, qPrintable(errText));
        const QString golden = QStringLiteral(ATRIUM_SCAFFOLDER_GOLDEN "/template-run-dry.txt");
        if (qEnvironmentVariableIsSet("ATRIUM_UPDATE_GOLDEN")) {
            QFile g(golden);
            QVERIFY(g.open(QIODevice::WriteOnly));
            g.write(outText.toUtf8());
        }
        QFile g(golden);
        QVERIFY(g.open(QIODevice::ReadOnly));
        QCOMPARE(outText, QString::fromUtf8(g.readAll()));

        // Usage errors exit 2.
        QCOMPARE(runCli({QStringLiteral("template"), QStringLiteral("run"), demoTemplate(QStringLiteral("spring-boot-service"))}, out, err), 2);
        QCOMPARE(runCli({QStringLiteral("template"), QStringLiteral("frob")}, out, err), 2);
    }

    void cliRealRunWithConfig()
    {
        const QString config = m_tmp.filePath(QStringLiteral("config.yaml"));
        QFile cf(config);
        QVERIFY(cf.open(QIODevice::WriteOnly));
        cf.write(QStringLiteral("integrations:\n  github:\n    - host: github.com\n      apiBaseUrl: %1\n"
                                "argocd:\n  appLocatorMethods:\n    - type: config\n      instances:\n"
                                "        - name: main\n          url: %2\n          token: ${SCAF_ARGO_TOKEN}\n")
                     .arg(m_fake->apiUrl().toString(), m_fake->argoUrl().toString()).toUtf8());
        cf.close();
        qputenv("SCAF_GITHUB_TOKEN", kToken);
        qputenv("SCAF_ARGO_TOKEN", "argo-token");
        const QString values = m_tmp.filePath(QStringLiteral("cli-real.json"));
        QFile vf(values);
        QVERIFY(vf.open(QIODevice::WriteOnly));
        vf.write(R"({"serviceName":"cli-made","description":"From the CLI","ownerTeam":"group:default/team-checkout","tier":"tier-3"})");
        vf.close();
        QString outText, errText;
        QTextStream out(&outText), err(&errText);
        const int rc = runCli({QStringLiteral("template"), QStringLiteral("run"), demoTemplate(QStringLiteral("spring-boot-service")),
                               QStringLiteral("--values"), values, QStringLiteral("--config"), config, QStringLiteral("--token-env"), QStringLiteral("SCAF_GITHUB_TOKEN"),
                               QStringLiteral("--cache"), m_tmp.filePath(QStringLiteral("cli-real.sqlite")), QStringLiteral("--workspace"), m_tmp.path()},
                              out, err);
        out.flush();
        err.flush();
        QVERIFY2(rc == 0, qPrintable(errText + outText));
        QVERIFY(outText.contains(QStringLiteral("  Repository: https://github.com/acme-commerce/cli-made\n")));
        QVERIFY(outText.contains(QStringLiteral("  Catalog: component:default/cli-made\n")));
        QVERIFY(!outText.contains(QString::fromLatin1(kToken)));
        // A template with an action Atrium lacks is refused before anything runs.
        const QString bad = m_tmp.filePath(QStringLiteral("bad-template.yaml"));
        QFile bf(bad);
        QVERIFY(bf.open(QIODevice::WriteOnly));
        bf.write("apiVersion: scaffolder.backstage.io/v1beta3\nkind: Template\nmetadata:\n  name: bad\nspec:\n  steps:\n"
                 "    - id: x\n      action: acme:frobnicate\n");
        bf.close();
        errText.clear();
        QCOMPARE(runCli({QStringLiteral("template"), QStringLiteral("run"), bad, QStringLiteral("--values"), values, QStringLiteral("--dry-run"),
                         QStringLiteral("--cache"), m_tmp.filePath(QStringLiteral("cli-real.sqlite"))}, out, err), 1);
        err.flush();
        QVERIFY2(errText.contains(QStringLiteral("acme:frobnicate")), qPrintable(errText));
    }

    void cliList()
    {
        const QString cache = m_tmp.filePath(QStringLiteral("list.sqlite"));
        QString outText, errText;
        QTextStream out(&outText), err(&errText);
        QCOMPARE(runCli({QStringLiteral("catalog"), QStringLiteral("import"), QStringLiteral("--cache"), cache,
                         QStringLiteral(ATRIUM_DEMO_DIR "/templates")}, out, err), 0);
        outText.clear();
        QCOMPARE(runCli({QStringLiteral("template"), QStringLiteral("list"), QStringLiteral("--cache"), cache}, out, err), 0);
        out.flush();
        QVERIFY2(outText.contains(QRegularExpression(QStringLiteral("template:default/spring-boot-service +Spring Boot Microservice"))), qPrintable(outText));
        QVERIFY(outText.contains(QStringLiteral("template:default/provision-postgresql")));
        // And run by reference from the cache, in a dry run.
        const QString values = m_tmp.filePath(QStringLiteral("pg.json"));
        QFile vf(values);
        QVERIFY(vf.open(QIODevice::WriteOnly));
        vf.write(R"({"dbName":"ledger","environment":"dev","instanceClass":"db.t4g.medium","ownerTeam":"group:default/team-payments"})");
        vf.close();
        outText.clear();
        QCOMPARE(runCli({QStringLiteral("template"), QStringLiteral("run"), QStringLiteral("provision-postgresql"), QStringLiteral("--values"), values,
                         QStringLiteral("--dry-run"), QStringLiteral("--cache"), cache, QStringLiteral("--workspace"), m_tmp.path()}, out, err), 0);
        out.flush();
        QVERIFY2(outText.contains(QStringLiteral("would open the pull request \"DB Provisioning: ledger (dev)\"")), qPrintable(outText));
    }
};

QTEST_GUILESS_MAIN(TestScaffolder)
#include "tst_scaffolder.moc"
