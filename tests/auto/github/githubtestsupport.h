// SPDX-License-Identifier: Apache-2.0
#pragma once

// Shared by the GitHub tests: a blocking raw HTTP helper (to test the fake
// without the client), a standard organisation, and a log capture.

#include "fakegithub.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStringList>
#include <QTimer>

namespace atrium::testing {

inline const QByteArray kToken = QByteArrayLiteral("ghp_T0kenForTestsOnly0123456789abcdefXY");

struct RawReply {
    int status = 0;
    QByteArray body;
    QJsonDocument json;
    QList<QPair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[k, v] : headers)
            if (k.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        return {};
    }
};

/** One request, blocking, with nothing added but what the caller asks for. */
inline RawReply rawRequest(const QByteArray &method, const QUrl &url, const QByteArray &token = kToken,
                           const QByteArray &body = {}, const QList<QPair<QByteArray, QByteArray>> &extra = {})
{
    static thread_local QNetworkAccessManager *nam = new QNetworkAccessManager;
    QNetworkRequest req(url);
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token);
    for (const auto &[k, v] : extra)
        req.setRawHeader(k, v);
    if (!body.isEmpty() && !req.hasRawHeader("Content-Type"))
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    QNetworkReply *reply = nam->sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    RawReply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.json = QJsonDocument::fromJson(r.body);
    r.headers = reply->rawHeaderPairs();
    r.error = reply->error();
    reply->deleteLater();
    return r;
}

inline RawReply rawGraphQL(const fake::FakeGitHub &fake, const QString &query, const QJsonObject &variables = {},
                           const QByteArray &token = kToken, const QString &operationName = {})
{
    QJsonObject body{{QStringLiteral("query"), query}};
    if (!variables.isEmpty())
        body.insert(QStringLiteral("variables"), variables);
    if (!operationName.isEmpty())
        body.insert(QStringLiteral("operationName"), operationName);
    return rawRequest("POST", fake.graphqlUrl(), token, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

inline QByteArray catalogInfo(const QString &name)
{
    return QStringLiteral("apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: %1\nspec:\n  type: service\n  lifecycle: production\n  owner: team-a\n")
        .arg(name)
        .toUtf8();
}

/** acme: five repositories, one archived, one private, one internal, one without a catalog file. */
inline void fillAcme(fake::FakeGitHub &fake)
{
    fake.addToken(kToken);
    auto repo = [](const QString &name) {
        fake::FakeRepo r;
        r.name = name;
        r.files.insert(QStringLiteral("catalog-info.yaml"), catalogInfo(name));
        r.files.insert(QStringLiteral("README.md"), "# " + name.toUtf8() + '\n');
        return r;
    };
    fake::FakeRepo a = repo(QStringLiteral("payments"));
    a.topics = {QStringLiteral("backstage"), QStringLiteral("payments")};
    fake.addRepo(QStringLiteral("acme"), a);
    fake::FakeRepo b = repo(QStringLiteral("orders"));
    b.visibility = QStringLiteral("PRIVATE");
    fake.addRepo(QStringLiteral("acme"), b);
    fake::FakeRepo c = repo(QStringLiteral("legacy"));
    c.archived = true;
    fake.addRepo(QStringLiteral("acme"), c);
    fake::FakeRepo d = repo(QStringLiteral("inventory"));
    d.visibility = QStringLiteral("INTERNAL");
    d.defaultBranch = QStringLiteral("trunk");
    fake.addRepo(QStringLiteral("acme"), d);
    fake::FakeRepo e;
    e.name = QStringLiteral("docs-site");
    e.files.insert(QStringLiteral("README.md"), "docs\n");
    e.files.insert(QStringLiteral("logo.png"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    fake.addRepo(QStringLiteral("acme"), e);
}

/** Captures every message (all categories, debug included) for grepping. */
class LogCapture
{
public:
    LogCapture()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("atrium.*=true"));
        s_self = this;
        m_previous = qInstallMessageHandler(&LogCapture::handler);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        s_self = nullptr;
        QLoggingCategory::setFilterRules(QString());
    }
    QStringList lines() const
    {
        QMutexLocker lock(&m_mutex);
        return m_lines;
    }
    QString all() const { return lines().join(QLatin1Char('\n')); }

private:
    static void handler(QtMsgType, const QMessageLogContext &ctx, const QString &msg)
    {
        if (!s_self)
            return;
        QMutexLocker lock(&s_self->m_mutex);
        s_self->m_lines << QString::fromLatin1(ctx.category ? ctx.category : "") + QStringLiteral(": ") + msg;
    }
    static inline LogCapture *s_self = nullptr;
    QtMessageHandler m_previous = nullptr;
    mutable QMutex m_mutex;
    QStringList m_lines;
};

} // namespace atrium::testing
