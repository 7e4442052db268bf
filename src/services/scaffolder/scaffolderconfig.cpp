// SPDX-License-Identifier: Apache-2.0
#include "scaffolderconfig.h"

#include "githubclient.h"
#include "syncconfig.h"
#include "tokenstore.h"
#include "yamlreader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcessEnvironment>
#include <QRegularExpression>

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
    QList<ArgoInstance> out;
    QFile f(configPath);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    const YamlParseResult r = parseYaml(f.readAll(), configPath);
    if (r.documents.isEmpty())
        return out;
    const QJsonArray methods = r.documents.first().root.toObject().value(QStringLiteral("argocd")).toObject()
                                   .value(QStringLiteral("appLocatorMethods")).toArray();
    for (const QJsonValue &m : methods)
        for (const QJsonValue &i : m.toObject().value(QStringLiteral("instances")).toArray()) {
            const QJsonObject o = i.toObject();
            out << ArgoInstance{o.value(QStringLiteral("name")).toString(), QUrl(substituteEnv(o.value(QStringLiteral("url")).toString())),
                                substituteEnv(o.value(QStringLiteral("token")).toString()).toUtf8()};
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
