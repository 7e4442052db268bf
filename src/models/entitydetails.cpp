// SPDX-License-Identifier: Apache-2.0
#include "entitydetails.h"

#include "apidefinition.h"
#include "highlighter.h"
#include "yamlwriter.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QUrl>

#include "catalogmodel.h"
#include "entity.h"
#include "entityref.h"
#include "problemsmodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <algorithm>

namespace atrium {

namespace {
// Long spec values (an API's whole OpenAPI definition, a template's steps)
// would swamp the panel; the file has them in full.
constexpr int kMaxValueChars = 280;

QString shorten(QString s)
{
    if (s.size() > kMaxValueChars) {
        s.truncate(kMaxValueChars);
        s += u'…';
    }
    return s;
}

QString scalarText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return v.toVariant().toString();
    case QJsonValue::Null:
        return QStringLiteral("null");
    default:
        return {};
    }
}

QString valueText(const QJsonValue &v)
{
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        const bool scalars = std::all_of(a.begin(), a.end(), [](const QJsonValue &x) { return !x.isArray() && !x.isObject(); });
        if (scalars) {
            QStringList parts;
            for (const auto &x : a)
                parts << scalarText(x);
            return shorten(parts.join(QStringLiteral(", ")));
        }
        return shorten(QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact)));
    }
    if (v.isObject())
        return shorten(QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)));
    return shorten(scalarText(v));
}

bool looksLikeUrl(const QString &s)
{
    return s.startsWith(u"https://") || s.startsWith(u"http://");
}

QVariantList keyValues(const QJsonObject &o)
{
    QVariantList out;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString value = valueText(it.value());
        out << QVariantMap{{QStringLiteral("key"), it.key()},
                           {QStringLiteral("value"), value},
                           {QStringLiteral("isUrl"), looksLikeUrl(value)}};
    }
    return out;
}
} // namespace

EntityDetails::EntityDetails(QObject *parent)
    : QObject(parent)
{
}

void EntityDetails::setCatalog(CatalogModel *catalog)
{
    if (catalog == m_catalog)
        return;
    if (m_catalog)
        disconnect(m_catalog, nullptr, this, nullptr);
    m_catalog = catalog;
    if (m_catalog)
        connect(m_catalog, &QAbstractItemModel::modelReset, this, &EntityDetails::refresh);
    Q_EMIT catalogChanged();
    refresh();
}

void EntityDetails::setProblemsModel(ProblemsModel *problems)
{
    if (problems == m_problems)
        return;
    if (m_problems)
        disconnect(m_problems, nullptr, this, nullptr);
    m_problems = problems;
    if (m_problems)
        connect(m_problems, &QAbstractItemModel::modelReset, this, &EntityDetails::refresh);
    Q_EMIT problemsModelChanged();
    refresh();
}

void EntityDetails::setRef(const QString &ref)
{
    if (ref == m_ref)
        return;
    m_ref = ref;
    Q_EMIT refChanged();
    refresh();
}

QString EntityDetails::relationLabel(const QString &type)
{
    static const struct {
        const char16_t *type;
        const char *label;
    } labels[] = {
        {u"ownedBy", QT_TR_NOOP("Owned by")},
        {u"ownerOf", QT_TR_NOOP("Owner of")},
        {u"dependsOn", QT_TR_NOOP("Depends on")},
        {u"dependencyOf", QT_TR_NOOP("Dependency of")},
        {u"providesApi", QT_TR_NOOP("Provides API")},
        {u"apiProvidedBy", QT_TR_NOOP("API provided by")},
        {u"consumesApi", QT_TR_NOOP("Consumes API")},
        {u"apiConsumedBy", QT_TR_NOOP("API consumed by")},
        {u"partOf", QT_TR_NOOP("Part of")},
        {u"hasPart", QT_TR_NOOP("Has part")},
        {u"memberOf", QT_TR_NOOP("Member of")},
        {u"hasMember", QT_TR_NOOP("Has member")},
        {u"childOf", QT_TR_NOOP("Child of")},
        {u"parentOf", QT_TR_NOOP("Parent of")},
    };
    for (const auto &l : labels) {
        if (type == QStringView(l.type))
            return tr(l.label);
    }
    return type;
}

void EntityDetails::copyText(const QString &text) const
{
    if (auto *clipboard = QGuiApplication::clipboard())
        clipboard->setText(text);
}

void EntityDetails::fillQuickLinks(const QJsonObject &a)
{
    m_quickLinks.clear();
    auto add = [this](const QString &title, const QString &value, const QString &url) {
        m_quickLinks.append(QVariantMap{{QStringLiteral("title"), title}, {QStringLiteral("value"), value}, {QStringLiteral("url"), url}});
    };
    auto str = [&a](const char *key) { return a.value(QLatin1String(key)).toString().trimmed(); };
    // `url:https://…` or `dir:…` locations: only the URL kind opens.
    auto locationUrl = [](const QString &v) {
        const QString url = v.startsWith(u"url:") ? v.mid(4) : v;
        return url.startsWith(u"https://") || url.startsWith(u"http://") ? url : QString();
    };
    if (const QString slug = str("github.com/project-slug"); !slug.isEmpty())
        add(tr("Repository"), slug, QStringLiteral("https://github.com/") + slug);
    if (const QString v = str("backstage.io/source-location"); !v.isEmpty())
        add(tr("Source"), v.startsWith(u"url:") ? v.mid(4) : v, locationUrl(v));
    if (const QString v = str("backstage.io/view-url"); !v.isEmpty())
        add(tr("View source"), v, locationUrl(v));
    if (const QString v = str("backstage.io/edit-url"); !v.isEmpty())
        add(tr("Edit"), v, locationUrl(v));
    if (const QString v = str("backstage.io/techdocs-ref"); !v.isEmpty())
        add(tr("Docs"), v, locationUrl(v));
    if (const QString id = str("pagerduty.com/service-id"); !id.isEmpty())
        add(tr("PagerDuty"), id, QStringLiteral("https://app.pagerduty.com/service-directory/") + id);
    else if (const QString key = str("pagerduty.com/integration-key"); !key.isEmpty())
        add(tr("PagerDuty"), tr("integration configured"), QString());
    if (const QString app = str("argocd/app-name"); !app.isEmpty()) {
        // The Argo CD server is not in the annotation; a link among the
        // entity's links that points at one gives it.
        QString url;
        for (const QVariant &l : std::as_const(m_links)) {
            const QString u = l.toMap().value(QStringLiteral("url")).toString();
            if (u.contains(QStringLiteral("argocd"), Qt::CaseInsensitive)) {
                const QUrl parsed(u);
                url = parsed.scheme() + QStringLiteral("://") + parsed.authority() + QStringLiteral("/applications/") + app;
                break;
            }
        }
        add(tr("Argo CD"), app, url);
    } else if (const QString selector = str("argocd/app-selector"); !selector.isEmpty()) {
        add(tr("Argo CD applications"), selector, QString());
    }
    if (const QString v = str("grafana/dashboard-selector"); !v.isEmpty())
        add(tr("Grafana dashboards"), v, QString());
    if (const QString v = str("grafana/overview-dashboard"); !v.isEmpty())
        add(tr("Grafana overview"), v, locationUrl(v));
    if (const QString v = str("backstage.io/kubernetes-id"); !v.isEmpty())
        add(tr("Kubernetes"), v, QString());
    if (const QString v = str("sonarqube.org/project-key"); !v.isEmpty())
        add(tr("SonarQube project"), v, QString());
    if (const QString v = str("backstage.io/source-template"); !v.isEmpty())
        add(tr("Created from template"), v, QString());
}

QString EntityDetails::apiDefinitionHtml() const
{
    if (m_apiDefinition.isEmpty())
        return {};
    // The language by the API's type: AsyncAPI and OpenAPI are YAML or
    // JSON, gRPC is protobuf, GraphQL its own (the generic rules cover
    // strings, numbers and comments of the last two).
    const QString type = m_type.toLower();
    QString language = type;
    if (type == u"openapi" || type == u"asyncapi")
        language = m_apiDefinition.trimmed().startsWith(u'{') ? QStringLiteral("json") : QStringLiteral("yaml");
    else if (type == u"grpc")
        language = QStringLiteral("protobuf");
    const QString html = docs::highlightToHtml(m_apiDefinition, language);
    // The panel is narrow and Qt's rich text never wraps a <pre>: the lines
    // become <br>-separated text with non-breaking spaces (indentation kept),
    // which the view's WrapAnywhere can break.
    QString out;
    out.reserve(html.size() + html.size() / 4);
    bool inTag = false;
    for (const QChar c : QStringView(html)) {
        if (c == u'<')
            inTag = true;
        if (inTag)
            out += c;
        else if (c == u' ')
            out += QStringLiteral("&nbsp;");
        else if (c == u'\n')
            out += QStringLiteral("<br>");
        else
            out += c;
        if (c == u'>')
            inTag = false;
    }
    out.replace(QStringLiteral("<pre>"), QString()).replace(QStringLiteral("</pre>"), QString());
    return out;
}

void EntityDetails::fillApi(const Entity &e)
{
    m_apiDefinition = m_apiSummary = m_apiError = QString();
    m_apiOperations.clear();
    if (!isApi())
        return;
    const QJsonValue def = e.data.value(u"spec").toObject().value(u"definition");
    // A definition may be written as a mapping instead of text.
    m_apiDefinition = def.isString() ? def.toString() : toYaml(def);
    if (e.type.compare(u"openapi", Qt::CaseInsensitive) != 0)
        return;
    const ApiDefinitionSummary api = readOpenApi(m_apiDefinition);
    if (!api.error.isEmpty()) {
        m_apiError = tr("The OpenAPI definition cannot be read: %1").arg(api.error);
        return;
    }
    m_apiSummary = api.format;
    if (!api.title.isEmpty())
        m_apiSummary += QStringLiteral(" · ") + api.title + (api.version.isEmpty() ? QString() : u' ' + api.version);
    for (const ApiOperation &o : api.operations) {
        QVariantList params, responses;
        for (const ApiParameter &p : o.parameters)
            params.append(QVariantMap{{QStringLiteral("name"), p.name}, {QStringLiteral("in"), p.in},
                                      {QStringLiteral("type"), p.type}, {QStringLiteral("required"), p.required},
                                      {QStringLiteral("description"), p.description}});
        for (const ApiResponse &r : o.responses)
            responses.append(QVariantMap{{QStringLiteral("code"), r.code}, {QStringLiteral("description"), r.description},
                                         {QStringLiteral("type"), r.type}});
        m_apiOperations.append(QVariantMap{
            {QStringLiteral("method"), o.method},       {QStringLiteral("path"), o.path},
            {QStringLiteral("summary"), o.summary},     {QStringLiteral("description"), o.description},
            {QStringLiteral("operationId"), o.operationId}, {QStringLiteral("deprecated"), o.deprecated},
            {QStringLiteral("parameters"), params},     {QStringLiteral("requestBody"), o.requestBody},
            {QStringLiteral("responses"), responses},
        });
    }
}

void EntityDetails::refresh()
{
    const std::optional<Entity> e = m_catalog && !m_ref.isEmpty() ? m_catalog->fullEntity(m_ref) : std::nullopt;
    if (e) {
        fill(*e);
    } else {
        m_found = false;
        m_kind = m_name = m_ns = m_title = m_description = m_type = m_lifecycle = QString();
        m_owner = m_ownerRef = m_system = m_systemRef = m_location = QString();
        m_ownerFound = m_systemFound = m_systemIsDomain = false;
        m_tags.clear();
        m_labels.clear();
        m_annotations.clear();
        m_links.clear();
        m_specFields.clear();
        m_relationGroups.clear();
        m_problemList.clear();
        m_yaml = m_apiDefinition = m_apiSummary = m_apiError = QString();
        m_quickLinks.clear();
        m_apiOperations.clear();
        // Still say which entity was asked for.
        if (const auto parsed = EntityRef::parse(m_ref)) {
            m_kind = parsed->kind;
            m_name = parsed->name;
            m_ns = parsed->ns;
        }
    }
    Q_EMIT detailsChanged();
}

void EntityDetails::fill(const Entity &e)
{
    m_found = true;
    m_kind = e.kind;
    m_name = e.name;
    m_ns = e.ns;
    m_title = e.title;
    m_description = e.description;
    m_type = e.type;
    m_lifecycle = e.lifecycle;
    m_tags = e.tags;
    m_ownerRef = e.owner;
    m_owner = CatalogModel::displayRef(e.owner, u"group");
    m_ownerFound = !e.owner.isEmpty() && m_catalog->find(e.owner);
    m_systemIsDomain = e.kind.compare(u"system", Qt::CaseInsensitive) == 0;
    m_systemRef = e.system;
    m_system = CatalogModel::displayRef(e.system, m_systemIsDomain ? u"domain" : u"system");
    m_systemFound = !e.system.isEmpty() && m_catalog->find(e.system);
    m_location = m_catalog->displayPath(e.file);
    if (e.line > 0)
        m_location += u':' + QString::number(e.line);

    const QJsonObject metadata = e.data.value(u"metadata").toObject();
    m_labels = keyValues(metadata.value(u"labels").toObject());
    m_annotations = keyValues(metadata.value(u"annotations").toObject());

    m_links.clear();
    for (const QJsonValue &v : metadata.value(u"links").toArray()) {
        const QJsonObject l = v.toObject();
        const QString url = l.value(u"url").toString();
        if (url.isEmpty())
            continue;
        const QString title = l.value(u"title").toString();
        m_links << QVariantMap{{QStringLiteral("url"), url},
                               {QStringLiteral("title"), title.isEmpty() ? url : title},
                               {QStringLiteral("icon"), l.value(u"icon").toString()}};
    }

    fillQuickLinks(metadata.value(u"annotations").toObject());
    m_yaml = toYaml(e.data);
    fillApi(e);

    // The header shows these already.
    QStringList shown{QStringLiteral("type"), QStringLiteral("lifecycle"), QStringLiteral("owner")};
    shown << (m_systemIsDomain ? QStringLiteral("domain") : QStringLiteral("system"));
    m_specFields.clear();
    const QJsonObject spec = e.data.value(u"spec").toObject();
    for (auto it = spec.begin(); it != spec.end(); ++it) {
        if (shown.contains(it.key()))
            continue;
        m_specFields << QVariantMap{{QStringLiteral("key"), it.key()}, {QStringLiteral("value"), valueText(it.value())}};
    }

    // Group by type, in the order Atrium lists relation types (forward
    // relation next to its inverse); targets sorted by kind, then name.
    const QStringList &order = knownRelationTypes();
    QList<Relation> rels = e.relations;
    std::stable_sort(rels.begin(), rels.end(), [&order](const Relation &a, const Relation &b) {
        const auto ia = order.indexOf(a.type), ib = order.indexOf(b.type);
        const auto ra = ia < 0 ? order.size() : ia, rb = ib < 0 ? order.size() : ib;
        if (ra != rb)
            return ra < rb;
        if (a.type != b.type)
            return a.type < b.type;
        return a.targetRef < b.targetRef;
    });
    m_relationGroups.clear();
    QString currentType;
    QVariantList targets;
    QSet<QString> seen;
    auto flush = [&] {
        if (!targets.isEmpty()) {
            m_relationGroups << QVariantMap{{QStringLiteral("type"), currentType},
                                            {QStringLiteral("label"), relationLabel(currentType)},
                                            {QStringLiteral("targets"), targets}};
        }
        targets.clear();
        seen.clear();
    };
    for (const Relation &r : rels) {
        if (r.type != currentType) {
            flush();
            currentType = r.type;
        }
        if (seen.contains(r.targetRef))
            continue;
        seen.insert(r.targetRef);
        const Entity *target = m_catalog->find(r.targetRef);
        const auto parsed = EntityRef::parse(r.targetRef);
        QString kind = target ? target->kind : (parsed ? parsed->kind : QString());
        QString name = parsed ? parsed->humanString(parsed->kind) : r.targetRef;
        targets << QVariantMap{{QStringLiteral("ref"), r.targetRef},
                               {QStringLiteral("kind"), kind},
                               {QStringLiteral("name"), name},
                               {QStringLiteral("title"), target ? target->title : QString()},
                               {QStringLiteral("found"), target != nullptr}};
    }
    flush();

    m_problemList.clear();
    if (m_problems) {
        for (int row : m_problems->rowsFor(e.ref())) {
            const Diagnostic &d = m_problems->diagnosticAt(row);
            m_problemList << QVariantMap{{QStringLiteral("severity"), Diagnostic::severityName(d.severity)},
                                         {QStringLiteral("location"), m_problems->locationAt(row)},
                                         {QStringLiteral("message"), d.message}};
        }
    }
}

} // namespace atrium
