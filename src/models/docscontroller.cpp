// SPDX-License-Identifier: Apache-2.0
#include "docscontroller.h"

#include "appcontroller.h"
#include "catalogstore.h"
#include "docsstore.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QUrl>

namespace atrium {

Q_LOGGING_CATEGORY(lcDocsController, "atrium.models.docscontroller")

namespace {

QVariantMap problemMap(const Diagnostic &d)
{
    QString location = d.file;
    if (d.line > 0)
        location += QStringLiteral(":%1").arg(d.line);
    return {{QStringLiteral("severity"), Diagnostic::severityName(d.severity)},
            {QStringLiteral("message"), d.message},
            {QStringLiteral("location"), location}};
}

QVariantList problemList(const Diagnostics &list)
{
    QVariantList out;
    for (const Diagnostic &d : list)
        out << problemMap(d);
    return out;
}

QVariantMap rewriteBlock(QVariantMap block, const QString &ref)
{
    QString html = DocsController::rewriteAssets(block.value(QStringLiteral("html")).toString(), ref);
    if (block.value(QStringLiteral("kind")).toString() == u"html")
        html = DocsController::unbulletContinuedLists(html);
    block.insert(QStringLiteral("html"), html);
    QVariantList children;
    for (const QVariant &c : block.value(QStringLiteral("children")).toList())
        children << rewriteBlock(c.toMap(), ref);
    block.insert(QStringLiteral("children"), children);
    return block;
}

} // namespace

DocsController::DocsController(QObject *parent)
    : QObject(parent)
{
}

void DocsController::setController(AppController *controller)
{
    if (m_controller == controller)
        return;
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    if (m_controller)
        connect(m_controller, &AppController::loadFinished, this, [this] {
            // The cache was read again (a sync, an import): show what it holds now.
            m_siteFor.clear();
            if (!m_entityRef.isEmpty())
                show(current());
        });
    Q_EMIT controllerChanged();
    if (!m_entityRef.isEmpty())
        show(current());
}

void DocsController::setEntityRef(const QString &ref)
{
    if (ref == m_entityRef)
        return;
    if (!m_entityRef.isEmpty())
        m_back << current();
    m_forward.clear();
    show({ref, {}, {}});
    Q_EMIT historyChanged();
}

void DocsController::setDark(bool dark)
{
    if (m_dark == dark)
        return;
    m_dark = dark;
    Q_EMIT darkChanged();
    if (!m_entityRef.isEmpty())
        renderPage();
}

void DocsController::open(const QString &ref, const QString &pagePath, const QString &anchor)
{
    const Place next{ref, pagePath, anchor};
    if (!m_entityRef.isEmpty() && (next.ref != m_entityRef || next.pagePath != m_pagePath || next.anchor != m_anchor))
        m_back << current();
    m_forward.clear();
    show(next);
    Q_EMIT historyChanged();
}

void DocsController::openPage(const QString &pagePath, const QString &anchor)
{
    open(m_entityRef, pagePath.isEmpty() ? m_pagePath : pagePath, anchor);
}

bool DocsController::activateLink(const QString &url)
{
    QString page, anchor;
    if (docs::parseDocUrl(url, &page, &anchor)) {
        openPage(page, anchor);
        return true;
    }
    const QString scheme = QUrl(url).scheme().toLower();
    if ((scheme == u"http" || scheme == u"https" || scheme == u"mailto") && m_controller)
        return m_controller->openLink(url);
    qCInfo(lcDocsController) << "link refused:" << url;
    Q_EMIT linkRefused(url);
    return false;
}

void DocsController::back()
{
    if (m_back.isEmpty())
        return;
    m_forward << current();
    show(m_back.takeLast());
    Q_EMIT historyChanged();
}

void DocsController::forward()
{
    if (m_forward.isEmpty())
        return;
    m_back << current();
    show(m_forward.takeLast());
    Q_EMIT historyChanged();
}

void DocsController::copyText(const QString &text)
{
    if (auto *clipboard = QGuiApplication::clipboard()) {
        clipboard->setText(text);
        Q_EMIT copied();
    }
}

QString DocsController::markLink(const QString &html, int index, const QString &background) const
{
    return docs::markLink(html, index, background);
}

bool DocsController::hasDocsFor(const QString &ref) const
{
    if (!m_controller || m_controller->cachePath().isEmpty() || ref.isEmpty())
        return false;
    CatalogStore store;
    if (!store.open(m_controller->cachePath()))
        return false;
    return docs::DocsStore(store).updatedAt(ref).isValid();
}

int DocsController::blockForAnchor(const QString &anchor) const
{
    for (const QVariant &h : m_toc) {
        const QVariantMap m = h.toMap();
        if (m.value(QStringLiteral("anchor")).toString() == anchor)
            return m.value(QStringLiteral("blockIndex")).toInt();
    }
    return -1;
}

QString DocsController::rewriteAssets(const QString &html, const QString &entityRef)
{
    static const QString prefix = QStringLiteral("atrium-doc-asset:");
    if (!html.contains(prefix))
        return html;
    // The ref goes in one path segment: percent-encode its `/`.
    const QString base = QStringLiteral("image://atriumdocs/") + QString::fromLatin1(QUrl::toPercentEncoding(entityRef)) + u'/';
    QString out = html;
    out.replace(prefix, base);
    return out;
}

QString DocsController::unbulletContinuedLists(const QString &html)
{
    static const QString wrapper = QStringLiteral("<ul style=\"list-style-type:none\">");
    if (!html.contains(wrapper))
        return html;
    static const QRegularExpression tag(QStringLiteral("<(/?)(ul|ol|li)\\b[^>]*>"));
    QString out;
    out.reserve(html.size());
    QList<bool> lists; // open lists, true for a continuation wrapper
    QList<bool> items; // open items, true when written as an indented block
    qsizetype at = 0;
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(html).mid(at, m.capturedStart() - at);
        at = m.capturedEnd();
        const bool closing = !m.capturedView(1).isEmpty();
        const bool item = m.capturedView(2) == u"li";
        if (!item && !closing) {
            const bool isWrapper = m.capturedView() == wrapper;
            lists << isWrapper;
            if (!isWrapper)
                out += m.capturedView();
        } else if (!item) {
            if (lists.isEmpty() || !lists.takeLast())
                out += m.capturedView();
        } else if (!closing) {
            const bool flat = !lists.isEmpty() && lists.last();
            items << flat;
            out += flat ? QStringLiteral("<div style=\"margin-left:%1px\">").arg(40 * lists.size()) : m.capturedView().toString();
        } else {
            out += !items.isEmpty() && items.takeLast() ? QStringLiteral("</div>") : m.capturedView().toString();
        }
    }
    out += QStringView(html).mid(at);
    return out;
}

void DocsController::show(const Place &place)
{
    const bool newSite = place.ref != m_siteFor || place.ref != m_entityRef;
    m_entityRef = place.ref;
    if (newSite)
        loadSite();
    m_pagePath = place.pagePath.isEmpty() ? m_homePage : place.pagePath;
    m_anchor = place.anchor;
    renderPage();
}

void DocsController::loadSite()
{
    m_siteFor = m_entityRef;
    m_hasDocs = false;
    m_siteName.clear();
    m_nav.clear();
    m_siteProblems.clear();
    m_updated.clear();
    m_homePage.clear();
    if (m_controller && !m_entityRef.isEmpty() && !m_controller->cachePath().isEmpty()) {
        CatalogStore store;
        QString error;
        if (store.open(m_controller->cachePath(), &error)) {
            docs::DocsStore docsStore(store);
            if (const std::optional<docs::Site> site = docsStore.site(m_entityRef)) {
                m_hasDocs = true;
                m_siteName = site->name();
                m_homePage = site->homePage();
                for (const docs::FlatNavItem &item : site->flatNav()) {
                    const QString kind = item.kind == docs::NavItem::Kind::Page ? QStringLiteral("page")
                        : item.kind == docs::NavItem::Kind::Section           ? QStringLiteral("section")
                                                                              : QStringLiteral("link");
                    m_nav << QVariantMap{{QStringLiteral("kind"), kind},
                                         {QStringLiteral("title"), item.title},
                                         {QStringLiteral("pagePath"), item.pagePath},
                                         {QStringLiteral("url"), item.url},
                                         {QStringLiteral("depth"), item.depth},
                                         {QStringLiteral("missing"), item.missing}};
                }
                m_siteProblems = problemList(docsStore.problems(m_entityRef));
                const QDateTime at = docsStore.updatedAt(m_entityRef);
                if (at.isValid())
                    m_updated = AppController::ageText(at, QDateTime::currentDateTimeUtc());
            }
        } else {
            qCWarning(lcDocsController) << "cannot open the cache" << error;
        }
    }
    Q_EMIT siteChanged();
}

void DocsController::renderPage()
{
    m_pageTitle.clear();
    m_blocks.clear();
    m_toc.clear();
    m_pageProblems.clear();
    m_error.clear();
    m_errorLocation.clear();
    if (m_entityRef.isEmpty()) {
        Q_EMIT pageChanged();
        return;
    }
    if (!m_hasDocs) {
        m_error = tr("No documentation is stored for %1.").arg(m_entityRef);
    } else if (m_pagePath.isEmpty()) {
        m_error = tr("The documentation of %1 has no pages.").arg(m_entityRef);
    } else {
        CatalogStore store;
        QString why;
        if (!m_controller || !store.open(m_controller->cachePath(), &why)) {
            m_error = tr("Cannot open the catalog cache: %1").arg(why);
        } else {
            docs::DocsStore docsStore(store);
            docs::RenderOptions options;
            options.theme = m_dark ? docs::HighlightTheme::dark() : docs::HighlightTheme::light();
            const std::optional<docs::Page> page = docsStore.page(m_entityRef, m_pagePath, options);
            if (!page) {
                // Say where the page was looked for: the problem stored for it, if any.
                m_error = tr("The page %1 is not in the documentation of %2.").arg(m_pagePath, m_entityRef);
                const Diagnostics problems = docsStore.problems(m_entityRef);
                for (const Diagnostic &d : problems)
                    if (d.file.endsWith(m_pagePath) || d.message.contains(m_pagePath)) {
                        m_error = d.message;
                        m_errorLocation = problemMap(d).value(QStringLiteral("location")).toString();
                        break;
                    }
                if (m_errorLocation.isEmpty())
                    if (const std::optional<docs::Site> site = docsStore.site(m_entityRef))
                        m_errorLocation = site->pageLocation(m_pagePath);
            } else {
                m_pageTitle = page->title;
                for (const docs::Block &b : page->blocks)
                    m_blocks << rewriteBlock(b.toVariantMap(), m_entityRef);
                for (const docs::Heading &h : page->toc)
                    m_toc << QVariantMap{{QStringLiteral("level"), h.level},
                                         {QStringLiteral("text"), h.text},
                                         {QStringLiteral("anchor"), h.anchor},
                                         {QStringLiteral("blockIndex"), h.blockIndex}};
                m_pageProblems = problemList(page->problems);
            }
        }
    }
    Q_EMIT pageChanged();
    Q_EMIT scrollRequested(m_anchor.isEmpty() ? -1 : blockForAnchor(m_anchor));
}

} // namespace atrium
