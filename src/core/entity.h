// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace atrium {

/** A typed edge from one entity to another, as Backstage stores it. */
struct Relation {
    QString type;      ///< e.g. `ownedBy`, `dependencyOf`
    QString targetRef; ///< canonical `kind:namespace/name`
    friend bool operator==(const Relation &, const Relation &) = default;
};

/** The relation types Atrium knows, with their inverses. */
QString inverseRelation(QStringView type);
/** Every known relation type, forward ones and their inverses. */
const QStringList &knownRelationTypes();

/** One catalog entity: the descriptor as written (after placeholder
 *  substitution) and the fields views and queries need most, pulled out once. */
struct Entity {
    QJsonObject data; ///< apiVersion, kind, metadata, spec (the document)
    /** `data` as compact JSON text when the reader has it at hand (the cache
     *  stores it as is); empty otherwise. Must match `data` when set. */
    QByteArray json;

    QString apiVersion;
    QString kind;      ///< as written, e.g. `Component`
    QString ns;        ///< metadata.namespace, `default` when absent
    QString name;
    QString title;
    QString description;
    QString type;      ///< spec.type
    QString lifecycle; ///< spec.lifecycle
    QString owner;     ///< canonical ref of spec.owner, or empty
    QString system;    ///< canonical ref of spec.system (or domain for systems)
    QStringList tags;

    QString file;      ///< where it was read from (path or URL)
    int line = 0;      ///< 1-based position of the document
    int column = 0;
    int document = 0;  ///< index of the document among all in its file
    QString source;    ///< the source id the entity belongs to (set by the loader)

    QList<Relation> relations;
    /** How many of `relations`, from the front, the entity's own spec
     *  declares (the rest are inverses of other entities' declarations);
     *  -1 when not known. Lets the cache store each relation once. */
    int declaredRelations = -1;

    /** Canonical `kind:namespace/name` (lower-case). */
    QString ref() const;
    /** Backstage's JSON shape: the document plus `relations: [{type, targetRef}]`. */
    QJsonObject toJson() const;
    /** Builds an entity from a validated document; derived fields filled. */
    static Entity fromDocument(const QJsonObject &doc);
};

} // namespace atrium
