// SPDX-License-Identifier: Apache-2.0
#include "insightscommand.h"
#include "cliargs.h"

#include "auth/tokenstore.h"
#include "catalogstore.h"
#include "entityref.h"
#include "insightsconfig.h"
#include "insightsgithub.h"
#include "insightsservice.h"
#include "insightsstore.h"
#include "metrics/csv.h"
#include "metrics/kpi.h"
#include "syncconfig.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace atrium {

namespace {

using namespace metrics;

const char *const kInsightsUsage =
    "Usage: atrium insights [--cache FILE] [--config FILE] [--json] [--from DATE] [--to DATE]\n"
    "                       [--period month|quarter] [--team REF] [--system REF] [--now TIME]\n"
    "                       [--import-tasks FILE] [--import-survey FILE --score-column C\n"
    "                        [--comment-column C] [--date-column C]] [--refresh [--token-env VAR]]\n"
    "\n"
    "--from and --to bound the window (UTC; a --to date includes that whole day); the default\n"
    "is the last 12 months up to now. --import-tasks reads a Backstage /api/scaffolder/v2/tasks\n"
    "export, --import-survey a survey CSV; both are kept in the cache. --refresh reads the\n"
    "GitHub data (conditional requests: unchanged answers cost nothing). --now fixes the clock.\n";

int usage(QTextStream &err, const QString &msg)
{
    err << "atrium: " << msg << "\n" << kInsightsUsage;
    return 2;
}

QString duration(double s)
{
    if (s < seconds::Hour)
        return QStringLiteral("%1 min").arg(std::round(s / seconds::Minute));
    if (s < 2 * seconds::Day)
        return QStringLiteral("%1 h").arg(s / seconds::Hour, 0, 'f', 1);
    return QStringLiteral("%1 days").arg(s / seconds::Day, 0, 'f', 1);
}

QString formatValue(Unit unit, double v)
{
    switch (unit) {
    case Unit::Seconds: return duration(v);
    case Unit::Percent: return QStringLiteral("%1%").arg(v, 0, 'f', 1);
    case Unit::Score: return QStringLiteral("%1").arg(v, 0, 'f', 1);
    case Unit::PerMonth: return QStringLiteral("%1/month").arg(v, 0, 'f', 1);
    case Unit::PerDay: return v >= 1 ? QStringLiteral("%1/day").arg(v, 0, 'f', 2) : QStringLiteral("%1/week").arg(v * 7, 0, 'f', 2);
    case Unit::Count: return QString::number(v);
    }
    return QString::number(v);
}

QString col(const QString &s, int w)
{
    return s.leftJustified(w, u' ', true);
}

void printText(const InsightsReport &r, QTextStream &out)
{
    const auto day = [](const QDateTime &t) { return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QStringLiteral("-"); };
    out << "Insights " << day(r.from) << " to " << day(r.to) << " (by "
        << (r.period == PeriodKind::Month ? "month" : "quarter") << ")";
    if (!r.team.isEmpty())
        out << ", team " << r.team;
    if (!r.system.isEmpty())
        out << ", system " << r.system;
    if (r.demo)
        out << ", demo data";
    out << "\n\n";
    out << col(QStringLiteral("KPI"), 34) << "  " << col(QStringLiteral("VALUE"), 14) << "  " << col(QStringLiteral("LEVEL"), 10)
        << "  " << col(QStringLiteral("TARGET"), 12) << "  " << col(QStringLiteral("N"), 5) << "  AS OF\n";
    for (const KpiReport &k : r.kpis) {
        const KpiDefinition *def = findKpi(k.value.id);
        const QString value = k.value.value ? formatValue(k.value.unit, *k.value.value) : QStringLiteral("no data");
        const QString target = def ? (def->direction == Direction::HigherIsBetter ? QStringLiteral(">= ") : QStringLiteral("<= "))
                                         + formatValue(def->unit, def->target)
                                   : QString();
        out << col(def ? def->title() : k.value.id, 34) << "  " << col(value, 14) << "  "
            << col(k.value.value ? bandTitle(k.value.band) : QStringLiteral("-"), 10) << "  " << col(target, 12) << "  "
            << col(QString::number(k.value.sampleSize), 5) << "  " << (k.value.asOf.isValid() ? k.value.asOf.toUTC().toString(Qt::ISODate) : QStringLiteral("-"))
            << '\n';
        out << "    source: " << k.value.source << '\n';
        if (!k.value.value)
            out << "    missing: " << k.value.missingReason << '\n';
        for (const QString &n : k.notes)
            out << "    note: " << n << '\n';
    }
    out << "\nPlay 1 adoption signals: " << r.adoption.firing << " of " << r.adoption.measured << " measured fire"
        << (r.adoption.idpRecommended ? " (three or more: time to consider an internal developer platform)" : "") << '\n';
    for (const AdoptionSignal &s : r.adoption.conditions) {
        const QString value = s.value ? formatValue(s.unit, *s.value) : QStringLiteral("no data");
        out << "  " << col(s.title, 32) << "  " << col(value, 12) << "  " << (s.firesAbove ? "> " : "< ")
            << col(formatValue(s.unit, s.threshold), 10) << "  "
            << (s.fires ? (*s.fires ? "fires" : "-") : "not measured") << '\n';
        if (!s.value)
            out << "    missing: " << s.missingReason << '\n';
    }
    for (const Problem &p : r.problems)
        out << "problem: " << p.toString() << '\n';
}

/** A window bound: an ISO time, or a date (the day's start; for --to, the next day's). */
std::optional<QDateTime> bound(const QString &text, bool end)
{
    const auto t = parseTimestamp(text);
    if (!t)
        return std::nullopt;
    return end && text.trimmed().size() == 10 ? t->addDays(1) : *t;
}

} // namespace

int cmdInsights(const QStringList &argv, QTextStream &out, QTextStream &err)
{
    const Args a = Args::parse(argv, {QStringLiteral("--json"), QStringLiteral("--refresh")},
                               {QStringLiteral("--cache"), QStringLiteral("--config"), QStringLiteral("--from"),
                                QStringLiteral("--to"), QStringLiteral("--period"), QStringLiteral("--team"),
                                QStringLiteral("--system"), QStringLiteral("--now"), QStringLiteral("--import-tasks"),
                                QStringLiteral("--import-survey"), QStringLiteral("--score-column"),
                                QStringLiteral("--comment-column"), QStringLiteral("--date-column"),
                                QStringLiteral("--token-env")});
    if (!a.error.isEmpty())
        return usage(err, a.error);
    if (!a.positional.isEmpty())
        return usage(err, QStringLiteral("insights takes no arguments, only options"));
    const QString surveyPath = a.values.value(QStringLiteral("--import-survey"));
    if (!surveyPath.isEmpty() && a.values.value(QStringLiteral("--score-column")).isEmpty())
        return usage(err, QStringLiteral("--import-survey needs --score-column naming the 0-10 answer's column"));
    if (surveyPath.isEmpty()
        && (a.values.contains(QStringLiteral("--score-column")) || a.values.contains(QStringLiteral("--comment-column"))
            || a.values.contains(QStringLiteral("--date-column"))))
        return usage(err, QStringLiteral("the column options go with --import-survey"));

    QDateTime now = QDateTime::currentDateTimeUtc();
    if (a.values.contains(QStringLiteral("--now"))) {
        const auto t = parseTimestamp(a.values.value(QStringLiteral("--now")));
        if (!t)
            return usage(err, QStringLiteral("--now: not an ISO 8601 time: %1").arg(a.values.value(QStringLiteral("--now"))));
        now = *t;
    }
    PeriodKind period = PeriodKind::Month;
    const QString periodText = a.values.value(QStringLiteral("--period"), QStringLiteral("month"));
    if (periodText == u"quarter")
        period = PeriodKind::Quarter;
    else if (periodText != u"month")
        return usage(err, QStringLiteral("--period must be month or quarter"));
    InsightsOptions options = InsightsOptions::defaultWindow(now, period);
    for (const auto &[name, isEnd] : {std::pair{QStringLiteral("--from"), false}, std::pair{QStringLiteral("--to"), true}}) {
        if (!a.values.contains(name))
            continue;
        const auto t = bound(a.values.value(name), isEnd);
        if (!t)
            return usage(err, QStringLiteral("%1: not a date (YYYY-MM-DD) or ISO 8601 time: %2").arg(name, a.values.value(name)));
        (isEnd ? options.to : options.from) = *t;
    }
    if (a.values.contains(QStringLiteral("--to")) && !a.values.contains(QStringLiteral("--from")))
        options.from = InsightsOptions::defaultWindow(options.to, period).from;
    if (options.from >= options.to)
        return usage(err, QStringLiteral("--from must be before --to"));
    if (a.values.contains(QStringLiteral("--team")))
        options.team = EntityRef::canonical(a.values.value(QStringLiteral("--team")), u"group");
    if (a.values.contains(QStringLiteral("--system")))
        options.system = EntityRef::canonical(a.values.value(QStringLiteral("--system")), u"system");

    const QString cachePath = a.values.value(QStringLiteral("--cache"), CatalogStore::defaultPath());
    const bool importing = a.values.contains(QStringLiteral("--import-tasks")) || !surveyPath.isEmpty();
    if (!importing && !QFileInfo::exists(cachePath)) {
        err << "atrium: no catalog cache at " << cachePath << "; run 'atrium catalog import PATH' or 'atrium sync' first\n";
        return 1;
    }
    CatalogStore catalog;
    QString error;
    if (!catalog.open(cachePath, &error)) {
        err << "atrium: cannot open the cache " << cachePath << ": " << error << '\n';
        return 1;
    }
    InsightsStore store;
    if (!store.open(cachePath, &error)) {
        err << "atrium: " << error << '\n';
        return 1;
    }

    const QString configPath = a.values.value(QStringLiteral("--config"), SyncConfig::defaultPath());
    if (a.values.contains(QStringLiteral("--config")) && !QFileInfo::exists(configPath)) {
        err << "atrium: no configuration at " << configPath << '\n';
        return 2;
    }
    Diagnostics problems;
    const InsightsConfig config = InsightsConfig::load(configPath, &problems);
    for (const Diagnostic &d : std::as_const(problems))
        err << d.toString() << '\n';
    if (countErrors(problems) > 0) {
        err << "atrium: the insights section of the configuration has errors\n";
        return 1;
    }

    if (a.values.contains(QStringLiteral("--import-tasks"))) {
        const QString path = a.values.value(QStringLiteral("--import-tasks"));
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            err << "atrium: cannot read " << path << ": " << f.errorString() << '\n';
            return 1;
        }
        int imported = 0;
        const Problems skipped = InsightsService::importTasks(store, f.readAll(), QFileInfo(path).fileName(), now,
                                                              &imported, &error);
        for (const Problem &p : skipped)
            err << p.toString() << '\n';
        if (imported == 0) {
            err << "atrium: no task imported from " << path << ": " << error << '\n';
            return 1;
        }
        err << "Imported " << imported << " scaffolder tasks from " << path << " (" << skipped.size() << " skipped)\n";
    }
    if (!surveyPath.isEmpty()) {
        QFile f(surveyPath);
        if (!f.open(QIODevice::ReadOnly)) {
            err << "atrium: cannot read " << surveyPath << ": " << f.errorString() << '\n';
            return 1;
        }
        SurveyRecord s;
        s.name = QFileInfo(surveyPath).fileName();
        s.content = f.readAll();
        s.scoreColumn = a.values.value(QStringLiteral("--score-column"));
        s.commentColumn = a.values.value(QStringLiteral("--comment-column"));
        s.dateColumn = a.values.value(QStringLiteral("--date-column"));
        s.importedAt = now;
        s.origin = QStringLiteral("file:") + s.name;
        const CsvTable table = parseCsv(s.content);
        for (const auto &[option, column] : {std::pair{"--score-column", s.scoreColumn}, std::pair{"--comment-column", s.commentColumn},
                                              std::pair{"--date-column", s.dateColumn}}) {
            if (!column.isEmpty() && table.column(column) < 0) {
                err << "atrium: " << option << ": " << surveyPath << " has no column \"" << column << "\"; its columns: "
                    << table.header.join(QStringLiteral(", ")) << '\n';
                return 2;
            }
        }
        if (!store.putSurvey(s, &error)) {
            err << "atrium: the survey could not be stored: " << error << '\n';
            return 1;
        }
        err << "Imported survey " << surveyPath << ": " << table.rows.size() << " rows\n";
    }

    if (a.flags.contains(QStringLiteral("--refresh"))) {
        Diagnostics syncProblems;
        const SyncConfig sync = QFileInfo::exists(configPath) ? SyncConfig::load(configPath, &syncProblems) : SyncConfig();
        const GitHubIntegration integration = sync.integrationFor(config.host);
        GitHubEndpoint endpoint = GitHubEndpoint::forHost(integration.host, integration.apiBaseUrl);
        endpoint.caBundlePath = integration.caBundle;
        const TokenStore::Result token = TokenStore().tokenFor(config.host, a.values.value(QStringLiteral("--token-env")));
        if (!token.ok || token.token.isEmpty()) {
            err << "atrium: no GitHub token for " << config.host << ": "
                << (token.error.isEmpty() ? QStringLiteral("sign in with 'atrium auth login', or pass --token-env VAR") : token.error)
                << '\n';
            return 2;
        }
        GitHubClient client(endpoint, token.token);
        QObject::connect(&client, &GitHubClient::waiting, &client, [&err](const QString &why, const QDateTime &) {
            err << why << '\n';
            err.flush();
        });
        const InsightsRepoPlan plan = InsightsRepoPlan::make(InsightsService::catalogRepositories(catalog.entities()), config);
        if (plan.all().isEmpty()) {
            err << "atrium: no repository to read: no catalog entity has a github.com/project-slug annotation, and the "
                   "configuration names none under insights.repositories\n";
            return 1;
        }
        InsightsFetchOptions fo;
        fo.now = now;
        const InsightsFetchResult fetched = InsightsGitHubService(client, &store, config).fetch(plan, store.snapshot(), fo);
        for (const QString &p : fetched.problems)
            err << "problem: " << p << '\n';
        if (!fetched.ok()) {
            err << "atrium: the GitHub data could not be read: " << (fetched.cancelled ? QStringLiteral("cancelled") : fetched.fatal)
                << "\nThe previous data is unchanged.\n";
            return 1;
        }
        if (!store.putSnapshot(fetched.snapshot, &error)) {
            err << "atrium: the GitHub data could not be stored: " << error << '\n';
            return 1;
        }
        InsightsInputs fresh = InsightsService::read(catalog, store, config);
        for (const HistoryPoint &p : InsightsService::goldenPathPoints(fresh, now))
            store.recordHistory(p);
        err << "Read " << fetched.snapshot.repos.size() << " repositories from " << config.host << ": "
            << fetched.stats.restRequests << " requests, " << fetched.stats.notModified << " not modified (304)";
        if (fetched.coreLimit.isValid())
            err << ", " << fetched.coreLimit.remaining << " of " << fetched.coreLimit.limit << " left until "
                << fetched.coreLimit.reset.toUTC().toString(Qt::ISODate);
        err << '\n';
    }

    const InsightsInputs inputs = InsightsService::read(catalog, store, config);
    options.now = now;
    const InsightsReport report = InsightsService::compute(inputs, options);
    if (a.flags.contains(QStringLiteral("--json")))
        out << QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
    else
        printText(report, out);
    return 0;
}

} // namespace atrium
