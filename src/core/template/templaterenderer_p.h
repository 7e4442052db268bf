// SPDX-License-Identifier: Apache-2.0
#pragma once

// Internal: the tree-walking renderer, shared with the filters for its
// limits, its error reporting and Nunjucks' member lookup.

#include "templateast_p.h"

#include <QHash>
#include <QJsonObject>

namespace atrium::tmpl::detail {

class Renderer
{
public:
    Renderer(const Program &program, const QJsonObject &context, const QHash<QString, Function> &globals);

    const Options &options() const { return m_options; }

    // Counts n operations against Options::maxOperations.
    void charge(qint64 n = 1)
    {
        m_ops += n;
        if (m_ops > m_options.maxOperations)
            overBudget();
    }
    // Fails when a string of n characters would pass Options::maxOutputChars.
    void checkLength(qsizetype n)
    {
        if (n > m_maxChars)
            overLength();
    }
    // Fails at the filter, call or tag being evaluated.
    [[noreturn]] void error(const QString &message) const;
    // Where errors without a position of their own are reported.
    void setPosition(int line, int column)
    {
        m_line = line;
        m_column = column;
    }
    int line() const { return m_line; }
    int column() const { return m_column; }

    QJsonValue eval(const Expr &e);
    void renderNodes(const std::vector<NodePtr> &nodes, QString &out);

    // Nunjucks' memberLookup: `obj[key]` in JavaScript, for JSON values
    // (arrays and strings have indexes and `length`; undefined and null
    // have no members).
    static QJsonValue member(const QJsonValue &obj, const QString &key);
    static QJsonValue member(const QJsonValue &obj, const QJsonValue &key);
    // Object.prototype.hasOwnProperty.call(obj, key).
    static bool hasOwn(const QJsonValue &obj, const QString &key);
    bool runTest(const Expr &node, const QString &name, const QJsonValue &value, const QJsonValue &arg);

private:
    [[noreturn]] void overBudget() const;
    [[noreturn]] void overLength() const;
    QJsonValue lookup(const QString &name) const;
    void setVariable(const QString &name, const QJsonValue &value);
    QJsonValue call(const Expr &e);
    QJsonValue applyFilter(const Expr &e);
    void renderFor(const Node &n, QString &out);

    const Options &m_options;
    const QJsonObject &m_context;
    const QHash<QString, Function> &m_globals;
    std::vector<QHash<QString, QJsonValue>> m_frames;
    qint64 m_ops = 0;
    qsizetype m_maxChars;
    int m_line = 0;
    int m_column = 0;
};

} // namespace atrium::tmpl::detail
