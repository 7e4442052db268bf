// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace atrium {

/** A reference to an entity, `[kind:][namespace/]name`.
 *
 *  Kind and namespace are kept lower-case, as the catalog compares them
 *  case-insensitively; the name keeps its case for display but compares
 *  case-insensitively through toString(). */
struct EntityRef {
    QString kind;
    QString ns;
    QString name;

    /** Parses @p text. A missing kind takes @p defaultKind (an error if that is
     *  empty), a missing namespace takes @p defaultNamespace. On failure
     *  returns nothing and sets @p error to a message naming the problem. */
    static std::optional<EntityRef> parse(QStringView text, QStringView defaultKind = {},
                                          QStringView defaultNamespace = u"default",
                                          QString *error = nullptr);

    /** Whether @p text parses, without building the parts (validation). */
    static bool isValid(QStringView text, QStringView defaultKind, QString *error = nullptr);
    /** parse() then toString() in one step; empty when @p text does not parse. */
    static QString canonical(QStringView text, QStringView defaultKind = {}, QStringView defaultNamespace = u"default");

    /** The canonical lower-case form `kind:namespace/name`. */
    QString toString() const;
    /** `name`, `namespace/name` or `kind:namespace/name`, whichever is the
     *  shortest that is unambiguous given the defaults, for display. */
    QString humanString(QStringView defaultKind = {}) const;

    friend bool operator==(const EntityRef &a, const EntityRef &b)
    {
        return a.toString() == b.toString();
    }
};

/** Canonical lower-case key `kind:namespace/name` for an entity's identity. */
QString canonicalRef(QStringView kind, QStringView ns, QStringView name);

} // namespace atrium
