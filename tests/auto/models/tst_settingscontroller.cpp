// SPDX-License-Identifier: Apache-2.0
// The Settings page's controller: the form and the YAML follow each other,
// problems are located (line and field), and what is saved is a Backstage
// app-config that SyncConfig reads back as the form showed it.
#include "settingscontroller.h"
#include "insightsconfig.h"
#include "scaffolderconfig.h"
#include "syncconfig.h"
#include "toastmodel.h"

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

/** The problem (row of the problems model) on @p line, as "config.yaml:LINE:COL". */
bool problemAt(ProblemsModel *problems, int line, const QString &severity)
{
    for (int r = 0; r < problems->rowCount(); ++r) {
        const QModelIndex i = problems->index(r);
        if (i.data(ProblemsModel::LineRole).toInt() == line
            && i.data(ProblemsModel::LocationRole).toString().startsWith(QStringLiteral("config.yaml:%1:").arg(line))
            && i.data(ProblemsModel::SeverityRole).toString() == severity)
            return true;
    }
    return false;
}

/** A config whose GitHub part is complete, so that only the section under
 *  test has problems. */
void validGitHub(SettingsController &s)
{
    s.setOrganization(QStringLiteral("acme"));
}

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
                                 QStringLiteral("back\\slash"), QStringLiteral("null"), QStringLiteral("~"),
                                 QStringLiteral("${VAR}"), QStringLiteral("{a}"), QStringLiteral("*x"), QStringLiteral("a=b{c}*"),
                                 QStringLiteral("$"), QStringLiteral("x #y")};
        for (const QString &v : values) {
            s.setOrganization(QStringLiteral("acme"));
            s.setCatalogPath(QStringLiteral("/") + v);
            s.setRepositoryFilter(QRegularExpression::escape(v));
            const SyncConfig c = parse(s.yamlText());
            QCOMPARE(c.providers.value(0).catalogPath, QStringLiteral("/") + v);
            QCOMPARE(c.providers.value(0).repositoryPattern, QRegularExpression::escape(v));
            // At the start of a value too (an Argo CD token reference, say).
            s.setInsightsField(QStringLiteral("costKey"), v);
            QCOMPARE(InsightsConfig::parse(s.yamlText().toUtf8(), QStringLiteral("config.yaml"), nullptr).costKey, v);
        }
        QVERIFY(s.yamlText().contains(u"key: \"x #y\"")); // a comment otherwise
        QCOMPARE(s.offsetOf(1, 1), 0);
        QCOMPARE(s.offsetOf(2, 3), int(s.yamlText().indexOf(u'\n')) + 3);
    }

    void githubIntegrationCaBundleAndTimeout()
    {
        SettingsController s(path());
        validGitHub(s);
        const QString pem = m_dir.filePath(QStringLiteral("corp-ca.pem"));
        s.setCaBundle(pem);
        // A file that is not there: warned at the field (not an error: it may come later).
        QVERIFY(s.valid());
        QVERIFY(s.fieldWarnings().value(QStringLiteral("caBundle")).toString().contains(QDir::toNativeSeparators(pem)));
        QVERIFY(problemAt(s.problems(), lineOf(s.yamlText(), QStringLiteral("caBundle:")), QStringLiteral("warning")));
        QFile f(pem);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("-----BEGIN CERTIFICATE-----\n");
        f.close();
        s.setScheduleTimeoutMinutes(25); // checked again: the file is there now
        QVERIFY(!s.fieldWarnings().contains(QStringLiteral("caBundle")));
        s.setHost(QStringLiteral("ghe.acme.test")); // the integration keeps its caBundle
        s.setCaBundle({});
        s.setCaBundle(QUrl::fromLocalFile(pem).toString()); // from a file dialog: the path
        QCOMPARE(s.caBundle(), pem);
        const SyncConfig c = parse(s.yamlText());
        QCOMPARE(c.integrations.size(), 1);
        QCOMPARE(c.integrationFor(QStringLiteral("ghe.acme.test")).caBundle, pem);
        QCOMPARE(c.providers.value(0).timeoutSeconds, 25 * 60);
        QCOMPARE(c.providers.value(0).frequencySeconds, 30 * 60);
        // Read back into the form from the text.
        SettingsController again(path(QStringLiteral("other.yaml")));
        again.setYamlText(s.yamlText());
        QCOMPARE(again.caBundle(), pem);
        QCOMPARE(again.scheduleTimeoutMinutes(), 25);
        s.setCaBundle({});
        QVERIFY(!s.yamlText().contains(u"caBundle"));
    }

    void backstageBackendsRoundTrip()
    {
        SettingsController s(path());
        validGitHub(s);
        QVERIFY(s.addBackstageBackend(QStringLiteral("corp"), QStringLiteral("https://backstage.corp.example")));
        // Refused: a taken name (any case), a URL that is not https, no URL, a name the parser would not take.
        QVERIFY(!s.addBackstageBackend(QStringLiteral("CORP"), QStringLiteral("https://other.example")));
        QVERIFY(!s.addBackstageBackend(QStringLiteral("other"), QStringLiteral("http://backstage.other.example")));
        QVERIFY(!s.addBackstageBackend(QStringLiteral("other"), QStringLiteral("ftp://backstage.other.example")));
        QVERIFY(!s.addBackstageBackend(QStringLiteral("other"), QStringLiteral("backstage.other.example")));
        QVERIFY(!s.addBackstageBackend(QStringLiteral("other"), QString()));
        QVERIFY(!s.addBackstageBackend(QStringLiteral("two words"), QStringLiteral("https://b.example")));
        // No name: the host is its name, and that one is taken then.
        QVERIFY(s.addBackstageBackend(QString(), QStringLiteral("https://b.example")));
        QVERIFY(!s.addBackstageBackend(QStringLiteral("b.example"), QStringLiteral("https://c.example")));
        QVERIFY(s.addBackstageBackend(QStringLiteral("local"), QStringLiteral("http://localhost:7007"))); // http to this machine
        QCOMPARE(s.backstageCount(), 3);
        QVERIFY(s.dirty());
        QVERIFY(!QFile::exists(path())); // unsaved until save()

        s.setBackstageField(0, QStringLiteral("filter"), QStringLiteral("kind=component,spec.type=service; kind=template"));
        s.setBackstageField(0, QStringLiteral("docs"), false);
        QVERIFY2(s.valid(), qPrintable(s.yamlText()));
        const SyncConfig c = parse(s.yamlText());
        QCOMPARE(c.backstage.size(), 3);
        QCOMPARE(c.backstage[0].sourceId(), QStringLiteral("backstage:corp"));
        QCOMPARE(c.backstage[0].baseUrl, QUrl(QStringLiteral("https://backstage.corp.example")));
        // A comma stays inside one filter (both conditions); ";" separates them.
        QCOMPARE(c.backstage[0].filters, (QStringList{QStringLiteral("kind=component,spec.type=service"), QStringLiteral("kind=template")}));
        QVERIFY(!c.backstage[0].readDocs);
        QCOMPARE(c.backstage[1].name, QStringLiteral("b.example"));
        QVERIFY(c.backstage[1].readDocs);
        QVERIFY(!s.yamlText().contains(u"docs: true")); // the default is not written

        QVERIFY(s.save());
        SettingsController again(path());
        QCOMPARE(again.backstageCount(), 3);
        const QVariantMap first = again.backstageBackends().value(0).toMap();
        QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("corp"));
        QCOMPARE(first.value(QStringLiteral("filter")).toString(), QStringLiteral("kind=component,spec.type=service; kind=template"));
        QCOMPARE(first.value(QStringLiteral("docs")).toBool(), false);
    }

    void backstageProblemsAtTheirField()
    {
        SettingsController s(path());
        validGitHub(s);
        QVERIFY(s.addBackstageBackend(QStringLiteral("corp"), QStringLiteral("https://backstage.corp.example")));
        QVERIFY(s.addBackstageBackend(QStringLiteral("second"), QStringLiteral("https://second.example")));
        QVERIFY(s.valid());
        s.setBackstageField(1, QStringLiteral("baseUrl"), QStringLiteral("http://second.example"));
        QVERIFY(!s.valid());
        QVERIFY(s.fieldErrors().value(QStringLiteral("backstage.1.baseUrl")).toString().contains(u"https"));
        QVERIFY(!s.fieldErrors().contains(QStringLiteral("backstage.0.baseUrl")));
        QVERIFY(!s.fieldErrors().contains(QStringLiteral("backstage.1.name")));
        QVERIFY(problemAt(s.problems(), lineOf(s.yamlText(), QStringLiteral("baseUrl: http://second")), QStringLiteral("error")));
        s.setBackstageField(1, QStringLiteral("baseUrl"), QString());
        QVERIFY(s.fieldErrors().value(QStringLiteral("backstage.1.baseUrl")).toString().contains(u"needs a baseUrl"));
        s.setBackstageField(1, QStringLiteral("baseUrl"), QStringLiteral("https://second.example"));
        s.setBackstageField(1, QStringLiteral("name"), QStringLiteral("Corp"));
        QVERIFY(s.fieldErrors().value(QStringLiteral("backstage.1.name")).toString().contains(u"another Backstage source"));
        QVERIFY(!s.fieldErrors().contains(QStringLiteral("backstage.1.baseUrl")));
        s.setBackstageField(1, QStringLiteral("name"), QStringLiteral("second"));
        QVERIFY(s.valid());
        // A token typed into the entry in the YAML is warned about at the entry's token line.
        s.setYamlText(s.yamlText().replace(QStringLiteral("    - name: second\n"), QStringLiteral("    - name: second\n      token: abc\n")));
        QVERIFY(s.yamlText().contains(u"token: abc"));
        QVERIFY(s.warningLines().contains(lineOf(s.yamlText(), QStringLiteral("token: abc"))));
    }

    void removedBackstageBackendCanBeUndone()
    {
        SettingsController s(path());
        ToastModel toasts;
        s.setToasts(&toasts);
        // Unknown keys of the entry (its schedule, a key of tomorrow) come back with Undo.
        s.setYamlText(QStringLiteral("atrium:\n  backstage:\n    - name: a\n      baseUrl: https://a.example\n"
                                     "    - name: b\n      baseUrl: https://b.example\n      schedule:\n        frequency: {minutes: 5}\n"
                                     "      future: 1\n  other: kept\n"));
        QCOMPARE(s.backstageCount(), 2);
        QVERIFY(s.save());
        s.removeBackstageBackend(1);
        QCOMPARE(s.backstageCount(), 1);
        QVERIFY(!s.yamlText().contains(u"b.example"));
        QVERIFY(s.yamlText().contains(u"other: kept"));
        QVERIFY(s.dirty());
        QCOMPARE(toasts.count(), 1);
        QCOMPARE(toasts.textAt(0), QStringLiteral("Removed Backstage backend b"));
        toasts.trigger(toasts.idAt(0));
        QCOMPARE(s.backstageCount(), 2);
        const SyncConfig c = parse(s.yamlText());
        QCOMPARE(c.backstage.size(), 2);
        QCOMPARE(c.backstage[1].name, QStringLiteral("b"));
        QCOMPARE(c.backstage[1].frequencySeconds, 300);
        QVERIFY(s.yamlText().contains(u"future: 1"));
        // Saving drops the chance to undo.
        s.removeBackstageBackend(0);
        QCOMPARE(toasts.count(), 1);
        QVERIFY(s.save());
        QCOMPARE(toasts.count(), 0);
        // The last one gone: no empty list left, the rest of atrium: kept.
        s.removeBackstageBackend(0);
        QCOMPARE(s.backstageCount(), 0);
        QVERIFY(!s.yamlText().contains(u"backstage"));
        QVERIFY(s.yamlText().contains(u"other: kept"));
    }

    void argoInstancesRoundTripWithTokenReferences()
    {
        SettingsController s(path());
        validGitHub(s);
        QVERIFY(s.addArgoInstance(QStringLiteral("main"), QStringLiteral("https://argocd.acme.test")));
        QVERIFY(!s.addArgoInstance(QStringLiteral("main"), QStringLiteral("https://argocd2.acme.test")));
        QVERIFY(!s.addArgoInstance(QString(), QStringLiteral("https://argocd2.acme.test")));
        QVERIFY(!s.addArgoInstance(QStringLiteral("x"), QStringLiteral("argocd2.acme.test")));
        QVERIFY(s.yamlText().contains(u"argocd:\n  appLocatorMethods:\n    - type: config\n      instances:\n        - name: main\n"));
        // No token yet: a warning at the instance.
        QVERIFY(s.fieldWarnings().value(QStringLiteral("argo.0.token")).toString().contains(u"no token"));
        // A token typed in clear: warned at the token, with its line in the YAML's problems.
        s.setArgoField(0, QStringLiteral("token"), QStringLiteral("eyJhbGciOi.secret"));
        QVERIFY(s.valid());
        QVERIFY(s.fieldWarnings().value(QStringLiteral("argo.0.token")).toString().contains(u"in clear"));
        QVERIFY(problemAt(s.problems(), lineOf(s.yamlText(), QStringLiteral("token: eyJ")), QStringLiteral("warning")));
        s.setArgoField(0, QStringLiteral("token"), QStringLiteral("${ARGOCD_TOKEN}"));
        QVERIFY(!s.fieldWarnings().contains(QStringLiteral("argo.0.token")));
        // The parser the scaffolder uses reads it, the variable filled in.
        qputenv("ARGOCD_TOKEN", "from-env");
        const QList<scaffolder::ArgoInstance> argo = scaffolder::argoInstancesFromYaml(s.yamlText().toUtf8(), QStringLiteral("config.yaml"), nullptr);
        qunsetenv("ARGOCD_TOKEN");
        QCOMPARE(argo.size(), 1);
        QCOMPARE(argo[0].name, QStringLiteral("main"));
        QCOMPARE(argo[0].url, QUrl(QStringLiteral("https://argocd.acme.test")));
        QCOMPARE(argo[0].token, QByteArray("from-env"));

        s.setArgoField(0, QStringLiteral("url"), QStringLiteral("argocd.acme.test"));
        QVERIFY(s.fieldErrors().value(QStringLiteral("argo.0.url")).toString().contains(u"http(s)"));
        QVERIFY(!s.fieldErrors().contains(QStringLiteral("argo.0.name")));
        s.setArgoField(0, QStringLiteral("url"), QStringLiteral("https://argocd.acme.test"));
        QVERIFY(s.addArgoInstance(QStringLiteral("staging"), QStringLiteral("https://argo-staging.acme.test")));
        s.setArgoField(1, QStringLiteral("name"), QStringLiteral("main"));
        QVERIFY(s.fieldErrors().value(QStringLiteral("argo.1.name")).toString().contains(u"another Argo CD instance"));
        QVERIFY(!s.fieldErrors().contains(QStringLiteral("argo.0.name")));

        // Instances of a second locator method are the form's too, in order; remove + Undo keeps them in place.
        ToastModel toasts;
        s.setToasts(&toasts);
        s.setYamlText(QStringLiteral("argocd:\n  username: admin\n  appLocatorMethods:\n    - type: config\n      instances:\n"
                                     "        - name: a\n          url: https://a.test\n          token: ${A}\n"
                                     "    - type: config\n      instances:\n        - name: b\n          url: https://b.test\n"
                                     "          token: ${B}\n          future: 1\n"));
        QCOMPARE(s.argoCount(), 2);
        QCOMPARE(s.argoInstances().value(1).toMap().value(QStringLiteral("name")).toString(), QStringLiteral("b"));
        s.removeArgoInstance(1);
        QCOMPARE(s.argoCount(), 1);
        QVERIFY(!s.yamlText().contains(u"b.test"));
        toasts.trigger(toasts.idAt(0));
        QCOMPARE(s.argoCount(), 2);
        QVERIFY(s.yamlText().contains(u"future: 1"));
        QVERIFY(s.yamlText().contains(u"username: admin"));
        const auto again = scaffolder::argoInstancesFromYaml(s.yamlText().toUtf8(), QStringLiteral("config.yaml"), nullptr);
        QCOMPARE(again.size(), 2);
        QCOMPARE(again[1].name, QStringLiteral("b"));
    }

    void insightsRoundTrip()
    {
        SettingsController s(path());
        validGitHub(s);
        QCOMPARE(s.insights().value(QStringLiteral("deploymentSource")).toString(), QStringLiteral("deployments"));
        QCOMPARE(s.insights().value(QStringLiteral("maxPages")).toInt(), 10);
        QVERIFY(!s.yamlText().contains(u"insights")); // nothing written until asked
        const QList<QPair<QString, QVariant>> values{
            {QStringLiteral("host"), QStringLiteral("ghe.acme.test")},
            {QStringLiteral("repositories"), QStringLiteral("acme/billing, acme/web")},
            {QStringLiteral("goldenPathUses"), QStringLiteral("acme/golden/.github/workflows/golden-*.yml@*")},
            {QStringLiteral("templateAnnotation"), QStringLiteral("acme.io/template")},
            {QStringLiteral("costKey"), QStringLiteral("acme.io/cost-center")},
            {QStringLiteral("deploymentSource"), QStringLiteral("workflow-runs")},
            {QStringLiteral("workflow"), QStringLiteral("deploy.yml")},
            {QStringLiteral("ticketLabels"), QStringLiteral("platform request, infra")},
            {QStringLiteral("ticketRepositories"), QStringLiteral("acme/requests")},
            {QStringLiteral("incidentLabel"), QStringLiteral("sev")},
            {QStringLiteral("incidentRepositories"), QStringLiteral("acme/incidents")},
            {QStringLiteral("joinDates"), QStringLiteral("/srv/joined.csv")},
            {QStringLiteral("maxPages"), 25},
        };
        for (const auto &[key, value] : values)
            s.setInsightsField(key, value);
        QVERIFY2(s.valid(), qPrintable(s.yamlText()));
        Diagnostics problems;
        const InsightsConfig c = InsightsConfig::parse(s.yamlText().toUtf8(), QStringLiteral("config.yaml"), &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).message));
        QCOMPARE(c.host, QStringLiteral("ghe.acme.test"));
        QCOMPARE(c.repositories, (QStringList{QStringLiteral("acme/billing"), QStringLiteral("acme/web")}));
        QCOMPARE(c.goldenWorkflows, QStringList{QStringLiteral("acme/golden/.github/workflows/golden-*.yml@*")});
        QCOMPARE(c.templateAnnotation, QStringLiteral("acme.io/template"));
        QCOMPARE(c.costKey, QStringLiteral("acme.io/cost-center"));
        QCOMPARE(c.deploymentSource, DeploymentSource::WorkflowRuns);
        QCOMPARE(c.deployWorkflow, QStringLiteral("deploy.yml"));
        // Labels may hold spaces: only commas separate them.
        QCOMPARE(c.ticketLabels, (QStringList{QStringLiteral("platform request"), QStringLiteral("infra")}));
        QCOMPARE(c.ticketRepositories, QStringList{QStringLiteral("acme/requests")});
        QCOMPARE(c.incidentLabel, QStringLiteral("sev"));
        QCOMPARE(c.incidentRepositories, QStringList{QStringLiteral("acme/incidents")});
        QCOMPARE(c.joinDatesCsv, QStringLiteral("/srv/joined.csv"));
        QCOMPARE(c.maxPages, 25);
        // And back into a form from the text, as typed.
        SettingsController again(path(QStringLiteral("other.yaml")));
        again.setYamlText(s.yamlText());
        for (const auto &[key, value] : values)
            QCOMPARE(again.insights().value(key).toString(), value.toString());
        // Clearing a field removes its key: the parser's default again.
        s.setInsightsField(QStringLiteral("templateAnnotation"), QString());
        QCOMPARE(InsightsConfig::parse(s.yamlText().toUtf8(), QStringLiteral("config.yaml"), nullptr).templateAnnotation,
                 QStringLiteral("backstage.io/source-template"));
    }

    void insightsProblemsAtTheirField()
    {
        SettingsController s(path());
        validGitHub(s);
        s.setInsightsField(QStringLiteral("repositories"), QStringLiteral("acme/billing, billing"));
        QVERIFY(!s.valid());
        QVERIFY(s.fieldErrors().value(QStringLiteral("insights.repositories")).toString().contains(u"owner/name"));
        QVERIFY(problemAt(s.problems(), lineOf(s.yamlText(), QStringLiteral("- billing")), QStringLiteral("error")));
        s.setInsightsField(QStringLiteral("repositories"), QStringLiteral("acme/billing"));
        QVERIFY(s.valid());
        s.setInsightsField(QStringLiteral("ticketRepositories"), QStringLiteral("https://github.com/acme/x"));
        QVERIFY(s.fieldErrors().contains(QStringLiteral("insights.ticketRepositories")));
        QVERIFY(!s.fieldErrors().contains(QStringLiteral("insights.repositories")));
        s.setInsightsField(QStringLiteral("ticketRepositories"), QString());
        // A source typed in the YAML that the parser does not know: at the ComboBox's field.
        s.setYamlText(s.yamlText() + QStringLiteral("  deployments:\n    source: tags\n"));
        QVERIFY(s.fieldErrors().value(QStringLiteral("insights.deploymentSource")).toString().contains(u"tags"));
        QCOMPARE(s.insights().value(QStringLiteral("deploymentSource")).toString(), QStringLiteral("tags"));
        s.setYamlText(s.yamlText().replace(QStringLiteral("source: tags"), QStringLiteral("source: releases")));
        QVERIFY(s.valid());
        s.setYamlText(s.yamlText() + QStringLiteral("  maxPages: 0\n"));
        QVERIFY(s.fieldErrors().value(QStringLiteral("insights.maxPages")).toString().contains(u"maxPages"));
    }

    void resetSectionRemovesOnlyItsKeys()
    {
        QDir().mkpath(QFileInfo(path()).absolutePath());
        const QString text = QStringLiteral(
            "app:\n  title: ACME\ncatalog:\n  providers:\n    github:\n      acme:\n        organization: acme\n"
            "atrium:\n  backstage:\n    - name: corp\n      baseUrl: https://backstage.corp.example\n  theme: kept\n"
            "argocd:\n  appLocatorMethods:\n    - type: config\n      instances:\n        - name: main\n"
            "          url: https://argocd.acme.test\n          token: ${ARGOCD_TOKEN}\n"
            "insights:\n  costAttribution:\n    key: acme.io/cost\n");
        QFile f(path());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
        f.close();
        SettingsController s(path());
        QCOMPARE(s.backstageCount(), 1);
        QCOMPARE(s.argoCount(), 1);
        QCOMPARE(s.insights().value(QStringLiteral("costKey")).toString(), QStringLiteral("acme.io/cost"));

        s.resetSection(QStringLiteral("backstage"));
        QCOMPARE(s.backstageCount(), 0);
        QVERIFY(!s.yamlText().contains(u"backstage.corp"));
        QVERIFY(s.yamlText().contains(u"theme: kept")); // the rest of atrium: stays
        QVERIFY(s.yamlText().contains(u"argocd.acme.test"));
        QVERIFY(s.dirty());
        s.resetSection(QStringLiteral("argocd"));
        QCOMPARE(s.argoCount(), 0);
        QVERIFY(!s.yamlText().contains(u"argocd"));
        s.resetSection(QStringLiteral("insights"));
        QCOMPARE(s.insights().value(QStringLiteral("costKey")).toString(), QString());
        QVERIFY(!s.yamlText().contains(u"insights"));
        QVERIFY(s.yamlText().contains(u"title: ACME"));
        QCOMPARE(parse(s.yamlText()).providers.value(0).organization, QStringLiteral("acme"));
        // Not saved until asked.
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()), text);
        f.close();
        s.revert();
        QCOMPARE(s.backstageCount(), 1);
    }

    void formEditsKeepUnknownKeysOfNewSections()
    {
        SettingsController s(path());
        s.setYamlText(QStringLiteral(
            "catalog:\n  providers:\n    github:\n      acme:\n        organization: acme\n"
            "atrium:\n  backstage:\n    name: corp\n    baseUrl: https://backstage.corp.example\n    schedule:\n      frequency: {minutes: 5}\n"
            "insights:\n  deployments:\n    environment: prod\n  tickets:\n    labels: [a]\n"));
        // A single map: the form's entry 0, made a list by the first edit, its schedule kept.
        QCOMPARE(s.backstageCount(), 1);
        s.setBackstageField(0, QStringLiteral("filter"), QStringLiteral("kind=api"));
        QVERIFY(s.addBackstageBackend(QStringLiteral("two"), QStringLiteral("https://two.example")));
        const SyncConfig c = parse(s.yamlText());
        QCOMPARE(c.backstage.size(), 2);
        QCOMPARE(c.backstage[0].frequencySeconds, 300);
        QCOMPARE(c.backstage[0].filters, QStringList{QStringLiteral("kind=api")});
        s.setInsightsField(QStringLiteral("costKey"), QStringLiteral("acme.io/cost"));
        const InsightsConfig ic = InsightsConfig::parse(s.yamlText().toUtf8(), QStringLiteral("config.yaml"), nullptr);
        QCOMPARE(ic.environment, QStringLiteral("prod"));
        QCOMPARE(ic.ticketLabels, QStringList{QStringLiteral("a")});
        QCOMPARE(ic.costKey, QStringLiteral("acme.io/cost"));
        QVERIFY(s.valid());
    }
};

QTEST_GUILESS_MAIN(TestSettingsController)
#include "tst_settingscontroller.moc"
