// SPDX-License-Identifier: Apache-2.0
#include "metrics/themes.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace atrium::metrics {

namespace {

constexpr int kExampleChars = 200;

// Small on purpose: the words that carry no complaint in survey answers.
const QSet<QString> &stopWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        const char *const en[] = {
            "a", "about", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be",
            "because", "been", "before", "being", "but", "by", "can", "cant", "could", "did", "didnt", "do",
            "does", "doesnt", "doing", "dont", "each", "even", "every", "for", "from", "get", "gets", "getting",
            "got", "had", "has", "have", "having", "he", "her", "here", "him", "his", "how", "i", "if", "im", "in",
            "into", "is", "isnt", "it", "its", "ive", "just", "lot", "lots", "me", "more", "most", "much", "my",
            "no", "not", "of", "often", "on", "one", "only", "or", "other", "our", "out", "over", "quite",
            "really", "so", "some", "still", "such", "than", "that", "thats", "the", "their", "them", "then",
            "there", "these", "they", "thing", "things", "this", "those", "to", "too", "very", "was", "wasnt",
            "we", "were", "what", "when", "where", "which", "while", "who", "why", "will", "with", "would",
            "you", "your", "always", "never", "sometimes", "should", "may", "might", "must", "bit", "like",
            "make", "makes", "want", "need", "needs", "use", "using", "used", "way", "well", "yes", "etc",
        };
        const char *const ko[] = {
            "너무", "정말", "진짜", "좀", "조금", "많이", "매우", "아주", "더", "잘", "안", "못", "것", "수",
            "등", "및", "또", "또는", "그리고", "그래서", "하지만", "그런데", "그러나", "때문에", "때문", "이런",
            "그런", "저런", "이것", "그것", "저것", "여기", "거기", "저희", "우리", "제가", "저는", "나는", "내가",
            "있다", "있어요", "있습니다", "없다", "없어요", "없습니다", "하다", "해요", "합니다", "했다",
            "했어요", "하는", "해서", "되다", "돼요", "됩니다", "되는", "된다", "같다", "같아요", "같습니다",
            "있는", "없는", "계속", "항상", "가끔", "자주", "다", "모두", "전혀", "그냥", "약간", "거의", "이",
            "그", "저", "게", "건", "걸", "거", "때", "좋겠습니다", "좋겠어요", "좋을", "것", "부분",
        };
        for (const char *w : en)
            s.insert(QString::fromUtf8(w));
        for (const char *w : ko)
            s.insert(QString::fromUtf8(w));
        return s;
    }();
    return words;
}

// Longest first, so 에서는 is taken off before 는.
const QStringList &particles()
{
    static const QStringList p = [] {
        QStringList l;
        const char *const list[] = {"에서는", "에서도", "으로는", "으로도", "에게서", "에서", "에게", "한테",
                                    "으로", "까지", "부터", "보다", "처럼", "마다", "이나", "이랑", "하고",
                                    "은", "는", "이", "가", "을", "를", "에", "의", "도", "로", "와", "과",
                                    "만", "랑"};
        for (const char *x : list)
            l << QString::fromUtf8(x);
        return l;
    }();
    return p;
}

// Words whose last syllable looks like a particle but is part of the word.
const QSet<QString> &particleExceptions()
{
    static const QSet<QString> s = [] {
        QSet<QString> e;
        const char *const list[] = {"워크플로", "게이트웨이", "디스플레이", "플레이", "릴레이", "전문가",
                                    "프로", "레포", "인프라"};
        for (const char *x : list)
            e.insert(QString::fromUtf8(x));
        return e;
    }();
    return s;
}

bool isHangulSyllable(QChar c)
{
    return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3;
}

bool isSegmentBreak(char32_t c)
{
    switch (c) {
    case '.': case ',': case '!': case '?': case ';': case ':': case '\n': case '\r':
    case 0x3002: case 0x3001: case 0xFF01: case 0xFF1F: case 0xFF1B: case 0xFF1A: case 0x2026:
        return true;
    default:
        return false;
    }
}

bool isApostrophe(char32_t c)
{
    return c == '\'' || c == 0x2019;
}

bool isWordChar(char32_t c)
{
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

QString stripParticle(const QString &w)
{
    if (w.size() < 2 || !isHangulSyllable(w.back()) || particleExceptions().contains(w))
        return w;
    for (const QString &p : particles())
        if (w.size() - p.size() >= 2 && w.endsWith(p))
            return w.left(w.size() - p.size());
    return w;
}

bool keep(const QString &w, const QStringList &extra)
{
    if (w.isEmpty() || stopWords().contains(w) || extra.contains(w))
        return false;
    if (std::all_of(w.begin(), w.end(), [](QChar c) { return c.isDigit(); }))
        return false;
    if (w.size() == 1 && w.front().unicode() < 0x80)
        return false;
    return true;
}

QString example(const QString &comment)
{
    const QString s = comment.simplified();
    return s.size() <= kExampleChars ? s : s.left(kExampleChars - 1) + QChar(0x2026);
}

} // namespace

QJsonObject Theme::toJson() const
{
    return {{QStringLiteral("term"), term},
            {QStringLiteral("count"), count},
            {QStringLiteral("bigram"), bigram},
            {QStringLiteral("examples"), QJsonArray::fromStringList(examples)}};
}

QList<QStringList> tokenizeSegments(const QString &text, const QStringList &extraStopWords)
{
    QStringList extra;
    for (const auto &w : extraStopWords)
        extra << w.toLower();
    const QString s = text.normalized(QString::NormalizationForm_KC);
    QList<QStringList> segments{{}};
    QString word;
    const auto flush = [&] {
        if (word.isEmpty())
            return;
        const QString w = stripParticle(word.toLower());
        if (keep(w, extra))
            segments.last() << w;
        word.clear();
    };
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = s[i].unicode();
        qsizetype len = 1;
        if (s[i].isHighSurrogate() && i + 1 < n && s[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(s[i], s[i + 1]);
            len = 2;
        }
        if (isWordChar(c)) {
            word += s.mid(i, len);
        } else if (isApostrophe(c) && !word.isEmpty() && i + 1 < n && s[i + 1].isLetter()) {
            // "don't" is one word, "dont", which the stop words know
        } else {
            flush();
            if (isSegmentBreak(c) && !segments.last().isEmpty())
                segments << QStringList();
        }
        i += len - 1;
    }
    flush();
    if (segments.last().isEmpty())
        segments.removeLast();
    return segments;
}

QStringList tokenize(const QString &text, const QStringList &extraStopWords)
{
    QStringList out;
    for (const auto &seg : tokenizeSegments(text, extraStopWords))
        out += seg;
    return out;
}

QList<Theme> complaintThemes(const QStringList &comments, const ThemeOptions &options)
{
    QHash<QString, Theme> themes;
    for (const QString &comment : comments) {
        QSet<QString> seen; // document frequency: once per comment
        const auto count = [&](const QString &term, bool bigram) {
            if (seen.contains(term))
                return;
            seen.insert(term);
            Theme &t = themes[term];
            t.term = term;
            t.bigram = bigram;
            ++t.count;
            if (t.examples.size() < options.maxExamples)
                t.examples << example(comment);
        };
        for (const QStringList &seg : tokenizeSegments(comment, options.extraStopWords)) {
            for (qsizetype i = 0; i < seg.size(); ++i) {
                count(seg[i], false);
                if (options.bigrams && i + 1 < seg.size() && seg[i] != seg[i + 1])
                    count(seg[i] + QLatin1Char(' ') + seg[i + 1], true);
            }
        }
    }
    QList<Theme> all = themes.values();
    std::sort(all.begin(), all.end(), [](const Theme &a, const Theme &b) {
        if (a.count != b.count)
            return a.count > b.count;
        if (a.bigram != b.bigram)
            return a.bigram;
        return a.term < b.term;
    });
    QList<Theme> out;
    QHash<QString, int> coveredBy; // word -> highest count of a listed bigram containing it
    for (const Theme &t : std::as_const(all)) {
        if (out.size() >= options.topN || t.count < options.minCount)
            break;
        if (t.bigram) {
            for (const QString &w : t.term.split(QLatin1Char(' ')))
                coveredBy[w] = std::max(coveredBy.value(w), t.count);
        } else if (coveredBy.value(t.term) >= t.count) {
            continue;
        }
        out << t;
    }
    return out;
}

} // namespace atrium::metrics
