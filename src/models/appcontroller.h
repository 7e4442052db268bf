// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "catalogstore.h"
#include "graph.h"

#include "catalogmodel.h"
#include "catalogsnapshot.h"
#include "createtask.h"
#include "problemsmodel.h"
#include "taskstore.h"
#include "toastmodel.h"

#include <QDateTime>
#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QThreadPool>
#include <QTimer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>
#include <functional>
#include <memory>

class QTemporaryDir;

namespace atrium {

/** The application's state that outlives any one page: which catalog is
 *  open (a cache file, or the bundled demo), its entities and problems,
 *  which entity is selected, and the actions on them.
 *
 *  Created by the composition root (gui.cpp) and handed to Main.qml.
 *  Reading and importing run on a worker thread; `loading` and `error`
 *  say how that went. */
class AppController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(atrium::CatalogModel *catalog READ catalog CONSTANT)
    Q_PROPERTY(atrium::ProblemsModel *problems READ problems CONSTANT)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadingChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(QString cachePath READ cachePath NOTIFY sourceChanged)
    Q_PROPERTY(bool demo READ isDemo NOTIFY sourceChanged)
    Q_PROPERTY(QDateTime lastUpdated READ lastUpdated NOTIFY sourceChanged)
    /** "5 min ago", refreshed every minute; empty when never updated. */
    Q_PROPERTY(QString cacheAge READ cacheAge NOTIFY cacheAgeChanged)
    Q_PROPERTY(QString selectedRef READ selectedRef WRITE setSelectedRef NOTIFY selectedRefChanged)
    Q_PROPERTY(bool canGoBack READ canGoBack NOTIFY selectedRefChanged)
    Q_PROPERTY(bool canGoForward READ canGoForward NOTIFY selectedRefChanged)
    /** Canonical refs of the entities the user starred in this catalog,
     *  kept across restarts (QSettings, per cache file; one set for the demo). */
    Q_PROPERTY(QStringList starred READ starred NOTIFY starredChanged)
    /** The relations graph of the open catalog is built (in the background,
     *  after the catalog shows: 0.7 s at 50k entities). */
    Q_PROPERTY(bool graphReady READ graphReady NOTIFY graphChanged)
    /** Who the user is in the catalog: a User entity ref, chosen once and
     *  kept across restarts; empty until chosen. */
    Q_PROPERTY(QString me READ me WRITE setMe NOTIFY meChanged)
    /** The user and the groups they are a member of: the owners "owned by me" matches. */
    Q_PROPERTY(QStringList myOwners READ myOwners NOTIFY meChanged)
    /** The window's toasts; null when the application shows none (tests). */
    Q_PROPERTY(atrium::ToastModel *toasts READ toasts NOTIFY toastsChanged)

public:
    /** @p demoParent is where demo folders are made (default: the user's
     *  cache location). */
    explicit AppController(QObject *parent = nullptr, const QString &demoParent = {});
    ~AppController() override;

    CatalogModel *catalog() const { return m_catalog; }
    ProblemsModel *problems() const { return m_problems; }
    bool loading() const { return m_loading; }
    bool loaded() const { return m_loaded; }
    QString error() const { return m_error; }
    QString cachePath() const { return m_cachePath; }
    bool isDemo() const { return m_demo; }
    QDateTime lastUpdated() const { return m_lastUpdated; }
    QString cacheAge() const;
    QString selectedRef() const { return m_selectedRef; }
    void setSelectedRef(const QString &ref);
    bool canGoBack() const { return !m_history.isEmpty(); }
    bool canGoForward() const { return !m_forward.isEmpty(); }
    QStringList starred() const { return m_starred; }
    bool graphReady() const { return m_graph != nullptr; }
    QString me() const { return m_me; }
    void setMe(const QString &ref);
    QStringList myOwners() const { return m_myOwners; }
    /** The GitHub logins the sync's tokens belong to: until the user picks
     *  who they are, the User entity named like one of them is "me"
     *  (Backstage's GitHub org provider names users by login). */
    void setSignedInLogins(const QStringList &logins);
    /** The relations graph of the open catalog, or null while it is built.
     *  Immutable and shared: walks may run on any thread. */
    std::shared_ptr<const CatalogGraph> graph() const { return m_graph; }
    Q_INVOKABLE bool isStarred(const QString &ref) const;
    Q_INVOKABLE void setStarred(const QString &ref, bool starred);
    Q_INVOKABLE void toggleStarred(const QString &ref) { setStarred(ref, !isStarred(ref)); }

    /** Opens the cache file @p path (created if missing). */
    Q_INVOKABLE void openCache(const QString &path);
    /** Extracts the bundled demo into a fresh folder, imports it into a
     *  cache file there and opens that. The folder goes when this does. */
    Q_INVOKABLE void openDemo();
    /** Reads the open cache again (after a sync wrote to it). When a read
     *  is under way, another follows it: the one running may have started
     *  before the write and would show the old catalog. */
    Q_INVOKABLE void reload();
    /** The sources of the open catalog as last read (local folders,
     *  GitHub repositories), for the Sync page. */
    QList<SourceInfo> sources() const { return m_sources; }

    /** Selects @p ref, remembering the current one for back(); forgets
     *  what goForward() would have returned to, as a browser does. */
    Q_INVOKABLE void navigateTo(const QString &ref);
    Q_INVOKABLE void back();
    /** Undoes the last back(). */
    Q_INVOKABLE void goForward();
    Q_INVOKABLE void clearSelection();
    Q_INVOKABLE bool hasEntity(const QString &ref) const;
    /** Opens a link of an entity in the browser. Only web and mail links:
     *  a catalog file can hold any URL, and `file:` or custom schemes must
     *  not run things on a click. */
    Q_INVOKABLE bool openLink(const QString &url);

    /** "just now", "12 min ago", "3 h ago", "2 d ago", or the date. */
    static QString ageText(const QDateTime &then, const QDateTime &now);
    /** For tests: a fixed clock. */
    void setClock(std::function<QDateTime()> now);
    /** For tests and screenshots: opening links does nothing. */
    void setLinksEnabled(bool enabled) { m_linksEnabled = enabled; }
    /** Blocks until the current load is done (tests, screenshots). */
    bool waitForLoaded(int timeoutMs = 30000);
    /** Where background events and undoable actions are told (set by the
     *  composition root); the other controllers reach it through here. */
    void setToasts(ToastModel *toasts);
    ToastModel *toasts() const;
    /** How the Create wizard runs templates (set by the composition root);
     *  empty: templates cannot run in this build. */
    void setCreateTaskFactory(CreateTaskFactory factory) { m_createTaskFactory = std::move(factory); }
    CreateTaskFactory createTaskFactory() const { return m_createTaskFactory; }
    /** Tasks that ran elsewhere (Backstage backends), for Recent tasks;
     *  called on a worker thread, which it may block. */
    using TaskLister = std::function<QList<scaffolder::TaskRecord>(QStringList *errors)>;
    void setTaskLister(TaskLister lister) { m_taskLister = std::move(lister); }
    TaskLister taskLister() const { return m_taskLister; }

Q_SIGNALS:
    void loadingChanged();
    void errorChanged();
    void sourceChanged();
    void cacheAgeChanged();
    void selectedRefChanged();
    void starredChanged();
    void graphChanged();
    void meChanged();
    void toastsChanged();
    /** A load finished; @p ok is false when `error` says why not. */
    void loadFinished(bool ok);
    /** openLink() was asked for a link it will not open. */
    void linkRefused(const QString &url);

private:
    void start(std::function<CatalogSnapshot()> job, bool demo);
    void apply(const CatalogSnapshot &snap);
    void setError(const QString &error);
    bool select(const QString &ref);
    QString starredKey() const;
    void loadStarred();
    void buildGraph(const QString &cachePath);

    CatalogModel *m_catalog;
    ProblemsModel *m_problems;
    QThreadPool m_pool;
    /** A read connection on the GUI thread for whole entities on selection
     *  (a lookup by primary key: well under a millisecond). */
    std::unique_ptr<CatalogStore> m_reader;
    QFutureWatcher<CatalogSnapshot> m_watcher;
    std::unique_ptr<QTemporaryDir> m_demoDir;
    QString m_demoParent;
    QTimer m_ageTimer;
    std::function<QDateTime()> m_now;
    CreateTaskFactory m_createTaskFactory;
    TaskLister m_taskLister;
    QPointer<ToastModel> m_toasts;

    bool m_loading = false;
    bool m_loaded = false;
    bool m_demo = false;
    bool m_pendingDemo = false;
    bool m_linksEnabled = true;
    bool m_reloadPending = false;
    QList<SourceInfo> m_sources;
    QString m_error;
    QString m_cachePath;
    QDateTime m_lastUpdated;
    QString m_selectedRef;
    QStringList m_history;
    QStringList m_forward; ///< newest last
    QStringList m_starred; ///< sorted
    std::shared_ptr<const CatalogGraph> m_graph;
    QFuture<std::shared_ptr<const CatalogGraph>> m_graphFuture; ///< the graph being built, if any
    QString m_me;
    QStringList m_myOwners;
    QStringList m_logins;
    void updateMyOwners();
    int m_graphGeneration = 0;
};

} // namespace atrium
