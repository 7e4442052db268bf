// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>

namespace atrium::docs {

/** What a highlighted stretch of code is. */
enum class TokenKind { Keyword, Type, String, Comment, Number, Key, Variable, Meta };

/** One coloured stretch of a code block, in UTF-16 code units of the code. */
struct Token {
    int start = 0;
    int length = 0;
    TokenKind kind = TokenKind::Keyword;
    friend bool operator==(const Token &, const Token &) = default;
};

/** Colours for each TokenKind, as `#rrggbb`. */
struct HighlightTheme {
    QString keyword, type, string, comment, number, key, variable, meta;
    QString foreground; ///< uncoloured text
    QString background; ///< the code box; the view paints it, the HTML does not
    /** Readable on a light background (the default). */
    static HighlightTheme light();
    /** Readable on a dark background. */
    static HighlightTheme dark();
    QString color(TokenKind kind) const;
};

/** The language a fenced block's info string names, in the form the
 *  highlighter knows (`yml` → `yaml`, `sh` → `bash`, `ts` → `typescript`,
 *  `golang` → `go`, …); lower-cased and unchanged when unknown; empty for no
 *  language. */
QString normalizeLanguage(const QString &language);

/** Whether @p language (normalized or not) has its own rules; others get the
 *  generic fallback (strings, numbers, `#` and `//` comments). */
bool isKnownLanguage(const QString &language);

/** The tokens of @p code in @p language, in order and not overlapping.
 *  Never fails: unclosed strings or comments run to the end of the code. */
QList<Token> highlight(const QString &code, const QString &language);

/** @p code as `<pre>` HTML for Qt's rich text: escaped, tabs expanded to four
 *  spaces, tokens wrapped in `<font color>` (comments also in `<i>`). */
QString highlightToHtml(const QString &code, const QString &language, const HighlightTheme &theme = HighlightTheme::light());

} // namespace atrium::docs
