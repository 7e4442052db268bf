// SPDX-License-Identifier: Apache-2.0
// Writes a synthetic Backstage org for benchmarks: groups and users, domains
// and systems, components that depend on each other and provide and consume
// APIs, resources; one folder per "repository" with its catalog-info.yaml,
// and a root Location that reaches them through globs, like a real org.
//
//   atrium-genorg OUTDIR [--entities N] [--seed S]
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>

#include <cstdio>

namespace {

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size()) {
        fprintf(stderr, "cannot write %s\n", qPrintable(path));
        exit(1);
    }
}

const char *const kLangs[] = {"java", "go", "python", "typescript", "kotlin", "rust"};
const char *const kLifecycles[] = {"production", "production", "production", "experimental", "deprecated"};
const char *const kTypes[] = {"service", "service", "service", "website", "library"};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        fprintf(stderr, "usage: atrium-genorg OUTDIR [--entities N] [--seed S]\n");
        return 2;
    }
    const QString out = args.first();
    int total = 10000;
    quint32 seed = 42;
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--entities")
            total = args[i + 1].toInt();
        if (args[i] == u"--seed")
            seed = args[i + 1].toUInt();
    }
    QRandomGenerator rng(seed);
    QDir(out).removeRecursively();

    // Proportions of a real org: 1 group per 40 entities, 3 users per
    // group, a system per 25 components, an API per 2 components, a
    // resource per 3.
    const int groups = std::max(2, total / 40);
    const int users = groups * 3;
    const int domains = std::max(1, groups / 10);
    const int rest = std::max(10, total - groups - users - domains - 1);
    const int components = rest * 55 / 100;
    const int apis = rest * 25 / 100;
    const int resources = rest * 15 / 100;
    const int systems = std::max(1, rest - components - apis - resources);

    QByteArray org;
    for (int g = 0; g < groups; ++g) {
        org += "---\napiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: team-" + QByteArray::number(g) +
               "\n  description: Team " + QByteArray::number(g) + "\nspec:\n  type: team\n  profile:\n    displayName: Team " +
               QByteArray::number(g) + "\n    email: team-" + QByteArray::number(g) + "@example.com\n";
        if (g > 0)
            org += "  parent: team-" + QByteArray::number((g - 1) / 8) + "\n";
        org += "  children: [";
        for (int c = g * 8 + 1; c <= g * 8 + 8 && c < groups; ++c)
            org += (c == g * 8 + 1 ? "" : ", ") + QByteArray("team-") + QByteArray::number(c);
        org += "]\n";
    }
    for (int u = 0; u < users; ++u)
        org += "---\napiVersion: backstage.io/v1alpha1\nkind: User\nmetadata:\n  name: user-" + QByteArray::number(u) +
               "\nspec:\n  profile:\n    displayName: User " + QByteArray::number(u) + "\n    email: user-" +
               QByteArray::number(u) + "@example.com\n  memberOf: [team-" + QByteArray::number(u / 3) + "]\n";
    writeFile(out + QStringLiteral("/org/org.yaml"), org);

    QByteArray sys;
    for (int d = 0; d < domains; ++d)
        sys += "---\napiVersion: backstage.io/v1alpha1\nkind: Domain\nmetadata:\n  name: domain-" + QByteArray::number(d) +
               "\nspec:\n  owner: team-" + QByteArray::number(d % groups) + "\n";
    for (int s = 0; s < systems; ++s)
        sys += "---\napiVersion: backstage.io/v1alpha1\nkind: System\nmetadata:\n  name: system-" + QByteArray::number(s) +
               "\n  description: System number " + QByteArray::number(s) + "\nspec:\n  owner: team-" +
               QByteArray::number(rng.bounded(groups)) + "\n  domain: domain-" + QByteArray::number(s % domains) + "\n";
    writeFile(out + QStringLiteral("/systems/systems.yaml"), sys);

    // Each component is a repository folder holding the component, the
    // API it provides (if any) and a resource now and then.
    int apiNext = 0, resNext = 0;
    for (int c = 0; c < components; ++c) {
        const QByteArray name = "service-" + QByteArray::number(c);
        const int owner = int(rng.bounded(groups));
        const int system = int(rng.bounded(systems));
        QByteArray y = "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: " + name +
                       "\n  title: Service " + QByteArray::number(c) +
                       "\n  description: Handles part " + QByteArray::number(c) + " of the platform's " +
                       kLangs[c % 6] + " workloads\n  annotations:\n    github.com/project-slug: bench-org/" + name +
                       "\n    backstage.io/techdocs-ref: dir:.\n  tags: [" + kLangs[c % 6] + ", tier-" +
                       QByteArray::number(1 + c % 3) + "]\n  links:\n    - url: https://grafana.example.com/d/" + name +
                       "\n      title: Dashboard\nspec:\n  type: " + kTypes[c % 5] + "\n  lifecycle: " + kLifecycles[c % 5] +
                       "\n  owner: team-" + QByteArray::number(owner) + "\n  system: system-" + QByteArray::number(system) + "\n";
        // Dependencies point at lower-numbered services: a DAG with hubs.
        QList<QByteArray> deps;
        if (c > 0) {
            const int n = 1 + int(rng.bounded(3));
            for (int k = 0; k < n; ++k) {
                const int target = int(rng.bounded(std::max(1, std::min(c, 50 + c / 10))));
                const QByteArray d = "component:service-" + QByteArray::number(target);
                if (!deps.contains(d))
                    deps << d;
            }
        }
        QByteArray extra;
        if (apiNext < apis && (c % 2 == 0 || components - c <= apis - apiNext)) {
            const QByteArray api = "api-" + QByteArray::number(apiNext++);
            y += "  providesApis: [" + api + "]\n";
            extra += "---\napiVersion: backstage.io/v1alpha1\nkind: API\nmetadata:\n  name: " + api +
                     "\n  description: API of " + name + "\nspec:\n  type: openapi\n  lifecycle: production\n  owner: team-" +
                     QByteArray::number(owner) + "\n  system: system-" + QByteArray::number(system) +
                     "\n  definition: |\n    openapi: 3.0.0\n    info:\n      title: " + api +
                     "\n      version: 1.0.0\n    paths:\n      /items:\n        get:\n          responses:\n            '200':\n              description: OK\n";
        }
        if (apiNext > 1) {
            y += "  consumesApis:\n";
            const int a1 = int(rng.bounded(apiNext));
            const int a2 = int(rng.bounded(apiNext));
            y += "    - api-" + QByteArray::number(a1) + "\n";
            if (a2 != a1)
                y += "    - api-" + QByteArray::number(a2) + "\n";
        }
        if (resNext < resources && (c % 3 == 0 || components - c <= resources - resNext)) {
            const QByteArray res = "db-" + QByteArray::number(resNext++);
            deps << "resource:" + res;
            extra += "---\napiVersion: backstage.io/v1alpha1\nkind: Resource\nmetadata:\n  name: " + res +
                     "\n  description: Database of " + name + "\nspec:\n  type: database\n  owner: team-" +
                     QByteArray::number(owner) + "\n  system: system-" + QByteArray::number(system) + "\n";
        }
        if (!deps.isEmpty()) {
            y += "  dependsOn:\n";
            for (const auto &d : deps)
                y += "    - " + d + "\n";
        }
        writeFile(out + QStringLiteral("/repos/") + QString::fromLatin1(name) + QStringLiteral("/catalog-info.yaml"), y + extra);
    }

    writeFile(out + QStringLiteral("/catalog-info.yaml"),
              "apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata:\n  name: bench-org\nspec:\n  targets:\n"
              "    - ./org/org.yaml\n    - ./systems/systems.yaml\n    - ./repos/*/catalog-info.yaml\n");
    const int written = groups + users + domains + systems + components + apiNext + resNext + 1;
    printf("wrote %d entities (%d components, %d APIs, %d resources, %d systems, %d groups, %d users) to %s\n",
           written, components, apiNext, resNext, systems, groups, users, qPrintable(out));
    return 0;
}
