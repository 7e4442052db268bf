// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "metrics/kpi.h"
#include "metrics/period.h"
#include "metrics/problem.h"
#include "metrics/stats.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace atrium::metrics {

enum class TaskStatus { Running, Completed, Failed, Cancelled };

/** One run of a software template: Atrium's own, or one read from Backstage. */
struct ScaffolderTask {
    QString id;
    QString templateRef; ///< the template entity's ref
    QDateTime createdAt;
    QDateTime completedAt; ///< invalid while running
    TaskStatus status = TaskStatus::Running;
    QString createdBy;     ///< user entity ref, when known
};

struct TaskImport {
    QList<ScaffolderTask> tasks;
    Problems problems; ///< one per skipped record, or one for an unreadable file
    int skipped = 0;
};

/** Reads an export of Backstage's `GET /api/scaffolder/v2/tasks`:
 *  `{"tasks": [{id, spec: {templateInfo: {entityRef}}, status, createdAt,
 *  lastHeartbeatAt, createdBy}]}` (an `items` key or a bare array are taken
 *  too). Statuses open and processing read as Running. Backstage keeps no
 *  completion time, so a finished task ends at its `lastHeartbeatAt` (a
 *  `completedAt`, if present, wins). A record without an id, a readable
 *  `createdAt`, a known status, or — once finished — an end after its start
 *  is skipped and reported; the others are kept. */
TaskImport parseBackstageTasks(const QByteArray &json, const QString &source = {});

struct LeadTimePeriod {
    Period period;
    Summary durations; ///< seconds, of tasks completed in the period
};

struct LeadTimeResult {
    Summary durations; ///< seconds, of the completed tasks in the window
    int completed = 0;
    int failed = 0;
    int cancelled = 0;
    int running = 0;
    QList<LeadTimePeriod> byPeriod; ///< every period of the window (or of the data), in order
    QDateTime from;
    QDateTime to;
    QJsonObject toJson() const;
};

/** Service creation lead time: createdAt → completedAt of completed tasks,
 *  bucketed and windowed by completion time (when the service came to
 *  exist); failed, cancelled and running tasks are only counted. Invalid
 *  bounds are open. Periods without a completed task are listed with count 0
 *  and no median, so a chart shows a gap rather than a zero. */
LeadTimeResult serviceCreationLeadTime(const QList<ScaffolderTask> &tasks, PeriodKind period = PeriodKind::Month,
                                       const QDateTime &from = {}, const QDateTime &to = {});

/** The KPI value: the median, with p95 and counts in the details. */
KpiValue leadTimeKpi(const LeadTimeResult &result, const QString &source);

} // namespace atrium::metrics
