// SPDX-License-Identifier: Apache-2.0
#include "metrics/leadtime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <map>

namespace atrium::metrics {

namespace {

std::optional<TaskStatus> statusOf(const QString &s)
{
    if (s == QLatin1String("open") || s == QLatin1String("processing") || s == QLatin1String("running"))
        return TaskStatus::Running;
    if (s == QLatin1String("completed"))
        return TaskStatus::Completed;
    if (s == QLatin1String("failed"))
        return TaskStatus::Failed;
    if (s == QLatin1String("cancelled"))
        return TaskStatus::Cancelled;
    return std::nullopt;
}

QString text(const QJsonValue &v)
{
    return v.isString() ? v.toString() : QString();
}

} // namespace

TaskImport parseBackstageTasks(const QByteArray &json, const QString &source)
{
    TaskImport r;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError) {
        r.problems << Problem{source, 0, 0, {},
                              QCoreApplication::translate("atrium::metrics", "The file is not JSON (%1 at byte %2).")
                                  .arg(err.errorString())
                                  .arg(err.offset)};
        return r;
    }
    QJsonArray items;
    QString key = QStringLiteral("tasks");
    if (doc.isArray()) {
        items = doc.array();
        key.clear();
    } else if (doc.object().value(QStringLiteral("tasks")).isArray()) {
        items = doc.object().value(QStringLiteral("tasks")).toArray();
    } else if (doc.object().value(QStringLiteral("items")).isArray()) {
        items = doc.object().value(QStringLiteral("items")).toArray();
        key = QStringLiteral("items");
    } else {
        r.problems << Problem{source, 0, 0, {},
                              QCoreApplication::translate("atrium::metrics",
                                                          "The file has no \"tasks\" list; export it from "
                                                          "/api/scaffolder/v2/tasks.")};
        return r;
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString where = QStringLiteral("%1[%2]").arg(key).arg(i);
        const auto skip = [&](const QString &message) {
            r.problems << Problem{source, int(i) + 1, 0, where, message};
            ++r.skipped;
        };
        if (!items[i].isObject()) {
            skip(QCoreApplication::translate("atrium::metrics", "The task is not an object."));
            continue;
        }
        const QJsonObject o = items[i].toObject();
        ScaffolderTask t;
        t.id = text(o.value(QStringLiteral("id")));
        if (t.id.isEmpty()) {
            skip(QCoreApplication::translate("atrium::metrics", "The task has no id."));
            continue;
        }
        const QJsonObject spec = o.value(QStringLiteral("spec")).toObject();
        t.templateRef = text(spec.value(QStringLiteral("templateInfo")).toObject().value(QStringLiteral("entityRef")));
        t.createdBy = text(o.value(QStringLiteral("createdBy")));
        if (t.createdBy.isEmpty())
            t.createdBy = text(spec.value(QStringLiteral("user")).toObject().value(QStringLiteral("ref")));
        const QString statusText = text(o.value(QStringLiteral("status")));
        const auto status = statusOf(statusText);
        if (!status) {
            skip(QCoreApplication::translate("atrium::metrics", "Task %1 has the unknown status \"%2\".")
                     .arg(t.id, statusText.left(40)));
            continue;
        }
        t.status = *status;
        const auto created = parseTimestamp(text(o.value(QStringLiteral("createdAt"))));
        if (!created) {
            skip(QCoreApplication::translate("atrium::metrics", "Task %1 has no readable createdAt time.").arg(t.id));
            continue;
        }
        t.createdAt = *created;
        if (t.status != TaskStatus::Running) {
            auto end = parseTimestamp(text(o.value(QStringLiteral("completedAt"))));
            if (!end)
                end = parseTimestamp(text(o.value(QStringLiteral("lastHeartbeatAt"))));
            if (!end) {
                skip(QCoreApplication::translate("atrium::metrics",
                                                 "Task %1 is finished but has no readable lastHeartbeatAt time.")
                         .arg(t.id));
                continue;
            }
            if (*end < t.createdAt) {
                skip(QCoreApplication::translate("atrium::metrics", "Task %1 ends before it starts.").arg(t.id));
                continue;
            }
            t.completedAt = *end;
        }
        r.tasks << t;
    }
    return r;
}

QJsonObject LeadTimeResult::toJson() const
{
    QJsonArray periods;
    for (const auto &p : byPeriod) {
        QJsonObject o = p.durations.toJson();
        o.insert(QStringLiteral("period"), p.period.key());
        periods.append(o);
    }
    return {{QStringLiteral("durationSeconds"), durations.toJson()},
            {QStringLiteral("completed"), completed},
            {QStringLiteral("failed"), failed},
            {QStringLiteral("cancelled"), cancelled},
            {QStringLiteral("running"), running},
            {QStringLiteral("from"), from.isValid() ? QJsonValue(timestampString(from)) : QJsonValue()},
            {QStringLiteral("to"), to.isValid() ? QJsonValue(timestampString(to)) : QJsonValue()},
            {QStringLiteral("byPeriod"), periods}};
}

LeadTimeResult serviceCreationLeadTime(const QList<ScaffolderTask> &tasks, PeriodKind period, const QDateTime &from,
                                       const QDateTime &to)
{
    LeadTimeResult r;
    r.from = from;
    r.to = to;
    const auto inWindow = [&](const QDateTime &t) {
        return t.isValid() && (!from.isValid() || t >= from) && (!to.isValid() || t < to);
    };
    QList<double> all;
    std::map<Period, QList<double>> buckets;
    for (const auto &t : tasks) {
        switch (t.status) {
        case TaskStatus::Running:
            if (inWindow(t.createdAt))
                ++r.running;
            break;
        case TaskStatus::Failed:
            if (inWindow(t.completedAt))
                ++r.failed;
            break;
        case TaskStatus::Cancelled:
            if (inWindow(t.completedAt))
                ++r.cancelled;
            break;
        case TaskStatus::Completed: {
            if (!inWindow(t.completedAt) || !t.createdAt.isValid() || t.completedAt < t.createdAt)
                break;
            ++r.completed;
            const double s = double(t.createdAt.msecsTo(t.completedAt)) / 1000.0;
            all << s;
            buckets[periodOf(t.completedAt, period)] << s;
            break;
        }
        }
    }
    r.durations = summarize(all);
    QList<Period> periods;
    if (from.isValid() && to.isValid())
        periods = periodsBetween(from, to, period);
    else if (!buckets.empty())
        periods = periodsBetween(buckets.begin()->first.start(), buckets.rbegin()->first.end(), period);
    for (const Period &p : std::as_const(periods)) {
        const auto it = buckets.find(p);
        r.byPeriod << LeadTimePeriod{p, summarize(it == buckets.end() ? QList<double>() : it->second)};
    }
    return r;
}

KpiValue leadTimeKpi(const LeadTimeResult &result, const QString &source)
{
    QString missing;
    if (result.completed == 0)
        missing = QCoreApplication::translate("atrium::metrics",
                                              "No scaffolder task completed in this period (%1 failed, %2 cancelled, "
                                              "%3 running). Create a service from a template, or import a Backstage "
                                              "/api/scaffolder/v2/tasks export.")
                      .arg(result.failed)
                      .arg(result.cancelled)
                      .arg(result.running);
    KpiValue v = makeKpiValue(kpi::ServiceCreationLeadTime, result.durations.median, result.completed, source, missing,
                              result.from, result.to);
    QJsonObject d = result.durations.toJson();
    d.insert(QStringLiteral("failed"), result.failed);
    d.insert(QStringLiteral("cancelled"), result.cancelled);
    d.insert(QStringLiteral("running"), result.running);
    v.details = d;
    return v;
}

} // namespace atrium::metrics
