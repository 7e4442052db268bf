// SPDX-License-Identifier: Apache-2.0
#include "formschema.h"
#include "yamlreader.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>

// valijson reports a schema it cannot read by throwing; without this it
// prints and aborts, and a template from the catalog must not end the app.
#ifndef VALIJSON_USE_EXCEPTIONS
#define VALIJSON_USE_EXCEPTIONS 1
#endif
#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <yaml-cpp/yaml.h>

#include <functional>
#include <optional>
#include <stdexcept>

namespace atrium::form {

namespace {

/** The value at JSON pointer @p pointer (`/definitions/a`) in @p root. */
std::optional<QJsonValue> atPointer(const QJsonValue &root, const QString &pointer)
{
    QJsonValue cur = root;
    for (QString part : pointer.split(u'/', Qt::SkipEmptyParts)) {
        part = QUrl::fromPercentEncoding(part.toUtf8()).replace(QStringLiteral("~1"), QStringLiteral("/")).replace(QStringLiteral("~0"), QStringLiteral("~"));
        if (cur.isObject() && cur.toObject().contains(part)) {
            cur = cur.toObject().value(part);
        } else if (cur.isArray()) {
            bool ok = false;
            const int i = part.toInt(&ok);
            if (!ok || i < 0 || i >= cur.toArray().size())
                return std::nullopt;
            cur = cur.toArray().at(i);
        } else {
            return std::nullopt;
        }
    }
    return cur;
}

/** Refuses a schema valijson cannot take safely the way valijson refuses one
 *  it cannot read: by throwing. valijson 1.0 recurses without end, until the
 *  stack overflows, on a `$ref` that leads back to itself: `{$ref: '#'}`,
 *  `a -> b -> a`, or a relative reference such as `x`, which it reads as the
 *  document itself (found by fuzz_formschema). */
void refuseUnsafeSchema(const QJsonObject &root)
{
    const QJsonValue doc(root);
    std::function<void(const QJsonValue &, int)> walk = [&](const QJsonValue &v, int depth) {
        if (depth > 512)
            throw std::runtime_error("schema nested too deeply");
        if (v.isArray()) {
            for (const QJsonValue &e : v.toArray())
                walk(e, depth + 1);
            return;
        }
        if (!v.isObject())
            return;
        const QJsonObject o = v.toObject();
        // Follow the chain of references from here: objects with `$ref`
        // are references only (draft 7 ignores the keywords beside it).
        QSet<QString> seen;
        QJsonValue cur = v;
        while (cur.isObject() && cur.toObject().value(QStringLiteral("$ref")).isString()) {
            const QString ref = cur.toObject().value(QStringLiteral("$ref")).toString();
            const qsizetype hash = ref.indexOf(u'#');
            const QString pointer = hash >= 0 ? ref.mid(hash + 1) : QString();
            if (seen.contains(pointer))
                throw std::runtime_error("schema has a $ref cycle: " + ref.toStdString());
            seen.insert(pointer);
            const std::optional<QJsonValue> next = atPointer(doc, pointer);
            if (!next)
                break; // valijson names a reference it cannot resolve
            cur = *next;
        }
        // valijson compiles `pattern` with std::regex, whose compiler
        // overflows on huge numbers (`a{8888888888888888888}`, `\88888888`)
        // and builds a state per repetition (`a{100000000}` exhausts memory);
        // found by fuzz_formschema. Refused the same way.
        auto checkPattern = [](const QString &pattern) {
            static const QRegularExpression number(QStringLiteral("[{,\\\\](\\d+)"));
            for (auto m = number.globalMatch(pattern); m.hasNext();) {
                const QString digits = m.next().captured(1);
                if (digits.size() > 4 || digits.toInt() > 1000)
                    throw std::runtime_error("pattern repeats or refers too far: " + pattern.left(80).toStdString());
            }
        };
        if (const QJsonValue p = o.value(QStringLiteral("pattern")); p.isString())
            checkPattern(p.toString());
        for (const QString &key : o.value(QStringLiteral("patternProperties")).toObject().keys())
            checkPattern(key);
        for (auto it = o.begin(); it != o.end(); ++it)
            walk(it.value(), depth + 1);
    };
    walk(doc, 0);
}

const QString kOrder = QStringLiteral("ui:__order"); // Atrium's key-order hint

QString escapePointer(const QString &key)
{
    QString k = key;
    k.replace(u'~', QStringLiteral("~0"));
    k.replace(u'/', QStringLiteral("~1"));
    return k;
}

void collectOrder(const YAML::Node &node, const QString &pointer, KeyOrder &out, int depth)
{
    if (depth > 64)
        return;
    if (node.IsMap()) {
        QStringList keys;
        for (const auto &it : node) {
            const QString key = QString::fromStdString(it.first.as<std::string>(""));
            keys << key;
            collectOrder(it.second, pointer + u'/' + escapePointer(key), out, depth + 1);
        }
        out.insert(pointer, keys);
    } else if (node.IsSequence()) {
        int i = 0;
        for (const auto &child : node)
            collectOrder(child, pointer + u'/' + QString::number(i++), out, depth + 1);
    }
}

QJsonValue annotate(const QJsonValue &v, const QString &pointer, const KeyOrder &order, int depth)
{
    if (depth > 64)
        return v;
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            a[i] = annotate(a.at(i), pointer + u'/' + QString::number(i), order, depth + 1);
        return a;
    }
    if (!v.isObject())
        return v;
    QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        it.value() = annotate(it.value(), pointer + u'/' + escapePointer(it.key()), order, depth + 1);
    if (o.value(u"properties").isObject()) {
        const auto found = order.constFind(pointer + QStringLiteral("/properties"));
        if (found != order.constEnd())
            o.insert(kOrder, QJsonArray::fromStringList(*found));
    }
    return o;
}

QString typeOf(const QJsonObject &s)
{
    const QJsonValue t = s.value(u"type");
    if (t.isString())
        return t.toString();
    if (t.isArray()) {
        for (const auto &x : t.toArray())
            if (x.toString() != u"null")
                return x.toString();
    }
    if (s.contains(u"enum"))
        return QStringLiteral("string");
    if (s.contains(u"properties"))
        return QStringLiteral("object");
    if (s.contains(u"items"))
        return QStringLiteral("array");
    return QStringLiteral("string");
}

void mergeInto(QJsonObject &r, const QJsonObject &add)
{
    static const QSet<QString> resolved = {QStringLiteral("allOf"), QStringLiteral("if"), QStringLiteral("then"),
                                           QStringLiteral("else"), QStringLiteral("dependencies")};
    for (auto it = add.begin(); it != add.end(); ++it) {
        const QString &key = it.key();
        if (key == u"properties") {
            QJsonObject props = r.value(key).toObject();
            const QJsonObject more = it.value().toObject();
            for (auto p = more.begin(); p != more.end(); ++p) {
                if (props.value(p.key()).isObject() && p.value().isObject()) {
                    QJsonObject merged = props.value(p.key()).toObject();
                    const QJsonObject over = p.value().toObject();
                    for (auto q = over.begin(); q != over.end(); ++q)
                        merged.insert(q.key(), q.value());
                    props.insert(p.key(), merged);
                } else {
                    props.insert(p.key(), p.value());
                }
            }
            r.insert(key, props);
        } else if (key == u"required" || key == kOrder) {
            QJsonArray list = r.value(key).toArray();
            for (const auto &x : it.value().toArray())
                if (!list.contains(x))
                    list.append(x);
            r.insert(key, list);
        } else if (resolved.contains(key) || key == u"oneOf") {
            continue;
        } else if (!r.contains(key)) {
            r.insert(key, it.value());
        }
    }
}

bool isObjectBranch(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    return o.contains(u"properties") || o.contains(u"required") || o.contains(u"allOf")
        || o.contains(u"dependencies");
}

bool hasObjectOneOf(const QJsonObject &s)
{
    const QJsonArray oneOf = s.value(u"oneOf").toArray();
    if (oneOf.isEmpty())
        return false;
    for (const auto &b : oneOf)
        if (!isObjectBranch(b))
            return false;
    return true;
}

QString branchTitle(const QJsonObject &branch, int index)
{
    const QString t = branch.value(u"title").toString();
    return t.isEmpty() ? QStringLiteral("%1").arg(index + 1) : t;
}

bool matchesBranchKey(const QJsonObject &propSchema, const QJsonValue &value)
{
    if (propSchema.contains(u"const"))
        return propSchema.value(u"const") == value;
    if (propSchema.contains(u"enum"))
        return propSchema.value(u"enum").toArray().contains(value);
    return FormSchema::isValid(propSchema, value);
}

struct Resolver {
    const QHash<QString, int> &choices;
    QString pageKey;

    QString choiceKey(const QString &path) const { return pageKey + u':' + path; }

    int chosenBranch(const QJsonObject &s, const QJsonObject &data, const QString &path) const
    {
        const QJsonArray oneOf = s.value(u"oneOf").toArray();
        const int chosen = choices.value(choiceKey(path), -1);
        if (chosen >= 0 && chosen < oneOf.size())
            return chosen;
        // As react-jsonschema-form: the first option the data fits.
        const QJsonValue cleaned = FormSchema::clean(data);
        for (int i = 0; i < oneOf.size(); ++i)
            if (!cleaned.toObject().isEmpty() && FormSchema::isValid(oneOf.at(i).toObject(), cleaned))
                return i;
        return 0;
    }

    QJsonObject resolve(const QJsonObject &s, const QJsonObject &data, const QString &path, int depth) const
    {
        if (depth > 16)
            return s;
        QJsonObject r = s;
        for (const char *key : {"allOf", "if", "then", "else", "dependencies"})
            r.remove(QLatin1String(key));
        const bool objectOneOf = hasObjectOneOf(s);
        if (objectOneOf)
            r.remove(u"oneOf");
        for (const auto &sub : s.value(u"allOf").toArray())
            mergeInto(r, resolve(sub.toObject(), data, path, depth + 1));
        if (s.value(u"if").isObject()) {
            const bool ok = FormSchema::isValid(s.value(u"if").toObject(), FormSchema::clean(data));
            const QJsonValue branch = s.value(ok ? u"then" : u"else");
            if (branch.isObject())
                mergeInto(r, resolve(branch.toObject(), data, path, depth + 1));
        }
        const QJsonObject deps = s.value(u"dependencies").toObject();
        for (auto it = deps.begin(); it != deps.end(); ++it) {
            const QJsonValue v = FormSchema::clean(data.value(it.key()));
            if (v.isUndefined() || v == QJsonValue(false))
                continue;
            if (it.value().isArray()) {
                QJsonObject req;
                req.insert(QStringLiteral("required"), it.value());
                mergeInto(r, req);
                continue;
            }
            QJsonObject dep = it.value().toObject();
            const QJsonArray oneOf = dep.value(u"oneOf").toArray();
            dep.remove(u"oneOf");
            mergeInto(r, resolve(dep, data, path, depth + 1));
            for (const auto &b : oneOf) {
                QJsonObject branch = b.toObject();
                QJsonObject props = branch.value(u"properties").toObject();
                if (!props.contains(it.key()) || !matchesBranchKey(props.value(it.key()).toObject(), v))
                    continue;
                props.remove(it.key()); // the selecting property stays as the page defines it
                branch.insert(QStringLiteral("properties"), props);
                mergeInto(r, resolve(branch, data, path, depth + 1));
                break;
            }
        }
        if (objectOneOf) {
            const QJsonArray oneOf = s.value(u"oneOf").toArray();
            const int chosen = chosenBranch(s, data, path);
            mergeInto(r, resolve(oneOf.at(chosen).toObject(), data, path, depth + 1));
        }
        return r;
    }
};

QStringList orderedKeys(const QJsonObject &s)
{
    const QJsonObject props = s.value(u"properties").toObject();
    QStringList keys;
    for (const auto &k : s.value(kOrder).toArray())
        if (props.contains(k.toString()) && !keys.contains(k.toString()))
            keys << k.toString();
    for (auto it = props.begin(); it != props.end(); ++it)
        if (!keys.contains(it.key()))
            keys << it.key();
    const QJsonArray uiOrder = s.value(u"ui:order").toArray();
    if (uiOrder.isEmpty())
        return keys;
    QStringList before, after;
    bool star = false;
    for (const auto &v : uiOrder) {
        const QString k = v.toString();
        if (k == u"*") {
            star = true;
            continue;
        }
        if (!keys.contains(k))
            continue;
        (star ? after : before) << k;
    }
    QStringList rest;
    for (const QString &k : keys)
        if (!before.contains(k) && !after.contains(k))
            rest << k;
    return before + rest + after;
}

const QSet<QString> &singlePickers()
{
    static const QSet<QString> s = {QStringLiteral("EntityPicker"), QStringLiteral("OwnerPicker"),
                                    QStringLiteral("OwnedEntityPicker"), QStringLiteral("MyGroupsPicker")};
    return s;
}

const QSet<QString> &knownWidgets()
{
    static const QSet<QString> s = {QStringLiteral("text"), QStringLiteral("textarea"), QStringLiteral("password"),
                                    QStringLiteral("radio"), QStringLiteral("select"), QStringLiteral("checkboxes"),
                                    QStringLiteral("checkbox"), QStringLiteral("hidden"), QStringLiteral("updown"),
                                    QStringLiteral("email"), QStringLiteral("uri")};
    return s;
}

void fillEnum(Field &f, const QJsonObject &s)
{
    f.enumValues = s.value(u"enum").toArray();
    const QJsonArray names = s.value(u"enumNames").toArray();
    for (qsizetype i = 0; i < f.enumValues.size(); ++i) {
        const QJsonValue v = f.enumValues.at(i);
        QString label = i < names.size() ? names.at(i).toString() : QString();
        if (label.isEmpty())
            label = v.isString() ? v.toString() : v.isDouble() ? QString::number(v.toDouble()) : v.isBool() ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false")) : QString();
        f.enumLabels << label;
    }
}

struct Flattener {
    const Resolver &resolver;
    QList<Field> &out;

    void addObject(const QJsonObject &resolved, const QString &prefix, const QJsonObject &data, int depth, const QJsonObject &original)
    {
        if (depth > 24)
            return;
        if (hasObjectOneOf(original)) {
            Field f;
            f.path = QStringLiteral("oneOf:") + resolver.choiceKey(prefix);
            f.kind = FieldKind::OneOfChoice;
            f.depth = depth;
            f.title = original.value(u"title").toString();
            const QJsonArray oneOf = original.value(u"oneOf").toArray();
            for (int i = 0; i < oneOf.size(); ++i) {
                f.enumValues.append(i);
                f.enumLabels << branchTitle(oneOf.at(i).toObject(), i);
            }
            f.defaultValue = resolver.chosenBranch(original, data, prefix);
            out << f;
        }
        const QJsonObject props = resolved.value(u"properties").toObject();
        const QJsonArray required = resolved.value(u"required").toArray();
        for (const QString &key : orderedKeys(resolved)) {
            const QJsonObject p = props.value(key).toObject();
            const QString path = prefix.isEmpty() ? key : prefix + u'/' + key;
            addProperty(p, key, path, required.contains(key), data.value(key), depth);
        }
    }

    void addProperty(const QJsonObject &p, const QString &key, const QString &path, bool required,
                     const QJsonValue &value, int depth)
    {
        Field f;
        f.path = path;
        f.key = key;
        f.title = p.value(u"title").toString();
        if (f.title.isEmpty())
            f.title = key;
        f.description = p.value(u"description").toString();
        f.help = p.value(u"ui:help").toString();
        f.placeholder = p.value(u"ui:placeholder").toString();
        f.uiField = p.value(u"ui:field").toString();
        f.uiWidget = p.value(u"ui:widget").toString();
        f.uiOptions = p.value(u"ui:options").toObject();
        f.schema = p;
        f.required = required;
        f.autofocus = p.value(u"ui:autofocus").toBool();
        f.depth = depth;
        f.defaultValue = p.value(u"default");
        if (f.uiWidget == u"hidden")
            return;
        if (!f.uiWidget.isEmpty() && !knownWidgets().contains(f.uiWidget))
            f.unsupportedWhat = QStringLiteral("ui:widget ") + f.uiWidget;
        const QString type = typeOf(p);

        if (!f.uiField.isEmpty()) {
            if (singlePickers().contains(f.uiField)) {
                f.kind = type == u"array" ? FieldKind::MultiEntityPicker : FieldKind::EntityPicker;
            } else if (f.uiField == u"MultiEntityPicker") {
                f.kind = FieldKind::MultiEntityPicker;
            } else if (f.uiField == u"EntityNamePicker") {
                f.kind = FieldKind::Text;
            } else if (f.uiField == u"EntityTagsPicker") {
                f.kind = FieldKind::EntityTags;
            } else if (f.uiField == u"RepoUrlPicker") {
                f.kind = FieldKind::RepoUrl;
            } else if (f.uiField == u"Secret" && type == u"string") {
                // Backstage's Secret field: typed like a password, and its
                // value goes to `secrets.<key>`, not to the parameters.
                f.kind = FieldKind::Password;
            } else {
                f.unsupportedWhat = QStringLiteral("ui:field ") + f.uiField;
                f.kind = type == u"string" && !p.contains(u"enum") ? FieldKind::Text : FieldKind::Unsupported;
            }
            out << f;
            return;
        }

        if (type == u"string") {
            if (p.contains(u"enum")) {
                fillEnum(f, p);
                f.kind = f.uiWidget == u"radio" ? FieldKind::Radio : FieldKind::Select;
            } else if (f.uiWidget == u"textarea") {
                f.kind = FieldKind::TextArea;
            } else if (f.uiWidget == u"password") {
                f.kind = FieldKind::Password;
            } else {
                f.kind = FieldKind::Text;
            }
            out << f;
        } else if (type == u"integer" || type == u"number") {
            f.kind = type == u"integer" ? FieldKind::Integer : FieldKind::Number;
            out << f;
        } else if (type == u"boolean") {
            f.kind = FieldKind::Boolean;
            out << f;
        } else if (type == u"array") {
            const QJsonObject items = p.value(u"items").toObject();
            if (items.contains(u"enum")) {
                fillEnum(f, items);
                f.kind = FieldKind::MultiSelect;
                out << f;
            } else if (typeOf(items) == u"object") {
                f.kind = FieldKind::ObjectList;
                out << f;
                const QJsonArray list = value.toArray();
                for (int i = 0; i < list.size(); ++i) {
                    Field item;
                    item.path = path + u'/' + QString::number(i);
                    item.key = QString::number(i);
                    item.kind = FieldKind::ObjectItem;
                    item.itemIndex = i;
                    item.depth = depth + 1;
                    item.title = items.value(u"title").toString();
                    item.schema = items;
                    out << item;
                    const QJsonObject data = list.at(i).toObject();
                    addObject(resolver.resolve(items, data, item.path, 0), item.path, data, depth + 2, items);
                }
            } else if (items.isEmpty() || typeOf(items) == u"string") {
                f.kind = FieldKind::StringList;
                out << f;
            } else {
                f.kind = FieldKind::Unsupported;
                f.unsupportedWhat = QStringLiteral("type array of %1").arg(typeOf(items));
                out << f;
            }
        } else if (type == u"object") {
            f.kind = FieldKind::Group;
            out << f;
            const QJsonObject data = value.toObject();
            addObject(resolver.resolve(p, data, path, 0), path, data, depth + 1, p);
        } else {
            f.kind = FieldKind::Unsupported;
            f.unsupportedWhat = QStringLiteral("type %1").arg(type);
            out << f;
        }
    }
};

QString contextPath(const std::vector<std::string> &context)
{
    QStringList parts;
    for (const auto &c : context) {
        if (c == "<root>")
            continue;
        QString s = QString::fromStdString(c);
        if (s.startsWith(u'[') && s.endsWith(u']'))
            s = s.mid(1, s.size() - 2);
        parts << s;
    }
    return parts.join(u'/');
}

/** Which constraint @p value breaks, checked in the order a user fixes them. */
FieldError explain(const QJsonObject &s, const QJsonValue &value, const QString &detail)
{
    FieldError e;
    e.detail = detail;
    const QString type = typeOf(s);
    if (value.isString()) {
        const QString v = value.toString();
        if (s.contains(u"minLength") && v.size() < s.value(u"minLength").toInt())
            return e.code = FieldError::MinLength, e.arg = QString::number(s.value(u"minLength").toInt()), e;
        if (s.contains(u"maxLength") && v.size() > s.value(u"maxLength").toInt())
            return e.code = FieldError::MaxLength, e.arg = QString::number(s.value(u"maxLength").toInt()), e;
        if (s.contains(u"pattern")) {
            const QRegularExpression re(s.value(u"pattern").toString());
            if (re.isValid() && !re.match(v).hasMatch())
                return e.code = FieldError::Pattern, e.arg = s.value(u"pattern").toString(), e;
        }
        if (s.contains(u"enum") && !s.value(u"enum").toArray().contains(value))
            return e.code = FieldError::Enum, e;
        if (s.contains(u"format") && detail.contains(u"valid"))
            return e.code = FieldError::Format, e.arg = s.value(u"format").toString(), e;
    }
    if (value.isDouble()) {
        const double v = value.toDouble();
        if (s.contains(u"minimum") && v < s.value(u"minimum").toDouble())
            return e.code = FieldError::Minimum, e.arg = QString::number(s.value(u"minimum").toDouble()), e;
        if (s.contains(u"maximum") && v > s.value(u"maximum").toDouble())
            return e.code = FieldError::Maximum, e.arg = QString::number(s.value(u"maximum").toDouble()), e;
        if (type == u"integer" && v != double(qint64(v)))
            return e.code = FieldError::Type, e.arg = type, e;
    }
    if (value.isArray()) {
        const auto n = value.toArray().size();
        if (s.contains(u"minItems") && n < s.value(u"minItems").toInt())
            return e.code = FieldError::MinItems, e.arg = QString::number(s.value(u"minItems").toInt()), e;
        if (s.contains(u"maxItems") && n > s.value(u"maxItems").toInt())
            return e.code = FieldError::MaxItems, e.arg = QString::number(s.value(u"maxItems").toInt()), e;
        if (detail.contains(u"unique"))
            return e.code = FieldError::UniqueItems, e;
    }
    const bool typeOk = (type == u"string" && value.isString()) || ((type == u"integer" || type == u"number") && value.isDouble())
        || (type == u"boolean" && value.isBool()) || (type == u"array" && value.isArray()) || (type == u"object" && value.isObject());
    if (!typeOk && !value.isUndefined())
        return e.code = FieldError::Type, e.arg = type, e;
    return e.code = FieldError::Other, e;
}

} // namespace

KeyOrder keyOrderFromYaml(const QByteArray &yaml, int document)
{
    KeyOrder out;
    try {
        // yaml-cpp 0.7 can loop without end on some input: see nodeParserInput().
        const auto docs = YAML::LoadAll(nodeParserInput(yaml));
        if (document >= 0 && document < int(docs.size()))
            collectOrder(docs[size_t(document)], QString(), out, 0);
    } catch (const std::exception &) {
        return {};
    }
    return out;
}

FormSchema FormSchema::fromParameters(const QJsonValue &parameters, const KeyOrder &order, const QString &pointer)
{
    FormSchema form;
    const QJsonValue annotated = annotate(parameters, pointer, order, 0);
    QJsonArray list;
    if (annotated.isArray())
        list = annotated.toArray();
    else if (annotated.isObject())
        list.append(annotated);
    for (const auto &v : list) {
        if (!v.isObject())
            continue;
        Page page;
        page.schema = v.toObject();
        page.title = page.schema.value(u"title").toString();
        page.description = page.schema.value(u"description").toString();
        page.when = page.schema.value(u"when");
        form.m_pages << page;
    }
    return form;
}

QJsonObject FormSchema::resolvedPage(int page, const QJsonObject &values, const QHash<QString, int> &choices) const
{
    if (page < 0 || page >= m_pages.size())
        return {};
    const Resolver r{choices, QString::number(page)};
    return r.resolve(m_pages.at(page).schema, values, QString(), 0);
}

QList<Field> FormSchema::fields(int page, const QJsonObject &values, const QHash<QString, int> &choices) const
{
    QList<Field> out;
    if (page < 0 || page >= m_pages.size())
        return out;
    const Resolver r{choices, QString::number(page)};
    const QJsonObject &schema = m_pages.at(page).schema;
    Flattener f{r, out};
    f.addObject(r.resolve(schema, values, QString(), 0), QString(), values, 0, schema);
    return out;
}

QJsonObject FormSchema::withDefaults(int page, QJsonObject values, const QHash<QString, int> &choices) const
{
    // A default may reveal fields with defaults of their own: a few rounds.
    for (int round = 0; round < 4; ++round) {
        bool changed = false;
        for (const Field &f : fields(page, values, choices)) {
            if (f.kind == FieldKind::OneOfChoice || f.kind == FieldKind::ObjectItem)
                continue;
            if (f.defaultValue.isUndefined() || !valueAt(values, f.path).isUndefined())
                continue;
            values = withValueAt(values, f.path, f.defaultValue);
            changed = true;
        }
        if (!changed)
            break;
    }
    return values;
}

QList<FieldError> FormSchema::validate(int page, const QJsonObject &values, const QHash<QString, int> &choices) const
{
    QList<FieldError> errors;
    if (page < 0 || page >= m_pages.size())
        return errors;
    const QList<Field> visible = fields(page, values, choices);
    QHash<QString, const Field *> byPath;
    for (const Field &f : visible)
        byPath.insert(f.path, &f);
    const QJsonValue data = clean(values);

    auto fieldFor = [&](QString path) -> const Field * {
        while (true) {
            if (auto *f = byPath.value(path))
                return f;
            if (path.isEmpty())
                return nullptr;
            const auto slash = path.lastIndexOf(u'/');
            path = slash < 0 ? QString() : path.left(slash);
        }
    };
    QSet<QString> seen;
    auto add = [&](FieldError e) {
        if (seen.contains(e.path))
            return; // one message per field: the first is the one to fix first
        seen.insert(e.path);
        errors << e;
    };

    // Object oneOf: the choice the user made is part of the schema they see.
    QJsonObject schema = stripUi(resolvedPage(page, values, choices));
    try {
        valijson::Schema compiled;
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
        refuseUnsafeSchema(schema);
        valijson::adapters::QtJsonAdapter schemaAdapter(schema);
        parser.populateSchema(schemaAdapter, compiled);
        valijson::Validator validator;
        valijson::ValidationResults results;
        valijson::adapters::QtJsonAdapter target(data);
        validator.validate(compiled, target, &results);
        valijson::ValidationResults::Error error;
        static const QRegularExpression missing(QStringLiteral("^Missing required property '(.*)'\\.?$"));
        while (results.popError(error)) {
            const QString detail = QString::fromStdString(error.description);
            if (detail.startsWith(u"Failed to validate against schema associated")
                || detail.startsWith(u"Failed to validate item #")
                || detail.startsWith(u"Failed to validate against a conditional")
                || detail.startsWith(u"Failed to validate against child schema"))
                continue;
            QString path = contextPath(error.context);
            const auto m = missing.match(detail);
            if (m.hasMatch()) {
                const QString full = path.isEmpty() ? m.captured(1) : path + u'/' + m.captured(1);
                const Field *f = byPath.value(full);
                FieldError e;
                e.path = f ? full : (fieldFor(path) ? fieldFor(path)->path : QString());
                e.code = FieldError::Required;
                e.arg = m.captured(1);
                e.detail = detail;
                add(e);
                continue;
            }
            const Field *f = fieldFor(path);
            FieldError e = f && f->path == path ? explain(f->schema, valueAt(values, path), detail)
                                                : FieldError{QString(), FieldError::Other, {}, detail};
            e.path = f ? f->path : QString();
            add(e);
        }
    } catch (const std::exception &ex) {
        add(FieldError{QString(), FieldError::Other, {}, QString::fromStdString(ex.what())});
    }

    // The field extensions' own rules, as Backstage's validation functions.
    static const QRegularExpression tagRe(QStringLiteral("^[a-z0-9:+#]+(\\-[a-z0-9:+#]+)*$"));
    for (const Field &f : visible) {
        const QJsonValue v = clean(valueAt(values, f.path));
        if (v.isUndefined())
            continue;
        if (f.uiField == u"EntityNamePicker" && v.isString() && !isValidEntityName(v.toString())) {
            add(FieldError{f.path, FieldError::EntityName, {}, {}});
        } else if (f.kind == FieldKind::RepoUrl) {
            const auto parts = parseRepoUrl(v.toString());
            const QStringList owners = [&] {
                QStringList l;
                for (const auto &o : f.uiOptions.value(u"allowedOwners").toArray())
                    l << o.toString();
                return l;
            }();
            if (parts.value(QStringLiteral("host")).isEmpty())
                add(FieldError{f.path, FieldError::RepoUrl, QStringLiteral("host"), {}});
            else if (parts.value(QStringLiteral("owner")).isEmpty())
                add(FieldError{f.path, FieldError::RepoUrl, QStringLiteral("owner"), {}});
            else if (parts.value(QStringLiteral("repo")).isEmpty())
                add(FieldError{f.path, FieldError::RepoUrl, QStringLiteral("repo"), {}});
            else if (!owners.isEmpty() && !owners.contains(parts.value(QStringLiteral("owner"))))
                add(FieldError{f.path, FieldError::Enum, {}, {}});
        } else if (f.kind == FieldKind::EntityTags) {
            for (const auto &t : v.toArray()) {
                if (t.toString().size() > 63 || !tagRe.match(t.toString()).hasMatch()) {
                    add(FieldError{f.path, FieldError::Tag, t.toString(), {}});
                    break;
                }
            }
        }
    }
    return errors;
}

QJsonObject FormSchema::stripUi(const QJsonObject &schema)
{
    std::function<QJsonValue(const QJsonValue &, bool)> strip = [&](const QJsonValue &v, bool keysAreNames) -> QJsonValue {
        if (v.isArray()) {
            QJsonArray a;
            for (const auto &x : v.toArray())
                a.append(strip(x, false));
            return a;
        }
        if (!v.isObject())
            return v;
        QJsonObject out;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            // Keys of `properties` are names, which may start with `ui:` in theory only.
            if (!keysAreNames && (it.key().startsWith(u"ui:") || it.key().startsWith(u"backstage:")))
                continue;
            if (!keysAreNames && (it.key() == u"enumNames" || it.key() == u"when"))
                continue;
            const bool names = !keysAreNames && (it.key() == u"properties" || it.key() == u"dependencies"
                                                 || it.key() == u"definitions" || it.key() == u"patternProperties");
            out.insert(it.key(), strip(it.value(), names));
        }
        return out;
    };
    QJsonObject out = strip(schema, false).toObject();
    out.remove(u"title");
    out.remove(u"description");
    return out;
}

QJsonValue FormSchema::clean(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().isEmpty() ? QJsonValue(QJsonValue::Undefined) : value;
    if (value.isNull())
        return QJsonValue(QJsonValue::Undefined);
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QJsonValue c = clean(it.value());
            if (!c.isUndefined())
                out.insert(it.key(), c);
        }
        return out;
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const auto &x : value.toArray()) {
            const QJsonValue c = clean(x);
            out.append(c.isUndefined() ? QJsonValue(QJsonValue::Null) : c);
        }
        return out;
    }
    return value;
}

bool FormSchema::isValid(const QJsonObject &schema, const QJsonValue &value)
{
    try {
        valijson::Schema compiled;
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
        const QJsonObject stripped = stripUi(schema);
        refuseUnsafeSchema(stripped);
        valijson::adapters::QtJsonAdapter schemaAdapter(stripped);
        parser.populateSchema(schemaAdapter, compiled);
        valijson::Validator validator;
        valijson::adapters::QtJsonAdapter target(value.isUndefined() ? QJsonValue(QJsonObject()) : value);
        return validator.validate(compiled, target, nullptr);
    } catch (const std::exception &) {
        return false;
    }
}

QJsonValue FormSchema::valueAt(const QJsonObject &root, const QString &path)
{
    QJsonValue cur = root;
    for (const QString &part : path.split(u'/', Qt::SkipEmptyParts)) {
        if (cur.isObject())
            cur = cur.toObject().value(part);
        else if (cur.isArray()) {
            bool ok = false;
            const int i = part.toInt(&ok);
            if (!ok || i < 0 || i >= cur.toArray().size())
                return QJsonValue(QJsonValue::Undefined);
            cur = cur.toArray().at(i);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return cur;
}

namespace {
QJsonValue setIn(const QJsonValue &node, const QStringList &parts, int i, const QJsonValue &value)
{
    if (i == parts.size())
        return value;
    const QString &part = parts.at(i);
    bool isIndex = false;
    const int index = part.toInt(&isIndex);
    if (node.isArray() && isIndex) {
        QJsonArray a = node.toArray();
        while (a.size() <= index)
            a.append(QJsonObject());
        a[index] = setIn(a.at(index), parts, i + 1, value);
        return a;
    }
    QJsonObject o = node.toObject();
    const QJsonValue child = setIn(o.value(part), parts, i + 1, value);
    if (child.isUndefined())
        o.remove(part);
    else
        o.insert(part, child);
    return o;
}
} // namespace

QJsonObject FormSchema::withValueAt(QJsonObject root, const QString &path, const QJsonValue &value)
{
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return value.toObject();
    return setIn(root, parts, 0, value).toObject();
}

QHash<QString, QString> FormSchema::parseRepoUrl(const QString &value)
{
    QHash<QString, QString> out;
    const auto q = value.indexOf(u'?');
    out.insert(QStringLiteral("host"), q < 0 ? value : value.left(q));
    if (q >= 0) {
        const QUrlQuery query(value.mid(q + 1));
        for (const auto &item : query.queryItems(QUrl::FullyDecoded))
            out.insert(item.first, item.second);
    }
    return out;
}

QString FormSchema::composeRepoUrl(const QString &host, const QString &owner, const QString &repo)
{
    // As Backstage's serializeRepoPickerUrl: only the parts that are set.
    QUrlQuery query;
    if (!owner.isEmpty())
        query.addQueryItem(QStringLiteral("owner"), owner);
    if (!repo.isEmpty())
        query.addQueryItem(QStringLiteral("repo"), repo);
    if (owner.isEmpty() && repo.isEmpty())
        return QString(); // nothing chosen yet: `required` reports it
    return host + u'?' + query.toString(QUrl::FullyEncoded);
}

bool FormSchema::isValidEntityName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$"));
    return name.size() <= 63 && re.match(name).hasMatch();
}

} // namespace atrium::form
