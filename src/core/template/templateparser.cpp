// SPDX-License-Identifier: Apache-2.0
// Builds the syntax tree. Statements follow Nunjucks' parser. Expressions
// need one extra step: Nunjucks compiles its expression tree to JavaScript
// source without parentheses around operators, so JavaScript re-associates
// them: `not a == b` runs as `(!a) == b` and `a ~ b + c` as `a + "" + b + c`.
// To give the same results, each run of such operators is collected flat (a
// "Flat") in the order Nunjucks would print it, and then grouped with
// JavaScript's precedence. Calls, filters, `in`, `is`, `**`, `//`, inline
// `if` and parentheses print as self-contained JavaScript, so they end a run.

#include "templateast_p.h"


namespace atrium::tmpl::detail {

namespace {

struct FlatItem {
    ExprPtr operand; // null for an operator
    Op op = Op::None;
    bool prefix = false;
    int line = 0;
    int column = 0;
};
using Flat = std::vector<FlatItem>;

int precedence(Op op)
{
    switch (op) {
    case Op::Mul:
    case Op::Div:
    case Op::Mod:
        return 12;
    case Op::Add:
    case Op::Sub:
        return 11;
    case Op::Lt:
    case Op::Gt:
    case Op::Le:
    case Op::Ge:
        return 9;
    case Op::Eq:
    case Op::Ne:
    case Op::StrictEq:
    case Op::StrictNe:
        return 8;
    case Op::And:
        return 4;
    case Op::Or:
        return 3;
    default:
        return 0;
    }
}

QString describe(const Token &t)
{
    switch (t.type) {
    case Tok::Text: return QStringLiteral("text");
    case Tok::BlockBegin: return QStringLiteral("{%");
    case Tok::BlockEnd: return QStringLiteral("%}");
    case Tok::VarBegin: return QStringLiteral("start of output tag");
    case Tok::VarEnd: return QStringLiteral("end of output tag");
    case Tok::String: return QStringLiteral("string \"%1\"").arg(t.text);
    case Tok::End: return QStringLiteral("end of template");
    default: return t.text;
    }
}

class Parser
{
public:
    Parser(std::vector<Token> tokens, const Options &options)
        : m_toks(std::move(tokens))
        , m_options(options)
    {
    }

    std::vector<NodePtr> parseTemplate()
    {
        QString end;
        return parseBody({}, &end, nullptr);
    }

private:
    // ---- tokens ----
    const Token &peek(size_t ahead = 0) const
    {
        const size_t i = std::min(m_i + ahead, m_toks.size() - 1);
        return m_toks[i];
    }
    const Token &next()
    {
        const Token &t = m_toks[std::min(m_i, m_toks.size() - 1)];
        if (m_i < m_toks.size() - 1)
            ++m_i;
        return t;
    }
    bool isOp(const Token &t, QStringView op) const { return t.type == Tok::Op && t.text == op; }
    bool isName(const Token &t, QStringView name) const { return t.type == Tok::Name && t.text == name; }
    bool skipOp(QStringView op)
    {
        if (!isOp(peek(), op))
            return false;
        next();
        return true;
    }
    bool skipName(QStringView name)
    {
        if (!isName(peek(), name))
            return false;
        next();
        return true;
    }
    [[noreturn]] void unexpected(const Token &t, const QString &expected = {})
    {
        if (expected.isEmpty())
            fail(QStringLiteral("unexpected %1").arg(describe(t)), t.line, t.column);
        fail(QStringLiteral("expected %1, got %2").arg(expected, describe(t)), t.line, t.column);
    }
    void expectOp(QStringView op)
    {
        if (!skipOp(op))
            unexpected(peek(), QStringLiteral("'%1'").arg(op));
    }
    void expectBlockEnd(const QString &tag)
    {
        if (peek().type != Tok::BlockEnd)
            unexpected(peek(), QStringLiteral("%} to end the '%1' tag").arg(tag));
        next();
    }

    struct DepthGuard {
        Parser &p;
        explicit DepthGuard(Parser &parser, const Token &at)
            : p(parser)
        {
            if (++p.m_depth > kMaxDepth)
                fail(QStringLiteral("nested more than %1 levels deep").arg(kMaxDepth), at.line, at.column);
        }
        ~DepthGuard() { --p.m_depth; }
    };

    // ---- statements ----
    std::vector<NodePtr> parseBody(std::initializer_list<const char *> ends, QString *endName, const Token *opener)
    {
        std::vector<NodePtr> nodes;
        while (true) {
            const Token &t = peek();
            switch (t.type) {
            case Tok::End:
                if (opener) {
                    QStringList names;
                    for (const char *e : ends)
                        names << QString::fromLatin1(e);
                    fail(QStringLiteral("unclosed '%1' tag: expected %2").arg(opener->text, names.join(QLatin1String(", "))),
                         opener->line, opener->column);
                }
                return nodes;
            case Tok::Text: {
                auto n = std::make_unique<Node>();
                n->kind = NodeKind::Text;
                n->line = t.line;
                n->column = t.column;
                n->text = t.text;
                next();
                nodes.push_back(std::move(n));
                break;
            }
            case Tok::VarBegin: {
                next();
                auto n = std::make_unique<Node>();
                n->kind = NodeKind::Output;
                n->line = t.line;
                n->column = t.column;
                n->expr = parseExpression();
                if (peek().type != Tok::VarEnd)
                    unexpected(peek(), QStringLiteral("end of output tag %1").arg(m_options.variableEnd));
                next();
                nodes.push_back(std::move(n));
                break;
            }
            case Tok::BlockBegin: {
                next();
                const Token &nameTok = peek();
                if (nameTok.type != Tok::Name)
                    unexpected(nameTok, QStringLiteral("a tag name"));
                for (const char *e : ends) {
                    if (nameTok.text == QLatin1String(e)) {
                        *endName = nameTok.text;
                        next();
                        return nodes;
                    }
                }
                nodes.push_back(parseStatement());
                break;
            }
            default:
                unexpected(t);
            }
        }
    }

    NodePtr parseStatement()
    {
        const Token &tag = next();
        const QString &name = tag.text;
        DepthGuard guard(*this, tag);
        if (name == QLatin1String("if") || name == QLatin1String("ifAsync"))
            return parseIf(tag);
        if (name == QLatin1String("for"))
            return parseFor(tag);
        if (name == QLatin1String("set"))
            return parseSet(tag);
        if (name == QLatin1String("include") || name == QLatin1String("import") || name == QLatin1String("extends")
            || name == QLatin1String("from"))
            fail(QStringLiteral("not supported: templates cannot read other files ({% %1 %})").arg(name), tag.line,
                 tag.column);
        if (name == QLatin1String("macro") || name == QLatin1String("call") || name == QLatin1String("filter")
            || name == QLatin1String("block") || name == QLatin1String("asyncEach") || name == QLatin1String("asyncAll"))
            fail(QStringLiteral("not supported: {% %1 %}").arg(name), tag.line, tag.column);
        fail(QStringLiteral("unknown block tag: %1").arg(name), tag.line, tag.column);
    }

    NodePtr parseIf(const Token &tag)
    {
        auto n = std::make_unique<Node>();
        n->kind = NodeKind::If;
        n->line = tag.line;
        n->column = tag.column;
        n->conditions.push_back(parseExpression());
        expectBlockEnd(tag.text);
        while (true) {
            QString end;
            n->branches.push_back(parseBody({"elif", "elseif", "else", "endif"}, &end, &tag));
            if (end == QLatin1String("elif") || end == QLatin1String("elseif")) {
                n->conditions.push_back(parseExpression());
                expectBlockEnd(end);
                continue;
            }
            if (end == QLatin1String("else")) {
                expectBlockEnd(end);
                QString endif;
                n->elseBody = parseBody({"endif"}, &endif, &tag);
            }
            expectBlockEnd(QStringLiteral("endif"));
            return n;
        }
    }

    QStringList parseTargets(const QString &tag)
    {
        QStringList names;
        do {
            const Token &t = peek();
            if (t.type != Tok::Name || isName(t, u"in"))
                unexpected(t, QStringLiteral("a variable name in '%1'").arg(tag));
            names << t.text;
            next();
        } while (skipOp(u","));
        return names;
    }

    NodePtr parseFor(const Token &tag)
    {
        auto n = std::make_unique<Node>();
        n->kind = NodeKind::For;
        n->line = tag.line;
        n->column = tag.column;
        n->targets = parseTargets(tag.text);
        if (!skipName(u"in"))
            unexpected(peek(), QStringLiteral("'in'"));
        n->expr = parseExpression();
        expectBlockEnd(tag.text);
        QString end;
        n->body = parseBody({"else", "endfor"}, &end, &tag);
        if (end == QLatin1String("else")) {
            expectBlockEnd(end);
            n->elseBody = parseBody({"endfor"}, &end, &tag);
        }
        expectBlockEnd(QStringLiteral("endfor"));
        return n;
    }

    NodePtr parseSet(const Token &tag)
    {
        auto n = std::make_unique<Node>();
        n->line = tag.line;
        n->column = tag.column;
        n->targets = parseTargets(tag.text);
        if (skipOp(u"=")) {
            n->kind = NodeKind::Set;
            n->expr = parseExpression();
            expectBlockEnd(tag.text);
            return n;
        }
        if (peek().type != Tok::BlockEnd)
            unexpected(peek(), QStringLiteral("'=' or %} in 'set'"));
        next();
        n->kind = NodeKind::SetBlock;
        QString end;
        n->body = parseBody({"endset"}, &end, &tag);
        expectBlockEnd(end);
        return n;
    }

    // ---- expression nodes ----
    ExprPtr make(ExprKind kind, const Token &at)
    {
        auto e = std::make_unique<Expr>();
        e->kind = kind;
        e->line = at.line;
        e->column = at.column;
        return e;
    }
    ExprPtr make(ExprKind kind, int line, int column)
    {
        auto e = std::make_unique<Expr>();
        e->kind = kind;
        e->line = line;
        e->column = column;
        return e;
    }
    // Adds a child, keeping the tree depth bounded: rendering recurses along it.
    void add(Expr &parent, ExprPtr child)
    {
        if (child->depth + 1 > parent.depth) {
            parent.depth = child->depth + 1;
            if (parent.depth > kMaxDepth)
                fail(QStringLiteral("expression nested more than %1 levels deep").arg(kMaxDepth), parent.line,
                     parent.column);
        }
        parent.args.push_back(std::move(child));
    }
    static Flat single(ExprPtr e)
    {
        Flat f;
        FlatItem item;
        item.line = e->line;
        item.column = e->column;
        item.operand = std::move(e);
        f.push_back(std::move(item));
        return f;
    }
    static void pushOp(Flat &f, Op op, const Token &at, bool prefix = false)
    {
        FlatItem item;
        item.op = op;
        item.prefix = prefix;
        item.line = at.line;
        item.column = at.column;
        f.push_back(std::move(item));
    }
    static void append(Flat &f, Flat &&more)
    {
        for (auto &item : more)
            f.push_back(std::move(item));
    }

    // Groups a flat run with JavaScript's precedence (left-associative).
    ExprPtr resolve(Flat &&f)
    {
        size_t i = 0;
        ExprPtr e = resolveLevel(f, i, 0);
        if (i != f.size())
            fail(QStringLiteral("malformed expression"), f[i].line, f[i].column);
        return e;
    }
    ExprPtr resolveLevel(Flat &f, size_t &i, int minPrec)
    {
        ExprPtr lhs = resolveUnary(f, i);
        while (i < f.size() && !f[i].operand && !f[i].prefix && precedence(f[i].op) >= minPrec) {
            const FlatItem &opItem = f[i++];
            const Op op = opItem.op;
            const int line = opItem.line, column = opItem.column;
            ExprPtr rhs = resolveLevel(f, i, precedence(op) + 1);
            const ExprKind kind = op == Op::And ? ExprKind::And : op == Op::Or ? ExprKind::Or : ExprKind::Binary;
            ExprPtr node = make(kind, line, column);
            node->op = op;
            add(*node, std::move(lhs));
            add(*node, std::move(rhs));
            lhs = std::move(node);
        }
        return lhs;
    }
    ExprPtr resolveUnary(Flat &f, size_t &i)
    {
        if (i >= f.size())
            fail(QStringLiteral("malformed expression"), f.empty() ? 0 : f.back().line, f.empty() ? 0 : f.back().column);
        if (f[i].operand)
            return std::move(f[i++].operand);
        if (!f[i].prefix)
            fail(QStringLiteral("malformed expression"), f[i].line, f[i].column);
        const FlatItem &opItem = f[i++];
        ExprPtr node = make(ExprKind::Unary, opItem.line, opItem.column);
        node->op = opItem.op;
        add(*node, resolveUnary(f, i));
        return node;
    }

    // ---- expressions, in Nunjucks' grammar ----
public:
    ExprPtr parseExpression()
    {
        DepthGuard guard(*this, peek());
        return resolve(parseInlineIf());
    }

private:
    Flat parseInlineIf()
    {
        Flat body = parseOr();
        if (!isName(peek(), u"if"))
            return body;
        const Token &at = next();
        ExprPtr node = make(ExprKind::Cond, at);
        ExprPtr cond = resolve(parseOr());
        ExprPtr elseExpr;
        if (skipName(u"else")) {
            elseExpr = resolve(parseOr());
        } else {
            // Nunjucks prints a missing else as "".
            elseExpr = make(ExprKind::Literal, at);
            elseExpr->value = QString();
        }
        add(*node, std::move(cond));
        add(*node, resolve(std::move(body)));
        add(*node, std::move(elseExpr));
        return single(std::move(node));
    }

    Flat parseOr()
    {
        Flat f = parseAnd();
        while (isName(peek(), u"or")) {
            pushOp(f, Op::Or, next());
            append(f, parseAnd());
        }
        return f;
    }

    Flat parseAnd()
    {
        Flat f = parseNot();
        while (isName(peek(), u"and")) {
            pushOp(f, Op::And, next());
            append(f, parseNot());
        }
        return f;
    }

    Flat parseNot()
    {
        if (isName(peek(), u"not")) {
            const Token &at = next();
            DepthGuard guard(*this, at);
            Flat f;
            pushOp(f, Op::Not, at, true);
            append(f, parseNot());
            return f;
        }
        return parseIn();
    }

    Flat parseIn()
    {
        Flat f = parseIs();
        while (true) {
            bool negate = false;
            if (isName(peek(), u"not") && isName(peek(1), u"in")) {
                negate = true;
                next();
            } else if (!isName(peek(), u"in")) {
                break;
            }
            const Token &at = next();
            ExprPtr node = make(ExprKind::In, at);
            add(*node, resolve(std::move(f)));
            add(*node, resolve(parseIs()));
            f = Flat();
            if (negate)
                pushOp(f, Op::Not, at, true);
            append(f, single(std::move(node)));
        }
        return f;
    }

    Flat parseIs()
    {
        Flat f = parseCompare();
        if (!isName(peek(), u"is"))
            return f;
        const Token &at = next();
        const bool negate = skipName(u"not");
        const Token &nameTok = peek();
        QString name;
        if (nameTok.type == Tok::Name)
            name = nameTok.text;
        else
            unexpected(nameTok, QStringLiteral("a test name"));
        next();
        // `x is none` names the test by a literal, as Nunjucks' `null` test.
        if (name == QLatin1String("None") || name == QLatin1String("null"))
            name = QStringLiteral("none");
        ExprPtr node = make(ExprKind::Test, nameTok);
        node->name = name;
        node->test = findTest(name);
        add(*node, resolve(std::move(f)));
        if (isOp(peek(), u"("))
            parseArguments(*node);
        Flat out;
        if (negate)
            pushOp(out, Op::Not, at, true);
        append(out, single(std::move(node)));
        return out;
    }

    Flat parseCompare()
    {
        Flat f = parseConcat();
        while (peek().type == Tok::Op) {
            const QString &t = peek().text;
            Op op = Op::None;
            if (t == QLatin1String("=="))
                op = Op::Eq;
            else if (t == QLatin1String("==="))
                op = Op::StrictEq;
            else if (t == QLatin1String("!="))
                op = Op::Ne;
            else if (t == QLatin1String("!=="))
                op = Op::StrictNe;
            else if (t == QLatin1String("<"))
                op = Op::Lt;
            else if (t == QLatin1String(">"))
                op = Op::Gt;
            else if (t == QLatin1String("<="))
                op = Op::Le;
            else if (t == QLatin1String(">="))
                op = Op::Ge;
            else
                break;
            pushOp(f, op, next());
            append(f, parseConcat());
        }
        return f;
    }

    Flat parseConcat()
    {
        Flat f = parseArith();
        while (isOp(peek(), u"~")) {
            // `a ~ b` is printed as `a + "" + b`.
            const Token &at = next();
            pushOp(f, Op::Add, at);
            ExprPtr empty = make(ExprKind::Literal, at);
            empty->value = QString();
            append(f, single(std::move(empty)));
            pushOp(f, Op::Add, at);
            append(f, parseArith());
        }
        return f;
    }

    // + - * / %: one flat run (JavaScript regroups them anyway).
    Flat parseArith()
    {
        Flat f = parseFloorDiv();
        while (peek().type == Tok::Op) {
            const QString &t = peek().text;
            Op op = Op::None;
            if (t == QLatin1String("+"))
                op = Op::Add;
            else if (t == QLatin1String("-"))
                op = Op::Sub;
            else if (t == QLatin1String("*"))
                op = Op::Mul;
            else if (t == QLatin1String("/"))
                op = Op::Div;
            else
                break;
            pushOp(f, op, next());
            append(f, parseFloorDiv());
        }
        return f;
    }

    // `a // b` prints as Math.floor(a / b) around the operands Nunjucks
    // grouped (its % binds tighter than //, and // tighter than * and /).
    Flat parseFloorDiv()
    {
        Flat f = parseMod();
        while (isOp(peek(), u"//")) {
            const Token &at = next();
            Flat inner = std::move(f);
            pushOp(inner, Op::Div, at);
            append(inner, parseMod());
            ExprPtr node = make(ExprKind::FloorDiv, at);
            add(*node, resolve(std::move(inner)));
            f = single(std::move(node));
        }
        return f;
    }

    Flat parseMod()
    {
        Flat f = parsePow();
        while (isOp(peek(), u"%")) {
            pushOp(f, Op::Mod, next());
            append(f, parsePow());
        }
        return f;
    }

    Flat parsePow()
    {
        Flat f = parseUnary(false);
        while (isOp(peek(), u"**")) {
            const Token &at = next();
            ExprPtr node = make(ExprKind::Pow, at);
            add(*node, resolve(std::move(f)));
            add(*node, resolve(parseUnary(false)));
            f = single(std::move(node));
        }
        return f;
    }

    Flat parseUnary(bool noFilters)
    {
        Flat f;
        if (isOp(peek(), u"-") || isOp(peek(), u"+")) {
            const Token &at = next();
            DepthGuard guard(*this, at);
            pushOp(f, at.text == QLatin1String("-") ? Op::Neg : Op::Pos, at, true);
            append(f, parseUnary(true));
        } else {
            f = single(parsePrimary());
        }
        if (!noFilters)
            f = parseFilters(std::move(f));
        return f;
    }

    Flat parseFilters(Flat f)
    {
        if (!isOp(peek(), u"|"))
            return f;
        ExprPtr input = resolve(std::move(f));
        while (skipOp(u"|")) {
            const Token &nameTok = peek();
            if (nameTok.type != Tok::Name)
                unexpected(nameTok, QStringLiteral("a filter name"));
            next();
            QString name = nameTok.text;
            while (isOp(peek(), u".") && peek(1).type == Tok::Name) {
                next();
                name += QLatin1Char('.') + next().text;
            }
            ExprPtr node = make(ExprKind::Filter, nameTok);
            node->name = name;
            node->filter = findFilter(name, m_options);
            add(*node, std::move(input));
            if (isOp(peek(), u"("))
                parseArguments(*node);
            input = std::move(node);
        }
        return single(std::move(input));
    }

    // `( a, b, key=c )` appended to node's args, keywords last.
    void parseArguments(Expr &node)
    {
        const Token &open = next(); // (
        DepthGuard guard(*this, open);
        std::vector<ExprPtr> positional;
        std::vector<std::pair<QString, ExprPtr>> keywords;
        bool first = true;
        while (!isOp(peek(), u")")) {
            if (!first)
                expectOp(u",");
            first = false;
            if (peek().type == Tok::Name && isOp(peek(1), u"=")) {
                const QString key = next().text;
                next();
                keywords.emplace_back(key, parseExpression());
            } else {
                positional.push_back(parseExpression());
            }
        }
        next(); // )
        for (auto &e : positional)
            add(node, std::move(e));
        for (auto &[key, e] : keywords) {
            node.keywords << key;
            add(node, std::move(e));
        }
    }

    ExprPtr parsePrimary()
    {
        const Token &t = peek();
        ExprPtr e;
        switch (t.type) {
        case Tok::String:
            next();
            e = make(ExprKind::Literal, t);
            e->value = t.text;
            break;
        case Tok::Number:
            next();
            e = make(ExprKind::Literal, t);
            e->value = t.number;
            break;
        case Tok::Name:
            next();
            e = make(ExprKind::Literal, t);
            if (t.text == QLatin1String("true") || t.text == QLatin1String("True")) {
                e->value = true;
            } else if (t.text == QLatin1String("false") || t.text == QLatin1String("False")) {
                e->value = false;
            } else if (t.text == QLatin1String("none") || t.text == QLatin1String("None")
                       || t.text == QLatin1String("null")) {
                e->value = QJsonValue::Null;
            } else {
                e->kind = ExprKind::Name;
                e->name = t.text;
            }
            break;
        case Tok::Op:
            if (t.text == QLatin1String("("))
                e = parseGroup();
            else if (t.text == QLatin1String("["))
                e = parseArray();
            else if (t.text == QLatin1String("{"))
                e = parseObject();
            else
                unexpected(t);
            break;
        default:
            unexpected(t);
        }
        return parsePostfix(std::move(e));
    }

    ExprPtr parseGroup()
    {
        const Token &open = next();
        DepthGuard guard(*this, open);
        std::vector<ExprPtr> items;
        while (!isOp(peek(), u")")) {
            if (!items.empty())
                expectOp(u",");
            items.push_back(parseExpression());
        }
        next();
        if (items.empty())
            unexpected(m_toks[m_i - 1], QStringLiteral("an expression"));
        if (items.size() == 1)
            return std::move(items.front());
        ExprPtr e = make(ExprKind::Comma, open);
        for (auto &item : items)
            add(*e, std::move(item));
        return e;
    }

    ExprPtr parseArray()
    {
        const Token &open = next();
        DepthGuard guard(*this, open);
        ExprPtr e = make(ExprKind::Array, open);
        while (!isOp(peek(), u"]")) {
            if (!e->args.empty())
                expectOp(u",");
            add(*e, parseExpression());
        }
        next();
        return e;
    }

    ExprPtr parseObject()
    {
        const Token &open = next();
        DepthGuard guard(*this, open);
        ExprPtr e = make(ExprKind::Object, open);
        while (!isOp(peek(), u"}")) {
            if (!e->args.empty())
                expectOp(u",");
            const Token &k = peek();
            ExprPtr key = make(ExprKind::Literal, k);
            if (k.type == Tok::String || k.type == Tok::Name)
                key->value = k.text;
            else
                unexpected(k, QStringLiteral("a string or a name as object key"));
            next();
            expectOp(u":");
            add(*e, std::move(key));
            add(*e, parseExpression());
        }
        next();
        return e;
    }

    static QString calleeText(const Expr &e)
    {
        switch (e.kind) {
        case ExprKind::Name:
            return e.name;
        case ExprKind::Member:
            return calleeText(*e.args[0]) + QStringLiteral("[\"%1\"]").arg(e.name);
        case ExprKind::Index:
            return calleeText(*e.args[0]) + QStringLiteral("[...]");
        default:
            return QStringLiteral("(expression)");
        }
    }

    ExprPtr parsePostfix(ExprPtr e)
    {
        // A call is reported where its callee starts: `foo(` at foo.
        const int startLine = e->line, startColumn = e->column;
        while (true) {
            const Token &t = peek();
            if (isOp(t, u"(")) {
                ExprPtr call = make(ExprKind::Call, startLine, startColumn);
                // Bounded by the nesting limit: calleeText recurses along it.
                call->name = e->depth < 32 ? calleeText(*e) : QStringLiteral("(expression)");
                add(*call, std::move(e));
                parseArguments(*call);
                e = std::move(call);
            } else if (isOp(t, u"[")) {
                next();
                DepthGuard guard(*this, t);
                ExprPtr index = parseExpression();
                expectOp(u"]");
                if (index->kind == ExprKind::Literal && index->value.isString()) {
                    ExprPtr m = make(ExprKind::Member, t);
                    m->name = index->value.toString();
                    add(*m, std::move(e));
                    e = std::move(m);
                } else {
                    ExprPtr m = make(ExprKind::Index, t);
                    add(*m, std::move(e));
                    add(*m, std::move(index));
                    e = std::move(m);
                }
            } else if (isOp(t, u".")) {
                next();
                const Token &nameTok = peek();
                if (nameTok.type != Tok::Name)
                    unexpected(nameTok, QStringLiteral("a name after '.'"));
                next();
                ExprPtr m = make(ExprKind::Member, nameTok);
                m->name = nameTok.text;
                add(*m, std::move(e));
                e = std::move(m);
            } else {
                return e;
            }
        }
    }

    std::vector<Token> m_toks;
    const Options &m_options;
    size_t m_i = 0;
    int m_depth = 0;
};

} // namespace

std::shared_ptr<Program> parseProgram(const QString &source, const Options &options)
{
    auto program = std::make_shared<Program>();
    program->options = options;
    Parser parser(tokenize(source, options), program->options);
    program->nodes = parser.parseTemplate();
    return program;
}

} // namespace atrium::tmpl::detail
