// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "appcontroller.h"
#include "createtask.h"
#include "templateform.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace atrium {

/**
 * The actions of the Create wizard once its form is filled: a dry run (the
 * files the template would write, as a tree) and the real run (live steps,
 * log and output links). Runs go through the task factory the application
 * set on AppController; without one, both say the scaffolder is not available.
 */
class CreateController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(atrium::AppController *app READ app WRITE setApp NOTIFY appChanged)
    Q_PROPERTY(atrium::TemplateForm *form READ form WRITE setForm NOTIFY formChanged)
    Q_PROPERTY(bool available READ available NOTIFY appChanged)
    /** idle, running, completed, failed or cancelled */
    Q_PROPERTY(QString status READ status NOTIFY stateChanged)
    Q_PROPERTY(bool running READ running NOTIFY stateChanged)
    Q_PROPERTY(bool dryRun READ dryRun NOTIFY stateChanged)
    Q_PROPERTY(QString error READ error NOTIFY stateChanged)
    /** [{name, state}] with state pending, running, completed, failed, skipped or cancelled. */
    Q_PROPERTY(QVariantList steps READ steps NOTIFY stepsChanged)
    Q_PROPERTY(QString log READ log NOTIFY logChanged)
    /** [{title, url, entityRef}] */
    Q_PROPERTY(QVariantList links READ links NOTIFY stateChanged)
    /** [{title, content}] */
    Q_PROPERTY(QVariantList texts READ texts NOTIFY stateChanged)
    /** The dry run's tree, flattened: [{path, name, depth, folder, binary, executable, size}] */
    Q_PROPERTY(QVariantList files READ files NOTIFY stateChanged)
    Q_PROPERTY(QString selectedFile READ selectedFile WRITE setSelectedFile NOTIFY selectedFileChanged)
    Q_PROPERTY(QString selectedContent READ selectedContent NOTIFY selectedFileChanged)

public:
    explicit CreateController(QObject *parent = nullptr);
    ~CreateController() override;

    AppController *app() const { return m_app; }
    void setApp(AppController *app);
    TemplateForm *form() const { return m_form; }
    void setForm(TemplateForm *form);
    /** Tests: the factory to use instead of the application's. */
    void setTaskFactory(CreateTaskFactory factory) { m_factory = std::move(factory); Q_EMIT appChanged(); }

    bool available() const;
    QString status() const { return m_status; }
    bool running() const { return m_status == u"running"; }
    bool dryRun() const { return m_dryRun; }
    QString error() const { return m_error; }
    QVariantList steps() const { return m_steps; }
    QString log() const { return m_log.join(u'\n'); }
    QVariantList links() const { return m_links; }
    QVariantList texts() const { return m_texts; }
    QVariantList files() const { return m_tree; }
    QString selectedFile() const { return m_selected; }
    void setSelectedFile(const QString &path);
    QString selectedContent() const;

    Q_INVOKABLE void startDryRun() { start(true); }
    Q_INVOKABLE void create() { start(false); }
    Q_INVOKABLE void cancel();
    /** Forgets the last run (back to the form). */
    Q_INVOKABLE void clear();
    /** Builds the flattened tree of @p files (tests). */
    static QVariantList fileTree(const QList<CreateTaskFile> &files);

Q_SIGNALS:
    void appChanged();
    void formChanged();
    void stateChanged();
    /** A task (run or dry run) ended: completed, failed or cancelled. */
    void finished();
    void stepsChanged();
    void logChanged();
    void selectedFileChanged();

private:
    void start(bool dryRun);
    void onFinished(const CreateTaskResult &result);
    CreateTaskFactory factory() const;

    QPointer<AppController> m_app;
    QPointer<TemplateForm> m_form;
    CreateTaskFactory m_factory;
    QPointer<CreateTaskJob> m_job;
    QString m_status = QStringLiteral("idle");
    bool m_dryRun = false;
    QString m_error;
    QVariantList m_steps;
    QStringList m_log;
    QVariantList m_links;
    QVariantList m_texts;
    QList<CreateTaskFile> m_files;
    QVariantList m_tree;
    QString m_selected;
};

} // namespace atrium
