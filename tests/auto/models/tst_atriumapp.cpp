// SPDX-License-Identifier: Apache-2.0
// Runs the built `atrium` binary the way CI and users do: the QML
// self-test, and offscreen screenshots of each view in both languages.
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class TestAtriumApp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void selfTest();
    void screenshot_data();
    void screenshot();
    void settingsOfAGivenConfig();
    void unknownEntityFails();
    void unknownViewFails();
    void badOptionFails();

private:
    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &args);

    QTemporaryDir m_home; ///< XDG folders of the child: no trace in the real ones
};

void TestAtriumApp::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(QFile::exists(QStringLiteral(ATRIUM_BINARY)));
}

TestAtriumApp::Run TestAtriumApp::run(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("ATRIUM_CACHE"), m_home.filePath(QStringLiteral("data/catalog.sqlite")));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ATRIUM_BINARY), args);
    Run r;
    if (!p.waitForFinished(180000)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

void TestAtriumApp::selfTest()
{
    for (const QStringList &args : {QStringList{u"--self-test"_qs}, QStringList{u"--self-test"_qs, u"--lang"_qs, u"ko"_qs}}) {
        const Run r = run(args);
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        QVERIFY2(r.out.contains("self-test:"), r.out.constData());
        QVERIFY2(r.out.contains("Main.qml"), r.out.constData());
        QVERIFY2(r.out.contains("Sync/SyncPage.qml") && r.out.contains("Settings/SettingsPage.qml"), r.out.constData());
    }
}

void TestAtriumApp::screenshot_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QString>("lang");
    QTest::newRow("catalog-en") << u"catalog"_qs << u"en"_qs;
    QTest::newRow("entity-en") << u"entity:component:default/order-service"_qs << u"en"_qs;
    QTest::newRow("catalog-ko") << u"catalog"_qs << u"ko"_qs;
    QTest::newRow("entity-ko") << u"entity:component:default/order-service"_qs << u"ko"_qs;
    QTest::newRow("entity-api-en") << u"entity:api:order-api#api"_qs << u"en"_qs;
    QTest::newRow("entity-yaml-en") << u"entity:component:default/order-service#yaml"_qs << u"en"_qs;
    QTest::newRow("graph-en") << u"graph:component:default/order-service"_qs << u"en"_qs;
    QTest::newRow("graph-ko") << u"graph:component:default/order-service"_qs << u"ko"_qs;
    QTest::newRow("blast-en") << u"blast:component:default/payment-service"_qs << u"en"_qs;
    QTest::newRow("problems-en") << u"problems"_qs << u"en"_qs;
    QTest::newRow("sync-en") << u"sync"_qs << u"en"_qs;
    QTest::newRow("sync-ko") << u"sync"_qs << u"ko"_qs;
    QTest::newRow("settings-en") << u"settings"_qs << u"en"_qs;
    QTest::newRow("settings-ko") << u"settings"_qs << u"ko"_qs;
    QTest::newRow("insights-en") << u"insights"_qs << u"en"_qs;
    QTest::newRow("insights-ko") << u"insights"_qs << u"ko"_qs;
    QTest::newRow("insights-kpi-en") << u"insights:service-creation-lead-time"_qs << u"en"_qs;
    QTest::newRow("insights-kpi-ko") << u"insights:dora-deployment-frequency"_qs << u"ko"_qs;
    QTest::newRow("create-en") << u"create"_qs << u"en"_qs;
    QTest::newRow("create-ko") << u"create"_qs << u"ko"_qs;
    QTest::newRow("create-service-en") << u"create:template:default/spring-boot-service"_qs << u"en"_qs;
    QTest::newRow("create-service-ko") << u"create:template:default/spring-boot-service"_qs << u"ko"_qs;
    QTest::newRow("docs-runbook-en") << u"docs:component:default/order-service/runbook.md"_qs << u"en"_qs;
    QTest::newRow("docs-runbook-ko") << u"docs:component:default/order-service/runbook.md"_qs << u"ko"_qs;
    QTest::newRow("docs-home-en") << u"docs"_qs << u"en"_qs;
    QTest::newRow("entity-docs-en") << u"entity:component:default/order-service#docs"_qs << u"en"_qs;
    QTest::newRow("palette-docs-en") << u"palette:outbox lag"_qs << u"en"_qs;
}

void TestAtriumApp::screenshot()
{
    QFETCH(QString, view);
    QFETCH(QString, lang);
    QTemporaryDir out;
    const QString png = out.filePath(QStringLiteral("out.png"));
    const Run r = run({u"--demo"_qs, u"--screenshot"_qs, png, u"--view"_qs, view, u"--lang"_qs, lang});
    QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
    QVERIFY(QFile::exists(png));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 800 && image.height() >= 500);
    // Not blank: a rendered view has text, chips and borders in many colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height() && colours.size() < 64; y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() >= 32, qPrintable(QString::number(colours.size())));
}

void TestAtriumApp::unknownEntityFails()
{
    QTemporaryDir out;
    const Run r = run({u"--demo"_qs, u"--screenshot"_qs, out.filePath(u"x.png"_qs), u"--view"_qs,
                       u"entity:component:default/no-such-thing"_qs});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("no entity"), r.err.constData());
}

void TestAtriumApp::settingsOfAGivenConfig()
{
    // --config FILE: the Settings view reads that file, and a self-test
    // loads the pages on it.
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("atrium.yaml"));
    QFile f(config);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("catalog:\n  providers:\n    github:\n      acme:\n        organization: acme\n"
            "        filters:\n          repository: '(unclosed'\n");
    f.close();
    const QString png = dir.filePath(QStringLiteral("settings.png"));
    Run r = run({u"--demo"_qs, u"--config"_qs, config, u"--screenshot"_qs, png, u"--view"_qs, u"settings"_qs});
    QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
    QVERIFY(!QImage(png).isNull());
    r = run({u"--self-test"_qs, u"--config"_qs, config});
    QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
    // Viewing is not saving.
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("(unclosed"));
}

void TestAtriumApp::unknownViewFails()
{
    QTemporaryDir out;
    const Run r = run({u"--demo"_qs, u"--screenshot"_qs, out.filePath(u"x.png"_qs), u"--view"_qs, u"nowhere"_qs});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("sync, settings"), r.err.constData());
}

void TestAtriumApp::badOptionFails()
{
    const Run r = run({u"--no-such-option"_qs});
    QCOMPARE(r.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestAtriumApp)
#include "tst_atriumapp.moc"
