// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "diagnostic.h"
#include "entity.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace atrium {

/** Filter for CatalogStore::entities(). Empty fields match everything. */
struct EntityQuery {
    QString kind;      ///< case-insensitive
    QString owner;     ///< canonical ref, e.g. `group:default/team-a`
    QString ns;
    QString text;      ///< substring of name, title or description
    int limit = -1;
    /** Summaries only: without the document (`data`) and relations, which a
     *  list of 50k entities does not need and which cost most of a read. */
    bool summaryOnly = false;
};

/** Summary of one source (a local import root, later a GitHub org). */
struct SourceInfo {
    QString id;
    QString kind;        ///< `file`, `github`, `backstage`
    QString location;    ///< what the user gave: paths, org URL
    QDateTime updatedAt; ///< UTC time of the last successful write
    int entities = 0;
    int errors = 0;
    int warnings = 0;
    QString revision;    ///< what was read: a commit id for a repository, so an unchanged one is not read again
    QString parent;      ///< the source this one belongs to (a repository's provider), or empty
    QString status;      ///< empty when fine; else why the last attempt failed (the entities are the previous ones)
    qint64 durationMs = 0; ///< how long reading it took
};

/** A file a source was read from (a repository's catalog file and what it
 *  points at), with the ETag GitHub gave for it, if any. */
struct SourceFile {
    QString url;
    QByteArray etag;
    QByteArray content;
};

/** One source to write in CatalogStore::replaceSources(). */
struct SourceUpdate {
    SourceInfo info;
    QList<Entity> entities;
    Diagnostics diagnostics;
    QList<SourceFile> files; ///< recorded with the source, for re-checks
    /** Only the source row (status, revision) changes; its entities and
     *  problems stay as they are (a repository that failed to read). */
    bool keepEntities = false;
};

/** The local catalog cache: one SQLite file (WAL), a versioned schema with
 *  migrations, entities, relations, and the problems found per source.
 *
 *  Each source is replaced as a whole in one transaction, so an import or
 *  sync that fails or is killed half-way leaves the previous catalog intact.
 *  One store per thread: the connection is named after the store instance. */
class CatalogStore
{
public:
    CatalogStore();
    ~CatalogStore();
    CatalogStore(const CatalogStore &) = delete;
    CatalogStore &operator=(const CatalogStore &) = delete;

    /** The default file: $ATRIUM_CACHE, else `<XDG data>/atrium/catalog.sqlite`. */
    static QString defaultPath();

    /** Opens (creating if needed) and migrates @p path. On failure returns
     *  false and sets @p error to a sentence for the user. */
    bool open(const QString &path, QString *error = nullptr);
    bool isOpen() const;
    QString path() const { return m_path; }
    void close();

    /** The schema version this build writes (PRAGMA user_version). */
    static int schemaVersion();

    /** Replaces everything stored for @p source with @p entities (their
     *  relations included) and @p diagnostics, in one transaction.
     *  An entity whose ref another source already provides is left out and
     *  reported as an error of @p source; the first provider keeps it.
     *  @p afterEachEntity, if set, is called after each entity is written
     *  (tests use it to interrupt a write half-way); if it throws, the
     *  write is rolled back and the exception propagates. */
    bool replaceSource(const SourceInfo &source, const QList<Entity> &entities, const Diagnostics &diagnostics,
                       QString *error = nullptr, const std::function<void(int)> &afterEachEntity = {});
    /** Several sources written and removed in one transaction: a sync that
     *  fails or is killed half-way changes nothing. */
    bool replaceSources(const QList<SourceUpdate> &updates, const QStringList &removeIds, QString *error = nullptr,
                        const std::function<void(int)> &afterEachEntity = {});
    /** Gives the next entity to write, blocking until it is ready; null
     *  at the end. The entity must stay valid until the next call. */
    using EntityFeed = std::function<const Entity *()>;
    /** One source written from a feed in one transaction, so that writing
     *  overlaps with producing the entities (an import parsing its files).
     *  @p diagnostics is called once the feed has ended. */
    bool replaceSourceStreaming(const SourceInfo &source, const EntityFeed &next,
                                const std::function<Diagnostics()> &diagnostics, QString *error = nullptr);
    /** Rewrites only @p changed entities of @p source (their rows, their
     *  relations within the source and their problems) and removes
     *  @p removedRefs; the source's other entities stay as they are. For
     *  sources that know what changed (a Backstage catalog's etags). Each
     *  changed entity must carry its relations in both directions, as
     *  Backstage gives them: rows of the source that point at it are
     *  rewritten from its own. @p diagnostics replace the problems of the
     *  changed entities and the source's own (those without an entity). */
    bool patchSource(const SourceInfo &source, const QList<Entity> &changed, const QStringList &removedRefs,
                     const Diagnostics &diagnostics, QString *error = nullptr);
    bool removeSource(const QString &sourceId, QString *error = nullptr);
    QList<SourceInfo> sources() const;

    int entityCount() const;
    /** Entities matching @p q, ordered by kind then name. Relations filled. */
    QList<Entity> entities(const EntityQuery &q = {}) const;
    /** One entity by reference (`kind:ns/name`, or a short form with a
     *  default kind of component and namespace default); relations filled. */
    std::optional<Entity> entity(const QString &ref) const;
    /** Relations leaving @p ref, as stored. */
    QList<Relation> relations(const QString &ref) const;
    /** Every relation in the cache, for building a graph: (from, type, to). */
    void forEachRelation(const std::function<void(const QString &, const QString &, const QString &)> &fn) const;
    /** Stored problems, optionally for one source or one entity ref. */
    Diagnostics diagnostics(const QString &sourceId = {}, const QString &entityRef = {}) const;
    /** The files recorded for @p sourceId at its last write. */
    QList<SourceFile> sourceFiles(const QString &sourceId) const;
    /** UTC time of the newest successful write of any source, or invalid. */
    QDateTime lastUpdated() const;

    /** The store's connection, for the stores that keep their tables in the
     *  same file (docs::DocsStore, docs::SearchIndex); same thread only. */
    QSqlDatabase database() const;

private:
    bool migrate(QString *error);
    bool writeSource(const SourceInfo &source, bool keepEntities, const EntityFeed &next,
                     const std::function<QByteArray(const Entity &, int)> &encode,
                     const std::function<Diagnostics()> &diagnostics, QString *error,
                     const std::function<void(int)> &afterEachEntity, const QStringList *patchRefs = nullptr);
    QSqlDatabase db() const;
    QString m_connection;
    QString m_path;
};

} // namespace atrium
