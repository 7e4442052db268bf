// SPDX-License-Identifier: Apache-2.0
#include "createcontroller.h"

#include "appcontroller.h"
#include "templateform.h"

#include <QLoggingCategory>
#include <QMap>

namespace atrium {

Q_LOGGING_CATEGORY(lcCreate, "atrium.models.create")

namespace {
QString stateName(CreateTaskJob::StepState s)
{
    switch (s) {
    case CreateTaskJob::StepState::Pending: return QStringLiteral("pending");
    case CreateTaskJob::StepState::Running: return QStringLiteral("running");
    case CreateTaskJob::StepState::Completed: return QStringLiteral("completed");
    case CreateTaskJob::StepState::Failed: return QStringLiteral("failed");
    case CreateTaskJob::StepState::Skipped: return QStringLiteral("skipped");
    case CreateTaskJob::StepState::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}
} // namespace

CreateController::CreateController(QObject *parent)
    : QObject(parent)
{
}

CreateController::~CreateController()
{
    if (m_job)
        m_job->cancel();
}

void CreateController::setApp(AppController *app)
{
    if (m_app == app)
        return;
    m_app = app;
    Q_EMIT appChanged();
}

void CreateController::setForm(TemplateForm *form)
{
    if (m_form == form)
        return;
    m_form = form;
    Q_EMIT formChanged();
}

CreateTaskFactory CreateController::factory() const
{
    if (m_factory)
        return m_factory;
    return m_app ? m_app->createTaskFactory() : CreateTaskFactory();
}

bool CreateController::available() const
{
    return bool(factory());
}

void CreateController::clear()
{
    if (running())
        return;
    m_status = QStringLiteral("idle");
    m_error.clear();
    m_steps.clear();
    m_log.clear();
    m_links.clear();
    m_texts.clear();
    m_files.clear();
    m_tree.clear();
    m_selected.clear();
    Q_EMIT stateChanged();
    Q_EMIT stepsChanged();
    Q_EMIT logChanged();
    Q_EMIT selectedFileChanged();
}

void CreateController::start(bool dryRun)
{
    if (running() || !m_form || !m_form->loaded())
        return;
    clear();
    m_dryRun = dryRun;
    const auto make = factory();
    if (!make) {
        m_status = QStringLiteral("failed");
        m_error = tr("Running templates is not available in this build");
        Q_EMIT stateChanged();
        return;
    }
    CreateTaskRequest request;
    request.templateRef = m_form->templateRef();
    request.templateEntity = m_form->templateDocument();
    request.templateLocation = m_form->templateLocation();
    request.parameters = m_form->parameters();
    request.secrets = m_form->secrets();
    request.dryRun = dryRun;
    QString why;
    CreateTaskJob *job = make(request, &why);
    if (!job) {
        m_status = QStringLiteral("failed");
        m_error = why.isEmpty() ? tr("The template cannot run") : why;
        Q_EMIT stateChanged();
        return;
    }
    job->setParent(this);
    m_job = job;
    for (const QString &name : job->stepNames())
        m_steps << QVariantMap{{QStringLiteral("name"), name}, {QStringLiteral("state"), QStringLiteral("pending")}};
    connect(job, &CreateTaskJob::stepChanged, this, [this](int step, CreateTaskJob::StepState state) {
        if (step < 0 || step >= m_steps.size())
            return;
        QVariantMap m = m_steps.at(step).toMap();
        m.insert(QStringLiteral("state"), stateName(state));
        m_steps[step] = m;
        Q_EMIT stepsChanged();
    });
    connect(job, &CreateTaskJob::logLine, this, [this](int step, const QString &line) {
        const QString name = step >= 0 && step < m_steps.size() ? m_steps.at(step).toMap().value(QStringLiteral("name")).toString() : QString();
        m_log << (name.isEmpty() ? line : QStringLiteral("[%1] %2").arg(name, line));
        Q_EMIT logChanged();
    });
    connect(job, &CreateTaskJob::finished, this, &CreateController::onFinished);
    m_status = QStringLiteral("running");
    Q_EMIT stateChanged();
    Q_EMIT stepsChanged();
    qCInfo(lcCreate) << (dryRun ? "dry run of" : "running") << request.templateRef;
    job->start();
}

void CreateController::cancel()
{
    if (m_job)
        m_job->cancel();
}

void CreateController::onFinished(const CreateTaskResult &result)
{
    m_status = result.status.isEmpty() ? QStringLiteral("failed") : result.status;
    m_error = result.error;
    for (const CreateTaskLink &l : result.links)
        m_links << QVariantMap{{QStringLiteral("title"), l.title.isEmpty() ? (l.url.isEmpty() ? l.entityRef : l.url) : l.title},
                               {QStringLiteral("url"), l.url},
                               {QStringLiteral("entityRef"), l.entityRef}};
    for (const auto &t : result.texts)
        m_texts << QVariantMap{{QStringLiteral("title"), t.first}, {QStringLiteral("content"), t.second}};
    m_files = result.files;
    m_tree = fileTree(m_files);
    if (m_job)
        m_job->deleteLater();
    m_job = nullptr;
    Q_EMIT stateChanged();
    Q_EMIT finished();
    // A real run can take minutes, and the user may have gone elsewhere:
    // its end is told by a toast (a dry run shows its result in place).
    ToastModel *toasts = m_app ? m_app->toasts() : nullptr;
    if (toasts && !m_dryRun && m_status != u"cancelled") {
        const QString name = m_form && !m_form->title().isEmpty() ? m_form->title() : tr("The template");
        QString entity;
        for (const CreateTaskLink &l : result.links) {
            if (!l.entityRef.isEmpty()) {
                entity = l.entityRef;
                break;
            }
        }
        if (m_status == u"completed")
            toasts->showRequest(tr("Template %1 finished").arg(name), tr("Open"),
                                entity.isEmpty() ? QStringLiteral("showCreate") : QStringLiteral("openEntity"), entity);
        else
            toasts->showRequest(tr("Template %1 failed").arg(name), tr("Show"), QStringLiteral("showCreate"), {}, true);
    }
    // The first file is shown at once.
    for (const CreateTaskFile &f : std::as_const(m_files)) {
        setSelectedFile(f.path);
        break;
    }
}

QVariantList CreateController::fileTree(const QList<CreateTaskFile> &files)
{
    // Folders first at each level, then files, A-Z: a sorted map of paths
    // where a folder sorts as "name/" with a marker that puts it first.
    QMap<QString, QVariantMap> rows;
    auto sortKey = [](const QStringList &parts, int upto, bool folderLast) {
        QString key;
        for (int i = 0; i <= upto; ++i) {
            const bool folder = i < upto || folderLast;
            key += (folder ? QStringLiteral("0") : QStringLiteral("1")) + parts.at(i).toLower() + u'\x01';
        }
        return key;
    };
    for (const CreateTaskFile &f : files) {
        const QStringList parts = f.path.split(u'/', Qt::SkipEmptyParts);
        for (int i = 0; i < parts.size(); ++i) {
            const bool folder = i + 1 < parts.size();
            const QString key = sortKey(parts, i, folder);
            if (rows.contains(key))
                continue;
            QVariantMap row{{QStringLiteral("path"), QStringList(parts.mid(0, i + 1)).join(u'/')},
                            {QStringLiteral("name"), parts.at(i)},
                            {QStringLiteral("depth"), i},
                            {QStringLiteral("folder"), folder}};
            if (!folder) {
                row.insert(QStringLiteral("binary"), f.binary);
                row.insert(QStringLiteral("executable"), f.executable);
                row.insert(QStringLiteral("size"), f.content.size());
            }
            rows.insert(key, row);
        }
    }
    QVariantList out;
    for (const auto &r : rows)
        out << r;
    return out;
}

void CreateController::setSelectedFile(const QString &path)
{
    if (m_selected == path)
        return;
    m_selected = path;
    Q_EMIT selectedFileChanged();
}

QString CreateController::selectedContent() const
{
    for (const CreateTaskFile &f : m_files) {
        if (f.path != m_selected)
            continue;
        if (f.binary)
            return tr("(binary file, %n byte(s))", nullptr, int(f.content.size()));
        return QString::fromUtf8(f.content);
    }
    return {};
}

} // namespace atrium
