// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace atrium::metrics {

struct ThemeOptions {
    int topN = 10;       ///< themes returned
    int maxExamples = 3; ///< example comments per theme
    int minCount = 1;    ///< themes found in fewer comments are dropped
    bool bigrams = true; ///< also count pairs of adjacent words
    QStringList extraStopWords; ///< compared after lower-casing
};

/** A word or word pair and the comments it occurs in. */
struct Theme {
    QString term;        ///< one word, or two separated by a space
    int count = 0;       ///< comments containing it (each counted once)
    bool bigram = false;
    QStringList examples; ///< the first comments containing it, in input order
    QJsonObject toJson() const;
};

/** Splits @p text into lower-case words, Unicode-aware: letters and digits
 *  of any script make words, everything else separates them. The text is
 *  NFKC-normalised first (full-width letters, decomposed Hangul from macOS).
 *  Korean particles (은/는/이/가/을/를/에/의/도/로/으로/에서/…) are taken off
 *  the end of Hangul words when at least two characters remain, so 빌드가
 *  and 빌드는 both count as 빌드 while 회의 stays whole. Stop words of
 *  English and Korean are dropped, as are numbers and one-letter Latin words.
 *  The result is one list per sentence-like segment (split at . , ! ? ; :
 *  and line breaks), so bigrams never join words across them. */
QList<QStringList> tokenizeSegments(const QString &text, const QStringList &extraStopWords = {});

/** All words of tokenizeSegments(), flattened. */
QStringList tokenize(const QString &text, const QStringList &extraStopWords = {});

/** The most frequent themes among @p comments, counted by document frequency
 *  (a word repeated in one comment counts once). Order: count, descending;
 *  then bigrams before words (they say more); then the term in Unicode
 *  order, so equal inputs always give equal output. A word is left out when
 *  a bigram containing it was listed before it with at least its count,
 *  since the pair says the same, more precisely. */
QList<Theme> complaintThemes(const QStringList &comments, const ThemeOptions &options = {});

} // namespace atrium::metrics
