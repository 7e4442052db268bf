// SPDX-License-Identifier: Apache-2.0
#include "entityref.h"

namespace atrium {

QString canonicalRef(QStringView kind, QStringView ns, QStringView name)
{
    // Built and lowered in one buffer: this runs several times per entity
    // of every import, and toLower() would allocate a second string.
    QString s(kind.size() + ns.size() + name.size() + 2, Qt::Uninitialized);
    QChar *out = s.data();
    bool ascii = true;
    auto put = [&](QStringView part) {
        for (QChar c : part) {
            const char16_t u = c.unicode();
            if (u >= 'A' && u <= 'Z')
                *out++ = QChar(char16_t(u + 32));
            else {
                ascii = ascii && u < 0x80;
                *out++ = c;
            }
        }
    };
    put(kind);
    *out++ = u':';
    put(ns);
    *out++ = u'/';
    put(name);
    return ascii ? s : s.toLower();
}

namespace {
/** Splits @p text into its parts without allocating; on failure returns
 *  false and, when @p error is set, says why. */
bool splitRef(QStringView text, QStringView defaultKind, QStringView defaultNamespace, QStringView *kindOut,
              QStringView *nsOut, QStringView *nameOut, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
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
    *kindOut = kind;
    *nsOut = ns;
    *nameOut = name;
    return true;
}
} // namespace

std::optional<EntityRef> EntityRef::parse(QStringView text, QStringView defaultKind, QStringView defaultNamespace,
                                          QString *error)
{
    QStringView kind, ns, name;
    if (!splitRef(text, defaultKind, defaultNamespace, &kind, &ns, &name, error))
        return std::nullopt;
    return EntityRef{kind.toString().toLower(), ns.toString().toLower(), name.toString()};
}

bool EntityRef::isValid(QStringView text, QStringView defaultKind, QString *error)
{
    QStringView kind, ns, name;
    return splitRef(text, defaultKind, u"default", &kind, &ns, &name, error);
}

QString EntityRef::canonical(QStringView text, QStringView defaultKind, QStringView defaultNamespace)
{
    QStringView kind, ns, name;
    if (!splitRef(text, defaultKind, defaultNamespace, &kind, &ns, &name, nullptr))
        return {};
    return canonicalRef(kind, ns, name);
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
