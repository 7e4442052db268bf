// SPDX-License-Identifier: Apache-2.0
#include "palettemodel.h"

#include "catalogmodel.h"
#include "docsmodels.h"

#include <QSet>

#include <algorithm>

namespace atrium {

namespace {
bool isWordSeparator(QChar c)
{
    return c == u'-' || c == u'_' || c == u' ' || c == u'.' || c == u'/' || c == u':';
}

bool isSubsequence(QStringView needle, QStringView hay)
{
    qsizetype i = 0;
    const qsizetype n = needle.size();
    for (qsizetype j = 0; j < hay.size() && i < n; ++j) {
        if (hay[j] == needle[i])
            ++i;
    }
    return i == n;
}

/** The query at the start of a word, or the query as the words' initials
 *  ("ps" for "payment-service"). */
bool isWordStart(QStringView needle, QStringView hay)
{
    qsizetype initials = 0;
    for (qsizetype j = 0; j < hay.size(); ++j) {
        if (j > 0 && !isWordSeparator(hay[j - 1]))
            continue;
        if (isWordSeparator(hay[j]))
            continue;
        if (hay.mid(j).startsWith(needle))
            return true;
        if (initials < needle.size() && hay[j] == needle[initials])
            ++initials;
    }
    return needle.size() > 1 && initials == needle.size();
}
} // namespace

PaletteModel::PaletteModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int PaletteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant PaletteModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_catalog)
        return {};
    if (index.row() >= fuzzyShown()) {
        const QModelIndex hit = m_search->index(m_extra[size_t(index.row() - fuzzyShown())]);
        switch (role) {
        case Qt::DisplayRole:
        case NameRole:
            return m_search->data(hit, SearchModel::TypeRole).toString() == u"doc"
                ? m_search->data(hit, SearchModel::TitleRole)
                : QVariant(m_search->data(hit, SearchModel::RefRole).toString().section(u'/', -1));
        case RefRole: return m_search->data(hit, SearchModel::RefRole);
        case KindRole: return m_search->data(hit, SearchModel::KindRole);
        case TitleRole: return m_search->data(hit, SearchModel::TitleRole);
        case NamespaceRole: return m_search->data(hit, SearchModel::RefRole).toString().section(u':', 1).section(u'/', 0, 0);
        case MatchRole: return int(NoMatch);
        case TypeRole: return m_search->data(hit, SearchModel::TypeRole);
        case PagePathRole: return m_search->data(hit, SearchModel::PagePathRole);
        case AnchorRole: return m_search->data(hit, SearchModel::AnchorRole);
        case TitleHtmlRole: return m_search->data(hit, SearchModel::TitleHtmlRole);
        case SnippetRole: return m_search->data(hit, SearchModel::SnippetRole);
        case EntityNameRole: return m_search->data(hit, SearchModel::EntityNameRole);
        default: return {};
        }
    }
    const int row = m_results[size_t(index.row())];
    const Entity &e = m_catalog->entityAt(row);
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return e.name;
    case RefRole:
        return m_catalog->keysAt(row).ref;
    case KindRole:
        return e.kind;
    case TitleRole:
        return e.title;
    case NamespaceRole:
        return e.ns;
    case MatchRole:
        return int(m_resultMatch[size_t(index.row())]);
    case TypeRole:
        return QStringLiteral("entity");
    case PagePathRole:
    case AnchorRole:
    case TitleHtmlRole:
    case SnippetRole:
    case EntityNameRole:
        return QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> PaletteModel::roleNames() const
{
    return {
        {RefRole, "ref"},         {KindRole, "kind"},           {NameRole, "name"},
        {TitleRole, "title"},     {NamespaceRole, "namespace"}, {MatchRole, "match"},
        {TypeRole, "type"},       {PagePathRole, "pagePath"},   {AnchorRole, "anchor"},
        {TitleHtmlRole, "titleHtml"}, {SnippetRole, "snippet"}, {EntityNameRole, "entityName"},
    };
}

void PaletteModel::setCatalog(CatalogModel *catalog)
{
    if (catalog == m_catalog)
        return;
    if (m_catalog)
        disconnect(m_catalog, nullptr, this, nullptr);
    m_catalog = catalog;
    if (m_catalog) {
        connect(m_catalog, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
            // Rows point into the catalog: drop them before it changes.
            beginResetModel();
            m_results.clear();
            m_resultMatch.clear();
            m_extra.clear();
            m_keys.clear();
            m_matched.clear();
            m_matchedNeedle.clear();
            endResetModel();
        });
        connect(m_catalog, &QAbstractItemModel::modelReset, this, [this] {
            rebuildKeys();
            refresh();
        });
    }
    rebuildKeys();
    refresh();
    Q_EMIT catalogChanged();
}

void PaletteModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    Q_EMIT queryChanged();
    const QString needle = query.trimmed().toLower();
    if (needle == m_needle)
        return;
    m_needle = needle;
    refresh();
}

QString PaletteModel::refAt(int row) const
{
    if (!m_catalog || row < 0 || row >= count())
        return {};
    if (row >= fuzzyShown())
        return data(index(row), RefRole).toString();
    return m_catalog->keysAt(m_results[size_t(row)]).ref;
}

QVariantMap PaletteModel::get(int row) const
{
    if (row < 0 || row >= count())
        return {};
    const QModelIndex i = index(row);
    return {{QStringLiteral("type"), data(i, TypeRole)},
            {QStringLiteral("ref"), refAt(row)},
            {QStringLiteral("kind"), data(i, KindRole)},
            {QStringLiteral("pagePath"), data(i, PagePathRole)},
            {QStringLiteral("anchor"), data(i, AnchorRole)},
            {QStringLiteral("title"), data(i, TitleRole)}};
}

void PaletteModel::setSearch(SearchModel *search)
{
    if (search == m_search)
        return;
    if (m_search)
        disconnect(m_search, nullptr, this, nullptr);
    beginResetModel();
    m_search = search;
    m_extra.clear();
    endResetModel();
    if (m_search) {
        connect(m_search, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
            // Rows point into the search model: drop them before it changes
            // (removed, not reset: the fuzzy rows and the current row stay).
            if (m_extra.empty())
                return;
            beginRemoveRows({}, fuzzyShown(), count() - 1);
            m_extra.clear();
            endRemoveRows();
            Q_EMIT countChanged();
        });
        connect(m_search, &SearchModel::resultsReady, this, &PaletteModel::mergeSearch);
        connect(m_search, &SearchModel::filtersChanged, this, &PaletteModel::mergeSearch);
    }
    Q_EMIT searchChanged();
    mergeSearch();
}

int PaletteModel::fuzzyShown() const
{
    // A filtered search lists only its own hits; the fuzzy matches know no owner.
    if (m_search && (!m_search->kinds().isEmpty() || !m_search->owners().isEmpty()))
        return 0;
    return int(m_results.size());
}

void PaletteModel::mergeSearch()
{
    const int before = count();
    // The hits arrive while the user may be moving through the fuzzy rows:
    // append them, unless a filter hides the fuzzy rows (then reset).
    const bool reset = m_fuzzyHidden != (fuzzyShown() == 0 && !m_results.empty());
    m_fuzzyHidden = fuzzyShown() == 0 && !m_results.empty();
    if (reset) {
        beginResetModel();
    } else if (!m_extra.empty()) {
        beginRemoveRows({}, fuzzyShown(), before - 1);
        m_extra.clear();
        endRemoveRows();
    }
    m_extra.clear();
    std::vector<int> extra;
    if (m_search && m_catalog) {
        const bool all = fuzzyShown() == 0;
        QSet<QString> shown;
        for (int row : m_results)
            shown.insert(m_catalog->keysAt(row).ref);
        for (int i = 0; i < m_search->count() && int(extra.size()) + fuzzyShown() < limit; ++i) {
            const QModelIndex hit = m_search->index(i);
            if (!all && m_search->data(hit, SearchModel::TypeRole).toString() == u"entity"
                && shown.contains(m_search->data(hit, SearchModel::RefRole).toString()))
                continue;
            extra.push_back(i);
        }
    }
    if (reset) {
        m_extra = std::move(extra);
        endResetModel();
    } else if (!extra.empty()) {
        beginInsertRows({}, fuzzyShown(), fuzzyShown() + int(extra.size()) - 1);
        m_extra = std::move(extra);
        endInsertRows();
    }
    if (count() != before)
        Q_EMIT countChanged();
}

PaletteModel::Match PaletteModel::match(QStringView query, QStringView text)
{
    // Every match is a subsequence: the cheap test rejects most rows.
    if (query.isEmpty() || text.size() < query.size() || !isSubsequence(query, text))
        return NoMatch;
    if (text == query)
        return ExactMatch;
    if (text.startsWith(query))
        return PrefixMatch;
    if (isWordStart(query, text))
        return WordStartMatch;
    return SubsequenceMatch;
}

void PaletteModel::rebuildKeys()
{
    m_keys.clear();
    m_matched.clear();
    m_matchedNeedle.clear();
    if (!m_catalog)
        return;
    const int n = m_catalog->count();
    m_keys.reserve(size_t(n));
    for (int row = 0; row < n; ++row) {
        const Entity &e = m_catalog->entityAt(row);
        m_keys.push_back({e.name.toLower(), e.title.toLower()});
    }
}

void PaletteModel::refresh()
{
    struct Candidate {
        Match match;
        int row;
    };
    std::vector<Candidate> candidates;
    if (m_catalog && !m_needle.isEmpty()) {
        const QStringView needle(m_needle);
        auto consider = [&](int row) {
            const Keys &k = m_keys[size_t(row)];
            Match best = match(needle, k.name);
            // Only the exact name is an exact match: a title equal to the
            // query ranks with prefixes.
            if (best > PrefixMatch && !k.title.isEmpty())
                best = std::min(best, std::max(PrefixMatch, match(needle, k.title)));
            if (best != NoMatch)
                candidates.push_back({best, row});
        };
        if (!m_matchedNeedle.isEmpty() && m_needle.startsWith(m_matchedNeedle)) {
            for (int row : m_matched)
                consider(row);
        } else {
            for (size_t row = 0; row < m_keys.size(); ++row)
                consider(int(row));
        }
        m_matched.clear();
        m_matched.reserve(candidates.size());
        for (const Candidate &c : candidates)
            m_matched.push_back(c.row);
        m_matchedNeedle = m_needle;
    } else {
        m_matched.clear();
        m_matchedNeedle.clear();
    }
    auto better = [this](const Candidate &a, const Candidate &b) {
        if (a.match != b.match)
            return a.match < b.match;
        const QString &na = m_keys[size_t(a.row)].name, &nb = m_keys[size_t(b.row)].name;
        if (na.size() != nb.size())
            return na.size() < nb.size();
        const int c = na.compare(nb);
        return c != 0 ? c < 0 : a.row < b.row;
    };
    const size_t keep = std::min(candidates.size(), size_t(limit));
    std::partial_sort(candidates.begin(), candidates.begin() + qsizetype(keep), candidates.end(), better);
    candidates.resize(keep);

    const int before = count();
    beginResetModel();
    m_results.clear();
    m_resultMatch.clear();
    for (const Candidate &c : candidates) {
        m_results.push_back(c.row);
        m_resultMatch.push_back(c.match);
    }
    // The search's hits are for the previous query until it answers.
    m_extra.clear();
    endResetModel();
    if (count() != before)
        Q_EMIT countChanged();
}

} // namespace atrium
