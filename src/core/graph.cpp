// SPDX-License-Identifier: Apache-2.0
#include "graph.h"

#include <QJsonObject>
#include <QSet>

#include <tuple>

#include <algorithm>

namespace atrium {

int CatalogGraph::intern(const QString &ref)
{
    auto it = m_ids.constFind(ref);
    if (it != m_ids.constEnd())
        return *it;
    const int id = int(m_names.size());
    m_ids.insert(ref, id);
    m_names.push_back(ref);
    m_out.emplace_back();
    return id;
}

int CatalogGraph::typeId(const QString &type)
{
    const qsizetype i = m_types.indexOf(type);
    if (i >= 0)
        return int(i);
    m_types.append(type);
    return int(m_types.size() - 1);
}

void CatalogGraph::addRelation(const QString &from, const QString &type, const QString &to)
{
    const int f = intern(from);
    const int t = intern(to);
    const int ty = typeId(type);
    auto &edges = m_out[size_t(f)];
    for (const auto &e : edges)
        if (e.type == ty && e.to == t)
            return;
    edges.push_back({ty, t});
}

CatalogGraph CatalogGraph::fromEntities(const QList<Entity> &entities)
{
    CatalogGraph g;
    for (const auto &e : entities) {
        const QString ref = e.ref();
        g.intern(ref);
        for (const auto &r : e.relations)
            g.addRelation(ref, r.type, r.targetRef);
    }
    g.finish();
    return g;
}

QList<Relation> CatalogGraph::relationsOf(const QString &ref) const
{
    QList<Relation> out;
    const auto it = m_ids.constFind(ref);
    if (it == m_ids.constEnd())
        return out;
    for (const auto &e : m_out[size_t(*it)])
        out.append({m_types[e.type], m_names[size_t(e.to)]});
    return out;
}

QStringList relationPairs()
{
    QStringList out;
    const QStringList &all = knownRelationTypes();
    for (qsizetype i = 0; i < all.size(); i += 2)
        out << all[i];
    return out;
}

QString relationPairOf(const QString &type)
{
    const QStringList &all = knownRelationTypes();
    const qsizetype i = all.indexOf(type);
    return i < 0 ? type : all[i & ~qsizetype(1)];
}

namespace {
// Which way each known type points. "Dependencies" are what an entity needs
// or belongs to; providesApi points down because an API's consumers depend
// on its provider through it.
bool pointsToDependency(QStringView type)
{
    static const QStringList up = {QStringLiteral("ownedBy"),     QStringLiteral("dependsOn"), QStringLiteral("consumesApi"),
                                   QStringLiteral("apiProvidedBy"), QStringLiteral("partOf"),  QStringLiteral("memberOf"),
                                   QStringLiteral("childOf")};
    return up.contains(type);
}
} // namespace

void CatalogGraph::finish()
{
    std::vector<int> order(m_names.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return m_names[size_t(a)] < m_names[size_t(b)]; });
    m_rank.assign(m_names.size(), 0);
    for (size_t i = 0; i < order.size(); ++i)
        m_rank[size_t(order[i])] = int(i);
}

bool CatalogGraph::lessByName(int a, int b) const
{
    if (m_rank.size() == m_names.size())
        return m_rank[size_t(a)] < m_rank[size_t(b)];
    return m_names[size_t(a)] < m_names[size_t(b)];
}

std::vector<char> CatalogGraph::typeMask(Direction dir, const QStringList &pairs) const
{
    std::vector<char> allowed(size_t(m_types.size()), 0);
    for (qsizetype i = 0; i < m_types.size(); ++i) {
        const QString &t = m_types[i];
        if (!pairs.isEmpty() && !pairs.contains(relationPairOf(t)))
            continue;
        const bool known = knownRelationTypes().contains(t);
        switch (dir) {
        case Direction::Both:
            allowed[size_t(i)] = 1;
            break;
        case Direction::Dependencies:
            allowed[size_t(i)] = known && pointsToDependency(t);
            break;
        case Direction::Dependents:
            allowed[size_t(i)] = known && !pointsToDependency(t);
            break;
        }
    }
    return allowed;
}

CatalogGraph::Reached CatalogGraph::reach(int start, const std::vector<char> &allowed, int maxDepth,
                                          const std::vector<char> *kindOk) const
{
    Reached r;
    r.depth.assign(m_names.size(), -1);
    r.from.assign(m_names.size(), -1);
    r.type.assign(m_names.size(), -1);
    r.depth[size_t(start)] = 0;
    std::vector<int> frontier{start};
    std::vector<int> found;
    int d = 0;
    while (!frontier.empty() && (maxDepth < 0 || d < maxDepth)) {
        ++d;
        found.clear();
        for (int n : frontier)
            for (const auto &e : m_out[size_t(n)])
                if (allowed[size_t(e.type)] && r.depth[size_t(e.to)] < 0 && (!kindOk || (*kindOk)[size_t(e.to)])) {
                    r.depth[size_t(e.to)] = d;
                    r.from[size_t(e.to)] = n;
                    r.type[size_t(e.to)] = e.type;
                    found.push_back(e.to);
                }
        // Stable, readable order within a level.
        std::sort(found.begin(), found.end(), [&](int a, int b) { return lessByName(a, b); });
        r.order.insert(r.order.end(), found.begin(), found.end());
        frontier.swap(found);
    }
    return r;
}

QList<GraphHit> CatalogGraph::walk(const QString &ref, Direction dir, int maxDepth) const
{
    QList<GraphHit> hits;
    const auto start = m_ids.constFind(ref);
    if (start == m_ids.constEnd())
        return hits;
    // The edges that mean "depends on" in each direction.
    const QStringList follow = dir == Direction::Dependencies
        ? QStringList{QStringLiteral("dependsOn"), QStringLiteral("consumesApi"), QStringLiteral("apiProvidedBy")}
        : QStringList{QStringLiteral("dependencyOf"), QStringLiteral("providesApi"), QStringLiteral("apiConsumedBy")};
    std::vector<char> allowed(size_t(m_types.size()), 0);
    for (const auto &t : follow) {
        const qsizetype i = m_types.indexOf(t);
        if (i >= 0)
            allowed[size_t(i)] = 1;
    }
    const Reached r = reach(*start, allowed, maxDepth, nullptr);
    hits.reserve(qsizetype(r.order.size()));
    for (int n : r.order)
        hits.append({m_names[size_t(n)], r.depth[size_t(n)], m_types[r.type[size_t(n)]], m_names[size_t(r.from[size_t(n)])]});
    return hits;
}

Subgraph CatalogGraph::subgraphOf(int start, const Reached &r, const std::vector<char> &edgeTypes, int maxNodes) const
{
    Subgraph g;
    g.center = m_names[size_t(start)];
    g.reachable = int(r.order.size());
    for (int n : r.order) {
        const int d = r.depth[size_t(n)];
        if (g.perDepth.size() < d)
            g.perDepth.resize(d);
        ++g.perDepth[d - 1];
        const QString &name = m_names[size_t(n)];
        ++g.perKind[name.left(std::max<qsizetype>(0, name.indexOf(u':')))];
    }
    g.nodes.append({g.center, 0, {}, {}});
    if (g.reachable + 1 > maxNodes) {
        g.truncated = true;
        return g;
    }
    for (int n : r.order)
        g.nodes.append({m_names[size_t(n)], r.depth[size_t(n)], {}, {}});
    // Edges between drawn nodes, each relation pair once, in its forward form.
    QSet<QString> seen;
    auto addEdges = [&](int n) {
        for (const auto &e : m_out[size_t(n)]) {
            if (!edgeTypes[size_t(e.type)] || r.depth[size_t(e.to)] < 0)
                continue;
            const QString &type = m_types[e.type];
            const QString pair = relationPairOf(type);
            GraphEdge edge = pair == type ? GraphEdge{m_names[size_t(n)], type, m_names[size_t(e.to)]}
                                          : GraphEdge{m_names[size_t(e.to)], pair, m_names[size_t(n)]};
            const QString key = edge.from + u'\n' + edge.type + u'\n' + edge.to;
            if (seen.contains(key))
                continue;
            seen.insert(key);
            g.edges.append(std::move(edge));
        }
    };
    addEdges(start);
    for (int n : r.order)
        addEdges(n);
    std::sort(g.edges.begin(), g.edges.end(), [](const GraphEdge &a, const GraphEdge &b) {
        return std::tie(a.from, a.to, a.type) < std::tie(b.from, b.to, b.type);
    });
    return g;
}

Subgraph CatalogGraph::neighbourhood(const QString &ref, const NeighbourhoodOptions &o) const
{
    const auto start = m_ids.constFind(ref);
    if (start == m_ids.constEnd())
        return {};
    const std::vector<char> allowed = typeMask(o.direction, o.relationPairs);
    std::vector<char> kindOk;
    if (!o.kinds.isEmpty()) {
        kindOk.assign(m_names.size(), 0);
        for (size_t i = 0; i < m_names.size(); ++i) {
            const QString &name = m_names[i];
            const qsizetype colon = name.indexOf(u':');
            kindOk[i] = colon > 0 && o.kinds.contains(QStringView(name).left(colon));
        }
    }
    const Reached r = reach(*start, allowed, std::max(1, o.depth), kindOk.empty() ? nullptr : &kindOk);
    // Edges among the drawn nodes: every selected relation pair, whichever
    // way it points, so that a dependency between two neighbours shows too.
    return subgraphOf(*start, r, typeMask(Direction::Both, o.relationPairs), o.maxNodes);
}

Subgraph CatalogGraph::blastSubgraph(const QString &ref, int maxDepth, int maxNodes) const
{
    const auto start = m_ids.constFind(ref);
    if (start == m_ids.constEnd())
        return {};
    const QStringList follow{QStringLiteral("dependencyOf"), QStringLiteral("providesApi"), QStringLiteral("apiConsumedBy")};
    std::vector<char> allowed(size_t(m_types.size()), 0);
    for (const auto &t : follow)
        if (const qsizetype i = m_types.indexOf(t); i >= 0)
            allowed[size_t(i)] = 1;
    const Reached r = reach(*start, allowed, maxDepth, nullptr);
    return subgraphOf(*start, r, allowed, maxNodes);
}

QList<OwnerImpact> groupByOwner(const QList<GraphHit> &hits, const std::function<std::optional<Entity>(const QString &)> &find)
{
    QHash<QString, OwnerImpact> byOwner;
    for (const GraphHit &h : hits) {
        const auto e = find(h.ref);
        const QString owner = e ? e->owner : QString();
        OwnerImpact &impact = byOwner[owner];
        impact.owner = owner;
        impact.entities << h.ref;
    }
    QList<OwnerImpact> out;
    for (auto it = byOwner.begin(); it != byOwner.end(); ++it) {
        OwnerImpact impact = it.value();
        impact.entities.sort();
        if (!impact.owner.isEmpty()) {
            if (const auto o = find(impact.owner)) {
                impact.inCatalog = true;
                const QJsonObject profile = o->data.value(QLatin1String("spec")).toObject().value(QLatin1String("profile")).toObject();
                impact.displayName = profile.value(QLatin1String("displayName")).toString();
                impact.email = profile.value(QLatin1String("email")).toString();
                if (impact.email.isEmpty()) {
                    // A team without a mailing list: its people.
                    for (const Relation &r : o->relations) {
                        if (r.type != u"hasMember")
                            continue;
                        if (const auto m = find(r.targetRef)) {
                            const QString mail = m->data.value(QLatin1String("spec")).toObject().value(QLatin1String("profile")).toObject().value(QLatin1String("email")).toString();
                            if (!mail.isEmpty())
                                impact.memberEmails << mail;
                        }
                    }
                    impact.memberEmails.sort();
                }
            }
        }
        out << impact;
    }
    std::sort(out.begin(), out.end(), [](const OwnerImpact &a, const OwnerImpact &b) {
        if (a.owner.isEmpty() != b.owner.isEmpty())
            return b.owner.isEmpty();
        if (a.entities.size() != b.entities.size())
            return a.entities.size() > b.entities.size();
        return a.owner < b.owner;
    });
    return out;
}

} // namespace atrium
