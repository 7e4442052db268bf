// SPDX-License-Identifier: Apache-2.0
// The Create section's recent tasks: what the scaffolder's history holds
// for the open catalog, newest first, named by the template's title, with
// the outcome, time and duration in the UI's language, the links a run
// left and why a failed one failed; read again when the cache changes.
#include "appcontroller.h"
#include "backstageclient.h"
#include "backstagescaffolder.h"
#include "backstagetaskjob.h"
#include "fakebackstage.h"
#include "taskhistorymodel.h"
#include "taskstore.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTcpServer>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace atrium;
using scaffolder::TaskRecord;

namespace {
/** A Backstage identity token of @p user (unsigned: the fake reads its claims). */
QByteArray identityToken(const QString &user)
{
    const auto b64 = [](const QByteArray &b) { return b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals); };
    return b64(R"({"alg":"ES256","typ":"vnd.backstage.user"})") + '.'
        + b64(QJsonDocument(QJsonObject{{QStringLiteral("sub"), user}, {QStringLiteral("ent"), QJsonArray{user}}}).toJson(QJsonDocument::Compact))
        + ".c2lnbmF0dXJl";
}
} // namespace

class TestTaskHistory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<AppController> m_app;

    static QJsonObject step(const QString &id, const QString &status)
    {
        return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), id}, {QStringLiteral("status"), status}};
    }

    void record(const TaskRecord &r)
    {
        scaffolder::TaskStore store;
        QString error;
        QVERIFY2(store.open(m_app->cachePath(), &error), qPrintable(error));
        QVERIFY2(store.begin(r, &error), qPrintable(error));
        if (r.finishedAt.isValid())
            QVERIFY2(store.finish(r, &error), qPrintable(error));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_app = std::make_unique<AppController>(nullptr, m_dir.path());
        m_app->setLinksEnabled(false);
        m_app->openDemo();
        QVERIFY(m_app->waitForLoaded(60000));

        const QDateTime start(QDate(2026, 3, 5), QTime(14, 7), Qt::UTC);
        TaskRecord done;
        done.id = QStringLiteral("t-1");
        done.templateRef = QStringLiteral("template:default/spring-boot-service");
        done.createdAt = start;
        done.finishedAt = start.addSecs(185);
        done.status = QStringLiteral("completed");
        done.parameters = QJsonObject{{QStringLiteral("serviceName"), QStringLiteral("loyalty-service")}, {QStringLiteral("replicas"), 3}};
        done.steps = QJsonArray{step(QStringLiteral("fetch"), QStringLiteral("completed")), step(QStringLiteral("publish"), QStringLiteral("completed"))};
        done.output = QJsonObject{{QStringLiteral("links"),
                                   QJsonArray{QJsonObject{{QStringLiteral("title"), QStringLiteral("Repository")},
                                                          {QStringLiteral("url"), QStringLiteral("https://github.com/acme/loyalty-service")}},
                                              QJsonObject{{QStringLiteral("title"), QStringLiteral("Open in catalog")},
                                                          {QStringLiteral("entityRef"), QStringLiteral("component:default/loyalty-service")}}}}};
        record(done);

        TaskRecord failed;
        failed.id = QStringLiteral("t-2");
        failed.templateRef = QStringLiteral("/home/me/drafts/template.yaml");
        failed.createdAt = start.addDays(1);
        failed.finishedAt = failed.createdAt.addMSecs(4200);
        failed.status = QStringLiteral("failed");
        failed.error = QStringLiteral("publish:github: the repository acme/x already exists");
        failed.dryRun = true;
        failed.steps = QJsonArray{step(QStringLiteral("fetch"), QStringLiteral("completed")), step(QStringLiteral("publish"), QStringLiteral("failed"))};
        record(failed);
    }

    void newestFirstWithWhatARunLeft()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        TaskHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setApp(m_app.get());
        QVERIFY(model.waitForLoaded());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.error(), QString());

        // The failed dry run of a template file is the newest.
        const QModelIndex first = model.index(0);
        QCOMPARE(first.data(TaskHistoryModel::IdRole).toString(), QStringLiteral("t-2"));
        QCOMPARE(first.data(TaskHistoryModel::TitleRole).toString(), QStringLiteral("template.yaml"));
        QCOMPARE(first.data(TaskHistoryModel::StatusTextRole).toString(), QStringLiteral("Failed"));
        QVERIFY(first.data(TaskHistoryModel::DryRunRole).toBool());
        QVERIFY(first.data(TaskHistoryModel::ErrorRole).toString().contains(u"already exists"));
        QCOMPARE(first.data(TaskHistoryModel::DurationRole).toString(), QStringLiteral("4 s"));
        QCOMPARE(first.data(TaskHistoryModel::StepsRole).toString(), QStringLiteral("Steps: 1 of 2"));

        // The catalog names the template; the link to the repository is
        // kept, the catalog link (the entity is in the catalog) is not.
        const QModelIndex second = model.index(1);
        QCOMPARE(second.data(TaskHistoryModel::TitleRole).toString(), QStringLiteral("Spring Boot Microservice"));
        QCOMPARE(second.data(TaskHistoryModel::DurationRole).toString(), QStringLiteral("3 min 5 s"));
        const QVariantList links = second.data(TaskHistoryModel::LinksRole).toList();
        QCOMPARE(links.size(), 1);
        QCOMPARE(links.first().toMap().value(QStringLiteral("url")).toString(), QStringLiteral("https://github.com/acme/loyalty-service"));
        QCOMPARE(second.data(TaskHistoryModel::ParametersRole).toString(), QStringLiteral("replicas: 3\nserviceName: loyalty-service"));
        const QDateTime started = second.data(TaskHistoryModel::StartedRole).toDateTime();
        QCOMPARE(second.data(TaskHistoryModel::WhenRole).toString(), QLocale().toString(started.toLocalTime(), QLocale::ShortFormat));
        QVERIFY(second.data(TaskHistoryModel::WhenRole).toString().contains(u"3/5/26") || second.data(TaskHistoryModel::WhenRole).toString().contains(u"3/6/26"));

        // A link a task left opens only when it is http(s).
        QSignalSpy refused(m_app.get(), &AppController::linkRefused);
        QVERIFY(!model.openLink(QStringLiteral("file:///etc/passwd")));
        QCOMPARE(refused.count(), 1);
    }

    void inTheUiLanguage()
    {
        QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
        TaskHistoryModel model;
        model.setApp(m_app.get());
        QVERIFY(model.waitForLoaded());
        const QString when = model.index(1).data(TaskHistoryModel::WhenRole).toString();
        // Korean dates read year. month. day.
        QVERIFY2(when.contains(u". 3. "), qPrintable(when));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void aNewRunShowsOnReload()
    {
        TaskHistoryModel model;
        model.setApp(m_app.get());
        QVERIFY(model.waitForLoaded());
        const int before = model.rowCount();
        TaskRecord running;
        running.id = QStringLiteral("t-3");
        running.templateRef = QStringLiteral("template:default/spring-boot-service");
        running.createdAt = QDateTime::currentDateTimeUtc();
        running.status = QStringLiteral("running");
        record(running);
        QSignalSpy counted(&model, &TaskHistoryModel::countChanged);
        model.reload();
        QVERIFY(model.waitForLoaded());
        QCOMPARE(model.rowCount(), before + 1);
        QCOMPARE(counted.count(), 1);
        QCOMPARE(model.index(0).data(TaskHistoryModel::StatusTextRole).toString(), QStringLiteral("Running"));
        QCOMPARE(model.index(0).data(TaskHistoryModel::DurationRole).toString(), QString()); // not over yet
    }

    void backstageTasksJoinTheList()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        fake::FakeBackstage bs;
        QVERIFY(bs.listen());
        bs.putEntity(QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("scaffolder.backstage.io/v1beta3")},
                                 {QStringLiteral("kind"), QStringLiteral("Template")},
                                 {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("spring-boot-service")},
                                                                          {QStringLiteral("namespace"), QStringLiteral("default")}}},
                                 {QStringLiteral("spec"), QJsonObject{{QStringLiteral("type"), QStringLiteral("service")},
                                                                      {QStringLiteral("steps"), QJsonArray{}}}}});
        BackstageClient alice(bs.baseUrl(), identityToken(QStringLiteral("user:default/alice")));
        BackstageClient bob(bs.baseUrl(), identityToken(QStringLiteral("user:default/bob")));
        BackstageError e;
        const QString mine = BackstageScaffolder(alice).createTask(QStringLiteral("template:default/spring-boot-service"), {}, {}, &e);
        QVERIFY2(!e.isError(), qPrintable(e.message));
        BackstageScaffolder(bob).createTask(QStringLiteral("template:default/spring-boot-service"), {}, {}, &e);
        BackstageScaffolder(alice).createTask(QStringLiteral("template:default/spring-boot-service"), {}, {}, &e);

        // A second backend that is down.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        const QString config = m_dir.filePath(QStringLiteral("config.yaml"));
        QFile f(config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("atrium:\n  backstage:\n    - name: corp\n      baseUrl: %1\n    - name: gone\n      baseUrl: http://127.0.0.1:%2\n")
                    .arg(bs.baseUrl().toString())
                    .arg(port)
                    .toUtf8());
        f.close();
        m_app->setTaskLister(backstageTaskLister([config] { return config; },
                                                 [](const QUrl &) { return identityToken(QStringLiteral("user:default/alice")); }));
        TaskHistoryModel model;
        model.setApp(m_app.get());
        QVERIFY(model.waitForLoaded(60000));
        m_app->setTaskLister({});

        // Alice's two tasks on corp, beside Atrium's own; not Bob's.
        int remote = 0, local = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex i = model.index(row);
            const QString source = i.data(TaskHistoryModel::SourceRole).toString();
            if (source == u"backstage:corp") {
                ++remote;
                QCOMPARE(i.data(TaskHistoryModel::TitleRole).toString(), QStringLiteral("Spring Boot Microservice"));
                const QVariantList links = i.data(TaskHistoryModel::LinksRole).toList();
                QCOMPARE(links.size(), 1);
                QVERIFY(links.first().toMap().value(QStringLiteral("url")).toString().startsWith(bs.baseUrl().toString() + QStringLiteral("/create/tasks/")));
                if (i.data(TaskHistoryModel::IdRole).toString() == mine)
                    QVERIFY(links.first().toMap().value(QStringLiteral("url")).toString().endsWith(mine));
            } else {
                QCOMPARE(source, QStringLiteral("Atrium"));
                ++local;
            }
        }
        QCOMPARE(remote, 2);
        QVERIFY(local >= 2);
        // The backend that did not answer is named; the rest still shows.
        QVERIFY2(model.error().contains(u"gone: "), qPrintable(model.error()));
        // Newest first, across sources.
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.index(row - 1).data(TaskHistoryModel::StartedRole).toDateTime()
                    >= model.index(row).data(TaskHistoryModel::StartedRole).toDateTime());
    }

    void durations()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(TaskHistoryModel::durationText(0), QStringLiteral("0 s"));
        QCOMPARE(TaskHistoryModel::durationText(59'400), QStringLiteral("59 s"));
        QCOMPARE(TaskHistoryModel::durationText(3'600'000 + 4 * 60'000), QStringLiteral("1 h 4 min"));
    }
};

QTEST_MAIN(TestTaskHistory)
#include "tst_taskhistory.moc"
