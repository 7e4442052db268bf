// SPDX-License-Identifier: Apache-2.0
#include "catalogloader.h"
#include "graph.h"
#include "relations.h"
#include "yamlreader.h"

#include <QTest>

using namespace atrium;

namespace {
QList<Entity> entitiesFrom(const QByteArray &yaml)
{
    QList<Entity> out;
    for (const auto &d : parseYaml(yaml, QStringLiteral("t.yaml")).documents)
        out << Entity::fromDocument(d.root.toObject());
    return out;
}

bool has(const Entity &e, const QString &type, const QString &target)
{
    return e.relations.contains(Relation{type, target});
}

const QByteArray kOrg = R"(
apiVersion: backstage.io/v1alpha1
kind: Component
metadata: {name: web, namespace: shop}
spec: {type: website, lifecycle: production, owner: team-a, system: store, consumesApis: [orders-api], dependsOn: [component:default/gateway]}
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata: {name: gateway}
spec: {type: service, lifecycle: production, owner: user:default/ann, dependsOn: [component:orders]}
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata: {name: orders}
spec: {type: service, lifecycle: production, owner: team-b, providesApis: [orders-api], dependsOn: [resource:db]}
---
apiVersion: backstage.io/v1alpha1
kind: API
metadata: {name: orders-api, namespace: shop}
spec: {type: openapi, lifecycle: production, owner: team-b, definition: x}
---
apiVersion: backstage.io/v1alpha1
kind: Resource
metadata: {name: db}
spec: {type: database, owner: team-b, dependencyOf: [component:orders]}
---
apiVersion: backstage.io/v1alpha1
kind: User
metadata: {name: ann}
spec: {memberOf: [team-b]}
---
apiVersion: backstage.io/v1alpha1
kind: Group
metadata: {name: team-b}
spec: {type: team, parent: org, children: []}
---
apiVersion: backstage.io/v1alpha1
kind: Group
metadata: {name: org}
spec: {type: organization, children: [team-b]}
)";
} // namespace

class TestRelations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void forwardAndInverse()
    {
        QList<Entity> es = entitiesFrom(kOrg);
        const auto dangling = buildRelations(es);
        const Entity &web = es[0], &gateway = es[1], &orders = es[2], &api = es[3], &db = es[4], &ann = es[5], &team = es[6], &org = es[7];
        // Defaults: the entity's own namespace, per-field default kinds.
        QVERIFY(has(web, QStringLiteral("ownedBy"), QStringLiteral("group:shop/team-a")));
        QVERIFY(has(web, QStringLiteral("partOf"), QStringLiteral("system:shop/store")));
        QVERIFY(has(web, QStringLiteral("consumesApi"), QStringLiteral("api:shop/orders-api")));
        QVERIFY(has(web, QStringLiteral("dependsOn"), QStringLiteral("component:default/gateway")));
        QVERIFY(has(gateway, QStringLiteral("dependencyOf"), QStringLiteral("component:shop/web")));
        QVERIFY(has(gateway, QStringLiteral("ownedBy"), QStringLiteral("user:default/ann")));
        QVERIFY(has(ann, QStringLiteral("ownerOf"), QStringLiteral("component:default/gateway")));
        QVERIFY(has(api, QStringLiteral("apiConsumedBy"), QStringLiteral("component:shop/web")));
        // orders (namespace default) provides api:default/orders-api, which does not exist.
        QVERIFY(has(orders, QStringLiteral("providesApi"), QStringLiteral("api:default/orders-api")));
        QVERIFY(!has(api, QStringLiteral("apiProvidedBy"), QStringLiteral("component:default/orders")));
        // dependsOn declared on one side and dependencyOf on the other: one relation each way.
        QCOMPARE(orders.relations.count(Relation{QStringLiteral("dependsOn"), QStringLiteral("resource:default/db")}), 1);
        QCOMPARE(db.relations.count(Relation{QStringLiteral("dependencyOf"), QStringLiteral("component:default/orders")}), 1);
        QVERIFY(has(ann, QStringLiteral("memberOf"), QStringLiteral("group:default/team-b")));
        QVERIFY(has(team, QStringLiteral("hasMember"), QStringLiteral("user:default/ann")));
        QVERIFY(has(team, QStringLiteral("childOf"), QStringLiteral("group:default/org")));
        QVERIFY(has(org, QStringLiteral("parentOf"), QStringLiteral("group:default/team-b")));

        QStringList targets;
        for (const auto &d : dangling)
            targets << d.targetRef;
        targets.sort();
        // orders-api lives in namespace shop, so its `owner: team-b` is group:shop/team-b.
        QCOMPARE(targets, (QStringList{QStringLiteral("api:default/orders-api"), QStringLiteral("group:shop/team-a"),
                                        QStringLiteral("group:shop/team-b"), QStringLiteral("system:shop/store")}));
        QVERIFY(!targets.contains(QStringLiteral("group:default/org")));
    }
    void inverseNames()
    {
        QCOMPARE(inverseRelation(u"ownedBy"), QStringLiteral("ownerOf"));
        QCOMPARE(inverseRelation(u"apiConsumedBy"), QStringLiteral("consumesApi"));
        QCOMPARE(inverseRelation(u"parentOf"), QStringLiteral("childOf"));
        QCOMPARE(inverseRelation(u"unknown"), QString());
        QCOMPARE(knownRelationTypes().size(), 14);
    }
    void graphWalks()
    {
        CatalogGraph g;
        g.addRelation(QStringLiteral("a"), QStringLiteral("dependsOn"), QStringLiteral("b"));
        g.addRelation(QStringLiteral("b"), QStringLiteral("dependencyOf"), QStringLiteral("a"));
        g.addRelation(QStringLiteral("b"), QStringLiteral("dependsOn"), QStringLiteral("c"));
        g.addRelation(QStringLiteral("c"), QStringLiteral("dependencyOf"), QStringLiteral("b"));
        g.addRelation(QStringLiteral("c"), QStringLiteral("providesApi"), QStringLiteral("api"));
        g.addRelation(QStringLiteral("api"), QStringLiteral("apiProvidedBy"), QStringLiteral("c"));
        g.addRelation(QStringLiteral("api"), QStringLiteral("apiConsumedBy"), QStringLiteral("x"));
        g.addRelation(QStringLiteral("x"), QStringLiteral("consumesApi"), QStringLiteral("api"));
        // A cycle: c depends on a.
        g.addRelation(QStringLiteral("c"), QStringLiteral("dependsOn"), QStringLiteral("a"));
        g.addRelation(QStringLiteral("a"), QStringLiteral("dependencyOf"), QStringLiteral("c"));

        const auto deps = g.walk(QStringLiteral("a"), CatalogGraph::Direction::Dependencies);
        QCOMPARE(deps.size(), 2);
        QCOMPARE(deps[0].ref, QStringLiteral("b"));
        QCOMPARE(deps[0].depth, 1);
        QCOMPARE(deps[0].via, QStringLiteral("dependsOn"));
        QCOMPARE(deps[1].ref, QStringLiteral("c"));
        QCOMPARE(deps[1].depth, 2);

        const auto blast = g.blastRadius(QStringLiteral("c"));
        QStringList got;
        for (const auto &h : blast)
            got << QStringLiteral("%1@%2 %3").arg(h.ref).arg(h.depth).arg(h.via);
        QCOMPARE(got, (QStringList{QStringLiteral("api@1 providesApi"), QStringLiteral("b@1 dependencyOf"),
                                    QStringLiteral("a@2 dependencyOf"), QStringLiteral("x@2 apiConsumedBy")}));
        QCOMPARE(g.blastRadius(QStringLiteral("c"), 1).size(), 2);
        // The consumer's dependencies include the API's provider.
        const auto xdeps = g.walk(QStringLiteral("x"), CatalogGraph::Direction::Dependencies);
        QCOMPARE(xdeps.size(), 4);
        QCOMPARE(xdeps[1].ref, QStringLiteral("c"));
        QVERIFY(g.walk(QStringLiteral("nope"), CatalogGraph::Direction::Dependents).isEmpty());
    }
    void ownersToNotify()
    {
        QList<Entity> es = entitiesFrom(kOrg);
        buildRelations(es);
        const CatalogGraph g = CatalogGraph::fromEntities(es);
        auto find = [&](const QString &ref) -> std::optional<Entity> {
            for (const Entity &e : es)
                if (e.ref() == ref)
                    return e;
            return std::nullopt;
        };
        // db's dependents: orders (team-b), gateway (user ann), web
        // (shop/team-a, not in the catalog), and the API orders provides,
        // which is not loaded and so has no known owner: listed last.
        const QList<OwnerImpact> owners = groupByOwner(g.blastRadius(QStringLiteral("resource:default/db")), find);
        QCOMPARE(owners.size(), 4);
        for (const OwnerImpact &o : owners.mid(0, 3)) {
            QCOMPARE(o.entities.size(), 1);
            QCOMPARE(o.inCatalog, o.owner != u"group:shop/team-a");
        }
        QCOMPARE(owners.last().owner, QString());
        QCOMPARE(owners.last().entities, QStringList{QStringLiteral("api:default/orders-api")});
    }
    void neighbourhoodAroundAService()
    {
        const LoadResult r = CatalogLoader().load({QStringLiteral(ATRIUM_DEMO_DIR)});
        const CatalogGraph g = CatalogGraph::fromEntities(r.entities);
        const QString order = QStringLiteral("component:default/order-service");
        auto refs = [](const Subgraph &s) {
            QStringList out;
            for (const auto &h : s.nodes)
                out << h.ref;
            return out;
        };
        CatalogGraph::NeighbourhoodOptions o;
        const Subgraph all = g.neighbourhood(order, o);
        QVERIFY(!all.truncated);
        QCOMPARE(all.nodes.first().ref, order);
        QCOMPARE(all.nodes.first().depth, 0);
        QCOMPARE(all.reachable, all.nodes.size() - 1);
        QCOMPARE(all.perDepth, QList<int>{int(all.reachable)});
        QVERIFY(refs(all).contains(QStringLiteral("group:default/team-commerce")));
        QVERIFY(refs(all).contains(QStringLiteral("system:default/commerce-platform")));
        QVERIFY(refs(all).contains(QStringLiteral("component:default/payment-service")));
        // Each relation pair drawn once, in its forward form.
        for (const GraphEdge &e : all.edges) {
            QCOMPARE(relationPairOf(e.type), e.type);
            QVERIFY2(!all.edges.contains(GraphEdge{e.to, e.type, e.from}) || e.from == e.to, qPrintable(e.from + u' ' + e.type + u' ' + e.to));
        }
        QVERIFY(all.edges.contains(GraphEdge{order, QStringLiteral("ownedBy"), QStringLiteral("group:default/team-commerce")}));
        QVERIFY(all.edges.contains(GraphEdge{order, QStringLiteral("dependsOn"), QStringLiteral("component:default/payment-service")}));

        // Kinds: no groups, and nothing reached through one.
        o.kinds = QStringList{QStringLiteral("component"), QStringLiteral("api"), QStringLiteral("resource"), QStringLiteral("system")};
        const Subgraph noGroups = g.neighbourhood(order, o);
        for (const auto &h : noGroups.nodes)
            QVERIFY2(!h.ref.startsWith(u"group:"), qPrintable(h.ref));
        QCOMPARE(noGroups.nodes.first().ref, order); // the centre stays whatever its kind

        // Direction: the dependencies of order-service do not include its consumers.
        o.kinds.clear();
        o.direction = CatalogGraph::Direction::Dependencies;
        o.relationPairs = QStringList{QStringLiteral("dependsOn")};
        o.depth = 3;
        const Subgraph deps = g.neighbourhood(order, o);
        QStringList expected;
        for (const auto &h : g.walk(order, CatalogGraph::Direction::Dependencies, 3))
            if (h.via == u"dependsOn")
                expected << h.ref;
        QVERIFY(!expected.isEmpty());
        for (const QString &ref : expected)
            QVERIFY2(refs(deps).contains(ref), qPrintable(ref));
        for (const GraphEdge &e : deps.edges)
            QCOMPARE(e.type, QStringLiteral("dependsOn"));

        // Too many to draw: truncated, with the counts to narrow it by.
        o = {};
        o.depth = 4;
        o.maxNodes = 5;
        const Subgraph big = g.neighbourhood(order, o);
        QVERIFY(big.truncated);
        QCOMPARE(big.nodes.size(), 1);
        QVERIFY(big.reachable > 4);
        int sum = 0;
        for (int n : big.perDepth)
            sum += n;
        QCOMPARE(sum, big.reachable);
        int kinds = 0;
        for (int n : big.perKind)
            kinds += n;
        QCOMPARE(kinds, big.reachable);
        QVERIFY(g.neighbourhood(QStringLiteral("component:default/nope"), {}).nodes.isEmpty());
    }
    void blastSubgraphMatchesBlastRadius()
    {
        const LoadResult r = CatalogLoader().load({QStringLiteral(ATRIUM_DEMO_DIR)});
        CatalogGraph g = CatalogGraph::fromEntities(r.entities);
        const QString pay = QStringLiteral("component:default/payment-service");
        const Subgraph s = g.blastSubgraph(pay);
        const auto hits = g.blastRadius(pay);
        QCOMPARE(s.reachable, hits.size());
        QCOMPARE(s.nodes.size(), hits.size() + 1);
        for (const GraphEdge &e : s.edges)
            QVERIFY2(e.type == u"dependsOn" || e.type == u"providesApi" || e.type == u"consumesApi", qPrintable(e.type));
        // Every reached node hangs on an edge.
        for (const auto &h : hits) {
            bool linked = false;
            for (const GraphEdge &e : s.edges)
                linked = linked || e.from == h.ref || e.to == h.ref;
            QVERIFY2(linked, qPrintable(h.ref));
        }
        QVERIFY(g.blastSubgraph(pay, -1, 3).truncated);
    }
    void demoBlastRadius()
    {
        const LoadResult r = CatalogLoader().load({QStringLiteral(ATRIUM_DEMO_DIR)});
        const CatalogGraph g = CatalogGraph::fromEntities(r.entities);
        QStringList hit;
        for (const auto &h : g.blastRadius(QStringLiteral("component:default/payment-service")))
            if (h.ref.startsWith(u"component:"))
                hit << h.ref;
        hit.sort();
        QCOMPARE(hit, (QStringList{QStringLiteral("component:default/api-gateway"), QStringLiteral("component:default/backoffice-web"),
                                    QStringLiteral("component:default/cart-service"), QStringLiteral("component:default/notification-service"),
                                    QStringLiteral("component:default/order-service"), QStringLiteral("component:default/shipping-service"),
                                    QStringLiteral("component:default/storefront-web")}));
    }
};

QTEST_GUILESS_MAIN(TestRelations)
#include "tst_relations.moc"
