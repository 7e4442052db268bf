// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "appcontroller.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace atrium {

/** One TechDocs site as a view shows it: its navigation, the open page
 *  rendered as blocks (see docs::Block::toVariantMap()), the page's table
 *  of contents and problems, and a history for back and forward.
 *
 *  Pages come from the cache of `controller` (DocsStore), so docs open
 *  offline; rendering a page takes well under a millisecond, so it is done
 *  on the GUI thread. Images in pages point at `image://atriumdocs/`, the
 *  DocsImageProvider. */
class DocsController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(atrium::AppController *controller READ controller WRITE setController NOTIFY controllerChanged)
    /** The entity whose docs are shown; setting it opens its home page. */
    Q_PROPERTY(QString entityRef READ entityRef WRITE setEntityRef NOTIFY siteChanged)
    Q_PROPERTY(bool hasDocs READ hasDocs NOTIFY siteChanged)
    Q_PROPERTY(QString siteName READ siteName NOTIFY siteChanged)
    /** Flat navigation: maps {kind: page|section|link, title, pagePath, url, depth, missing}. */
    Q_PROPERTY(QVariantList nav READ nav NOTIFY siteChanged)
    /** Problems found when the site was stored: maps {severity, message, location}. */
    Q_PROPERTY(QVariantList siteProblems READ siteProblems NOTIFY siteChanged)
    Q_PROPERTY(QString updated READ updated NOTIFY siteChanged)
    Q_PROPERTY(QString pagePath READ pagePath NOTIFY pageChanged)
    Q_PROPERTY(QString anchor READ anchor NOTIFY pageChanged)
    Q_PROPERTY(QString pageTitle READ pageTitle NOTIFY pageChanged)
    Q_PROPERTY(QVariantList blocks READ blocks NOTIFY pageChanged)
    /** The page's headings: maps {level, text, anchor, blockIndex}. */
    Q_PROPERTY(QVariantList toc READ toc NOTIFY pageChanged)
    Q_PROPERTY(QVariantList pageProblems READ pageProblems NOTIFY pageChanged)
    /** Why the page cannot be shown, for an error box; empty when it can. */
    Q_PROPERTY(QString error READ error NOTIFY pageChanged)
    /** Where the error is (the page's location), if known. */
    Q_PROPERTY(QString errorLocation READ errorLocation NOTIFY pageChanged)
    /** Always false: pages render synchronously from the cache. */
    Q_PROPERTY(bool loading READ loading CONSTANT)
    Q_PROPERTY(bool canGoBack READ canGoBack NOTIFY historyChanged)
    Q_PROPERTY(bool canGoForward READ canGoForward NOTIFY historyChanged)
    /** Whether code is highlighted for a dark background. */
    Q_PROPERTY(bool dark READ dark WRITE setDark NOTIFY darkChanged)

public:
    explicit DocsController(QObject *parent = nullptr);

    AppController *controller() const { return m_controller; }
    void setController(AppController *controller);
    QString entityRef() const { return m_entityRef; }
    void setEntityRef(const QString &ref);
    bool hasDocs() const { return m_hasDocs; }
    QString siteName() const { return m_siteName; }
    QVariantList nav() const { return m_nav; }
    QVariantList siteProblems() const { return m_siteProblems; }
    QString updated() const { return m_updated; }
    QString pagePath() const { return m_pagePath; }
    QString anchor() const { return m_anchor; }
    QString pageTitle() const { return m_pageTitle; }
    QVariantList blocks() const { return m_blocks; }
    QVariantList toc() const { return m_toc; }
    QVariantList pageProblems() const { return m_pageProblems; }
    QString error() const { return m_error; }
    QString errorLocation() const { return m_errorLocation; }
    bool loading() const { return false; }
    bool canGoBack() const { return !m_back.isEmpty(); }
    bool canGoForward() const { return !m_forward.isEmpty(); }
    bool dark() const { return m_dark; }
    void setDark(bool dark);

    /** Opens @p pagePath (default: the home page) of @p ref's docs at
     *  @p anchor, remembering where we were for back(). */
    Q_INVOKABLE void open(const QString &ref, const QString &pagePath = {}, const QString &anchor = {});
    /** Another page (or anchor) of the current site. */
    Q_INVOKABLE void openPage(const QString &pagePath, const QString &anchor = {});
    /** A link clicked in a page: `atrium-doc:` navigates in the site,
     *  http(s) and mailto open through AppController::openLink, anything
     *  else is refused (returns false and emits linkRefused). */
    Q_INVOKABLE bool activateLink(const QString &url);
    Q_INVOKABLE void back();
    Q_INVOKABLE void forward();
    /** Puts @p text on the clipboard (a code block's Copy button). */
    Q_INVOKABLE void copyText(const QString &text);
    /** Whether @p ref has stored docs. */
    Q_INVOKABLE bool hasDocsFor(const QString &ref) const;
    /** The block index that holds @p anchor on the open page, or -1. */
    Q_INVOKABLE int blockForAnchor(const QString &anchor) const;
    /** A block's @p html with its @p index'th link drawn as selected, for
     *  the keyboard walk through a page's links (Tab, Shift+Tab). */
    Q_INVOKABLE QString markLink(const QString &html, int index, const QString &background) const;

    /** Rewrites `atrium-doc-asset:PATH` in @p html to the image provider's
     *  `image://atriumdocs/REF/PATH` for @p entityRef. */
    static QString rewriteAssets(const QString &html, const QString &entityRef);
    /** Qt Quick's rich text draws a bullet for every list item, even in a
     *  `list-style-type:none` list, which the renderer uses to continue a
     *  list after a code block (with the numbers in the text). Turns those
     *  lists' items into indented blocks with no marker. */
    static QString unbulletContinuedLists(const QString &html);

Q_SIGNALS:
    void controllerChanged();
    void siteChanged();
    void pageChanged();
    void historyChanged();
    void darkChanged();
    /** The view should show block @p blockIndex (-1: the top). */
    void scrollRequested(int blockIndex);
    void linkRefused(const QString &url);
    /** Text went to the clipboard. */
    void copied();

private:
    struct Place {
        QString ref, pagePath, anchor;
    };
    void show(const Place &place);
    void loadSite();
    void renderPage();
    Place current() const { return {m_entityRef, m_pagePath, m_anchor}; }

    QPointer<AppController> m_controller;
    QString m_entityRef;
    bool m_hasDocs = false;
    QString m_siteName;
    QVariantList m_nav;
    QVariantList m_siteProblems;
    QString m_updated;
    QString m_homePage;
    QString m_pagePath;
    QString m_anchor;
    QString m_pageTitle;
    QVariantList m_blocks;
    QVariantList m_toc;
    QVariantList m_pageProblems;
    QString m_error;
    QString m_errorLocation;
    QString m_siteFor; ///< the ref whose site is loaded
    QList<Place> m_back;
    QList<Place> m_forward;
    bool m_dark = false;
};

} // namespace atrium
