// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "entity.h"

#include <QHash>
#include <QStringList>
#include <functional>

namespace atrium {

/** One relation an entity's spec declares: `from --type--> to`, plus the path
 *  of the spec field it came from (for locating warnings). */
struct DeclaredRelation {
    QString from;
    QString type;
    QString to;
    const char16_t *field = nullptr; ///< the spec field it came from
    int index = -1;                  ///< position in that field's list, or -1
    /** `spec.<field>[.<index>]` as a path, built only when needed. */
    QStringList path() const;
};

/** The relations that @p e's spec fields declare, forward direction only
 *  (the inverse of each is `to --inverse(type)--> from`). Follows the
 *  built-in processor: per-field default kinds, the entity's own namespace as
 *  the default namespace, unparseable references skipped (the validator
 *  reports those). */
QList<DeclaredRelation> declaredRelations(const Entity &e);

/** A reference to an entity that is not in the catalog. */
struct DanglingRef {
    int entityIndex;
    QStringList path;
    QString targetRef;
    QString message;
};

/** Sets @p e's `relations` to the forward relations its spec declares
 *  (without duplicates). Cheap to run on worker threads, one entity at a time. */
void assignDeclaredRelations(Entity &e);

/** Given entities whose `relations` hold their declared (forward) relations,
 *  adds each inverse to its target when the target is loaded, and returns
 *  the references to entities that are neither loaded nor accepted by
 *  @p existsElsewhere. */
QList<DanglingRef> linkRelations(QList<Entity> &entities,
                                 const std::function<bool(const QString &)> &existsElsewhere = {});

/** Both steps: fills `relations` of every entity in @p entities: for each declared
 *  relation the forward one on its source and the inverse on its target
 *  (when the target is loaded). Returns the references whose target is
 *  neither in @p entities nor accepted by @p existsElsewhere. Relations are
 *  kept even when dangling, as the catalog does. */
QList<DanglingRef> buildRelations(QList<Entity> &entities,
                                  const std::function<bool(const QString &)> &existsElsewhere = {});

} // namespace atrium
