// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "diagnostic.h"

#include <QList>
#include <QString>

namespace atrium {
class CatalogStore;
class ContentSource;
struct Entity;
}

namespace atrium::docs {

/** What storeLocalDocs() did. */
struct DocsImportStats {
    int sites = 0;        ///< sites stored
    int pages = 0;        ///< pages stored, all sites together
    int removed = 0;      ///< sites dropped: their entity lost its docs
    Diagnostics problems; ///< located problems of the sites (broken mkdocs.yml, missing pages, url: refs not read)
};

/** Stores the TechDocs of @p entities that were just read through @p source:
 *  each entity whose `backstage.io/techdocs-ref` is `dir:` has its mkdocs
 *  site read and stored (DocsStore::storeSite); `url:` refs cannot be read
 *  from a local source and are reported; entities that have no docs any
 *  more lose their stored site. Then the entity search index is rebuilt.
 *
 *  Runs after the catalog was written, each site in its own transaction:
 *  a site that fails is reported and never touches the catalog. Returns
 *  false (with @p error) only when the cache itself could not be written. */
bool storeLocalDocs(CatalogStore &store, const QList<Entity> &entities, const ContentSource &source,
                    DocsImportStats *stats = nullptr, QString *error = nullptr);

} // namespace atrium::docs
