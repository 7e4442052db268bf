// SPDX-License-Identifier: Apache-2.0
#include "scaffolderconfig.h"

#include "githubclient.h"
#include "http/httptransport.h"
#include "syncconfig.h"
#include "tokenstore.h"
#include "yamlreader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcessEnvironment>
#include <QRegularExpression>

#include <optional>

namespace atrium::scaffolder {

namespace {

QString substituteEnv(QString s)
{
    static const QRegularExpression re(QStringLiteral("\\$\\{([A-Za-z_][A-Za-z0-9_]*)\\}"));
    const auto env = QProcessEnvironment::systemEnvironment();
    QRegularExpressionMatch m;
    while ((m = re.match(s)).hasMatch())
        s.replace(m.capturedStart(), m.capturedLength(), env.value(m.captured(1)));
    return s;
}

} // namespace

QList<ArgoInstance> argoInstancesFromConfig(const QString &configPath)
{
    QFile f(configPath);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return argoInstancesFromYaml(f.readAll(), configPath, nullptr);
}

QList<ArgoInstance> argoInstancesFromYaml(const QByteArray &yaml, const QString &path, Diagnostics *problems)
{
    QList<ArgoInstance> out;
    const YamlParseResult r = parseYaml(yaml, path);
    if (r.documents.isEmpty())
        return out;
    const QJsonValue argo = r.documents.first().root.toObject().value(QStringLiteral("argocd"));
    const bool check = problems && r.diagnostics.isEmpty();
    std::optional<YamlLocator> locator;
    auto report = [&](Severity severity, const QStringList &at, const QString &message) {
        if (!check)
            return;
        if (!locator)
            locator.emplace(yaml);
        const auto pos = locator->locate(r.documents.first().rawIndex, QStringList{QStringLiteral("argocd")} + at);
        problems->append({severity, path, pos.first, pos.second, message, {}});
    };
    if (argo.isUndefined() || argo.isNull())
        return out;
    if (!argo.isObject()) {
        report(Severity::Error, {}, QStringLiteral("argocd must be a map with appLocatorMethods"));
        return out;
    }
    const QJsonValue methodsValue = argo.toObject().value(QStringLiteral("appLocatorMethods"));
    if (!methodsValue.isUndefined() && !methodsValue.isNull() && !methodsValue.isArray())
        report(Severity::Error, {QStringLiteral("appLocatorMethods")}, QStringLiteral("appLocatorMethods must be a list of {type: config, instances}"));
    static const QRegularExpression reference(QStringLiteral("^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$"));
    QStringList names;
    const QJsonArray methods = methodsValue.toArray();
    for (qsizetype m = 0; m < methods.size(); ++m) {
        const QStringList mbase{QStringLiteral("appLocatorMethods"), QString::number(m)};
        const QJsonValue instancesValue = methods[m].toObject().value(QStringLiteral("instances"));
        if (!instancesValue.isUndefined() && !instancesValue.isNull() && !instancesValue.isArray())
            report(Severity::Error, mbase + QStringList{QStringLiteral("instances")}, QStringLiteral("instances must be a list of {name, url, token}"));
        const QJsonArray instances = instancesValue.toArray();
        for (qsizetype i = 0; i < instances.size(); ++i) {
            const QStringList base = mbase + QStringList{QStringLiteral("instances"), QString::number(i)};
            const QJsonObject o = instances[i].toObject();
            const QString name = o.value(QStringLiteral("name")).toString();
            const QString url = o.value(QStringLiteral("url")).toString();
            const QString token = o.value(QStringLiteral("token")).toString();
            if (!instances[i].isObject()) {
                report(Severity::Error, base, QStringLiteral("an Argo CD instance must be a map of name, url and token"));
            } else {
                if (name.trimmed().isEmpty())
                    report(Severity::Error, o.contains(QStringLiteral("name")) ? base + QStringList{QStringLiteral("name")} : base,
                           QStringLiteral("an Argo CD instance needs a name (templates choose it by argoInstance)"));
                else if (names.contains(name))
                    report(Severity::Error, base + QStringList{QStringLiteral("name")},
                           QStringLiteral("another Argo CD instance is named \"%1\"").arg(name));
                if (url.trimmed().isEmpty()) {
                    report(Severity::Error, o.contains(QStringLiteral("url")) ? base + QStringList{QStringLiteral("url")} : base,
                           QStringLiteral("an Argo CD instance needs a url such as https://argocd.example.com"));
                } else if (!url.contains(QStringLiteral("${"))) {
                    const QUrl u(url.trimmed(), QUrl::StrictMode);
                    if (!u.isValid() || u.host().isEmpty() || (u.scheme() != u"https" && u.scheme() != u"http"))
                        report(Severity::Error, base + QStringList{QStringLiteral("url")},
                               QStringLiteral("url must be an http(s) URL such as https://argocd.example.com"));
                    else if (!http::isSecureOrLocal(u))
                        report(Severity::Warning, base + QStringList{QStringLiteral("url")},
                               QStringLiteral("plain http sends the token unencrypted; use https"));
                }
                if (token.trimmed().isEmpty())
                    report(Severity::Warning, o.contains(QStringLiteral("token")) ? base + QStringList{QStringLiteral("token")} : base,
                           QStringLiteral("no token: Argo CD will refuse the requests; write token: ${ARGOCD_TOKEN} and set that variable"));
                else if (!reference.match(token.trimmed()).hasMatch())
                    report(Severity::Warning, base + QStringList{QStringLiteral("token")},
                           QStringLiteral("the token is written in clear in the configuration file; write a reference such as "
                                          "${ARGOCD_TOKEN} and set that environment variable instead"));
            }
            names << name;
            out << ArgoInstance{name, QUrl(substituteEnv(url)), substituteEnv(token).toUtf8()};
        }
    }
    return out;
}

ActionContext actionContextFromConfig(const QString &configPath, const QString &cachePath, const QString &tokenEnv)
{
    ActionContext ctx;
    ctx.cachePath = cachePath;
    Diagnostics problems;
    const SyncConfig config = QFileInfo::exists(configPath) ? SyncConfig::load(configPath, &problems) : SyncConfig();
    ctx.argoInstances = argoInstancesFromConfig(configPath);
    ctx.tokenForHost = [tokenEnv](const QString &host) {
        const TokenStore::Result t = TokenStore().tokenFor(host, tokenEnv);
        return t.ok ? t.token : QByteArray();
    };
    ctx.githubClient = [config, tokenEnv](const QString &host) -> std::unique_ptr<GitHubClient> {
        // Only configured hosts (github.com always is): a template cannot send the token elsewhere.
        bool known = host == u"github.com";
        for (const GitHubIntegration &i : config.integrations)
            known |= i.host.compare(host, Qt::CaseInsensitive) == 0;
        if (!known)
            return nullptr;
        const GitHubIntegration integration = config.integrationFor(host);
        GitHubEndpoint endpoint = GitHubEndpoint::forHost(host, integration.apiBaseUrl);
        endpoint.caBundlePath = integration.caBundle;
        const TokenStore::Result t = TokenStore().tokenFor(host, tokenEnv);
        if (!t.ok || t.token.isEmpty())
            return nullptr;
        return std::make_unique<GitHubClient>(endpoint, t.token);
    };
    return ctx;
}

} // namespace atrium::scaffolder
