// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "entity.h"
#include "insightsconfig.h"
#include "insightsdata.h"
#include "insightsstore.h"
#include "metrics/kpi.h"
#include "metrics/period.h"
#include "metrics/problem.h"
#include "metrics/signals.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <optional>

namespace atrium {

/** Everything the KPIs are computed from, read from the cache by value (so
 *  a worker thread can read it and hand it over). */
struct InsightsInputs {
    QList<Entity> entities;
    QDateTime catalogAsOf;
    QList<TaskRecord> tasks;
    QList<SurveyRecord> surveys;
    std::optional<GitHubSnapshot> github;
    QList<HistoryPoint> goldenPathHistory;
    /** TechDocs pages by entity ref, from the cache (runbook coverage). */
    QHash<QString, QList<metrics::DocPage>> docs;
    InsightsConfig config;
    /** Join dates from the configured CSV (login → date); empty when none is
     *  configured. */
    QHash<QString, QDateTime> joinDates;
    QString joinDatesSource; ///< the CSV's file name, when configured
    metrics::Problems problems; ///< inputs that could not be read (the join-date CSV)
};

struct InsightsOptions {
    /** The window, [from, to); see defaultWindow(). */
    QDateTime from;
    QDateTime to;
    metrics::PeriodKind period = metrics::PeriodKind::Month;
    QString team;   ///< a Group entity ref; empty: the whole organisation
    QString system; ///< a System entity ref; empty: every system
    QDateTime now;

    /** The @p months calendar months (or the quarters holding them) up to
     *  @p now, the current one included: [start of that period, now). */
    static InsightsOptions defaultWindow(const QDateTime &now, metrics::PeriodKind period, int months = 12);
};

/** One column of a KPI's data table. Kinds: `text`, `ref` (an entity ref),
 *  `repo` (`owner/name`), `url`, `date`, `seconds`, `percent`, `number`,
 *  `perDay` (a rate per day), `band` (a band id). */
struct InsightsColumn {
    QString key;
    QString title;
    QString kind;
};

struct KpiSeriesPoint {
    metrics::Period period;
    std::optional<double> value;
    int sampleSize = 0;
};

/** One KPI: its value over the window, its value per period, the records
 *  behind it, and what a reader should know about it. */
struct KpiReport {
    metrics::KpiValue value;
    QList<KpiSeriesPoint> series;
    QList<InsightsColumn> columns;
    QList<QJsonObject> rows;
    /** For the user: a filter that does not apply, a low response rate,
     *  records skipped. */
    QStringList notes;
    QJsonObject extra; ///< further breakdowns (NPS complaint themes), JSON only

    QJsonObject toJson() const;
};

struct InsightsReport {
    QDateTime from;
    QDateTime to;
    QDateTime now;
    metrics::PeriodKind period = metrics::PeriodKind::Month;
    QString team;
    QString system;
    QList<KpiReport> kpis; ///< in the catalogue's order
    metrics::SignalsResult adoption; ///< Play 1's adoption signals
    QDateTime adoptionAsOf;
    QStringList teams;   ///< Group refs that own components, to filter by
    QStringList systems; ///< System refs, to filter by
    metrics::Problems problems;
    bool demo = false;

    const KpiReport *kpi(QAnyStringView id) const;
    QJsonObject toJson() const;
};

/**
 * Insights' computation: reads the inputs kept in the cache, and computes
 * every KPI of metrics::kpiCatalogue() and Play 1's adoption signals from
 * them with the maths of src/core/metrics, for a window, a period and
 * optionally one team or system.
 *
 * Pure functions of their inputs (and the given "now"), so the app, the
 * command line and the tests get the same numbers.
 */
class InsightsService
{
    Q_DECLARE_TR_FUNCTIONS(atrium::InsightsService)
public:
    /** Reads the catalog and the Insights tables from stores open on this
     *  thread (the catalog store first: it creates and migrates the file). */
    static InsightsInputs read(class CatalogStore &catalog, InsightsStore &store, const InsightsConfig &config);

    static InsightsReport compute(const InsightsInputs &inputs, const InsightsOptions &options);

    /** `owner/name` of every entity's `github.com/project-slug`, sorted. */
    static QStringList catalogRepositories(const QList<Entity> &entities);

    /** Golden path adoption now, for the organisation and each team: the
     *  points a refresh records, since the workflows carry no history. */
    static QList<HistoryPoint> goldenPathPoints(const InsightsInputs &inputs, const QDateTime &at);

    /** Reads a Backstage task export into @p store (origin
     *  `backstage-export:NAME`). Returns the import's problems; @p imported
     *  gets the number of tasks stored. */
    static metrics::Problems importTasks(InsightsStore &store, const QByteArray &json, const QString &name,
                                         const QDateTime &now, int *imported, QString *error);

    /** Seeds a demo cache from the demo's `insights/` folder (@p dir, a path
     *  or a `:/` resource path): the task export, the survey and the GitHub
     *  snapshot with its history. Does nothing when the store holds data. */
    static bool seedDemo(InsightsStore &store, const QString &dir, QString *error);
    /** The demo's "now": the time its GitHub snapshot was taken. */
    static QDateTime demoNow(const InsightsInputs &inputs);

    /** The sentence for a task origin, a survey or a snapshot: where numbers came from. */
    static QString describeOrigin(const QString &origin);
};

} // namespace atrium
