// SPDX-License-Identifier: Apache-2.0
#include "graphlayout.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMutex>

#include <graphviz/gvc.h>

#include <memory>

Q_LOGGING_CATEGORY(lcLayout, "atrium.layout")

namespace atrium {

namespace {

// graphviz's context and its layout code keep global state: one context for
// the process, one caller at a time.
QMutex &gvMutex()
{
    static QMutex m;
    return m;
}

GVC_t *context()
{
    static GVC_t *gvc = gvContext();
    return gvc;
}

// graphviz 2.42/2.43 takes `char *` where it means `const char *`.
char *c(const QByteArray &b)
{
    return const_cast<char *>(b.constData());
}

void set(void *obj, const char *name, const QByteArray &value)
{
    agsafeset(obj, const_cast<char *>(name), c(value), const_cast<char *>(""));
}

struct GraphDeleter {
    void operator()(Agraph_t *g) const
    {
        // Safe on a graph that was never laid out (it checks for layout data).
        gvFreeLayout(context(), g);
        agclose(g);
    }
};
using GraphPtr = std::unique_ptr<Agraph_t, GraphDeleter>;

/** Builds the cgraph graph; @p nodes receives the node handles in input order. */
GraphPtr build(const LayoutInput &in, std::vector<Agnode_t *> &nodes, std::vector<Agedge_t *> &edges, bool styled)
{
    const QByteArray title = in.title.isEmpty() ? QByteArrayLiteral("atrium") : in.title.toUtf8();
    GraphPtr g(agopen(c(title), Agdirected, nullptr));
    set(g.get(), "rankdir", in.leftToRight ? QByteArrayLiteral("LR") : QByteArrayLiteral("TB"));
    // Gaps and edge labels at the view's text size, so that larger text
    // keeps its room (1 at 100 %).
    const double scale = in.fontScale > 0 ? in.fontScale : 1.0;
    set(g.get(), "nodesep", QByteArray::number(0.25 * scale, 'f', 3));
    set(g.get(), "ranksep", QByteArray::number(0.6 * scale, 'f', 3));
    // The view draws its own text; graphviz only needs the boxes' sizes.
    agattr(g.get(), AGNODE, const_cast<char *>("shape"), const_cast<char *>("box"));
    agattr(g.get(), AGNODE, const_cast<char *>("fixedsize"), const_cast<char *>("true"));
    agattr(g.get(), AGNODE, const_cast<char *>("label"), const_cast<char *>(""));
    agattr(g.get(), AGEDGE, const_cast<char *>("label"), const_cast<char *>(""));
    const QByteArray edgeFontSize = QByteArray::number(9 * scale, 'f', 1);
    agattr(g.get(), AGEDGE, const_cast<char *>("fontsize"), const_cast<char *>(edgeFontSize.constData()));
    if (styled) {
        agattr(g.get(), AGNODE, const_cast<char *>("style"), const_cast<char *>("rounded,filled"));
        agattr(g.get(), AGNODE, const_cast<char *>("fontname"), const_cast<char *>("sans-serif"));
        agattr(g.get(), AGNODE, const_cast<char *>("fontsize"), const_cast<char *>("11"));
        agattr(g.get(), AGNODE, const_cast<char *>("fillcolor"), const_cast<char *>("#ffffff"));
        agattr(g.get(), AGEDGE, const_cast<char *>("fontname"), const_cast<char *>("sans-serif"));
        agattr(g.get(), AGEDGE, const_cast<char *>("color"), const_cast<char *>("#8a94a6"));
        agattr(g.get(), AGEDGE, const_cast<char *>("fontcolor"), const_cast<char *>("#5b6475"));
    }
    nodes.reserve(size_t(in.nodes.size()));
    for (const LayoutNode &n : in.nodes) {
        Agnode_t *node = agnode(g.get(), c(n.id.toUtf8()), 1);
        // Pixels are taken as points; graphviz sizes nodes in inches.
        set(node, "width", QByteArray::number(n.width / 72.0, 'f', 4));
        set(node, "height", QByteArray::number(n.height / 72.0, 'f', 4));
        if (styled) {
            set(node, "label", n.label.toUtf8());
            if (!n.fillColor.isEmpty())
                set(node, "fillcolor", n.fillColor.toUtf8());
        }
        nodes.push_back(node);
    }
    edges.reserve(size_t(in.edges.size()));
    for (const LayoutEdge &e : in.edges) {
        if (e.from < 0 || e.to < 0 || e.from >= int(nodes.size()) || e.to >= int(nodes.size())) {
            edges.push_back(nullptr);
            continue;
        }
        // A name per edge so that two relations between the same pair stay two edges.
        const QByteArray key = QByteArray::number(edges.size());
        Agedge_t *edge = agedge(g.get(), nodes[size_t(e.from)], nodes[size_t(e.to)], c(key), 1);
        if (!e.label.isEmpty())
            set(edge, "label", e.label.toUtf8());
        edges.push_back(edge);
    }
    return g;
}

// DOT source written here rather than by graphviz: its writer needs a laid
// out graph and would add the positions, which the reader of an export
// does not want.
QByteArray quoted(const QString &s)
{
    QByteArray out = s.toUtf8();
    out.replace('\\', "\\\\");
    out.replace('"', "\\\"");
    out.replace('\n', "\\n");
    return '"' + out + '"';
}

QByteArray toDot(const LayoutInput &in)
{
    QByteArray out = "digraph " + quoted(in.title.isEmpty() ? QStringLiteral("atrium") : in.title) + " {\n";
    out += in.leftToRight ? "  rankdir=LR;\n" : "  rankdir=TB;\n";
    out += "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", fontname=\"sans-serif\"];\n";
    out += "  edge [fontsize=9, fontname=\"sans-serif\"];\n";
    for (const LayoutNode &n : in.nodes) {
        out += "  " + quoted(n.id) + " [label=" + quoted(n.label.isEmpty() ? n.id : n.label);
        if (!n.fillColor.isEmpty())
            out += ", fillcolor=" + quoted(n.fillColor);
        out += "];\n";
    }
    for (const LayoutEdge &e : in.edges) {
        if (e.from < 0 || e.to < 0 || e.from >= in.nodes.size() || e.to >= in.nodes.size())
            continue;
        out += "  " + quoted(in.nodes[e.from].id) + " -> " + quoted(in.nodes[e.to].id);
        if (!e.label.isEmpty())
            out += " [label=" + quoted(e.label) + "]";
        out += ";\n";
    }
    out += "}\n";
    return out;
}

} // namespace

LayoutResult layoutGraph(const LayoutInput &input)
{
    LayoutResult out;
    QElapsedTimer timer;
    timer.start();
    if (input.nodes.isEmpty())
        return out;
    QMutexLocker lock(&gvMutex());
    std::vector<Agnode_t *> nodes;
    std::vector<Agedge_t *> edges;
    GraphPtr g = build(input, nodes, edges, false);
    if (gvLayout(context(), g.get(), "dot") != 0) {
        out.error = QStringLiteral("graphviz could not lay the graph out");
        return out;
    }
    const boxf bb = GD_bb(g.get());
    const double top = bb.UR.y;
    auto flip = [&](pointf p) { return QPointF(p.x - bb.LL.x, top - p.y); };
    out.size = QSizeF(bb.UR.x - bb.LL.x, bb.UR.y - bb.LL.y);
    out.nodes.reserve(input.nodes.size());
    for (size_t i = 0; i < nodes.size(); ++i) {
        const QPointF centre = flip(ND_coord(nodes[i]));
        out.nodes.append(centre - QPointF(input.nodes[qsizetype(i)].width / 2, input.nodes[qsizetype(i)].height / 2));
    }
    out.edges.reserve(input.edges.size());
    for (Agedge_t *e : edges) {
        PlacedEdge placed;
        if (e && ED_spl(e) && ED_spl(e)->size > 0) {
            const bezier &bz = ED_spl(e)->list[0];
            for (int k = 0; k < bz.size; ++k)
                placed.points.append(flip(bz.list[k]));
            if (bz.eflag) {
                placed.hasArrow = true;
                placed.arrowTip = flip(bz.ep);
            }
            if (ED_label(e) && ED_label(e)->set)
                placed.labelPos = flip(ED_label(e)->pos);
        }
        out.edges.append(placed);
    }
    out.milliseconds = timer.nsecsElapsed() / 1e6;
    qCDebug(lcLayout) << "laid out" << input.nodes.size() << "nodes," << input.edges.size() << "edges in" << out.milliseconds << "ms";
    return out;
}

QByteArray renderGraph(const LayoutInput &input, const QString &format, QString *error)
{
    const bool svg = format == u"svg";
    if (!svg && format != u"dot") {
        if (error)
            *error = QStringLiteral("unknown graph format %1").arg(format);
        return {};
    }
    if (!svg)
        return toDot(input);
    QMutexLocker lock(&gvMutex());
    std::vector<Agnode_t *> nodes;
    std::vector<Agedge_t *> edges;
    GraphPtr g = build(input, nodes, edges, true);
    if (gvLayout(context(), g.get(), "dot") != 0) {
        if (error)
            *error = QStringLiteral("graphviz could not lay the graph out");
        return {};
    }
    char *data = nullptr;
    unsigned int length = 0;
    if (gvRenderData(context(), g.get(), "svg", &data, &length) != 0 || !data) {
        if (error)
            *error = QStringLiteral("graphviz could not render %1").arg(format);
        return {};
    }
    QByteArray result(data, qsizetype(length));
    gvFreeRenderData(data);
    return result;
}

} // namespace atrium
