// SPDX-License-Identifier: Apache-2.0
// The Create wizard's models: the form of a template (fields, conditions,
// validation, pickers, review), the gallery, and the controller's runs
// through a fake task factory. On the demo catalog and the compat templates.
#include "appcontroller.h"
#include "catalogloader.h"
#include "catalogmodel.h"
#include "catalogstore.h"
#include "contentsource.h"
#include "createcontroller.h"
#include "formschema.h"
#include "runnertaskjob.h"
#include "templateform.h"
#include "templategallerymodel.h"
#include "yamlreader.h"

#include <QAbstractItemModelTester>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace atrium;
using form::FieldKind;

namespace {

const QString serviceRef = QStringLiteral("template:default/spring-boot-service");

QJsonObject yamlDoc(const QByteArray &yaml)
{
    const auto parsed = parseYaml(yaml, QStringLiteral("test.yaml"));
    return parsed.documents.isEmpty() ? QJsonObject() : parsed.documents.first().root.toObject();
}

QByteArray templateYaml(const QByteArray &parametersYaml)
{
    return "apiVersion: scaffolder.backstage.io/v1beta3\nkind: Template\nmetadata:\n  name: t\n"
           "spec:\n  type: service\n  parameters:\n" + parametersYaml;
}

/** Loads a Template around @p parametersYaml (indented under `parameters:`), in the file's key order. */
void setYaml(TemplateForm &form, const QByteArray &parametersYaml)
{
    const QByteArray yaml = templateYaml(parametersYaml);
    form.setTemplate(QStringLiteral("template:default/t"), yamlDoc(yaml), form::keyOrderFromYaml(yaml, 0));
}

QStringList paths(const TemplateForm &form)
{
    QStringList out;
    for (const auto &f : form.fields())
        out << f.path;
    return out;
}

int rowOf(const TemplateForm &form, const QString &path)
{
    for (int r = 0; r < form.rowCount(); ++r)
        if (form.data(form.index(r), TemplateForm::PathRole).toString() == path)
            return r;
    return -1;
}

QVariant role(const TemplateForm &form, const QString &path, int role)
{
    const int r = rowOf(form, path);
    return r < 0 ? QVariant() : form.data(form.index(r), role);
}

QStringList optionValues(const TemplateForm &form, const QString &path)
{
    QStringList out;
    for (const auto &o : role(form, path, TemplateForm::OptionsRole).toList())
        out << o.toMap().value(QStringLiteral("value")).toString();
    return out;
}

class FakeJob : public CreateTaskJob
{
public:
    explicit FakeJob(CreateTaskRequest request) : m_request(std::move(request)) {}
    QStringList stepNames() const override { return {QStringLiteral("Fetch"), QStringLiteral("Publish")}; }
    void start() override
    {
        Q_EMIT stepChanged(0, StepState::Running);
        Q_EMIT logLine(0, QStringLiteral("fetching"));
        Q_EMIT stepChanged(0, StepState::Completed);
        Q_EMIT stepChanged(1, m_request.dryRun ? StepState::Skipped : StepState::Completed);
        CreateTaskResult r;
        r.status = QStringLiteral("completed");
        if (m_request.dryRun) {
            r.files = {{QStringLiteral("src/main/App.java"), "class App {}", false, false},
                       {QStringLiteral("README.md"), "# " + m_request.parameters.value(u"serviceName").toString().toUtf8(), false, false},
                       {QStringLiteral("src/test/AppTest.java"), "test", false, false}};
        } else {
            r.links = {{QStringLiteral("Repository"), QStringLiteral("https://github.com/acme/x"), {}}};
        }
        Q_EMIT finished(r);
    }
    void cancel() override {}
    CreateTaskRequest m_request;
};

} // namespace

class TstTemplateForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_app = std::make_unique<AppController>(nullptr, m_dir.path());
        m_app->setLinksEnabled(false);
        m_app->openDemo();
        QVERIFY2(m_app->waitForLoaded(60000), qPrintable(m_app->error()));
    }

    void gallery()
    {
        TemplateGalleryModel gallery;
        QAbstractItemModelTester tester(&gallery, QAbstractItemModelTester::FailureReportingMode::QtTest);
        gallery.setCatalog(m_app->catalog());
        QVERIFY(gallery.count() >= 2);
        QCOMPARE(gallery.count(), gallery.total());
        QVERIFY(gallery.tags().contains(QStringLiteral("java")));
        gallery.setSearchText(QStringLiteral("postgres"));
        QCOMPARE(gallery.count(), 1);
        QCOMPARE(gallery.refAt(0), QStringLiteral("template:default/provision-postgresql"));
        gallery.setSearchText({});
        gallery.setTag(QStringLiteral("java"));
        QCOMPARE(gallery.count(), 1);
        const QModelIndex i = gallery.index(0);
        QCOMPARE(gallery.data(i, TemplateGalleryModel::TitleRole).toString(), QStringLiteral("Spring Boot Microservice"));
        QCOMPARE(gallery.data(i, TemplateGalleryModel::OwnerRole).toString(), QStringLiteral("team-platform"));
        QVERIFY(gallery.data(i, TemplateGalleryModel::TagsRole).toStringList().contains(QStringLiteral("recommended")));
    }

    void demoServiceTemplate()
    {
        TemplateForm form;
        QAbstractItemModelTester tester(&form, QAbstractItemModelTester::FailureReportingMode::QtTest);
        form.setApp(m_app.get());
        form.setTemplateRef(serviceRef);
        QVERIFY2(form.loaded(), qPrintable(form.error()));
        QCOMPARE(form.pageCount(), 2);
        QCOMPARE(form.stepTitles(), (QStringList{QStringLiteral("Service Information"),
                                                 QStringLiteral("Infrastructure Settings"), QStringLiteral("Review")}));
        // The file's order, not QJsonObject's.
        QCOMPARE(paths(form), (QStringList{QStringLiteral("serviceName"), QStringLiteral("description"),
                                           QStringLiteral("ownerTeam"), QStringLiteral("system"),
                                           QStringLiteral("tier"), QStringLiteral("javaVersion")}));
        QCOMPARE(role(form, QStringLiteral("serviceName"), TemplateForm::AutofocusRole).toBool(), true);
        QCOMPARE(role(form, QStringLiteral("ownerTeam"), TemplateForm::KindRole).toString(), QStringLiteral("entity"));
        QCOMPARE(role(form, QStringLiteral("tier"), TemplateForm::KindRole).toString(), QStringLiteral("select"));
        QCOMPARE(role(form, QStringLiteral("javaVersion"), TemplateForm::ValueRole).toString(), QStringLiteral("21"));
        QVERIFY(!form.pageValid());
        QCOMPARE(form.allErrors().value(QStringLiteral("serviceName")), QStringLiteral("Required"));
        QCOMPARE(form.allErrors().value(QStringLiteral("ownerTeam")), QStringLiteral("Required"));
        // Not shown before the field is touched.
        QCOMPARE(role(form, QStringLiteral("serviceName"), TemplateForm::ErrorRole).toString(), QString());

        form.setValue(QStringLiteral("serviceName"), QStringLiteral("Loyalty Service"));
        QCOMPARE(role(form, QStringLiteral("serviceName"), TemplateForm::ErrorRole).toString(),
                 QStringLiteral("Must match ^[a-z][a-z0-9-]*$"));
        form.setValue(QStringLiteral("serviceName"), QStringLiteral("loyalty-service"));
        QCOMPARE(role(form, QStringLiteral("serviceName"), TemplateForm::ErrorRole).toString(), QString());

        // Pickers: Groups for the owner, Systems for the system.
        const QStringList owners = optionValues(form, QStringLiteral("ownerTeam"));
        QVERIFY(owners.contains(QStringLiteral("group:default/team-platform")));
        for (const QString &o : owners)
            QVERIFY2(o.startsWith(u"group:"), qPrintable(o));
        const QStringList systems = optionValues(form, QStringLiteral("system"));
        QVERIFY(!systems.isEmpty());
        for (const QString &s : systems)
            QVERIFY2(s.startsWith(u"system:"), qPrintable(s));
        form.setOption(QStringLiteral("ownerTeam"), owners.indexOf(QStringLiteral("group:default/team-platform")));
        QCOMPARE(form.valueAt(QStringLiteral("ownerTeam")).toString(), QStringLiteral("group:default/team-platform"));
        // Typed by hand: completed with the picker's default kind.
        form.setValue(QStringLiteral("ownerTeam"), QStringLiteral("team-platform"));
        QCOMPARE(form.valueAt(QStringLiteral("ownerTeam")).toString(), QStringLiteral("group:default/team-platform"));

        QVERIFY(!form.pageValid());
        QVERIFY(!form.next());
        QCOMPARE(role(form, QStringLiteral("tier"), TemplateForm::ErrorRole).toString(), QStringLiteral("Required"));
        form.setOption(QStringLiteral("tier"), 0);
        QVERIFY(form.pageValid());
        QVERIFY(form.next());
        QCOMPARE(form.currentStep(), 1);
        QCOMPARE(paths(form), (QStringList{QStringLiteral("database"), QStringLiteral("messageQueue"), QStringLiteral("replicaCount")}));
        QCOMPARE(form.valueAt(QStringLiteral("replicaCount")).toInt(), 3);
        form.setValue(QStringLiteral("replicaCount"), QStringLiteral("50"));
        QCOMPARE(role(form, QStringLiteral("replicaCount"), TemplateForm::ErrorRole).toString(), QStringLiteral("Must be at most 20"));
        QVERIFY(!form.pageValid());
        form.setValue(QStringLiteral("replicaCount"), QStringLiteral("2.5"));
        QCOMPARE(role(form, QStringLiteral("replicaCount"), TemplateForm::ErrorRole).toString(), QStringLiteral("Must be a whole number"));
        form.setValue(QStringLiteral("replicaCount"), QStringLiteral("5"));
        QVERIFY(form.pageValid());
        QVERIFY(form.next());
        QVERIFY(form.reviewing());

        const QJsonObject p = form.parameters();
        QCOMPARE(p.value(u"serviceName").toString(), QStringLiteral("loyalty-service"));
        QCOMPARE(p.value(u"replicaCount").toDouble(), 5.0);
        QCOMPARE(p.value(u"javaVersion").toString(), QStringLiteral("21"));
        QVERIFY(!p.contains(u"description")); // never filled: not sent
        bool tierShown = false;
        for (const auto &item : form.reviewItems()) {
            const auto m = item.toMap();
            if (m.value(QStringLiteral("path")).toString() == u"tier") {
                QCOMPARE(m.value(QStringLiteral("value")).toString(), QStringLiteral("Tier 1 (99.99% SLO)"));
                QCOMPARE(m.value(QStringLiteral("step")).toString(), QStringLiteral("Service Information"));
                tierShown = true;
            }
        }
        QVERIFY(tierShown);
        form.back();
        QCOMPARE(form.currentStep(), 1);
    }

    void compatTemplates_data()
    {
        QTest::addColumn<QString>("file");
        QDirIterator it(QStringLiteral(ATRIUM_COMPAT_DIR "/templates"), {QStringLiteral("template.yaml")},
                        QDir::Files, QDirIterator::Subdirectories);
        int n = 0;
        while (it.hasNext()) {
            const QString f = it.next();
            QTest::newRow(qPrintable(f.mid(f.indexOf(QStringLiteral("templates/")) + 10))) << f;
            ++n;
        }
        QVERIFY(n >= 10);
    }

    /** Every field of every page of every compat template renders as a
     *  supported field, or is named on the page as unsupported. */
    void compatTemplates()
    {
        QFETCH(QString, file);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray yaml = f.readAll();
        const auto parsed = parseYaml(yaml, file);
        QJsonObject doc;
        int docIndex = 0;
        for (const auto &d : parsed.documents)
            if (d.root.toObject().value(u"kind").toString() == u"Template") {
                doc = d.root.toObject();
                docIndex = d.rawIndex;
            }
        QVERIFY(!doc.isEmpty());
        TemplateForm form;
        QAbstractItemModelTester tester(&form, QAbstractItemModelTester::FailureReportingMode::QtTest);
        form.setApp(m_app.get());
        form.setTemplate(QStringLiteral("template:default/x"), doc, form::keyOrderFromYaml(yaml, docIndex));
        QVERIFY(form.pageCount() >= 1);
        const QJsonValue params = doc.value(u"spec").toObject().value(u"parameters");
        const QJsonArray pages = params.isArray() ? params.toArray() : QJsonArray{params};
        for (int p = 0; p < form.pageCount(); ++p) {
            form.goToStep(p);
            QCOMPARE(form.currentStep(), p);
            QStringList shown;
            for (int r = 0; r < form.rowCount(); ++r) {
                const QModelIndex i = form.index(r);
                const QString kind = form.data(i, TemplateForm::KindRole).toString();
                const QString notice = form.data(i, TemplateForm::NoticeRole).toString();
                QVERIFY(!kind.isEmpty());
                if (kind == u"unsupported")
                    QVERIFY2(!notice.isEmpty(), qPrintable(form.data(i, TemplateForm::PathRole).toString()));
                shown << form.data(i, TemplateForm::PathRole).toString();
            }
            // Every top-level property of the page is shown (none is dropped).
            const QJsonObject props = pages.at(p).toObject().value(u"properties").toObject();
            for (auto it = props.begin(); it != props.end(); ++it) {
                if (it.value().toObject().value(u"ui:widget").toString() == u"hidden")
                    continue;
                QVERIFY2(shown.contains(it.key()), qPrintable(it.key()));
            }
            // The file's order.
            QStringList expected = shown;
            expected.removeIf([](const QString &s) { return s.contains(u'/'); });
            QStringList top;
            for (const auto &k : form::keyOrderFromYaml(yaml, docIndex)
                                     .value(QStringLiteral("/spec/parameters/%1/properties").arg(p)))
                if (shown.contains(k))
                    top << k;
            if (!top.isEmpty())
                QCOMPARE(expected, top);
        }
    }

    void compatTemplatesDryRun_data() { compatTemplates_data(); }

    /** Every compat template, opened from its file, filled in with sample
     *  values page by page through the form (what a user does), then
     *  dry-run by the real runner: it completes with files, or is refused
     *  before anything runs for an action Atrium does not have (GitLab's,
     *  cookiecutter's), naming it. */
    void compatTemplatesDryRun()
    {
        QFETCH(QString, file);
        TemplateForm form;
        form.setApp(m_app.get());
        QVERIFY2(form.openFile(file), qPrintable(form.error()));
        for (int guard = 0; !form.reviewing() && guard < 10; ++guard) {
            const QList<form::Field> fields = form.fields();
            for (int row = 0; row < fields.size(); ++row) {
                const form::Field &f = fields.at(row);
                if (!form.valueAt(f.path).isNull() && form.valueAt(f.path).isValid() && form.valueAt(f.path) != QVariant(QString()))
                    continue;
                if (!f.required)
                    continue;
                const QVariantList options = form.data(form.index(row), TemplateForm::OptionsRole).toList();
                switch (f.kind) {
                case form::FieldKind::RepoUrl:
                    form.setRepoPart(f.path, QStringLiteral("host"), QStringLiteral("github.com"));
                    form.setRepoPart(f.path, QStringLiteral("owner"), QStringLiteral("octocat"));
                    form.setRepoPart(f.path, QStringLiteral("repo"), QStringLiteral("sample-app"));
                    break;
                case form::FieldKind::Integer:
                case form::FieldKind::Number:
                    form.setValue(f.path, f.schema.value(u"minimum").toInt(1));
                    break;
                case form::FieldKind::Boolean:
                    form.setValue(f.path, true);
                    break;
                case form::FieldKind::EntityTags:
                case form::FieldKind::StringList:
                    form.setValue(f.path, QStringList{QStringLiteral("sample")});
                    break;
                case form::FieldKind::MultiSelect:
                case form::FieldKind::MultiEntityPicker:
                    if (!options.isEmpty())
                        form.toggleValue(f.path, options.first().toMap().value(QStringLiteral("value")), true);
                    break;
                default:
                    if (!options.isEmpty())
                        form.setOption(f.path, 0);
                    else if (f.kind == form::FieldKind::EntityPicker)
                        form.setValue(f.path, QStringLiteral("group:default/team-platform"));
                    else
                        form.setValue(f.path, QStringLiteral("sample-app"));
                }
            }
            QVERIFY2(form.next(), qPrintable(QStringList(form.allErrors().values()).join(QStringLiteral("; "))));
        }
        QVERIFY(form.reviewing());
        CreateController create;
        create.setForm(&form);
        create.setTaskFactory(runnerTaskFactory([] { return scaffolder::ActionContext{}; }));
        create.startDryRun();
        QTRY_VERIFY_WITH_TIMEOUT(!create.running(), 30000);
        if (create.status() == u"completed") {
            QVERIFY2(!create.files().isEmpty() || !create.log().isEmpty(), qPrintable(file));
        } else {
            // Refused with the reason named: an action Atrium does not have
            // (up front), or a fetch from github.com, which this test's
            // runner has no integration for (tst_scaffolder fetches one).
            const bool missingAction = create.error().contains(QStringLiteral("actions Atrium does not have: "));
            const bool remoteFetch = create.error().contains(QStringLiteral("No GitHub integration is configured for github.com"));
            QVERIFY2(missingAction || remoteFetch, qPrintable(create.error() + u'\n' + create.log()));
            qInfo() << "refused:" << create.error();
        }
    }

    void unsupportedIsNamed()
    {
        TemplateForm form;
        form.setApp(m_app.get());
        setYaml(form, R"(
    - title: One
      properties:
        color:
          type: string
          ui:field: ColorPicker
        size:
          type: string
          ui:widget: slider
        blob:
          type: object
          ui:field: BlobEditor
)");
        QCOMPARE(role(form, QStringLiteral("color"), TemplateForm::NoticeRole).toString(),
                 QStringLiteral("Field color uses ui:field ColorPicker, which Atrium does not support"));
        QCOMPARE(role(form, QStringLiteral("color"), TemplateForm::KindRole).toString(), QStringLiteral("text"));
        QCOMPARE(role(form, QStringLiteral("size"), TemplateForm::NoticeRole).toString(),
                 QStringLiteral("Field size uses ui:widget slider, which Atrium does not support"));
        QCOMPARE(role(form, QStringLiteral("blob"), TemplateForm::KindRole).toString(), QStringLiteral("unsupported"));
        QVERIFY(!role(form, QStringLiteral("blob"), TemplateForm::NoticeRole).toString().isEmpty());
    }

    void conditionalFields()
    {
        TemplateForm form;
        QAbstractItemModelTester tester(&form, QAbstractItemModelTester::FailureReportingMode::QtTest);
        form.setApp(m_app.get());
        setYaml(form, R"(
    - title: Conditions
      required: [kind]
      properties:
        kind:
          type: string
          enum: [library, service]
        withDb:
          type: boolean
          title: Database
        email:
          type: string
          format: email
        tier:
          type: string
      dependencies:
        kind:
          oneOf:
            - properties:
                kind: { enum: [library] }
                language: { type: string, enum: [java, go] }
            - properties:
                kind: { enum: [service] }
                port: { type: integer, default: 8080, minimum: 1 }
              required: [port]
        withDb:
          properties:
            dbName: { type: string, title: DB name }
          required: [dbName]
        email: [tier]
      if:
        properties:
          tier: { const: gold }
        required: [tier]
      then:
        properties:
          pager: { type: string, title: Pager }
        required: [pager]
      allOf:
        - properties:
            notes: { type: string, ui:widget: textarea }
)");
        QCOMPARE(paths(form), (QStringList{QStringLiteral("kind"), QStringLiteral("withDb"), QStringLiteral("email"),
                                           QStringLiteral("tier"), QStringLiteral("notes")}));
        QCOMPARE(role(form, QStringLiteral("notes"), TemplateForm::KindRole).toString(), QStringLiteral("textarea"));
        form.setValue(QStringLiteral("kind"), QStringLiteral("service"));
        QVERIFY(paths(form).contains(QStringLiteral("port")));
        QVERIFY(!paths(form).contains(QStringLiteral("language")));
        QCOMPARE(form.valueAt(QStringLiteral("port")).toInt(), 8080); // its default, once shown
        form.setValue(QStringLiteral("kind"), QStringLiteral("library"));
        QVERIFY(paths(form).contains(QStringLiteral("language")));
        QVERIFY(!paths(form).contains(QStringLiteral("port")));
        QVERIFY(!form.parameters().contains(u"port")); // hidden: not sent
        QVERIFY(form.pageValid());

        form.setValue(QStringLiteral("withDb"), true);
        QVERIFY(paths(form).contains(QStringLiteral("dbName")));
        QVERIFY(!form.pageValid());
        QCOMPARE(form.allErrors().value(QStringLiteral("dbName")), QStringLiteral("Required"));
        form.setValue(QStringLiteral("dbName"), QStringLiteral("orders"));
        QVERIFY(form.pageValid());
        form.setValue(QStringLiteral("withDb"), false);
        QVERIFY(!paths(form).contains(QStringLiteral("dbName")));

        // A property dependency: email makes tier required.
        form.setValue(QStringLiteral("email"), QStringLiteral("a@b.c"));
        QCOMPARE(form.allErrors().value(QStringLiteral("tier")), QStringLiteral("Required"));
        QVERIFY(role(form, QStringLiteral("tier"), TemplateForm::RequiredRole).toBool());
        // if/then: gold needs a pager.
        form.setValue(QStringLiteral("tier"), QStringLiteral("gold"));
        QVERIFY(paths(form).contains(QStringLiteral("pager")));
        QCOMPARE(form.allErrors().value(QStringLiteral("pager")), QStringLiteral("Required"));
        form.setValue(QStringLiteral("tier"), QStringLiteral("silver"));
        QVERIFY(!paths(form).contains(QStringLiteral("pager")));
        QVERIFY(form.pageValid());
    }

    void objectOneOfAndArrays()
    {
        TemplateForm form;
        QAbstractItemModelTester tester(&form, QAbstractItemModelTester::FailureReportingMode::QtTest);
        form.setApp(m_app.get());
        setYaml(form, R"(
    - title: Shapes
      properties:
        target:
          type: object
          title: Target
          oneOf:
            - title: Cluster
              properties:
                cluster: { type: string }
              required: [cluster]
            - title: Bucket
              properties:
                bucket: { type: string }
        labels:
          type: array
          items: { type: string }
        envs:
          type: array
          title: Environments
          minItems: 1
          items: { type: string, enum: [dev, prod], enumNames: [Development, Production] }
        ports:
          type: array
          items:
            type: object
            title: Port
            required: [number]
            properties:
              number: { type: integer, maximum: 65535 }
              name: { type: string }
)");
        QCOMPARE(role(form, QStringLiteral("target"), TemplateForm::KindRole).toString(), QStringLiteral("group"));
        QCOMPARE(role(form, QStringLiteral("oneOf:0:target"), TemplateForm::KindRole).toString(), QStringLiteral("oneof"));
        QVERIFY(paths(form).contains(QStringLiteral("target/cluster")));
        form.setValue(QStringLiteral("oneOf:0:target"), 1);
        QVERIFY(paths(form).contains(QStringLiteral("target/bucket")));
        QVERIFY(!paths(form).contains(QStringLiteral("target/cluster")));
        QCOMPARE(role(form, QStringLiteral("envs"), TemplateForm::KindRole).toString(), QStringLiteral("multiselect"));
        form.toggleValue(QStringLiteral("envs"), QStringLiteral("prod"), true);
        QCOMPARE(form.valueAt(QStringLiteral("envs")).toStringList(), QStringList{QStringLiteral("prod")});
        form.setValue(QStringLiteral("labels"), QStringList{QStringLiteral("a"), QStringLiteral("b")});
        QCOMPARE(role(form, QStringLiteral("labels"), TemplateForm::KindRole).toString(), QStringLiteral("stringlist"));

        QCOMPARE(role(form, QStringLiteral("ports"), TemplateForm::KindRole).toString(), QStringLiteral("objectlist"));
        form.addItem(QStringLiteral("ports"));
        QCOMPARE(role(form, QStringLiteral("ports/0"), TemplateForm::KindRole).toString(), QStringLiteral("objectitem"));
        QVERIFY(paths(form).contains(QStringLiteral("ports/0/number")));
        QCOMPARE(form.allErrors().value(QStringLiteral("ports/0/number")), QStringLiteral("Required"));
        form.setValue(QStringLiteral("ports/0/number"), QStringLiteral("70000"));
        QCOMPARE(form.allErrors().value(QStringLiteral("ports/0/number")), QStringLiteral("Must be at most 65535"));
        form.setValue(QStringLiteral("ports/0/number"), QStringLiteral("8080"));
        QVERIFY(!form.allErrors().contains(QStringLiteral("ports/0/number")));
        form.addItem(QStringLiteral("ports"));
        form.setValue(QStringLiteral("ports/1/number"), QStringLiteral("9090"));
        form.removeItem(QStringLiteral("ports"), 0);
        QCOMPARE(form.parameters().value(u"ports").toArray().size(), 1);
        QCOMPARE(form.parameters().value(u"ports").toArray().at(0).toObject().value(u"number").toInt(), 9090);
    }

    void uiOrderAndOptions()
    {
        TemplateForm form;
        form.setApp(m_app.get());
        setYaml(form, R"(
    - title: Order
      ui:order: [c, '*', a]
      properties:
        a: { type: string, ui:help: Help A, ui:placeholder: type here }
        b: { type: string }
        c: { type: string, ui:autofocus: true }
        d: { type: string, ui:widget: hidden }
)");
        QCOMPARE(paths(form), (QStringList{QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("a")}));
        QCOMPARE(role(form, QStringLiteral("a"), TemplateForm::HelpRole).toString(), QStringLiteral("Help A"));
        QCOMPARE(role(form, QStringLiteral("a"), TemplateForm::PlaceholderRole).toString(), QStringLiteral("type here"));
        QVERIFY(role(form, QStringLiteral("c"), TemplateForm::AutofocusRole).toBool());
    }

    void syncedTemplateKeepsTheFileOrder()
    {
        // A template synced from GitHub has a URL for its file; the cache
        // keeps the file it was read from, and the form follows its order
        // (QJsonObject alone would give z, m, a sorted as a, m, z).
        const QString url = QStringLiteral("https://github.com/acme/templates/blob/main/order/template.yaml");
        const QByteArray yaml = R"(apiVersion: scaffolder.backstage.io/v1beta3
kind: Template
metadata:
  name: ordered
spec:
  owner: team-platform
  type: service
  parameters:
    - title: Fields
      properties:
        zeta: { type: string }
        mu: { type: string }
        alpha: { type: string }
  steps: []
)";
        auto mem = std::make_shared<MemoryContentSource>();
        mem->insert(url, yaml);
        LoadOptions opt;
        opt.source = mem;
        opt.sourceId = QStringLiteral("github:github.com/acme/templates");
        const LoadResult loaded = CatalogLoader(opt).load({url});
        QCOMPARE(loaded.entities.size(), 1);
        const QString cachePath = m_dir.filePath(QStringLiteral("synced.sqlite"));
        {
            CatalogStore store;
            QVERIFY(store.open(cachePath));
            SourceUpdate u;
            u.info.id = opt.sourceId;
            u.info.kind = QStringLiteral("github");
            u.info.location = url;
            u.entities = loaded.entities;
            u.files = {SourceFile{url, "\"etag\"", yaml}};
            QVERIFY(store.replaceSources({u}, {}));
        }
        AppController app(nullptr, m_dir.path());
        app.setLinksEnabled(false);
        app.openCache(cachePath);
        QVERIFY2(app.waitForLoaded(60000), qPrintable(app.error()));
        TemplateForm form;
        form.setApp(&app);
        form.setTemplateRef(QStringLiteral("template:default/ordered"));
        QVERIFY(form.loaded());
        QCOMPARE(paths(form), (QStringList{QStringLiteral("zeta"), QStringLiteral("mu"), QStringLiteral("alpha")}));
    }

    void validationMessages()
    {
        TemplateForm form;
        form.setApp(m_app.get());
        setYaml(form, R"(
    - title: Rules
      properties:
        short: { type: string, minLength: 3 }
        long: { type: string, maxLength: 2 }
        count: { type: number, minimum: 1 }
        name: { type: string, ui:field: EntityNamePicker }
        tags: { type: array, items: { type: string }, ui:field: EntityTagsPicker }
)");
        form.setValue(QStringLiteral("short"), QStringLiteral("ab"));
        form.setValue(QStringLiteral("long"), QStringLiteral("abc"));
        form.setValue(QStringLiteral("count"), QStringLiteral("0"));
        form.setValue(QStringLiteral("name"), QStringLiteral("-bad-"));
        form.setValue(QStringLiteral("tags"), QStringList{QStringLiteral("Java")});
        const auto e = form.allErrors();
        QCOMPARE(e.value(QStringLiteral("short")), QStringLiteral("Must be at least 3 character(s)"));
        QCOMPARE(e.value(QStringLiteral("long")), QStringLiteral("Must be at most 2 character(s)"));
        QCOMPARE(e.value(QStringLiteral("count")), QStringLiteral("Must be at least 1"));
        QVERIFY(e.value(QStringLiteral("name")).startsWith(u"Must start and end with a letter or digit"));
        QVERIFY(e.value(QStringLiteral("tags")).startsWith(u"Tag 'Java'"));
        QVERIFY(optionValues(form, QStringLiteral("tags")).contains(QStringLiteral("java"))); // catalog suggestions
        QCOMPARE(role(form, QStringLiteral("name"), TemplateForm::KindRole).toString(), QStringLiteral("text"));
    }

    void pickers()
    {
        TemplateForm form;
        form.setApp(m_app.get());
        setYaml(form, R"(
    - title: Pickers
      properties:
        services:
          type: string
          ui:field: EntityPicker
          ui:options:
            catalogFilter:
              - kind: Component
                spec.type: service
              - kind: API
        owner:
          type: string
          ui:field: OwnerPicker
        systems:
          type: array
          ui:field: MultiEntityPicker
          ui:options:
            catalogFilter: { kind: System }
        legacy:
          type: string
          ui:field: EntityPicker
          ui:options:
            allowedKinds: [Domain]
            allowArbitraryValues: false
        mine:
          type: string
          ui:field: OwnedEntityPicker
        groups:
          type: string
          ui:field: MyGroupsPicker
)");
        const QStringList services = optionValues(form, QStringLiteral("services"));
        QVERIFY(!services.isEmpty());
        bool api = false;
        for (const QString &s : services) {
            QVERIFY2(s.startsWith(u"component:") || s.startsWith(u"api:"), qPrintable(s));
            api = api || s.startsWith(u"api:");
            if (s.startsWith(u"component:"))
                QCOMPARE(m_app->catalog()->find(s)->type, QStringLiteral("service"));
        }
        QVERIFY(api);
        for (const QString &o : optionValues(form, QStringLiteral("owner")))
            QVERIFY2(o.startsWith(u"group:") || o.startsWith(u"user:"), qPrintable(o));
        QCOMPARE(role(form, QStringLiteral("systems"), TemplateForm::KindRole).toString(), QStringLiteral("entities"));
        for (const QString &s : optionValues(form, QStringLiteral("systems")))
            QVERIFY(s.startsWith(u"system:"));
        for (const QString &s : optionValues(form, QStringLiteral("legacy")))
            QVERIFY(s.startsWith(u"domain:"));
        QVERIFY(!role(form, QStringLiteral("legacy"), TemplateForm::EditableRole).toBool());
        QVERIFY(role(form, QStringLiteral("services"), TemplateForm::EditableRole).toBool());

        // "Mine": the user's own entities and groups.
        QString user;
        for (int r = 0; r < m_app->catalog()->count() && user.isEmpty(); ++r) {
            const auto e = m_app->catalog()->fullEntity(m_app->catalog()->entityAt(r).ref());
            if (e && e->kind == u"User")
                for (const auto &rel : e->relations)
                    if (rel.type == u"memberOf")
                        user = e->ref();
        }
        QVERIFY(!user.isEmpty());
        m_app->setMe(user);
        form.setTemplate(form.templateRef(), form.templateDocument());
        const QStringList groups = optionValues(form, QStringLiteral("groups"));
        QVERIFY(!groups.isEmpty());
        for (const QString &g : groups)
            QVERIFY(m_app->myOwners().contains(g));
        for (const QString &m : optionValues(form, QStringLiteral("mine")))
            QVERIFY(m_app->myOwners().contains(m_app->catalog()->find(m)->owner));
        m_app->setMe({});
    }

    void repoUrlPicker()
    {
        TemplateForm form;
        form.setApp(m_app.get());
        setYaml(form, R"(
    - title: Repo
      required: [repoUrl]
      properties:
        repoUrl:
          type: string
          ui:field: RepoUrlPicker
          ui:options:
            allowedHosts: [github.com, ghe.acme.io]
            allowedOwners: [acme-commerce]
)");
        const QVariantMap parts = role(form, QStringLiteral("repoUrl"), TemplateForm::RepoPartsRole).toMap();
        QCOMPARE(parts.value(QStringLiteral("host")).toString(), QStringLiteral("github.com"));
        QCOMPARE(parts.value(QStringLiteral("owners")).toStringList(), QStringList{QStringLiteral("acme-commerce")});
        QCOMPARE(form.allErrors().value(QStringLiteral("repoUrl")), QStringLiteral("Required"));
        form.setRepoPart(QStringLiteral("repoUrl"), QStringLiteral("owner"), QStringLiteral("acme-commerce"));
        QCOMPARE(form.allErrors().value(QStringLiteral("repoUrl")), QStringLiteral("Incomplete repository location: enter a repository name"));
        form.setRepoPart(QStringLiteral("repoUrl"), QStringLiteral("repo"), QStringLiteral("loyalty"));
        QCOMPARE(form.valueAt(QStringLiteral("repoUrl")).toString(), QStringLiteral("github.com?owner=acme-commerce&repo=loyalty"));
        QVERIFY(form.pageValid());
        form.setRepoPart(QStringLiteral("repoUrl"), QStringLiteral("host"), QStringLiteral("ghe.acme.io"));
        QCOMPARE(form.valueAt(QStringLiteral("repoUrl")).toString(), QStringLiteral("ghe.acme.io?owner=acme-commerce&repo=loyalty"));
        form.setRepoPart(QStringLiteral("repoUrl"), QStringLiteral("owner"), QStringLiteral("someone"));
        QCOMPARE(form.allErrors().value(QStringLiteral("repoUrl")), QStringLiteral("Must be one of the allowed values"));
    }

    void reviewMasking()
    {
        TemplateForm form;
        form.setApp(m_app.get());
        setYaml(form, R"(
    - title: Secrets
      properties:
        password: { type: string, title: Password, ui:widget: password }
        hidden: { type: string, title: Hidden, ui:backstage: { review: { show: false } } }
        masked: { type: string, title: Masked, ui:backstage: { review: { mask: '<secret>' } } }
        plain: { type: string, title: Plain }
)");
        for (const char *k : {"password", "hidden", "masked", "plain"})
            form.setValue(QString::fromLatin1(k), QStringLiteral("value-") + QLatin1String(k));
        QVERIFY(form.next());
        QVERIFY(form.reviewing());
        QHash<QString, QString> shown;
        for (const auto &item : form.reviewItems())
            shown.insert(item.toMap().value(QStringLiteral("title")).toString(), item.toMap().value(QStringLiteral("value")).toString());
        QCOMPARE(shown.value(QStringLiteral("Password")), QStringLiteral("******"));
        QVERIFY(!shown.contains(QStringLiteral("Hidden")));
        QCOMPARE(shown.value(QStringLiteral("Masked")), QStringLiteral("<secret>"));
        QCOMPARE(shown.value(QStringLiteral("Plain")), QStringLiteral("value-plain"));
        // The runner still gets every value.
        QCOMPARE(form.parameters().value(u"password").toString(), QStringLiteral("value-password"));
    }

    void pageWhen()
    {
        TemplateForm form;
        form.setApp(m_app.get());
        setYaml(form, R"(
    - title: First
      properties:
        advanced: { type: boolean }
    - title: Advanced
      when: ${{ parameters.advanced }}
      properties:
        x: { type: string }
)");
        QCOMPARE(form.pageCount(), 1);
        form.setValue(QStringLiteral("advanced"), true);
        QCOMPARE(form.pageCount(), 2);
    }

    void createControllerRuns()
    {
        TemplateForm form;
        form.setApp(m_app.get());
        form.setTemplateRef(serviceRef);
        CreateController create;
        create.setForm(&form);
        QVERIFY(!create.available());
        create.startDryRun();
        QCOMPARE(create.status(), QStringLiteral("failed"));
        QVERIFY(!create.error().isEmpty());

        CreateTaskRequest seen;
        create.setTaskFactory([&seen](const CreateTaskRequest &r, QString *) -> CreateTaskJob * {
            seen = r;
            return new FakeJob(r);
        });
        QVERIFY(create.available());
        form.setValue(QStringLiteral("serviceName"), QStringLiteral("loyalty"));
        create.startDryRun();
        QVERIFY(seen.dryRun);
        QCOMPARE(seen.templateRef, serviceRef);
        QCOMPARE(seen.parameters.value(u"serviceName").toString(), QStringLiteral("loyalty"));
        QCOMPARE(create.status(), QStringLiteral("completed"));
        QCOMPARE(create.steps().size(), 2);
        QCOMPARE(create.steps().at(1).toMap().value(QStringLiteral("state")).toString(), QStringLiteral("skipped"));
        QVERIFY(create.log().contains(QStringLiteral("[Fetch] fetching")));
        QStringList tree;
        for (const auto &row : create.files())
            tree << QString(row.toMap().value(QStringLiteral("depth")).toInt() * 2, u' ') + row.toMap().value(QStringLiteral("name")).toString();
        QCOMPARE(tree, (QStringList{QStringLiteral("src"), QStringLiteral("  main"), QStringLiteral("    App.java"),
                                    QStringLiteral("  test"), QStringLiteral("    AppTest.java"), QStringLiteral("README.md")}));
        QCOMPARE(create.selectedFile(), QStringLiteral("src/main/App.java"));
        create.setSelectedFile(QStringLiteral("README.md"));
        QCOMPARE(create.selectedContent(), QStringLiteral("# loyalty"));

        create.create();
        QVERIFY(!seen.dryRun);
        QCOMPARE(create.links().size(), 1);
        QCOMPARE(create.links().at(0).toMap().value(QStringLiteral("url")).toString(), QStringLiteral("https://github.com/acme/x"));
        create.clear();
        QCOMPARE(create.status(), QStringLiteral("idle"));
    }

    /** The real scaffolder behind the seam: a dry run of the demo's service template. */
    void runnerDryRun()
    {
        // From the source tree: the demo bundled in the binary leaves the
        // skeletons out.
        const QString file = QFINDTESTDATA("../../../resources/demo/templates/spring-boot-service/template.yaml");
        QVERIFY(!file.isEmpty());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray yaml = f.readAll();
        TemplateForm form;
        form.setApp(m_app.get());
        form.setTemplate(serviceRef, yamlDoc(yaml), form::keyOrderFromYaml(yaml, 0), file);
        form.setValue(QStringLiteral("serviceName"), QStringLiteral("loyalty-service"));
        form.setValue(QStringLiteral("ownerTeam"), QStringLiteral("group:default/team-platform"));
        form.setOption(QStringLiteral("tier"), 1);
        CreateController create;
        create.setForm(&form);
        create.setTaskFactory(runnerTaskFactory([] { return scaffolder::ActionContext{}; }));
        create.startDryRun();
        QTRY_VERIFY_WITH_TIMEOUT(!create.running(), 30000);
        QVERIFY2(create.status() == u"completed", qPrintable(create.error() + u'\n' + create.log()));
        QStringList paths;
        for (const auto &row : create.files())
            paths << row.toMap().value(QStringLiteral("path")).toString();
        QVERIFY2(paths.contains(QStringLiteral("catalog-info.yaml")), qPrintable(paths.join(u' ')));
        create.setSelectedFile(QStringLiteral("catalog-info.yaml"));
        QVERIFY2(create.selectedContent().contains(QStringLiteral("loyalty-service")), qPrintable(create.selectedContent()));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppController> m_app;
};

QTEST_GUILESS_MAIN(TstTemplateForm)
#include "tst_templateform.moc"
