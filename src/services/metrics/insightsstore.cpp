// SPDX-License-Identifier: Apache-2.0
#include "insightsstore.h"

#include "metrics/period.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace atrium {

Q_LOGGING_CATEGORY(lcInsights, "atrium.insights")

namespace {

std::atomic<int> s_counter{0};

const char *const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS insights_tasks(id TEXT PRIMARY KEY, template_ref TEXT, created_at TEXT, "
    "completed_at TEXT, status TEXT, created_by TEXT, origin TEXT, recorded_at TEXT)",
    "CREATE TABLE IF NOT EXISTS insights_surveys(name TEXT PRIMARY KEY, content BLOB, score_column TEXT, "
    "comment_column TEXT, date_column TEXT, imported_at TEXT, origin TEXT)",
    "CREATE TABLE IF NOT EXISTS insights_github(id INTEGER PRIMARY KEY CHECK (id = 1), data BLOB, fetched_at TEXT)",
    "CREATE TABLE IF NOT EXISTS insights_http(url TEXT PRIMARY KEY, etag BLOB, body BLOB, fetched_at TEXT, next_page TEXT)",
    "CREATE TABLE IF NOT EXISTS insights_history(kpi TEXT, scope TEXT, at TEXT, value REAL, sample INTEGER, "
    "PRIMARY KEY (kpi, scope, at))",
};

QString statusId(metrics::TaskStatus s)
{
    switch (s) {
    case metrics::TaskStatus::Running: return QStringLiteral("running");
    case metrics::TaskStatus::Completed: return QStringLiteral("completed");
    case metrics::TaskStatus::Failed: return QStringLiteral("failed");
    case metrics::TaskStatus::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

metrics::TaskStatus statusOf(const QString &s)
{
    if (s == u"completed")
        return metrics::TaskStatus::Completed;
    if (s == u"failed")
        return metrics::TaskStatus::Failed;
    if (s == u"cancelled")
        return metrics::TaskStatus::Cancelled;
    return metrics::TaskStatus::Running;
}

QVariant timeValue(const QDateTime &t)
{
    return t.isValid() ? QVariant(metrics::timestampString(t)) : QVariant(QMetaType(QMetaType::QString));
}

QDateTime readTime(const QVariant &v)
{
    return metrics::parseTimestamp(v.toString()).value_or(QDateTime());
}

} // namespace

InsightsStore::InsightsStore() = default;

InsightsStore::~InsightsStore()
{
    close();
}

bool InsightsStore::open(const QString &path, QString *error)
{
    close();
    if (path.isEmpty()) {
        if (error)
            *error = QStringLiteral("No cache file was given.");
        return false;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_connection = QStringLiteral("atrium.insightsstore.%1").arg(++s_counter);
    m_path = path;
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        d.setDatabaseName(path);
        if (!d.open()) {
            if (error)
                *error = QStringLiteral("Could not open %1: %2").arg(path, d.lastError().text());
            close();
            return false;
        }
    }
    QString why;
    // The catalog store set WAL on the file; the busy timeout covers a CLI
    // and the app writing at once.
    if (!exec(QStringLiteral("PRAGMA busy_timeout=5000"), {}, &why)) {
        if (error)
            *error = why;
        close();
        return false;
    }
    for (const char *sql : kSchema) {
        if (!exec(QString::fromLatin1(sql), {}, &why)) {
            if (error)
                *error = QStringLiteral("Could not create the Insights tables in %1: %2").arg(path, why);
            close();
            return false;
        }
    }
    return true;
}

bool InsightsStore::isOpen() const
{
    return !m_connection.isEmpty() && QSqlDatabase::database(m_connection, false).isOpen();
}

void InsightsStore::close()
{
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase d = QSqlDatabase::database(m_connection, false);
        if (d.isOpen())
            d.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

bool InsightsStore::exec(const QString &sql, const QVariantList &values, QString *error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.prepare(sql)) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        qCWarning(lcInsights) << "query failed:" << sql.left(60) << q.lastError().text();
        return false;
    }
    return true;
}

bool InsightsStore::addTasks(const QList<metrics::ScaffolderTask> &tasks, const QString &origin, const QDateTime &at,
                             QString *error)
{
    QSqlDatabase d = QSqlDatabase::database(m_connection, false);
    if (!d.transaction()) {
        if (error)
            *error = d.lastError().text();
        return false;
    }
    for (const auto &t : tasks) {
        if (!exec(QStringLiteral("INSERT OR REPLACE INTO insights_tasks VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                  {t.id, t.templateRef, timeValue(t.createdAt), timeValue(t.completedAt), statusId(t.status),
                   t.createdBy, origin, timeValue(at)},
                  error)) {
            d.rollback();
            return false;
        }
    }
    return d.commit();
}

QList<TaskRecord> InsightsStore::tasks() const
{
    QList<TaskRecord> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.exec(QStringLiteral("SELECT id, template_ref, created_at, completed_at, status, created_by, origin, recorded_at "
                          "FROM insights_tasks ORDER BY created_at, id"));
    while (q.next()) {
        TaskRecord r;
        r.task.id = q.value(0).toString();
        r.task.templateRef = q.value(1).toString();
        r.task.createdAt = readTime(q.value(2));
        r.task.completedAt = readTime(q.value(3));
        r.task.status = statusOf(q.value(4).toString());
        r.task.createdBy = q.value(5).toString();
        r.origin = q.value(6).toString();
        r.recordedAt = readTime(q.value(7));
        out << r;
    }
    return out;
}

bool InsightsStore::putSurvey(const SurveyRecord &s, QString *error)
{
    return exec(QStringLiteral("INSERT OR REPLACE INTO insights_surveys VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {s.name, s.content, s.scoreColumn, s.commentColumn, s.dateColumn, timeValue(s.importedAt), s.origin},
                error);
}

bool InsightsStore::removeSurvey(const QString &name, QString *error)
{
    return exec(QStringLiteral("DELETE FROM insights_surveys WHERE name = ?"), {name}, error);
}

QList<SurveyRecord> InsightsStore::surveys() const
{
    QList<SurveyRecord> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.exec(QStringLiteral("SELECT name, content, score_column, comment_column, date_column, imported_at, origin "
                          "FROM insights_surveys ORDER BY name"));
    while (q.next())
        out << SurveyRecord{q.value(0).toString(), q.value(1).toByteArray(), q.value(2).toString(),
                            q.value(3).toString(), q.value(4).toString(), readTime(q.value(5)), q.value(6).toString()};
    return out;
}

bool InsightsStore::putSnapshot(const GitHubSnapshot &snapshot, QString *error)
{
    return exec(QStringLiteral("INSERT OR REPLACE INTO insights_github VALUES (1, ?, ?)"),
                {QJsonDocument(snapshot.toJson()).toJson(QJsonDocument::Compact), timeValue(snapshot.fetchedAt)},
                error);
}

std::optional<GitHubSnapshot> InsightsStore::snapshot() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT data FROM insights_github WHERE id = 1")) || !q.next())
        return std::nullopt;
    return GitHubSnapshot::fromJson(q.value(0).toByteArray());
}

std::optional<CachedResponse> InsightsStore::cachedResponse(const QString &url) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT etag, body, fetched_at, next_page FROM insights_http WHERE url = ?"));
    q.addBindValue(url);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return CachedResponse{q.value(0).toByteArray(), q.value(1).toByteArray(), readTime(q.value(2)), q.value(3).toString()};
}

bool InsightsStore::putResponse(const QString &url, const CachedResponse &r, QString *error)
{
    return exec(QStringLiteral("INSERT OR REPLACE INTO insights_http VALUES (?, ?, ?, ?, ?)"),
                {url, r.etag, r.body, timeValue(r.fetchedAt), r.nextPage}, error);
}

bool InsightsStore::recordHistory(const HistoryPoint &p, QString *error)
{
    return exec(QStringLiteral("INSERT OR REPLACE INTO insights_history VALUES (?, ?, ?, ?, ?)"),
                {p.kpi, p.scope, timeValue(p.at), p.value, p.sampleSize}, error);
}

QList<HistoryPoint> InsightsStore::history(const QString &kpi) const
{
    QList<HistoryPoint> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT scope, at, value, sample FROM insights_history WHERE kpi = ? ORDER BY at, scope"));
    q.addBindValue(kpi);
    if (!q.exec())
        return out;
    while (q.next())
        out << HistoryPoint{kpi, q.value(0).toString(), readTime(q.value(1)), q.value(2).toDouble(), q.value(3).toInt()};
    return out;
}

bool InsightsStore::isEmpty() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.exec(QStringLiteral("SELECT (SELECT count(*) FROM insights_tasks) + (SELECT count(*) FROM insights_surveys) + "
                          "(SELECT count(*) FROM insights_github)"));
    return !q.next() || q.value(0).toInt() == 0;
}

} // namespace atrium
