// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "diagnostic.h"
#include "highlighter.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace atrium::docs {

class Site;

/** One entry of a page's table of contents. */
struct Heading {
    int level = 1;       ///< 1 to 6
    QString text;        ///< plain text
    QString anchor;      ///< as mkdocs' toc extension makes it: `order-creation-failure-http-500`
    int blockIndex = -1; ///< the top-level block that holds it (an admonition for a heading inside one)
    friend bool operator==(const Heading &, const Heading &) = default;
};

/** A piece of a rendered page; a view shows one per delegate.
 *
 *  Html blocks hold only what Qt's rich text renders well (p, h1–h6 with
 *  `<a name>` anchors, b/i/s/u/code, a href, ul/ol/li, tables with border,
 *  pre, img, hr, blockquote, font color). A new Html block starts at each
 *  top-level heading, so a heading's block is where to scroll for its anchor.
 *  Code blocks and admonitions are blocks of their own, so that a view can
 *  give them a copy button or a collapsible frame; one that sits inside a
 *  list or a quote has `indent` > 0, the list around it is closed before it
 *  and continues (with the right numbers) in the next Html block. */
struct Block {
    enum class Kind { Html, Code, Admonition };
    Kind kind = Kind::Html;
    /** Html: the rich text. Code: the code highlighted as `<pre>` rich text.
     *  Admonition: empty (see children). */
    QString html;
    QString code;           ///< Code: the code as written, for copying
    QString language;       ///< Code: normalized (`yaml`, `bash`, …), empty when none
    QString admonitionType; ///< Admonition: `note`, `warning`, `tip`, … (lower-case)
    /** Admonition: the title bar's text, empty for none (`!!! note ""`).
     *  Code: a `title="…"` from the fence, if any. */
    QString title;
    bool collapsible = false; ///< Admonition: `???` (pymdownx.details)
    bool open = true;         ///< Admonition: false for a collapsed `???`
    int indent = 0;           ///< how many lists or quotes the block sits in; Qt indents 40 px per level
    QList<Block> children;    ///< Admonition: its body

    /** The block for QML: kind ("html", "code", "admonition"), html, code,
     *  language, admonitionType, title, collapsible, open, indent, links
     *  (Html: the block's links in order, each {href, text}, so that a view
     *  can walk them with the keyboard) and children as a list of the same
     *  maps. */
    QVariantMap toVariantMap() const;
    friend bool operator==(const Block &, const Block &) = default;
};

/** A rendered TechDocs page. */
struct Page {
    QString title;
    QList<Heading> toc;
    QList<Block> blocks;
    Diagnostics problems; ///< broken links and the like, located in the page
    QString plainText;    ///< the text without markup, for the search index
    QStringList assets;   ///< files the page shows (images), relative to the folder of mkdocs.yml

    /** The top-level block that holds @p anchor, or -1. */
    int blockForAnchor(const QString &anchor) const;
};

struct RenderOptions {
    HighlightTheme theme = HighlightTheme::light();
    int maxAdmonitionDepth = 8; ///< deeper admonitions render as text
};

/** Renders a TechDocs page with md4c (GitHub dialect: tables, task lists,
 *  strikethrough, permissive autolinks) and python-markdown's admonitions
 *  (`!!! note "Title"`, `??? warning` collapsed, `???+` open). @p pagePath is
 *  the page's path in @p site (relative to docs_dir); relative links become
 *  `atrium-doc:<page>#anchor` (see docUrl()) and images
 *  `atrium-doc-asset:<path>` (see assetUrl()).
 *
 *  Never fails: unclosed or invalid input renders as well as it can. */
Page renderPage(const QString &markdown, const QString &pagePath, const Site &site, const RenderOptions &options = {});

/** A heading's anchor as mkdocs' toc extension makes it (before duplicates
 *  get `_1`, `_2`): ASCII only, lower-case, punctuation dropped, spaces and
 *  dashes as one `-`. */
QString slugify(const QString &text);

/** The links (`<a href>`) of a block's rich text, in order: href and text. */
QList<QPair<QString, QString>> linksOf(const QString &html);

/** @p html with its @p index'th link drawn as selected (a background of
 *  @p background behind its text), for keyboard focus; Qt's rich text has
 *  no focus rectangle of its own. @p html unchanged for an index out of range. */
QString markLink(const QString &html, int index, const QString &background);

} // namespace atrium::docs
