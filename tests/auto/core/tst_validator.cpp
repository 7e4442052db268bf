// SPDX-License-Identifier: Apache-2.0
#include "validator.h"
#include "yamlreader.h"

#include <QTest>

using namespace atrium;

namespace {
QList<ValidationIssue> check(const QByteArray &yaml)
{
    const auto r = parseYaml(yaml, QStringLiteral("t.yaml"));
    if (!r.diagnostics.isEmpty() || r.documents.size() != 1)
        qFatal("test YAML does not parse");
    return validateEntity(r.documents.first().root);
}

QString errors(const QList<ValidationIssue> &issues)
{
    QStringList l;
    for (const auto &i : issues)
        if (i.severity == Severity::Error)
            l << i.path.join(u'.') + QStringLiteral(": ") + i.message;
    return l.join(u'\n');
}

const QByteArray kComponent = "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: svc\nspec:\n  type: service\n  lifecycle: production\n  owner: team-a\n";
} // namespace

class TestValidator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("simple") << "order-service" << true;
        QTest::newRow("mixed separators") << "a_b.c-d" << true;
        QTest::newRow("runs of separators (regex allows)") << "a--b" << true;
        QTest::newRow("upper case") << "OrderService" << true;
        QTest::newRow("one char") << "a" << true;
        QTest::newRow("63 chars") << QString(63, u'a') << true;
        QTest::newRow("64 chars") << QString(64, u'a') << false;
        QTest::newRow("leading dash") << "-a" << false;
        QTest::newRow("trailing dot") << "a." << false;
        QTest::newRow("space") << "a b" << false;
        QTest::newRow("slash") << "a/b" << false;
        QTest::newRow("empty") << "" << false;
    }
    void names()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(rules::isValidEntityName(name), valid);
    }
    void otherRules()
    {
        QVERIFY(rules::isValidNamespace(u"default"));
        QVERIFY(rules::isValidNamespace(u"a--b"));
        QVERIFY(!rules::isValidNamespace(u"Default"));
        QVERIFY(!rules::isValidNamespace(u"a_b"));
        QVERIFY(rules::isValidTag(u"java"));
        QVERIFY(rules::isValidTag(u"c++"));
        QVERIFY(rules::isValidTag(u"c#"));
        QVERIFY(rules::isValidTag(u"tier:1"));
        QVERIFY(rules::isValidTag(u"spring-boot"));
        QVERIFY(!rules::isValidTag(u"Java"));
        QVERIFY(!rules::isValidTag(u"a--b"));
        QVERIFY(!rules::isValidTag(u"-a"));
        QVERIFY(!rules::isValidTag(QString(64, u'a')));
        QVERIFY(rules::isValidLabelOrAnnotationKey(u"backstage.io/techdocs-ref"));
        QVERIFY(rules::isValidLabelOrAnnotationKey(u"simple"));
        QVERIFY(!rules::isValidLabelOrAnnotationKey(u"a/b/c"));
        QVERIFY(!rules::isValidLabelOrAnnotationKey(u"Bad_Prefix/x"));
        QVERIFY(rules::isValidLabelValue(u""));
        QVERIFY(!rules::isValidLabelValue(u"has space"));
        QVERIFY(rules::isValidApiVersion(u"backstage.io/v1alpha1"));
        QVERIFY(rules::isValidApiVersion(u"v1"));
        QVERIFY(!rules::isValidApiVersion(u"a/b/c"));
        QVERIFY(!rules::isValidApiVersion(u"backstage.io/v1-alpha"));
        QVERIFY(rules::isValidKind(u"Component"));
        QVERIFY(!rules::isValidKind(u"1Kind"));
        QVERIFY(!rules::isValidKind(u"My-Kind"));
        QVERIFY(rules::isAbsoluteUrl(u"https://example.com/x"));
        QVERIFY(!rules::isAbsoluteUrl(u"example.com/x"));
    }
    void validComponentHasNoIssues()
    {
        QCOMPARE(check(kComponent).size(), 0);
    }
    void requiredSpecFieldsPerKind_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("missing");
        QTest::newRow("API needs definition") << QByteArray("apiVersion: backstage.io/v1alpha1\nkind: API\nmetadata: {name: a}\nspec: {type: openapi, lifecycle: x, owner: t}\n") << "definition";
        QTest::newRow("Component needs owner") << QByteArray("apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata: {name: a}\nspec: {type: service, lifecycle: x}\n") << "owner";
        QTest::newRow("Resource needs type") << QByteArray("apiVersion: backstage.io/v1alpha1\nkind: Resource\nmetadata: {name: a}\nspec: {owner: t}\n") << "type";
        QTest::newRow("System needs owner") << QByteArray("apiVersion: backstage.io/v1alpha1\nkind: System\nmetadata: {name: a}\nspec: {}\n") << "owner";
        QTest::newRow("Domain needs owner") << QByteArray("apiVersion: backstage.io/v1beta1\nkind: Domain\nmetadata: {name: a}\nspec: {type: x}\n") << "owner";
        QTest::newRow("Group needs children") << QByteArray("apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata: {name: a}\nspec: {type: team}\n") << "children";
        QTest::newRow("User needs memberOf") << QByteArray("apiVersion: backstage.io/v1alpha1\nkind: User\nmetadata: {name: a}\nspec: {}\n") << "memberOf";
        QTest::newRow("Template needs steps") << QByteArray("apiVersion: scaffolder.backstage.io/v1beta3\nkind: Template\nmetadata: {name: a}\nspec: {type: service}\n") << "steps";
        QTest::newRow("mcp-server API needs remotes") << QByteArray("apiVersion: backstage.io/v1alpha1\nkind: API\nmetadata: {name: a}\nspec: {type: mcp-server, lifecycle: x, owner: t}\n") << "remotes";
        QTest::newRow("kind needs spec") << QByteArray("apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata: {name: a}\n") << "spec";
    }
    void requiredSpecFieldsPerKind()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, missing);
        const QString e = errors(check(yaml));
        QVERIFY2(e.contains(missing), qPrintable(e));
    }
    void emptyListsAreFine()
    {
        QCOMPARE(errors(check("apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata: {name: a}\nspec: {type: team, children: []}\n")), QString());
        QCOMPARE(errors(check("apiVersion: backstage.io/v1alpha1\nkind: User\nmetadata: {name: a}\nspec: {memberOf: []}\n")), QString());
        QCOMPARE(errors(check("apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata: {name: a}\nspec: {targets: [./a.yaml]}\n")), QString());
    }
    void specStringsMustBeNonEmpty()
    {
        const QString e = errors(check("apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata: {name: a}\nspec: {type: '', lifecycle: x, owner: 3}\n"));
        QVERIFY2(e.contains(u"spec.type: \"type\" must not be empty"), qPrintable(e));
        QVERIFY2(e.contains(u"spec.owner: \"owner\" must be a string"), qPrintable(e));
    }
    void dependsOnMustNameKind()
    {
        const auto issues = check(kComponent + "  dependsOn: [payment-service, resource:db]\n");
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues[0].path, (QStringList{QStringLiteral("spec"), QStringLiteral("dependsOn"), QStringLiteral("0")}));
    }
    void annotationValuesMustBeStrings()
    {
        const auto issues = check("apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: a\n  annotations:\n    a.io/n: 3\n    a.io/b: true\n    a.io/s: '3'\nspec: {type: s, lifecycle: l, owner: o}\n");
        QCOMPARE(issues.size(), 2);
        QVERIFY(issues[0].message.contains(u"string"));
    }
    void unknownRootFieldAndServerFields()
    {
        const QString e = errors(check(kComponent + "status: {}\nrelations: []\n"));
        QVERIFY(e.contains(u"Unknown field \"status\""));
        QVERIFY(e.contains(u"Unknown field \"relations\""));
    }
    void unknownKindIsAWarningOnly()
    {
        const auto issues = check("apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\nspec: {x: 1}\n");
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues[0].severity, Severity::Warning);
    }
    void wrongApiVersionForKind()
    {
        QVERIFY(errors(check("apiVersion: backstage.io/v1alpha1\nkind: Template\nmetadata: {name: a}\nspec: {type: s, steps: []}\n")).contains(u"scaffolder.backstage.io/v1beta3"));
        QVERIFY(errors(check("apiVersion: backstage.io/v1beta1\nkind: AiResource\nmetadata: {name: a}\nspec: {type: s, lifecycle: l, owner: o}\n")).contains(u"v1alpha1"));
    }
    void metadataRules()
    {
        const QString e = errors(check("apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: ok\n  title: ''\n  tags: [Good]\n  labels: {a: 'x y'}\n  links: [{url: 'https://x.io', title: ' '}, {title: t}]\nspec: {type: s, lifecycle: l, owner: o}\n"));
        QVERIFY(e.contains(u"metadata.title"));
        QVERIFY(e.contains(u"tag \"Good\""));
        QVERIFY(e.contains(u"label \"a\""));
        QVERIFY(e.contains(u"metadata.links.0.title"));
        QVERIFY(e.contains(u"link 1 is missing a \"url\""));
    }
    void remotePlaceholderAcceptedForDefinition()
    {
        QCOMPARE(errors(check("apiVersion: backstage.io/v1alpha1\nkind: API\nmetadata: {name: a}\nspec: {type: openapi, lifecycle: x, owner: t, definition: {$text: 'https://x.io/a.yaml'}}\n")), QString());
    }
    void notAMap()
    {
        QCOMPARE(check("[1, 2]\n").size(), 1);
        QCOMPARE(check("just text\n").size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
