// SPDX-License-Identifier: Apache-2.0
#include "backstagetechdocs.h"

#include "backstageclient.h"
#include "catalogstore.h"
#include "contentsource.h"
#include "docsstore.h"
#include "entityref.h"
#include "mkdocssite.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace atrium {

namespace {

// --- a tolerant HTML reader ----------------------------------------------

struct Tag {
    QString name;                 ///< lower-case
    QHash<QString, QString> attrs;
    bool closing = false;
    bool selfClosing = false;
    QString attr(const QString &k) const { return attrs.value(k); }
    QStringList classes() const { return attrs.value(QStringLiteral("class")).split(u' ', Qt::SkipEmptyParts); }
};

QString decodeEntities(const QString &s)
{
    if (!s.contains(u'&'))
        return s;
    static const QHash<QString, QString> named{
        {QStringLiteral("amp"), QStringLiteral("&")},     {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},      {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},    {QStringLiteral("nbsp"), QString(QChar(0xa0))},
        {QStringLiteral("para"), QString(QChar(0xb6))},   {QStringLiteral("copy"), QString(QChar(0xa9))},
        {QStringLiteral("mdash"), QString(QChar(0x2014))}, {QStringLiteral("ndash"), QString(QChar(0x2013))},
        {QStringLiteral("hellip"), QString(QChar(0x2026))}, {QStringLiteral("rarr"), QString(QChar(0x2192))},
    };
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] != u'&') {
            out += s[i];
            continue;
        }
        const qsizetype semi = s.indexOf(u';', i + 1);
        if (semi < 0 || semi - i > 10) {
            out += s[i];
            continue;
        }
        const QString name = s.mid(i + 1, semi - i - 1);
        bool ok = false;
        uint code = 0;
        if (name.startsWith(u"#x") || name.startsWith(u"#X"))
            code = name.mid(2).toUInt(&ok, 16);
        else if (name.startsWith(u'#'))
            code = name.mid(1).toUInt(&ok, 10);
        if (ok && code > 0 && code < 0x110000) {
            const char32_t c = code;
            out += QString::fromUcs4(&c, 1);
            i = semi;
        } else if (named.contains(name)) {
            out += named.value(name);
            i = semi;
        } else {
            out += s[i];
        }
    }
    return out;
}

/** Splits HTML into text and tags; comments and doctypes dropped. */
class Lexer
{
public:
    explicit Lexer(const QString &html) : m_s(html) {}
    enum class Kind { End, Text, Tag };
    Kind next(QString *text, Tag *tag)
    {
        while (m_i < m_s.size()) {
            if (m_s[m_i] != u'<') {
                const qsizetype lt = m_s.indexOf(u'<', m_i);
                const qsizetype end = lt < 0 ? m_s.size() : lt;
                *text = m_s.mid(m_i, end - m_i);
                m_i = end;
                return Kind::Text;
            }
            if (m_s.mid(m_i, 4) == u"<!--") {
                const qsizetype end = m_s.indexOf(QStringLiteral("-->"), m_i + 4);
                m_i = end < 0 ? m_s.size() : end + 3;
                continue;
            }
            if (m_i + 1 < m_s.size() && (m_s[m_i + 1] == u'!' || m_s[m_i + 1] == u'?')) {
                const qsizetype end = m_s.indexOf(u'>', m_i);
                m_i = end < 0 ? m_s.size() : end + 1;
                continue;
            }
            if (m_i + 1 < m_s.size() && !m_s[m_i + 1].isLetter() && m_s[m_i + 1] != u'/') {
                *text = QStringLiteral("<");
                ++m_i;
                return Kind::Text;
            }
            *tag = readTag();
            return Kind::Tag;
        }
        return Kind::End;
    }
    /** Skips to the end tag of @p name (raw text elements, dropped content). */
    void skipTo(const QString &name)
    {
        const QString close = QStringLiteral("</") + name;
        int depth = 1;
        while (m_i < m_s.size()) {
            const qsizetype lt = m_s.indexOf(u'<', m_i);
            if (lt < 0) {
                m_i = m_s.size();
                return;
            }
            m_i = lt;
            if (m_s.mid(m_i, close.size()).compare(close, Qt::CaseInsensitive) == 0) {
                const qsizetype gt = m_s.indexOf(u'>', m_i);
                m_i = gt < 0 ? m_s.size() : gt + 1;
                if (--depth == 0)
                    return;
                continue;
            }
            if (m_s.mid(m_i + 1, name.size()).compare(name, Qt::CaseInsensitive) == 0 && name != u"script" && name != u"style")
                ++depth;
            ++m_i;
        }
    }

private:
    Tag readTag()
    {
        Tag t;
        ++m_i; // <
        if (m_i < m_s.size() && m_s[m_i] == u'/') {
            t.closing = true;
            ++m_i;
        }
        const qsizetype start = m_i;
        while (m_i < m_s.size() && (m_s[m_i].isLetterOrNumber() || m_s[m_i] == u'-' || m_s[m_i] == u':'))
            ++m_i;
        t.name = m_s.mid(start, m_i - start).toLower();
        for (;;) {
            while (m_i < m_s.size() && m_s[m_i].isSpace())
                ++m_i;
            if (m_i >= m_s.size())
                break;
            if (m_s[m_i] == u'>') {
                ++m_i;
                break;
            }
            if (m_s[m_i] == u'/') {
                t.selfClosing = true;
                ++m_i;
                continue;
            }
            const qsizetype ns = m_i;
            while (m_i < m_s.size() && !m_s[m_i].isSpace() && m_s[m_i] != u'=' && m_s[m_i] != u'>' && m_s[m_i] != u'/')
                ++m_i;
            const QString key = m_s.mid(ns, m_i - ns).toLower();
            if (key.isEmpty()) {
                ++m_i;
                continue;
            }
            while (m_i < m_s.size() && m_s[m_i].isSpace())
                ++m_i;
            QString value;
            if (m_i < m_s.size() && m_s[m_i] == u'=') {
                ++m_i;
                while (m_i < m_s.size() && m_s[m_i].isSpace())
                    ++m_i;
                if (m_i < m_s.size() && (m_s[m_i] == u'"' || m_s[m_i] == u'\'')) {
                    const QChar q = m_s[m_i];
                    const qsizetype end = m_s.indexOf(q, m_i + 1);
                    value = m_s.mid(m_i + 1, (end < 0 ? m_s.size() : end) - m_i - 1);
                    m_i = end < 0 ? m_s.size() : end + 1;
                } else {
                    const qsizetype vs = m_i;
                    while (m_i < m_s.size() && !m_s[m_i].isSpace() && m_s[m_i] != u'>')
                        ++m_i;
                    value = m_s.mid(vs, m_i - vs);
                }
            }
            t.attrs.insert(key, decodeEntities(value));
        }
        return t;
    }

    const QString m_s;
    qsizetype m_i = 0;
};

/** The part of a built page that is content: mkdocs-material's article,
 *  else main, else body, else everything. */
QString contentOf(const QString &html)
{
    for (const char *tag : {"article", "main", "body"}) {
        const QRegularExpression open(QStringLiteral("<%1[\\s>]").arg(QLatin1String(tag)), QRegularExpression::CaseInsensitiveOption);
        const auto m = open.match(html);
        if (!m.hasMatch())
            continue;
        const qsizetype start = html.indexOf(u'>', m.capturedStart());
        const qsizetype end = html.lastIndexOf(QStringLiteral("</%1").arg(QLatin1String(tag)), -1, Qt::CaseInsensitive);
        if (start >= 0 && end > start)
            return html.mid(start + 1, end - start - 1);
    }
    return html;
}

QString escapeText(const QString &s, bool inTable)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        if (c == u'\\' || c == u'`' || c == u'*' || c == u'_' || c == u'[' || c == u']' || c == u'<' || c == u'>' || c == u'#'
            || (inTable && c == u'|'))
            out += u'\\';
        out += c;
    }
    return out;
}

/** A link of a built page, as its Markdown page: `x/` → `x/index.md`,
 *  `x.html` → `x.md`; others as written. */
QString mapHref(const QString &href)
{
    if (href.isEmpty() || href.startsWith(u'#') || href.contains(QStringLiteral("://")) || href.startsWith(QStringLiteral("mailto:")))
        return href;
    QString path = href;
    QString rest;
    const qsizetype cut = path.indexOf(QRegularExpression(QStringLiteral("[?#]")));
    if (cut >= 0) {
        rest = path.mid(cut);
        path.truncate(cut);
        if (rest.startsWith(u'?')) {
            const qsizetype hash = rest.indexOf(u'#');
            rest = hash < 0 ? QString() : rest.mid(hash);
        }
    }
    if (path.isEmpty() || path == u"." || path == u"./")
        path = QStringLiteral("index.md");
    else if (path.endsWith(u'/'))
        path += QStringLiteral("index.md");
    else if (path.endsWith(QStringLiteral("index.html")))
        path = path.chopped(4) + QStringLiteral("md");
    else if (path.endsWith(QStringLiteral(".html")))
        path = path.chopped(5) + QStringLiteral(".md");
    return path + rest;
}

class Converter
{
public:
    QString convert(const QString &html, QString *title)
    {
        Lexer lex(contentOf(html));
        QString text;
        Tag tag;
        m_out.clear();
        m_out << QString();
        for (;;) {
            const Lexer::Kind k = lex.next(&text, &tag);
            if (k == Lexer::Kind::End)
                break;
            if (k == Lexer::Kind::Text) {
                onText(decodeEntities(text));
                continue;
            }
            static const QSet<QString> dropped{QStringLiteral("script"), QStringLiteral("style"), QStringLiteral("iframe"),
                                               QStringLiteral("noscript"), QStringLiteral("template"), QStringLiteral("svg"),
                                               QStringLiteral("object"), QStringLiteral("embed"), QStringLiteral("form"),
                                               QStringLiteral("button"), QStringLiteral("select"), QStringLiteral("textarea"),
                                               QStringLiteral("nav"), QStringLiteral("header"), QStringLiteral("footer"),
                                               QStringLiteral("video"), QStringLiteral("audio"), QStringLiteral("canvas")};
            if (!tag.closing && dropped.contains(tag.name)) {
                if (!tag.selfClosing)
                    lex.skipTo(tag.name);
                continue;
            }
            // mkdocs' permalink anchors (¶) beside each heading.
            if (!tag.closing && tag.name == u"a" && tag.classes().contains(QStringLiteral("headerlink"))) {
                lex.skipTo(QStringLiteral("a"));
                continue;
            }
            tag.closing ? onClose(tag) : onOpen(tag);
        }
        while (m_out.size() > 1)
            popInto();
        if (title)
            *title = m_title;
        QString md = m_out.first();
        static const QRegularExpression blank(QStringLiteral("\n{3,}"));
        md.replace(blank, QStringLiteral("\n\n"));
        return md.trimmed() + u'\n';
    }

private:
    struct Frame {
        QString tag;
        QString kind;  ///< what to do at the close
        QString a, b;  ///< per kind: href/alt, level/title
    };

    QString &out() { return m_out.last(); }
    void block() { ensureBreak(2); }
    void ensureBreak(int n)
    {
        QString &o = out();
        if (o.isEmpty())
            return;
        int have = 0;
        for (qsizetype i = o.size() - 1; i >= 0 && o[i] == u'\n'; --i)
            ++have;
        while (o.endsWith(u' '))
            o.chop(1);
        for (; have < n; ++have)
            o += u'\n';
    }
    QString listIndent() const { return QString(qMax(0, m_lists.size() - 1) * 4, u' '); }

    void onText(const QString &t)
    {
        if (m_pre) {
            m_preText += t;
            return;
        }
        QString s = t;
        static const QRegularExpression ws(QStringLiteral("\\s+"));
        s.replace(ws, QStringLiteral(" "));
        if (s.isEmpty())
            return;
        QString &o = out();
        if (s == u" " && (o.isEmpty() || o.endsWith(u' ') || o.endsWith(u'\n')))
            return;
        if ((o.isEmpty() || o.endsWith(u'\n')) && s.startsWith(u' '))
            s.remove(0, 1);
        if (o.endsWith(u'\n') && !m_lists.isEmpty() && m_table.isEmpty())
            o += listIndent() + QStringLiteral("    ");
        o += m_code ? s : escapeText(s, !m_table.isEmpty());
    }

    void push(const QString &tag, const QString &kind, const QString &a = {}, const QString &b = {})
    {
        m_frames << Frame{tag, kind, a, b};
        m_out << QString();
    }
    /** Closes the innermost frame: its text goes into the one around it. */
    void popInto()
    {
        const Frame f = m_frames.takeLast();
        const QString inner = m_out.takeLast();
        QString &o = out();
        if (f.kind == u"heading") {
            const QString text = inner.simplified();
            if (f.a == u"1" && m_title.isEmpty())
                m_title = text;
            block();
            o += QString(f.a.toInt(), u'#') + u' ' + text;
            block();
        } else if (f.kind == u"link") {
            const QString text = inner.trimmed();
            if (f.a.isEmpty() || text.isEmpty())
                o += text;
            else
                o += u'[' + text + QStringLiteral("](") + QString(f.a).replace(u' ', QStringLiteral("%20")).replace(u')', QStringLiteral("%29")) + u')';
        } else if (f.kind == u"strong" || f.kind == u"em" || f.kind == u"del") {
            const QString mark = f.kind == u"strong" ? QStringLiteral("**") : f.kind == u"em" ? QStringLiteral("*") : QStringLiteral("~~");
            const QString text = inner.trimmed();
            if (!text.isEmpty())
                o += mark + text + mark + (inner.endsWith(u' ') ? QStringLiteral(" ") : QString());
        } else if (f.kind == u"code") {
            QString text = inner;
            const QString fence = text.contains(u'`') ? QStringLiteral("`` ") : QStringLiteral("`");
            o += fence + text + (fence.size() > 1 ? QStringLiteral(" ``") : QStringLiteral("`"));
        } else if (f.kind == u"quote") {
            block();
            for (const QString &line : inner.trimmed().split(u'\n'))
                o += QStringLiteral("> ") + line + u'\n';
            block();
        } else if (f.kind == u"admonition") {
            block();
            o += QStringLiteral("%1 %2").arg(f.b.isEmpty() ? QStringLiteral("!!!") : f.b, f.a.isEmpty() ? QStringLiteral("note") : f.a);
            if (!m_admonitionTitle.isEmpty())
                o += QStringLiteral(" \"%1\"").arg(QString(m_admonitionTitle).replace(u'"', u'\''));
            m_admonitionTitle.clear();
            o += u'\n';
            for (const QString &line : inner.trimmed().split(u'\n'))
                o += (line.isEmpty() ? QString() : QStringLiteral("    ") + line) + u'\n';
            block();
        } else if (f.kind == u"admonition-title") {
            m_admonitionTitle = inner.simplified();
        } else if (f.kind == u"cell") {
            if (!m_table.isEmpty())
                m_table.last().last() = inner.simplified();
        } else {
            o += inner;
        }
    }
    void closeFrame(const QString &tag)
    {
        for (qsizetype i = m_frames.size() - 1; i >= 0; --i) {
            if (m_frames[i].tag == tag) {
                while (m_frames.size() > i)
                    popInto();
                return;
            }
        }
    }

    void onOpen(const Tag &t)
    {
        const QString &n = t.name;
        if (m_pre) {
            if (n == u"br")
                m_preText += u'\n';
            return;
        }
        static const QRegularExpression heading(QStringLiteral("^h([1-6])$"));
        if (const auto m = heading.match(n); m.hasMatch()) {
            push(n, QStringLiteral("heading"), m.captured(1));
        } else if (n == u"p" || n == u"div" || n == u"section" || n == u"dl" || n == u"dd" || n == u"dt" || n == u"figure") {
            const QStringList cls = t.classes();
            if (n == u"div" && cls.contains(QStringLiteral("admonition"))) {
                QString type;
                for (const QString &c : cls)
                    if (c != u"admonition")
                        type = c;
                push(n, QStringLiteral("admonition"), type);
            } else if (n == u"p" && cls.contains(QStringLiteral("admonition-title"))) {
                push(n, QStringLiteral("admonition-title"));
            } else {
                block();
            }
            if (n == u"div") {
                for (const QString &c : cls)
                    if (c.startsWith(QStringLiteral("language-")))
                        m_language = c.mid(9);
            }
        } else if (n == u"details") {
            QString type;
            for (const QString &c : t.classes())
                type = c;
            push(n, QStringLiteral("admonition"), type, t.attrs.contains(QStringLiteral("open")) ? QStringLiteral("???+") : QStringLiteral("???"));
        } else if (n == u"summary") {
            push(n, QStringLiteral("admonition-title"));
        } else if (n == u"a") {
            push(n, QStringLiteral("link"), mapHref(t.attr(QStringLiteral("href"))));
        } else if (n == u"img") {
            const QString src = mapHref(t.attr(QStringLiteral("src")));
            if (!src.isEmpty())
                out() += QStringLiteral("![%1](%2)").arg(escapeText(t.attr(QStringLiteral("alt")), false), QString(src).replace(u' ', QStringLiteral("%20")));
        } else if (n == u"strong" || n == u"b") {
            push(n, QStringLiteral("strong"));
        } else if (n == u"em" || n == u"i") {
            push(n, QStringLiteral("em"));
        } else if (n == u"del" || n == u"s") {
            push(n, QStringLiteral("del"));
        } else if (n == u"code") {
            ++m_code;
            push(n, QStringLiteral("code"));
        } else if (n == u"pre") {
            m_pre = true;
            m_preText.clear();
            for (const QString &c : t.classes())
                if (c.startsWith(QStringLiteral("language-")))
                    m_language = c.mid(9);
        } else if (n == u"br") {
            if (m_table.isEmpty())
                out() += QStringLiteral("  \n");
            else
                out() += u' ';
        } else if (n == u"hr") {
            block();
            out() += QStringLiteral("---");
            block();
        } else if (n == u"blockquote") {
            push(n, QStringLiteral("quote"));
        } else if (n == u"ul" || n == u"ol") {
            if (m_lists.isEmpty())
                block();
            else
                ensureBreak(1);
            m_lists << (n == u"ol" ? 1 : 0);
        } else if (n == u"li") {
            ensureBreak(1);
            if (m_lists.isEmpty())
                m_lists << 0;
            int &number = m_lists.last();
            out() += listIndent() + (number > 0 ? QStringLiteral("%1. ").arg(number++) : QStringLiteral("- "));
        } else if (n == u"table") {
            block();
            m_table.clear();
            m_tableDepth = int(m_frames.size());
        } else if (n == u"tr") {
            m_table << QStringList();
        } else if (n == u"td" || n == u"th") {
            if (m_table.isEmpty())
                m_table << QStringList();
            m_table.last() << QString();
            push(n, QStringLiteral("cell"));
        }
    }

    void onClose(const Tag &t)
    {
        const QString &n = t.name;
        if (n == u"pre") {
            if (!m_pre)
                return;
            m_pre = false;
            block();
            QString code = m_preText;
            while (code.endsWith(u'\n'))
                code.chop(1);
            const QString fence = code.contains(QStringLiteral("```")) ? QStringLiteral("~~~~") : QStringLiteral("```");
            QString indent = m_lists.isEmpty() ? QString() : listIndent() + QStringLiteral("    ");
            out() += indent + fence + m_language + u'\n';
            for (const QString &line : code.split(u'\n'))
                out() += indent + line + u'\n';
            out() += indent + fence;
            block();
            m_language.clear();
            return;
        }
        if (m_pre)
            return;
        if (n == u"code") {
            if (m_code > 0)
                --m_code;
            closeFrame(n);
        } else if (n == u"p" || n == u"div" || n == u"section" || n == u"dd" || n == u"dt" || n == u"figure" || n == u"dl") {
            closeFrame(n);
            block();
        } else if (n == u"ul" || n == u"ol") {
            if (!m_lists.isEmpty())
                m_lists.removeLast();
            if (m_lists.isEmpty())
                block();
            else
                ensureBreak(1);
        } else if (n == u"table") {
            while (m_frames.size() > m_tableDepth)
                popInto();
            emitTable();
        } else if (n == u"td" || n == u"th") {
            closeFrame(n);
        } else {
            closeFrame(n);
        }
    }

    void emitTable()
    {
        if (m_table.isEmpty())
            return;
        qsizetype cols = 0;
        for (const QStringList &r : std::as_const(m_table))
            cols = qMax(cols, r.size());
        if (cols == 0)
            return;
        block();
        for (qsizetype i = 0; i < m_table.size(); ++i) {
            QStringList row = m_table[i];
            while (row.size() < cols)
                row << QString();
            out() += QStringLiteral("| ") + row.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
            if (i == 0) {
                QStringList sep;
                for (qsizetype c = 0; c < cols; ++c)
                    sep << QStringLiteral("---");
                out() += QStringLiteral("| ") + sep.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
            }
        }
        m_table.clear();
        block();
    }

    QStringList m_out;
    QList<Frame> m_frames;
    QList<int> m_lists; ///< per open list: 0 bullets, else the next number
    QList<QStringList> m_table;
    int m_tableDepth = 0;
    bool m_pre = false;
    QString m_preText;
    QString m_language;
    int m_code = 0;
    QString m_title;
    QString m_admonitionTitle;
};

/** `index.html` → `index.md`, `a/b/index.html` → `a/b/index.md`, `x.html` → `x.md`. */
QString pageFor(const QString &htmlPath)
{
    return htmlPath.chopped(5) + QStringLiteral(".md");
}

bool isPageFile(const QString &path)
{
    // mkdocs' own extras are not pages of the site.
    return path.endsWith(QStringLiteral(".html")) && path != u"404.html" && !path.startsWith(QStringLiteral("assets/"))
        && !path.startsWith(QStringLiteral("search/"));
}

QString yamlQuoted(const QString &s)
{
    QString out = s;
    out.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return u'"' + out + u'"';
}

} // namespace

QString techDocsHtmlToMarkdown(const QString &html, QString *title)
{
    Converter c;
    QString t;
    const QString md = c.convert(html, &t);
    if (t.isEmpty()) {
        static const QRegularExpression titleRe(QStringLiteral("<title[^>]*>([^<]*)</title>"), QRegularExpression::CaseInsensitiveOption);
        t = decodeEntities(titleRe.match(html).captured(1)).simplified();
    }
    if (title)
        *title = t;
    return md;
}

BackstageTechDocs::BackstageTechDocs(BackstageClient &client) : m_client(client) {}

bool BackstageTechDocs::storeSite(CatalogStore &store, const QString &entityRef, QString *problem)
{
    const auto ref = EntityRef::parse(entityRef, u"component", u"default");
    if (!ref)
        return false;
    const QString triplet = QStringLiteral("%1/%2/%3").arg(ref->ns, ref->kind, ref->name).toLower();
    const QString action = QCoreApplication::translate("BackstageTechDocs", "read the TechDocs of %1").arg(entityRef);
    const BackstageResponse meta = m_client.get(QStringLiteral("/api/techdocs/metadata/techdocs/") + triplet, {}, action);
    if (!meta.ok()) {
        if (problem)
            *problem = meta.error.kind == BackstageError::NotFound
                ? QCoreApplication::translate("BackstageTechDocs", "The TechDocs of %1 are not built on the Backstage backend yet.").arg(entityRef)
                : QCoreApplication::translate("BackstageTechDocs", "The TechDocs of %1 could not be read: %2").arg(entityRef, meta.error.message);
        return false;
    }
    const QJsonObject metadata = meta.json.object();
    const QString staticPath = QStringLiteral("/api/techdocs/static/docs/") + triplet + u'/';
    const QString staticUrl = m_client.url(staticPath).toString();

    // The pages: the metadata's file list when the backend gives one, else
    // what the pages link to, from index.html on.
    QStringList htmlFiles;
    for (const QJsonValue &v : metadata.value(u"files").toArray())
        if (isPageFile(v.toString()))
            htmlFiles << v.toString();
    const bool crawl = htmlFiles.isEmpty();
    if (crawl)
        htmlFiles << QStringLiteral("index.html");

    MemoryContentSource mem;
    QStringList pages;
    QStringList known;
    QHash<QString, QString> titles;
    QStringList images;
    QSet<QString> queued(htmlFiles.cbegin(), htmlFiles.cend());
    for (qsizetype i = 0; i < htmlFiles.size() && pages.size() < maxPages; ++i) {
        const QString file = htmlFiles.at(i);
        const BackstageResponse r = m_client.get(staticPath + file, {}, action);
        if (!r.ok()) {
            if (file == u"index.html" && problem)
                *problem = QCoreApplication::translate("BackstageTechDocs", "The TechDocs of %1 could not be read: %2").arg(entityRef, r.error.message);
            continue;
        }
        const QString html = QString::fromUtf8(r.body);
        QString title;
        const QString md = techDocsHtmlToMarkdown(html, &title);
        const QString page = pageFor(file);
        const QString location = staticUrl + page;
        mem.insert(location, md.toUtf8());
        pages << page;
        known << location;
        titles.insert(page, title);
        const QString dir = file.contains(u'/') ? file.section(u'/', 0, -2) + u'/' : QString();
        // Images the page shows, and (without a file list) its other pages.
        static const QRegularExpression linkRe(QStringLiteral(R"(\]\(([^)\s]+)\))"));
        for (auto it = linkRe.globalMatch(md); it.hasNext();) {
            const QString target = it.next().captured(1);
            if (target.contains(QStringLiteral("://")) || target.startsWith(u'#') || target.startsWith(QStringLiteral("mailto:")))
                continue;
            QString path = target.section(u'#', 0, 0);
            const QString resolved = QUrl(QStringLiteral("http://site/") + dir).resolved(QUrl(path)).path().mid(1);
            if (resolved.isEmpty())
                continue;
            if (resolved.endsWith(QStringLiteral(".md"))) {
                const QString html = resolved.chopped(3) + QStringLiteral(".html");
                if (crawl && !queued.contains(html)) {
                    queued.insert(html);
                    htmlFiles << html;
                }
            } else if (!images.contains(resolved)) {
                images << resolved;
            }
        }
    }
    if (pages.isEmpty()) {
        if (problem && problem->isEmpty())
            *problem = QCoreApplication::translate("BackstageTechDocs", "The TechDocs of %1 have no pages on the Backstage backend.").arg(entityRef);
        return false;
    }
    for (const QString &image : std::as_const(images)) {
        const BackstageResponse r = m_client.get(staticPath + image, {}, action);
        if (r.ok())
            mem.insert(staticUrl + image, r.body);
    }

    // The built site as an mkdocs site of Markdown pages, so the docs views
    // show it like any other: index first, the others in the list's order.
    pages.sort();
    if (const qsizetype home = pages.indexOf(QStringLiteral("index.md")); home > 0)
        pages.move(home, 0);
    QString yaml = QStringLiteral("site_name: %1\n").arg(yamlQuoted(metadata.value(u"site_name").toString(ref->name)));
    if (!metadata.value(u"site_description").toString().isEmpty())
        yaml += QStringLiteral("site_description: %1\n").arg(yamlQuoted(metadata.value(u"site_description").toString()));
    yaml += QStringLiteral("docs_dir: .\nnav:\n");
    for (const QString &page : std::as_const(pages)) {
        const QString title = titles.value(page);
        yaml += title.isEmpty() ? QStringLiteral("  - %1\n").arg(yamlQuoted(page))
                                : QStringLiteral("  - %1: %2\n").arg(yamlQuoted(title), yamlQuoted(page));
    }
    const QString mkdocs = staticUrl + QStringLiteral("mkdocs.yml");
    mem.insert(mkdocs, yaml.toUtf8());
    const docs::Site site = docs::Site::load(mem, mkdocs, known);
    QString why;
    if (!docs::DocsStore(store).storeSite(entityRef, site, mem, &why)) {
        if (problem)
            *problem = QCoreApplication::translate("BackstageTechDocs", "The TechDocs of %1 could not be stored: %2").arg(entityRef, why);
        return false;
    }
    return true;
}

} // namespace atrium
