// SPDX-License-Identifier: Apache-2.0
#include "markdownrenderer.h"

#include "mkdocssite.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QVariantList>

#include <md4c.h>

#include <functional>

namespace atrium::docs {

namespace {

Q_LOGGING_CATEGORY(lcRender, "atrium.docs", QtInfoMsg)

/** Larger pages are cut: nobody reads 8 MB of Markdown in a viewer. */
constexpr qsizetype kMaxMarkdownChars = 8 * 1024 * 1024;

/** Marks the fenced code blocks that stand for admonitions (see
 *  extractAdmonitions): a private-use character no one types. */
const QString kAdmonitionMarker = QStringLiteral(u"\uE000adm");

QString tr(const char *text)
{
    return QCoreApplication::translate("atrium::docs", text);
}

QString escapeHtml(QStringView s)
{
    return s.toString().toHtmlEscaped(); // <, >, & and "
}

/** Decodes one HTML entity (`&amp;`, `&#169;`, `&#x1F600;`); empty when
 *  unknown. A small table: the entities people type in docs, not all 2,000. */
QString decodeEntity(QStringView entity)
{
    if (entity.size() < 3 || entity.front() != u'&' || entity.back() != u';')
        return {};
    const QStringView body = entity.mid(1, entity.size() - 2);
    if (body.startsWith(u'#')) {
        bool ok = false;
        const uint cp = (body.size() > 1 && (body[1] == u'x' || body[1] == u'X')) ? body.mid(2).toUInt(&ok, 16) : body.mid(1).toUInt(&ok, 10);
        if (!ok || cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return QString(QChar(0xFFFD));
        const char32_t c = cp;
        return QString::fromUcs4(&c, 1);
    }
    static const QHash<QString, char32_t> named = {
        {QStringLiteral("amp"), U'&'}, {QStringLiteral("lt"), U'<'}, {QStringLiteral("gt"), U'>'},
        {QStringLiteral("quot"), U'"'}, {QStringLiteral("apos"), U'\''}, {QStringLiteral("nbsp"), U'\u00A0'},
        {QStringLiteral("copy"), U'\u00A9'}, {QStringLiteral("reg"), U'\u00AE'}, {QStringLiteral("trade"), U'\u2122'},
        {QStringLiteral("hellip"), U'\u2026'}, {QStringLiteral("mdash"), U'\u2014'}, {QStringLiteral("ndash"), U'\u2013'},
        {QStringLiteral("lsquo"), U'\u2018'}, {QStringLiteral("rsquo"), U'\u2019'}, {QStringLiteral("ldquo"), U'\u201C'},
        {QStringLiteral("rdquo"), U'\u201D'}, {QStringLiteral("laquo"), U'\u00AB'}, {QStringLiteral("raquo"), U'\u00BB'},
        {QStringLiteral("bull"), U'\u2022'}, {QStringLiteral("middot"), U'\u00B7'}, {QStringLiteral("deg"), U'\u00B0'},
        {QStringLiteral("plusmn"), U'\u00B1'}, {QStringLiteral("times"), U'\u00D7'}, {QStringLiteral("divide"), U'\u00F7'},
        {QStringLiteral("micro"), U'\u00B5'}, {QStringLiteral("para"), U'\u00B6'}, {QStringLiteral("sect"), U'\u00A7'},
        {QStringLiteral("dagger"), U'\u2020'}, {QStringLiteral("Dagger"), U'\u2021'}, {QStringLiteral("larr"), U'\u2190'},
        {QStringLiteral("rarr"), U'\u2192'}, {QStringLiteral("uarr"), U'\u2191'}, {QStringLiteral("darr"), U'\u2193'},
        {QStringLiteral("harr"), U'\u2194'}, {QStringLiteral("lArr"), U'\u21D0'}, {QStringLiteral("rArr"), U'\u21D2'},
        {QStringLiteral("hArr"), U'\u21D4'}, {QStringLiteral("le"), U'\u2264'}, {QStringLiteral("ge"), U'\u2265'},
        {QStringLiteral("ne"), U'\u2260'}, {QStringLiteral("asymp"), U'\u2248'}, {QStringLiteral("infin"), U'\u221E'},
        {QStringLiteral("euro"), U'\u20AC'}, {QStringLiteral("pound"), U'\u00A3'}, {QStringLiteral("yen"), U'\u00A5'},
        {QStringLiteral("cent"), U'\u00A2'}, {QStringLiteral("sup2"), U'\u00B2'}, {QStringLiteral("sup3"), U'\u00B3'},
        {QStringLiteral("frac12"), U'\u00BD'}, {QStringLiteral("frac14"), U'\u00BC'}, {QStringLiteral("frac34"), U'\u00BE'},
        {QStringLiteral("shy"), U'\u00AD'}, {QStringLiteral("ensp"), U'\u2002'}, {QStringLiteral("emsp"), U'\u2003'},
        {QStringLiteral("thinsp"), U'\u2009'}, {QStringLiteral("zwj"), U'\u200D'}, {QStringLiteral("zwnj"), U'\u200C'},
        {QStringLiteral("alpha"), U'\u03B1'}, {QStringLiteral("beta"), U'\u03B2'}, {QStringLiteral("gamma"), U'\u03B3'},
        {QStringLiteral("delta"), U'\u03B4'}, {QStringLiteral("lambda"), U'\u03BB'}, {QStringLiteral("mu"), U'\u03BC'},
        {QStringLiteral("pi"), U'\u03C0'}, {QStringLiteral("sigma"), U'\u03C3'}, {QStringLiteral("omega"), U'\u03C9'},
        {QStringLiteral("check"), U'\u2713'}, {QStringLiteral("cross"), U'\u2717'}, {QStringLiteral("hearts"), U'\u2665'},
    };
    const auto it = named.constFind(body.toString());
    if (it == named.cend())
        return {};
    const char32_t c = *it;
    return QString::fromUcs4(&c, 1);
}

/** Text with entities decoded (for attribute values and raw HTML text). */
QString decodeEntities(QStringView s)
{
    if (!s.contains(u'&'))
        return s.toString();
    QString out;
    out.reserve(s.size());
    qsizetype i = 0;
    while (i < s.size()) {
        if (s[i] == u'&') {
            const qsizetype semi = s.indexOf(u';', i);
            if (semi > i && semi - i <= 12) {
                const QString d = decodeEntity(s.mid(i, semi - i + 1));
                if (!d.isEmpty()) {
                    out += d;
                    i = semi + 1;
                    continue;
                }
            }
        }
        out += s[i++];
    }
    return out;
}

QString attributeText(const MD_ATTRIBUTE &a)
{
    if (!a.text || a.size == 0)
        return {};
    QString out;
    for (int i = 0; a.substr_offsets[i] < a.size; ++i) {
        const MD_OFFSET begin = a.substr_offsets[i];
        const MD_OFFSET end = a.substr_offsets[i + 1];
        const QString part = QString::fromUtf8(a.text + begin, qsizetype(end - begin));
        switch (a.substr_types[i]) {
        case MD_TEXT_ENTITY: {
            const QString d = decodeEntity(part);
            out += d.isEmpty() ? part : d;
            break;
        }
        case MD_TEXT_NULLCHAR: out += QChar(0xFFFD); break;
        default: out += part;
        }
    }
    return out;
}

/** Columns of leading blanks, tabs to the next multiple of four. */
int indentOf(QStringView line, qsizetype *chars = nullptr)
{
    int col = 0;
    qsizetype i = 0;
    for (; i < line.size(); ++i) {
        if (line[i] == u' ')
            ++col;
        else if (line[i] == u'\t')
            col += 4 - col % 4;
        else
            break;
    }
    if (chars)
        *chars = i;
    return col;
}

/** @p line without its first @p columns columns of indentation. */
QString dedent(QStringView line, int columns)
{
    int col = 0;
    qsizetype i = 0;
    while (i < line.size() && col < columns) {
        if (line[i] == u' ')
            ++col;
        else if (line[i] == u'\t')
            col += 4 - col % 4;
        else
            break;
        ++i;
    }
    QString out = line.mid(i).toString();
    if (col > columns)
        out.prepend(QString(col - columns, u' ')); // a tab that spans the cut
    return out;
}

bool isBlank(QStringView line)
{
    return line.trimmed().isEmpty();
}

bool isListItemLine(QStringView line)
{
    static const QRegularExpression re(QStringLiteral("^\\s*([-*+]|\\d{1,9}[.)])(\\s|$)"));
    return re.match(line).hasMatch();
}

struct Admonition {
    QString type;
    QString title;
    bool collapsible = false;
    bool open = true;
    QString body;
};

/** Replaces python-markdown admonitions by placeholder code fences, before
 *  md4c sees the text. md4c knows nothing of them, and a fence is a block
 *  it keeps in place whatever surrounds it (a list item, for one), so the
 *  renderer can put the admonition right where the fence was. Code fences
 *  are skipped: `!!!` inside one is code. An indented `!!!` counts only
 *  inside a list item, where python-markdown also finds it. */
QString extractAdmonitions(const QString &text, QList<Admonition> &out)
{
    static const QRegularExpression head(QStringLiteral(R"re(^(!!!|\?\?\?\+?) ?([\w-]+(?: +[\w-]+)*)(?: +"(.*)")? *$)re"));
    if (!text.contains(QStringLiteral("!!!")) && !text.contains(QStringLiteral("???")))
        return text;
    const QStringList lines = text.split(u'\n');
    QStringList result;
    result.reserve(lines.size());
    QChar fenceChar;
    int fenceLen = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        qsizetype skip = 0;
        const int indent = indentOf(line, &skip);
        const QStringView rest = QStringView(line).mid(skip);
        if (fenceLen) {
            int n = 0;
            while (n < rest.size() && rest[n] == fenceChar)
                ++n;
            if (n >= fenceLen && isBlank(rest.mid(n)))
                fenceLen = 0;
            result << line;
            continue;
        }
        if (rest.startsWith(u"```") || rest.startsWith(u"~~~")) {
            fenceChar = rest.front();
            int n = 0;
            while (n < rest.size() && rest[n] == fenceChar)
                ++n;
            // A backtick fence's info string cannot hold a backtick.
            if (fenceChar != u'`' || !rest.mid(n).contains(u'`'))
                fenceLen = n;
            result << line;
            continue;
        }
        const auto m = head.match(rest);
        bool accept = m.hasMatch();
        if (accept && indent > 0) {
            accept = false;
            for (qsizetype k = i - 1; k >= 0 && k >= i - 2000; --k) {
                if (isBlank(lines[k]))
                    continue;
                if (indentOf(lines[k]) < indent) {
                    accept = isListItemLine(lines[k]);
                    break;
                }
            }
        }
        if (!accept) {
            result << line;
            continue;
        }
        Admonition a;
        const QString marker = m.captured(1);
        a.collapsible = marker.startsWith(u'?');
        a.open = marker == u"!!!" || marker == u"???+";
        const QStringList classes = m.captured(2).split(u' ', Qt::SkipEmptyParts);
        a.type = classes.value(0).toLower();
        if (m.capturedStart(3) >= 0) {
            a.title = m.captured(3); // `""` means no title bar
        } else {
            a.title = a.type;
            if (!a.title.isEmpty())
                a.title[0] = a.title[0].toUpper();
        }
        // The body: lines indented four more than the marker, and blank lines between them.
        qsizetype end = i + 1;
        qsizetype last = i; // last line that belongs to the body
        for (; end < lines.size(); ++end) {
            if (isBlank(lines[end]))
                continue;
            if (indentOf(lines[end]) >= indent + 4)
                last = end;
            else
                break;
        }
        QStringList body;
        for (qsizetype k = i + 1; k <= last; ++k)
            body << (isBlank(lines[k]) ? QString() : dedent(lines[k], indent + 4));
        a.body = body.join(u'\n');
        const QString pad(indent, u' ');
        result << pad + QStringLiteral("```") + kAdmonitionMarker + QString::number(out.size());
        result << pad + QStringLiteral("```");
        out << a;
        i = last;
    }
    return result.join(u'\n');
}

/** What the whole page's rendering shares, admonition bodies included. */
struct Shared {
    const Site &site;
    QString pagePath;
    RenderOptions options;
    const QString &source; ///< the page as written, to locate problems
    Page &page;
    QSet<QString> anchors;
    QHash<QString, qint64> firstFree; ///< per anchor base: numbers below are taken
    QList<QString> localAnchorRefs;   ///< #anchors this page links to in itself
    QSet<QString> problemKeys;        ///< one problem per broken target
    static constexpr int kMaxProblems = 200;

    void problem(Severity severity, const QString &needle, const QString &message)
    {
        if (problemKeys.contains(message))
            return;
        problemKeys.insert(message);
        // Each problem is located by a search of the page: bounded, so that
        // a page of broken links cannot take quadratic time.
        if (page.problems.size() >= kMaxProblems) {
            if (page.problems.size() == kMaxProblems) {
                Diagnostic d;
                d.severity = Severity::Warning;
                d.file = site.pageLocation(pagePath);
                d.message = QCoreApplication::translate("atrium::docs", "more problems on this page are not listed");
                page.problems << d;
            }
            return;
        }
        Diagnostic d;
        d.severity = severity;
        d.file = site.pageLocation(pagePath);
        const qsizetype at = needle.isEmpty() ? -1 : source.indexOf(needle);
        if (at >= 0) {
            d.line = int(QStringView(source).left(at).count(u'\n')) + 1;
            const qsizetype lineStart = at == 0 ? 0 : source.lastIndexOf(u'\n', at - 1) + 1;
            d.column = int(at - lineStart) + 1;
        }
        d.message = message;
        page.problems << d;
    }

    /** A unique anchor for @p wanted, as python-markdown's toc makes it:
     *  a taken `x` becomes `x_1`, a taken `x_1` becomes `x_2`, and so on.
     *  firstFree remembers, per base, up to where the numbers are taken, so
     *  that a page of a thousand identical headings is not quadratic. */
    QString uniqueAnchor(const QString &wanted)
    {
        if (!wanted.isEmpty() && !anchors.contains(wanted)) {
            anchors.insert(wanted);
            return wanted;
        }
        static const QRegularExpression count(QStringLiteral("^(.*)_([0-9]{1,9})$"));
        const auto m = count.match(wanted);
        const QString base = m.hasMatch() ? m.captured(1) : wanted;
        qint64 n = m.hasMatch() ? m.captured(2).toLongLong() + 1 : 1;
        qint64 &free = firstFree[base];
        if (free < 1)
            free = 1;
        if (n <= free)
            n = free;
        QString id = base + u'_' + QString::number(n);
        while (anchors.contains(id))
            id = base + u'_' + QString::number(++n);
        anchors.insert(id);
        if (n == free)
            while (anchors.contains(base + u'_' + QString::number(free)))
                ++free;
        return id;
    }
};

/** Turns md4c's callbacks into blocks. One per (nested) document: the page,
 *  and each admonition body. */
class Renderer
{
public:
    Renderer(Shared &shared, int depth, bool top) : m_shared(shared), m_depth(depth), m_top(top) {}

    QList<Block> render(const QString &markdown)
    {
        const QString text = extractAdmonitions(markdown, m_admonitions);
        const QByteArray utf8 = text.toUtf8();
        MD_PARSER parser{};
        parser.abi_version = 0;
        parser.flags = MD_DIALECT_GITHUB;
        parser.enter_block = [](MD_BLOCKTYPE t, void *d, void *u) { return static_cast<Renderer *>(u)->enterBlock(t, d); };
        parser.leave_block = [](MD_BLOCKTYPE t, void *d, void *u) { return static_cast<Renderer *>(u)->leaveBlock(t, d); };
        parser.enter_span = [](MD_SPANTYPE t, void *d, void *u) { return static_cast<Renderer *>(u)->enterSpan(t, d); };
        parser.leave_span = [](MD_SPANTYPE t, void *d, void *u) { return static_cast<Renderer *>(u)->leaveSpan(t, d); };
        parser.text = [](MD_TEXTTYPE t, const MD_CHAR *s, MD_SIZE n, void *u) { return static_cast<Renderer *>(u)->onText(t, s, n); };
        const int rc = md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, this);
        if (rc != 0)
            qCWarning(lcRender) << "md4c failed on" << m_shared.pagePath << rc;
        // Whatever md4c left open (it closes everything, but a failed parse may not).
        closeContainers();
        flushHtml();
        return std::move(m_blocks);
    }

private:
    struct Container {
        enum Type { Ul, Ol, Li, Quote };
        Type type = Ul;
        bool emitted = false;
        int number = 1;          // Ol: the next item's number; Li: its own
        bool manual = false;     // Ol: numbers written in the text (Qt 6.4 ignores <ol start>)
        bool wrapper = false;    // Ul/Ol: reopened without markers for a continued item
        bool continued = false;  // Li: a code block or admonition cut it; reopen without a marker
        bool paragraphs = false; // Li: has had a paragraph
        int task = 0;            // Li: 0 none, 1 open, 2 done
    };

    // --- output -----------------------------------------------------------

    QString &out() { return m_inHeading ? m_headingHtml : m_html; }

    void write(const QString &s)
    {
        if (!m_inHeading)
            ensureOpen();
        out() += s;
    }

    void writeText(const QString &text)
    {
        write(escapeHtml(text));
        addPlain(text);
        if (m_inHeading)
            m_headingText += text;
    }

    void addPlain(const QString &text) { m_shared.page.plainText += text; }

    int nestingLevel() const
    {
        int n = 0;
        for (const Container &c : m_stack)
            n += c.type == Container::Li ? 0 : 1;
        return n;
    }

    /** Opens, in the HTML, the containers that were closed for a code block
     *  or admonition (or not yet written). */
    void ensureOpen()
    {
        for (qsizetype i = 0; i < m_stack.size(); ++i) {
            Container &c = m_stack[i];
            if (c.emitted)
                continue;
            c.emitted = true;
            switch (c.type) {
            case Container::Quote:
                m_html += QStringLiteral("<blockquote>");
                break;
            case Container::Ul:
            case Container::Ol: {
                const bool continuing = i + 1 < m_stack.size() && m_stack[i + 1].type == Container::Li && m_stack[i + 1].continued;
                c.wrapper = continuing;
                if (continuing || (c.type == Container::Ol && c.manual))
                    m_html += QStringLiteral("<ul style=\"list-style-type:none\">");
                else
                    m_html += c.type == Container::Ol ? QStringLiteral("<ol>") : QStringLiteral("<ul>");
                break;
            }
            case Container::Li: {
                const Container &list = m_stack[i - 1 >= 0 ? i - 1 : 0];
                if (c.continued) {
                    m_html += QStringLiteral("<li>");
                } else if (list.type == Container::Ol && list.manual) {
                    m_html += QStringLiteral("<li>") + QString::number(c.number) + QStringLiteral(".&nbsp;");
                } else if (c.task) {
                    m_html += c.task == 2 ? QStringLiteral("<li class=\"checked\">") : QStringLiteral("<li class=\"unchecked\">");
                } else {
                    m_html += QStringLiteral("<li>");
                }
                break;
            }
            }
        }
    }

    /** Closes the open containers in the HTML before a block of its own. */
    void closeContainers()
    {
        for (qsizetype i = m_stack.size() - 1; i >= 0; --i) {
            Container &c = m_stack[i];
            if (c.type == Container::Li) {
                c.continued = true;
                c.paragraphs = false; // the continuation starts on a fresh line
            }
            // Closed with the tag it was opened with; numbered by hand
            // from here on, so the numbers carry on past the block.
            if (c.emitted) {
                c.emitted = false;
                m_html += closeTag(c);
            }
            if (c.type == Container::Ol)
                c.manual = true;
        }
    }

    static QString closeTag(const Container &c)
    {
        switch (c.type) {
        case Container::Quote: return QStringLiteral("</blockquote>");
        case Container::Li: return QStringLiteral("</li>");
        case Container::Ol: return (c.wrapper || c.manual) ? QStringLiteral("</ul>") : QStringLiteral("</ol>");
        case Container::Ul: return QStringLiteral("</ul>");
        }
        return {};
    }

    void flushHtml()
    {
        if (!m_html.trimmed().isEmpty()) {
            Block b;
            b.kind = Block::Kind::Html;
            b.html = m_html;
            appendBlock(std::move(b));
        }
        m_html.clear();
    }

    void appendBlock(Block b)
    {
        m_blocks << std::move(b);
        if (!m_top)
            return;
        const int index = int(m_blocks.size()) - 1;
        for (Heading &h : m_shared.page.toc)
            if (h.blockIndex < 0)
                h.blockIndex = index;
    }

    /** A block of its own (code, admonition) where the text is now. The
     *  text before it is flushed first, so that headings inside an
     *  admonition's body point at the admonition, not at that text. */
    void standalone(const std::function<Block()> &make)
    {
        closeContainers();
        flushHtml();
        Block b = make();
        b.indent = nestingLevel();
        appendBlock(std::move(b));
    }

    // --- links ------------------------------------------------------------

    QString linkUrl(const QString &href, bool image)
    {
        const LinkTarget t = m_shared.site.resolveLink(m_shared.pagePath, href);
        switch (t.kind) {
        case LinkTarget::Kind::External:
            return t.url;
        case LinkTarget::Kind::Unsafe:
            m_shared.problem(Severity::Warning, href, tr("link \"%1\" uses a scheme Atrium does not open; it is left out").arg(href));
            return {};
        case LinkTarget::Kind::Page:
            if (image)
                break;
            if (t.pagePath == m_shared.pagePath && !t.anchor.isEmpty())
                m_shared.localAnchorRefs << t.anchor;
            return docUrl(t.pagePath, t.anchor);
        case LinkTarget::Kind::Missing:
            if (image)
                break;
            m_shared.problem(Severity::Warning, QStringLiteral("](") + href,
                             tr("link to \"%1\": the site has no page %2").arg(href, t.pagePath));
            return docUrl(t.pagePath, t.anchor);
        case LinkTarget::Kind::Asset:
            if (image && !m_shared.page.assets.contains(t.assetPath))
                m_shared.page.assets << t.assetPath;
            return assetUrl(t.assetPath);
        }
        // An image pointing at a page, or at a missing .md: an asset path all the same.
        const QString path = t.pagePath.isEmpty() ? t.assetPath : m_shared.site.docsDir() + u'/' + t.pagePath;
        return assetUrl(path);
    }

    // --- raw HTML ---------------------------------------------------------

    /** Passes raw HTML through an allow-list: tags Qt's rich text knows, with
     *  their harmless attributes; scripts, styles and embeds go (an iframe
     *  becomes a link to what it shows); other tags go, their text stays. */
    QString sanitize(QStringView raw)
    {
        static const QSet<QString> plainTags = {
            QStringLiteral("b"), QStringLiteral("strong"), QStringLiteral("i"), QStringLiteral("em"), QStringLiteral("u"),
            QStringLiteral("s"), QStringLiteral("del"), QStringLiteral("strike"), QStringLiteral("code"), QStringLiteral("tt"),
            QStringLiteral("sup"), QStringLiteral("sub"), QStringLiteral("br"), QStringLiteral("hr"), QStringLiteral("p"),
            QStringLiteral("ul"), QStringLiteral("ol"), QStringLiteral("li"), QStringLiteral("table"), QStringLiteral("thead"),
            QStringLiteral("tbody"), QStringLiteral("tr"), QStringLiteral("pre"), QStringLiteral("blockquote"),
            QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3"), QStringLiteral("h4"), QStringLiteral("h5"),
            QStringLiteral("h6"), QStringLiteral("small"), QStringLiteral("big"), QStringLiteral("dl"), QStringLiteral("dt"),
            QStringLiteral("dd"), QStringLiteral("center"), QStringLiteral("div"), QStringLiteral("span"), QStringLiteral("cite"),
            QStringLiteral("q"), QStringLiteral("abbr"), QStringLiteral("mark"), QStringLiteral("ins"),
            QStringLiteral("td"), QStringLiteral("th"),
        };
        static const QHash<QString, QString> renamed = {
            {QStringLiteral("kbd"), QStringLiteral("code")}, {QStringLiteral("samp"), QStringLiteral("code")},
            {QStringLiteral("var"), QStringLiteral("i")}, {QStringLiteral("summary"), QStringLiteral("b")},
            {QStringLiteral("details"), QStringLiteral("div")}, {QStringLiteral("figcaption"), QStringLiteral("p")},
            {QStringLiteral("figure"), QStringLiteral("div")},
        };
        static const QSet<QString> dropWithContent = {
            QStringLiteral("script"), QStringLiteral("style"), QStringLiteral("iframe"), QStringLiteral("object"),
            QStringLiteral("video"), QStringLiteral("audio"), QStringLiteral("svg"), QStringLiteral("math"),
            QStringLiteral("template"), QStringLiteral("noscript"), QStringLiteral("head"), QStringLiteral("title"),
            QStringLiteral("textarea"), QStringLiteral("select"), QStringLiteral("canvas"), QStringLiteral("button"),
        };
        QString out;
        qsizetype i = 0;
        while (i < raw.size()) {
            if (!m_skipUntil.isEmpty()) {
                const QString close = QStringLiteral("</") + m_skipUntil;
                const qsizetype at = raw.indexOf(close, i, Qt::CaseInsensitive);
                if (at < 0)
                    return out; // still inside: the rest comes in a later chunk
                const qsizetype gt = raw.indexOf(u'>', at);
                i = gt < 0 ? raw.size() : gt + 1;
                m_skipUntil.clear();
                continue;
            }
            const qsizetype lt = raw.indexOf(u'<', i);
            const qsizetype textEnd = lt < 0 ? raw.size() : lt;
            if (textEnd > i) {
                const QString text = decodeEntities(raw.mid(i, textEnd - i));
                out += escapeHtml(text);
                addPlain(text);
            }
            if (lt < 0)
                break;
            i = lt;
            if (raw.mid(i).startsWith(u"<!--")) {
                const qsizetype end = raw.indexOf(QStringLiteral("-->"), i + 4);
                i = end < 0 ? raw.size() : end + 3;
                continue;
            }
            // A tag: name, then attributes up to an unquoted '>'.
            qsizetype j = i + 1;
            const bool closing = j < raw.size() && raw[j] == u'/';
            if (closing)
                ++j;
            const qsizetype nameStart = j;
            while (j < raw.size() && (raw[j].isLetterOrNumber() || raw[j] == u'-'))
                ++j;
            const QString name = raw.mid(nameStart, j - nameStart).toString().toLower();
            if (name.isEmpty() || !raw[nameStart].isLetter()) {
                out += QStringLiteral("&lt;");
                ++i;
                continue;
            }
            QHash<QString, QString> attrs;
            QChar quote;
            qsizetype attrStart = j;
            while (j < raw.size()) {
                const QChar c = raw[j];
                if (!quote.isNull()) {
                    if (c == quote)
                        quote = QChar();
                } else if (c == u'"' || c == u'\'') {
                    quote = c;
                } else if (c == u'>') {
                    break;
                }
                ++j;
            }
            parseAttributes(raw.mid(attrStart, j - attrStart), attrs);
            i = j < raw.size() ? j + 1 : raw.size();
            if (dropWithContent.contains(name)) {
                if (closing)
                    continue;
                if (name == u"iframe")
                    out += embedLink(attrs);
                if (!raw.mid(attrStart, j - attrStart).trimmed().endsWith(u'/'))
                    m_skipUntil = name;
                continue;
            }
            QString tag = renamed.value(name, name);
            if (name == u"a") {
                if (closing) {
                    out += QStringLiteral("</a>");
                    continue;
                }
                const QString href = linkUrl(attrs.value(QStringLiteral("href")), false);
                out += href.isEmpty() ? QStringLiteral("<a>") : QStringLiteral("<a href=\"%1\">").arg(escapeHtml(href));
                continue;
            }
            if (name == u"img") {
                const QString src = attrs.value(QStringLiteral("src"));
                if (src.isEmpty())
                    continue;
                const QString url = linkUrl(src, true);
                if (url.isEmpty())
                    continue;
                out += QStringLiteral("<img src=\"%1\"").arg(escapeHtml(url));
                for (const char *a : {"alt", "width", "height"}) {
                    const QString v = attrs.value(QLatin1String(a));
                    if (!v.isEmpty())
                        out += QStringLiteral(" %1=\"%2\"").arg(QLatin1String(a), escapeHtml(v));
                }
                out += u'>';
                continue;
            }
            if (name == u"font") {
                const QString color = attrs.value(QStringLiteral("color"));
                static const QRegularExpression safeColor(QStringLiteral("^#?[A-Za-z0-9]{1,20}$"));
                out += closing ? QStringLiteral("</font>")
                               : (safeColor.match(color).hasMatch() ? QStringLiteral("<font color=\"%1\">").arg(color) : QStringLiteral("<font>"));
                continue;
            }
            if (!plainTags.contains(tag))
                continue; // the tag goes, its text stays
            if (closing) {
                out += QStringLiteral("</") + tag + u'>';
                continue;
            }
            out += u'<' + tag;
            if (tag == u"table")
                out += QStringLiteral(" border=\"1\" cellspacing=\"0\" cellpadding=\"4\"");
            if (name == u"td" || name == u"th" || name == u"p" || name == u"div") {
                const QString align = attrs.value(QStringLiteral("align")).toLower();
                if (align == u"left" || align == u"right" || align == u"center")
                    out += QStringLiteral(" align=\"%1\"").arg(align);
            }
            out += u'>';
            if (name == u"summary")
                addPlain(QStringLiteral(" "));
        }
        return out;
    }

    static void parseAttributes(QStringView s, QHash<QString, QString> &attrs)
    {
        static const QRegularExpression re(QStringLiteral(R"re(([A-Za-z_:][-A-Za-z0-9_:.]*)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?)re"));
        auto it = re.globalMatch(s);
        while (it.hasNext()) {
            const auto m = it.next();
            QString v = m.captured(2);
            if (v.isEmpty())
                v = m.captured(3);
            if (v.isEmpty())
                v = m.captured(4);
            attrs.insert(m.captured(1).toLower(), decodeEntities(v));
        }
    }

    QString embedLink(const QHash<QString, QString> &attrs)
    {
        const QString src = attrs.value(QStringLiteral("src"));
        if (!src.startsWith(QStringLiteral("https://")) && !src.startsWith(QStringLiteral("http://")))
            return {};
        const QString title = attrs.value(QStringLiteral("title"), src);
        addPlain(title);
        return QStringLiteral("<a href=\"%1\">\u25B6 %2</a>").arg(escapeHtml(src), escapeHtml(title));
    }

    // --- md4c callbacks ---------------------------------------------------

    int enterBlock(MD_BLOCKTYPE type, void *detail)
    {
        switch (type) {
        case MD_BLOCK_DOC:
            break;
        case MD_BLOCK_QUOTE:
            m_stack << Container{Container::Quote};
            break;
        case MD_BLOCK_UL:
            m_stack << Container{Container::Ul};
            break;
        case MD_BLOCK_OL: {
            const auto *d = static_cast<const MD_BLOCK_OL_DETAIL *>(detail);
            Container c{Container::Ol};
            c.number = int(std::min<unsigned>(d->start, 999999999));
            c.manual = d->start != 1;
            m_stack << c;
            break;
        }
        case MD_BLOCK_LI: {
            const auto *d = static_cast<const MD_BLOCK_LI_DETAIL *>(detail);
            Container li{Container::Li};
            if (!m_stack.isEmpty() && (m_stack.last().type == Container::Ol || m_stack.last().type == Container::Ul)) {
                Container &list = m_stack.last();
                if (list.emitted && list.wrapper) {
                    // The continued item is over: the next one needs its marker back.
                    m_html += QStringLiteral("</ul>");
                    list.emitted = false;
                    list.wrapper = false;
                }
                if (list.type == Container::Ol)
                    li.number = list.number++;
            }
            if (d && d->is_task)
                li.task = (d->task_mark == 'x' || d->task_mark == 'X') ? 2 : 1;
            m_stack << li;
            ensureOpen(); // an empty item still shows its marker
            break;
        }
        case MD_BLOCK_HR:
            write(QStringLiteral("<hr/>"));
            break;
        case MD_BLOCK_H: {
            const auto *d = static_cast<const MD_BLOCK_H_DETAIL *>(detail);
            if (m_top && m_stack.isEmpty())
                flushHtml(); // each top-level heading opens a block
            ensureOpen();
            m_inHeading = true;
            m_headingLevel = int(std::clamp<unsigned>(d->level, 1, 6));
            m_headingHtml.clear();
            m_headingText.clear();
            break;
        }
        case MD_BLOCK_CODE: {
            const auto *d = static_cast<const MD_BLOCK_CODE_DETAIL *>(detail);
            m_inCode = true;
            m_code.clear();
            m_codeInfo = attributeText(d->info);
            m_codeLang = attributeText(d->lang);
            break;
        }
        case MD_BLOCK_HTML:
            m_inHtmlBlock = true;
            m_rawHtml.clear();
            break;
        case MD_BLOCK_P: {
            bool tag = true;
            if (!m_stack.isEmpty() && m_stack.last().type == Container::Li) {
                // No <p> in an item: the first paragraph is the item's own
                // line, and a <p> would start a block of its own in Qt; the
                // next paragraphs follow a blank line.
                Container &li = m_stack.last();
                if (li.paragraphs)
                    write(QStringLiteral("<br/><br/>"));
                li.paragraphs = true;
                tag = false;
            }
            m_paragraphTags << tag;
            if (tag)
                write(QStringLiteral("<p>"));
            break;
        }
        case MD_BLOCK_TABLE:
            write(QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"));
            break;
        case MD_BLOCK_THEAD:
        case MD_BLOCK_TBODY:
            break;
        case MD_BLOCK_TR:
            write(QStringLiteral("<tr>"));
            break;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD: {
            const auto *d = static_cast<const MD_BLOCK_TD_DETAIL *>(detail);
            QString tag = type == MD_BLOCK_TH ? QStringLiteral("<th") : QStringLiteral("<td");
            switch (d ? d->align : MD_ALIGN_DEFAULT) {
            case MD_ALIGN_LEFT: tag += QStringLiteral(" align=\"left\""); break;
            case MD_ALIGN_CENTER: tag += QStringLiteral(" align=\"center\""); break;
            case MD_ALIGN_RIGHT: tag += QStringLiteral(" align=\"right\""); break;
            default: if (type == MD_BLOCK_TH) tag += QStringLiteral(" align=\"left\"");
            }
            write(tag + u'>');
            break;
        }
        }
        return 0;
    }

    int leaveBlock(MD_BLOCKTYPE type, void *)
    {
        switch (type) {
        case MD_BLOCK_DOC:
            break;
        case MD_BLOCK_QUOTE:
        case MD_BLOCK_UL:
        case MD_BLOCK_OL:
        case MD_BLOCK_LI:
            if (!m_stack.isEmpty()) {
                const Container c = m_stack.takeLast();
                if (c.emitted)
                    m_html += closeTag(c);
            }
            addPlain(QStringLiteral("\n"));
            break;
        case MD_BLOCK_HR:
            break;
        case MD_BLOCK_H:
            finishHeading();
            break;
        case MD_BLOCK_CODE:
            m_inCode = false;
            finishCode();
            break;
        case MD_BLOCK_HTML: {
            m_inHtmlBlock = false;
            const QString html = sanitize(m_rawHtml);
            if (!html.trimmed().isEmpty())
                write(html);
            addPlain(QStringLiteral("\n"));
            break;
        }
        case MD_BLOCK_P:
            if (!m_paragraphTags.isEmpty() && m_paragraphTags.takeLast())
                write(QStringLiteral("</p>"));
            addPlain(QStringLiteral("\n"));
            break;
        case MD_BLOCK_TABLE:
            write(QStringLiteral("</table>"));
            addPlain(QStringLiteral("\n"));
            break;
        case MD_BLOCK_THEAD:
        case MD_BLOCK_TBODY:
            break;
        case MD_BLOCK_TR:
            write(QStringLiteral("</tr>"));
            addPlain(QStringLiteral("\n"));
            break;
        case MD_BLOCK_TH:
            write(QStringLiteral("</th>"));
            addPlain(QStringLiteral(" "));
            break;
        case MD_BLOCK_TD:
            write(QStringLiteral("</td>"));
            addPlain(QStringLiteral(" "));
            break;
        }
        return 0;
    }

    void finishHeading()
    {
        m_inHeading = false;
        static const QRegularExpression attrList(QStringLiteral(R"(\s*\{\s*([:#.][^}]*)\}\s*$)"));
        static const QRegularExpression idInAttr(QStringLiteral(R"((?:^|[\s:])#([-\w:.]+))"));
        QString text = m_headingText.trimmed();
        QString html = m_headingHtml;
        QString wanted;
        const auto m = attrList.match(text);
        if (m.hasMatch()) {
            // `## Title {#custom-id}` (attr_list) sets the anchor; the list is not text.
            const auto id = idInAttr.match(m.captured(1));
            if (id.hasMatch())
                wanted = id.captured(1);
            text = text.left(m.capturedStart(0)).trimmed();
            html.remove(attrList);
        }
        if (wanted.isEmpty())
            wanted = slugify(text);
        const QString anchor = m_shared.uniqueAnchor(wanted);
        m_shared.page.toc << Heading{m_headingLevel, text, anchor, -1};
        const QString tag = QStringLiteral("h%1").arg(m_headingLevel);
        m_html += QStringLiteral("<%1><a name=\"%2\"></a>%3</%1>").arg(tag, escapeHtml(anchor), html);
        addPlain(QStringLiteral("\n"));
    }

    void finishCode()
    {
        if (m_codeLang.startsWith(kAdmonitionMarker) && m_code.isEmpty()) {
            bool ok = false;
            const int index = m_codeLang.mid(kAdmonitionMarker.size()).toInt(&ok);
            if (ok && index >= 0 && index < m_admonitions.size()) {
                standalone([&] { return admonitionBlock(m_admonitions[index]); });
                return;
            }
        }
        Block b;
        b.kind = Block::Kind::Code;
        b.code = m_code;
        if (b.code.endsWith(u'\n'))
            b.code.chop(1);
        b.language = normalizeLanguage(m_codeLang);
        static const QRegularExpression title(QStringLiteral(R"re(title\s*=\s*"([^"]*)")re"));
        const auto t = title.match(m_codeInfo);
        if (t.hasMatch())
            b.title = t.captured(1);
        b.html = highlightToHtml(b.code, b.language, m_shared.options.theme);
        addPlain(b.code);
        addPlain(QStringLiteral("\n"));
        standalone([&] { return std::move(b); });
    }

    Block admonitionBlock(const Admonition &a)
    {
        Block b;
        b.kind = Block::Kind::Admonition;
        b.admonitionType = a.type;
        b.title = a.title;
        b.collapsible = a.collapsible;
        b.open = a.open;
        if (!a.title.isEmpty())
            addPlain(a.title + u'\n');
        if (m_depth + 1 > m_shared.options.maxAdmonitionDepth) {
            m_shared.problem(Severity::Warning, {}, tr("admonitions nested deeper than %1 levels are shown as text").arg(m_shared.options.maxAdmonitionDepth));
            Block text;
            text.html = QStringLiteral("<pre>") + escapeHtml(a.body) + QStringLiteral("</pre>");
            addPlain(a.body);
            b.children << text;
            return b;
        }
        Renderer inner(m_shared, m_depth + 1, false);
        b.children = inner.render(a.body);
        return b;
    }

    int enterSpan(MD_SPANTYPE type, void *detail)
    {
        if (m_imageDepth > 0) {
            if (type == MD_SPAN_IMG)
                ++m_imageDepth;
            return 0; // alt text is plain
        }
        switch (type) {
        case MD_SPAN_EM: write(QStringLiteral("<i>")); break;
        case MD_SPAN_STRONG: write(QStringLiteral("<b>")); break;
        case MD_SPAN_DEL: write(QStringLiteral("<s>")); break;
        case MD_SPAN_U: write(QStringLiteral("<u>")); break;
        case MD_SPAN_CODE: write(QStringLiteral("<code>")); break;
        case MD_SPAN_A: {
            const auto *d = static_cast<const MD_SPAN_A_DETAIL *>(detail);
            const QString href = linkUrl(attributeText(d->href), false);
            m_links << !href.isEmpty();
            if (!href.isEmpty())
                write(QStringLiteral("<a href=\"%1\">").arg(escapeHtml(href)));
            break;
        }
        case MD_SPAN_IMG: {
            const auto *d = static_cast<const MD_SPAN_IMG_DETAIL *>(detail);
            m_imageDepth = 1;
            m_imageSrc = attributeText(d->src);
            m_imageTitle = attributeText(d->title);
            m_imageAlt.clear();
            break;
        }
        default:
            break;
        }
        return 0;
    }

    int leaveSpan(MD_SPANTYPE type, void *)
    {
        if (m_imageDepth > 0) {
            if (type == MD_SPAN_IMG && --m_imageDepth == 0)
                finishImage();
            return 0;
        }
        switch (type) {
        case MD_SPAN_EM: write(QStringLiteral("</i>")); break;
        case MD_SPAN_STRONG: write(QStringLiteral("</b>")); break;
        case MD_SPAN_DEL: write(QStringLiteral("</s>")); break;
        case MD_SPAN_U: write(QStringLiteral("</u>")); break;
        case MD_SPAN_CODE: write(QStringLiteral("</code>")); break;
        case MD_SPAN_A:
            if (!m_links.isEmpty() && m_links.takeLast())
                write(QStringLiteral("</a>"));
            m_afterLink = true;
            break;
        default:
            break;
        }
        return 0;
    }

    void finishImage()
    {
        const QString url = linkUrl(m_imageSrc, true);
        m_afterLink = true;
        if (url.isEmpty()) {
            writeText(m_imageAlt);
            return;
        }
        QString tag = QStringLiteral("<img src=\"%1\" alt=\"%2\"").arg(escapeHtml(url), escapeHtml(m_imageAlt));
        if (!m_imageTitle.isEmpty())
            tag += QStringLiteral(" title=\"%1\"").arg(escapeHtml(m_imageTitle));
        write(tag + u'>');
        addPlain(m_imageAlt);
    }

    int onText(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size)
    {
        const QString s = QString::fromUtf8(text, qsizetype(size));
        if (m_inCode) {
            m_code += type == MD_TEXT_NULLCHAR ? QString(QChar(0xFFFD)) : s;
            return 0;
        }
        if (m_inHtmlBlock) {
            m_rawHtml += s;
            return 0;
        }
        if (m_imageDepth > 0) {
            if (type == MD_TEXT_ENTITY) {
                const QString d = decodeEntity(s);
                m_imageAlt += d.isEmpty() ? s : d;
            } else if (type == MD_TEXT_SOFTBR || type == MD_TEXT_BR) {
                m_imageAlt += u' ';
            } else if (type != MD_TEXT_HTML) {
                m_imageAlt += s;
            }
            return 0;
        }
        const bool afterLink = m_afterLink;
        m_afterLink = false;
        switch (type) {
        case MD_TEXT_NORMAL: {
            QString t = s;
            // attr_list after a link or image (`{: download="x"}`) is markup, not text.
            if (afterLink && t.startsWith(QStringLiteral("{:"))) {
                const qsizetype close = t.indexOf(u'}');
                if (close >= 0)
                    t = t.mid(close + 1);
            }
            if (!t.isEmpty())
                writeText(t);
            break;
        }
        case MD_TEXT_NULLCHAR:
            writeText(QString(QChar(0xFFFD)));
            break;
        case MD_TEXT_BR:
            write(QStringLiteral("<br/>"));
            addPlain(QStringLiteral("\n"));
            if (m_inHeading)
                m_headingText += u' ';
            break;
        case MD_TEXT_SOFTBR:
            write(QStringLiteral(" "));
            addPlain(QStringLiteral(" "));
            if (m_inHeading)
                m_headingText += u' ';
            break;
        case MD_TEXT_ENTITY: {
            const QString d = decodeEntity(s);
            writeText(d.isEmpty() ? s : d);
            break;
        }
        case MD_TEXT_CODE:
            writeText(s);
            break;
        case MD_TEXT_HTML: {
            const QString html = sanitize(s);
            if (!html.isEmpty())
                write(html);
            break;
        }
        default:
            writeText(s);
        }
        return 0;
    }

    Shared &m_shared;
    int m_depth = 0;
    bool m_top = false;
    QList<Admonition> m_admonitions;
    QList<Block> m_blocks;
    QList<Container> m_stack;
    QString m_html;
    QList<bool> m_paragraphTags;
    QList<bool> m_links;
    bool m_afterLink = false;

    bool m_inHeading = false;
    int m_headingLevel = 1;
    QString m_headingHtml;
    QString m_headingText;

    bool m_inCode = false;
    QString m_code;
    QString m_codeInfo;
    QString m_codeLang;

    bool m_inHtmlBlock = false;
    QString m_rawHtml;
    QString m_skipUntil;

    int m_imageDepth = 0;
    QString m_imageSrc;
    QString m_imageTitle;
    QString m_imageAlt;
};

/** Blanks out YAML front matter (mkdocs' page meta), keeping line numbers. */
QString stripFrontMatter(const QString &text)
{
    if (!text.startsWith(QStringLiteral("---\n")) && !text.startsWith(QStringLiteral("---\r\n")))
        return text;
    QStringList lines = text.split(u'\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString l = lines[i].trimmed();
        if (l == u"---" || l == u"...") {
            for (qsizetype k = 0; k <= i; ++k)
                lines[k].clear();
            return lines.join(u'\n');
        }
    }
    return text;
}

} // namespace

QString slugify(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString kept;
    kept.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const ushort u = c.unicode();
        if (u >= 128)
            continue; // python-markdown's default slugify drops what is not ASCII
        if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_' || u == '-' || c.isSpace())
            kept += c;
    }
    kept = kept.trimmed().toLower();
    QString out;
    out.reserve(kept.size());
    bool sep = false;
    for (const QChar c : std::as_const(kept)) {
        if (c == u'-' || c.isSpace()) {
            sep = true;
            continue;
        }
        if (sep)
            out += u'-';
        sep = false;
        out += c;
    }
    if (sep)
        out += u'-';
    return out;
}

QVariantMap Block::toVariantMap() const
{
    QVariantMap m;
    m.insert(QStringLiteral("kind"), kind == Kind::Html ? QStringLiteral("html") : kind == Kind::Code ? QStringLiteral("code") : QStringLiteral("admonition"));
    m.insert(QStringLiteral("html"), html);
    m.insert(QStringLiteral("code"), code);
    m.insert(QStringLiteral("language"), language);
    m.insert(QStringLiteral("admonitionType"), admonitionType);
    m.insert(QStringLiteral("title"), title);
    m.insert(QStringLiteral("collapsible"), collapsible);
    m.insert(QStringLiteral("open"), open);
    m.insert(QStringLiteral("indent"), indent);
    QVariantList links;
    if (kind == Kind::Html)
        for (const auto &[href, text] : linksOf(html))
            links << QVariantMap{{QStringLiteral("href"), href}, {QStringLiteral("text"), text}};
    m.insert(QStringLiteral("links"), links);
    QVariantList list;
    for (const Block &c : children)
        list << c.toVariantMap();
    m.insert(QStringLiteral("children"), list);
    return m;
}

namespace {
// The renderer writes every link as `<a href="…">` with the href escaped,
// so this pattern sees exactly its own output (named anchors have no href).
const QRegularExpression &linkPattern()
{
    static const QRegularExpression re(QStringLiteral("<a href=\"([^\"]*)\"[^>]*>(.*?)</a>"),
                                       QRegularExpression::DotMatchesEverythingOption);
    return re;
}
} // namespace

QList<QPair<QString, QString>> linksOf(const QString &html)
{
    QList<QPair<QString, QString>> out;
    for (auto it = linkPattern().globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        QString text = m.captured(2);
        text.remove(tags);
        out << qMakePair(decodeEntities(m.captured(1)), decodeEntities(text).simplified());
    }
    return out;
}

QString markLink(const QString &html, int index, const QString &background)
{
    int n = 0;
    for (auto it = linkPattern().globalMatch(html); it.hasNext(); ++n) {
        const auto m = it.next();
        if (n != index)
            continue;
        const qsizetype start = m.capturedStart(2);
        QString out = html;
        out.insert(m.capturedEnd(2), QStringLiteral("</span>"));
        out.insert(start, QStringLiteral("<span style=\"background-color:%1\">").arg(background));
        return out;
    }
    return html;
}

int Page::blockForAnchor(const QString &anchor) const
{
    for (const Heading &h : toc)
        if (h.anchor == anchor)
            return h.blockIndex;
    return -1;
}

Page renderPage(const QString &markdown, const QString &pagePath, const Site &site, const RenderOptions &options)
{
    Page page;
    QString text = markdown;
    if (text.size() > kMaxMarkdownChars)
        text.truncate(kMaxMarkdownChars);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const QString metaTitle = text.startsWith(QStringLiteral("---\n")) ? titleFromMarkdown(text) : QString();
    text = stripFrontMatter(text);
    Shared shared{site, pagePath, options, markdown, page, {}, {}, {}, {}};
    if (markdown.size() > kMaxMarkdownChars)
        shared.problem(Severity::Warning, {}, QCoreApplication::translate("atrium::docs", "the page is larger than %1 characters; the rest is not shown").arg(kMaxMarkdownChars));
    Renderer renderer(shared, 0, true);
    page.blocks = renderer.render(text);
    for (const QString &a : std::as_const(shared.localAnchorRefs))
        if (!shared.anchors.contains(a))
            shared.problem(Severity::Warning, u'#' + a, QCoreApplication::translate("atrium::docs", "link to \"#%1\": the page has no such heading").arg(a));
    if (!metaTitle.isEmpty()) {
        page.title = metaTitle;
    } else {
        for (const Heading &h : std::as_const(page.toc))
            if (h.level == 1) {
                page.title = h.text;
                break;
            }
        if (page.title.isEmpty())
            page.title = site.pageTitle(pagePath);
    }
    return page;
}

} // namespace atrium::docs
