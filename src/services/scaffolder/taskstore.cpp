// SPDX-License-Identifier: Apache-2.0
#include "taskstore.h"
#include "taskrunner.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <cerrno>
#ifdef Q_OS_UNIX
#include <csignal>
#endif

namespace atrium::scaffolder {

namespace {

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString json(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QVariant ms(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

bool exec(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    qCWarning(lcScaffolder) << "task store:" << q.lastError().text();
    return false;
}

} // namespace

TaskStore::TaskStore()
    : m_connection(QStringLiteral("atrium-scaffolder-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

TaskStore::~TaskStore()
{
    close();
}

bool TaskStore::open(const QString &path, QString *error)
{
    close();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open()) {
            if (error)
                *error = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connection);
            return false;
        }
        QSqlQuery q(db);
        // Tables of their own beside the catalog's; the catalog's migrations do not know them.
        const char *const statements[] = {
            "PRAGMA journal_mode=WAL",
            "CREATE TABLE IF NOT EXISTS scaffolder_tasks (id TEXT PRIMARY KEY, template_ref TEXT NOT NULL, user_ref TEXT,"
            " parameters TEXT NOT NULL, created_at INTEGER NOT NULL, finished_at INTEGER, status TEXT NOT NULL,"
            " error TEXT, dry_run INTEGER NOT NULL DEFAULT 0, steps TEXT NOT NULL DEFAULT '[]', output TEXT NOT NULL DEFAULT '{}',"
            " pid INTEGER NOT NULL DEFAULT 0)",
            "CREATE INDEX IF NOT EXISTS scaffolder_tasks_created ON scaffolder_tasks(created_at)",
            "CREATE TABLE IF NOT EXISTS scaffolder_locations (url TEXT PRIMARY KEY, task_id TEXT, created_at INTEGER NOT NULL)",
        };
        for (const char *s : statements) {
            if (!q.exec(QString::fromLatin1(s))) {
                if (error)
                    *error = q.lastError().text();
                q = QSqlQuery();
                db.close();
                db = QSqlDatabase();
                QSqlDatabase::removeDatabase(m_connection);
                return false;
            }
        }
        // A task still `running` whose process is gone was interrupted (each
        // runner finishes its record, even when it fails). Tasks of live
        // processes (the app while the command line reads) are left alone.
        QSqlQuery running(db);
        running.prepare(QStringLiteral("SELECT id, pid FROM scaffolder_tasks WHERE status = 'running'"));
        QStringList dead;
        if (exec(running, nullptr))
            while (running.next()) {
                const qint64 pid = running.value(1).toLongLong();
#ifdef Q_OS_UNIX
                const bool gone = pid <= 0 || (::kill(pid_t(pid), 0) != 0 && errno == ESRCH);
#else
                const bool gone = pid != QCoreApplication::applicationPid(); // no cheap liveness check: only our own tasks live
#endif
                if (gone)
                    dead << running.value(0).toString();
            }
        for (const QString &id : std::as_const(dead)) {
            QSqlQuery up(db);
            up.prepare(QStringLiteral("UPDATE scaffolder_tasks SET status = 'failed', error = :e WHERE id = :id AND status = 'running'"));
            up.bindValue(QStringLiteral(":e"), QCoreApplication::translate("atrium::scaffolder", "interrupted: Atrium stopped while the task ran"));
            up.bindValue(QStringLiteral(":id"), id);
            if (!exec(up, error))
                return false;
        }
    }
    return true;
}

bool TaskStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

void TaskStore::close()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool TaskStore::begin(const TaskRecord &r, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO scaffolder_tasks (id, template_ref, user_ref, parameters, created_at, finished_at, status, error, dry_run, steps, output, pid)"
                             " VALUES (:id, :t, :u, :p, :c, NULL, :s, :e, :d, :st, :o, :pid)"));
    q.bindValue(QStringLiteral(":pid"), QCoreApplication::applicationPid());
    q.bindValue(QStringLiteral(":id"), r.id);
    q.bindValue(QStringLiteral(":t"), r.templateRef);
    q.bindValue(QStringLiteral(":u"), r.userRef);
    q.bindValue(QStringLiteral(":p"), json(r.parameters));
    q.bindValue(QStringLiteral(":c"), ms(r.createdAt));
    q.bindValue(QStringLiteral(":s"), r.status);
    q.bindValue(QStringLiteral(":e"), r.error);
    q.bindValue(QStringLiteral(":d"), r.dryRun ? 1 : 0);
    q.bindValue(QStringLiteral(":st"), json(r.steps));
    q.bindValue(QStringLiteral(":o"), json(r.output));
    return exec(q, error);
}

bool TaskStore::updateSteps(const QString &id, const QJsonArray &steps, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE scaffolder_tasks SET steps = :st WHERE id = :id"));
    q.bindValue(QStringLiteral(":st"), json(steps));
    q.bindValue(QStringLiteral(":id"), id);
    return exec(q, error);
}

bool TaskStore::finish(const TaskRecord &r, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE scaffolder_tasks SET status = :s, finished_at = :f, error = :e, steps = :st, output = :o WHERE id = :id"));
    q.bindValue(QStringLiteral(":s"), r.status);
    q.bindValue(QStringLiteral(":f"), ms(r.finishedAt));
    q.bindValue(QStringLiteral(":e"), r.error);
    q.bindValue(QStringLiteral(":st"), json(r.steps));
    q.bindValue(QStringLiteral(":o"), json(r.output));
    q.bindValue(QStringLiteral(":id"), r.id);
    return exec(q, error);
}

QList<TaskRecord> TaskStore::tasks(int limit) const
{
    QList<TaskRecord> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT id, template_ref, user_ref, parameters, created_at, finished_at, status, error, dry_run, steps, output"
                             " FROM scaffolder_tasks ORDER BY created_at DESC, rowid DESC LIMIT :n"));
    q.bindValue(QStringLiteral(":n"), limit);
    if (!exec(q, nullptr))
        return out;
    while (q.next()) {
        TaskRecord r;
        r.id = q.value(0).toString();
        r.templateRef = q.value(1).toString();
        r.userRef = q.value(2).toString();
        r.parameters = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        r.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC);
        if (!q.value(5).isNull())
            r.finishedAt = QDateTime::fromMSecsSinceEpoch(q.value(5).toLongLong(), Qt::UTC);
        r.status = q.value(6).toString();
        r.error = q.value(7).toString();
        r.dryRun = q.value(8).toInt() != 0;
        r.steps = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).array();
        r.output = QJsonDocument::fromJson(q.value(10).toString().toUtf8()).object();
        out << r;
    }
    return out;
}

std::optional<TaskRecord> TaskStore::task(const QString &id) const
{
    for (const TaskRecord &r : tasks(100000))
        if (r.id == id)
            return r;
    return std::nullopt;
}

bool TaskStore::addLocation(const QString &url, const QString &taskId, const QDateTime &at, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO scaffolder_locations (url, task_id, created_at) VALUES (:u, :t, :c)"));
    q.bindValue(QStringLiteral(":u"), url);
    q.bindValue(QStringLiteral(":t"), taskId);
    q.bindValue(QStringLiteral(":c"), ms(at));
    return exec(q, error);
}

QStringList TaskStore::locations() const
{
    QStringList out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT url FROM scaffolder_locations ORDER BY created_at, url"));
    if (exec(q, nullptr))
        while (q.next())
            out << q.value(0).toString();
    return out;
}

QJsonObject TaskStore::maskParameters(const QJsonObject &parameters, const QJsonObject &templateEntity)
{
    QSet<QString> secret;
    const QJsonValue params = templateEntity.value(QStringLiteral("spec")).toObject().value(QStringLiteral("parameters"));
    QJsonArray pages = params.isArray() ? params.toArray() : QJsonArray{params};
    std::function<void(const QJsonObject &)> walk = [&](const QJsonObject &schema) {
        if (schema.isEmpty())
            return;
        const QJsonObject props = schema.value(QStringLiteral("properties")).toObject();
        for (auto it = props.begin(); it != props.end(); ++it) {
            const QJsonObject p = it.value().toObject();
            if (p.value(QStringLiteral("ui:widget")).toString() == u"password" || p.value(QStringLiteral("ui:field")).toString() == u"Secret"
                || p.value(QStringLiteral("format")).toString() == u"password")
                secret.insert(it.key());
            walk(p);
        }
        for (const char *k : {"dependencies", "then", "else"}) {
            const QJsonObject sub = schema.value(QLatin1String(k)).toObject();
            walk(sub);
            for (const QJsonValue &v : sub)
                walk(v.toObject());
        }
        for (const char *k : {"oneOf", "allOf", "anyOf"})
            for (const QJsonValue &v : schema.value(QLatin1String(k)).toArray())
                walk(v.toObject());
    };
    for (const QJsonValue &p : pages)
        walk(p.toObject());
    QJsonObject out = parameters;
    for (const QString &k : secret)
        if (out.contains(k))
            out.insert(k, QStringLiteral("********"));
    return out;
}

} // namespace atrium::scaffolder
