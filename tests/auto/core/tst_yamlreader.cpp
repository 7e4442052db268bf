// SPDX-License-Identifier: Apache-2.0
#include "yamlreader.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace atrium;

class TestYamlReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void multiDocumentSkipsEmptyOnes()
    {
        const auto r = parseYaml("# header\n---\n---\n# only a comment\n---\na: 1\n---\nb: 2\n...\n", QStringLiteral("f.yaml"));
        QVERIFY(r.diagnostics.isEmpty());
        QCOMPARE(r.documents.size(), 2);
        QCOMPARE(r.documents[0].root.toObject().value(u"a").toInt(), 1);
        QCOMPARE(r.documents[0].line, 6);
        QCOMPARE(r.documents[1].root.toObject().value(u"b").toInt(), 2);
        QCOMPARE(r.documents[0].index, 0);
        QVERIFY(r.documents[1].rawIndex > r.documents[0].rawIndex);
    }
    void bomAndCrlf()
    {
        const auto r = parseYaml("\xef\xbb\xbf" "kind: Group\r\nmetadata:\r\n  name: x\r\n", QStringLiteral("f.yaml"));
        QVERIFY(r.diagnostics.isEmpty());
        QCOMPARE(r.documents.size(), 1);
        const QJsonObject o = r.documents[0].root.toObject();
        QCOMPARE(o.value(u"kind").toString(), QStringLiteral("Group"));
        QCOMPARE(o.value(u"metadata").toObject().value(u"name").toString(), QStringLiteral("x"));
    }
    void coreSchemaScalars()
    {
        const auto r = parseYaml("a: 3\nb: '3'\nc: true\nd: yes\ne: ~\nf: 1.5\ng: 0x1F\nh: \"true\"\ni: |\n  text\nj: 1e3\nk: .inf\nl: on\n",
                                 QStringLiteral("f.yaml"));
        QVERIFY(r.diagnostics.isEmpty());
        const QJsonObject o = r.documents[0].root.toObject();
        QVERIFY(o.value(u"a").isDouble());
        QVERIFY(o.value(u"b").isString());
        QCOMPARE(o.value(u"c"), QJsonValue(true));
        QCOMPARE(o.value(u"d"), QJsonValue(QStringLiteral("yes"))); // YAML 1.2: not a boolean
        QVERIFY(o.value(u"e").isNull());
        QCOMPARE(o.value(u"f").toDouble(), 1.5);
        QCOMPARE(o.value(u"g").toInt(), 31);
        QVERIFY(o.value(u"h").isString());
        QCOMPARE(o.value(u"i").toString(), QStringLiteral("text\n"));
        QCOMPARE(o.value(u"j").toDouble(), 1000.0);
        // JSON has no infinity: stored as null, as Backstage's JSON.stringify does.
        QVERIFY(o.value(u"k").isNull());
        QCOMPARE(o.value(u"l"), QJsonValue(QStringLiteral("on")));
    }
    void explicitTags()
    {
        const auto r = parseYaml("a: !!str 3\nb: !custom value\n", QStringLiteral("f.yaml"));
        QVERIFY(r.diagnostics.isEmpty());
        QCOMPARE(r.documents[0].root.toObject().value(u"a"), QJsonValue(QStringLiteral("3")));
        QCOMPARE(r.documents[0].root.toObject().value(u"b"), QJsonValue(QStringLiteral("value")));
    }
    void mergeKeyIsAnOrdinaryKey()
    {
        const auto r = parseYaml("base: &b {x: 1}\nderived:\n  <<: *b\n  y: 2\n", QStringLiteral("f.yaml"));
        QVERIFY(r.diagnostics.isEmpty());
        const QJsonObject d = r.documents[0].root.toObject().value(u"derived").toObject();
        QVERIFY(d.contains(u"<<"));
        QVERIFY(!d.contains(u"x"));
    }
    void syntaxErrorIsLocated()
    {
        const auto r = parseYaml("a: 1\nb: [1, 2\nc: 3\n", QStringLiteral("bad.yaml"));
        QCOMPARE(r.diagnostics.size(), 1);
        QCOMPARE(r.diagnostics[0].file, QStringLiteral("bad.yaml"));
        QVERIFY(r.diagnostics[0].line >= 2);
        QVERIFY(r.diagnostics[0].column >= 1);
    }
    void tabsNamed()
    {
        const auto r = parseYaml("a:\n\tb: 1\n", QStringLiteral("t.yaml"));
        QCOMPARE(r.diagnostics.size(), 1);
        QCOMPARE(r.diagnostics[0].line, 2);
        QVERIFY(r.diagnostics[0].message.contains(u"tab"));
    }
    void duplicateKeyIsAnError()
    {
        const auto r = parseYaml("a: 1\nb: 2\na: 3\n", QStringLiteral("d.yaml"));
        QCOMPARE(r.diagnostics.size(), 1);
        QCOMPARE(r.diagnostics[0].line, 3);
        QVERIFY(r.diagnostics[0].message.contains(u"duplicate"));
    }
    void aliasBombIsBoundedInTimeAndMemory()
    {
        QByteArray y = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
        for (int i = 1; i < 12; ++i) {
            y += "a" + QByteArray::number(i) + ": &a" + QByteArray::number(i) + " [";
            for (int j = 0; j < 10; ++j)
                y += (j ? ", *a" : "*a") + QByteArray::number(i - 1);
            y += "]\n";
        }
        QElapsedTimer t;
        t.start();
        const auto r = parseYaml(y, QStringLiteral("bomb.yaml"));
        QVERIFY(t.elapsed() < 2000);
        QCOMPARE(r.diagnostics.size(), 1);
        QVERIFY(r.diagnostics[0].message.contains(u"nodes"));
        QVERIFY(r.documents.isEmpty());
    }
    void deepNestingIsRefused()
    {
        QByteArray y;
        for (int i = 0; i < 5000; ++i)
            y += '[';
        const auto r = parseYaml(y, QStringLiteral("deep.yaml"));
        QCOMPARE(r.diagnostics.size(), 1);
        QVERIFY(r.documents.isEmpty());
    }
    void hugeInputIsRefusedByLimit()
    {
        YamlLimits limits;
        limits.maxFileBytes = 1024;
        const auto r = parseYaml(QByteArray(4096, 'a'), QStringLiteral("big.yaml"), limits);
        QCOMPARE(r.diagnostics.size(), 1);
        QVERIFY(r.diagnostics[0].message.contains(u"1024"));

        limits = YamlLimits{};
        limits.maxScalarBytes = 100;
        const auto r2 = parseYaml("a: " + QByteArray(1000, 'b') + "\n", QStringLiteral("s.yaml"), limits);
        QCOMPARE(r2.diagnostics.size(), 1);
        QVERIFY(r2.diagnostics[0].message.contains(u"100 bytes"));
    }
    void invalidUtf8()
    {
        const auto r = parseYaml("a: \xff\xfe\n", QStringLiteral("x.yaml"));
        QCOMPARE(r.diagnostics.size(), 1);
        QVERIFY(r.diagnostics[0].message.contains(u"UTF-8"));
    }
    void locatorFindsPaths()
    {
        const QByteArray y = "a: 1\n---\nmetadata:\n  name: x\n  tags:\n    - one\n    - two\n";
        YamlLocator loc(y);
        QCOMPARE(loc.locate(1, {QStringLiteral("metadata"), QStringLiteral("tags"), QStringLiteral("1")}), std::make_pair(7, 7));
        QCOMPARE(loc.locate(1, {QStringLiteral("metadata"), QStringLiteral("name")}), std::make_pair(4, 9));
        // A missing leaf falls back to its closest ancestor.
        QCOMPARE(loc.locate(1, {QStringLiteral("metadata"), QStringLiteral("nope")}).first, 4);
        QCOMPARE(loc.locate(5, {}), std::make_pair(0, 0));
    }
};

QTEST_GUILESS_MAIN(TestYamlReader)
#include "tst_yamlreader.moc"
