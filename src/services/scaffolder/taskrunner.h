// SPDX-License-Identifier: Apache-2.0
#pragma once

// The scaffolder: runs a Backstage Software Template (scaffolder.backstage.io
// v1beta3) the way scaffolder-backend 4.3.0 does: steps in order with `if`
// and `each`, inputs rendered by the Nunjucks-compatible engine, the
// built-in actions Atrium implements, and `spec.output` rendered at the end.

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QLoggingCategory>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>

namespace atrium {
class GitHubClient;
}

namespace atrium::scaffolder {

Q_DECLARE_LOGGING_CATEGORY(lcScaffolder)

/** What to run: one template with the values of its form. */
struct TaskSpec {
    QString templateRef;        ///< canonical `template:ns/name`
    QJsonObject templateEntity; ///< the Template entity's document (apiVersion, kind, metadata, spec)
    /** Where template.yaml was read from: a local path, or a GitHub blob URL.
     *  Relative `url` inputs of fetch actions resolve against its folder. */
    QString templateLocation;
    QJsonObject parameters;     ///< the form values
    QJsonObject secrets;        ///< `${{ secrets.x }}`; never stored, masked in logs
    QJsonObject user;           ///< `{ref, entity}`
    /** Runs fetch:*, fs:* and debug:log into the workspace; actions with side
     *  effects elsewhere (publish, register, Argo CD, pull requests) only log
     *  what they would do, and the generated tree is returned in TaskResult::files. */
    bool dryRun = false;
    QString workspaceParent;    ///< where the task's folder is made; empty: the system temp folder
    QString taskId;             ///< empty: a new UUID
};

/** An Argo CD instance, as Backstage's `argocd.appLocatorMethods[].instances[]`. */
struct ArgoInstance {
    QString name;
    QUrl url;
    QByteArray token;
};

/** Bounds on what one task may write, named in the error when passed. */
struct Limits {
    int maxFiles = 5000;
    qint64 maxTotalBytes = 200 * 1024 * 1024;
    qint64 maxFileBytes = 50 * 1024 * 1024;
};

/** What actions may use besides the workspace. Every function is called on
 *  the task's worker thread. */
struct ActionContext {
    /** A GitHub client for @p host (as in `repoUrl`: github.com or an
     *  Enterprise host), with the host's endpoint and token; null when the
     *  host is not configured. Created on the worker thread. */
    std::function<std::unique_ptr<atrium::GitHubClient>(const QString &host)> githubClient;
    /** The token for @p host, for git pushes over HTTPS (sent through
     *  libgit2's credential callback, never in a URL). */
    std::function<QByteArray(const QString &host)> tokenForHost;
    /** The cache file: task history, and catalog:register's locations. Empty: no history. */
    QString cachePath;
    QList<ArgoInstance> argoInstances;
    std::function<QDateTime()> clock; ///< empty: the system clock
    QString gitAuthorName = QStringLiteral("Scaffolder");
    QString gitAuthorEmail = QStringLiteral("scaffolder@backstage.io");
    Limits limits;
};

/** One file of a dry run's generated tree. */
struct WorkspaceFile {
    QString path; ///< relative to the workspace, `/`-separated
    QByteArray content;
    bool executable = false;
    bool binary = false;
};

struct StepState {
    enum Status { Pending, Running, Skipped, Completed, Failed, Cancelled };
    QString id;
    QString name;
    QString action;
    Status status = Pending;
    QJsonObject output;
    QString error;      ///< for the user; secrets masked
    QStringList log;    ///< secrets masked
    qint64 startedMs = 0;  ///< ms since the epoch; 0 when it did not start
    qint64 finishedMs = 0;
    static QString statusName(Status s);
};

struct TaskResult {
    enum Status { Completed, Failed, Cancelled };
    QString taskId;
    Status status = Failed;
    QList<StepState> steps;
    QJsonObject output;          ///< spec.output rendered: links[], text[] (entries whose `if` is false dropped)
    QList<WorkspaceFile> files;  ///< dry run: the generated tree, sorted by path
    QString error;
    QString workspacePath;       ///< the task's workspace (removed after a real run)
    static QString statusName(Status s);
};

/** The actions Atrium implements, by id: fetch:template, fetch:template:file,
 *  fetch:plain, fetch:plain:file, debug:log, debug:wait, fs:delete, fs:rename,
 *  catalog:write, catalog:register, publish:github,
 *  publish:github:pull-request, github:actions:dispatch, github:pages:enable,
 *  argocd:create-resources and notification:send (logged only: Atrium has no
 *  notification service). */
QStringList supportedActions();
/** The step actions of @p templateEntity that Atrium does not implement.
 *  The runner fails such a step naming the action; callers (the wizard, the
 *  command line) should refuse the template before anything runs. */
QStringList unsupportedActions(const QJsonObject &templateEntity);

/**
 * One task: runs the steps of a template on a worker thread (start()), or on
 * the calling thread (run()). Signals are emitted from the thread that runs
 * the task; connect with the default (auto) connection from the GUI thread.
 *
 * The task's history (when ActionContext::cachePath is set) is written to the
 * cache as it goes, so a killed process leaves a `running` record that the
 * next TaskStore::open() marks failed.
 */
class TaskRunner : public QObject
{
    Q_OBJECT
public:
    TaskRunner(TaskSpec spec, ActionContext context, QObject *parent = nullptr);
    ~TaskRunner() override;

    QString taskId() const;
    /** Runs the task on a new worker thread; finished() follows. */
    void start();
    /** Runs the task on this thread and returns its result (finished() is emitted too). */
    TaskResult run();
    /** Stops after the running action's current operation; the running step
     *  and the rest are reported Cancelled. Thread-safe. */
    void cancel();
    bool isCancelled() const;

Q_SIGNALS:
    void stepChanged(int index, const atrium::scaffolder::StepState &state);
    void logLine(int stepIndex, const QString &line);
    void finished(const atrium::scaffolder::TaskResult &result);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace atrium::scaffolder

Q_DECLARE_METATYPE(atrium::scaffolder::StepState)
Q_DECLARE_METATYPE(atrium::scaffolder::TaskResult)
