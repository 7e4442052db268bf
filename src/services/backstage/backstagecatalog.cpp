// SPDX-License-Identifier: Apache-2.0
#include "backstagecatalog.h"

#include "backstagetechdocs.h"
#include "catalogstore.h"
#include "docsstore.h"
#include "entityref.h"
#include "searchindex.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>
#include <QThread>

#include <condition_variable>
#include <deque>
#include <mutex>

namespace atrium {

namespace backstage {
// by-query: @backstage/plugin-catalog-backend 1.8.0, released with Backstage 1.12.
const BackstageFeature kByQuery{"/api/catalog/entities/by-query", "1.12"};
// by-refs: @backstage/plugin-catalog-backend 1.2.0, released with Backstage 1.3.
const BackstageFeature kByRefs{"/api/catalog/entities/by-refs", "1.3"};
} // namespace backstage

namespace {

/** The fields an incremental listing asks for: what identifies an entity
 *  and what says whether it changed. */
const QString kThinFields = QStringLiteral("kind,metadata.namespace,metadata.name,metadata.uid,metadata.etag");

QString refOf(const QJsonObject &json)
{
    const QJsonObject md = json.value(u"metadata").toObject();
    const QString ns = md.value(u"namespace").toString();
    return QStringLiteral("%1:%2/%3")
        .arg(json.value(u"kind").toString(), ns.isEmpty() ? QStringLiteral("default") : ns, md.value(u"name").toString())
        .toLower();
}

/** Thrown from the entity feed to roll the streamed write back. */
struct ReadFailed {
};

/** Pages through the catalog: by-query with its cursor, or (an older
 *  backend) /entities with offsets. */
class Pager
{
public:
    Pager(BackstageClient &client, const BackstageSource &source, int pageSize, const QString &fields, BackstageSyncReport &report)
        : m_client(client), m_source(source), m_pageSize(pageSize), m_fields(fields), m_report(report)
    {
    }

    /** The next page; false at the end or on an error (m_report.error). */
    bool next(QJsonArray *items)
    {
        if (m_done)
            return false;
        const QString action = QCoreApplication::translate("BackstageCatalogSync", "read the catalog");
        if (!m_fallback) {
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
            if (!m_fields.isEmpty())
                q.addQueryItem(QStringLiteral("fields"), m_fields);
            if (m_cursor.isEmpty()) {
                // No orderField: the backend's default order (by uid) is
                // stable across pages, and sorting by a field would leave
                // out the entities that lack it.
                for (const QString &f : m_source.filters)
                    q.addQueryItem(QStringLiteral("filter"), f);
            } else {
                q.addQueryItem(QStringLiteral("cursor"), m_cursor);
            }
            const BackstageResponse r = m_client.get(QStringLiteral("/api/catalog/entities/by-query"), q, action);
            if (BackstageClient::isMissingRoute(r) && m_cursor.isEmpty() && !m_pages) {
                const BackstageError missing = BackstageClient::missingEndpoint(r, backstage::kByQuery);
                m_report.notices << missing.message + u' ' + QCoreApplication::translate("BackstageCatalogSync", "Falling back to /api/catalog/entities with offsets.");
                m_report.fallback = true;
                m_fallback = true;
                qCInfo(lcBackstage) << "no by-query; falling back to /entities";
                return next(items);
            }
            if (!r.ok()) {
                m_report.error = r.error;
                return false;
            }
            const QJsonObject o = r.json.object();
            if (!o.value(u"items").isArray()) {
                m_report.error.kind = BackstageError::BadResponse;
                m_report.error.message = QCoreApplication::translate("BackstageCatalogSync", "The Backstage backend answered the catalog query without items.");
                return false;
            }
            *items = o.value(u"items").toArray();
            m_total = o.value(u"totalItems").toInt(-1);
            m_cursor = o.value(u"pageInfo").toObject().value(u"nextCursor").toString();
            m_done = m_cursor.isEmpty();
            ++m_pages;
            return true;
        }
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
        q.addQueryItem(QStringLiteral("offset"), QString::number(m_offset));
        if (!m_fields.isEmpty())
            q.addQueryItem(QStringLiteral("fields"), m_fields);
        for (const QString &f : m_source.filters)
            q.addQueryItem(QStringLiteral("filter"), f);
        const BackstageResponse r = m_client.get(QStringLiteral("/api/catalog/entities"), q, action);
        if (!r.ok()) {
            m_report.error = r.error;
            return false;
        }
        if (!r.json.isArray()) {
            m_report.error.kind = BackstageError::BadResponse;
            m_report.error.message = QCoreApplication::translate("BackstageCatalogSync", "The Backstage backend answered the catalog listing with something other than a list.");
            return false;
        }
        *items = r.json.array();
        m_offset += int(items->size());
        m_done = items->size() < m_pageSize;
        ++m_pages;
        return true;
    }

    int total() const { return m_total; }

private:
    BackstageClient &m_client;
    const BackstageSource &m_source;
    int m_pageSize;
    QString m_fields;
    BackstageSyncReport &m_report;
    QString m_cursor;
    int m_offset = 0;
    int m_pages = 0;
    int m_total = -1;
    bool m_fallback = false;
    bool m_done = false;
};

/** Reads pages on a thread of its own, at most two ahead of the writer, so
 *  that the backend's time and the JSON parsing overlap the cache write. */
class Prefetcher
{
public:
    Prefetcher(const BackstageSource &source, const BackstageCatalogSync::Options &options, const QString &fields)
        : m_source(source), m_options(options), m_fields(fields)
    {
        m_thread.reset(QThread::create([this] { run(); }));
        m_thread->setObjectName(QStringLiteral("atrium-backstage-pages"));
        m_thread->start();
    }
    ~Prefetcher()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_thread->wait();
    }

    /** The next page; false at the end or on an error (see merge()). */
    bool next(QJsonArray *page, int *total)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return !m_pages.empty() || m_done; });
        if (m_pages.empty())
            return false;
        *page = std::move(m_pages.front());
        m_pages.pop_front();
        *total = m_total;
        m_changed.notify_all();
        return true;
    }

    /** What the reading thread learnt: errors, notices, requests. */
    void merge(BackstageSyncReport &report, BackstageStats *stats)
    {
        std::lock_guard lock(m_mutex);
        if (m_report.error.isError())
            report.error = m_report.error;
        report.notices += m_report.notices;
        m_report.notices.clear(); // merged once
        report.fallback = report.fallback || m_report.fallback;
        *stats = m_stats;
    }

private:
    void run()
    {
        std::unique_ptr<BackstageClient> client = m_options.clientFactory ? m_options.clientFactory(m_source.baseUrl, m_options.token)
                                                                          : std::make_unique<BackstageClient>(m_source.baseUrl, m_options.token);
        const auto cancelled = m_options.cancelled;
        client->setCancelCheck([this, cancelled] {
            {
                std::lock_guard lock(m_mutex);
                if (m_stop)
                    return true;
            }
            return cancelled && cancelled();
        });
        BackstageSyncReport local;
        Pager pager(*client, m_source, m_options.pageSize, m_fields, local);
        for (;;) {
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [&] { return m_pages.size() < 2 || m_stop; });
                if (m_stop)
                    break;
            }
            QJsonArray page;
            const bool ok = pager.next(&page);
            std::lock_guard lock(m_mutex);
            if (ok) {
                m_pages.push_back(std::move(page));
                m_total = pager.total();
            }
            m_report.error = local.error;
            m_report.notices = local.notices;
            m_report.fallback = local.fallback;
            m_changed.notify_all();
            if (!ok)
                break;
        }
        std::lock_guard lock(m_mutex);
        m_stats = client->stats();
        m_done = true;
        m_changed.notify_all();
    }

    const BackstageSource &m_source;
    const BackstageCatalogSync::Options &m_options;
    QString m_fields;
    std::unique_ptr<QThread> m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QJsonArray> m_pages;
    int m_total = -1;
    bool m_done = false;
    bool m_stop = false;
    BackstageSyncReport m_report;
    BackstageStats m_stats;
};

struct Fingerprint {
    QString uid;
    QString etag;
};

/** uid and etag of each entity the cache holds for @p sourceId. */
QHash<QString, Fingerprint> cachedFingerprints(CatalogStore &store, const QString &sourceId)
{
    QHash<QString, Fingerprint> out;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ref, json_extract(data, '$.metadata.uid'), json_extract(data, '$.metadata.etag') "
                             "FROM entities WHERE source_id = ?"));
    q.addBindValue(sourceId);
    if (q.exec())
        while (q.next())
            out.insert(q.value(0).toString(), Fingerprint{q.value(1).toString(), q.value(2).toString()});
    return out;
}

bool hasTechDocs(const QJsonObject &entityData)
{
    return entityData.value(u"metadata").toObject().value(u"annotations").toObject().contains(u"backstage.io/techdocs-ref");
}

} // namespace

Entity entityFromBackstage(const QJsonObject &json, const QString &sourceId, const QString &webBase, Diagnostics *problems)
{
    QJsonObject doc = json;
    const QJsonArray relations = doc.take(QStringLiteral("relations")).toArray();
    const QJsonObject status = doc.take(QStringLiteral("status")).toObject();
    Entity e = Entity::fromDocument(doc);
    e.source = sourceId;
    if (!webBase.isEmpty())
        e.file = QStringLiteral("%1/catalog/%2/%3/%4").arg(webBase, e.ns, e.kind.toLower(), e.name);
    const QString ref = e.ref();
    // The server's relations are the catalog's truth: its processors may
    // emit more than the spec fields declare (and fewer, for a dangling
    // reference), so they are kept as given rather than derived again.
    for (const QJsonValue &v : relations) {
        const QJsonObject r = v.toObject();
        QString target = r.value(u"targetRef").toString();
        if (target.isEmpty()) {
            // The deprecated {kind, namespace, name} form of older backends.
            const QJsonObject t = r.value(u"target").toObject();
            if (!t.isEmpty())
                target = QStringLiteral("%1:%2/%3").arg(t.value(u"kind").toString(), t.value(u"namespace").toString(QStringLiteral("default")),
                                                        t.value(u"name").toString());
        }
        const QString type = r.value(u"type").toString();
        if (target.isEmpty() || type.isEmpty())
            continue;
        const Relation rel{type, target.toLower()};
        if (!e.relations.contains(rel))
            e.relations << rel;
    }
    if (problems) {
        for (const QJsonValue &v : status.value(u"items").toArray()) {
            const QJsonObject item = v.toObject();
            const QString level = item.value(u"level").toString();
            if (level != u"error" && level != u"warning")
                continue;
            QString message = item.value(u"message").toString();
            const QString errorName = item.value(u"error").toObject().value(u"name").toString();
            if (!errorName.isEmpty() && !message.contains(errorName))
                message = errorName + QStringLiteral(": ") + message;
            problems->append(Diagnostic{level == u"error" ? Severity::Error : Severity::Warning, e.file, 0, 0,
                                        QCoreApplication::translate("BackstageCatalogSync", "Backstage reports: %1").arg(message), ref});
        }
    }
    return e;
}

BackstageCatalogSync::BackstageCatalogSync(BackstageSource source, Options options)
    : m_source(std::move(source)), m_options(std::move(options))
{
}

BackstageSyncReport BackstageCatalogSync::run(CatalogStore &store)
{
    QElapsedTimer timer;
    timer.start();
    BackstageSyncReport report;
    report.sourceId = m_source.sourceId();
    report.baseUrl = m_source.baseUrl.toString();
    std::unique_ptr<BackstageClient> client = m_options.clientFactory ? m_options.clientFactory(m_source.baseUrl, m_options.token)
                                                                      : std::make_unique<BackstageClient>(m_source.baseUrl, m_options.token);
    if (m_options.cancelled)
        client->setCancelCheck(m_options.cancelled);
    const QString webBase = client->baseUrl().toString();
    auto progress = [&](int done, int total, const QString &what) {
        if (m_options.progress)
            m_options.progress(done, total, what);
    };
    BackstageStats prefetched; ///< the page-reading thread's requests
    auto finish = [&] {
        const BackstageStats s = client->stats();
        report.requests = s.requests + prefetched.requests;
        report.bytes = s.bytes + prefetched.bytes;
        report.elapsedMs = timer.elapsed();
        return report;
    };

    SourceInfo info;
    info.id = m_source.sourceId();
    info.kind = QStringLiteral("backstage");
    info.location = webBase;

    const QHash<QString, Fingerprint> cached = m_options.full ? QHash<QString, Fingerprint>() : cachedFingerprints(store, info.id);
    bool known = false;
    for (const SourceInfo &s : store.sources())
        known = known || (s.id == info.id && s.status.isEmpty());
    QStringList docsRefs;       ///< entities written whose docs to read
    QList<QPair<QString, QString>> docsTargets; ///< ref → techdocs namespace/kind/name path
    QStringList removedRefs;

    if (cached.isEmpty() || !known) {
        // 1. Everything, streamed into the cache a page at a time: memory
        // stays at a page, however large the catalog.
        Prefetcher pages(m_source, m_options, {});
        QJsonArray page;
        qsizetype at = 0;
        Entity current;
        Diagnostics problems;
        const CatalogStore::EntityFeed feed = [&]() -> const Entity * {
            while (at >= page.size()) {
                if (m_options.cancelled && m_options.cancelled()) {
                    report.error.kind = BackstageError::Cancelled;
                    report.error.message = QCoreApplication::translate("BackstageCatalogSync", "The request was cancelled.");
                    throw ReadFailed{};
                }
                page = QJsonArray();
                at = 0;
                int total = -1;
                if (!pages.next(&page, &total)) {
                    pages.merge(report, &prefetched);
                    if (report.error.isError())
                        throw ReadFailed{};
                    return nullptr;
                }
                progress(report.read, total, m_source.name);
            }
            const QJsonObject json = page.at(at).toObject();
            page[at] = QJsonValue(); // the page's memory goes as it is used
            ++at;
            current = entityFromBackstage(json, info.id, webBase, &problems);
            ++report.read;
            if (m_source.readDocs && hasTechDocs(current.data))
                docsRefs << current.ref();
            return &current;
        };
        QString why;
        bool written = false;
        try {
            written = store.replaceSourceStreaming(info, feed, [&] { return problems; }, &why);
        } catch (const ReadFailed &) {
            qCWarning(lcBackstage).noquote() << "reading" << webBase << "failed; the cache is unchanged:" << report.error.detail;
            return finish();
        }
        pages.merge(report, &prefetched);
        if (!written) {
            report.error.kind = BackstageError::BadResponse;
            report.error.message = QCoreApplication::translate("BackstageCatalogSync", "Writing the catalog cache failed; the previous catalog is unchanged: %1").arg(why);
            return finish();
        }
        report.listed = report.read;
        report.written = report.read;
        report.problems = int(problems.size());
    } else {
        // 2. Incremental: list what is there, fetch what changed.
        report.incremental = true;
        Pager pager(*client, m_source, m_options.pageSize, kThinFields, report);
        QJsonArray page;
        QStringList changedRefs;
        QSet<QString> seen;
        while (pager.next(&page)) {
            for (const QJsonValue &v : std::as_const(page)) {
                const QJsonObject o = v.toObject();
                const QString ref = refOf(o);
                const QJsonObject md = o.value(u"metadata").toObject();
                seen.insert(ref);
                const auto it = cached.constFind(ref);
                if (it != cached.cend() && it->uid == md.value(u"uid").toString() && it->etag == md.value(u"etag").toString())
                    ++report.unchanged;
                else
                    changedRefs << ref;
            }
            progress(int(seen.size()), pager.total(), m_source.name);
            if (m_options.cancelled && m_options.cancelled()) {
                report.error.kind = BackstageError::Cancelled;
                report.error.message = QCoreApplication::translate("BackstageCatalogSync", "The request was cancelled.");
            }
            if (report.error.isError())
                break;
        }
        if (report.error.isError())
            return finish();
        report.listed = int(seen.size());
        for (auto it = cached.cbegin(); it != cached.cend(); ++it)
            if (!seen.contains(it.key()))
                removedRefs << it.key();
        report.removed = int(removedRefs.size());

        QList<Entity> changed;
        Diagnostics problems;
        bool byRefs = true;
        for (qsizetype start = 0; start < changedRefs.size();) {
            const QStringList chunk = changedRefs.mid(start, byRefs ? m_options.refsPerRequest : 1);
            QJsonArray items;
            if (byRefs) {
                const BackstageResponse r = client->post(QStringLiteral("/api/catalog/entities/by-refs"),
                                                         QJsonDocument(QJsonObject{{QStringLiteral("entityRefs"), QJsonArray::fromStringList(chunk)}}),
                                                         QCoreApplication::translate("BackstageCatalogSync", "read the catalog"), true);
                if (BackstageClient::isMissingRoute(r) && start == 0) {
                    report.notices << BackstageClient::missingEndpoint(r, backstage::kByRefs).message + u' '
                            + QCoreApplication::translate("BackstageCatalogSync", "Reading changed entities one at a time.");
                    byRefs = false;
                    continue;
                }
                if (!r.ok()) {
                    report.error = r.error;
                    return finish();
                }
                items = r.json.object().value(u"items").toArray();
            } else {
                const auto ref = EntityRef::parse(chunk.first(), u"component", u"default");
                if (!ref)
                    continue;
                const BackstageResponse r = client->get(QStringLiteral("/api/catalog/entities/by-name/%1/%2/%3")
                                                            .arg(QString::fromUtf8(QUrl::toPercentEncoding(ref->kind)),
                                                                 QString::fromUtf8(QUrl::toPercentEncoding(ref->ns)),
                                                                 QString::fromUtf8(QUrl::toPercentEncoding(ref->name))),
                                                        {}, QCoreApplication::translate("BackstageCatalogSync", "read the catalog"));
                if (r.error.kind == BackstageError::NotFound) {
                    items << QJsonValue(QJsonValue::Null); // gone since the listing
                } else if (!r.ok()) {
                    report.error = r.error;
                    return finish();
                } else {
                    items << r.json.object();
                }
            }
            for (qsizetype k = 0; k < chunk.size(); ++k) {
                const QJsonValue v = k < items.size() ? items.at(k) : QJsonValue();
                if (!v.isObject()) {
                    // Deleted between the listing and this read.
                    removedRefs << chunk.at(k);
                    ++report.removed;
                    continue;
                }
                Entity e = entityFromBackstage(v.toObject(), info.id, webBase, &problems);
                ++report.read;
                if (m_source.readDocs && hasTechDocs(e.data))
                    docsRefs << e.ref();
                changed << std::move(e);
            }
            start += chunk.size();
            if (m_options.cancelled && m_options.cancelled()) {
                report.error.kind = BackstageError::Cancelled;
                report.error.message = QCoreApplication::translate("BackstageCatalogSync", "The request was cancelled.");
                return finish();
            }
        }
        report.written = int(changed.size());
        report.problems = int(problems.size());
        if (!changed.isEmpty() || !removedRefs.isEmpty()) {
            QString why;
            if (!store.patchSource(info, changed, removedRefs, problems, &why)) {
                report.error.kind = BackstageError::BadResponse;
                report.error.message = QCoreApplication::translate("BackstageCatalogSync", "Writing the catalog cache failed; the previous catalog is unchanged: %1").arg(why);
                return finish();
            }
        }
    }

    // 3. TechDocs of the entities written, each site on its own: docs never
    // cost the catalog.
    docs::DocsStore docsStore(store);
    for (const QString &ref : std::as_const(removedRefs))
        docsStore.removeSite(ref);
    if (!docsRefs.isEmpty()) {
        BackstageTechDocs techdocs(*client);
        int done = 0;
        for (const QString &ref : std::as_const(docsRefs)) {
            if (m_options.cancelled && m_options.cancelled())
                break;
            progress(++done, int(docsRefs.size()), QCoreApplication::translate("BackstageCatalogSync", "TechDocs"));
            QString problem;
            if (techdocs.storeSite(store, ref, &problem))
                ++report.docsSites;
            else if (!problem.isEmpty())
                report.notices << problem;
        }
    }
    if (report.written || report.removed) {
        QString why;
        if (!docs::SearchIndex(store).rebuildEntities(&why))
            qCWarning(lcBackstage) << "search index not rebuilt:" << why;
    }
    finish();
    qCInfo(lcBackstage).noquote() << "backstage" << m_source.name << ":" << report.read << "read," << report.written << "written,"
                        << report.unchanged << "unchanged," << report.removed << "removed in" << report.requests << "requests,"
                        << report.elapsedMs << "ms";
    return report;
}

} // namespace atrium
