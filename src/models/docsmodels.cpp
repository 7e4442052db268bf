// SPDX-License-Identifier: Apache-2.0
#include "docsmodels.h"

#include "appcontroller.h"
#include "catalogmodel.h"
#include "catalogstore.h"
#include "docsstore.h"
#include "searchindex.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSet>

namespace atrium {

Q_LOGGING_CATEGORY(lcDocsModels, "atrium.models.docs")

// ---------------------------------------------------------------- home

DocsHomeModel::DocsHomeModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int DocsHomeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

QVariant DocsHomeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(m_visible.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return r.name;
    case RefRole: return r.ref;
    case KindRole: return r.kind;
    case SiteNameRole: return r.siteName;
    case DescriptionRole: return r.description;
    case OwnerRole: return r.owner;
    case OwnerRefRole: return r.ownerRef;
    case PagesRole: return r.pages;
    case ProblemsRole: return r.problems;
    case UpdatedRole: return r.updatedAt.isValid() ? AppController::ageText(r.updatedAt, QDateTime::currentDateTimeUtc()) : QString();
    case UpdatedAtRole: return r.updatedAt;
    }
    return {};
}

QHash<int, QByteArray> DocsHomeModel::roleNames() const
{
    return {{RefRole, "ref"},           {KindRole, "kind"},       {NameRole, "name"},
            {SiteNameRole, "siteName"}, {DescriptionRole, "description"}, {OwnerRole, "owner"},
            {OwnerRefRole, "ownerRef"}, {PagesRole, "pages"},     {ProblemsRole, "problems"},
            {UpdatedRole, "updated"},   {UpdatedAtRole, "updatedAt"}};
}

void DocsHomeModel::setController(AppController *controller)
{
    if (m_controller == controller)
        return;
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    if (m_controller)
        connect(m_controller, &AppController::loadFinished, this, &DocsHomeModel::refresh);
    Q_EMIT controllerChanged();
    refresh();
}

void DocsHomeModel::setFilter(const QString &filter)
{
    if (m_filter == filter)
        return;
    m_filter = filter;
    Q_EMIT filterChanged();
    beginResetModel();
    applyFilter();
    endResetModel();
    Q_EMIT countChanged();
}

void DocsHomeModel::refresh()
{
    QList<Row> rows;
    QString error;
    if (m_controller && !m_controller->cachePath().isEmpty() && m_controller->loaded()) {
        // A few rows from the cache on the GUI thread: about 1 ms for 100 sites.
        CatalogStore store;
        if (store.open(m_controller->cachePath(), &error)) {
            docs::DocsStore docsStore(store);
            const CatalogModel *catalog = m_controller->catalog();
            for (const QString &ref : docsStore.entityRefs()) {
                Row r;
                r.ref = ref;
                const std::optional<docs::Site> site = docsStore.site(ref);
                if (site) {
                    r.siteName = site->name();
                    r.pages = int(site->pages().size());
                }
                r.problems = int(docsStore.problems(ref).size());
                r.updatedAt = docsStore.updatedAt(ref);
                if (const Entity *e = catalog ? catalog->find(ref) : nullptr) {
                    r.kind = e->kind;
                    r.name = e->title.isEmpty() ? e->name : e->title;
                    r.description = e->description;
                    r.ownerRef = e->owner;
                    r.owner = CatalogModel::displayRef(e->owner, u"group");
                } else {
                    r.kind = ref.section(u':', 0, 0);
                    r.name = ref.section(u'/', -1);
                }
                r.haystack = QStringList{r.name, r.siteName, r.owner, r.ref, r.description}.join(u'\n').toLower();
                rows << r;
            }
            std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
                return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
            });
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_error = error;
    applyFilter();
    endResetModel();
    Q_EMIT countChanged();
}

void DocsHomeModel::applyFilter()
{
    m_visible.clear();
    const QStringList words = m_filter.toLower().split(u' ', Qt::SkipEmptyParts);
    for (int i = 0; i < m_rows.size(); ++i) {
        bool all = true;
        for (const QString &w : words)
            all = all && m_rows[i].haystack.contains(w);
        if (all)
            m_visible << i;
    }
}

QString DocsHomeModel::refAt(int row) const
{
    return row >= 0 && row < m_visible.size() ? m_rows.at(m_visible.at(row)).ref : QString();
}

// ---------------------------------------------------------------- search

/** The worker's side: one connection to the cache, on the search thread. */
class SearchWorker
{
public:
    std::atomic<quint64> latest{0};
    // Touched on the search thread only.
    QString path;
    std::unique_ptr<CatalogStore> store;
};

SearchModel::SearchModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_state(std::make_shared<SearchWorker>())
{
    m_thread.setObjectName(QStringLiteral("atrium-search"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

SearchModel::~SearchModel()
{
    m_state->latest = ~quint64(0);
    // The connection must close on the thread that opened it.
    QMetaObject::invokeMethod(m_worker, [state = m_state] { state->store.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

int SearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Hit &h = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole: return h.title;
    case TypeRole: return h.type;
    case RefRole: return h.ref;
    case KindRole: return h.kind;
    case PagePathRole: return h.pagePath;
    case AnchorRole: return h.anchor;
    case TitleHtmlRole: return h.titleHtml;
    case SnippetRole: return h.snippet;
    case RankRole: return h.rank;
    case EntityNameRole: return h.entityName;
    case OwnerRole: return h.owner;
    }
    return {};
}

QHash<int, QByteArray> SearchModel::roleNames() const
{
    return {{TypeRole, "type"},           {RefRole, "ref"},       {KindRole, "kind"},
            {PagePathRole, "pagePath"},   {AnchorRole, "anchor"}, {TitleRole, "title"},
            {TitleHtmlRole, "titleHtml"}, {SnippetRole, "snippet"}, {RankRole, "rank"},
            {EntityNameRole, "entityName"}, {OwnerRole, "owner"}};
}

void SearchModel::setController(AppController *controller)
{
    if (m_controller == controller)
        return;
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    if (m_controller)
        connect(m_controller, &AppController::loadFinished, this, &SearchModel::schedule);
    Q_EMIT controllerChanged();
    schedule();
}

void SearchModel::setQuery(const QString &query)
{
    if (m_query == query)
        return;
    m_query = query;
    Q_EMIT queryChanged();
    schedule();
}

#define ATRIUM_SEARCH_SETTER(Name, member, Type)                                                                       \
    void SearchModel::Name(Type value)                                                                                 \
    {                                                                                                                  \
        if (member == value)                                                                                           \
            return;                                                                                                    \
        member = value;                                                                                                \
        Q_EMIT filtersChanged();                                                                                       \
        schedule();                                                                                                    \
    }
ATRIUM_SEARCH_SETTER(setKinds, m_kinds, const QStringList &)
ATRIUM_SEARCH_SETTER(setOwners, m_owners, const QStringList &)
ATRIUM_SEARCH_SETTER(setEntities, m_entities, bool)
ATRIUM_SEARCH_SETTER(setDocs, m_docs, bool)
ATRIUM_SEARCH_SETTER(setEntityRef, m_entityRef, const QString &)
ATRIUM_SEARCH_SETTER(setLimit, m_limit, int)
#undef ATRIUM_SEARCH_SETTER

void SearchModel::toggleKind(const QString &kind)
{
    QStringList k = m_kinds;
    if (!k.removeAll(kind))
        k << kind;
    setKinds(k);
}

void SearchModel::toggleOwner(const QString &ownerRef)
{
    QStringList o = m_owners;
    if (!o.removeAll(ownerRef))
        o << ownerRef;
    setOwners(o);
}

QVariantMap SearchModel::get(int row) const
{
    QVariantMap m;
    if (row < 0 || row >= m_hits.size())
        return m;
    const QHash<int, QByteArray> roles = roleNames();
    for (auto it = roles.cbegin(); it != roles.cend(); ++it)
        m.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    return m;
}

void SearchModel::schedule()
{
    const quint64 generation = ++m_generation;
    m_state->latest = generation;
    const bool wasLoading = m_answered + 1 < generation;
    const QString path = m_controller && m_controller->loaded() ? m_controller->cachePath() : QString();
    if (path.isEmpty() || m_query.trimmed().isEmpty()) {
        onResults(generation, {}, {});
        return;
    }
    if (!wasLoading)
        Q_EMIT loadingChanged();
    docs::SearchFilters filters;
    filters.kinds = m_kinds;
    filters.owners = m_owners;
    filters.entities = m_entities;
    filters.docs = m_docs;
    filters.entityRef = m_entityRef;
    const QString query = m_query;
    const int limit = m_limit;
    QPointer<SearchModel> self(this);
    QMetaObject::invokeMethod(m_worker, [state = m_state, self, generation, path, query, filters, limit] {
        if (state->latest != generation)
            return; // a newer query is queued behind this one
        QList<Hit> hits;
        QString error;
        if (!state->store || state->path != path) {
            state->store = std::make_unique<CatalogStore>();
            state->path = path;
            if (!state->store->open(path, &error))
                state->store.reset();
        }
        if (state->store) {
            QElapsedTimer timer;
            timer.start();
            docs::SearchIndex index(*state->store);
            const QList<docs::SearchHit> found = index.search(query, filters, limit, &error);
            for (const docs::SearchHit &f : found) {
                Hit h;
                h.type = f.type == docs::SearchHit::Type::Doc ? QStringLiteral("doc") : QStringLiteral("entity");
                h.ref = f.ref;
                h.kind = f.kind;
                h.pagePath = f.pagePath;
                h.anchor = f.anchor;
                h.title = f.title;
                h.titleHtml = f.titleHtml;
                h.snippet = f.snippet;
                h.rank = f.rank;
                hits << h;
            }
            qCDebug(lcDocsModels) << "search" << query << found.size() << "hits in" << timer.elapsed() << "ms";
        }
        QMetaObject::invokeMethod(
            qApp, [self, generation, hits, error] {
                if (self)
                    self->onResults(generation, hits, error);
            },
            Qt::QueuedConnection);
    });
}

void SearchModel::onResults(quint64 generation, const QList<Hit> &found, const QString &error)
{
    if (generation < m_generation) {
        // Superseded; the newer answer will come.
        m_answered = std::max(m_answered, generation);
        return;
    }
    QList<Hit> hits = found;
    QStringList kinds;
    QVariantList owners;
    QSet<QString> ownerSeen;
    const CatalogModel *catalog = m_controller ? m_controller->catalog() : nullptr;
    for (Hit &h : hits) {
        if (const Entity *e = catalog ? catalog->find(h.ref) : nullptr) {
            h.entityName = e->title.isEmpty() ? e->name : e->title;
            h.ownerRef = e->owner;
            h.owner = CatalogModel::displayRef(e->owner, u"group");
            if (h.kind.isEmpty())
                h.kind = e->kind;
        }
        if (!h.kind.isEmpty() && !kinds.contains(h.kind, Qt::CaseInsensitive))
            kinds << h.kind;
        if (!h.ownerRef.isEmpty() && !ownerSeen.contains(h.ownerRef)) {
            ownerSeen.insert(h.ownerRef);
            owners << QVariantMap{{QStringLiteral("ref"), h.ownerRef}, {QStringLiteral("name"), h.owner}};
        }
    }
    // Chips stay for what is selected, even when no result has it any more.
    for (const QString &k : m_kinds)
        if (!kinds.contains(k, Qt::CaseInsensitive))
            kinds << k;
    for (const QString &o : m_owners)
        if (!ownerSeen.contains(o))
            owners << QVariantMap{{QStringLiteral("ref"), o}, {QStringLiteral("name"), CatalogModel::displayRef(o, u"group")}};
    const bool wasLoading = loading();
    beginResetModel();
    m_hits = std::move(hits);
    m_availableKinds = kinds;
    m_availableOwners = owners;
    endResetModel();
    m_answered = generation;
    Q_EMIT countChanged();
    if (m_error != error) {
        m_error = error;
        Q_EMIT errorChanged();
    }
    if (wasLoading)
        Q_EMIT loadingChanged();
    Q_EMIT resultsReady();
}

bool SearchModel::waitForResults(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (loading() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return !loading();
}

} // namespace atrium
