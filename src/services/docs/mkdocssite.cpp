// SPDX-License-Identifier: Apache-2.0
#include "mkdocssite.h"

#include "entity.h"
#include "yamlreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QMap>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <functional>
#include <memory>

namespace atrium::docs {

namespace {

Q_LOGGING_CATEGORY(lcDocs, "atrium.docs", QtInfoMsg)

constexpr qint64 kMaxConfigBytes = 1024 * 1024;
constexpr qint64 kMaxPageBytes = 4 * 1024 * 1024;
/** Pages read at load for their titles; past this, titles come from file names. */
constexpr int kMaxTitleReads = 10000;

QString tr(const char *text)
{
    return QCoreApplication::translate("atrium::docs", text);
}

bool isMarkdownPath(QStringView path)
{
    for (const char *ext : {".md", ".markdown", ".mdown", ".mkdn", ".mkd"})
        if (path.endsWith(QLatin1String(ext), Qt::CaseInsensitive))
            return true;
    return false;
}

bool hasScheme(const QString &s, QString *scheme = nullptr)
{
    static const QRegularExpression re(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*):"));
    const auto m = re.match(s);
    if (!m.hasMatch())
        return false;
    // A Windows drive letter is not a scheme.
    if (m.captured(1).size() == 1)
        return false;
    if (scheme)
        *scheme = m.captured(1).toLower();
    return true;
}

/** Cleans a path relative to some root; empty when it climbs out of it. */
QString cleanRelative(const QString &path)
{
    QString p = QDir::cleanPath(path);
    while (p.startsWith(QStringLiteral("./")))
        p.remove(0, 2);
    if (p == u"." )
        return QString();
    if (p == u".." || p.startsWith(QStringLiteral("../")) || p.startsWith(u'/'))
        return QString();
    return p;
}

/** `my-page_name` → `My page name`, as mkdocs' dirname_to_title does. */
QString nameToTitle(QString name)
{
    name.replace(u'-', u' ').replace(u'_', u' ');
    if (name.toLower() == name && !name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

/** Strips inline Markdown from a heading so that it reads as plain text. */
QString plainHeading(QString text)
{
    static const QRegularExpression attrList(QStringLiteral("\\s*\\{\\s*[:#.][^}]*\\}\\s*$"));
    static const QRegularExpression link(QStringLiteral("!?\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression closing(QStringLiteral("\\s+#+\\s*$"));
    text.remove(attrList);
    text.remove(closing);
    text.replace(link, QStringLiteral("\\1"));
    text.remove(u'`');
    text.remove(QStringLiteral("**"));
    text.remove(QStringLiteral("__"));
    return text.trimmed();
}

/** Makes `!!python/name:…` tags, which mkdocs-material configurations use
 *  for emoji and superfences, harmless: the core YAML reader refuses tags in
 *  the core namespace whose value does not fit them, and would fail the
 *  whole file. As a local tag (`!python/…`) the value is kept as text. A
 *  space keeps the line's length, so positions after it stay right. */
QByteArray neutralizePythonTags(const QByteArray &yaml)
{
    if (!yaml.contains("!!python/"))
        return yaml;
    QByteArray out;
    out.reserve(yaml.size());
    qsizetype i = 0;
    while (i < yaml.size()) {
        const qsizetype at = yaml.indexOf("!!python/", i);
        if (at < 0) {
            out.append(yaml.constData() + i, yaml.size() - i);
            break;
        }
        out.append(yaml.constData() + i, at - i);
        qsizetype end = at + 2;
        while (end < yaml.size() && !QChar::isSpace(uchar(yaml.at(end))))
            ++end;
        out.append('!');
        out.append(yaml.constData() + at + 2, end - at - 2);
        out.append(' ');
        i = end;
    }
    return out;
}

/** Joins a location and a relative target as the source that gave the
 *  location does: URLs (and MemoryContentSource keys) as URLs, local paths
 *  as paths. */
QString resolveLocation(const QString &base, const QString &target, bool urlStyle)
{
    if (urlStyle)
        return MemoryContentSource::resolveUrl(base, target);
    return QDir::cleanPath(QFileInfo(base).absolutePath() + u'/' + target);
}

QString percentDecoded(const QString &s)
{
    return s.contains(u'%') ? QUrl::fromPercentEncoding(s.toUtf8()) : s;
}

} // namespace

QString titleFromPath(const QString &pagePath)
{
    const QFileInfo fi(pagePath);
    QString stem = fi.completeBaseName();
    if (stem == u"index" || stem == u"README") {
        const QString dir = QFileInfo(pagePath).path();
        if (dir.isEmpty() || dir == u".")
            return tr("Home");
        stem = QFileInfo(dir).fileName();
    }
    return nameToTitle(stem);
}

QString titleFromMarkdown(const QString &markdown)
{
    QStringView text(markdown);
    const QList<QStringView> lines = text.split(u'\n');
    int i = 0;
    // Front matter (mkdocs' meta): a `title:` there wins.
    if (!lines.isEmpty() && lines.first().trimmed() == u"---") {
        for (i = 1; i < lines.size(); ++i) {
            const QStringView l = lines[i].trimmed();
            if (l == u"---" || l == u"...") {
                ++i;
                break;
            }
            if (l.startsWith(u"title:")) {
                QString t = l.mid(6).trimmed().toString();
                if (t.size() >= 2 && (t.front() == u'"' || t.front() == u'\'') && t.back() == t.front())
                    t = t.mid(1, t.size() - 2);
                if (!t.isEmpty())
                    return t;
            }
        }
        if (i >= lines.size())
            i = 0; // not front matter after all
    }
    QChar fence;
    int fenceLen = 0;
    for (; i < lines.size(); ++i) {
        const QStringView raw = lines[i];
        const QStringView l = raw.trimmed();
        if (l.startsWith(u"```") || l.startsWith(u"~~~")) {
            const QChar c = l.front();
            int n = 0;
            while (n < l.size() && l[n] == c)
                ++n;
            if (fenceLen == 0) {
                fence = c;
                fenceLen = n;
            } else if (c == fence && n >= fenceLen && l.mid(n).trimmed().isEmpty()) {
                fenceLen = 0;
            }
            continue;
        }
        if (fenceLen)
            continue;
        if (raw.startsWith(u"# ") || raw == u"#")
            return plainHeading(raw.mid(1).toString());
        if (i + 1 < lines.size() && !l.isEmpty() && !raw.startsWith(u"    ")) {
            const QStringView next = lines[i + 1].trimmed();
            if (!next.isEmpty() && std::all_of(next.begin(), next.end(), [](QChar c) { return c == u'='; }))
                return plainHeading(l.toString());
        }
    }
    return QString();
}

QString docUrl(const QString &pagePath, const QString &anchor)
{
    QString url = QStringLiteral("atrium-doc:") + QString::fromLatin1(QUrl::toPercentEncoding(pagePath, "/-._~"));
    if (!anchor.isEmpty())
        url += u'#' + QString::fromLatin1(QUrl::toPercentEncoding(anchor, "-._~"));
    return url;
}

QString assetUrl(const QString &assetPath)
{
    return QStringLiteral("atrium-doc-asset:") + QString::fromLatin1(QUrl::toPercentEncoding(assetPath, "/-._~"));
}

bool parseDocUrl(const QString &url, QString *pagePath, QString *anchor)
{
    static const QString prefix = QStringLiteral("atrium-doc:");
    if (!url.startsWith(prefix))
        return false;
    const QString rest = url.mid(prefix.size());
    const qsizetype hash = rest.indexOf(u'#');
    if (pagePath)
        *pagePath = QUrl::fromPercentEncoding(rest.left(hash < 0 ? rest.size() : hash).toUtf8());
    if (anchor)
        *anchor = hash < 0 ? QString() : QUrl::fromPercentEncoding(rest.mid(hash + 1).toUtf8());
    return true;
}

bool parseAssetUrl(const QString &url, QString *assetPath)
{
    static const QString prefix = QStringLiteral("atrium-doc-asset:");
    if (!url.startsWith(prefix))
        return false;
    if (assetPath)
        *assetPath = QUrl::fromPercentEncoding(url.mid(prefix.size()).toUtf8());
    return true;
}

/** Reads mkdocs.yml and the files of a site into a Site. */
class SiteLoader
{
public:
    SiteLoader(const ContentSource &source, const QString &mkdocs, const QStringList &knownFiles)
        : m_source(source), m_knownFiles(knownFiles)
    {
        m_site.m_mkdocsLocation = mkdocs;
        m_urlStyle = isHttpUrl(mkdocs) || dynamic_cast<const MemoryContentSource *>(&source) != nullptr;
        m_site.m_urlStyle = m_urlStyle;
    }

    Site load()
    {
        QByteArray data;
        QString why;
        QJsonObject config;
        bool configRead = false;
        if (!m_source.read(m_site.m_mkdocsLocation, kMaxConfigBytes, &data, &why)) {
            error(0, 0, tr("cannot read mkdocs.yml: %1").arg(why));
        } else {
            m_yaml = neutralizePythonTags(data);
            const YamlParseResult parsed = parseYaml(m_yaml, m_site.m_mkdocsLocation);
            m_site.m_problems += parsed.diagnostics;
            if (!parsed.documents.isEmpty()) {
                m_rawIndex = parsed.documents.first().rawIndex;
                if (parsed.documents.first().root.isObject()) {
                    config = parsed.documents.first().root.toObject();
                    configRead = true;
                } else {
                    error(parsed.documents.first().line, parsed.documents.first().column,
                          tr("mkdocs.yml must be a mapping of settings (site_name, nav, …)"));
                }
            } else if (parsed.diagnostics.isEmpty()) {
                error(1, 1, tr("mkdocs.yml is empty"));
            }
        }

        // site_name is required by mkdocs; a missing one is not worth losing the docs over.
        const QJsonValue name = config.value(u"site_name");
        if (name.isString() && !name.toString().trimmed().isEmpty()) {
            m_site.m_name = name.toString().trimmed();
        } else {
            if (configRead)
                warning({QStringLiteral("site_name")}, tr("site_name is missing; mkdocs requires it"));
            m_site.m_name = QFileInfo(QFileInfo(m_site.m_mkdocsLocation).path()).fileName();
        }
        m_site.m_description = config.value(u"site_description").toString();
        m_site.m_repoUrl = config.value(u"repo_url").toString();

        const QJsonValue docsDir = config.value(u"docs_dir");
        if (docsDir.isString() && !docsDir.toString().trimmed().isEmpty()) {
            const QString clean = cleanRelative(docsDir.toString().trimmed());
            if (clean.isEmpty() && QDir::cleanPath(docsDir.toString().trimmed()) != u".") {
                errorAt({QStringLiteral("docs_dir")},
                        tr("docs_dir \"%1\" leaves the folder of mkdocs.yml").arg(docsDir.toString()));
            } else {
                m_site.m_docsDir = clean.isEmpty() ? QStringLiteral(".") : clean;
            }
        } else if (!docsDir.isUndefined() && !docsDir.isNull()) {
            errorAt({QStringLiteral("docs_dir")}, tr("docs_dir must be a folder name"));
        }
        m_site.m_docsPrefix = m_site.m_docsDir == u"." ? QString() : m_site.m_docsDir + u'/';

        listFiles();

        const QJsonValue nav = config.value(u"nav");
        if (nav.isArray()) {
            m_site.m_navConfigured = true;
            m_site.m_nav = parseNav(nav.toArray(), {QStringLiteral("nav")}, 0);
        } else if (!nav.isUndefined() && !nav.isNull()) {
            warning({QStringLiteral("nav")}, tr("nav must be a list; the pages are listed from the docs folder instead"));
        }

        // Pages: those of nav first, then the others, as mkdocs builds them all.
        QStringList ordered;
        QSet<QString> seen;
        collectNavPages(m_site.m_nav, ordered, seen);
        for (const QString &p : std::as_const(m_files))
            if (!seen.contains(p)) {
                ordered << p;
                seen.insert(p);
            }
        m_site.m_pages = ordered;
        m_site.m_pageSet = QSet<QString>(ordered.cbegin(), ordered.cend());

        if (m_site.m_pages.isEmpty() && configRead) {
            const bool folder = m_source.isFolder(docsLocation());
            if (!folder)
                errorAt({QStringLiteral("docs_dir")},
                        tr("the docs folder \"%1\" does not exist next to mkdocs.yml").arg(m_site.m_docsDir));
            else
                warning({QStringLiteral("docs_dir")}, tr("the docs folder \"%1\" holds no Markdown pages").arg(m_site.m_docsDir));
        }

        readTitles();
        if (!m_site.m_navConfigured) {
            // mkdocs' order, which is also the order of the pages.
            m_site.m_nav = navFromFiles();
            QStringList inOrder;
            QSet<QString> done;
            collectNavPages(m_site.m_nav, inOrder, done);
            m_site.m_pages = inOrder;
        }
        return std::move(m_site);
    }

private:
    QString docsLocation() const
    {
        return m_site.m_docsDir == u"." ? resolveLocation(m_site.m_mkdocsLocation, QStringLiteral("."), m_urlStyle)
                                        : resolveLocation(m_site.m_mkdocsLocation, m_site.m_docsDir, m_urlStyle);
    }

    QString pageLocation(const QString &page) const
    {
        return resolveLocation(m_site.m_mkdocsLocation, m_site.m_docsPrefix + page, m_urlStyle);
    }

    /** The Markdown files under docs_dir, relative to it. */
    void listFiles()
    {
        QString root = docsLocation();
        if (!root.endsWith(u'/'))
            root += u'/';
        QStringList found = m_source.glob(root + QStringLiteral("**/*"));
        for (const QString &f : m_knownFiles)
            found << f;
        QSet<QString> seen;
        for (const QString &f : std::as_const(found)) {
            if (!f.startsWith(root))
                continue;
            const QString rel = f.mid(root.size());
            if (!isMarkdownPath(rel) || rel.startsWith(u'.') || rel.contains(QStringLiteral("/.")))
                continue;
            if (!seen.contains(rel)) {
                seen.insert(rel);
                m_files << rel;
            }
        }
        // mkdocs builds index.md and skips README.md where a folder has both.
        QStringList kept;
        for (const QString &f : std::as_const(m_files)) {
            const QFileInfo fi(f);
            if (fi.fileName() == u"README.md") {
                const QString index = (fi.path() == u"." ? QString() : fi.path() + u'/') + QStringLiteral("index.md");
                if (seen.contains(index)) {
                    Diagnostic d;
                    d.severity = Severity::Warning;
                    d.file = pageLocation(f);
                    d.message = tr("both index.md and README.md are in the folder; README.md is skipped, as mkdocs does");
                    m_site.m_problems << d;
                    continue;
                }
            }
            kept << f;
        }
        m_files = kept;
    }

    QList<NavItem> parseNav(const QJsonArray &items, const QStringList &path, int depth)
    {
        QList<NavItem> out;
        if (depth > 32) {
            warning(path, tr("nav is nested deeper than 32 levels; the rest is left out"));
            return out;
        }
        for (int i = 0; i < items.size(); ++i) {
            const QStringList here = path + QStringList{QString::number(i)};
            const QJsonValue v = items.at(i);
            QString title;
            QJsonValue value;
            QStringList valuePath = here;
            if (v.isString()) {
                value = v;
            } else if (v.isObject()) {
                const QJsonObject o = v.toObject();
                if (o.isEmpty()) {
                    warning(here, tr("empty nav entry"));
                    continue;
                }
                if (o.size() > 1)
                    warning(here, tr("a nav entry takes one \"Title: page.md\" pair; only \"%1\" is used").arg(o.begin().key()));
                title = o.begin().key();
                value = o.begin().value();
                valuePath << title;
            } else {
                warning(here, tr("a nav entry must be a page, a \"Title: page.md\" pair or a section"));
                continue;
            }
            NavItem item;
            item.title = title;
            if (value.isArray()) {
                item.kind = NavItem::Kind::Section;
                item.children = parseNav(value.toArray(), valuePath, depth + 1);
            } else if (value.isString()) {
                const QString target = value.toString().trimmed();
                if (hasScheme(target) || target.startsWith(QStringLiteral("//"))) {
                    item.kind = NavItem::Kind::Link;
                    item.url = target;
                    if (item.title.isEmpty())
                        item.title = target;
                } else {
                    item.kind = NavItem::Kind::Page;
                    const QString page = cleanRelative(percentDecoded(target));
                    item.pagePath = page.isEmpty() ? target : page;
                    if (!title.isEmpty() && !page.isEmpty())
                        m_site.m_navTitles.insert(page, title);
                    if (page.isEmpty()) {
                        item.missing = true;
                        warning(valuePath, tr("nav entry \"%1\" points outside the docs folder").arg(target));
                    } else if (!pageExists(page)) {
                        item.missing = true;
                        warning(valuePath, tr("nav entry \"%1\" names a page that is not in the docs folder (%2)")
                                               .arg(target, m_site.m_docsDir));
                    }
                }
            } else {
                warning(valuePath, tr("nav entry \"%1\" has no page").arg(title));
                continue;
            }
            out << item;
        }
        return out;
    }

    bool pageExists(const QString &page)
    {
        if (m_files.contains(page))
            return true;
        // Sources that cannot list (GitHub files) still answer for one file.
        if (isMarkdownPath(page) && m_source.isFile(pageLocation(page))) {
            m_files << page;
            return true;
        }
        return false;
    }

    static void collectNavPages(const QList<NavItem> &items, QStringList &out, QSet<QString> &seen)
    {
        for (const NavItem &i : items) {
            if (i.kind == NavItem::Kind::Page && !i.missing && !seen.contains(i.pagePath)) {
                out << i.pagePath;
                seen.insert(i.pagePath);
            }
            collectNavPages(i.children, out, seen);
        }
    }

    void readTitles()
    {
        int reads = 0;
        for (const QString &p : std::as_const(m_site.m_pages)) {
            if (m_site.m_navTitles.contains(p))
                continue;
            if (++reads > kMaxTitleReads)
                break;
            QByteArray data;
            QString why;
            if (!m_source.read(pageLocation(p), kMaxPageBytes, &data, &why))
                continue;
            // The top of the page is where its title is.
            const QString title = titleFromMarkdown(QString::fromUtf8(data.left(64 * 1024)));
            if (!title.isEmpty())
                m_site.m_titles.insert(p, title);
        }
    }

    /** mkdocs' navigation when mkdocs.yml has none: in each folder,
     *  index.md (or README.md) first, then the other pages by name, then the
     *  sub-folders by name, each a section. */
    QList<NavItem> navFromFiles() const
    {
        struct Folder {
            QStringList pages;
            QMap<QString, Folder> folders;
        };
        Folder root;
        for (const QString &p : m_site.m_pages) {
            const QStringList parts = p.split(u'/');
            Folder *f = &root;
            for (int i = 0; i + 1 < parts.size(); ++i)
                f = &f->folders[parts[i]];
            f->pages << p;
        }
        std::function<QList<NavItem>(const Folder &)> build = [&](const Folder &f) {
            QStringList pages = f.pages;
            std::sort(pages.begin(), pages.end(), [](const QString &a, const QString &b) {
                const QString sa = QFileInfo(a).completeBaseName(), sb = QFileInfo(b).completeBaseName();
                const bool ia = sa == u"index" || sa == u"README", ib = sb == u"index" || sb == u"README";
                if (ia != ib)
                    return ia;
                return QFileInfo(a).fileName() < QFileInfo(b).fileName();
            });
            QList<NavItem> out;
            for (const QString &p : std::as_const(pages)) {
                NavItem i;
                i.kind = NavItem::Kind::Page;
                i.pagePath = p;
                i.title = m_site.pageTitle(p);
                out << i;
            }
            for (auto it = f.folders.cbegin(); it != f.folders.cend(); ++it) {
                NavItem s;
                s.kind = NavItem::Kind::Section;
                s.title = nameToTitle(it.key());
                s.children = build(*it);
                out << s;
            }
            return out;
        };
        return build(root);
    }

    std::pair<int, int> locate(const QStringList &path)
    {
        if (m_yaml.isEmpty())
            return {0, 0};
        if (!m_locator)
            m_locator = std::make_unique<YamlLocator>(m_yaml);
        return m_locator->locate(m_rawIndex, path);
    }

    void add(Severity s, int line, int column, const QString &message)
    {
        Diagnostic d;
        d.severity = s;
        d.file = m_site.m_mkdocsLocation;
        d.line = line;
        d.column = column;
        d.message = message;
        qCDebug(lcDocs).noquote() << d.toString();
        m_site.m_problems << d;
    }
    void error(int line, int column, const QString &message) { add(Severity::Error, line, column, message); }
    void errorAt(const QStringList &path, const QString &message)
    {
        const auto [l, c] = locate(path);
        add(Severity::Error, l ? l : 1, l ? c : 1, message);
    }
    void warning(const QStringList &path, const QString &message)
    {
        const auto [l, c] = locate(path);
        add(Severity::Warning, l ? l : 1, l ? c : 1, message);
    }

    const ContentSource &m_source;
    QStringList m_knownFiles;
    bool m_urlStyle = false;
    QByteArray m_yaml;
    int m_rawIndex = 0;
    std::unique_ptr<YamlLocator> m_locator;
    QStringList m_files;
    Site m_site;
};

Site Site::load(const ContentSource &source, const QString &mkdocsLocation, const QStringList &knownFiles)
{
    return SiteLoader(source, mkdocsLocation, knownFiles).load();
}

QList<FlatNavItem> Site::flatNav() const
{
    QList<FlatNavItem> out;
    std::function<void(const QList<NavItem> &, int)> walk = [&](const QList<NavItem> &items, int depth) {
        for (const NavItem &i : items) {
            out << FlatNavItem{i.kind, i.kind == NavItem::Kind::Page && i.title.isEmpty() ? pageTitle(i.pagePath) : i.title,
                               i.pagePath, i.url, i.missing, depth};
            walk(i.children, depth + 1);
        }
    };
    walk(m_nav, 0);
    return out;
}

QString Site::homePage() const
{
    for (const char *name : {"index.md", "README.md"})
        if (m_pageSet.contains(QLatin1String(name)))
            return QLatin1String(name);
    return m_pages.isEmpty() ? QString() : m_pages.first();
}

QString Site::pageTitle(const QString &pagePath) const
{
    if (const auto it = m_navTitles.constFind(pagePath); it != m_navTitles.cend())
        return *it;
    if (const auto it = m_titles.constFind(pagePath); it != m_titles.cend())
        return *it;
    return titleFromPath(pagePath);
}

QString Site::pageLocation(const QString &pagePath) const
{
    return resolveLocation(m_mkdocsLocation, m_docsPrefix + pagePath, m_urlStyle);
}

QString Site::assetLocation(const QString &assetPath) const
{
    return resolveLocation(m_mkdocsLocation, assetPath, m_urlStyle);
}

bool Site::readPage(const ContentSource &source, const QString &pagePath, QByteArray *out, QString *error) const
{
    return source.read(pageLocation(pagePath), kMaxPageBytes, out, error);
}

LinkTarget Site::resolveLink(const QString &fromPage, const QString &href) const
{
    LinkTarget t;
    const QString h = href.trimmed();
    QString scheme;
    if (h.startsWith(QStringLiteral("//"))) {
        t.kind = LinkTarget::Kind::External;
        t.url = QStringLiteral("https:") + h;
        return t;
    }
    if (hasScheme(h, &scheme)) {
        static const QSet<QString> safe = {QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("mailto"),
                                           QStringLiteral("ftp"), QStringLiteral("tel")};
        t.kind = safe.contains(scheme) ? LinkTarget::Kind::External : LinkTarget::Kind::Unsafe;
        t.url = h;
        return t;
    }
    QString path = h;
    const qsizetype hash = path.indexOf(u'#');
    if (hash >= 0) {
        t.anchor = percentDecoded(path.mid(hash + 1));
        path.truncate(hash);
    }
    const qsizetype query = path.indexOf(u'?');
    if (query >= 0)
        path.truncate(query);
    path = percentDecoded(path);
    if (path.isEmpty()) {
        t.kind = LinkTarget::Kind::Page;
        t.pagePath = fromPage;
        return t;
    }
    const bool fromRoot = path.startsWith(u'/');
    const QString dir = QFileInfo(fromPage).path();
    const QString joined = fromRoot ? path.mid(1) : ((dir.isEmpty() || dir == u".") ? path : dir + u'/' + path);
    const bool trailingSlash = path.endsWith(u'/');
    const QString clean = cleanRelative(joined);
    if (clean.isEmpty() && !joined.isEmpty() && QDir::cleanPath(joined) != u".") {
        // Out of the docs folder: a file of the repository, if it stays in the site's folder.
        const QString asset = cleanRelative(m_docsPrefix + joined);
        if (asset.isEmpty() || isMarkdownPath(asset)) {
            t.kind = LinkTarget::Kind::Missing;
            t.pagePath = QDir::cleanPath(joined);
            return t;
        }
        t.kind = LinkTarget::Kind::Asset;
        t.assetPath = asset;
        return t;
    }
    if (isMarkdownPath(clean)) {
        t.pagePath = clean;
        t.kind = m_pageSet.contains(clean) ? LinkTarget::Kind::Page : LinkTarget::Kind::Missing;
        return t;
    }
    // mkdocs' directory URLs: `sub/` is sub/index.md, `../other/` is other.md.
    const QString base = clean.isEmpty() ? QString() : clean + u'/';
    for (const QString &candidate : {base + QStringLiteral("index.md"), base + QStringLiteral("README.md"), clean + QStringLiteral(".md")}) {
        if (m_pageSet.contains(candidate)) {
            t.kind = LinkTarget::Kind::Page;
            t.pagePath = candidate;
            return t;
        }
    }
    if (trailingSlash || clean.isEmpty()) {
        t.kind = LinkTarget::Kind::Missing;
        t.pagePath = clean;
        return t;
    }
    t.kind = LinkTarget::Kind::Asset;
    t.assetPath = m_docsPrefix + clean;
    return t;
}

namespace {

QJsonArray navToJson(const QList<NavItem> &items)
{
    QJsonArray out;
    for (const NavItem &i : items) {
        QJsonObject o;
        o.insert(QStringLiteral("kind"), i.kind == NavItem::Kind::Page ? QStringLiteral("page")
                                         : i.kind == NavItem::Kind::Section ? QStringLiteral("section")
                                                                            : QStringLiteral("link"));
        if (!i.title.isEmpty())
            o.insert(QStringLiteral("title"), i.title);
        if (!i.pagePath.isEmpty())
            o.insert(QStringLiteral("page"), i.pagePath);
        if (!i.url.isEmpty())
            o.insert(QStringLiteral("url"), i.url);
        if (i.missing)
            o.insert(QStringLiteral("missing"), true);
        if (!i.children.isEmpty())
            o.insert(QStringLiteral("children"), navToJson(i.children));
        out << o;
    }
    return out;
}

QList<NavItem> navFromJson(const QJsonArray &a, int depth = 0)
{
    QList<NavItem> out;
    if (depth > 32)
        return out;
    for (const QJsonValue &v : a) {
        const QJsonObject o = v.toObject();
        NavItem i;
        const QString kind = o.value(u"kind").toString();
        i.kind = kind == u"section" ? NavItem::Kind::Section : kind == u"link" ? NavItem::Kind::Link : NavItem::Kind::Page;
        i.title = o.value(u"title").toString();
        i.pagePath = o.value(u"page").toString();
        i.url = o.value(u"url").toString();
        i.missing = o.value(u"missing").toBool();
        i.children = navFromJson(o.value(u"children").toArray(), depth + 1);
        out << i;
    }
    return out;
}

QJsonObject stringMap(const QHash<QString, QString> &h)
{
    QJsonObject o;
    for (auto it = h.cbegin(); it != h.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QHash<QString, QString> stringMap(const QJsonObject &o)
{
    QHash<QString, QString> h;
    for (auto it = o.begin(); it != o.end(); ++it)
        h.insert(it.key(), it.value().toString());
    return h;
}

} // namespace

QJsonObject Site::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), m_name);
    if (!m_description.isEmpty())
        o.insert(QStringLiteral("description"), m_description);
    if (!m_repoUrl.isEmpty())
        o.insert(QStringLiteral("repoUrl"), m_repoUrl);
    o.insert(QStringLiteral("docsDir"), m_docsDir);
    o.insert(QStringLiteral("mkdocs"), m_mkdocsLocation);
    o.insert(QStringLiteral("urlStyle"), m_urlStyle);
    o.insert(QStringLiteral("navConfigured"), m_navConfigured);
    o.insert(QStringLiteral("nav"), navToJson(m_nav));
    o.insert(QStringLiteral("pages"), QJsonArray::fromStringList(m_pages));
    o.insert(QStringLiteral("navTitles"), stringMap(m_navTitles));
    o.insert(QStringLiteral("titles"), stringMap(m_titles));
    QJsonArray problems;
    for (const Diagnostic &d : m_problems)
        problems << QJsonObject{{QStringLiteral("severity"), Diagnostic::severityName(d.severity)},
                                {QStringLiteral("file"), d.file},
                                {QStringLiteral("line"), d.line},
                                {QStringLiteral("column"), d.column},
                                {QStringLiteral("message"), d.message}};
    o.insert(QStringLiteral("problems"), problems);
    return o;
}

Site Site::fromJson(const QJsonObject &o)
{
    Site s;
    s.m_name = o.value(u"name").toString();
    s.m_description = o.value(u"description").toString();
    s.m_repoUrl = o.value(u"repoUrl").toString();
    s.m_docsDir = o.value(u"docsDir").toString(QStringLiteral("docs"));
    s.m_docsPrefix = s.m_docsDir == u"." ? QString() : s.m_docsDir + u'/';
    s.m_mkdocsLocation = o.value(u"mkdocs").toString();
    s.m_urlStyle = o.value(u"urlStyle").toBool(isHttpUrl(s.m_mkdocsLocation));
    s.m_navConfigured = o.value(u"navConfigured").toBool();
    s.m_nav = navFromJson(o.value(u"nav").toArray());
    for (const QJsonValue &v : o.value(u"pages").toArray())
        s.m_pages << v.toString();
    s.m_pageSet = QSet<QString>(s.m_pages.cbegin(), s.m_pages.cend());
    s.m_navTitles = stringMap(o.value(u"navTitles").toObject());
    s.m_titles = stringMap(o.value(u"titles").toObject());
    for (const QJsonValue &v : o.value(u"problems").toArray()) {
        const QJsonObject p = v.toObject();
        Diagnostic d;
        d.severity = p.value(u"severity").toString() == u"warning" ? Severity::Warning : Severity::Error;
        d.file = p.value(u"file").toString();
        d.line = p.value(u"line").toInt();
        d.column = p.value(u"column").toInt();
        d.message = p.value(u"message").toString();
        s.m_problems << d;
    }
    return s;
}

TechDocsRef resolveTechDocsRef(const QString &annotation, const QString &entityFile, const ContentSource &source)
{
    TechDocsRef r;
    r.annotation = annotation;
    const QString value = annotation.trimmed();
    if (value.isEmpty())
        return r;
    const qsizetype colon = value.indexOf(u':');
    const QString type = colon < 0 ? QString() : value.left(colon).trimmed().toLower();
    const QString target = colon < 0 ? QString() : value.mid(colon + 1).trimmed();
    auto invalid = [&](const QString &why) {
        r.kind = TechDocsRef::Kind::Invalid;
        r.error = why;
        return r;
    };
    if (type == u"dir") {
        if (target.isEmpty())
            return invalid(tr("the techdocs-ref \"%1\" names no folder").arg(annotation));
        if (QDir::isAbsolutePath(target) || hasScheme(target))
            return invalid(tr("the techdocs-ref \"%1\" must name a folder relative to the entity's file").arg(annotation));
        r.kind = TechDocsRef::Kind::Dir;
        const QString dir = target.endsWith(u'/') ? target : target + u'/';
        QString why;
        r.folderLocation = source.resolve(entityFile, dir, &why);
        for (const char *name : {"mkdocs.yml", "mkdocs.yaml"}) {
            const QString loc = source.resolve(entityFile, dir + QLatin1String(name), &why);
            if (r.mkdocsLocation.isEmpty())
                r.mkdocsLocation = loc;
            if (!loc.isEmpty() && source.isFile(loc)) {
                r.mkdocsLocation = loc;
                break;
            }
        }
        if (r.mkdocsLocation.isEmpty())
            return invalid(tr("the techdocs-ref \"%1\" cannot be read from %2: %3").arg(annotation, entityFile, why));
        return r;
    }
    if (type == u"url") {
        const QUrl url(target);
        if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty())
            return invalid(tr("the techdocs-ref \"%1\" is not an http(s) URL").arg(annotation));
        QStringList parts = url.path().split(u'/', Qt::SkipEmptyParts);
        if (parts.size() < 2)
            return invalid(tr("the techdocs-ref \"%1\" does not name a repository (https://HOST/OWNER/REPO/tree/REF/PATH)").arg(annotation));
        r.kind = TechDocsRef::Kind::Url;
        r.host = url.host();
        r.owner = parts[0];
        r.repo = parts[1];
        if (r.repo.endsWith(QStringLiteral(".git")))
            r.repo.chop(4);
        if (parts.size() >= 4 && (parts[2] == u"tree" || parts[2] == u"blob")) {
            r.ref = parts[3];
            QStringList rest = parts.mid(4);
            if (!rest.isEmpty() && (rest.last() == u"mkdocs.yml" || rest.last() == u"mkdocs.yaml"))
                rest.removeLast();
            r.path = rest.join(u'/');
        } else if (parts.size() > 2) {
            return invalid(tr("the techdocs-ref \"%1\" is not a GitHub tree URL (https://HOST/OWNER/REPO/tree/REF/PATH)").arg(annotation));
        }
        const QString base = QStringLiteral("https://%1/%2/%3").arg(r.host, r.owner, r.repo);
        const QString sub = r.path.isEmpty() ? QString() : r.path + u'/';
        if (!r.ref.isEmpty()) {
            r.folderLocation = base + QStringLiteral("/tree/") + r.ref + (r.path.isEmpty() ? QString() : u'/' + r.path);
            r.mkdocsLocation = base + QStringLiteral("/blob/") + r.ref + u'/' + sub + QStringLiteral("mkdocs.yml");
        } else {
            r.folderLocation = base; // the default branch: sync finds it
        }
        return r;
    }
    return invalid(tr("the techdocs-ref \"%1\" is neither dir:… nor url:…").arg(annotation));
}

TechDocsRef resolveTechDocsRef(const Entity &entity, const ContentSource &source)
{
    const QJsonValue v = entity.data.value(u"metadata").toObject().value(u"annotations").toObject().value(u"backstage.io/techdocs-ref");
    if (!v.isString())
        return {};
    return resolveTechDocsRef(v.toString(), entity.file, source);
}

} // namespace atrium::docs
