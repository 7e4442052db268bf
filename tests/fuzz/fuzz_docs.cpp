// SPDX-License-Identifier: Apache-2.0
// Fuzz target: TechDocs, as sync reads them from GitHub: an mkdocs.yml and a
// Markdown page through the site reader and the page renderer.
// Input: `mkdocs.yml` text, a line `--8<--`, then the page's Markdown; with
// no such line the input is the page, under a fixed mkdocs.yml.
#include "contentsource.h"
#include "markdownrenderer.h"
#include "mkdocssite.h"

#include <cstddef>
#include <cstdint>

using namespace atrium;
using namespace atrium::docs;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    static const QByteArray separator = QByteArrayLiteral("\n--8<--\n");
    QByteArray mkdocs = QByteArrayLiteral("site_name: Fuzz\nnav:\n  - Home: index.md\n  - Guide: guide/other.md\n");
    QByteArray markdown = bytes;
    if (const qsizetype at = bytes.indexOf(separator); at >= 0) {
        mkdocs = bytes.left(at);
        markdown = bytes.mid(at + separator.size());
    }

    const QString base = QStringLiteral("https://github.com/acme/repo/blob/main/");
    MemoryContentSource source;
    source.insert(base + QStringLiteral("mkdocs.yml"), mkdocs);
    source.insert(base + QStringLiteral("docs/index.md"), markdown);
    source.insert(base + QStringLiteral("docs/guide/other.md"), QByteArrayLiteral("# Other\n\nSee [home](../index.md#top).\n"));
    const QStringList known{base + QStringLiteral("mkdocs.yml"), base + QStringLiteral("docs/index.md"),
                            base + QStringLiteral("docs/guide/other.md")};
    const Site site = Site::load(source, base + QStringLiteral("mkdocs.yml"), known);
    (void)site.flatNav();
    (void)site.homePage();

    const QString text = QString::fromUtf8(markdown);
    const Page page = renderPage(text, QStringLiteral("index.md"), site);
    for (const Heading &h : page.toc)
        (void)page.blockForAnchor(h.anchor);
    for (const Block &b : page.blocks)
        (void)b.toVariantMap();
    (void)titleFromMarkdown(text);
    (void)slugify(text.left(512));

    // The cache's round trip, then the same page offline.
    const Site restored = Site::fromJson(site.toJson());
    for (const QString &p : restored.pages()) {
        (void)restored.pageTitle(p);
        (void)restored.resolveLink(p, text.left(256));
    }
    (void)renderPage(text, QStringLiteral("guide/other.md"), restored);
    (void)resolveTechDocsRef(QString::fromUtf8(bytes.left(256)), base + QStringLiteral("catalog-info.yaml"), source);
    return 0;
}
