// SPDX-License-Identifier: Apache-2.0
#include "graph.h"

#include <QJsonObject>

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
    std::vector<int> depth(m_names.size(), -1);
    std::vector<int> frontier{*start};
    depth[size_t(*start)] = 0;
    int d = 0;
    while (!frontier.empty() && (maxDepth < 0 || d < maxDepth)) {
        ++d;
        struct Found {
            int node, type, from;
        };
        std::vector<Found> found;
        for (int n : frontier)
            for (const auto &e : m_out[size_t(n)])
                if (allowed[size_t(e.type)] && depth[size_t(e.to)] < 0) {
                    depth[size_t(e.to)] = d;
                    found.push_back({e.to, e.type, n});
                }
        // Stable, readable order within a level.
        std::sort(found.begin(), found.end(), [&](const Found &a, const Found &b) {
            return m_names[size_t(a.node)] < m_names[size_t(b.node)];
        });
        frontier.clear();
        for (const auto &f : found) {
            hits.append({m_names[size_t(f.node)], d, m_types[f.type], m_names[size_t(f.from)]});
            frontier.push_back(f.node);
        }
    }
    return hits;
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
