// SPDX-License-Identifier: Apache-2.0
#include "apidefinition.h"

#include "yamlreader.h"

#include <QJsonArray>
#include <QJsonObject>

namespace atrium {

namespace {

const QStringList &methods()
{
    static const QStringList m = {QStringLiteral("get"),     QStringLiteral("put"),  QStringLiteral("post"),
                                  QStringLiteral("delete"),  QStringLiteral("options"), QStringLiteral("head"),
                                  QStringLiteral("patch"),   QStringLiteral("trace")};
    return m;
}

/** Follows a local `$ref` (`#/components/parameters/Id`), a few hops at
 *  most: a definition may refer in circles. */
QJsonObject resolve(const QJsonObject &root, QJsonObject o)
{
    for (int hops = 0; hops < 8 && o.contains(QLatin1String("$ref")); ++hops) {
        const QString ref = o.value(QLatin1String("$ref")).toString();
        if (!ref.startsWith(u"#/"))
            return o; // another file: shown as the reference itself
        QJsonValue v = root;
        for (QString part : ref.mid(2).split(u'/')) {
            part.replace(QStringLiteral("~1"), QStringLiteral("/")).replace(QStringLiteral("~0"), QStringLiteral("~"));
            v = v.toObject().value(part);
        }
        if (!v.isObject())
            return o;
        o = v.toObject();
    }
    return o;
}

QString schemaName(const QJsonObject &schema)
{
    const QString ref = schema.value(QLatin1String("$ref")).toString();
    if (!ref.isEmpty())
        return ref.section(u'/', -1);
    const QString type = schema.value(QLatin1String("type")).toString();
    if (type == u"array") {
        const QString items = schemaName(schema.value(QLatin1String("items")).toObject());
        return items.isEmpty() ? type : items + QStringLiteral("[]");
    }
    return type;
}

ApiParameter parameter(const QJsonObject &root, const QJsonObject &raw)
{
    const QJsonObject p = resolve(root, raw);
    ApiParameter out;
    out.name = p.value(QLatin1String("name")).toString();
    out.in = p.value(QLatin1String("in")).toString();
    out.description = p.value(QLatin1String("description")).toString();
    out.required = p.value(QLatin1String("required")).toBool() || out.in == u"path";
    out.type = p.contains(QLatin1String("schema")) ? schemaName(resolve(root, p.value(QLatin1String("schema")).toObject()))
                                                   : p.value(QLatin1String("type")).toString();
    if (out.type.isEmpty() && p.value(QLatin1String("schema")).toObject().contains(QLatin1String("$ref")))
        out.type = schemaName(p.value(QLatin1String("schema")).toObject());
    return out;
}

QString contentSummary(const QJsonObject &root, const QJsonObject &content)
{
    QStringList parts;
    for (auto it = content.begin(); it != content.end(); ++it) {
        const QJsonObject schema = it.value().toObject().value(QLatin1String("schema")).toObject();
        const QString name = schema.contains(QLatin1String("$ref")) ? schemaName(schema) : schemaName(resolve(root, schema));
        parts << (name.isEmpty() ? it.key() : it.key() + QStringLiteral(": ") + name);
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

ApiDefinitionSummary readOpenApi(const QString &text)
{
    ApiDefinitionSummary out;
    YamlLimits limits;
    limits.maxFileBytes = 8 * 1024 * 1024;
    const YamlParseResult parsed = parseYaml(text.toUtf8(), QStringLiteral("definition"), limits);
    if (parsed.documents.isEmpty() || !parsed.documents.first().root.isObject()) {
        out.error = parsed.diagnostics.isEmpty() ? QStringLiteral("the definition is empty or not a mapping")
                                                 : parsed.diagnostics.first().message;
        return out;
    }
    const QJsonObject root = parsed.documents.first().root.toObject();
    const bool swagger = root.contains(QLatin1String("swagger"));
    const QString version = root.value(swagger ? QLatin1String("swagger") : QLatin1String("openapi")).toVariant().toString();
    if (version.isEmpty()) {
        out.error = QStringLiteral("not an OpenAPI definition: no `openapi` or `swagger` field");
        return out;
    }
    out.format = (swagger ? QStringLiteral("Swagger ") : QStringLiteral("OpenAPI ")) + version;
    const QJsonObject info = root.value(QLatin1String("info")).toObject();
    out.title = info.value(QLatin1String("title")).toString();
    out.version = info.value(QLatin1String("version")).toVariant().toString();

    const QJsonObject paths = root.value(QLatin1String("paths")).toObject();
    // QJsonObject iterates keys sorted; the order as written is lost by the
    // JSON round trip, and sorted paths read well in a list.
    for (auto it = paths.begin(); it != paths.end(); ++it) {
        const QJsonObject item = resolve(root, it.value().toObject());
        const QJsonArray shared = item.value(QLatin1String("parameters")).toArray();
        for (const QString &m : methods()) {
            if (!item.value(m).isObject())
                continue;
            const QJsonObject op = item.value(m).toObject();
            ApiOperation o;
            o.method = m.toUpper();
            o.path = it.key();
            o.operationId = op.value(QLatin1String("operationId")).toString();
            o.summary = op.value(QLatin1String("summary")).toString();
            o.description = op.value(QLatin1String("description")).toString();
            o.deprecated = op.value(QLatin1String("deprecated")).toBool();
            for (const QJsonValue &t : op.value(QLatin1String("tags")).toArray())
                o.tags << t.toString();
            // Operation parameters override path-level ones of the same name and place.
            QList<ApiParameter> params;
            for (const QJsonValue &p : op.value(QLatin1String("parameters")).toArray())
                params << parameter(root, p.toObject());
            for (const QJsonValue &p : shared) {
                const ApiParameter sp = parameter(root, p.toObject());
                const bool overridden = std::any_of(params.begin(), params.end(), [&](const ApiParameter &x) {
                    return x.name == sp.name && x.in == sp.in;
                });
                if (!overridden)
                    params.prepend(sp);
            }
            o.parameters = params;
            if (op.contains(QLatin1String("requestBody"))) {
                const QJsonObject body = resolve(root, op.value(QLatin1String("requestBody")).toObject());
                o.requestBody = contentSummary(root, body.value(QLatin1String("content")).toObject());
            }
            const QJsonObject responses = op.value(QLatin1String("responses")).toObject();
            for (auto r = responses.begin(); r != responses.end(); ++r) {
                const QJsonObject resp = resolve(root, r.value().toObject());
                ApiResponse ar;
                ar.code = r.key();
                ar.description = resp.value(QLatin1String("description")).toString();
                ar.type = swagger ? schemaName(resp.value(QLatin1String("schema")).toObject())
                                  : contentSummary(root, resp.value(QLatin1String("content")).toObject());
                o.responses << ar;
            }
            out.operations << o;
        }
    }
    return out;
}

} // namespace atrium
