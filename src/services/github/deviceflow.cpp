// SPDX-License-Identifier: Apache-2.0
#include "deviceflow.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

namespace atrium {

namespace {

QUrl webUrl(const GitHubEndpoint &e, const QString &path)
{
    QUrl u = e.webBaseUrl;
    QString base = u.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    u.setPath(base + path);
    return u;
}

/** GitHub answers JSON when asked; a form-encoded answer is read too. */
QJsonObject answer(const GitHubResponse &r)
{
    if (r.json.isObject())
        return r.json.object();
    QJsonObject o;
    for (const auto &[k, v] : QUrlQuery(QString::fromUtf8(r.body)).queryItems(QUrl::FullyDecoded))
        o.insert(k, v);
    return o;
}

GitHubError error(GitHubError::Kind kind, const QString &message, const QString &detail)
{
    GitHubError e;
    e.kind = kind;
    e.message = message;
    e.detail = detail;
    return e;
}

} // namespace

DeviceFlow::DeviceFlow(const GitHubEndpoint &endpoint, QObject *parent)
    : QObject(parent), m_endpoint(endpoint), m_http(endpoint, QByteArray())
{
}

DeviceFlow::~DeviceFlow() = default;

GitHubClient &DeviceFlow::http()
{
    return m_http;
}

DeviceCode DeviceFlow::start(const QString &clientId, const QStringList &scopes)
{
    DeviceCode code;
    code.clientId = clientId;
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("client_id"), clientId);
    form.addQueryItem(QStringLiteral("scope"), scopes.join(QLatin1Char(' ')));
    const GitHubResponse r = m_http.postForm(webUrl(m_endpoint, QStringLiteral("/login/device/code")), form);
    if (!r.ok()) {
        code.error = r.error;
        return code;
    }
    const QJsonObject o = answer(r);
    const QString err = o.value(QStringLiteral("error")).toString();
    if (!err.isEmpty()) {
        code.error = error(GitHubError::BadResponse,
                           err == QLatin1String("device_flow_disabled")
                               ? QCoreApplication::translate("DeviceFlow", "Device sign-in is not enabled for Atrium's OAuth app on %1.").arg(m_endpoint.host)
                               : QCoreApplication::translate("DeviceFlow", "%1 refused to start the sign-in (%2). Check the OAuth app's client id in the connection settings.")
                                     .arg(m_endpoint.host, err),
                           QStringLiteral("device code request: %1: %2").arg(err, o.value(QStringLiteral("error_description")).toString()));
        return code;
    }
    code.deviceCode = o.value(QStringLiteral("device_code")).toString();
    code.userCode = o.value(QStringLiteral("user_code")).toString();
    code.verificationUri = QUrl(o.value(QStringLiteral("verification_uri")).toString());
    code.expiresIn = o.value(QStringLiteral("expires_in")).toVariant().toInt();
    code.interval = qMax(1, o.value(QStringLiteral("interval")).toVariant().toInt());
    if (code.deviceCode.isEmpty() || code.userCode.isEmpty() || !code.verificationUri.isValid()) {
        code.deviceCode.clear();
        code.error = error(GitHubError::BadResponse, QCoreApplication::translate("DeviceFlow", "%1 sent an answer Atrium could not read.").arg(m_endpoint.host),
                           QStringLiteral("device code response lacks device_code, user_code or verification_uri"));
        return code;
    }
    code.expiresAt = m_http.now().addSecs(code.expiresIn);
    Q_EMIT userCodeReady(code.userCode, code.verificationUri, code.expiresAt);
    return code;
}

DeviceFlowResult DeviceFlow::waitForAuthorization(const DeviceCode &code)
{
    DeviceFlowResult result;
    result.interval = code.interval;
    const QUrl tokenUrl = webUrl(m_endpoint, QStringLiteral("/login/oauth/access_token"));
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("client_id"), code.clientId);
    form.addQueryItem(QStringLiteral("device_code"), code.deviceCode);
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"));

    auto expired = [&] {
        result.status = DeviceFlowResult::Expired;
        result.error = error(GitHubError::Unauthorized,
                             QCoreApplication::translate("DeviceFlow", "The code %1 expired before it was entered. Start the sign-in again.").arg(code.userCode),
                             QStringLiteral("device flow: expired_token"));
        return result;
    };
    auto cancelled = [&] {
        result.status = DeviceFlowResult::Cancelled;
        result.error = error(GitHubError::Cancelled, QCoreApplication::translate("DeviceFlow", "The sign-in was cancelled."), QStringLiteral("device flow: cancelled"));
        return result;
    };

    for (;;) {
        if (m_http.isCancelled())
            return cancelled();
        if (code.expiresAt.isValid() && m_http.now() >= code.expiresAt)
            return expired();
        // RFC 8628: wait an interval before each poll, the first included.
        m_http.sleep(result.interval * 1000);
        if (m_http.isCancelled())
            return cancelled();

        const GitHubResponse r = m_http.postForm(tokenUrl, form);
        ++result.polls;
        if (!r.ok()) {
            result.status = r.error.kind == GitHubError::Cancelled ? DeviceFlowResult::Cancelled : DeviceFlowResult::Failed;
            result.error = r.error;
            return result;
        }
        const QJsonObject o = answer(r);
        const QString token = o.value(QStringLiteral("access_token")).toString();
        if (!token.isEmpty()) {
            result.status = DeviceFlowResult::Authorized;
            result.token = token.toLatin1();
            result.tokenType = o.value(QStringLiteral("token_type")).toString();
            result.scopes = o.value(QStringLiteral("scope")).toString().split(QRegularExpression(QStringLiteral("[ ,]+")), Qt::SkipEmptyParts);
            qCInfo(lcGitHub) << "device flow: authorised after" << result.polls << "polls";
            return result;
        }
        const QString err = o.value(QStringLiteral("error")).toString();
        if (err == QLatin1String("authorization_pending")) {
            Q_EMIT polled(err, result.interval);
            continue;
        }
        if (err == QLatin1String("slow_down")) {
            // GitHub adds five seconds and says the new interval; take the larger.
            const int told = o.value(QStringLiteral("interval")).toVariant().toInt();
            result.interval = qMax(result.interval + 5, told);
            qCInfo(lcGitHub) << "device flow: slow_down; polling every" << result.interval << "s";
            Q_EMIT polled(err, result.interval);
            continue;
        }
        if (err == QLatin1String("expired_token"))
            return expired();
        if (err == QLatin1String("access_denied")) {
            result.status = DeviceFlowResult::Denied;
            result.error = error(GitHubError::Unauthorized, QCoreApplication::translate("DeviceFlow", "The sign-in was declined on GitHub."), QStringLiteral("device flow: access_denied"));
            return result;
        }
        result.status = DeviceFlowResult::Failed;
        result.error = error(GitHubError::BadResponse,
                             err.isEmpty() ? QCoreApplication::translate("DeviceFlow", "%1 sent an answer Atrium could not read.").arg(m_endpoint.host)
                                           : QCoreApplication::translate("DeviceFlow", "%1 refused the sign-in (%2). Start it again; if this persists, check the OAuth app settings.")
                                                 .arg(m_endpoint.host, err),
                             QStringLiteral("device flow: %1: %2").arg(err.isEmpty() ? QStringLiteral("no token and no error") : err,
                                                                       o.value(QStringLiteral("error_description")).toString()));
        return result;
    }
}

} // namespace atrium
