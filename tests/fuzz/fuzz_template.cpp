// SPDX-License-Identifier: Apache-2.0
// Fuzz target: the template engine, on step inputs (`${{ }}`, Backstage's
// rules) and on skeleton files (`fetch:template`, also in cookiecutter mode).
#include "templateengine.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

using namespace atrium::tmpl;

namespace {

const QJsonObject &context()
{
    static const QJsonObject ctx{
        {QStringLiteral("parameters"), QJsonObject{
             {QStringLiteral("name"), QStringLiteral("order-service")},
             {QStringLiteral("port"), 8080},
             {QStringLiteral("owner"), QStringLiteral("group:default/team-a")},
             {QStringLiteral("tags"), QJsonArray{QStringLiteral("java"), QStringLiteral("spring")}},
             {QStringLiteral("enabled"), true},
             {QStringLiteral("repoUrl"), QStringLiteral("github.com?owner=acme&repo=order-service")},
             {QStringLiteral("nested"), QJsonObject{{QStringLiteral("a"), QJsonArray{1, 2.5, QJsonValue::Null}}}},
         }},
        {QStringLiteral("values"), QJsonObject{{QStringLiteral("packageName"), QStringLiteral("orders")}}},
        {QStringLiteral("steps"), QJsonObject{{QStringLiteral("publish"), QJsonObject{{QStringLiteral("output"), QJsonObject{{QStringLiteral("remoteUrl"), QStringLiteral("https://github.com/acme/x")}}}}}}},
        {QStringLiteral("user"), QJsonObject{{QStringLiteral("entity"), QJsonObject{{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("alice")}}}}}}},
    };
    return ctx;
}

Options bounded(Options o)
{
    // Bounds small enough for a fuzzer's time and memory budget; the code
    // paths that enforce them are the same as with the defaults.
    o.maxOperations = 200'000;
    o.maxOutputChars = 256 * 1024;
    return o;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString source = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QHash<QString, Function> globals{
        {QStringLiteral("always"), [](const QJsonArray &) { return QJsonValue(true); }},
    };

    // A step input, and an `if:`.
    Options step = bounded({});
    Error error;
    const Template t = Template::parse(source, step, &error);
    if (t.isValid()) {
        (void)t.render(context(), &error, globals);
        (void)isTruthy(t.evaluate(context(), &error, globals));
    }
    (void)renderValue(QJsonObject{{QStringLiteral("input"), source}, {QStringLiteral("list"), QJsonArray{source}}},
                      context(), &error, globals, step);

    // A skeleton file: `${{ }}` with trimBlocks and lstripBlocks, then
    // cookiecutter's `{{ }}`.
    Options skeleton = bounded({});
    skeleton.trimBlocks = true;
    skeleton.lstripBlocks = true;
    if (const Template s = Template::parse(source, skeleton, &error); s.isValid())
        (void)s.render(context(), &error, globals);
    Options cookie = skeleton;
    cookie.variableStart = QStringLiteral("{{");
    cookie.variableEnd = QStringLiteral("}}");
    cookie.cookiecutterCompat = true;
    if (const Template c = Template::parse(source, cookie, &error); c.isValid())
        (void)c.render(QJsonObject{{QStringLiteral("cookiecutter"), context().value(QStringLiteral("values"))}}, &error, globals);
    return 0;
}
