// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QSizeF>
#include <QString>

namespace atrium {

/** A box to place; sizes in pixels (the view's font decides them). */
struct LayoutNode {
    QString id;
    double width = 120;
    double height = 40;
    QString label;     ///< for the SVG and DOT exports
    QString fillColor; ///< `#rrggbb`, for the exports
};

struct LayoutEdge {
    int from = 0; ///< index into LayoutInput::nodes
    int to = 0;
    QString label;
};

struct LayoutInput {
    QList<LayoutNode> nodes;
    QList<LayoutEdge> edges;
    bool leftToRight = true; ///< ranks from left to right, else top to bottom
    QString title;           ///< the graph's name in exports
    double fontScale = 1;    ///< the view's text size: edge labels and gaps grow with it
};

struct PlacedEdge {
    /** A cubic Bézier spline: the start point, then three points per
     *  segment (two control points and the end). */
    QList<QPointF> points;
    bool hasArrow = false;
    QPointF arrowTip;   ///< where the arrow head points, past the last point
    QPointF labelPos;   ///< centre of the label, when the edge has one
};

/** Where everything went, in pixels, origin top left. */
struct LayoutResult {
    QList<QPointF> nodes; ///< top-left corner of each node, in input order
    QList<PlacedEdge> edges;
    QSizeF size;
    QString error;        ///< empty on success
    double milliseconds = 0;
    bool ok() const { return error.isEmpty(); }
};

/** Lays @p input out with graphviz's `dot` (layered, crossing-minimising,
 *  deterministic for the same input order, so a view stays put when it is
 *  laid out again). Thread-safe: graphviz keeps global state, so calls are
 *  serialised. */
LayoutResult layoutGraph(const LayoutInput &input);

/** The graph as graphviz renders it: `svg` (laid out, with the labels and
 *  colours given) or `dot` (the graph's source, no positions). */
QByteArray renderGraph(const LayoutInput &input, const QString &format, QString *error = nullptr);

} // namespace atrium
