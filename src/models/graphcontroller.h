// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "graph.h"
#include "graphlayout.h"

#include <QAbstractListModel>
#include <QColor>
#include <QObject>
#include <QPointer>
#include <QRectF>
#include <QTimer>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace atrium {

class AppController;

/** The boxes of the graph view, placed by the layout. */
class GraphNodeModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by GraphController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        RefRole = Qt::UserRole + 1,
        KindRole,
        NameRole,
        TitleRole,   ///< metadata.title, or the name
        OwnerRole,   ///< short owner name, empty if none
        XRole,
        YRole,
        WidthRole,
        HeightRole,
        DepthRole,   ///< hops from the centre
        CenterRole,  ///< the entity the graph is drawn around
        ColorRole,   ///< the kind's colour
        InCatalogRole, ///< false for a reference to an entity that is not loaded
    };
    Q_ENUM(Role)

    struct Node {
        QString ref, kind, name, title, owner;
        QRectF box;
        int depth = 0;
        bool center = false;
        bool inCatalog = true;
    };

    explicit GraphNodeModel(QObject *parent = nullptr) : QAbstractListModel(parent) {}
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_nodes.size()); }
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    void setNodes(QList<Node> nodes);
    const QList<Node> &nodes() const { return m_nodes; }
    /** Row of @p ref, or -1. */
    Q_INVOKABLE int indexOf(const QString &ref) const;

Q_SIGNALS:
    void countChanged();

private:
    QList<Node> m_nodes;
};

/** The relations graph around one entity, or its blast radius, laid out
 *  for GraphView.qml. Inputs are properties (centre, mode, depth,
 *  direction, relation pairs, kinds); any change recomputes the subgraph
 *  at once (a walk of the in-memory graph) and lays it out on a worker
 *  thread. A neighbourhood over `maxNodes` is not drawn: `state` says
 *  TooLarge and `depthCounts`/`kindCounts` tell the view how to narrow it. */
class GraphController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(atrium::AppController *app READ app WRITE setApp NOTIFY appChanged)
    Q_PROPERTY(QString centerRef READ centerRef WRITE setCenterRef NOTIFY centerRefChanged)
    Q_PROPERTY(Mode mode READ mode WRITE setMode NOTIFY inputsChanged)
    Q_PROPERTY(int depth READ depth WRITE setDepth NOTIFY inputsChanged)
    Q_PROPERTY(Direction direction READ direction WRITE setDirection NOTIFY inputsChanged)
    /** Forward types of the relation pairs to show (see allRelationPairs). */
    Q_PROPERTY(QStringList relationPairs READ relationPairs WRITE setRelationPairs NOTIFY inputsChanged)
    /** Lower-case kinds to show; empty shows every kind. */
    Q_PROPERTY(QStringList kinds READ kinds WRITE setKinds NOTIFY inputsChanged)
    Q_PROPERTY(int maxNodes READ maxNodes WRITE setMaxNodes NOTIFY inputsChanged)
    /** The text size the boxes are drawn in, as ThemeController's font
     *  scale (1 to 2): boxes are measured in it, so they grow with the text. */
    Q_PROPERTY(qreal fontScale READ fontScale WRITE setFontScale NOTIFY inputsChanged)
    /** Pixel sizes of a box's name and of its kind line and the edge labels,
     *  at fontScale: the view draws in the fonts the boxes were measured in. */
    Q_PROPERTY(int titlePixelSize READ titlePixelSize NOTIFY inputsChanged)
    Q_PROPERTY(int smallPixelSize READ smallPixelSize NOTIFY inputsChanged)
    Q_PROPERTY(QStringList allRelationPairs READ allRelationPairs CONSTANT)

    Q_PROPERTY(State state READ state NOTIFY resultChanged)
    Q_PROPERTY(atrium::GraphNodeModel *nodes READ nodes CONSTANT)
    /** `{from, to, type, label, path, arrow, labelX, labelY}`; `path` and
     *  `arrow` are SVG path data in content coordinates. */
    Q_PROPERTY(QVariantList edges READ edges NOTIFY resultChanged)
    Q_PROPERTY(qreal contentWidth READ contentWidth NOTIFY resultChanged)
    Q_PROPERTY(qreal contentHeight READ contentHeight NOTIFY resultChanged)
    /** Entities the walk reached (centre excluded), also when too many to draw. */
    Q_PROPERTY(int reachable READ reachable NOTIFY resultChanged)
    Q_PROPERTY(int edgeCount READ edgeCount NOTIFY resultChanged)
    /** `{depth, count, total}` per depth: total is what that depth would draw. */
    Q_PROPERTY(QVariantList depthCounts READ depthCounts NOTIFY resultChanged)
    /** `{kind, count, color, shown}` for the legend and the kind filter:
     *  every kind in the catalog's part reached, shown or not. */
    Q_PROPERTY(QVariantList kindCounts READ kindCounts NOTIFY resultChanged)
    /** Blast radius: `{owner, name, displayName, contact, count, inCatalog, entities}`,
     *  most affected first. */
    Q_PROPERTY(QVariantList owners READ owners NOTIFY resultChanged)
    Q_PROPERTY(double layoutMs READ layoutMs NOTIFY resultChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    enum Mode { Neighbourhood, BlastRadius };
    Q_ENUM(Mode)
    enum Direction { Dependencies, Dependents, Both };
    Q_ENUM(Direction)
    enum State {
        NoCenter,   ///< nothing to draw around
        Waiting,    ///< the catalog's graph is being built
        LayingOut,
        Ready,
        TooLarge,   ///< more than maxNodes: narrow it
        NotFound,   ///< the centre is not in the catalog
    };
    Q_ENUM(State)

    explicit GraphController(QObject *parent = nullptr);
    ~GraphController() override;

    AppController *app() const { return m_app; }
    void setApp(AppController *app);
    QString centerRef() const { return m_center; }
    void setCenterRef(const QString &ref);
    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    int depth() const { return m_depth; }
    void setDepth(int depth);
    Direction direction() const { return m_direction; }
    void setDirection(Direction d);
    QStringList relationPairs() const { return m_pairs; }
    void setRelationPairs(const QStringList &pairs);
    QStringList kinds() const { return m_kinds; }
    void setKinds(const QStringList &kinds);
    int maxNodes() const { return m_maxNodes; }
    void setMaxNodes(int n);
    qreal fontScale() const { return m_fontScale; }
    void setFontScale(qreal scale);
    int titlePixelSize() const;
    int smallPixelSize() const;
    QStringList allRelationPairs() const { return atrium::relationPairs(); }

    State state() const { return m_state; }
    GraphNodeModel *nodes() const { return m_nodes; }
    QVariantList edges() const { return m_edges; }
    qreal contentWidth() const { return m_size.width(); }
    qreal contentHeight() const { return m_size.height(); }
    int reachable() const { return m_sub.reachable; }
    int edgeCount() const { return int(m_edges.size()); }
    QVariantList depthCounts() const;
    QVariantList kindCounts() const;
    QVariantList owners() const { return m_owners; }
    double layoutMs() const { return m_layoutMs; }
    QString lastError() const { return m_lastError; }

    /** How a reader says the pair, e.g. "depends on / dependency of". */
    Q_INVOKABLE static QString relationPairLabel(const QString &pair);
    Q_INVOKABLE void setKindShown(const QString &kind, bool shown);
    Q_INVOKABLE void setRelationPairShown(const QString &pair, bool shown);
    /** The owners to notify as plain text, one per line, for an e-mail or chat. */
    Q_INVOKABLE QString ownersText() const;
    /** Puts ownersText() on the clipboard. */
    Q_INVOKABLE void copyOwners() const;
    /** Writes the drawn graph as `svg` or `dot` to @p file; false and
     *  lastError on failure. */
    Q_INVOKABLE bool exportGraph(const QUrl &file, const QString &format);
    /** A file name for an export, e.g. `order-service-graph.svg`. */
    Q_INVOKABLE QString suggestedFileName(const QString &format) const;

    /** Blocks until the layout under way is done (tests, screenshots). */
    bool waitForLayout(int timeoutMs = 10000);

Q_SIGNALS:
    void appChanged();
    void centerRefChanged();
    void inputsChanged();
    void resultChanged();
    void lastErrorChanged();
    /** A layout finished (Ready), or a state that needs none was reached. */
    void settled();

private:
    void schedule();
    void recompute();
    void setState(State s);
    void computeOwners(const QList<GraphHit> &hits);
    void setError(const QString &e);

    QPointer<AppController> m_app;
    QString m_center;
    Mode m_mode = Neighbourhood;
    int m_depth = 1;
    Direction m_direction = Both;
    QStringList m_pairs;
    QStringList m_kinds;
    int m_maxNodes = 250;
    qreal m_fontScale = 1.0;

    State m_state = NoCenter;
    GraphNodeModel *m_nodes;
    QVariantList m_edges;
    QSizeF m_size;
    Subgraph m_sub;
    QVariantList m_owners;
    double m_layoutMs = 0;
    QString m_lastError;
    LayoutInput m_layoutInput; ///< of what is drawn, for the exports
    QTimer m_debounce;
    int m_generation = 0;
};

} // namespace atrium
