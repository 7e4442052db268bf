// SPDX-License-Identifier: Apache-2.0
#include "backstagescaffolder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QTimer>

namespace atrium {

namespace backstage {
// The v2 tasks API, its event stream and the dry run predate Backstage 1.0;
// cancelling a task came with scaffolder-backend 1.11 (Backstage 1.12);
// listing tasks with scaffolder-backend 1.4 (Backstage 1.6).
const BackstageFeature kTasksV2{"/api/scaffolder/v2/tasks", "1.0"};
const BackstageFeature kDryRun{"/api/scaffolder/v2/dry-run", "1.0"};
const BackstageFeature kCancel{"/api/scaffolder/v2/tasks/:taskId/cancel", "1.12"};
const BackstageFeature kTaskList{"GET /api/scaffolder/v2/tasks", "1.6"};
} // namespace backstage

namespace {

bool isTerminal(const QString &status)
{
    return status == u"completed" || status == u"failed" || status == u"cancelled";
}

QString taskPath(const QString &taskId, const QString &rest = {})
{
    return QStringLiteral("/api/scaffolder/v2/tasks/") + QString::fromUtf8(QUrl::toPercentEncoding(taskId)) + rest;
}

} // namespace

BackstageTaskEvent BackstageTaskEvent::fromJson(const QJsonObject &o)
{
    BackstageTaskEvent e;
    e.id = o.value(u"id").toInteger();
    e.type = o.value(u"type").toString();
    e.body = o.value(u"body").toObject();
    e.stepId = e.body.value(u"stepId").toString();
    e.stepStatus = e.body.value(u"status").toString();
    e.message = e.body.value(u"message").toString();
    e.output = e.body.value(u"output").toObject();
    e.createdAt = QDateTime::fromString(o.value(u"createdAt").toString(), Qt::ISODateWithMs);
    return e;
}

BackstageScaffolder::BackstageScaffolder(BackstageClient &client) : m_client(client) {}

QString BackstageScaffolder::createTask(const QString &templateRef, const QJsonObject &values, const QJsonObject &secrets, BackstageError *error)
{
    QJsonObject body{{QStringLiteral("templateRef"), templateRef}, {QStringLiteral("values"), values}};
    if (!secrets.isEmpty())
        body.insert(QStringLiteral("secrets"), secrets);
    const BackstageResponse r = m_client.post(QStringLiteral("/api/scaffolder/v2/tasks"), QJsonDocument(body),
                                              QCoreApplication::translate("BackstageScaffolder", "run the template %1").arg(templateRef));
    if (!r.ok()) {
        if (error)
            *error = BackstageClient::isMissingRoute(r) ? BackstageClient::missingEndpoint(r, backstage::kTasksV2) : r.error;
        return {};
    }
    const QString id = r.json.object().value(u"id").toString();
    if (id.isEmpty() && error) {
        error->kind = BackstageError::BadResponse;
        error->message = QCoreApplication::translate("BackstageScaffolder", "The Backstage scaffolder accepted the task but gave no task id.");
    }
    return id;
}

bool BackstageScaffolder::cancel(const QString &taskId, BackstageError *error)
{
    const BackstageResponse r = m_client.post(taskPath(taskId, QStringLiteral("/cancel")), QJsonDocument(QJsonObject()),
                                              QCoreApplication::translate("BackstageScaffolder", "cancel the task"));
    if (!r.ok() && error)
        *error = BackstageClient::isMissingRoute(r) ? BackstageClient::missingEndpoint(r, backstage::kCancel) : r.error;
    return r.ok();
}

QJsonObject BackstageScaffolder::task(const QString &taskId, BackstageError *error)
{
    const BackstageResponse r = m_client.get(taskPath(taskId), {}, QCoreApplication::translate("BackstageScaffolder", "read the task"));
    if (!r.ok() && error)
        *error = r.error;
    return r.json.object();
}

BackstageTaskOutcome BackstageScaffolder::follow(const QString &taskId, const std::function<void(const BackstageTaskEvent &)> &onEvent,
                                                 const std::function<bool()> &cancelRequested)
{
    BackstageTaskOutcome out;
    qint64 lastId = 0;
    bool done = false;
    bool cancelSent = false;
    QString failure;
    auto handle = [&](const BackstageTaskEvent &e) {
        if (e.id && e.id <= lastId)
            return; // seen already (a stream reopened, a poll that overlaps)
        lastId = qMax(lastId, e.id);
        ++out.events;
        if (e.stepStatus == u"failed" && !e.message.isEmpty())
            failure = e.message;
        if (e.type == u"completion") {
            done = true;
            out.output = e.output;
            const QString err = e.body.value(u"error").toObject().value(u"message").toString();
            if (!err.isEmpty())
                failure = err;
        }
        if (onEvent)
            onEvent(e);
    };
    auto wantsCancel = [&] { return cancelRequested && !cancelSent && cancelRequested(); };
    auto sendCancel = [&] {
        cancelSent = true;
        BackstageError e;
        if (!cancel(taskId, &e))
            out.error = e.message;
    };

    // 1. The event stream, reopened where it left off if it drops.
    for (int attempt = 0; attempt < 3 && !done && !out.polled; ++attempt) {
        QUrlQuery q;
        if (lastId > 0)
            q.addQueryItem(QStringLiteral("after"), QString::number(lastId));
        bool stopForCancel = false;
        const BackstageResponse r = m_client.stream(
            taskPath(taskId, QStringLiteral("/eventstream")), q,
            [&](const SseEvent &ev) {
                const QJsonDocument doc = QJsonDocument::fromJson(ev.data);
                if (doc.isObject())
                    handle(BackstageTaskEvent::fromJson(doc.object()));
                return !done;
            },
            [&] {
                if (wantsCancel()) {
                    stopForCancel = true;
                    return false;
                }
                return true;
            },
            QCoreApplication::translate("BackstageScaffolder", "follow the task"));
        if (stopForCancel) {
            sendCancel();
            --attempt; // not a failure of the stream
            continue;
        }
        if (r.error.kind == BackstageError::Cancelled || r.error.kind == BackstageError::Unauthorized
            || r.error.kind == BackstageError::PermissionDenied) {
            out.requestError = r.error;
            return out;
        }
        if (!r.ok()) {
            // No stream (a proxy that buffers it, an old backend): poll.
            qCInfo(lcBackstage) << "event stream unavailable; polling the task's events:" << r.error.detail;
            out.polled = true;
        }
    }
    // 2. Polling /events?after=.
    if (!done)
        out.polled = true;
    QElapsedTimer idle;
    idle.start();
    while (!done) {
        if (wantsCancel())
            sendCancel();
        QUrlQuery q;
        if (lastId > 0)
            q.addQueryItem(QStringLiteral("after"), QString::number(lastId));
        const BackstageResponse r = m_client.get(taskPath(taskId, QStringLiteral("/events")), q, QCoreApplication::translate("BackstageScaffolder", "follow the task"));
        if (!r.ok()) {
            out.requestError = r.error;
            return out;
        }
        const qint64 before = lastId;
        for (const QJsonValue &v : r.json.array())
            handle(BackstageTaskEvent::fromJson(v.toObject()));
        if (done)
            break;
        if (lastId != before)
            idle.restart();
        // A task that says nothing for long may have ended without a
        // completion event (an old backend): ask the task itself.
        if (idle.elapsed() > 10 * pollIntervalMs) {
            BackstageError e;
            const QString status = task(taskId, &e).value(u"status").toString();
            if (isTerminal(status))
                break;
            idle.restart();
        }
        if (m_client.isCancelled())
            return out;
        QEventLoop loop;
        QTimer::singleShot(pollIntervalMs, &loop, &QEventLoop::quit);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }

    // 3. The final word is the task's status.
    BackstageError e;
    const QJsonObject t = task(taskId, &e);
    out.status = t.value(u"status").toString();
    if (!isTerminal(out.status))
        out.status = cancelSent ? QStringLiteral("cancelled") : failure.isEmpty() ? QStringLiteral("completed") : QStringLiteral("failed");
    if (out.status == u"failed" && out.error.isEmpty())
        out.error = failure.isEmpty() ? QCoreApplication::translate("BackstageScaffolder", "The task failed on the Backstage backend.") : failure;
    if (out.status == u"cancelled" && out.error.isEmpty())
        out.error = QCoreApplication::translate("BackstageScaffolder", "The task was cancelled.");
    return out;
}

QList<BackstageTaskSummary> BackstageScaffolder::listTasks(const QString &createdBy, BackstageError *error)
{
    QList<BackstageTaskSummary> out;
    QUrlQuery q;
    if (!createdBy.isEmpty())
        q.addQueryItem(QStringLiteral("createdBy"), createdBy);
    const BackstageResponse r = m_client.get(QStringLiteral("/api/scaffolder/v2/tasks"), q, QCoreApplication::translate("BackstageScaffolder", "list scaffolder tasks"));
    if (!r.ok()) {
        if (error)
            *error = BackstageClient::isMissingRoute(r) ? BackstageClient::missingEndpoint(r, backstage::kTaskList) : r.error;
        return out;
    }
    const QJsonArray tasks = r.json.isArray() ? r.json.array() : r.json.object().value(u"tasks").toArray();
    for (const QJsonValue &v : tasks) {
        const QJsonObject o = v.toObject();
        BackstageTaskSummary s;
        s.id = o.value(u"id").toString();
        s.status = o.value(u"status").toString();
        s.templateRef = o.value(u"spec").toObject().value(u"templateInfo").toObject().value(u"entityRef").toString();
        s.createdBy = o.value(u"createdBy").toString();
        s.createdAt = QDateTime::fromString(o.value(u"createdAt").toString(), Qt::ISODateWithMs);
        out << s;
    }
    return out;
}

BackstageDryRunResult BackstageScaffolder::dryRun(const QJsonObject &templateEntity, const QJsonObject &values, const QJsonObject &secrets)
{
    BackstageDryRunResult out;
    // The template's own files are the backend's to read (its location is
    // known there), so none are sent along.
    QJsonObject body{{QStringLiteral("template"), templateEntity},
                     {QStringLiteral("values"), values},
                     {QStringLiteral("secrets"), secrets},
                     {QStringLiteral("directoryContents"), QJsonArray()}};
    const BackstageResponse r = m_client.post(QStringLiteral("/api/scaffolder/v2/dry-run"), QJsonDocument(body), QCoreApplication::translate("BackstageScaffolder", "dry-run the template"));
    if (!r.ok()) {
        out.error = BackstageClient::isMissingRoute(r) ? BackstageClient::missingEndpoint(r, backstage::kDryRun) : r.error;
        return out;
    }
    const QJsonObject o = r.json.object();
    for (const QJsonValue &v : o.value(u"log").toArray())
        out.log << BackstageTaskEvent::fromJson(v.toObject());
    for (const QJsonValue &v : o.value(u"directoryContents").toArray()) {
        const QJsonObject f = v.toObject();
        out.files << BackstageDryRunResult::File{f.value(u"path").toString(),
                                                 QByteArray::fromBase64(f.value(u"base64Content").toString().toLatin1()),
                                                 f.value(u"executable").toBool()};
    }
    out.output = o.value(u"output").toObject();
    out.steps = o.value(u"steps").toArray();
    return out;
}

QString BackstageScaffolder::userFromToken(const QByteArray &token)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return {};
    const QByteArray payload = QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QString sub = QJsonDocument::fromJson(payload).object().value(u"sub").toString();
    // Identity tokens name a user entity; service tokens name a plugin or nothing.
    return sub.startsWith(QStringLiteral("user:")) ? sub : QString();
}

} // namespace atrium
