// SPDX-License-Identifier: Apache-2.0
#include "backstagetaskjob.h"

#include "backstageclient.h"
#include "backstagescaffolder.h"
#include "catalogstore.h"
#include "syncconfig.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QMutexLocker>
#include <QPointer>
#include <QThread>

namespace atrium {

namespace {

CreateTaskJob::StepState stateOf(const QString &status)
{
    if (status == u"processing")
        return CreateTaskJob::StepState::Running;
    if (status == u"completed")
        return CreateTaskJob::StepState::Completed;
    if (status == u"failed")
        return CreateTaskJob::StepState::Failed;
    if (status == u"skipped")
        return CreateTaskJob::StepState::Skipped;
    if (status == u"cancelled")
        return CreateTaskJob::StepState::Cancelled;
    return CreateTaskJob::StepState::Pending;
}

void addOutput(CreateTaskResult &r, const QJsonObject &output)
{
    for (const QJsonValue &v : output.value(u"links").toArray()) {
        const QJsonObject l = v.toObject();
        r.links << CreateTaskLink{l.value(u"title").toString(), l.value(u"url").toString(), l.value(u"entityRef").toString()};
    }
    for (const QJsonValue &v : output.value(u"text").toArray()) {
        const QJsonObject t = v.toObject();
        r.texts << qMakePair(t.value(u"title").toString(), t.value(u"content").toString());
    }
}

} // namespace

BackstageTaskJob::BackstageTaskJob(CreateTaskRequest request, QUrl baseUrl, std::function<QByteArray()> token, QObject *parent)
    : CreateTaskJob(parent), m_request(std::move(request)), m_baseUrl(std::move(baseUrl)), m_token(std::move(token))
{
    for (const QJsonValue &v : m_request.templateEntity.value(u"spec").toObject().value(u"steps").toArray()) {
        const QJsonObject s = v.toObject();
        const QString id = s.value(u"id").toString();
        m_ids << id;
        QString name = s.value(u"name").toString();
        if (name.isEmpty())
            name = id.isEmpty() ? s.value(u"action").toString() : id;
        m_names << name;
    }
}

BackstageTaskJob::~BackstageTaskJob()
{
    if (m_thread) {
        // Gone before the task ended: stop following it (the task itself
        // goes on on the backend, as it does when a browser tab closes).
        m_abort->store(true);
        m_thread->wait();
        delete m_thread;
    }
}

QString BackstageTaskJob::taskId() const
{
    QMutexLocker lock(&m_mutex);
    return m_taskId;
}

void BackstageTaskJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("atrium-backstage-task"));
    m_thread->start();
}

void BackstageTaskJob::cancel()
{
    m_cancel->store(true);
}

void BackstageTaskJob::emitStep(int step, StepState state)
{
    QMetaObject::invokeMethod(this, [this, step, state] { Q_EMIT stepChanged(step, state); }, Qt::QueuedConnection);
}

void BackstageTaskJob::emitLog(int step, const QString &line)
{
    QMetaObject::invokeMethod(this, [this, step, line] { Q_EMIT logLine(step, line); }, Qt::QueuedConnection);
}

void BackstageTaskJob::emitFinished(const CreateTaskResult &result)
{
    QMetaObject::invokeMethod(this, [this, result] { Q_EMIT finished(result); }, Qt::QueuedConnection);
}

void BackstageTaskJob::run()
{
    CreateTaskResult result;
    const QByteArray token = m_token ? m_token() : QByteArray();
    BackstageClient client(m_baseUrl, token);
    const auto abort = m_abort;
    client.setCancelCheck([abort] { return abort->load(); });
    BackstageScaffolder scaffolder(client);
    scaffolder.pollIntervalMs = m_pollMs;
    auto stepIndex = [this](const QString &id) { return int(m_ids.indexOf(id)); };

    if (m_request.dryRun) {
        const BackstageDryRunResult r = scaffolder.dryRun(m_request.templateEntity, m_request.parameters, m_request.secrets);
        if (!r.ok()) {
            result.status = QStringLiteral("failed");
            result.error = r.error.message;
            emitFinished(result);
            return;
        }
        for (const BackstageTaskEvent &e : r.log) {
            const int i = stepIndex(e.stepId);
            if (!e.stepStatus.isEmpty())
                emitStep(i, stateOf(e.stepStatus));
            if (!e.message.isEmpty())
                emitLog(i, e.message);
        }
        for (const auto &f : r.files)
            result.files << CreateTaskFile{f.path, f.content, f.executable, false};
        addOutput(result, r.output);
        result.status = QStringLiteral("completed");
        emitFinished(result);
        return;
    }

    if (m_cancel->load()) {
        result.status = QStringLiteral("cancelled");
        result.error = tr("The task was cancelled before it started.");
        emitFinished(result);
        return;
    }
    BackstageError e;
    const QString id = scaffolder.createTask(m_request.templateRef, m_request.parameters, m_request.secrets, &e);
    if (id.isEmpty()) {
        result.status = QStringLiteral("failed");
        result.error = e.message;
        emitFinished(result);
        return;
    }
    {
        QMutexLocker lock(&m_mutex);
        m_taskId = id;
    }
    result.taskId = id;
    emitLog(-1, tr("Running on %1 as task %2").arg(m_baseUrl.toString(), id));
    const auto cancelFlag = m_cancel;
    const BackstageTaskOutcome o = scaffolder.follow(
        id,
        [&](const BackstageTaskEvent &ev) {
            const int i = stepIndex(ev.stepId);
            if (!ev.stepStatus.isEmpty())
                emitStep(i, stateOf(ev.stepStatus));
            if (!ev.message.isEmpty() && ev.type != u"completion")
                emitLog(i, ev.message);
        },
        [cancelFlag] { return cancelFlag->load(); });
    if (o.requestError.isError()) {
        result.status = QStringLiteral("failed");
        result.error = o.requestError.message;
    } else {
        result.status = o.status;
        result.error = o.status == u"completed" ? QString() : o.error;
        addOutput(result, o.output);
    }
    emitFinished(result);
}

CreateTaskFactory backstageTaskFactory(std::function<QString()> configPath, std::function<QString()> cachePath,
                                       std::function<QByteArray(const QUrl &)> token, CreateTaskFactory fallback)
{
    return [=](const CreateTaskRequest &request, QString *error) -> CreateTaskJob * {
        // Where the template came from: its source in the cache.
        QString sourceId;
        const QString cache = cachePath ? cachePath() : QString();
        if (!cache.isEmpty() && QFileInfo::exists(cache)) {
            CatalogStore store;
            if (store.open(cache)) {
                if (const auto e = store.entity(request.templateRef))
                    sourceId = e->source;
            }
        }
        if (sourceId.startsWith(QStringLiteral("backstage:"))) {
            const SyncConfig config = SyncConfig::load(configPath ? configPath() : SyncConfig::defaultPath(), nullptr);
            const BackstageSource *source = config.backstageSource(sourceId);
            if (!source) {
                if (error)
                    *error = BackstageTaskJob::tr("This template came from %1, which the configuration no longer names; sync again.").arg(sourceId);
                return nullptr;
            }
            const QUrl baseUrl = source->baseUrl;
            return new BackstageTaskJob(request, baseUrl, [token, baseUrl] { return token ? token(baseUrl) : QByteArray(); });
        }
        return fallback ? fallback(request, error) : nullptr;
    };
}

} // namespace atrium

namespace atrium {

AppController::TaskLister backstageTaskLister(std::function<QString()> configPath, std::function<QByteArray(const QUrl &baseUrl)> token)
{
    return [configPath = std::move(configPath), token = std::move(token)](QStringList *errors) {
        QList<scaffolder::TaskRecord> out;
        Diagnostics problems;
        const SyncConfig config = SyncConfig::load(configPath(), &problems);
        for (const BackstageSource &b : config.backstage) {
            const QByteArray t = token ? token(b.baseUrl) : QByteArray();
            BackstageClient client(b.baseUrl, t);
            BackstageScaffolder scaffolder(client);
            BackstageError e;
            // Your own tasks, as Backstage's "My tasks" shows them.
            const QList<BackstageTaskSummary> tasks = scaffolder.listTasks(BackstageScaffolder::userFromToken(t), &e);
            if (e.isError()) {
                if (errors)
                    errors->append(QStringLiteral("%1: %2").arg(b.name, e.message));
                continue;
            }
            for (const BackstageTaskSummary &s : tasks) {
                scaffolder::TaskRecord r;
                r.id = s.id;
                r.templateRef = s.templateRef;
                r.userRef = s.createdBy;
                r.createdAt = s.createdAt;
                // Backstage's open and processing are both still to finish.
                r.status = s.status == u"open" || s.status == u"processing" ? QStringLiteral("running") : s.status;
                r.source = QStringLiteral("backstage:") + b.name;
                // The task's page in Backstage's own front end.
                QUrl page = b.baseUrl;
                page.setPath(page.path() + QStringLiteral("/create/tasks/") + s.id);
                r.output.insert(QStringLiteral("links"),
                                QJsonArray{QJsonObject{{QStringLiteral("title"), QCoreApplication::translate("atrium::TaskHistoryModel", "Open in Backstage")},
                                                       {QStringLiteral("url"), page.toString()}}});
                out.append(r);
            }
        }
        return out;
    };
}

} // namespace atrium
