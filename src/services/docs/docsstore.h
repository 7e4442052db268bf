// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "markdownrenderer.h"
#include "mkdocssite.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace atrium {
class CatalogStore;
class ContentSource;
}

namespace atrium::docs {

/** What DocsStore::storeSite() wrote. */
struct StoreStats {
    int pages = 0;
    int assets = 0;
    qint64 bytes = 0;    ///< Markdown and assets read
    qint64 renderMs = 0; ///< rendering pages for their text
    Diagnostics problems; ///< the site's and its pages' problems, as stored
};

/** TechDocs kept in the catalog cache, so that docs open offline: per entity,
 *  the site (name, navigation, pages), each page's Markdown (rendered again
 *  on reading) and text for search, and the images the pages show.
 *
 *  Works on a CatalogStore's connection: same thread as the store, which must
 *  be open. Writing a site replaces what was stored for that entity in one
 *  transaction; the docs part of the search index follows by itself. */
class DocsStore
{
public:
    explicit DocsStore(CatalogStore &store);

    /** Reads every page of @p site (and the images they show, up to 4 MB each
     *  and 32 MB a site) through @p source and stores them for
     *  @p entityRef. Pages that cannot be read are reported in
     *  StoreStats::problems and left out. */
    bool storeSite(const QString &entityRef, const Site &site, const ContentSource &source, QString *error = nullptr,
                   StoreStats *stats = nullptr);
    /** The same from pages already in hand (page path → Markdown); no assets. */
    bool storeSite(const QString &entityRef, const Site &site, const QHash<QString, QString> &pages,
                   QString *error = nullptr, StoreStats *stats = nullptr);
    bool removeSite(const QString &entityRef, QString *error = nullptr);

    /** Canonical refs of the entities with stored docs, sorted. */
    QStringList entityRefs() const;
    /** The stored site of @p entityRef, for its navigation and page list. */
    std::optional<Site> site(const QString &entityRef) const;
    /** UTC time the site was stored, or invalid. */
    QDateTime updatedAt(const QString &entityRef) const;
    /** Problems found when the site was stored (its own and its pages'). */
    Diagnostics problems(const QString &entityRef) const;
    std::optional<QString> pageMarkdown(const QString &entityRef, const QString &pagePath) const;
    /** A stored page, rendered (about 0.2 ms for a 4 KB page). */
    std::optional<Page> page(const QString &entityRef, const QString &pagePath, const RenderOptions &options = {}) const;
    /** A stored asset by its path relative to the folder of mkdocs.yml (see
     *  parseAssetUrl()); empty when not stored. */
    QByteArray asset(const QString &entityRef, const QString &assetPath) const;

    /** Merges the docs index's segments; worth it after storing many sites. */
    bool optimize(QString *error = nullptr);

private:
    bool write(const QString &entityRef, const Site &site, const std::function<bool(const QString &, QString *, QString *)> &readPage,
               const ContentSource *assets, QString *error, StoreStats *stats);
    CatalogStore &m_store;
};

} // namespace atrium::docs
