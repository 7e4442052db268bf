// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "appcontroller.h"
#include "createtask.h"

#include <QByteArray>
#include <QMutex>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace atrium {

/**
 * A template run on the Backstage backend it came from: the task is posted
 * to `/api/scaffolder/v2/tasks` and followed through its event stream
 * (polling `/events?after=` where there is none); step events become
 * stepChanged(), log events logLine(), and the completion's output the
 * result's links and texts. A dry run goes to the backend's dry-run
 * endpoint. cancel() cancels the task on the backend.
 *
 * The requests run on a worker thread of the job's own; the signals are
 * emitted in the thread the job lives in.
 */
class BackstageTaskJob : public CreateTaskJob
{
    Q_OBJECT
public:
    /** @p token is asked for on the worker thread (the keychain may block). */
    BackstageTaskJob(CreateTaskRequest request, QUrl baseUrl, std::function<QByteArray()> token, QObject *parent = nullptr);
    ~BackstageTaskJob() override;

    QStringList stepNames() const override { return m_names; }
    void start() override;
    void cancel() override;

    /** The backend's task id, once it has one (for tests and the log). */
    QString taskId() const;
    /** Milliseconds between polls when there is no event stream. */
    void setPollInterval(int ms) { m_pollMs = ms; }

private:
    void run();
    void emitStep(int step, StepState state);
    void emitLog(int step, const QString &line);
    void emitFinished(const CreateTaskResult &result);

    CreateTaskRequest m_request;
    QUrl m_baseUrl;
    std::function<QByteArray()> m_token;
    QStringList m_names;
    QStringList m_ids;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    std::shared_ptr<std::atomic<bool>> m_abort = std::make_shared<std::atomic<bool>>(false);
    mutable QMutex m_mutex;
    QString m_taskId;
    int m_pollMs = 1000;
};

/** The Create wizard's factory: a template whose source in the cache at
 *  @p cachePath is a Backstage backend of the configuration at
 *  @p configPath runs there (BackstageTaskJob); any other goes to
 *  @p fallback (the local runner). @p token gives a backend's token. */
CreateTaskFactory backstageTaskFactory(std::function<QString()> configPath, std::function<QString()> cachePath,
                                       std::function<QByteArray(const QUrl &baseUrl)> token, CreateTaskFactory fallback);

/** Recent tasks from the configured Backstage backends (`atrium.backstage`
 *  of @p configPath's file): each backend's own tasks of the token's user
 *  (every task when the token names no user), as task records with the
 *  backend as their source and a link to the task's page in Backstage. A
 *  backend that cannot be read adds its error and is left out. */
AppController::TaskLister backstageTaskLister(std::function<QString()> configPath, std::function<QByteArray(const QUrl &baseUrl)> token);

} // namespace atrium
