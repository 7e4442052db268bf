// SPDX-License-Identifier: Apache-2.0
#include "searchindex.h"

#include "catalogstore.h"
#include "entityref.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QHash>
#include <QPair>
#include <QSet>
#include <QVariant>

#include <algorithm>

namespace atrium::docs {

namespace {

Q_LOGGING_CATEGORY(lcSearch, "atrium.docs.search", QtInfoMsg)

constexpr double kExactBoost = 100.0;
constexpr double kPrefixBoost = 20.0;

QString tr(const char *text)
{
    return QCoreApplication::translate("atrium::docs", text);
}

QString sqlError(const QSqlQuery &q)
{
    const QSqlError e = q.lastError();
    return e.databaseText().isEmpty() ? e.text() : e.databaseText();
}

bool hasWordCharacter(const QString &s)
{
    for (const QChar c : s)
        if (c.isLetterOrNumber() || c.isHighSurrogate())
            return true;
    return false;
}

/** The words of the query, as the user typed them. */
QStringList queryWords(const QString &text)
{
    QStringList out;
    const QStringList parts = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (const QString &p : parts)
        if (hasWordCharacter(p))
            out << p;
    return out;
}

/** Lower-case, `-` and `_` as spaces, blanks collapsed: how titles and names
 *  are compared for the exact-match boost. */
QString comparable(const QString &s)
{
    QString out = s.toLower();
    out.replace(u'-', u' ').replace(u'_', u' ');
    return out.simplified();
}

QString escapeHtml(QStringView s)
{
    // A snippet is one line: breaks and tabs become spaces.
    QString out = s.toString().toHtmlEscaped();
    for (QChar &c : out)
        if (c == u'\n' || c == u'\r' || c == u'\t')
            c = u' ';
    return out;
}

/** Finds the query's words in text as FTS5's unicode61 tokenizer sees them
 *  (letters and digits, case and diacritics folded), for titles and
 *  snippets. Done here rather than with FTS5's highlight() and snippet():
 *  those run the query again for each hit, which for a short prefix costs
 *  milliseconds a hit (see bench/README.md). */
class Matcher
{
public:
    Matcher(const QStringList &words, bool lastIsPrefix)
    {
        for (const QString &w : words) {
            const Folded f = fold(w);
            qsizetype i = 0;
            while (i < f.text.size()) {
                while (i < f.text.size() && !f.text.at(i).isLetterOrNumber())
                    ++i;
                const qsizetype start = i;
                while (i < f.text.size() && f.text.at(i).isLetterOrNumber())
                    ++i;
                if (i > start)
                    m_tokens << f.text.mid(start, i - start);
            }
        }
        m_prefix = lastIsPrefix && !m_tokens.isEmpty() ? int(m_tokens.size()) - 1 : -1;
    }

    struct Match {
        qsizetype begin, end; // in the original text
        int token;
    };

    QList<Match> find(const QString &text, int max = 256) const
    {
        QList<Match> out;
        if (m_tokens.isEmpty())
            return out;
        const Folded f = fold(text);
        const qsizetype n = f.text.size();
        qsizetype i = 0;
        while (i < n && out.size() < max) {
            while (i < n && !f.text.at(i).isLetterOrNumber())
                ++i;
            const qsizetype start = i;
            while (i < n && f.text.at(i).isLetterOrNumber())
                ++i;
            if (i == start)
                continue;
            const QStringView word = QStringView(f.text).mid(start, i - start);
            for (int t = 0; t < m_tokens.size(); ++t) {
                const bool hit = t == m_prefix ? word.startsWith(m_tokens[t]) : word == m_tokens[t];
                if (hit) {
                    out << Match{f.map[start], i < n ? f.map[i] : text.size(), t};
                    break;
                }
            }
        }
        return out;
    }

    /** @p text escaped, with matches in <b>. */
    QString html(const QString &text) const { return html(text, find(text), 0, text.size()); }

    static QString html(const QString &text, const QList<Match> &matches, qsizetype from, qsizetype to)
    {
        QString out;
        qsizetype pos = from;
        for (const Match &m : matches) {
            if (m.begin < from || m.end > to || m.begin < pos)
                continue;
            out += escapeHtml(QStringView(text).mid(pos, m.begin - pos));
            out += QStringLiteral("<b>") + escapeHtml(QStringView(text).mid(m.begin, m.end - m.begin)) + QStringLiteral("</b>");
            pos = m.end;
        }
        out += escapeHtml(QStringView(text).mid(pos, to - pos));
        return out.simplified();
    }

    /** About @p width characters of @p text around its best stretch of
     *  matches (the most distinct words close together), with the matches
     *  in <b>; the start of the text when nothing matches. @p at is set to
     *  where the stretch starts. */
    QString snippet(const QString &text, qsizetype *at = nullptr, qsizetype width = 180) const
    {
        const QList<Match> matches = find(text);
        qsizetype best = -1;
        int bestScore = 0;
        for (qsizetype i = 0; i < matches.size() && i < 64; ++i) {
            QSet<int> seen;
            for (qsizetype k = i; k < matches.size() && matches[k].begin < matches[i].begin + width * 2 / 3; ++k)
                seen.insert(matches[k].token);
            if (int(seen.size()) > bestScore) {
                bestScore = int(seen.size());
                best = i;
            }
        }
        qsizetype from = 0;
        if (best >= 0) {
            from = std::max<qsizetype>(0, matches[best].begin - width / 4);
            // Start at a word.
            while (from > 0 && from < matches[best].begin && !text.at(from - 1).isSpace())
                ++from;
        }
        if (at)
            *at = best >= 0 ? matches[best].begin : -1;
        qsizetype to = std::min<qsizetype>(text.size(), from + width);
        while (to < text.size() && to > from + width / 2 && !text.at(to).isSpace())
            --to;
        QString out = html(text, matches, from, to);
        if (from > 0)
            out.prepend(QStringLiteral("… "));
        if (to < text.size())
            out += QStringLiteral(" …");
        return out;
    }

private:
    struct Folded {
        QString text;
        QList<qsizetype> map; // folded position → original position
    };

    /** Lower case without diacritics, as unicode61 with remove_diacritics
     *  compares; map keeps where each folded character came from. */
    static Folded fold(const QString &s)
    {
        Folded f;
        f.text.reserve(s.size());
        f.map.reserve(s.size());
        for (qsizetype i = 0; i < s.size(); ++i) {
            const QChar c = s.at(i);
            if (c.unicode() < 128) {
                f.text += c.toLower();
                f.map << i;
                continue;
            }
            if (c.isSurrogate()) {
                f.text += c;
                f.map << i;
                continue;
            }
            const QString d = QString(c).normalized(QString::NormalizationForm_D);
            bool any = false;
            for (const QChar x : d) {
                if (x.category() == QChar::Mark_NonSpacing && d.size() > 1)
                    continue;
                f.text += x.toLower();
                f.map << i;
                any = true;
            }
            if (!any) {
                f.text += c;
                f.map << i;
            }
        }
        return f;
    }

    QStringList m_tokens;
    int m_prefix = -1;
};

/** The anchor of the section of @p body that holds position @p at: the
 *  last heading before it. Headings are lines of the body, in order. */
QString sectionAnchor(const QString &body, qsizetype at, const QStringList &headings, const QStringList &anchors)
{
    if (at < 0)
        return {};
    QString anchor;
    qsizetype from = 0;
    for (qsizetype i = 0; i < headings.size() && i < anchors.size(); ++i) {
        if (headings[i].isEmpty())
            continue;
        const qsizetype h = body.indexOf(headings[i], from);
        if (h < 0 || h > at)
            break;
        anchor = anchors[i];
        from = h + headings[i].size();
    }
    return anchor;
}

} // namespace

SearchIndex::SearchIndex(CatalogStore &store) : m_store(store) {}

QString SearchIndex::matchExpression(const QString &text)
{
    const QStringList words = queryWords(text);
    if (words.isEmpty())
        return {};
    const bool typing = !text.isEmpty() && !text.back().isSpace();
    QStringList terms;
    for (qsizetype i = 0; i < words.size(); ++i) {
        QString w = words[i];
        w.replace(u'"', QStringLiteral("\"\""));
        QString term = u'"' + w + u'"';
        if (typing && i == words.size() - 1)
            term += u'*';
        terms << term;
    }
    return terms.join(u' ');
}

bool SearchIndex::entitiesStale() const
{
    if (!m_store.isOpen())
        return false;
    QSqlQuery q(m_store.database());
    if (!q.exec(QStringLiteral("SELECT (SELECT value FROM search_state WHERE key = 'generation') IS NOT "
                               "(SELECT value FROM search_state WHERE key = 'indexed')"))
        || !q.next())
        return true;
    return q.value(0).toBool();
}

bool SearchIndex::rebuildEntities(QString *error)
{
    if (!m_store.isOpen()) {
        if (error)
            *error = tr("The catalog cache is not open.");
        return false;
    }
    const QSqlDatabase db = m_store.database();
    QSqlQuery q(db);
    auto fail = [&](const QString &what) {
        if (error)
            *error = tr("Could not rebuild the search index: %1").arg(what);
        qCWarning(lcSearch) << "rebuilding the entity index failed:" << what;
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return false;
    };
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(sqlError(q));
    // FTS5 reads the entities table once and writes a fresh index: one
    // statement, however many entities.
    if (!q.exec(QStringLiteral("INSERT INTO entity_fts(entity_fts) VALUES ('rebuild')")))
        return fail(sqlError(q));
    if (!q.exec(QStringLiteral("UPDATE search_state SET value = (SELECT value FROM search_state WHERE key = 'generation') "
                               "WHERE key = 'indexed'")))
        return fail(sqlError(q));
    if (!q.exec(QStringLiteral("COMMIT")))
        return fail(sqlError(q));
    return true;
}

QList<SearchHit> SearchIndex::search(const QString &query, const SearchFilters &filters, int limit, QString *error)
{
    QList<SearchHit> hits;
    const QString match = matchExpression(query);
    if (match.isEmpty() || !m_store.isOpen() || limit <= 0 || (!filters.entities && !filters.docs))
        return hits;
    limit = std::min(limit, 500);
    if (m_autoRebuild && filters.entities && entitiesStale()) {
        QString why;
        if (!rebuildEntities(&why))
            qCWarning(lcSearch) << "searching a stale entity index:" << why;
    }
    const QSqlDatabase db = m_store.database();
    const QString exact = comparable(query);
    const QStringList words = queryWords(query);
    const bool typing = !query.back().isSpace();
    // One letter matches most of the index: look at titles and names only,
    // which is what someone who has typed one letter is after.
    const bool titlesOnly = words.size() == 1 && words.first().size() == 1;
    // The query as one phrase at the start of a title: `^"payment serv"*`.
    QString phrase = words.join(u' ');
    phrase.replace(u'"', QStringLiteral("\"\""));
    const QString titleStart = QStringLiteral("^\"") + phrase + (typing ? QStringLiteral("\"*") : QStringLiteral("\""));

    // Phase 1: candidates from each index, best bm25 first, each query
    // letting FTS5 sort its own matches and keep only the best few; then
    // the boost for titles, and one ranking. Snippets come after, for the
    // hits only.
    struct Row {
        int type = 0;          // 0 entity, 1 doc
        qlonglong rowid = 0;
        double bm25 = 0;
        SearchHit hit;
        QString name;
    };
    QHash<QPair<int, qlonglong>, Row> rows;
    bool failed = false;
    auto run = [&](const QString &sql, const QVariantList &values, int type) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.prepare(sql)) {
            failed = true;
            if (error)
                *error = tr("Search failed: %1").arg(sqlError(q));
            qCWarning(lcSearch) << "search query does not prepare:" << sqlError(q) << sql;
            return;
        }
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values[i]);
        if (!q.exec()) {
            failed = true;
            if (error)
                *error = tr("Search failed: %1").arg(sqlError(q));
            qCWarning(lcSearch) << "search failed:" << sqlError(q) << "for" << values;
            return;
        }
        while (q.next()) {
            const qlonglong rowid = q.value(0).toLongLong();
            const auto key = qMakePair(type, rowid);
            if (rows.contains(key))
                continue; // the first query (the whole text) gives the score
            Row r;
            r.type = type;
            r.rowid = rowid;
            r.bm25 = q.value(1).toDouble();
            r.hit.type = type == 0 ? SearchHit::Type::Entity : SearchHit::Type::Doc;
            r.hit.ref = q.value(2).toString();
            r.hit.kind = q.value(3).toString();
            if (type == 0) {
                r.name = q.value(4).toString();
                r.hit.title = q.value(5).toString().isEmpty() ? r.name : q.value(5).toString();
            } else {
                r.hit.pagePath = q.value(4).toString();
                r.hit.title = q.value(5).toString();
            }
            rows.insert(key, r);
        }
    };

    // Kind and owner filters narrow the entity query inside FTS5 (the kind
    // and owner columns), and are checked exactly on the rows.
    QString entityFts;
    QString entityCheck;
    QVariantList entityCheckValues;
    if (!filters.kinds.isEmpty()) {
        QStringList terms, marks;
        for (const QString &k : filters.kinds) {
            terms << u'"' + QString(k).replace(u'"', QStringLiteral("\"\"")) + u'"';
            marks << QStringLiteral("?");
            entityCheckValues << k.toLower();
        }
        entityFts += QStringLiteral(" AND {kind} : (%1)").arg(terms.join(QStringLiteral(" OR ")));
        entityCheck += QStringLiteral(" AND lower(e.kind) IN (%1)").arg(marks.join(u','));
    }
    if (!filters.owners.isEmpty()) {
        QStringList terms, marks;
        for (const QString &o : filters.owners) {
            const QString c = EntityRef::canonical(o, u"group");
            const QString owner = c.isEmpty() ? o.trimmed().toLower() : c;
            if (hasWordCharacter(owner))
                terms << u'"' + QString(owner).replace(u'"', QStringLiteral("\"\"")) + u'"';
            marks << QStringLiteral("?");
            entityCheckValues << owner;
        }
        if (!terms.isEmpty())
            entityFts += QStringLiteral(" AND {owner} : (%1)").arg(terms.join(QStringLiteral(" OR ")));
        entityCheck += QStringLiteral(" AND e.owner IN (%1)").arg(marks.join(u','));
    }
    const int pool = std::max(limit, 50);
    if (filters.entities && filters.entityRef.isEmpty()) {
        const QString sql = QStringLiteral(
            "SELECT s.id, s.r, e.ref, e.kind, e.name, e.title FROM "
            "(SELECT rowid AS id, bm25(entity_fts, 10.0, 10.0, 2.0, 4.0, 1.0, 1.0) AS r FROM entity_fts "
            "WHERE entity_fts MATCH ? ORDER BY r LIMIT %1) s JOIN entities e ON e.rowid = s.id WHERE 1%2")
                                .arg(pool)
                                .arg(entityCheck);
        if (!titlesOnly)
            run(sql, QVariantList{QStringLiteral("(%1)%2").arg(match, entityFts)} + entityCheckValues, 0);
        run(sql, QVariantList{QStringLiteral("{name title} : %1%2").arg(titleStart, entityFts)} + entityCheckValues, 0);
    }
    if (filters.docs && !failed) {
        // Docs carry no kind or owner: those filters, and the one for a
        // site, go through the join.
        QString check;
        QVariantList checkValues;
        if (!filters.entityRef.isEmpty()) {
            check += QStringLiteral(" AND p.entity_ref = ?");
            const QString c = EntityRef::canonical(filters.entityRef, u"component");
            checkValues << (c.isEmpty() ? filters.entityRef.trimmed().toLower() : c);
        }
        check += entityCheck;
        checkValues += entityCheckValues;
        QString sql;
        if (check.isEmpty()) {
            sql = QStringLiteral("SELECT s.id, s.r, p.entity_ref, COALESCE(e.kind, ''), p.page_path, p.title FROM "
                                 "(SELECT rowid AS id, bm25(docs_fts, 10.0, 5.0, 1.0) AS r FROM docs_fts "
                                 "WHERE docs_fts MATCH ? ORDER BY r LIMIT %1) s "
                                 "JOIN docs_pages p ON p.id = s.id LEFT JOIN entities e ON e.ref = p.entity_ref")
                      .arg(pool);
        } else {
            sql = QStringLiteral("SELECT p.id, bm25(docs_fts, 10.0, 5.0, 1.0) AS r, p.entity_ref, COALESCE(e.kind, ''), "
                                 "p.page_path, p.title FROM docs_fts JOIN docs_pages p ON p.id = docs_fts.rowid "
                                 "LEFT JOIN entities e ON e.ref = p.entity_ref "
                                 "WHERE docs_fts MATCH ?%1 ORDER BY r LIMIT %2")
                      .arg(check)
                      .arg(pool);
        }
        if (!titlesOnly)
            run(sql, QVariantList{match} + checkValues, 1);
        run(sql, QVariantList{QStringLiteral("{title} : %1").arg(titleStart)} + checkValues, 1);
    }
    if (failed)
        return hits;

    // One ranking: bm25 (negated: higher is better) plus the title boost.
    QList<Row> ranked;
    ranked.reserve(rows.size());
    for (auto it = rows.begin(); it != rows.end(); ++it) {
        Row &r = it.value();
        double boost = 0;
        for (const QString &t : {r.hit.title, r.name}) {
            if (t.isEmpty() || exact.isEmpty())
                continue;
            const QString c = comparable(t);
            if (c == exact)
                boost = std::max(boost, kExactBoost);
            else if (c.startsWith(exact))
                boost = std::max(boost, kPrefixBoost);
        }
        r.hit.rank = -r.bm25 + boost;
        ranked << r;
    }
    std::sort(ranked.begin(), ranked.end(), [](const Row &a, const Row &b) {
        if (a.hit.rank != b.hit.rank)
            return a.hit.rank > b.hit.rank;
        if (a.type != b.type)
            return a.type < b.type; // entities first on a tie
        return a.rowid < b.rowid;
    });
    if (ranked.size() > limit)
        ranked.resize(limit);
    for (const Row &r : std::as_const(ranked))
        hits << r.hit;

    // Phase 2: highlighted titles and snippets for the hits.
    const Matcher matcher(words, typing);
    QSqlQuery entityText(db);
    entityText.prepare(QStringLiteral("SELECT description FROM entities WHERE rowid = ?"));
    QSqlQuery docText(db);
    docText.prepare(QStringLiteral("SELECT headings, anchors, body FROM docs_pages WHERE id = ?"));
    for (qsizetype i = 0; i < hits.size(); ++i) {
        SearchHit &h = hits[i];
        h.titleHtml = matcher.html(h.title);
        QSqlQuery &q = ranked[i].type == 0 ? entityText : docText;
        q.bindValue(0, ranked[i].rowid);
        if (!q.exec() || !q.next())
            continue;
        if (h.type == SearchHit::Type::Entity) {
            h.snippet = matcher.snippet(q.value(0).toString());
        } else {
            const QString body = q.value(2).toString();
            qsizetype at = -1;
            h.snippet = matcher.snippet(body, &at);
            h.anchor = sectionAnchor(body, at, q.value(0).toString().split(u'\n'), q.value(1).toString().split(u'\n'));
        }
        q.finish();
    }
    return hits;
}

} // namespace atrium::docs
