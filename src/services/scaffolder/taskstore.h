// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace atrium::scaffolder {

/** One scaffolder task as the history keeps it. Secrets are never part of
 *  it; password fields of the form are masked. */
struct TaskRecord {
    QString id;
    QString templateRef;
    QString userRef;
    QJsonObject parameters; ///< masked (see TaskStore::maskParameters)
    QDateTime createdAt;    ///< UTC
    QDateTime finishedAt;   ///< UTC; invalid while running
    QString status;         ///< running, completed, failed, cancelled
    QString error;
    bool dryRun = false;
    QJsonArray steps;       ///< [{id, name, action, status, error, log[], startedMs, finishedMs}]
    QJsonObject output;     ///< links[], text[]
    /** Where it ran, for lists that mix them: empty for Atrium's own
     *  runner, `backstage:NAME` for a backend's scaffolder. Not stored. */
    QString source;
};

/**
 * The task history, in tables of the catalog cache file (created when
 * missing; the catalog's own schema is left alone). One connection per
 * instance, so each thread opens its own.
 *
 * The Insights KPI "service creation lead time" reads createdAt and
 * finishedAt of completed, non-dry-run tasks.
 */
class TaskStore
{
public:
    TaskStore();
    ~TaskStore();
    TaskStore(const TaskStore &) = delete;
    TaskStore &operator=(const TaskStore &) = delete;

    /** Opens (creating the tables) and marks tasks left `running` by a
     *  process that no longer runs as failed ("interrupted"); tasks of
     *  processes still running (each record keeps its process id) stay as
     *  they are. */
    bool open(const QString &path, QString *error = nullptr);
    bool isOpen() const;
    void close();

    bool begin(const TaskRecord &record, QString *error = nullptr);
    bool updateSteps(const QString &id, const QJsonArray &steps, QString *error = nullptr);
    bool finish(const TaskRecord &record, QString *error = nullptr);

    /** Newest first. */
    QList<TaskRecord> tasks(int limit = 200) const;
    std::optional<TaskRecord> task(const QString &id) const;

    /** catalog:register: a catalog file URL the next sync should read. */
    bool addLocation(const QString &url, const QString &taskId, const QDateTime &at, QString *error = nullptr);
    QStringList locations() const;

    /** @p parameters with the values of password fields (`ui:widget:
     *  password`, `ui:field: Secret`, `format: password`) of
     *  @p templateEntity's form replaced by "********". */
    static QJsonObject maskParameters(const QJsonObject &parameters, const QJsonObject &templateEntity);

private:
    QString m_connection;
};

} // namespace atrium::scaffolder
