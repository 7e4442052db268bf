// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "backstageclient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace atrium {

namespace backstage {
extern const BackstageFeature kTasksV2;  ///< POST /api/scaffolder/v2/tasks
extern const BackstageFeature kDryRun;   ///< POST /api/scaffolder/v2/dry-run
extern const BackstageFeature kCancel;   ///< POST /api/scaffolder/v2/tasks/:id/cancel
extern const BackstageFeature kTaskList; ///< GET /api/scaffolder/v2/tasks
}

/** One event of a scaffolder task, as the v2 API gives it. */
struct BackstageTaskEvent {
    qint64 id = 0;
    QString type;        ///< log, completion, cancelled, recovered
    QString stepId;      ///< body.stepId, when the event is about a step
    QString stepStatus;  ///< body.status: processing, completed, failed, skipped, cancelled
    QString message;     ///< body.message
    QJsonObject output;  ///< completion: body.output (links, text, ...)
    QJsonObject body;
    QDateTime createdAt;

    static BackstageTaskEvent fromJson(const QJsonObject &o);
};

/** One task of the task list. */
struct BackstageTaskSummary {
    QString id;
    QString status;      ///< open, processing, completed, failed, cancelled
    QString templateRef; ///< spec.templateInfo.entityRef
    QString createdBy;
    QDateTime createdAt;
};

/** How a followed task ended. */
struct BackstageTaskOutcome {
    QString status;     ///< completed, failed, cancelled (or empty when following failed)
    QJsonObject output;
    QString error;      ///< for the user: what failed
    BackstageError requestError; ///< when following itself failed
    int events = 0;
    bool polled = false; ///< the event stream was unavailable: /events?after= was polled
};

/** A dry run's answer. */
struct BackstageDryRunResult {
    struct File {
        QString path;
        QByteArray content;
        bool executable = false;
    };
    QList<BackstageTaskEvent> log;
    QList<File> files;
    QJsonObject output;
    QJsonArray steps;
    BackstageError error;
    bool ok() const { return !error.isError(); }
};

/**
 * A Backstage scaffolder as the executor of its own templates (v2 tasks
 * API): create a task, follow its events (the text/event-stream, else
 * polling `/events?after=`), cancel it, list past tasks, dry-run a template.
 * Blocking, on the client's thread.
 */
class BackstageScaffolder
{
public:
    explicit BackstageScaffolder(BackstageClient &client);

    /** `POST /v2/tasks`; the new task's id, or empty with @p error set. */
    QString createTask(const QString &templateRef, const QJsonObject &values, const QJsonObject &secrets, BackstageError *error);
    /** Follows @p taskId until it ends: @p onEvent for each event (log lines
     *  and step changes). When @p cancelRequested turns true, the task is
     *  cancelled on the backend and followed until it says so. */
    BackstageTaskOutcome follow(const QString &taskId, const std::function<void(const BackstageTaskEvent &)> &onEvent,
                                const std::function<bool()> &cancelRequested = {});
    /** `POST /v2/tasks/:id/cancel`. */
    bool cancel(const QString &taskId, BackstageError *error);
    /** `GET /v2/tasks/:id`. */
    QJsonObject task(const QString &taskId, BackstageError *error);
    /** `GET /v2/tasks?createdBy=`: @p createdBy empty lists every task the
     *  token may see. */
    QList<BackstageTaskSummary> listTasks(const QString &createdBy, BackstageError *error);
    /** `POST /v2/dry-run` with the template entity and values. */
    BackstageDryRunResult dryRun(const QJsonObject &templateEntity, const QJsonObject &values, const QJsonObject &secrets = {});

    /** The user entity ref a Backstage identity token names (its `sub`
     *  claim), or empty for a static token. Read locally, not verified. */
    static QString userFromToken(const QByteArray &token);

    int pollIntervalMs = 1000;

private:
    BackstageClient &m_client;
};

} // namespace atrium
