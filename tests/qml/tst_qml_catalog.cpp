// SPDX-License-Identifier: Apache-2.0
// Runs tests/qml/tst_*.qml with the app's QML modules and an AppController
// on the demo catalog, exposed to the tests as the singleton TestApp.
#include "appcontroller.h"

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
        m_controller = std::make_unique<atrium::AppController>(nullptr, m_dir.path());
        m_controller->setLinksEnabled(false);
        m_controller->openDemo();
        if (!m_controller->waitForLoaded(60000))
            qFatal("demo catalog did not load: %s", qPrintable(m_controller->error()));
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        qmlRegisterSingletonInstance("AtriumTest", 1, 0, "TestApp", m_controller.get());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<atrium::AppController> m_controller;
};

QUICK_TEST_MAIN_WITH_SETUP(tst_qml_catalog, Setup)
#include "tst_qml_catalog.moc"
