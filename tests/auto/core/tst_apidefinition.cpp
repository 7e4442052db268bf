// SPDX-License-Identifier: Apache-2.0
#include "apidefinition.h"

#include <QFile>
#include <QtTest>

using namespace atrium;

namespace {
QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}
const ApiOperation *find(const ApiDefinitionSummary &s, const QString &method, const QString &path)
{
    for (const ApiOperation &o : s.operations)
        if (o.method == method && o.path == path)
            return &o;
    return nullptr;
}
} // namespace

class TestApiDefinition : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void openApi3WithRefs()
    {
        const auto s = readOpenApi(QStringLiteral(R"(openapi: 3.0.1
info: {title: Orders, version: 2}
components:
  parameters:
    OrderId: {name: id, in: path, schema: {type: string}, description: The order}
  schemas:
    Order: {type: object}
  responses:
    NotFound: {description: No such order}
paths:
  /orders/{id}:
    parameters:
      - $ref: '#/components/parameters/OrderId'
    get:
      operationId: getOrder
      summary: Read one order
      parameters:
        - {name: expand, in: query, schema: {type: array, items: {type: string}}}
      responses:
        '200':
          description: The order
          content:
            application/json: {schema: {$ref: '#/components/schemas/Order'}}
        '404': {$ref: '#/components/responses/NotFound'}
    delete:
      deprecated: true
      requestBody:
        content:
          application/json: {schema: {$ref: '#/components/schemas/Order'}}
      responses: {'204': {description: Gone}}
  /loop:
    get:
      parameters: [{$ref: '#/components/parameters/Loop'}]
      responses: {}
)"));
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QCOMPARE(s.format, QStringLiteral("OpenAPI 3.0.1"));
        QCOMPARE(s.title, QStringLiteral("Orders"));
        QCOMPARE(s.version, QStringLiteral("2"));
        QCOMPARE(s.operations.size(), 3);
        const ApiOperation *get = find(s, QStringLiteral("GET"), QStringLiteral("/orders/{id}"));
        QVERIFY(get);
        QCOMPARE(get->operationId, QStringLiteral("getOrder"));
        QCOMPARE(get->parameters.size(), 2);
        QCOMPARE(get->parameters[0].name, QStringLiteral("id")); // the path-level one, resolved
        QVERIFY(get->parameters[0].required);                     // path parameters always are
        QCOMPARE(get->parameters[0].description, QStringLiteral("The order"));
        QCOMPARE(get->parameters[1].type, QStringLiteral("string[]"));
        QCOMPARE(get->responses.size(), 2);
        QCOMPARE(get->responses[0].type, QStringLiteral("application/json: Order"));
        QCOMPARE(get->responses[1].description, QStringLiteral("No such order"));
        const ApiOperation *del = find(s, QStringLiteral("DELETE"), QStringLiteral("/orders/{id}"));
        QVERIFY(del && del->deprecated);
        QCOMPARE(del->requestBody, QStringLiteral("application/json: Order"));
        // A dangling $ref stays a reference, not a crash.
        QVERIFY(find(s, QStringLiteral("GET"), QStringLiteral("/loop")));
    }
    void swagger2()
    {
        const auto s = readOpenApi(QStringLiteral(R"({"swagger": "2.0", "info": {"title": "Pets", "version": "1"},
          "paths": {"/pets": {"post": {"parameters": [{"name": "body", "in": "body", "schema": {"$ref": "#/definitions/Pet"}}],
                                       "responses": {"201": {"description": "made", "schema": {"$ref": "#/definitions/Pet"}}}}}}})"));
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QCOMPARE(s.format, QStringLiteral("Swagger 2.0"));
        QCOMPARE(s.operations.size(), 1);
        QCOMPARE(s.operations[0].parameters[0].type, QStringLiteral("Pet"));
        QCOMPARE(s.operations[0].responses[0].type, QStringLiteral("Pet"));
    }
    void notOpenApi()
    {
        QVERIFY(!readOpenApi(QStringLiteral("asyncapi: 2.6.0\ninfo: {title: x}")).error.isEmpty());
        QVERIFY(!readOpenApi(QStringLiteral("key: [unclosed")).error.isEmpty());
        QVERIFY(!readOpenApi(QString()).error.isEmpty());
        QVERIFY(!readOpenApi(QStringLiteral("- a list")).error.isEmpty());
    }
    void realDefinitions_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("minOperations");
        QTest::newRow("demo order-api") << QStringLiteral(ATRIUM_DEMO_DIR "/apis/openapi/order-api.yaml") << 3;
        QTest::newRow("demo payment-api") << QStringLiteral(ATRIUM_DEMO_DIR "/apis/openapi/payment-api.yaml") << 1;
    }
    void realDefinitions()
    {
        QFETCH(QString, file);
        QFETCH(int, minOperations);
        const auto s = readOpenApi(readText(file));
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QVERIFY(s.operations.size() >= minOperations);
        for (const ApiOperation &o : s.operations) {
            QVERIFY(!o.method.isEmpty());
            QVERIFY(o.path.startsWith(u'/'));
            QVERIFY2(!o.responses.isEmpty(), qPrintable(o.method + u' ' + o.path));
        }
    }
};

QTEST_GUILESS_MAIN(TestApiDefinition)
#include "tst_apidefinition.moc"
