// SPDX-License-Identifier: Apache-2.0
// TechDocs: reading mkdocs sites, rendering their pages into blocks for the
// Qt Quick view, highlighting code. The search index is in tst_searchindex.
#include "contentsource.h"
#include "entity.h"
#include "highlighter.h"
#include "markdownrenderer.h"
#include "mkdocssite.h"
#include "yamlreader.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace atrium;
using namespace atrium::docs;

namespace {

const QString kData = QStringLiteral(ATRIUM_TEST_DATA "/docs");

QString dataPath(const QString &rel)
{
    return kData + u'/' + rel;
}

QStringList navPaths(const QList<NavItem> &items)
{
    QStringList out;
    for (const NavItem &i : items) {
        if (i.kind == NavItem::Kind::Page)
            out << i.pagePath;
        out += navPaths(i.children);
    }
    return out;
}

QStringList problemLines(const Diagnostics &list)
{
    QStringList out;
    for (const Diagnostic &d : list)
        out << d.toString();
    return out;
}

/** A site from in-memory files keyed by GitHub blob URLs, as sync will give them. */
struct MemorySite {
    MemoryContentSource source;
    Site site;
    QString base = QStringLiteral("https://github.com/acme/shop/blob/main/");

    explicit MemorySite(const QHash<QString, QString> &files, bool list = true)
    {
        QStringList known;
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            source.insert(base + it.key(), it.value().toUtf8());
            known << base + it.key();
        }
        site = Site::load(source, base + QStringLiteral("mkdocs.yml"), list ? known : QStringList());
    }
};

/** Renders @p markdown as page @p path of a small site that has a few pages. */
Page render(const QString &markdown, const QString &path = QStringLiteral("guide/page.md"))
{
    static MemorySite site({{QStringLiteral("mkdocs.yml"), QStringLiteral("site_name: Test\n")},
                            {QStringLiteral("docs/index.md"), QStringLiteral("# Home\n")},
                            {QStringLiteral("docs/guide/page.md"), QStringLiteral("# Page\n")},
                            {QStringLiteral("docs/guide/other.md"), QStringLiteral("# Other\n")},
                            {QStringLiteral("docs/guide/sub/index.md"), QStringLiteral("# Sub\n")}});
    return renderPage(markdown, path, site.site);
}

QString allHtml(const QList<Block> &blocks)
{
    QString out;
    for (const Block &b : blocks) {
        out += b.html;
        out += allHtml(b.children);
    }
    return out;
}

QStringList kinds(const QList<Block> &blocks)
{
    QStringList out;
    for (const Block &b : blocks)
        out << (b.kind == Block::Kind::Html ? QStringLiteral("html") : b.kind == Block::Kind::Code ? QStringLiteral("code") : QStringLiteral("admonition"));
    return out;
}

/** (kind, text) of each token, for readable comparisons. */
QStringList tokenTexts(const QString &code, const QString &lang)
{
    static const char *names[] = {"keyword", "type", "string", "comment", "number", "key", "variable", "meta"};
    QStringList out;
    for (const Token &t : highlight(code, lang))
        out << QStringLiteral("%1:%2").arg(QLatin1String(names[int(t.kind)]), code.mid(t.start, t.length));
    return out;
}

QStringList hrefs(const QString &html)
{
    static const QRegularExpression re(QStringLiteral("href=\"([^\"]*)\""));
    QStringList out;
    auto it = re.globalMatch(html);
    while (it.hasNext())
        out << it.next().captured(1).replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return out;
}

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

} // namespace

class TestDocs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // --- sites -------------------------------------------------------------

    void navlessSiteFollowsMkdocsOrder()
    {
        LocalContentSource local;
        const Site site = Site::load(local, dataPath(QStringLiteral("navless/mkdocs.yml")));
        // !!python/name: tags in markdown_extensions do not break the file.
        QCOMPARE(countErrors(site.problems()), 0);
        QCOMPARE(site.name(), QStringLiteral("Navless Example"));
        QCOMPARE(site.docsDir(), QStringLiteral("docs"));
        QVERIFY(!site.hasConfiguredNav());
        const QStringList expected{QStringLiteral("index.md"), QStringLiteral("api_reference.md"),
                                   QStringLiteral("getting-started.md"), QStringLiteral("guides/index.md"),
                                   QStringLiteral("guides/deploy.md"), QStringLiteral("guides/zz-last.md"),
                                   QStringLiteral("guides/advanced/tuning.md")};
        QCOMPARE(site.pages(), expected);
        QCOMPARE(navPaths(site.nav()), expected);
        // Folders are sections, after the pages of their parent.
        QCOMPARE(site.nav().size(), 4);
        QCOMPARE(site.nav()[3].kind, NavItem::Kind::Section);
        QCOMPARE(site.nav()[3].title, QStringLiteral("Guides"));
        QCOMPARE(site.nav()[3].children.last().title, QStringLiteral("Advanced"));
        // Titles: first heading (ATX or setext), else the file name.
        QCOMPARE(site.pageTitle(QStringLiteral("index.md")), QStringLiteral("Navless Example"));
        QCOMPARE(site.pageTitle(QStringLiteral("api_reference.md")), QStringLiteral("API reference"));
        QCOMPARE(site.pageTitle(QStringLiteral("guides/zz-last.md")), QStringLiteral("Zz last"));
        QCOMPARE(site.nav()[0].title, QStringLiteral("Navless Example"));
        // index.md and README.md side by side: README.md is skipped, with a warning.
        QVERIFY(!site.hasPage(QStringLiteral("guides/README.md")));
        QVERIFY(problemLines(site.problems()).join(u'\n').contains(QStringLiteral("README.md is skipped")));
        QCOMPARE(site.homePage(), QStringLiteral("index.md"));

        const QList<FlatNavItem> flat = site.flatNav();
        QCOMPARE(flat.size(), 9);
        QCOMPARE(flat.last().pagePath, QStringLiteral("guides/advanced/tuning.md"));
        QCOMPARE(flat.last().depth, 2);
    }

    void navSiteKeepsItsNav()
    {
        LocalContentSource local;
        const QString mkdocs = dataPath(QStringLiteral("nav/mkdocs.yml"));
        const Site site = Site::load(local, mkdocs);
        QCOMPARE(countErrors(site.problems()), 0);
        QVERIFY(site.hasConfiguredNav());
        QCOMPARE(site.name(), QStringLiteral("Nav Example"));
        QCOMPARE(site.docsDir(), QStringLiteral("content"));
        QCOMPARE(site.repoUrl(), QStringLiteral("https://github.com/acme/nav-example"));
        const QList<NavItem> &nav = site.nav();
        QCOMPARE(nav.size(), 5);
        QCOMPARE(nav[0].title, QStringLiteral("Home"));
        QCOMPARE(nav[0].pagePath, QStringLiteral("index.md"));
        QCOMPARE(nav[1].title, QString()); // a bare page
        QCOMPARE(nav[1].pagePath, QStringLiteral("ops/runbook.md"));
        QCOMPARE(nav[2].kind, NavItem::Kind::Section);
        QCOMPARE(nav[2].children.size(), 3);
        QCOMPARE(nav[2].children[1].title, QStringLiteral("Code samples"));
        QCOMPARE(nav[2].children[2].kind, NavItem::Kind::Section);
        QCOMPARE(nav[2].children[2].children[0].pagePath, QStringLiteral("ops/code.md"));
        QCOMPARE(nav[3].kind, NavItem::Kind::Link);
        QCOMPARE(nav[3].url, QStringLiteral("https://backstage.io"));
        QCOMPARE(nav[4].pagePath, QStringLiteral("ops/missing.md"));
        QVERIFY(nav[4].missing);
        QCOMPARE(site.pages(), (QStringList{QStringLiteral("index.md"), QStringLiteral("ops/runbook.md"), QStringLiteral("ops/code.md")}));
        QVERIFY(!site.hasPage(QStringLiteral("ops/missing.md")));
        // The missing page is a located warning: line 14, at the value.
        QCOMPARE(site.problems().size(), 1);
        const Diagnostic &d = site.problems().first();
        QCOMPARE(d.severity, Severity::Warning);
        QCOMPARE(d.file, mkdocs);
        QCOMPARE(d.line, 14);
        QCOMPARE(d.column, 19);
        QVERIFY2(d.message.contains(QStringLiteral("ops/missing.md")), qPrintable(d.message));
        // A bare nav entry takes the title the page has elsewhere in nav, or its heading.
        QCOMPARE(site.flatNav()[1].title, QStringLiteral("Runbook"));
        QCOMPARE(site.pageTitle(QStringLiteral("index.md")), QStringLiteral("Home"));
    }

    void brokenYamlIsLocated()
    {
        LocalContentSource local;
        const QString mkdocs = dataPath(QStringLiteral("broken/mkdocs.yml"));
        const Site site = Site::load(local, mkdocs);
        QVERIFY(site.hasErrors());
        const Diagnostic d = site.problems().first();
        QCOMPARE(d.file, mkdocs);
        QVERIFY2(d.line >= 4 && d.column > 0, qPrintable(d.toString()));
        QVERIFY2(d.toString().startsWith(mkdocs + QStringLiteral(":%1:%2: error: ").arg(d.line).arg(d.column)), qPrintable(d.toString()));
    }

    void missingDocsDirIsLocated()
    {
        LocalContentSource local;
        const QString mkdocs = dataPath(QStringLiteral("nodocs/mkdocs.yml"));
        const Site site = Site::load(local, mkdocs);
        QCOMPARE(countErrors(site.problems()), 1);
        const Diagnostic d = site.problems().first();
        QCOMPARE(d.line, 2);
        QCOMPARE(d.column, 11);
        QVERIFY2(d.message.contains(QStringLiteral("missing-folder")), qPrintable(d.message));
        QVERIFY(site.pages().isEmpty());
    }

    void configProblems_data()
    {
        QTest::addColumn<QString>("yaml");
        QTest::addColumn<int>("errors");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QString() << 1 << QStringLiteral("empty");
        QTest::newRow("not a mapping") << QStringLiteral("- a\n- b\n") << 1 << QStringLiteral("mapping");
        QTest::newRow("no site_name") << QStringLiteral("nav:\n  - index.md\n") << 0 << QStringLiteral("site_name");
        QTest::newRow("docs_dir escapes") << QStringLiteral("site_name: x\ndocs_dir: ../../etc\n") << 1 << QStringLiteral("leaves");
        QTest::newRow("nav entry with two keys") << QStringLiteral("site_name: x\nnav:\n  - {A: index.md, B: index.md}\n") << 0 << QStringLiteral("only");
        QTest::newRow("nav not a list") << QStringLiteral("site_name: x\nnav: index.md\n") << 0 << QStringLiteral("must be a list");
        QTest::newRow("nav entry without page") << QStringLiteral("site_name: x\nnav:\n  - Home:\n") << 0 << QStringLiteral("has no page");
        QTest::newRow("nav outside docs") << QStringLiteral("site_name: x\nnav:\n  - ../secret.md\n") << 0 << QStringLiteral("outside");
        QTest::newRow("python object tag") << QStringLiteral("site_name: x\nextra: !!python/object/apply:os.system [\"ls\"]\n") << 0 << QString();
    }

    void configProblems()
    {
        QFETCH(QString, yaml);
        QFETCH(int, errors);
        QFETCH(QString, message);
        MemorySite m({{QStringLiteral("mkdocs.yml"), yaml}, {QStringLiteral("docs/index.md"), QStringLiteral("# Hi\n")}});
        QCOMPARE(countErrors(m.site.problems()), errors);
        if (!message.isEmpty())
            QVERIFY2(problemLines(m.site.problems()).join(u'\n').contains(message), qPrintable(problemLines(m.site.problems()).join(u'\n')));
        for (const Diagnostic &d : m.site.problems())
            QVERIFY2(d.line > 0, qPrintable(d.toString()));
    }

    void memorySourceSite()
    {
        // Files fetched from GitHub: no listing but the known files, URLs as locations.
        MemorySite m({{QStringLiteral("mkdocs.yml"), QStringLiteral("site_name: Shop\n")},
                      {QStringLiteral("docs/index.md"), QStringLiteral("# Shop\n\n[Sub](sub/page.md)\n")},
                      {QStringLiteral("docs/sub/page.md"), QStringLiteral("# Sub page\n")},
                      {QStringLiteral("docs/img/a.png"), QStringLiteral("PNG")}});
        QCOMPARE(m.site.problems(), Diagnostics());
        QCOMPARE(m.site.pages(), (QStringList{QStringLiteral("index.md"), QStringLiteral("sub/page.md")}));
        QCOMPARE(m.site.pageLocation(QStringLiteral("sub/page.md")), m.base + QStringLiteral("docs/sub/page.md"));
        QCOMPARE(m.site.assetLocation(QStringLiteral("docs/img/a.png")), m.base + QStringLiteral("docs/img/a.png"));
        QCOMPARE(m.site.pageTitle(QStringLiteral("sub/page.md")), QStringLiteral("Sub page"));
        QByteArray data;
        QString why;
        QVERIFY(m.site.readPage(m.source, QStringLiteral("sub/page.md"), &data, &why));

        // With nav, pages are found one by one even without a listing.
        MemorySite n({{QStringLiteral("mkdocs.yml"), QStringLiteral("site_name: Shop\nnav:\n  - index.md\n  - Gone: gone.md\n")},
                      {QStringLiteral("docs/index.md"), QStringLiteral("# Shop\n")}},
                     false);
        QCOMPARE(n.site.pages(), QStringList{QStringLiteral("index.md")});
        QVERIFY(n.site.nav()[1].missing);
    }

    void siteJsonRoundTrip()
    {
        LocalContentSource local;
        const Site site = Site::load(local, dataPath(QStringLiteral("nav/mkdocs.yml")));
        const Site back = Site::fromJson(site.toJson());
        QCOMPARE(back.name(), site.name());
        QCOMPARE(back.nav(), site.nav());
        QCOMPARE(back.pages(), site.pages());
        QCOMPARE(back.problems(), site.problems());
        QCOMPARE(back.pageLocation(QStringLiteral("ops/code.md")), site.pageLocation(QStringLiteral("ops/code.md")));
        QCOMPARE(back.pageTitle(QStringLiteral("ops/code.md")), site.pageTitle(QStringLiteral("ops/code.md")));
        const QString md = readText(dataPath(QStringLiteral("nav/content/ops/runbook.md")));
        QCOMPARE(renderPage(md, QStringLiteral("ops/runbook.md"), back).blocks,
                 renderPage(md, QStringLiteral("ops/runbook.md"), site).blocks);
    }

    void techDocsRef()
    {
        LocalContentSource local;
        const QString entityFile = dataPath(QStringLiteral("navless/catalog-info.yaml"));
        TechDocsRef r = resolveTechDocsRef(QStringLiteral("dir:."), entityFile, local);
        QCOMPARE(r.kind, TechDocsRef::Kind::Dir);
        QCOMPARE(r.mkdocsLocation, dataPath(QStringLiteral("navless/mkdocs.yml")));
        r = resolveTechDocsRef(QStringLiteral("dir:./navless"), dataPath(QStringLiteral("catalog-info.yaml")), local);
        QCOMPARE(r.kind, TechDocsRef::Kind::Dir);
        QCOMPARE(r.mkdocsLocation, dataPath(QStringLiteral("navless/mkdocs.yml")));

        r = resolveTechDocsRef(QStringLiteral("url:https://github.com/acme/docs-repo/tree/main/services/orders"), {}, local);
        QCOMPARE(r.kind, TechDocsRef::Kind::Url);
        QCOMPARE(r.host, QStringLiteral("github.com"));
        QCOMPARE(r.owner, QStringLiteral("acme"));
        QCOMPARE(r.repo, QStringLiteral("docs-repo"));
        QCOMPARE(r.ref, QStringLiteral("main"));
        QCOMPARE(r.path, QStringLiteral("services/orders"));
        QCOMPARE(r.mkdocsLocation, QStringLiteral("https://github.com/acme/docs-repo/blob/main/services/orders/mkdocs.yml"));
        r = resolveTechDocsRef(QStringLiteral("url:https://ghe.example.com/team/svc.git"), {}, local);
        QCOMPARE(r.kind, TechDocsRef::Kind::Url);
        QCOMPARE(r.host, QStringLiteral("ghe.example.com"));
        QCOMPARE(r.repo, QStringLiteral("svc"));
        QVERIFY(r.ref.isEmpty());
        r = resolveTechDocsRef(QStringLiteral("url:https://github.com/o/r/blob/v2/docs-site/mkdocs.yml"), {}, local);
        QCOMPARE(r.ref, QStringLiteral("v2"));
        QCOMPARE(r.path, QStringLiteral("docs-site"));

        // In-memory files: dir: resolves as a URL against the entity's file.
        MemoryContentSource memory;
        memory.insert(QStringLiteral("https://github.com/o/r/blob/main/sub/mkdocs.yml"), "site_name: x\n");
        r = resolveTechDocsRef(QStringLiteral("dir:./sub"), QStringLiteral("https://github.com/o/r/blob/main/catalog-info.yaml"), memory);
        QCOMPARE(r.mkdocsLocation, QStringLiteral("https://github.com/o/r/blob/main/sub/mkdocs.yml"));

        for (const char *bad : {"url:not a url", "git:https://x", "dir:", "dir:/etc", "url:https://github.com/o/r/pulls/3", "nonsense"}) {
            r = resolveTechDocsRef(QString::fromLatin1(bad), entityFile, local);
            QVERIFY2(r.kind == TechDocsRef::Kind::Invalid && !r.error.isEmpty(), bad);
        }
        QCOMPARE(resolveTechDocsRef(QString(), entityFile, local).kind, TechDocsRef::Kind::None);

        // From the entity, as the catalog has it.
        const QString compatFile = QStringLiteral(ATRIUM_COMPAT_DIR "/techdocs/backstage-techdocs-backend-examples/documented-component/catalog-info.yaml");
        QFile f(compatFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const YamlParseResult parsed = parseYaml(f.readAll(), compatFile);
        QCOMPARE(parsed.documents.size(), 1);
        Entity e = Entity::fromDocument(parsed.documents.first().root.toObject());
        e.file = compatFile;
        r = resolveTechDocsRef(e, local);
        QCOMPARE(r.kind, TechDocsRef::Kind::Dir);
        QVERIFY(local.isFile(r.mkdocsLocation));
    }

    // --- rendering ---------------------------------------------------------

    void slugify_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("slug");
        QTest::newRow("plain") << QStringLiteral("Error codes") << QStringLiteral("error-codes");
        QTest::newRow("punctuation") << QStringLiteral("Order Creation Failure (HTTP 500)") << QStringLiteral("order-creation-failure-http-500");
        QTest::newRow("symbols") << QStringLiteral("Order Processing Delay (P95 > 500ms)") << QStringLiteral("order-processing-delay-p95-500ms");
        QTest::newRow("accents") << QStringLiteral("Café Déjà vu") << QStringLiteral("cafe-deja-vu");
        QTest::newRow("underscore kept") << QStringLiteral("snake_case name") << QStringLiteral("snake_case-name");
        QTest::newRow("dashes collapse") << QStringLiteral("a -- b") << QStringLiteral("a-b");
        QTest::newRow("korean dropped") << QStringLiteral("결제 runbook") << QStringLiteral("runbook");
        QTest::newRow("only korean") << QStringLiteral("결제팀") << QString();
    }

    void slugify()
    {
        QFETCH(QString, text);
        QFETCH(QString, slug);
        QCOMPARE(atrium::docs::slugify(text), slug);
    }

    void headingsAndAnchors()
    {
        const Page p = render(QStringLiteral("# Title\n\nIntro.\n\n## Setup\n\ntext\n\n## Setup\n\n### `code` and *em*\n\n"
                                             "## 결제팀\n\n## 결제\n\n## Custom {#my-id}\n\n#### Four\n"));
        QCOMPARE(p.title, QStringLiteral("Title"));
        QStringList anchors;
        for (const Heading &h : p.toc)
            anchors << h.anchor;
        QCOMPARE(anchors, (QStringList{QStringLiteral("title"), QStringLiteral("setup"), QStringLiteral("setup_1"),
                                       QStringLiteral("code-and-em"), QStringLiteral("_1"), QStringLiteral("_2"),
                                       QStringLiteral("my-id"), QStringLiteral("four")}));
        QCOMPARE(p.toc[3].text, QStringLiteral("code and em"));
        QCOMPARE(p.toc[3].level, 3);
        QCOMPARE(p.toc[6].text, QStringLiteral("Custom"));
        // Each top-level heading opens a block; the toc points at it.
        for (const Heading &h : p.toc) {
            QVERIFY(h.blockIndex >= 0 && h.blockIndex < p.blocks.size());
            QVERIFY2(p.blocks[h.blockIndex].html.contains(QStringLiteral("<a name=\"%1\"></a>").arg(h.anchor)), qPrintable(h.anchor));
        }
        QCOMPARE(p.blockForAnchor(QStringLiteral("setup_1")), p.toc[2].blockIndex);
        QVERIFY(p.blocks[p.toc[1].blockIndex].html.startsWith(QStringLiteral("<h2><a name=\"setup\"></a>Setup</h2>")));
        QVERIFY(!allHtml(p.blocks).contains(QStringLiteral("{#my-id}")));
        QVERIFY(p.plainText.contains(QStringLiteral("Intro.")));
    }

    void manyHeadingsAndLinks()
    {
        // python-markdown's numbering, including a heading that looks numbered.
        Page p = render(QStringLiteral("## A\n## A\n## A_1\n## A\n"));
        QStringList anchors;
        for (const Heading &h : p.toc)
            anchors << h.anchor;
        QCOMPARE(anchors, (QStringList{QStringLiteral("a"), QStringLiteral("a_1"), QStringLiteral("a_2"), QStringLiteral("a_3")}));
        // Thousands of the same heading, and of broken links, stay fast.
        QElapsedTimer t;
        t.start();
        QString many;
        for (int i = 0; i < 3000; ++i)
            many += QStringLiteral("## Same\n\n[x](gone-%1.md)\n\n").arg(i);
        p = render(many);
        QCOMPARE(p.toc.size(), 3000);
        QCOMPARE(p.toc.last().anchor, QStringLiteral("same_2999"));
        QCOMPARE(p.problems.size(), 201);
        QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
    }

    void frontMatterAndTitles()
    {
        Page p = render(QStringLiteral("---\ntitle: \"From meta\"\ntags: [a]\n---\n# Heading\n"));
        QCOMPARE(p.title, QStringLiteral("From meta"));
        QVERIFY(!allHtml(p.blocks).contains(QStringLiteral("tags")));
        p = render(QStringLiteral("No heading here.\n"), QStringLiteral("guide/other.md"));
        QCOMPARE(p.title, QStringLiteral("Other")); // from the site (the page's heading when loaded)
    }

    void admonitions()
    {
        LocalContentSource local;
        const Site site = Site::load(local, dataPath(QStringLiteral("nav/mkdocs.yml")));
        const Page p = renderPage(readText(dataPath(QStringLiteral("nav/content/ops/runbook.md"))), QStringLiteral("ops/runbook.md"), site);
        QCOMPARE(p.problems, Diagnostics());
        QCOMPARE(kinds(p.blocks), (QStringList{QStringLiteral("html"), QStringLiteral("admonition"), QStringLiteral("html"),
                                               QStringLiteral("html"), QStringLiteral("code"), QStringLiteral("html"),
                                               QStringLiteral("code"), QStringLiteral("html"), QStringLiteral("admonition"),
                                               QStringLiteral("admonition"), QStringLiteral("html"), QStringLiteral("code")}));
        const Block &warning = p.blocks[1];
        QCOMPARE(warning.admonitionType, QStringLiteral("warning"));
        QCOMPARE(warning.title, QStringLiteral("Tier-1 service"));
        QVERIFY(!warning.collapsible);
        QCOMPARE(warning.children.size(), 1);
        QVERIFY(warning.children[0].html.contains(QStringLiteral("<b>secondary</b>")));
        QVERIFY(warning.children[0].html.contains(QStringLiteral("href=\"atrium-doc:ops/code.md#yaml\"")));

        const Block &details = p.blocks[8];
        QCOMPARE(details.admonitionType, QStringLiteral("note"));
        QCOMPARE(details.title, QStringLiteral("Collapsed details"));
        QVERIFY(details.collapsible);
        QVERIFY(!details.open);
        QCOMPARE(kinds(details.children), (QStringList{QStringLiteral("html"), QStringLiteral("admonition")}));
        const Block &tip = details.children[1];
        QCOMPARE(tip.admonitionType, QStringLiteral("tip"));
        QCOMPARE(tip.title, QStringLiteral("Tip"));
        QVERIFY(tip.children[0].html.contains(QStringLiteral("<table")));

        const Block &danger = p.blocks[9];
        QVERIFY(danger.collapsible);
        QVERIFY(danger.open);
        QCOMPARE(danger.title, QString());

        // `!!!` inside a code fence stays code.
        QCOMPARE(p.blocks.last().language, QStringLiteral("text"));
        QVERIFY(p.blocks.last().code.contains(QStringLiteral("!!! note \"not an admonition\"")));

        // For QML.
        const QVariantMap map = details.toVariantMap();
        QCOMPARE(map.value(QStringLiteral("kind")).toString(), QStringLiteral("admonition"));
        QCOMPARE(map.value(QStringLiteral("children")).toList().size(), 2);
        QCOMPARE(map.value(QStringLiteral("children")).toList()[1].toMap().value(QStringLiteral("admonitionType")).toString(), QStringLiteral("tip"));
    }

    void admonitionPlacement()
    {
        // Inside a list item (indented four), as python-markdown finds it.
        Page p = render(QStringLiteral("1. Step one\n\n    !!! note\n        In the item.\n\n2. Step two\n"));
        QCOMPARE(kinds(p.blocks), (QStringList{QStringLiteral("html"), QStringLiteral("admonition"), QStringLiteral("html")}));
        QCOMPARE(p.blocks[1].indent, 1);
        QVERIFY(p.blocks[2].html.contains(QStringLiteral("2.&nbsp;Step two")));
        // Indented, not in a list: an indented code block, not an admonition.
        p = render(QStringLiteral("Text.\n\n    !!! note\n        code\n"));
        QCOMPARE(kinds(p.blocks), (QStringList{QStringLiteral("html"), QStringLiteral("code")}));
        // Unclosed and empty bodies, and the body ends where the indent does.
        p = render(QStringLiteral("!!! info \"Only a title\"\n\nAfter.\n"));
        QCOMPARE(kinds(p.blocks), (QStringList{QStringLiteral("admonition"), QStringLiteral("html")}));
        QVERIFY(p.blocks[0].children.isEmpty());
        QVERIFY(p.blocks[1].html.contains(QStringLiteral("After.")));
        // Extra classes after the type, and a type-only marker.
        p = render(QStringLiteral("!!! note inline end \"T\"\n    body\n"));
        QCOMPARE(p.blocks[0].admonitionType, QStringLiteral("note"));
        QCOMPARE(p.blocks[0].title, QStringLiteral("T"));
        // A heading inside an admonition is in the toc and points at it.
        p = render(QStringLiteral("# Top\n\n!!! example\n    ## Inside\n\n    text\n"));
        QCOMPARE(p.toc.size(), 2);
        QCOMPARE(p.toc[1].anchor, QStringLiteral("inside"));
        QCOMPARE(p.toc[1].blockIndex, 1);
        QCOMPARE(p.blocks[1].kind, Block::Kind::Admonition);
        // Deep nesting is cut, not recursed without end.
        QString deep;
        for (int i = 0; i < 40; ++i)
            deep += QString(4 * i, u' ') + QStringLiteral("!!! note\n");
        deep += QString(160, u' ') + QStringLiteral("bottom\n");
        p = render(deep);
        QVERIFY(!p.problems.isEmpty());
    }

    void codeInListSplitsAndContinues()
    {
        LocalContentSource local;
        const Site site = Site::load(local, dataPath(QStringLiteral("nav/mkdocs.yml")));
        const Page p = renderPage(readText(dataPath(QStringLiteral("nav/content/ops/runbook.md"))), QStringLiteral("ops/runbook.md"), site);
        const Block &firstCode = p.blocks[4];
        QCOMPARE(firstCode.kind, Block::Kind::Code);
        QCOMPARE(firstCode.language, QStringLiteral("bash"));
        QCOMPARE(firstCode.code, QStringLiteral("kubectl get pods -n queue   # all Running?"));
        QCOMPARE(firstCode.indent, 1);
        QVERIFY(firstCode.html.startsWith(QStringLiteral("<pre>")));
        QVERIFY(firstCode.html.contains(QStringLiteral("<i># all Running?</i>")));
        // Before: items 1 and 2 with Qt's own numbers; after: the numbers
        // are written (Qt 6.4 ignores <ol start>), and the text that follows
        // a block inside an item continues without a marker.
        QVERIFY(p.blocks[3].html.contains(QStringLiteral("<ol><li>Check the dashboard.</li><li>Check the consumers:")));
        // The list cut by the code block closes with the tag it opened with.
        QVERIFY2(p.blocks[3].html.endsWith(QStringLiteral("</li></ol>")), qPrintable(p.blocks[3].html));
        QVERIFY(!p.blocks[3].html.contains(QStringLiteral("</ul>")));
        QVERIFY2(p.blocks[5].html.startsWith(QStringLiteral("<ul style=\"list-style-type:none\"><li>3.&nbsp;Scale out:")), qPrintable(p.blocks[5].html));
        QVERIFY2(p.blocks[7].html.startsWith(QStringLiteral("<ul style=\"list-style-type:none\"><li>Do not go above 12 replicas.</li></ul>"
                                                            "<ul style=\"list-style-type:none\"><li>4.&nbsp;Tell the team.")),
                 qPrintable(p.blocks[7].html));
    }

    void tablesAndTaskLists()
    {
        const Page p = render(QStringLiteral("| Left | Right | Mid |\n|:--|--:|:-:|\n| a | `b` | **c** |\n\n"
                                             "- [x] done\n- [ ] open\n- plain\n\n~~gone~~ and https://example.com/x\n"));
        const QString html = allHtml(p.blocks);
        QVERIFY2(html.contains(QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr><th align=\"left\">Left</th>"
                                              "<th align=\"right\">Right</th><th align=\"center\">Mid</th></tr>")),
                 qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("<td align=\"right\"><code>b</code></td>")));
        QVERIFY(html.contains(QStringLiteral("<li class=\"checked\">done</li><li class=\"unchecked\">open</li><li>plain</li>")));
        QVERIFY(html.contains(QStringLiteral("<s>gone</s>")));
        QVERIFY(html.contains(QStringLiteral("<a href=\"https://example.com/x\">https://example.com/x</a>")));
    }

    void links()
    {
        const Page p = render(QStringLiteral("# Page\n\n## Local\n\n"
                                             "[a](other.md) [b](other.md#some-part) [c](#local) [d](../index.md) "
                                             "[e](sub/) [f](https://x.example/y?q=1&r=2) [g](javascript:alert(1)) "
                                             "[h](missing.md#x) [i](#nowhere) [j](mailto:a@b.c) [k](files/sample.py){: download=\"s.py\"} "
                                             "[l](other) [m](/index.md) [n](<other.md>)\n"));
        const QStringList got = hrefs(allHtml(p.blocks));
        QCOMPARE(got, (QStringList{QStringLiteral("atrium-doc:guide/other.md"), QStringLiteral("atrium-doc:guide/other.md#some-part"),
                                   QStringLiteral("atrium-doc:guide/page.md#local"), QStringLiteral("atrium-doc:index.md"),
                                   QStringLiteral("atrium-doc:guide/sub/index.md"), QStringLiteral("https://x.example/y?q=1&r=2"),
                                   QStringLiteral("atrium-doc:guide/missing.md#x"), QStringLiteral("atrium-doc:guide/page.md#nowhere"),
                                   QStringLiteral("mailto:a@b.c"), QStringLiteral("atrium-doc-asset:docs/guide/files/sample.py"),
                                   QStringLiteral("atrium-doc:guide/other.md"), QStringLiteral("atrium-doc:index.md"),
                                   QStringLiteral("atrium-doc:guide/other.md")}));
        QVERIFY(!allHtml(p.blocks).contains(QStringLiteral("{:")));
        QVERIFY(!allHtml(p.blocks).contains(QStringLiteral("javascript")) || allHtml(p.blocks).contains(QStringLiteral(">g<")));
        // Broken links are located warnings.
        QStringList messages;
        for (const Diagnostic &d : p.problems) {
            QCOMPARE(d.severity, Severity::Warning);
            QCOMPARE(d.line, 5);
            QVERIFY(d.column > 1);
            messages << d.message;
        }
        QCOMPARE(p.problems.size(), 3);
        QVERIFY(messages.join(u'\n').contains(QStringLiteral("missing.md")));
        QVERIFY(messages.join(u'\n').contains(QStringLiteral("#nowhere")));
        QVERIFY(messages.join(u'\n').contains(QStringLiteral("javascript")));

        QString page, anchor;
        QVERIFY(parseDocUrl(QStringLiteral("atrium-doc:guide/other.md#some-part"), &page, &anchor));
        QCOMPARE(page, QStringLiteral("guide/other.md"));
        QCOMPARE(anchor, QStringLiteral("some-part"));
        QVERIFY(parseDocUrl(docUrl(QStringLiteral("a b/ü.md"), QStringLiteral("x y")), &page, &anchor));
        QCOMPARE(page, QStringLiteral("a b/ü.md"));
        QCOMPARE(anchor, QStringLiteral("x y"));
        QVERIFY(!parseDocUrl(QStringLiteral("https://x"), &page, &anchor));
        QString asset;
        QVERIFY(parseAssetUrl(assetUrl(QStringLiteral("docs/images/a b.png")), &asset));
        QCOMPARE(asset, QStringLiteral("docs/images/a b.png"));
    }

    void images()
    {
        const Page p = render(QStringLiteral("![Logo *here*](../images/logo.png \"The logo\") ![ext](https://backstage.io/logo.svg)"
                                             "![up](../../README.png) ![bad](javascript:x)\n"),
                              QStringLiteral("guide/page.md"));
        const QString html = allHtml(p.blocks);
        QVERIFY2(html.contains(QStringLiteral("<img src=\"atrium-doc-asset:docs/images/logo.png\" alt=\"Logo here\" title=\"The logo\">")), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("<img src=\"https://backstage.io/logo.svg\" alt=\"ext\">")));
        // Out of docs_dir, still in the site's folder: an asset of the repository.
        QVERIFY(html.contains(QStringLiteral("<img src=\"atrium-doc-asset:README.png\"")));
        QVERIFY(!html.contains(QStringLiteral("javascript")));
        QCOMPARE(p.assets, (QStringList{QStringLiteral("docs/images/logo.png"), QStringLiteral("README.png")}));
    }

    void rawHtmlIsSanitized()
    {
        const Page p = render(QStringLiteral(
            "<div align=\"center\"><b>Bold</b> <span style=\"color:red\" onclick=\"x()\">span</span></div>\n\n"
            "<script>alert('x')</script>\n\n"
            "<iframe width=\"672\" src=\"https://www.youtube.com/embed/85TQEpNCaU0\" title=\"Video\"></iframe>\n\n"
            "Inline <kbd>Ctrl</kbd>+<kbd>K</kbd>, x<sup>2</sup>, <a href=\"other.md\">other</a>, "
            "<img src=\"../images/i.png\" alt=\"i\" onerror=\"y()\"> <!-- comment --> &copy; &dagger; &#x1F600; &bogus;\n\n"
            "<style>body{}</style><details><summary>More</summary>Hidden</details>\n"));
        const QString html = allHtml(p.blocks);
        QVERIFY2(!html.contains(QStringLiteral("alert")), qPrintable(html));
        QVERIFY(!html.contains(QStringLiteral("onclick")));
        QVERIFY(!html.contains(QStringLiteral("onerror")));
        QVERIFY(!html.contains(QStringLiteral("style=\"color")));
        QVERIFY(!html.contains(QStringLiteral("body{}")));
        QVERIFY(!html.contains(QStringLiteral("comment")));
        QVERIFY(!html.contains(QStringLiteral("<iframe")));
        QVERIFY(html.contains(QStringLiteral("<div align=\"center\"><b>Bold</b> <span>span</span></div>")));
        QVERIFY(html.contains(QStringLiteral("<a href=\"https://www.youtube.com/embed/85TQEpNCaU0\">\u25B6 Video</a>")));
        QVERIFY(html.contains(QStringLiteral("<code>Ctrl</code>+<code>K</code>")));
        QVERIFY(html.contains(QStringLiteral("x<sup>2</sup>")));
        QVERIFY(html.contains(QStringLiteral("<a href=\"atrium-doc:guide/other.md\">other</a>")));
        QVERIFY(html.contains(QStringLiteral("<img src=\"atrium-doc-asset:docs/images/i.png\" alt=\"i\">")));
        QVERIFY(html.contains(QStringLiteral("\u00A9 \u2020 \U0001F600 &amp;bogus;")));
        QVERIFY(html.contains(QStringLiteral("<b>More</b>Hidden")));
    }

    void escapingAndSpecialText()
    {
        const Page p = render(QStringLiteral("a < b && c > \"d\" `<code>` \\*not em\\*\nline two  \nhard break\0null\n"));
        const QString html = allHtml(p.blocks);
        QVERIFY2(html.contains(QStringLiteral("a &lt; b &amp;&amp; c &gt; &quot;d&quot; <code>&lt;code&gt;</code> *not em* line two<br/>hard break")), qPrintable(html));
    }

    // --- highlighting ------------------------------------------------------

    void highlighter_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("tokens");
        QTest::newRow("yaml") << QStringLiteral("yml") << QStringLiteral("- name: web # c\n  port: 8080\n  on: true\n  s: 'it''s'\n---\n")
                              << QStringList{QStringLiteral("key:name"), QStringLiteral("comment:# c"), QStringLiteral("key:port"),
                                             QStringLiteral("number:8080"), QStringLiteral("key:on"), QStringLiteral("keyword:true"),
                                             QStringLiteral("key:s"), QStringLiteral("string:'it''s'"), QStringLiteral("meta:---")};
        QTest::newRow("json") << QStringLiteral("json") << QStringLiteral("{\"a\": \"b\\\"c\", \"n\": -1.5e3, \"t\": null}")
                              << QStringList{QStringLiteral("key:\"a\""), QStringLiteral("string:\"b\\\"c\""), QStringLiteral("key:\"n\""),
                                             QStringLiteral("number:1.5e3"), QStringLiteral("key:\"t\""), QStringLiteral("keyword:null")};
        QTest::newRow("bash") << QStringLiteral("sh") << QStringLiteral("if [ -n \"$X\" ]; then echo ${HOME} $1 # note\nfi\ncurl a#b")
                              << QStringList{QStringLiteral("keyword:if"), QStringLiteral("string:\"$X\""), QStringLiteral("keyword:then"),
                                             QStringLiteral("type:echo"), QStringLiteral("variable:${HOME}"), QStringLiteral("variable:$1"),
                                             QStringLiteral("comment:# note"), QStringLiteral("keyword:fi"), QStringLiteral("type:curl")};
        QTest::newRow("python") << QStringLiteral("python") << QStringLiteral("@dec\ndef f(x):\n    \"\"\"Doc\n    more\"\"\"\n    return None  # c\n")
                                << QStringList{QStringLiteral("meta:@dec"), QStringLiteral("keyword:def"), QStringLiteral("string:\"\"\"Doc\n    more\"\"\""),
                                               QStringLiteral("keyword:return"), QStringLiteral("keyword:None"), QStringLiteral("comment:# c")};
        QTest::newRow("typescript") << QStringLiteral("ts") << QStringLiteral("const s: string = `t ${x}`; /* b */ let n = 0x1f;")
                                    << QStringList{QStringLiteral("keyword:const"), QStringLiteral("type:string"), QStringLiteral("string:`t ${x}`"),
                                                   QStringLiteral("comment:/* b */"), QStringLiteral("keyword:let"), QStringLiteral("number:0x1f")};
        QTest::newRow("go") << QStringLiteral("golang") << QStringLiteral("func main() { var s string = `raw\\n`; return }")
                            << QStringList{QStringLiteral("keyword:func"), QStringLiteral("keyword:var"), QStringLiteral("type:string"),
                                           QStringLiteral("string:`raw\\n`"), QStringLiteral("keyword:return")};
        QTest::newRow("java") << QStringLiteral("java") << QStringLiteral("@Override public int n() { return 42L; } // x")
                              << QStringList{QStringLiteral("meta:@Override"), QStringLiteral("keyword:public"), QStringLiteral("type:int"),
                                             QStringLiteral("keyword:return"), QStringLiteral("number:42L"), QStringLiteral("comment:// x")};
        QTest::newRow("sql") << QStringLiteral("postgresql") << QStringLiteral("select count(*) FROM t WHERE s = 'it''s' -- c")
                             << QStringList{QStringLiteral("keyword:select"), QStringLiteral("type:count"), QStringLiteral("keyword:FROM"),
                                            QStringLiteral("keyword:WHERE"), QStringLiteral("string:'it''s'"), QStringLiteral("comment:-- c")};
        QTest::newRow("dockerfile") << QStringLiteral("Dockerfile") << QStringLiteral("FROM debian:12 AS build\n# c\nRUN echo $HOME from")
                                    << QStringList{QStringLiteral("keyword:FROM"), QStringLiteral("number:12"), QStringLiteral("comment:# c"),
                                                   QStringLiteral("keyword:RUN"), QStringLiteral("variable:$HOME")};
        QTest::newRow("generic") << QStringLiteral("toml") << QStringLiteral("a = \"b\" # c\nn = 3")
                                 << QStringList{QStringLiteral("string:\"b\""), QStringLiteral("comment:# c"), QStringLiteral("number:3")};
        QTest::newRow("plain") << QStringLiteral("text") << QStringLiteral("if x = 3 # no") << QStringList{};
        QTest::newRow("mermaid") << QStringLiteral("mermaid") << QStringLiteral("graph LR; A-->B") << QStringList{};
        QTest::newRow("unclosed") << QStringLiteral("js") << QStringLiteral("x = \"open\n/* never closed") << QStringList{QStringLiteral("string:\"open"), QStringLiteral("comment:/* never closed")};
    }

    void highlighter()
    {
        QFETCH(QString, language);
        QFETCH(QString, code);
        QFETCH(QStringList, tokens);
        QCOMPARE(tokenTexts(code, language), tokens);
        // Tokens are ordered and disjoint, and the HTML keeps every character.
        int end = 0;
        for (const Token &t : highlight(code, language)) {
            QVERIFY(t.start >= end && t.length > 0);
            end = t.start + t.length;
        }
        QVERIFY(end <= code.size());
        const QString html = highlightToHtml(code, language);
        QString text = html;
        text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
        text.replace(QStringLiteral("&lt;"), QStringLiteral("<")).replace(QStringLiteral("&gt;"), QStringLiteral(">"))
            .replace(QStringLiteral("&quot;"), QStringLiteral("\"")).replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        QCOMPARE(text, code);
    }

    void highlighterThemesAndTabs()
    {
        const QString light = highlightToHtml(QStringLiteral("x = 1"), QStringLiteral("python"));
        const QString dark = highlightToHtml(QStringLiteral("x = 1"), QStringLiteral("python"), HighlightTheme::dark());
        QVERIFY(light.contains(HighlightTheme::light().number));
        QVERIFY(dark.contains(HighlightTheme::dark().number));
        QCOMPARE(highlightToHtml(QStringLiteral("a\tb\n\tc"), QString()), QStringLiteral("<pre>a   b\n    c</pre>"));
        QCOMPARE(normalizeLanguage(QStringLiteral("{.python title=\"x\"}")), QStringLiteral("python"));
        QCOMPARE(normalizeLanguage(QStringLiteral("YAML")), QStringLiteral("yaml"));
        QVERIFY(isKnownLanguage(QStringLiteral("docker")));
        QVERIFY(!isKnownLanguage(QStringLiteral("cobol")));
    }

    void codeSamplesAreColoured()
    {
        LocalContentSource local;
        const Site site = Site::load(local, dataPath(QStringLiteral("nav/mkdocs.yml")));
        const Page p = renderPage(readText(dataPath(QStringLiteral("nav/content/ops/code.md"))), QStringLiteral("ops/code.md"), site);
        int code = 0;
        for (const Block &b : p.blocks) {
            if (b.kind != Block::Kind::Code)
                continue;
            ++code;
            QVERIFY2(!highlight(b.code, b.language).isEmpty(), qPrintable(b.language));
            QVERIFY2(b.html.contains(QStringLiteral("<font color=")), qPrintable(b.language));
        }
        QCOMPARE(code, 11);
    }

    // --- real sites --------------------------------------------------------

    void realSites_data()
    {
        QTest::addColumn<QString>("mkdocs");
        QTest::addColumn<bool>("strict"); // no warnings at all, cross-page anchors checked
        for (const QString &root : {QStringLiteral(ATRIUM_DEMO_DIR), QStringLiteral(ATRIUM_COMPAT_DIR "/techdocs")}) {
            QDirIterator it(root, {QStringLiteral("mkdocs.yml")}, QDir::Files, QDirIterator::Subdirectories);
            QStringList found;
            while (it.hasNext())
                found << it.next();
            found.sort();
            for (const QString &f : std::as_const(found))
                QTest::newRow(qPrintable(QDir(root).relativeFilePath(f))) << f << root.startsWith(QStringLiteral(ATRIUM_DEMO_DIR));
        }
    }

    void realSites()
    {
        QFETCH(QString, mkdocs);
        QFETCH(bool, strict);
        LocalContentSource local;
        const Site site = Site::load(local, mkdocs);
        QVERIFY2(countErrors(site.problems()) == 0, qPrintable(problemLines(site.problems()).join(u'\n')));
        if (strict)
            QVERIFY2(site.problems().isEmpty(), qPrintable(problemLines(site.problems()).join(u'\n')));
        QVERIFY(!site.pages().isEmpty());
        QHash<QString, QSet<QString>> anchors;
        QHash<QString, QStringList> links;
        for (const QString &path : site.pages()) {
            QByteArray data;
            QString why;
            QVERIFY2(site.readPage(local, path, &data, &why), qPrintable(why));
            const Page page = renderPage(QString::fromUtf8(data), path, site);
            QVERIFY2(countErrors(page.problems) == 0, qPrintable(problemLines(page.problems).join(u'\n')));
            if (strict)
                QVERIFY2(page.problems.isEmpty(), qPrintable(problemLines(page.problems).join(u'\n')));
            QVERIFY(!page.title.isEmpty());
            QVERIFY(!page.blocks.isEmpty());
            QVERIFY(!page.plainText.trimmed().isEmpty());
            for (const Heading &h : page.toc) {
                anchors[path].insert(h.anchor);
                QVERIFY(h.blockIndex >= 0 && h.blockIndex < page.blocks.size());
            }
            links[path] = hrefs(allHtml(page.blocks));
        }
        if (!strict)
            return;
        // Every link between pages lands on a page and a heading that exist.
        for (auto it = links.cbegin(); it != links.cend(); ++it) {
            for (const QString &href : it.value()) {
                QString page, anchor;
                if (!parseDocUrl(href, &page, &anchor))
                    continue;
                QVERIFY2(site.hasPage(page), qPrintable(it.key() + QStringLiteral(" → ") + href));
                if (!anchor.isEmpty())
                    QVERIFY2(anchors.value(page).contains(anchor), qPrintable(it.key() + QStringLiteral(" → ") + href));
            }
        }
    }

    void demoOrderServiceRunbook()
    {
        LocalContentSource local;
        const Site site = Site::load(local, QStringLiteral(ATRIUM_DEMO_DIR "/components/order-service/mkdocs.yml"));
        QCOMPARE(site.flatNav().size(), 7);
        QCOMPARE(site.flatNav()[4].title, QStringLiteral("ADR"));
        QCOMPARE(site.flatNav()[5].title, QStringLiteral("ADR 001: Database choice for orders"));
        QByteArray data;
        QString why;
        QVERIFY(site.readPage(local, QStringLiteral("runbook.md"), &data, &why));
        const Page p = renderPage(QString::fromUtf8(data), QStringLiteral("runbook.md"), site);
        QCOMPARE(p.blocks[1].kind, Block::Kind::Admonition);
        QCOMPARE(p.blocks[1].title, QStringLiteral("Tier-1 service"));
        QVERIFY(p.blockForAnchor(QStringLiteral("order-creation-failure-http-500")) > 0);
        int sql = 0;
        for (const Block &b : p.blocks)
            sql += b.language == u"sql" ? 1 : 0;
        QCOMPARE(sql, 3);
    }

    // --- robustness ----------------------------------------------------------

    void fuzz()
    {
        QStringList seeds;
        for (const QString &f : {QStringLiteral("nav/content/ops/runbook.md"), QStringLiteral("nav/content/ops/code.md"),
                                 QStringLiteral("nav/content/index.md"), QStringLiteral("nav/mkdocs.yml"), QStringLiteral("navless/mkdocs.yml")})
            seeds << readText(dataPath(f));
        seeds << QStringLiteral("```\nunclosed fence\n") << QStringLiteral("<div><b>unclosed <script>x")
              << QStringLiteral("!!! note\n    ```\n    unclosed in admonition\n")
              << QStringLiteral("| a |\n|---|\n| b | c | d |\n") << QStringLiteral("[x](<unclosed") << QStringLiteral("![x](")
              << QString(5000, u'>') << QStringLiteral("- ").repeated(3000) + u'x' << QStringLiteral("1. a\n   ").repeated(500)
              << QStringLiteral("???+").repeated(100) << QStringLiteral("<!--") << QStringLiteral("&#xFFFFFFFF; &#0; &#xD800;");
        const QString alphabet = QStringLiteral("!?#*-_[]()<>`~|:\"'\n \t    &;{}\\/.123ax결\u0000");
        // More runs, or another seed, from the environment for a longer
        // session (under the ASan preset, say).
        const int iterations = qEnvironmentVariableIsSet("ATRIUM_DOCS_FUZZ_RUNS") ? qEnvironmentVariableIntValue("ATRIUM_DOCS_FUZZ_RUNS") : 1500;
        QRandomGenerator rng(qEnvironmentVariableIsSet("ATRIUM_DOCS_FUZZ_SEED") ? quint32(qEnvironmentVariableIntValue("ATRIUM_DOCS_FUZZ_SEED")) : 20241126u);
        QElapsedTimer t;
        t.start();
        int runs = 0;
        for (int i = 0; i < iterations; ++i) {
            QString text = seeds[rng.bounded(int(seeds.size()))];
            const int edits = rng.bounded(1, 40);
            for (int e = 0; e < edits && !text.isEmpty(); ++e) {
                const int at = rng.bounded(int(text.size()));
                switch (rng.bounded(4)) {
                case 0: text.insert(at, alphabet.at(rng.bounded(int(alphabet.size())))); break;
                case 1: text.remove(at, rng.bounded(1, 20)); break;
                case 2: text.insert(at, QStringLiteral("\n!!! note \"x\"\n    ")); break;
                default: text.truncate(at); break;
                }
            }
            const Page p = render(text);
            for (const Heading &h : p.toc)
                QVERIFY(h.blockIndex < p.blocks.size());
            // The same text as code in some language, and as mkdocs.yml.
            static const QStringList langs{QStringLiteral("yaml"), QStringLiteral("json"), QStringLiteral("bash"), QStringLiteral("python"),
                                           QStringLiteral("typescript"), QStringLiteral("go"), QStringLiteral("java"), QStringLiteral("sql"),
                                           QStringLiteral("dockerfile"), QStringLiteral("whatever")};
            const QString html = highlightToHtml(text, langs[rng.bounded(int(langs.size()))]);
            QVERIFY(html.startsWith(QStringLiteral("<pre>")));
            if (i % 10 == 0) {
                MemorySite m({{QStringLiteral("mkdocs.yml"), text}, {QStringLiteral("docs/index.md"), QStringLiteral("# x\n")}});
                for (const Diagnostic &d : m.site.problems())
                    QVERIFY(!d.message.isEmpty());
            }
            ++runs;
        }
        qInfo("%d fuzzed pages in %lld ms", runs, qlonglong(t.elapsed()));
    }

    // Writes every block of the test pages to $ATRIUM_DOCS_DUMP (a folder),
    // to look at them rendered; nothing is checked.
    void dumpForReview()
    {
        const QString dir = qEnvironmentVariable("ATRIUM_DOCS_DUMP");
        if (dir.isEmpty())
            QSKIP("set ATRIUM_DOCS_DUMP to a folder to write the rendered blocks");
        LocalContentSource local;
        const QStringList sites{dataPath(QStringLiteral("nav/mkdocs.yml")), QStringLiteral(ATRIUM_DEMO_DIR "/components/order-service/mkdocs.yml")};
        for (const QString &mk : sites) {
            const Site site = Site::load(local, mk);
            for (const QString &path : site.pages()) {
                QByteArray data;
                QString why;
                site.readPage(local, path, &data, &why);
                const Page page = renderPage(QString::fromUtf8(data), path, site);
                QString html;
                std::function<void(const QList<Block> &, int)> dump = [&](const QList<Block> &blocks, int depth) {
                    for (const Block &b : blocks) {
                        const QString margin = QStringLiteral("margin-left:%1px").arg(40 * (b.indent + depth));
                        if (b.kind == Block::Kind::Admonition) {
                            html += QStringLiteral("<p style=\"%1\"><b>[%2] %3</b></p>").arg(margin, b.admonitionType, b.title);
                            dump(b.children, depth + 1);
                        } else if (b.kind == Block::Kind::Code) {
                            html += QStringLiteral("<div style=\"%1; background-color:#f6f8fa\">%2</div>").arg(margin, b.html);
                        } else {
                            html += QStringLiteral("<div style=\"%1\">%2</div><hr/>").arg(margin, b.html);
                        }
                    }
                };
                dump(page.blocks, 0);
                QFile f(dir + u'/' + QFileInfo(mk).dir().dirName() + u'-' + QString(path).replace(u'/', u'-') + QStringLiteral(".html"));
                QVERIFY(f.open(QIODevice::WriteOnly));
                f.write(html.toUtf8());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestDocs)
#include "tst_docs.moc"
