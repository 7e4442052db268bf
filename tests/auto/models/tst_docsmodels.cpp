// SPDX-License-Identifier: Apache-2.0
// The Docs models and controller on the demo organisation: importing the
// demo stores its docs and makes them searchable; the home, search and
// palette models pass QAbstractItemModelTester; DocsController navigates
// links, anchors and history, and reports a missing page.
#include "appcontroller.h"
#include "catalogstore.h"
#include "docscontroller.h"
#include "docsimageprovider.h"
#include "docsmodels.h"
#include "docsstore.h"
#include "importer.h"
#include "mkdocssite.h"
#include "palettemodel.h"
#include "searchindex.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace atrium;
using Tester = QAbstractItemModelTester;

class TestDocsModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void demoImportStoresDocs();
    void localImportStoresDocs();
    void homeModel();
    void searchModel();
    void paletteMergesDocHits();
    void controllerNavigates();
    void controllerMissingPage();
    void assetsRewritten();
    void imagesFromTheCache();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppController> m_app;
    const QString m_order = QStringLiteral("component:default/order-service");
};

void TestDocsModels::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_app = std::make_unique<AppController>(nullptr, m_dir.path());
    m_app->setLinksEnabled(false);
    m_app->openDemo();
    QVERIFY(m_app->waitForLoaded(60000));
}

void TestDocsModels::demoImportStoresDocs()
{
    CatalogStore store;
    QVERIFY(store.open(m_app->cachePath()));
    docs::DocsStore docsStore(store);
    const QStringList refs = docsStore.entityRefs();
    QVERIFY2(refs.contains(m_order), qPrintable(refs.join(u", ")));
    QVERIFY(refs.size() >= 5);
    const auto site = docsStore.site(m_order);
    QVERIFY(site);
    QVERIFY(site->hasPage(QStringLiteral("runbook.md")));
    // The runbook is searchable right after openDemo(), its exact title first.
    docs::SearchIndex index(store);
    index.setAutoRebuild(false);
    QVERIFY(!index.entitiesStale());
    const auto hits = index.search(QStringLiteral("Order Service Operations Runbook"));
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.first().type, docs::SearchHit::Type::Doc);
    QCOMPARE(hits.first().ref, m_order);
    QCOMPARE(hits.first().pagePath, QStringLiteral("runbook.md"));
    // Entities too, with no rebuild needed.
    const auto entities = index.search(QStringLiteral("order-service"), {{}, {}, true, false, {}});
    QVERIFY(!entities.isEmpty());
    QCOMPARE(entities.first().ref, m_order);
}

void TestDocsModels::localImportStoresDocs()
{
    // importIntoStore (`atrium catalog import`) stores docs the same way.
    QTemporaryDir dir;
    QVERIFY(copyTree(QStringLiteral(ATRIUM_DEMO_DIR), dir.filePath(QStringLiteral("demo"))));
    CatalogStore store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("cache.sqlite"))));
    SourceInfo source;
    source.id = QStringLiteral("local");
    source.kind = QStringLiteral("file");
    source.location = dir.filePath(QStringLiteral("demo"));
    LoadResult result;
    QString error;
    QVERIFY2(importIntoStore(store, source, {dir.filePath(QStringLiteral("demo/catalog-info.yaml"))}, {}, &result, &error),
             qPrintable(error));
    docs::DocsStore docsStore(store);
    QVERIFY(docsStore.entityRefs().contains(m_order));
    const auto page = docsStore.page(m_order, QStringLiteral("runbook.md"));
    QVERIFY(page);
    QCOMPARE(page->title, QStringLiteral("Order Service Operations Runbook"));
    docs::SearchIndex index(store);
    index.setAutoRebuild(false);
    QVERIFY(!index.search(QStringLiteral("deadlock")).isEmpty());
}

void TestDocsModels::homeModel()
{
    DocsHomeModel model;
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    QCOMPARE(model.count(), 0);
    model.setController(m_app.get());
    QVERIFY(model.count() >= 5);
    QCOMPARE(model.total(), model.count());
    int row = -1;
    for (int i = 0; i < model.count(); ++i)
        if (model.refAt(i) == m_order)
            row = i;
    QVERIFY(row >= 0);
    const QModelIndex i = model.index(row);
    QCOMPARE(model.data(i, DocsHomeModel::SiteNameRole).toString(), QStringLiteral("order-service"));
    QVERIFY(!model.data(i, DocsHomeModel::OwnerRole).toString().isEmpty());
    QVERIFY(model.data(i, DocsHomeModel::PagesRole).toInt() >= 6);
    QVERIFY(model.data(i, DocsHomeModel::UpdatedAtRole).toDateTime().isValid());
    model.setFilter(QStringLiteral("ORDER-SERV"));
    QVERIFY(model.count() >= 1);
    QCOMPARE(model.refAt(0), m_order);
    model.setFilter(QStringLiteral("no such thing at all"));
    QCOMPARE(model.count(), 0);
    QVERIFY(model.total() >= 5);
}

void TestDocsModels::searchModel()
{
    SearchModel model;
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.setController(m_app.get());
    QSignalSpy ready(&model, &SearchModel::resultsReady);
    model.setQuery(QStringLiteral("runbook"));
    QVERIFY(model.waitForResults());
    QVERIFY(model.count() > 0);
    bool docHit = false;
    for (int i = 0; i < model.count(); ++i)
        docHit = docHit || model.get(i).value(QStringLiteral("type")).toString() == u"doc";
    QVERIFY(docHit);
    // Typing fast: only the last query answers.
    model.setQuery(QStringLiteral("dead"));
    model.setQuery(QStringLiteral("deadl"));
    model.setQuery(QStringLiteral("deadlock"));
    QVERIFY(model.waitForResults());
    QCOMPARE(model.query(), QStringLiteral("deadlock"));
    QVERIFY(model.count() > 0);
    QCOMPARE(model.get(0).value(QStringLiteral("ref")).toString(), m_order);
    QVERIFY(model.get(0).value(QStringLiteral("snippet")).toString().contains(u"<b>"));
    // Filters by kind: docs count as their entity's.
    model.setQuery(QStringLiteral("order"));
    QVERIFY(model.waitForResults());
    QVERIFY(model.availableKinds().size() > 1);
    model.toggleKind(QStringLiteral("API"));
    QVERIFY(model.waitForResults());
    QVERIFY(model.count() > 0);
    for (int i = 0; i < model.count(); ++i)
        QCOMPARE(model.get(i).value(QStringLiteral("kind")).toString().toLower(), QStringLiteral("api"));
    model.toggleKind(QStringLiteral("API"));
    // Owners.
    QVERIFY(model.waitForResults());
    QVERIFY(!model.availableOwners().isEmpty());
    const QString owner = model.availableOwners().first().toMap().value(QStringLiteral("ref")).toString();
    model.toggleOwner(owner);
    QVERIFY(model.waitForResults());
    for (int i = 0; i < model.count(); ++i)
        QCOMPARE(model.data(model.index(i), SearchModel::OwnerRole).toString(), CatalogModel::displayRef(owner, u"group"));
    // An empty query finds nothing, at once.
    model.setQuery(QString());
    QCOMPARE(model.count(), 0);
    QVERIFY(!model.loading());
}

void TestDocsModels::paletteMergesDocHits()
{
    SearchModel search;
    search.setController(m_app.get());
    PaletteModel palette;
    Tester tester(&palette, Tester::FailureReportingMode::QtTest);
    palette.setCatalog(m_app->catalog());
    palette.setSearch(&search);
    palette.setQuery(QStringLiteral("order-service"));
    search.setQuery(QStringLiteral("order-service"));
    // The fuzzy match is there at once...
    QVERIFY(palette.count() > 0);
    QCOMPARE(palette.refAt(0), m_order);
    QVERIFY(search.waitForResults());
    // ...the exact name stays first, and the entity is not listed twice.
    QCOMPARE(palette.refAt(0), m_order);
    int entityRows = 0, docRows = 0;
    for (int i = 0; i < palette.count(); ++i) {
        const QVariantMap hit = palette.get(i);
        if (hit.value(QStringLiteral("type")).toString() == u"doc")
            ++docRows;
        else if (hit.value(QStringLiteral("ref")).toString() == m_order)
            ++entityRows;
    }
    QCOMPARE(entityRows, 1);
    QVERIFY(docRows > 0);
    palette.setQuery(QStringLiteral("outbox lag"));
    search.setQuery(QStringLiteral("outbox lag"));
    QVERIFY(search.waitForResults());
    bool found = false;
    for (int i = 0; i < palette.count(); ++i) {
        const QVariantMap hit = palette.get(i);
        if (hit.value(QStringLiteral("type")).toString() == u"doc" && hit.value(QStringLiteral("pagePath")).toString() == u"runbook.md")
            found = true;
    }
    QVERIFY(found);
}

void TestDocsModels::controllerNavigates()
{
    DocsController docs;
    QSignalSpy scroll(&docs, &DocsController::scrollRequested);
    docs.setController(m_app.get());
    docs.open(m_order);
    QVERIFY(docs.hasDocs());
    QCOMPARE(docs.pagePath(), QStringLiteral("index.md"));
    QCOMPARE(docs.siteName(), QStringLiteral("order-service"));
    QVERIFY(!docs.blocks().isEmpty());
    QVERIFY(docs.error().isEmpty());
    QVERIFY(!docs.canGoBack());
    QVERIFY(docs.activateLink(QStringLiteral("atrium-doc:runbook.md#error-codes")));
    QCOMPARE(docs.pagePath(), QStringLiteral("runbook.md"));
    QCOMPARE(docs.anchor(), QStringLiteral("error-codes"));
    QVERIFY(docs.blockForAnchor(QStringLiteral("error-codes")) > 0);
    QCOMPARE(scroll.last().first().toInt(), docs.blockForAnchor(QStringLiteral("error-codes")));
    QVERIFY(docs.canGoBack());
    docs.back();
    QCOMPARE(docs.pagePath(), QStringLiteral("index.md"));
    QCOMPARE(scroll.last().first().toInt(), -1);
    docs.forward();
    QCOMPARE(docs.anchor(), QStringLiteral("error-codes"));
    // Only web links leave the app; others are refused.
    QSignalSpy refused(&docs, &DocsController::linkRefused);
    QVERIFY(!docs.activateLink(QStringLiteral("javascript:alert(1)")));
    QCOMPARE(refused.size(), 1);
    QCOMPARE(docs.pagePath(), QStringLiteral("runbook.md"));
    QVERIFY(docs.hasDocsFor(m_order));
    QVERIFY(!docs.hasDocsFor(QStringLiteral("group:default/team-commerce")));
    // Copy.
    QSignalSpy copied(&docs, &DocsController::copied);
    docs.copyText(QStringLiteral("kubectl get pods"));
    QCOMPARE(copied.size(), 1);
}

void TestDocsModels::controllerMissingPage()
{
    DocsController docs;
    docs.setController(m_app.get());
    docs.open(m_order, QStringLiteral("nope.md"));
    QVERIFY(docs.blocks().isEmpty());
    QVERIFY(docs.error().contains(u"nope.md"));
    QVERIFY(docs.errorLocation().contains(u"nope.md"));
    docs.open(QStringLiteral("group:default/team-commerce"));
    QVERIFY(!docs.hasDocs());
    QVERIFY(!docs.error().isEmpty());
}

void TestDocsModels::assetsRewritten()
{
    QCOMPARE(DocsController::rewriteAssets(QStringLiteral("<img src=\"atrium-doc-asset:docs/img/a b.png\">"), m_order),
             QStringLiteral("<img src=\"image://atriumdocs/component%3Adefault%2Forder-service/docs/img/a b.png\">"));
    QCOMPARE(DocsController::rewriteAssets(QStringLiteral("<p>x</p>"), m_order), QStringLiteral("<p>x</p>"));
    // A list continued after a code block: no bullets, the same indent.
    QCOMPARE(DocsController::unbulletContinuedLists(QStringLiteral(
                 "<ul style=\"list-style-type:none\"><li>3.&nbsp;Scale out:</li></ul>"
                 "<ul style=\"list-style-type:none\"><li>Note<ul><li>inner</li></ul></li></ul><p>after</p>")),
             QStringLiteral("<div style=\"margin-left:40px\">3.&nbsp;Scale out:</div>"
                            "<div style=\"margin-left:40px\">Note<ul><li>inner</li></ul></div><p>after</p>"));
    QCOMPARE(DocsController::unbulletContinuedLists(QStringLiteral("<ol><li>a</li></ol>")), QStringLiteral("<ol><li>a</li></ol>"));
}

void TestDocsModels::imagesFromTheCache()
{
    // A site with an image, stored beside the demo's.
    const QString ref = QStringLiteral("component:default/navless-test");
    {
        CatalogStore store;
        QVERIFY(store.open(m_app->cachePath()));
        LocalContentSource local;
        const docs::Site site = docs::Site::load(local, QStringLiteral(ATRIUM_TEST_DATA "/docs/navless/mkdocs.yml"));
        docs::StoreStats stats;
        QVERIFY(docs::DocsStore(store).storeSite(ref, site, local, nullptr, &stats));
        QCOMPARE(stats.assets, 1);
    }
    DocsController docs;
    docs.setController(m_app.get());
    docs.open(ref, QStringLiteral("index.md"));
    QString html;
    for (const QVariant &b : docs.blocks())
        html += b.toMap().value(QStringLiteral("html")).toString();
    const QString source = QStringLiteral("image://atriumdocs/component%3Adefault%2Fnavless-test/");
    QVERIFY2(html.contains(source), qPrintable(html));
    const qsizetype at = html.indexOf(source) + QStringLiteral("image://atriumdocs/").size();
    const QString id = html.mid(at, html.indexOf(u'"', at) - at);

    DocsImageProvider provider(m_app.get());
    QSize size;
    const QImage image = provider.requestImage(id, &size, {});
    QVERIFY(!image.isNull());
    QCOMPARE(size, image.size());
    QCOMPARE(image.size(), QSize(1, 1)); // the test data's logo
    // Not stored: a placeholder (48×32), not a null image.
    QCOMPARE(provider.requestImage(QStringLiteral("component%3Adefault%2Fnavless-test/docs/none.png"), &size, {}).size(), QSize(48, 32));
}

// QGuiApplication: the Copy button's clipboard.
QTEST_MAIN(TestDocsModels)
#include "tst_docsmodels.moc"
