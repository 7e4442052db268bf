// SPDX-License-Identifier: Apache-2.0
// What a user of the catalog page waits for on a large cache: loading the
// list, a filter change, a search keystroke, opening an entity (a read by
// key), and the blast radius of the most depended-on entity.
//
//   atrium-bench-browse CACHE.sqlite [--runs R]
#include "catalogfiltermodel.h"
#include "catalogmodel.h"
#include "catalogstore.h"
#include "graph.h"
#include "graphlayout.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace atrium;

namespace {
double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        fprintf(stderr, "usage: atrium-bench-browse CACHE.sqlite [--runs R]\n");
        return 2;
    }
    int runs = 7;
    if (args.size() >= 4 && args[2] == u"--runs")
        runs = args[3].toInt();
    CatalogStore store;
    QString error;
    if (!store.open(args[1], &error)) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QElapsedTimer t;
    t.start();
    EntityQuery summaries;
    summaries.summaryOnly = true;
    QList<Entity> entities = store.entities(summaries);
    const double readMs = t.nsecsElapsed() / 1e6;
    const int n = int(entities.size());
    t.restart();
    CatalogModel model;
    model.setEntities(std::move(entities));
    CatalogFilterModel filter;
    filter.setSourceModel(&model);
    const double modelMs = t.nsecsElapsed() / 1e6;
    printf("%d entities: list read from the cache %.1f ms, models built %.1f ms\n", n, readMs, modelMs);

    std::vector<double> kindMs, searchMs, clearMs;
    const QStringList kinds{QStringLiteral("API"), QStringLiteral("Component"), QStringLiteral("Resource"), QString()};
    const QString word = QStringLiteral("service-1234");
    for (int r = 0; r < runs; ++r) {
        for (const QString &k : kinds) {
            t.restart();
            filter.setKind(k);
            kindMs.push_back(t.nsecsElapsed() / 1e6);
        }
        // Typing a word, one keystroke at a time.
        for (int i = 1; i <= word.size(); ++i) {
            t.restart();
            filter.setSearchText(word.left(i));
            searchMs.push_back(t.nsecsElapsed() / 1e6);
        }
        t.restart();
        filter.setSearchText({});
        clearMs.push_back(t.nsecsElapsed() / 1e6);
    }
    printf("filter by kind: median %.2f ms, worst %.2f ms\n", median(kindMs), *std::max_element(kindMs.begin(), kindMs.end()));
    printf("search keystroke: median %.2f ms, worst %.2f ms; clearing the search %.2f ms\n", median(searchMs),
           *std::max_element(searchMs.begin(), searchMs.end()), median(clearMs));

    // Opening an entity page: the whole entity, relations included.
    std::vector<double> openMs;
    for (int i = 0; i < runs * 10; ++i) {
        const QString ref = model.entityAt((i * 7919) % n).ref();
        t.restart();
        const auto e = store.entity(ref);
        openMs.push_back(t.nsecsElapsed() / 1e6);
        if (!e)
            return 1;
    }
    printf("open an entity (read by key with relations): median %.2f ms, worst %.2f ms\n", median(openMs),
           *std::max_element(openMs.begin(), openMs.end()));

    t.restart();
    CatalogGraph graph;
    store.forEachRelation([&](const QString &f, const QString &ty, const QString &to) { graph.addRelation(f, ty, to); });
    graph.finish();
    const double graphMs = t.nsecsElapsed() / 1e6;
    // The hub: the entity with the most dependents one hop away.
    QString hub;
    int most = -1;
    for (int i = 0; i < n; i += std::max(1, n / 2000)) {
        const QString ref = model.entityAt(i).ref();
        const int d = int(graph.walk(ref, CatalogGraph::Direction::Dependents, 1).size());
        if (d > most) {
            most = d;
            hub = ref;
        }
    }
    std::vector<double> blastMs;
    int radius = 0;
    for (int r = 0; r < runs; ++r) {
        t.restart();
        radius = int(graph.blastRadius(hub).size());
        blastMs.push_back(t.nsecsElapsed() / 1e6);
    }
    printf("graph built from the cache %.1f ms; blast radius of %s (%d direct dependents): %d entities in %.2f ms (median)\n",
           graphMs, qPrintable(hub), most, radius, median(blastMs));

    // Laying out a neighbourhood of about 200 entities, as the graph view
    // does: the walk, then graphviz's dot on boxes of the view's size.
    CatalogGraph::NeighbourhoodOptions o;
    o.maxNodes = 100000;
    Subgraph best;
    for (int i = 0; i < n; i += std::max(1, n / 1000)) {
        for (int depth = 1; depth <= 3; ++depth) {
            o.depth = depth;
            const Subgraph s = graph.neighbourhood(model.entityAt(i).ref(), o);
            if (std::abs(int(s.nodes.size()) - 200) < std::abs(int(best.nodes.size()) - 200))
                best = s;
            if (s.nodes.size() > 260)
                break;
        }
    }
    std::vector<double> walkMs, layoutMs;
    o.depth = 1;
    LayoutInput in;
    QHash<QString, int> index;
    for (const GraphHit &h : best.nodes) {
        index.insert(h.ref, int(in.nodes.size()));
        in.nodes.append({h.ref, 150, 46, h.ref, {}});
    }
    for (const GraphEdge &e : best.edges)
        in.edges.append({index.value(e.from), index.value(e.to), e.type});
    for (int r = 0; r < runs; ++r) {
        t.restart();
        const LayoutResult lr = layoutGraph(in);
        layoutMs.push_back(t.nsecsElapsed() / 1e6);
        if (!lr.ok())
            return 1;
    }
    printf("lay out the neighbourhood of %s: %lld entities, %lld relations in %.1f ms (median, graphviz dot)\n",
           qPrintable(best.center), qlonglong(best.nodes.size()), qlonglong(best.edges.size()), median(layoutMs));
    return 0;
}
