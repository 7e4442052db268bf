// SPDX-License-Identifier: Apache-2.0
#include "entity.h"
#include "entityref.h"

#include <QJsonArray>

namespace atrium {

namespace {
struct RelPair {
    const char16_t *a;
    const char16_t *b;
};
constexpr RelPair kPairs[] = {
    {u"ownedBy", u"ownerOf"},          {u"dependsOn", u"dependencyOf"},
    {u"providesApi", u"apiProvidedBy"}, {u"consumesApi", u"apiConsumedBy"},
    {u"partOf", u"hasPart"},           {u"memberOf", u"hasMember"},
    {u"childOf", u"parentOf"},
};
} // namespace

QString inverseRelation(QStringView type)
{
    // Shared strings: called for every relation of every import.
    static const QStringList &all = knownRelationTypes();
    for (qsizetype i = 0; i < all.size(); ++i)
        if (type == all[i])
            return all[i ^ 1];
    return {};
}

const QStringList &knownRelationTypes()
{
    static const QStringList all = [] {
        QStringList l;
        for (const auto &p : kPairs)
            l << QString::fromUtf16(p.a) << QString::fromUtf16(p.b);
        return l;
    }();
    return all;
}

QString Entity::ref() const
{
    return canonicalRef(kind, ns, name);
}

QJsonObject Entity::toJson() const
{
    QJsonObject o = data;
    if (!relations.isEmpty()) {
        QJsonArray rels;
        for (const auto &r : relations)
            rels.append(QJsonObject{{QStringLiteral("type"), r.type}, {QStringLiteral("targetRef"), r.targetRef}});
        o.insert(QStringLiteral("relations"), rels);
    }
    return o;
}

static QString refField(const QJsonObject &spec, const QString &key, QStringView defKind, QStringView ns)
{
    const QJsonValue v = spec.value(key);
    if (!v.isString())
        return {};
    return EntityRef::canonical(v.toString(), defKind, ns);
}

Entity Entity::fromDocument(const QJsonObject &doc)
{
    Entity e;
    e.data = doc;
    e.apiVersion = doc.value(QLatin1String("apiVersion")).toString();
    e.kind = doc.value(QLatin1String("kind")).toString();
    const QJsonObject md = doc.value(QLatin1String("metadata")).toObject();
    e.name = md.value(QLatin1String("name")).toString();
    e.ns = md.value(QLatin1String("namespace")).toString();
    if (e.ns.isEmpty())
        e.ns = QStringLiteral("default");
    e.title = md.value(QLatin1String("title")).toString();
    e.description = md.value(QLatin1String("description")).toString();
    for (const auto &t : md.value(QLatin1String("tags")).toArray())
        if (t.isString())
            e.tags << t.toString();
    const QJsonObject spec = doc.value(QLatin1String("spec")).toObject();
    e.type = spec.value(QLatin1String("type")).toString();
    e.lifecycle = spec.value(QLatin1String("lifecycle")).toString();
    e.owner = refField(spec, QStringLiteral("owner"), u"group", e.ns);
    const QString k = e.kind.toLower();
    if (k == u"system")
        e.system = refField(spec, QStringLiteral("domain"), u"domain", e.ns);
    else
        e.system = refField(spec, QStringLiteral("system"), u"system", e.ns);
    return e;
}

} // namespace atrium
