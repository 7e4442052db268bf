// SPDX-License-Identifier: Apache-2.0
#include "syncconfig.h"

#include <QTest>

using namespace atrium;

class TestSyncConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void backstageShapeIsAccepted()
    {
        // Pasted from a Backstage app-config, as a platform team would.
        const QByteArray yaml = R"(
integrations:
  github:
    - host: github.com
    - host: ghe.example.com
      apiBaseUrl: https://ghe.example.com/api/v3
catalog:
  providers:
    github:
      acme:
        organization: acme-commerce
        catalogPath: /catalog-info.yaml
        filters:
          repository: '.*-service'
          branch: main
          topic:
            include: [backstage]
            exclude: [experimental]
          visibility: [private, internal]
        schedule:
          frequency: { minutes: 30 }
          timeout: PT3M
      internal:
        organization: platform
        host: ghe.example.com
  locations:
    - type: file
      target: ./local-catalog
)";
        Diagnostics problems;
        const SyncConfig c = SyncConfig::parse(yaml, QStringLiteral("config.yaml"), &problems);
        QCOMPARE(problems, Diagnostics{});
        QCOMPARE(c.integrations.size(), 2);
        QCOMPARE(c.integrationFor(QStringLiteral("ghe.example.com")).apiBaseUrl, QUrl(QStringLiteral("https://ghe.example.com/api/v3")));
        QCOMPARE(c.integrationFor(QStringLiteral("other.example")).host, QStringLiteral("other.example"));
        QCOMPARE(c.providers.size(), 2);
        const GitHubProvider &p = c.providers[0].id == u"acme" ? c.providers[0] : c.providers[1];
        QCOMPARE(p.organization, QStringLiteral("acme-commerce"));
        QCOMPARE(p.branch, QStringLiteral("main"));
        QCOMPARE(p.topicsInclude, QStringList{QStringLiteral("backstage")});
        QCOMPARE(p.frequencySeconds, 1800);
        QCOMPARE(p.timeoutSeconds, 180);
        QCOMPARE(c.localPaths, QStringList{QStringLiteral("./local-catalog")});
    }
    void singleProviderObjectOfOlderConfigs()
    {
        Diagnostics problems;
        const SyncConfig c = SyncConfig::parse("catalog:\n  providers:\n    github:\n      organization: acme\n", QStringLiteral("c.yaml"), &problems);
        QCOMPARE(c.providers.size(), 1);
        QCOMPARE(c.providers[0].organization, QStringLiteral("acme"));
        QCOMPARE(c.providers[0].catalogPath, QStringLiteral("/catalog-info.yaml"));
        QVERIFY(!c.providers[0].allowArchived);
    }
    void problemsAreLocated()
    {
        const QByteArray yaml = "integrations:\n  github:\n    - host: ghe.example.com\n      apiBaseUrl: http://ghe.example.com/api/v3\n      token: ghp_secret\n"
                                "catalog:\n  providers:\n    github:\n      acme:\n        filters:\n          repository: '(unclosed'\n"
                                "          visibility: [secret]\n        schedule:\n          frequency: {fortnights: 2}\n";
        Diagnostics problems;
        SyncConfig::parse(yaml, QStringLiteral("c.yaml"), &problems);
        QStringList lines;
        for (const auto &d : problems)
            lines << d.toString();
        const QString all = lines.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("c.yaml:4:19: error: apiBaseUrl must be an https URL")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("c.yaml:5:14: warning: tokens are not read from the configuration file")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("needs an organization")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("c.yaml:11:23: error: filters.repository is not a valid regular expression")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("visibility \"secret\"")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("unknown duration part \"fortnights\"")), qPrintable(all));
        // The token's value is never repeated back.
        QVERIFY(!all.contains(QStringLiteral("ghp_secret")));
    }
    void filters()
    {
        GitHubProvider p;
        p.repositoryPattern = QStringLiteral("svc-.*");
        p.topicsInclude = {QStringLiteral("backstage")};
        p.topicsExclude = {QStringLiteral("legacy")};
        QVERIFY(p.matches(QStringLiteral("svc-a"), {QStringLiteral("backstage")}, QStringLiteral("private"), false));
        QVERIFY(!p.matches(QStringLiteral("my-svc-a"), {QStringLiteral("backstage")}, QStringLiteral("private"), false)); // anchored
        QVERIFY(!p.matches(QStringLiteral("svc-a"), {}, QStringLiteral("private"), false));
        QVERIFY(!p.matches(QStringLiteral("svc-a"), {QStringLiteral("backstage"), QStringLiteral("legacy")}, QStringLiteral("private"), false)); // exclude wins
        QVERIFY(!p.matches(QStringLiteral("svc-a"), {QStringLiteral("backstage")}, QStringLiteral("private"), true)); // archived
        p.allowArchived = true;
        p.visibility = {QStringLiteral("public")};
        QVERIFY(!p.matches(QStringLiteral("svc-a"), {QStringLiteral("backstage")}, QStringLiteral("private"), true));
        QVERIFY(p.matches(QStringLiteral("svc-a"), {QStringLiteral("backstage")}, QStringLiteral("public"), true));
    }
};

QTEST_GUILESS_MAIN(TestSyncConfig)
#include "tst_syncconfig.moc"
