// SPDX-License-Identifier: Apache-2.0
#include "runnertaskjob.h"

#include <QJsonArray>

namespace atrium {

namespace {

CreateTaskJob::StepState toState(scaffolder::StepState::Status s)
{
    using S = scaffolder::StepState;
    switch (s) {
    case S::Pending: return CreateTaskJob::StepState::Pending;
    case S::Running: return CreateTaskJob::StepState::Running;
    case S::Skipped: return CreateTaskJob::StepState::Skipped;
    case S::Completed: return CreateTaskJob::StepState::Completed;
    case S::Failed: return CreateTaskJob::StepState::Failed;
    case S::Cancelled: return CreateTaskJob::StepState::Cancelled;
    }
    return CreateTaskJob::StepState::Pending;
}

class RunnerTaskJob : public CreateTaskJob
{
public:
    RunnerTaskJob(scaffolder::TaskSpec spec, scaffolder::ActionContext context)
    {
        for (const auto &s : spec.templateEntity.value(u"spec").toObject().value(u"steps").toArray()) {
            const QJsonObject step = s.toObject();
            QString name = step.value(u"name").toString();
            if (name.isEmpty())
                name = step.value(u"id").toString();
            if (name.isEmpty())
                name = step.value(u"action").toString();
            m_names << name;
        }
        m_runner = new scaffolder::TaskRunner(std::move(spec), std::move(context), this);
        connect(m_runner, &scaffolder::TaskRunner::stepChanged, this,
                [this](int index, const scaffolder::StepState &state) { Q_EMIT stepChanged(index, toState(state.status)); });
        connect(m_runner, &scaffolder::TaskRunner::logLine, this, &CreateTaskJob::logLine);
        connect(m_runner, &scaffolder::TaskRunner::finished, this, [this](const scaffolder::TaskResult &r) {
            CreateTaskResult out;
            out.taskId = r.taskId;
            out.status = r.status == scaffolder::TaskResult::Completed ? QStringLiteral("completed")
                : r.status == scaffolder::TaskResult::Cancelled       ? QStringLiteral("cancelled")
                                                                      : QStringLiteral("failed");
            out.error = r.error;
            for (const auto &l : r.output.value(u"links").toArray()) {
                const QJsonObject o = l.toObject();
                out.links << CreateTaskLink{o.value(u"title").toString(), o.value(u"url").toString(),
                                            o.value(u"entityRef").toString()};
            }
            for (const auto &t : r.output.value(u"text").toArray()) {
                const QJsonObject o = t.toObject();
                out.texts << qMakePair(o.value(u"title").toString(), o.value(u"content").toString());
            }
            for (const auto &f : r.files)
                out.files << CreateTaskFile{f.path, f.content, f.executable, f.binary};
            Q_EMIT finished(out);
        });
    }
    QStringList stepNames() const override { return m_names; }
    void start() override { m_runner->start(); }
    void cancel() override { m_runner->cancel(); }

private:
    scaffolder::TaskRunner *m_runner = nullptr;
    QStringList m_names;
};

} // namespace

CreateTaskFactory runnerTaskFactory(std::function<scaffolder::ActionContext()> context,
                                    std::function<QJsonObject()> user)
{
    return [context, user](const CreateTaskRequest &request, QString *error) -> CreateTaskJob * {
        const QStringList missing = scaffolder::unsupportedActions(request.templateEntity);
        if (!missing.isEmpty()) {
            if (error)
                *error = CreateTaskJob::tr("This template uses actions Atrium does not have: %1").arg(missing.join(QStringLiteral(", ")));
            return nullptr;
        }
        scaffolder::TaskSpec spec;
        spec.templateRef = request.templateRef;
        spec.templateEntity = request.templateEntity;
        spec.templateLocation = request.templateLocation;
        spec.parameters = request.parameters;
        for (auto it = request.secrets.constBegin(); it != request.secrets.constEnd(); ++it)
            spec.secrets.insert(it.key(), it.value());
        spec.dryRun = request.dryRun;
        if (user)
            spec.user = user();
        return new RunnerTaskJob(std::move(spec), context ? context() : scaffolder::ActionContext{});
    };
}

} // namespace atrium
