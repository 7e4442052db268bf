// SPDX-License-Identifier: Apache-2.0
#include "graphlayout.h"

#include <QRectF>
#include <QtTest>

using namespace atrium;

class TestGraphLayout : public QObject
{
    Q_OBJECT

    static LayoutInput chain()
    {
        // web → api → db, web → cache; plus an island.
        LayoutInput in;
        for (const char *id : {"web", "api", "db", "cache", "island"})
            in.nodes.append({QString::fromLatin1(id), 120, 40, QString::fromLatin1(id), QStringLiteral("#e8f0fe")});
        in.edges = {{0, 1, QStringLiteral("dependsOn")}, {1, 2, QStringLiteral("dependsOn")}, {0, 3, QString()}};
        return in;
    }

private Q_SLOTS:
    void placesBoxesWithoutOverlap()
    {
        const LayoutInput in = chain();
        const LayoutResult r = layoutGraph(in);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.nodes.size(), in.nodes.size());
        QList<QRectF> boxes;
        for (qsizetype i = 0; i < r.nodes.size(); ++i)
            boxes << QRectF(r.nodes[i], QSizeF(in.nodes[i].width, in.nodes[i].height));
        const QRectF all(QPointF(0, 0), r.size);
        for (qsizetype i = 0; i < boxes.size(); ++i) {
            QVERIFY2(all.adjusted(-1, -1, 1, 1).contains(boxes[i]), qPrintable(in.nodes[i].id));
            for (qsizetype j = i + 1; j < boxes.size(); ++j)
                QVERIFY2(!boxes[i].intersects(boxes[j]), qPrintable(in.nodes[i].id + u' ' + in.nodes[j].id));
        }
        // Left to right: each dependency sits right of what depends on it.
        QVERIFY(boxes[1].left() > boxes[0].right());
        QVERIFY(boxes[2].left() > boxes[1].right());
    }
    void edgesRunFromBoxToBox()
    {
        const LayoutInput in = chain();
        const LayoutResult r = layoutGraph(in);
        QCOMPARE(r.edges.size(), in.edges.size());
        for (qsizetype i = 0; i < in.edges.size(); ++i) {
            const PlacedEdge &e = r.edges[i];
            QVERIFY(e.points.size() >= 4);
            QCOMPARE((e.points.size() - 1) % 3, 0);
            const QRectF from(r.nodes[in.edges[i].from], QSizeF(120, 40));
            const QRectF to(r.nodes[in.edges[i].to], QSizeF(120, 40));
            QVERIFY(from.adjusted(-2, -2, 2, 2).contains(e.points.first()));
            QVERIFY(e.hasArrow);
            QVERIFY(to.adjusted(-2, -2, 2, 2).contains(e.arrowTip));
        }
        // A labelled edge gets room for its label, between the two boxes.
        QVERIFY(r.edges[0].labelPos.x() > r.nodes[0].x() + 120 - 1);
    }
    void sameInputSameLayout()
    {
        const LayoutResult a = layoutGraph(chain());
        const LayoutResult b = layoutGraph(chain());
        QCOMPARE(a.nodes, b.nodes);
        QCOMPARE(a.size, b.size);
    }
    void emptyAndBadInput()
    {
        QVERIFY(layoutGraph({}).ok());
        QVERIFY(layoutGraph({}).nodes.isEmpty());
        LayoutInput in = chain();
        in.edges.append({0, 99, QString()}); // dangling: skipped, not a crash
        const LayoutResult r = layoutGraph(in);
        QVERIFY(r.ok());
        QCOMPARE(r.edges.size(), in.edges.size());
        QVERIFY(r.edges.last().points.isEmpty());
        // Ids graphviz would read as syntax stay plain names.
        in.nodes[0].id = QStringLiteral("component:default/a \"quoted\" -> b");
        QVERIFY(layoutGraph(in).ok());
    }
    void exportsSvgAndDot()
    {
        LayoutInput in = chain();
        in.title = QStringLiteral("component:default/web");
        in.nodes[0].label = QStringLiteral("웹 <web> & co");
        QString error;
        const QByteArray svg = renderGraph(in, QStringLiteral("svg"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(svg.contains("<svg"));
        QVERIFY(svg.contains("&lt;web&gt; &amp; co"));
        QVERIFY(QString::fromUtf8(svg).contains(QStringLiteral("웹")));
        QVERIFY(svg.contains("dependsOn"));
        QVERIFY(svg.contains("#e8f0fe"));
        const QByteArray dot = renderGraph(in, QStringLiteral("dot"), &error);
        QVERIFY(dot.startsWith("digraph"));
        QVERIFY(dot.contains("\"api\" -> \"db\" [label=\"dependsOn\"]"));
        QVERIFY(dot.contains("\"component:default/web\""));
        QVERIFY(!dot.contains("pos="));
        QVERIFY(renderGraph(in, QStringLiteral("pdf"), &error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("pdf")));
    }
};

QTEST_GUILESS_MAIN(TestGraphLayout)
#include "tst_graphlayout.moc"
