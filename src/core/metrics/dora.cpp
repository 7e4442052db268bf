// SPDX-License-Identifier: Apache-2.0
#include "metrics/dora.h"

#include "metrics/period.h"
#include "metrics/stats.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <map>

namespace atrium::metrics {

namespace {

QJsonValue json(Band b)
{
    return b == Band::Unknown ? QJsonValue(QJsonValue::Null) : QJsonValue(bandId(b));
}

Band classifyAs(QLatin1String id, double v)
{
    const KpiDefinition *k = findKpi(id);
    return k ? classify(*k, v) : Band::Unknown;
}

// A deployment or incident reduced to what the metrics need.
struct Dep {
    QString service;
    bool success = false;
    std::optional<double> lead; // seconds, successful ones with a known commit
    bool unmatched = false;
};

struct Inc {
    QString service;
    std::optional<double> restore; // seconds, resolved ones
};

DoraMetrics metricsFor(const QString &scope, const QList<const Dep *> &deps, const QList<const Inc *> &incs,
                       std::optional<double> windowDays)
{
    DoraMetrics m;
    m.scope = scope;
    QList<double> leads, restores;
    for (const Dep *d : deps) {
        ++m.deployments;
        if (d->success)
            ++m.successful;
        else
            ++m.failed;
        if (d->lead)
            leads << *d->lead;
        m.unmatchedCommits += d->unmatched ? 1 : 0;
    }
    for (const Inc *i : incs) {
        ++m.incidents;
        if (i->restore)
            restores << *i->restore;
        else
            ++m.openIncidents;
    }
    if (m.deployments > 0 && windowDays) {
        m.deploysPerDay = m.successful / *windowDays;
        m.deploysPerWeek = *m.deploysPerDay * 7;
        m.deploymentFrequencyBand = classifyDeploymentFrequency(*m.deploysPerDay);
    }
    m.leadTimeSamples = int(leads.size());
    m.leadTimeSeconds = median(leads);
    if (m.leadTimeSeconds)
        m.leadTimeBand = classifyLeadTime(*m.leadTimeSeconds);
    if (m.deployments > 0) {
        m.changeFailurePercent = 100.0 * m.failed / m.deployments;
        m.changeFailureBand = classifyChangeFailureRate(*m.changeFailurePercent);
    }
    m.recoverySeconds = median(restores);
    if (m.recoverySeconds)
        m.recoveryBand = classifyRecoveryTime(*m.recoverySeconds);
    return m;
}

} // namespace

Band classifyDeploymentFrequency(double deploysPerDay)
{
    return classifyAs(kpi::DoraDeploymentFrequency, deploysPerDay);
}

Band classifyLeadTime(double seconds)
{
    return classifyAs(kpi::DoraLeadTime, seconds);
}

Band classifyChangeFailureRate(double percent)
{
    return classifyAs(kpi::DoraChangeFailureRate, percent);
}

Band classifyRecoveryTime(double seconds)
{
    return classifyAs(kpi::DoraRecoveryTime, seconds);
}

QJsonObject DoraMetrics::toJson() const
{
    return {{QStringLiteral("scope"), scope},
            {QStringLiteral("deployments"), deployments},
            {QStringLiteral("successful"), successful},
            {QStringLiteral("failed"), failed},
            {QStringLiteral("deploymentFrequency"),
             QJsonObject{{QStringLiteral("perDay"), jsonOrNull(deploysPerDay)},
                         {QStringLiteral("perWeek"), jsonOrNull(deploysPerWeek)},
                         {QStringLiteral("band"), json(deploymentFrequencyBand)}}},
            {QStringLiteral("leadTime"),
             QJsonObject{{QStringLiteral("medianSeconds"), jsonOrNull(leadTimeSeconds)},
                         {QStringLiteral("samples"), leadTimeSamples},
                         {QStringLiteral("unmatchedCommits"), unmatchedCommits},
                         {QStringLiteral("band"), json(leadTimeBand)}}},
            {QStringLiteral("changeFailureRate"),
             QJsonObject{{QStringLiteral("percent"), jsonOrNull(changeFailurePercent)},
                         {QStringLiteral("band"), json(changeFailureBand)}}},
            {QStringLiteral("recoveryTime"),
             QJsonObject{{QStringLiteral("medianSeconds"), jsonOrNull(recoverySeconds)},
                         {QStringLiteral("incidents"), incidents},
                         {QStringLiteral("open"), openIncidents},
                         {QStringLiteral("band"), json(recoveryBand)}}}};
}

QJsonObject DoraResult::toJson() const
{
    QJsonArray services, teams, problemList;
    for (const auto &m : byService)
        services.append(m.toJson());
    for (const auto &m : byTeam)
        teams.append(m.toJson());
    for (const auto &p : problems)
        problemList.append(p.toJson());
    return {{QStringLiteral("from"), from.isValid() ? QJsonValue(timestampString(from)) : QJsonValue()},
            {QStringLiteral("to"), to.isValid() ? QJsonValue(timestampString(to)) : QJsonValue()},
            {QStringLiteral("overall"), overall.toJson()},
            {QStringLiteral("byService"), services},
            {QStringLiteral("byTeam"), teams},
            {QStringLiteral("problems"), problemList}};
}

DoraResult computeDora(const QList<Deployment> &deployments, const QList<Commit> &commits,
                       const QList<Incident> &incidents, const DoraOptions &options)
{
    DoraResult r;
    r.from = options.from;
    r.to = options.to;
    const auto inWindow = [&](const QDateTime &t) {
        return t.isValid() && (!options.from.isValid() || t >= options.from) && (!options.to.isValid() || t < options.to);
    };
    std::optional<double> windowDays;
    if (options.from.isValid() && options.to.isValid() && options.from < options.to)
        windowDays = double(options.from.msecsTo(options.to)) / 1000.0 / seconds::Day;

    QHash<QString, const Commit *> bySha;
    for (const Commit &c : commits)
        bySha.insert(c.sha.trimmed().toLower(), &c);

    QList<Dep> deps;
    deps.reserve(deployments.size());
    for (qsizetype i = 0; i < deployments.size(); ++i) {
        const Deployment &d = deployments[i];
        if (d.status == DeploymentStatus::Other || !inWindow(d.createdAt))
            continue;
        Dep x{d.service, d.status == DeploymentStatus::Success, std::nullopt, false};
        if (x.success) {
            const QDateTime end = d.finishedAt.isValid() ? d.finishedAt : d.createdAt;
            const Commit *c = bySha.value(d.sha.trimmed().toLower());
            const QDateTime start = !c ? QDateTime()
                                       : options.clock == CommitClock::Authored ? c->authoredAt : c->committedAt;
            if (!start.isValid()) {
                x.unmatched = true;
            } else if (end < start) {
                r.problems << Problem{{}, int(i) + 1, 0, d.service + QLatin1Char('@') + d.sha.left(12),
                                      QCoreApplication::translate("atrium::metrics",
                                                                  "The deployment ends before its commit was made; "
                                                                  "its lead time is left out.")};
            } else {
                x.lead = double(start.msecsTo(end)) / 1000.0;
            }
        }
        deps << x;
    }
    QList<Inc> incs;
    for (qsizetype i = 0; i < incidents.size(); ++i) {
        const Incident &in = incidents[i];
        if (!inWindow(in.openedAt))
            continue;
        Inc x{in.service, std::nullopt};
        if (in.resolvedAt.isValid()) {
            if (in.resolvedAt < in.openedAt) {
                r.problems << Problem{{}, int(i) + 1, 0, in.service,
                                      QCoreApplication::translate("atrium::metrics",
                                                                  "The incident is resolved before it was opened; "
                                                                  "it is left out.")};
                continue;
            }
            x.restore = double(in.openedAt.msecsTo(in.resolvedAt)) / 1000.0;
        }
        incs << x;
    }

    std::map<QString, std::pair<QList<const Dep *>, QList<const Inc *>>> services, teams;
    QList<const Dep *> allDeps;
    QList<const Inc *> allIncs;
    for (const Dep &d : std::as_const(deps)) {
        services[d.service].first << &d;
        teams[options.serviceTeam.value(d.service)].first << &d;
        allDeps << &d;
    }
    for (const Inc &i : std::as_const(incs)) {
        services[i.service].second << &i;
        teams[options.serviceTeam.value(i.service)].second << &i;
        allIncs << &i;
    }
    r.overall = metricsFor({}, allDeps, allIncs, windowDays);
    for (const auto &[name, recs] : services)
        r.byService << metricsFor(name, recs.first, recs.second, windowDays);
    for (const auto &[name, recs] : teams)
        r.byTeam << metricsFor(name, recs.first, recs.second, windowDays);
    return r;
}

QList<KpiValue> doraKpis(const DoraMetrics &m, const DoraResult &result, const QString &source)
{
    const bool window = result.from.isValid() && result.to.isValid() && result.from < result.to;
    const QString noDeploys = QCoreApplication::translate("atrium::metrics",
                                                          "No production deployment was found in this period. "
                                                          "Choose where deployments come from (GitHub deployments, "
                                                          "releases or default-branch workflow runs) and sync.");
    QString dfMissing = noDeploys;
    if (m.deployments > 0 && !window)
        dfMissing = QCoreApplication::translate("atrium::metrics",
                                                "Deployment frequency needs a period with a start and an end.");
    QString ltMissing = noDeploys;
    if (m.successful > 0)
        ltMissing = QCoreApplication::translate("atrium::metrics",
                                                "The commits of the %n successful deployments are not known; sync "
                                                "the repositories' commit history.",
                                                nullptr, m.successful);
    const QString restoreMissing =
        m.incidents > 0 ? QCoreApplication::translate("atrium::metrics", "None of the %n incidents is resolved yet.",
                                                      nullptr, m.incidents)
                        : QCoreApplication::translate("atrium::metrics",
                                                      "No incident was opened in this period. Configure the label "
                                                      "of incident issues to measure recovery time.");
    QList<KpiValue> out{
        makeKpiValue(kpi::DoraDeploymentFrequency, m.deploysPerDay, m.deployments, source, dfMissing, result.from,
                     result.to),
        makeKpiValue(kpi::DoraLeadTime, m.leadTimeSeconds, m.leadTimeSamples, source, ltMissing, result.from,
                     result.to),
        makeKpiValue(kpi::DoraChangeFailureRate, m.changeFailurePercent, m.deployments, source, noDeploys,
                     result.from, result.to),
        makeKpiValue(kpi::DoraRecoveryTime, m.recoverySeconds, m.incidents - m.openIncidents, source, restoreMissing,
                     result.from, result.to),
    };
    const QJsonObject all = m.toJson();
    out[0].details = all.value(QStringLiteral("deploymentFrequency")).toObject();
    out[1].details = all.value(QStringLiteral("leadTime")).toObject();
    out[2].details = QJsonObject{{QStringLiteral("failed"), m.failed}, {QStringLiteral("deployments"), m.deployments}};
    out[3].details = all.value(QStringLiteral("recoveryTime")).toObject();
    return out;
}

} // namespace atrium::metrics
