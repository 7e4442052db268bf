// SPDX-License-Identifier: Apache-2.0
#include "templateengine.h"

#include "templateast_p.h"
#include "templaterenderer_p.h"
#include "templatevalue_p.h"

#include <QRegularExpression>

#include <cmath>

namespace atrium::tmpl {

using namespace detail;

namespace detail {

namespace {

// QString cannot hold much more than this; larger limits would overflow it
// rather than produce the promised error.
constexpr qsizetype kHardMaxChars = qsizetype(1) << 29;

bool isArrayIndex(const QString &key, qsizetype *index)
{
    if (key.isEmpty() || key.size() > 15 || (key.size() > 1 && key.front() == u'0'))
        return false;
    qsizetype v = 0;
    for (QChar c : key) {
        if (c.unicode() < '0' || c.unicode() > '9')
            return false;
        v = v * 10 + (c.unicode() - '0');
    }
    *index = v;
    return true;
}

double jsPow(double base, double exponent)
{
    // Math.pow differs from C's pow here: 1 ** NaN and (-1) ** Infinity are NaN.
    if (std::isnan(exponent) || (std::fabs(base) == 1 && std::isinf(exponent)))
        return NAN;
    return std::pow(base, exponent);
}

} // namespace

Renderer::Renderer(const Program &program, const QJsonObject &context, const QHash<QString, Function> &globals)
    : m_options(program.options)
    , m_context(context)
    , m_globals(globals)
    , m_maxChars(std::clamp<qsizetype>(program.options.maxOutputChars, 0, kHardMaxChars))
{
    m_frames.emplace_back();
}

void Renderer::error(const QString &message) const
{
    fail(message, m_line, m_column);
}

void Renderer::overBudget() const
{
    error(QStringLiteral("the template needs more than %1 operations (loop iterations and evaluations); "
                         "is there a huge loop?")
              .arg(m_options.maxOperations));
}

void Renderer::overLength() const
{
    error(QStringLiteral("the output would exceed the limit of %1 characters").arg(m_maxChars));
}

QJsonValue Renderer::member(const QJsonValue &obj, const QString &key)
{
    switch (obj.type()) {
    case QJsonValue::Object:
        return obj[key];
    case QJsonValue::Array: {
        const QJsonArray a = obj.toArray();
        qsizetype i = 0;
        if (isArrayIndex(key, &i))
            return i < a.size() ? a.at(i) : QJsonValue(QJsonValue::Undefined);
        if (key == QLatin1String("length"))
            return double(a.size());
        return QJsonValue(QJsonValue::Undefined);
    }
    case QJsonValue::String: {
        const QString s = obj.toString();
        qsizetype i = 0;
        if (isArrayIndex(key, &i))
            return i < s.size() ? QJsonValue(QString(s.at(i))) : QJsonValue(QJsonValue::Undefined);
        if (key == QLatin1String("length"))
            return double(s.size());
        return QJsonValue(QJsonValue::Undefined);
    }
    default:
        return QJsonValue(QJsonValue::Undefined);
    }
}

QJsonValue Renderer::member(const QJsonValue &obj, const QJsonValue &key)
{
    if (isNumber(key) && (obj.isArray() || obj.isString())) {
        const double d = key.toDouble();
        if (d >= 0 && d == std::trunc(d) && d < 1e15) {
            const qsizetype i = qsizetype(d);
            if (obj.isArray()) {
                const QJsonArray a = obj.toArray();
                return i < a.size() ? a.at(i) : QJsonValue(QJsonValue::Undefined);
            }
            const QString s = obj.toString();
            return i < s.size() ? QJsonValue(QString(s.at(i))) : QJsonValue(QJsonValue::Undefined);
        }
    }
    if (isNullish(obj))
        return QJsonValue(QJsonValue::Undefined);
    return member(obj, propertyKey(key));
}

bool Renderer::hasOwn(const QJsonValue &obj, const QString &key)
{
    if (obj.isObject())
        return obj.toObject().contains(key);
    if (obj.isArray() || obj.isString())
        return !member(obj, key).isUndefined() || key == QLatin1String("length");
    return false;
}

// A variable that was set, or bound by a loop, hides the context even when
// its value is undefined: Nunjucks binds such names when it compiles the
// template, so `{% set v = missing %}` makes `v` undefined from there on.
QJsonValue Renderer::lookup(const QString &name) const
{
    for (auto frame = m_frames.rbegin(); frame != m_frames.rend(); ++frame) {
        const auto it = frame->constFind(name);
        if (it != frame->constEnd())
            return *it;
    }
    return m_context.value(name);
}

void Renderer::setVariable(const QString &name, const QJsonValue &value)
{
    // Nunjucks' frame.set(name, value, resolveUp): assign where the variable
    // already lives, so `set` inside a loop changes an outer variable, and a
    // new variable stays in the innermost frame.
    for (auto frame = m_frames.rbegin(); frame != m_frames.rend(); ++frame) {
        const auto it = frame->find(name);
        if (it != frame->end()) {
            *it = value;
            return;
        }
    }
    m_frames.back().insert(name, value);
}

bool Renderer::runTest(const Expr &node, const QString &name, const QJsonValue &value, const QJsonValue &arg)
{
    const TestDef *test = findTest(name);
    if (!test)
        fail(QStringLiteral("test not found: %1").arg(name), node.line, node.column);
    return test->fn(*this, value, arg);
}

QJsonValue Renderer::call(const Expr &e)
{
    const Expr &callee = *e.args[0];
    const size_t keywordCount = size_t(e.keywords.size());
    const size_t positionalEnd = e.args.size() - keywordCount;
    std::vector<QJsonValue> args;
    args.reserve(positionalEnd - 1);
    for (size_t i = 1; i < positionalEnd; ++i)
        args.push_back(eval(*e.args[i]));
    QJsonObject keywords;
    for (size_t i = 0; i < keywordCount; ++i)
        keywords.insert(e.keywords.at(qsizetype(i)), eval(*e.args[positionalEnd + i]));

    auto notCallable = [&](const QJsonValue &v) {
        fail(jsTruthy(v) ? QStringLiteral("Unable to call `%1`, which is not a function").arg(e.name)
                         : QStringLiteral("Unable to call `%1`, which is undefined or falsey").arg(e.name),
             e.line, e.column);
    };

    if (callee.kind == ExprKind::Member || callee.kind == ExprKind::Index) {
        const QJsonValue self = eval(*callee.args[0]);
        const QString key = callee.kind == ExprKind::Member ? callee.name : propertyKey(eval(*callee.args[1]));
        setPosition(e.line, e.column);
        QJsonValue result;
        if (callMethod(*this, e, self, key, args, &result))
            return result;
        notCallable(member(self, key));
    }
    if (callee.kind == ExprKind::Name) {
        const QJsonValue v = lookup(callee.name);
        if (!v.isUndefined())
            notCallable(v); // data is never callable
        setPosition(e.line, e.column);
        const auto g = m_globals.constFind(callee.name);
        if (g != m_globals.constEnd() && *g) {
            QJsonArray array;
            for (const QJsonValue &a : args)
                array.append(a);
            if (keywordCount)
                array.append(keywords);
            return (*g)(array);
        }
        if (callee.name == QLatin1String("range"))
            return rangeGlobal(*this, e, args);
        notCallable(v);
    }
    notCallable(eval(callee));
    return {};
}

QJsonValue Renderer::applyFilter(const Expr &e)
{
    if (!e.filter)
        fail(QStringLiteral("filter not found: %1").arg(e.name), e.line, e.column);
    FilterCall call{*this, e, eval(*e.args[0]), {}};
    const size_t keywordCount = size_t(e.keywords.size());
    const size_t positionalEnd = e.args.size() - keywordCount;
    call.args.reserve(positionalEnd - 1);
    for (size_t i = 1; i < positionalEnd; ++i)
        call.args.push_back(eval(*e.args[i]));
    for (size_t i = 0; i < keywordCount; ++i) {
        const QString &key = e.keywords.at(qsizetype(i));
        size_t slot = 0;
        while (slot < e.filter->params.size() && e.filter->params[slot] && key != QLatin1String(e.filter->params[slot]))
            ++slot;
        if (slot >= e.filter->params.size() || !e.filter->params[slot])
            fail(QStringLiteral("filter %1 has no argument named %2").arg(e.name, key), e.line, e.column);
        if (call.args.size() <= slot)
            call.args.resize(slot + 1, QJsonValue(QJsonValue::Undefined));
        call.args[slot] = eval(*e.args[positionalEnd + i]);
    }
    setPosition(e.line, e.column);
    QJsonValue result = e.filter->fn(call);
    if (result.isString())
        checkLength(result.toString().size());
    return result;
}

QJsonValue Renderer::eval(const Expr &e)
{
    m_ops += 1;
    if (m_ops > m_options.maxOperations) {
        setPosition(e.line, e.column);
        overBudget();
    }
    switch (e.kind) {
    case ExprKind::Literal:
        return e.value;
    case ExprKind::Name:
        return lookup(e.name);
    case ExprKind::Member:
        return member(eval(*e.args[0]), e.name);
    case ExprKind::Index: {
        const QJsonValue obj = eval(*e.args[0]);
        return member(obj, eval(*e.args[1]));
    }
    case ExprKind::Call:
        return call(e);
    case ExprKind::Filter:
        return applyFilter(e);
    case ExprKind::Test: {
        const QJsonValue v = eval(*e.args[0]);
        const QJsonValue arg = e.args.size() > 1 ? eval(*e.args[1]) : QJsonValue(QJsonValue::Undefined);
        setPosition(e.line, e.column);
        return runTest(e, e.name, v, arg);
    }
    case ExprKind::In: {
        const QJsonValue key = eval(*e.args[0]);
        const QJsonValue in = eval(*e.args[1]);
        if (in.isArray()) {
            const QJsonArray a = in.toArray();
            charge(a.size());
            for (const QJsonValue &item : a)
                if (strictEquals(item, key))
                    return true;
            return false;
        }
        if (in.isString())
            return in.toString().contains(toJsString(key));
        if (in.isObject())
            return in.toObject().contains(propertyKey(key));
        fail(QStringLiteral("Cannot use \"in\" operator to search for \"%1\" in unexpected types.").arg(toJsString(key)),
             e.line, e.column);
    }
    case ExprKind::Array: {
        QJsonArray a;
        for (const auto &item : e.args)
            a.append(eval(*item));
        return a;
    }
    case ExprKind::Object: {
        QJsonObject o;
        for (size_t i = 0; i + 1 < e.args.size(); i += 2)
            o.insert(e.args[i]->value.toString(), eval(*e.args[i + 1]));
        return o;
    }
    case ExprKind::Cond:
        return jsTruthy(eval(*e.args[0])) ? eval(*e.args[1]) : eval(*e.args[2]);
    case ExprKind::Unary: {
        const QJsonValue v = eval(*e.args[0]);
        switch (e.op) {
        case Op::Not:
            return !jsTruthy(v);
        case Op::Neg:
            return num(-toNumber(v));
        default:
            return num(toNumber(v));
        }
    }
    case ExprKind::And: {
        const QJsonValue a = eval(*e.args[0]);
        return jsTruthy(a) ? eval(*e.args[1]) : a;
    }
    case ExprKind::Or: {
        const QJsonValue a = eval(*e.args[0]);
        return jsTruthy(a) ? a : eval(*e.args[1]);
    }
    case ExprKind::FloorDiv:
        return num(std::floor(toNumber(eval(*e.args[0]))));
    case ExprKind::Pow: {
        const double base = toNumber(eval(*e.args[0]));
        return num(jsPow(base, toNumber(eval(*e.args[1]))));
    }
    case ExprKind::Comma: {
        QJsonValue last;
        for (const auto &item : e.args)
            last = eval(*item);
        return last;
    }
    case ExprKind::Binary: {
        const QJsonValue a = eval(*e.args[0]);
        const QJsonValue b = eval(*e.args[1]);
        switch (e.op) {
        case Op::Add: {
            QJsonValue sum = jsAdd(a, b);
            if (sum.isString() && sum.toString().size() > m_maxChars) {
                setPosition(e.line, e.column);
                overLength();
            }
            return sum;
        }
        case Op::Sub:
            return num(toNumber(a) - toNumber(b));
        case Op::Mul:
            return num(toNumber(a) * toNumber(b));
        case Op::Div:
            return num(toNumber(a) / toNumber(b));
        case Op::Mod:
            return num(std::fmod(toNumber(a), toNumber(b)));
        case Op::Lt:
            return jsCompare(a, b) == Order::Less;
        case Op::Gt:
            return jsCompare(a, b) == Order::Greater;
        case Op::Le: {
            const Order o = jsCompare(a, b);
            return o == Order::Less || o == Order::Equal;
        }
        case Op::Ge: {
            const Order o = jsCompare(a, b);
            return o == Order::Greater || o == Order::Equal;
        }
        case Op::Eq:
            return looseEquals(a, b);
        case Op::Ne:
            return !looseEquals(a, b);
        case Op::StrictEq:
            return strictEquals(a, b);
        case Op::StrictNe:
            return !strictEquals(a, b);
        default:
            break;
        }
        break;
    }
    }
    return QJsonValue(QJsonValue::Undefined);
}

void Renderer::renderFor(const Node &n, QString &out)
{
    const QJsonValue iterable = eval(*n.expr);
    const size_t frame = m_frames.size();
    m_frames.emplace_back();
    qsizetype count = 0;
    auto iteration = [&](qsizetype i, qsizetype length) {
        setPosition(n.line, n.column);
        charge(1);
        QJsonObject loop;
        loop.insert(QLatin1String("index"), double(i + 1));
        loop.insert(QLatin1String("index0"), double(i));
        loop.insert(QLatin1String("revindex"), double(length - i));
        loop.insert(QLatin1String("revindex0"), double(length - i - 1));
        loop.insert(QLatin1String("first"), i == 0);
        loop.insert(QLatin1String("last"), i == length - 1);
        loop.insert(QLatin1String("length"), double(length));
        m_frames[frame].insert(QStringLiteral("loop"), loop);
        renderNodes(n.body, out);
    };
    auto bind = [&](const QString &name, const QJsonValue &v) { m_frames[frame].insert(name, v); };

    if (iterable.isArray()) {
        const QJsonArray a = iterable.toArray();
        count = a.size();
        for (qsizetype i = 0; i < count; ++i) {
            const QJsonValue item = a.at(i);
            if (n.targets.size() == 1) {
                bind(n.targets.front(), item);
            } else {
                // `for a, b in [[1, 2], …]` destructures each element.
                for (qsizetype t = 0; t < n.targets.size(); ++t)
                    bind(n.targets.at(t), member(item, QJsonValue(double(t))));
            }
            iteration(i, count);
        }
    } else if (iterable.isString() && jsTruthy(iterable)) {
        const QString s = iterable.toString();
        count = s.size();
        for (qsizetype i = 0; i < count; ++i) {
            if (n.targets.size() == 1) {
                bind(n.targets.front(), QString(s.at(i)));
            } else {
                bind(n.targets.at(0), QString::number(i));
                bind(n.targets.at(1), QString(s.at(i)));
            }
            iteration(i, count);
        }
    } else if (iterable.isObject() && n.targets.size() >= 2) {
        // Object keys come in QJsonObject's (sorted) order: JSON input has
        // already lost JavaScript's insertion order.
        const QJsonObject o = iterable.toObject();
        count = o.size();
        qsizetype i = 0;
        for (auto it = o.begin(); it != o.end(); ++it, ++i) {
            bind(n.targets.at(0), it.key());
            bind(n.targets.at(1), it.value());
            iteration(i, count);
        }
    }
    if (count == 0)
        renderNodes(n.elseBody, out);
    m_frames.pop_back();
}

void Renderer::renderNodes(const std::vector<NodePtr> &nodes, QString &out)
{
    for (const NodePtr &p : nodes) {
        const Node &n = *p;
        setPosition(n.line, n.column);
        charge(1);
        switch (n.kind) {
        case NodeKind::Text:
            out += n.text;
            break;
        case NodeKind::Output: {
            const QJsonValue v = eval(*n.expr);
            if (v.isString())
                out += v.toString();
            else if (!isNullish(v))
                out += toOutput(v);
            break;
        }
        case NodeKind::If: {
            bool taken = false;
            for (size_t i = 0; i < n.conditions.size() && !taken; ++i) {
                if (jsTruthy(eval(*n.conditions[i]))) {
                    renderNodes(n.branches[i], out);
                    taken = true;
                }
            }
            if (!taken)
                renderNodes(n.elseBody, out);
            break;
        }
        case NodeKind::For:
            renderFor(n, out);
            break;
        case NodeKind::Set: {
            const QJsonValue v = eval(*n.expr);
            for (const QString &t : n.targets)
                setVariable(t, v);
            break;
        }
        case NodeKind::SetBlock: {
            QString captured;
            renderNodes(n.body, captured);
            for (const QString &t : n.targets)
                setVariable(t, captured);
            break;
        }
        }
        if (out.size() > m_maxChars) {
            setPosition(n.line, n.column);
            overLength();
        }
    }
}

} // namespace detail

namespace {

void setError(Error *error, const Failure &f, const Renderer *r = nullptr)
{
    if (!error)
        return;
    error->message = f.message;
    error->line = f.line;
    error->column = f.column;
    if (error->line == 0 && r) {
        error->line = r->line();
        error->column = r->column();
    }
}

void clearError(Error *error)
{
    if (error)
        *error = Error();
}

bool isSingleNonText(const Program &p)
{
    return p.nodes.size() == 1 && p.nodes.front()->kind != NodeKind::Text;
}

std::shared_ptr<const Program> parseSource(const QString &source, const Options &options, Error *error)
{
    clearError(error);
    try {
        return parseProgram(source, options);
    } catch (const Failure &f) {
        setError(error, f);
    }
    return nullptr;
}

QString renderProgram(const Program &p, const QJsonObject &context, Error *error,
                      const QHash<QString, Function> &globals)
{
    clearError(error);
    Renderer r(p, context, globals);
    try {
        QString out;
        r.renderNodes(p.nodes, out);
        return out;
    } catch (const Failure &f) {
        setError(error, f, &r);
    }
    return {};
}

} // namespace

Template::Template() = default;

Template Template::parse(const QString &source, const Options &options, Error *error)
{
    Template t;
    t.d = parseSource(source, options, error);
    return t;
}

bool Template::isValid() const
{
    return d != nullptr;
}

bool Template::isSingleExpression() const
{
    return d && d->nodes.size() == 1 && d->nodes.front()->kind == NodeKind::Output;
}

QString Template::render(const QJsonObject &context, Error *error, const QHash<QString, Function> &globals) const
{
    if (!d) {
        clearError(error);
        if (error)
            error->message = QStringLiteral("the template did not parse");
        return {};
    }
    return renderProgram(*d, context, error, globals);
}

QJsonValue Template::evaluate(const QJsonObject &context, Error *error, const QHash<QString, Function> &globals) const
{
    if (!isSingleExpression()) {
        Error local;
        Error *e = error ? error : &local;
        const QString s = render(context, e, globals);
        return e->isError() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(s);
    }
    clearError(error);
    Renderer r(*d, context, globals);
    try {
        const Node &n = *d->nodes.front();
        r.setPosition(n.line, n.column);
        return jsonRoundTrip(r.eval(*n.expr));
    } catch (const Failure &f) {
        setError(error, f, &r);
    }
    return QJsonValue(QJsonValue::Undefined);
}

namespace {

// Backstage's step-input rendering of one string (scaffolder-backend 4.3.0).
QJsonValue renderString(const QString &s, const QJsonObject &context, Error *error,
                        const QHash<QString, Function> &globals, const Options &options)
{
    if (!s.contains(u'{') && !s.contains(options.variableStart))
        return s.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(s);
    const auto program = parseSource(s, options, error);
    if (!program)
        return QJsonValue(QJsonValue::Undefined);
    if (isSingleNonText(*program)) {
        // Backstage rewrites `${{ x }}` to `${{ ( x ) | dump }}` with a regular
        // expression (greedy, within one line) and JSON-decodes the output;
        // whatever fails there falls back to plain rendering below. The same
        // textual rewrite is applied so that the odd cases come out the same.
        static const QString lineChars = QStringLiteral("([^\\n\\r\\x{2028}\\x{2029}]+)");
        const QRegularExpression re(QRegularExpression::escape(options.variableStart) + lineChars
                                    + QRegularExpression::escape(options.variableEnd));
        QString wrapped = s;
        wrapped.replace(re, options.variableStart + QStringLiteral(" ( \\1 ) | dump ") + options.variableEnd);
        Error wrappedError;
        if (const auto w = parseSource(wrapped, options, &wrappedError)) {
            const QString out = renderProgram(*w, context, &wrappedError, globals);
            if (!wrappedError.isError()) {
                if (out.isEmpty())
                    return QJsonValue(QJsonValue::Undefined);
                QJsonValue decoded;
                if (jsonParse(out, &decoded))
                    return decoded;
            }
        }
    }
    const QString out = renderProgram(*program, context, error, globals);
    if (out.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    return out;
}

QJsonValue renderRecursive(const QJsonValue &input, const QJsonObject &context, Error *error,
                           const QHash<QString, Function> &globals, const Options &options, int depth)
{
    if (depth > kMaxValueDepth) {
        if (error)
            error->message = QStringLiteral("input nested more than %1 levels deep").arg(kMaxValueDepth);
        return QJsonValue(QJsonValue::Undefined);
    }
    switch (input.type()) {
    case QJsonValue::String:
        return renderString(input.toString(), context, error, globals, options);
    case QJsonValue::Array: {
        const QJsonArray in = input.toArray();
        QJsonArray out;
        for (const QJsonValue &v : in) {
            const QJsonValue r = renderRecursive(v, context, error, globals, options, depth + 1);
            if (error && error->isError())
                return QJsonValue(QJsonValue::Undefined);
            out.append(r.isUndefined() ? QJsonValue(QJsonValue::Null) : r);
        }
        return out;
    }
    case QJsonValue::Object: {
        const QJsonObject in = input.toObject();
        QJsonObject out;
        for (auto it = in.begin(); it != in.end(); ++it) {
            const QJsonValue r = renderRecursive(it.value(), context, error, globals, options, depth + 1);
            if (error && error->isError())
                return QJsonValue(QJsonValue::Undefined);
            if (!r.isUndefined())
                out.insert(it.key(), r);
        }
        return out;
    }
    default:
        return input;
    }
}

} // namespace

QJsonValue renderValue(const QJsonValue &input, const QJsonObject &context, Error *error,
                       const QHash<QString, Function> &globals, const Options &options)
{
    Error local;
    Error *e = error ? error : &local;
    clearError(e);
    return renderRecursive(input, context, e, globals, options, 0);
}

bool isTruthy(const QJsonValue &v)
{
    if (v.isArray())
        return !v.toArray().isEmpty();
    return jsTruthy(v);
}

} // namespace atrium::tmpl
