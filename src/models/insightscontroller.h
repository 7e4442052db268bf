// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "auth/tokenstore.h"
#include "githubclient.h"
#include "insightsmodels.h"
#include "insightsservice.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>

namespace atrium {

class AppController;

/** What a job on the worker thread hands back: fresh inputs (when it read
 *  them) and the report over them. */
struct InsightsOutcome {
    std::shared_ptr<const InsightsInputs> inputs;
    InsightsReport report;
    QString error;  ///< for the user: why the job failed
    QString notice; ///< for the user: what an import or a refresh did
    int generation = 0;
};

/**
 * The Insights page: platform KPIs and DORA metrics with their bands, per
 * month or quarter, for the organisation, one team or one system; the data
 * behind each; imports of scaffolder task exports and survey exports; and a
 * refresh of the GitHub data.
 *
 * Reads the open catalog's cache (AppController::cachePath()) on a worker
 * thread whenever the catalog is (re)loaded, and computes there; filters
 * recompute from the inputs already read. For the demo catalog, the demo's
 * `insights/` data is put into its (throwaway) cache first, and its "now"
 * is the demo snapshot's time.
 */
class InsightsController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(bool loading READ loading NOTIFY busyChanged)
    Q_PROPERTY(bool refreshing READ refreshing NOTIFY busyChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString error READ error NOTIFY reportChanged)
    /** What the last import or refresh did, said once. */
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    Q_PROPERTY(bool demo READ demo NOTIFY reportChanged)
    Q_PROPERTY(atrium::KpiCardModel *cards READ cards CONSTANT)
    /** The playbook's KPIs (Play 8), and DORA's four: the page's two sections. */
    Q_PROPERTY(atrium::KpiCardModel *platformCards READ platformCards CONSTANT)
    Q_PROPERTY(atrium::KpiCardModel *doraCards READ doraCards CONSTANT)
    /** The selected KPI's records. */
    Q_PROPERTY(atrium::InsightsTableModel *table READ table CONSTANT)
    /** `month` or `quarter`. */
    Q_PROPERTY(QString period READ period WRITE setPeriod NOTIFY optionsChanged)
    /** The window: this many months up to now (3, 6, 12 or 24). */
    Q_PROPERTY(int windowMonths READ windowMonths WRITE setWindowMonths NOTIFY optionsChanged)
    /** A Group ref, or empty for every team. */
    Q_PROPERTY(QString team READ team WRITE setTeam NOTIFY optionsChanged)
    /** A System ref, or empty for every system. */
    Q_PROPERTY(QString system READ system WRITE setSystem NOTIFY optionsChanged)
    /** `[{value, text}]` for the team filter, "All teams" first. */
    Q_PROPERTY(QVariantList teamOptions READ teamOptions NOTIFY reportChanged)
    Q_PROPERTY(QVariantList systemOptions READ systemOptions NOTIFY reportChanged)
    /** "Dec 1, 2025 – Nov 20, 2026, by month". */
    Q_PROPERTY(QString windowText READ windowText NOTIFY reportChanged)
    /** Where the numbers come from, in one line for the page header. */
    Q_PROPERTY(QString statusText READ statusText NOTIFY reportChanged)
    /** A refresh can read GitHub: a catalog is open and it is not the demo. */
    Q_PROPERTY(bool canRefresh READ canRefresh NOTIFY reportChanged)
    /** The KPI shown in detail; empty for the overview. */
    Q_PROPERTY(QString selectedKpi READ selectedKpi WRITE setSelectedKpi NOTIFY selectionChanged)
    /** The selected KPI: title, description, valueText, bandTitle, bandRank,
     *  targetText, source, asOfText, missingReason, notes, bandSource,
     *  boundaryRule, bands (`[{title, rank, range}]`). */
    Q_PROPERTY(QVariantMap selected READ selected NOTIFY selectionChanged)
    /** The selected KPI's chart, in display units: labels, values (null for
     *  a period without one), bands `[{lower, upper, rank, title}]` clipped
     *  to the axis, yMin, yMax, target, unitLabel. */
    Q_PROPERTY(QVariantMap chart READ chart NOTIFY selectionChanged)
    /** Play 1's adoption signals: `[{title, valueText, thresholdText, fires (true/false/null), source, missingReason}]`. */
    Q_PROPERTY(QVariantList signalList READ signalList NOTIFY reportChanged)
    Q_PROPERTY(QString signalSummary READ signalSummary NOTIFY reportChanged)
    Q_PROPERTY(QStringList problems READ problems NOTIFY reportChanged)

public:
    using TokenProvider = std::function<TokenStore::Result(const QString &host)>;
    using ClientFactory = std::function<std::unique_ptr<GitHubClient>(const GitHubEndpoint &, const QByteArray &token)>;

    /** Follows @p app: its cache, and whether it is the demo. */
    explicit InsightsController(AppController *app, QObject *parent = nullptr);
    ~InsightsController() override;

    // --- Wiring (the composition root, tests) ---------------------------------
    /** The configuration file with the `insights:` (and GitHub) settings. */
    void setConfigPath(const QString &path) { m_configPath = path; }
    void setTokenProvider(TokenProvider provider) { m_tokenProvider = std::move(provider); }
    void setClientFactory(ClientFactory factory) { m_clientFactory = std::move(factory); }
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    /** Where the demo's Insights data is read from (default `:/demo/insights`). */
    void setDemoDataDir(const QString &dir) { m_demoDir = dir; }
    /** Blocks until no job runs (tests, screenshots). */
    bool waitForIdle(int timeoutMs = 30000);

    // --- State ---------------------------------------------------------------------
    bool loading() const { return m_loading; }
    bool refreshing() const { return m_refreshing; }
    bool busy() const { return m_loading || m_refreshing; }
    QString error() const { return m_error; }
    QString notice() const { return m_notice; }
    bool demo() const { return m_report.demo; }
    KpiCardModel *cards() const { return m_cards; }
    KpiCardModel *platformCards() const { return m_platformCards; }
    KpiCardModel *doraCards() const { return m_doraCards; }
    InsightsTableModel *table() const { return m_table; }
    QString period() const;
    void setPeriod(const QString &period);
    int windowMonths() const { return m_windowMonths; }
    void setWindowMonths(int months);
    QString team() const { return m_team; }
    void setTeam(const QString &team);
    QString system() const { return m_system; }
    void setSystem(const QString &system);
    QVariantList teamOptions() const;
    QVariantList systemOptions() const;
    QString windowText() const;
    QString statusText() const;
    bool canRefresh() const;
    QString selectedKpi() const { return m_selectedKpi; }
    void setSelectedKpi(const QString &id);
    QVariantMap selected() const { return m_selected; }
    QVariantMap chart() const { return m_chart; }
    QVariantList signalList() const;
    QString signalSummary() const;
    QStringList problems() const;
    const InsightsReport &report() const { return m_report; }

    // --- Actions -------------------------------------------------------------------
    /** Reads the cache again and recomputes. */
    Q_INVOKABLE void reload();
    /** Reads the GitHub data again (conditional requests), then recomputes. */
    Q_INVOKABLE void refresh();
    /** Imports a Backstage `/api/scaffolder/v2/tasks` export. */
    Q_INVOKABLE void importTasks(const QUrl &file);
    /** The columns and first rows of a survey export, for the mapping
     *  dialog: `{columns, rows, score, comment, date, error}` with guessed
     *  column names for score, comment and date. */
    Q_INVOKABLE QVariantMap surveyPreview(const QUrl &file) const;
    /** Imports a survey export with the chosen columns (comment and date may be empty). */
    Q_INVOKABLE void importSurvey(const QUrl &file, const QString &scoreColumn, const QString &commentColumn,
                                  const QString &dateColumn);
    /** Writes the selected KPI's chart data (`series`) or table (`table`) as
     *  CSV; returns whether it was written. */
    Q_INVOKABLE bool exportCsv(const QUrl &file, const QString &what);
    /** Saves what @p item (a QQuickItem: the chart) shows as a PNG at @p file;
     *  the notice says when it is written. Done here rather than with QML's
     *  grabToImage(callback), whose callback gets a TypeError instead of the
     *  result in Qt 6.4. Returns whether the grab started. */
    Q_INVOKABLE bool saveImage(QObject *item, const QUrl &file);
    /** A file name for exports of the selected KPI: `service-creation-lead-time-2026-11.png`. */
    Q_INVOKABLE QString suggestedFileName(const QString &extension) const;
    /** The local path of @p url (for grabToImage's saveToFile). */
    Q_INVOKABLE QString localPath(const QUrl &url) const { return url.toLocalFile(); }
    /** Opens what a table cell links to: an entity in the catalog, or a
     *  repository or issue on GitHub. */
    Q_INVOKABLE void openLink(const QString &link);
    Q_INVOKABLE void dismissNotice();
    /** The card of @p id with this one's value text, for tests. */
    QString valueText(const QString &id) const;

Q_SIGNALS:
    void busyChanged();
    void reportChanged();
    void noticeChanged();
    void optionsChanged();
    void selectionChanged();
    /** A job finished (loaded, imported, refreshed). */
    void finished(bool ok);
    /** saveImage() wrote @p path, or failed to. */
    void imageSaved(const QString &path, bool ok);

private:
    struct Job;
    void start(std::function<InsightsOutcome(const Job &)> work, bool refresh);
    void apply(const InsightsOutcome &outcome);
    void recompute();
    void rebuild();
    void rebuildSelection();
    InsightsOptions options() const;
    QDateTime now() const;
    InsightsConfig loadConfig(bool demo) const;

    AppController *m_app;
    KpiCardModel *m_cards;
    KpiCardModel *m_platformCards;
    KpiCardModel *m_doraCards;
    InsightsTableModel *m_table;
    QThreadPool m_pool;
    QFutureWatcher<InsightsOutcome> m_watcher;
    std::shared_ptr<const InsightsInputs> m_inputs;
    InsightsReport m_report;
    QString m_configPath;
    QString m_demoDir = QStringLiteral(":/demo/insights");
    TokenProvider m_tokenProvider;
    ClientFactory m_clientFactory;
    std::function<QDateTime()> m_now;
    bool m_loading = false;
    bool m_refreshing = false;
    bool m_pendingReload = false;
    int m_generation = 0;
    QString m_error;
    QString m_notice;
    metrics::PeriodKind m_period = metrics::PeriodKind::Month;
    int m_windowMonths = 12;
    QString m_team;
    QString m_system;
    QString m_selectedKpi;
    QVariantMap m_selected;
    QVariantMap m_chart;
};

} // namespace atrium
