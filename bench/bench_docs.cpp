// SPDX-License-Identifier: Apache-2.0
// TechDocs: rendering, storing and indexing generated pages, then search
// latency over entities and docs together; and the cost of re-indexing the
// entities of an imported org.
//
//   atrium-bench-docs [--pages N] [--queries Q] [--org ORGDIR] [--seed S] [--cache FILE]
//
// --org imports a generated org (atrium-genorg) into the cache first and
// times the entity index rebuild against the import; without it, 10,000
// simple entities are written.
#include "catalogstore.h"
#include "contentsource.h"
#include "docsstore.h"
#include "importer.h"
#include "markdownrenderer.h"
#include "mkdocssite.h"
#include "searchindex.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace atrium;
using namespace atrium::docs;

namespace {

const char *const kWords[] = {
    "service", "deployment", "database", "latency", "retry", "timeout", "cluster", "replica", "queue", "consumer",
    "producer", "payment", "order", "inventory", "shipping", "gateway", "token", "schema", "migration", "rollback",
    "incident", "alert", "dashboard", "metric", "trace", "log", "cache", "index", "partition", "throughput",
    "capacity", "quota", "budget", "release", "canary", "feature", "flag", "config", "secret", "certificate",
    "endpoint", "request", "response", "client", "server", "worker", "scheduler", "batch", "stream", "event",
    "pipeline", "artifact", "container", "image", "volume", "network", "ingress", "egress", "firewall", "policy",
    "owner", "team", "runbook", "escalation", "pager", "severity", "outage", "postmortem", "checklist", "upgrade",
    "kubernetes", "postgres", "kafka", "redis", "terraform", "helm", "argocd", "grafana", "prometheus", "datadog",
    "idempotency", "backpressure", "sharding", "failover", "observability", "consistency", "availability", "durability",
    "결제", "주문", "재고", "배송", "장애", "배포",
};
constexpr int kWordCount = int(sizeof kWords / sizeof *kWords);

struct Gen {
    QRandomGenerator rng;
    explicit Gen(quint32 seed) : rng(seed) {}

    QString word() { return QString::fromUtf8(kWords[rng.bounded(kWordCount)]); }
    QString words(int n)
    {
        QStringList out;
        for (int i = 0; i < n; ++i)
            out << word();
        return out.join(u' ');
    }
    QString sentence()
    {
        QString s = words(rng.bounded(6, 16));
        s[0] = s[0].toUpper();
        if (rng.bounded(5) == 0)
            s += QStringLiteral(" `%1-%2`").arg(word(), word());
        if (rng.bounded(6) == 0)
            s += QStringLiteral(" **%1**").arg(word());
        return s + u'.';
    }
    QString paragraph()
    {
        QStringList s;
        for (int i = rng.bounded(2, 6); i > 0; --i)
            s << sentence();
        return s.join(u' ');
    }
    QString code()
    {
        switch (rng.bounded(3)) {
        case 0:
            return QStringLiteral("```yaml\n%1:\n  replicas: %2\n  image: acme/%3:1.%4\n  # %5\n```\n")
                .arg(word())
                .arg(rng.bounded(1, 12))
                .arg(word())
                .arg(rng.bounded(100))
                .arg(words(4));
        case 1:
            return QStringLiteral("```bash\nkubectl -n %1 rollout restart deploy/%2\ncurl -s \"$URL/%3\" | jq .%4\n```\n")
                .arg(word(), word(), word(), word());
        default:
            return QStringLiteral("```sql\nSELECT %1, count(*) FROM %2 WHERE %3 = 'x' GROUP BY %1;\n```\n").arg(word(), word(), word());
        }
    }
    /** A page of 2–5 KB: headings, paragraphs, lists, code, a table, links, an admonition now and then. */
    QString page(int index, int pagesInSite)
    {
        QString md = QStringLiteral("# %1 %2\n\n%3\n\n").arg(word(), word(), paragraph());
        const int target = rng.bounded(2000, 5000);
        int section = 0;
        while (md.toUtf8().size() < target) {
            md += QStringLiteral("## %1 %2 %3\n\n").arg(word(), word()).arg(++section);
            md += paragraph() + QStringLiteral("\n\n");
            switch (rng.bounded(5)) {
            case 0:
                for (int i = 0; i < 4; ++i)
                    md += QStringLiteral("%1. %2\n").arg(i + 1).arg(sentence());
                md += u'\n';
                break;
            case 1:
                md += code() + u'\n';
                break;
            case 2:
                md += QStringLiteral("| %1 | %2 | %3 |\n|---|---|---|\n").arg(word(), word(), word());
                for (int i = 0; i < 4; ++i)
                    md += QStringLiteral("| %1 | %2 | `%3` |\n").arg(word(), words(3)).arg(rng.bounded(1000));
                md += u'\n';
                break;
            case 3:
                md += QStringLiteral("!!! warning \"%1\"\n    %2\n\n").arg(words(2), sentence());
                break;
            default:
                md += QStringLiteral("See [%1](page-%2.md#%3-%4-1) and [the docs](https://example.com/%5).\n\n")
                          .arg(word())
                          .arg((index + 1) % pagesInSite)
                          .arg(word(), word(), word());
            }
        }
        return md;
    }
};

/** CPU time of this thread, in ms: wall time means little on a shared machine. */
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size() - 1) + 0.5))];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    int pages = 5000, queries = 400;
    quint32 seed = 7;
    QString org, keep;
    for (int i = 0; i + 1 < args.size(); ++i) {
        if (args[i] == u"--pages")
            pages = args[i + 1].toInt();
        else if (args[i] == u"--queries")
            queries = args[i + 1].toInt();
        else if (args[i] == u"--org")
            org = args[i + 1];
        else if (args[i] == u"--seed")
            seed = args[i + 1].toUInt();
        else if (args[i] == u"--cache")
            keep = args[i + 1];
    }
    QTemporaryDir tmp;
    const QString cachePath = keep.isEmpty() ? tmp.filePath(QStringLiteral("bench-docs.sqlite")) : keep;
    QFile::remove(cachePath);
    CatalogStore store;
    QString error;
    if (!store.open(cachePath, &error)) {
        fprintf(stderr, "cannot open cache: %s\n", qPrintable(error));
        return 1;
    }
    QElapsedTimer t;

    // The catalog, and what re-indexing its entities costs next to importing them.
    SourceInfo src;
    src.id = QStringLiteral("bench");
    if (!org.isEmpty()) {
        LoadResult r;
        t.start();
        if (!importIntoStore(store, src, {org + QStringLiteral("/catalog-info.yaml")}, LoadOptions{}, &r, &error)) {
            fprintf(stderr, "import failed: %s\n", qPrintable(error));
            return 1;
        }
        printf("import of %s: %lld entities in %lld ms\n", qPrintable(org), qlonglong(r.entities.size()), qlonglong(t.elapsed()));
    } else {
        QList<Entity> entities;
        Gen g(seed + 1);
        for (int i = 0; i < 10000; ++i) {
            const QJsonObject doc{{QStringLiteral("apiVersion"), QStringLiteral("backstage.io/v1alpha1")},
                                  {QStringLiteral("kind"), QStringLiteral("Component")},
                                  {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("%1-%2-%3").arg(g.word(), g.word()).arg(i)},
                                                                           {QStringLiteral("description"), g.sentence()},
                                                                           {QStringLiteral("tags"), QJsonArray{QStringLiteral("java")}}}},
                                  {QStringLiteral("spec"), QJsonObject{{QStringLiteral("type"), QStringLiteral("service")},
                                                                       {QStringLiteral("lifecycle"), QStringLiteral("production")},
                                                                       {QStringLiteral("owner"), QStringLiteral("team-%1").arg(i % 40)}}}};
            entities << Entity::fromDocument(doc);
        }
        t.start();
        if (!store.replaceSource(src, entities, {}, &error)) {
            fprintf(stderr, "cache write failed: %s\n", qPrintable(error));
            return 1;
        }
        printf("cache write of %lld entities: %lld ms\n", qlonglong(entities.size()), qlonglong(t.elapsed()));
    }
    SearchIndex index(store);
    index.setAutoRebuild(false);
    for (int run = 0; run < 3; ++run) {
        t.start();
        if (!index.rebuildEntities(&error)) {
            fprintf(stderr, "rebuild failed: %s\n", qPrintable(error));
            return 1;
        }
        printf("entity index rebuild (%d entities): %lld ms\n", store.entityCount(), qlonglong(t.elapsed()));
    }

    // Docs: sites of 20 pages, one per entity.
    const QStringList entityRefs = [&] {
        QStringList out;
        for (const Entity &e : store.entities(EntityQuery{{}, {}, {}, {}, (pages + 19) / 20, true}))
            out << e.ref();
        return out;
    }();
    Gen g(seed);
    QList<QHash<QString, QString>> sites;
    qint64 bytes = 0;
    for (int p = 0; p < pages; ++p) {
        if (p % 20 == 0)
            sites.append(QHash<QString, QString>());
        const QString md = g.page(p % 20, 20);
        bytes += md.toUtf8().size();
        sites.last().insert(QStringLiteral("page-%1.md").arg(p % 20), md);
    }
    printf("generated %d pages, %.1f MB of Markdown (%.1f KB a page)\n", pages, bytes / 1e6, bytes / 1024.0 / std::max(1, pages));

    DocsStore docs(store);
    qint64 renderMs = 0;
    QList<Site> loaded;
    t.start();
    for (qsizetype s = 0; s < sites.size(); ++s) {
        MemoryContentSource source;
        const QString base = QStringLiteral("https://github.com/acme/repo-%1/blob/main/").arg(s);
        source.insert(base + QStringLiteral("mkdocs.yml"), "site_name: bench\n");
        QStringList known;
        for (auto it = sites[s].cbegin(); it != sites[s].cend(); ++it) {
            source.insert(base + QStringLiteral("docs/") + it.key(), it.value().toUtf8());
            known << base + QStringLiteral("docs/") + it.key();
        }
        const Site site = Site::load(source, base + QStringLiteral("mkdocs.yml"), known);
        StoreStats stats;
        const QString ref = s < entityRefs.size() ? entityRefs[s] : QStringLiteral("component:default/docs-%1").arg(s);
        if (!docs.storeSite(ref, site, source, &error, &stats)) {
            fprintf(stderr, "storing docs failed: %s\n", qPrintable(error));
            return 1;
        }
        renderMs += stats.renderMs;
        loaded << site;
    }
    const qint64 indexMs = t.elapsed();
    printf("docs stored and indexed: %d pages in %lld ms (%.0f pages/s), of which rendering %lld ms\n", pages,
           qlonglong(indexMs), pages * 1000.0 / std::max<qint64>(1, indexMs), qlonglong(renderMs));
    t.start();
    docs.optimize();
    printf("docs index optimize: %lld ms\n", qlonglong(t.elapsed()));

    // Opening a page: re-rendering the stored Markdown.
    QList<double> open;
    for (int i = 0; i < 200; ++i) {
        const int s = g.rng.bounded(int(sites.size()));
        const QString ref = s < entityRefs.size() ? entityRefs[s] : QStringLiteral("component:default/docs-%1").arg(s);
        QElapsedTimer o;
        o.start();
        const auto page = docs.page(ref, QStringLiteral("page-%1.md").arg(g.rng.bounded(20)));
        open << o.nsecsElapsed() / 1e6;
        if (!page)
            fprintf(stderr, "page missing\n");
    }
    printf("open a stored page (read + render): median %.2f ms, p95 %.2f ms\n", percentile(open, 0.5), percentile(open, 0.95));

    // Queries as people type them: prefixes of a word, a word, two words,
    // entity names, now and then a kind filter.
    QStringList qs;
    while (qs.size() < queries) {
        const QString w = g.word();
        switch (g.rng.bounded(5)) {
        case 0:
            for (int n = 1; n <= w.size() && qs.size() < queries; ++n)
                qs << w.left(n);
            break;
        case 1: qs << w; break;
        case 2: qs << w + u' ' + g.word(); break;
        case 3: qs << w + u' ' + g.word().left(3); break;
        default: qs << (entityRefs.isEmpty() ? w : entityRefs[g.rng.bounded(int(entityRefs.size()))].section(u'/', 1).left(8)); break;
        }
    }
    QList<double> times, cpu;
    qsizetype totalHits = 0;
    for (int i = 0; i < qs.size(); ++i) {
        SearchFilters f;
        if (i % 10 == 9)
            f.kinds = {QStringLiteral("Component")};
        QElapsedTimer q;
        q.start();
        const double c0 = cpuMs();
        const QList<SearchHit> hits = index.search(qs[i], f, 20, &error);
        cpu << cpuMs() - c0;
        times << q.nsecsElapsed() / 1e6;
        totalHits += hits.size();
        if (!error.isEmpty()) {
            fprintf(stderr, "query %s failed: %s\n", qPrintable(qs[i]), qPrintable(error));
            return 1;
        }
    }
    const auto worst = std::max_element(times.cbegin(), times.cend()) - times.cbegin();
    printf("%lld queries (limit 20, %.1f hits on average): median %.2f ms, p95 %.2f ms, worst %.2f ms (\"%s\")\n",
           qlonglong(qs.size()), double(totalHits) / std::max<qsizetype>(1, qs.size()), percentile(times, 0.5),
           percentile(times, 0.95), times.value(worst), qPrintable(qs.value(worst)));
    printf("  CPU time: median %.2f ms, p95 %.2f ms, worst %.2f ms\n", percentile(cpu, 0.5), percentile(cpu, 0.95),
           percentile(cpu, 1.0));
    // One-letter queries are the slowest (every word with that prefix).
    QList<double> one, oneCpu;
    for (int i = 0; i < qs.size(); ++i)
        if (qs[i].size() == 1) {
            one << times[i];
            oneCpu << cpu[i];
        }
    printf("  of which %lld one-letter queries: median %.2f ms, p95 %.2f ms (CPU %.2f, %.2f)\n", qlonglong(one.size()),
           percentile(one, 0.5), percentile(one, 0.95), percentile(oneCpu, 0.5), percentile(oneCpu, 0.95));
    store.close();
    printf("cache file: %.1f MB\n", QFileInfo(cachePath).size() / 1e6);
    return 0;
}
