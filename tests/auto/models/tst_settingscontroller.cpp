// SPDX-License-Identifier: Apache-2.0
// The Settings page's controller: the form and the YAML follow each other,
// problems are located (line and field), and what is saved is a Backstage
// app-config that SyncConfig reads back as the form showed it.
#include "settingscontroller.h"
#include "syncconfig.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace atrium;

namespace {

SyncConfig parse(const QString &yaml, Diagnostics *problems = nullptr)
{
    Diagnostics local;
    return SyncConfig::parse(yaml.toUtf8(), QStringLiteral("config.yaml"), problems ? problems : &local);
}

/** The 1-based line of the first line of @p yaml containing @p text. */
int lineOf(const QString &yaml, const QString &text)
{
    const QStringList lines = yaml.split(u'\n');
    for (int i = 0; i < lines.size(); ++i)
        if (lines.at(i).contains(text))
            return i + 1;
    return 0;
}

const char *kBackstageConfig = R"(app:
  title: ACME portal
integrations:
  github:
    - host: github.com
      token: ${GITHUB_TOKEN}
    - host: ghe.acme.test
      apiBaseUrl: https://ghe.acme.test/api/v3
catalog:
  providers:
    github:
      # Ours
      acme:
        organization: acme
        catalogPath: /catalog-info.yaml
        filters:
          repository: '^service-'
          topic:
            include: [backstage]
            exclude: [experimental]
        schedule:
          frequency: {minutes: 15}
          timeout: {minutes: 3}
      zeta:
        organization: zeta
        host: ghe.acme.test
  locations:
    - type: url
      target: https://github.com/acme/catalog/blob/main/all.yaml
    - type: file
      target: ./local
)";

} // namespace

class TestSettingsController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name = QStringLiteral("sub/dir/config.yaml")) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void cleanup()
    {
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
    }

    void defaultsThenSaveCreatesTheFolder()
    {
        SettingsController s(path());
        QAbstractItemModelTester tester(s.problems(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!s.exists());
        QVERIFY(s.dirty());
        QVERIFY(s.githubEnabled());
        QCOMPARE(s.host(), QStringLiteral("github.com"));
        QCOMPARE(s.catalogPath(), QStringLiteral("/catalog-info.yaml"));
        QCOMPARE(s.scheduleMinutes(), 30);
        // The organisation is all that is missing, and the form says so.
        QCOMPARE(s.errorCount(), 1);
        QVERIFY(s.fieldErrors().contains(QStringLiteral("organization")));
        QVERIFY(!s.save());
        QVERIFY(!s.saveError().isEmpty());
        QVERIFY(!QFile::exists(path()));

        s.setOrganization(QStringLiteral("acme"));
        QVERIFY(s.valid());
        QVERIFY(s.fieldErrors().isEmpty());
        QSignalSpy saved(&s, &SettingsController::saved);
        QVERIFY2(s.save(), qPrintable(s.saveError()));
        QCOMPARE(saved.count(), 1);
        QVERIFY(s.exists());
        QVERIFY(!s.dirty());

        Diagnostics problems;
        const SyncConfig c = SyncConfig::load(path(), &problems);
        QCOMPARE(countErrors(problems), 0);
        QCOMPARE(c.providers.size(), 1);
        QCOMPARE(c.providers[0].organization, QStringLiteral("acme"));
        QCOMPARE(c.providers[0].host, QStringLiteral("github.com"));
        QCOMPARE(c.providers[0].frequencySeconds, 1800);
        QCOMPARE(c.integrations.size(), 1);
        // Backstage's shape.
        const QString text = s.yamlText();
        QVERIFY(text.contains(u"integrations:\n  github:\n    - host: github.com\n"));
        QVERIFY(text.contains(u"catalog:\n  providers:\n    github:\n      default:\n        organization: acme\n"));
        QVERIFY(text.contains(u"        schedule:\n          frequency:\n            minutes: 30\n          timeout:\n"));
    }

    void formEditsBecomeBackstageConfig()
    {
        SettingsController s(path());
        s.setOrganization(QStringLiteral("acme"));
        s.setHost(QStringLiteral("ghe.acme.test"));
        s.setApiBaseUrl(QStringLiteral("https://ghe.acme.test/api/v3"));
        s.setCatalogPath(QStringLiteral("/.backstage/catalog-info.yaml"));
        s.setRepositoryFilter(QStringLiteral("^(service|lib)-[a-z]+$"));
        s.setTopicsInclude(QStringLiteral("backstage, catalog"));
        s.setTopicsExclude(QStringLiteral("experimental"));
        s.setVisibilityEnabled(QStringLiteral("private"), true);
        s.setVisibilityEnabled(QStringLiteral("public"), true);
        s.setAllowArchived(true);
        s.setScheduleMinutes(15);
        QVERIFY2(s.valid(), qPrintable(s.yamlText()));

        const SyncConfig c = parse(s.yamlText());
        QCOMPARE(c.providers.size(), 1);
        const GitHubProvider &p = c.providers[0];
        QCOMPARE(p.host, QStringLiteral("ghe.acme.test"));
        QCOMPARE(p.catalogPath, QStringLiteral("/.backstage/catalog-info.yaml"));
        QCOMPARE(p.repositoryPattern, QStringLiteral("^(service|lib)-[a-z]+$"));
        QCOMPARE(p.topicsInclude, (QStringList{QStringLiteral("backstage"), QStringLiteral("catalog")}));
        QCOMPARE(p.topicsExclude, QStringList{QStringLiteral("experimental")});
        QCOMPARE(p.visibility, (QStringList{QStringLiteral("public"), QStringLiteral("private")}));
        QVERIFY(p.allowArchived);
        QCOMPARE(p.frequencySeconds, 15 * 60);
        // The integration followed the host; there is one, not two.
        QCOMPARE(c.integrations.size(), 1);
        QCOMPARE(c.integrations[0].host, QStringLiteral("ghe.acme.test"));
        QCOMPARE(c.integrationFor(QStringLiteral("ghe.acme.test")).apiBaseUrl, QUrl(QStringLiteral("https://ghe.acme.test/api/v3")));

        // Clearing filters leaves no empty maps behind.
        s.setRepositoryFilter({});
        s.setTopicsInclude({});
        s.setTopicsExclude({});
        s.setVisibilityEnabled(QStringLiteral("private"), false);
        s.setVisibilityEnabled(QStringLiteral("public"), false);
        s.setAllowArchived(false);
        QVERIFY(!s.yamlText().contains(u"filters"));
        s.setHost(QStringLiteral("github.com"));
        QVERIFY(!s.yamlText().contains(u"        host:")); // the provider's default host is not written

        // GitHub off: no provider; on again: the form's values come back.
        s.setGithubEnabled(false);
        QVERIFY(parse(s.yamlText()).providers.isEmpty());
        s.setGithubEnabled(true);
        QCOMPARE(parse(s.yamlText()).providers.value(0).organization, QStringLiteral("acme"));
    }

    void pastedBackstageConfigRoundTrips()
    {
        QDir().mkpath(QFileInfo(path()).absolutePath());
        QDir().mkpath(QFileInfo(path()).absoluteDir().filePath(QStringLiteral("local")));
        QFile f(path());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kBackstageConfig);
        f.close();

        SettingsController s(path());
        QVERIFY(s.exists());
        QVERIFY(!s.dirty());
        QCOMPARE(s.yamlText(), QString::fromUtf8(kBackstageConfig)); // as written, comments included
        QCOMPARE(s.organization(), QStringLiteral("acme"));
        QCOMPARE(s.repositoryFilter(), QStringLiteral("^service-"));
        QCOMPARE(s.topicsInclude(), QStringLiteral("backstage"));
        QCOMPARE(s.topicsExclude(), QStringLiteral("experimental"));
        QCOMPARE(s.scheduleMinutes(), 15);
        QCOMPARE(s.otherProviders(), 1);
        QCOMPARE(s.localFolders(), QStringList{QStringLiteral("./local")});
        // The token key is warned about, at its line.
        QCOMPARE(s.errorCount(), 0);
        QVERIFY(s.warningCount() >= 1);
        QVERIFY(s.warningLines().contains(lineOf(s.yamlText(), QStringLiteral("token:"))));

        // A form edit touches its own key only.
        s.setScheduleMinutes(60);
        QVERIFY(s.dirty());
        const QString text = s.yamlText();
        QVERIFY(text.contains(u"title: ACME portal"));
        QVERIFY(text.contains(u"type: url"));
        QVERIFY(text.contains(u"timeout:\n            minutes: 3"));
        const SyncConfig c = parse(text);
        QCOMPARE(c.providers.size(), 2);
        QCOMPARE(c.providers[0].frequencySeconds, 3600);
        QCOMPARE(c.providers[0].repositoryPattern, QStringLiteral("^service-"));
        QCOMPARE(c.providers[1].organization, QStringLiteral("zeta"));
        QCOMPARE(c.integrations.size(), 2);
        QCOMPARE(c.localPaths, QStringList{QStringLiteral("./local")});

        QVERIFY(s.save());
        SettingsController again(path());
        QCOMPARE(again.yamlText(), text);
        QCOMPARE(again.scheduleMinutes(), 60);
        QCOMPARE(again.organization(), QStringLiteral("acme"));
    }

    void yamlEditsUpdateTheForm()
    {
        SettingsController s(path());
        QSignalSpy form(&s, &SettingsController::formChanged);
        s.setYamlText(QStringLiteral("catalog:\n  providers:\n    github:\n      beta:\n        organization: beta\n"
                                     "        filters:\n          visibility: [internal]\n"));
        QVERIFY(form.count() > 0);
        QCOMPARE(s.organization(), QStringLiteral("beta"));
        QCOMPARE(s.visibility(), QStringList{QStringLiteral("internal")});
        QVERIFY(s.valid());
        // A half-typed line: the form stays, the problem is located.
        s.setYamlText(QStringLiteral("catalog:\n  providers:\n    github:\n      beta:\n        organization: [beta\n"));
        QVERIFY(!s.yamlReadable());
        QCOMPARE(s.organization(), QStringLiteral("beta"));
        QVERIFY(s.errorCount() >= 1);
        QVERIFY(!s.otherProblems().isEmpty());
        QVERIFY(!s.errorLines().isEmpty());
        QVERIFY(!s.save());
    }

    void problemsAreLocatedAtTheirField()
    {
        SettingsController s(path());
        QAbstractItemModelTester tester(s.problems(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        s.setOrganization(QStringLiteral("acme"));
        s.setRepositoryFilter(QStringLiteral("(unclosed"));
        QVERIFY(!s.valid());
        QVERIFY(s.fieldErrors().value(QStringLiteral("repositoryFilter")).toString().contains(u"regular expression"));
        const int line = lineOf(s.yamlText(), QStringLiteral("repository:"));
        QVERIFY(line > 0);
        QVERIFY(s.errorLines().contains(line));
        bool located = false;
        for (int r = 0; r < s.problems()->rowCount(); ++r) {
            const QModelIndex i = s.problems()->index(r);
            located |= i.data(ProblemsModel::LineRole).toInt() == line
                && i.data(ProblemsModel::LocationRole).toString().startsWith(QStringLiteral("config.yaml:%1:").arg(line));
        }
        QVERIFY(located);

        s.setRepositoryFilter({});
        s.setApiBaseUrl(QStringLiteral("http://ghe.example.com/api/v3"));
        QVERIFY(s.fieldErrors().contains(QStringLiteral("apiBaseUrl")));
        s.setApiBaseUrl(QStringLiteral("http://127.0.0.1:8080/api/v3")); // a local test server may be plain http
        QVERIFY(s.valid());
        s.setHost(QStringLiteral("https://github.com"));
        QVERIFY(s.fieldErrors().contains(QStringLiteral("host")));
        s.setHost(QStringLiteral("github.com"));
        s.setOrganization(QStringLiteral("https://github.com/acme"));
        QVERIFY(s.fieldErrors().contains(QStringLiteral("organization")));
        s.setOrganization(QStringLiteral("acme"));
        s.setCatalogPath(QStringLiteral("/**/catalog-info.yaml"));
        QVERIFY(s.fieldErrors().contains(QStringLiteral("catalogPath")));
        s.setCatalogPath(QStringLiteral("/catalog-info.yaml"));
        QVERIFY(s.valid());

        // An error in the YAML the form does not show is still located.
        s.setYamlText(s.yamlText() + QStringLiteral("  locations:\n    - type: file\n"));
        QVERIFY(!s.valid());
        QVERIFY(s.fieldErrors().contains(QStringLiteral("folder.0")) || !s.otherProblems().isEmpty());
    }

    void localFolders()
    {
        SettingsController s(path());
        s.setGithubEnabled(false);
        QVERIFY(s.valid());
        QVERIFY(s.addLocalFolder(QUrl::fromLocalFile(m_dir.path()).toString())); // from a folder dialog
        QVERIFY(!s.addLocalFolder(m_dir.path()));                                // once only
        QVERIFY(s.addLocalFolder(m_dir.filePath(QStringLiteral("missing"))));
        QCOMPARE(s.localFolders().size(), 2);
        QVERIFY(s.valid()); // a missing folder is a warning
        QVERIFY(s.fieldWarnings().contains(QStringLiteral("folder.1")));
        QVERIFY(!s.fieldWarnings().contains(QStringLiteral("folder.0")));
        const SyncConfig c = parse(s.yamlText());
        QCOMPARE(c.localPaths, (QStringList{QDir::cleanPath(m_dir.path()), m_dir.filePath(QStringLiteral("missing"))}));
        s.removeLocalFolder(1);
        QCOMPARE(s.localFolders().size(), 1);
        QVERIFY(s.fieldWarnings().isEmpty());
        QVERIFY(s.save());
    }

    void resetAndRevert()
    {
        SettingsController s(path());
        s.setOrganization(QStringLiteral("acme"));
        QVERIFY(s.save());
        s.setOrganization(QStringLiteral("other"));
        QVERIFY(s.dirty());
        s.revert();
        QCOMPARE(s.organization(), QStringLiteral("acme"));
        QVERIFY(!s.dirty());
        s.reset();
        QCOMPARE(s.organization(), QString());
        QCOMPARE(s.scheduleMinutes(), 30);
        QVERIFY(s.dirty());
        QVERIFY(QFile::exists(path())); // not saved until asked
    }

    void awkwardStringsSurviveTheYaml()
    {
        SettingsController s(path());
        const QStringList values{QStringLiteral("true"), QStringLiteral("123"), QStringLiteral("a: b"),
                                 QStringLiteral("#hash"), QStringLiteral("[x]"), QStringLiteral("it's \"quoted\""),
                                 QStringLiteral("back\\slash"), QStringLiteral("null"), QStringLiteral("~")};
        for (const QString &v : values) {
            s.setOrganization(QStringLiteral("acme"));
            s.setCatalogPath(QStringLiteral("/") + v);
            s.setRepositoryFilter(QRegularExpression::escape(v));
            const SyncConfig c = parse(s.yamlText());
            QCOMPARE(c.providers.value(0).catalogPath, QStringLiteral("/") + v);
            QCOMPARE(c.providers.value(0).repositoryPattern, QRegularExpression::escape(v));
        }
        QCOMPARE(s.offsetOf(1, 1), 0);
        QCOMPARE(s.offsetOf(2, 3), int(s.yamlText().indexOf(u'\n')) + 3);
    }
};

QTEST_GUILESS_MAIN(TestSettingsController)
#include "tst_settingscontroller.moc"
