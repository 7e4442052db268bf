// SPDX-License-Identifier: Apache-2.0
#pragma once

// Internal: tokens, the syntax tree and the limits shared by the lexer,
// parser, renderer and filters. Not installed; nothing outside
// src/core/template includes it.

#include "templateengine.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>
#include <vector>

namespace atrium::tmpl::detail {

// Nesting of blocks, and of expressions, beyond which parsing fails: the
// renderer recurses along both, so this bounds its stack.
inline constexpr int kMaxDepth = 200;

// Thrown inside the engine and turned into an Error at the API boundary, so
// that deep evaluation code need not thread failure through every return.
struct Failure {
    QString message;
    int line = 0;
    int column = 0;
};

[[noreturn]] void fail(const QString &message, int line, int column);

enum class Tok : quint8 {
    Text,       // template data, whitespace control already applied
    BlockBegin, // {%
    BlockEnd,   // %}
    VarBegin,   // ${{ (or the configured start)
    VarEnd,     // }}
    String,
    Number,
    Name,
    Op, // punctuation and operators; the text says which
    End,
};

struct Token {
    Tok type = Tok::End;
    QString text;
    double number = 0;
    int line = 0;
    int column = 0;
};

// Splits source into tokens, applying comments, `{% raw %}`, whitespace
// control, trimBlocks and lstripBlocks. Throws Failure.
std::vector<Token> tokenize(const QString &source, const Options &options);

enum class ExprKind : quint8 {
    Literal,
    Name,
    Member, // args[0] . name (also `a['b']` with a literal key)
    Index,  // args[0] [ args[1] ]
    Call,   // args[0] ( args[1..] ); name is how errors print the callee
    Filter, // args[0] | name ( args[1..] )
    Test,   // args[0] is name ( args[1..] )
    In,     // args[0] in args[1]
    Array,
    Object, // args alternate key, value
    Cond,   // args[1] if args[0] else args[2]
    Unary,
    Binary,
    And,
    Or,
    FloorDiv, // Math.floor(args[0]): its operand is the division
    Pow,
    Comma, // (a, b): evaluates all, yields the last, as JavaScript's comma
};

enum class Op : quint8 {
    None,
    Not,
    Neg,
    Pos,
    Mul,
    Div,
    Mod,
    Add,
    Sub,
    Lt,
    Gt,
    Le,
    Ge,
    Eq,
    Ne,
    StrictEq,
    StrictNe,
    And,
    Or,
};

struct FilterDef;
struct TestDef;

struct Expr {
    ExprKind kind = ExprKind::Literal;
    Op op = Op::None;
    int line = 0;
    int column = 0;
    int depth = 1;
    QJsonValue value; // Literal
    QString name;     // Name, Member key, filter or test name, callee text
    std::vector<std::unique_ptr<Expr>> args;
    QStringList keywords; // names of the last keywords.size() args
    const FilterDef *filter = nullptr; // resolved when parsed; null: unknown
    const TestDef *test = nullptr;
};
using ExprPtr = std::unique_ptr<Expr>;

enum class NodeKind : quint8 { Text, Output, If, For, Set, SetBlock };

struct Node {
    NodeKind kind = NodeKind::Text;
    int line = 0;
    int column = 0;
    QString text;
    ExprPtr expr;        // Output, For iterable, Set value
    QStringList targets; // For and Set names
    std::vector<std::unique_ptr<Node>> body;
    std::vector<std::unique_ptr<Node>> elseBody;
    // If: the if and elif conditions with their bodies, side by side rather
    // than nested, so a long elif chain costs no recursion.
    std::vector<ExprPtr> conditions;
    std::vector<std::vector<std::unique_ptr<Node>>> branches;
};
using NodePtr = std::unique_ptr<Node>;

struct Program {
    Options options;
    std::vector<NodePtr> nodes;
};

// Parses source into a Program. Throws Failure.
std::shared_ptr<Program> parseProgram(const QString &source, const Options &options);

// ---- filters and tests (templatefilters.cpp) ----

class Renderer;

// Arguments as the filter sees them: positional, with keywords already
// moved to their parameter's position (missing ones are undefined).
struct FilterCall {
    Renderer &r;
    const Expr &node;
    QJsonValue input;
    std::vector<QJsonValue> args;
    const QJsonValue &arg(size_t i) const;
};

struct FilterDef {
    const char *name;
    QJsonValue (*fn)(FilterCall &call);
    std::array<const char *, 4> params; // names after the input, for keyword arguments
};

struct TestDef {
    const char *name;
    bool (*fn)(Renderer &r, const QJsonValue &v, const QJsonValue &arg);
};

const FilterDef *findFilter(QStringView name, const Options &options);
const TestDef *findTest(QStringView name);

// The JavaScript string, array and number methods templates may call, as
// `name.split('-')`. Returns false when there is no such method.
bool callMethod(Renderer &r, const Expr &node, const QJsonValue &self, const QString &method,
                const std::vector<QJsonValue> &args, QJsonValue *result);
// Nunjucks' built-in `range(start, stop, step)`.
QJsonValue rangeGlobal(Renderer &r, const Expr &node, const std::vector<QJsonValue> &args);

} // namespace atrium::tmpl::detail
