// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "contentsource.h"
#include "diagnostic.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace atrium {
struct Entity;
}

namespace atrium::docs {

/** One entry of a site's navigation. */
struct NavItem {
    enum class Kind { Page, Section, Link };
    Kind kind = Kind::Page;
    QString title;
    QString pagePath;  ///< Page: relative to docs_dir, e.g. `adr/001-database-choice.md`
    QString url;       ///< Link: an external URL
    bool missing = false; ///< Page: named in `nav` but not among the site's files
    QList<NavItem> children; ///< Section

    friend bool operator==(const NavItem &, const NavItem &) = default;
};

/** A NavItem flattened for a list view: depth-first order, with its depth. */
struct FlatNavItem {
    NavItem::Kind kind = NavItem::Kind::Page;
    QString title;
    QString pagePath;
    QString url;
    bool missing = false;
    int depth = 0;
};

/** A link in a page, resolved against the site. */
struct LinkTarget {
    enum class Kind {
        Page,     ///< another page of the site (or this one), pagePath + anchor
        Asset,    ///< a file of the site that is not a page (image, download), assetPath
        External, ///< http(s), mailto: kept as written
        Missing,  ///< a relative link to a page the site does not have
        Unsafe,   ///< a scheme we do not follow (javascript:, file:, …): dropped
    };
    Kind kind = Kind::External;
    QString pagePath;
    QString anchor;
    QString assetPath; ///< relative to the folder that holds mkdocs.yml
    QString url;       ///< External: the link as written
};

/** An mkdocs site (the `mkdocs.yml` that TechDocs builds): its name, its
 *  docs folder, its navigation and its pages, read through a ContentSource
 *  so that a local folder and files fetched from GitHub load alike.
 *
 *  Loading never fails outright: problems (broken YAML, a nav entry for a
 *  missing page, a missing docs folder) are located diagnostics in
 *  problems(), and what could be read is kept. */
class Site
{
public:
    /** Reads the site whose configuration is at @p mkdocsLocation (a path
     *  or URL as @p source knows it). Sources that cannot list folders
     *  (files fetched from GitHub) give the locations they hold in
     *  @p knownFiles, so that a site without `nav` still finds its pages. */
    static Site load(const ContentSource &source, const QString &mkdocsLocation, const QStringList &knownFiles = {});

    /** A site restored from toJson() (the cache), for rendering offline. */
    static Site fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    QString name() const { return m_name; }
    QString description() const { return m_description; }
    QString repoUrl() const { return m_repoUrl; }
    QString docsDir() const { return m_docsDir; }
    /** Where mkdocs.yml was read from. */
    QString mkdocsLocation() const { return m_mkdocsLocation; }
    /** Whether `nav` came from mkdocs.yml (else it was built from the files). */
    bool hasConfiguredNav() const { return m_navConfigured; }
    const QList<NavItem> &nav() const { return m_nav; }
    QList<FlatNavItem> flatNav() const;

    /** Every page of the site, relative to docs_dir: the pages of `nav` in
     *  order, then those not in `nav` (mkdocs builds them too). */
    const QStringList &pages() const { return m_pages; }
    bool hasPage(const QString &pagePath) const { return m_pageSet.contains(pagePath); }
    /** The first page: `index.md` or `README.md` at the top if there is one, else the first in `nav`. */
    QString homePage() const;
    /** The page's title: from `nav`, else its first heading, else its file name (as mkdocs does). */
    QString pageTitle(const QString &pagePath) const;

    /** Located problems found while loading (warnings and errors). */
    const Diagnostics &problems() const { return m_problems; }
    bool hasErrors() const { return countErrors(m_problems) > 0; }

    /** The location of a page for the ContentSource the site was read from. */
    QString pageLocation(const QString &pagePath) const;
    /** The location of a file relative to the folder of mkdocs.yml. */
    QString assetLocation(const QString &assetPath) const;
    /** Reads a page (at most 4 MB) through @p source. */
    bool readPage(const ContentSource &source, const QString &pagePath, QByteArray *out, QString *error) const;

    /** Resolves a link written in @p fromPage: relative `.md` links and
     *  `#anchors` to pages, other relative links to assets, absolute URLs
     *  kept, unsafe schemes refused. */
    LinkTarget resolveLink(const QString &fromPage, const QString &href) const;

private:
    QString m_name;
    QString m_description;
    QString m_repoUrl;
    QString m_docsDir = QStringLiteral("docs");
    QString m_mkdocsLocation;
    QString m_docsPrefix; ///< m_docsDir relative to the mkdocs folder, with a trailing '/', or empty
    bool m_navConfigured = false;
    bool m_urlStyle = false; ///< locations resolve as URLs (GitHub files), not as local paths
    QList<NavItem> m_nav;
    QStringList m_pages;
    QSet<QString> m_pageSet;
    QHash<QString, QString> m_navTitles; ///< page → title given in `nav`
    QHash<QString, QString> m_titles;    ///< page → title from its content (first heading)
    Diagnostics m_problems;

    friend class SiteLoader;
};

/** Where the `backstage.io/techdocs-ref` annotation says an entity's docs are. */
struct TechDocsRef {
    enum class Kind { None, Dir, Url, Invalid };
    Kind kind = Kind::None;
    QString annotation;     ///< the value as written
    /** Dir: the mkdocs.yml location through the entity's ContentSource.
     *  Url: the GitHub blob URL of mkdocs.yml, where sync puts the file. */
    QString mkdocsLocation;
    QString folderLocation; ///< the site folder (Dir: a location; Url: the tree URL)
    // Url only: the parts of a GitHub URL (https://HOST/OWNER/REPO/tree/REF/PATH).
    QString host, owner, repo, ref, path;
    QString error; ///< Invalid: why, for the user
};

/** Parses @p annotation (`dir:.`, `dir:./sub`, `url:https://github.com/o/r/tree/main/path`)
 *  for an entity read from @p entityFile through @p source. */
TechDocsRef resolveTechDocsRef(const QString &annotation, const QString &entityFile, const ContentSource &source);
/** The same, from the entity's annotations; Kind::None without the annotation. */
TechDocsRef resolveTechDocsRef(const Entity &entity, const ContentSource &source);

/** `atrium-doc:<page path>#anchor`, the link form pages use for one another. */
QString docUrl(const QString &pagePath, const QString &anchor = {});
/** `atrium-doc-asset:<path>`: a file of the site, relative to the folder of mkdocs.yml. */
QString assetUrl(const QString &assetPath);
/** Splits a docUrl() into page path and anchor; false for other URLs. */
bool parseDocUrl(const QString &url, QString *pagePath, QString *anchor);
/** The path of an assetUrl(); false for other URLs. */
bool parseAssetUrl(const QString &url, QString *assetPath);

/** mkdocs' title for a page without one: `Home` for the top index, the
 *  folder name for a folder index, else the file name with `-` and `_` as
 *  spaces, capitalised when it was all lower-case. */
QString titleFromPath(const QString &pagePath);
/** A page's own title: `title:` in its front matter, else its first level-1 heading. */
QString titleFromMarkdown(const QString &markdown);

} // namespace atrium::docs
