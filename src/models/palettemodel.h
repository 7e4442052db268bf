// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "docsmodels.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <vector>

namespace atrium {

class CatalogModel;

/** The command palette's results: entities whose name or title matches
 *  `query` as a fuzzy subsequence, best first, at most `limit` rows.
 *
 *  Ranked by how the query matches (the best of name and title): the exact
 *  name, then a prefix, then the start of a word (or the words' initials),
 *  then any subsequence; ties go to the shorter name, then A-Z. Lower-case
 *  names and titles are computed once per catalog, so a keystroke does no
 *  allocation per entity.
 *
 *  With a `search` model (full-text search over entities and docs pages),
 *  its ranked hits follow the fuzzy matches, once they arrive from its
 *  thread: entities the fuzzy matching did not find, and docs pages. When
 *  the search filters by kind or owner, only its hits are listed. */
class PaletteModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(atrium::CatalogModel *catalog READ catalog WRITE setCatalog NOTIFY catalogChanged)
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(atrium::SearchModel *search READ search WRITE setSearch NOTIFY searchChanged)

public:
    enum Role {
        RefRole = Qt::UserRole + 1,
        KindRole,
        NameRole,
        TitleRole,
        NamespaceRole,
        MatchRole, ///< a Match value: how the query matched
        TypeRole,      ///< "entity" or "doc"
        PagePathRole,  ///< doc: the page
        AnchorRole,    ///< doc: the heading that matched, if any
        TitleHtmlRole, ///< search hits: the title with matches in <b>; fuzzy rows: empty
        SnippetRole,   ///< search hits: text around the matches, in <b>
        EntityNameRole, ///< doc: whose docs
    };
    Q_ENUM(Role)

    /** How well the query matches, best first. */
    enum Match {
        ExactMatch,
        PrefixMatch,
        WordStartMatch,
        SubsequenceMatch,
        NoMatch,
    };
    Q_ENUM(Match)

    static constexpr int limit = 50;

    explicit PaletteModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    CatalogModel *catalog() const { return m_catalog; }
    void setCatalog(CatalogModel *catalog);
    QString query() const { return m_query; }
    void setQuery(const QString &query);
    int count() const { return fuzzyShown() + int(m_extra.size()); }
    SearchModel *search() const { return m_search; }
    void setSearch(SearchModel *search);

    /** Canonical ref at @p row, or empty. */
    Q_INVOKABLE QString refAt(int row) const;
    /** The row as a map: type, ref, pagePath, anchor (what opening it needs). */
    Q_INVOKABLE QVariantMap get(int row) const;

    /** How lower-case @p query matches lower-case @p text. */
    static Match match(QStringView query, QStringView text);

Q_SIGNALS:
    void catalogChanged();
    void queryChanged();
    void countChanged();
    void searchChanged();

private:
    void rebuildKeys();
    void refresh();
    void mergeSearch();
    int fuzzyShown() const;

    QPointer<CatalogModel> m_catalog;
    QString m_query;
    QString m_needle; ///< lower-case, trimmed query
    struct Keys {
        QString name;  ///< lower-case
        QString title; ///< lower-case
    };
    std::vector<Keys> m_keys;
    /** Rows the last query matched at all: typing on only narrows, so the
     *  next keystroke looks at these alone. */
    std::vector<int> m_matched;
    QString m_matchedNeedle;
    std::vector<int> m_results; ///< catalog rows, best first
    std::vector<Match> m_resultMatch;
    QPointer<SearchModel> m_search;
    std::vector<int> m_extra; ///< rows of m_search listed after the fuzzy ones
    bool m_fuzzyHidden = false; ///< a filtered search hid the fuzzy rows at the last merge
};

} // namespace atrium
