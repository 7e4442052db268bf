// SPDX-License-Identifier: Apache-2.0
// Requests and time of a sync against a fake organisation on loopback:
// first sync, a second with nothing changed, and one after 10 repositories
// changed. The fake answers like GitHub (GraphQL with cursors, costs).
//
//   atrium-bench-sync [--repos N]
#include "catalogstore.h"
#include "fakegithub.h"
#include "syncjob.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>

using namespace atrium;
using namespace atrium::fake;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int repos = 1000;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i)
        if (args[i] == u"--repos")
            repos = args[i + 1].toInt();

    FakeGitHub gh;
    if (!gh.listen()) {
        fprintf(stderr, "cannot start the fake GitHub\n");
        return 1;
    }
    const QByteArray token = "ghp_benchToken0123456789abcdefABCDEFGHIJ";
    gh.addToken(token);
    gh.addOrg(QStringLiteral("bench"));
    for (int i = 0; i < repos; ++i) {
        FakeRepo r;
        r.name = QStringLiteral("service-%1").arg(i);
        r.topics = {QStringLiteral("backstage")};
        // Most repositories hold a catalog file; one in ten does not.
        if (i % 10 != 9)
            r.files.insert(QStringLiteral("catalog-info.yaml"),
                           QStringLiteral("apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: service-%1\n"
                                          "  description: Service number %1\nspec:\n  type: service\n  lifecycle: production\n"
                                          "  owner: team-%2\n  dependsOn: [component:service-%3]\n")
                               .arg(i)
                               .arg(i % 40)
                               .arg(i / 2)
                               .toUtf8());
        gh.addRepo(QStringLiteral("bench"), r);
    }

    SyncConfig config;
    GitHubIntegration in;
    in.host = QStringLiteral("github.bench");
    in.apiBaseUrl = gh.apiUrl();
    config.integrations << in;
    GitHubProvider p;
    p.id = QStringLiteral("bench");
    p.organization = QStringLiteral("bench");
    p.host = in.host;
    config.providers << p;

    QTemporaryDir dir;
    CatalogStore store;
    if (!store.open(dir.filePath(QStringLiteral("bench.sqlite")))) {
        fprintf(stderr, "cannot open the cache\n");
        return 1;
    }
    SyncJob::Options o;
    o.token = token;
    o.clientFactory = [&gh](const GitHubEndpoint &e, const QByteArray &t) {
        auto c = std::make_unique<GitHubClient>(e, t);
        c->setSleeper([&gh](int ms) { gh.advanceClock(ms); });
        return c;
    };
    auto runOnce = [&](const char *what) {
        gh.clearRequests();
        const SyncReport r = SyncJob(config, o).run(store);
        if (!r.ok()) {
            fprintf(stderr, "%s failed: %s\n", what, qPrintable(r.fatal));
            exit(1);
        }
        qint64 bytes = 0;
        for (const FakeRequest &req : gh.requests())
            bytes += req.body.size();
        printf("%-24s %4d requests (%d GraphQL, %d REST), %4d repositories read, %4d unchanged, %5d entities, %6lld ms\n", what,
               r.requests.graphqlRequests + r.requests.restRequests, r.requests.graphqlRequests, r.requests.restRequests,
               r.reposRead, r.reposUnchanged, store.entityCount(), qlonglong(r.elapsedMs));
        fflush(stdout);
    };
    printf("fake organisation of %d repositories\n", repos);
    runOnce("first sync:");
    runOnce("nothing changed:");
    for (int i = 0; i < 10; ++i)
        gh.commit(QStringLiteral("bench"), QStringLiteral("service-%1").arg(i * 7),
                  {{QStringLiteral("README.md"), QByteArray("changed\n")}});
    runOnce("10 repositories changed:");
    return 0;
}
