// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "insightsdata.h"
#include "metrics/leadtime.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QLoggingCategory>
#include <QString>
#include <optional>

namespace atrium {

Q_DECLARE_LOGGING_CATEGORY(lcInsights)

/** A scaffolder task as stored, with where it came from. */
struct TaskRecord {
    metrics::ScaffolderTask task;
    /** `backstage-export:FILE` (an imported `/api/scaffolder/v2/tasks`
     *  export), `atrium` (Atrium's own scaffolder) or `demo:PATH`. */
    QString origin;
    QDateTime recordedAt; ///< when Atrium stored it
};

/** An imported survey export: the file as it was, and which columns hold what. */
struct SurveyRecord {
    QString name;       ///< the file name; importing one of the same name replaces it
    QByteArray content; ///< the CSV, kept whole so a new mapping needs no new import
    QString scoreColumn;
    QString commentColumn; ///< may be empty
    QString dateColumn;    ///< may be empty
    QDateTime importedAt;
    QString origin; ///< `file:PATH` or `demo:PATH`
};

/** One recorded value of a KPI with no history in its inputs (golden path
 *  adoption is measured on the workflows as they are now). */
struct HistoryPoint {
    QString kpi;
    QString scope; ///< empty for the organisation, else a team's entity ref
    QDateTime at;
    double value = 0;
    int sampleSize = 0;
};

/** A GitHub answer kept with its ETag, so the next read can be conditional. */
struct CachedResponse {
    QByteArray etag;
    QByteArray body;
    QDateTime fetchedAt;
    QString nextPage; ///< the Link header's next page, which a 304 may not repeat
};

/**
 * What Insights keeps: imported scaffolder tasks and survey exports, the
 * last GitHub snapshot, GitHub answers with their ETags, and KPI history.
 *
 * Its tables live in the catalog cache file, next to the catalog's, created
 * with `CREATE TABLE IF NOT EXISTS` on a connection of its own rather than
 * as steps of the catalog's schema migrations: Insights data is derived or
 * imported, and can be dropped and read again without touching the catalog.
 * Open it after a CatalogStore has opened (and so migrated) the file.
 * One store per thread.
 */
class InsightsStore
{
public:
    InsightsStore();
    ~InsightsStore();
    InsightsStore(const InsightsStore &) = delete;
    InsightsStore &operator=(const InsightsStore &) = delete;

    bool open(const QString &path, QString *error = nullptr);
    bool isOpen() const;
    void close();
    QString path() const { return m_path; }

    /** Adds or replaces (by id) @p tasks, in one transaction. */
    bool addTasks(const QList<metrics::ScaffolderTask> &tasks, const QString &origin, const QDateTime &at,
                  QString *error = nullptr);
    QList<TaskRecord> tasks() const;

    bool putSurvey(const SurveyRecord &survey, QString *error = nullptr);
    bool removeSurvey(const QString &name, QString *error = nullptr);
    QList<SurveyRecord> surveys() const;

    bool putSnapshot(const GitHubSnapshot &snapshot, QString *error = nullptr);
    std::optional<GitHubSnapshot> snapshot() const;

    std::optional<CachedResponse> cachedResponse(const QString &url) const;
    bool putResponse(const QString &url, const CachedResponse &response, QString *error = nullptr);

    /** Records @p point, replacing a point of the same KPI, scope and time. */
    bool recordHistory(const HistoryPoint &point, QString *error = nullptr);
    /** All points of @p kpi, every scope, oldest first. */
    QList<HistoryPoint> history(const QString &kpi) const;

    /** True when nothing at all is stored (a demo cache is seeded only then). */
    bool isEmpty() const;

private:
    bool exec(const QString &sql, const QVariantList &values, QString *error) const;
    QString m_connection;
    QString m_path;
};

} // namespace atrium
