// SPDX-License-Identifier: Apache-2.0
#pragma once

// Entities for the catalog store tests and their crash helper, built the way
// the loader builds them: from a document, with relations filled in.

#include "entity.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace atrium::fixtures {

inline Entity component(const QString &name, const QString &owner = QStringLiteral("team-a"),
                        const QString &ns = QStringLiteral("default"), const QString &source = {})
{
    const QJsonObject doc{
        {QStringLiteral("apiVersion"), QStringLiteral("backstage.io/v1alpha1")},
        {QStringLiteral("kind"), QStringLiteral("Component")},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("name"), name},
                     {QStringLiteral("namespace"), ns},
                     {QStringLiteral("title"), QStringLiteral("The %1 service").arg(name)},
                     {QStringLiteral("description"),
                      QStringLiteral("Handles %1 for the platform; owned by %2 and deployed to every region.").arg(name, owner)},
                     {QStringLiteral("tags"), QJsonArray{QStringLiteral("java"), QStringLiteral("tier-1")}},
                     {QStringLiteral("annotations"),
                      QJsonObject{{QStringLiteral("github.com/project-slug"), QStringLiteral("acme/%1").arg(name)}}}}},
        {QStringLiteral("spec"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("service")},
                     {QStringLiteral("lifecycle"), QStringLiteral("production")},
                     {QStringLiteral("owner"), owner},
                     {QStringLiteral("system"), QStringLiteral("payments")},
                     {QStringLiteral("replicas"), 3}}},
    };
    Entity e = Entity::fromDocument(doc);
    e.file = QStringLiteral("/catalog/%1/catalog-info.yaml").arg(name);
    e.line = 1;
    e.column = 1;
    e.source = source;
    e.relations = {{QStringLiteral("ownedBy"), e.owner}, {QStringLiteral("partOf"), e.system}};
    return e;
}

/** @p n components named `<prefix>-<i>`. */
inline QList<Entity> components(const QString &prefix, int n, const QString &source = {})
{
    QList<Entity> out;
    out.reserve(n);
    for (int i = 0; i < n; ++i)
        out.append(component(QStringLiteral("%1-%2").arg(prefix).arg(i), QStringLiteral("team-%1").arg(i % 7),
                             QStringLiteral("default"), source));
    return out;
}

} // namespace atrium::fixtures
