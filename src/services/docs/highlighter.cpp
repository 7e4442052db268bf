// SPDX-License-Identifier: Apache-2.0
//
// Code highlighting for TechDocs code blocks, written by hand.
//
// Why not a library: the view is Qt Quick, which takes rich text (a subset of
// HTML) and nothing else, so whatever highlights must give us colours for
// stretches of text, on Debian 12's Qt 6.4. What bookworm offers (checked
// with apt-cache search/policy):
//  - KSyntaxHighlighting exists only for Qt 5 (libkf5syntaxhighlighting-dev
//    5.103, plus a Qt 5 QML module); there is no libkf6syntaxhighlighting in
//    bookworm, and Qt 5 and Qt 6 libraries cannot be linked together.
//  - GNU source-highlight (libsource-highlight-dev 3.1.9) pulls in Boost.Regex
//    and its language definition files, and emits HTML/CSS of its own that
//    Qt's rich text does not fully understand.
//  - Pygments and highlight.js need Python or a JavaScript engine at run time.
// The blocks in TechDocs pages are short and their languages few (YAML, JSON,
// shell, Python, JS/TS, Go, Java, SQL, Dockerfile), so a small tokenizer with
// a table of rules per language is enough: keywords, strings, comments,
// numbers and a few language-specific cases (YAML and JSON keys, shell
// variables, Dockerfile instructions). It never fails on unclosed input.
#include "highlighter.h"

#include <QHash>
#include <QSet>

namespace atrium::docs {

namespace {

struct Lang {
    QString name;
    QStringList lineComments;          // "#", "//", "--"
    bool hashNeedsSpace = false;       // '#' starts a comment only at a word boundary
    QString blockOpen, blockClose;     // "/*", "*/"
    QString quotes;                    // characters that open a string
    bool tripleQuotes = false;         // Python's """ and '''
    bool backslashEscapes = true;
    QChar rawQuote;                    // a quote without escapes (Go's `)
    bool doubledQuoteEscapes = false;  // SQL's and YAML's '' inside '...'
    QSet<QString> keywords;
    QSet<QString> types;
    bool caseInsensitive = false;      // SQL, Dockerfile
    bool yamlKeys = false;
    bool jsonKeys = false;
    bool shellVariables = false;
    bool instructionsAtLineStart = false; // Dockerfile: keywords only open a line
    bool decorators = false;              // @name in Python, Java, TypeScript
    bool identifierDashes = false;        // shell words like `docker-compose`
};

QSet<QString> words(const char *list)
{
    QSet<QString> out;
    const auto parts = QString::fromLatin1(list).split(u' ', Qt::SkipEmptyParts);
    for (const QString &p : parts)
        out.insert(p);
    return out;
}

QSet<QString> lower(const QSet<QString> &s)
{
    QSet<QString> out;
    for (const QString &w : s)
        out.insert(w.toLower());
    return out;
}

const QHash<QString, Lang> &languages()
{
    static const QHash<QString, Lang> table = [] {
        QHash<QString, Lang> t;
        const QSet<QString> jsKeywords = words(
            "async await break case catch class const continue debugger default delete do else export extends "
            "finally for from function if import in instanceof let new of return static super switch this throw "
            "try typeof var void while with yield true false null undefined as");
        {
            Lang l;
            l.name = QStringLiteral("yaml");
            l.lineComments = {QStringLiteral("#")};
            l.hashNeedsSpace = true;
            l.quotes = QStringLiteral("\"'");
            l.doubledQuoteEscapes = true; // in '...'; "..." has backslashes
            l.keywords = words("true false null yes no on off True False Null TRUE FALSE NULL ~");
            l.yamlKeys = true;
            t.insert(l.name, l);
        }
        {
            Lang l;
            l.name = QStringLiteral("json");
            l.lineComments = {QStringLiteral("//")}; // JSONC; harmless for JSON
            l.blockOpen = QStringLiteral("/*");
            l.blockClose = QStringLiteral("*/");
            l.quotes = QStringLiteral("\"");
            l.keywords = words("true false null");
            l.jsonKeys = true;
            t.insert(l.name, l);
        }
        {
            Lang l;
            l.name = QStringLiteral("bash");
            l.lineComments = {QStringLiteral("#")};
            l.hashNeedsSpace = true;
            l.quotes = QStringLiteral("\"'");
            l.keywords = words("if then else elif fi for while until do done case esac function in return export "
                               "local readonly declare set unset shift exit source alias select time break continue");
            l.types = words("echo cd ls cat grep sed awk curl kubectl docker git make jq sudo apt-get npm pnpm "
                            "yarn go mvn helm argocd psql ssh scp tar chmod chown mkdir rm cp mv find xargs sort "
                            "uniq head tail printf test");
            l.shellVariables = true;
            l.identifierDashes = true;
            t.insert(l.name, l);
        }
        {
            Lang l;
            l.name = QStringLiteral("python");
            l.lineComments = {QStringLiteral("#")};
            l.quotes = QStringLiteral("\"'");
            l.tripleQuotes = true;
            l.keywords = words("and as assert async await break class continue def del elif else except finally for "
                               "from global if import in is lambda nonlocal not or pass raise return try while with "
                               "yield True False None match case self");
            l.types = words("int float str bool list dict set tuple bytes object type print len range open "
                            "isinstance super Exception ValueError KeyError TypeError");
            l.decorators = true;
            t.insert(l.name, l);
        }
        {
            Lang l;
            l.name = QStringLiteral("javascript");
            l.lineComments = {QStringLiteral("//")};
            l.blockOpen = QStringLiteral("/*");
            l.blockClose = QStringLiteral("*/");
            l.quotes = QStringLiteral("\"'`");
            l.keywords = jsKeywords;
            l.types = words("Array Object String Number Boolean Promise Map Set Date JSON Math Error console "
                            "RegExp Symbol BigInt");
            l.decorators = true;
            t.insert(l.name, l);
            Lang ts = l;
            ts.name = QStringLiteral("typescript");
            ts.keywords += words("interface type enum implements private public protected readonly abstract "
                                 "declare namespace module keyof infer is satisfies");
            ts.types += words("string number boolean any unknown never void object Record Partial Readonly "
                              "Pick Omit");
            t.insert(ts.name, ts);
        }
        {
            Lang l;
            l.name = QStringLiteral("go");
            l.lineComments = {QStringLiteral("//")};
            l.blockOpen = QStringLiteral("/*");
            l.blockClose = QStringLiteral("*/");
            l.quotes = QStringLiteral("\"'");
            l.rawQuote = u'`';
            l.keywords = words("break case chan const continue default defer else fallthrough for func go goto if "
                               "import interface map package range return select struct switch type var true "
                               "false nil iota");
            l.types = words("bool byte complex64 complex128 error float32 float64 int int8 int16 int32 int64 rune "
                            "string uint uint8 uint16 uint32 uint64 uintptr any append cap close copy delete len "
                            "make new panic recover");
            t.insert(l.name, l);
        }
        {
            Lang l;
            l.name = QStringLiteral("java");
            l.lineComments = {QStringLiteral("//")};
            l.blockOpen = QStringLiteral("/*");
            l.blockClose = QStringLiteral("*/");
            l.quotes = QStringLiteral("\"'");
            l.keywords = words("abstract assert break case catch class const continue default do else enum extends "
                               "final finally for goto if implements import instanceof interface native new package "
                               "private protected public return static strictfp super switch synchronized this "
                               "throw throws transient try void volatile while var record sealed permits yield "
                               "true false null");
            l.types = words("boolean byte char short int long float double String Object Integer Long Boolean "
                            "List Map Set Optional");
            l.decorators = true;
            t.insert(l.name, l);
        }
        {
            Lang l;
            l.name = QStringLiteral("sql");
            l.lineComments = {QStringLiteral("--")};
            l.blockOpen = QStringLiteral("/*");
            l.blockClose = QStringLiteral("*/");
            l.quotes = QStringLiteral("'");
            l.backslashEscapes = false;
            l.doubledQuoteEscapes = true;
            l.caseInsensitive = true;
            l.keywords = lower(words(
                "select from where and or not in is null as on join left right inner outer full cross group by "
                "order having limit offset insert into values update set delete create table index view drop "
                "alter add column primary key foreign references unique default check constraint distinct union "
                "all exists between like ilike case when then else end asc desc with returning begin commit "
                "rollback transaction interval true false any some cast grant revoke if"));
            l.types = lower(words("int integer bigint smallint serial bigserial text varchar char uuid boolean bool "
                                  "date time timestamp timestamptz numeric decimal real double precision json "
                                  "jsonb bytea count sum min max avg now coalesce"));
            t.insert(l.name, l);
        }
        {
            Lang l;
            l.name = QStringLiteral("dockerfile");
            l.lineComments = {QStringLiteral("#")};
            l.hashNeedsSpace = true;
            l.quotes = QStringLiteral("\"'");
            l.caseInsensitive = true;
            l.instructionsAtLineStart = true;
            l.keywords = lower(words("FROM RUN CMD LABEL MAINTAINER EXPOSE ENV ADD COPY ENTRYPOINT VOLUME USER "
                                     "WORKDIR ARG ONBUILD STOPSIGNAL HEALTHCHECK SHELL AS"));
            l.shellVariables = true;
            t.insert(l.name, l);
        }
        {
            Lang l; // the fallback for languages without rules of their own
            l.name = QStringLiteral("generic");
            l.lineComments = {QStringLiteral("//"), QStringLiteral("#")};
            l.hashNeedsSpace = true;
            l.quotes = QStringLiteral("\"'");
            t.insert(l.name, l);
        }
        return t;
    }();
    return table;
}

/** Languages shown as they are: text, diagrams, and output. */
bool isPlainLanguage(const QString &lang)
{
    static const QSet<QString> plain = words("text txt plain plaintext none output log mermaid plantuml markdown md "
                                            "ascii diff console-output");
    return lang.isEmpty() || plain.contains(lang);
}

bool isIdentStart(QChar c)
{
    return c.isLetter() || c == u'_' || c == u'$';
}

bool isIdentChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$';
}

class Tokenizer
{
public:
    Tokenizer(const QString &code, const Lang &lang) : s(code), l(lang) {}

    QList<Token> run()
    {
        const int n = int(s.size());
        int i = 0;
        bool lineStart = true;
        while (i < n) {
            const QChar c = s.at(i);
            if (c == u'\n') {
                lineStart = true;
                ++i;
                continue;
            }
            if (lineStart) {
                // Leading blanks keep us at the start of the line.
                if (c == u' ' || c == u'\t') {
                    ++i;
                    continue;
                }
                lineStart = false;
                if (l.yamlKeys) {
                    const int next = yamlLineStart(i);
                    if (next != i) {
                        i = next;
                        continue;
                    }
                }
                if (l.instructionsAtLineStart && isIdentStart(c)) {
                    int j = i;
                    while (j < n && isIdentChar(s.at(j)))
                        ++j;
                    if (l.keywords.contains(s.mid(i, j - i).toLower()))
                        add(i, j - i, TokenKind::Keyword);
                    i = j;
                    continue;
                }
            }
            if (const int len = commentAt(i)) {
                add(i, len, TokenKind::Comment);
                i += len;
                continue;
            }
            if (const int len = stringAt(i)) {
                TokenKind kind = TokenKind::String;
                if (l.jsonKeys) {
                    int j = i + len;
                    while (j < n && (s.at(j) == u' ' || s.at(j) == u'\t'))
                        ++j;
                    if (j < n && s.at(j) == u':')
                        kind = TokenKind::Key;
                }
                add(i, len, kind);
                i += len;
                continue;
            }
            if (l.shellVariables && c == u'$') {
                const int len = shellVariableAt(i);
                if (len > 0) {
                    add(i, len, TokenKind::Variable);
                    i += len;
                    continue;
                }
            }
            if (l.decorators && c == u'@' && i + 1 < n && isIdentStart(s.at(i + 1)) && (i == 0 || !isIdentChar(s.at(i - 1)))) {
                int j = i + 1;
                while (j < n && (isIdentChar(s.at(j)) || s.at(j) == u'.'))
                    ++j;
                add(i, j - i, TokenKind::Meta);
                i = j;
                continue;
            }
            if (const int len = numberAt(i)) {
                add(i, len, TokenKind::Number);
                i += len;
                continue;
            }
            if (isIdentStart(c) && c != u'$') {
                int j = i + 1;
                while (j < n && (isIdentChar(s.at(j)) || (l.identifierDashes && s.at(j) == u'-' && j + 1 < n && isIdentChar(s.at(j + 1)))))
                    ++j;
                const QString word = s.mid(i, j - i);
                const QString key = l.caseInsensitive ? word.toLower() : word;
                if (!l.instructionsAtLineStart && l.keywords.contains(key))
                    add(i, j - i, TokenKind::Keyword);
                else if (l.types.contains(key))
                    add(i, j - i, TokenKind::Type);
                i = j;
                continue;
            }
            ++i;
        }
        return out;
    }

private:
    void add(int start, int length, TokenKind kind)
    {
        if (length > 0)
            out.append(Token{start, length, kind});
    }

    int restOfLine(int i) const
    {
        const qsizetype nl = s.indexOf(u'\n', i);
        return int((nl < 0 ? s.size() : nl) - i);
    }

    int commentAt(int i) const
    {
        for (const QString &p : l.lineComments) {
            if (!QStringView(s).mid(i).startsWith(p))
                continue;
            if (p == u"#" && l.hashNeedsSpace && i > 0 && !s.at(i - 1).isSpace())
                continue;
            return restOfLine(i);
        }
        if (!l.blockOpen.isEmpty() && QStringView(s).mid(i).startsWith(l.blockOpen)) {
            const qsizetype end = s.indexOf(l.blockClose, i + l.blockOpen.size());
            return int(end < 0 ? s.size() - i : end + l.blockClose.size() - i);
        }
        return 0;
    }

    int stringAt(int i) const
    {
        const int n = int(s.size());
        const QChar q = s.at(i);
        if (!l.rawQuote.isNull() && q == l.rawQuote) {
            const qsizetype end = s.indexOf(q, i + 1);
            return int(end < 0 ? n - i : end + 1 - i);
        }
        if (!l.quotes.contains(q))
            return 0;
        // An apostrophe inside a word (YAML's "don't", shell's it's) is text.
        if (q == u'\'' && i > 0 && s.at(i - 1).isLetterOrNumber() && !l.tripleQuotes)
            return 0;
        if (l.tripleQuotes && i + 2 < n && s.at(i + 1) == q && s.at(i + 2) == q) {
            const QString close(3, q);
            const qsizetype end = s.indexOf(close, i + 3);
            return int(end < 0 ? n - i : end + 3 - i);
        }
        const bool multiLine = q == u'`' || l.yamlKeys; // template literals; YAML flow scalars may fold
        const bool escapes = l.backslashEscapes && !(l.yamlKeys && q == u'\'');
        int j = i + 1;
        while (j < n) {
            const QChar c = s.at(j);
            if (escapes && c == u'\\') {
                j += 2;
                continue;
            }
            if (c == q) {
                if (l.doubledQuoteEscapes && q == u'\'' && j + 1 < n && s.at(j + 1) == q) {
                    j += 2;
                    continue;
                }
                return j + 1 - i;
            }
            if (c == u'\n' && !multiLine)
                return j - i; // unclosed: up to the end of the line
            ++j;
        }
        return std::min(j, n) - i;
    }

    int shellVariableAt(int i) const
    {
        const int n = int(s.size());
        if (i + 1 >= n)
            return 0;
        const QChar c = s.at(i + 1);
        if (c == u'{') {
            const qsizetype end = s.indexOf(u'}', i + 2);
            const qsizetype nl = s.indexOf(u'\n', i + 2);
            if (end < 0 || (nl >= 0 && nl < end))
                return 0;
            return int(end + 1 - i);
        }
        if (c == u'(')
            return 2; // $( : colour the opener only
        if (c.isDigit() || c == u'@' || c == u'?' || c == u'#' || c == u'*' || c == u'$' || c == u'!')
            return 2;
        if (!isIdentStart(c) || c == u'$')
            return 0;
        int j = i + 2;
        while (j < n && (s.at(j).isLetterOrNumber() || s.at(j) == u'_'))
            ++j;
        return j - i;
    }

    int numberAt(int i) const
    {
        const int n = int(s.size());
        const QChar c = s.at(i);
        const bool dotDigit = c == u'.' && i + 1 < n && s.at(i + 1).isDigit();
        if (!(c.isDigit() && c.unicode() < 128) && !dotDigit)
            return 0;
        if (i > 0 && (isIdentChar(s.at(i - 1)) || s.at(i - 1) == u'.' || (l.identifierDashes && s.at(i - 1) == u'-')))
            return 0;
        int j = i;
        if (c == u'0' && i + 1 < n && (s.at(i + 1) == u'x' || s.at(i + 1) == u'X')) {
            j = i + 2;
            while (j < n && (s.at(j).isDigit() || QStringView(u"abcdefABCDEF_").contains(s.at(j))))
                ++j;
        } else {
            while (j < n && (s.at(j).isDigit() || s.at(j) == u'_'))
                ++j;
            if (j + 1 < n && s.at(j) == u'.' && s.at(j + 1).isDigit()) {
                ++j;
                while (j < n && (s.at(j).isDigit() || s.at(j) == u'_'))
                    ++j;
            }
            if (j + 1 < n && (s.at(j) == u'e' || s.at(j) == u'E')
                && (s.at(j + 1).isDigit() || ((s.at(j + 1) == u'+' || s.at(j + 1) == u'-') && j + 2 < n && s.at(j + 2).isDigit()))) {
                j += 2;
                while (j < n && s.at(j).isDigit())
                    ++j;
            }
        }
        // 10m, 2s, 64Mi: a unit suffix still reads as part of the number;
        // but 3des or v2beta are words.
        if (j < n && isIdentChar(s.at(j))) {
            int k = j;
            while (k < n && s.at(k).isLetter())
                ++k;
            if (k - j > 3 || (k < n && isIdentChar(s.at(k))))
                return 0;
            j = k;
        }
        return j - i;
    }

    /** YAML: `- key:` and `key:` open a line with a key; `---` and `...`
     *  mark documents. Returns where scanning goes on. */
    int yamlLineStart(int i)
    {
        const int n = int(s.size());
        if (QStringView(s).mid(i).startsWith(u"---") || QStringView(s).mid(i).startsWith(u"...")) {
            const int len = restOfLine(i);
            if (QStringView(s).mid(i + 3, len - 3).trimmed().isEmpty()) {
                add(i, 3, TokenKind::Meta);
                return i + len;
            }
        }
        int j = i;
        while (j + 1 < n && s.at(j) == u'-' && s.at(j + 1) == u' ') {
            j += 2;
            while (j < n && s.at(j) == u' ')
                ++j;
        }
        if (j >= n)
            return j;
        int keyEnd = -1;
        if (s.at(j) == u'"' || s.at(j) == u'\'') {
            const int len = stringAt(j);
            if (len > 1 && j + len < n && s.at(j + len) == u':')
                keyEnd = j + len;
        } else if (s.at(j) != u'#' && s.at(j) != u'{' && s.at(j) != u'[' && s.at(j) != u'&' && s.at(j) != u'*' && s.at(j) != u'!') {
            int k = j;
            while (k < n && s.at(k) != u'\n') {
                if (s.at(k) == u':' && (k + 1 == n || s.at(k + 1) == u' ' || s.at(k + 1) == u'\n' || s.at(k + 1) == u'\r')) {
                    keyEnd = k;
                    break;
                }
                if (s.at(k) == u'#' && k > j && s.at(k - 1) == u' ')
                    break;
                ++k;
            }
        }
        if (keyEnd < 0)
            return j; // a sequence item or a plain value: scan it normally
        add(j, keyEnd - j, TokenKind::Key);
        return keyEnd + 1;
    }

    const QString &s;
    const Lang &l;
    QList<Token> out;
};

/** @p text escaped for HTML; tabs expand to the next multiple of four
 *  columns, counted from @p column, which is kept up to date. */
QString escaped(QStringView text, int &column)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '<': out += QStringLiteral("&lt;"); break;
        case '>': out += QStringLiteral("&gt;"); break;
        case '&': out += QStringLiteral("&amp;"); break;
        case '"': out += QStringLiteral("&quot;"); break;
        case '\t': {
            const int spaces = 4 - column % 4;
            out += QString(spaces, u' ');
            column += spaces;
            continue;
        }
        case '\r': continue;
        default: out += c;
        }
        column = c == u'\n' ? 0 : column + 1;
    }
    return out;
}

} // namespace

HighlightTheme HighlightTheme::light()
{
    HighlightTheme t;
    t.keyword = QStringLiteral("#0033b3");
    t.type = QStringLiteral("#00627a");
    t.string = QStringLiteral("#067d17");
    t.comment = QStringLiteral("#8c8c8c");
    t.number = QStringLiteral("#1750eb");
    t.key = QStringLiteral("#871094");
    t.variable = QStringLiteral("#9e3f00");
    t.meta = QStringLiteral("#9e880d");
    t.foreground = QStringLiteral("#1f2328");
    t.background = QStringLiteral("#f6f8fa");
    return t;
}

HighlightTheme HighlightTheme::dark()
{
    HighlightTheme t;
    t.keyword = QStringLiteral("#cc7832");
    t.type = QStringLiteral("#4ec9b0");
    t.string = QStringLiteral("#6a8759");
    t.comment = QStringLiteral("#808080");
    t.number = QStringLiteral("#6897bb");
    t.key = QStringLiteral("#9876aa");
    t.variable = QStringLiteral("#e8bf6a");
    t.meta = QStringLiteral("#bbb529");
    t.foreground = QStringLiteral("#e6edf3");
    t.background = QStringLiteral("#161b22");
    return t;
}

QString HighlightTheme::color(TokenKind kind) const
{
    switch (kind) {
    case TokenKind::Keyword: return keyword;
    case TokenKind::Type: return type;
    case TokenKind::String: return string;
    case TokenKind::Comment: return comment;
    case TokenKind::Number: return number;
    case TokenKind::Key: return key;
    case TokenKind::Variable: return variable;
    case TokenKind::Meta: return meta;
    }
    return foreground;
}

QString normalizeLanguage(const QString &language)
{
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("yml"), QStringLiteral("yaml")},
        {QStringLiteral("sh"), QStringLiteral("bash")},
        {QStringLiteral("shell"), QStringLiteral("bash")},
        {QStringLiteral("zsh"), QStringLiteral("bash")},
        {QStringLiteral("console"), QStringLiteral("bash")},
        {QStringLiteral("shell-session"), QStringLiteral("bash")},
        {QStringLiteral("py"), QStringLiteral("python")},
        {QStringLiteral("python3"), QStringLiteral("python")},
        {QStringLiteral("py3"), QStringLiteral("python")},
        {QStringLiteral("js"), QStringLiteral("javascript")},
        {QStringLiteral("jsx"), QStringLiteral("javascript")},
        {QStringLiteral("mjs"), QStringLiteral("javascript")},
        {QStringLiteral("node"), QStringLiteral("javascript")},
        {QStringLiteral("ts"), QStringLiteral("typescript")},
        {QStringLiteral("tsx"), QStringLiteral("typescript")},
        {QStringLiteral("golang"), QStringLiteral("go")},
        {QStringLiteral("psql"), QStringLiteral("sql")},
        {QStringLiteral("postgresql"), QStringLiteral("sql")},
        {QStringLiteral("postgres"), QStringLiteral("sql")},
        {QStringLiteral("mysql"), QStringLiteral("sql")},
        {QStringLiteral("sqlite"), QStringLiteral("sql")},
        {QStringLiteral("plpgsql"), QStringLiteral("sql")},
        {QStringLiteral("docker"), QStringLiteral("dockerfile")},
        {QStringLiteral("containerfile"), QStringLiteral("dockerfile")},
        {QStringLiteral("jsonc"), QStringLiteral("json")},
        {QStringLiteral("json5"), QStringLiteral("json")},
    };
    // An info string may carry more than the language: "python title=x".
    QString lang = language.trimmed().section(u' ', 0, 0).toLower();
    if (lang.startsWith(u'.'))
        lang.remove(0, 1); // pymdownx's ``` .python
    if (lang.startsWith(u'{'))
        lang = lang.mid(1).remove(u'}').remove(u'.');
    return aliases.value(lang, lang);
}

bool isKnownLanguage(const QString &language)
{
    const QString lang = normalizeLanguage(language);
    return lang != u"generic" && languages().contains(lang);
}

QList<Token> highlight(const QString &code, const QString &language)
{
    const QString lang = normalizeLanguage(language);
    if (isPlainLanguage(lang))
        return {};
    const auto &table = languages();
    const auto it = table.constFind(lang);
    const Lang &rules = it != table.cend() ? *it : table[QStringLiteral("generic")];
    return Tokenizer(code, rules).run();
}

QString highlightToHtml(const QString &code, const QString &language, const HighlightTheme &theme)
{
    const QList<Token> tokens = highlight(code, language);
    QString out;
    out.reserve(code.size() * 2 + 64);
    out += QStringLiteral("<pre>");
    int pos = 0;
    int column = 0;
    for (const Token &t : tokens) {
        if (t.start > pos)
            out += escaped(QStringView(code).mid(pos, t.start - pos), column);
        const bool italic = t.kind == TokenKind::Comment;
        out += QStringLiteral("<font color=\"") + theme.color(t.kind) + QStringLiteral("\">");
        if (italic)
            out += QStringLiteral("<i>");
        out += escaped(QStringView(code).mid(t.start, t.length), column);
        if (italic)
            out += QStringLiteral("</i>");
        out += QStringLiteral("</font>");
        pos = t.start + t.length;
    }
    if (pos < code.size())
        out += escaped(QStringView(code).mid(pos), column);
    out += QStringLiteral("</pre>");
    return out;
}

} // namespace atrium::docs
