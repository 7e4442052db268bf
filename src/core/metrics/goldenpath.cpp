// SPDX-License-Identifier: Apache-2.0
#include "metrics/goldenpath.h"
#include "metrics/stats.h"

#include "yamlreader.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <map>

namespace atrium::metrics {

namespace {

bool sameChar(QChar a, QChar b)
{
    return a == b || a.toCaseFolded() == b.toCaseFolded();
}

} // namespace

WorkflowScan scanWorkflow(const WorkflowFile &file, const QString &repository)
{
    WorkflowScan scan;
    const QString source = repository.isEmpty() ? file.path : repository + QLatin1Char(':') + file.path;
    const YamlParseResult parsed = parseYaml(file.text, file.path);
    for (const auto &d : parsed.diagnostics) {
        if (!d.isError())
            continue;
        scan.problems << Problem{source, 0, d.line, {},
                                 QCoreApplication::translate("atrium::metrics",
                                                             "The workflow is not valid YAML and was skipped: %1")
                                     .arg(d.message)};
        return scan; // one error is enough to say why the file does not count
    }
    if (parsed.documents.isEmpty())
        return scan;
    const QJsonObject jobs = parsed.documents.first().root.toObject().value(QStringLiteral("jobs")).toObject();
    for (auto it = jobs.begin(); it != jobs.end(); ++it) {
        const QJsonObject job = it.value().toObject();
        const QString prefix = QStringLiteral("jobs.") + it.key();
        if (const QJsonValue u = job.value(QStringLiteral("uses")); u.isString() && !u.toString().trimmed().isEmpty())
            scan.uses << WorkflowUse{u.toString().trimmed(), prefix + QStringLiteral(".uses"), true};
        const QJsonArray steps = job.value(QStringLiteral("steps")).toArray();
        for (qsizetype i = 0; i < steps.size(); ++i) {
            const QJsonValue u = steps[i].toObject().value(QStringLiteral("uses"));
            if (u.isString() && !u.toString().trimmed().isEmpty())
                scan.uses << WorkflowUse{u.toString().trimmed(),
                                         prefix + QStringLiteral(".steps[%1].uses").arg(i), false};
        }
    }
    return scan;
}

bool matchesUsesPattern(QStringView pattern, QStringView uses)
{
    // Iterative glob matching: on a mismatch, let the last `*` take one more
    // character. Linear in practice, O(n·m) at worst, and no recursion for a
    // hostile pattern to exploit.
    qsizetype p = 0, s = 0, star = -1, mark = 0;
    while (s < uses.size()) {
        if (p < pattern.size() && pattern[p] == QLatin1Char('*')) {
            star = p++;
            mark = s;
        } else if (p < pattern.size() && (pattern[p] == QLatin1Char('?') || sameChar(pattern[p], uses[s]))) {
            ++p;
            ++s;
        } else if (star >= 0) {
            p = star + 1;
            s = ++mark;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == QLatin1Char('*'))
        ++p;
    return p == pattern.size();
}

QStringList GoldenPathResult::adoptingRepoNames() const
{
    QStringList out;
    for (const auto &r : repos)
        if (r.adopting)
            out << r.fullName;
    return out;
}

QStringList GoldenPathResult::nonAdoptingRepoNames() const
{
    QStringList out;
    for (const auto &r : repos)
        if (!r.adopting)
            out << r.fullName;
    return out;
}

QJsonObject GoldenPathResult::toJson() const
{
    QJsonArray teams;
    for (const auto &t : byTeam)
        teams.append(QJsonObject{{QStringLiteral("team"), t.team},
                                 {QStringLiteral("activeRepos"), t.activeRepos},
                                 {QStringLiteral("adoptingRepos"), t.adoptingRepos},
                                 {QStringLiteral("adoptionPercent"), jsonOrNull(t.adoptionPercent)},
                                 {QStringLiteral("components"), t.components},
                                 {QStringLiteral("componentsFromTemplate"), t.componentsFromTemplate},
                                 {QStringLiteral("templatePercent"), jsonOrNull(t.templatePercent)}});
    QJsonArray repoList;
    for (const auto &r : repos)
        repoList.append(QJsonObject{{QStringLiteral("repository"), r.fullName},
                                    {QStringLiteral("team"), r.team},
                                    {QStringLiteral("adopting"), r.adopting},
                                    {QStringLiteral("matched"), QJsonArray::fromStringList(r.matched)}});
    QJsonArray problemList;
    for (const auto &p : problems)
        problemList.append(p.toJson());
    return {{QStringLiteral("activeRepos"), activeRepos},
            {QStringLiteral("archivedRepos"), archivedRepos},
            {QStringLiteral("adoptingRepos"), adoptingRepos},
            {QStringLiteral("adoptionPercent"), jsonOrNull(adoptionPercent)},
            {QStringLiteral("components"), components},
            {QStringLiteral("componentsFromTemplate"), componentsFromTemplate},
            {QStringLiteral("templatePercent"), jsonOrNull(templatePercent)},
            {QStringLiteral("componentsFromTemplateRefs"), QJsonArray::fromStringList(componentsFromTemplateRefs)},
            {QStringLiteral("byTeam"), teams},
            {QStringLiteral("repositories"), repoList},
            {QStringLiteral("problems"), problemList}};
}

GoldenPathResult goldenPathAdoption(const QList<Repository> &repositories, const QList<Entity> &entities,
                                    const GoldenPathOptions &options)
{
    GoldenPathResult r;
    QStringList patterns;
    for (const auto &p : options.usesPatterns)
        if (!p.trimmed().isEmpty())
            patterns << p.trimmed();
    r.patternsConfigured = !patterns.isEmpty();
    std::map<QString, TeamAdoption> teams;
    for (const Repository &repo : repositories) {
        if (repo.archived) {
            ++r.archivedRepos;
            continue;
        }
        RepoAdoption a{repo.fullName, repo.ownerTeam, false, {}};
        for (const WorkflowFile &wf : repo.workflows) {
            const WorkflowScan scan = scanWorkflow(wf, repo.fullName);
            r.problems += scan.problems;
            for (const WorkflowUse &u : scan.uses)
                for (const QString &p : std::as_const(patterns))
                    if (matchesUsesPattern(p, u.uses) && !a.matched.contains(u.uses))
                        a.matched << u.uses;
        }
        a.adopting = !a.matched.isEmpty();
        ++r.activeRepos;
        r.adoptingRepos += a.adopting ? 1 : 0;
        TeamAdoption &t = teams[repo.ownerTeam];
        t.team = repo.ownerTeam;
        ++t.activeRepos;
        t.adoptingRepos += a.adopting ? 1 : 0;
        r.repos << a;
    }
    std::sort(r.repos.begin(), r.repos.end(),
              [](const RepoAdoption &x, const RepoAdoption &y) { return x.fullName < y.fullName; });
    for (const Entity &e : entities) {
        if (e.kind.compare(QLatin1String("Component"), Qt::CaseInsensitive) != 0)
            continue;
        ++r.components;
        const QJsonValue ann = e.data.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("annotations"))
                                   .toObject().value(options.templateAnnotation);
        const bool templated = ann.isString() && !ann.toString().trimmed().isEmpty();
        TeamAdoption &t = teams[e.owner];
        t.team = e.owner;
        ++t.components;
        if (templated) {
            ++r.componentsFromTemplate;
            ++t.componentsFromTemplate;
            r.componentsFromTemplateRefs << e.ref();
        }
    }
    r.componentsFromTemplateRefs.sort();
    if (r.patternsConfigured)
        r.adoptionPercent = percentOf(r.adoptingRepos, r.activeRepos);
    r.templatePercent = percentOf(r.componentsFromTemplate, r.components);
    for (auto &[key, t] : teams) {
        if (r.patternsConfigured)
            t.adoptionPercent = percentOf(t.adoptingRepos, t.activeRepos);
        t.templatePercent = percentOf(t.componentsFromTemplate, t.components);
        r.byTeam << t;
    }
    return r;
}

KpiValue goldenPathKpi(const GoldenPathResult &result, const QString &source)
{
    QString missing;
    if (!result.patternsConfigured)
        missing = QCoreApplication::translate("atrium::metrics",
                                              "No golden workflow is configured. Set the `uses:` pattern of your "
                                              "golden reusable workflow in the Insights settings.");
    else if (result.activeRepos == 0)
        missing = QCoreApplication::translate("atrium::metrics",
                                              "No active repository has been synced (%n archived ones are left out). "
                                              "Add a GitHub organisation to the sync settings and sync.",
                                              nullptr, result.archivedRepos);
    KpiValue v = makeKpiValue(kpi::GoldenPathAdoption, result.adoptionPercent, result.activeRepos, source, missing);
    v.details = {{QStringLiteral("adoptingRepos"), result.adoptingRepos},
                 {QStringLiteral("activeRepos"), result.activeRepos},
                 {QStringLiteral("archivedRepos"), result.archivedRepos},
                 {QStringLiteral("templatePercent"), jsonOrNull(result.templatePercent)},
                 {QStringLiteral("components"), result.components},
                 {QStringLiteral("componentsFromTemplate"), result.componentsFromTemplate},
                 {QStringLiteral("unreadableWorkflows"), int(result.problems.size())}};
    return v;
}

} // namespace atrium::metrics
