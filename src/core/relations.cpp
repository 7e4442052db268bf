// SPDX-License-Identifier: Apache-2.0
#include "relations.h"
#include "entityref.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace atrium {

namespace {
struct FieldRule {
    const char16_t *kind;  // entity kind (lower-case); nullptr for any of `kinds`
    const char16_t *field;
    const char16_t *defaultKind; // empty: the reference must name its kind
    const char16_t *relation;    // emitted from the entity to the target
    bool array;
};

// The table in FACTS.md §4 ("Defaults for spec fields").
constexpr FieldRule kRules[] = {
    {u"component", u"owner", u"group", u"ownedBy", false},
    {u"component", u"system", u"system", u"partOf", false},
    {u"component", u"subcomponentOf", u"component", u"partOf", false},
    {u"component", u"providesApis", u"api", u"providesApi", true},
    {u"component", u"consumesApis", u"api", u"consumesApi", true},
    {u"component", u"dependsOn", u"", u"dependsOn", true},
    {u"component", u"dependencyOf", u"", u"dependencyOf", true},
    {u"api", u"owner", u"group", u"ownedBy", false},
    {u"api", u"system", u"system", u"partOf", false},
    {u"resource", u"owner", u"group", u"ownedBy", false},
    {u"resource", u"system", u"system", u"partOf", false},
    {u"resource", u"dependsOn", u"", u"dependsOn", true},
    {u"resource", u"dependencyOf", u"", u"dependencyOf", true},
    {u"system", u"owner", u"group", u"ownedBy", false},
    {u"system", u"domain", u"domain", u"partOf", false},
    {u"domain", u"owner", u"group", u"ownedBy", false},
    {u"domain", u"subdomainOf", u"domain", u"partOf", false},
    {u"user", u"memberOf", u"group", u"memberOf", true},
    {u"group", u"parent", u"group", u"childOf", false},
    {u"group", u"children", u"group", u"parentOf", true},
    {u"group", u"members", u"user", u"hasMember", true},
    {u"template", u"owner", u"group", u"ownedBy", false},
    {u"airesource", u"owner", u"group", u"ownedBy", false},
    {u"airesource", u"system", u"system", u"partOf", false},
};
} // namespace

QStringList DeclaredRelation::path() const
{
    QStringList p{QStringLiteral("spec"), QString::fromUtf16(field)};
    if (index >= 0)
        p << QString::number(index);
    return p;
}

QList<DeclaredRelation> declaredRelations(const Entity &e)
{
    QList<DeclaredRelation> out;
    const QString kind = e.kind.toLower();
    const QJsonObject spec = e.data.value(QLatin1String("spec")).toObject();
    if (spec.isEmpty())
        return out;
    const QString self = e.ref();
    for (const auto &r : kRules) {
        if (kind != QStringView(r.kind))
            continue;
        const QJsonValue v = spec.value(QStringView(r.field));
        if (v.isUndefined() || v.isNull())
            continue;
        auto addRel = [&](const QString &text, int index) {
            QString target = EntityRef::canonical(text, QStringView(r.defaultKind), e.ns);
            if (!target.isEmpty())
                out.append({self, QString::fromRawData(reinterpret_cast<const QChar *>(r.relation),
                                                       std::char_traits<char16_t>::length(r.relation)),
                            std::move(target), r.field, index});
        };
        if (r.array) {
            const QJsonArray a = v.toArray();
            for (qsizetype i = 0; i < a.size(); ++i)
                if (a[i].isString())
                    addRel(a[i].toString(), int(i));
        } else if (v.isString()) {
            addRel(v.toString(), -1);
        }
    }
    return out;
}

void assignDeclaredRelations(Entity &e)
{
    e.relations.clear();
    for (const auto &d : declaredRelations(e)) {
        Relation r{d.type, d.to};
        if (!e.relations.contains(r))
            e.relations.append(std::move(r));
    }
    e.declaredRelations = int(e.relations.size());
}

QList<DanglingRef> linkRelations(QList<Entity> &entities, const std::function<bool(const QString &)> &existsElsewhere)
{
    QHash<QString, int> index;
    index.reserve(entities.size());
    for (int i = 0; i < entities.size(); ++i)
        index.insert(entities[i].ref(), i);
    // Only the declared relations are walked: inverses appended on the way
    // must not be taken for declarations of their own.
    std::vector<qsizetype> declaredCount(size_t(entities.size()));
    for (int i = 0; i < entities.size(); ++i)
        declaredCount[size_t(i)] = entities[i].relations.size();
    QList<DanglingRef> dangling;
    QList<int> danglingEntities;
    for (int i = 0; i < entities.size(); ++i) {
        const QString from = entities[i].ref();
        bool anyDangling = false;
        for (qsizetype k = 0; k < declaredCount[size_t(i)]; ++k) {
            const Relation &d = entities[i].relations[k];
            const auto it = index.constFind(d.targetRef);
            if (it != index.constEnd()) {
                // Relations are a set per entity. Only B's own declarations
                // can already hold what A's inverse adds (`dependencyOf: A`
                // on B, `dependsOn: B` on A), so only they are searched:
                // searching all of a hub's thousands of inverses would make
                // linking quadratic.
                Relation inv{inverseRelation(d.type), from};
                QList<Relation> &target = entities[*it].relations;
                const auto declaredEnd = target.cbegin() + declaredCount[size_t(*it)];
                if (std::find(target.cbegin(), declaredEnd, inv) == declaredEnd)
                    target.append(std::move(inv));
            } else if (!existsElsewhere || !existsElsewhere(d.targetRef)) {
                anyDangling = true;
            }
        }
        if (anyDangling)
            danglingEntities << i;
    }
    // Rare: only now find the spec field each dangling reference came from.
    for (int i : danglingEntities) {
        for (const auto &d : declaredRelations(entities[i])) {
            if (index.contains(d.to) || (existsElsewhere && existsElsewhere(d.to)))
                continue;
            const QStringList path = d.path();
            dangling.append({i, path, d.to,
                             QStringLiteral("%1 refers to %2 (%3), which is not in the catalog").arg(path.join(u'.'), d.to, d.type)});
        }
    }
    return dangling;
}

QList<DanglingRef> buildRelations(QList<Entity> &entities, const std::function<bool(const QString &)> &existsElsewhere)
{
    for (auto &e : entities)
        assignDeclaredRelations(e);
    return linkRelations(entities, existsElsewhere);
}

} // namespace atrium
