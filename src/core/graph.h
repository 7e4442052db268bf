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

/** The catalog's relations as an adjacency structure for fast walks.
 *  Nodes are interned to integers so a walk over 50k entities touches no
 *  strings until results are produced. */
class CatalogGraph
{
public:
    enum class Direction { Dependencies, Dependents };

    void addRelation(const QString &from, const QString &type, const QString &to);
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

    /** Relations leaving @p ref: (type, target) pairs. */
    QList<Relation> relationsOf(const QString &ref) const;

private:
    int intern(const QString &ref);
    int typeId(const QString &type);

    struct Edge {
        int type;
        int to;
    };
    QHash<QString, int> m_ids;
    std::vector<QString> m_names;
    std::vector<std::vector<Edge>> m_out;
    QStringList m_types;
};

} // namespace atrium
