// SPDX-License-Identifier: Apache-2.0
// The graph view's controller on the demo organisation: what it draws around
// an entity, how the filters change it, the blast radius and its owners,
// the "too large" answer, and the exports.
#include "appcontroller.h"
#include "graphcontroller.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QFile>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QRectF>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace atrium;

class TestGraphController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<AppController> m_app;

    QStringList refs(const GraphController &g) const
    {
        QStringList out;
        for (const auto &n : g.nodes()->nodes())
            out << n.ref;
        return out;
    }
    QStringList kinds(const GraphController &g) const
    {
        QStringList out;
        for (const auto &n : g.nodes()->nodes())
            out << n.kind.toLower();
        out.removeDuplicates();
        out.sort();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_app = std::make_unique<AppController>(nullptr, m_dir.path());
        m_app->setLinksEnabled(false);
        m_app->openDemo();
        QVERIFY(m_app->waitForLoaded(60000));
        QTRY_VERIFY_WITH_TIMEOUT(m_app->graphReady(), 20000);
    }

    void waitsForTheGraphThenDraws()
    {
        GraphController g;
        new QAbstractItemModelTester(g.nodes(), QAbstractItemModelTester::FailureReportingMode::QtTest, &g);
        QCOMPARE(g.state(), GraphController::NoCenter);
        g.setCenterRef(QStringLiteral("component:default/order-service"));
        g.setApp(m_app.get());
        QVERIFY(g.waitForLayout());
        QCOMPARE(g.state(), GraphController::Ready);
        const auto &nodes = g.nodes()->nodes();
        QVERIFY(nodes.size() > 5);
        QCOMPARE(nodes.first().ref, QStringLiteral("component:default/order-service"));
        QVERIFY(nodes.first().center);
        QCOMPARE(g.nodes()->rowCount(), nodes.size());
        QCOMPARE(g.nodes()->data(g.nodes()->index(0), GraphNodeModel::TitleRole).toString(), QStringLiteral("Order Service"));
        // Boxes inside the drawing, none over another.
        const QRectF all(0, 0, g.contentWidth(), g.contentHeight());
        for (qsizetype i = 0; i < nodes.size(); ++i) {
            QVERIFY(all.contains(nodes[i].box));
            for (qsizetype j = i + 1; j < nodes.size(); ++j)
                QVERIFY2(!nodes[i].box.intersects(nodes[j].box), qPrintable(nodes[i].ref + u' ' + nodes[j].ref));
        }
        // An edge per relation drawn, each with a path and an arrow.
        QCOMPARE(g.edgeCount(), g.edges().size());
        QVERIFY(g.edgeCount() >= nodes.size() - 1);
        for (const QVariant &e : g.edges()) {
            const QVariantMap m = e.toMap();
            QVERIFY(m.value(QStringLiteral("path")).toString().startsWith(u"M "));
            QVERIFY(m.value(QStringLiteral("arrow")).toString().endsWith(u'Z'));
            QVERIFY(refs(g).contains(m.value(QStringLiteral("from")).toString()));
            QVERIFY(refs(g).contains(m.value(QStringLiteral("to")).toString()));
        }
        QVERIFY(g.layoutMs() > 0);
    }

    void boxesGrowWithTheTextSize()
    {
        // At 200 % text (Settings, --font-scale 2) the names are measured in
        // the larger font: every box is wider and taller than at 100 %, its
        // name still fits (not elided where it did fit), and none covers
        // another or an edge's label.
        auto layout = [this](qreal scale, GraphController &g) {
            g.setFontScale(scale);
            g.setApp(m_app.get());
            g.setCenterRef(QStringLiteral("component:default/order-service"));
            return g.waitForLayout() && g.state() == GraphController::Ready;
        };
        GraphController small, large;
        QVERIFY(layout(1.0, small));
        QVERIFY(layout(2.0, large));
        QCOMPARE(small.titlePixelSize(), 13);
        QCOMPARE(large.titlePixelSize(), 26);
        QCOMPARE(large.smallPixelSize(), 20);
        const auto &a = small.nodes()->nodes();
        const auto &b = large.nodes()->nodes();
        QCOMPARE(refs(large), refs(small));
        QFont font = QGuiApplication::font();
        font.setPixelSize(large.titlePixelSize());
        font.setWeight(QFont::DemiBold);
        const QFontMetricsF fm(font);
        for (qsizetype i = 0; i < a.size(); ++i) {
            QVERIFY2(b[i].box.width() > a[i].box.width() * 1.5, qPrintable(b[i].ref));
            QVERIFY2(b[i].box.height() > a[i].box.height() * 1.3, qPrintable(b[i].ref));
            // Two lines of the larger text fit in the box's height.
            QVERIFY2(b[i].box.height() >= 2 * fm.height(), qPrintable(b[i].ref));
            // A short name is not cut: the box holds it and the margins.
            if (b[i].title.size() < 20)
                QVERIFY2(b[i].box.width() >= fm.horizontalAdvance(b[i].title) + 22, qPrintable(b[i].title));
        }
        const QRectF all(0, 0, large.contentWidth(), large.contentHeight());
        QVERIFY(large.contentWidth() > small.contentWidth());
        for (qsizetype i = 0; i < b.size(); ++i) {
            QVERIFY(all.contains(b[i].box));
            for (qsizetype j = i + 1; j < b.size(); ++j)
                QVERIFY2(!b[i].box.intersects(b[j].box), qPrintable(b[i].ref + u' ' + b[j].ref));
        }
        // Changing the scale lays the graph out again.
        small.setFontScale(2.0);
        QVERIFY(small.waitForLayout());
        QCOMPARE(small.nodes()->nodes().first().box.size(), b.first().box.size());
    }

    void filtersNarrowTheGraph()
    {
        GraphController g;
        g.setApp(m_app.get());
        g.setCenterRef(QStringLiteral("component:default/order-service"));
        QVERIFY(g.waitForLayout());
        const int depth1 = g.nodes()->rowCount();
        QVERIFY(kinds(g).contains(QStringLiteral("group")));

        g.setDepth(2);
        QVERIFY(g.waitForLayout());
        QVERIFY(g.nodes()->rowCount() > depth1);
        QCOMPARE(g.depthCounts().size(), 2);

        // Kinds: groups gone, and the legend says so.
        g.setKindShown(QStringLiteral("Group"), false);
        QVERIFY(g.waitForLayout());
        QVERIFY(!kinds(g).contains(QStringLiteral("group")));
        bool groupListedHidden = false;
        for (const QVariant &k : g.kindCounts())
            if (k.toMap().value(QStringLiteral("kind")).toString() == u"group")
                groupListedHidden = !k.toMap().value(QStringLiteral("shown")).toBool();
        QVERIFY(groupListedHidden);
        g.setKinds({});

        // Relations: only dependencies, in one direction.
        g.setRelationPairs({QStringLiteral("dependsOn")});
        g.setDirection(GraphController::Dependencies);
        g.setDepth(1);
        QVERIFY(g.waitForLayout());
        QVERIFY(refs(g).contains(QStringLiteral("component:default/payment-service")));
        QVERIFY(!refs(g).contains(QStringLiteral("group:default/team-commerce")));
        for (const QVariant &e : g.edges())
            QCOMPARE(e.toMap().value(QStringLiteral("type")).toString(), QStringLiteral("dependsOn"));
        // The last relation type cannot be taken away: an empty graph helps nobody.
        g.setRelationPairShown(QStringLiteral("dependsOn"), false);
        QCOMPARE(g.relationPairs(), QStringList{QStringLiteral("dependsOn")});
    }

    void tooLargeSaysHowToNarrow()
    {
        GraphController g;
        g.setApp(m_app.get());
        g.setCenterRef(QStringLiteral("component:default/order-service"));
        g.setDepth(3);
        g.setMaxNodes(8);
        QVERIFY(g.waitForLayout());
        QCOMPARE(g.state(), GraphController::TooLarge);
        QCOMPARE(g.nodes()->rowCount(), 0);
        QVERIFY(g.reachable() > 7);
        // Per depth, what each would draw, the centre included.
        const QVariantList depths = g.depthCounts();
        QVERIFY(!depths.isEmpty());
        QCOMPARE(depths.last().toMap().value(QStringLiteral("total")).toInt(), g.reachable() + 1);
        g.setMaxNodes(g.reachable() + 1);
        QVERIFY(g.waitForLayout());
        QCOMPARE(g.state(), GraphController::Ready);
        QCOMPARE(g.nodes()->rowCount(), g.reachable() + 1);
    }

    void blastRadiusListsOwnersToNotify()
    {
        GraphController g;
        g.setApp(m_app.get());
        g.setCenterRef(QStringLiteral("component:default/payment-service"));
        g.setMode(GraphController::BlastRadius);
        QVERIFY(g.waitForLayout());
        QCOMPARE(g.state(), GraphController::Ready);
        QVERIFY(refs(g).contains(QStringLiteral("component:default/storefront-web")));
        QVERIFY(!g.owners().isEmpty());
        int total = 0;
        for (const QVariant &o : g.owners())
            total += o.toMap().value(QStringLiteral("count")).toInt();
        QCOMPARE(total, g.reachable());
        // Most affected first.
        const QVariantMap first = g.owners().first().toMap();
        QCOMPARE(first.value(QStringLiteral("owner")).toString(), QStringLiteral("group:default/team-commerce"));
        QCOMPARE(first.value(QStringLiteral("contact")).toString(), QStringLiteral("team-commerce@acme-commerce.example"));
        const QString text = g.ownersText();
        QVERIFY(text.contains(QStringLiteral("team-commerce@acme-commerce.example")));
        QVERIFY(text.contains(QStringLiteral("component:default/order-service")));
        g.copyOwners();
        QCOMPARE(QGuiApplication::clipboard()->text(), text);
    }

    void unknownCentre()
    {
        GraphController g;
        g.setApp(m_app.get());
        g.setCenterRef(QStringLiteral("component:default/nope"));
        QVERIFY(g.waitForLayout());
        QCOMPARE(g.state(), GraphController::NotFound);
    }

    void exportsSvgAndDot()
    {
        GraphController g;
        g.setApp(m_app.get());
        g.setCenterRef(QStringLiteral("component:default/order-service"));
        QVERIFY(g.waitForLayout());
        QTemporaryDir out;
        const QString svg = out.filePath(g.suggestedFileName(QStringLiteral("svg")));
        QCOMPARE(QFileInfo(svg).fileName(), QStringLiteral("order-service-graph.svg"));
        QVERIFY2(g.exportGraph(QUrl::fromLocalFile(svg), QStringLiteral("svg")), qPrintable(g.lastError()));
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray data = f.readAll();
        QVERIFY(data.contains("<svg"));
        QVERIFY(data.contains("Order Service"));
        QVERIFY(data.contains("Depends on"));

        const QString dot = out.filePath(QStringLiteral("g.dot"));
        QVERIFY(g.exportGraph(QUrl::fromLocalFile(dot), QStringLiteral("dot")));
        QFile d(dot);
        QVERIFY(d.open(QIODevice::ReadOnly));
        const QByteArray source = d.readAll();
        QVERIFY(source.startsWith("digraph \"component:default/order-service\""));
        QVERIFY(source.contains("\"component:default/order-service\" -> \"group:default/team-commerce\" [label=\"Owned by\"]"));

        // A folder that does not exist: an error that names the file.
        QVERIFY(!g.exportGraph(QUrl::fromLocalFile(out.filePath(QStringLiteral("no/such/dir/x.svg"))), QStringLiteral("svg")));
        QVERIFY(g.lastError().contains(QStringLiteral("x.svg")));
    }
};

QTEST_MAIN(TestGraphController)
#include "tst_graphcontroller.moc"
