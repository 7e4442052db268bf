// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace atrium {

class BackstageClient;
class CatalogStore;

/** A page of a built TechDocs site (mkdocs HTML) as Markdown the docs
 *  renderer shows: the page's content only (mkdocs-material's article, else
 *  main, else body), with scripts, styles, iframes, forms, navigation and
 *  other chrome dropped; headings, paragraphs, links, images, lists, code
 *  (with its language), tables, quotes and admonitions kept. Links to other
 *  pages of the site (`../other/`, `x.html`) become links to their Markdown
 *  paths (`../other/index.md`). @p title gets the first h1, else `<title>`. */
QString techDocsHtmlToMarkdown(const QString &html, QString *title = nullptr);

/**
 * Reads built TechDocs sites from a Backstage backend's techdocs plugin
 * (`/api/techdocs/metadata/techdocs/:ns/:kind/:name` and
 * `/api/techdocs/static/docs/:ns/:kind/:name/...`) and keeps them in the
 * cache's docs tables, so that they open offline like docs read from a
 * repository. Blocking, on the client's thread.
 */
class BackstageTechDocs
{
public:
    explicit BackstageTechDocs(BackstageClient &client);
    /** Reads and stores the site of @p entityRef (`kind:ns/name`). On
     *  failure returns false with @p problem for the user (empty when the
     *  entity simply has no site there). */
    bool storeSite(CatalogStore &store, const QString &entityRef, QString *problem);
    int maxPages = 200;

private:
    BackstageClient &m_client;
};

} // namespace atrium
