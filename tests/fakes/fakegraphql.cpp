// SPDX-License-Identifier: Apache-2.0
#include "fakegraphql.h"

#include <QJsonArray>

namespace atrium::fake::gql {

QJsonValue Value::resolve(const QJsonObject &variables) const
{
    switch (kind) {
    case Null:
        return QJsonValue::Null;
    case Int:
        return QJsonValue(text.toLongLong());
    case Float:
        return QJsonValue(text.toDouble());
    case String:
    case Enum:
        return QJsonValue(text);
    case Boolean:
        return QJsonValue(text == QLatin1String("true"));
    case Variable:
        return variables.contains(text) ? variables.value(text) : QJsonValue(QJsonValue::Null);
    case List: {
        QJsonArray a;
        for (const Value &v : list)
            a.append(v.resolve(variables));
        return a;
    }
    case Object: {
        QJsonObject o;
        for (const auto &[k, v] : object)
            o.insert(k, v.resolve(variables));
        return o;
    }
    }
    return QJsonValue::Null;
}

const Value *Selection::argument(const QString &argName) const
{
    for (const auto &[k, v] : arguments)
        if (k == argName)
            return &v;
    return nullptr;
}

const Fragment *Document::fragment(const QString &name) const
{
    for (const Fragment &f : fragments)
        if (f.name == name)
            return &f;
    return nullptr;
}

const Operation *Document::operation(const QString &name) const
{
    if (name.isEmpty())
        return operations.size() == 1 ? &operations.front() : nullptr;
    for (const Operation &o : operations)
        if (o.name == name)
            return &o;
    return nullptr;
}

namespace {

struct Token {
    enum Type { End, Punct, Name, IntTok, FloatTok, StringTok };
    Type type = End;
    QString text;
    int line = 1;
    int column = 1;
};

class Lexer
{
public:
    explicit Lexer(const QString &s) : m_s(s) {}

    // Returns false and sets m_error on a lexical error.
    bool next(Token *t)
    {
        skipIgnored();
        t->line = m_line;
        t->column = m_col;
        t->text.clear();
        if (m_i >= m_s.size()) {
            t->type = Token::End;
            return true;
        }
        const QChar c = m_s.at(m_i);
        if (c == QLatin1Char('.')) {
            if (m_s.mid(m_i, 3) == QLatin1String("...")) {
                t->type = Token::Punct;
                t->text = QStringLiteral("...");
                advance(3);
                return true;
            }
            return fail(QStringLiteral("Parse error on \".\" (UNKNOWN_CHAR) at [%1, %2]"));
        }
        if (QStringLiteral("!$()=:@[]{}|&").contains(c)) {
            t->type = Token::Punct;
            t->text = c;
            advance(1);
            return true;
        }
        if (c == QLatin1Char('_') || c.isLetter()) {
            const int start = m_i;
            while (m_i < m_s.size()
                   && (m_s.at(m_i) == QLatin1Char('_') || m_s.at(m_i).isLetterOrNumber()))
                advance(1);
            t->type = Token::Name;
            t->text = m_s.mid(start, m_i - start);
            return true;
        }
        if (c == QLatin1Char('-') || c.isDigit()) {
            const int start = m_i;
            bool isFloat = false;
            advance(1);
            while (m_i < m_s.size()) {
                const QChar d = m_s.at(m_i);
                if (d.isDigit()) {
                    advance(1);
                } else if (d == QLatin1Char('.') || d == QLatin1Char('e') || d == QLatin1Char('E')
                           || ((d == QLatin1Char('+') || d == QLatin1Char('-')) && isFloat)) {
                    isFloat = true;
                    advance(1);
                } else {
                    break;
                }
            }
            t->type = isFloat ? Token::FloatTok : Token::IntTok;
            t->text = m_s.mid(start, m_i - start);
            if (t->text == QLatin1String("-"))
                return fail(QStringLiteral("Parse error on \"-\" (UNKNOWN_CHAR) at [%1, %2]"));
            return true;
        }
        if (c == QLatin1Char('"')) {
            t->type = Token::StringTok;
            if (m_s.mid(m_i, 3) == QLatin1String("\"\"\""))
                return blockString(t);
            return string(t);
        }
        return fail(QStringLiteral("Parse error on \"%3\" (UNKNOWN_CHAR) at [%1, %2]").replace(QLatin1String("%3"), c));
    }

    QString error() const { return m_error; }
    int errorLine() const { return m_errLine; }
    int errorColumn() const { return m_errCol; }

private:
    bool fail(const QString &pattern)
    {
        m_errLine = m_line;
        m_errCol = m_col;
        m_error = pattern.arg(m_line).arg(m_col);
        return false;
    }

    void advance(int n)
    {
        for (int k = 0; k < n && m_i < m_s.size(); ++k) {
            if (m_s.at(m_i) == QLatin1Char('\n')) {
                ++m_line;
                m_col = 1;
            } else {
                ++m_col;
            }
            ++m_i;
        }
    }

    void skipIgnored()
    {
        while (m_i < m_s.size()) {
            const QChar c = m_s.at(m_i);
            if (c == QLatin1Char('#')) {
                while (m_i < m_s.size() && m_s.at(m_i) != QLatin1Char('\n'))
                    advance(1);
            } else if (c.isSpace() || c == QLatin1Char(',') || c == QChar(0xFEFF)) {
                advance(1);
            } else {
                break;
            }
        }
    }

    bool string(Token *t)
    {
        advance(1);
        QString out;
        while (m_i < m_s.size()) {
            const QChar c = m_s.at(m_i);
            if (c == QLatin1Char('"')) {
                advance(1);
                t->text = out;
                return true;
            }
            if (c == QLatin1Char('\n'))
                break;
            if (c == QLatin1Char('\\') && m_i + 1 < m_s.size()) {
                const QChar e = m_s.at(m_i + 1);
                advance(2);
                switch (e.unicode()) {
                case 'n': out += QLatin1Char('\n'); break;
                case 't': out += QLatin1Char('\t'); break;
                case 'r': out += QLatin1Char('\r'); break;
                case 'b': out += QLatin1Char('\b'); break;
                case 'f': out += QLatin1Char('\f'); break;
                case 'u': {
                    bool ok = false;
                    const uint code = m_s.mid(m_i, 4).toUInt(&ok, 16);
                    if (!ok)
                        return fail(QStringLiteral("Parse error on bad Unicode escape sequence at [%1, %2]"));
                    out += QChar(char16_t(code));
                    advance(4);
                    break;
                }
                default: out += e; break; // \" \\ \/
                }
                continue;
            }
            out += c;
            advance(1);
        }
        return fail(QStringLiteral("Parse error on unterminated string at [%1, %2]"));
    }

    bool blockString(Token *t)
    {
        advance(3);
        const int start = m_i;
        while (m_i < m_s.size()) {
            if (m_s.mid(m_i, 3) == QLatin1String("\"\"\"")) {
                QString raw = m_s.mid(start, m_i - start);
                advance(3);
                // Common indentation removal, as the spec describes, kept simple:
                // strip the first and last blank lines and the smallest indent.
                QStringList lines = raw.split(QLatin1Char('\n'));
                int indent = INT_MAX;
                for (int k = 1; k < lines.size(); ++k) {
                    const QString &l = lines.at(k);
                    int w = 0;
                    while (w < l.size() && (l.at(w) == QLatin1Char(' ') || l.at(w) == QLatin1Char('\t')))
                        ++w;
                    if (w < l.size())
                        indent = qMin(indent, w);
                }
                for (int k = 1; k < lines.size() && indent != INT_MAX; ++k)
                    lines[k] = lines.at(k).mid(indent);
                while (!lines.isEmpty() && lines.first().trimmed().isEmpty())
                    lines.removeFirst();
                while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
                    lines.removeLast();
                t->text = lines.join(QLatin1Char('\n')).replace(QLatin1String("\\\"\"\""), QLatin1String("\"\"\""));
                return true;
            }
            advance(1);
        }
        return fail(QStringLiteral("Parse error on unterminated string at [%1, %2]"));
    }

    const QString &m_s;
    int m_i = 0;
    int m_line = 1;
    int m_col = 1;
    QString m_error;
    int m_errLine = 0;
    int m_errCol = 0;
};

class Parser
{
public:
    explicit Parser(const QString &s) : m_lex(s) {}

    std::optional<Document> document(ParseError *err)
    {
        Document doc;
        if (!advance())
            return failed(err);
        if (m_tok.type == Token::End) {
            m_error = QStringLiteral("Unexpected end of document");
            return failed(err);
        }
        while (m_tok.type != Token::End) {
            if (isPunct("{")) {
                Operation op;
                op.line = m_tok.line;
                op.column = m_tok.column;
                if (!selectionSet(&op.selections))
                    return failed(err);
                doc.operations.push_back(std::move(op));
            } else if (m_tok.type == Token::Name
                       && (m_tok.text == QLatin1String("query") || m_tok.text == QLatin1String("mutation")
                           || m_tok.text == QLatin1String("subscription"))) {
                Operation op;
                op.type = m_tok.text;
                op.line = m_tok.line;
                op.column = m_tok.column;
                if (!advance())
                    return failed(err);
                if (m_tok.type == Token::Name) {
                    op.name = m_tok.text;
                    if (!advance())
                        return failed(err);
                }
                if (isPunct("(") && !variableDefinitions(&op.variables))
                    return failed(err);
                if (!directives(&op.directives) || !selectionSet(&op.selections))
                    return failed(err);
                doc.operations.push_back(std::move(op));
            } else if (m_tok.type == Token::Name && m_tok.text == QLatin1String("fragment")) {
                Fragment f;
                if (!advance() || !expectName(&f.name))
                    return failed(err);
                if (!(m_tok.type == Token::Name && m_tok.text == QLatin1String("on")))
                    return unexpected(err);
                if (!advance() || !expectName(&f.typeCondition))
                    return failed(err);
                std::vector<Directive> ignored;
                if (!directives(&ignored) || !selectionSet(&f.selections))
                    return failed(err);
                doc.fragments.push_back(std::move(f));
            } else {
                return unexpected(err);
            }
        }
        return doc;
    }

private:
    std::optional<Document> failed(ParseError *err)
    {
        if (err) {
            err->message = m_error;
            err->line = m_errLine ? m_errLine : m_tok.line;
            err->column = m_errCol ? m_errCol : m_tok.column;
        }
        return std::nullopt;
    }

    std::optional<Document> unexpected(ParseError *err)
    {
        setUnexpected();
        return failed(err);
    }

    static QString tokenName(const Token &t)
    {
        switch (t.type) {
        case Token::End: return QStringLiteral("EOF");
        case Token::Name: return QStringLiteral("IDENTIFIER");
        case Token::IntTok: return QStringLiteral("INT");
        case Token::FloatTok: return QStringLiteral("FLOAT");
        case Token::StringTok: return QStringLiteral("STRING");
        case Token::Punct: break;
        }
        static const QHash<QString, QString> names = {
            {QStringLiteral("{"), QStringLiteral("LCURLY")}, {QStringLiteral("}"), QStringLiteral("RCURLY")},
            {QStringLiteral("("), QStringLiteral("LPAREN")}, {QStringLiteral(")"), QStringLiteral("RPAREN")},
            {QStringLiteral("["), QStringLiteral("LBRACKET")}, {QStringLiteral("]"), QStringLiteral("RBRACKET")},
            {QStringLiteral(":"), QStringLiteral("COLON")}, {QStringLiteral("$"), QStringLiteral("VAR_SIGN")},
            {QStringLiteral("@"), QStringLiteral("DIR_SIGN")}, {QStringLiteral("="), QStringLiteral("EQUALS")},
            {QStringLiteral("!"), QStringLiteral("BANG")}, {QStringLiteral("..."), QStringLiteral("ELLIPSIS")},
            {QStringLiteral("|"), QStringLiteral("PIPE")}, {QStringLiteral("&"), QStringLiteral("AMP")},
        };
        return names.value(t.text, QStringLiteral("UNKNOWN_CHAR"));
    }

    bool setUnexpected()
    {
        m_errLine = m_tok.line;
        m_errCol = m_tok.column;
        if (m_tok.type == Token::End)
            m_error = QStringLiteral("Unexpected end of document");
        else
            m_error = QStringLiteral("Parse error on \"%1\" (%2) at [%3, %4]")
                          .arg(m_tok.text, tokenName(m_tok))
                          .arg(m_tok.line)
                          .arg(m_tok.column);
        return false;
    }

    bool advance()
    {
        if (!m_lex.next(&m_tok)) {
            m_error = m_lex.error();
            m_errLine = m_lex.errorLine();
            m_errCol = m_lex.errorColumn();
            return false;
        }
        return true;
    }

    bool isPunct(const char *p) const
    {
        return m_tok.type == Token::Punct && m_tok.text == QLatin1String(p);
    }

    bool expectPunct(const char *p)
    {
        if (!isPunct(p))
            return setUnexpected();
        return advance();
    }

    bool expectName(QString *out)
    {
        if (m_tok.type != Token::Name)
            return setUnexpected();
        *out = m_tok.text;
        return advance();
    }

    bool variableDefinitions(std::vector<VariableDefinition> *out)
    {
        if (!expectPunct("("))
            return false;
        while (!isPunct(")")) {
            VariableDefinition def;
            if (!expectPunct("$") || !expectName(&def.name) || !expectPunct(":"))
                return false;
            if (!type(&def.type))
                return false;
            def.nonNull = def.type.endsWith(QLatin1Char('!'));
            if (isPunct("=")) {
                if (!advance())
                    return false;
                Value v;
                if (!value(&v, true))
                    return false;
                def.defaultValue = std::move(v);
            }
            std::vector<Directive> ignored;
            if (!directives(&ignored))
                return false;
            out->push_back(std::move(def));
        }
        return advance();
    }

    bool type(QString *out)
    {
        if (isPunct("[")) {
            if (!advance())
                return false;
            QString inner;
            if (!type(&inner) || !expectPunct("]"))
                return false;
            *out = QLatin1Char('[') + inner + QLatin1Char(']');
        } else {
            QString name;
            if (!expectName(&name))
                return false;
            *out = name;
        }
        if (isPunct("!")) {
            *out += QLatin1Char('!');
            return advance();
        }
        return true;
    }

    bool directives(std::vector<Directive> *out)
    {
        while (isPunct("@")) {
            Directive d;
            if (!advance() || !expectName(&d.name))
                return false;
            if (isPunct("(") && !arguments(&d.arguments))
                return false;
            out->push_back(std::move(d));
        }
        return true;
    }

    bool arguments(Arguments *out)
    {
        if (!expectPunct("("))
            return false;
        if (isPunct(")"))
            return setUnexpected(); // GraphQL forbids empty argument lists
        while (!isPunct(")")) {
            QString name;
            if (!expectName(&name) || !expectPunct(":"))
                return false;
            Value v;
            if (!value(&v, false))
                return false;
            out->emplace_back(name, std::move(v));
        }
        return advance();
    }

    bool value(Value *v, bool isConst)
    {
        v->line = m_tok.line;
        v->column = m_tok.column;
        switch (m_tok.type) {
        case Token::IntTok:
            v->kind = Value::Int;
            v->text = m_tok.text;
            return advance();
        case Token::FloatTok:
            v->kind = Value::Float;
            v->text = m_tok.text;
            return advance();
        case Token::StringTok:
            v->kind = Value::String;
            v->text = m_tok.text;
            return advance();
        case Token::Name:
            if (m_tok.text == QLatin1String("true") || m_tok.text == QLatin1String("false"))
                v->kind = Value::Boolean;
            else if (m_tok.text == QLatin1String("null"))
                v->kind = Value::Null;
            else
                v->kind = Value::Enum;
            v->text = m_tok.text;
            return advance();
        case Token::Punct:
            if (isPunct("$") && !isConst) {
                v->kind = Value::Variable;
                return advance() && expectName(&v->text);
            }
            if (isPunct("[")) {
                v->kind = Value::List;
                if (!advance())
                    return false;
                while (!isPunct("]")) {
                    Value item;
                    if (!value(&item, isConst))
                        return false;
                    v->list.push_back(std::move(item));
                }
                return advance();
            }
            if (isPunct("{")) {
                v->kind = Value::Object;
                if (!advance())
                    return false;
                while (!isPunct("}")) {
                    QString name;
                    if (!expectName(&name) || !expectPunct(":"))
                        return false;
                    Value item;
                    if (!value(&item, isConst))
                        return false;
                    v->object.emplace_back(name, std::move(item));
                }
                return advance();
            }
            break;
        case Token::End:
            break;
        }
        return setUnexpected();
    }

    bool selectionSet(std::vector<Selection> *out)
    {
        if (!expectPunct("{"))
            return false;
        if (isPunct("}"))
            return setUnexpected(); // an empty selection set is a syntax error
        while (!isPunct("}")) {
            if (m_tok.type == Token::End)
                return setUnexpected();
            Selection s;
            s.line = m_tok.line;
            s.column = m_tok.column;
            if (isPunct("...")) {
                if (!advance())
                    return false;
                if (m_tok.type == Token::Name && m_tok.text != QLatin1String("on")) {
                    s.kind = Selection::FragmentSpread;
                    if (!expectName(&s.name) || !directives(&s.directives))
                        return false;
                } else {
                    s.kind = Selection::InlineFragment;
                    if (m_tok.type == Token::Name && m_tok.text == QLatin1String("on")) {
                        if (!advance() || !expectName(&s.typeCondition))
                            return false;
                    }
                    if (!directives(&s.directives) || !selectionSet(&s.selections))
                        return false;
                }
            } else {
                s.kind = Selection::Field;
                QString first;
                if (!expectName(&first))
                    return false;
                if (isPunct(":")) {
                    s.alias = first;
                    if (!advance() || !expectName(&s.name))
                        return false;
                } else {
                    s.name = first;
                }
                if (isPunct("(") && !arguments(&s.arguments))
                    return false;
                if (!directives(&s.directives))
                    return false;
                if (isPunct("{") && !selectionSet(&s.selections))
                    return false;
            }
            out->push_back(std::move(s));
        }
        return advance();
    }

    Lexer m_lex;
    Token m_tok;
    QString m_error;
    int m_errLine = 0;
    int m_errCol = 0;
};

} // namespace

std::optional<Document> parse(const QString &source, ParseError *error)
{
    Parser p(source);
    return p.document(error);
}

} // namespace atrium::fake::gql
