// SPDX-License-Identifier: Apache-2.0
#pragma once

// The template language of Backstage Software Templates: Nunjucks, as the
// scaffolder configures it (autoescape off, `${{ }}` for output), with
// Backstage's filters. It renders step inputs, `if:` conditions and the files
// of `fetch:template` skeletons.
//
// Hand-written because nothing usable is packaged. In Debian 12,
// `apt-cache search inja jinja` finds Python's jinja2 and its plugins, R's
// jinjar and Rust's tera sources, but no C++ engine: inja and Jinja2C++ are
// not packaged. Both would be the wrong language anyway: they follow
// Jinja2/Python semantics, and Backstage templates notice where Nunjucks,
// which compiles to JavaScript, differs: JavaScript coercions (`"a" + 1`,
// `undefined + "x"`, `1 == "1"`), how undefined, arrays and objects print,
// what `dump` writes, and operator precedence (`not a == b` is
// `(not a) == b`). Debian's node-nunjucks is the original, but needs
// Node.js; its 3.2.3 release served as the reference for the tests.
//
// Besides Nunjucks' `range` global, templates can call the common
// JavaScript string, array and number methods (`name.split('-')`,
// `list.join(', ')`, `n.toFixed(2)`), which Nunjucks templates reach through
// JavaScript. Beyond Nunjucks: the Jinja spellings True, False and None, a
// `none` test, and Jinja's selectattr(attr, test) form.
//
// Deliberately absent: anything that reads other files (include, import,
// extends, from), macros, call and filter blocks, `block`, the `cycler` and
// `joiner` globals, the `random` and `urlize` filters, regular-expression
// literals, and Nunjucks' SafeString objects (`safe` and `escape` return
// plain strings, so an empty result is falsy here). Objects iterate in key
// order: JSON input has no other. Templates cannot reach the file system,
// the environment or a process; time and memory are bounded by Options.

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <functional>
#include <memory>

namespace atrium::tmpl {

namespace detail {
struct Program;
}

/** How a template is read and the bounds its rendering must stay within. */
struct Options {
    /** Output delimiters. Backstage uses `${{ }}`; `fetch:template` with
     *  `cookiecutterCompat: true` uses `{{ }}` (set both, and cookiecutterCompat). */
    QString variableStart = QStringLiteral("${{");
    QString variableEnd = QStringLiteral("}}");
    /** Removes the first newline after a block tag (`%}`), as Nunjucks' trimBlocks. */
    bool trimBlocks = false;
    /** Removes spaces and tabs before a block tag that starts its line, as
     *  Nunjucks' lstripBlocks. */
    bool lstripBlocks = false;
    /** Adds the `jsonify` filter (an alias of `dump`) that Backstage adds in
     *  cookiecutter compatibility mode. */
    bool cookiecutterCompat = false;
    /** Rendering fails, naming this limit, rather than produce a longer
     *  output or intermediate string. */
    qsizetype maxOutputChars = 10 * 1024 * 1024;
    /** Loop iterations plus node evaluations plus elements built by filters;
     *  rendering fails past it, so a huge loop ends with an error, not a hang. */
    qint64 maxOperations = 5'000'000;
};

/** A problem with a template, located in its source. */
struct Error {
    QString message;
    int line = 0;   ///< 1-based; 0 when not tied to a place
    int column = 0; ///< 1-based, in UTF-16 code units
    bool isError() const { return !message.isEmpty(); }
};

/** A global function callable from templates, such as Backstage's
 *  `always()`. Keyword arguments arrive as a trailing object. */
using Function = std::function<QJsonValue(const QJsonArray &args)>;

/** A parsed template: parse once, render many times. Copies share the parsed
 *  form and rendering never changes it, so one Template may be rendered from
 *  several threads at once. */
class Template
{
public:
    Template();
    /** Parses @p source. On a syntax error returns an invalid Template and
     *  fills @p error with the first problem's position. */
    static Template parse(const QString &source, const Options &options = {}, Error *error = nullptr);

    bool isValid() const;

    /** Renders with @p context as the variables. Missing members read as
     *  undefined (printed as nothing); an unknown filter or function, a type
     *  error Nunjucks would also raise, or a limit from Options is an error:
     *  the result is then empty and @p error says why and where. */
    QString render(const QJsonObject &context, Error *error = nullptr,
                   const QHash<QString, Function> &globals = {}) const;

    /** Backstage step-input semantics: when the source is exactly one
     *  `${{ expr }}`, the evaluated value with its JSON type (object, array,
     *  number, bool, string; undefined gives QJsonValue::Undefined), as if
     *  passed through JSON.stringify and back. Any other source renders, and
     *  the result is that string. */
    QJsonValue evaluate(const QJsonObject &context, Error *error = nullptr,
                        const QHash<QString, Function> &globals = {}) const;

    /** Whether the source is one output tag and nothing else. */
    bool isSingleExpression() const;

private:
    std::shared_ptr<const detail::Program> d;
};

/** Renders every string inside @p input (recursively through objects and
 *  arrays) with Backstage 4.3.0's step-input rules: a template made of one
 *  non-text node (one `${{ }}`, or one `{% if %}` block, …) renders with its
 *  output tags wrapped in `dump`, and that output, when valid JSON, is decoded,
 *  so `${{ parameters.port }}` stays a number and `{% if x %}false{% endif %}`
 *  is the boolean false; anything else is a string. Empty output is
 *  undefined: the key is dropped from its object (an array keeps a null) but
 *  `${{ "" }}` stays "". Other values pass through unchanged. The first error
 *  stops rendering and is returned in @p error (with the template's position). */
QJsonValue renderValue(const QJsonValue &input, const QJsonObject &context, Error *error = nullptr,
                       const QHash<QString, Function> &globals = {}, const Options &options = {});

/** Backstage's `if:` falsiness: false, undefined, null, "", 0, NaN and the
 *  empty array are false; everything else (the empty object too) is true. */
bool isTruthy(const QJsonValue &v);

} // namespace atrium::tmpl
