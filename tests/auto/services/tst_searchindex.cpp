// SPDX-License-Identifier: Apache-2.0
// Docs kept in the cache (DocsStore) and search over entities and docs
// (SearchIndex, SQLite FTS5).
#include "catalogstore.h"
#include "contentsource.h"
#include "docsstore.h"
#include "entity.h"
#include "mkdocssite.h"
#include "searchindex.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace atrium;
using namespace atrium::docs;

namespace {

const QDateTime kNow = QDateTime(QDate(2024, 5, 17), QTime(9, 30), Qt::UTC);

Entity entity(const QString &kind, const QString &name, const QString &title, const QString &description,
              const QString &owner, const QStringList &tags = {})
{
    QJsonObject metadata{{QStringLiteral("name"), name}, {QStringLiteral("description"), description},
                         {QStringLiteral("tags"), QJsonArray::fromStringList(tags)}};
    if (!title.isEmpty())
        metadata.insert(QStringLiteral("title"), title);
    QJsonObject spec{{QStringLiteral("owner"), owner}};
    if (kind == u"Component" || kind == u"API") {
        spec.insert(QStringLiteral("type"), kind == u"API" ? QStringLiteral("openapi") : QStringLiteral("service"));
        spec.insert(QStringLiteral("lifecycle"), QStringLiteral("production"));
    }
    const QJsonObject doc{{QStringLiteral("apiVersion"), QStringLiteral("backstage.io/v1alpha1")},
                          {QStringLiteral("kind"), kind},
                          {QStringLiteral("metadata"), metadata},
                          {QStringLiteral("spec"), spec}};
    Entity e = Entity::fromDocument(doc);
    e.file = QStringLiteral("/catalog/%1.yaml").arg(name);
    return e;
}

QList<Entity> catalog()
{
    return {
        entity(QStringLiteral("Component"), QStringLiteral("payment-service"), QStringLiteral("Payment Service"),
               QStringLiteral("Authorises and captures payments for checkout."), QStringLiteral("payments-team"),
               {QStringLiteral("java"), QStringLiteral("pci")}),
        entity(QStringLiteral("Component"), QStringLiteral("payments"), QStringLiteral("Payments"),
               QStringLiteral("The legacy payments facade."), QStringLiteral("payments-team")),
        entity(QStringLiteral("API"), QStringLiteral("payment-api"), QStringLiteral("Payment API"),
               QStringLiteral("REST API for payments <script>x</script>."), QStringLiteral("payments-team")),
        entity(QStringLiteral("Component"), QStringLiteral("order-service"), QStringLiteral("Order Service"),
               QStringLiteral("Turns a cart into an order; calls the payment API."), QStringLiteral("commerce-team"),
               {QStringLiteral("java")}),
        entity(QStringLiteral("Group"), QStringLiteral("payments-team"), QStringLiteral("Payments Team"),
               QStringLiteral("Owns payments."), QStringLiteral("acme")),
        entity(QStringLiteral("Component"), QStringLiteral("inventory-service"), QStringLiteral("재고 서비스"),
               QStringLiteral("재고를 관리합니다."), QStringLiteral("commerce-team")),
        entity(QStringLiteral("Component"), QStringLiteral("cafe-menu"), QStringLiteral("Café Menu"),
               QStringLiteral("Lunch."), QStringLiteral("commerce-team")),
    };
}

QStringList refs(const QList<SearchHit> &hits)
{
    QStringList out;
    for (const SearchHit &h : hits)
        out << (h.type == SearchHit::Type::Doc ? QStringLiteral("doc:") + h.ref + u'/' + h.pagePath : h.ref);
    return out;
}

} // namespace

class TestSearchIndex : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    CatalogStore m_store;
    MemoryContentSource m_source;
    const QString m_base = QStringLiteral("https://github.com/acme/order-service/blob/main/");

    QString orderDocs() const { return QStringLiteral("component:default/order-service"); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_store.open(m_dir.filePath(QStringLiteral("cache.sqlite")), &error), qPrintable(error));
        SourceInfo src;
        src.id = QStringLiteral("test");
        src.updatedAt = kNow;
        QVERIFY2(m_store.replaceSource(src, catalog(), {}, &error), qPrintable(error));

        // Docs of order-service, mentioning payments a lot.
        const QHash<QString, QString> files{
            {QStringLiteral("mkdocs.yml"), QStringLiteral("site_name: order-service\nnav:\n  - index.md\n  - runbook.md\n")},
            {QStringLiteral("docs/index.md"), QStringLiteral("# order-service\n\nPayments, payments and more payments: order-service "
                                                             "calls the payment API for every order. Owned by 결제팀.\n")},
            {QStringLiteral("docs/runbook.md"), QStringLiteral("# Runbook\n\n## Payment failures\n\nCheck the payment API first.\n\n"
                                                               "## Rollback procedure\n\nRun `argocd app rollback` with the "
                                                               "previous revision; payments keep flowing.\n")},
        };
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            m_source.insert(m_base + it.key(), it.value().toUtf8());
        QStringList known;
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            known << m_base + it.key();
        const Site site = Site::load(m_source, m_base + QStringLiteral("mkdocs.yml"), known);
        QCOMPARE(site.problems(), Diagnostics());
        DocsStore docs(m_store);
        StoreStats stats;
        QVERIFY2(docs.storeSite(orderDocs(), site, m_source, &error, &stats), qPrintable(error));
        QCOMPARE(stats.pages, 2);
    }

    void schema()
    {
        QCOMPARE(CatalogStore::schemaVersion(), 5);
        QSqlQuery q(m_store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM docs_pages")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM docs_fts WHERE docs_fts MATCH 'rollback'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void matchExpression_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expression");
        QTest::newRow("typing") << QStringLiteral("payment serv") << QStringLiteral("\"payment\" \"serv\"*");
        QTest::newRow("done typing") << QStringLiteral("payment ") << QStringLiteral("\"payment\"");
        QTest::newRow("quote") << QStringLiteral("a\"b") << QStringLiteral("\"a\"\"b\"*");
        QTest::newRow("operators are words") << QStringLiteral("NOT x OR y") << QStringLiteral("\"NOT\" \"x\" \"OR\" \"y\"*");
        QTest::newRow("punctuation only") << QStringLiteral("- * ( ) :") << QString();
        QTest::newRow("column filter") << QStringLiteral("title:foo") << QStringLiteral("\"title:foo\"*");
        QTest::newRow("empty") << QStringLiteral("   ") << QString();
        QTest::newRow("korean") << QStringLiteral("결제") << QStringLiteral("\"결제\"*");
    }

    void matchExpression()
    {
        QFETCH(QString, text);
        QFETCH(QString, expression);
        QCOMPARE(SearchIndex::matchExpression(text), expression);
    }

    void exactTitleFirst()
    {
        SearchIndex index(m_store);
        const QList<SearchHit> hits = index.search(QStringLiteral("payments"));
        QVERIFY2(hits.size() >= 4, qPrintable(refs(hits).join(u' ')));
        QCOMPARE(hits[0].ref, QStringLiteral("component:default/payments"));
        QVERIFY(hits[0].rank >= 100);
        // The title that starts with the query comes next.
        QCOMPARE(hits[1].ref, QStringLiteral("group:default/payments-team"));
        for (qsizetype i = 1; i < hits.size(); ++i)
            QVERIFY(hits[i - 1].rank >= hits[i].rank);
        // A name typed in full counts as a title.
        QCOMPARE(index.search(QStringLiteral("order-service")).value(0).ref, QStringLiteral("component:default/order-service"));
        QCOMPARE(index.search(QStringLiteral("Payment API")).value(0).ref, QStringLiteral("api:default/payment-api"));
    }

    void prefixWhileTyping()
    {
        SearchIndex index(m_store);
        for (const QString &q : {QStringLiteral("p"), QStringLiteral("pa"), QStringLiteral("paym"), QStringLiteral("payment s"),
                                 QStringLiteral("payment serv")}) {
            const QStringList found = refs(index.search(q));
            QVERIFY2(found.contains(QStringLiteral("component:default/payment-service")), qPrintable(q + QStringLiteral(": ") + found.join(u' ')));
        }
        QCOMPARE(index.search(QStringLiteral("payment serv")).value(0).ref, QStringLiteral("component:default/payment-service"));
        // A finished word is not a prefix any more.
        QVERIFY(index.search(QStringLiteral("paym ")).isEmpty());
        // Diacritics and Korean.
        QCOMPARE(index.search(QStringLiteral("cafe")).value(0).ref, QStringLiteral("component:default/cafe-menu"));
        QCOMPARE(index.search(QStringLiteral("재고")).value(0).ref, QStringLiteral("component:default/inventory-service"));
        const QList<SearchHit> korean = index.search(QStringLiteral("결제"));
        QCOMPARE(refs(korean), QStringList{QStringLiteral("doc:component:default/order-service/index.md")});
    }

    void userTextIsNeverSyntax()
    {
        SearchIndex index(m_store);
        const QStringList queries{
            QStringLiteral("\""), QStringLiteral("\"payment"), QStringLiteral("*"), QStringLiteral("pay*"), QStringLiteral("-"),
            QStringLiteral("-payment"), QStringLiteral(":"), QStringLiteral("title:payment"), QStringLiteral("("),
            QStringLiteral("(payment"), QStringLiteral("payment)"), QStringLiteral("NEAR(a b)"), QStringLiteral("a AND"),
            QStringLiteral("OR"), QStringLiteral("NOT"), QStringLiteral("^payment"), QStringLiteral("payment +api"),
            QStringLiteral("{payment}"), QStringLiteral("[x]"), QStringLiteral("'"), QStringLiteral("\\"), QStringLiteral("%_"),
            QStringLiteral("결제팀 \"운영"), QStringLiteral("😀"), QStringLiteral("\u0000"), QStringLiteral("a\u00ADb"),
            QString(300, u'x'), QStringLiteral("a ").repeated(200),
        };
        for (const QString &q : queries) {
            QString error;
            index.search(q, {}, 20, &error);
            QVERIFY2(error.isEmpty(), qPrintable(q + QStringLiteral(": ") + error));
        }
        QVERIFY(refs(index.search(QStringLiteral("(payment"))).contains(QStringLiteral("component:default/payments")));
        QVERIFY(refs(index.search(QStringLiteral("\"payment"))).contains(QStringLiteral("component:default/payment-service")));
        // FTS keywords are words like others: "OR" is the start of "order".
        QVERIFY(refs(index.search(QStringLiteral("OR"))).contains(QStringLiteral("component:default/order-service")));
        QVERIFY(refs(index.search(QStringLiteral("OR "))).isEmpty());
    }

    void filters()
    {
        SearchIndex index(m_store);
        SearchFilters apis;
        apis.kinds = {QStringLiteral("api")};
        QCOMPARE(refs(index.search(QStringLiteral("payment"), apis)), QStringList{QStringLiteral("api:default/payment-api")});

        SearchFilters commerce;
        commerce.owners = {QStringLiteral("commerce-team")};
        const QList<SearchHit> hits = index.search(QStringLiteral("payment"), commerce);
        QVERIFY(!hits.isEmpty());
        for (const SearchHit &h : hits)
            QVERIFY2(h.ref == orderDocs(), qPrintable(h.ref));
        QVERIFY(refs(hits).contains(orderDocs()));
        QVERIFY(refs(hits).contains(QStringLiteral("doc:component:default/order-service/runbook.md")));

        SearchFilters both;
        both.kinds = {QStringLiteral("Component"), QStringLiteral("Group")};
        both.owners = {QStringLiteral("group:default/payments-team"), QStringLiteral("acme")};
        QCOMPARE(refs(index.search(QStringLiteral("payments"), both)),
                 (QStringList{QStringLiteral("component:default/payments"), QStringLiteral("group:default/payments-team"),
                              QStringLiteral("component:default/payment-service")}));

        SearchFilters docsOnly;
        docsOnly.entities = false;
        for (const SearchHit &h : index.search(QStringLiteral("payment"), docsOnly))
            QCOMPARE(h.type, SearchHit::Type::Doc);
        SearchFilters site;
        site.entityRef = QStringLiteral("order-service");
        QCOMPARE(refs(index.search(QStringLiteral("rollback"), site)), QStringList{QStringLiteral("doc:component:default/order-service/runbook.md")});
        site.entityRef = QStringLiteral("payment-service");
        QVERIFY(index.search(QStringLiteral("rollback"), site).isEmpty());

        QCOMPARE(index.search(QStringLiteral("payment"), {}, 2).size(), 2);
    }

    void snippetsAndAnchors()
    {
        SearchIndex index(m_store);
        QList<SearchHit> hits = index.search(QStringLiteral("captures"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits[0].type, SearchHit::Type::Entity);
        QCOMPARE(hits[0].title, QStringLiteral("Payment Service"));
        QCOMPARE(hits[0].kind, QStringLiteral("Component"));
        QVERIFY2(hits[0].snippet.contains(QStringLiteral("<b>captures</b>")), qPrintable(hits[0].snippet));

        hits = index.search(QStringLiteral("payment api"));
        bool escaped = false;
        for (const SearchHit &h : hits)
            if (h.ref == u"api:default/payment-api") {
                escaped = true;
                QVERIFY2(h.snippet.contains(QStringLiteral("&lt;script&gt;")), qPrintable(h.snippet));
                QVERIFY(!h.snippet.contains(QStringLiteral("<script>")));
                QCOMPARE(h.titleHtml, QStringLiteral("<b>Payment</b> <b>API</b>"));
            }
        QVERIFY(escaped);

        hits = index.search(QStringLiteral("rollback revision"));
        QCOMPARE(hits.size(), 1);
        const SearchHit &doc = hits[0];
        QCOMPARE(doc.type, SearchHit::Type::Doc);
        QCOMPARE(doc.ref, orderDocs());
        QCOMPARE(doc.pagePath, QStringLiteral("runbook.md"));
        QCOMPARE(doc.title, QStringLiteral("Runbook"));
        QCOMPARE(doc.kind, QStringLiteral("Component"));
        QCOMPARE(doc.anchor, QStringLiteral("rollback-procedure"));
        QVERIFY2(doc.snippet.contains(QStringLiteral("<b>revision</b>")), qPrintable(doc.snippet));

        hits = index.search(QStringLiteral("payment failures"));
        QCOMPARE(hits.value(0).anchor, QStringLiteral("payment-failures"));
    }

    void entityIndexFollowsTheCatalog()
    {
        SearchIndex index(m_store);
        QVERIFY(!index.entitiesStale());
        SourceInfo src;
        src.id = QStringLiteral("more");
        src.updatedAt = kNow;
        QString error;
        QVERIFY(m_store.replaceSource(src, {entity(QStringLiteral("Component"), QStringLiteral("zebra-service"), {},
                                                   QStringLiteral("Stripes."), QStringLiteral("zoo"))},
                                      {}, &error));
        QVERIFY(index.entitiesStale());
        index.setAutoRebuild(false);
        QVERIFY(index.search(QStringLiteral("zebra")).isEmpty());
        index.setAutoRebuild(true);
        QCOMPARE(refs(index.search(QStringLiteral("zebra"))), QStringList{QStringLiteral("component:default/zebra-service")});
        QVERIFY(!index.entitiesStale());
        // A title-less entity shows its name.
        QCOMPARE(index.search(QStringLiteral("zebra")).value(0).title, QStringLiteral("zebra-service"));

        QVERIFY(m_store.removeSource(QStringLiteral("more"), &error));
        QVERIFY(index.entitiesStale());
        QVERIFY(index.rebuildEntities(&error));
        QVERIFY(index.search(QStringLiteral("zebra")).isEmpty());
    }

    void storedSiteOpensOffline()
    {
        LocalContentSource local;
        const Site site = Site::load(local, QStringLiteral(ATRIUM_TEST_DATA "/docs/navless/mkdocs.yml"));
        DocsStore docs(m_store);
        QString error;
        StoreStats stats;
        QVERIFY2(docs.storeSite(QStringLiteral("component:default/payments"), site, local, &error, &stats), qPrintable(error));
        QCOMPARE(stats.pages, site.pages().size());
        QCOMPARE(stats.assets, 1);
        QCOMPARE(docs.entityRefs(), (QStringList{QStringLiteral("component:default/order-service"), QStringLiteral("component:default/payments")}));

        const auto stored = docs.site(QStringLiteral("payments")); // short refs work
        QVERIFY(stored);
        QCOMPARE(stored->name(), site.name());
        QCOMPARE(stored->nav(), site.nav());
        QVERIFY(docs.updatedAt(QStringLiteral("payments")).isValid());
        QVERIFY(docs.problems(QStringLiteral("payments")).size() >= 1); // the README.md that was skipped
        const auto page = docs.page(QStringLiteral("payments"), QStringLiteral("guides/deploy.md"));
        QVERIFY(page);
        QCOMPARE(page->title, QStringLiteral("Deploy"));
        QCOMPARE(page->toc.size(), 3);
        const auto index = docs.page(QStringLiteral("payments"), QStringLiteral("index.md"));
        QVERIFY(index);
        QCOMPARE(index->assets, QStringList{QStringLiteral("docs/images/logo.png")});
        const QByteArray png = docs.asset(QStringLiteral("payments"), QStringLiteral("docs/images/logo.png"));
        QVERIFY(png.startsWith("\x89PNG"));
        QVERIFY(!docs.page(QStringLiteral("payments"), QStringLiteral("nope.md")));

        // Storing again replaces; removing takes pages and search hits away.
        QVERIFY(docs.storeSite(QStringLiteral("component:default/payments"), site, local, &error));
        SearchIndex search(m_store);
        QCOMPARE(search.search(QStringLiteral("tuning")).size(), 1);
        QVERIFY(docs.removeSite(QStringLiteral("component:default/payments"), &error));
        QVERIFY(search.search(QStringLiteral("tuning")).isEmpty());
        QVERIFY(!docs.site(QStringLiteral("payments")));
        QVERIFY(docs.optimize(&error));
    }

    void migratesAnOlderCache()
    {
        // A schema-4 cache with entities: the migration indexes them.
        const QString path = m_dir.filePath(QStringLiteral("old.sqlite"));
        {
            CatalogStore s;
            QVERIFY(s.open(path));
            SourceInfo src;
            src.id = QStringLiteral("old");
            QVERIFY(s.replaceSource(src, catalog(), {}));
            QSqlQuery q(s.database());
            for (const char *sql : {"DROP TABLE docs_fts", "DROP TABLE entity_fts", "DROP TABLE docs_pages", "DROP TABLE docs_sites",
                                    "DROP TABLE docs_assets", "DROP TABLE search_state", "DROP TRIGGER sources_ai_search",
                                    "DROP TRIGGER sources_au_search", "DROP TRIGGER sources_ad_search", "PRAGMA user_version = 4"})
                QVERIFY2(q.exec(QLatin1String(sql)), sql);
        }
        CatalogStore s;
        QString error;
        QVERIFY2(s.open(path, &error), qPrintable(error));
        SearchIndex index(s);
        QVERIFY(!index.entitiesStale());
        index.setAutoRebuild(false);
        QCOMPARE(index.search(QStringLiteral("payments")).value(0).ref, QStringLiteral("component:default/payments"));
    }
};

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
