// SPDX-License-Identifier: Apache-2.0
// Runs tests/qml/tst_*.qml with the app's QML modules and an AppController
// on the demo catalog, exposed to the tests as the singleton TestApp; the
// Sync and Settings controllers, on a configuration in a temporary folder
// (none at first), as TestSync and TestSettings; their toasts are
// TestApp.toasts.
#include "appcontroller.h"
#include "docsimageprovider.h"
#include "settingscontroller.h"
#include "synccontroller.h"
#include "toastmodel.h"

#include <QDir>
#include <QDirIterator>
#include <QJSEngine>
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
        m_toasts = std::make_unique<atrium::ToastModel>();
        m_controller = std::make_unique<atrium::AppController>(nullptr, m_dir.path());
        m_controller->setLinksEnabled(false);
        m_controller->setToasts(m_toasts.get());
        m_controller->openDemo();
        if (!m_controller->waitForLoaded(60000))
            qFatal("demo catalog did not load: %s", qPrintable(m_controller->error()));
        const QString config = m_dir.filePath(QStringLiteral("config/config.yaml"));
        m_settings = std::make_unique<atrium::SettingsController>(config);
        m_settings->setToasts(m_toasts.get());
        m_sync = std::make_unique<atrium::SyncController>(m_controller.get());
        m_sync->setLinksEnabled(false);
        m_sync->setScheduleEnabled(false);
        m_sync->setTokenProvider([](const QString &) { return atrium::TokenStore::Result{}; });
        m_sync->setConfigPath(config);
        QObject::connect(m_settings.get(), &atrium::SettingsController::saved, m_sync.get(),
                         &atrium::SyncController::reloadConfig);
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        engine->addImageProvider(QLatin1String(atrium::DocsImageProvider::name), new atrium::DocsImageProvider(m_controller.get()));
        qmlRegisterSingletonInstance("AtriumTest", 1, 0, "TestApp", m_controller.get());
        qmlRegisterSingletonInstance("AtriumTest", 1, 0, "TestSync", m_sync.get());
        qmlRegisterSingletonInstance("AtriumTest", 1, 0, "TestSettings", m_settings.get());
        // The compat corpus's templates, and where their pages' screenshots go.
        qmlRegisterSingletonType("AtriumTest", 1, 0, "TestData", [](QQmlEngine *, QJSEngine *js) {
            QStringList templates;
            QDirIterator it(QStringLiteral(ATRIUM_COMPAT_DIR "/templates"), {QStringLiteral("template.yaml")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                templates << it.next();
            templates.sort();
            QJSValue data = js->newObject();
            data.setProperty(QStringLiteral("compatTemplates"), js->toScriptValue(templates));
            data.setProperty(QStringLiteral("demoDir"), QStringLiteral(ATRIUM_DEMO_DIR));
            QDir().mkpath(QStringLiteral(ATRIUM_TEST_OUTPUT_DIR "/templates"));
            data.setProperty(QStringLiteral("screenshotDir"), QStringLiteral(ATRIUM_TEST_OUTPUT_DIR "/templates"));
            return data;
        });
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<atrium::ToastModel> m_toasts; ///< TestApp.toasts; outlives the controllers
    std::unique_ptr<atrium::AppController> m_controller;
    std::unique_ptr<atrium::SettingsController> m_settings;
    std::unique_ptr<atrium::SyncController> m_sync;
};

QUICK_TEST_MAIN_WITH_SETUP(tst_qml_catalog, Setup)
#include "tst_qml_catalog.moc"
