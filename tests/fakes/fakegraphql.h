// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>
#include <vector>

/** The GraphQL subset real clients send to GitHub, parsed by recursive
 *  descent: operations with variables, aliases, nested selection sets,
 *  arguments (strings, block strings, ints, floats, booleans, null, enums,
 *  lists, objects, variables), inline fragments, named fragments and the
 *  @include / @skip directives. Enough for a fake server to behave like
 *  GitHub's; not a general GraphQL implementation (no introspection, no
 *  subscriptions). */
namespace atrium::fake::gql {

struct Value {
    enum Kind { Null, Int, Float, String, Boolean, Enum, List, Object, Variable };
    Kind kind = Null;
    QString text;                             ///< scalar text, enum or variable name
    std::vector<Value> list;                  ///< List items
    std::vector<std::pair<QString, Value>> object; ///< Object fields, in order
    int line = 0;
    int column = 0;

    /** The value as JSON, variables substituted (an unset variable is null;
     *  enums become their name as a string). */
    QJsonValue resolve(const QJsonObject &variables) const;
};

using Arguments = std::vector<std::pair<QString, Value>>;

struct Directive {
    QString name;
    Arguments arguments;
};

struct Selection {
    enum Kind { Field, InlineFragment, FragmentSpread };
    Kind kind = Field;
    QString alias;          ///< Field: the response key if aliased
    QString name;           ///< Field name, or the spread fragment's name
    Arguments arguments;
    std::vector<Directive> directives;
    QString typeCondition;  ///< InlineFragment: `on Type` (may be empty)
    std::vector<Selection> selections;
    int line = 0;
    int column = 0;

    QString responseKey() const { return alias.isEmpty() ? name : alias; }
    const Value *argument(const QString &name) const;
};

struct VariableDefinition {
    QString name;
    QString type;           ///< as written, e.g. "String!" or "[ID!]"
    bool nonNull = false;
    std::optional<Value> defaultValue;
};

struct Operation {
    QString type = QStringLiteral("query"); ///< query, mutation or subscription
    QString name;
    std::vector<VariableDefinition> variables;
    std::vector<Directive> directives;
    std::vector<Selection> selections;
    int line = 0;
    int column = 0;
};

struct Fragment {
    QString name;
    QString typeCondition;
    std::vector<Selection> selections;
};

struct Document {
    std::vector<Operation> operations;
    std::vector<Fragment> fragments;

    const Fragment *fragment(const QString &name) const;
    /** The operation to run: the one named, or the only one. */
    const Operation *operation(const QString &name) const;
};

struct ParseError {
    QString message; ///< GitHub style: `Parse error on "}" (RCURLY) at [3, 5]`
    int line = 0;
    int column = 0;
};

/** Parses @p source; on failure returns nothing and fills @p error. */
std::optional<Document> parse(const QString &source, ParseError *error);

} // namespace atrium::fake::gql
