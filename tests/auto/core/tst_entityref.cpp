// SPDX-License-Identifier: Apache-2.0
#include "entityref.h"

#include <QTest>

using namespace atrium;

class TestEntityRef : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("defaultKind");
        QTest::addColumn<QString>("defaultNs");
        QTest::addColumn<QString>("expected"); // empty: must fail
        QTest::newRow("full") << "Component:Default/Order-Service" << "" << "default" << "component:default/order-service";
        QTest::newRow("default kind") << "team-a" << "group" << "default" << "group:default/team-a";
        QTest::newRow("entity namespace") << "team-a" << "group" << "development" << "group:development/team-a";
        QTest::newRow("namespace given") << "backstage/maintainers" << "group" << "default" << "group:backstage/maintainers";
        QTest::newRow("kind wins over default") << "user:guest" << "group" << "default" << "user:default/guest";
        QTest::newRow("slash before colon: no kind") << "ns/na:me" << "component" << "default" << "component:ns/na:me";
        QTest::newRow("no kind, none by default") << "payment-service" << "" << "default" << "";
        QTest::newRow("empty kind") << ":x" << "group" << "default" << "";
        QTest::newRow("empty namespace") << "a:/x" << "" << "default" << "";
        QTest::newRow("empty name") << "a:b/" << "" << "default" << "";
        QTest::newRow("empty") << "  " << "group" << "default" << "";
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, defaultKind);
        QFETCH(QString, defaultNs);
        QFETCH(QString, expected);
        QString error;
        const auto ref = EntityRef::parse(text, defaultKind, defaultNs, &error);
        if (expected.isEmpty()) {
            QVERIFY(!ref);
            QVERIFY(!error.isEmpty());
        } else {
            QVERIFY2(ref, qPrintable(error));
            QCOMPARE(ref->toString(), expected);
        }
    }
    void caseInsensitiveIdentity()
    {
        QCOMPARE(*EntityRef::parse(u"API:Default/Order-API"), *EntityRef::parse(u"api:default/order-api"));
        QVERIFY(!(*EntityRef::parse(u"api:default/a") == *EntityRef::parse(u"api:default/b")));
    }
    void nameKeepsCaseForDisplay()
    {
        const auto r = EntityRef::parse(u"Order-Service", u"component");
        QCOMPARE(r->name, QStringLiteral("Order-Service"));
        QCOMPARE(r->humanString(u"component"), QStringLiteral("Order-Service"));
        QCOMPARE(EntityRef::parse(u"group:ops/sre")->humanString(u"component"), QStringLiteral("group:ops/sre"));
    }
};

QTEST_GUILESS_MAIN(TestEntityRef)
#include "tst_entityref.moc"
