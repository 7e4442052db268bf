// SPDX-License-Identifier: Apache-2.0
#include "fakebackstage.h"

#include <QAbstractHttpServer>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QMutex>
#include <QMutexLocker>
#include <QPointer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

#include <map>

namespace atrium::fake {

namespace {

QString refOf(const QJsonObject &e)
{
    const QJsonObject md = e.value(u"metadata").toObject();
    return QStringLiteral("%1:%2/%3")
        .arg(e.value(u"kind").toString(), md.value(u"namespace").toString(QStringLiteral("default")), md.value(u"name").toString())
        .toLower();
}

/** Values at a dot path (`metadata.name`, `spec.owner`, `relations.targetRef`), arrays flattened. */
void valuesAt(const QJsonValue &v, const QStringList &path, int i, QStringList &out)
{
    if (v.isArray()) {
        for (const QJsonValue &x : v.toArray())
            valuesAt(x, path, i, out);
        return;
    }
    if (i == path.size()) {
        if (v.isString())
            out << v.toString().toLower();
        else if (v.isDouble() || v.isBool())
            out << v.toVariant().toString().toLower();
        return;
    }
    if (!v.isObject())
        return;
    const QJsonObject o = v.toObject();
    // Keys with dots (annotations): try the longest key first.
    for (int j = int(path.size()); j > i; --j) {
        const QString key = path.mid(i, j - i).join(u'.');
        if (o.contains(key)) {
            valuesAt(o.value(key), path, j, out);
            return;
        }
    }
}

/** One `filter` parameter: `key=value,key2=value2` (all must match) or `key` (exists). */
bool matchesFilter(const QJsonObject &e, const QString &filter)
{
    for (const QString &part : filter.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        const QString key = (eq < 0 ? part : part.left(eq)).trimmed();
        QStringList values;
        valuesAt(e, key.split(u'.'), 0, values);
        if (eq < 0) {
            if (values.isEmpty())
                return false;
        } else if (!values.contains(part.mid(eq + 1).trimmed().toLower())) {
            return false;
        }
    }
    return true;
}

bool matchesFilters(const QJsonObject &e, const QStringList &filters)
{
    if (filters.isEmpty())
        return true;
    for (const QString &f : filters)
        if (matchesFilter(e, f))
            return true;
    return false;
}

void setPath(QJsonObject &o, const QStringList &path, int i, const QJsonValue &v)
{
    if (i == path.size() - 1) {
        o.insert(path[i], v);
        return;
    }
    QJsonObject child = o.value(path[i]).toObject();
    setPath(child, path, i + 1, v);
    o.insert(path[i], child);
}

QJsonObject project(const QJsonObject &e, const QStringList &fields)
{
    if (fields.isEmpty())
        return e;
    QJsonObject out;
    for (const QString &f : fields) {
        const QStringList path = f.split(u'.');
        QJsonValue v = e;
        for (const QString &p : path)
            v = v.toObject().value(p);
        if (!v.isUndefined())
            setPath(out, path, 0, v);
    }
    return out;
}

struct HttpResponse {
    int status = 200;
    QByteArray contentType = "application/json; charset=utf-8";
    QByteArray body;
    bool stream = false;   ///< an event stream: headers now, events later
    QString streamTask;
    qint64 streamAfter = 0;
};

QByteArray json(const QJsonValue &v)
{
    return v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact) : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
}

} // namespace

struct FakeBackstageState {
    mutable QMutex mutex;
    QByteArray token;
    bool old = false;
    bool oldNoByRefs = false;
    bool eventStream = true;
    int stepMs = 40;
    QStringList denied;
    QString baseUrl;
    QElapsedTimer clock;

    struct Rec {
        QJsonObject json;
        QString ref;
        QByteArray bytes;                            ///< json, serialised once
        mutable QHash<QString, QByteArray> projected; ///< by `fields`, serialised once
    };
    std::map<QString, Rec> byUid; ///< sorted by uid: the order pages are served in
    QHash<QString, QString> uidOfRef;
    int nextUid = 1;

    struct Event {
        qint64 id;
        qint64 dueMs;
        QJsonObject json;
    };
    struct Task {
        QString id;
        QString templateRef;
        QJsonObject values;
        QString createdBy;
        QString createdAt;
        QList<Event> events;
        QString finalStatus;
        bool cancelled = false;
    };
    QList<Task> tasks;
    qint64 nextEventId = 1;
    QList<QJsonObject> dryRuns;

    QHash<QString, QJsonObject> docsMeta;                // ns/kind/name -> metadata
    QHash<QString, QHash<QString, QByteArray>> docsFiles; // ns/kind/name -> path -> bytes

    QList<FakeBackstageRequest> log;

    QString newUid() { return QStringLiteral("uid-%1").arg(nextUid++, 7, 10, QLatin1Char('0')); }

    void put(QJsonObject e)
    {
        const QString ref = refOf(e);
        QJsonObject md = e.value(u"metadata").toObject();
        if (!md.contains(u"namespace"))
            md.insert(QStringLiteral("namespace"), QStringLiteral("default"));
        QString uid = uidOfRef.value(ref);
        if (uid.isEmpty())
            uid = newUid();
        md.insert(QStringLiteral("uid"), uid);
        md.remove(QStringLiteral("etag"));
        e.insert(QStringLiteral("metadata"), md);
        // The etag changes whenever the final entity does, relations included.
        const QByteArray etag = QCryptographicHash::hash(QJsonDocument(e).toJson(QJsonDocument::Compact), QCryptographicHash::Sha1).toHex();
        md.insert(QStringLiteral("etag"), QString::fromLatin1(etag));
        e.insert(QStringLiteral("metadata"), md);
        uidOfRef.insert(ref, uid);
        byUid[uid] = Rec{e, ref, json(e), {}};
        allDirty = true;
    }

    const Rec *byRef(const QString &ref) const
    {
        const auto uid = uidOfRef.constFind(ref.toLower());
        if (uid == uidOfRef.cend())
            return nullptr;
        const auto it = byUid.find(*uid);
        return it == byUid.end() ? nullptr : &it->second;
    }

    static HttpResponse error(int status, const QString &name, const QString &message, const QByteArray &method, const QString &path)
    {
        HttpResponse r;
        r.status = status;
        r.body = json(QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("message"), message}}},
                                  {QStringLiteral("request"), QJsonObject{{QStringLiteral("method"), QString::fromLatin1(method)},
                                                                          {QStringLiteral("url"), path}}},
                                  {QStringLiteral("response"), QJsonObject{{QStringLiteral("statusCode"), status}}}});
        return r;
    }
    /** The router's own 404: no such route, no body. */
    static HttpResponse noRoute()
    {
        HttpResponse r;
        r.status = 404;
        r.contentType = "text/plain";
        return r;
    }
    static HttpResponse ok(const QJsonValue &v, int status = 200)
    {
        HttpResponse r;
        r.status = status;
        r.body = json(v);
        return r;
    }

    // --- catalog ---------------------------------------------------------

    mutable QList<const Rec *> allSorted; ///< byUid in order, kept between pages
    mutable bool allDirty = true;

    QList<const Rec *> filtered(const QStringList &filters) const
    {
        if (filters.isEmpty()) {
            // Walking the tree for every page costs more than serving it.
            if (allDirty) {
                allSorted.clear();
                allSorted.reserve(qsizetype(byUid.size()));
                for (const auto &[uid, rec] : byUid)
                    allSorted << &rec;
                allDirty = false;
            }
            return allSorted;
        }
        QList<const Rec *> out;
        out.reserve(qsizetype(byUid.size()));
        for (const auto &[uid, rec] : byUid)
            if (matchesFilters(rec.json, filters))
                out << &rec;
        return out;
    }

    QByteArray page(const QList<const Rec *> &all, qsizetype from, qsizetype n, const QStringList &fields) const
    {
        QByteArray out = "[";
        for (qsizetype i = from; i < qMin(all.size(), from + n); ++i) {
            if (i > from)
                out += ',';
            if (fields.isEmpty()) {
                out += all[i]->bytes;
            } else {
                const QString key = fields.join(u',');
                auto it = all[i]->projected.find(key);
                if (it == all[i]->projected.end())
                    it = all[i]->projected.insert(key, json(project(all[i]->json, fields)));
                out += *it;
            }
        }
        return out + ']';
    }

    HttpResponse byQuery(const QUrlQuery &q)
    {
        const int limit = q.hasQueryItem(QStringLiteral("limit")) ? q.queryItemValue(QStringLiteral("limit")).toInt() : 20;
        const QStringList fields = q.queryItemValue(QStringLiteral("fields"), QUrl::FullyDecoded).split(u',', Qt::SkipEmptyParts);
        QStringList filters;
        qsizetype offset = 0;
        if (q.hasQueryItem(QStringLiteral("cursor"))) {
            if (q.hasQueryItem(QStringLiteral("filter")) || q.hasQueryItem(QStringLiteral("orderField")))
                return error(400, QStringLiteral("InputError"), QStringLiteral("Cannot specify both cursor and filter or orderField"), "GET",
                             QStringLiteral("/api/catalog/entities/by-query"));
            const QJsonObject c = QJsonDocument::fromJson(QByteArray::fromBase64(q.queryItemValue(QStringLiteral("cursor")).toLatin1(),
                                                                                 QByteArray::Base64UrlEncoding)).object();
            if (c.isEmpty())
                return error(400, QStringLiteral("InputError"), QStringLiteral("Malformed cursor"), "GET", QStringLiteral("/api/catalog/entities/by-query"));
            offset = c.value(u"o").toInteger();
            for (const QJsonValue &f : c.value(u"f").toArray())
                filters << f.toString();
        } else {
            filters = q.allQueryItemValues(QStringLiteral("filter"), QUrl::FullyDecoded);
        }
        const QList<const Rec *> all = filtered(filters);
        const QByteArray items = page(all, offset, limit, fields);
        QJsonObject pageInfo;
        auto cursor = [&](qsizetype o) {
            return QString::fromLatin1(json(QJsonObject{{QStringLiteral("o"), o}, {QStringLiteral("f"), QJsonArray::fromStringList(filters)}})
                                           .toBase64(QByteArray::Base64UrlEncoding));
        };
        if (offset + limit < all.size())
            pageInfo.insert(QStringLiteral("nextCursor"), cursor(offset + limit));
        if (offset > 0)
            pageInfo.insert(QStringLiteral("prevCursor"), cursor(qMax<qsizetype>(0, offset - limit)));
        HttpResponse r;
        // Written by hand: the items are already serialised.
        r.body = "{\"items\":" + items + ",\"totalItems\":" + QByteArray::number(all.size()) + ",\"pageInfo\":" + json(pageInfo) + '}';
        return r;
    }

    HttpResponse entitiesList(const QUrlQuery &q)
    {
        const QStringList fields = q.queryItemValue(QStringLiteral("fields"), QUrl::FullyDecoded).split(u',', Qt::SkipEmptyParts);
        const QList<const Rec *> all = filtered(q.allQueryItemValues(QStringLiteral("filter"), QUrl::FullyDecoded));
        const qsizetype offset = q.queryItemValue(QStringLiteral("offset")).toLongLong();
        const qsizetype limit = q.hasQueryItem(QStringLiteral("limit")) ? q.queryItemValue(QStringLiteral("limit")).toLongLong() : all.size();
        HttpResponse r;
        r.body = page(all, offset, limit, fields);
        return r;
    }

    // --- scaffolder --------------------------------------------------------

    static QString userOf(const QByteArray &auth)
    {
        const QList<QByteArray> parts = auth.mid(7).split('.');
        if (parts.size() != 3)
            return {};
        return QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding)).object().value(u"sub").toString();
    }

    Task *task(const QString &id)
    {
        for (Task &t : tasks)
            if (t.id == id)
                return &t;
        return nullptr;
    }

    QJsonObject event(const QString &taskId, const QString &type, const QJsonObject &body)
    {
        return QJsonObject{{QStringLiteral("id"), nextEventId++},
                           {QStringLiteral("taskId"), taskId},
                           {QStringLiteral("type"), type},
                           {QStringLiteral("body"), body},
                           {QStringLiteral("createdAt"), QStringLiteral("2026-01-01T00:00:00.000Z")}};
    }

    QString statusOf(const Task &t, qint64 now) const
    {
        for (const Event &e : t.events)
            if (e.json.value(u"type").toString() == u"completion")
                return e.dueMs <= now ? t.finalStatus : QStringLiteral("processing");
        return QStringLiteral("processing");
    }

    QJsonObject taskJson(const Task &t, qint64 now) const
    {
        return QJsonObject{{QStringLiteral("id"), t.id},
                           {QStringLiteral("spec"), QJsonObject{{QStringLiteral("templateInfo"), QJsonObject{{QStringLiteral("entityRef"), t.templateRef}}}}},
                           {QStringLiteral("status"), statusOf(t, now)},
                           {QStringLiteral("createdAt"), t.createdAt},
                           {QStringLiteral("lastHeartbeatAt"), t.createdAt},
                           {QStringLiteral("createdBy"), t.createdBy}};
    }

    static QJsonObject outputFor(const QJsonObject &values)
    {
        const QString name = values.value(u"name").toString(QStringLiteral("service"));
        return QJsonObject{
            {QStringLiteral("links"), QJsonArray{QJsonObject{{QStringLiteral("title"), QStringLiteral("Repository")},
                                                             {QStringLiteral("url"), QStringLiteral("https://github.com/acme/") + name}},
                                                 QJsonObject{{QStringLiteral("title"), QStringLiteral("Open in catalog")},
                                                             {QStringLiteral("entityRef"), QStringLiteral("component:default/") + name}}}},
            {QStringLiteral("text"), QJsonArray{QJsonObject{{QStringLiteral("title"), QStringLiteral("Next steps")},
                                                            {QStringLiteral("content"), QStringLiteral("Clone it and run make.")}}}}};
    }

    HttpResponse createTask(const QJsonObject &body, const QByteArray &auth, qint64 now)
    {
        const QString templateRef = body.value(u"templateRef").toString();
        if (templateRef.isEmpty())
            return error(400, QStringLiteral("InputError"), QStringLiteral("request/body must have required property 'templateRef'"), "POST",
                         QStringLiteral("/api/scaffolder/v2/tasks"));
        const Rec *tmpl = byRef(templateRef);
        if (!tmpl)
            return error(404, QStringLiteral("NotFoundError"), QStringLiteral("No entity named '%1' found").arg(templateRef), "POST",
                         QStringLiteral("/api/scaffolder/v2/tasks"));
        Task t;
        t.id = QStringLiteral("task-%1").arg(tasks.size() + 1);
        t.templateRef = templateRef;
        t.values = body.value(u"values").toObject();
        t.createdBy = userOf(auth);
        t.createdAt = QStringLiteral("2026-01-01T00:00:%1.000Z").arg(tasks.size() % 60, 2, 10, QLatin1Char('0'));
        t.finalStatus = QStringLiteral("completed");
        const QJsonArray steps = tmpl->json.value(u"spec").toObject().value(u"steps").toArray();
        struct Planned {
            qint64 due;
            QString type;
            QJsonObject body;
        };
        QList<Planned> plan;
        auto add = [&](qint64 due, const QJsonObject &b) { plan << Planned{due, QStringLiteral("log"), b}; };
        qint64 at = now;
        bool failed = false;
        for (qsizetype i = 0; i < steps.size(); ++i) {
            const QJsonObject s = steps.at(i).toObject();
            const QString id = s.value(u"id").toString();
            const QString name = s.value(u"name").toString(id);
            if (failed) {
                add(at, QJsonObject{{QStringLiteral("stepId"), id}, {QStringLiteral("status"), QStringLiteral("skipped")},
                                    {QStringLiteral("message"), QStringLiteral("Skipping step %1").arg(name)}});
                continue;
            }
            add(at, QJsonObject{{QStringLiteral("stepId"), id}, {QStringLiteral("status"), QStringLiteral("processing")},
                                {QStringLiteral("message"), QStringLiteral("Beginning step %1").arg(name)}});
            add(at + stepMs / 2, QJsonObject{{QStringLiteral("stepId"), id},
                                             {QStringLiteral("message"), QStringLiteral("%1: working on %2").arg(s.value(u"action").toString(), t.values.value(u"name").toString())}});
            at += stepMs;
            if (s.value(u"action").toString() == u"debug:fail" || (t.values.value(u"fail").toBool() && i == steps.size() - 1)) {
                failed = true;
                t.finalStatus = QStringLiteral("failed");
                add(at, QJsonObject{{QStringLiteral("stepId"), id}, {QStringLiteral("status"), QStringLiteral("failed")},
                                    {QStringLiteral("message"), QStringLiteral("Error: step %1 failed: the repository already exists").arg(name)}});
            } else {
                add(at, QJsonObject{{QStringLiteral("stepId"), id}, {QStringLiteral("status"), QStringLiteral("completed")},
                                    {QStringLiteral("message"), QStringLiteral("Finished step %1").arg(name)}});
            }
        }
        QJsonObject completion{{QStringLiteral("message"), QStringLiteral("Run completed with status: %1").arg(t.finalStatus)}};
        if (!failed)
            completion.insert(QStringLiteral("output"), outputFor(t.values));
        else
            completion.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Error")},
                                                                 {QStringLiteral("message"), QStringLiteral("the repository already exists")}});
        plan << Planned{at + 1, QStringLiteral("completion"), completion};
        for (const Planned &p : std::as_const(plan)) {
            const QJsonObject ev = event(t.id, p.type, p.body);
            t.events << Event{ev.value(u"id").toInteger(), p.due, ev};
        }
        tasks << t;
        return ok(QJsonObject{{QStringLiteral("id"), t.id}}, 201);
    }

    void cancelTask(Task &t, qint64 now)
    {
        if (statusOf(t, now) != u"processing")
            return;
        QString running;
        QList<Event> kept;
        for (const Event &e : t.events) {
            if (e.dueMs <= now) {
                kept << e;
                const QJsonObject b = e.json.value(u"body").toObject();
                if (b.value(u"status").toString() == u"processing")
                    running = b.value(u"stepId").toString();
            }
        }
        t.events = kept;
        t.cancelled = true;
        t.finalStatus = QStringLiteral("cancelled");
        if (!running.isEmpty())
            t.events << Event{0, now, event(t.id, QStringLiteral("log"), QJsonObject{{QStringLiteral("stepId"), running},
                                                                                       {QStringLiteral("status"), QStringLiteral("cancelled")},
                                                                                       {QStringLiteral("message"), QStringLiteral("Step cancelled")}})};
        t.events << Event{0, now, event(t.id, QStringLiteral("cancelled"), QJsonObject{{QStringLiteral("message"), QStringLiteral("Run cancelled")}})};
        t.events << Event{0, now, event(t.id, QStringLiteral("completion"),
                                        QJsonObject{{QStringLiteral("message"), QStringLiteral("Run completed with status: cancelled")}})};
        for (Event &e : t.events)
            if (!e.id)
                e.id = e.json.value(u"id").toInteger();
    }

    QJsonArray dueEvents(const Task &t, qint64 after, qint64 now) const
    {
        QJsonArray out;
        for (const Event &e : t.events)
            if (e.dueMs <= now && e.id > after)
                out << e.json;
        return out;
    }

    HttpResponse dryRun(const QJsonObject &body)
    {
        dryRuns << body;
        const QJsonObject tmpl = body.value(u"template").toObject();
        const QJsonArray steps = tmpl.value(u"spec").toObject().value(u"steps").toArray();
        if (steps.isEmpty())
            return error(400, QStringLiteral("InputError"), QStringLiteral("Template has no steps"), "POST", QStringLiteral("/api/scaffolder/v2/dry-run"));
        const QJsonObject values = body.value(u"values").toObject();
        QJsonArray log, stepList;
        for (const QJsonValue &sv : steps) {
            const QJsonObject s = sv.toObject();
            const QString id = s.value(u"id").toString();
            stepList << QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), s.value(u"name").toString(id)},
                                    {QStringLiteral("action"), s.value(u"action").toString()}};
            log << QJsonObject{{QStringLiteral("body"), QJsonObject{{QStringLiteral("stepId"), id}, {QStringLiteral("status"), QStringLiteral("processing")},
                                                                    {QStringLiteral("message"), QStringLiteral("Beginning step %1").arg(s.value(u"name").toString(id))}}}};
            log << QJsonObject{{QStringLiteral("body"), QJsonObject{{QStringLiteral("stepId"), id}, {QStringLiteral("status"), QStringLiteral("completed")},
                                                                    {QStringLiteral("message"), QStringLiteral("Finished step %1").arg(s.value(u"name").toString(id))}}}};
        }
        const QString name = values.value(u"name").toString(QStringLiteral("service"));
        const QJsonArray files{
            QJsonObject{{QStringLiteral("path"), QStringLiteral("README.md")},
                        {QStringLiteral("base64Content"), QString::fromLatin1(("# " + name.toUtf8() + "\n").toBase64())},
                        {QStringLiteral("executable"), false}},
            QJsonObject{{QStringLiteral("path"), QStringLiteral("scripts/run.sh")},
                        {QStringLiteral("base64Content"), QString::fromLatin1(QByteArray("#!/bin/sh\necho hi\n").toBase64())},
                        {QStringLiteral("executable"), true}}};
        return ok(QJsonObject{{QStringLiteral("log"), log}, {QStringLiteral("directoryContents"), files},
                              {QStringLiteral("output"), outputFor(values)}, {QStringLiteral("steps"), stepList}});
    }

    // --- routing -----------------------------------------------------------

    HttpResponse handle(const QByteArray &method, const QString &path, const QUrlQuery &q, const QByteArray &auth, const QJsonObject &body)
    {
        const qint64 now = clock.elapsed();
        if (!path.startsWith(QStringLiteral("/api/")))
            return noRoute();
        if (!token.isEmpty() && auth != "Bearer " + token)
            return error(401, QStringLiteral("AuthenticationError"), auth.isEmpty() ? QStringLiteral("Missing credentials") : QStringLiteral("Invalid token"),
                         method, path);
        const QString key = QString::fromLatin1(method) + u' ' + path;
        for (const QString &d : std::as_const(denied))
            if (key.contains(d))
                return error(403, QStringLiteral("NotAllowedError"), QStringLiteral("Unauthorized"), method, path);

        if (path == u"/api/catalog/entities/by-query" && method == "GET")
            return old ? noRoute() : byQuery(q);
        if (path == u"/api/catalog/entities" && method == "GET")
            return entitiesList(q);
        if (path == u"/api/catalog/entities/by-refs" && method == "POST") {
            if (old && oldNoByRefs)
                return noRoute();
            QJsonArray items;
            const QStringList fields = body.value(u"fields").toVariant().toStringList();
            for (const QJsonValue &r : body.value(u"entityRefs").toArray()) {
                const Rec *rec = byRef(r.toString());
                items << (rec ? QJsonValue(project(rec->json, fields)) : QJsonValue(QJsonValue::Null));
            }
            return ok(QJsonObject{{QStringLiteral("items"), items}});
        }
        if (path.startsWith(QStringLiteral("/api/catalog/entities/by-name/")) && method == "GET") {
            const QStringList p = path.mid(30).split(u'/');
            if (p.size() != 3)
                return noRoute();
            const Rec *rec = byRef(QStringLiteral("%1:%2/%3").arg(p[0], p[1], p[2]));
            if (!rec)
                return error(404, QStringLiteral("NotFoundError"), QStringLiteral("No entity named '%1' found").arg(p[2]), method, path);
            return ok(rec->json);
        }

        if (path == u"/api/scaffolder/v2/tasks" && method == "POST")
            return createTask(body, auth, now);
        if (path == u"/api/scaffolder/v2/tasks" && method == "GET") {
            if (old)
                return noRoute();
            const QString createdBy = q.queryItemValue(QStringLiteral("createdBy"), QUrl::FullyDecoded);
            QJsonArray list;
            for (const Task &t : std::as_const(tasks))
                if (createdBy.isEmpty() || t.createdBy == createdBy)
                    list << taskJson(t, now);
            return ok(QJsonObject{{QStringLiteral("tasks"), list}, {QStringLiteral("totalTasks"), list.size()}});
        }
        if (path == u"/api/scaffolder/v2/dry-run" && method == "POST")
            return dryRun(body);
        if (path.startsWith(QStringLiteral("/api/scaffolder/v2/tasks/"))) {
            const QStringList p = path.mid(25).split(u'/');
            Task *t = task(p[0]);
            if (p.size() > 2 || (p.size() == 2 && p[1] != u"eventstream" && p[1] != u"events" && p[1] != u"cancel"))
                return noRoute();
            if (p.size() == 2 && p[1] == u"cancel" && old)
                return noRoute();
            if (p.size() == 2 && p[1] == u"eventstream" && !eventStream)
                return noRoute();
            if (!t)
                return error(404, QStringLiteral("NotFoundError"), QStringLiteral("Task with id %1 does not exist").arg(p[0]), method, path);
            if (p.size() == 1 && method == "GET")
                return ok(taskJson(*t, now));
            if (p[1] == u"events" && method == "GET")
                return ok(dueEvents(*t, q.queryItemValue(QStringLiteral("after")).toLongLong(), now));
            if (p[1] == u"cancel" && method == "POST") {
                cancelTask(*t, now);
                return ok(QJsonObject{{QStringLiteral("status"), QStringLiteral("cancelled")}});
            }
            if (p[1] == u"eventstream" && method == "GET") {
                HttpResponse r;
                r.stream = true;
                r.streamTask = t->id;
                r.streamAfter = q.queryItemValue(QStringLiteral("after")).toLongLong();
                return r;
            }
            return noRoute();
        }

        if (path.startsWith(QStringLiteral("/api/techdocs/metadata/techdocs/")) && method == "GET") {
            const QString triplet = path.mid(32);
            if (!docsMeta.contains(triplet))
                return error(404, QStringLiteral("NotFoundError"), QStringLiteral("Unable to read techdocs_metadata.json"), method, path);
            return ok(docsMeta.value(triplet));
        }
        if (path.startsWith(QStringLiteral("/api/techdocs/static/docs/")) && method == "GET") {
            const QStringList p = path.mid(26).split(u'/');
            if (p.size() < 4)
                return noRoute();
            const QString triplet = p.mid(0, 3).join(u'/');
            QString file = p.mid(3).join(u'/');
            if (file.isEmpty() || file.endsWith(u'/'))
                file += QStringLiteral("index.html");
            const auto files = docsFiles.value(triplet);
            if (!files.contains(file))
                return error(404, QStringLiteral("NotFoundError"), QStringLiteral("File Not Found"), method, path);
            HttpResponse r;
            r.body = files.value(file);
            r.contentType = file.endsWith(QStringLiteral(".html")) ? "text/html; charset=utf-8"
                : file.endsWith(QStringLiteral(".png"))          ? "image/png"
                                                                 : "application/octet-stream";
            return r;
        }
        return noRoute();
    }
};

// ---------------------------------------------------------------------------

class FakeBackstageServer : public QAbstractHttpServer
{
public:
    explicit FakeBackstageServer(std::shared_ptr<FakeBackstageState> state) : m_state(std::move(state)) {}

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        FakeBackstageRequest logged;
        logged.method = methodName(request.method());
        logged.path = request.url().path();
        const QUrlQuery query(request.url());
        logged.query = query.toString(QUrl::FullyDecoded);
        for (const auto &[k, v] : request.headers())
            if (k.compare("Authorization", Qt::CaseInsensitive) == 0)
                logged.authorization = v;
        logged.body = QJsonDocument::fromJson(request.body()).object();
        HttpResponse resp;
        {
            QMutexLocker lock(&m_state->mutex);
            resp = m_state->handle(logged.method, logged.path, query, logged.authorization, logged.body);
            logged.status = resp.status;
            m_state->log << logged;
        }
        if (resp.stream) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\n");
            m_streams << Stream{QPointer<QTcpSocket>(socket), resp.streamTask, resp.streamAfter};
            if (!m_timer) {
                m_timer = new QTimer(this);
                connect(m_timer, &QTimer::timeout, this, [this] { pump(); });
                m_timer->start(10);
            }
            pump();
            return true;
        }
        QByteArray raw = "HTTP/1.1 " + QByteArray::number(resp.status) + ' ' + reason(resp.status) + "\r\n";
        raw += "Content-Type: " + resp.contentType + "\r\n";
        raw += "Content-Length: " + QByteArray::number(resp.body.size()) + "\r\n\r\n";
        raw += resp.body;
        socket->write(raw);
        return true;
    }

    void missingHandler(const QHttpServerRequest &, QTcpSocket *socket) override
    {
        socket->write("HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n\r\n");
    }

private:
    struct Stream {
        QPointer<QTcpSocket> socket;
        QString task;
        qint64 after = 0;
    };

    /** Writes each stream's due events; ends a stream after its completion. */
    void pump()
    {
        QMutexLocker lock(&m_state->mutex);
        const qint64 now = m_state->clock.elapsed();
        for (qsizetype i = m_streams.size() - 1; i >= 0; --i) {
            Stream &s = m_streams[i];
            FakeBackstageState::Task *t = m_state->task(s.task);
            if (!s.socket || s.socket->state() != QAbstractSocket::ConnectedState || !t) {
                m_streams.removeAt(i);
                continue;
            }
            bool done = false;
            for (const QJsonValue &v : m_state->dueEvents(*t, s.after, now)) {
                const QJsonObject e = v.toObject();
                s.socket->write("event: " + e.value(u"type").toString().toUtf8() + "\ndata: "
                                + QJsonDocument(e).toJson(QJsonDocument::Compact) + "\n\n");
                s.after = e.value(u"id").toInteger();
                done = done || e.value(u"type").toString() == u"completion";
            }
            if (done) {
                s.socket->disconnectFromHost();
                m_streams.removeAt(i);
            }
        }
    }

    static QByteArray methodName(QHttpServerRequest::Method m)
    {
        switch (m) {
        case QHttpServerRequest::Method::Get: return "GET";
        case QHttpServerRequest::Method::Put: return "PUT";
        case QHttpServerRequest::Method::Delete: return "DELETE";
        case QHttpServerRequest::Method::Post: return "POST";
        default: return "OTHER";
        }
    }

    static QByteArray reason(int status)
    {
        switch (status) {
        case 200: return "OK";
        case 201: return "Created";
        case 400: return "Bad Request";
        case 401: return "Unauthorized";
        case 403: return "Forbidden";
        case 404: return "Not Found";
        default: return "Status";
        }
    }

    std::shared_ptr<FakeBackstageState> m_state;
    QList<Stream> m_streams;
    QTimer *m_timer = nullptr;
};

// ---------------------------------------------------------------------------

FakeBackstage::FakeBackstage(QObject *parent) : QObject(parent), m_state(std::make_shared<FakeBackstageState>())
{
    m_state->clock.start();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("FakeBackstage"));
    m_server = new FakeBackstageServer(m_state);
    m_server->moveToThread(m_thread);
    m_thread->start();
}

FakeBackstage::~FakeBackstage()
{
    FakeBackstageServer *server = m_server;
    QMetaObject::invokeMethod(server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

bool FakeBackstage::listen()
{
    quint16 port = 0;
    FakeBackstageServer *server = m_server;
    QMetaObject::invokeMethod(server, [&] { port = server->listen(QHostAddress::LocalHost, 0); }, Qt::BlockingQueuedConnection);
    QMutexLocker lock(&m_state->mutex);
    m_state->baseUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);
    return port != 0;
}

QUrl FakeBackstage::baseUrl() const
{
    QMutexLocker lock(&m_state->mutex);
    return QUrl(m_state->baseUrl);
}

void FakeBackstage::setToken(const QByteArray &token)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->token = token;
}

void FakeBackstage::setOldBackend(bool old, bool alsoNoByRefs)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->old = old;
    m_state->oldNoByRefs = alsoNoByRefs;
}

void FakeBackstage::denyPermission(const QString &match)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->denied << match;
}

void FakeBackstage::clearDenials()
{
    QMutexLocker lock(&m_state->mutex);
    m_state->denied.clear();
}

void FakeBackstage::setEventStream(bool on)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->eventStream = on;
}

void FakeBackstage::setStepMs(int ms)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->stepMs = ms;
}

void FakeBackstage::putEntity(QJsonObject entity)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->put(std::move(entity));
}

void FakeBackstage::generateEntities(int count)
{
    QMutexLocker lock(&m_state->mutex);
    const int groups = qMax(1, count / 50);
    const int systems = qMax(1, count / 100);
    for (int i = 0; i < count; ++i) {
        QJsonObject e;
        const QString name = QStringLiteral("entity-%1").arg(i, 6, 10, QLatin1Char('0'));
        if (i < groups) {
            e = QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("backstage.io/v1alpha1")},
                            {QStringLiteral("kind"), QStringLiteral("Group")},
                            {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("team-%1").arg(i)},
                                                                     {QStringLiteral("namespace"), QStringLiteral("default")},
                                                                     {QStringLiteral("description"), QStringLiteral("Team number %1").arg(i)}}},
                            {QStringLiteral("spec"), QJsonObject{{QStringLiteral("type"), QStringLiteral("team")}, {QStringLiteral("children"), QJsonArray()}}}};
        } else if (i < groups + systems) {
            const QString owner = QStringLiteral("group:default/team-%1").arg(i % groups);
            e = QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("backstage.io/v1alpha1")},
                            {QStringLiteral("kind"), QStringLiteral("System")},
                            {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("system-%1").arg(i - groups)},
                                                                     {QStringLiteral("namespace"), QStringLiteral("default")}}},
                            {QStringLiteral("spec"), QJsonObject{{QStringLiteral("owner"), owner}}},
                            {QStringLiteral("relations"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("ownedBy")},
                                                                                 {QStringLiteral("targetRef"), owner}}}}};
        } else {
            const QString owner = QStringLiteral("group:default/team-%1").arg(i % groups);
            const QString system = QStringLiteral("system:default/system-%1").arg(i % systems);
            e = QJsonObject{
                {QStringLiteral("apiVersion"), QStringLiteral("backstage.io/v1alpha1")},
                {QStringLiteral("kind"), QStringLiteral("Component")},
                {QStringLiteral("metadata"),
                 QJsonObject{{QStringLiteral("name"), name},
                             {QStringLiteral("namespace"), QStringLiteral("default")},
                             {QStringLiteral("title"), QStringLiteral("Service %1").arg(i)},
                             {QStringLiteral("description"), QStringLiteral("Generated service number %1 for the benchmark, with a description of typical length.").arg(i)},
                             {QStringLiteral("tags"), QJsonArray{QStringLiteral("java"), QStringLiteral("tier-%1").arg(i % 3)}},
                             {QStringLiteral("annotations"), QJsonObject{{QStringLiteral("github.com/project-slug"), QStringLiteral("acme/") + name},
                                                                         {QStringLiteral("backstage.io/managed-by-location"), QStringLiteral("url:https://github.com/acme/%1/blob/main/catalog-info.yaml").arg(name)}}}}},
                {QStringLiteral("spec"), QJsonObject{{QStringLiteral("type"), QStringLiteral("service")},
                                                     {QStringLiteral("lifecycle"), QStringLiteral("production")},
                                                     {QStringLiteral("owner"), owner},
                                                     {QStringLiteral("system"), system}}},
                {QStringLiteral("relations"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("ownedBy")}, {QStringLiteral("targetRef"), owner}},
                                                         QJsonObject{{QStringLiteral("type"), QStringLiteral("partOf")}, {QStringLiteral("targetRef"), system}}}},
                {QStringLiteral("status"), QJsonObject{{QStringLiteral("items"), QJsonArray()}}}};
        }
        m_state->put(e);
    }
}

void FakeBackstage::touchEntity(const QString &ref)
{
    QMutexLocker lock(&m_state->mutex);
    const FakeBackstageState::Rec *rec = m_state->byRef(ref);
    if (!rec)
        return;
    QJsonObject e = rec->json;
    QJsonObject md = e.value(u"metadata").toObject();
    md.insert(QStringLiteral("description"), md.value(u"description").toString() + QStringLiteral(" (changed)"));
    e.insert(QStringLiteral("metadata"), md);
    m_state->put(e);
}

void FakeBackstage::removeEntity(const QString &ref)
{
    QMutexLocker lock(&m_state->mutex);
    const QString uid = m_state->uidOfRef.take(ref.toLower());
    m_state->byUid.erase(uid);
    m_state->allDirty = true;
}

int FakeBackstage::entityCount() const
{
    QMutexLocker lock(&m_state->mutex);
    return int(m_state->byUid.size());
}

void FakeBackstage::putTechDocs(const QString &entityRef, const QJsonObject &metadata, const QHash<QString, QByteArray> &files)
{
    const QString kind = entityRef.section(u':', 0, 0);
    const QString ns = entityRef.section(u':', 1).section(u'/', 0, 0);
    const QString name = entityRef.section(u'/', 1);
    QMutexLocker lock(&m_state->mutex);
    const QString triplet = QStringLiteral("%1/%2/%3").arg(ns, kind, name).toLower();
    m_state->docsMeta.insert(triplet, metadata);
    m_state->docsFiles.insert(triplet, files);
}

QList<FakeBackstageRequest> FakeBackstage::requests() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->log;
}

int FakeBackstage::requestCount(const QString &match) const
{
    QMutexLocker lock(&m_state->mutex);
    int n = 0;
    for (const FakeBackstageRequest &r : m_state->log)
        n += (QString::fromLatin1(r.method) + u' ' + r.path).contains(match) ? 1 : 0;
    return n;
}

void FakeBackstage::clearRequests()
{
    QMutexLocker lock(&m_state->mutex);
    m_state->log.clear();
}

QList<QJsonObject> FakeBackstage::tasks() const
{
    QMutexLocker lock(&m_state->mutex);
    QList<QJsonObject> out;
    const qint64 now = m_state->clock.elapsed();
    for (const auto &t : m_state->tasks) {
        QJsonObject o = m_state->taskJson(t, now);
        o.insert(QStringLiteral("values"), t.values);
        out << o;
    }
    return out;
}

QList<QJsonObject> FakeBackstage::dryRuns() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->dryRuns;
}

} // namespace atrium::fake
