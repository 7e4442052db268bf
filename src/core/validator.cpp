// SPDX-License-Identifier: Apache-2.0
#include "validator.h"
#include "entityref.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

namespace atrium {

namespace rules {

namespace {
inline bool isAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
}
inline bool isLowerAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9');
}
} // namespace

// Hand-written matchers instead of QRegularExpression: these run for every
// name, tag and annotation key of every entity, and a scan is several times
// cheaper than a regex match. Each mirrors the regex named in its comment.

// ^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$, 1-63 characters
bool isValidEntityName(QStringView s)
{
    const qsizetype n = s.size();
    if (n < 1 || n > 63)
        return false;
    if (!isAlnum(s[0]) || !isAlnum(s[n - 1]))
        return false;
    for (qsizetype i = 1; i + 1 < n; ++i) {
        const QChar c = s[i];
        if (!isAlnum(c) && c != u'-' && c != u'_' && c != u'.')
            return false;
    }
    return true;
}

// DNS label: ^[a-z0-9]+(?:\-+[a-z0-9]+)*$, 1-63 characters
bool isValidNamespace(QStringView s)
{
    const qsizetype n = s.size();
    if (n < 1 || n > 63)
        return false;
    if (!isLowerAlnum(s[0]) || !isLowerAlnum(s[n - 1]))
        return false;
    for (qsizetype i = 1; i + 1 < n; ++i)
        if (!isLowerAlnum(s[i]) && s[i] != u'-')
            return false;
    return true;
}

bool isValidDnsSubdomain(QStringView s)
{
    if (s.isEmpty() || s.size() > 253)
        return false;
    for (QStringView part : s.split(u'.'))
        if (!isValidNamespace(part))
            return false;
    return true;
}

// ^[a-zA-Z][a-z0-9A-Z]*$, 1-63 characters
bool isValidKind(QStringView s)
{
    if (s.isEmpty() || s.size() > 63)
        return false;
    const char16_t c0 = s[0].unicode();
    if (!((c0 >= 'a' && c0 <= 'z') || (c0 >= 'A' && c0 <= 'Z')))
        return false;
    for (QChar c : s)
        if (!isAlnum(c))
            return false;
    return true;
}

bool isValidApiVersion(QStringView s)
{
    const qsizetype slash = s.indexOf(u'/');
    QStringView version = s;
    if (slash >= 0) {
        if (s.indexOf(u'/', slash + 1) >= 0)
            return false;
        if (!isValidDnsSubdomain(s.left(slash)))
            return false;
        version = s.mid(slash + 1);
    }
    if (version.isEmpty() || version.size() > 63)
        return false;
    for (QChar c : version)
        if (!isAlnum(c))
            return false;
    return true;
}

bool isValidLabelOrAnnotationKey(QStringView s)
{
    const qsizetype slash = s.indexOf(u'/');
    if (slash < 0)
        return isValidEntityName(s);
    if (s.indexOf(u'/', slash + 1) >= 0)
        return false;
    return isValidDnsSubdomain(s.left(slash)) && isValidEntityName(s.mid(slash + 1));
}

bool isValidLabelValue(QStringView s)
{
    return s.isEmpty() || isValidEntityName(s);
}

// ^[a-z0-9:+#]+(\-[a-z0-9:+#]+)*$, 1-63 characters
bool isValidTag(QStringView s)
{
    const qsizetype n = s.size();
    if (n < 1 || n > 63)
        return false;
    auto ok = [](QChar c) { return isLowerAlnum(c) || c == u':' || c == u'+' || c == u'#'; };
    bool prevDash = true; // no leading dash
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = s[i];
        if (c == u'-') {
            if (prevDash)
                return false;
            prevDash = true;
        } else if (ok(c)) {
            prevDash = false;
        } else {
            return false;
        }
    }
    return !prevDash;
}

bool isAbsoluteUrl(QStringView s)
{
    const QUrl u(s.toString(), QUrl::StrictMode);
    return u.isValid() && !u.scheme().isEmpty() && (!u.host().isEmpty() || !u.path().isEmpty());
}

} // namespace rules

namespace {

struct KindInfo {
    const char16_t *kind;
    bool templateApi; // scaffolder.backstage.io/v1beta3 instead of backstage.io
    bool alphaOnly;   // backstage.io/v1alpha1 only
};
constexpr KindInfo kKinds[] = {
    {u"Component", false, false}, {u"API", false, false},      {u"Resource", false, false},
    {u"System", false, false},    {u"Domain", false, false},   {u"Group", false, false},
    {u"User", false, false},      {u"Location", false, false}, {u"Template", true, false},
    {u"AiResource", false, true},
};

const KindInfo *kindInfo(QStringView kind)
{
    for (const auto &k : kKinds)
        if (kind.compare(QStringView(k.kind), Qt::CaseInsensitive) == 0)
            return &k;
    return nullptr;
}

class Checker
{
public:
    QList<ValidationIssue> issues;

    void error(const QStringList &path, const QString &msg) { issues.append({Severity::Error, path, msg}); }
    void warning(const QStringList &path, const QString &msg) { issues.append({Severity::Warning, path, msg}); }

    static bool isRemotePlaceholder(const QJsonValue &v)
    {
        if (!v.isObject())
            return false;
        const QJsonObject o = v.toObject();
        if (o.size() != 1)
            return false;
        const QString k = o.begin().key();
        return (k == u"$text" || k == u"$json" || k == u"$yaml") && o.begin().value().isString();
    }

    /** A required or optional non-empty string field of `spec`. */
    bool stringField(const QJsonObject &o, const QStringList &base, const QString &key, bool required,
                     bool acceptPlaceholder = false)
    {
        const auto it = o.constFind(key);
        if (it == o.constEnd() || it->isUndefined()) {
            if (required)
                error(base, QStringLiteral("%1 is missing the required field \"%2\"").arg(describe(base), key));
            return false;
        }
        if (acceptPlaceholder && isRemotePlaceholder(*it))
            return false;
        if (!it->isString()) {
            error(base + QStringList{key}, QStringLiteral("\"%1\" must be a string, not %2").arg(key, typeName(*it)));
            return false;
        }
        if (it->toString().isEmpty()) {
            error(base + QStringList{key}, QStringLiteral("\"%1\" must not be empty").arg(key));
            return false;
        }
        return true;
    }

    /** An array of non-empty strings. */
    bool stringArray(const QJsonObject &o, const QStringList &base, const QString &key, bool required)
    {
        const auto it = o.constFind(key);
        if (it == o.constEnd()) {
            if (required)
                error(base, QStringLiteral("%1 is missing the required field \"%2\"").arg(describe(base), key));
            return false;
        }
        if (!it->isArray()) {
            error(base + QStringList{key}, QStringLiteral("\"%1\" must be a list of strings, not %2").arg(key, typeName(*it)));
            return false;
        }
        const QJsonArray a = it->toArray();
        bool ok = true;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a[i].isString() || a[i].toString().isEmpty()) {
                error(base + QStringList{key, QString::number(i)},
                      QStringLiteral("\"%1[%2]\" must be a non-empty string").arg(key).arg(i));
                ok = false;
            }
        }
        return ok;
    }

    void refField(const QJsonObject &spec, const QString &key, QStringView defaultKind, bool array)
    {
        const QStringList base{QStringLiteral("spec")};
        if (array) {
            if (!stringArray(spec, base, key, false))
                return;
            const QJsonArray a = spec.value(key).toArray();
            for (qsizetype i = 0; i < a.size(); ++i)
                checkRef(a[i].toString(), base + QStringList{key, QString::number(i)}, key, defaultKind);
        } else {
            if (!spec.contains(key))
                return;
            if (!spec.value(key).isString())
                return; // reported by stringField
            checkRef(spec.value(key).toString(), base + QStringList{key}, key, defaultKind);
        }
    }

    void checkRef(const QString &text, const QStringList &path, const QString &field, QStringView defaultKind)
    {
        QString err;
        if (!EntityRef::isValid(text, defaultKind, &err)) {
            if (defaultKind.isEmpty() && !text.trimmed().isEmpty())
                error(path, QStringLiteral("\"%1\" entry \"%2\" must name its kind, e.g. \"component:%2\" or \"resource:%2\"").arg(field, text));
            else
                error(path, QStringLiteral("invalid entity reference in \"%1\": %2").arg(field, err));
        }
    }

    static QString typeName(const QJsonValue &v)
    {
        switch (v.type()) {
        case QJsonValue::Null: return QStringLiteral("null");
        case QJsonValue::Bool: return QStringLiteral("a boolean");
        case QJsonValue::Double: return QStringLiteral("a number");
        case QJsonValue::String: return QStringLiteral("a string");
        case QJsonValue::Array: return QStringLiteral("a list");
        case QJsonValue::Object: return QStringLiteral("a map");
        default: return QStringLiteral("undefined");
        }
    }

    static QString describe(const QStringList &base)
    {
        return base.isEmpty() ? QStringLiteral("the entity") : QStringLiteral("\"%1\"").arg(base.join(u'.'));
    }

    void checkEnvelope(const QJsonObject &root, QString *kindOut)
    {
        static const QStringList allowedRoot{QStringLiteral("apiVersion"), QStringLiteral("kind"),
                                             QStringLiteral("metadata"), QStringLiteral("spec")};
        for (auto it = root.begin(); it != root.end(); ++it)
            if (!allowedRoot.contains(it.key()))
                error({it.key()}, QStringLiteral("Unknown field \"%1\" at the top level (only apiVersion, kind, metadata and spec are allowed)").arg(it.key()));

        if (!root.contains(u"apiVersion"))
            error({}, QStringLiteral("the entity is missing the required field \"apiVersion\""));
        else if (!root.value(u"apiVersion").isString())
            error({QStringLiteral("apiVersion")}, QStringLiteral("\"apiVersion\" must be a string"));
        else if (!rules::isValidApiVersion(root.value(u"apiVersion").toString()))
            error({QStringLiteral("apiVersion")}, QStringLiteral("\"apiVersion\" \"%1\" is not valid; expected [prefix/]version such as backstage.io/v1alpha1").arg(root.value(u"apiVersion").toString()));

        if (!root.contains(u"kind"))
            error({}, QStringLiteral("the entity is missing the required field \"kind\""));
        else if (!root.value(u"kind").isString())
            error({QStringLiteral("kind")}, QStringLiteral("\"kind\" must be a string"));
        else if (!rules::isValidKind(root.value(u"kind").toString()))
            error({QStringLiteral("kind")}, QStringLiteral("\"kind\" \"%1\" is not valid; a kind is 1-63 letters and digits starting with a letter").arg(root.value(u"kind").toString()));
        else
            *kindOut = root.value(u"kind").toString();

        const QJsonValue mdv = root.value(u"metadata");
        if (mdv.isUndefined()) {
            error({}, QStringLiteral("the entity is missing the required field \"metadata\""));
            return;
        }
        if (!mdv.isObject()) {
            error({QStringLiteral("metadata")}, QStringLiteral("\"metadata\" must be a map"));
            return;
        }
        checkMetadata(mdv.toObject());
    }

    void checkMetadata(const QJsonObject &md)
    {
        const QStringList base{QStringLiteral("metadata")};
        if (!md.contains(u"name")) {
            error(base, QStringLiteral("\"metadata\" is missing the required field \"name\""));
        } else if (!md.value(u"name").isString()) {
            error(base + QStringList{QStringLiteral("name")}, QStringLiteral("\"metadata.name\" must be a string, not %1").arg(typeName(md.value(u"name"))));
        } else {
            const QString n = md.value(u"name").toString();
            if (!rules::isValidEntityName(n))
                error(base + QStringList{QStringLiteral("name")},
                      QStringLiteral("\"metadata.name\" \"%1\" is not valid; expected a string that is sequences of [a-zA-Z0-9] separated by any of [-_.], at most 63 characters in total").arg(n));
        }
        if (md.contains(u"namespace")) {
            const QJsonValue v = md.value(u"namespace");
            if (!v.isString())
                error(base + QStringList{QStringLiteral("namespace")}, QStringLiteral("\"metadata.namespace\" must be a string"));
            else if (!rules::isValidNamespace(v.toString()))
                error(base + QStringList{QStringLiteral("namespace")},
                      QStringLiteral("\"metadata.namespace\" \"%1\" is not valid; expected a string that is sequences of [a-z0-9] separated by [-], at most 63 characters in total").arg(v.toString()));
        }
        for (const char16_t *k : {u"title", u"description", u"uid", u"etag"}) {
            const QString key = QString::fromUtf16(k);
            if (md.contains(key)) {
                const QJsonValue v = md.value(key);
                if (!v.isString())
                    error(base + QStringList{key}, QStringLiteral("\"metadata.%1\" must be a string, not %2").arg(key, typeName(v)));
                else if (v.toString().isEmpty() && key != u"description")
                    error(base + QStringList{key}, QStringLiteral("\"metadata.%1\" must not be empty").arg(key));
            }
        }
        checkStringMap(md, QStringLiteral("labels"), true);
        checkStringMap(md, QStringLiteral("annotations"), false);
        if (md.contains(u"tags")) {
            const QJsonValue tv = md.value(u"tags");
            if (!tv.isArray()) {
                error(base + QStringList{QStringLiteral("tags")}, QStringLiteral("\"metadata.tags\" must be a list"));
            } else {
                const QJsonArray a = tv.toArray();
                for (qsizetype i = 0; i < a.size(); ++i) {
                    const QStringList p = base + QStringList{QStringLiteral("tags"), QString::number(i)};
                    if (!a[i].isString())
                        error(p, QStringLiteral("tag %1 must be a string, not %2").arg(i).arg(typeName(a[i])));
                    else if (!rules::isValidTag(a[i].toString()))
                        error(p, QStringLiteral("tag \"%1\" is not valid; expected a string that is sequences of [a-z0-9+#] separated by [-], at most 63 characters in total").arg(a[i].toString()));
                }
            }
        }
        if (md.contains(u"links")) {
            const QJsonValue lv = md.value(u"links");
            if (!lv.isArray()) {
                error(base + QStringList{QStringLiteral("links")}, QStringLiteral("\"metadata.links\" must be a list"));
            } else {
                const QJsonArray a = lv.toArray();
                for (qsizetype i = 0; i < a.size(); ++i) {
                    const QStringList p = base + QStringList{QStringLiteral("links"), QString::number(i)};
                    if (!a[i].isObject()) {
                        error(p, QStringLiteral("link %1 must be a map with a \"url\"").arg(i));
                        continue;
                    }
                    const QJsonObject l = a[i].toObject();
                    if (!l.value(u"url").isString())
                        error(p, QStringLiteral("link %1 is missing a \"url\" string").arg(i));
                    else if (!rules::isAbsoluteUrl(l.value(u"url").toString()))
                        error(p + QStringList{QStringLiteral("url")}, QStringLiteral("link url \"%1\" is not an absolute URL").arg(l.value(u"url").toString()));
                    for (const char16_t *k : {u"title", u"icon", u"type"}) {
                        const QString key = QString::fromUtf16(k);
                        if (l.contains(key) && (!l.value(key).isString() || l.value(key).toString().trimmed().isEmpty()))
                            error(p + QStringList{key}, QStringLiteral("link %1 \"%2\" must be a non-blank string").arg(i).arg(key));
                    }
                }
            }
        }
    }

    void checkStringMap(const QJsonObject &md, const QString &field, bool labels)
    {
        if (!md.contains(field))
            return;
        const QStringList base{QStringLiteral("metadata"), field};
        const QJsonValue v = md.value(field);
        if (!v.isObject()) {
            error(base, QStringLiteral("\"metadata.%1\" must be a map of strings").arg(field));
            return;
        }
        const QJsonObject o = v.toObject();
        const QString what = labels ? QStringLiteral("label") : QStringLiteral("annotation");
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QStringList p = base + QStringList{it.key()};
            if (!rules::isValidLabelOrAnnotationKey(it.key()))
                error(p, QStringLiteral("%1 key \"%2\" is not valid; expected [prefix/]name where prefix is a DNS subdomain and name is sequences of [a-zA-Z0-9] separated by any of [-_.]").arg(what, it.key()));
            if (!it.value().isString()) {
                error(p, QStringLiteral("%1 \"%2\" must have a string value, not %3 (quote it)").arg(what, it.key(), typeName(it.value())));
            } else if (labels && !rules::isValidLabelValue(it.value().toString())) {
                error(p, QStringLiteral("label \"%1\" has an invalid value \"%2\"; expected sequences of [a-zA-Z0-9] separated by any of [-_.], at most 63 characters").arg(it.key(), it.value().toString()));
            }
        }
    }

    void checkSpec(const QJsonObject &root, const QString &kind)
    {
        const KindInfo *info = kindInfo(kind);
        if (!info) {
            warning({QStringLiteral("kind")}, QStringLiteral("unknown kind \"%1\": kept, but only its envelope is checked").arg(kind));
            return;
        }
        const QString apiVersion = root.value(u"apiVersion").toString();
        bool apiOk;
        if (info->templateApi)
            apiOk = apiVersion == u"scaffolder.backstage.io/v1beta3";
        else if (info->alphaOnly)
            apiOk = apiVersion == u"backstage.io/v1alpha1";
        else
            apiOk = apiVersion == u"backstage.io/v1alpha1" || apiVersion == u"backstage.io/v1beta1";
        if (!apiOk && rules::isValidApiVersion(apiVersion)) {
            const QString expected = info->templateApi ? QStringLiteral("scaffolder.backstage.io/v1beta3")
                : info->alphaOnly                      ? QStringLiteral("backstage.io/v1alpha1")
                                                       : QStringLiteral("backstage.io/v1alpha1 or backstage.io/v1beta1");
            error({QStringLiteral("apiVersion")}, QStringLiteral("kind %1 does not support apiVersion \"%2\"; expected %3").arg(QString::fromUtf16(info->kind), apiVersion, expected));
            return;
        }
        const QJsonValue sv = root.value(u"spec");
        if (sv.isUndefined()) {
            error({}, QStringLiteral("a %1 needs a \"spec\"").arg(QString::fromUtf16(info->kind)));
            return;
        }
        if (!sv.isObject()) {
            error({QStringLiteral("spec")}, QStringLiteral("\"spec\" must be a map"));
            return;
        }
        const QJsonObject spec = sv.toObject();
        const QStringList base{QStringLiteral("spec")};
        const QStringView k(info->kind);
        auto s = [&](const char *key, bool required) { stringField(spec, base, QString::fromLatin1(key), required); };

        if (k == u"Component") {
            s("type", true); s("lifecycle", true); s("owner", true); s("system", false); s("subcomponentOf", false);
            refField(spec, QStringLiteral("owner"), u"group", false);
            refField(spec, QStringLiteral("system"), u"system", false);
            refField(spec, QStringLiteral("subcomponentOf"), u"component", false);
            refField(spec, QStringLiteral("providesApis"), u"api", true);
            refField(spec, QStringLiteral("consumesApis"), u"api", true);
            refField(spec, QStringLiteral("dependsOn"), {}, true);
            refField(spec, QStringLiteral("dependencyOf"), {}, true);
        } else if (k == u"API") {
            s("type", true); s("lifecycle", true); s("owner", true); s("system", false);
            if (spec.value(u"type").toString() == u"mcp-server") {
                const QJsonValue r = spec.value(u"remotes");
                if (!r.isArray() || r.toArray().isEmpty())
                    error(r.isUndefined() ? base : base + QStringList{QStringLiteral("remotes")},
                          QStringLiteral("an API of type mcp-server needs \"remotes\": a list of at least one {type, url}"));
                else {
                    const QJsonArray a = r.toArray();
                    for (qsizetype i = 0; i < a.size(); ++i) {
                        const QJsonObject o = a[i].toObject();
                        const QStringList p = base + QStringList{QStringLiteral("remotes"), QString::number(i)};
                        stringField(o, p, QStringLiteral("type"), true);
                        stringField(o, p, QStringLiteral("url"), true);
                    }
                }
            } else {
                stringField(spec, base, QStringLiteral("definition"), true, true);
            }
            refField(spec, QStringLiteral("owner"), u"group", false);
            refField(spec, QStringLiteral("system"), u"system", false);
        } else if (k == u"Resource") {
            s("type", true); s("owner", true); s("system", false);
            refField(spec, QStringLiteral("owner"), u"group", false);
            refField(spec, QStringLiteral("system"), u"system", false);
            refField(spec, QStringLiteral("dependsOn"), {}, true);
            refField(spec, QStringLiteral("dependencyOf"), {}, true);
        } else if (k == u"System") {
            s("owner", true); s("domain", false); s("type", false);
            refField(spec, QStringLiteral("owner"), u"group", false);
            refField(spec, QStringLiteral("domain"), u"domain", false);
        } else if (k == u"Domain") {
            s("owner", true); s("subdomainOf", false); s("type", false);
            refField(spec, QStringLiteral("owner"), u"group", false);
            refField(spec, QStringLiteral("subdomainOf"), u"domain", false);
        } else if (k == u"Group") {
            s("type", true); s("parent", false);
            stringArray(spec, base, QStringLiteral("children"), true);
            checkProfile(spec);
            refField(spec, QStringLiteral("parent"), u"group", false);
            refField(spec, QStringLiteral("children"), u"group", true);
            refField(spec, QStringLiteral("members"), u"user", true);
        } else if (k == u"User") {
            stringArray(spec, base, QStringLiteral("memberOf"), true);
            checkProfile(spec);
            refField(spec, QStringLiteral("memberOf"), u"group", true);
        } else if (k == u"Location") {
            s("type", false); s("target", false);
            stringArray(spec, base, QStringLiteral("targets"), false);
            if (spec.contains(u"presence")) {
                const QString p = spec.value(u"presence").toString();
                if (p != u"required" && p != u"optional")
                    error(base + QStringList{QStringLiteral("presence")}, QStringLiteral("\"presence\" must be \"required\" or \"optional\""));
            }
        } else if (k == u"Template") {
            s("type", true); s("owner", false); s("lifecycle", false);
            const QJsonValue st = spec.value(u"steps");
            if (st.isUndefined())
                error(base, QStringLiteral("a Template needs \"spec.steps\""));
            else if (!st.isArray())
                error(base + QStringList{QStringLiteral("steps")}, QStringLiteral("\"spec.steps\" must be a list"));
            else {
                const QJsonArray a = st.toArray();
                for (qsizetype i = 0; i < a.size(); ++i) {
                    const QStringList p = base + QStringList{QStringLiteral("steps"), QString::number(i)};
                    if (!a[i].isObject())
                        error(p, QStringLiteral("step %1 must be a map").arg(i));
                    else
                        stringField(a[i].toObject(), p, QStringLiteral("action"), true);
                }
            }
            const QJsonValue pv = spec.value(u"parameters");
            if (!pv.isUndefined() && !pv.isObject() && !pv.isArray())
                error(base + QStringList{QStringLiteral("parameters")}, QStringLiteral("\"spec.parameters\" must be a map or a list of maps"));
            refField(spec, QStringLiteral("owner"), u"group", false);
        } else if (k == u"AiResource") {
            s("type", true); s("lifecycle", true); s("owner", true); s("system", false);
            refField(spec, QStringLiteral("owner"), u"group", false);
            refField(spec, QStringLiteral("system"), u"system", false);
        }
    }

    void checkProfile(const QJsonObject &spec)
    {
        if (!spec.contains(u"profile"))
            return;
        const QStringList p{QStringLiteral("spec"), QStringLiteral("profile")};
        if (!spec.value(u"profile").isObject()) {
            error(p, QStringLiteral("\"spec.profile\" must be a map"));
            return;
        }
        const QJsonObject o = spec.value(u"profile").toObject();
        for (const char *k : {"displayName", "email", "picture"})
            stringField(o, p, QString::fromLatin1(k), false);
    }
};

} // namespace

bool isKnownKind(QStringView kind)
{
    return kindInfo(kind) != nullptr;
}

QStringList knownKinds()
{
    QStringList l;
    for (const auto &k : kKinds)
        l << QString::fromUtf16(k.kind);
    return l;
}

QList<ValidationIssue> validateEntity(const QJsonValue &doc)
{
    Checker c;
    if (!doc.isObject()) {
        c.error({}, QStringLiteral("a catalog document must be a map with apiVersion, kind, metadata and spec, not %1").arg(Checker::typeName(doc)));
        return c.issues;
    }
    const QJsonObject root = doc.toObject();
    QString kind;
    c.checkEnvelope(root, &kind);
    if (!kind.isEmpty())
        c.checkSpec(root, kind);
    return c.issues;
}

} // namespace atrium
