// SPDX-License-Identifier: Apache-2.0
// yaml-cpp 0.7's node parser loops without end on some malformed input that
// libyaml rejects (found by fuzz_descriptor and fuzz_formschema). Positions
// (YamlLocator) and key order (keyOrderFromYaml) now give it only the
// documents libyaml read completely: wellFormedYamlPrefix().
#include "formschema.h"
#include "yamlreader.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace atrium;

class TestYamlPrefix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void prefix_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QByteArray>("prefix");
        QTest::newRow("well-formed: all of it") << QByteArray("a: 1\n---\nb: 2\n") << QByteArray("a: 1\n---\nb: 2\n");
        QTest::newRow("no final newline") << QByteArray("a: 1") << QByteArray("a: 1");
        QTest::newRow("error in the second document") << QByteArray("a: 1\n---\nb: [unclosed\n") << QByteArray("a: 1\n");
        QTest::newRow("error in the first document") << QByteArray("a: [\n") << QByteArray();
        QTest::newRow("explicit end") << QByteArray("a: 1\n...\n---\n: : [\n") << QByteArray("a: 1\n...");
        QTest::newRow("CRLF") << QByteArray("a: 1\r\nb: 2\r\n---\r\nc: [\r\n") << QByteArray("a: 1\r\nb: 2\r\n");
        QTest::newRow("BOM and non-ASCII") << QByteArray("\xEF\xBB\xBFn: \xED\x95\x9C\xEA\xB8\x80\n---\nx: {\n")
                                           << QByteArray("\xEF\xBB\xBFn: \xED\x95\x9C\xEA\xB8\x80\n");
    }

    void prefix()
    {
        QFETCH(QByteArray, data);
        QFETCH(QByteArray, prefix);
        QCOMPARE(wellFormedYamlPrefix(data), prefix);
    }

    void malformedInputDoesNotHang()
    {
        // The fuzzer's input, reduced: a scalar document, then one libyaml
        // refuses and yaml-cpp's LoadAll never finished.
        const QByteArray data("a1\n---\n, u-\n-ap-Version: backndu1\n");
        QElapsedTimer t;
        t.start();
        const YamlParseResult parsed = parseYaml(data, QStringLiteral("x.yaml"));
        QCOMPARE(parsed.documents.size(), 1);
        QVERIFY(!parsed.diagnostics.isEmpty());
        YamlLocator locator(data);
        QCOMPARE(locator.locate(0, {QStringLiteral("kind")}), std::make_pair(1, 1));
        QCOMPARE(locator.locate(1, {}), std::make_pair(0, 0));
        (void)form::keyOrderFromYaml(data, 0);
        QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
    }

    void nodeParserLoopIsCutShort()
    {
        // Input libyaml reads (a tag, then folded-scalar indicators) on
        // which yaml-cpp 0.7 emits nodes without end: it gets nothing.
        const QByteArray data("! templates/sprinte.yaml\napiVe>>>>>>>>>>>>g-ervice/tde-ault.yaml\n"
                              ",apiVe>>>>>>>>>>>>>>>># temboyaml\napiVe>>>>>>>>>>>>>>>># temp");
        QElapsedTimer t;
        t.start();
        QVERIFY(nodeParserInput(data).empty());
        YamlLocator locator(data);
        QCOMPARE(locator.locate(0, {QStringLiteral("spec")}), std::make_pair(0, 0));
        QVERIFY(form::keyOrderFromYaml(data, 0).isEmpty());
        QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
        // Ordinary files pass unchanged.
        const QByteArray ok("apiVersion: v1\nkind: Component\nmetadata: {name: a}\n---\nx: *y\n");
        QCOMPARE(QByteArray::fromStdString(nodeParserInput(QByteArray("a: &y 1\nb: *y\n"))), QByteArray("a: &y 1\nb: *y\n"));
        QCOMPARE(QByteArray::fromStdString(nodeParserInput(ok.left(ok.indexOf("---")))), ok.left(ok.indexOf("---")));
    }

    void schemaRefCyclesAreRefused_data()
    {
        // valijson 1.0 recursed on these until the stack overflowed (found
        // by fuzz_formschema): a template's form could end the app.
        QTest::addColumn<QByteArray>("schema");
        QTest::addColumn<bool>("valid");
        QTest::newRow("root refers to itself") << QByteArray("{\"$ref\": \"#\"}") << false;
        QTest::newRow("relative reference") << QByteArray("{\"$ref\": \"other\"}") << false;
        QTest::newRow("a -> b -> a") << QByteArray("{\"definitions\": {\"a\": {\"$ref\": \"#/definitions/b\"}, \"b\": {\"$ref\": \"#/definitions/a\"}}, \"properties\": {\"x\": {\"$ref\": \"#/definitions/a\"}}}") << false;
        // std::regex (valijson's `pattern`) overflowed or ran out of memory on these.
        QTest::newRow("huge repetition") << QByteArray("{\"properties\": {\"a\": {\"type\": \"string\", \"pattern\": \"^a{8888888888888888888}$\"}}}") << false;
        QTest::newRow("huge back-reference") << QByteArray("{\"properties\": {\"a\": {\"pattern\": \"(a)\\\\88888888\"}}}") << false;
        QTest::newRow("ordinary pattern") << QByteArray("{\"properties\": {\"a\": {\"type\": \"integer\", \"maximum\": 5}, \"b\": {\"type\": \"string\", \"pattern\": \"^[a-z0-9,]{1,63}$\"}}}") << true;
        // Recursion through a real schema is fine, and so are plain references.
        QTest::newRow("recursive tree") << QByteArray("{\"properties\": {\"child\": {\"$ref\": \"#\"}}}") << true;
        QTest::newRow("definition") << QByteArray("{\"definitions\": {\"n\": {\"type\": \"integer\"}}, \"properties\": {\"a\": {\"$ref\": \"#/definitions/n\"}}}") << true;
    }

    void schemaRefCyclesAreRefused()
    {
        QFETCH(QByteArray, schema);
        QFETCH(bool, valid);
        const QJsonObject s = QJsonDocument::fromJson(schema).object();
        QCOMPARE(form::FormSchema::isValid(s, QJsonObject{{QStringLiteral("a"), 1}}), valid);
        const form::FormSchema f = form::FormSchema::fromParameters(s);
        QCOMPARE(f.pageCount(), 1);
        const QList<form::FieldError> errors = f.validate(0, QJsonObject{{QStringLiteral("a"), 1}});
        QCOMPARE(errors.isEmpty(), valid);
    }
};

QTEST_GUILESS_MAIN(TestYamlPrefix)
#include "tst_yamlprefix.moc"
