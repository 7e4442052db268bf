// SPDX-License-Identifier: Apache-2.0
#include "insightscontroller.h"

#include "appcontroller.h"
#include "catalogstore.h"
#include "insightsgithub.h"
#include "insightsstore.h"
#include "metrics/csv.h"
#include "syncconfig.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPointer>
#include <QRegularExpression>
#include <QQuickItem>
#include <QQuickItemGrabResult>
#include <QSaveFile>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>
#include <limits>

namespace atrium {

using namespace metrics;

struct InsightsController::Job {
    QString cachePath;
    bool demo = false;
    QString demoDir;
    InsightsConfig config;
    QString configPath;
    std::shared_ptr<const InsightsInputs> inputs;
    QDateTime now; ///< invalid for the demo: its data says when "now" is
    PeriodKind period = PeriodKind::Month;
    int windowMonths = 12;
    QString team;
    QString system;
    int generation = 0;
    TokenProvider tokens;
    ClientFactory clients;

    InsightsOptions optionsFor(const InsightsInputs &in) const
    {
        const QDateTime at = demo && InsightsService::demoNow(in).isValid() ? InsightsService::demoNow(in) : now;
        InsightsOptions o = InsightsOptions::defaultWindow(at, period, windowMonths);
        o.team = team;
        o.system = system;
        return o;
    }

    /** Opens the stores of this thread, seeding a demo cache. */
    bool open(CatalogStore &catalog, InsightsStore &store, QString *error) const
    {
        if (cachePath.isEmpty()) {
            *error = InsightsController::tr("No catalog is open.");
            return false;
        }
        if (!catalog.open(cachePath, error) || !store.open(cachePath, error))
            return false;
        if (demo && !InsightsService::seedDemo(store, demoDir, error))
            return false;
        return true;
    }

    /** Reads everything again and computes. */
    InsightsOutcome finish(CatalogStore &catalog, InsightsStore &store, const QString &notice = {}) const
    {
        InsightsOutcome out;
        auto in = std::make_shared<InsightsInputs>(InsightsService::read(catalog, store, config));
        out.report = InsightsService::compute(*in, optionsFor(*in));
        out.inputs = std::move(in);
        out.notice = notice;
        out.generation = generation;
        return out;
    }
};

namespace {

QString number(double v, int decimals)
{
    return QLocale().toString(v, 'f', decimals);
}

QString duration(double s)
{
    if (s < seconds::Hour)
        return InsightsController::tr("%1 min").arg(number(std::round(s / seconds::Minute), 0));
    if (s < 2 * seconds::Day)
        return InsightsController::tr("%1 h").arg(number(s / seconds::Hour, s < 10 * seconds::Hour ? 1 : 0));
    return InsightsController::tr("%1 days").arg(number(s / seconds::Day, s < 10 * seconds::Day ? 1 : 0));
}

QString formatValue(Unit unit, double v)
{
    switch (unit) {
    case Unit::Seconds: return duration(v);
    case Unit::Percent: return InsightsController::tr("%1%").arg(number(v, v < 10 && v != std::floor(v) ? 1 : 0));
    case Unit::Score: return (v > 0 ? QStringLiteral("+") : QString()) + number(v, v == std::floor(v) ? 0 : 1);
    case Unit::PerMonth: return InsightsController::tr("%1 a month").arg(number(v, v < 10 ? 1 : 0));
    case Unit::PerDay:
        if (v >= 1)
            return InsightsController::tr("%1 a day").arg(number(v, v < 10 ? 1 : 0));
        return InsightsController::tr("%1 a week").arg(number(v * 7, v * 7 < 10 ? 1 : 0));
    case Unit::Count: return number(v, 0);
    }
    return number(v, 1);
}

QString sampleText(const QString &id, int n)
{
    if (id == kpi::ServiceCreationLeadTime)
        return InsightsController::tr("%Ln completed tasks", nullptr, n);
    if (id == kpi::GoldenPathAdoption)
        return InsightsController::tr("%Ln active repositories", nullptr, n);
    if (id == kpi::DeveloperNps)
        return InsightsController::tr("%Ln responses", nullptr, n);
    if (id == kpi::OnboardingTime)
        return InsightsController::tr("%Ln newcomers", nullptr, n);
    if (id == kpi::InfraTickets)
        return InsightsController::tr("%Ln tickets", nullptr, n);
    if (id == kpi::DoraRecoveryTime)
        return InsightsController::tr("%Ln incidents", nullptr, n);
    return InsightsController::tr("%Ln deployments", nullptr, n);
}

Band bandFromId(const QString &id)
{
    for (Band b : {Band::Poor, Band::Average, Band::Good, Band::Target, Band::Low, Band::Medium, Band::High, Band::Elite})
        if (bandId(b) == id)
            return b;
    return Band::Unknown;
}

/** What a person reads an entity as: its title, a user's display name, or its name. */
QString displayName(const Entity &e)
{
    const QString profile = e.data.value(QStringLiteral("spec")).toObject().value(QStringLiteral("profile")).toObject()
                                .value(QStringLiteral("displayName")).toString();
    if (!profile.isEmpty())
        return profile;
    return e.title.isEmpty() ? e.name : e.title;
}

QString dateText(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toUTC().date(), QLocale::ShortFormat) : QString();
}

/** The locale's way to write a month of a year ("MMM yyyy", "yyyy년 MMM",
 *  "yyyy年M月"): its long date format without the weekday and the day. */
QString monthFormat(const QLocale &locale)
{
    QString f = locale.dateFormat(QLocale::LongFormat);
    const QString fallback = QStringLiteral("MMM yyyy");
    if (f.contains(u'\''))
        return fallback; // literal words ("d 'de' MMMM"): not worth taking apart
    static const QRegularExpression day(QStringLiteral("d+(\\x{C77C}|\\x{65E5})?[.,]?\\s*")); // 일, 日
    f.remove(day);
    auto trimmable = [](QChar c) { return c.isSpace() || c.isPunct(); };
    while (!f.isEmpty() && trimmable(f.front()))
        f.remove(0, 1);
    while (!f.isEmpty() && trimmable(f.back()))
        f.chop(1);
    f.replace(QStringLiteral("MMMM"), QStringLiteral("MMM"));
    return f.contains(u'M') && f.contains(u'y') ? f : fallback;
}

/** A period as a person reads it, in the UI language: "Dec 2025", "2025년
 *  12월", "Q4 2025". Period::key() stays the machine form (CSV, JSON). */
QString periodText(const Period &p)
{
    const QLocale locale;
    if (!p.isValid())
        return {};
    // The year without a group separator: "2,025" is not a year.
    const QString year = locale.toString(QDate(p.year, 1, 1), QStringLiteral("yyyy"));
    if (p.kind == PeriodKind::Month)
        return locale.toString(QDate(p.year, p.index, 1), monthFormat(locale));
    //: A quarter on the Insights chart's axis: %1 the quarter (1-4), %2 the year
    return InsightsController::tr("Q%1 %2").arg(locale.toString(p.index), year);
}

QString rangeText(const BandRange &r, Unit unit)
{
    if (std::isinf(r.lower))
        return (r.upperInclusive ? QStringLiteral("≤ ") : QStringLiteral("< ")) + formatValue(unit, r.upper);
    if (std::isinf(r.upper))
        return (r.lowerInclusive ? QStringLiteral("≥ ") : QStringLiteral("> ")) + formatValue(unit, r.lower);
    return formatValue(unit, r.lower) + QStringLiteral(" – ") + formatValue(unit, r.upper);
}

QString csvField(const QString &s)
{
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n') && !s.contains(u'\r'))
        return s;
    QString q = s;
    q.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + q + u'"';
}

} // namespace

InsightsController::InsightsController(AppController *app, QObject *parent)
    : QObject(parent)
    , m_app(app)
    , m_cards(new KpiCardModel({}, this))
    , m_platformCards(new KpiCardModel(QStringLiteral("platform"), this))
    , m_doraCards(new KpiCardModel(QStringLiteral("dora"), this))
    , m_table(new InsightsTableModel(this))
{
    m_pool.setMaxThreadCount(1); // one job at a time: each writes to the cache
    connect(&m_watcher, &QFutureWatcher<InsightsOutcome>::finished, this, [this] { apply(m_watcher.result()); });
    if (m_app)
        connect(m_app, &AppController::loadFinished, this, [this](bool ok) {
            if (ok)
                reload();
        });
}

InsightsController::~InsightsController()
{
    m_watcher.waitForFinished();
    m_pool.waitForDone();
}

QDateTime InsightsController::now() const
{
    return m_now ? m_now() : QDateTime::currentDateTimeUtc();
}

InsightsConfig InsightsController::loadConfig(bool demo) const
{
    Diagnostics ignored; // the Settings page reports the file's problems
    return InsightsConfig::load(demo ? m_demoDir + QStringLiteral("/insights.yaml") : m_configPath, &ignored);
}

void InsightsController::start(std::function<InsightsOutcome(const Job &)> work, bool refresh)
{
    if (m_watcher.isRunning()) {
        // One job at a time; a reload asked meanwhile runs after it (imports
        // and refreshes are offered only while idle).
        m_pendingReload = true;
        return;
    }
    Job job;
    job.demo = m_app && m_app->isDemo();
    job.cachePath = m_app ? m_app->cachePath() : QString();
    job.demoDir = m_demoDir;
    job.config = loadConfig(job.demo);
    job.configPath = m_configPath;
    job.inputs = m_inputs;
    job.now = now();
    job.period = m_period;
    job.windowMonths = m_windowMonths;
    job.team = m_team;
    job.system = m_system;
    job.generation = ++m_generation;
    job.tokens = m_tokenProvider;
    job.clients = m_clientFactory;
    m_loading = !refresh;
    m_refreshing = refresh;
    Q_EMIT busyChanged();
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [job, work = std::move(work)] { return work(job); }));
}

void InsightsController::apply(const InsightsOutcome &out)
{
    m_loading = false;
    m_refreshing = false;
    m_error = out.error;
    if (out.inputs)
        m_inputs = out.inputs;
    if (out.error.isEmpty())
        m_report = out.report;
    if (!out.notice.isEmpty() || !out.error.isEmpty()) {
        m_notice = out.error.isEmpty() ? out.notice : out.error;
        Q_EMIT noticeChanged();
    }
    rebuild();
    Q_EMIT busyChanged();
    Q_EMIT reportChanged();
    Q_EMIT finished(out.error.isEmpty());
    if (m_pendingReload) {
        m_pendingReload = false;
        reload();
    }
}

bool InsightsController::waitForIdle(int timeoutMs)
{
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(this, &InsightsController::busyChanged, &loop, [&] {
        if (!busy() && !m_pendingReload)
            loop.quit();
    });
    timer.start(timeoutMs);
    if (busy() || m_pendingReload)
        loop.exec();
    return !busy();
}

// ---------------------------------------------------------------------------
// Actions

void InsightsController::reload()
{
    start([](const Job &job) {
        CatalogStore catalog;
        InsightsStore store;
        QString error;
        if (!job.open(catalog, store, &error)) {
            InsightsOutcome out;
            out.error = tr("Insights could not read the cache: %1").arg(error);
            return out;
        }
        return job.finish(catalog, store);
    }, false);
}

void InsightsController::recompute()
{
    if (!m_inputs) {
        reload();
        return;
    }
    start([](const Job &job) {
        InsightsOutcome out;
        out.inputs = job.inputs;
        out.report = InsightsService::compute(*job.inputs, job.optionsFor(*job.inputs));
        out.generation = job.generation;
        return out;
    }, false);
}

void InsightsController::refresh()
{
    if (busy())
        return;
    start([](const Job &job) {
        InsightsOutcome out;
        CatalogStore catalog;
        InsightsStore store;
        QString error;
        if (!job.open(catalog, store, &error)) {
            out.error = tr("Insights could not read the cache: %1").arg(error);
            return out;
        }
        Diagnostics ignored;
        const SyncConfig sync = QFileInfo::exists(job.configPath) ? SyncConfig::load(job.configPath, &ignored) : SyncConfig();
        const GitHubIntegration integration = sync.integrationFor(job.config.host);
        GitHubEndpoint endpoint = GitHubEndpoint::forHost(integration.host, integration.apiBaseUrl);
        endpoint.caBundlePath = integration.caBundle;
        const TokenStore::Result token = job.tokens ? job.tokens(job.config.host) : TokenStore::Result{};
        if (!token.ok || token.token.isEmpty()) {
            out.error = token.error.isEmpty()
                            ? tr("There is no GitHub token for %1. Sign in on the Sync page first.").arg(job.config.host)
                            : token.error;
            return out;
        }
        std::unique_ptr<GitHubClient> client = job.clients ? job.clients(endpoint, token.token)
                                                           : std::make_unique<GitHubClient>(endpoint, token.token);
        const InsightsRepoPlan plan = InsightsRepoPlan::make(InsightsService::catalogRepositories(catalog.entities()), job.config);
        if (plan.all().isEmpty()) {
            out.error = tr("There is no repository to read: no catalog entity has a github.com/project-slug annotation, "
                           "and the configuration names none under insights.repositories.");
            return out;
        }
        InsightsFetchOptions fo;
        fo.now = job.now;
        const InsightsFetchResult r = InsightsGitHubService(*client, &store, job.config).fetch(plan, store.snapshot(), fo);
        if (!r.ok()) {
            out.error = r.cancelled ? tr("The refresh was cancelled.")
                                    : tr("The GitHub data could not be read: %1 The previous data is kept.").arg(r.fatal);
            return out;
        }
        if (!store.putSnapshot(r.snapshot, &error)) {
            out.error = tr("The GitHub data could not be stored: %1").arg(error);
            return out;
        }
        const InsightsInputs fresh = InsightsService::read(catalog, store, job.config);
        for (const HistoryPoint &p : InsightsService::goldenPathPoints(fresh, job.now))
            store.recordHistory(p);
        QString notice = tr("Read %Ln repositories from GitHub: %1 requests, %2 unchanged (free).", nullptr,
                            int(r.snapshot.repos.size()))
                             .arg(QLocale().toString(r.stats.restRequests), QLocale().toString(r.stats.notModified));
        if (!r.problems.isEmpty())
            notice += QLatin1Char(' ') + tr("%Ln repositories could not be read in full.", nullptr, int(r.problems.size()));
        return job.finish(catalog, store, notice);
    }, true);
}

void InsightsController::importTasks(const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    start([path](const Job &job) {
        InsightsOutcome out;
        CatalogStore catalog;
        InsightsStore store;
        QString error;
        if (!job.open(catalog, store, &error)) {
            out.error = tr("Insights could not read the cache: %1").arg(error);
            return out;
        }
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            out.error = tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), f.errorString());
            return out;
        }
        int imported = 0;
        const Problems skipped = InsightsService::importTasks(store, f.readAll(), QFileInfo(path).fileName(),
                                                              job.now, &imported, &error);
        if (imported == 0) {
            out.error = tr("No task was imported from %1: %2").arg(QFileInfo(path).fileName(), error);
            return out;
        }
        QString notice = tr("Imported %Ln scaffolder tasks from %1.", nullptr, imported).arg(QFileInfo(path).fileName());
        if (!skipped.isEmpty())
            notice += QLatin1Char(' ') + tr("%n records were skipped: %1", nullptr, int(skipped.size())).arg(skipped.first().toString());
        return job.finish(catalog, store, notice);
    }, false);
}

QVariantMap InsightsController::surveyPreview(const QUrl &file) const
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {{QStringLiteral("error"), tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), f.errorString())}};
    // The whole file is parsed for the header and five rows: survey exports
    // are small, and the parser's delimiter detection needs the first rows.
    const CsvTable table = parseCsv(f.readAll());
    if (table.refused || table.header.isEmpty())
        return {{QStringLiteral("error"), tr("%1 is not a CSV file with a header row.").arg(QFileInfo(path).fileName())}};
    QVariantList rows;
    for (qsizetype i = 0; i < std::min<qsizetype>(table.rows.size(), 5); ++i)
        rows << QVariant(table.rows[i].fields);
    // Guesses: the column whose name says score/NPS/recommend (or 점수, 추천),
    // one that says comment (의견, 개선), one that says date or time (시각, 날짜).
    const auto guess = [&](const QStringList &words) {
        for (const QString &h : table.header)
            for (const QString &w : words)
                if (h.contains(w, Qt::CaseInsensitive))
                    return h;
        return QString();
    };
    return {{QStringLiteral("columns"), table.header},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("rowCount"), int(table.rows.size())},
            {QStringLiteral("score"), guess({QStringLiteral("score"), QStringLiteral("nps"), QStringLiteral("recommend"),
                                             QStringLiteral("점수"), QStringLiteral("추천")})},
            {QStringLiteral("comment"), guess({QStringLiteral("comment"), QStringLiteral("feedback"), QStringLiteral("why"),
                                               QStringLiteral("의견"), QStringLiteral("개선"), QStringLiteral("코멘트")})},
            {QStringLiteral("date"), guess({QStringLiteral("date"), QStringLiteral("time"), QStringLiteral("submitted"),
                                            QStringLiteral("시각"), QStringLiteral("날짜"), QStringLiteral("일시")})},
            {QStringLiteral("error"), QString()}};
}

void InsightsController::importSurvey(const QUrl &file, const QString &scoreColumn, const QString &commentColumn,
                                      const QString &dateColumn)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    start([path, scoreColumn, commentColumn, dateColumn](const Job &job) {
        InsightsOutcome out;
        CatalogStore catalog;
        InsightsStore store;
        QString error;
        if (!job.open(catalog, store, &error)) {
            out.error = tr("Insights could not read the cache: %1").arg(error);
            return out;
        }
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            out.error = tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), f.errorString());
            return out;
        }
        SurveyRecord s{QFileInfo(path).fileName(), f.readAll(), scoreColumn, commentColumn, dateColumn, job.now,
                       QStringLiteral("file:") + path};
        if (parseCsv(s.content).column(scoreColumn) < 0) {
            out.error = tr("%1 has no column \"%2\".").arg(s.name, scoreColumn);
            return out;
        }
        if (!store.putSurvey(s, &error)) {
            out.error = tr("The survey could not be stored: %1").arg(error);
            return out;
        }
        return job.finish(catalog, store, tr("Imported the survey %1.").arg(s.name));
    }, false);
}

bool InsightsController::exportCsv(const QUrl &file, const QString &what)
{
    const KpiReport *k = m_report.kpi(m_selectedKpi);
    if (!k)
        return false;
    QStringList lines;
    if (what == u"series") {
        const KpiDefinition *def = findKpi(k->value.id);
        lines << QStringLiteral("period,value (%1),sample size,band").arg(unitId(k->value.unit));
        for (const KpiSeriesPoint &p : k->series)
            lines << QStringList{p.period.key(), p.value ? QString::number(*p.value, 'g', 12) : QString(),
                                 QString::number(p.sampleSize),
                                 p.value && def ? bandId(classify(*def, *p.value)) : QString()}
                         .join(u',');
    } else {
        QStringList header;
        for (const auto &c : m_table->columns())
            header << csvField(c.title);
        lines << header.join(u',');
        for (const auto &row : m_table->rows()) {
            QStringList cells;
            // Raw values (seconds, ISO times) travel better to a spreadsheet than formatted text.
            for (const auto &cell : row)
                cells << csvField(cell.raw.isValid() && !cell.raw.isNull() ? cell.raw.toString() : cell.text);
            lines << cells.join(u',');
        }
    }
    QSaveFile f(file.isLocalFile() ? file.toLocalFile() : file.toString());
    if (!f.open(QIODevice::WriteOnly)) {
        m_notice = tr("The file could not be written: %1").arg(f.errorString());
        Q_EMIT noticeChanged();
        return false;
    }
    // A BOM, so that spreadsheets open Korean text as UTF-8.
    f.write("\xEF\xBB\xBF");
    f.write(lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n");
    const bool ok = f.commit();
    m_notice = ok ? tr("Saved %1.").arg(QFileInfo(f.fileName()).fileName()) : tr("The file could not be written.");
    Q_EMIT noticeChanged();
    return ok;
}

bool InsightsController::saveImage(QObject *item, const QUrl &file)
{
    auto *quickItem = qobject_cast<QQuickItem *>(item);
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (!quickItem || !quickItem->window() || path.isEmpty())
        return false;
    const QSharedPointer<QQuickItemGrabResult> grab = quickItem->grabToImage();
    if (!grab)
        return false;
    QPointer<InsightsController> self(this);
    connect(grab.data(), &QQuickItemGrabResult::ready, this, [self, grab, path] {
        if (!self)
            return;
        const bool ok = grab->saveToFile(path);
        self->m_notice = ok ? tr("Saved %1.").arg(QFileInfo(path).fileName()) : tr("The file could not be written.");
        Q_EMIT self->noticeChanged();
        Q_EMIT self->imageSaved(path, ok);
    });
    return true;
}

QString InsightsController::suggestedFileName(const QString &extension) const
{
    const QString id = m_selectedKpi.isEmpty() ? QStringLiteral("insights") : m_selectedKpi;
    const QDateTime at = m_report.to.isValid() ? m_report.to : now();
    return QStringLiteral("%1-%2.%3").arg(id, at.toUTC().toString(QStringLiteral("yyyy-MM")), extension);
}

void InsightsController::openLink(const QString &link)
{
    if (!m_app || link.isEmpty())
        return;
    if (link.startsWith(u"entity:")) {
        const QString ref = link.mid(7);
        if (m_app->hasEntity(ref))
            m_app->navigateTo(ref);
        return;
    }
    m_app->openLink(link);
}

void InsightsController::dismissNotice()
{
    if (m_notice.isEmpty())
        return;
    m_notice.clear();
    Q_EMIT noticeChanged();
}

// ---------------------------------------------------------------------------
// Options

QString InsightsController::period() const
{
    return m_period == PeriodKind::Month ? QStringLiteral("month") : QStringLiteral("quarter");
}

void InsightsController::setPeriod(const QString &period)
{
    const PeriodKind k = period == u"quarter" ? PeriodKind::Quarter : PeriodKind::Month;
    if (k == m_period)
        return;
    m_period = k;
    Q_EMIT optionsChanged();
    recompute();
}

void InsightsController::setWindowMonths(int months)
{
    months = std::clamp(months, 1, 60);
    if (months == m_windowMonths)
        return;
    m_windowMonths = months;
    Q_EMIT optionsChanged();
    recompute();
}

void InsightsController::setTeam(const QString &team)
{
    if (team == m_team)
        return;
    m_team = team;
    Q_EMIT optionsChanged();
    recompute();
}

void InsightsController::setSystem(const QString &system)
{
    if (system == m_system)
        return;
    m_system = system;
    Q_EMIT optionsChanged();
    recompute();
}

void InsightsController::setSelectedKpi(const QString &id)
{
    if (id == m_selectedKpi)
        return;
    m_selectedKpi = id;
    rebuildSelection();
    Q_EMIT selectionChanged();
}

// ---------------------------------------------------------------------------
// What the views show

QVariantList InsightsController::teamOptions() const
{
    QVariantList out{QVariantMap{{QStringLiteral("value"), QString()}, {QStringLiteral("text"), tr("All teams")}}};
    QHash<QString, QString> names;
    if (m_inputs)
        for (const Entity &e : m_inputs->entities)
            names.insert(e.ref(), displayName(e));
    for (const QString &t : m_report.teams)
        out << QVariantMap{{QStringLiteral("value"), t}, {QStringLiteral("text"), names.value(t, t)}};
    return out;
}

QVariantList InsightsController::systemOptions() const
{
    QVariantList out{QVariantMap{{QStringLiteral("value"), QString()}, {QStringLiteral("text"), tr("All systems")}}};
    QHash<QString, QString> names;
    if (m_inputs)
        for (const Entity &e : m_inputs->entities)
            names.insert(e.ref(), displayName(e));
    for (const QString &s : m_report.systems)
        out << QVariantMap{{QStringLiteral("value"), s}, {QStringLiteral("text"), names.value(s, s)}};
    return out;
}

QString InsightsController::windowText() const
{
    if (!m_report.from.isValid())
        return {};
    return tr("%1 – %2, by %3")
        .arg(dateText(m_report.from), dateText(m_report.to),
             m_report.period == PeriodKind::Month ? tr("month") : tr("quarter"));
}

QString InsightsController::statusText() const
{
    if (!m_inputs)
        return {};
    if (m_report.demo)
        return tr("Demo data (resources/demo/insights), as of %1. Nothing here is real.").arg(dateText(m_report.now));
    if (m_inputs->github)
        return tr("GitHub data read %1 · catalog as of %2")
            .arg(QLocale().toString(m_inputs->github->fetchedAt.toLocalTime(), QLocale::ShortFormat), dateText(m_inputs->catalogAsOf));
    return tr("The GitHub data has not been read yet: Refresh reads it.");
}

bool InsightsController::canRefresh() const
{
    return m_app && !m_app->isDemo() && !m_app->cachePath().isEmpty();
}

QVariantList InsightsController::signalList() const
{
    QVariantList out;
    for (const AdoptionSignal &s : m_report.adoption.conditions) {
        const QString threshold = formatValue(s.unit, s.threshold);
        out << QVariantMap{{QStringLiteral("title"), s.title},
                           {QStringLiteral("valueText"), s.value ? formatValue(s.unit, *s.value) : QString()},
                           {QStringLiteral("thresholdText"), s.firesAbove ? tr("a problem above %1").arg(threshold)
                                                                          : tr("a problem below %1").arg(threshold)},
                           {QStringLiteral("fires"), s.fires ? QVariant(*s.fires) : QVariant()},
                           {QStringLiteral("source"), s.source},
                           {QStringLiteral("missingReason"), s.missingReason},
                           {QStringLiteral("fromPlaybook"), s.thresholdFromPlaybook}};
    }
    return out;
}

QString InsightsController::signalSummary() const
{
    const SignalsResult &r = m_report.adoption;
    if (r.idpRecommended)
        return tr("%1 of the %2 measured conditions are met: three or more say it is time for an internal developer "
                  "platform.")
            .arg(r.firing)
            .arg(r.measured);
    return tr("%1 of the %2 measured conditions are met; three or more would call for an internal developer platform.")
        .arg(r.firing)
        .arg(r.measured);
}

QStringList InsightsController::problems() const
{
    QStringList out;
    for (const Problem &p : m_report.problems)
        out << p.toString();
    return out;
}

QString InsightsController::valueText(const QString &id) const
{
    const int row = m_cards->indexOf(id);
    return row < 0 ? QString() : m_cards->cards().at(row).valueText;
}

void InsightsController::rebuild()
{
    QList<KpiCard> cards;
    for (const KpiReport &k : m_report.kpis) {
        const KpiDefinition *def = findKpi(k.value.id);
        KpiCard c;
        c.id = k.value.id;
        c.title = def ? def->title() : k.value.id;
        c.description = def ? def->description() : QString();
        c.hasValue = k.value.value.has_value();
        c.valueText = c.hasValue ? formatValue(k.value.unit, *k.value.value) : QString();
        c.bandId = bandId(k.value.band);
        c.bandTitle = c.hasValue ? bandTitle(k.value.band) : tr("No data");
        c.bandRank = bandRank(k.value.band);
        if (def)
            c.targetText = tr("Target: %1")
                               .arg((def->direction == Direction::HigherIsBetter ? QStringLiteral("≥ ") : QStringLiteral("≤ "))
                                    + formatValue(def->unit, def->target));
        for (const KpiSeriesPoint &p : k.series)
            c.sparkline << (p.value ? QVariant(*p.value) : QVariant());
        c.source = k.value.source;
        c.asOfText = k.value.asOf.isValid() ? tr("as of %1").arg(dateText(k.value.asOf)) : QString();
        c.missingReason = k.value.missingReason;
        c.sampleText = sampleText(k.value.id, k.value.sampleSize);
        // A median hides the slow tail; where the maths has a p95, say it.
        if (const QJsonValue p95 = k.value.details.value(QLatin1String("p95")); p95.isDouble() && def)
            c.sampleText += QStringLiteral(" · ") + tr("p95 %1").arg(formatValue(def->unit, p95.toDouble()));
        c.notes = k.notes;
        c.group = k.value.id.startsWith(u"dora-") ? QStringLiteral("dora") : QStringLiteral("platform");
        cards << c;
    }
    m_cards->setCards(cards);
    m_platformCards->setCards(cards);
    m_doraCards->setCards(cards);
    rebuildSelection();
    Q_EMIT selectionChanged();
}

void InsightsController::rebuildSelection()
{
    m_selected.clear();
    m_chart.clear();
    const KpiReport *k = m_report.kpi(m_selectedKpi);
    const KpiDefinition *def = k ? findKpi(k->value.id) : nullptr;
    if (!k || !def) {
        m_table->setTable({}, {});
        return;
    }
    const int row = m_cards->indexOf(k->value.id);
    const KpiCard card = row >= 0 ? m_cards->cards().at(row) : KpiCard{};
    QVariantList bands;
    for (const BandRange &r : def->bandRanges())
        bands << QVariantMap{{QStringLiteral("title"), bandTitle(r.band)},
                             {QStringLiteral("rank"), bandRank(r.band)},
                             {QStringLiteral("range"), rangeText(r, def->unit)}};
    m_selected = {{QStringLiteral("id"), card.id},
                  {QStringLiteral("title"), card.title},
                  {QStringLiteral("description"), card.description},
                  {QStringLiteral("hasValue"), card.hasValue},
                  {QStringLiteral("valueText"), card.valueText},
                  {QStringLiteral("bandTitle"), card.bandTitle},
                  {QStringLiteral("bandRank"), card.bandRank},
                  {QStringLiteral("targetText"), card.targetText},
                  {QStringLiteral("source"), card.source},
                  {QStringLiteral("asOfText"), card.asOfText},
                  {QStringLiteral("missingReason"), card.missingReason},
                  {QStringLiteral("sampleText"), card.sampleText},
                  {QStringLiteral("notes"), card.notes},
                  {QStringLiteral("bandSource"), def->bandSource()},
                  {QStringLiteral("boundaryRule"), def->boundaryRule()},
                  {QStringLiteral("bands"), bands}};

    // The chart, in a unit that reads well: durations in minutes, hours or
    // days by their size; rates per day.
    double scale = 1;
    QString unitLabel;
    double maxValue = def->target;
    double minValue = 0;
    for (const KpiSeriesPoint &p : k->series)
        if (p.value) {
            maxValue = std::max(maxValue, *p.value);
            minValue = std::min(minValue, *p.value);
        }
    switch (def->unit) {
    case Unit::Seconds:
        if (maxValue <= 2 * seconds::Hour) {
            scale = seconds::Minute;
            unitLabel = tr("minutes");
        } else if (maxValue <= 3 * seconds::Day) {
            scale = seconds::Hour;
            unitLabel = tr("hours");
        } else {
            scale = seconds::Day;
            unitLabel = tr("days");
        }
        break;
    case Unit::Percent: unitLabel = tr("percent"); break;
    case Unit::Score: unitLabel = tr("NPS"); break;
    case Unit::PerMonth: unitLabel = tr("tickets a month"); break;
    case Unit::PerDay: unitLabel = tr("deployments a day"); break;
    case Unit::Count: break;
    }
    double yMin = def->unit == Unit::Score ? std::max(-100.0, std::floor((minValue - 10) / 10) * 10) : 0;
    double yMax = std::max(maxValue, def->target) * 1.25 / scale;
    if (def->unit == Unit::Percent)
        yMax = 100;
    else if (def->unit == Unit::Score)
        yMax = std::min(100.0, std::ceil((maxValue + 15) / 10) * 10);
    if (yMax <= yMin)
        yMax = yMin + 1;
    // Round ticks (1, 2, 2.5 or 5 times a power of ten): the axis labels
    // then say exactly where the lines are.
    const double rawStep = (yMax - yMin) / 5;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rawStep)));
    const double f = rawStep / magnitude;
    const double step = (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10) * magnitude;
    yMin = std::floor(yMin / step + 1e-9) * step;
    yMax = std::ceil(yMax / step - 1e-9) * step;
    const int decimals = step >= 1 && step == std::floor(step) ? 0 : step >= 0.1 && step * 10 == std::floor(step * 10) ? 1 : 2;
    QVariantList labels, labelTexts, values, chartBands;
    for (const KpiSeriesPoint &p : k->series) {
        labels << p.period.key();
        labelTexts << periodText(p.period);
        values << (p.value ? QVariant(*p.value / scale) : QVariant());
    }
    for (const BandRange &r : def->bandRanges()) {
        const double lo = std::max(yMin, std::isinf(r.lower) ? yMin : r.lower / scale);
        const double hi = std::min(yMax, std::isinf(r.upper) ? yMax : r.upper / scale);
        if (hi > lo)
            chartBands << QVariantMap{{QStringLiteral("lower"), lo},
                                      {QStringLiteral("upper"), hi},
                                      {QStringLiteral("rank"), bandRank(r.band)},
                                      {QStringLiteral("title"), bandTitle(r.band)}};
    }
    m_chart = {{QStringLiteral("labels"), labels},
               {QStringLiteral("labelTexts"), labelTexts},
               {QStringLiteral("values"), values},
               {QStringLiteral("bands"), chartBands},
               {QStringLiteral("yMin"), yMin},
               {QStringLiteral("yMax"), yMax},
               {QStringLiteral("tickCount"), int(std::lround((yMax - yMin) / step)) + 1},
               {QStringLiteral("labelFormat"), QStringLiteral("%.%1f").arg(decimals)},
               {QStringLiteral("target"), def->target / scale},
               {QStringLiteral("unitLabel"), unitLabel}};

    // The table, formatted; links to entities and to GitHub.
    QHash<QString, QString> names;
    if (m_inputs)
        for (const Entity &e : m_inputs->entities)
            names.insert(e.ref(), displayName(e));
    const QString host = m_inputs && m_inputs->github && !m_inputs->github->isDemo() ? m_inputs->github->origin
                                                                                        : QStringLiteral("github.com");
    QList<InsightsTableModel::Column> columns;
    for (const InsightsColumn &c : k->columns)
        columns << InsightsTableModel::Column{c.key, c.title, c.kind};
    QList<QList<InsightsTableModel::Cell>> rows;
    for (const QJsonObject &o : k->rows) {
        QList<InsightsTableModel::Cell> cells;
        for (const InsightsColumn &c : k->columns) {
            const QJsonValue v = o.value(c.key);
            InsightsTableModel::Cell cell;
            cell.raw = v.toVariant();
            if (v.isNull() || v.isUndefined()) {
                cell.text = QStringLiteral("–");
            } else if (c.kind == u"ref") {
                const QString ref = v.toString();
                cell.text = names.value(ref, ref);
                if (names.contains(ref))
                    cell.link = QStringLiteral("entity:") + ref;
            } else if (c.kind == u"repo") {
                cell.text = v.toString();
                cell.link = QStringLiteral("https://%1/%2").arg(host, v.toString());
            } else if (c.kind == u"url") {
                cell.text = v.toString();
                cell.link = o.value(QStringLiteral("url")).toString();
            } else if (c.kind == u"date") {
                const auto t = parseTimestamp(v.toString());
                cell.text = t ? QLocale().toString(*t, QLocale::ShortFormat) : v.toString();
            } else if (c.kind == u"seconds") {
                cell.text = duration(v.toDouble());
            } else if (c.kind == u"percent") {
                cell.text = formatValue(Unit::Percent, v.toDouble());
            } else if (c.kind == u"perDay") {
                cell.text = formatValue(Unit::PerDay, v.toDouble());
            } else if (c.kind == u"band") {
                cell.text = bandTitle(bandFromId(v.toString()));
            } else if (c.kind == u"number") {
                cell.text = v.isDouble() ? number(v.toDouble(), v.toDouble() == std::floor(v.toDouble()) ? 0 : 1) : v.toString();
            } else {
                cell.text = v.toVariant().toString();
            }
            cells << cell;
        }
        rows << cells;
    }
    m_table->setTable(columns, rows);
}

} // namespace atrium
