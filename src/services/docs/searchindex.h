// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace atrium {
class CatalogStore;
}

namespace atrium::docs {

/** What a search looks at. Empty lists match everything. */
struct SearchFilters {
    QStringList kinds;  ///< entity kinds, case-insensitive (`Component`, `API`); docs count as their entity's
    QStringList owners; ///< owner refs (`group:default/team-a`, or short `team-a`)
    bool entities = true;
    bool docs = true;
    QString entityRef;  ///< docs of this entity only (search within a site)
};

/** One search result. */
struct SearchHit {
    enum class Type { Entity, Doc };
    Type type = Type::Entity;
    QString ref;       ///< the entity (a doc's entity for doc hits)
    QString kind;      ///< the entity's kind, when the entity is in the catalog
    QString pagePath;  ///< Doc: the page, relative to docs_dir
    QString anchor;    ///< Doc: the heading whose text matches, if any
    QString title;     ///< entity title (or name), or page title; plain text
    QString titleHtml; ///< the title with matches in `<b>`, HTML-escaped
    QString snippet;   ///< a stretch of description or page text with matches in `<b>`, HTML-escaped
    double rank = 0;   ///< higher is better; exact title matches get +100, title prefixes +20
};

/** Full-text search over catalog entities and TechDocs pages (SQLite FTS5 in
 *  the catalog cache), one ranked list for both.
 *
 *  Ranking is bm25 with column weights (names and titles count most, then
 *  tags and headings, then descriptions and page text) plus an explicit
 *  boost when the query is a title or name, or the start of one. The user's
 *  text is never FTS syntax: each word is quoted, and the last one is a
 *  prefix while typing.
 *
 *  The entity index refers to the `entities` table without per-row triggers,
 *  so a catalog import pays nothing for it; it is rebuilt in one statement
 *  (about 0.1 s for 10,000 entities, see bench/README.md), by
 *  rebuildEntities() after an import or sync, or by search() itself when it
 *  finds the catalog changed since. Same thread as the CatalogStore. */
class SearchIndex
{
public:
    explicit SearchIndex(CatalogStore &store);

    /** Re-indexes every entity of the catalog in one transaction. */
    bool rebuildEntities(QString *error = nullptr);
    /** Whether a source was written since the entity index was built. */
    bool entitiesStale() const;
    /** Whether search() rebuilds a stale entity index first (default: yes).
     *  Turn off where a query must never write (a read-only connection). */
    void setAutoRebuild(bool on) { m_autoRebuild = on; }

    /** At most @p limit hits for @p query, best first. An empty query, or
     *  one with no word in it, finds nothing. */
    QList<SearchHit> search(const QString &query, const SearchFilters &filters = {}, int limit = 20,
                            QString *error = nullptr);

    /** The FTS5 query for @p text: each word quoted (`"` doubled), words
     *  without a letter or digit dropped, the last word a prefix unless the
     *  text ends in a space. Empty when no word is left. */
    static QString matchExpression(const QString &text);

private:
    CatalogStore &m_store;
    bool m_autoRebuild = true;
};

} // namespace atrium::docs
