// SPDX-License-Identifier: Apache-2.0
// Atrium as a client of an existing Backstage: its catalog as a source (paged,
// incremental), its scaffolder as the executor of its templates, its TechDocs,
// and its errors, against a local fake backend with the real API's shapes.
#include "backstagecatalog.h"
#include "backstageclient.h"
#include "backstagescaffolder.h"
#include "backstagetaskjob.h"
#include "backstagetechdocs.h"
#include "catalogstore.h"
#include "docsstore.h"
#include "fakebackstage.h"
#include "syncjob.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace atrium;
using namespace atrium::fake;

namespace {

const QByteArray kToken = "bs-static-token-0123456789";

QJsonObject component(const QString &name, const QString &owner = QStringLiteral("group:default/team-a"), const QJsonObject &annotations = {})
{
    QJsonObject md{{QStringLiteral("name"), name}, {QStringLiteral("namespace"), QStringLiteral("default")},
                   {QStringLiteral("description"), QStringLiteral("The %1 service").arg(name)}};
    if (!annotations.isEmpty())
        md.insert(QStringLiteral("annotations"), annotations);
    return QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("backstage.io/v1alpha1")},
                       {QStringLiteral("kind"), QStringLiteral("Component")},
                       {QStringLiteral("metadata"), md},
                       {QStringLiteral("spec"), QJsonObject{{QStringLiteral("type"), QStringLiteral("service")},
                                                            {QStringLiteral("lifecycle"), QStringLiteral("production")},
                                                            {QStringLiteral("owner"), owner}}},
                       {QStringLiteral("relations"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("ownedBy")},
                                                                            {QStringLiteral("targetRef"), owner}}}},
                       {QStringLiteral("status"), QJsonObject{{QStringLiteral("items"), QJsonArray()}}}};
}

QJsonObject templateEntity(const QString &name)
{
    return QJsonObject{
        {QStringLiteral("apiVersion"), QStringLiteral("scaffolder.backstage.io/v1beta3")},
        {QStringLiteral("kind"), QStringLiteral("Template")},
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("title"), QStringLiteral("A new service")}}},
        {QStringLiteral("spec"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("service")},
                     {QStringLiteral("owner"), QStringLiteral("group:default/team-a")},
                     {QStringLiteral("parameters"), QJsonArray{QJsonObject{{QStringLiteral("properties"), QJsonObject{{QStringLiteral("name"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}}}}}},
                     {QStringLiteral("steps"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("fetch")},
                                                                      {QStringLiteral("name"), QStringLiteral("Fetch skeleton")},
                                                                      {QStringLiteral("action"), QStringLiteral("fetch:template")}},
                                                          QJsonObject{{QStringLiteral("id"), QStringLiteral("publish")},
                                                                      {QStringLiteral("name"), QStringLiteral("Publish")},
                                                                      {QStringLiteral("action"), QStringLiteral("publish:github")}},
                                                          QJsonObject{{QStringLiteral("id"), QStringLiteral("register")},
                                                                      {QStringLiteral("name"), QStringLiteral("Register")},
                                                                      {QStringLiteral("action"), QStringLiteral("catalog:register")}}}}}}};
}

/** A JWT-shaped Backstage identity token for @p user (unsigned: the fake
 *  and Atrium only read its claims). */
QByteArray identityToken(const QString &user)
{
    const QByteArray header = QByteArray(kJwtHeader).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QByteArray payload = QJsonDocument(QJsonObject{{QStringLiteral("sub"), user}, {QStringLiteral("ent"), QJsonArray{user}}})
                                   .toJson(QJsonDocument::Compact)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return header + '.' + payload + ".c2lnbmF0dXJl";
}

} // namespace

class TestBackstage : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeBackstage> m_bs;
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_cache = 0;

    BackstageSource source() const
    {
        BackstageSource s;
        s.name = QStringLiteral("acme");
        s.baseUrl = m_bs->baseUrl();
        return s;
    }

    BackstageSyncReport read(CatalogStore &store, int pageSize = 100, const QByteArray &token = kToken)
    {
        BackstageCatalogSync::Options o;
        o.token = token;
        o.pageSize = pageSize;
        o.refsPerRequest = 50;
        return BackstageCatalogSync(source(), o).run(store);
    }

    void openCache(CatalogStore &store)
    {
        QVERIFY(store.open(m_dir->filePath(QStringLiteral("cache-%1.sqlite").arg(++m_cache))));
    }

    qint64 rowidOf(CatalogStore &store, const QString &ref)
    {
        QSqlQuery q(store.database());
        q.prepare(QStringLiteral("SELECT rowid FROM entities WHERE ref = ?"));
        q.addBindValue(ref);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }

    void fill(int n)
    {
        for (int i = 0; i < n; ++i)
            m_bs->putEntity(component(QStringLiteral("svc-%1").arg(i, 4, 10, QLatin1Char('0'))));
    }

    QString writeConfig(const QString &extra = {})
    {
        const QString path = m_dir->filePath(QStringLiteral("config-%1.yaml").arg(++m_cache));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(QStringLiteral("atrium:\n  backstage:\n    - name: acme\n      baseUrl: %1\n%2").arg(m_bs->baseUrl().toString(), extra).toUtf8());
        return path;
    }

    struct Run {
        int code = -1;
        QString out, err;
    };
    Run cli(const QStringList &args, const QByteArray &token = kToken)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ATRIUM_BACKSTAGE_TOKEN"), QString::fromLatin1(token));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("xdg-config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("xdg-data")));
        env.remove(QStringLiteral("ATRIUM_CACHE"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ATRIUM_BINARY), args);
        Run r;
        if (!p.waitForFinished(60000))
            return r;
        r.code = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("ATRIUM_BACKSTAGE_TOKEN", "");
    }

    void init()
    {
        m_bs = std::make_unique<FakeBackstage>();
        QVERIFY(m_bs->listen());
        m_bs->setToken(kToken);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup()
    {
        m_bs.reset();
        m_dir.reset();
    }

    // --- the catalog as a source -----------------------------------------

    void readsTheWholeCatalogWithCursorPaging()
    {
        fill(1234);
        CatalogStore store;
        openCache(store);
        const BackstageSyncReport r = read(store, 100);
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.read, 1234);
        QCOMPARE(r.written, 1234);
        QVERIFY(!r.incremental);
        QVERIFY(!r.fallback);
        // 13 pages of at most 100, and nothing else.
        QCOMPARE(m_bs->requestCount(QStringLiteral("GET /api/catalog/entities/by-query")), 13);
        QCOMPARE(m_bs->requestCount(), 13);
        QCOMPARE(r.requests, 13);
        QCOMPARE(store.entityCount(), 1234);
        // The first page asks with filter/order, the others only with the opaque cursor.
        const QList<FakeBackstageRequest> reqs = m_bs->requests();
        QCOMPARE(reqs.first().query, QStringLiteral("limit=100"));
        QVERIFY(reqs.at(1).query.contains(QStringLiteral("cursor=")));
        QVERIFY(!reqs.at(1).query.contains(QStringLiteral("orderField")));
        // The token goes in the header, never in a URL.
        for (const FakeBackstageRequest &q : reqs) {
            QCOMPARE(q.authorization, "Bearer " + kToken);
            QVERIFY(!q.query.contains(QString::fromLatin1(kToken)));
        }
        const QList<SourceInfo> sources = store.sources();
        QCOMPARE(sources.size(), 1);
        QCOMPARE(sources.first().id, QStringLiteral("backstage:acme"));
        QCOMPARE(sources.first().kind, QStringLiteral("backstage"));
        QCOMPARE(sources.first().entities, 1234);
        const auto e = store.entity(QStringLiteral("component:default/svc-0042"));
        QVERIFY(e);
        QCOMPARE(e->source, QStringLiteral("backstage:acme"));
        QCOMPARE(e->owner, QStringLiteral("group:default/team-a"));
        QVERIFY(e->file.startsWith(m_bs->baseUrl().toString() + QStringLiteral("/catalog/default/component/svc-0042")));
        // uid and etag are kept (incremental reads compare them); relations and status are not part of the document.
        QVERIFY(!e->data.value(u"metadata").toObject().value(u"etag").toString().isEmpty());
        QVERIFY(!e->data.contains(u"relations"));
        QVERIFY(!e->data.contains(u"status"));
    }

    void filtersGoToTheServer()
    {
        fill(30);
        m_bs->putEntity(templateEntity(QStringLiteral("new-service")));
        CatalogStore store;
        openCache(store);
        BackstageSource s = source();
        s.filters = {QStringLiteral("kind=template")};
        BackstageCatalogSync::Options o;
        o.token = kToken;
        const BackstageSyncReport r = BackstageCatalogSync(s, o).run(store);
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.read, 1);
        QCOMPARE(store.entityCount(), 1);
        QVERIFY(m_bs->requests().first().query.contains(QStringLiteral("filter=kind=template")));
    }

    void fallsBackOnOlderBackends()
    {
        fill(250);
        m_bs->setOldBackend(true);
        CatalogStore store;
        openCache(store);
        const BackstageSyncReport r = read(store, 100);
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QVERIFY(r.fallback);
        QCOMPARE(r.read, 250);
        QCOMPARE(store.entityCount(), 250);
        QCOMPARE(m_bs->requestCount(QStringLiteral("by-query")), 1);
        // offset 0, 100, 200: the last page is short.
        QCOMPARE(m_bs->requestCount(QStringLiteral("GET /api/catalog/entities")), 1 + 3);
        QCOMPARE(r.notices.size(), 1);
        QVERIFY2(r.notices.first().contains(QStringLiteral("/api/catalog/entities/by-query (added in Backstage 1.12)")), qPrintable(r.notices.first()));
        QVERIFY(r.notices.first().contains(QStringLiteral("falling back"), Qt::CaseInsensitive));
    }

    void incrementalRefreshRewritesOnlyWhatChanged()
    {
        fill(500);
        CatalogStore store;
        openCache(store);
        QVERIFY(read(store).ok());
        const qint64 untouched = rowidOf(store, QStringLiteral("component:default/svc-0001"));
        const qint64 touched = rowidOf(store, QStringLiteral("component:default/svc-0002"));
        QVERIFY(untouched > 0 && touched > 0);

        // Nothing changed: the thin listing only, nothing written.
        m_bs->clearRequests();
        BackstageSyncReport r = read(store);
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QVERIFY(r.incremental);
        QCOMPARE(r.unchanged, 500);
        QCOMPARE(r.read, 0);
        QCOMPARE(r.written, 0);
        QCOMPARE(m_bs->requestCount(), 5);
        QVERIFY(m_bs->requests().first().query.contains(QStringLiteral("fields=kind,metadata.namespace,metadata.name,metadata.uid,metadata.etag")));

        // Three changed, one gone, one new: five pages, one by-refs.
        m_bs->touchEntity(QStringLiteral("component:default/svc-0002"));
        m_bs->touchEntity(QStringLiteral("component:default/svc-0100"));
        m_bs->touchEntity(QStringLiteral("component:default/svc-0499"));
        m_bs->removeEntity(QStringLiteral("component:default/svc-0003"));
        m_bs->putEntity(component(QStringLiteral("brand-new")));
        m_bs->clearRequests();
        r = read(store);
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.unchanged, 496);
        QCOMPARE(r.read, 4);
        QCOMPARE(r.written, 4);
        QCOMPARE(r.removed, 1);
        QCOMPARE(m_bs->requestCount(QStringLiteral("by-query")), 5);
        QCOMPARE(m_bs->requestCount(QStringLiteral("POST /api/catalog/entities/by-refs")), 1);
        QCOMPARE(m_bs->requestCount(), 6);
        QCOMPARE(m_bs->requests().last().body.value(u"entityRefs").toArray().size(), 4);
        QCOMPARE(store.entityCount(), 500);
        QVERIFY(!store.entity(QStringLiteral("component:default/svc-0003")));
        QVERIFY(store.entity(QStringLiteral("component:default/brand-new")));
        QVERIFY(store.entity(QStringLiteral("component:default/svc-0002"))->description.endsWith(QStringLiteral("(changed)")));
        // Rows of unchanged entities were not rewritten; changed ones were.
        QCOMPARE(rowidOf(store, QStringLiteral("component:default/svc-0001")), untouched);
        QVERIFY(rowidOf(store, QStringLiteral("component:default/svc-0002")) != touched);
        QCOMPARE(store.sources().first().entities, 500);
        // Relations of rewritten entities are there once.
        QCOMPARE(store.relations(QStringLiteral("component:default/svc-0002")).size(), 1);
    }

    void incrementalWithoutByRefsReadsByName()
    {
        fill(20);
        CatalogStore store;
        openCache(store);
        QVERIFY(read(store).ok());
        m_bs->setOldBackend(true, true);
        m_bs->touchEntity(QStringLiteral("component:default/svc-0004"));
        m_bs->clearRequests();
        const BackstageSyncReport r = read(store);
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.written, 1);
        QCOMPARE(m_bs->requestCount(QStringLiteral("by-name/component/default/svc-0004")), 1);
        QVERIFY(r.notices.join(u' ').contains(QStringLiteral("by-refs (added in Backstage 1.3)")));
    }

    void relationsAndStatusItemsReachTheCache()
    {
        QJsonObject api = component(QStringLiteral("orders"));
        QJsonArray rels = api.value(u"relations").toArray();
        rels << QJsonObject{{QStringLiteral("type"), QStringLiteral("providesApi")}, {QStringLiteral("targetRef"), QStringLiteral("api:default/orders-api")}};
        rels << QJsonObject{{QStringLiteral("type"), QStringLiteral("dependencyOf")}, {QStringLiteral("targetRef"), QStringLiteral("component:default/web")}};
        api.insert(QStringLiteral("relations"), rels);
        api.insert(QStringLiteral("status"),
                   QJsonObject{{QStringLiteral("items"),
                                QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("backstage.io/catalog-processing")},
                                                       {QStringLiteral("level"), QStringLiteral("error")},
                                                       {QStringLiteral("message"), QStringLiteral("InputError: Policy check failed; expected spec.type")},
                                                       {QStringLiteral("error"), QJsonObject{{QStringLiteral("name"), QStringLiteral("InputError")},
                                                                                             {QStringLiteral("message"), QStringLiteral("Policy check failed")}}}},
                                           QJsonObject{{QStringLiteral("level"), QStringLiteral("info")}, {QStringLiteral("message"), QStringLiteral("fine")}}}}});
        m_bs->putEntity(api);
        QJsonObject group{{QStringLiteral("apiVersion"), QStringLiteral("backstage.io/v1alpha1")},
                          {QStringLiteral("kind"), QStringLiteral("Group")},
                          {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("team-a")}}},
                          {QStringLiteral("spec"), QJsonObject{{QStringLiteral("type"), QStringLiteral("team")}, {QStringLiteral("children"), QJsonArray()}}},
                          {QStringLiteral("relations"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("ownerOf")},
                                                                               {QStringLiteral("targetRef"), QStringLiteral("component:default/orders")}}}}};
        m_bs->putEntity(group);
        CatalogStore store;
        openCache(store);
        const BackstageSyncReport r = read(store);
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.problems, 1);
        const auto orders = store.entity(QStringLiteral("component:default/orders"));
        QVERIFY(orders);
        QVERIFY(orders->relations.contains(Relation{QStringLiteral("ownedBy"), QStringLiteral("group:default/team-a")}));
        QVERIFY(orders->relations.contains(Relation{QStringLiteral("providesApi"), QStringLiteral("api:default/orders-api")}));
        QVERIFY(orders->relations.contains(Relation{QStringLiteral("dependencyOf"), QStringLiteral("component:default/web")}));
        const auto team = store.entity(QStringLiteral("group:default/team-a"));
        QVERIFY(team->relations.contains(Relation{QStringLiteral("ownerOf"), QStringLiteral("component:default/orders")}));
        const Diagnostics problems = store.diagnostics(QStringLiteral("backstage:acme"));
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().isError());
        QCOMPARE(problems.first().entityRef, QStringLiteral("component:default/orders"));
        QVERIFY2(problems.first().message.contains(QStringLiteral("Policy check failed")), qPrintable(problems.first().message));
        QCOMPARE(store.sources().first().errors, 1);

        // Fixed on the backend: the problem goes with the next incremental read.
        api.insert(QStringLiteral("status"), QJsonObject{{QStringLiteral("items"), QJsonArray()}});
        m_bs->putEntity(api);
        QVERIFY(read(store).ok());
        QCOMPARE(store.diagnostics(QStringLiteral("backstage:acme")).size(), 0);
        QCOMPARE(store.sources().first().errors, 0);
        QVERIFY(store.entity(QStringLiteral("group:default/team-a"))->relations.contains(
            Relation{QStringLiteral("ownerOf"), QStringLiteral("component:default/orders")}));
    }

    void sideBySideWithALocalSource()
    {
        fill(10);
        // A local folder: two entities, one of them also in Backstage.
        QDir(m_dir->path()).mkpath(QStringLiteral("local"));
        QFile f(m_dir->filePath(QStringLiteral("local/catalog-info.yaml")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: local-only\nspec:\n  type: service\n  lifecycle: production\n  owner: team-a\n"
                "---\napiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: svc-0001\nspec:\n  type: service\n  lifecycle: production\n  owner: team-b\n");
        f.close();
        SyncConfig config;
        config.localPaths << m_dir->filePath(QStringLiteral("local"));
        config.backstage << source();
        SyncJob::Options o;
        o.backstageToken = [](const QUrl &) { return kToken; };
        CatalogStore store;
        openCache(store);
        const SyncReport r = SyncJob(config, o).run(store);
        QVERIFY2(r.ok(), qPrintable(r.fatal));
        QCOMPARE(r.backstage.size(), 1);
        QVERIFY(r.backstage.first().ok());
        // Both sources' entities; the one both have stays with the first writer.
        QCOMPARE(store.entityCount(), 11);
        QCOMPARE(store.entity(QStringLiteral("component:default/local-only"))->source.left(5), QStringLiteral("file:"));
        QCOMPARE(store.entity(QStringLiteral("component:default/svc-0002"))->source, QStringLiteral("backstage:acme"));
        QVERIFY(store.entity(QStringLiteral("component:default/svc-0001"))->source.startsWith(QStringLiteral("file:")));
        bool conflict = false;
        for (const Diagnostic &d : store.diagnostics(QStringLiteral("backstage:acme")))
            conflict = conflict || d.message.contains(QStringLiteral("conflicting entity component:default/svc-0001"));
        QVERIFY(conflict);

        // Removing one source keeps the other.
        const QString localId = store.entity(QStringLiteral("component:default/local-only"))->source;
        QVERIFY(store.removeSource(localId));
        QCOMPARE(store.entityCount(), 9);
        QVERIFY(store.entity(QStringLiteral("component:default/svc-0002")));
        QVERIFY(store.removeSource(QStringLiteral("backstage:acme")));
        QCOMPARE(store.entityCount(), 0);
    }

    // --- errors ------------------------------------------------------------

    void authenticationFailureLeavesTheCache()
    {
        fill(5);
        CatalogStore store;
        openCache(store);
        QVERIFY(read(store).ok());
        m_bs->touchEntity(QStringLiteral("component:default/svc-0001"));
        const BackstageSyncReport r = read(store, 100, "wrong-token-abcdef");
        QCOMPARE(r.error.kind, BackstageError::Unauthorized);
        QCOMPARE(r.error.name, QStringLiteral("AuthenticationError"));
        QVERIFY2(r.error.message.contains(QStringLiteral("did not accept the token")), qPrintable(r.error.message));
        QVERIFY(!r.error.message.contains(QStringLiteral("wrong-token-abcdef")));
        QVERIFY(!r.error.detail.contains(QStringLiteral("wrong-token-abcdef")));
        QCOMPARE(store.entityCount(), 5);
        const BackstageSyncReport none = read(store, 100, QByteArray());
        QVERIFY(none.error.message.contains(QStringLiteral("atrium auth login --backstage")));
    }

    void permissionDenialNamesTheAction()
    {
        fill(5);
        m_bs->denyPermission(QStringLiteral("GET /api/catalog/entities"));
        CatalogStore store;
        openCache(store);
        const BackstageSyncReport r = read(store);
        QCOMPARE(r.error.kind, BackstageError::PermissionDenied);
        QCOMPARE(r.error.name, QStringLiteral("NotAllowedError"));
        QVERIFY2(r.error.message.contains(QStringLiteral("permission framework does not allow you to read the catalog")), qPrintable(r.error.message));
        QCOMPARE(store.entityCount(), 0);
        QVERIFY(store.sources().isEmpty());
    }

    void failedPagingMidwayWritesNothing()
    {
        // Pages are read up to two ahead of the write: the denial lands a few pages on.
        fill(1000);
        CatalogStore store;
        openCache(store);
        QVERIFY(read(store, 100).ok());
        // A fresh full read that fails on its second page keeps the previous catalog.
        BackstageSource s = source();
        BackstageCatalogSync::Options o;
        o.token = kToken;
        o.pageSize = 100;
        o.full = true;
        int pages = 0;
        o.progress = [&](int, int, const QString &) {
            if (++pages == 2)
                m_bs->denyPermission(QStringLiteral("by-query"));
        };
        m_bs->touchEntity(QStringLiteral("component:default/svc-0001"));
        const BackstageSyncReport r = BackstageCatalogSync(s, o).run(store);
        QCOMPARE(r.error.kind, BackstageError::PermissionDenied);
        QCOMPARE(store.entityCount(), 1000);
        QVERIFY(!store.entity(QStringLiteral("component:default/svc-0001"))->description.contains(QStringLiteral("changed")));
    }

    void missingScaffolderEndpointsNameTheVersion()
    {
        m_bs->setOldBackend(true);
        BackstageClient client(m_bs->baseUrl(), kToken);
        BackstageScaffolder scaffolder(client);
        BackstageError e;
        scaffolder.listTasks({}, &e);
        QCOMPARE(e.kind, BackstageError::MissingEndpoint);
        QVERIFY2(e.message.contains(QStringLiteral("/api/scaffolder/v2/tasks (added in Backstage 1.6)")), qPrintable(e.message));
        e = {};
        QVERIFY(!scaffolder.cancel(QStringLiteral("task-1"), &e));
        QCOMPARE(e.kind, BackstageError::MissingEndpoint);
        QVERIFY(e.message.contains(QStringLiteral("Backstage 1.12")));
        // A NotFoundError about a thing is not a missing endpoint.
        m_bs->setOldBackend(false);
        e = {};
        scaffolder.task(QStringLiteral("no-such-task"), &e);
        QCOMPARE(e.kind, BackstageError::NotFound);
        QCOMPARE(e.name, QStringLiteral("NotFoundError"));
    }

    // --- the scaffolder as executor ------------------------------------------

    void runsATaskAndFollowsItsEventStream()
    {
        m_bs->putEntity(templateEntity(QStringLiteral("new-service")));
        m_bs->setStepMs(30);
        BackstageClient client(m_bs->baseUrl(), kToken);
        BackstageScaffolder scaffolder(client);
        BackstageError e;
        const QString id = scaffolder.createTask(QStringLiteral("template:default/new-service"), QJsonObject{{QStringLiteral("name"), QStringLiteral("payments")}}, {}, &e);
        QVERIFY2(!id.isEmpty(), qPrintable(e.message));
        QStringList seen;
        const BackstageTaskOutcome o = scaffolder.follow(id, [&](const BackstageTaskEvent &ev) {
            seen << ev.type + u':' + ev.stepId + u':' + ev.stepStatus;
        });
        QVERIFY(!o.requestError.isError());
        QCOMPARE(o.status, QStringLiteral("completed"));
        QVERIFY(!o.polled);
        QVERIFY(seen.contains(QStringLiteral("log:fetch:processing")));
        QVERIFY(seen.contains(QStringLiteral("log:register:completed")));
        QCOMPARE(seen.last(), QStringLiteral("completion::"));
        QCOMPARE(o.output.value(u"links").toArray().first().toObject().value(u"url").toString(), QStringLiteral("https://github.com/acme/payments"));
        QCOMPARE(m_bs->requestCount(QStringLiteral("/eventstream")), 1);
        QCOMPARE(m_bs->requestCount(QStringLiteral("/events")), 1); // eventstream only
        const QJsonObject posted = m_bs->requests().first().body;
        QCOMPARE(posted.value(u"templateRef").toString(), QStringLiteral("template:default/new-service"));
        QCOMPARE(posted.value(u"values").toObject().value(u"name").toString(), QStringLiteral("payments"));
    }

    void pollsWhenThereIsNoEventStream()
    {
        m_bs->putEntity(templateEntity(QStringLiteral("new-service")));
        m_bs->setStepMs(20);
        m_bs->setEventStream(false);
        BackstageClient client(m_bs->baseUrl(), kToken);
        BackstageScaffolder scaffolder(client);
        scaffolder.pollIntervalMs = 20;
        BackstageError e;
        const QString id = scaffolder.createTask(QStringLiteral("template:default/new-service"), {}, {}, &e);
        int events = 0;
        const BackstageTaskOutcome o = scaffolder.follow(id, [&](const BackstageTaskEvent &) { ++events; });
        QVERIFY(o.polled);
        QCOMPARE(o.status, QStringLiteral("completed"));
        QCOMPARE(events, 10); // 3 steps x 3 events, and the completion: each once
        QVERIFY(m_bs->requestCount(QStringLiteral("/events")) >= 2);
        bool resumed = false;
        for (const FakeBackstageRequest &r : m_bs->requests())
            resumed = resumed || (r.path.endsWith(QStringLiteral("/events")) && r.query.startsWith(QStringLiteral("after=")));
        QVERIFY(resumed);
    }

    void aFailedStepFailsTheTask()
    {
        m_bs->putEntity(templateEntity(QStringLiteral("new-service")));
        m_bs->setStepMs(20);
        BackstageClient client(m_bs->baseUrl(), kToken);
        BackstageScaffolder scaffolder(client);
        BackstageError e;
        const QString id = scaffolder.createTask(QStringLiteral("template:default/new-service"), QJsonObject{{QStringLiteral("fail"), true}}, {}, &e);
        const BackstageTaskOutcome o = scaffolder.follow(id, {});
        QCOMPARE(o.status, QStringLiteral("failed"));
        QVERIFY2(o.error.contains(QStringLiteral("repository already exists")), qPrintable(o.error));
    }

    void theTaskJobRunsCancelsAndDryRuns()
    {
        m_bs->putEntity(templateEntity(QStringLiteral("new-service")));
        m_bs->setStepMs(30);
        CreateTaskRequest request;
        request.templateRef = QStringLiteral("template:default/new-service");
        request.templateEntity = templateEntity(QStringLiteral("new-service"));
        request.parameters = QJsonObject{{QStringLiteral("name"), QStringLiteral("billing")}};
        const QUrl base = m_bs->baseUrl();
        {
            BackstageTaskJob job(request, base, [] { return kToken; });
            QCOMPARE(job.stepNames(), (QStringList{QStringLiteral("Fetch skeleton"), QStringLiteral("Publish"), QStringLiteral("Register")}));
            QSignalSpy steps(&job, &CreateTaskJob::stepChanged);
            QSignalSpy logs(&job, &CreateTaskJob::logLine);
            QSignalSpy done(&job, &CreateTaskJob::finished);
            job.start();
            QVERIFY(done.wait(10000));
            const CreateTaskResult result = done.first().first().value<CreateTaskResult>();
            QCOMPARE(result.status, QStringLiteral("completed"));
            QVERIFY(!result.taskId.isEmpty());
            QCOMPARE(result.links.size(), 2);
            QCOMPARE(result.links.first().url, QStringLiteral("https://github.com/acme/billing"));
            QCOMPARE(result.links.at(1).entityRef, QStringLiteral("component:default/billing"));
            QCOMPARE(result.texts.first().first, QStringLiteral("Next steps"));
            bool registerDone = false;
            for (const QList<QVariant> &s : steps)
                registerDone = registerDone || (s.at(0).toInt() == 2 && s.at(1).value<CreateTaskJob::StepState>() == CreateTaskJob::StepState::Completed);
            QVERIFY(registerDone);
            bool stepLog = false;
            for (const QList<QVariant> &l : logs)
                stepLog = stepLog || (l.at(0).toInt() == 1 && l.at(1).toString().contains(QStringLiteral("publish:github: working on billing")));
            QVERIFY(stepLog);
        }
        {
            m_bs->setStepMs(400);
            BackstageTaskJob job(request, base, [] { return kToken; });
            QSignalSpy steps(&job, &CreateTaskJob::stepChanged);
            QSignalSpy done(&job, &CreateTaskJob::finished);
            job.start();
            QTRY_VERIFY_WITH_TIMEOUT(!steps.isEmpty(), 5000); // the first step runs
            job.cancel();
            QVERIFY(done.wait(10000));
            const CreateTaskResult result = done.first().first().value<CreateTaskResult>();
            QCOMPARE(result.status, QStringLiteral("cancelled"));
            QCOMPARE(m_bs->requestCount(QStringLiteral("/cancel")), 1);
            bool stepCancelled = false;
            for (const QList<QVariant> &s : steps)
                stepCancelled = stepCancelled || s.at(1).value<CreateTaskJob::StepState>() == CreateTaskJob::StepState::Cancelled;
            QVERIFY(stepCancelled);
            QCOMPARE(m_bs->tasks().last().value(u"status").toString(), QStringLiteral("cancelled"));
        }
        {
            request.dryRun = true;
            BackstageTaskJob job(request, base, [] { return kToken; });
            QSignalSpy done(&job, &CreateTaskJob::finished);
            job.start();
            QVERIFY(done.wait(10000));
            const CreateTaskResult result = done.first().first().value<CreateTaskResult>();
            QCOMPARE(result.status, QStringLiteral("completed"));
            QCOMPARE(result.files.size(), 2);
            QCOMPARE(result.files.first().path, QStringLiteral("README.md"));
            QCOMPARE(result.files.first().content, QByteArray("# billing\n"));
            QVERIFY(result.files.at(1).executable);
            QCOMPARE(m_bs->dryRuns().size(), 1);
            QCOMPARE(m_bs->dryRuns().first().value(u"template").toObject().value(u"kind").toString(), QStringLiteral("Template"));
            QCOMPARE(m_bs->tasks().size(), 2); // a dry run makes no task
        }
    }

    void theFactoryPicksTheExecutorBySource()
    {
        m_bs->putEntity(templateEntity(QStringLiteral("new-service")));
        CatalogStore store;
        openCache(store);
        QVERIFY(read(store).ok());
        const QString cache = store.path();
        const QString config = writeConfig();
        int local = 0;
        const CreateTaskFactory fallback = [&](const CreateTaskRequest &, QString *) -> CreateTaskJob * {
            ++local;
            return nullptr;
        };
        const CreateTaskFactory factory = backstageTaskFactory([config] { return config; }, [cache] { return cache; },
                                                               [](const QUrl &) { return kToken; }, fallback);
        CreateTaskRequest request;
        request.templateRef = QStringLiteral("template:default/new-service");
        request.templateEntity = templateEntity(QStringLiteral("new-service"));
        QString why;
        std::unique_ptr<CreateTaskJob> job(factory(request, &why));
        QVERIFY(qobject_cast<BackstageTaskJob *>(job.get()));
        QCOMPARE(local, 0);
        request.templateRef = QStringLiteral("template:default/a-local-one");
        job.reset(factory(request, &why));
        QVERIFY(!job);
        QCOMPARE(local, 1);
    }

    void listsTheUsersTasks()
    {
        m_bs->putEntity(templateEntity(QStringLiteral("new-service")));
        m_bs->setToken({});
        BackstageClient alice(m_bs->baseUrl(), identityToken(QStringLiteral("user:default/alice")));
        BackstageClient bob(m_bs->baseUrl(), identityToken(QStringLiteral("user:default/bob")));
        BackstageError e;
        BackstageScaffolder(alice).createTask(QStringLiteral("template:default/new-service"), {}, {}, &e);
        BackstageScaffolder(bob).createTask(QStringLiteral("template:default/new-service"), {}, {}, &e);
        BackstageScaffolder(alice).createTask(QStringLiteral("template:default/new-service"), {}, {}, &e);
        QCOMPARE(BackstageScaffolder::userFromToken(identityToken(QStringLiteral("user:default/alice"))), QStringLiteral("user:default/alice"));
        QCOMPARE(BackstageScaffolder::userFromToken(kToken), QString());
        const QList<BackstageTaskSummary> mine = BackstageScaffolder(alice).listTasks(QStringLiteral("user:default/alice"), &e);
        QCOMPARE(mine.size(), 2);
        QCOMPARE(mine.first().templateRef, QStringLiteral("template:default/new-service"));
        QVERIFY(m_bs->requests().last().query.contains(QStringLiteral("createdBy=user:default/alice")));
        QCOMPARE(BackstageScaffolder(alice).listTasks({}, &e).size(), 3);
    }

    // --- TechDocs ------------------------------------------------------------

    void htmlBecomesSafeMarkdown()
    {
        QString title;
        const QString md = techDocsHtmlToMarkdown(QString::fromUtf8(kIndexHtml), &title);
        QCOMPARE(title, QStringLiteral("Welcome"));
        QVERIFY2(md.startsWith(QStringLiteral("# Welcome\n")), qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("The **orders** service takes *orders* & more. See the [setup guide](guide/index.md).")));
        QVERIFY(md.contains(QStringLiteral("![Logo](img/logo.png)")));
        QVERIFY(md.contains(QStringLiteral("```python\nprint(\"hi <3\")\n```")));
        QVERIFY(md.contains(QStringLiteral("| Name | Value |\n| --- | --- |\n| port | 8080 |")));
        QVERIFY(md.contains(QStringLiteral("!!! warning \"Careful\"\n    Do not page on weekends.")));
        QVERIFY(md.contains(QStringLiteral("- one\n- two `x`")));
        for (const char *gone : {"alert", "color:red", "iframe", "evil.example", "Site navigation", "Made with Material", "<p", "<a", "<div", "<span", "¶", "input"})
            QVERIFY2(!md.contains(QLatin1String(gone)), gone);
    }

    void readsBuiltTechDocsIntoTheCache()
    {
        const QString ref = QStringLiteral("component:default/orders");
        m_bs->putEntity(component(QStringLiteral("orders"), QStringLiteral("group:default/team-a"),
                                  QJsonObject{{QStringLiteral("backstage.io/techdocs-ref"), QStringLiteral("dir:.")}}));
        m_bs->putEntity(component(QStringLiteral("no-docs-built"), QStringLiteral("group:default/team-a"),
                                  QJsonObject{{QStringLiteral("backstage.io/techdocs-ref"), QStringLiteral("dir:.")}}));
        QByteArray png("\x89PNG\r\n\x1a\n", 8);
        png += QByteArray(40, 'x');
        m_bs->putTechDocs(ref,
                          QJsonObject{{QStringLiteral("site_name"), QStringLiteral("Orders")},
                                      {QStringLiteral("site_description"), QStringLiteral("How orders work")},
                                      {QStringLiteral("etag"), QStringLiteral("abc")},
                                      {QStringLiteral("files"), QJsonArray{QStringLiteral("index.html"), QStringLiteral("guide/index.html"),
                                                                         QStringLiteral("img/logo.png"), QStringLiteral("assets/javascripts/bundle.js"),
                                                                         QStringLiteral("404.html")}}},
                          {{QStringLiteral("index.html"), QByteArray(kIndexHtml)},
                           {QStringLiteral("guide/index.html"), QByteArray(kGuideHtml)},
                           {QStringLiteral("img/logo.png"), png},
                           {QStringLiteral("404.html"), QByteArray("<h1>404</h1>")}});
        CatalogStore store;
        openCache(store);
        const BackstageSyncReport r = read(store);
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.docsSites, 1);
        QVERIFY2(r.notices.join(u'\n').contains(QStringLiteral("component:default/no-docs-built are not built")), qPrintable(r.notices.join(u'\n')));
        docs::DocsStore docs(store);
        const auto site = docs.site(ref);
        QVERIFY(site);
        QCOMPARE(site->name(), QStringLiteral("Orders"));
        QCOMPARE(site->pages(), (QStringList{QStringLiteral("index.md"), QStringLiteral("guide/index.md")}));
        QCOMPARE(site->pageTitle(QStringLiteral("guide/index.md")), QStringLiteral("Setup guide"));
        QVERIFY(docs.pageMarkdown(ref, QStringLiteral("index.md"))->startsWith(QStringLiteral("# Welcome")));
        QVERIFY(!docs.pageMarkdown(ref, QStringLiteral("guide/index.md"))->contains(QStringLiteral("steal")));
        QCOMPARE(docs.asset(ref, QStringLiteral("img/logo.png")), png);
        const auto page = docs.page(ref, QStringLiteral("index.md"));
        QVERIFY(page);
        QString html;
        for (const docs::Block &b : page->blocks)
            html += b.html;
        QVERIFY2(html.contains(QStringLiteral("atrium-doc:guide/index.md")), qPrintable(html));
        const auto guide = docs.page(ref, QStringLiteral("guide/index.md"));
        QString guideHtml;
        for (const docs::Block &b : guide->blocks)
            guideHtml += b.html;
        QVERIFY2(guideHtml.contains(QStringLiteral("atrium-doc:index.md")), qPrintable(guideHtml));
        QCOMPARE(guide->toc.size(), 2);
        // The static site was read with the token, file by file: no 404 page, no scripts.
        QCOMPARE(m_bs->requestCount(QStringLiteral("/static/docs/default/component/orders/")), 3);
        QCOMPARE(m_bs->requestCount(QStringLiteral("/metadata/techdocs/default/component/orders")), 1);
    }

    // --- the command line --------------------------------------------------

    void commandLineSyncRunTasksAndAuth()
    {
        fill(120);
        m_bs->putEntity(templateEntity(QStringLiteral("new-service")));
        m_bs->setStepMs(20);
        const QString config = writeConfig();
        const QString cache = m_dir->filePath(QStringLiteral("cli.sqlite"));
        Run r = cli({QStringLiteral("sync"), QStringLiteral("--config"), config, QStringLiteral("--cache"), cache});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Backstage backstage:acme: 121 entities listed, 121 read, 121 written, 0 unchanged, 0 removed")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Backstage backstage:acme: 1 requests")));
        QVERIFY(!r.out.contains(QString::fromLatin1(kToken)) && !r.err.contains(QString::fromLatin1(kToken)));
        r = cli({QStringLiteral("sync"), QStringLiteral("--config"), config, QStringLiteral("--cache"), cache});
        QVERIFY2(r.out.contains(QStringLiteral("0 read, 0 written, 121 unchanged, 0 removed (incremental")), qPrintable(r.out));

        const QString values = m_dir->filePath(QStringLiteral("values.json"));
        QFile vf(values);
        QVERIFY(vf.open(QIODevice::WriteOnly));
        vf.write(kShippingValues);
        vf.close();
        r = cli({QStringLiteral("template"), QStringLiteral("run"), QStringLiteral("template:default/new-service"), QStringLiteral("--values"), values,
                 QStringLiteral("--cache"), cache, QStringLiteral("--config"), config});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY(r.out.contains(QStringLiteral("Running template:default/new-service on ") + m_bs->baseUrl().toString()));
        QVERIFY(r.out.contains(QStringLiteral("[1/3] Fetch skeleton\n")));
        QVERIFY(r.out.contains(QStringLiteral("    publish:github: working on shipping\n")));
        QVERIFY(r.out.contains(QStringLiteral("[3/3] Register: completed\n")));
        QVERIFY(r.out.contains(QStringLiteral("  Repository: https://github.com/acme/shipping\n")));
        QVERIFY(r.out.endsWith(QStringLiteral("Completed\n")));
        QCOMPARE(m_bs->tasks().size(), 1);

        r = cli({QStringLiteral("template"), QStringLiteral("run"), QStringLiteral("template:default/new-service"), QStringLiteral("--values"), values,
                 QStringLiteral("--cache"), cache, QStringLiteral("--config"), config, QStringLiteral("--dry-run")});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY(r.out.contains(QStringLiteral("Dry run of template:default/new-service")));
        QVERIFY(r.out.contains(QStringLiteral("  scripts/run.sh (executable)")));
        QCOMPARE(m_bs->tasks().size(), 1);
        QCOMPARE(m_bs->dryRuns().size(), 1);

        r = cli({QStringLiteral("template"), QStringLiteral("tasks"), QStringLiteral("--config"), config, QStringLiteral("--all")});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY(r.out.contains(QStringLiteral("task-1")));
        QVERIFY(r.out.contains(QStringLiteral("completed")));

        // Errors, as the command line says them.
        r = cli({QStringLiteral("sync"), QStringLiteral("--config"), config, QStringLiteral("--cache"), cache}, "bad-token");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("did not accept the token")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("Its previous entities are kept.")));
        m_bs->denyPermission(QStringLiteral("POST /api/scaffolder/v2/tasks"));
        r = cli({QStringLiteral("template"), QStringLiteral("run"), QStringLiteral("template:default/new-service"), QStringLiteral("--values"), values,
                 QStringLiteral("--cache"), cache, QStringLiteral("--config"), config});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("does not allow you to run the template template:default/new-service")), qPrintable(r.err));
        r = cli({QStringLiteral("auth"), QStringLiteral("login"), QStringLiteral("--backstage"), QStringLiteral("http://backstage.example.com")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("https")));
        r = cli({QStringLiteral("auth"), QStringLiteral("status"), QStringLiteral("--backstage"), m_bs->baseUrl().toString()});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Signed in to Backstage at %1 with a static token").arg(m_bs->baseUrl().toString())));
        r = cli({QStringLiteral("auth"), QStringLiteral("status"), QStringLiteral("--backstage"), m_bs->baseUrl().toString()}, "nope-nope");
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("did not accept the token")));

        // With an identity token, "tasks" are the user's own.
        m_bs->setToken({});
        m_bs->clearDenials();
        const QByteArray alice = identityToken(QStringLiteral("user:default/alice"));
        r = cli({QStringLiteral("template"), QStringLiteral("run"), QStringLiteral("template:default/new-service"), QStringLiteral("--values"), values,
                 QStringLiteral("--cache"), cache, QStringLiteral("--config"), config}, alice);
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        r = cli({QStringLiteral("template"), QStringLiteral("tasks"), QStringLiteral("--config"), config}, alice);
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(QStringLiteral("tasks of user:default/alice")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("task-2")));
        QVERIFY(!r.out.contains(QStringLiteral("task-1 ")));
        QVERIFY(r.err.contains(QStringLiteral("1 task")));
    }

    void configReadsBackstageSources()
    {
        Diagnostics problems;
        SyncConfig c = SyncConfig::parse("atrium:\n  backstage:\n    - name: corp\n      baseUrl: https://backstage.corp.example/\n"
                                         "      filter: [kind=component, kind=template]\n      docs: false\n      token: nope\n",
                                         QStringLiteral("c.yaml"), &problems);
        QCOMPARE(c.backstage.size(), 1);
        QCOMPARE(c.backstage.first().sourceId(), QStringLiteral("backstage:corp"));
        QCOMPARE(c.backstage.first().baseUrl, QUrl(QStringLiteral("https://backstage.corp.example")));
        QCOMPARE(c.backstage.first().filters.size(), 2);
        QVERIFY(!c.backstage.first().readDocs);
        QCOMPARE(countErrors(problems), 0);
        QCOMPARE(problems.size(), 1); // the token is not read from the file
        QVERIFY(problems.first().message.contains(QStringLiteral("ATRIUM_BACKSTAGE_TOKEN")));
        problems.clear();
        c = SyncConfig::parse("atrium:\n  backstage:\n    - name: x\n      baseUrl: http://backstage.corp.example\n", QStringLiteral("c.yaml"), &problems);
        QCOMPARE(countErrors(problems), 1);
        QCOMPARE(problems.first().line, 4);
    }
};

QTEST_GUILESS_MAIN(TestBackstage)
#include "tst_backstage.moc"
