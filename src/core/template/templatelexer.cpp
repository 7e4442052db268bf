// SPDX-License-Identifier: Apache-2.0
// Splits a template into text and the tokens inside its tags, the way
// Nunjucks' lexer does: the same delimiter characters end a name, a number
// is digits with an optional fraction, and whitespace control and
// trimBlocks/lstripBlocks act on the text next to the tags.

#include "templateast_p.h"
#include "templatevalue_p.h"

namespace atrium::tmpl::detail {

void fail(const QString &message, int line, int column)
{
    throw Failure{message, line, column};
}

namespace {

// Characters that end a name or number inside a tag (Nunjucks' delimChars).
bool isDelimiter(QChar c)
{
    switch (c.unicode()) {
    case '(': case ')': case '[': case ']': case '{': case '}': case '%': case '*': case '-':
    case '+': case '~': case '/': case '#': case ',': case ':': case '|': case '.': case '<':
    case '>': case '=': case '!':
        return true;
    default:
        return false;
    }
}

bool isCodeSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == ' ' || u == '\n' || u == '\t' || u == '\r' || u == 0xa0;
}

class Lexer
{
public:
    Lexer(const QString &src, const Options &options)
        : m_src(src)
        , m_n(src.size())
        , m_varStart(options.variableStart)
        , m_varEnd(options.variableEnd)
        , m_trimBlocks(options.trimBlocks)
        , m_lstripBlocks(options.lstripBlocks)
    {
    }

    std::vector<Token> run()
    {
        if (m_varStart.isEmpty() || m_varEnd.isEmpty())
            fail(QStringLiteral("the variable delimiters must not be empty"), 0, 0);
        while (m_pos < m_n)
            lexData();
        m_tokens.push_back(Token{Tok::End, QString(), 0, m_line, m_col});
        return std::move(m_tokens);
    }

private:
    bool at(qsizetype pos, QStringView s) const
    {
        return pos + s.size() <= m_n && QStringView(m_src).mid(pos, s.size()) == s;
    }
    bool at(QStringView s) const { return at(m_pos, s); }
    bool at(QLatin1String s) const
    {
        return m_pos + s.size() <= m_n && QStringView(m_src).mid(m_pos, s.size()) == s;
    }

    void advance(qsizetype count)
    {
        const qsizetype end = std::min(m_n, m_pos + count);
        for (; m_pos < end; ++m_pos) {
            if (m_src.at(m_pos) == u'\n') {
                ++m_line;
                m_col = 1;
            } else {
                ++m_col;
            }
        }
    }

    enum class TagKind { None, Block, Var, Comment };
    TagKind tagAt(qsizetype pos) const
    {
        if (at(pos, u"{%"))
            return TagKind::Block;
        if (at(pos, m_varStart))
            return TagKind::Var;
        if (at(pos, u"{#"))
            return TagKind::Comment;
        return TagKind::None;
    }

    void lexData()
    {
        const int textLine = m_line, textCol = m_col;
        const qsizetype start = m_pos;
        qsizetype i = m_pos;
        TagKind kind = TagKind::None;
        for (; i < m_n; ++i) {
            const QChar c = m_src.at(i);
            if (c == u'{' || c == m_varStart.front()) {
                kind = tagAt(i);
                if (kind != TagKind::None)
                    break;
            } else if (c == u'#' && at(i, u"#}")) {
                // Nunjucks refuses a comment end outside a comment.
                advance(i - m_pos);
                fail(QStringLiteral("unexpected end of comment"), m_line, m_col);
            }
        }
        QString text = m_src.mid(start, i - start);
        // Column of the tag that ends this text, for lstripBlocks.
        int tagCol = textCol;
        for (qsizetype j = start; j < i; ++j)
            tagCol = m_src.at(j) == u'\n' ? 1 : tagCol + 1;
        advance(i - start);

        // The order is Nunjucks': its lexer applies lstripBlocks (dropping a
        // text that becomes empty), its parser then applies `-` on both sides.
        bool emitText = !text.isEmpty();
        if (kind == TagKind::Block && m_lstripBlocks && tagCol > 1 && tagCol - 1 <= text.size()) {
            // Only when the whitespace runs from the start of the line.
            const qsizetype lineStart = text.size() - (tagCol - 1);
            bool blank = true;
            for (qsizetype j = lineStart; j < text.size() && blank; ++j)
                blank = isJsSpace(text.at(j));
            if (blank) {
                text.truncate(lineStart);
                emitText = !text.isEmpty();
            }
        }
        if (m_dropLeading) {
            qsizetype k = 0;
            while (k < text.size() && isJsSpace(text.at(k)))
                ++k;
            text.remove(0, k);
        }
        m_dropLeading = false;
        if (kind != TagKind::None) {
            const qsizetype startLen = kind == TagKind::Var ? m_varStart.size() : 2;
            if (i + startLen < m_n && m_src.at(i + startLen) == u'-') {
                qsizetype e = text.size();
                while (e > 0 && isJsSpace(text.at(e - 1)))
                    --e;
                text.truncate(e);
            }
        }
        if (emitText)
            m_tokens.push_back(Token{Tok::Text, text, 0, textLine, textCol});

        switch (kind) {
        case TagKind::None:
            break;
        case TagKind::Comment:
            lexComment();
            break;
        case TagKind::Block:
            if (!lexRaw())
                lexCode(Tok::BlockBegin, 2);
            break;
        case TagKind::Var:
            lexCode(Tok::VarBegin, m_varStart.size());
            break;
        }
    }

    void lexComment()
    {
        const int line = m_line, col = m_col;
        const qsizetype end = m_src.indexOf(QLatin1String("#}"), m_pos + 2);
        if (end < 0)
            fail(QStringLiteral("unclosed comment: expected #}"), line, col);
        m_dropLeading = end > m_pos + 2 && m_src.at(end - 1) == u'-';
        advance(end + 2 - m_pos);
    }

    // `{% raw %}` or `{% verbatim %}` at m_pos: everything up to the
    // matching end tag becomes text (nested raw tags count).
    bool lexRaw()
    {
        qsizetype p = m_pos + 2;
        if (p < m_n && m_src.at(p) == u'-')
            ++p; // `{%-` already trimmed the text before the tag
        QString name;
        const qsizetype afterName = tagNameAt(p, &name);
        if (name != QLatin1String("raw") && name != QLatin1String("verbatim"))
            return false;
        qsizetype q = afterName;
        while (q < m_n && isCodeSpace(m_src.at(q)))
            ++q;
        bool stripAfter = false;
        if (q < m_n && m_src.at(q) == u'-') {
            stripAfter = true;
            ++q;
        }
        if (!at(q, u"%}"))
            return false;
        const int line = m_line, col = m_col;
        advance(q + 2 - m_pos);
        if (m_trimBlocks)
            skipNewline();

        const QString endName = QLatin1String("end") + name;
        const int textLine = m_line, textCol = m_col;
        const qsizetype contentStart = m_pos;
        int level = 1;
        qsizetype scan = m_pos;
        while (true) {
            const qsizetype open = m_src.indexOf(QLatin1String("{%"), scan);
            if (open < 0)
                fail(QStringLiteral("unclosed '%1' block: expected {% %2 %}").arg(name, endName), line, col);
            qsizetype r = open + 2;
            bool dashBefore = false;
            if (r < m_n && m_src.at(r) == u'-') {
                dashBefore = true;
                ++r;
            }
            QString inner;
            r = tagNameAt(r, &inner);
            while (r < m_n && isCodeSpace(m_src.at(r)))
                ++r;
            bool dashAfter = false;
            if (r < m_n && m_src.at(r) == u'-') {
                dashAfter = true;
                ++r;
            }
            if ((inner == name || inner == endName) && at(r, u"%}")) {
                level += inner == name ? 1 : -1;
                if (level == 0) {
                    QString text = m_src.mid(contentStart, open - contentStart);
                    if (dashBefore) {
                        qsizetype e = text.size();
                        while (e > 0 && isJsSpace(text.at(e - 1)))
                            --e;
                        text.truncate(e);
                    }
                    m_tokens.push_back(Token{Tok::Text, text, 0, textLine, textCol});
                    advance(r + 2 - m_pos);
                    // As in Nunjucks, a `-%}` on the opening tag trims the text
                    // after the block, not the raw content.
                    m_dropLeading = stripAfter || dashAfter;
                    return true;
                }
            }
            scan = open + 2;
        }
    }

    // Reads the name after optional whitespace at p; returns the position after it.
    qsizetype tagNameAt(qsizetype p, QString *name) const
    {
        while (p < m_n && isCodeSpace(m_src.at(p)))
            ++p;
        const qsizetype s = p;
        while (p < m_n && !isCodeSpace(m_src.at(p)) && !isDelimiter(m_src.at(p)) && m_src.at(p) != u'"'
               && m_src.at(p) != u'\'')
            ++p;
        *name = m_src.mid(s, p - s);
        return p;
    }

    void skipNewline()
    {
        if (at(u"\n"))
            advance(1);
        else if (at(u"\r\n"))
            advance(2);
    }

    void lexCode(Tok begin, qsizetype startLen)
    {
        const int tagLine = m_line, tagCol = m_col;
        m_tokens.push_back(Token{begin, QString(), 0, tagLine, tagCol});
        advance(startLen);
        if (m_pos < m_n && m_src.at(m_pos) == u'-')
            advance(1);
        while (true) {
            while (m_pos < m_n && isCodeSpace(m_src.at(m_pos)))
                advance(1);
            if (m_pos >= m_n) {
                fail(begin == Tok::BlockBegin ? QStringLiteral("unclosed tag: expected %}")
                                              : QStringLiteral("unclosed output tag: expected %1").arg(m_varEnd),
                     tagLine, tagCol);
            }
            const int line = m_line, col = m_col;
            const QChar c = m_src.at(m_pos);
            if (c == u'"' || c == u'\'') {
                m_tokens.push_back(Token{Tok::String, lexString(c, line, col), 0, line, col});
                continue;
            }
            if (at(u"%}") || at(u"-%}")) {
                const bool dash = c == u'-';
                advance(dash ? 3 : 2);
                m_tokens.push_back(Token{Tok::BlockEnd, QString(), 0, line, col});
                if (m_trimBlocks)
                    skipNewline();
                m_dropLeading = dash;
                return;
            }
            if (at(m_varEnd) || (c == u'-' && at(m_pos + 1, m_varEnd))) {
                const bool dash = !at(m_varEnd);
                advance(m_varEnd.size() + (dash ? 1 : 0));
                m_tokens.push_back(Token{Tok::VarEnd, QString(), 0, line, col});
                m_dropLeading = dash;
                return;
            }
            if (isDelimiter(c)) {
                m_tokens.push_back(Token{Tok::Op, lexOperator(), 0, line, col});
                continue;
            }
            qsizetype e = m_pos;
            while (e < m_n && !isCodeSpace(m_src.at(e)) && !isDelimiter(m_src.at(e)))
                ++e;
            const QString word = m_src.mid(m_pos, e - m_pos);
            advance(e - m_pos);
            bool digits = !word.isEmpty();
            for (QChar ch : word)
                digits = digits && ch.unicode() >= '0' && ch.unicode() <= '9';
            if (digits) {
                QString numberText = word;
                if (m_pos < m_n && m_src.at(m_pos) == u'.') {
                    advance(1);
                    qsizetype f = m_pos;
                    while (f < m_n && m_src.at(f).unicode() >= '0' && m_src.at(f).unicode() <= '9')
                        ++f;
                    numberText += QLatin1Char('.') + m_src.mid(m_pos, f - m_pos);
                    advance(f - m_pos);
                }
                m_tokens.push_back(Token{Tok::Number, numberText, stringToNumber(numberText), line, col});
            } else {
                m_tokens.push_back(Token{Tok::Name, word, 0, line, col});
            }
        }
    }

    QString lexOperator()
    {
        static const char *const ops[] = {"===", "!==", "==", "!=", "<=", ">=", "//", "**"};
        for (const char *op : ops) {
            const QLatin1String s(op);
            if (at(s)) {
                advance(s.size());
                return s;
            }
        }
        const QString s(m_src.at(m_pos));
        advance(1);
        return s;
    }

    QString lexString(QChar quote, int line, int col)
    {
        advance(1);
        QString out;
        while (true) {
            if (m_pos >= m_n)
                fail(QStringLiteral("unterminated string"), line, col);
            const QChar c = m_src.at(m_pos);
            if (c == quote) {
                advance(1);
                return out;
            }
            if (c == u'\\' && m_pos + 1 < m_n) {
                const QChar e = m_src.at(m_pos + 1);
                switch (e.unicode()) {
                case 'n': out += u'\n'; break;
                case 't': out += u'\t'; break;
                case 'r': out += u'\r'; break;
                default: out += e;
                }
                advance(2);
                continue;
            }
            out += c;
            advance(1);
        }
    }

    const QString &m_src;
    const qsizetype m_n;
    const QString m_varStart;
    const QString m_varEnd;
    const bool m_trimBlocks;
    const bool m_lstripBlocks;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_col = 1;
    bool m_dropLeading = false;
    std::vector<Token> m_tokens;
};

} // namespace

std::vector<Token> tokenize(const QString &source, const Options &options)
{
    return Lexer(source, options).run();
}

} // namespace atrium::tmpl::detail
