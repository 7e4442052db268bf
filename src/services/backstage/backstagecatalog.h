// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "backstageclient.h"
#include "diagnostic.h"
#include "entity.h"
#include "syncconfig.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace atrium {

class CatalogStore;

/** Endpoints and the Backstage releases that added them. */
namespace backstage {
extern const BackstageFeature kByQuery;  ///< /api/catalog/entities/by-query (cursor paging)
extern const BackstageFeature kByRefs;   ///< /api/catalog/entities/by-refs
}

/** What reading one Backstage catalog did. */
struct BackstageSyncReport {
    QString sourceId;         ///< backstage:<name>
    QString baseUrl;
    int requests = 0;         ///< HTTP requests, docs included
    int listed = 0;           ///< entities the backend has (for this source's filters)
    int read = 0;             ///< full entities downloaded
    int written = 0;          ///< entities (re)written in the cache
    int removed = 0;          ///< gone from the backend, removed from the cache
    int unchanged = 0;        ///< same uid and etag: not read again, not written
    int problems = 0;         ///< status.items errors and warnings of the entities written
    int docsSites = 0;        ///< TechDocs sites stored
    bool incremental = false; ///< compared etags with the cache instead of reading everything
    bool fallback = false;    ///< an older backend: /entities with offsets instead of by-query
    QStringList notices;      ///< for the user: fallbacks, docs that could not be read
    qint64 elapsedMs = 0;
    qint64 bytes = 0;
    BackstageError error;     ///< set when the read failed; the cache is unchanged then
    bool ok() const { return !error.isError(); }
};

/** A Backstage entity (as the catalog API gives it) as a cache entity: the
 *  document without `relations` and `status`, the server's relations as
 *  they are (authoritative), and its status.items as problems. @p webBase
 *  makes `file` a link to the entity's page in the Backstage UI. */
Entity entityFromBackstage(const QJsonObject &json, const QString &sourceId, const QString &webBase, Diagnostics *problems);

/**
 * Reads a Backstage backend's catalog into the cache as one source,
 * `backstage:<name>`, beside GitHub and local sources.
 *
 * The first read pages through `/api/catalog/entities/by-query` with its
 * cursor (an older backend without it: `/api/catalog/entities` with
 * offsets). Later reads list only `kind`, `metadata.namespace/name/uid/etag`,
 * compare them with the cache, fetch the new and changed entities by
 * reference (`POST /entities/by-refs`, chunked) and rewrite only those:
 * an unchanged catalog costs the listing pages and writes nothing.
 *
 * Blocking: run it on a worker thread.
 */
class BackstageCatalogSync
{
public:
    struct Options {
        QByteArray token;
        int pageSize = 500;        ///< entities per page of the listing
        int refsPerRequest = 200;  ///< entities per by-refs request
        bool full = false;         ///< read everything even when the cache has the source
        std::function<std::unique_ptr<BackstageClient>(const QUrl &baseUrl, const QByteArray &token)> clientFactory;
        std::function<void(int done, int total, const QString &what)> progress;
        std::function<bool()> cancelled;
    };

    BackstageCatalogSync(BackstageSource source, Options options);
    BackstageSyncReport run(CatalogStore &store);

private:
    BackstageSource m_source;
    Options m_options;
};

} // namespace atrium
