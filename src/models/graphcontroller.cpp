// SPDX-License-Identifier: Apache-2.0
#include "graphcontroller.h"

#include "appcontroller.h"
#include "catalogmodel.h"
#include "entitydetails.h"
#include "entityref.h"
#include "kindpalette.h"

#include <QClipboard>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace atrium {

Q_LOGGING_CATEGORY(lcGraph, "atrium.models.graph")

namespace {
constexpr qreal kNodeHeight = 46;
constexpr qreal kMinNodeWidth = 120;
constexpr qreal kMaxNodeWidth = 260;
/** A box's name and its kind line, in pixels at 100 % text. */
constexpr int kTitlePixelSize = 13;
constexpr int kSmallPixelSize = 10;
/** What a box holds besides its two lines: the kind stripe and the margins
 *  GraphCanvas.qml leaves, across and down. */
constexpr qreal kNodePaddingX = 30;
constexpr qreal kNodePaddingY = 16;

QString pointText(const QPointF &p)
{
    return QString::number(p.x(), 'f', 1) + u' ' + QString::number(p.y(), 'f', 1);
}

QString bezierPath(const QList<QPointF> &pts)
{
    if (pts.isEmpty())
        return {};
    QString d = QStringLiteral("M ") + pointText(pts.first());
    for (qsizetype i = 1; i + 2 < pts.size(); i += 3)
        d += QStringLiteral(" C ") + pointText(pts[i]) + u' ' + pointText(pts[i + 1]) + u' ' + pointText(pts[i + 2]);
    return d;
}

// A filled triangle from the spline's end to graphviz's arrow tip.
QString arrowPath(const QPointF &from, const QPointF &tip)
{
    const QPointF dir = tip - from;
    const qreal len = std::hypot(dir.x(), dir.y());
    if (len < 0.01)
        return {};
    const QPointF n(-dir.y() / len * 4.5, dir.x() / len * 4.5);
    return QStringLiteral("M ") + pointText(tip) + QStringLiteral(" L ") + pointText(from + n) + QStringLiteral(" L ")
        + pointText(from - n) + QStringLiteral(" Z");
}

QString lightTint(const QColor &c)
{
    // The kind's colour at 12% over white, as the chips draw it.
    auto mix = [](int v) { return int(std::lround(255 + (v - 255) * 0.12)); };
    return QColor(mix(c.red()), mix(c.green()), mix(c.blue())).name();
}
} // namespace

// --- GraphNodeModel -------------------------------------------------------

QVariant GraphNodeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Node &n = m_nodes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return n.title;
    case RefRole:
        return n.ref;
    case KindRole:
        return n.kind;
    case NameRole:
        return n.name;
    case OwnerRole:
        return n.owner;
    case XRole:
        return n.box.x();
    case YRole:
        return n.box.y();
    case WidthRole:
        return n.box.width();
    case HeightRole:
        return n.box.height();
    case DepthRole:
        return n.depth;
    case CenterRole:
        return n.center;
    case ColorRole:
        return KindPalette::colorOf(n.kind);
    case InCatalogRole:
        return n.inCatalog;
    }
    return {};
}

QHash<int, QByteArray> GraphNodeModel::roleNames() const
{
    return {{RefRole, "ref"},     {KindRole, "kind"},       {NameRole, "name"},     {TitleRole, "title"},
            {OwnerRole, "owner"}, {XRole, "nodeX"},         {YRole, "nodeY"},       {WidthRole, "nodeWidth"},
            {HeightRole, "nodeHeight"}, {DepthRole, "depth"}, {CenterRole, "isCenter"}, {ColorRole, "kindColor"},
            {InCatalogRole, "inCatalog"}};
}

void GraphNodeModel::setNodes(QList<Node> nodes)
{
    const bool countChanges = nodes.size() != m_nodes.size();
    beginResetModel();
    m_nodes = std::move(nodes);
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

int GraphNodeModel::indexOf(const QString &ref) const
{
    for (qsizetype i = 0; i < m_nodes.size(); ++i)
        if (m_nodes[i].ref == ref)
            return int(i);
    return -1;
}

// --- GraphController ------------------------------------------------------

GraphController::GraphController(QObject *parent)
    : QObject(parent)
    , m_nodes(new GraphNodeModel(this))
{
    m_pairs = atrium::relationPairs();
    // Several inputs often change together (a preset, a restored view):
    // one walk and one layout for all of them.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(0);
    connect(&m_debounce, &QTimer::timeout, this, &GraphController::recompute);
}

GraphController::~GraphController()
{
    ++m_generation; // a layout still running reports to nobody
}

void GraphController::setApp(AppController *app)
{
    if (m_app == app)
        return;
    if (m_app)
        disconnect(m_app, nullptr, this, nullptr);
    m_app = app;
    if (m_app)
        connect(m_app, &AppController::graphChanged, this, &GraphController::schedule);
    Q_EMIT appChanged();
    schedule();
}

void GraphController::setCenterRef(const QString &ref)
{
    if (ref == m_center)
        return;
    m_center = ref;
    Q_EMIT centerRefChanged();
    schedule();
}

void GraphController::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    Q_EMIT inputsChanged();
    schedule();
}

void GraphController::setDepth(int depth)
{
    depth = std::clamp(depth, 1, 10);
    if (depth == m_depth)
        return;
    m_depth = depth;
    Q_EMIT inputsChanged();
    schedule();
}

void GraphController::setDirection(Direction d)
{
    if (d == m_direction)
        return;
    m_direction = d;
    Q_EMIT inputsChanged();
    schedule();
}

void GraphController::setRelationPairs(const QStringList &pairs)
{
    QStringList sorted;
    for (const QString &p : atrium::relationPairs())
        if (pairs.contains(p))
            sorted << p;
    if (sorted == m_pairs)
        return;
    m_pairs = sorted;
    Q_EMIT inputsChanged();
    schedule();
}

void GraphController::setKinds(const QStringList &kinds)
{
    QStringList lower;
    for (const QString &k : kinds)
        lower << k.toLower();
    lower.sort();
    lower.removeDuplicates();
    if (lower == m_kinds)
        return;
    m_kinds = lower;
    Q_EMIT inputsChanged();
    schedule();
}

void GraphController::setMaxNodes(int n)
{
    n = std::max(2, n);
    if (n == m_maxNodes)
        return;
    m_maxNodes = n;
    Q_EMIT inputsChanged();
    schedule();
}

void GraphController::setFontScale(qreal scale)
{
    scale = std::isfinite(scale) ? std::clamp(scale, 0.5, 3.0) : 1.0;
    if (qFuzzyCompare(scale, m_fontScale))
        return;
    m_fontScale = scale;
    Q_EMIT inputsChanged();
    schedule();
}

int GraphController::titlePixelSize() const
{
    return int(std::lround(kTitlePixelSize * m_fontScale));
}

int GraphController::smallPixelSize() const
{
    return int(std::lround(kSmallPixelSize * m_fontScale));
}

void GraphController::setKindShown(const QString &kind, bool shown)
{
    const QString k = kind.toLower();
    QStringList kinds = m_kinds;
    if (kinds.isEmpty()) {
        // "All kinds" made explicit, so that one can be taken away.
        for (auto it = m_sub.perKind.cbegin(); it != m_sub.perKind.cend(); ++it)
            kinds << it.key();
        if (m_app)
            for (const QString &known : m_app->catalog()->kinds())
                kinds << known.toLower();
    }
    if (shown)
        kinds << k;
    else
        kinds.removeAll(k);
    if (kinds.isEmpty())
        return; // nothing left to show is not a graph; keep the last kind
    setKinds(kinds);
}

void GraphController::setRelationPairShown(const QString &pair, bool shown)
{
    QStringList pairs = m_pairs;
    if (shown && !pairs.contains(pair))
        pairs << pair;
    if (!shown)
        pairs.removeAll(pair);
    if (pairs.isEmpty())
        return;
    setRelationPairs(pairs);
}

void GraphController::schedule()
{
    m_debounce.start();
}

void GraphController::setState(State s)
{
    m_state = s;
}

void GraphController::setError(const QString &e)
{
    if (e == m_lastError)
        return;
    m_lastError = e;
    Q_EMIT lastErrorChanged();
}

void GraphController::recompute()
{
    const int generation = ++m_generation;
    m_sub = {};
    m_owners.clear();
    m_edges.clear();
    m_size = {};
    m_layoutInput = {};
    auto finish = [this](State s) {
        setState(s);
        m_nodes->setNodes({});
        Q_EMIT resultChanged();
        Q_EMIT settled();
    };
    if (m_center.isEmpty() || !m_app)
        return finish(NoCenter);
    const auto graph = m_app->graph();
    if (!graph)
        return finish(Waiting);
    const CatalogModel *catalog = m_app->catalog();
    const bool inCatalog = catalog->find(m_center) != nullptr;
    if (!inCatalog && !graph->contains(m_center))
        return finish(NotFound);

    if (m_mode == BlastRadius) {
        m_sub = graph->blastSubgraph(m_center, -1, m_maxNodes);
        computeOwners(graph->blastRadius(m_center));
    } else {
        CatalogGraph::NeighbourhoodOptions o;
        o.depth = m_depth;
        o.direction = m_direction == Dependencies ? CatalogGraph::Direction::Dependencies
            : m_direction == Dependents           ? CatalogGraph::Direction::Dependents
                                                  : CatalogGraph::Direction::Both;
        o.relationPairs = m_pairs;
        o.kinds = m_kinds;
        o.maxNodes = m_maxNodes;
        m_sub = graph->neighbourhood(m_center, o);
    }
    if (m_sub.nodes.isEmpty()) // known to the catalog, but in no relation
        m_sub.nodes.append({m_center, 0, {}, {}});
    if (m_sub.truncated) {
        qCInfo(lcGraph) << m_center << "reaches" << m_sub.reachable << "entities; not drawn (limit" << m_maxNodes << ")";
        return finish(TooLarge);
    }

    // Boxes sized for their names in the view's font, at the chosen text
    // size (fontScale): the layout only places them.
    QFont font = QGuiApplication::font();
    font.setPixelSize(titlePixelSize());
    font.setWeight(QFont::DemiBold);
    const QFontMetricsF fm(font);
    QFont small = QGuiApplication::font();
    small.setPixelSize(smallPixelSize());
    small.setWeight(QFont::DemiBold);
    const QFontMetricsF fmSmall(small);
    // Two lines of text and the margins; never lower than at 100 %.
    const qreal nodeHeight = std::ceil(std::max(kNodeHeight, fm.height() + fmSmall.height() + 1 + kNodePaddingY));
    QList<GraphNodeModel::Node> nodes;
    LayoutInput in;
    in.title = m_center;
    in.fontScale = m_fontScale;
    QHash<QString, int> index;
    for (const GraphHit &h : m_sub.nodes) {
        GraphNodeModel::Node n;
        n.ref = h.ref;
        n.depth = h.depth;
        n.center = h.ref == m_center;
        if (const Entity *e = catalog->find(h.ref)) {
            n.kind = e->kind;
            n.name = e->name;
            n.title = e->title.isEmpty() ? e->name : e->title;
            n.owner = e->owner.isEmpty() ? QString() : CatalogModel::displayRef(e->owner, u"group");
        } else {
            const auto r = EntityRef::parse(h.ref);
            n.kind = r ? r->kind : QString();
            n.name = r ? r->name : h.ref;
            n.title = n.name;
            n.inCatalog = false;
        }
        const QString topLine = n.owner.isEmpty() ? n.kind : n.kind + QStringLiteral(" · ") + n.owner;
        const qreal text = std::max(fm.horizontalAdvance(n.title), fmSmall.horizontalAdvance(topLine));
        const qreal w = std::clamp(text + kNodePaddingX, kMinNodeWidth * m_fontScale, kMaxNodeWidth * m_fontScale);
        n.box = QRectF(0, 0, std::ceil(w), nodeHeight);
        index.insert(h.ref, int(nodes.size()));
        in.nodes.append({h.ref, n.box.width(), n.box.height(), n.title, lightTint(KindPalette::colorOf(n.kind))});
        nodes.append(n);
    }
    for (const GraphEdge &e : m_sub.edges)
        in.edges.append({index.value(e.from), index.value(e.to), EntityDetails::relationLabel(e.type)});
    m_layoutInput = in;
    setState(LayingOut);
    Q_EMIT resultChanged();

    auto *watcher = new QFutureWatcher<LayoutResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, nodes]() mutable {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // the inputs changed while it ran
        const LayoutResult r = watcher->result();
        if (!r.ok()) {
            setError(r.error);
            setState(NoCenter);
            m_nodes->setNodes({});
            Q_EMIT resultChanged();
            Q_EMIT settled();
            return;
        }
        // A margin so that boxes and arrows do not touch the view's edge.
        constexpr qreal margin = 24;
        for (qsizetype i = 0; i < nodes.size() && i < r.nodes.size(); ++i)
            nodes[i].box.moveTopLeft(r.nodes[i] + QPointF(margin, margin));
        QVariantList edges;
        for (qsizetype i = 0; i < r.edges.size() && i < m_sub.edges.size(); ++i) {
            const PlacedEdge &p = r.edges[i];
            QList<QPointF> pts;
            for (const QPointF &pt : p.points)
                pts << pt + QPointF(margin, margin);
            const GraphEdge &e = m_sub.edges[i];
            edges.append(QVariantMap{
                {QStringLiteral("from"), e.from},
                {QStringLiteral("to"), e.to},
                {QStringLiteral("type"), e.type},
                {QStringLiteral("label"), m_layoutInput.edges.value(i).label},
                {QStringLiteral("path"), bezierPath(pts)},
                {QStringLiteral("arrow"), p.hasArrow && !pts.isEmpty() ? arrowPath(pts.last(), p.arrowTip + QPointF(margin, margin)) : QString()},
                {QStringLiteral("labelX"), p.labelPos.x() + margin},
                {QStringLiteral("labelY"), p.labelPos.y() + margin},
            });
        }
        m_edges = edges;
        m_size = r.size + QSizeF(2 * margin, 2 * margin);
        m_layoutMs = r.milliseconds;
        m_nodes->setNodes(nodes);
        setError({});
        setState(Ready);
        Q_EMIT resultChanged();
        Q_EMIT settled();
    });
    watcher->setFuture(QtConcurrent::run([in] { return layoutGraph(in); }));
}

void GraphController::computeOwners(const QList<GraphHit> &hits)
{
    const CatalogModel *catalog = m_app->catalog();
    // Rows hold summaries (owner included); only groups and users need the
    // whole entity, for their profile and members.
    auto find = [catalog](const QString &ref) -> std::optional<Entity> {
        if (ref.startsWith(u"group:") || ref.startsWith(u"user:"))
            return catalog->fullEntity(ref);
        if (const Entity *e = catalog->find(ref))
            return *e;
        return std::nullopt;
    };
    for (const OwnerImpact &o : groupByOwner(hits, find)) {
        QString contact = o.email;
        if (contact.isEmpty())
            contact = o.memberEmails.join(QStringLiteral(", "));
        m_owners.append(QVariantMap{
            {QStringLiteral("owner"), o.owner},
            {QStringLiteral("name"), o.owner.isEmpty() ? tr("No owner") : CatalogModel::displayRef(o.owner, u"group")},
            {QStringLiteral("displayName"), o.displayName},
            {QStringLiteral("contact"), contact},
            {QStringLiteral("count"), int(o.entities.size())},
            {QStringLiteral("inCatalog"), o.inCatalog},
            {QStringLiteral("entities"), o.entities},
        });
    }
}

QVariantList GraphController::depthCounts() const
{
    QVariantList out;
    int total = 1; // the centre
    for (qsizetype d = 0; d < m_sub.perDepth.size(); ++d) {
        total += m_sub.perDepth[d];
        out.append(QVariantMap{{QStringLiteral("depth"), int(d + 1)},
                               {QStringLiteral("count"), m_sub.perDepth[d]},
                               {QStringLiteral("total"), total}});
    }
    return out;
}

QVariantList GraphController::kindCounts() const
{
    // Counted over what was drawn (or reached, when too large), centre included.
    QHash<QString, int> counts = m_sub.perKind;
    if (!m_center.isEmpty() && !m_sub.nodes.isEmpty())
        ++counts[m_center.left(std::max<qsizetype>(0, m_center.indexOf(u':')))];
    QStringList order;
    if (m_app)
        for (const QString &k : m_app->catalog()->kinds())
            order << k.toLower();
    for (const QString &k : m_kinds)
        if (!order.contains(k))
            order << k;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (!order.contains(it.key()))
            order << it.key();
    QVariantList out;
    for (const QString &k : order) {
        const bool shown = m_kinds.isEmpty() || m_kinds.contains(k);
        const int n = counts.value(k);
        // Kinds neither reached nor filtered out would be noise in the legend.
        if (n == 0 && shown)
            continue;
        out.append(QVariantMap{{QStringLiteral("kind"), k},
                               {QStringLiteral("count"), n},
                               {QStringLiteral("color"), KindPalette::colorOf(k)},
                               {QStringLiteral("shown"), shown}});
    }
    return out;
}

QString GraphController::relationPairLabel(const QString &pair)
{
    static const struct {
        const char16_t *pair;
        const char *label;
    } labels[] = {
        {u"ownedBy", QT_TR_NOOP("Ownership")},
        {u"dependsOn", QT_TR_NOOP("Dependencies")},
        {u"providesApi", QT_TR_NOOP("Provided APIs")},
        {u"consumesApi", QT_TR_NOOP("Consumed APIs")},
        {u"partOf", QT_TR_NOOP("Part of (systems, domains)")},
        {u"memberOf", QT_TR_NOOP("Membership")},
        {u"childOf", QT_TR_NOOP("Group hierarchy")},
    };
    for (const auto &l : labels)
        if (pair == QStringView(l.pair))
            return tr(l.label);
    return pair;
}

QString GraphController::ownersText() const
{
    QStringList lines;
    if (m_mode == BlastRadius && !m_center.isEmpty())
        lines << tr("If %1 fails, %Ln entities are affected:", nullptr, m_sub.reachable).arg(m_center);
    for (const QVariant &v : m_owners) {
        const QVariantMap o = v.toMap();
        QString line = QStringLiteral("- ") + o.value(QStringLiteral("name")).toString();
        const QString display = o.value(QStringLiteral("displayName")).toString();
        if (!display.isEmpty())
            line += QStringLiteral(" (") + display + u')';
        const QString contact = o.value(QStringLiteral("contact")).toString();
        if (!contact.isEmpty())
            line += QStringLiteral(" <") + contact + u'>';
        line += QStringLiteral(": ") + o.value(QStringLiteral("entities")).toStringList().join(QStringLiteral(", "));
        lines << line;
    }
    return lines.join(u'\n') + u'\n';
}

void GraphController::copyOwners() const
{
    if (auto *clipboard = QGuiApplication::clipboard())
        clipboard->setText(ownersText());
}

QString GraphController::suggestedFileName(const QString &format) const
{
    const auto r = EntityRef::parse(m_center);
    const QString base = !r || r->name.isEmpty() ? QStringLiteral("graph") : r->name;
    return base + (m_mode == BlastRadius ? QStringLiteral("-blast-radius.") : QStringLiteral("-graph.")) + format;
}

bool GraphController::exportGraph(const QUrl &file, const QString &format)
{
    if (m_state != Ready || m_layoutInput.nodes.isEmpty()) {
        setError(tr("There is no graph to export."));
        return false;
    }
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    QString error;
    const QByteArray data = renderGraph(m_layoutInput, format, &error);
    if (data.isEmpty()) {
        setError(tr("Cannot export the graph as %1: %2").arg(format.toUpper(), error));
        return false;
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit()) {
        setError(tr("Cannot write %1: %2").arg(path, out.errorString()));
        return false;
    }
    setError({});
    qCInfo(lcGraph) << "exported" << m_center << "as" << format << "to" << path;
    return true;
}

bool GraphController::waitForLayout(int timeoutMs)
{
    if (m_debounce.isActive()) {
        m_debounce.stop();
        recompute();
    }
    if (m_state != LayingOut)
        return true;
    QEventLoop loop;
    connect(this, &GraphController::settled, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return m_state != LayingOut;
}

} // namespace atrium
