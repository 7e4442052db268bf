// SPDX-License-Identifier: Apache-2.0
#include "taskhistorymodel.h"

#include "appcontroller.h"
#include "catalogmodel.h"
#include "entity.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

Q_LOGGING_CATEGORY(lcTaskHistory, "atrium.models.taskhistory")

namespace atrium {

TaskHistoryModel::TaskHistoryModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<Loaded>::finished, this, [this] { apply(m_watcher.result()); });
}

TaskHistoryModel::~TaskHistoryModel()
{
    m_watcher.waitForFinished();
}

void TaskHistoryModel::setApp(AppController *app)
{
    if (m_app == app)
        return;
    if (m_app)
        disconnect(m_app, nullptr, this, nullptr);
    m_app = app;
    // Another cache, another history.
    if (m_app)
        connect(m_app, &AppController::sourceChanged, this, &TaskHistoryModel::reload);
    Q_EMIT appChanged();
    reload();
}

void TaskHistoryModel::reload()
{
    if (m_loading) {
        m_again = true; // the history may have grown since that read began
        return;
    }
    const QString cache = m_app ? m_app->cachePath() : QString();
    const AppController::TaskLister remote = m_app ? m_app->taskLister() : AppController::TaskLister();
    m_loading = true;
    Q_EMIT loadingChanged();
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [cache, remote] {
        Loaded out;
        QStringList errors;
        if (!cache.isEmpty()) {
            scaffolder::TaskStore store;
            QString error;
            if (store.open(cache, &error))
                out.tasks = store.tasks(200);
            else
                errors << error;
        }
        // Tasks that ran on Backstage backends, mixed in by time.
        if (remote) {
            out.tasks += remote(&errors);
            std::stable_sort(out.tasks.begin(), out.tasks.end(),
                             [](const scaffolder::TaskRecord &a, const scaffolder::TaskRecord &b) { return a.createdAt > b.createdAt; });
        }
        if (!errors.isEmpty())
            out.error = QCoreApplication::translate("atrium::TaskHistoryModel", "Some tasks could not be read: %1").arg(errors.join(QStringLiteral("; ")));
        return out;
    }));
}

void TaskHistoryModel::apply(const Loaded &loaded)
{
    const int before = int(m_tasks.size());
    beginResetModel();
    m_tasks = loaded.tasks;
    endResetModel();
    m_error = loaded.error;
    m_loading = false;
    if (!m_error.isEmpty())
        qCWarning(lcTaskHistory).noquote() << m_error;
    if (before != m_tasks.size())
        Q_EMIT countChanged();
    Q_EMIT loadingChanged();
    if (m_again) {
        m_again = false;
        reload();
    }
}

bool TaskHistoryModel::waitForLoaded(int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while ((m_loading || m_again) && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return !m_loading;
}

int TaskHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

QString TaskHistoryModel::durationText(qint64 ms)
{
    const QLocale locale;
    const qint64 s = qMax<qint64>(0, (ms + 500) / 1000);
    if (s < 60)
        return tr("%1 s").arg(locale.toString(s));
    if (s < 3600)
        return tr("%1 min %2 s").arg(locale.toString(s / 60), locale.toString(s % 60));
    return tr("%1 h %2 min").arg(locale.toString(s / 3600), locale.toString((s % 3600) / 60));
}

QString TaskHistoryModel::statusText(const QString &status)
{
    if (status == u"completed")
        return tr("Completed");
    if (status == u"failed")
        return tr("Failed");
    if (status == u"cancelled")
        return tr("Cancelled");
    if (status == u"running")
        return tr("Running");
    return status;
}

QVariant TaskHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_tasks.size())
        return {};
    const scaffolder::TaskRecord &t = m_tasks.at(index.row());
    switch (role) {
    case IdRole:
        return t.id;
    case TemplateRole:
        return t.templateRef;
    case Qt::DisplayRole:
    case TitleRole: {
        const Entity *e = m_app ? m_app->catalog()->find(t.templateRef) : nullptr;
        if (e)
            return e->title.isEmpty() ? e->name : e->title;
        // A template opened from a file, or gone from the catalog since.
        return t.templateRef.section(u'/', -1);
    }
    case StatusRole:
        return t.status;
    case SourceRole:
        return t.source.isEmpty() ? tr("Atrium") : t.source;
    case StatusTextRole:
        return statusText(t.status);
    case DryRunRole:
        return t.dryRun;
    case WhenRole:
        return QLocale().toString(t.createdAt.toLocalTime(), QLocale::ShortFormat);
    case StartedRole:
        return t.createdAt;
    case DurationRole:
        return t.finishedAt.isValid() ? durationText(t.createdAt.msecsTo(t.finishedAt)) : QString();
    case ErrorRole:
        return t.error;
    case LinksRole: {
        QVariantList links;
        for (const QJsonValue &v : t.output.value(u"links").toArray()) {
            const QJsonObject l = v.toObject();
            const QString url = l.value(u"url").toString();
            if (url.isEmpty())
                continue; // an entityRef link: the catalog has the entity itself
            links.append(QVariantMap{{QStringLiteral("title"), l.value(u"title").toString(url)}, {QStringLiteral("url"), url}});
        }
        return links;
    }
    case StepsRole: {
        if (t.steps.isEmpty())
            return QString(); // a backend's task list has no steps
        int done = 0;
        for (const QJsonValue &v : t.steps)
            if (v.toObject().value(u"status").toString() == u"completed")
                ++done;
        return tr("Steps: %1 of %2").arg(QLocale().toString(done), QLocale().toString(t.steps.size()));
    }
    case ParametersRole: {
        QStringList lines;
        for (auto it = t.parameters.constBegin(); it != t.parameters.constEnd(); ++it) {
            const QJsonValue v = it.value();
            QString text;
            if (v.isString())
                text = v.toString();
            else if (v.isDouble())
                text = QLocale().toString(v.toDouble());
            else if (v.isBool())
                text = v.toBool() ? tr("yes") : tr("no");
            else
                text = QString::fromUtf8((v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject())).toJson(QJsonDocument::Compact));
            lines << QStringLiteral("%1: %2").arg(it.key(), text);
        }
        return lines.join(u'\n');
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> TaskHistoryModel::roleNames() const
{
    return {{IdRole, "taskId"},        {TemplateRole, "templateRef"}, {TitleRole, "title"},
            {StatusRole, "status"},    {StatusTextRole, "statusText"}, {DryRunRole, "dryRun"},
            {WhenRole, "when"},        {StartedRole, "started"},       {DurationRole, "duration"},
            {ErrorRole, "error"},      {LinksRole, "links"},           {StepsRole, "steps"},
            {ParametersRole, "parameters"}, {SourceRole, "source"}};
}

bool TaskHistoryModel::openLink(const QString &url)
{
    if (!m_app)
        return false;
    return m_app->openLink(url);
}

} // namespace atrium
