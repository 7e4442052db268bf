// SPDX-License-Identifier: Apache-2.0
#include "insightsservice.h"

#include "catalogstore.h"
#include "docsstore.h"
#include "taskstore.h"
#include "metrics/csv.h"
#include "metrics/dora.h"
#include "metrics/goldenpath.h"
#include "metrics/leadtime.h"
#include "metrics/nps.h"
#include "metrics/onboarding.h"
#include "metrics/themes.h"
#include "metrics/tickets.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <map>

namespace atrium {

using namespace metrics;

namespace {

const QString kSlug = QStringLiteral("github.com/project-slug");

QJsonValue jt(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(timestampString(t)) : QJsonValue();
}

QJsonValue jn(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QString annotation(const Entity &e, const QString &key)
{
    const QJsonValue v = e.data.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("annotations"))
                             .toObject().value(key);
    return v.isString() ? v.toString().trimmed() : QString();
}

bool isKind(const Entity &e, QLatin1String kind)
{
    return e.kind.compare(kind, Qt::CaseInsensitive) == 0;
}

QDateTime maxTime(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return std::max(a, b);
}

QDateTime minTime(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return std::min(a, b);
}

bool inWindow(const QDateTime &t, const QDateTime &from, const QDateTime &to)
{
    return t.isValid() && (!from.isValid() || t >= from) && (!to.isValid() || t < to);
}

/** The catalog as the KPIs look at it: who owns which repository, who is in which team. */
struct CatalogIndex {
    QHash<QString, const Entity *> byRepo;  ///< lower-case owner/name → the component (or other entity) naming it
    QHash<QString, const Entity *> byRef;
    QHash<QString, const Entity *> userByLogin; ///< lower-case name → User entity
    QHash<QString, QStringList> groupsOfUser;   ///< user ref → group refs

    explicit CatalogIndex(const QList<Entity> &entities)
    {
        // Components first, so a repository's owner is its component's
        // rather than an API's or a resource's defined in the same file.
        QList<const Entity *> ordered;
        for (const Entity &e : entities)
            if (isKind(e, QLatin1String("Component")))
                ordered << &e;
        for (const Entity &e : entities)
            if (!isKind(e, QLatin1String("Component")))
                ordered << &e;
        for (const Entity *e : std::as_const(ordered)) {
            byRef.insert(e->ref(), e);
            const QString slug = annotation(*e, kSlug).toLower();
            if (!slug.isEmpty() && !byRepo.contains(slug))
                byRepo.insert(slug, e);
            if (isKind(*e, QLatin1String("User"))) {
                userByLogin.insert(e->name.toLower(), e);
                QStringList groups;
                for (const Relation &r : e->relations)
                    if (r.type == u"memberOf")
                        groups << r.targetRef;
                groupsOfUser.insert(e->ref(), groups);
            }
        }
    }

    const Entity *repoEntity(const QString &repo) const { return byRepo.value(repo.toLower()); }
    QString repoTeam(const QString &repo) const
    {
        const Entity *e = repoEntity(repo);
        return e ? e->owner : QString();
    }
    /** The service a repository's deployments count for: its entity, else the repository. */
    QString serviceOf(const QString &repo) const
    {
        const Entity *e = repoEntity(repo);
        return e ? e->ref() : repo;
    }
};

struct Scope {
    QString team;
    QString system;
    bool any() const { return !team.isEmpty() || !system.isEmpty(); }
    bool entity(const Entity *e) const
    {
        if (!any())
            return true;
        if (!e)
            return false;
        return (team.isEmpty() || e->owner == team) && (system.isEmpty() || e->system == system);
    }
};

QString filterNote(const Scope &scope, bool byTeam)
{
    if (!scope.system.isEmpty() && !byTeam)
        return InsightsService::tr("Not broken down by team or system: the numbers are the whole organisation's.");
    if (!scope.system.isEmpty())
        return InsightsService::tr("Not broken down by system: only the team filter applies.");
    if (!scope.team.isEmpty() && !byTeam)
        return InsightsService::tr("Not broken down by team: the numbers are the whole organisation's.");
    return {};
}

QList<KpiSeriesPoint> seriesOver(const QDateTime &from, const QDateTime &to, PeriodKind kind,
                                 const std::function<KpiValue(const QDateTime &, const QDateTime &)> &valueFor)
{
    QList<KpiSeriesPoint> out;
    for (const Period &p : periodsBetween(from, to, kind)) {
        const KpiValue v = valueFor(maxTime(p.start(), from), minTime(p.end(), to));
        out << KpiSeriesPoint{p, v.value, v.sampleSize};
    }
    return out;
}

QString githubOrigin(const GitHubSnapshot &s)
{
    return InsightsService::describeOrigin(s.isDemo() ? s.origin : QStringLiteral("github:") + s.origin);
}

QString noGitHub()
{
    return InsightsService::tr("No GitHub data has been read yet. Refresh Insights with a GitHub token (in the app, or `atrium insights "
              "--refresh`); it reads the repositories catalog entities name in github.com/project-slug, and those "
              "listed under insights.repositories in the configuration file.");
}

} // namespace

// ---------------------------------------------------------------------------
// Options and JSON

InsightsOptions InsightsOptions::defaultWindow(const QDateTime &now, PeriodKind period, int months)
{
    InsightsOptions o;
    o.now = now.toUTC();
    o.to = o.now;
    o.period = period;
    o.from = periodOf(o.now.addMonths(-(std::max(1, months) - 1)), period).start();
    return o;
}

QJsonObject KpiReport::toJson() const
{
    QJsonObject o = value.toJson();
    QJsonArray s;
    for (const auto &p : series)
        s.append(QJsonObject{{QStringLiteral("period"), p.period.key()},
                             {QStringLiteral("value"), jn(p.value)},
                             {QStringLiteral("sampleSize"), p.sampleSize}});
    o.insert(QStringLiteral("series"), s);
    QJsonArray cols;
    for (const auto &c : columns)
        cols.append(QJsonObject{{QStringLiteral("key"), c.key}, {QStringLiteral("title"), c.title}, {QStringLiteral("kind"), c.kind}});
    QJsonArray r;
    for (const auto &row : rows)
        r.append(row);
    o.insert(QStringLiteral("table"), QJsonObject{{QStringLiteral("columns"), cols}, {QStringLiteral("rows"), r}});
    o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(notes));
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

const KpiReport *InsightsReport::kpi(QAnyStringView id) const
{
    for (const auto &k : kpis)
        if (QAnyStringView::equal(id, k.value.id))
            return &k;
    return nullptr;
}

QJsonObject InsightsReport::toJson() const
{
    QJsonArray list, problemList;
    for (const auto &k : kpis)
        list.append(k.toJson());
    for (const auto &p : problems)
        problemList.append(p.toJson());
    QJsonObject sig = adoption.toJson();
    sig.insert(QStringLiteral("asOf"), jt(adoptionAsOf));
    return {{QStringLiteral("from"), jt(from)},
            {QStringLiteral("to"), jt(to)},
            {QStringLiteral("now"), jt(now)},
            {QStringLiteral("period"), period == PeriodKind::Month ? QStringLiteral("month") : QStringLiteral("quarter")},
            {QStringLiteral("team"), team.isEmpty() ? QJsonValue() : QJsonValue(team)},
            {QStringLiteral("system"), system.isEmpty() ? QJsonValue() : QJsonValue(system)},
            {QStringLiteral("demo"), demo},
            {QStringLiteral("kpis"), list},
            {QStringLiteral("signals"), sig},
            {QStringLiteral("problems"), problemList}};
}

// ---------------------------------------------------------------------------
// Reading

QStringList InsightsService::catalogRepositories(const QList<Entity> &entities)
{
    QSet<QString> seen;
    QStringList out;
    for (const Entity &e : entities) {
        const QString slug = annotation(e, kSlug);
        // Templates write `${{ values.name }}` into their skeletons' slugs.
        if (slug.count(u'/') != 1 || slug.contains(u'$') || slug.contains(u' ') || seen.contains(slug.toLower()))
            continue;
        seen.insert(slug.toLower());
        out << slug;
    }
    std::sort(out.begin(), out.end(), [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return out;
}

InsightsInputs InsightsService::read(CatalogStore &catalog, InsightsStore &store, const InsightsConfig &config)
{
    InsightsInputs in;
    in.config = config;
    in.entities = catalog.entities();
    in.catalogAsOf = catalog.lastUpdated();
    in.tasks = store.tasks();
    // Atrium's own template runs, from the scaffolder's history in the same
    // cache file (dry runs are not services created).
    scaffolder::TaskStore history;
    if (!catalog.path().isEmpty() && history.open(catalog.path())) {
        for (const scaffolder::TaskRecord &t : history.tasks(100000)) {
            if (t.dryRun)
                continue;
            metrics::ScaffolderTask task;
            task.id = t.id;
            task.templateRef = t.templateRef;
            task.createdAt = t.createdAt;
            task.completedAt = t.finishedAt;
            task.createdBy = t.userRef;
            task.status = t.status == u"completed" ? metrics::TaskStatus::Completed
                : t.status == u"failed"            ? metrics::TaskStatus::Failed
                : t.status == u"cancelled"         ? metrics::TaskStatus::Cancelled
                                                   : metrics::TaskStatus::Running;
            in.tasks << TaskRecord{task, QStringLiteral("atrium"), t.finishedAt.isValid() ? t.finishedAt : t.createdAt};
        }
    }
    in.surveys = store.surveys();
    in.github = store.snapshot();
    in.goldenPathHistory = store.history(QString(kpi::GoldenPathAdoption));
    // The docs sites kept in the cache: a page whose path or title says
    // runbook counts for runbook coverage.
    const docs::DocsStore docsStore(catalog);
    for (const QString &ref : docsStore.entityRefs()) {
        if (const auto site = docsStore.site(ref)) {
            QList<metrics::DocPage> pages;
            for (const QString &page : site->pages())
                pages << metrics::DocPage{page, site->pageTitle(page)};
            in.docs.insert(ref, pages);
        }
    }
    if (!config.joinDatesCsv.isEmpty()) {
        // The demo's CSV is bundled under :/demo; say so rather than name a file nobody has.
        in.joinDatesSource = config.joinDatesCsv.startsWith(QLatin1String(":/demo/"))
                                 ? describeOrigin(QStringLiteral("demo:") + config.joinDatesCsv.mid(7))
                                 : QFileInfo(config.joinDatesCsv).fileName();
        QFile f(config.joinDatesCsv);
        if (!f.open(QIODevice::ReadOnly)) {
            in.problems << Problem{config.joinDatesCsv, 0, 0, {},
                                   InsightsService::tr("The join dates file cannot be read: %1").arg(f.errorString())};
        } else {
            const CsvTable table = parseCsv(f.readAll());
            int login = table.column(u"login");
            int joined = table.column(u"joined");
            if (joined < 0)
                joined = table.column(u"joined_at");
            if (login < 0 || joined < 0)
                in.problems << Problem{config.joinDatesCsv, 1, 1, {},
                                       InsightsService::tr("The join dates file needs the columns login and joined.")};
            for (const CsvRow &row : table.rows) {
                const auto t = parseTimestamp(CsvTable::field(row, joined));
                const QString who = CsvTable::field(row, login).trimmed().toLower();
                if (!t || who.isEmpty()) {
                    in.problems << Problem{config.joinDatesCsv, row.row, row.line, {},
                                           InsightsService::tr("The row has no login or no readable join date.")};
                    continue;
                }
                in.joinDates.insert(who, *t);
            }
        }
    }
    return in;
}

QString InsightsService::describeOrigin(const QString &origin)
{
    if (origin.startsWith(u"demo:"))
        return InsightsService::tr("Demo data (%1)").arg(origin.mid(5));
    if (origin.startsWith(u"backstage-export:"))
        return InsightsService::tr("Backstage scaffolder task export %1").arg(origin.mid(17));
    if (origin == u"atrium")
        return InsightsService::tr("Atrium's scaffolder");
    if (origin.startsWith(u"file:"))
        return InsightsService::tr("Survey export %1").arg(QFileInfo(origin.mid(5)).fileName());
    if (origin.startsWith(u"github:"))
        return InsightsService::tr("GitHub (%1)").arg(origin.mid(7));
    return origin;
}

QDateTime InsightsService::demoNow(const InsightsInputs &inputs)
{
    return inputs.github && inputs.github->isDemo() ? inputs.github->fetchedAt : QDateTime();
}

metrics::Problems InsightsService::importTasks(InsightsStore &store, const QByteArray &json, const QString &name,
                                               const QDateTime &now, int *imported, QString *error)
{
    const TaskImport parsed = parseBackstageTasks(json, name);
    if (imported)
        *imported = 0;
    if (parsed.tasks.isEmpty()) {
        if (error)
            *error = parsed.problems.isEmpty() ? InsightsService::tr("The export holds no task.") : parsed.problems.first().message;
        return parsed.problems;
    }
    if (!store.addTasks(parsed.tasks, QStringLiteral("backstage-export:") + name, now, error))
        return parsed.problems;
    if (imported)
        *imported = int(parsed.tasks.size());
    return parsed.problems;
}

bool InsightsService::seedDemo(InsightsStore &store, const QString &dir, QString *error)
{
    if (!store.isEmpty())
        return true;
    const auto readFile = [&](const QString &name, QByteArray *out) {
        QFile f(QDir(dir).filePath(name));
        if (!f.open(QIODevice::ReadOnly)) {
            if (error)
                *error = InsightsService::tr("The demo file %1 cannot be read.").arg(name);
            return false;
        }
        *out = f.readAll();
        return true;
    };
    QByteArray github, tasks, survey;
    if (!readFile(QStringLiteral("github-snapshot.json"), &github) || !readFile(QStringLiteral("scaffolder-tasks.json"), &tasks)
        || !readFile(QStringLiteral("developer-survey.csv"), &survey))
        return false;
    auto snap = GitHubSnapshot::fromJson(github, error);
    if (!snap)
        return false;
    const QDateTime at = snap->fetchedAt;
    const TaskImport parsed = parseBackstageTasks(tasks, QStringLiteral("scaffolder-tasks.json"));
    if (!store.addTasks(parsed.tasks, QStringLiteral("demo:insights/scaffolder-tasks.json"), at, error))
        return false;
    if (!store.putSurvey({QStringLiteral("developer-survey.csv"), survey, QStringLiteral("score"), QStringLiteral("comment"),
                          QStringLiteral("submitted_at"), at, QStringLiteral("demo:insights/developer-survey.csv")},
                         error))
        return false;
    const QJsonObject history = snap->history;
    for (auto it = history.begin(); it != history.end(); ++it)
        for (const QJsonValue v : it.value().toArray()) {
            const QJsonObject p = v.toObject();
            HistoryPoint point{it.key(), p.value(QLatin1String("scope")).toString(),
                               parseTimestamp(p.value(QLatin1String("at")).toString()).value_or(QDateTime()),
                               p.value(QLatin1String("value")).toDouble(), p.value(QLatin1String("sampleSize")).toInt()};
            if (point.at.isValid() && !store.recordHistory(point, error))
                return false;
        }
    snap->history = {};
    return store.putSnapshot(*snap, error);
}

// ---------------------------------------------------------------------------
// Computing

namespace {

/** Everything compute() works on, with the filters applied. */
struct Context {
    const InsightsInputs &in;
    const InsightsOptions &opt;
    CatalogIndex index;
    Scope scope;
    QList<Entity> entities;           ///< in scope
    QList<Repository> repositories;   ///< code repositories in scope, with workflows
    QList<const RepoSnapshot *> repos; ///< snapshot repositories in scope

    Context(const InsightsInputs &i, const InsightsOptions &o) : in(i), opt(o), index(i.entities)
    {
        scope = {o.team, o.system};
        for (const Entity &e : in.entities) {
            // Only components are owned by a team in the sense of these
            // KPIs; users and groups stay, so NPS and onboarding can count them.
            if (!isKind(e, QLatin1String("Component")) || scope.entity(&e))
                entities << e;
        }
        if (!in.github)
            return;
        for (const RepoSnapshot &r : in.github->repos) {
            if (!scope.entity(index.repoEntity(r.fullName)))
                continue;
            repos << &r;
        }
    }

    bool userInTeam(const QString &userRef) const
    {
        return scope.team.isEmpty() || index.groupsOfUser.value(userRef).contains(scope.team);
    }
};

KpiReport leadTime(const Context &c)
{
    KpiReport k;
    QList<ScaffolderTask> tasks;
    QSet<QString> origins;
    QDateTime asOf;
    for (const TaskRecord &t : c.in.tasks) {
        if (!c.scope.team.isEmpty() && !c.userInTeam(t.task.createdBy))
            continue;
        tasks << t.task;
        origins.insert(t.origin);
        asOf = maxTime(asOf, t.recordedAt);
    }
    QStringList sources;
    for (const QString &o : std::as_const(origins))
        sources << InsightsService::describeOrigin(o);
    sources.sort();
    const LeadTimeResult r = serviceCreationLeadTime(tasks, c.opt.period, c.opt.from, c.opt.to);
    k.value = leadTimeKpi(r, sources.isEmpty() ? InsightsService::tr("Scaffolder task history (none yet)") : sources.join(QStringLiteral("; ")));
    k.value.asOf = asOf;
    for (const auto &p : r.byPeriod)
        k.series << KpiSeriesPoint{p.period, p.durations.median, p.durations.count};
    k.columns = {{QStringLiteral("task"), InsightsService::tr("Task"), QStringLiteral("text")},
                 {QStringLiteral("template"), InsightsService::tr("Template"), QStringLiteral("ref")},
                 {QStringLiteral("createdBy"), InsightsService::tr("Created by"), QStringLiteral("ref")},
                 {QStringLiteral("status"), InsightsService::tr("Status"), QStringLiteral("text")},
                 {QStringLiteral("createdAt"), InsightsService::tr("Started"), QStringLiteral("date")},
                 {QStringLiteral("duration"), InsightsService::tr("Lead time"), QStringLiteral("seconds")}};
    static const char *const statusNames[] = {"running", "completed", "failed", "cancelled"};
    for (const ScaffolderTask &t : std::as_const(tasks)) {
        const QDateTime when = t.status == TaskStatus::Running ? t.createdAt : t.completedAt;
        if (!inWindow(when, c.opt.from, c.opt.to))
            continue;
        QJsonObject row{{QStringLiteral("task"), t.id},
                        {QStringLiteral("template"), t.templateRef},
                        {QStringLiteral("createdBy"), t.createdBy},
                        {QStringLiteral("status"), QString::fromLatin1(statusNames[int(t.status)])},
                        {QStringLiteral("createdAt"), jt(t.createdAt)},
                        {QStringLiteral("duration"), QJsonValue()}};
        if (t.status == TaskStatus::Completed)
            row.insert(QStringLiteral("duration"), double(t.createdAt.msecsTo(t.completedAt)) / 1000.0);
        k.rows << row;
    }
    if (!c.scope.system.isEmpty())
        k.notes << filterNote(c.scope, true);
    else if (!c.scope.team.isEmpty())
        k.notes << InsightsService::tr("Tasks count for a team when the user who started them is a member of it.");
    return k;
}

KpiReport goldenPath(const Context &c)
{
    KpiReport k;
    GoldenPathOptions o;
    o.usesPatterns = c.in.config.goldenWorkflows;
    o.templateAnnotation = c.in.config.templateAnnotation;
    QList<Repository> repos;
    for (const RepoSnapshot *r : c.repos) {
        if (!c.index.repoEntity(r->fullName) && !c.in.config.repositories.contains(r->fullName, Qt::CaseInsensitive))
            continue; // a tickets-only repository is not one whose CI counts
        repos << Repository{r->fullName, r->archived, c.index.repoTeam(r->fullName), r->workflows};
    }
    const GoldenPathResult r = goldenPathAdoption(repos, c.entities, o);
    QString source;
    if (c.in.github)
        source = InsightsService::tr("%1: .github/workflows of %n repositories", nullptr, int(repos.size())).arg(githubOrigin(*c.in.github));
    else
        source = InsightsService::tr("GitHub Actions workflows (not read yet)");
    k.value = goldenPathKpi(r, source);
    if (!c.in.github && r.patternsConfigured)
        k.value.missingReason = noGitHub();
    if (c.in.github)
        k.value.asOf = c.in.github->fetchedAt;
    // The workflows have no history of their own: the series is what earlier
    // refreshes recorded, and the current value in its period.
    const QString scopeKey = c.scope.system.isEmpty() ? c.scope.team : QStringLiteral("\x01");
    std::map<Period, HistoryPoint> last;
    for (const HistoryPoint &p : c.in.goldenPathHistory)
        if (p.scope == scopeKey && inWindow(p.at, c.opt.from, c.opt.to))
            last[periodOf(p.at, c.opt.period)] = p;
    // The snapshot is usually taken "now", the window's (exclusive) end: it still belongs in.
    const QDateTime taken = c.in.github ? c.in.github->fetchedAt : QDateTime();
    if (k.value.value && taken.isValid() && (inWindow(taken, c.opt.from, c.opt.to) || taken == c.opt.to))
        last[periodOf(taken, c.opt.period)] = HistoryPoint{{}, scopeKey, taken, *k.value.value, k.value.sampleSize};
    for (const Period &p : periodsBetween(c.opt.from, c.opt.to, c.opt.period)) {
        const auto it = last.find(p);
        k.series << (it == last.end() ? KpiSeriesPoint{p, std::nullopt, 0}
                                      : KpiSeriesPoint{p, it->second.value, it->second.sampleSize});
    }
    k.columns = {{QStringLiteral("repository"), InsightsService::tr("Repository"), QStringLiteral("repo")},
                 {QStringLiteral("team"), InsightsService::tr("Team"), QStringLiteral("ref")},
                 {QStringLiteral("adopting"), InsightsService::tr("Golden path"), QStringLiteral("text")},
                 {QStringLiteral("matched"), InsightsService::tr("Golden workflow used"), QStringLiteral("text")}};
    for (const RepoAdoption &a : r.repos)
        k.rows << QJsonObject{{QStringLiteral("repository"), a.fullName},
                              {QStringLiteral("team"), a.team},
                              {QStringLiteral("adopting"), a.adopting ? InsightsService::tr("yes") : InsightsService::tr("no")},
                              {QStringLiteral("matched"), a.matched.join(QStringLiteral(", "))}};
    QJsonArray teams;
    for (const TeamAdoption &t : r.byTeam)
        teams.append(QJsonObject{{QStringLiteral("team"), t.team},
                                 {QStringLiteral("activeRepos"), t.activeRepos},
                                 {QStringLiteral("adoptingRepos"), t.adoptingRepos},
                                 {QStringLiteral("adoptionPercent"), jn(t.adoptionPercent)},
                                 {QStringLiteral("components"), t.components},
                                 {QStringLiteral("componentsFromTemplate"), t.componentsFromTemplate},
                                 {QStringLiteral("templatePercent"), jn(t.templatePercent)}});
    k.extra.insert(QStringLiteral("byTeam"), teams);
    if (r.templatePercent)
        k.notes << InsightsService::tr("%1 of %2 components (%3%) were created from a software template (%4).")
                       .arg(r.componentsFromTemplate)
                       .arg(r.components)
                       .arg(QString::number(*r.templatePercent, 'f', 0), o.templateAnnotation);
    if (!r.problems.isEmpty())
        k.notes << InsightsService::tr("%n workflow files could not be read and were skipped.", nullptr, int(r.problems.size()));
    if (r.archivedRepos > 0)
        k.notes << InsightsService::tr("%n archived repositories are left out.", nullptr, r.archivedRepos);
    if (!c.scope.system.isEmpty())
        k.notes << InsightsService::tr("Earlier values are recorded for the organisation and each team, not for systems.");
    return k;
}

KpiReport nps(const Context &c)
{
    KpiReport k;
    // Each export is read with its own mapping; the responses are pooled.
    NpsResult pooled;
    std::map<Period, NpsCounts> periods;
    QStringList sources;
    QDateTime asOf;
    for (const SurveyRecord &s : c.in.surveys) {
        const CsvTable table = parseCsv(s.content);
        NpsOptions o;
        o.from = c.opt.from;
        o.to = c.opt.to;
        o.period = c.opt.period;
        o.source = s.name;
        const NpsResult r = computeNps(table, NpsMapping::byName(table, s.scoreColumn, s.commentColumn, s.dateColumn), o);
        for (const NpsResponse &resp : r.responses) {
            pooled.counts.add(resp.score);
            pooled.responses << resp;
            if (resp.date.isValid())
                periods[periodOf(resp.date, c.opt.period)].add(resp.score);
            else
                ++pooled.undated;
        }
        pooled.skipped += r.skipped;
        pooled.warnings += r.warnings;
        pooled.outsideWindow += r.outsideWindow;
        if (r.counts.responses == 0 && !r.missingReason.isEmpty())
            pooled.missingReason += (pooled.missingReason.isEmpty() ? QString() : QStringLiteral(" ")) + r.missingReason;
        sources << InsightsService::describeOrigin(s.origin.isEmpty() ? QStringLiteral("file:") + s.name : s.origin);
        asOf = maxTime(asOf, s.importedAt);
    }
    for (const auto &[p, counts] : periods)
        pooled.byPeriod << NpsPeriodCounts{p, counts};
    // Users asked, per survey round: the response rate of one round, averaged
    // over the rounds in the window, not all answers over the head count.
    int users = 0;
    for (const Entity &e : c.in.entities)
        users += isKind(e, QLatin1String("User")) ? 1 : 0;
    const int rounds = std::max<int>(1, int(pooled.byPeriod.size()));
    pooled.userCount = users;
    if (users > 0 && pooled.counts.responses > 0) {
        pooled.responseRatePercent = 100.0 * pooled.counts.responses / (double(users) * rounds);
        pooled.lowResponseRate = *pooled.responseRatePercent < kMinResponseRatePercent;
    }
    if (c.in.surveys.isEmpty())
        pooled.missingReason = InsightsService::tr("No developer survey has been imported.");
    NpsOptions o;
    o.from = c.opt.from;
    o.to = c.opt.to;
    o.userCount = users;
    o.source = sources.join(QStringLiteral("; "));
    k.value = npsKpi(pooled, o);
    if (!sources.isEmpty())
        k.value.source = sources.join(QStringLiteral("; "));
    k.value.asOf = asOf;
    k.value.details.insert(QStringLiteral("rounds"), int(pooled.byPeriod.size()));
    for (const Period &p : periodsBetween(c.opt.from, c.opt.to, c.opt.period)) {
        const auto it = periods.find(p);
        k.series << (it == periods.end() ? KpiSeriesPoint{p, std::nullopt, 0}
                                         : KpiSeriesPoint{p, it->second.nps(), it->second.responses});
    }
    k.columns = {{QStringLiteral("period"), InsightsService::tr("Period"), QStringLiteral("text")},
                 {QStringLiteral("responses"), InsightsService::tr("Responses"), QStringLiteral("number")},
                 {QStringLiteral("responseRate"), InsightsService::tr("Response rate"), QStringLiteral("percent")},
                 {QStringLiteral("promoters"), InsightsService::tr("Promoters"), QStringLiteral("percent")},
                 {QStringLiteral("passives"), InsightsService::tr("Passives"), QStringLiteral("percent")},
                 {QStringLiteral("detractors"), InsightsService::tr("Detractors"), QStringLiteral("percent")},
                 {QStringLiteral("nps"), InsightsService::tr("NPS"), QStringLiteral("number")}};
    for (const auto &[p, counts] : periods)
        k.rows << QJsonObject{{QStringLiteral("period"), p.key()},
                              {QStringLiteral("responses"), counts.responses},
                              {QStringLiteral("responseRate"), users > 0 ? QJsonValue(100.0 * counts.responses / users) : QJsonValue()},
                              {QStringLiteral("promoters"), jn(counts.promotersPercent())},
                              {QStringLiteral("passives"), jn(counts.passivesPercent())},
                              {QStringLiteral("detractors"), jn(counts.detractorsPercent())},
                              {QStringLiteral("nps"), jn(counts.nps())}};
    const QList<Theme> themes = complaintThemes(pooled.detractorComments(), ThemeOptions{5, 2, 2, true, {}});
    QJsonArray themeList;
    QStringList themeText;
    for (const Theme &t : themes) {
        themeList.append(t.toJson());
        themeText << QStringLiteral("%1 (%2)").arg(t.term).arg(t.count);
    }
    k.extra.insert(QStringLiteral("themes"), themeList);
    if (pooled.responseRatePercent && pooled.lowResponseRate)
        k.notes << InsightsService::tr("Response rate %1% (of the %n developers in the catalog, per survey round) is below 70%: "
                                       "the score may not speak for them.", nullptr, users)
                       .arg(QString::number(*pooled.responseRatePercent, 'f', 0));
    else if (pooled.responseRatePercent)
        k.notes << InsightsService::tr("Response rate %1% of the %n developers in the catalog, per survey round.", nullptr, users)
                       .arg(QString::number(*pooled.responseRatePercent, 'f', 0));
    else if (users == 0 && pooled.counts.responses > 0)
        k.notes << InsightsService::tr("The catalog has no User entities, so the response rate is not known.");
    if (!themeText.isEmpty())
        k.notes << InsightsService::tr("Most frequent complaints of detractors: %1.").arg(themeText.join(QStringLiteral(", ")));
    if (!pooled.skipped.isEmpty())
        k.notes << InsightsService::tr("%n rows were skipped (no score from 0 to 10).", nullptr, int(pooled.skipped.size()));
    if (c.scope.any())
        k.notes << filterNote(c.scope, false);
    return k;
}

KpiReport onboarding(const Context &c)
{
    KpiReport k;
    // Each author's first pull request, and first merged one, over every
    // repository read.
    QHash<QString, QDateTime> firstOpened, firstMerged;
    int repoCount = 0;
    if (c.in.github) {
        for (const RepoSnapshot &r : c.in.github->repos) {
            repoCount += r.pulls.isEmpty() ? 0 : 1;
            for (const PullRecord &p : r.pulls) {
                const QString who = p.author.toLower();
                if (who.isEmpty() || who.endsWith(QLatin1String("[bot]")))
                    continue;
                if (p.createdAt.isValid())
                    firstOpened[who] = minTime(firstOpened.value(who), p.createdAt);
                if (p.mergedAt.isValid())
                    firstMerged[who] = minTime(firstMerged.value(who), p.mergedAt);
            }
        }
    }
    const bool csv = !c.in.config.joinDatesCsv.isEmpty();
    const QHash<QString, QDateTime> &joins = csv ? c.in.joinDates : firstOpened;
    const bool knownUsersOnly = !c.index.userByLogin.isEmpty();
    QList<Newcomer> newcomers;
    QStringList logins = joins.keys();
    logins.sort();
    for (const QString &login : std::as_const(logins)) {
        const Entity *user = c.index.userByLogin.value(login);
        // With Users in the catalog, only they count: outside contributors did not join.
        if (knownUsersOnly && !user)
            continue;
        if (!c.scope.team.isEmpty() && (!user || !c.userInTeam(user->ref())))
            continue;
        newcomers << Newcomer{user ? user->ref() : login, joins.value(login), firstMerged.value(login)};
    }
    const OnboardingResult r = onboardingTime(newcomers, c.opt.period, c.opt.from, c.opt.to);
    QString source;
    if (csv)
        source = InsightsService::tr("Join dates from %1; first merged pull request from %2")
                     .arg(c.in.joinDatesSource, c.in.github ? githubOrigin(*c.in.github) : InsightsService::tr("GitHub (not read yet)"));
    else if (c.in.github)
        source = InsightsService::tr("%1: pull requests of %n repositories; a developer joins with their first pull request, as "
                    "GitHub's API gives no date of joining an organisation", nullptr, repoCount)
                     .arg(githubOrigin(*c.in.github));
    else
        source = InsightsService::tr("GitHub pull requests (not read yet)");
    k.value = onboardingKpi(r, source);
    if (!c.in.github)
        k.value.missingReason = noGitHub();
    if (c.in.github)
        k.value.asOf = c.in.github->fetchedAt;
    for (const auto &p : r.byPeriod)
        k.series << KpiSeriesPoint{p.period, p.durations.median, p.durations.count};
    k.columns = {{QStringLiteral("user"), InsightsService::tr("Developer"), QStringLiteral("ref")},
                 {QStringLiteral("joined"), InsightsService::tr("Joined"), QStringLiteral("date")},
                 {QStringLiteral("firstMerged"), InsightsService::tr("First merged pull request"), QStringLiteral("date")},
                 {QStringLiteral("duration"), InsightsService::tr("Onboarding time"), QStringLiteral("seconds")}};
    for (const Newcomer &n : std::as_const(newcomers)) {
        if (!inWindow(n.joinedAt, c.opt.from, c.opt.to))
            continue;
        const bool merged = n.firstMergedPrAt.isValid() && n.firstMergedPrAt >= n.joinedAt;
        k.rows << QJsonObject{{QStringLiteral("user"), n.user},
                              {QStringLiteral("joined"), jt(n.joinedAt)},
                              {QStringLiteral("firstMerged"), jt(n.firstMergedPrAt)},
                              {QStringLiteral("duration"), merged ? QJsonValue(double(n.joinedAt.msecsTo(n.firstMergedPrAt)) / 1000.0)
                                                                  : QJsonValue()}};
    }
    if (!r.waiting.isEmpty())
        k.notes << InsightsService::tr("%n newcomers have no merged pull request yet and are not in the median.", nullptr,
                      int(r.waiting.size()));
    if (!c.scope.system.isEmpty())
        k.notes << filterNote(c.scope, true);
    return k;
}

KpiReport tickets(const Context &c)
{
    KpiReport k;
    const InsightsConfig &cfg = c.in.config;
    QList<TrackedIssue> issues;
    QHash<QString, const IssueRecord *> byKey;
    QStringList repoNames;
    for (const RepoSnapshot *r : c.repos) {
        if (!cfg.ticketRepositories.isEmpty() && !cfg.ticketRepositories.contains(r->fullName, Qt::CaseInsensitive))
            continue;
        repoNames << r->fullName;
        for (const IssueRecord &i : r->issues) {
            issues << TrackedIssue{r->fullName, i.number, i.labels, i.createdAt, i.closedAt};
            byKey.insert(QStringLiteral("%1#%2").arg(r->fullName).arg(i.number), &i);
        }
    }
    // Repositories named for tickets but without a catalog entity are not in
    // any team's scope; without a filter they count.
    if (!c.scope.any() && c.in.github)
        for (const RepoSnapshot &r : c.in.github->repos)
            if (cfg.ticketRepositories.contains(r.fullName, Qt::CaseInsensitive) && !repoNames.contains(r.fullName)
                && !c.index.repoEntity(r.fullName)) {
                repoNames << r.fullName;
                for (const IssueRecord &i : r.issues) {
                    issues << TrackedIssue{r.fullName, i.number, i.labels, i.createdAt, i.closedAt};
                    byKey.insert(QStringLiteral("%1#%2").arg(r.fullName).arg(i.number), &i);
                }
            }
    TicketOptions o;
    o.labels = cfg.ticketLabels;
    o.from = c.opt.from;
    o.to = c.opt.to;
    const auto compute = [&](const QDateTime &from, const QDateTime &to) {
        TicketOptions w = o;
        w.from = from;
        w.to = to;
        return infraTickets(issues, w);
    };
    const TicketsResult r = compute(c.opt.from, c.opt.to);
    QString source;
    if (c.in.github)
        source = InsightsService::tr("%1: issues labelled %2 in %n repositories", nullptr, int(repoNames.size()))
                     .arg(githubOrigin(*c.in.github), cfg.ticketLabels.join(QStringLiteral(", ")));
    else
        source = InsightsService::tr("GitHub issues (not read yet)");
    k.value = ticketsKpi(r, source);
    if (!c.in.github && r.configured) // no issues read is not zero tickets
        k.value = makeKpiValue(kpi::InfraTickets, std::nullopt, 0, source, noGitHub(), c.opt.from, c.opt.to);
    if (c.in.github)
        k.value.asOf = c.in.github->fetchedAt;
    if (r.configured && c.in.github)
        k.series = seriesOver(c.opt.from, c.opt.to, c.opt.period,
                              [&](const QDateTime &f, const QDateTime &t) { return ticketsKpi(compute(f, t), source); });
    else
        for (const Period &p : periodsBetween(c.opt.from, c.opt.to, c.opt.period))
            k.series << KpiSeriesPoint{p, std::nullopt, 0};
    k.columns = {{QStringLiteral("ticket"), InsightsService::tr("Ticket"), QStringLiteral("url")},
                 {QStringLiteral("repository"), InsightsService::tr("Repository"), QStringLiteral("repo")},
                 {QStringLiteral("title"), InsightsService::tr("Title"), QStringLiteral("text")},
                 {QStringLiteral("labels"), InsightsService::tr("Labels"), QStringLiteral("text")},
                 {QStringLiteral("opened"), InsightsService::tr("Opened"), QStringLiteral("date")},
                 {QStringLiteral("closed"), InsightsService::tr("Closed"), QStringLiteral("date")}};
    for (const QString &key : r.tickets) {
        const IssueRecord *i = byKey.value(key);
        if (!i)
            continue;
        k.rows << QJsonObject{{QStringLiteral("ticket"), key},
                              {QStringLiteral("url"), i->url},
                              {QStringLiteral("repository"), key.section(u'#', 0, 0)},
                              {QStringLiteral("title"), i->title},
                              {QStringLiteral("labels"), i->labels.join(QStringLiteral(", "))},
                              {QStringLiteral("opened"), jt(i->createdAt)},
                              {QStringLiteral("closed"), jt(i->closedAt)}};
    }
    return k;
}

QList<KpiReport> dora(const Context &c)
{
    const InsightsConfig &cfg = c.in.config;
    QList<Deployment> deployments;
    QList<Commit> commits;
    QList<Incident> incidents;
    DoraOptions o;
    o.from = c.opt.from;
    o.to = c.opt.to;
    int repoCount = 0;
    for (const RepoSnapshot *r : c.repos) {
        const QString service = c.index.serviceOf(r->fullName);
        o.serviceTeam.insert(service, c.index.repoTeam(r->fullName));
        repoCount += r->deliveries.isEmpty() ? 0 : 1;
        for (const DeliveryRecord &d : r->deliveries) {
            const DeploymentStatus status = d.state == u"success" ? DeploymentStatus::Success
                                            : d.state == u"failure" ? DeploymentStatus::Failure
                                                                    : DeploymentStatus::Other;
            deployments << Deployment{service, d.sha, d.createdAt, d.finishedAt, status};
        }
        commits += r->commits;
        if (cfg.incidentLabel.isEmpty()
            || (!cfg.incidentRepositories.isEmpty() && !cfg.incidentRepositories.contains(r->fullName, Qt::CaseInsensitive)))
            continue;
        for (const IssueRecord &i : r->issues)
            if (i.labels.contains(cfg.incidentLabel, Qt::CaseInsensitive))
                incidents << Incident{service, i.createdAt, i.closedAt};
    }
    QString source;
    if (c.in.github) {
        QString what;
        switch (cfg.deploymentSource) {
        case DeploymentSource::Deployments:
            what = InsightsService::tr("deployments to %1 and their statuses").arg(cfg.environment);
            break;
        case DeploymentSource::Releases:
            what = InsightsService::tr("published releases");
            break;
        case DeploymentSource::WorkflowRuns:
            what = cfg.deployWorkflow.isEmpty() ? InsightsService::tr("workflow runs on the default branch")
                                                : InsightsService::tr("runs of %1 on the default branch").arg(cfg.deployWorkflow);
            break;
        }
        if (c.in.github->deploymentSource != InsightsConfig::deploymentSourceId(cfg.deploymentSource)
            && !c.in.github->deploymentSource.isEmpty())
            what = InsightsService::tr("%1 (read as %2; refresh to read the configured source)").arg(what, c.in.github->deploymentSource);
        source = InsightsService::tr("%1: %2 of %n repositories; incidents: issues labelled %3", nullptr, repoCount)
                     .arg(githubOrigin(*c.in.github), what, cfg.incidentLabel);
    } else {
        source = InsightsService::tr("GitHub deployments (not read yet)");
    }
    const DoraResult r = computeDora(deployments, commits, incidents, o);
    QList<KpiValue> values = doraKpis(r.overall, r, source);
    QList<QList<KpiSeriesPoint>> series(4);
    for (const Period &p : periodsBetween(c.opt.from, c.opt.to, c.opt.period)) {
        DoraOptions w = o;
        w.from = maxTime(p.start(), c.opt.from);
        w.to = minTime(p.end(), c.opt.to);
        const DoraResult pr = computeDora(deployments, commits, incidents, w);
        const QList<KpiValue> pv = doraKpis(pr.overall, pr, source);
        for (int i = 0; i < 4; ++i)
            series[i] << KpiSeriesPoint{p, c.in.github ? pv[i].value : std::nullopt, pv[i].sampleSize};
    }
    // Per team and per service, each with its band: the breakdown the 2024
    // report's levels are usually read at.
    const auto band = [](Band b) { return b == Band::Unknown ? QJsonValue() : QJsonValue(bandId(b)); };
    const auto rowsFor = [&](int which) {
        QList<QJsonObject> rows;
        const auto add = [&](const DoraMetrics &m, const QString &kind) {
            QJsonObject row{{QStringLiteral("scope"), kind == u"team" ? InsightsService::tr("team") : InsightsService::tr("service")},
                            {QStringLiteral("name"), m.scope.isEmpty() ? InsightsService::tr("(no owner)") : m.scope}};
            switch (which) {
            case 0:
                row.insert(QStringLiteral("value"), jn(m.deploysPerDay));
                row.insert(QStringLiteral("band"), band(m.deploymentFrequencyBand));
                row.insert(QStringLiteral("samples"), m.successful);
                break;
            case 1:
                row.insert(QStringLiteral("value"), jn(m.leadTimeSeconds));
                row.insert(QStringLiteral("band"), band(m.leadTimeBand));
                row.insert(QStringLiteral("samples"), m.leadTimeSamples);
                break;
            case 2:
                row.insert(QStringLiteral("value"), jn(m.changeFailurePercent));
                row.insert(QStringLiteral("band"), band(m.changeFailureBand));
                row.insert(QStringLiteral("samples"), m.deployments);
                break;
            default:
                row.insert(QStringLiteral("value"), jn(m.recoverySeconds));
                row.insert(QStringLiteral("band"), band(m.recoveryBand));
                row.insert(QStringLiteral("samples"), m.incidents);
                break;
            }
            rows << row;
        };
        for (const DoraMetrics &m : r.byTeam)
            add(m, QStringLiteral("team"));
        for (const DoraMetrics &m : r.byService)
            add(m, QStringLiteral("service"));
        return rows;
    };
    static const char *const valueKinds[] = {"perDay", "seconds", "percent", "seconds"};
    static const char *const sampleTitles[] = {QT_TRANSLATE_NOOP("atrium::InsightsService", "Successful deployments"),
                                               QT_TRANSLATE_NOOP("atrium::InsightsService", "Deployments measured"),
                                               QT_TRANSLATE_NOOP("atrium::InsightsService", "Deployments"),
                                               QT_TRANSLATE_NOOP("atrium::InsightsService", "Incidents")};
    QList<KpiReport> out;
    for (int i = 0; i < 4; ++i) {
        KpiReport k;
        k.value = values[i];
        if (!c.in.github)
            k.value.missingReason = noGitHub();
        if (c.in.github)
            k.value.asOf = c.in.github->fetchedAt;
        k.series = series[i];
        const KpiDefinition *def = findKpi(k.value.id);
        k.columns = {{QStringLiteral("scope"), InsightsService::tr("Scope"), QStringLiteral("text")},
                     {QStringLiteral("name"), InsightsService::tr("Team or service"), QStringLiteral("ref")},
                     {QStringLiteral("value"), def ? def->title() : k.value.id, QString::fromLatin1(valueKinds[i])},
                     {QStringLiteral("band"), InsightsService::tr("Level"), QStringLiteral("band")},
                     {QStringLiteral("samples"), InsightsService::tr(sampleTitles[i]), QStringLiteral("number")}};
        k.rows = rowsFor(i);
        if (i == 1 && r.overall.unmatchedCommits > 0)
            k.notes << InsightsService::tr("%n successful deployments have no known commit and are not in the lead time.", nullptr,
                          r.overall.unmatchedCommits);
        if (i == 3 && r.overall.openIncidents > 0)
            k.notes << InsightsService::tr("%n incidents are still open and are not in the median.", nullptr, r.overall.openIncidents);
        if (!r.problems.isEmpty())
            k.notes << InsightsService::tr("%n records were left out (times out of order).", nullptr, int(r.problems.size()));
        out << k;
    }
    return out;
}

} // namespace

QList<HistoryPoint> InsightsService::goldenPathPoints(const InsightsInputs &inputs, const QDateTime &at)
{
    QList<HistoryPoint> out;
    InsightsOptions o = InsightsOptions::defaultWindow(at, PeriodKind::Month, 1);
    QStringList scopes{QString()};
    for (const Entity &e : inputs.entities)
        if (isKind(e, QLatin1String("Component")) && !e.owner.isEmpty() && !scopes.contains(e.owner))
            scopes << e.owner;
    for (const QString &team : std::as_const(scopes)) {
        o.team = team;
        const Context c(inputs, o);
        const KpiReport k = goldenPath(c);
        if (k.value.value)
            out << HistoryPoint{QString(kpi::GoldenPathAdoption), team, at, *k.value.value, k.value.sampleSize};
    }
    return out;
}

InsightsReport InsightsService::compute(const InsightsInputs &inputs, const InsightsOptions &options)
{
    InsightsReport report;
    report.from = options.from;
    report.to = options.to;
    report.now = options.now;
    report.period = options.period;
    report.team = options.team;
    report.system = options.system;
    report.demo = inputs.github && inputs.github->isDemo();
    report.problems = inputs.problems;
    const Context c(inputs, options);

    QSet<QString> teams, systems;
    for (const Entity &e : inputs.entities) {
        if (isKind(e, QLatin1String("Component")) && !e.owner.isEmpty())
            teams.insert(e.owner);
        if (isKind(e, QLatin1String("System")))
            systems.insert(e.ref());
    }
    report.teams = QStringList(teams.begin(), teams.end());
    report.teams.sort();
    report.systems = QStringList(systems.begin(), systems.end());
    report.systems.sort();

    report.kpis << leadTime(c) << goldenPath(c) << nps(c) << onboarding(c) << tickets(c) << dora(c);
    for (KpiReport &k : report.kpis) {
        k.notes.removeAll(QString());
        if (!k.value.value && k.value.missingReason.contains(QLatin1String("Insights settings")) && !inputs.config.file.isEmpty())
            k.notes << InsightsService::tr("Insights settings are the insights: section of %1.").arg(inputs.config.file);
    }

    SignalInputs si;
    si.entities = c.entities;
    if (inputs.github)
        for (const RepoSnapshot *r : c.repos)
            if (c.index.repoEntity(r->fullName) || inputs.config.repositories.contains(r->fullName, Qt::CaseInsensitive))
                si.repositories << Repository{r->fullName, r->archived, c.index.repoTeam(r->fullName), r->workflows};
    si.serviceCreationSeconds = report.kpis[0].value.value;
    si.onboardingSeconds = report.kpis[3].value.value;
    si.costKey = inputs.config.costKey;
    if (!inputs.docs.isEmpty()) // no site in the cache: not measured, rather than 0 %
        si.docs = inputs.docs;
    report.adoption = adoptionSignals(si);
    report.adoptionAsOf = inputs.catalogAsOf;
    if (inputs.github)
        for (const RepoSnapshot &r : inputs.github->repos)
            if (!r.error.isEmpty())
                for (const QString &line : r.error.split(u'\n'))
                    report.problems << Problem{r.fullName, 0, 0, {}, line};
    return report;
}

} // namespace atrium
