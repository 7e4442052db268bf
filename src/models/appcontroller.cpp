// SPDX-License-Identifier: Apache-2.0
#include "appcontroller.h"

#include "catalogmodel.h"
#include "entityref.h"
#include "problemsmodel.h"

#include <QDesktopServices>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace atrium {

Q_LOGGING_CATEGORY(lcApp, "atrium.models.app")

AppController::AppController(QObject *parent, const QString &demoParent)
    : QObject(parent)
    , m_catalog(new CatalogModel(this))
    , m_problems(new ProblemsModel(this))
    , m_demoParent(demoParent)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    // One worker: a load and an import never overlap, and each opens its
    // own store (one connection per thread).
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<CatalogSnapshot>::finished, this, [this] {
        apply(m_watcher.result());
    });
    m_ageTimer.setInterval(60 * 1000);
    connect(&m_ageTimer, &QTimer::timeout, this, &AppController::cacheAgeChanged);
    m_ageTimer.start();
}

AppController::~AppController()
{
    // A graph being built reads the cache; let it finish before the demo
    // folder goes.
    m_graphGeneration = -1;
    m_graphFuture.waitForFinished();
    // The job may still be writing into the demo folder.
    m_watcher.waitForFinished();
    m_pool.waitForDone();
}

void AppController::openCache(const QString &path)
{
    if (m_loading) {
        qCWarning(lcApp) << "already loading; ignored opening" << path;
        return;
    }
    m_demoDir.reset();
    start([path] { return readCatalogCache(path); }, false);
}

void AppController::openDemo()
{
    if (m_loading) {
        qCWarning(lcApp) << "already loading; ignored opening the demo";
        return;
    }
    const QString parent =
        m_demoParent.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation) : m_demoParent;
    QDir().mkpath(parent);
    // A fresh folder per run: two windows on the demo must not share files,
    // and an old demo cache with an outdated schema never gets in the way.
    auto dir = std::make_unique<QTemporaryDir>(QDir(parent).filePath(QStringLiteral("demo-XXXXXX")));
    if (!dir->isValid()) {
        setError(tr("Cannot create a folder for the demo in %1: %2")
                     .arg(QDir::toNativeSeparators(parent), dir->errorString()));
        Q_EMIT loadFinished(false);
        return;
    }
    const QString folder = dir->path();
    m_demoDir = std::move(dir);
    const QString cache = QDir(folder).filePath(QStringLiteral("demo.sqlite"));
    start([folder, cache] { return importDemoCatalog(QStringLiteral(":/demo"), folder, cache); }, true);
}

void AppController::reload()
{
    if (m_loading) {
        m_reloadPending = true;
        return;
    }
    if (m_cachePath.isEmpty())
        return;
    const QString path = m_cachePath;
    const bool demo = m_demo;
    start([path] { return readCatalogCache(path); }, demo);
}

void AppController::start(std::function<CatalogSnapshot()> job, bool demo)
{
    m_loading = true;
    m_pendingDemo = demo;
    Q_EMIT loadingChanged();
    m_watcher.setFuture(QtConcurrent::run(&m_pool, std::move(job)));
}

void AppController::apply(const CatalogSnapshot &snap)
{
    m_loading = false;
    m_loaded = snap.ok();
    if (snap.ok()) {
        m_cachePath = snap.cachePath;
        m_demo = m_pendingDemo;
        m_lastUpdated = snap.updatedAt;
        m_sources = snap.sources;
        m_catalog->setSourceFolders(snap.folders);
        m_reader = std::make_unique<CatalogStore>();
        QString readerError;
        if (m_reader->open(snap.cachePath, &readerError)) {
            CatalogStore *reader = m_reader.get();
            m_catalog->setFullEntityLoader([reader](const QString &ref) { return reader->entity(ref); });
        } else {
            qCWarning(lcApp) << "cannot open a reader on" << snap.cachePath << readerError;
            m_catalog->setFullEntityLoader({});
        }
        m_catalog->setEntities(snap.entities);
        m_problems->setDiagnostics(snap.diagnostics, snap.folders);
        buildGraph(snap.cachePath);
        loadStarred();
        updateMyOwners();
        setError({});
        qCInfo(lcApp) << "opened" << snap.cachePath << "with" << snap.entities.size() << "entities,"
                      << snap.diagnostics.size() << "problems";
        // The selection may be gone from the new catalog.
        if (!m_selectedRef.isEmpty() && !m_catalog->find(m_selectedRef))
            clearSelection();
        Q_EMIT sourceChanged();
        Q_EMIT cacheAgeChanged();
    } else {
        setError(snap.error);
    }
    Q_EMIT loadingChanged();
    Q_EMIT loadFinished(snap.ok());
    if (m_reloadPending) {
        m_reloadPending = false;
        reload();
    }
}

void AppController::buildGraph(const QString &cachePath)
{
    // The old graph describes the old catalog: gone until the new one is built.
    const int generation = ++m_graphGeneration;
    if (m_graph) {
        m_graph.reset();
        Q_EMIT graphChanged();
    }
    QStringList refs;
    refs.reserve(m_catalog->count());
    for (int i = 0; i < m_catalog->count(); ++i)
        refs << m_catalog->keysAt(i).ref;
    auto *watcher = new QFutureWatcher<std::shared_ptr<const CatalogGraph>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_graphGeneration)
            return; // a newer catalog came in meanwhile
        m_graph = watcher->result();
        qCInfo(lcApp) << "relations graph ready:" << m_graph->nodeCount() << "nodes";
        Q_EMIT graphChanged();
    });
    // Not on m_pool: that worker must stay free for the next load.
    m_graphFuture = QtConcurrent::run([cachePath, refs] {
        auto g = std::make_shared<CatalogGraph>();
        for (const QString &ref : refs)
            g->addNode(ref);
        CatalogStore store;
        QString error;
        if (store.open(cachePath, &error))
            store.forEachRelation([&](const QString &f, const QString &t, const QString &to) { g->addRelation(f, t, to); });
        else
            qCWarning(lcApp) << "cannot read relations from" << cachePath << error;
        g->finish();
        return std::shared_ptr<const CatalogGraph>(std::move(g));
    });
    watcher->setFuture(m_graphFuture);
}

void AppController::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

bool AppController::waitForLoaded(int timeoutMs)
{
    if (!m_loading)
        return m_loaded;
    QEventLoop loop;
    bool ok = false;
    connect(this, &AppController::loadFinished, &loop, [&](bool result) {
        ok = result;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return ok;
}

QString AppController::cacheAge() const
{
    return ageText(m_lastUpdated, m_now());
}

QString AppController::ageText(const QDateTime &then, const QDateTime &now)
{
    if (!then.isValid())
        return {};
    const qint64 secs = then.secsTo(now);
    if (secs < 60)
        return tr("just now");
    if (secs < 3600)
        return tr("%1 min ago").arg(secs / 60);
    if (secs < 24 * 3600)
        return tr("%1 h ago").arg(secs / 3600);
    if (secs < 7 * 24 * 3600)
        return tr("%1 d ago").arg(secs / (24 * 3600));
    return QLocale().toString(then.toLocalTime().date(), QLocale::ShortFormat);
}

void AppController::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    Q_EMIT cacheAgeChanged();
}

void AppController::setSelectedRef(const QString &ref)
{
    // Picking from the table starts a new trail for back().
    const bool hadHistory = !m_history.isEmpty() || !m_forward.isEmpty();
    m_history.clear();
    m_forward.clear();
    if (!select(ref) && hadHistory)
        Q_EMIT selectedRefChanged();
}

bool AppController::select(const QString &ref)
{
    const QString canonical = ref.toLower();
    if (canonical == m_selectedRef)
        return false;
    m_selectedRef = canonical;
    Q_EMIT selectedRefChanged();
    return true;
}

void AppController::navigateTo(const QString &ref)
{
    if (ref.toLower() == m_selectedRef)
        return;
    m_forward.clear();
    if (!m_selectedRef.isEmpty()) {
        m_history.append(m_selectedRef);
        // Enough to retrace a browsing session, small enough to never matter.
        if (m_history.size() > 100)
            m_history.removeFirst();
    }
    select(ref);
}

void AppController::back()
{
    if (m_history.isEmpty())
        return;
    if (!m_selectedRef.isEmpty())
        m_forward.append(m_selectedRef);
    m_selectedRef = m_history.takeLast();
    Q_EMIT selectedRefChanged();
}

void AppController::goForward()
{
    if (m_forward.isEmpty())
        return;
    if (!m_selectedRef.isEmpty())
        m_history.append(m_selectedRef);
    m_selectedRef = m_forward.takeLast();
    Q_EMIT selectedRefChanged();
}

void AppController::clearSelection()
{
    setSelectedRef({});
}

namespace {
// One settings value, a map from catalog to its starred refs: cache paths
// hold slashes, which QSettings would read as groups in a key.
const QString starredSetting = QStringLiteral("catalog/starred");
} // namespace

const QString meSetting = QStringLiteral("identity/user");

void AppController::setMe(const QString &ref)
{
    const QString canonical = ref.isEmpty() ? QString() : EntityRef::canonical(ref, u"user");
    if (canonical == m_me)
        return;
    m_me = canonical;
    QSettings settings;
    if (m_me.isEmpty())
        settings.remove(meSetting);
    else
        settings.setValue(meSetting, m_me);
    updateMyOwners();
}

void AppController::setSignedInLogins(const QStringList &logins)
{
    m_logins = logins;
    updateMyOwners();
}

void AppController::updateMyOwners()
{
    if (m_me.isEmpty())
        m_me = QSettings().value(meSetting).toString();
    if (m_me.isEmpty()) {
        for (const QString &login : std::as_const(m_logins)) {
            const QString ref = EntityRef::canonical(login, u"user");
            if (!ref.isEmpty() && m_catalog->find(ref)) {
                m_me = ref; // not saved: a choice the user did not make
                break;
            }
        }
    }
    QStringList owners;
    if (!m_me.isEmpty()) {
        owners << m_me;
        // Direct groups only: a parent group's services are not "mine".
        if (const auto e = m_catalog->fullEntity(m_me))
            for (const Relation &r : e->relations)
                if (r.type == u"memberOf")
                    owners << r.targetRef;
    }
    owners.removeDuplicates();
    m_myOwners = owners;
    Q_EMIT meChanged();
}

QString AppController::starredKey() const
{
    // Each demo run extracts to a new folder; its stars belong to "the demo".
    if (m_demo)
        return QStringLiteral("demo");
    return m_cachePath.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(m_cachePath).absoluteFilePath());
}

void AppController::loadStarred()
{
    const QString key = starredKey();
    QStringList refs;
    if (!key.isEmpty())
        refs = QSettings().value(starredSetting).toMap().value(key).toStringList();
    refs.sort();
    if (refs == m_starred)
        return;
    m_starred = refs;
    Q_EMIT starredChanged();
}

bool AppController::isStarred(const QString &ref) const
{
    return std::binary_search(m_starred.cbegin(), m_starred.cend(), ref.toLower());
}

void AppController::setStarred(const QString &ref, bool starred)
{
    const QString canonical = ref.toLower();
    const QString key = starredKey();
    if (canonical.isEmpty() || key.isEmpty() || isStarred(canonical) == starred)
        return;
    if (starred) {
        m_starred.insert(std::lower_bound(m_starred.begin(), m_starred.end(), canonical), canonical);
    } else {
        m_starred.removeOne(canonical);
    }
    if (!starred && m_toasts) {
        // Unstarring is one click away from a mistake: say it, with Undo.
        const Entity *e = m_catalog->find(canonical);
        const QString name = e ? (e->title.isEmpty() ? e->name : e->title) : canonical;
        m_toasts->show(tr("Removed %1 from starred").arg(name), tr("Undo"),
                       [self = QPointer<AppController>(this), canonical] {
                           if (self)
                               self->setStarred(canonical, true);
                       });
    }
    QSettings settings;
    QVariantMap all = settings.value(starredSetting).toMap();
    if (m_starred.isEmpty())
        all.remove(key);
    else
        all.insert(key, m_starred);
    settings.setValue(starredSetting, all);
    Q_EMIT starredChanged();
}

void AppController::setToasts(ToastModel *toasts)
{
    if (m_toasts == toasts)
        return;
    m_toasts = toasts;
    Q_EMIT toastsChanged();
}

ToastModel *AppController::toasts() const
{
    return m_toasts;
}

bool AppController::hasEntity(const QString &ref) const
{
    return m_catalog->find(ref) != nullptr;
}

bool AppController::openLink(const QString &url)
{
    const QUrl u = QUrl::fromUserInput(url);
    const QString scheme = u.scheme().toLower();
    if (!u.isValid() || (scheme != u"https" && scheme != u"http" && scheme != u"mailto")) {
        qCWarning(lcApp) << "refused to open link" << url;
        Q_EMIT linkRefused(url);
        return false;
    }
    if (!m_linksEnabled)
        return true;
    return QDesktopServices::openUrl(u);
}

} // namespace atrium
