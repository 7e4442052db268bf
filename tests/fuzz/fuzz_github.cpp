// SPDX-License-Identifier: Apache-2.0
// Fuzz target: GitHub's answers as the client and sync read them: status,
// headers (rate limits, Retry-After, Link, SSO, scopes) and a REST or
// GraphQL body typed by GitHubClient::interpret(); then the parts sync
// takes from a GraphQL answer: the files' text through the YAML reader and
// the targets they name resolved as URLs.
//
// Input, HTTP-like: `STATUS [graphql]`, header lines `Name: value`, a blank
// line, the body. Input without a first line that is a number is a body
// for a 200 GraphQL answer.
#include "contentsource.h"
#include "githubclient.h"
#include "yamlreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLoggingCategory>

#include <cstddef>
#include <cstdint>

using namespace atrium;

namespace {

void walk(const QJsonValue &v, int depth, const QString &base)
{
    if (depth > 64)
        return;
    if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            walk(e, depth + 1, base);
        return;
    }
    if (!v.isObject())
        return;
    const QJsonObject o = v.toObject();
    // A blob, as sync reads catalog files ( ... on Blob { text byteSize isBinary } ).
    if (o.contains(QStringLiteral("text")) && !o.value(QStringLiteral("isBinary")).toBool()) {
        const QByteArray text = o.value(QStringLiteral("text")).toString().toUtf8();
        YamlLimits limits;
        limits.maxNodes = 50'000;
        const YamlParseResult parsed = parseYaml(text, base + QStringLiteral("catalog-info.yaml"), limits);
        for (const YamlDocument &d : parsed.documents) {
            const QJsonObject spec = d.root.toObject().value(QStringLiteral("spec")).toObject();
            for (const QJsonValue &t : spec.value(QStringLiteral("targets")).toArray())
                (void)MemoryContentSource::resolveUrl(base + QStringLiteral("catalog-info.yaml"), t.toString());
            (void)MemoryContentSource::resolveUrl(base + QStringLiteral("catalog-info.yaml"), spec.value(QStringLiteral("target")).toString());
        }
    }
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.value().isString() && it.key() != QLatin1String("text"))
            (void)MemoryContentSource::resolveUrl(base, it.value().toString());
        walk(it.value(), depth + 1, base);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // The client logs every failure; a fuzzer makes millions.
    QLoggingCategory::setFilterRules(QStringLiteral("atrium.*=false"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    int status = 200;
    bool graphql = true;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body = bytes;

    const qsizetype eol = bytes.indexOf('\n');
    bool ok = false;
    const QList<QByteArray> first = bytes.left(eol < 0 ? bytes.size() : eol).trimmed().split(' ');
    const int parsedStatus = first.value(0).toInt(&ok);
    if (ok && eol >= 0) {
        status = parsedStatus;
        graphql = first.value(1) == "graphql";
        qsizetype at = eol + 1;
        for (;;) {
            const qsizetype end = bytes.indexOf('\n', at);
            const QByteArray line = bytes.mid(at, end < 0 ? -1 : end - at).trimmed();
            at = end < 0 ? bytes.size() : end + 1;
            if (line.isEmpty() || end < 0)
                break;
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        body = bytes.mid(at);
    }

    static GitHubClient *client = [] {
        GitHubClient::Options o;
        o.waitForRateLimit = false;
        auto *c = new GitHubClient(GitHubEndpoint::forHost(QStringLiteral("github.com")), QByteArrayLiteral("ghp_fuzzfuzzfuzzfuzzfuzzfuzz0123456789"), o);
        c->setSleeper([](int) {});
        c->setClock([] { return QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC); });
        return c;
    }();
    const GitHubResponse r = client->interpret(status, headers, body, graphql);
    (void)r.links();
    (void)r.nextPageUrl();
    (void)client->redact(QString::fromUtf8(body.left(4096)));
    (void)client->rateLimits();
    walk(QJsonValue(r.data()), 0, QStringLiteral("https://github.com/acme/repo/blob/main/"));
    if (r.json.isArray())
        walk(QJsonValue(r.json.array()), 0, QStringLiteral("https://github.com/acme/repo/blob/main/"));
    return 0;
}
