// SPDX-License-Identifier: Apache-2.0
// Runs tests/qml-charts/tst_*.qml: the Insights page on the demo catalog
// and its Insights data, with the AppController as TestApp and the
// InsightsController as TestInsights. The page shows QtCharts, which need a
// QApplication (Debian's QUICK_TEST_MAIN makes a QGuiApplication, and a
// ChartView then crashes): hence this main(), and a folder of its own,
// outside tests/qml, whose runner searches its subfolders too.
#include "appcontroller.h"
#include "insightscontroller.h"

#include <QApplication>
#include <QQmlEngine>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest/quicktest.h>

Q_IMPORT_QML_PLUGIN(AtriumPlugin)
Q_IMPORT_QML_PLUGIN(Atrium_ModelsPlugin)

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_app = std::make_unique<atrium::AppController>(nullptr, m_dir.path());
        m_app->setLinksEnabled(false);
        m_insights = std::make_unique<atrium::InsightsController>(m_app.get());
        m_app->openDemo();
        if (!m_app->waitForLoaded(60000))
            qFatal("demo catalog did not load: %s", qPrintable(m_app->error()));
        if (!m_insights->waitForIdle(60000) || !m_insights->error().isEmpty())
            qFatal("demo insights did not load: %s", qPrintable(m_insights->error()));
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        qmlRegisterSingletonInstance("AtriumTest", 1, 0, "TestApp", m_app.get());
        qmlRegisterSingletonInstance("AtriumTest", 1, 0, "TestInsights", m_insights.get());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<atrium::AppController> m_app;
    std::unique_ptr<atrium::InsightsController> m_insights;
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    Setup setup;
    return quick_test_main_with_setup(argc, argv, "tst_qml_insights", QUICK_TEST_SOURCE_DIR, &setup);
}

#include "tst_qml_insights.moc"
