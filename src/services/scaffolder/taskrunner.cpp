// SPDX-License-Identifier: Apache-2.0
#include "taskrunner.h"
#include "actions_p.h"
#include "taskstore.h"

#include "templateengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QMutex>
#include <QSet>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

namespace atrium::scaffolder {

Q_LOGGING_CATEGORY(lcScaffolder, "atrium.scaffolder")

namespace {

const QStringList kActions{
    QStringLiteral("fetch:template"), QStringLiteral("fetch:template:file"), QStringLiteral("fetch:plain"),
    QStringLiteral("fetch:plain:file"), QStringLiteral("debug:log"), QStringLiteral("fs:delete"),
    QStringLiteral("fs:rename"), QStringLiteral("catalog:write"), QStringLiteral("publish:github"),
    QStringLiteral("publish:github:pull-request"), QStringLiteral("catalog:register"),
    QStringLiteral("argocd:create-resources"), QStringLiteral("github:actions:dispatch"),
    QStringLiteral("notification:send"), QStringLiteral("github:pages:enable"), QStringLiteral("debug:wait")};

QJsonObject stepJson(const StepState &s)
{
    return QJsonObject{{QStringLiteral("id"), s.id},
                       {QStringLiteral("name"), s.name},
                       {QStringLiteral("action"), s.action},
                       {QStringLiteral("status"), StepState::statusName(s.status)},
                       {QStringLiteral("error"), s.error},
                       {QStringLiteral("log"), QJsonArray::fromStringList(s.log)},
                       {QStringLiteral("startedMs"), double(s.startedMs)},
                       {QStringLiteral("finishedMs"), double(s.finishedMs)}};
}

} // namespace

QString StepState::statusName(Status s)
{
    switch (s) {
    case Pending: return QStringLiteral("pending");
    case Running: return QStringLiteral("running");
    case Skipped: return QStringLiteral("skipped");
    case Completed: return QStringLiteral("completed");
    case Failed: return QStringLiteral("failed");
    case Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

QString TaskResult::statusName(Status s)
{
    switch (s) {
    case Completed: return QStringLiteral("completed");
    case Failed: return QStringLiteral("failed");
    case Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

QStringList supportedActions()
{
    return kActions;
}

QStringList unsupportedActions(const QJsonObject &templateEntity)
{
    QStringList out;
    const QJsonArray steps = templateEntity.value(QStringLiteral("spec")).toObject().value(QStringLiteral("steps")).toArray();
    for (const QJsonValue &s : steps) {
        const QString a = s.toObject().value(QStringLiteral("action")).toString();
        if (!kActions.contains(a) && !out.contains(a))
            out << a;
    }
    return out;
}

struct TaskRunner::Private {
    TaskSpec spec;
    ActionContext ctx;
    std::atomic<bool> cancelled{false};
    QThread *thread = nullptr;
    QStringList secretsToMask;

    QDateTime now() const { return ctx.clock ? ctx.clock() : QDateTime::currentDateTimeUtc(); }
    QString redact(const QString &text) const
    {
        QString t = text;
        for (const QString &s : secretsToMask)
            t.replace(s, QStringLiteral("***"));
        return t;
    }
};

TaskRunner::TaskRunner(TaskSpec spec, ActionContext context, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    qRegisterMetaType<atrium::scaffolder::StepState>();
    qRegisterMetaType<atrium::scaffolder::TaskResult>();
    d->spec = std::move(spec);
    d->ctx = std::move(context);
    if (d->spec.taskId.isEmpty())
        d->spec.taskId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // Every secret string, so that no log line or error shows one.
    std::function<void(const QJsonValue &)> collect = [&](const QJsonValue &v) {
        if (v.isString() && v.toString().size() >= 3)
            d->secretsToMask << v.toString();
        else if (v.isObject())
            for (const QJsonValue &x : v.toObject())
                collect(x);
        else if (v.isArray())
            for (const QJsonValue &x : v.toArray())
                collect(x);
    };
    collect(d->spec.secrets);
    // Password fields of the form are secrets too.
    const QJsonObject masked = TaskStore::maskParameters(d->spec.parameters, d->spec.templateEntity);
    for (auto it = masked.begin(); it != masked.end(); ++it)
        if (it.value() != d->spec.parameters.value(it.key()))
            collect(d->spec.parameters.value(it.key()));
}

TaskRunner::~TaskRunner()
{
    if (d->thread) {
        cancel();
        d->thread->wait();
        delete d->thread;
    }
}

QString TaskRunner::taskId() const
{
    return d->spec.taskId;
}

void TaskRunner::cancel()
{
    d->cancelled = true;
}

bool TaskRunner::isCancelled() const
{
    return d->cancelled;
}

void TaskRunner::start()
{
    if (d->thread)
        return;
    d->thread = QThread::create([this] { run(); });
    d->thread->setObjectName(QStringLiteral("scaffolder-task"));
    d->thread->start();
}

TaskResult TaskRunner::run()
{
    const TaskSpec &spec = d->spec;
    TaskResult result;
    result.taskId = spec.taskId;

    // The history first, so that even a task killed at once leaves a trace.
    TaskStore store;
    TaskRecord record;
    record.id = spec.taskId;
    record.templateRef = spec.templateRef;
    record.userRef = spec.user.value(QStringLiteral("ref")).toString();
    record.parameters = TaskStore::maskParameters(spec.parameters, spec.templateEntity);
    record.createdAt = d->now();
    record.status = QStringLiteral("running");
    record.dryRun = spec.dryRun;
    if (!d->ctx.cachePath.isEmpty()) {
        QString e;
        if (!store.open(d->ctx.cachePath, &e) || !store.begin(record, &e))
            qCWarning(lcScaffolder) << "task history not written:" << e;
    }

    const QJsonObject templateSpec = spec.templateEntity.value(QStringLiteral("spec")).toObject();
    const QJsonArray steps = templateSpec.value(QStringLiteral("steps")).toArray();
    for (const QJsonValue &v : steps) {
        const QJsonObject s = v.toObject();
        StepState st;
        st.id = s.value(QStringLiteral("id")).toString();
        st.name = s.value(QStringLiteral("name")).toString(st.id);
        st.action = s.value(QStringLiteral("action")).toString();
        result.steps << st;
    }

    auto stepsJson = [&] {
        QJsonArray a;
        for (const StepState &s : result.steps)
            a.append(stepJson(s));
        return a;
    };
    auto changed = [&](int i) {
        Q_EMIT stepChanged(i, result.steps[i]);
        if (store.isOpen())
            store.updateSteps(spec.taskId, stepsJson());
    };
    auto finishTask = [&] {
        record.status = TaskResult::statusName(result.status);
        record.finishedAt = d->now();
        record.error = result.error;
        record.steps = stepsJson();
        record.output = result.output;
        if (store.isOpen())
            store.finish(record);
        Q_EMIT finished(result);
        return result;
    };

    // The workspace: a fresh folder of its own, and git's scratch space beside it.
    const QString parent = spec.workspaceParent.isEmpty() ? QDir::tempPath() : spec.workspaceParent;
    const QString taskDir = QDir(parent).absoluteFilePath(QStringLiteral("atrium-task-") + spec.taskId);
    if (QFileInfo::exists(taskDir) || !QDir().mkpath(taskDir + QStringLiteral("/workspace"))) {
        result.error = QCoreApplication::translate("atrium::scaffolder", "Cannot create the task's workspace folder %1.").arg(taskDir);
        return finishTask();
    }
    const QString workspace = QFileInfo(taskDir + QStringLiteral("/workspace")).canonicalFilePath();
    result.workspacePath = workspace;

    QJsonObject stepsOutput;
    QJsonObject baseContext{{QStringLiteral("parameters"), spec.parameters},
                            {QStringLiteral("secrets"), spec.secrets},
                            {QStringLiteral("user"), spec.user},
                            {QStringLiteral("context"), QJsonObject{{QStringLiteral("task"), QJsonObject{{QStringLiteral("id"), spec.taskId}}}}}};
    bool failedBefore = false;
    bool calledStatusFn = false;
    const QHash<QString, tmpl::Function> globals{
        {QStringLiteral("always"), [&](const QJsonArray &) { calledStatusFn = true; return QJsonValue(true); }},
        {QStringLiteral("failure"), [&](const QJsonArray &) { calledStatusFn = true; return QJsonValue(failedBefore); }},
    };
    int filesWritten = 0;
    qint64 bytesWritten = 0;

    for (int i = 0; i < steps.size(); ++i) {
        StepState &st = result.steps[i];
        const QJsonObject step = steps[i].toObject();
        QJsonObject context = baseContext;
        context.insert(QStringLiteral("steps"), stepsOutput);
        auto log = [&, i](const QString &line) {
            const QString shown = d->redact(line);
            result.steps[i].log << shown;
            Q_EMIT logLine(i, shown);
        };

        if (d->cancelled) {
            st.status = StepState::Cancelled;
            changed(i);
            continue;
        }
        // `if`: after a failure, only steps whose condition asks about it run.
        bool run = !failedBefore;
        if (step.contains(QStringLiteral("if"))) {
            calledStatusFn = false;
            tmpl::Error err;
            const QJsonValue cond = tmpl::renderValue(step.value(QStringLiteral("if")), context, &err, globals);
            if (err.isError()) {
                st.status = StepState::Failed;
                st.error = d->redact(QCoreApplication::translate("atrium::scaffolder", "The step's \"if\" cannot be evaluated: %1").arg(err.message));
                failedBefore = true;
                changed(i);
                continue;
            }
            run = tmpl::isTruthy(cond) && (!failedBefore || calledStatusFn);
        }
        if (!run) {
            st.status = StepState::Skipped;
            changed(i);
            continue;
        }
        st.status = StepState::Running;
        st.startedMs = d->now().toMSecsSinceEpoch();
        changed(i);

        // `each`: an array or object; the step runs once per entry.
        QList<QJsonObject> iterations;
        if (step.contains(QStringLiteral("each"))) {
            tmpl::Error err;
            const QJsonValue each = tmpl::renderValue(step.value(QStringLiteral("each")), context, &err, globals);
            if (err.isError() || !(each.isArray() || each.isObject())) {
                st.error = err.isError() ? QCoreApplication::translate("atrium::scaffolder", "The step's \"each\" cannot be evaluated: %1").arg(err.message)
                                         : QCoreApplication::translate("atrium::scaffolder", "The step's \"each\" must give an array or an object.");
                st.error = d->redact(st.error);
                st.status = StepState::Failed;
            } else if (each.isArray()) {
                const QJsonArray a = each.toArray();
                for (int k = 0; k < a.size(); ++k)
                    iterations << QJsonObject{{QStringLiteral("key"), QString::number(k)}, {QStringLiteral("value"), a[k]}};
            } else {
                const QJsonObject o = each.toObject();
                for (auto it = o.begin(); it != o.end(); ++it)
                    iterations << QJsonObject{{QStringLiteral("key"), it.key()}, {QStringLiteral("value"), it.value()}};
            }
        } else {
            iterations << QJsonObject();
        }

        const bool hasEach = step.contains(QStringLiteral("each"));
        QJsonObject output;
        if (st.status != StepState::Failed) {
            if (!kActions.contains(st.action)) {
                st.status = StepState::Failed;
                st.error = QCoreApplication::translate("atrium::scaffolder", "The action \"%1\" is not supported by Atrium; supported actions: %2.")
                               .arg(st.action, kActions.join(QStringLiteral(", ")));
            }
        }
        for (const QJsonObject &iteration : std::as_const(iterations)) {
            if (st.status == StepState::Failed)
                break;
            QJsonObject ictx = context;
            if (hasEach)
                ictx.insert(QStringLiteral("each"), iteration);
            tmpl::Error err;
            const QJsonValue input = tmpl::renderValue(step.value(QStringLiteral("input")).toObject(), ictx, &err, globals);
            if (err.isError()) {
                st.status = StepState::Failed;
                st.error = d->redact(QCoreApplication::translate("atrium::scaffolder", "The step's input cannot be rendered: %1 (line %2)").arg(err.message).arg(err.line));
                break;
            }
            detail::ActionRun ar;
            ar.taskId = spec.taskId;
            ar.workspace = workspace;
            ar.gitDir = taskDir + QStringLiteral("/git");
            ar.templateLocation = spec.templateLocation;
            ar.dryRun = spec.dryRun;
            ar.ctx = &d->ctx;
            ar.log = log;
            ar.cancelled = [this] { return d->cancelled.load(); };
            ar.redact = [this](const QString &t) { return d->redact(t); };
            ar.filesWritten = &filesWritten;
            ar.bytesWritten = &bytesWritten;
            const bool ok = detail::runAction(st.action, input.toObject(), ar);
            if (!ok) {
                st.status = d->cancelled ? StepState::Cancelled : StepState::Failed;
                st.error = d->redact(ar.error);
                break;
            }
            // With `each`, every output becomes the list of the iterations' values.
            for (auto it = ar.output.begin(); it != ar.output.end(); ++it) {
                if (hasEach) {
                    QJsonArray list = output.value(it.key()).toArray();
                    list.append(it.value());
                    output.insert(it.key(), list);
                } else {
                    output.insert(it.key(), it.value());
                }
            }
        }
        st.finishedMs = d->now().toMSecsSinceEpoch();
        if (st.status == StepState::Running) {
            st.status = StepState::Completed;
            st.output = output;
            if (!st.id.isEmpty())
                stepsOutput.insert(st.id, QJsonObject{{QStringLiteral("output"), output}});
        } else if (st.status == StepState::Failed) {
            failedBefore = true;
            if (result.error.isEmpty())
                result.error = QCoreApplication::translate("atrium::scaffolder", "Step \"%1\" failed: %2").arg(st.name, st.error);
            qCInfo(lcScaffolder) << "step" << st.id << "failed:" << st.error;
        }
        changed(i);
    }

    if (d->cancelled) {
        result.status = TaskResult::Cancelled;
        if (result.error.isEmpty())
            result.error = QCoreApplication::translate("atrium::scaffolder", "The task was cancelled.");
    } else {
        result.status = failedBefore ? TaskResult::Failed : TaskResult::Completed;
    }

    // spec.output, with the outputs of the steps that ran.
    QJsonObject context = baseContext;
    context.insert(QStringLiteral("steps"), stepsOutput);
    tmpl::Error err;
    const QJsonObject rendered = tmpl::renderValue(templateSpec.value(QStringLiteral("output")).toObject(), context, &err, globals).toObject();
    if (err.isError()) {
        if (result.error.isEmpty())
            result.error = d->redact(QCoreApplication::translate("atrium::scaffolder", "The template's output cannot be rendered: %1").arg(err.message));
        result.status = result.status == TaskResult::Completed ? TaskResult::Failed : result.status;
    }
    QJsonObject out;
    for (auto it = rendered.begin(); it != rendered.end(); ++it) {
        if (it.key() == u"links" || it.key() == u"text") {
            QJsonArray kept;
            for (const QJsonValue &e : it.value().toArray()) {
                QJsonObject o = e.toObject();
                if (o.contains(QStringLiteral("if")) && !tmpl::isTruthy(o.value(QStringLiteral("if"))))
                    continue;
                o.remove(QStringLiteral("if"));
                kept.append(o);
            }
            out.insert(it.key(), kept);
        } else {
            out.insert(it.key(), it.value());
        }
    }
    result.output = out;

    if (spec.dryRun)
        result.files = detail::listTree(workspace, true);
    // The workspace is scratch space: what matters was pushed or returned.
    QDir(taskDir).removeRecursively();
    return finishTask();
}

} // namespace atrium::scaffolder
