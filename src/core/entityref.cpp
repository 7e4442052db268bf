// SPDX-License-Identifier: Apache-2.0
#include "entityref.h"

namespace atrium {

QString canonicalRef(QStringView kind, QStringView ns, QStringView name)
{
    QString s;
    s.reserve(kind.size() + ns.size() + name.size() + 2);
    s.append(kind).append(u':').append(ns).append(u'/').append(name);
    return s.toLower();
}

std::optional<EntityRef> EntityRef::parse(QStringView text, QStringView defaultKind,
                                          QStringView defaultNamespace, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<EntityRef> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return fail(QStringLiteral("entity reference is empty"));

    // The first ':' ends the kind unless a '/' comes before it; the first '/'
    // after that ends the namespace.
    qsizetype colon = t.indexOf(u':');
    const qsizetype slash0 = t.indexOf(u'/');
    if (slash0 >= 0 && colon > slash0)
        colon = -1;
    QStringView kind, ns, name;
    QStringView rest = t;
    if (colon >= 0) {
        kind = t.left(colon);
        rest = t.mid(colon + 1);
        if (kind.isEmpty())
            return fail(QStringLiteral("entity reference \"%1\" has an empty kind").arg(t));
    }
    const qsizetype slash = rest.indexOf(u'/');
    if (slash >= 0) {
        ns = rest.left(slash);
        name = rest.mid(slash + 1);
        if (ns.isEmpty())
            return fail(QStringLiteral("entity reference \"%1\" has an empty namespace").arg(t));
    } else {
        name = rest;
    }
    if (name.isEmpty())
        return fail(QStringLiteral("entity reference \"%1\" has an empty name").arg(t));
    if (kind.isEmpty()) {
        if (defaultKind.isEmpty())
            return fail(QStringLiteral("entity reference \"%1\" had missing or empty kind (e.g. did not start with \"component:\" or similar)").arg(t));
        kind = defaultKind;
    }
    if (ns.isEmpty())
        ns = defaultNamespace.isEmpty() ? QStringView(u"default") : defaultNamespace;
    return EntityRef{kind.toString().toLower(), ns.toString().toLower(), name.toString()};
}

QString EntityRef::toString() const
{
    return canonicalRef(kind, ns, name);
}

QString EntityRef::humanString(QStringView defaultKind) const
{
    QString s;
    if (defaultKind.compare(kind, Qt::CaseInsensitive) != 0)
        s = kind + u':';
    if (ns != u"default")
        s += ns + u'/';
    return s + name;
}

} // namespace atrium
