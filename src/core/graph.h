// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "entity.h"

#include <QHash>
#include <QList>
#include <QString>
#include <functional>
#include <optional>
#include <vector>

namespace atrium {

/** One entity reached by a graph walk. */
struct GraphHit {
    QString ref;   ///< canonical ref of the entity reached
    int depth = 0; ///< hops from the start
    QString via;   ///< relation followed from `from` to reach it
    QString from;  ///< the entity it was reached from
};

/** The owner of some of the entities a walk reached, and how to reach them. */
struct OwnerImpact {
    QString owner;        ///< canonical ref of the owning group or user
    QStringList entities; ///< refs of the affected entities it owns, sorted
    QString displayName;  ///< spec.profile.displayName, when the owner is in the catalog
    QString email;        ///< spec.profile.email of the owner ...
    QStringList memberEmails; ///< ... or, when it has none, its members' emails
    bool inCatalog = false;
};

/** Groups @p hits by the owner of each entity (`spec.owner`), most affected
 *  first, with contact details from the owners' Group or User entities.
 *  @p find returns a whole entity (relations included) or nothing. Entities
 *  without an owner are grouped under an empty owner, last. */
QList<OwnerImpact> groupByOwner(const QList<GraphHit> &hits, const std::function<std::optional<Entity>(const QString &)> &find);

/** An edge to draw: `from` → `to`, labelled with the forward type of its
 *  relation pair (`ownedBy`, not `ownerOf`), so each pair is drawn once. */
struct GraphEdge {
    QString from;
    QString type;
    QString to;
    friend bool operator==(const GraphEdge &, const GraphEdge &) = default;
};

/** The part of the graph around one entity, ready to lay out. */
struct Subgraph {
    QString center;
    QList<GraphHit> nodes;  ///< the centre first (depth 0), then by depth and ref
    QList<GraphEdge> edges; ///< between `nodes` only, sorted
    int reachable = 0;      ///< entities the walk reached, centre excluded, also when truncated
    bool truncated = false; ///< more than the node limit: `nodes` holds the centre only
    QList<int> perDepth;    ///< perDepth[d-1]: entities first reached at depth d
    QHash<QString, int> perKind; ///< reached entities by lower-case kind
};

/** The relation pairs by their forward type, in the order a legend lists
 *  them: ownedBy, dependsOn, providesApi, consumesApi, partOf, memberOf, childOf. */
QStringList relationPairs();
/** The forward type of the pair @p type belongs to (`ownerOf` → `ownedBy`);
 *  @p type itself for a type Atrium does not know. */
QString relationPairOf(const QString &type);

/** The catalog's relations as an adjacency structure for fast walks.
 *  Nodes are interned to integers so a walk over 50k entities touches no
 *  strings until results are produced. */
class CatalogGraph
{
public:
    /** Dependencies: towards what an entity needs or belongs to (dependsOn,
     *  consumed APIs and their providers, owner, system, parent group).
     *  Dependents: the other way. Both: either. */
    enum class Direction { Dependencies, Dependents, Both };

    /** What neighbourhood() draws. */
    struct NeighbourhoodOptions {
        int depth = 1;                          ///< hops from the centre, >= 1
        Direction direction = Direction::Both;
        QStringList relationPairs;              ///< forward types (see relationPairs()); empty: all
        QStringList kinds;                      ///< lower-case kinds to include; empty: all
        int maxNodes = 250;                     ///< more than this (centre included): truncated
    };

    void addRelation(const QString &from, const QString &type, const QString &to);
    /** An entity with no relations is still a node (a centre to draw). */
    void addNode(const QString &ref) { intern(ref); }
    static CatalogGraph fromEntities(const QList<Entity> &entities);

    bool contains(const QString &ref) const { return m_ids.contains(ref); }
    int nodeCount() const { return int(m_names.size()); }

    /** What @p ref depends on (dependsOn, consumed APIs and their providers),
     *  or what depends on it (dependencyOf, provided APIs and their
     *  consumers), breadth first, up to @p maxDepth hops (< 0: unbounded).
     *  Cycles terminate: each entity is reported once, at its least depth. */
    QList<GraphHit> walk(const QString &ref, Direction dir, int maxDepth = -1) const;

    /** Everything that transitively depends on @p ref, including consumers
     *  of the APIs it provides: what breaks when it fails. */
    QList<GraphHit> blastRadius(const QString &ref, int maxDepth = -1) const
    {
        return walk(ref, Direction::Dependents, maxDepth);
    }

    /** The entities around @p ref within the options' depth, direction,
     *  relation pairs and kinds, and the edges between them. The walk does
     *  not pass through an entity whose kind is filtered out. */
    Subgraph neighbourhood(const QString &ref, const NeighbourhoodOptions &options) const;
    /** blastRadius() as a subgraph: the dependency edges between the centre
     *  and what it reaches, truncated past @p maxNodes like neighbourhood(). */
    Subgraph blastSubgraph(const QString &ref, int maxDepth = -1, int maxNodes = 250) const;

    /** Orders nodes by name once, so that walks sort their levels by integer
     *  instead of by string. Call after the last addRelation(); walks are
     *  correct without it, only slower. fromEntities() calls it. */
    void finish();

    /** Relations leaving @p ref: (type, target) pairs. */
    QList<Relation> relationsOf(const QString &ref) const;

private:
    int intern(const QString &ref);
    int typeId(const QString &type);
    std::vector<char> typeMask(Direction dir, const QStringList &pairs) const;
    bool lessByName(int a, int b) const;
    struct Reached {
        std::vector<int> order; ///< nodes in BFS order, sorted by name within a level
        std::vector<int> depth; ///< per node, -1 when not reached
        std::vector<int> from;  ///< per reached node: the first node (in BFS order) that led to it
        std::vector<int> type;  ///< ... and the relation type it followed
    };
    Reached reach(int start, const std::vector<char> &allowed, int maxDepth, const std::vector<char> *kindOk) const;
    Subgraph subgraphOf(int start, const Reached &r, const std::vector<char> &edgeTypes, int maxNodes) const;

    struct Edge {
        int type;
        int to;
    };
    QHash<QString, int> m_ids;
    std::vector<QString> m_names;
    std::vector<std::vector<Edge>> m_out;
    QStringList m_types;
    std::vector<int> m_rank; ///< position of each node in name order; empty until finish()
};

} // namespace atrium
